"""The scale curve: what one machine gives from x1 to x100 of the corpus, and where it ends.

    python -m bench.curve [--scales 1,3,10,30,100] [--repeat 3] [--plot-only]

For each scale (the full-text corpus copied under new URLs, bench/common.py's ``scaled_corpus``):
the results page's median and p95 over bench.search's queries, Kabar's engine beside SQLite
FTS5 in the same process; what a new process pays (bench/cold.py: open, first results page,
one `kabar search --json` end to end, its peak RSS); a real `kabar serve`'s peak RSS and HTTP
p95 over the same queries; the index sizes; the build time when this cache built it.

The figures of every scale measured so far are kept in bench/results/scale-curve.json (a run
replaces the scales it measures), plotted to docs/scale-curve.svg (bench/curve_plot.py), and the
thresholds are read off them: the article count where each figure passes its limit (LIMITS),
interpolated in log-log between the two scales around it, or extrapolated from the last two
when no scale measured passes it (said so).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import cold
from bench.common import (
    CACHE,
    ROOT,
    ScaledArticles,
    build_fts5,
    build_kabar_index,
    corpus_articles,
    folder_size_mb,
    fts5_results_page,
    median_p95,
)
from bench.search import QUERIES, serve_and_measure

RESULTS = ROOT / "bench" / "results" / "scale-curve.json"
PLOT = ROOT / "docs" / "scale-curve.svg"
SCALES = (1, 3, 10, 30, 100)
# (figure, limit, unit): where one machine stops being enough (docs/scale.md). Each time is
# read off both as measured (wall clock, on a machine others share) and as CPU time (what it
# approaches on a machine that runs nothing else)
LIMITS = (
    ("page_p95_ms", 300.0, "ms"),
    ("page_cpu_p95_ms", 300.0, "ms"),
    ("open_s", 1.0, "s"),
    ("open_cpu_s", 1.0, "s"),
    ("serve_rss_mb", 2048.0, "MB"),
)
EXTRAPOLATE = 10  # read a limit off the last two scales up to this many times the largest


def fts5_articles(scale: int):
    """The scaled corpus's articles for FTS5: a copy differs from its original only by its URL
    and id, which FTS5 does not store, so every scale repeats the corpus's own."""
    return corpus_articles(1) if scale == 1 else ScaledArticles(scale)


def _timed(function, repeat: int) -> tuple[list[float], list[float]]:
    """Milliseconds of each call: wall clock, and this thread's CPU time (what the call costs
    whatever else the machine runs; SQLite runs in the calling thread too)."""
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.thread_time()
        function()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.thread_time() - started_cpu) * 1000)
    return wall, cpu


def page_latency(engine, db: sqlite3.Connection, repeat: int) -> dict:
    """Median and p95 (ms) of a results page over QUERIES, `repeat` runs each, wall clock and
    CPU time; both engines interleaved query by query so that the machine's load falls on both
    alike."""
    engine.search("warm up")
    fts5_results_page(db, "warm up")
    times = {"kabar": ([], []), "fts5": ([], [])}
    for query in QUERIES:
        for name, run in (("kabar", lambda q=query: engine.search(q, limit=10)),
                          ("fts5", lambda q=query: fts5_results_page(db, q))):
            wall, cpu = _timed(run, repeat)
            times[name][0].extend(wall)
            times[name][1].extend(cpu)
    figures = {}
    for name, (wall, cpu) in times.items():
        (median, p95), (cpu_median, cpu_p95) = median_p95(wall), median_p95(cpu)
        figures[name] = {"page_median_ms": median, "page_p95_ms": p95,
                         "page_cpu_median_ms": cpu_median, "page_cpu_p95_ms": cpu_p95}
    return figures


# what opening and the first page cost a new process in CPU time (bench/cold.py has the wall)
_CPU_PROBE = """
import json, sys, time
from search import open_index
started = time.process_time()
engine = open_index(sys.argv[1])
opened = time.process_time()
engine.search(sys.argv[2], limit=10)
print(json.dumps({"open_cpu_s": opened - started,
                  "first_query_cpu_s": time.process_time() - opened}))
"""


def _children_cpu_s(command: list[str]) -> float:
    """CPU seconds (user and system) a command's processes spent."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def new_process_cpu(folder: Path, fts_path: Path, repeat: int) -> dict:
    """Medians over `repeat` fresh processes: Kabar's open and first page, and the whole
    `kabar search --json` and FTS5's equivalent, in CPU seconds."""
    probes = [json.loads(subprocess.run(
        [sys.executable, "-c", _CPU_PROBE, str(folder), cold.QUERY], capture_output=True,
        text=True, check=True).stdout) for _ in range(repeat)]
    kabar = {key: statistics.median(p[key] for p in probes) for key in probes[0]}
    kabar["cli_cpu_s"] = statistics.median(_children_cpu_s(
        [cold.KABAR, "search", cold.QUERY, "--json", "--index", str(folder)])
        for _ in range(repeat))
    fts5 = {"cli_cpu_s": statistics.median(_children_cpu_s(
        [sys.executable, "-c", cold._FTS5_PROBE, str(fts_path), cold.QUERY, "print"])
        for _ in range(repeat))}
    return {"kabar": kabar, "fts5": fts5}


