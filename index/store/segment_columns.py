"""What a search needs of every document of a segment, written once beside the segment.

A search keeps numpy arrays over every document (search/columns.py): each one's field lengths
(BM25F), date, copy fingerprint, facts and words, and its facet values as (document, value)
pairs. Read from Whoosh, they take a pass over every document and every facet term in Python:
seconds at half a million articles, at every start of a process. So a writer computes them when
it writes a segment and keeps them in one file beside it, ``MAIN_<segment>.kcols``, which a
reader loads with one read (no pass over the documents).

A segment's files never change once written (deletions live in the table of contents), so
neither does its column file: it holds every document, deleted ones included, and a snapshot
applies its own "alive" mask. The file is written before the table of contents that lists its
segment is (index/store/bulk_writer.py, and ``whoosh_internals.unlocked_writer``'s hook for
Whoosh's own commits), under a temporary name renamed into place, so a committed segment always
has a complete one; its name matches Whoosh's pattern for the segment's files, so Whoosh deletes
it with its segment. A segment without one (an index written before, a file removed by hand) is
read from Whoosh as before: slower, never wrong.

Layout: 8 bytes (little-endian length of a JSON header), the header (format, document count,
facet values per field, and each array's dtype, offset and length), then the arrays, each at an
offset that is a multiple of 8.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from whoosh.reading import IndexReader
from whoosh.util.numeric import byte_to_length

from index.store.segment_layout import read_header, write_file
from index.store.whoosh_internals import term_postings_blocks

# The text fields BM25F weighs, whose per-document lengths are kept.
SCORED_FIELDS = ("title", "body", "people", "places")
FACET_FIELDS = {"province": "provinces", "regency": "regencies", "official": "officials",
                "source": "source"}
# Read the same way, but no facet of a response: each official's role ("name<TAB>role").
PAIR_FIELDS = {**FACET_FIELDS, "official_role": "official_role_pairs"}
NUMBER_COLUMNS = {"published": "date", "fingerprint": "int", "facts": "int", "words": "int",
                  "government": "int"}
MISSING = np.int64(-1)  # a date that is not known
SUFFIX = ".kcols"
FORMAT = 2
_MISSING_COLUMN = 2**64 - 1
_EMPTY_IDS = np.zeros(0, dtype=np.int64)
# a length byte (what a segment keeps per document and field) as the length Whoosh answers
_BYTE_LENGTHS = np.array([byte_to_length(b) if b else 0 for b in range(256)], dtype=np.float32)

Pairs = tuple[list[str], np.ndarray, np.ndarray]  # values, doc numbers, value numbers


@dataclass
class SegmentArrays:
    """A segment's per-document arrays, deleted documents included."""

    size: int
    lengths: dict[str, np.ndarray]  # float32 per scored field
    numbers: dict[str, np.ndarray]  # int64 per NUMBER_COLUMNS; MISSING where unknown
    pairs: dict[str, Pairs]  # per PAIR_FIELDS facet


def column_file(folder: str | Path, segment_id: str) -> Path:
    return Path(folder) / f"{segment_id}{SUFFIX}"


# ------------------------------------------------------------------ from Whoosh (the slow way)

def read_from_segment(leaf: IndexReader) -> SegmentArrays:
    """The arrays of one segment, read from Whoosh document by document."""
    size = leaf.doc_count_all()
    lengths = {f: _lengths(leaf, f, size) for f in SCORED_FIELDS if f in leaf.schema}
    numbers = {name: _column(leaf, name, kind, size) for name, kind in NUMBER_COLUMNS.items()}
    pairs = {facet: _facet_pairs(leaf, field) for facet, field in PAIR_FIELDS.items()}
    return SegmentArrays(size, lengths, numbers, pairs)


def _lengths(leaf: IndexReader, field: str, size: int) -> np.ndarray:
    # whoosh answers None (not 0) for an empty field
    return np.fromiter((leaf.doc_field_length(d, field, 0) or 0 for d in range(size)),
                       dtype=np.float32, count=size)


