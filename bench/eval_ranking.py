"""The ranking yardstick: needs nobody tuned for, judged blind, over the whole corpus.

    python -m bench.eval_ranking [--frozen bench/yardstick/ranking-2026-12-06.json]
                                 [--resamples 2000] [--per-need]
    python -m bench.eval_ranking --frozen bench/labels/ranking-dev-2026-12-06.json   # the dev set
    python -m bench.eval_ranking --known bench/labels/known-items-dev-2026-12-06.json

`--known FILE` scores only the known-item queries of FILE (the unseen dev set of issue 16, see
bench/labels/ranking-known-items.md), with each query's rank per system under `--per-need`.

Reads the frozen file (needs with graded judgments by article id, and hand-written known-item
queries; see bench/yardstick/README.md) and prints, for Kabar's default search, SQLite FTS5
(unicode61, bm25, the query's words OR'd) and Whoosh with Snowball Indonesian and Tala stopwords
(all words required):

- story-aware nDCG@10 (bench.eval_topical: copies of one story count once, linear gain);
- story-aware MAP over the first 1000 results: an article graded 1 or 2 is relevant, each
  relevant story counts once, an unjudged article counts as not relevant;
- known-item MRR@10 and how many targets are in the top 10 (a copy of the target counts);
- each with a 95% bootstrap interval over needs (known items: over queries), seeded;
- how many of each system's top-10 results nobody judged;
- under `--per-need` only, each need's scores and the known items Kabar misses at rank 1 (by
  default totals alone, so that scoring the frozen set shows none of its queries).

The corpus is everything Kabar indexes from ../shared/corpus (full texts, feed items, saved
pages, the seed article), the same articles for every system. A frozen set without known items
(the dev set) prints no MRR.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from bench.common import CACHE, build_fts5, build_kabar_index, corpus_articles
from bench.eval_topical import DEPTH, ndcg_story_once, stories
from bench.label_ids import needs_now
from index.article import Article
from index.errors import IndexOutdated

FROZEN = Path(__file__).with_name("yardstick") / "ranking-2026-12-06.json"
MAP_DEPTH = 1000
REPORTED = ("Kabar", "FTS5 OR", "Snowball AND")
SEED = 20261206
_WORD = re.compile(r"\w+")

Ranking = list[set[str]]  # per result: the ids it shows (a hit and its collapsed copies)


def whole_articles() -> list[Article]:
    """The whole corpus once per id; a later record of an id replaces an earlier one, as in
    Kabar's index."""
    by_id: dict[str, Article] = {}
    for article in corpus_articles(1, whole=True):
        by_id.pop(article.id, None)
        by_id[article.id] = article
    return list(by_id.values())


class Systems:
    """The systems compared, each answering a query with its ranking to a given depth."""

    def __init__(self, articles: list[Article]) -> None:
        from whoosh import index as whoosh_index
        from whoosh import qparser

        from bench.eval_search import build_snowball, snowball_schema
        from search import open_index

        try:
            self.kabar = open_index(build_kabar_index(1, whole=True)[0])
        except IndexOutdated:  # this Kabar's schema or word lists have moved on
            self.kabar = open_index(build_kabar_index(1, fresh=True, whole=True)[0])
        # The schema is passed in: the cached index may have pickled its filter under __main__.
        snowball = whoosh_index.open_dir(str(build_snowball(articles, "snowball-whole")),
                                         schema=snowball_schema())
        self.snowball = snowball.searcher()
        self.parsers = {
            "Snowball AND": qparser.MultifieldParser(["title", "body"], snowball.schema),
            "Snowball OR": qparser.MultifieldParser(["title", "body"], snowball.schema,
                                                    group=qparser.OrGroup),
        }
        self.fts = _fts5_whole(articles)
        self.run: dict[str, Callable[[str, int], Ranking]] = {
            "Kabar": self.kabar_ranking,
            "FTS5 OR": self.fts5_or,
            "Snowball AND": lambda q, depth: self.snowball_ranking("Snowball AND", q, depth),
            "Snowball OR": lambda q, depth: self.snowball_ranking("Snowball OR", q, depth),
        }

    def kabar_ranking(self, query: str, depth: int) -> Ranking:
        ranked: Ranking = []
        page = 1
        while len(ranked) < depth:
            hits = self.kabar.search(query, limit=100, page=page)["hits"]
            ranked += [{h["id"], *(c["id"] for c in h["also_in"])} for h in hits]
            if len(hits) < 100:
                break
            page += 1
        return ranked[:depth]

    def fts5_or(self, query: str, depth: int) -> Ranking:
        words = _WORD.findall(query.lower())
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in words)
        rows = self.fts.execute(
            "SELECT ids.id FROM docs JOIN ids ON ids.rowid = docs.rowid WHERE docs MATCH ? "
            "ORDER BY bm25(docs, 2.0, 1.0) LIMIT ?", (match, depth)).fetchall()
        return [{row[0]} for row in rows]

    def snowball_ranking(self, name: str, query: str, depth: int) -> Ranking:
        hits = self.snowball.search(self.parsers[name].parse(query), limit=depth)
        return [{hit["id"]} for hit in hits]


