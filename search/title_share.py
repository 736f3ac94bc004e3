"""Known-item signal: an article whose title holds the whole query.

Someone looking for one article types what they remember of it: names, places, numbers, what
happened, and news puts those in the title. Among articles that all match (rewrites of one
story by several outlets, a longer piece that repeats a few of the words many times), one whose
title holds every part of the query is more likely the one meant; BM25F weighs title words more,
but by how often they occur, not by whether the title covers the query.

For the best RERANKED documents of each tier (search/proximity.py), each part of the query (a
word with its short and long forms, a phrase) is in the title when one of its forms has all its
words there; an article whose title holds every part gets its score times ``1 + WEIGHT``.
`title_share` gives the share of the query's weight (each part's idf, ``log(N / (df + 1)) + 1``
of its typed form's rarest word) a title holds. Tried and left (bench.eval_ranking --known, the
known-item dev set, and bench.eval_search): a raise in proportion to that share, which let a
title with the query's common words beat the article meant, and counting words met in the lead
(the body's first words), which rewrites of one story share.
"""

from __future__ import annotations

import math
from itertools import product

import numpy as np
from whoosh import query as wq

from search.evaluate import Evaluator, Matches, in_sorted
from search.proximity import raised_where

WEIGHT = 0.6
MAX_FORMS = 8  # forms of one part looked at, at most
_FIELD = "body"  # the forms are read from the body's terms: the title's are the same words


def forms(node: wq.Query) -> list[tuple[str, ...]]:
    """The ways a part can be written, each as the words it needs, the typed form first."""
    if isinstance(node, wq.Term):
        return [(node.text,)] if node.fieldname == _FIELD else []
    if isinstance(node, wq.Phrase):
        return [tuple(node.words)] if node.fieldname == _FIELD else []
    if isinstance(node, wq.And):
        each = [forms(child) for child in node.children()]
        if not all(each):
            return []
        return [tuple(w for f in combo for w in f) for combo in product(*each)][:MAX_FORMS]
    if isinstance(node, wq.Or):
        found: list[tuple[str, ...]] = []
        for child in node.children():
            found += [f for f in forms(child) if f not in found]
        return found[:MAX_FORMS]
    return []


def title_share(evaluator: Evaluator, parts: list[list[tuple[str, ...]]],
                docs: np.ndarray) -> np.ndarray:
    """For each of `docs` (ascending), the share of the parts' weight its title holds (each
    part given as its forms)."""
    columns = evaluator.columns
    size = max(1, columns.live_count)
    in_title: dict[str, np.ndarray] = {}
    held = np.zeros(len(docs))
    total = 0.0
    for part in parts:
        rarest = min(len(columns.postings(_FIELD, w)[0]) for w in part[0])
        weight = math.log(size / (rarest + 1)) + 1
        total += weight
        has = np.zeros(len(docs), bool)
        for form in part:
            for word in form:
                if word not in in_title:
                    in_title[word] = in_sorted(docs, columns.postings("title", word)[0])
            has |= np.logical_and.reduce([in_title[w] for w in form])
        held += weight * has
    return held / total if total else held


def with_title_share(evaluator: Evaluator, parts: list[wq.Query], found: Matches,
                     partial: np.ndarray | None) -> Matches:
    """`found` with the scores of its best documents of each tier whose title holds every one
    of the query's droppable `parts` raised."""
    written = [f for f in (forms(p) for p in parts) if f]
    if len(written) < 2 or not len(found):
        return found
    return raised_where(found, partial,
                        lambda docs: title_share(evaluator, written, docs) >= 1 - 1e-9, WEIGHT)
