"""Per-snapshot arrays over an index's documents: postings, field lengths, dates, facet values.

Whoosh's matchers walk postings one document at a time in Python; a results page needs every
match (for the total and the facet counts), so Kabar reads a term's postings once into numpy
arrays and keeps them per segment. A refresh after a commit reuses the segments it already knows,
even those that lost documents since: a segment's files never change, only its set of deleted
documents, so the arrays hold every document and each snapshot applies its own "alive" mask
(postings when they are asked for, facet pairs when they are joined).

A term's postings in a field with positions are read from the segment's positions file
(index/store/segment_positions.py), decoded in compiled code; in the other fields, or a segment
without that file, block by block from the whoosh3 codec's files
(``whoosh_internals.term_postings_blocks``, the one place that reaches into Whoosh's matchers).
"""

from __future__ import annotations

import bisect
import itertools
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np
from whoosh.reading import IndexReader, SegmentReader

from index.store import segment_cards, segment_columns, segment_positions
from index.store._positions import joined_in_a_row, joined_postings
from index.store.segment_columns import FACET_FIELDS, PAIR_FIELDS, SCORED_FIELDS
from index.store.whoosh_internals import (
    PositionBlock,
    positions_in_blocks,
    term_positions,
    term_postings_blocks,
)

__all__ = ["FACET_FIELDS", "PAIR_FIELDS", "SCORED_FIELDS", "Columns", "SegmentData", "days_of"]

MISSING = segment_columns.MISSING  # a date that is not known
DAYS_TO_1970 = 719_162  # whoosh counts days from year 1; numpy from 1970
DAY_SECONDS = 86_400
_EMPTY_IDS = np.zeros(0, dtype=np.int64)
_EMPTY_WEIGHTS = np.zeros(0, dtype=np.float32)
_EMPTY_IDS.flags.writeable = _EMPTY_WEIGHTS.flags.writeable = False
# in the first request that asks for a term's positions, without its blocks at hand: read for
# all its documents (and cached) when at least 1/WHOLE_POSITIONS_SHARE of them are wanted, else
# for those only (SegmentData.positions)
WHOLE_POSITIONS_SHARE = 4
_ASKED_LIMIT = 100_000  # terms a segment remembers having been asked the positions of
# A term's blocks of postings hold its positions too: those of the terms read last are kept
# (up to this many bytes in a process, all segments together), so that a phrase's words, whose
# postings a request has just read, have their positions without a second read of the blocks.
RECENT_POSITIONS_BYTES = 16 * 2**20
# What a server keeps of the postings (and the positions, for phrases) it read, all segments
# together: a budget per segment grew with the index (29 segments of 20,000 articles at x100).
POSTINGS_CACHE_BYTES = 64 * 2**20


def _segment_key(leaf: IndexReader) -> str:
    return leaf.segment().segment_id()


def _alive(leaf: IndexReader) -> np.ndarray | None:
    """Which of a segment's documents this reader sees (None: all of them)."""
    if not leaf.has_deletions():
        return None
    alive = np.ones(leaf.doc_count_all(), dtype=bool)
    alive[np.fromiter(leaf.deleted_docs_set, dtype=np.int64)] = False
    return alive