def _fts5_whole(articles: list[Article]) -> sqlite3.Connection:
    """FTS5 over the articles (title weighted 2 as in bench.search), with their ids."""
    path = CACHE / "fts5-whole.sqlite"
    ids = [a.id for a in articles]
    if path.exists():
        db = sqlite3.connect(path)
        try:
            stored = [row[0] for row in db.execute("SELECT id FROM ids ORDER BY rowid")]
        except sqlite3.OperationalError:
            stored = []
        if stored == ids:
            return db
        db.close()
    build_fts5(articles, path)
    db = sqlite3.connect(path)
    with db:
        db.execute("CREATE TABLE ids(rowid INTEGER PRIMARY KEY, id TEXT)")
        db.executemany("INSERT INTO ids VALUES (?, ?)", enumerate(ids, start=1))
    return db


def story_map(ranked: Ranking, judgments: dict[str, int], story: dict[str, str]) -> float:
    """Average precision where each relevant story (grade >= 1) counts once."""
    relevant = {story.get(i, i) for i, grade in judgments.items() if grade >= 1}
    if not relevant:
        return 0.0
    found: set[str] = set()
    total = 0.0
    for rank, ids in enumerate(ranked, start=1):
        new = {story.get(i, i) for i in ids if judgments.get(i, 0) >= 1} - found
        if new:
            found |= new
            total += len(found) / rank
    return total / len(relevant)


def unjudged(ranked: Ranking, judgments: dict[str, int]) -> int:
    return sum(not any(i in judgments for i in ids) for ids in ranked[:DEPTH])


def known_item_rank(ranked: Ranking, target: str, story: dict[str, str]) -> int | None:
    """Rank (1-10) of the first result showing the target or a copy of its story."""
    wanted = story.get(target, target)
    for rank, ids in enumerate(ranked[:DEPTH], start=1):
        if any(story.get(i, i) == wanted for i in ids):
            return rank
    return None


def bootstrap(values: list[float], resamples: int, seed: int = SEED) -> tuple[float, float]:
    """95% percentile interval of the mean, resampling the values with replacement."""
    if not values:
        return float("nan"), float("nan")
    rng = random.Random(seed)
    n = len(values)
    means = sorted(sum(rng.choices(values, k=n)) / n for _ in range(resamples))
    return means[int(0.025 * resamples)], means[min(resamples - 1, int(0.975 * resamples))]


def paired_bootstrap(a: list[float], b: list[float], resamples: int,
                     seed: int = SEED) -> tuple[float, float]:
    """95% interval of mean(a - b), resampling the same needs for both systems."""
    return bootstrap([x - y for x, y in zip(a, b, strict=True)], resamples, seed)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def _with_interval(values: list[float], resamples: int) -> str:
    """'mean [low, high]', or '-' when there is nothing to score (a set without known items)."""
    if not values:
        return "-"
    low, high = bootstrap(values, resamples)
    return f"{_mean(values):.3f} [{low:.3f}, {high:.3f}]"


def condensed(ranked: Ranking, judgments: dict[str, int]) -> Ranking:
    """The ranking without the results nobody judged (Sakai's condensed list, SIGIR 2007): a
    system that finds articles the pool never held is then neither rewarded nor punished for
    them."""
    return [ids for ids in ranked if any(i in judgments for i in ids)]


def scored_needs(needs: list[dict]) -> list[dict]:
    """The needs that can be scored: at least one article judged relevant (as TREC leaves out
    topics without relevant documents: such a need scores 0 for every system alike)."""
    return [n for n in needs if any(g >= 1 for g in n.get("judgments", {}).values())]


