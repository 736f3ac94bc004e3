"""Full build speed and index size: `kabar index build` beside SQLite FTS5, same run.

    python -m bench.index [--scale 1|10|100]

Both indexes are left in $KABAR_BENCH_CACHE, where `python -m bench.search` (and the other
benches) of the same scale reuse them as long as the code and data under index/ are the same.

Kabar's figure is end to end: reading the exports, cleaning, extraction (dates, regions,
officials), analysis and writing. FTS5 gets the same already-read articles, so its figure is
insert and index time only: a generous baseline.
"""

from __future__ import annotations

import argparse
import json

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


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--scale", type=int, default=1)
    args = options.parse_args()

    scaled_corpus(args.scale)  # the copies are made before the clock starts
    target, kabar_seconds, report = kabar_build(args.scale)
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
    print(f"peak RSS of this process: {peak_rss_mb():.0f} MB\n")
    print(cold.report(cold.measure(target, fts_path)))


if __name__ == "__main__":
    main()
