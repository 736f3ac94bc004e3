"""A file cut into parts that separate processes read: how a build's workers share the reading.

``plan_file`` reads a file once, as ``read_file`` would read an export for its ``ExportProfile``,
and notes where every ``PART_RECORDS``-th record begins (a byte offset). ``read_part`` then reads
one part from there, with that profile, and yields exactly what ``read_file`` yields for those
records. Only a plain export is cut: a CSV or JSON-lines file in UTF-8 or a one-byte encoding,
whose records all parse, with no line over the limit and no lone carriage return. Anything else
(a page, a feed, a damaged export, UTF-16) is one part, read whole by ``read_file``, which
reports its problems as before.
"""

from __future__ import annotations

import codecs
import csv
import json
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from index.sources.drafts import (
    ARTICLE_FIELDS,
    MAX_FIELD_CHARS,
    ExportProfile,
    PendingRecord,
    ReadFailure,
    ReadResult,
    export_profile,
    has_column,
)
from index.sources.exports import csv_delimiter
from index.sources.files import read_file
from index.sources.kinds import file_encoding, file_kind, is_binary, size_limit

PART_RECORDS = 256  # records (CSV rows, JSON lines) of a part


@dataclass(frozen=True)
class WholeFile:
    """A file read whole, by ``read_file``."""

    path: str
    name: str

    def read(self, defer: bool = False) -> Iterator[ReadResult]:
        return read_file(Path(self.path), self.name, defer)


@dataclass(frozen=True)
class ExportPart:
    """Records of a plain export, from a byte offset on."""

    path: str
    name: str
    kind: str  # "csv" or "jsonl"
    encoding: str
    profile: ExportProfile
    start: int  # byte offset of the part's first line
    first: int  # number of its first record (a CSV's row, a JSON-lines file's line)
    count: int  # records (CSV rows; lines, blank ones too, of JSON lines)
    delimiter: str = ","
    header: tuple[str, ...] = ()

    def read(self, defer: bool = False) -> Iterator[ReadResult]:
        return read_part(self, defer)


FilePart = WholeFile | ExportPart

# one byte a character, or UTF-8: a line break is the byte "\n" and a line's bytes decode alone
_CUTTABLE = {"utf-8-sig", "cp1252"}


class _Uncuttable(Exception):
    """Something only a reading of the whole file reports as it should."""


class _Lines:
    """A binary file's lines, decoded, with the byte offset reached."""

    def __init__(self, handle: BinaryIO, encoding: str, offset: int) -> None:
        if offset and encoding == "utf-8-sig":
            encoding = "utf-8"  # a BOM is dropped at the start of the file only
        self.handle = handle
        self.decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self.offset = offset

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        raw = self.handle.readline(MAX_FIELD_CHARS + 1)
        if not raw:
            raise StopIteration
        carriage = raw.find(b"\r")
        if len(raw) > MAX_FIELD_CHARS or (carriage != -1 and not (
                carriage == len(raw) - 2 and raw.endswith(b"\r\n"))):
            # a line over the limit, or a carriage return that ends a line (a text file read
            # as text ends lines there too)
            raise _Uncuttable
        self.offset += len(raw)
        return self.decoder.decode(raw)


def plan_file(path: Path, name: str, records: int = PART_RECORDS) -> list[FilePart]:
    """The parts of one file, in order: several for a plain export (``records`` records each),
    else the whole file."""
    whole: list[FilePart] = [WholeFile(str(path), name)]
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return whole
        with path.open("rb") as handle:
            head = handle.read(8192)
        kind = file_kind(name, head)
        if (kind not in ("csv", "jsonl") or info.st_size > size_limit(kind) or is_binary(head)
                or not head.strip()):
            return whole
        encoding = file_encoding(path)
        if encoding not in _CUTTABLE:
            return whole
        plan = _plan_csv if kind == "csv" else _plan_json_lines
        return plan(path, name, encoding, records) or whole
    except (OSError, _Uncuttable, csv.Error, ValueError):
        return whole


