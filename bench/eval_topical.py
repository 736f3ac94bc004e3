"""Topical evaluation: how well do the first ten results serve an information need?

    python -m bench.eval_topical [--gain linear|exponential] [--needs bench/topical_needs.json]

A TREC-style test collection over the 5,811 full-text corpus articles: 30 needs a journalist,
researcher or civil servant would have, each with the query they would type and graded judgments
(2 = about the need, 1 = partly relevant, 0 = not relevant) of the pooled top results of the
systems compared (bench/topical_needs.json: ids and grades only). Compared: Snowball as it is
(Tala stopwords, PyStemmer, Whoosh BM25F; all words required, and OR between words) and Kabar's
engine in its default mode. Prints nDCG@10 per need and the mean; an article nobody judged counts
as not relevant, and how many of those each system showed is printed too. Kabar collapses
syndicated copies into one hit: the hit earns the best grade among itself and its copies.

Plain nDCG counts two copies of one story as two relevant results, which rewards a system for
showing the same story twice and puts an ideal out of reach of one that collapses copies. So a
second score counts each story once: articles whose bodies share at least half of their word
5-grams are one story, a result repeating a story already shown earns nothing, and the ideal
ranking holds each story once at its best grade.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import qparser

from bench.common import build_kabar_index, corpus_articles
from bench.eval_search import build_snowball, snowball_schema
from bench.label_ids import needs_now
from index.errors import IndexOutdated

NEEDS = Path(__file__).with_name("topical_needs.json")
DEPTH = 10
MAP_DEPTH = 100  # average precision over this many results
SYSTEMS = ("Snowball AND", "Snowball OR", "Kabar")
GAINS = {"linear": lambda grade: grade, "exponential": lambda grade: 2 ** grade - 1}
SAME_STORY = 0.5  # Jaccard similarity of the bodies' word 5-grams
_WORD = re.compile(r"\w+")


def dcg(gains: list[float]) -> float:
    return sum(gain / math.log2(rank + 2) for rank, gain in enumerate(gains[:DEPTH]))


def ndcg(ranked: list[set[str]], judgments: dict[str, int], gain) -> float:
    """nDCG@10 of a ranking whose entries are sets of ids (a hit and its collapsed copies)."""
    gains = [gain(max((judgments.get(i, 0) for i in ids), default=0)) for ids in ranked]
    ideal = dcg(sorted((gain(g) for g in judgments.values()), reverse=True))
    return dcg(gains) / ideal if ideal else 0.0


def ndcg_story_once(ranked: list[set[str]], judgments: dict[str, int], story: dict[str, str],
                    gain) -> float:
    """nDCG@10 where a story already shown earns nothing and the ideal holds each story once."""
    shown: set[str] = set()
    gains = []
    for ids in ranked[:DEPTH]:
        fresh = [judgments.get(i, 0) for i in ids if story.get(i, i) not in shown]
        gains.append(gain(max(fresh, default=0)))
        shown |= {story.get(i, i) for i in ids}
    best: dict[str, int] = {}
    for i, grade in judgments.items():
        best[story.get(i, i)] = max(grade, best.get(story.get(i, i), 0))
    ideal = dcg(sorted((gain(g) for g in best.values()), reverse=True))
    return dcg(gains) / ideal if ideal else 0.0


def average_precision(ranked: list[set[str]], judgments: dict[str, int],
                      story: dict[str, str]) -> float:
    """Average precision over the first MAP_DEPTH results, each story once: a result is
    relevant when it shows a story not shown before that has a grade of 1 or 2; the divisor is
    the number of relevant stories judged."""
    relevant = {story.get(i, i) for i, grade in judgments.items() if grade > 0}
    shown: set[str] = set()
    hits, total = 0, 0.0
    for rank, ids in enumerate(ranked[:MAP_DEPTH], start=1):
        fresh = {story.get(i, i) for i in ids} - shown
        if any(judgments.get(i, 0) > 0 for i in ids if story.get(i, i) in fresh):
            hits += 1
            total += hits / rank
        shown |= fresh
    return total / len(relevant) if relevant else 0.0


def _shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + 5]) for i in range(max(1, len(words) - 4))} if words else set()


def stories(ids: set[str], bodies: dict[str, str]) -> dict[str, str]:
    """Each id -> one id standing for its story (near-duplicate bodies, joined transitively)."""
    ordered = sorted(ids)
    grams = {i: _shingles(bodies.get(i, "")) for i in ordered}
    story = {i: i for i in ordered}

    def root(i: str) -> str:
        while story[i] != i:
            i = story[i]
        return i

    for n, a in enumerate(ordered):
        for b in ordered[n + 1:]:
            union = len(grams[a] | grams[b])
            if union and len(grams[a] & grams[b]) / union >= SAME_STORY:
                story[root(b)] = root(a)
    return {i: root(i) for i in ordered}


def unjudged(ranked: list[set[str]], judgments: dict[str, int]) -> int:
    return sum(not any(i in judgments for i in ids) for ids in ranked[:DEPTH])


def open_kabar():
    """The cached Kabar index of the corpus, rebuilt when this Kabar's schema has moved on."""
    from search import open_index

    try:
        return open_index(build_kabar_index(1)[0])
    except IndexOutdated:
        return open_index(build_kabar_index(1, fresh=True)[0])


