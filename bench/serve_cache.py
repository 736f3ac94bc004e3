"""The postings cache's budget (search/columns.py POSTINGS_CACHE_BYTES) against a server's speed
and memory: for each budget, the cache's hit rate over bench.search's queries twice (the
engine in this process) and a real `kabar serve`'s HTTP median, p95 and peak RSS.

    python -m bench.serve_cache [--scale 1|10|100] [--budgets 64,96,128] [--rounds 2]

The servers of the budgets take turns, `--rounds` times, so that the machine's load falls on
each alike; each figure is the median of its rounds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench.common import build_kabar_index, median_p95, running_server, timed
from bench.search import QUERIES


def hit_rate(folder: Path, budget_mb: int) -> dict:
    """The cache's hits and misses over QUERIES twice, in this process, under `budget_mb`."""
    from search import columns, open_index

    columns.CACHE.clear()
    columns.CACHE.limit = budget_mb * 2**20
    engine = open_index(folder)
    engine.search("pemerintah daerah", limit=1)  # as kabar serve warms up
    hits, misses = columns.CACHE.hits, columns.CACHE.misses
    cpu = []
    for query in QUERIES * 2:
        began = time.thread_time()
        engine.search(query, limit=10)
        cpu.append((time.thread_time() - began) * 1000)
    hits, misses = columns.CACHE.hits - hits, columns.CACHE.misses - misses
    engine.close()
    figures = {"hits": hits, "misses": misses, "hit_rate": hits / max(1, hits + misses),
               "peak_mb": columns.CACHE.peak / 2**20, "cpu_s": sum(cpu) / 1000,
               "cpu_p95_ms": median_p95(cpu)[1]}
    columns.CACHE.clear()
    return figures


def served(folder: Path, budget_mb: int) -> dict:
    """A real server with this budget: HTTP median and p95 (ms) over QUERIES twice, peak RSS."""
    with running_server(folder, budget_mb) as (pid, base):
        times = []
        cpu = _process_cpu_s(pid)
        for query in QUERIES * 2:
            times += timed(lambda q=query: urllib.request.urlopen(
                base + urllib.parse.quote(q), timeout=60).read())
        cpu = _process_cpu_s(pid) - cpu
        status = Path(f"/proc/{pid}/status").read_text()
    peak_kb = int(next(line.split()[1] for line in status.splitlines()
                       if line.startswith("VmHWM")))
    median, p95 = median_p95(times)
    return {"median": median, "p95": p95, "rss_mb": peak_kb / 1024, "cpu_s": cpu}


def _process_cpu_s(pid: int) -> float:
    """User and system CPU seconds a process has spent (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__,
                                      formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_argument("--scale", type=int, default=1)
    options.add_argument("--budgets", default="64,96,128")
    options.add_argument("--rounds", type=int, default=2)
    options.add_argument("--no-hit-rate", action="store_true",
                         help="servers only (the hit rates take a process of their own memory)")
    args = options.parse_args()
    budgets = [int(b) for b in args.budgets.split(",") if b.strip()]
    folder, _ = build_kabar_index(args.scale)
    if not args.no_hit_rate:
        print(f"{'budget MB':>9} {'hits':>6} {'misses':>6} {'hit rate':>8} {'peak MB':>8} "
              f"{'CPU s':>6} {'CPU p95 ms':>10}  (in this process, QUERIES twice)", flush=True)
        for budget in budgets:
            rate = hit_rate(folder, budget)
            print(f"{budget:9d} {rate['hits']:6d} {rate['misses']:6d} {rate['hit_rate']:8.0%} "
                  f"{rate['peak_mb']:8.1f} {rate['cpu_s']:6.2f} {rate['cpu_p95_ms']:10.1f}",
                  flush=True)
    runs: dict[int, list[dict]] = {b: [] for b in budgets}
    for round_ in range(args.rounds):
        for budget in budgets:
            figures = served(folder, budget)
            runs[budget].append(figures)
            print(f"round {round_ + 1}, {budget} MB: median {figures['median']:.0f} ms, p95 "
                  f"{figures['p95']:.0f} ms, peak RSS {figures['rss_mb']:.0f} MB, server CPU "
                  f"{figures['cpu_s']:.2f} s (load {os.getloadavg()[0]:.1f})", flush=True)
    print(f"\n{'budget MB':>9} {'median ms':>9} {'p95 ms':>7} {'RSS MB':>7} {'CPU s':>6}  "
          f"(medians of {args.rounds} servers)")
    for budget, figures in runs.items():
        print(f"{budget:9d} {statistics.median(f['median'] for f in figures):9.0f} "
              f"{statistics.median(f['p95'] for f in figures):7.0f} "
              f"{statistics.median(f['rss_mb'] for f in figures):7.0f} "
              f"{statistics.median(f['cpu_s'] for f in figures):6.2f}")


if __name__ == "__main__":
    main()