def _recorded_build(name: str) -> dict:
    """What the cache recorded of an index's build (seconds; for Kabar's, the peak memory of
    the build's processes when something watched it), if anything."""
    path = CACHE / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else {}


def measure(scale: int, repeat: int) -> dict:
    """Every figure of one scale (seconds, milliseconds, MB)."""
    from index.store.generations import current_generation
    from search import open_index

    articles = fts5_articles(scale)
    folder, build_s = build_kabar_index(scale)
    built = _recorded_build(f"build-x{scale}")
    if build_s == build_s:  # built in this run
        built = {"scale": scale, "build_s": build_s}
        (CACHE / f"build-x{scale}.json").write_text(json.dumps(built))
    fts_path = CACHE / f"fts5-x{scale}.sqlite"
    if fts_path.exists():
        fts_build_s = _recorded_build(f"fts5-build-x{scale}").get("build_s")
    else:
        fts_build_s = build_fts5(articles, fts_path)
        (CACHE / f"fts5-build-x{scale}.json").write_text(json.dumps({"build_s": fts_build_s}))
    print(f"x{scale}: indexes ready", flush=True)

    # "articles": what Kabar indexed (one per URL); FTS5 holds a row per record it was given
    figures = {"scale": scale, "fts5_rows": len(articles), "repeat": repeat,
               "load_average": os.getloadavg()[0],
               "kabar": {"build_s": built.get("build_s"),
                         "build_peak_mb": built.get("peak_pss_mb"),
                         "index_mb": folder_size_mb(current_generation(folder))},
               "fts5": {"build_s": fts_build_s, "index_mb": folder_size_mb(fts_path)}}
    for name, new_process in (("kabar", cold.measure_kabar(folder, repeat)),
                              ("fts5", cold.measure_fts5(fts_path, repeat))):
        figures[name].update({"open_s": new_process["open_s"],
                              "first_query_s": new_process["first_query_s"],
                              "cli_s": new_process["cli_s"],
                              "process_rss_mb": new_process["rss_mb"]})
    for name, cpu in new_process_cpu(folder, fts_path, repeat).items():
        figures[name].update(cpu)
    db = sqlite3.connect(fts_path)
    began = time.perf_counter()
    engine = open_index(folder)
    figures["kabar"]["open_warm_s"] = time.perf_counter() - began
    figures["articles"] = engine.stats()["articles"]
    for name, pages in page_latency(engine, db, repeat).items():
        figures[name].update(pages)
    engine.close()
    db.close()
    served = serve_and_measure(folder)
    figures["kabar"].update({"serve_p95_ms": served["p95"], "serve_rss_mb": served["rss_mb"]})
    # the machine's load over the last minute, at the start and the end of this scale's run
    figures["load_average"] = [figures["load_average"], os.getloadavg()[0]]
    return figures


def crossing(points: list[tuple[int, float]], limit: float) -> dict:
    """Where a figure measured at (articles, value) points passes `limit`: the article count,
    and how it was found ("measured": at or below the first scale, "interpolated" between two
    scales in log-log, "extrapolated" from the last two up to EXTRAPOLATE times the largest,
    "beyond": further than that, "never": not rising)."""
    points = sorted((n, v) for n, v in points if v is not None and v > 0)
    if not points:
        return {"articles": None, "how": "unmeasured"}
    if points[0][1] > limit:
        return {"articles": points[0][0], "how": "measured", "note": "already at the smallest"}
    pairs = list(itertools.pairwise(points))
    for (n0, v0), (n1, v1) in pairs:
        if v1 > limit:
            return {"articles": _log_log(n0, v0, n1, v1, limit), "how": "interpolated"}
    if not pairs:
        return {"articles": None, "how": "unmeasured"}
    (n0, v0), (n1, v1) = pairs[-1]
    if v1 <= v0:
        return {"articles": None, "how": "never", "note": "not rising at the largest scales"}
    found = _log_log(n0, v0, n1, v1, limit)
    if found > EXTRAPOLATE * n1:
        return {"articles": None, "how": "beyond", "note": f"not within {EXTRAPOLATE}x the "
                f"largest scale ({EXTRAPOLATE * n1} articles)"}
    return {"articles": found, "how": "extrapolated"}


def _log_log(n0: float, v0: float, n1: float, v1: float, limit: float) -> int:
    slope = (math.log(v1) - math.log(v0)) / (math.log(n1) - math.log(n0))
    return round(math.exp(math.log(n0) + (math.log(limit) - math.log(v0)) / slope))


def thresholds(curve: list[dict]) -> dict:
    return {f"{figure} > {limit:g} {unit}": crossing(
        [(row["articles"], row["kabar"].get(figure)) for row in curve], limit)
        for figure, limit, unit in LIMITS}


def _load() -> dict:
    return json.loads(RESULTS.read_text()) if RESULTS.exists() else {"curve": []}


