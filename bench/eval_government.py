"""Precision and recall of the government lens (index/extract/government.py) on the frozen
labels bench/labels/government-2026-12-06.json: 80 articles drawn with a fixed seed from the
whole corpus (bench/make_government_sample.py) and labelled by hand before any rule was written;
the rules were written looking at the dev half only.

    .venv/bin/python -m bench.eval_government [--split dev|heldout|all] [--show]
"""

from __future__ import annotations

import argparse
import json

from bench.common import ROOT, corpus_articles
from index.extract.government import is_government

LABELS = ROOT / "bench" / "labels" / "government-2026-12-06.json"


def labelled() -> list[dict]:
    return json.loads(LABELS.read_text("utf-8"))["articles"]


def scores(split: str, show: bool = False) -> dict:
    """{"split", "articles", "precision", "recall", "tp", "fp", "fn"} of one split ("all": both)."""
    articles = {a.id: a for a in corpus_articles(whole=True)}
    tp = fp = fn = count = 0
    for item in labelled():
        if split != "all" and item["split"] != split:
            continue
        article = articles[item["id"]]
        found = article.government
        if found != is_government(article.title, article.body, article.url, article.officials):
            raise SystemExit("the cached articles are stale: remove KABAR_BENCH_CACHE's pickle")
        count += 1
        tp += found and item["government"]
        fp += found and not item["government"]
        fn += item["government"] and not found
        if show and found != item["government"]:
            print(f"{'FP' if found else 'FN'}  {item['title'][:90]}")
    return {"split": split, "articles": count,
            "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0,
            "tp": tp, "fp": fp, "fn": fn}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default=None)
    parser.add_argument("--show", action="store_true", help="list the articles it gets wrong")
    options = parser.parse_args()
    for split in [options.split] if options.split else ["dev", "heldout", "all"]:
        print(json.dumps(scores(split, options.show)))


if __name__ == "__main__":
    main()
