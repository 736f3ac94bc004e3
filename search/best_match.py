"""Best match instead of strict AND: the articles with every part of a query, then those that
miss only parts of little weight.

A query's top-level parts (a word with its short and long forms, a phrase, a group) each get
the weight of an inverse document frequency, over the articles that have the part:
``log(N / (df + 1)) + 1``, as BM25 weighs a word. An article that lacks some parts is a partial
match when the parts it has carry at least MIN_SHOULD_MATCH of the query's weight (a weighted
minimum-should-match): "perlindungan tki" lists the articles on TKI that say "pelindungan"
after those that have both words; "indonesia stunting" never lists an article that only says
"indonesia" (a quarter of the weight). The share is low (MIN_SHOULD_MATCH), so that in a query
of three words an article with only the rarest is listed: listing them costs the first page
nothing and finds, further down, what an OR of the words finds. Its score is the
sum of its parts' scores times the share of the weight it has (coordination), and it is listed
after every article with all the parts, whatever the order asked for.

A part's weight counts the articles that have it as typed: short and long forms the query did
not type (search/synonyms.py) leave it as rare as the word typed ("pppk", whose long form's
words are everywhere).

Title words (``judul:``), exclusions and every filter stay required: only plain parts may be
missing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from whoosh import query as wq

from search.evaluate import (
    Evaluator,
    Matches,
    common_positions,
    intersect,
    summed_by_document,
)

MIN_SHOULD_MATCH = 0.3  # share of a query's weight a partial match must have
MIN_PARTS = 2  # a query of fewer droppable parts has no partial matches
FIRST_ROUND = 4096  # candidates most_parts' first round may take at a lower j


@dataclass
class BestMatch:
    complete: Matches  # every part
    # some parts missing, enough weight; none of `complete`. Not looked for (empty) when a query
    # with phrases has no complete match: the engine then relaxes the query instead
    partial: Matches


def parts_of(node: wq.Query) -> tuple[list[wq.Query], list[wq.Query], list[wq.Query]] | None:
    """(droppable parts, required parts, exclusions) of an AND query (with its exclusions: the
    parser writes `a b -c` as AndNot(And(a, b), c)), or None for any other."""
    if isinstance(node, wq.AndNot):
        split = parts_of(node.a)
        return None if split is None else (split[0], split[1], [*split[2], node.b])
    if not isinstance(node, wq.And):
        return None
    children = list(node.children())
    excluded = [c.query for c in children if isinstance(c, wq.Not)]
    positive = [c for c in children if not isinstance(c, wq.Not)]
    required = [c for c in positive if {f for f, _ in c.iter_all_terms()} == {"title"}]
    droppable = [c for c in positive if c not in required]
    return droppable, required, excluded


def best_match(evaluator: Evaluator, node: wq.Query) -> BestMatch | None:
    """The complete and partial matches of an AND query (None for another query, or one of
    fewer than MIN_PARTS droppable parts). Filters are the caller's to apply."""
    split = parts_of(node)
    if split is None or len(split[0]) < MIN_PARTS:
        return None
    droppable, required, excluded = split
    phrases = has_phrase(droppable)
    found = loose_parts(evaluator, droppable) if phrases else [evaluator.run(p) for p in droppable]
    # a phrase weighs as its words together (its loose match): exact phrases are then matched
    # only in the documents whose loose matches have the weight
    weights = part_weights(evaluator, droppable, found)
    total_weight = float(weights.sum()) or 1.0
    if phrases:
        unique, _, weight, loose_count = _combined(found, weights)
        if not len(unique) or loose_count.max() < len(found):
            # no article has every part even with its phrases' words anywhere, so none is
            # complete; partial matches are listed only after complete ones (the engine relaxes
            # the query instead), so they are not looked for
            return BestMatch(Matches.empty(), Matches.empty())
        found = exact_parts(evaluator, droppable,
                            unique[weight / total_weight >= MIN_SHOULD_MATCH - 1e-9])

    unique, summed, weight, parts = _combined(found, weights)
    share = weight / total_weight
    complete_mask = parts == len(found)
    partial_mask = ~complete_mask & (share >= MIN_SHOULD_MATCH - 1e-9)
    complete = Matches(unique[complete_mask], summed[complete_mask].astype(np.float32))
    partial = Matches(unique[partial_mask],
                      (summed[partial_mask] * share[partial_mask]).astype(np.float32))
    if required:
        within = [evaluator.run(part) for part in required]
        complete = intersect([complete, *within])
        partial = _within(partial, within)
    for part in excluded:
        removed = evaluator.run(part)
        complete, partial = _without(complete, removed), _without(partial, removed)
    return BestMatch(complete, partial)


