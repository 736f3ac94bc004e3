"""Ordering hits: relevance with the newer article first among equals, or by date; syndicated
copies of one story (near-identical text, see index/fingerprint.py) shown as one hit."""

from __future__ import annotations

import numpy as np

from search.evaluate import Matches

SCORE_STEP = 0.1  # scores closer than this count as equal, and the newer article goes first
COPY_BITS = 12  # fingerprints this close are copies of one text


def _best(key: np.ndarray, candidates: int) -> np.ndarray:
    """Positions of the `candidates` smallest keys and of every key tied with the last of them,
    so that the order below is the same whatever `candidates` is (pages stay consistent)."""
    if len(key) <= candidates:
        return np.arange(len(key))
    kth = np.partition(key, candidates - 1)[candidates - 1]
    return np.flatnonzero(key <= kth)


def rank(found: Matches, published: np.ndarray, sort: str, candidates: int) -> np.ndarray:
    """The best `candidates` (or a few more) document numbers of a result, in order."""
    ids, scores = found.ids, found.scores
    days = published[ids]
    if sort == "relevance":
        steps = -np.round(scores / SCORE_STEP)
        top = _best(steps, candidates)
        order = np.lexsort((ids[top], -days[top], steps[top]))
    else:
        # undated articles go last either way
        key = np.where(days < 0, np.iinfo(np.int64).max, days if sort == "oldest" else -days)
        top = _best(key, candidates)
        order = np.lexsort((ids[top], -scores[top], key[top]))
    return ids[top][order]


def _popcount(values: np.ndarray) -> np.ndarray:
    return np.unpackbits(values.view(np.uint8).reshape(-1, 8), axis=1).sum(axis=1)


def collapse_copies(order: np.ndarray, fingerprints: np.ndarray) -> list[list[int]]:
    """Groups of document numbers in rank order; a group's later members copy its first."""
    groups: list[list[int]] = []
    heads: list[int] = []
    for docnum in order.tolist():
        fingerprint = fingerprints[docnum]
        if fingerprint not in (0, -1) and heads:
            near = _popcount(np.bitwise_xor(fingerprints[heads], fingerprint)) <= COPY_BITS
            if near.any():
                groups[int(np.argmax(near))].append(docnum)
                continue
        groups.append([docnum])
        heads.append(docnum)
    return groups