def _column(leaf: IndexReader, field: str, kind: str, size: int) -> np.ndarray:
    values = np.full(size, MISSING, dtype=np.int64)
    if not leaf.has_column(field):
        return values
    column = leaf.column_reader(field, translate=False)
    raw = np.fromiter((int(v) for v in column), dtype=np.uint64, count=size)
    if kind == "date":
        known = raw != np.uint64(_MISSING_COLUMN)
        # whoosh stores datetimes as microseconds since year 1: keep whole seconds, so that
        # the newest first is by the time of day too
        values[known] = (raw[known] // np.uint64(1_000_000)).astype(np.int64)
    else:
        values = raw.astype(np.int64)
    return values


def _facet_pairs(leaf: IndexReader, field: str) -> Pairs:
    """(values, doc numbers, value numbers): one pair per document carrying a value."""
    values: list[str] = []
    docs, numbers = [], []
    if field not in leaf.schema:
        return values, _EMPTY_IDS, _EMPTY_IDS
    for term in leaf.lexicon(field):
        number = len(values)
        values.append(term.decode("utf-8") if isinstance(term, bytes) else term)
        # deleted documents included, like every array here: a snapshot masks them
        blocks = [ids for ids, _ in term_postings_blocks(leaf, field, term)]
        ids = np.concatenate(blocks) if blocks else _EMPTY_IDS
        docs.append(ids)
        numbers.append(np.full(len(ids), number, dtype=np.int64))
    if not values:
        return values, _EMPTY_IDS, _EMPTY_IDS
    return values, np.concatenate(docs), np.concatenate(numbers)


# ------------------------------------------------------------------------ the column file

def write(folder: str | Path, segment_id: str, arrays: SegmentArrays) -> Path:
    """Write a segment's column file atomically (a temporary name, fsync, rename)."""
    named: dict[str, np.ndarray] = {f"lengths.{f}": a for f, a in arrays.lengths.items()}
    named.update({f"number.{n}": a for n, a in arrays.numbers.items()})
    for facet, (_, docs, codes) in arrays.pairs.items():
        # a segment holds fewer than 2**31 documents and values
        named[f"docs.{facet}"] = docs.astype(np.int32)
        named[f"codes.{facet}"] = codes.astype(np.int32)
    table, offset = {}, 0
    for name, array in named.items():
        table[name] = {"dtype": array.dtype.str, "offset": offset, "count": len(array)}
        offset += -(-array.nbytes // 8) * 8
    header = {"format": FORMAT, "size": arrays.size, "arrays": table,
              "values": {facet: values for facet, (values, _, _) in arrays.pairs.items()}}
    sections = (_padded(np.ascontiguousarray(array).tobytes()) for array in named.values())
    return write_file(column_file(folder, segment_id), header, sections)


def _padded(data: bytes) -> bytes:
    return data + bytes(-len(data) % 8)


def write_for_segment(folder: str | Path, leaf: IndexReader) -> Path:
    """Read a just-written segment back from Whoosh and write its column file."""
    return write(folder, leaf.segment().segment_id(), read_from_segment(leaf))


def from_written(leaf: IndexReader, length_bytes: dict[str, bytes],
                 pairs: dict[str, Pairs]) -> SegmentArrays:
    """The arrays of a segment a build has just written, from what its writer still holds: each
    scored field's length bytes and each facet field's postings (index/store/bulk_writer.py).
    Only the four number columns are read back from Whoosh."""
    size = leaf.doc_count_all()
    lengths = {}
    for field in SCORED_FIELDS:
        if field in leaf.schema:
            raw = np.frombuffer(length_bytes.get(field, b""), dtype=np.uint8)[:size]
            lengths[field] = _BYTE_LENGTHS[np.pad(raw, (0, size - len(raw)))]
    numbers = {name: _column(leaf, name, kind, size) for name, kind in NUMBER_COLUMNS.items()}
    empty: Pairs = ([], _EMPTY_IDS, _EMPTY_IDS)
    return SegmentArrays(size, lengths, numbers,
                         {facet: pairs.get(field, empty) for facet, field in PAIR_FIELDS.items()})


def load(folder: str | Path, segment_id: str, size: int) -> SegmentArrays | None:
    """A segment's arrays from its column file; None when it has none, or one that does not fit
    (another format, another document count), which the caller then reads from Whoosh."""
    try:
        data = column_file(folder, segment_id).read_bytes()
    except OSError:
        return None
    try:
        header, base = read_header(lambda at, count: data[at:at + count])
        if header.get("format") != FORMAT or header.get("size") != size:
            return None
        body = memoryview(data)[base:]
        named = {}
        for name, spec in header["arrays"].items():
            dtype = np.dtype(spec["dtype"])
            start = spec["offset"]
            stop = start + spec["count"] * dtype.itemsize
            if stop > len(body):
                return None  # cut short
            named[name] = np.frombuffer(body[start:stop], dtype=dtype)
        lengths = {f: named[f"lengths.{f}"] for f in SCORED_FIELDS if f"lengths.{f}" in named}
        numbers = {n: named[f"number.{n}"] for n in NUMBER_COLUMNS}
        pairs = {facet: (list(header["values"][facet]),
                         named[f"docs.{facet}"].astype(np.int64),
                         named[f"codes.{facet}"].astype(np.int64))
                 for facet in PAIR_FIELDS}
    except (KeyError, ValueError, TypeError):
        return None
    return SegmentArrays(size, lengths, numbers, pairs)