def _report(curve: list[dict]) -> str:
    lines = ["wall clock on the shared machine / CPU time; Kabar beside FTS5",
             f"{'scale':>5} {'articles':>8} | {'p95 ms':>13} {'fts5':>13} | {'open s':>11} | "
             f"{'search CLI s':>11} {'fts5':>11} | {'serve MB':>8} {'CLI MB':>6} | "
             f"{'index MB':>8} {'fts5':>6}"]
    for row in curve:
        k, f = row["kabar"], row["fts5"]
        lines.append(
            f"x{row['scale']:<4} {row['articles']:8d} | {k['page_p95_ms']:6.1f}/"
            f"{k['page_cpu_p95_ms']:6.1f} {f['page_p95_ms']:6.1f}/{f['page_cpu_p95_ms']:6.1f} | "
            f"{k['open_s']:5.2f}/{k['open_cpu_s']:5.2f} | {k['cli_s']:5.2f}/{k['cli_cpu_s']:5.2f} "
            f"{f['cli_s']:5.2f}/{f['cli_cpu_s']:5.2f} | {k['serve_rss_mb']:8.0f} "
            f"{k['process_rss_mb']:6.0f} | {k['index_mb']:8.0f} {f['index_mb']:6.0f}")
    return "\n".join(lines)


CPU_OF = {"page_p95_ms": "page_cpu_p95_ms", "open_s": "open_cpu_s", "cli_s": "cli_cpu_s"}


def markdown(curve: list[dict]) -> str:
    """The curve as docs/scale.md's table: wall clock (CPU time) where both were measured."""
    def both(row: dict, engine: str, figure: str, digits: int, factor: float = 1.0) -> str:
        wall, cpu = row[engine].get(figure), row[engine].get(CPU_OF[figure])
        if wall is None:
            return "–"
        text = f"{wall * factor:,.{digits}f}"
        return text + (f" ({cpu * factor:,.{digits}f})" if cpu is not None else "")

    lines = ["| scale | articles | load | page p95 ms, Kabar | FTS5 | open s | "
             "`kabar search --json` s | FTS5's s | serve p95 ms | serve RSS MB | "
             "search RSS MB | index MB | FTS5 MB | build s (peak MB) |",
             "|" + " --- |" * 14]
    for row in curve:
        k, load = row["kabar"], row.get("load_average")
        load = f"{max(load):.0f}" if load else "?"
        build = (f"{k['build_s']:,.0f}" if k.get("build_s") else "–") + (
            f" ({k['build_peak_mb']:,})" if k.get("build_peak_mb") else "")
        lines.append(
            f"| ×{row['scale']} | {row['articles']:,} | {load} | "
            f"{both(row, 'kabar', 'page_p95_ms', 0)} | {both(row, 'fts5', 'page_p95_ms', 0)} | "
            f"{both(row, 'kabar', 'open_s', 2)} | {both(row, 'kabar', 'cli_s', 2)} | "
            f"{both(row, 'fts5', 'cli_s', 2)} | {k['serve_p95_ms']:,.0f} | "
            f"{k['serve_rss_mb']:,.0f} | {k['process_rss_mb']:,.0f} | {k['index_mb']:,.0f} | "
            f"{row['fts5']['index_mb']:,.0f} | {build} |")
    return "\n".join(lines)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__,
                                      formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_argument("--scales", default=",".join(map(str, SCALES)),
                         help="comma-separated copies of the corpus to measure")
    options.add_argument("--repeat", type=int, default=3,
                         help="runs of each query, and new processes for the cold figures")
    options.add_argument("--plot-only", action="store_true",
                         help="measure nothing: table, thresholds and plot from the JSON")
    args = options.parse_args()
    try:
        scales = sorted({int(s) for s in args.scales.split(",") if s.strip()})
    except ValueError:
        options.error(f"--scales takes whole numbers separated by commas, not {args.scales!r}")
    if not scales or min(scales) < 1:
        options.error("--scales takes whole numbers of 1 or more")

    saved = _load()
    if not args.plot_only:
        for scale in scales:
            row = measure(scale, args.repeat)
            row["measured"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
            saved["curve"] = sorted([r for r in saved["curve"] if r["scale"] != scale] + [row],
                                    key=lambda r: r["scale"])
            saved["thresholds"] = thresholds(saved["curve"])
            RESULTS.parent.mkdir(parents=True, exist_ok=True)
            RESULTS.write_text(json.dumps(saved, indent=1) + "\n")  # a scale at a time
            print(_report([row]), flush=True)
    if not saved["curve"]:
        raise SystemExit(f"nothing measured yet: {RESULTS} is missing")
    saved["thresholds"] = thresholds(saved["curve"])
    from bench.curve_plot import plot

    PLOT.write_text(plot(saved["curve"], LIMITS))
    print("\n" + _report(saved["curve"]))
    print("\n" + markdown(saved["curve"]))
    print("\nthresholds (Kabar; articles):")
    for name, found in saved["thresholds"].items():
        print(f"  {name}: {found['articles']} ({found['how']})")
    print(f"\nwrote {RESULTS.relative_to(ROOT)} and {PLOT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
