"""How fast articles are read and understood: the whole extraction pipeline, on one core.

    .venv/bin/python -m bench.extraction [--repeat N]

For each corpus file: reading (`index.sources.files.read_source`: decoding, parsing,
cleaning, page furniture), each extractor on its own (dates, regions, officials), and
`index.extract.pipeline.make_article` (the extraction that `kabar index build` runs on every
draft), in articles per second. `statements` is `index.extract.statements.find_statements` on
each body, timed on its own. The dates extractor is timed on every article, although
make_article asks it only when the record carries no date. Beside them, SQLite FTS5 (standard
library) inserting the same articles' titles and bodies, in the same run, so the ratio can be
quoted on any machine.

The process is pinned to one CPU when the platform allows it and timed in CPU seconds
(time.process_time), and each figure is the best of --repeat passes, so that other work on the
machine disturbs it as little as possible. The row to quote for "articles per second" is the
full-text articles (detik, berita 2015, IndoSum); the feed items are one-paragraph teasers.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from index.extract.dates import find_date_in_text
from index.extract.officials import extract_officials, load_lexicon
from index.extract.pipeline import make_article
from index.extract.regions import extract_regions
from index.extract.statements import find_statements
from index.sources.drafts import Draft
from index.sources.files import read_source

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SOURCES = [
    "detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl", "antara-rss-2026.json",
    "html", "seed",
]
FULL_TEXT = SOURCES[:3]  # the 5,811 whole articles; the feed items are short teasers
COLUMNS = ("articles", "read", "dates", "regions", "officials", "statements", "extract",
           "read+extract", "FTS5 insert")


def best_seconds(work: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def read_drafts(source: Path) -> list[Draft]:
    return [d for d in read_source(str(source)) if isinstance(d, Draft)]


def fts5_insert_seconds(drafts: Sequence[Draft]) -> float:
    """Seconds for SQLite FTS5 to index the drafts' titles and bodies (in memory, one commit)."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='unicode61')")
    started = time.process_time()
    with db:
        db.executemany("INSERT INTO docs(title, body) VALUES (?, ?)",
                       ((d.title, d.body) for d in drafts))
    seconds = time.process_time() - started
    db.close()
    return seconds


def measure(drafts: Sequence[Draft], read_seconds: float, repeat: int) -> dict[str, float]:
    """Articles per second of each stage over the drafts."""
    count = len(drafts)
    seconds = {
        "read": read_seconds,
        "dates": best_seconds(lambda: [find_date_in_text(d.body) for d in drafts], repeat),
        "regions": best_seconds(lambda: [extract_regions(d.title, d.body) for d in drafts],
                                repeat),
        "officials": best_seconds(lambda: [extract_officials(d.title, d.body) for d in drafts],
                                  repeat),
        "statements": best_seconds(lambda: [find_statements(d.body) for d in drafts], repeat),
        "extract": best_seconds(lambda: [make_article(d) for d in drafts], repeat),
        "FTS5 insert": min(fts5_insert_seconds(drafts) for _ in range(repeat)),
    }
    seconds["read+extract"] = seconds["read"] + seconds["extract"]
    rates = {name: count / value if value else float("inf") for name, value in seconds.items()}
    rates["articles"] = count
    return rates


def print_table(rows: list[tuple[str, dict[str, float]]]) -> None:
    print(f"{'articles/s (one core)':<24}" + "".join(f"{c:>13}" for c in COLUMNS))
    for name, rates in rows:
        cells = [f"{rates['articles']:>13,.0f}"]
        cells += [f"{rates[c]:>13,.0f}" for c in COLUMNS[1:]]
        print(f"{name:<24}" + "".join(cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes per figure (the best counts)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    missing = [name for name in SOURCES if not (CORPUS / name).exists()]
    if missing:
        print(f"the shared corpus is missing: {CORPUS / missing[0]}", file=sys.stderr)
        return 2
    # Data files are read once per process (functools.cache); keep that out of the timings.
    load_lexicon()
    extract_regions("", "Palangka Raya")
    find_date_in_text("Kamis (4/12/2025)")
    find_statements("Budi mengatakan data itu benar.")

    rows = []
    every: list[Draft] = []
    full_text: list[Draft] = []
    read_total = read_full_text = 0.0
    for name in SOURCES:
        path = CORPUS / name
        read_seconds = best_seconds(lambda path=path: read_drafts(path), args.repeat)
        drafts = read_drafts(path)
        rows.append((name, measure(drafts, read_seconds, args.repeat)))
        every += drafts
        read_total += read_seconds
        if name in FULL_TEXT:
            full_text += drafts
            read_full_text += read_seconds
    rows.append(("full-text articles", measure(full_text, read_full_text, args.repeat)))
    rows.append(("everything", measure(every, read_total, args.repeat)))
    print_table(rows)
    print("\nextract = index.extract.make_article (dates when the record has none, regions, "
          "officials).")
    print("FTS5 insert = sqlite3 FTS5 indexing the same titles and bodies, in memory.")
    words = sum(len(d.body.split()) for d in every) / max(len(every), 1)
    print(f"mean body length: {words:,.0f} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
