"""The sample of articles behind the frozen government labels
(bench/labels/government-2026-12-06.json): 80 articles drawn once, uniformly with a fixed seed,
from the whole of ../shared/corpus as Kabar indexes it (bench/common.py corpus_articles), the
first 40 drawn for development and the other 40 held out.

    .venv/bin/python -m bench.make_government_sample > sample.txt   # what the labeller reads
"""

from __future__ import annotations

import random

from bench.common import corpus_articles
from index.article import Article

SEED = 20261206
SIZE = 80
DEV = 40


def sample() -> list[Article]:
    """The 80 articles, in draw order (the first DEV are the dev half)."""
    articles = sorted(corpus_articles(whole=True), key=lambda a: a.id)
    return random.Random(SEED).sample(articles, SIZE)


def main() -> None:
    for number, article in enumerate(sample()):
        half = "dev" if number < DEV else "heldout"
        officials = "; ".join(f"{o.name} ({o.role})" for o in article.officials)
        print(f"=== {number} {half} {article.id}\n{article.source} | {article.url}\n"
              f"TITLE: {article.title}\nOFFICIALS: {officials}\n{article.body[:700]}\n")


if __name__ == "__main__":
    main()