def part_weights(evaluator: Evaluator, parts: list[wq.Query], found: list[Matches]
                 ) -> np.ndarray:
    """Each part's weight, ``log(N / (df + 1)) + 1`` with df the articles that have it as typed
    (`found`: each part's matches)."""
    size = max(1, evaluator.columns.live_count)
    weights = np.array([math.log(size / (_typed_count(evaluator, p, m) + 1)) + 1
                        for p, m in zip(parts, found, strict=True)])
    return np.maximum(weights, 0.0)


def _typed_count(evaluator: Evaluator, part: wq.Query, found: Matches) -> int:
    """How many articles have a part as typed: its short or long forms the query did not type
    (search/query.py gives them a weight under 1) left out. "pppk" weighs as the rare word it
    is, not as the many articles with "pegawai", "pemerintah", "perjanjian" and "kerja"."""
    if not isinstance(part, wq.Or):
        return len(found)
    children = list(part.children())
    typed = [c for c in children if c.boost == 1.0]
    if len(typed) == len(children) or not typed:
        return len(found)
    return len(evaluator.run(wq.Or(typed)))


def _combined(found: list[Matches], weights: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The documents in any of `found`, and for each: its scores summed, the weights of the
    parts it is in summed, how many parts it is in."""
    if not any(len(m) for m in found):
        empty = np.zeros(0)
        return np.zeros(0, dtype=np.int64), empty, empty, np.zeros(0, dtype=np.int64)
    ids = np.concatenate([m.ids for m in found])
    scores = np.concatenate([m.scores for m in found])
    had = np.concatenate([np.full(len(m), w) for m, w in zip(found, weights, strict=True)])
    unique, (summed, weight), counts = summed_by_document(ids, scores, had)
    return unique, summed, weight, counts


def has_phrase(parts: list[wq.Query]) -> bool:
    return any(isinstance(leaf, wq.Phrase) for part in parts for leaf in part.leaves())


def loose_parts(evaluator: Evaluator, parts: list[wq.Query]) -> list[Matches]:
    """Each part's matches with its phrases taken as their words anywhere: a superset."""
    evaluator.loose = True
    try:
        return [evaluator.run(part) for part in parts]
    finally:
        evaluator.loose = False


def exact_parts(evaluator: Evaluator, parts: list[wq.Query],
                candidates: np.ndarray) -> list[Matches]:
    """Each part's matches among `candidates` (phrases checked there only)."""
    evaluator.within = candidates
    try:
        found = [evaluator.run(part) for part in parts]
    finally:
        evaluator.within = None
    return [_within(m, [Matches(candidates, candidates)]) for m in found]


def most_parts(evaluator: Evaluator, parts: list[wq.Query],
               kept) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The documents with the most of the parts and those with one fewer, among those `kept`
    lets through (a function of Matches): (documents, scores summed, parts had). Phrases are
    checked only where enough of their words are: in the documents whose loose matches have
    at least j parts (those outside have fewer than j exact matches). When the most found
    there, less one, is under j, a second round takes j at that number: every document
    with that many exact matches is then among the candidates."""
    if not has_phrase(parts):
        unique, summed, _, counts = _combined([kept(evaluator.run(p)) for p in parts],
                                              np.ones(len(parts)))
        return unique, summed, counts
    unique, _, _, loose_counts = _combined([kept(m) for m in loose_parts(evaluator, parts)],
                                           np.ones(len(parts)))
    least = max(1, int(loose_counts.max()) - 1 if len(loose_counts) else 1)
    # a round costs mostly per part (each phrase in each field), little per candidate: the
    # first takes the documents of a lower j while they stay under FIRST_ROUND, so that one
    # round is often enough. Whatever j it starts at, the documents with the most exact parts
    # and those with one fewer are among the last round's (see above): the same answer
    while least > 1 and np.count_nonzero(loose_counts >= least - 1) <= FIRST_ROUND:
        least -= 1
    while True:
        found = [kept(m) for m in exact_parts(evaluator, parts, unique[loose_counts >= least])]
        exact, summed, _, counts = _combined(found, np.ones(len(parts)))
        wanted = max(1, int(counts.max()) - 1) if len(counts) else 1
        if wanted >= least:
            return exact, summed, counts
        least = wanted  # every document with `wanted` exact matches has that many loose ones


def _within(found: Matches, within: list[Matches]) -> Matches:
    """The documents of `found` in each of `within` (a copy), by galloping in compiled code."""
    at = np.arange(len(found))
    for other in within:
        at = at[common_positions(found.ids[at], other.ids)[0]]
    return Matches(found.ids[at], found.scores[at])


def _without(found: Matches, removed: Matches) -> Matches:
    if not len(removed) or not len(found):
        return found
    keep = ~np.isin(found.ids, removed.ids, assume_unique=True)
    return Matches(found.ids[keep], found.scores[keep])
