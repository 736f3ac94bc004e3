"""Ordering hits: relevance with the newer article first among equals, or by date; syndicated
copies of one story (the same facts in a near-identical text, see index/analysis/fingerprint.py)
shown as one hit."""

from __future__ import annotations

import numpy as np

from index.analysis.fingerprint import CopyKey, distance
from search.deadline import Deadline
from search.evaluate import Matches

SCORE_STEP = 0.001  # scores closer than this are a tie, and the newer article goes first
# Fingerprints at most this many bits apart are copies of one text, when the shorter of the two
# texts has fewer words than the first number: a few words changed in a short feed item make
# another story (a one-word change in 25 words moves about 8 bits, in 300 words about 2).
COPY_BITS_SHORT = ((50, 8), (150, 10))
COPY_BITS = 12
_MISSING = -1  # no fingerprint (search/columns.py)
_CHECK_EVERY = 256  # documents between two looks at the deadline


def rank(found: Matches, published: np.ndarray, sort: str, candidates: int,
         after: np.ndarray | None = None) -> np.ndarray:
    """The best `candidates` document numbers of a result, in order (a total order, so pages
    never overlap: ties are broken by date, then document number). The documents `after` marks
    (partial matches) come after all the others, in the same order among themselves."""
    ids, scores = found.ids, found.scores
    moments = published[ids]  # seconds: the time of day counts, where the source gave one
    tier = np.zeros(len(ids), dtype=np.int8) if after is None else after.astype(np.int8)
    if sort == "relevance":
        order = np.lexsort((ids, -moments, -np.round(scores / SCORE_STEP), tier))
    else:
        # undated articles go last either way
        key = np.where(moments < 0, np.iinfo(np.int64).max,
                       moments if sort == "oldest" else -moments)
        order = np.lexsort((ids, -scores, key, tier))
    return ids[order[:candidates]]


def copy_bits(words: int) -> int:
    """How many bits two fingerprints may differ by and still be copies, for a text of `words`."""
    for fewer_than, bits in COPY_BITS_SHORT:
        if words < fewer_than:
            return bits
    return COPY_BITS


def is_copy(a: CopyKey, b: CopyKey) -> bool:
    """Whether two articles are copies of one text: the same facts, fingerprints within
    `copy_bits` of the shorter text."""
    return a.facts == b.facts and distance(a.fingerprint, b.fingerprint) <= copy_bits(
        min(a.words, b.words))


def collapse_copies(order: np.ndarray, fingerprints: np.ndarray, facts: np.ndarray,
                    words: np.ndarray, deadline: Deadline | None = None) -> list[list[int]]:
    """Groups of document numbers in rank order; a group's later members copy its first
    (`is_copy`). Only groups with the same facts are compared, so a long list costs about one
    dictionary look-up per document. Past the `deadline` ("copies"), every document left is a
    group of its own."""
    groups: list[list[int]] = []
    heads: dict[int, list[tuple[int, CopyKey]]] = {}  # facts -> (group, its first's key)
    for index, (docnum, *values) in enumerate(zip(
            order.tolist(), fingerprints[order].tolist(), facts[order].tolist(),
            words[order].tolist(), strict=True)):
        if (deadline is not None and index % _CHECK_EVERY == 0 and index
                and deadline.passed("copies")):
            groups.extend([int(d)] for d in order[index:].tolist())
            break
        key = CopyKey(*values)
        # an article without a fingerprint (an index without the column) is never folded
        same_facts = heads.setdefault(key.facts, []) if _MISSING not in values[:2] else []
        for group, head in same_facts:
            if is_copy(key, head):
                groups[group].append(docnum)
                break
        else:
            same_facts.append((len(groups), key))
            groups.append([docnum])
    return groups
