"""Ordering hits: relevance with the newer article first among equals, or by date; syndicated
copies of one story (near-identical text, see index/analysis/fingerprint.py) shown as one hit."""

from __future__ import annotations

import numpy as np

from search.evaluate import Matches

SCORE_STEP = 0.1  # scores closer than this count as equal, and the newer article goes first
COPY_BITS = 12  # fingerprints this close are copies of one text


def rank(found: Matches, published: np.ndarray, sort: str, candidates: int) -> np.ndarray:
    """The best `candidates` document numbers of a result, in order (a total order, so pages
    never overlap: ties are broken by date, then document number)."""
    ids, scores = found.ids, found.scores
    moments = published[ids]  # seconds: the time of day counts, where the source gave one
    if sort == "relevance":
        order = np.lexsort((ids, -moments, -np.round(scores / SCORE_STEP)))
    else:
        # undated articles go last either way
        key = np.where(moments < 0, np.iinfo(np.int64).max,
                       moments if sort == "oldest" else -moments)
        order = np.lexsort((ids, -scores, key))
    return ids[order[:candidates]]


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
