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
``1 + WEIGHT``. Measured with `bench.eval_ranking` on the yardstick, ranking-dev and
ranking-dev2 (bench/labels/README.md): it raises all three, and leaves the known items as they
were (search/title_share.py raises the article meant by a known-item query further).
"""

from __future__ import annotations

import numpy as np
from whoosh import query as wq

from index.analysis.analyzer import LEAD_TOKENS
from search.evaluate import Evaluator, Matches, in_sorted
from search.proximity import raised_where
from search.title_share import forms

WEIGHT = 1.0
LEAD = LEAD_TOKENS  # the body's first terms that count as its lead
_FIELD = "body"


def up_front(evaluator: Evaluator, parts: list[list[tuple[str, ...]]],
             docs: np.ndarray) -> np.ndarray:
    """For each of `docs` (ascending), whether its title and lead hold every part (each part
    given as its forms)."""
    columns = evaluator.columns
    seen: dict[str, np.ndarray] = {}

    def early(word: str) -> np.ndarray:
        if word not in seen:
            mask = in_sorted(docs, columns.postings("title", word)[0])
            present = docs[in_sorted(docs, columns.postings(_FIELD, word)[0])]
            if len(present):
                owner, where = columns.positions(_FIELD, word, present, evaluator.request)
                mask |= in_sorted(docs, np.unique(owner[where < LEAD]))
            seen[word] = mask
        return seen[word]

    held = np.ones(len(docs), bool)
    for part in parts:
        has = np.zeros(len(docs), bool)
        for form in part:
            has |= np.logical_and.reduce([early(w) for w in form])
        held &= has
    return held


def with_lead_share(evaluator: Evaluator, parts: list[wq.Query], found: Matches,
                    partial: np.ndarray | None) -> Matches:
    """`found` with the scores of its best documents of each tier whose title and lead hold
    every one of the query's droppable `parts` raised."""
    written = [f for f in (forms(p) for p in parts) if f]
    if len(written) < 2 or not len(found):
        return found
    return raised_where(found, partial, lambda docs: up_front(evaluator, written, docs), WEIGHT)