class SegmentData:
    """One Whoosh segment as the snapshots that share it see it: its reader, size, facet pairs
    (deleted documents included; a segment's files never change) and the term arrays read from
    it (CACHE). Its other per-document arrays live in the snapshot's joined arrays only
    (Columns): a refresh takes them from the snapshot before it, not from here."""

    def __init__(self, leaf: IndexReader, arrays: segment_columns.SegmentArrays,
                 from_file: bool,
                 positions_file: segment_positions.PositionsFile | None = None,
                 card_file: segment_cards.CardFile | None = None) -> None:
        self.leaf = leaf
        self.size = leaf.doc_count_all()
        self.from_file = from_file
        # kept small: 4 bytes a document number and a value number (a segment holds fewer
        # than 2**31 of each)
        self.facet_pairs = {facet: (values, docs.astype(np.int32), codes.astype(np.int32))
                            for facet, (values, docs, codes) in arrays.pairs.items()}
        # each term's postings and positions in the positional fields, read by term
        # (index/store/segment_positions.py); None: read from Whoosh's blocks
        self.positions_file = positions_file
        # what a page shows of a listed copy, by document (index/store/segment_cards.py);
        # None: read from Whoosh's stored fields
        self.card_file = card_file
        self._key = _segment_key(leaf)
        # the request that first asked for a term's positions
        self._asked: dict[tuple[str, bytes], int] = {}
        self._lock = threading.Lock()

    @staticmethod
    def read(leaf: IndexReader, folder: str | Path | None
             ) -> tuple[SegmentData, segment_columns.SegmentArrays]:
        """A segment met for the first time, and all its arrays: from its column file, written
        beside it (index/store/segment_columns.py), else (an older index) from a pass over its
        documents. With its positions file, when one was written beside it."""
        arrays = positions_file = card_file = None
        if folder is not None:
            arrays = segment_columns.load(folder, _segment_key(leaf), leaf.doc_count_all())
            positions_file = segment_positions.load(folder, _segment_key(leaf),
                                                    leaf.doc_count_all())
            card_file = segment_cards.load(folder, _segment_key(leaf), leaf.doc_count_all())
        from_file = arrays is not None
        if arrays is None:
            arrays = segment_columns.read_from_segment(leaf)
        return SegmentData(leaf, arrays, from_file, positions_file, card_file), arrays

    def postings(self, field: str, term: bytes) -> tuple[np.ndarray, np.ndarray]:
        """Document numbers and weights (term frequency, lead-boosted) of a term, deleted
        documents included. Read from the positions file at each call (the snapshot keeps the
        arrays joined over its segments, Columns.postings); from Whoosh's blocks once, kept."""
        if self.positions_file is not None and self.positions_file.has(field):
            return self.positions_file.postings(field, term)
        return CACHE.get((self._key, "postings", field, term),
                         lambda: self._read_postings(field, term))

    def positions(self, field: str, term: bytes, wanted: np.ndarray | None = None,
                  request: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(document numbers, where each one's positions start in the flat array, how many,
        the positions one document after the other) of a term, deleted documents included.

        With `wanted` (ascending document numbers of the segment), at least those of them that
        have the term. In the first `request` (a number) that asks for the term, those alone:
        decoded from the term's blocks of postings when they were just read (a phrase's words,
        whose postings the request read for its candidates), else read from the blocks that
        hold them, when they are a small share of the term's documents (a new process).
        Otherwise all of the term's documents, kept for the next requests (a server).

        From the segment's positions file when it has one: those of `wanted` alone, decoded
        at each request (the page cache keeps the file; nothing is kept here)."""
        if self.positions_file is not None and self.positions_file.has(field):
            return _positions_table(self.positions_file.positions(field, term, wanted))
        key = (self._key, "positions", field, term)
        cached = key in CACHE
        with self._lock:
            if len(self._asked) >= _ASKED_LIMIT:
                self._asked.clear()
            first_request = self._asked.setdefault((field, term), request) == request
        if not cached and wanted is not None and first_request:
            blocks = _RECENT.get((self._key, field, term))
            if blocks is not None:
                return _positions_table(positions_in_blocks(blocks, wanted))
            if len(wanted) * WHOLE_POSITIONS_SHARE < len(self.postings(field, term)[0]):
                return _positions_table(term_positions(self.leaf, field, term, wanted))
        return CACHE.get(key, lambda: self._all_positions(field, term))

    def _all_positions(self, field: str, term: bytes
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        blocks = _RECENT.get((self._key, field, term))
        if blocks is not None:
            return _positions_table(positions_in_blocks(blocks))
        return _positions_table(term_positions(self.leaf, field, term))

    def _read_postings(self, field: str, term: bytes) -> tuple[np.ndarray, np.ndarray]:
        if self.positions_file is not None and self.positions_file.has(field):
            return self.positions_file.postings(field, term)
        kept: list[PositionBlock] = []
        blocks = list(term_postings_blocks(self.leaf, field, term, kept))
        _RECENT.put((self._key, field, term), kept)
        if not blocks:
            return _EMPTY_IDS, _EMPTY_WEIGHTS
        if len(blocks) == 1:
            return blocks[0]
        return (np.concatenate([ids for ids, _ in blocks]),
                np.concatenate([weights for _, weights in blocks]))


CacheKey = tuple[str, str, str, bytes]  # segment, "postings" or "positions", field, term


class ArrayCache:
    """The arrays read for terms (their postings, or their positions) of every segment, and
    what a snapshot's requests share (its words' scores, its phrases' matches:
    search/evaluate.py), the least recently used dropped beyond ``limit`` bytes in all; counts
    its hits and misses."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._arrays: OrderedDict[CacheKey, tuple[tuple[np.ndarray, ...], int]] = OrderedDict()
        self.bytes = 0
        self.hits = 0
        self.misses = 0
        self.peak = 0  # the most bytes held at once
        self._lock = threading.Lock()

    def __contains__(self, key: CacheKey) -> bool:
        with self._lock:
            return key in self._arrays

    def get(self, key: CacheKey, read) -> tuple[np.ndarray, ...]:
        """The arrays kept under `key`, else those `read()` returns, kept."""
        with self._lock:
            found = self._arrays.get(key)
            if found is not None:
                self._arrays.move_to_end(key)
                self.hits += 1
                return found[0]
            self.misses += 1
        arrays = read()
        size = sum(a.nbytes for a in arrays)
        with self._lock:
            if key not in self._arrays:
                self._arrays[key] = (arrays, size)
                self.bytes += size
                self.peak = max(self.peak, self.bytes)
            # the newest stays, whatever its size: the request that read it uses it again
            while self.bytes > self.limit and len(self._arrays) > 1:
                _, (_, dropped) = self._arrays.popitem(last=False)
                self.bytes -= dropped
        return arrays

    def clear(self) -> None:
        with self._lock:
            self._arrays.clear()
            self.bytes = self.hits = self.misses = self.peak = 0


