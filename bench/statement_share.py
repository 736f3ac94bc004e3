"""The statements' share of a build: a whole build at ×1 in one process (no workers), with CPU
timers around `find_statements` and the speakers' links (`linked_statements`) as
`make_article` calls them (issue 17: at most a fifth of the rest of a build).

    .venv/bin/python -m bench.statement_share [--runs N]

Prints, per run, the build's CPU per article, the statements' and their share of the rest of
the build, and the load. The process is pinned to one core; the index is built in a temporary
folder and removed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import scaled_corpus

_spent = [0.0]


def _timed(function: Callable) -> Callable:
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            _spent[0] += time.process_time() - started
    return wrapper


def one_run() -> tuple[int, float, float]:
    """(articles, the build's CPU seconds, the statements' CPU seconds) of one build."""
    from index.store.writer import build

    _spent[0] = 0.0
    with tempfile.TemporaryDirectory(prefix="kabar-share-") as folder:
        started = time.process_time()
        report = build([str(p) for p in scaled_corpus(1)], Path(folder) / "index", workers=1)
        whole = time.process_time() - started
    return report.added, whole, _spent[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from index.extract import pipeline
    pipeline.find_statements = _timed(pipeline.find_statements)
    pipeline.linked_statements = _timed(pipeline.linked_statements)
    for _ in range(args.runs):
        load = os.getloadavg()[0]
        count, whole, statements = one_run()
        count = max(count, 1)
        print(f"{count:,} articles: build {whole / count * 1000:.3f} ms CPU an article, "
              f"statements {statements / count * 1000:.3f}, "
              f"{statements / (whole - statements):.1%} of the rest (load {load:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
