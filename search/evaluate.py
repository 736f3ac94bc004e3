"""Run a parsed Whoosh query over a snapshot's numpy columns: every match and its BM25F score.

Words, OR, AND, NOT, date ranges and Every are done here on arrays; anything else (phrases,
prefixes) asks Whoosh which documents match and scores them by their words.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher
from whoosh.util.times import datetime_to_long

from index.store._positions import common_positions as _common_positions
from search.columns import CACHE, Columns
from search.deadline import Deadline

K1 = 1.2
# What a field's scores count for at query time, beside the weights stored at index time (title
# x2, the body's lead x1.5): the title counts double again, a strong sign of what an article is
# about; the officials and regions are drawn from the text, so they mostly repeat its words and
# count a quarter (they still match: an article found by a region's short form keeps a score).
FIELD_SCALE = {"title": 2.0, "people": 0.25, "places": 0.25}
B = 0.75
_SECOND = 1_000_000  # whoosh's datetimes count microseconds
_CHECK_EVERY = 64  # documents Whoosh finds between two looks at the deadline
_POSITION_BITS = 32  # a phrase's keys: document number, then the position it starts at
_NO_DOCS = np.zeros(0, dtype=np.int64)
_REQUESTS = itertools.count(1)
# Summing by document counts into an array as long as the highest document number when the
# documents are at least this share of it (no sort); else it sorts them (distinct_inverse).
DENSE_SHARE = 0.25
# the stored records a request keeps (Evaluator.stored_fields): the typed share's 40, a page's hits
STORED_KEPT = 128


@dataclass
class Matches:
    """Sorted unique global document numbers and their scores."""

    ids: np.ndarray
    scores: np.ndarray

    @classmethod
    def empty(cls) -> Matches:
        return cls(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))

    def __len__(self) -> int:
        return len(self.ids)


def in_sorted(values: np.ndarray, ascending: np.ndarray) -> np.ndarray:
    """Which of `values` are in `ascending` (sorted): a binary search each, no hashing."""
    if not len(ascending):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(ascending, values), len(ascending) - 1)
    return ascending[at] == values


def distinct(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)``: the distinct values, ascending, by a sort and a look at each one's
    neighbour. numpy 2.4's np.unique without ``return_*`` hashes the values first: 20 to 90
    times slower on arrays of 10,000 to 500,000 integers (x10's 44,530 pairs of an article and
    an official: 12 ms, this 0.25)."""
    ordered = np.sort(values, axis=None)
    if len(ordered) < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def distinct_inverse(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_inverse=True)`` of a 1-d array: the distinct values,
    ascending, and where each value stands among them. A stable sort (timsort: the arrays
    summed here are ascending runs put end to end, a part's or a field's documents each)
    instead of np.unique's quicksort, and no checks: about half the time (6,000 documents of
    four fields' runs: 65 to 25 µs), the same arrays."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    first = np.empty(len(ordered), dtype=bool)
    first[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    inverse = np.empty(len(values), dtype=np.intp)
    inverse[order] = np.cumsum(first) - 1
    return ordered[first], inverse


def summed_by_document(ids: np.ndarray, *weights: np.ndarray
                       ) -> tuple[np.ndarray, list[np.ndarray], np.ndarray]:
    """The distinct documents of `ids` (ascending), each one's sum of each of `weights` (float64,
    added in the order of `ids`, both ways: the same sums) and how often it is in `ids`."""
    if len(ids) >= DENSE_SHARE * (int(ids.max()) + 1):
        counts = np.bincount(ids)
        unique = np.flatnonzero(counts)
        return unique, [np.bincount(ids, weights=w)[unique] for w in weights], counts[unique]
    unique, inverse = distinct_inverse(ids)
    return (unique, [np.bincount(inverse, weights=w, minlength=len(unique)) for w in weights],
            np.bincount(inverse, minlength=len(unique)))


def _union(parts: list[Matches], combine=None) -> Matches:
    """Documents in any part; scores added up, or combined by `combine` (np.maximum)."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return Matches.empty()
    if len(parts) == 1:
        return parts[0]
    if combine is None and len(parts) == 2:  # a word or phrase in the title and the body
        return _summed_pair(*parts)
    ids = np.concatenate([p.ids for p in parts])
    scores = np.concatenate([p.scores for p in parts])
    if combine is None:
        unique, (summed,), _ = summed_by_document(ids, scores)
        return Matches(unique, summed.astype(np.float32))
    unique, inverse = distinct_inverse(ids)
    combined = np.zeros(len(unique), dtype=np.float32)
    combine.at(combined, inverse, scores)
    return Matches(unique, combined)


def _summed_pair(a: Matches, b: Matches) -> Matches:
    """Two parts' documents, the scores of those in both added (in float64, as
    summed_by_document adds them): `b`'s others put in among `a`'s by a stable sort of the
    two ascending runs (a merge), not a sort of the whole."""
    left, right = common_positions(a.ids, b.ids)
    summed = a.scores.astype(np.float64)
    summed[left] += b.scores[right]
    new = np.ones(len(b), dtype=bool)
    new[right] = False
    ids = np.concatenate([a.ids, b.ids[new]])
    order = np.argsort(ids, kind="stable")
    return Matches(ids[order],
                   np.concatenate([summed, b.scores[new]])[order].astype(np.float32))


def intersect(parts: list[Matches]) -> Matches:
    """Documents in every part, their scores added up."""
    parts = sorted(parts, key=len)
    result = parts[0]
    for part in parts[1:]:
        if not len(result):
            break
        left, right = common_positions(result.ids, part.ids)
        result = Matches(result.ids[left], result.scores[left] + part.scores[right])
    return result


def common_positions(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where the values two ascending unique arrays share stand in each: ``np.intersect1d``'s
    indices, by galloping through the longer for each value of the shorter, in compiled code
    (index/store/_positions.c), instead of sorting both."""
    if not len(a) or not len(b):
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    left, right = _common_positions(np.ascontiguousarray(a, dtype=np.int64),
                                    np.ascontiguousarray(b, dtype=np.int64))
    return np.frombuffer(left, dtype=np.intp), np.frombuffer(right, dtype=np.intp)