CACHE = ArrayCache(POSTINGS_CACHE_BYTES)


class _RecentBlocks:
    """The blocks (documents and positions values) of the terms whose postings were read last,
    up to RECENT_POSITIONS_BYTES, for the whole process."""

    def __init__(self) -> None:
        self._blocks: OrderedDict[tuple[str, str, bytes], tuple[list[PositionBlock], int]] = \
            OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str, bytes]) -> list[PositionBlock] | None:
        with self._lock:
            found = self._blocks.get(key)
        return None if found is None else found[0]

    def put(self, key: tuple[str, str, bytes], blocks: list[PositionBlock]) -> None:
        size = sum(ids.nbytes + values.nbytes for ids, values in blocks)
        if not blocks or size > RECENT_POSITIONS_BYTES // 4:
            return
        with self._lock:
            if key in self._blocks:
                return
            self._blocks[key] = (blocks, size)
            self._bytes += size
            while self._bytes > RECENT_POSITIONS_BYTES:
                _, (_, dropped) = self._blocks.popitem(last=False)
                self._bytes -= dropped


_RECENT = _RecentBlocks()


_NUMBERS = ("published", "fingerprint", "facts", "words")
_SNAPSHOTS = itertools.count(1)


class Columns:
    """The arrays of a whole snapshot: its segments side by side, in global document numbers."""

    def __init__(self, reader: IndexReader, previous: Columns | None = None,
                 folder: str | Path | None = None) -> None:
        """`previous`: the snapshot before, of the same generation, whose segments are reused;
        `folder`: the generation's, where the segments' column files are."""
        self.key = f"snapshot-{next(_SNAPSHOTS)}"  # its arrays' keys in CACHE
        self.segments: list[tuple[SegmentData, int]] = []
        self.segment_alive: list[np.ndarray | None] = []  # per segment, None when all are
        self.by_key: dict[str, SegmentData] = {}
        self.offsets: dict[str, int] = {}  # segment -> where its documents begin
        self.size = reader.doc_count_all()
        self.alive = np.ones(self.size, dtype=bool)
        self.lengths = {f: np.zeros(self.size, dtype=np.float32) for f in SCORED_FIELDS}
        numbers = {name: np.zeros(self.size, dtype=np.int64) for name in _NUMBERS}
        # about government (index/extract/government.py): the government lens, scope=government
        self.government = np.zeros(self.size, dtype=bool)
        known = previous.by_key if previous is not None else {}
        # one segment's arrays at a time, written into the joined ones: a process never holds
        # every segment's arrays beside them
        for leaf, offset in reader.leaf_readers():
            if not isinstance(leaf, SegmentReader):
                continue  # an index without documents has an empty reader, not a segment
            key = _segment_key(leaf)
            data = known.get(key)
            if data is None:
                data, arrays = SegmentData.read(leaf, folder)
                lengths = arrays.lengths
                segment_numbers = arrays.numbers
                government = arrays.numbers["government"] == 1
            else:
                data.leaf = leaf  # the same segment, read through the new snapshot's reader
                was = previous.offsets[key]
                lengths = {f: v[was:was + data.size] for f, v in previous.lengths.items()}
                segment_numbers = {name: getattr(previous, name)[was:was + data.size]
                                   for name in _NUMBERS}
                government = previous.government[was:was + data.size]
            end = offset + data.size
            for field in SCORED_FIELDS:
                if field in lengths:
                    self.lengths[field][offset:end] = lengths[field]
            for name in _NUMBERS:
                numbers[name][offset:end] = segment_numbers[name]
            self.government[offset:end] = government
            alive = _alive(leaf)
            if alive is not None:
                self.alive[offset:end] = alive
            self.segments.append((data, offset))
            self.segment_alive.append(alive)
            self.by_key[key] = data
            self.offsets[key] = offset
        self._starts = [offset for _, offset in self.segments]
        self.live_count = int(self.alive.sum())
        self.average_length = {f: float(v[self.alive].mean()) if self.live_count else 1.0
                               for f, v in self.lengths.items()}
        self.published = numbers["published"]
        self.fingerprint = numbers["fingerprint"]
        self.facts = numbers["facts"]
        self.words = numbers["words"]
        self.facets = {facet: self._join_facet(facet) for facet in PAIR_FIELDS}
        self._field_lookups: dict[str, list[tuple] | None] = {}  # _lookups

    def _join_facet(self, facet: str) -> tuple[list[str], np.ndarray, np.ndarray]:
        """One value list for the snapshot, and (doc, value) pairs in global numbers."""
        numbers: dict[str, int] = {}
        docs, codes = [], []
        for segment, offset in self.segments:
            values, seg_docs, seg_codes = segment.facet_pairs[facet]
            mapping = np.array([numbers.setdefault(v, len(numbers)) for v in values],
                               dtype=np.int64)
            docs.append(seg_docs.astype(np.int64) + offset)
            codes.append(mapping[seg_codes] if len(seg_codes) else seg_codes.astype(np.int64))
        names = sorted(numbers, key=numbers.get)
        if not docs:
            return names, _EMPTY_IDS, _EMPTY_IDS
        all_docs, all_codes = np.concatenate(docs), np.concatenate(codes)
        keep = self.alive[all_docs] if len(all_docs) else np.zeros(0, dtype=bool)
        return names, all_docs[keep], all_codes[keep]

    def postings(self, field: str, term: str | bytes) -> tuple[np.ndarray, np.ndarray]:
        """A term's live postings over the whole snapshot, global document numbers ascending
        (read-only arrays: kept in CACHE for this snapshot, joined over its segments, so that a
        term asked for again costs a look-up, not one read and one copy per segment)."""
        if isinstance(term, str):
            term = term.encode("utf-8")
        return CACHE.get((self.key, "postings", field, term),
                         lambda: self._joined_postings(field, term))

    def _joined_postings(self, field: str, term: bytes) -> tuple[np.ndarray, np.ndarray]:
        lookups = self._lookups(field)
        if lookups is not None:  # every segment's positions file: one compiled call
            # deleted documents dropped there too
            docs, weights = joined_postings(lookups, term,
                                            self.alive if self.live_count < self.size else None)
            joined = np.frombuffer(docs, dtype=np.int64), np.frombuffer(weights, dtype=np.float32)
            for array in joined:
                array.flags.writeable = False  # shared by every request on this snapshot
            return joined
        ids, weights = [], []
        for (segment, offset), alive in zip(self.segments, self.segment_alive, strict=True):
            seg_ids, seg_weights = segment.postings(field, term)
            if alive is not None and len(seg_ids):
                keep = alive[seg_ids]
                seg_ids, seg_weights = seg_ids[keep], seg_weights[keep]
            if len(seg_ids):
                ids.append(seg_ids + offset)
                weights.append(seg_weights)
        if not ids:
            return _EMPTY_IDS, _EMPTY_WEIGHTS
        joined = ((ids[0], weights[0]) if len(ids) == 1
                  else (np.concatenate(ids), np.concatenate(weights)))
        for array in joined:
            array.flags.writeable = False  # shared by every request on this snapshot
        return joined

    def _lookups(self, field: str) -> list[tuple] | None:
        """Each segment's way to a field's records in its positions file, with its offset;
        None when a segment has none."""
        found = self._field_lookups.get(field)
        if found is None and field not in self._field_lookups:
            if all(segment.positions_file is not None and segment.positions_file.has(field)
                   for segment, _ in self.segments):
                found = [(*segment.positions_file.lookup(field), offset)
                         for segment, offset in self.segments]
            self._field_lookups[field] = found
        return found

    def positions(self, field: str, term: str | bytes, docnums: np.ndarray,
                  request: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, positions) of every occurrence of a term in `docnums` (ascending
        global document numbers that have the term), both ascending. `request`: a number of
        the request asking (SegmentData.positions; 0, the default, counts as a first ask every
        time)."""
        if isinstance(term, str):
            term = term.encode("utf-8")
        docs, positions = [], []
        for segment, offset in self.segments:
            low, high = np.searchsorted(docnums, [offset, offset + segment.size])
            if low == high:
                continue
            wanted = docnums[low:high] - offset
            if segment.positions_file is not None and segment.positions_file.has(field):
                seg_docs, seg_positions = segment.positions_file.occurrences(field, term, wanted)
                if len(seg_docs):
                    docs.append(seg_docs + offset)
                    positions.append(seg_positions)
                continue
            seg_docs, starts, counts, seg_positions = segment.positions(field, term, wanted,
                                                                        request)
            at = np.searchsorted(seg_docs, wanted)
            inside = at < len(seg_docs)
            at = at[inside][seg_docs[at[inside]] == wanted[inside]]
            if not len(at):
                continue
            taken = counts[at]
            # the positions of each document taken, one range of the flat array each
            index = np.repeat(starts[at] - np.cumsum(taken) + taken, taken) + np.arange(
                int(taken.sum()))
            docs.append(np.repeat(seg_docs[at], taken) + offset)
            positions.append(seg_positions[index])
        if not docs:
            return _EMPTY_IDS, _EMPTY_IDS
        return np.concatenate(docs), np.concatenate(positions)

    def in_a_row(self, field: str, terms: list[str | bytes], places: list[int],
                 docnums: np.ndarray) -> np.ndarray | None:
        """Which of `docnums` (ascending global document numbers, each with every term) have a
        phrase's terms one after the other (`terms` with their `places` in the phrase, the
        rarest first), decoded and matched in compiled code from the segments' positions
        files; None when a segment has none (the caller matches their positions itself)."""
        lookups = self._lookups(field)
        if lookups is None:
            return None
        encoded = [t.encode("utf-8") if isinstance(t, str) else t for t in terms]
        # one compiled call over the segments: each word's record read only while some of
        # the segment's documents are still in
        return np.frombuffer(joined_in_a_row(lookups, encoded, list(places),
                                             np.ascontiguousarray(docnums, dtype=np.int64)),
                             dtype=np.int64)

    def card(self, docnum: int) -> dict | None:
        """What a page shows of a listed copy (index/store/segment_cards.CARD_FIELDS) of a
        document, from its segment's card file; None when the segment has none."""
        at = bisect.bisect_right(self._starts, docnum) - 1
        segment, offset = self.segments[at]
        if segment.card_file is None:
            return None
        return segment.card_file.card(docnum - offset)

    def published_days(self, docnums: np.ndarray) -> np.ndarray:
        """The dates of the dated documents among `docnums`, as numpy days (datetime64[D])."""
        return days_of(self.published[docnums])


def _positions_table(found: tuple[np.ndarray, np.ndarray, np.ndarray]
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(documents, where each one's positions start in the flat array, how many, positions)."""
    docs, counts, positions = found
    return docs, np.cumsum(counts) - counts, counts, positions.astype(np.int32)


def days_of(published: np.ndarray) -> np.ndarray:
    """The dates of the known values of a ``published`` column (seconds since year 1, Jakarta
    time), as numpy days (datetime64[D])."""
    seconds = published[published >= 0]
    return (seconds // DAY_SECONDS - DAYS_TO_1970).astype("datetime64[D]")
