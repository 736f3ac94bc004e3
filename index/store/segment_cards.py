"""What a results page shows of a listed copy, per document, written once beside a segment.

A hit lists its syndicated copies (``also_in``: id, source, url, title). Whoosh keeps a
document's stored fields as one compressed pickle, body and statements included, so each
copy listed cost a whole record decompressed and unpickled; at ten copies a story, nine in ten
of the records a page read. So a writer also keeps, beside each segment, ``MAIN_<segment>.kcard``:
each document's CARD_FIELDS as a small JSON list, read by document number with two ``pread``s
(no pass over the documents at open; the page cache holds what was read). Not a mapped file:
a page lists copies from all over a segment, and every page a mapping touches (with the pages
the kernel maps around it) counts in the server's RSS: at x100 the mapped card files added
175 MB to ``kabar serve``'s peak RSS, read by pread they add nothing.

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
import os
from pathlib import Path

import numpy as np
from whoosh.reading import IndexReader

from index.store.segment_layout import read_header, write_file

SUFFIX = ".kcard"
FORMAT = 1
CARD_FIELDS = ("id", "source", "url", "title")


def card_file(folder: str | Path, segment_id: str) -> Path:
    return Path(folder) / f"{segment_id}{SUFFIX}"


def card_of(stored: dict) -> list:
    """A document's card: its CARD_FIELDS' stored values ("" for one it does not have)."""
    return [stored.get(name, "") for name in CARD_FIELDS]


# json.dumps with options makes an encoder a call; a build encodes a card an article
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def encoded(card: list) -> bytes:
    return _ENCODER.encode(card).encode("utf-8")


# ------------------------------------------------------------------------------- writing

def write(folder: str | Path, segment_id: str, records: list[bytes]) -> Path:
    """Write a segment's card file (one encoded card per document) atomically (a temporary
    name, fsync, rename)."""
    starts = np.zeros(len(records) + 1, dtype=np.int64)
    np.cumsum([len(r) for r in records], out=starts[1:])
    body = starts.tobytes() + b"".join(records)
    header = {"format": FORMAT, "size": len(records), "fields": list(CARD_FIELDS),
              "length": len(body)}
    return write_file(card_file(folder, segment_id), header, [body])


def write_for_segment(folder: str | Path, leaf: IndexReader) -> Path:
    """Read a just-written segment's stored fields back from Whoosh and write its card file."""
    records = [encoded(card_of(leaf.stored_fields(d))) for d in range(leaf.doc_count_all())]
    return write(folder, leaf.segment().segment_id(), records)


class CardFile:
    """A segment's card file, open: a document's card is two preads and one JSON parse."""

    def __init__(self, handle, base: int, size: int) -> None:
        self._handle = handle  # closed when the segment's data is dropped
        self._starts = base
        self._records = base + 8 * (size + 1)

    def card(self, docnum: int) -> dict:
        """The CARD_FIELDS of a document of the segment (deleted ones too), by name."""
        fd = self._handle.fileno()
        bounds = os.pread(fd, 16, self._starts + 8 * docnum)
        start, stop = int.from_bytes(bounds[:8], "little"), int.from_bytes(bounds[8:], "little")
        # decoded first: json.loads of bytes guesses their encoding (1.6 µs of a card's 2.6)
        values = json.loads(os.pread(fd, stop - start, self._records + start).decode("utf-8"))
        return dict(zip(CARD_FIELDS, values, strict=True))


def load(folder: str | Path, segment_id: str, size: int) -> CardFile | None:
    """A segment's card file, open; None when it has none, or one that does not fit (another
    format or fields, another document count, cut short): the caller then reads Whoosh's
    stored fields."""
    try:
        handle = open(card_file(folder, segment_id), "rb", buffering=0)  # noqa: SIM115
    except OSError:  # none
        return None
    try:
        fd = handle.fileno()
        header, base = read_header(lambda at, count: os.pread(fd, count, at))
        if (header.get("format") != FORMAT or header.get("size") != size
                or header.get("fields") != list(CARD_FIELDS)):
            raise ValueError("another format, fields or segment")
        if (os.fstat(fd).st_size != base + header["length"]
                or header["length"] < 8 * (size + 1)):
            raise ValueError("cut short, or grown")
        return CardFile(handle, base, size)
    except (KeyError, ValueError, TypeError, AttributeError, OSError):
        handle.close()
        return None
