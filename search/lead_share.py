"""Topical signal: an article whose title and lead together hold the whole query.

News says what a story is about in its headline and first sentences. An article with every
part of a query somewhere (all the words matched) but one of them only deep in the body, in
passing, is less likely about the query than one that names them all up front: "dana desa"
finds a feed item on offices burnt "akibat ketidakpuasan pembagian dana desa" and a long story
on a village ("Desa Cemagi ...") that mentions a fund once, far down; "cuaca Jakarta" finds
Jakarta's forecasts and stories datelined Jakarta that say "cuaca" once. BM25F weighs the
title words and the lead more (index/analysis/analyzer.py), but by how often a word occurs,
so a title holding one of the words makes up for the other being missing from the start.

For the best RERANKED documents of each tier (search/proximity.py), each part of the query (a
word with its short and long forms, a phrase; search/title_share.py's `forms`) is up front
when one of its forms has all its words in the title or among the body's first LEAD terms (the
lead the index weighs); an article with every part up front gets its score times
``1 + WEIGHT``, and so does a partial match (search/best_match.py: it lacks a part) with every
part but one up front: among the articles that lack a word, those that name the rest up front
(for `makan siang gratis`, the feed items opening with "Program Makan Bergizi Gratis") are more
likely about the query than those that have them in passing (ranking round 13); the engine
passes every hit of a relaxed search as a partial match, since each lacks a part (round 14).
Measured with `bench.eval_ranking` on the yardstick, ranking-dev and ranking-dev2
(bench/labels/ranking.md): it raises all three, and leaves the known items as they were
(search/title_share.py raises the article meant by a known-item query further).
"""

from __future__ import annotations

import numpy as np
from whoosh import query as wq

from index.analysis.analyzer import LEAD_TOKENS
from search.evaluate import Evaluator, Matches, distinct, in_sorted
from search.proximity import best_of_tiers
from search.title_share import forms

WEIGHT = 1.0
LEAD = LEAD_TOKENS  # the body's first terms that count as its lead
_FIELD = "body"


def up_front(evaluator: Evaluator, parts: list[list[tuple[str, ...]]],
             docs: np.ndarray, spare: int = 0) -> np.ndarray:
    """For each of `docs` (ascending), whether its title and lead hold every part but at most
    `spare` of them (each part given as its forms). A word is looked up only in the documents
    that still may hold enough: a query of many parts (twenty phrases) stops at the first parts
    no document holds."""
    held = np.arange(len(docs))  # places of the documents holding enough of the parts so far
    missed = np.zeros(len(docs), np.int64)  # parts each of them lacks so far
    for part in parts:
        if not len(held):
            break
        has = np.zeros(len(held), bool)
        for form in part:
            at = np.flatnonzero(~has)  # places in `held` not yet known to hold the part
            for word in form:
                if not len(at):
                    break
                at = at[_early(evaluator, word, docs[held[at]])]
            has[at] = True
        missed[held[~has]] += 1
        held = held[missed[held] <= spare]
    result = np.zeros(len(docs), bool)
    result[held] = True
    return result


def _early(evaluator: Evaluator, word: str, docs: np.ndarray) -> np.ndarray:
    """For each of `docs` (ascending), whether the word is in its title or its lead."""
    columns = evaluator.columns
    mask = in_sorted(docs, columns.postings("title", word)[0])
    present = docs[in_sorted(docs, columns.postings(_FIELD, word)[0])]
    if len(present):
        owner, where = columns.positions(_FIELD, word, present, evaluator.request)
        mask |= in_sorted(docs, distinct(owner[where < LEAD]))
    return mask


def with_lead_share(evaluator: Evaluator, parts: list[wq.Query], found: Matches,
                    partial: np.ndarray | None) -> Matches:
    """`found` with the scores of its best documents of each tier whose title and lead hold
    every one of the query's droppable `parts` raised, or every one but one for a partial
    match."""
    written = [f for f in (forms(p) for p in parts) if f]
    if len(written) < 2 or not len(found):
        return found
    at = best_of_tiers(found.scores, partial)
    lacking = np.zeros(len(at), bool) if partial is None else partial[at]
    holds = np.zeros(len(at), bool)
    for tier, spare in ((~lacking, 0), (lacking, 1)):
        holds[tier] = up_front(evaluator, written, found.ids[at[tier]], spare)
    scores = found.scores.astype(np.float64)
    scores[at[holds]] *= 1 + WEIGHT
    return Matches(found.ids, scores.astype(np.float32))
