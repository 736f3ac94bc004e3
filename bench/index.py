"""Full build speed and index size: `kabar index build` beside SQLite FTS5, same run.

    python -m bench.index [--scale 1|10|100]

Kabar's figure is end to end: reading the exports, cleaning, extraction (dates, regions,
officials), analysis and writing. FTS5 gets the same already-read articles, so its figure is
insert and index time only: a generous baseline.
"""

from __future__ import annotations

import argparse
import shutil
import time

from bench import cold
from bench.common import (
    CACHE,
    build_fts5,
    folder_size_mb,
    peak_rss_mb,
    scaled_articles,
    scaled_corpus,
)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--scale", type=int, default=1)
    args = options.parse_args()

    from index.store.writer import build

    sources = [str(p) for p in scaled_corpus(args.scale)]
    target = CACHE / f"bench-build-x{args.scale}"
    shutil.rmtree(target, ignore_errors=True)
    started = time.perf_counter()
    report = build(sources, target)
    kabar_seconds = time.perf_counter() - started
    count = report.added + report.updated
    articles = scaled_articles(args.scale)
    fts_path = CACHE / f"bench-build-x{args.scale}.sqlite"
    fts_seconds = build_fts5(articles, fts_path)
    print(f"corpus x{args.scale}: {count} articles indexed, {report.failed} failed\n")
    print(f"{'':14} {'seconds':>8} {'articles/s':>11} {'size MB':>8}")
    print(f"{'Kabar':14} {kabar_seconds:8.1f} {count / kabar_seconds:11.0f} "
          f"{folder_size_mb(target):8.1f}")
    print(f"{'SQLite FTS5':14} {fts_seconds:8.1f} {len(articles) / fts_seconds:11.0f} "
          f"{folder_size_mb(fts_path):8.1f}")
    print(f"peak RSS of this process: {peak_rss_mb():.0f} MB\n")
    print(cold.report(cold.measure(target, fts_path)))


if __name__ == "__main__":
    main()
