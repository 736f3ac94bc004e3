"""Full build speed and index size: `kabar index build` beside SQLite FTS5, same run.

    python -m bench.index [--scale 1|10|100]

Both indexes are left in $KABAR_BENCH_CACHE, where `python -m bench.search` (and the other
benches) of the same scale reuse them as long as the code and data under index/ are the same.

Kabar's figure is end to end: reading the exports, cleaning, extraction (dates, regions,
officials), analysis and writing. FTS5 gets the same already-read articles, so its figure is
insert and index time only: a generous baseline.

It also says what the build cost: the CPU time of the build process and its workers together,
per article (a figure the machine's other load moves far less than the wall clock), how much
of it the main process took, and the peak RSS of the main process and of the largest worker
(the build holds at most about the main's plus the workers' count times the largest).
"""

from __future__ import annotations

import argparse
import json
import resource

from bench import cold
from bench.common import (
    CACHE,
    folder_size_mb,
    fts5_index,
    kabar_build,
    peak_rss_mb,
    scaled_articles,
    scaled_corpus,
)
from index.store.build_workers import default_workers


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--scale", type=int, default=1)
    args = options.parse_args()

    scaled_corpus(args.scale)  # the copies are made before the clock starts
    main_before, workers_before = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    target, kabar_seconds, report = kabar_build(args.scale)
    main_cpu = _cpu(resource.RUSAGE_SELF) - main_before
    workers_cpu = _cpu(resource.RUSAGE_CHILDREN) - workers_before  # the workers have ended
    largest_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    main_peak = peak_rss_mb()
    count = report.added + report.updated
    articles = scaled_articles(args.scale)
    fts_path, fts_seconds = fts5_index(args.scale, fresh=True)
    # what bench.curve puts in its build column for this scale
    (CACHE / f"build-x{args.scale}.json").write_text(
        json.dumps({"scale": args.scale, "build_s": kabar_seconds}))
    (CACHE / f"fts5-build-x{args.scale}.json").write_text(json.dumps({"build_s": fts_seconds}))
    print(f"corpus x{args.scale}: Kabar {count:,} articles indexed, {report.failed} failed, "
          f"{report.repeated:,} records repeating a URL already read (the later kept); "
          f"SQLite FTS5 {len(articles):,} rows\n")
    print(f"{'':14} {'seconds':>8} {'articles/s':>11} {'size MB':>8}")
    print(f"{'Kabar':14} {kabar_seconds:8.1f} {count / kabar_seconds:11.0f} "
          f"{folder_size_mb(target):8.1f}")
    print(f"{'SQLite FTS5':14} {fts_seconds:8.1f} {len(articles) / fts_seconds:11.0f} "
          f"{folder_size_mb(fts_path):8.1f}")
    print(f"Kabar's build: {default_workers()} workers; CPU {main_cpu + workers_cpu:.1f} s, "
          f"{(main_cpu + workers_cpu) / max(count, 1) * 1000:.2f} ms an article, of which "
          f"the main process {main_cpu:.1f} s; peak RSS {main_peak:.0f} MB (main), "
          f"{largest_worker:.0f} MB (largest worker)")
    print(f"peak RSS of this process (FTS5's build too): {peak_rss_mb():.0f} MB\n")
    print(cold.report(cold.measure(target, fts_path)))


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