def _plan_csv(path: Path, name: str, encoding: str, records: int) -> list[FilePart]:
    csv.field_size_limit(MAX_FIELD_CHARS)
    with path.open("rb") as handle:
        first_line = next(_Lines(handle, encoding, 0), "")
        delimiter = csv_delimiter(first_line, name)
        first = next(csv.reader([first_line], dialect="excel", delimiter=delimiter), [])
        if not any(column.strip() for column in first) or not any(
                has_column(first, field) for field in ARTICLE_FIELDS):
            return []
        handle.seek(0)
        lines = _Lines(handle, encoding, 0)
        reader = csv.DictReader(lines, dialect="excel", delimiter=delimiter, strict=True)
        header = reader.fieldnames  # read now: the first part begins after it
        if not header or not any(column.strip() for column in header):
            return []
        starts: list[tuple[int, int]] = []  # (offset, number) where each part begins
        total = 0

        def rows() -> Iterator[dict]:
            nonlocal total
            while True:
                if total % records == 0:
                    starts.append((lines.offset, total + 1))
                row = next(reader, None)
                if row is None:
                    return
                if None in row:
                    raise _Uncuttable
                total += 1
                yield row

        profile = export_profile(rows())
    return [ExportPart(str(path), name, "csv", encoding, profile, offset, number,
                       min(records, total - number + 1), delimiter, tuple(header))
            for offset, number in starts if number <= total]


def _plan_json_lines(path: Path, name: str, encoding: str, records: int) -> list[FilePart]:
    with path.open("rb") as handle:
        lines = _Lines(handle, encoding, 0)
        starts: list[tuple[int, int]] = []
        number = 0

        def objects() -> Iterator[dict]:
            nonlocal number
            while True:
                if number % records == 0:
                    starts.append((lines.offset, number + 1))
                line = next(lines, None)
                if line is None:
                    return
                number += 1
                if not line.strip():
                    continue
                value = json.loads(line)  # ValueError: read whole, where it is reported
                if not isinstance(value, dict):
                    raise _Uncuttable
                yield value

        profile = export_profile(objects())
    if not profile.articles:
        return []
    return [ExportPart(str(path), name, "jsonl", encoding, profile, offset, first,
                       min(records, number - first + 1))
            for offset, first in starts if first <= number]


CHANGED = "the file changed while the build read it (build again)"


def read_part(part: ExportPart, defer: bool = False) -> Iterator[ReadResult]:
    """The drafts of one part, as ``read_file`` yields them for those records; a failure of
    the file if it no longer holds them as planned."""
    try:
        yield from _read_part(part, defer)
    except (OSError, csv.Error, ValueError, _Uncuttable):
        yield ReadFailure(part.path, "", CHANGED)


def _read_part(part: ExportPart, defer: bool) -> Iterator[ReadResult]:
    origin = part.path
    with open(part.path, "rb") as handle:
        handle.seek(part.start)
        lines = _Lines(handle, part.encoding, part.start)
        if part.kind == "csv":
            csv.field_size_limit(MAX_FIELD_CHARS)
            reader = csv.DictReader(lines, fieldnames=list(part.header), dialect="excel",
                                    delimiter=part.delimiter, strict=True)
            for number in range(part.first, part.first + part.count):
                row = next(reader, None)
                if row is None or None in row:
                    raise ValueError("fewer records, or more fields than the header names")
                yield _result(PendingRecord(row, origin, f"{part.name}#{number}", part.profile,
                                            f"row {number}"), defer)
            return
        for number in range(part.first, part.first + part.count):
            line = next(lines, None)
            if line is None:
                raise ValueError("fewer lines")
            if line.strip():
                value = json.loads(line)
                if not isinstance(value, dict):
                    raise ValueError("not a JSON object")
                yield _result(PendingRecord(value, origin, f"{part.name}#{number}",
                                            part.profile, f"line {number}"), defer)


def _result(pending: PendingRecord, defer: bool) -> ReadResult:
    return pending if defer else pending.resolve()
