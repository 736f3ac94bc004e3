"""Each term's documents, weights and positions in a segment, written once beside it.

Whoosh keeps a term's postings in pickled, compressed blocks that hold each document's
positions too: reading a term's documents (any query) or its positions (a phrase, the
proximity bonus) unpickles every block it touches, hundreds of Python objects a block. So a
writer also keeps, for the fields that have positions, one file beside the segment,
``MAIN_<segment>.kpos``, which a reader reads by term without unpickling anything (its term
tables mapped, a term's record read in one ``pread``): compiled code
(index/store/_positions.c) decodes a term's documents and weights, or its positions in the
documents a phrase asks about (only the blocks of 128 documents that hold them).

Like the column file (index/store/segment_columns.py), it is written before the table of
contents that lists its segment, by every path that makes a segment: a build's workers from the
postings they hold (index/store/bulk_writer.py), Whoosh's commits and merges by reading the new
segment back (``index.store.segment_files``). It holds every document, deleted ones included
(a snapshot applies its own "alive" mask), under a name matching Whoosh's pattern for the
segment's files, so Whoosh deletes it with its segment. A segment without one (an index written
before, a file removed by hand) is read from Whoosh as before: slower, never different.

Layout: 8 bytes (little-endian length of a JSON header), the header (format, document count,
the length of what follows, and for each field where its sections start), then per field: its
terms one after the other (sorted), where each ends (int64), where each one's record starts
(int64, one more at the end), and the records, each section at an offset that is a multiple
of 8. A record is described in _positions.c.
"""

from __future__ import annotations

import mmap
import os
import weakref
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from whoosh.formats import Positions
from whoosh.reading import IndexReader

from index.store._positions import (
    decode_values,
    find_term,
    read_positions,
    read_postings,
    term_records,
)
from index.store.segment_layout import read_header, write_file
from index.store.whoosh_internals import positions_of_values, term_positions, term_postings_blocks

SUFFIX = ".kpos"
FORMAT = 1
_NO_IDS = np.zeros(0, dtype=np.int64)
_NO_WEIGHTS = np.zeros(0, dtype=np.float32)
_NO_POSITIONS = np.zeros(0, dtype=np.int32)


@dataclass
class FieldPostings:
    """A field's postings in a segment, grouped by term (sorted), with their positions."""

    terms: list[bytes]
    ends: np.ndarray  # int64: where each term's postings end
    docs: np.ndarray  # uint32, ascending within a term
    weights: np.ndarray  # float32
    counts: np.ndarray  # int64: positions of each posting
    positions: np.ndarray  # uint32, one posting after the other


def positions_file(folder: str | Path, segment_id: str) -> Path:
    return Path(folder) / f"{segment_id}{SUFFIX}"


def positional_fields(schema) -> list[str]:
    """The fields of a schema whose postings keep positions."""
    return [name for name, field in schema.items() if type(field.format) is Positions]


def decoded(values: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """(positions of each, the positions one after the other) of Whoosh's Positions values."""
    try:
        counts, flat = decode_values(values)
    except ValueError:  # a pickle of another shape than Positions.encode's: Python reads it
        counts, flat = positions_of_values(values)
        return counts.astype(np.int64), flat.astype(np.uint32)
    return np.frombuffer(counts, dtype=np.int64), np.frombuffer(flat, dtype=np.uint32)


# ------------------------------------------------------------------------------- writing

def write(folder: str | Path, segment_id: str, size: int,
          fields: dict[str, FieldPostings]) -> Path:
    """Write a segment's positions file atomically (a temporary name, fsync, rename)."""
    sections: list[bytes] = []
    table: dict[str, dict[str, int]] = {}
    offset = 0

    def add(data: bytes) -> int:
        nonlocal offset
        at = offset
        sections.append(data + bytes(-len(data) % 8))
        offset += len(sections[-1])
        return at

    for name, field in fields.items():
        records, starts = term_records(
            np.ascontiguousarray(field.ends, dtype=np.int64),
            np.ascontiguousarray(field.docs, dtype=np.uint32),
            np.ascontiguousarray(field.weights, dtype=np.float32),
            np.ascontiguousarray(field.counts, dtype=np.int64),
            np.ascontiguousarray(field.positions, dtype=np.uint32))
        term_ends = np.cumsum([len(t) for t in field.terms], dtype=np.int64)
        table[name] = {"count": len(field.terms),
                       "terms": add(b"".join(field.terms)),
                       "term_ends": add(term_ends.tobytes()),
                       "starts": add(starts),
                       "records": add(records)}
    header = {"format": FORMAT, "size": size, "length": offset, "fields": table}
    return write_file(positions_file(folder, segment_id), header, sections)


def read_from_segment(leaf: IndexReader) -> dict[str, FieldPostings]:
    """The postings and positions of a segment's positional fields, read from Whoosh term by
    term (a segment Whoosh's own writer made: a commit's, a merge's)."""
    fields = {}
    for field in positional_fields(leaf.schema):
        terms, ends, docs, weights, counts, positions = [], [], [], [], [], []
        total = 0
        for term in leaf.lexicon(field):
            kept: list = []
            blocks = list(term_postings_blocks(leaf, field, term, kept))
            if not blocks:
                continue
            ids = np.concatenate([b[0] for b in blocks])
            if kept:  # the positions are in the blocks just read
                values = [v for _, block_values in kept for v in block_values]
                term_counts, term_positions_ = decoded(values)
            else:  # postings inlined in the term's info
                _, term_counts, flat = term_positions(leaf, field, term)
                term_positions_ = flat.astype(np.uint32)
            terms.append(term)
            total += len(ids)
            ends.append(total)
            docs.append(ids.astype(np.uint32))
            weights.append(np.concatenate([b[1] for b in blocks]))
            counts.append(np.asarray(term_counts, dtype=np.int64))
            positions.append(term_positions_)

        def joined(parts: list[np.ndarray], dtype) -> np.ndarray:
            return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype=dtype)

        fields[field] = FieldPostings(terms, np.array(ends, dtype=np.int64),
                                      joined(docs, np.uint32), joined(weights, np.float32),
                                      joined(counts, np.int64), joined(positions, np.uint32))
    return fields