def _subtract(base: Matches, removed: Matches) -> Matches:
    if not len(removed) or not len(base):
        return base
    keep = ~np.isin(base.ids, removed.ids, assume_unique=True)
    return Matches(base.ids[keep], base.scores[keep])


def _one_word_in_fields(children: list[wq.Query]) -> bool:
    return (all(isinstance(c, wq.Term) for c in children)
            and len({c.text for c in children}) == 1)


def _alternatives(children: list[wq.Query]) -> list[list[wq.Query] | wq.Query]:
    """An OR's alternatives: the terms of one word, or the phrases of the same words, in its
    several fields together, each other part alone. The parser flattens `wagub OR (wakil
    gubernur)` into one OR of the fields of wagub and the group."""
    words: dict[object, list[wq.Query]] = {}
    out: list[list[wq.Query] | wq.Query] = []
    for child in children:
        key = (child.text if isinstance(child, wq.Term)
               else tuple(child.words) if isinstance(child, wq.Phrase) else None)
        if key is None:
            out.append(child)
            continue
        if key not in words:
            words[key] = []
            out.append(words[key])
        words[key].append(child)
    return out


class Evaluator:
    def __init__(self, columns: Columns, searcher: Searcher,
                 deadline: Deadline | None = None) -> None:
        self.columns = columns
        self.searcher = searcher
        self.request = next(_REQUESTS)  # a number of its own (columns.SegmentData.positions)
        self.deadline = deadline  # past it, a search stops with what it has ("matches")
        # How phrases are matched: `loose`, as their words anywhere in the document (a superset,
        # cheap); else `within` these documents only (ascending), when not None.
        self.loose = False
        self.within: np.ndarray | None = None
        self._done: dict[tuple[int, bool, int], tuple] = {}
        self._terms: dict[tuple, Matches] = {}  # (field, text, boost): a word's scored matches
        # (field, words, boost): the documents with all the words (the loose matches), and which
        # of them were checked and are phrases (shared by the snapshot's requests: _phrase)
        self._phrases: dict[tuple, tuple[Matches, np.ndarray]] = {}
        self._stored: dict[int, dict] = {}

    def stored_fields(self, doc: int) -> dict:
        """A document's stored fields (Whoosh's record, decompressed whole), read once a
        request: the typed share reads the best matches' and the page then shows them (on the
        corpus, 10 of the 30 to 50 records a page of phrases read). The first STORED_KEPT read
        are kept, for the request only (an export lists up to 10,000)."""
        found = self._stored.get(doc)
        if found is None:
            found = self.searcher.stored_fields(doc)
            if len(self._stored) < STORED_KEPT:
                self._stored[doc] = found
        return found

    def _late(self) -> bool:
        return self.deadline is not None and self.deadline.passed("matches")

    def past_deadline(self) -> bool:
        """Whether the request has run out of time (recording the matching as cut short)."""
        return self._late()

    def run(self, node: wq.Query) -> Matches:
        """The documents matching a query; past the deadline, what the parts done so far found
        (a part not searched matches nothing). A part run twice in one request (a relaxed search)
        is found once."""
        if self._late():
            return Matches.empty()
        key = (id(node), self.loose, id(self.within))
        done = self._done.get(key)
        if done is None:
            # the node and `within` kept with it: their ids stay theirs
            done = self._done[key] = (node, self.within, self._run(node))
        return done[2]

    def _run(self, node: wq.Query) -> Matches:
        if isinstance(node, wq.Term):
            return self._term(node.fieldname, node.text, node.boost)
        if isinstance(node, wq.And):
            positive = [c for c in node.children() if not isinstance(c, wq.Not)]
            negative = [c.query for c in node.children() if isinstance(c, wq.Not)]
            base = (intersect([self.run(c) for c in positive]) if positive
                    else self._every())
            for child in negative:
                base = _subtract(base, self.run(child))
            return base
        if isinstance(node, wq.Or):
            children = list(node.children())
            if self.loose and self._phrase_in_fields(children):
                return self._loose_in_fields(children)
            if _one_word_in_fields(children):
                return _union([self.run(c) for c in children])  # title and body scores add up
            # alternatives (OR, an abbreviation and its long form): the best one counts
            return _union([self._alternative(c) for c in _alternatives(children)],
                          combine=np.maximum)
        if isinstance(node, wq.AndNot):
            return _subtract(self.run(node.a), self.run(node.b))
        if isinstance(node, wq.AndMaybe):
            return _union([self.run(node.a), self._restricted(self.run(node.b),
                                                              self.run(node.a))])
        if isinstance(node, wq.Not):
            return _subtract(self._every(), self.run(node.query))
        if isinstance(node, wq.Every):
            return self._every()
        if isinstance(node, wq.DateRange):
            return self._date_range(node.startdate, node.enddate)
        if node is wq.NullQuery or isinstance(node, type(wq.NullQuery)):
            return Matches.empty()
        if (isinstance(node, wq.Phrase) and node.slop == 1 and len(node.words) > 1
                and node.fieldname in self.columns.lengths):
            return self._phrase(node)
        return self._by_whoosh(node)

    def _phrase_in_fields(self, children: list[wq.Query]) -> bool:
        """Whether an OR is one phrase in several fields, each matched by _phrase."""
        return (all(isinstance(c, wq.Phrase) and c.slop == 1 and len(c.words) > 1
                    and c.fieldname in self.columns.lengths for c in children)
                and len({tuple(c.words) for c in children}) == 1)

    def _loose_in_fields(self, children: list[wq.Phrase]) -> Matches:
        """A phrase's loose matches in several fields, their scores added up (as `run` adds
        them), kept for the snapshot (CACHE) beside each field's: a query of many phrases
        asked again joins its fields once, not at every request. Read from the fields' loose
        matches, which no deadline cuts short, so what is kept is whole."""
        key = tuple((c.fieldname, tuple(c.words), c.boost) for c in children)

        def joined() -> tuple[np.ndarray, np.ndarray]:
            found = _union([self._phrase(c) for c in children])
            ids, scores = found.ids, found.scores
            for array in (ids, scores):
                array.flags.writeable = False  # shared by the requests on this snapshot
            return ids, scores

        return Matches(*CACHE.get((self.columns.key, "loose phrase", "", key), joined))

    def _alternative(self, part: list[wq.Query] | wq.Query) -> Matches:
        """One alternative of an OR: a word in several fields (their scores add up), or a
        group, scaled by its boost (an expansion's weight, search/query.py)."""
        if isinstance(part, list):
            return _union([self.run(c) for c in part])
        found = self.run(part)
        if part.boost != 1.0 and not isinstance(part, wq.Term) and len(found):
            return Matches(found.ids, (found.scores * part.boost).astype(np.float32))
        return found

    @staticmethod
    def _restricted(part: Matches, within: Matches) -> Matches:
        keep = np.isin(part.ids, within.ids, assume_unique=True)
        return Matches(part.ids[keep], part.scores[keep])

    def _every(self) -> Matches:
        ids = np.flatnonzero(self.columns.alive).astype(np.int64)
        return Matches(ids, np.zeros(len(ids), dtype=np.float32))

    def _term(self, field: str, text: str | bytes, boost: float = 1.0) -> Matches:
        key = (field, text, boost)
        found = self._terms.get(key)
        if found is None:
            found = self._terms[key] = self._scored_term(field, text, boost)
        return found

    def _scored_term(self, field: str, text: str | bytes, boost: float) -> Matches:
        """A word's documents and BM25F scores in a field, kept for the snapshot (CACHE, with
        its postings): a word asked for again, by this request or another, is not scored again."""
        ids, scores = CACHE.get((self.columns.key, "scores", field, (text, boost)),
                                lambda: self._scores(field, text, boost))
        return Matches(ids, scores)

    def _scores(self, field: str, text: str | bytes, boost: float
                ) -> tuple[np.ndarray, np.ndarray]:
        ids, weights = self.columns.postings(field, text)
        lengths = self.columns.lengths.get(field)
        if not len(ids) or lengths is None:
            # none, or not a text field (an exact id or keyword): matches, no score
            scores = np.zeros(len(ids), dtype=np.float32)
        else:
            scores = self._bm25f(field, ids, weights, len(ids), boost)
        scores.flags.writeable = False  # shared by the requests on this snapshot
        return ids, scores

    def _bm25f(self, field: str, ids: np.ndarray, weights: np.ndarray, frequency: int,
               boost: float, norm: np.ndarray | None = None) -> np.ndarray:
        """A word's BM25F scores in `ids` (some or all of the documents that have it, with
        their `weights`; `frequency`: how many have it). Each document's score is its own:
        the same for a part of the documents as for all. `norm`: `_length_norm(field, ids)`,
        when the caller has it (a phrase's words share it)."""
        idf = math.log(self.columns.live_count / (frequency + 1)) + 1
        boost = boost * FIELD_SCALE.get(field, 1.0)
        if norm is None:
            norm = self._length_norm(field, ids)
        # weights already carry the field's boost (title x2) and the lead's, as Whoosh
        # stores them
        return ((idf * boost) * weights * (K1 + 1) / (weights + norm)).astype(np.float32)

    def _length_norm(self, field: str, ids: np.ndarray) -> np.ndarray:
        """BM25's document length part for `ids` in a field (float32, as _bm25f used it)."""
        average = self.columns.average_length[field] or 1.0
        return K1 * (1 - B + B * self.columns.lengths[field][ids] / average)

    def _date_range(self, start: datetime | None, end: datetime | None) -> Matches:
        seconds = self.columns.published
        keep = self.columns.alive & (seconds >= 0)
        if start is not None:
            keep &= seconds >= datetime_to_long(start) // _SECOND
        if end is not None:
            # the parser's ranges end at the last microsecond of their last day
            keep &= seconds <= datetime_to_long(end) // _SECOND
        ids = np.flatnonzero(keep).astype(np.int64)
        return Matches(ids, np.zeros(len(ids), dtype=np.float32))

    def _phrase(self, node: wq.Phrase) -> Matches:
        """The documents with the words of a phrase one after the other: those with every word
        (from the postings), then, among them, those where the words stand in a row (their
        positions, read only for the documents asked about: a relaxed search asks again with
        other candidates). Both are kept for the snapshot (CACHE, with the words' postings): a
        phrase asked for again, by this request or another, checks only the documents no
        request has checked yet."""
        loose, state = self._phrase_matches(node.fieldname, list(node.words), node.boost)
        if self.loose or not len(loose):
            return loose
        if self.within is None:
            asked = None
            unchecked = np.flatnonzero(state == 0)
        else:
            asked = common_positions(loose.ids, self.within)[0]
            if not len(asked):
                return Matches.empty()
            unchecked = asked[state[asked] == 0]
        if len(unchecked):
            docs = loose.ids[unchecked]
            checked = np.ones(len(docs), dtype=np.int8)
            checked[common_positions(docs, self._in_a_row(node.fieldname, list(node.words),
                                                          node.boost, docs))[0]] = 2
            # one assignment, each value final: another request reading the state meanwhile
            # sees a document unchecked (and checks it too) or checked, never half-way
            state[unchecked] = checked
        exact = np.flatnonzero(state == 2) if asked is None else asked[state[asked] == 2]
        if not len(exact):
            return Matches.empty()
        return Matches(loose.ids[exact], loose.scores[exact])

    def _phrase_matches(self, field: str, words: list[str], boost: float
                        ) -> tuple[Matches, np.ndarray]:
        """A phrase's loose matches (the documents with all its words, their scores summed),
        and the state of each: not checked yet (0), checked and not a phrase (1), a phrase (2),
        filled in by every request on the snapshot."""
        key = (field, tuple(words), boost)
        found = self._phrases.get(key)
        if found is None:
            ids, scores, state = CACHE.get((self.columns.key, "phrase", field, key[1:]),
                                           lambda: self._loose_phrase(field, words, boost))
            found = self._phrases[key] = (Matches(ids, scores), state)
        return found

    def _loose_phrase(self, field: str, words: list[str], boost: float
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The documents with every word, their words' scores summed as `intersect` sums
        them (the rarest word first), each word scored in those documents only, not in all
        of its own (a phrase's words are often common: most of their documents drop out)."""
        postings = [self.columns.postings(field, word) for word in dict.fromkeys(words)]
        postings.sort(key=lambda found: len(found[0]))  # stable, as intersect's sort
        ids = postings[0][0]
        # where each of ids stands in each word's postings, followed through the intersection
        # (not looked up again after it)
        at: list[np.ndarray] = [np.arange(len(ids))]
        for other, _ in postings[1:]:
            if not len(ids):
                break
            left, right = common_positions(ids, other)
            ids = ids[left]
            at = [*(a[left] for a in at), right]
        scores = np.zeros(0, dtype=np.float32)
        if len(ids):
            norm = self._length_norm(field, ids)  # the same for every word
            for (word_ids, weights), where in zip(postings, at, strict=True):
                score = self._bm25f(field, ids, weights[where], len(word_ids), boost, norm)
                scores = score if not len(scores) else scores + score
        for array in (ids, scores):
            array.flags.writeable = False  # shared by the requests on this snapshot
        return ids, scores, np.zeros(len(ids), dtype=np.int8)

    def _in_a_row(self, field: str, words: list[str], boost: float,
                  candidates: np.ndarray) -> np.ndarray:
        """Which of `candidates` (ascending, each with every word) have the words one after
        the other: rarest word first, the documents where each word stands at the first one's
        position plus its place in the phrase."""
        frequency = [len(self.columns.postings(field, word)[0]) for word in words]
        order = sorted(range(len(words)), key=lambda i: frequency[i])
        found = self.columns.in_a_row(field, [words[i] for i in order], order, candidates)
        if found is not None:  # every segment has its positions file
            return found
        keys = None
        for place in order:
            if not len(candidates):
                return _NO_DOCS
            docs, positions = self.columns.positions(field, words[place], candidates,
                                                     self.request)
            start = positions.astype(np.int64) - place
            keep = start >= 0
            # ascending and unique: documents ascending, positions ascending in each
            found = (docs[keep] << _POSITION_BITS) | start[keep]
            keys = found if keys is None else keys[common_positions(keys, found)[0]]
            owners = keys >> _POSITION_BITS
            candidates = owners[np.concatenate([[True], owners[1:] != owners[:-1]])] \
                if len(owners) else owners
        return candidates

    def _by_whoosh(self, node: wq.Query) -> Matches:
        """Phrases and the rest: Whoosh finds the documents, their words give the score."""
        ids = np.fromiter(self._until_late(self.searcher.docs_for_query(node)), dtype=np.int64)
        ids.sort()
        if not len(ids):
            return Matches.empty()
        words = [wq.Term(f, t) for f, t in node.terms() if f in self.columns.lengths]
        found = Matches(ids, np.zeros(len(ids), dtype=np.float32))
        if words:
            scored = _union([self._term(w.fieldname, w.text, node.boost) for w in words])
            _, left, right = np.intersect1d(ids, scored.ids, assume_unique=True,
                                                 return_indices=True)
            found.scores[left] = scored.scores[right]
        return found

    def _until_late(self, docs: Iterator[int]) -> Iterator[int]:
        """Whoosh's documents, until the deadline passes (a phrase of common words is slow)."""
        for count, docnum in enumerate(docs):
            if count % _CHECK_EVERY == 0 and count and self._late():
                return
            yield docnum
