"""The statements' share of a build: a whole build at ×1 in one process (no workers), with CPU
timers around `find_statements` and the speakers' links (`linked_statements`) as
`make_article` calls them (issue 17: at most a fifth of the rest of a build).

    .venv/bin/python -m bench.statement_share [--runs N] [--within MODULE:FUNCTION ...]

Prints, per run, the build's CPU per article, the statements' and their share of the rest of
the build, and the load. With `--within`, also the CPU of each function named inside the
statements (inclusive, a call inside a call to itself counted once; the timers' own cost is
counted in the statements) and its share of them: what a part of the statements costs in a
build, caches as a build leaves them. A function is replaced in every module of `index` that
imports it by name. The process is pinned to one core; the index is built in a temporary
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

_spent: dict[str, float] = {}
_running: dict[str, int] = {}


def _timed(function: Callable, name: str = "statements") -> Callable:
    def wrapper(*args, **kwargs):
        if name != "statements" and not _running.get("statements"):
            return function(*args, **kwargs)  # the officials read tokens and names too
        _running[name] = _running.get(name, 0) + 1
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            _running[name] -= 1
            if not _running[name]:
                _spent[name] = _spent.get(name, 0.0) + time.process_time() - started
    return wrapper


def _time_within(spec: str) -> str:
    """Wrap MODULE:FUNCTION in a timer wherever a module of `index` holds it; its name."""
    import importlib
    module_name, name = spec.split(":")
    function = getattr(importlib.import_module(module_name), name)
    wrapped = _timed(function, name)
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("index") and (
            getattr(module, name, None) is function
        ):
            setattr(module, name, wrapped)
    return name


def one_run() -> tuple[int, float, float]:
    """(articles, the build's CPU seconds, the statements' CPU seconds) of one build."""
    from index.store.writer import build

    _spent.clear()
    with tempfile.TemporaryDirectory(prefix="kabar-share-") as folder:
        started = time.process_time()
        report = build([str(p) for p in scaled_corpus(1)], Path(folder) / "index", workers=1)
        whole = time.process_time() - started
    return report.added, whole, _spent.get("statements", 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--within", action="append", default=[], metavar="MODULE:FUNCTION")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from index.extract import pipeline
    pipeline.find_statements = _timed(pipeline.find_statements)
    pipeline.linked_statements = _timed(pipeline.linked_statements)
    import index.extract.statements  # noqa: F401  (the modules --within looks in)
    try:
        within = [_time_within(spec) for spec in args.within]
    except (ValueError, ImportError, AttributeError) as error:
        parser.error(f"--within takes MODULE:FUNCTION, a function of a module of index ({error})")
    for _ in range(args.runs):
        load = os.getloadavg()[0]
        count, whole, statements = one_run()
        count = max(count, 1)
        print(f"{count:,} articles: build {whole / count * 1000:.3f} ms CPU an article, "
              f"statements {statements / count * 1000:.3f}, "
              f"{statements / (whole - statements):.1%} of the rest (load {load:.1f})")
        for name in within:
            spent = _spent.get(name, 0.0)
            print(f"  {name}: {spent / count * 1000:.3f} ms an article, "
                  f"{spent / max(statements, 1e-9):.1%} of the statements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
