"""What a results page shows of a listed copy, per document, written once beside a segment.

A hit lists its syndicated copies (``also_in``: id, source, url, title). Whoosh keeps a
document's stored fields as one compressed pickle, body and statements included, so each
copy listed cost a whole record decompressed and unpickled; at ten copies a story, nine in ten
of the records a page read. So a writer also keeps, beside each segment, ``MAIN_<segment>.kcard``:
each document's CARD_FIELDS as a small JSON list, read by document number from a mapped file
(no pass over the documents at open; the page cache holds what was read).

Like the column and positions files (segment_columns.py, segment_positions.py), it is written
before the table of contents that lists its segment, by every path that makes a segment: a
build's writer from the fields it was given (bulk_writer.py), Whoosh's commits and merges by
reading the new segment's stored fields back (``index.store.segment_files``). It holds every
document, deleted ones included, under a name matching Whoosh's pattern for the segment's files, so
Whoosh deletes it with its segment. A segment without one (an index written before, a file
removed by hand) is read from Whoosh's stored fields as before: slower, never different.

Layout: 8 bytes (little-endian length of a JSON header), the header (format, document count,
the fields, the length of what follows) padded to 8 bytes, where each document's record starts
(int64, one more at the end), then the records (UTF-8 JSON lists of the fields' values, "" for
a value the document does not have).
"""

from __future__ import annotations

import json
import mmap
import os
from pathlib import Path

import numpy as np
from whoosh.reading import IndexReader

SUFFIX = ".kcard"
FORMAT = 1
CARD_FIELDS = ("id", "source", "url", "title")


def card_file(folder: str | Path, segment_id: str) -> Path:
    return Path(folder) / f"{segment_id}{SUFFIX}"


def card_of(stored: dict) -> list:
    """A document's card: its CARD_FIELDS' stored values ("" for one it does not have)."""
    return [stored.get(name, "") for name in CARD_FIELDS]


def encoded(card: list) -> bytes:
    return json.dumps(card, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# ------------------------------------------------------------------------------- writing

def write(folder: str | Path, segment_id: str, records: list[bytes]) -> Path:
    """Write a segment's card file (one encoded card per document) atomically (a temporary
    name, fsync, rename)."""
    starts = np.zeros(len(records) + 1, dtype=np.int64)
    np.cumsum([len(r) for r in records], out=starts[1:])
    body = starts.tobytes() + b"".join(records)
    header = json.dumps({"format": FORMAT, "size": len(records), "fields": list(CARD_FIELDS),
                         "length": len(body)}).encode("utf-8")
    header += b" " * (-len(header) % 8)
    target = card_file(folder, segment_id)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(len(header).to_bytes(8, "little"))
        handle.write(header)
        handle.write(body)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    return target


def write_for_segment(folder: str | Path, leaf: IndexReader) -> Path:
    """Read a just-written segment's stored fields back from Whoosh and write its card file."""
    records = [encoded(card_of(leaf.stored_fields(d))) for d in range(leaf.doc_count_all())]
    return write(folder, leaf.segment().segment_id(), records)


class CardFile:
    """A segment's card file, mapped: a document's card is one slice and one JSON parse."""

    def __init__(self, data: mmap.mmap, base: int, size: int) -> None:
        self._data = data
        self._starts = np.frombuffer(data, dtype=np.int64, count=size + 1, offset=base)
        self._records = base + 8 * (size + 1)

    def card(self, docnum: int) -> dict:
        """The CARD_FIELDS of a document of the segment (deleted ones too), by name."""
        start, stop = self._starts[docnum:docnum + 2].tolist()
        values = json.loads(self._data[self._records + start:self._records + stop])
        return dict(zip(CARD_FIELDS, values, strict=True))


def load(folder: str | Path, segment_id: str, size: int) -> CardFile | None:
    """A segment's card file, mapped; None when it has none, or one that does not fit (another
    format or fields, another document count, cut short): the caller then reads Whoosh's
    stored fields."""
    try:
        with open(card_file(folder, segment_id), "rb") as handle:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # none, or empty
        return None
    try:
        length = int.from_bytes(data[:8], "little")
        header = json.loads(data[8:8 + length])
        if (header.get("format") != FORMAT or header.get("size") != size
                or header.get("fields") != list(CARD_FIELDS)):
            raise ValueError("another format, fields or segment")
        base = 8 + length
        if len(data) != base + header["length"] or header["length"] < 8 * (size + 1):
            raise ValueError("cut short, or grown")
        return CardFile(data, base, size)
    except (KeyError, ValueError, TypeError):
        data.close()
        return None
