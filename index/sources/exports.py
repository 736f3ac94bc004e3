"""Exports: CSV/TSV, JSON documents and JSON lines, each record a draft by its field names.

CSV and JSON lines are read as streams, never loaded whole; a line over ``MAX_FIELD_CHARS``
fails alone and the lines around it are read. Each export is read twice: first for what holds
for all its records (``ExportProfile``), then record by record. A CSV's delimiter is found in its
header line (Excel writes ";" where the decimal mark is a comma, as in Indonesia). A file with no
title or text column or key is not an article export (a list of sources, a settings file): it is
skipped, with the reason, not failed.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from index.sources.drafts import (
    ARTICLE_FIELDS,
    MAX_FIELD_CHARS,
    ExportProfile,
    PendingRecord,
    ReadFailure,
    ReadResult,
    SkippedFile,
    export_profile,
    has_column,
)

NOT_AN_EXPORT = "not an article export: no title or text {} (see index/data/fields.tsv)"
CSV_DELIMITERS = (",", ";", "\t", "|")


def _record_result(record: dict[str, object], origin: str, record_id: str,
                   profile: ExportProfile, where: str, defer: bool) -> ReadResult:
    pending = PendingRecord(record, origin, record_id, profile, where)
    return pending if defer else pending.resolve()


@dataclass(frozen=True)
class TextSource:
    """A text that can be read more than once: held in memory, or a file decoded as it is read
    (so an export is never loaded whole)."""

    text: str = ""
    path: Path | None = None
    encoding: str = "utf-8-sig"

    def open(self) -> TextIO:
        if self.path is None:
            return io.StringIO(self.text, newline="")
        return open(self.path, encoding=self.encoding, errors="replace", newline="")


class LineTooLong(ValueError):
    pass


class _CappedLines:
    """The lines of a text stream, refusing (LineTooLong) any over ``limit`` characters after
    skipping the rest of it, so that one huge line costs no more memory than the limit. The
    iteration goes on after a refusal."""

    def __init__(self, handle: TextIO, limit: int) -> None:
        self.handle = handle
        self.limit = limit

    def __iter__(self) -> _CappedLines:
        return self

    def __next__(self) -> str:
        line = self.handle.readline(self.limit + 1)
        if not line:
            raise StopIteration
        if len(line) > self.limit:
            while line and line[-1] not in "\r\n":
                line = self.handle.readline(2**20)
            raise LineTooLong(f"a line over {self.limit // 2**20} MB")
        return line


def _as_source(text: str | TextSource) -> TextSource:
    return text if isinstance(text, TextSource) else TextSource(text=text)


def csv_delimiter(header_line: str, name: str) -> str:
    """The delimiter of a CSV or TSV export: of comma, semicolon, tab and bar, the one its header
    line holds most often outside quotes; on a tie, or with none, a tab for a .tsv file and a
    comma otherwise. The header is the one line sure to hold no text with commas in it."""
    default = "\t" if name.lower().endswith(".tsv") else ","
    counts = dict.fromkeys(CSV_DELIMITERS, 0)
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(CSV_DELIMITERS, key=lambda d: (counts[d], d == default))
    return best if counts[best] else default


def _header_line(source: TextSource) -> str:
    with source.open() as handle:
        try:
            return next(_CappedLines(handle, MAX_FIELD_CHARS), "")
        except LineTooLong:
            return ""  # reported by _csv_rows


def _csv_rows(source: TextSource, delimiter: str) -> Iterator[tuple[int, dict | None, str]]:
    """(number, row, problem) for each row under the header, numbered from 1; a row that cannot
    be parsed comes as (number, None, why). Number 0 with a problem: no usable header."""
    with source.open() as handle:
        reader = csv.DictReader(_CappedLines(handle, MAX_FIELD_CHARS), dialect="excel",
                                delimiter=delimiter, strict=True)
        try:
            header = reader.fieldnames
        except (csv.Error, LineTooLong) as error:
            yield 0, None, f"unreadable header row: {error}"
            return
        if not header or not any(name.strip() for name in header):
            yield 0, None, "empty file (no header row)"
            return
        number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except (csv.Error, LineTooLong) as error:
                number += 1
                yield number, None, str(error)
                continue
            number += 1
            yield number, row, ""


def read_csv(text: str | TextSource, origin: str, name: str,
             defer: bool = False) -> Iterator[ReadResult]:
    """Rows of a CSV or TSV export, read as a stream. A row that cannot be parsed (unbalanced
    quotes, a line over the limit) fails alone; since it may have swallowed the rows after it,
    the failure is the file's (``where`` empty), with the row named in the reason."""
    source = _as_source(text)
    csv.field_size_limit(MAX_FIELD_CHARS)
    first_line = _header_line(source)
    delimiter = csv_delimiter(first_line, name)
    try:
        header = next(csv.reader([first_line], dialect="excel", delimiter=delimiter), [])
    except csv.Error:
        header = []  # reported by _csv_rows
    if any(column.strip() for column in header) and not any(
            has_column(header, field) for field in ARTICLE_FIELDS):
        yield SkippedFile(origin, "", NOT_AN_EXPORT.format("column"))
        return
    profile = export_profile(row for _, row, _ in _csv_rows(source, delimiter) if row)
    rows = 0
    for number, row, problem in _csv_rows(source, delimiter):
        if number == 0:
            yield ReadFailure(origin, "", problem)
            return
        rows += 1
        if row is None:
            yield ReadFailure(origin, "", f"row {number} cannot be read: {problem}")
        elif None in row:
            yield ReadFailure(origin, f"row {number}", "more fields than the header names")
        else:
            yield _record_result(row, origin, f"{name}#{number}", profile, f"row {number}", defer)
    if not rows:
        yield ReadFailure(origin, "", "no rows under the header")


