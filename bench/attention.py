"""Attention compared: three queries' articles per period as shares of the index's, and the
distinctive words of a result set, timed on the scaled corpus.

    python -m bench.attention [--scale 1|10] [--repeat 3] [--fresh]

The target (issue 20): three compared queries in at most 300 ms at the 95th percentile at 58k
articles (--scale 10). The words are timed after their first call, which samples the index.
"""

from __future__ import annotations

import argparse
import time

from bench.common import build_kabar_index, median_p95, timed
from bench.search import QUERIES

INTERVALS = ("month", "week", "day")
TARGET_P95_MS = 300.0


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--scale", type=int, default=1)
    options.add_argument("--repeat", type=int, default=3)
    options.add_argument("--fresh", action="store_true", help="rebuild the index")
    args = options.parse_args()

    from search import open_index, words
    from search.attention import attention
    from search.words import distinctive_words

    folder, _ = build_kabar_index(args.scale, fresh=args.fresh)
    engine = open_index(folder)
    articles = engine.stats()["articles"]
    attention(engine, ["warm up"], "month")
    triples = [QUERIES[i:i + 3] for i in range(0, len(QUERIES) - 2, 3)]
    times = []
    for interval in INTERVALS:
        for triple in triples:
            times += timed(lambda t=triple, i=interval: attention(engine, t, i), args.repeat)
    median, p95 = median_p95(times)
    verdict = "ok" if p95 <= TARGET_P95_MS else "OVER TARGET"
    print(f"attention, 3 queries: {articles:,} articles, {len(times)} runs "
          f"({len(triples)} triples x {len(INTERVALS)} intervals x {args.repeat})")
    print(f"  median {median:.1f} ms, p95 {p95:.1f} ms (target p95 <= {TARGET_P95_MS:.0f} ms: "
          f"{verdict})")

    started = time.perf_counter()
    distinctive_words(engine, QUERIES[0])
    first = (time.perf_counter() - started) * 1000
    word_times = []

    def uncached(query: str) -> None:
        words._answers.clear()  # each call reads its articles, as a new search does
        distinctive_words(engine, query)

    for query in QUERIES:
        word_times += timed(lambda q=query: uncached(q), args.repeat)
    median, p95 = median_p95(word_times)
    print(f"distinctive words: first call {first:.0f} ms (samples the index), then median "
          f"{median:.1f} ms, p95 {p95:.1f} ms over {len(word_times)} runs (answers not cached)")


if __name__ == "__main__":
    main()