def write_for_segment(folder: str | Path, leaf: IndexReader) -> Path:
    """Read a just-written segment back from Whoosh and write its positions file."""
    return write(folder, leaf.segment().segment_id(), leaf.doc_count_all(),
                 read_from_segment(leaf))


class _Field:
    __slots__ = ("count", "records", "starts", "term_ends", "terms")

    def __init__(self, data: mmap.mmap, base: int, spec: dict[str, int]) -> None:
        self.count = count = spec["count"]
        self.term_ends = np.frombuffer(data, dtype=np.int64, count=count,
                                       offset=base + spec["term_ends"])
        self.starts = np.frombuffer(data, dtype=np.int64, count=count + 1,
                                    offset=base + spec["starts"])
        self.terms = base + spec["terms"]
        self.records = base + spec["records"]


class PositionsFile:
    """A segment's positions file: a term's postings and positions, read by term.

    The term tables (sorted terms, where each record starts) are mapped: a binary search
    touches a few of their pages. A record is read with ``os.pread``, like Whoosh's files in a
    server (index/store/pread_storage.py): the records, most of the file, stay in the page
    cache without counting in the process's memory."""

    def __init__(self, fd: int, data: mmap.mmap, fields: dict[str, _Field]) -> None:
        self._fd = fd
        self._data = data
        self._fields = fields
        weakref.finalize(self, os.close, fd)

    def has(self, field: str) -> bool:
        return field in self._fields

    def _record(self, field: str, term: bytes) -> bytes | None:
        """A term's record (a binary search of the sorted terms, in C, then one read)."""
        found = self._fields[field]
        at = find_term(self._data, found.terms, found.term_ends, found.count, term)
        if at < 0:
            return None
        start, stop = int(found.starts[at]), int(found.starts[at + 1])
        record = os.pread(self._fd, stop - start, found.records + start)
        if len(record) != stop - start:
            raise OSError(f"positions file: a record cut short ({len(record)} bytes)")
        return record

    def lookup(self, field: str) -> tuple:
        """What `_positions.joined_postings` needs to find and read a field's records in this
        file (without the segment's offset)."""
        found = self._fields[field]
        return (self._data, found.terms, found.term_ends, found.count, found.starts,
                found.records, self._fd)

    def postings(self, field: str, term: bytes) -> tuple[np.ndarray, np.ndarray]:
        """A term's documents (int64, ascending) and weights (float32)."""
        record = self._record(field, term)
        if record is None:
            return _NO_IDS, _NO_WEIGHTS
        docs, weights = read_postings(record, 0, len(record))
        return np.frombuffer(docs, dtype=np.int64), np.frombuffer(weights, dtype=np.float32)

    def positions(self, field: str, term: bytes, wanted: np.ndarray | None = None
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(documents, how many positions each, the positions one document after the other) of
        a term, in all its documents or in those of `wanted` (ascending) that have it."""
        record = self._record(field, term)
        if record is None:
            return _NO_IDS, _NO_IDS, _NO_POSITIONS
        if wanted is not None:
            wanted = np.ascontiguousarray(wanted, dtype=np.int64)
        docs, counts, positions = read_positions(record, 0, len(record), wanted)
        return (np.frombuffer(docs, dtype=np.int64), np.frombuffer(counts, dtype=np.int64),
                np.frombuffer(positions, dtype=np.int32))

    def occurrences(self, field: str, term: bytes, wanted: np.ndarray
                    ) -> tuple[np.ndarray, np.ndarray]:
        """(document, position) of each occurrence of a term in those of `wanted` (ascending)
        that have it, documents ascending and positions ascending in each."""
        record = self._record(field, term)
        if record is None:
            return _NO_IDS, _NO_POSITIONS
        docs, _, positions = read_positions(record, 0, len(record),
                                            np.ascontiguousarray(wanted, dtype=np.int64), True)
        return np.frombuffer(docs, dtype=np.int64), np.frombuffer(positions, dtype=np.int32)


def load(folder: str | Path, segment_id: str, size: int) -> PositionsFile | None:
    """A segment's positions file, opened; None when it has none, or one that does not fit
    (another format, another document count, cut short): the caller then reads Whoosh's
    postings."""
    try:
        fd = os.open(positions_file(folder, segment_id), os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        data = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
        header, base = read_header(lambda at, count: data[at:at + count])
        if header.get("format") != FORMAT or header.get("size") != size:
            raise ValueError("another format or segment")
        if len(data) != base + header["length"]:
            raise ValueError("cut short, or grown")
        fields = {name: _Field(data, base, spec) for name, spec in header["fields"].items()}
    except (OSError, KeyError, ValueError, TypeError):  # empty, damaged, cut short, foreign
        os.close(fd)
        return None
    return PositionsFile(fd, data, fields)