def evaluate(frozen: dict, systems: Systems, bodies: dict[str, str],
             names: tuple[str, ...] = REPORTED, judged_only: bool = False) -> dict:
    """Per-need and per-query scores of each system (`judged_only`: over condensed lists)."""
    needs = scored_needs(frozen["needs"])
    scores: dict[str, dict[str, list]] = {
        name: {"ndcg": [], "map": [], "unjudged": [], "rr": [], "ranks": []} for name in names}
    for need in needs:
        judgments = need["judgments"]
        ranked = {name: systems.run[name](need["query"], MAP_DEPTH) for name in names}
        if judged_only:
            ranked = {name: condensed(r, judgments) for name, r in ranked.items()}
        seen = set(judgments).union(*(ids for r in ranked.values() for ids in r[:DEPTH]))
        story = stories(seen, bodies)
        for name in names:
            scores[name]["ndcg"].append(
                ndcg_story_once(ranked[name], judgments, story, lambda g: g))
            scores[name]["map"].append(story_map(ranked[name], judgments, story))
            scores[name]["unjudged"].append(unjudged(ranked[name], judgments))
    for item in frozen.get("known_items", []):
        ranked = {name: systems.run[name](item["query"], DEPTH) for name in names}
        seen = {item["target"]}.union(*(ids for r in ranked.values() for ids in r))
        story = stories(seen, bodies)
        for name in names:
            rank = known_item_rank(ranked[name], item["target"], story)
            scores[name]["ranks"].append(rank)
            scores[name]["rr"].append(1 / rank if rank else 0.0)
    return {"needs": needs, "scores": scores}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__,
                                      formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_argument("--frozen", type=Path, default=FROZEN)
    options.add_argument("--resamples", type=int, default=2000)
    options.add_argument("--per-need", action="store_true", help="print each need's scores")
    options.add_argument("--known", type=Path,
                         help="score only the known-item queries of this file")
    options.add_argument("--condensed", action="store_true",
                         help="score the needs over condensed lists: results nobody judged left "
                              "out (for a system that finds articles the pool never held)")
    args = options.parse_args()
    source = args.known or args.frozen
    if not source.exists():
        raise SystemExit(f"no frozen yardstick at {source}")
    frozen = json.loads(source.read_text("utf-8"))
    if args.known:
        frozen = {"date": frozen.get("date"), "needs": [],
                  "known_items": frozen.get("known_items", [])}
    frozen = {**frozen, "needs": needs_now(frozen.get("needs", [])),
              "known_items": needs_now(frozen.get("known_items", []))}
    articles = whole_articles()
    result = evaluate(frozen, Systems(articles), {a.id: a.body for a in articles},
                      judged_only=args.condensed)
    needs, scores = result["needs"], result["scores"]
    items = frozen.get("known_items", [])
    judged = sum(len(n["judgments"]) for n in needs)
    print(f"{source.name} ({frozen.get('date', '?')}): {len(needs)} judged needs "
          f"({judged} judgments), {len(items)} known items; {len(articles)} articles")
    empty = [n["id"] for n in frozen["needs"] if n.get("judgments") and n not in needs]
    if empty:
        print(f"left out, no article judged relevant: {', '.join(empty)}")
    unjudged_rule = ("condensed lists: unjudged results left out" if args.condensed
                     else "unjudged = not relevant")
    print(f"story-aware: copies of one story count once; MAP over the first {MAP_DEPTH} "
          f"results, grade >= 1 relevant; {unjudged_rule}; [95% bootstrap interval, "
          f"{args.resamples} resamples over needs / known items]\n")
    if args.per_need and args.known:
        print(f"{'item':5} {'query':44} " + " ".join(f"{n:>13}" for n in REPORTED))
        for number, item in enumerate(items):
            cells = [str(scores[n]["ranks"][number] or "-") for n in REPORTED]
            print(f"{item['id']:5} {item['query'][:44]:44} "
                  + " ".join(f"{c:>13}" for c in cells))
        print("(rank of the target in the top 10; - = not there)\n")
    elif args.per_need:
        print(f"{'need':5} {'query':32} " + " ".join(f"{n:>13}" for n in REPORTED))
        for number, need in enumerate(needs):
            cells = [f"{scores[n]['ndcg'][number]:.2f}/{scores[n]['map'][number]:.2f}"
                     for n in REPORTED]
            print(f"{need['id']:5} {need['query'][:32]:32} " + " ".join(f"{c:>13}" for c in cells))
        print("(nDCG@10 / MAP)\n")
    keys = (("ndcg", "map") if needs else ()) + (("rr",) if items else ())
    header = {"ndcg": "nDCG@10", "map": "MAP", "rr": "known-item MRR@10"}
    print(f"{'system':13} " + " ".join(f"{header[k]:>22}" for k in keys)
          + f" {'in top 10':>10}" + (f" {'unjudged in top 10':>19}" if needs else ""))
    for name in REPORTED:
        s = scores[name]
        cells = []
        for key in keys:
            cells.append(_with_interval(s[key], args.resamples))
        found = f"{sum(r is not None for r in s['ranks'])}/{len(s['ranks'])}" if items else "-"
        blind = f"{sum(s['unjudged'])}/{DEPTH * len(needs)}"
        blind = f" {blind:>19}" if needs else ""
        print(f"{name:13} " + " ".join(f"{c:>22}" for c in cells) + f" {found:>10}{blind}")
    print("\nKabar minus the others, paired over the same needs (known items):")
    for other in REPORTED[1:]:
        cells = []
        for key in keys:
            a, b = scores["Kabar"][key], scores[other][key]
            if not a:
                cells.append("-")
                continue
            low, high = paired_bootstrap(a, b, args.resamples)
            cells.append(f"{header[key].split()[-1]} "
                         f"{_mean(a) - _mean(b):+.3f} [{low:+.3f}, {high:+.3f}]")
        print(f"  vs {other:13} " + "  ".join(cells))
    missed = [(i["query"], r) for i, r in zip(items, scores["Kabar"]["ranks"], strict=True)
              if r != 1]
    if missed and args.per_need:  # queries only on request: the default prints totals alone
        print("\nKabar's known items not at rank 1: "
              + "; ".join(f"{q!r} ({r or 'not in top 10'})" for q, r in missed))


if __name__ == "__main__":
    main()