def rankings(needs: list[dict], articles) -> dict[str, list[list[set[str]]]]:
    """Each system's top ten for each need, as sets of ids per result."""
    kabar = open_kabar()
    # The schema is passed in: the cached index may have pickled its filter under __main__.
    snowball = whoosh_index.open_dir(str(build_snowball(articles)), schema=snowball_schema())
    parsers = {
        "Snowball AND": qparser.MultifieldParser(["title", "body"], snowball.schema),
        "Snowball OR": qparser.MultifieldParser(["title", "body"], snowball.schema,
                                                group=qparser.OrGroup),
    }
    ranked: dict[str, list[list[set[str]]]] = {name: [] for name in SYSTEMS}
    with snowball.searcher() as searcher:
        for need in needs:
            for name, parser in parsers.items():
                hits = searcher.search(parser.parse(need["query"]), limit=MAP_DEPTH)
                ranked[name].append([{hit["id"]} for hit in hits])
            found = kabar.search(need["query"], limit=MAP_DEPTH)["hits"]
            ranked["Kabar"].append([{hit["id"], *(c["id"] for c in hit["also_in"])}
                                    for hit in found])
    return ranked


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__,
                                      formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_argument("--gain", choices=sorted(GAINS), default="linear",
                         help="gain of a grade g: g (linear, default) or 2^g - 1 (exponential)")
    options.add_argument("--needs", type=Path, default=NEEDS)
    args = options.parse_args()

    needs = needs_now(json.loads(args.needs.read_text("utf-8"))["needs"])
    articles = corpus_articles(1)
    bodies = {a.id: a.body for a in articles}
    ranked = rankings(needs, articles)
    gain = GAINS[args.gain]
    plain: dict[str, list[float]] = {name: [] for name in SYSTEMS}
    once: dict[str, list[float]] = {name: [] for name in SYSTEMS}
    precision: dict[str, list[float]] = {name: [] for name in SYSTEMS}
    for number, need in enumerate(needs):
        judgments = need["judgments"]
        seen = set(judgments).union(*(ids for name in SYSTEMS for ids in ranked[name][number]))
        story = stories(seen, bodies)
        for name in SYSTEMS:
            plain[name].append(ndcg(ranked[name][number], judgments, gain))
            once[name].append(ndcg_story_once(ranked[name][number], judgments, story, gain))
            precision[name].append(average_precision(ranked[name][number], judgments, story))

    judged = sum(len(n["judgments"]) for n in needs)
    print(f"{len(needs)} needs, {judged} judgments; nDCG@{DEPTH} with gain "
          f"{'g' if args.gain == 'linear' else '2^g - 1'} for grade g; unjudged = not relevant")
    print("AND / OR = Snowball as is with all words required / with OR between words; "
          "Kabar = default search\n")
    print(f"{'':37}{'nDCG@10':^23}  {'each story once':^23}")
    print(f"{'need':5} {'query':30} " + " ".join(f"{n:>7}" for n in ("AND", "OR", "Kabar") * 2))
    for number, need in enumerate(needs):
        cells = [scores[name][number] for scores in (plain, once) for name in SYSTEMS]
        behind = cells[5] < max(cells[3:5]) - 0.005
        print(f"{need['id']:5} {need['query'][:30]:30} "
              + " ".join(f"{c:7.3f}" for c in cells[:3]) + "  "
              + " ".join(f"{c:7.3f}" for c in cells[3:]) + ("  <" if behind else ""))
    means = [_mean(scores[name]) for scores in (plain, once) for name in SYSTEMS]
    print(f"{'mean':36} " + " ".join(f"{m:7.3f}" for m in means[:3]) + "  "
          + " ".join(f"{m:7.3f}" for m in means[3:]))
    print(f"{'MAP@' + str(MAP_DEPTH) + ', each story once':36} "
          + " ".join(f"{_mean(precision[name]):7.3f}" for name in SYSTEMS))
    print("< : Kabar below the better Snowball, each story once\n")
    for name in SYSTEMS[:2]:
        better = sum(k > o + 0.005 for k, o in zip(once["Kabar"], once[name], strict=True))
        worse = sum(k < o - 0.005 for k, o in zip(once["Kabar"], once[name], strict=True))
        print(f"each story once, Kabar vs {name}: better on {better} needs, worse on {worse}")
    print(f"\nresults in the top {DEPTH} that nobody judged (pool completeness):")
    for name in SYSTEMS:
        shown = sum(len(r[:DEPTH]) for r in ranked[name])
        missing = sum(unjudged(r, n["judgments"]) for r, n in zip(ranked[name], needs, strict=True))
        print(f"  {name:12} {missing:4} of {shown} results")


if __name__ == "__main__":
    main()
