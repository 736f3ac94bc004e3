"""Where a build's CPU goes, stage by stage: CPU timers around each stage of `kabar index build`'s
code path, in ms an article.

    python -m bench.build_stages [--scale 1] [--workers 1] [--profile OUT.prof]

Builds the scaled corpus (bench/common.py) into a scratch folder with ``index.store.writer.build``
and the stages' functions wrapped in CPU timers (``time.thread_time``): reading and parsing, each
extractor as a whole, the document (copy key), the analyzer per field, adding a document (stored
fields pickled and deflated, cards, columns), a segment's end (posting blocks, term index, the
column, positions and card files), the commit, and Python's garbage collector. With ``--workers
2`` the build runs as `kabar index build` does, in worker processes; each worker's timers are
summed, and the main process's CPU is given beside. The timers cost some CPU themselves (a few
per cent: they wrap thousands of calls a second); read the stages' shares, and compare runs made
the same way. ``--profile``: cProfile of a one-process build as well (it inflates Python code
against C, so the timers' table is the figure to quote).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import json
import os
import resource
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

_totals: dict[str, float] = defaultdict(float)
_calls: dict[str, int] = defaultdict(int)
_clock = time.thread_time


def _timed(name: str, function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        started = _clock()
        try:
            return function(*args, **kwargs)
        finally:
            _totals[name] += _clock() - started
            _calls[name] += 1
    return wrapper


def _timed_generator(name: str, function):
    """Each step of a generator timed (reading a file yields its records one by one)."""
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        started = _clock()
        iterator = iter(function(*args, **kwargs))
        _totals[name] += _clock() - started
        while True:
            started = _clock()
            try:
                item = next(iterator)
            except StopIteration:
                _totals[name] += _clock() - started
                return
            _totals[name] += _clock() - started
            yield item
    return wrapper


def _patch(owner, attribute: str, name: str, generator: bool = False) -> None:
    function = getattr(owner, attribute)
    setattr(owner, attribute, (_timed_generator if generator else _timed)(name, function))


_EXTRACTORS = ("find_date_in_text", "extract_regions", "outlet_of", "mentions",
               "extract_officials", "find_statements", "officials_from_statements",
               "add_public_figures", "add_office_holders", "linked_statements", "is_government")


def _instrument() -> None:
    from whoosh.codec.whoosh3 import W3FieldWriter, W3PerDocWriter, W3Segment
    from whoosh.columns import PickleColumn

    from index.analysis import postings
    from index.extract import pipeline
    from index.sources import drafts, export_parts
    from index.store import (
        build_workers,
        bulk_writer,
        prepare,
        segment_cards,
        segment_columns,
        segment_positions,
        whoosh_internals,
    )

    _patch(export_parts, "plan_file", "reading: planning a file")
    _patch(build_workers, "plan_file", "reading: planning a file")
    _patch(export_parts.ExportPart, "read", "reading: parsing the parts", generator=True)
    _patch(build_workers, "read_file", "reading: parsing the parts", generator=True)
    _patch(drafts.PendingRecord, "resolve", "reading: record to draft")
    _patch(prepare, "make_article", "extraction (make_article)")
    for extractor in _EXTRACTORS:
        _patch(pipeline, extractor, f"extraction: {extractor}")
    _patch(prepare, "article_document", "the document (article_document)")
    _patch(prepare, "copy_key", "the document: copy key")
    _patch(prepare, "analyze_document", "analysis (analyze_document)")
    for helper in ("_positions_postings", "_unique_postings", "_recurring_postings"):
        _patch(postings, helper, f"analysis: {helper.strip('_')}")
    _patch(bulk_writer.BulkWriter, "add_analyzed", "writing: adding a document")
    _patch(PickleColumn.Writer, "add", "writing: stored fields (pickle, deflate)")
    _patch(W3PerDocWriter, "add_field", "writing: Whoosh's per-field lengths")
    _patch(W3PerDocWriter, "add_column_value", "writing: Whoosh's column values")
    _patch(segment_cards, "card_of", "writing: card")
    _patch(segment_cards, "encoded", "writing: card")
    _patch(bulk_writer.BulkWriter, "_finish_segment", "segment end (all)")
    _patch(bulk_writer._FieldPostings, "by_term", "segment end: grouping by term")
    _patch(bulk_writer, "postings_blocks", "segment end: posting blocks")
    _patch(whoosh_internals, "add_term_infos", "segment end: term infos")
    _patch(W3FieldWriter, "close", "segment end: term index, closing")
    _patch(W3PerDocWriter, "close", "segment end: stored and column files")
    _patch(W3Segment, "create_compound_file", "segment end: compound file")
    if hasattr(bulk_writer.BulkWriter, "_write_document_columns"):
        _patch(bulk_writer.BulkWriter, "_write_document_columns",
               "segment end: Whoosh's columns")
    _patch(bulk_writer.BulkWriter, "_write_columns", "segment end: our column file")
    _patch(segment_positions, "write", "segment end: our positions file")
    _patch(segment_cards, "write", "segment end: our card file")
    _patch(segment_columns, "from_written", "segment end: column arrays")
    _patch(build_workers, "commit_segments", "commit")

    collecting = {}

    def collector(phase: str, info: dict) -> None:
        if phase == "start":
            collecting["at"] = _clock()
        elif "at" in collecting:
            _totals["Python's garbage collector"] += _clock() - collecting.pop("at")
    gc.callbacks.append(collector)


def _worker_dumps(folder: Path) -> None:
    """Have each worker write its timers when it finishes."""
    from index.store import build_workers

    finish = build_workers._Writing.finish

    def finish_and_dump(self):
        segments = finish(self)
        totals = dict(_totals)
        totals["(worker process CPU)"] = time.process_time()
        (folder / f"worker-{os.getpid()}.json").write_text(json.dumps(totals))
        return segments
    build_workers._Writing.finish = finish_and_dump


def run(scale: int, workers: int, profile: Path | None) -> None:
    from bench.common import _sources, scaled_corpus
    from index.store.writer import build

    scaled_corpus(scale)
    sources = [str(p) for p in _sources(scale, False)]
    scratch = Path(tempfile.mkdtemp(prefix="kabar-stages-"))
    try:
        _instrument()
        _worker_dumps(scratch)
        main_before = time.process_time()
        children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter()
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        report = build(sources, scratch / "index", workers=workers)
        if profiler:
            profiler.disable()
            profiler.dump_stats(profile)
        wall = time.perf_counter() - wall
        main_cpu = time.process_time() - main_before
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers_cpu = (children.ru_utime + children.ru_stime
                       - children_before.ru_utime - children_before.ru_stime)
        totals = defaultdict(float)
        dumps = sorted(scratch.glob("worker-*.json"))
        for dump in dumps:
            for name, seconds in json.loads(dump.read_text()).items():
                totals[name] += seconds
        if not dumps:  # one process: the timers are this one's
            totals.update(_totals)
        else:
            totals["(main process CPU)"] = main_cpu
            totals["commit"] = _totals.get("commit", 0.0)
        articles = report.added + report.updated + report.repeated
        all_cpu = main_cpu + workers_cpu
        print(f"x{scale}, {workers} worker(s): {articles:,} records ({report.added:,} articles), "
              f"wall {wall:.1f} s, CPU {all_cpu:.1f} s = {all_cpu / articles * 1000:.3f} ms a "
              f"record (main {main_cpu:.1f} s, workers {workers_cpu:.1f} s), "
              f"load {os.getloadavg()[0]:.1f}")
        print(f"{'stage':58} {'ms/record':>9} {'share':>6}")
        for name in sorted(totals):
            share = totals[name] / all_cpu * 100
            print(f"{name:58} {totals[name] / articles * 1000:9.3f} {share:5.1f}%")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--scale", type=int, default=1)
    options.add_argument("--workers", type=int, default=1)
    options.add_argument("--profile", type=Path, help="write a cProfile of the build here")
    args = options.parse_args()
    run(args.scale, args.workers, args.profile)


if __name__ == "__main__":
    main()
