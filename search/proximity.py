"""Query words near each other score higher: a term-proximity bonus (BM25TP, Rasolofo and Savoy,
"Term proximity scoring for keyword-based retrieval systems", ECIR 2003) for the best-ranked
matches.

For each pair of the query's words, every pair of their occurrences in the body at most WINDOW
positions apart adds 1 / distance² to the pair's accumulator; the bonus of a pair is
``min(idf) * acc * (K1 + 1) / (acc + K1)``, summed over the pairs. Only the first RERANKED
documents of each tier (all the words, partial) get it, so the cost stays that of a few
hundred documents whatever the query.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from itertools import combinations

import numpy as np
from whoosh import query as wq

from search.evaluate import K1, Evaluator, Matches, in_sorted

WINDOW = 5  # positions apart, at most
RERANKED = 200  # documents of each tier that get the bonus
FIELD = "body"
WEIGHT = 1.0


def query_words(parts: list[wq.Query]) -> list[str]:
    """The body terms of the parts that are one word (in any of its fields), in query order."""
    words = []
    for part in parts:
        texts = {t for f, t in part.iter_all_terms() if f == FIELD}
        if isinstance(part, wq.Or | wq.Term) and len(texts) == 1 and not any(
                isinstance(leaf, wq.Phrase) for leaf in part.leaves()):
            word = next(iter(texts))
            if word not in words:
                words.append(word)
    return words


def best_of_tiers(scores: np.ndarray, partial: np.ndarray | None) -> np.ndarray:
    """The places (ascending) of the best RERANKED scores of each tier (`partial` marks the
    partial matches, None: none)."""
    tiers = [np.ones(len(scores), bool)] if partial is None else [~partial, partial]
    chosen = []
    for tier in tiers:
        at = np.flatnonzero(tier)
        chosen.append(at[np.argsort(-scores[at], kind="stable")[:RERANKED]])
    return np.sort(np.concatenate(chosen))


def raised_where(found: Matches, partial: np.ndarray | None,
                 holds: Callable[[np.ndarray], np.ndarray], weight: float) -> Matches:
    """`found` with the scores of its best documents of each tier times ``1 + weight`` where
    `holds` (given their document numbers, ascending) is true."""
    at = best_of_tiers(found.scores, partial)
    scores = found.scores.astype(np.float64)
    scores[at[holds(found.ids[at])]] *= 1 + weight
    return Matches(found.ids, scores.astype(np.float32))


def with_proximity(evaluator: Evaluator, words: list[str], found: Matches,
                   partial: np.ndarray | None) -> Matches:
    """`found` with the proximity bonus added to the scores of its best RERANKED documents of
    each tier (`partial` marks the partial matches, None: none)."""
    if len(words) < 2 or not len(found):
        return found
    scores = found.scores.astype(np.float64)
    at = best_of_tiers(scores, partial)
    docs = found.ids[at]
    columns = evaluator.columns
    size = max(1, columns.live_count)
    keys, idf = {}, {}
    for word in words:
        ids, _ = columns.postings(FIELD, word)
        idf[word] = math.log(size / (len(ids) + 1)) + 1
        present = docs[in_sorted(docs, ids)]
        owner, where = columns.positions(FIELD, word, present, evaluator.request)
        keys[word] = (owner << 32) | where.astype(np.int64)
    bonus = np.zeros(len(docs))
    for a, b in combinations(words, 2):
        if not len(keys[a]) or not len(keys[b]):
            continue
        accumulated = np.zeros(len(docs))
        for distance in range(1, WINDOW + 1):
            for first, second in ((a, b), (b, a)):
                near = in_sorted(keys[first] + distance, keys[second])
                owners = keys[first][near] >> 32
                accumulated += np.bincount(np.searchsorted(docs, owners),
                                           minlength=len(docs)) / distance**2
        bonus += min(idf[a], idf[b]) * accumulated * (K1 + 1) / (accumulated + K1)
    scores[at] += WEIGHT * bonus
    return Matches(found.ids, scores.astype(np.float32))

