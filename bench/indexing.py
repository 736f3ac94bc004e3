"""The indexing side of a build alone, CPU by stage: what a build's worker does with an article
after extraction, in ms an article.

    python -m bench.indexing [--copies 10] [--profile OUT.prof]

The corpus's articles are extracted once (``bench.common.corpus_articles``, cached); then, in
this one process, the articles are indexed ``--copies`` times over (each copy under its own id,
as ``bench.index --scale N`` indexes N copies) into a scratch index with the bulk writer, as a
build's worker does, with CPU timers (``time.thread_time``) around each stage: the document
(``article_document``: its copy key and fields), the analysis (``analyze_document``), adding it
to the segment (``BulkWriter.add_analyzed``), and the segments' ends. With the extraction left
out, a run varies less than a whole build's, so two versions of this code can be compared in
runs one after the other (pin both to one core with ``taskset`` and read the totals). The worker's
garbage collector settings are used. ``--profile``: cProfile of the same run instead of the
timers (it inflates Python code against C: the timers' table is the figure to quote).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import shutil
import tempfile
import time
from pathlib import Path


def run(copies: int, profile: Path | None) -> None:
    from bench.common import corpus_articles
    from index.analysis.postings import analyze_document
    from index.store.build_workers import WORKER_GC_THRESHOLDS
    from index.store.bulk_writer import BulkWriter
    from index.store.generations import new_generation
    from index.store.prepare import _schema, article_document

    articles = corpus_articles(1)
    schema = _schema()
    scratch = Path(tempfile.mkdtemp(prefix="kabar-indexing-"))
    # with --profile no timers, whose calls cProfile would count as much as the code
    clock = (lambda: 0.0) if profile else time.thread_time
    totals = {"the document (article_document)": 0.0, "analysis (analyze_document)": 0.0,
              "adding a document (add_analyzed)": 0.0, "segments' ends": 0.0}
    try:
        writer = BulkWriter(new_generation(scratch / "index")[1])
        gc.collect()
        gc.freeze()
        gc.set_threshold(*WORKER_GC_THRESHOLDS)
        profiler = cProfile.Profile(time.process_time) if profile else None
        if profiler:
            profiler.enable()
        finish_segment = writer._finish_segment

        def timed_finish() -> None:
            started = clock()
            finish_segment()
            totals["segments' ends"] += clock() - started
        writer._finish_segment = timed_finish
        started_all = time.thread_time()
        for copy in range(copies):
            for article in articles:
                started = clock()
                document = article_document(article, "bench")
                if copy:
                    document["id"] = f"{document['id']}?salinan={copy}"
                at = clock()
                totals["the document (article_document)"] += at - started
                analyzed = analyze_document(schema, document)
                started = clock()
                totals["analysis (analyze_document)"] += started - at
                ends_before = totals["segments' ends"]
                writer.add_analyzed(document, analyzed)  # it may end a segment: not counted
                totals["adding a document (add_analyzed)"] += (
                    clock() - started - (totals["segments' ends"] - ends_before))
        writer.finish()
        all_cpu = time.thread_time() - started_all
        if profiler:
            profiler.disable()
            profiler.dump_stats(profile)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    count = copies * len(articles)
    print(f"{count:,} articles ({copies} copies of {len(articles):,}), CPU {all_cpu:.2f} s = "
          f"{all_cpu / count * 1000:.4f} ms an article, load {os.getloadavg()[0]:.1f}")
    if profile:
        print(f"no stages' timers under --profile; cProfile's statistics are in {profile}")
        return
    for name, seconds in totals.items():
        print(f"  {name:40} {seconds / count * 1000:8.4f} ms {seconds / all_cpu * 100:5.1f} %")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--copies", type=int, default=10)
    options.add_argument("--profile", type=Path)
    args = options.parse_args()
    run(args.copies, args.profile)


if __name__ == "__main__":
    main()
