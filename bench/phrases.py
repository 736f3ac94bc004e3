"""Queries of several phrases: Kabar beside SQLite FTS5, in a new process and once warm.

    python -m bench.phrases [--scale 1|10|100] [--repeat 3]

For each query of bench/search.py with phrases (one, two, five and twenty), a results page
(10 hits, snippets, facets, total), timed two ways:

- new process: a fresh Python process opens the index, then answers the query, its first
  (as `kabar search` does: no postings or positions read yet); the time of that query alone;
- warm: one process answers it again and again (as a server does); the fastest of the repeats.

Both in CPU seconds of the process (``time.process_time``: what the query itself costs, much
less disturbed than wall time when other processes share the cores) and in wall seconds. The
machine is shared: compare the two columns of one run, not runs with each other. FTS5 finds
nothing for the queries of five and twenty phrases (every phrase must match; Kabar lists the
articles with the most of them: `total` and `partial` say how many).
"""

from __future__ import annotations

import argparse
import inspect
import json
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.cold import _FTS_PATTERNS
from bench.common import (
    CACHE,
    build_fts5,
    build_kabar_index,
    fts5_query,
    fts5_results_page,
    scaled_articles,
)
from bench.search import QUERIES

PHRASE_QUERIES = [q for q in QUERIES if q.startswith('"')]

# a request's time limit far above what it takes: on a loaded machine a query cut short by the
# usual 3 seconds would stop early and look faster
SECONDS = 60.0

_KABAR_FIRST = f"SECONDS = {SECONDS}\n" + """
import json, sys, time
from search import open_index
engine = open_index(sys.argv[1], SECONDS)
cpu, wall = time.process_time(), time.perf_counter()
found = engine.search(sys.argv[2], limit=10)
print(json.dumps({"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall,
                  "total": found["total"], "partial": found["partial"],
                  "cut": len(found["incomplete"])}))
"""

_FTS5_FIRST = """
import json, re, sqlite3, sys, time
""" + _FTS_PATTERNS + inspect.getsource(fts5_query) + inspect.getsource(fts5_results_page) + """
db = sqlite3.connect(sys.argv[1])
db.execute("SELECT count(*) FROM sqlite_master").fetchone()
cpu, wall = time.process_time(), time.perf_counter()
found = fts5_results_page(db, sys.argv[2])
print(json.dumps({"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall,
                  "total": found["total"], "partial": 0, "cut": 0}))
"""


def first_query(probe: str, index: Path, query: str, repeat: int) -> dict:
    """Medians over `repeat` new processes of the first query's CPU and wall seconds."""
    runs = [json.loads(subprocess.run([sys.executable, "-c", probe, str(index), query],
                                      capture_output=True, text=True, check=True,
                                      cwd=Path.cwd()).stdout) for _ in range(repeat)]
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def warm(answer, repeat: int) -> dict:
    """The fastest of `repeat` answers after a first one: CPU and wall seconds."""
    answer()
    cpu = wall = float("inf")
    for _ in range(repeat):
        started_cpu, started = time.process_time(), time.perf_counter()
        answer()
        cpu = min(cpu, time.process_time() - started_cpu)
        wall = min(wall, time.perf_counter() - started)
    return {"cpu": cpu, "wall": wall}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__,
                                      formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_argument("--scale", type=int, default=1)
    options.add_argument("--repeat", type=int, default=3)
    args = options.parse_args()

    from search import open_index

    folder, _ = build_kabar_index(args.scale)
    fts_path = CACHE / f"fts5-x{args.scale}.sqlite"
    if not fts_path.exists():
        build_fts5(scaled_articles(args.scale), fts_path)
    engine, db = open_index(folder, SECONDS), sqlite3.connect(fts_path)
    print(f"x{args.scale}; ms of CPU (wall); new process: median of {args.repeat}, warm: "
          f"fastest of {args.repeat}")
    print(f"{'query':34} {'total':>6} {'partial':>7} | {'Kabar new':>15} {'FTS5 new':>13} | "
          f"{'Kabar warm':>15} {'FTS5 warm':>13}")
    for query in PHRASE_QUERIES:
        kabar_new = first_query(_KABAR_FIRST, folder, query, args.repeat)
        fts_new = first_query(_FTS5_FIRST, fts_path, query, args.repeat)
        kabar_warm = warm(lambda q=query: engine.search(q, limit=10), args.repeat)
        fts_warm = warm(lambda q=query: fts5_results_page(db, q), args.repeat)
        if kabar_new["cut"]:
            print(f"({query[:34]}: a new process's search was cut short by its time limit)")
        print(f"{query[:34]:34} {kabar_new['total']:6d} {kabar_new['partial']:7d} | "
              + " ".join(f"{1000 * f['cpu']:6.1f} ({1000 * f['wall']:6.1f})"
                         for f in (kabar_new, fts_new))
              + " | "
              + " ".join(f"{1000 * f['cpu']:6.1f} ({1000 * f['wall']:6.1f})"
                         for f in (kabar_warm, fts_warm)), flush=True)


if __name__ == "__main__":
    main()