def _json_records(data: object) -> list[object] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for value in data.values():
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                return value
        return [data]
    return None


def _records_to_drafts(records: Iterable[tuple[int, object]], origin: str,
                       name: str, defer: bool) -> Iterator[ReadResult]:
    records = list(records)
    objects = [r for _, r in records if isinstance(r, dict)]
    profile = export_profile(objects)
    if objects and not profile.articles:
        yield SkippedFile(origin, "", NOT_AN_EXPORT.format("field"))
        return
    for number, record in records:
        where = f"record {number}"
        if not isinstance(record, dict):
            yield ReadFailure(origin, where, "not a JSON object")
            continue
        yield _record_result(record, origin, f"{name}#{number}", profile, where, defer)


_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _array_prefix(text: str) -> tuple[list[object], str]:
    """The complete elements at the start of a broken JSON array, and what broke after them."""
    decoder = json.JSONDecoder()
    items: list[object] = []
    position = text.index("[") + 1
    while True:
        position = _JSON_SPACE.match(text, position).end()
        try:
            item, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            return items, f"{error.msg} (character {error.pos})"
        items.append(item)
        position = _JSON_SPACE.match(text, position).end()
        if text.startswith(",", position):
            position += 1
        elif text.startswith("]", position):
            return items, f"text after the end of the array at character {position + 1}"
        else:
            cut = "the file ends" if position >= len(text) else f"character {position}"
            return items, f"expected ',' or ']' where {cut}"


def _looks_like_json_lines(text: str) -> bool:
    first, _, rest = text.lstrip().partition("\n")
    try:
        return bool(rest.strip()) and isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return False


def read_json(text: str, origin: str, name: str, defer: bool = False) -> Iterator[ReadResult]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        if _looks_like_json_lines(text):
            yield from read_json_lines(text, origin, name, defer)
        elif text.lstrip().startswith("["):
            # a truncated or damaged array: keep the records before the damage, and fail the
            # file (so that nothing is pruned because of the records lost after it)
            items, problem = _array_prefix(text)
            yield from _records_to_drafts(enumerate(items, start=1), origin, name, defer)
            yield ReadFailure(origin, "", f"not valid JSON after record {len(items)} "
                                          f"({problem}); the records before it were read")
        else:
            yield ReadFailure(origin, "", f"not valid JSON: {error}")
        return
    records = _json_records(data)
    if records is None:
        yield ReadFailure(origin, "", "JSON holds no article objects")
        return
    yield from _records_to_drafts(enumerate(records, start=1), origin, name, defer)


def _json_lines(source: TextSource) -> Iterator[tuple[int, object, str]]:
    """(line number, parsed value, problem) for each non-blank line."""
    with source.open() as handle:
        lines = _CappedLines(handle, MAX_FIELD_CHARS)
        number = 0
        while True:
            number += 1
            try:
                line = next(lines)
            except StopIteration:
                return
            except LineTooLong as error:
                yield number, None, str(error)
                continue
            if not line.strip():
                continue
            try:
                yield number, json.loads(line), ""
            except json.JSONDecodeError as error:
                yield number, None, f"not valid JSON: {error.msg}"


def read_json_lines(text: str | TextSource, origin: str, name: str,
                    defer: bool = False) -> Iterator[ReadResult]:
    """One JSON object a line, read as a stream (twice: first for the file's date order)."""
    source = _as_source(text)
    objects = 0

    def counted_objects() -> Iterator[dict]:
        nonlocal objects
        for _, value, _ in _json_lines(source):
            if isinstance(value, dict):
                objects += 1
                yield value

    profile = export_profile(counted_objects())
    if objects and not profile.articles:
        yield SkippedFile(origin, "", NOT_AN_EXPORT.format("field"))
        return
    for number, value, problem in _json_lines(source):
        where = f"line {number}"
        if problem:
            yield ReadFailure(origin, where, problem)
        elif not isinstance(value, dict):
            yield ReadFailure(origin, where, "not a JSON object")
        else:
            yield _record_result(value, origin, f"{name}#{number}", profile, where, defer)
