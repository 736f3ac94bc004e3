"""Source readers: turn files, folders and feed URLs into draft articles.

Each reader yields ``Draft`` (what the source says about one article, cleaned) or ``ReadFailure``
(what could not be read, where, and why). Extraction of regions, officials and dates from the text
happens afterwards, in ``index.extract.pipeline``.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import stat
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

from index.data_files import word_list
from index.dates import date_from_indosum_id, guess_month_first, parse_date_field
from index.sources.cleaning import clean_text, decode_bytes
from index.sources.furniture import strip_furniture
from index.sources.text_page import parse_text_page

# Limits (README, "Running in production"). A file over its kind's limit is refused, not read.
MAX_FILE_BYTES = 200 * 2**20  # a CSV/TSV or JSON-lines export, read row by row
MAX_DOCUMENT_BYTES = 50 * 2**20  # a JSON document or a feed, parsed whole
MAX_PAGE_BYTES = 5 * 2**20  # one saved page (.txt, .html): an article, not a dump
MAX_FIELD_CHARS = 10 * 2**20  # one CSV line or cell, one JSON line: longer ones fail alone
MAX_BODY_CHARS = 200_000  # an article body longer than this is cut (about 30,000 words)
MAX_RAW_CHARS = 5 * MAX_BODY_CHARS  # text cleaned before the body is cut, so cleaning is bounded
MAX_LABEL_CHARS = 1000  # a title, source, category or tag list is cut here
MAX_URL_CHARS = 2000  # a longer "URL" is not used (nor as the article's id)
FETCH_TIMEOUT = 20
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
CSV_SUFFIXES = {".csv", ".tsv"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CSV_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES


@dataclass
class Draft:
    """One article as its source gives it, before extraction."""

    origin: str  # file path or feed URL
    record_id: str  # stable id when there is no URL: file name and record number
    title: str
    body: str
    url: str = ""
    source: str = ""
    published: datetime | None = None
    category: str = ""
    tags: list[str] = field(default_factory=list)


@dataclass
class ReadFailure:
    origin: str
    where: str  # "", "line 12", "record 3"
    reason: str

    def __str__(self) -> str:
        place = f"{self.origin} ({self.where})" if self.where else self.origin
        return f"{place}: {self.reason}"


ReadResult = Draft | ReadFailure  # and PendingRecord, when asked to defer


@cache
def _field_names() -> dict[str, list[str]]:
    names = {}
    for line in word_list("fields.tsv"):
        name, candidates = line.split("\t", 1)
        names[name] = candidates.split()
    return names


_KEY_SEPARATORS = re.compile(r"[\s_-]+")


@lru_cache(maxsize=4096)  # an export repeats its column names on every record
def _norm_key(key: str) -> str:
    return _KEY_SEPARATORS.sub("_", str(key).strip().lower())


def _record_keys(record: dict[str, object]) -> dict[str, str]:
    """Normalised key -> the record's own key."""
    return {_norm_key(k): k for k in record}


def _pick(record: dict[str, object], name: str, keys: dict[str, str] | None = None) -> str:
    """The record's value for a field, by the first of its usual names that is present.
    ``keys``: ``_record_keys(record)``, when the caller picks several fields."""
    if keys is None:
        keys = _record_keys(record)
    for candidate in _field_names()[name]:
        key = keys.get(candidate)
        if key is not None and record[key] not in (None, ""):
            value = record[key]
            if isinstance(value, list):
                return ", ".join(str(v) for v in value)
            return str(value).strip()
    return ""


def source_from_url(url: str) -> str:
    """'https://news.detik.com/x' -> 'detik.com'; 'https://kalteng.go.id' -> 'kalteng.go.id'."""
    host = urlsplit(url).hostname or ""
    labels = host.split(".")
    second_level = {"co", "go", "ac", "or", "web", "my", "sch", "net", "com", "org"}
    if len(labels) >= 3 and labels[-2] in second_level and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:]) if len(labels) >= 2 else host


_SLUG_WORD = re.compile(r"[a-z]+|\d+")


def title_from_slug(url: str, body: str) -> str:
    """A headline for a record that has none, from its URL's slug, with each word's case taken
    from the body ('ketua-mpr-zulkifli' -> 'Ketua MPR Zulkifli'); else the first sentence."""
    segments = [s for s in urlsplit(url).path.split("/") if s] if url else []
    slug = max(segments, key=lambda s: s.count("-"), default="")
    words = _SLUG_WORD.findall(slug.lower().rsplit(".", 1)[0]) if slug.count("-") >= 2 else []
    if not words:
        first = re.split(r"(?<=[.!?])\s", body.split("\n\n", 1)[0], maxsplit=1)[0]
        return first[:150]
    head = body[:5000]
    lowered = head.lower()
    if len(lowered) == len(head):  # offsets in the lowercase text are offsets in the text
        shown = [_as_written(w, head, lowered) for w in words]
    else:
        casing: dict[str, str] = {}
        for word in re.findall(r"\w+", head):
            casing.setdefault(word.lower(), word)
        shown = [casing.get(w, w) for w in words]
    shown[0] = shown[0][:1].upper() + shown[0][1:]
    return " ".join(shown)


def _as_written(word: str, text: str, lowered: str) -> str:
    """A lowercase word as the text first writes it as a whole word ("mpr" -> "MPR"), else as
    is. ``lowered``: the text in lowercase, as long as the text."""
    at = lowered.find(word)
    while at != -1:
        end = at + len(word)
        before = lowered[at - 1] if at else " "
        after = lowered[end] if end < len(lowered) else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return text[at:end]
        at = lowered.find(word, at + 1)
    return word


def clean_body(text: str) -> str:
    body = "\n\n".join(strip_furniture(clean_text(text[:MAX_RAW_CHARS]).split("\n\n")))
    return body[:MAX_BODY_CHARS]


def draft_from_record(record: dict[str, object], origin: str, record_id: str,
                      month_first: bool | None = None) -> Draft:
    """A draft from one CSV row or JSON object, by its field names."""
    keys = _record_keys(record)

    def pick(name: str) -> str:
        return _pick(record, name, keys)

    text = pick("body") or pick("summary")
    url = pick("url")
    raw_date = pick("published")
    published = parse_date_field(raw_date, month_first=month_first) if raw_date else None
    if published is None:
        published = date_from_indosum_id(pick("record_id"))
    tags = [t.strip() for t in re.split(r"[,;|]", pick("tags")[:MAX_LABEL_CHARS]) if t.strip()]
    body = clean_body(text)
    title = clean_text(pick("title")[:MAX_RAW_CHARS]).replace("\n\n", " ")
    usable_url = url.startswith(("http://", "https://")) and len(url) <= MAX_URL_CHARS
    return Draft(
        origin=origin,
        record_id=record_id,
        title=(title or title_from_slug(url, body))[:MAX_LABEL_CHARS],
        body=body,
        url=url if usable_url else "",
        source=(pick("source") or (source_from_url(url) if url else ""))[:MAX_LABEL_CHARS],
        published=published,
        category=pick("category")[:MAX_LABEL_CHARS],
        tags=tags,
    )


def check_draft(draft: Draft, where: str) -> ReadResult:
    if not draft.body and not draft.title:
        return ReadFailure(draft.origin, where, "no title and no text")
    return draft


@dataclass
class PendingRecord:
    """An export's record not yet made a draft: a build sends these to its worker processes,
    where the cleaning happens (``resolve``)."""

    record: dict[str, object]
    origin: str
    record_id: str
    month_first: bool | None
    where: str

    def resolve(self) -> ReadResult:
        draft = draft_from_record(self.record, self.origin, self.record_id, self.month_first)
        return check_draft(draft, self.where)


def _record_result(record: dict[str, object], origin: str, record_id: str,
                   month_first: bool | None, where: str, defer: bool) -> ReadResult:
    pending = PendingRecord(record, origin, record_id, month_first, where)
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


def _csv_rows(source: TextSource, dialect: str) -> Iterator[tuple[int, dict | None, str]]:
    """(number, row, problem) for each row under the header, numbered from 1; a row that cannot
    be parsed comes as (number, None, why). Number 0 with a problem: no usable header."""
    with source.open() as handle:
        reader = csv.DictReader(_CappedLines(handle, MAX_FIELD_CHARS), dialect=dialect,
                                strict=True)
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


def _has_column(header: Iterable[str], name: str) -> bool:
    return any(_norm_key(key) in _field_names()[name] for key in header)


def read_csv(text: str | TextSource, origin: str, name: str,
             defer: bool = False) -> Iterator[ReadResult]:
    """Rows of a CSV or TSV export, read as a stream. A row that cannot be parsed (unbalanced
    quotes, a line over the limit) fails alone; since it may have swallowed the rows after it,
    the failure is the file's (``where`` empty), with the row named in the reason."""
    source = _as_source(text)
    dialect = "excel-tab" if name.endswith(".tsv") else "excel"
    csv.field_size_limit(MAX_FIELD_CHARS)
    with source.open() as handle:
        try:
            header = next(csv.reader(_CappedLines(handle, MAX_FIELD_CHARS), dialect=dialect))
        except StopIteration:
            header = []
        except (csv.Error, LineTooLong):
            header = []  # reported by _csv_rows
    if header and not any(_has_column(header, f) for f in ("title", "body", "summary")):
        yield ReadFailure(origin, "", "no title or text column found (see index/data/fields.tsv)")
        return
    month_first = guess_month_first(_pick(row, "published")
                                    for _, row, _ in _csv_rows(source, dialect) if row)
    rows = 0
    for number, row, problem in _csv_rows(source, dialect):
        if number == 0:
            yield ReadFailure(origin, "", problem)
            return
        rows += 1
        if row is None:
            yield ReadFailure(origin, "", f"row {number} cannot be read: {problem}")
        elif None in row:
            yield ReadFailure(origin, f"row {number}", "more fields than the header names")
        else:
            yield _record_result(row, origin, f"{name}#{number}", month_first, f"row {number}",
                                 defer)
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
    dates = (_pick(r, "published") for _, r in records if isinstance(r, dict))
    month_first = guess_month_first(dates)
    for number, record in records:
        where = f"record {number}"
        if not isinstance(record, dict):
            yield ReadFailure(origin, where, "not a JSON object")
            continue
        yield _record_result(record, origin, f"{name}#{number}", month_first, where, defer)


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
    month_first = guess_month_first(_pick(value, "published")
                                    for _, value, _ in _json_lines(source)
                                    if isinstance(value, dict))
    for number, value, problem in _json_lines(source):
        where = f"line {number}"
        if problem:
            yield ReadFailure(origin, where, problem)
        elif not isinstance(value, dict):
            yield ReadFailure(origin, where, "not a JSON object")
        else:
            yield _record_result(value, origin, f"{name}#{number}", month_first, where, defer)


def read_text_page(text: str, origin: str, name: str) -> Iterator[ReadResult]:
    page = parse_text_page(text[:MAX_RAW_CHARS])
    draft = Draft(origin=origin, record_id=name, title=page.title[:MAX_LABEL_CHARS],
                  body=page.body[:MAX_BODY_CHARS], source=page.source[:MAX_LABEL_CHARS],
                  category=page.category[:MAX_LABEL_CHARS], tags=page.tags)
    yield check_draft(draft, "")


def read_html(text: str, origin: str, name: str, url_hint: str = "") -> Iterator[ReadResult]:
    from index.sources.html_page import read_html_page

    page = read_html_page(text, url_hint=url_hint)
    url = page["url"] if len(page["url"]) <= MAX_URL_CHARS else ""
    draft = Draft(origin=origin, record_id=name, title=page["title"][:MAX_LABEL_CHARS],
                  body=page["body"][:MAX_BODY_CHARS], url=url,
                  source=page["source"][:MAX_LABEL_CHARS],
                  published=page["published"], category=page.get("category", ""),
                  tags=page.get("tags", []))
    yield check_draft(draft, "")


def _kind(name: str, head: bytes) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix == ".json":
        return "json"
    sniff = head[:2048].lstrip().lower()
    if suffix in FEED_SUFFIXES or (sniff.startswith(b"<?xml") and (
            b"<rss" in sniff or b"<feed" in sniff or b"<rdf" in sniff)):
        return "feed"
    if suffix in HTML_SUFFIXES or sniff.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "unknown"


def size_limit(kind: str) -> int:
    """The largest file of a kind that is read: pages and whole documents are parsed in memory,
    CSV and JSON lines are streamed."""
    if kind in ("text", "html"):
        return MAX_PAGE_BYTES
    if kind in ("json", "feed"):
        return MAX_DOCUMENT_BYTES
    return MAX_FILE_BYTES


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UNKNOWN_KIND = ("unknown kind of file (expected .txt, .html, .csv, .json, .jsonl or an RSS/Atom "
                 "feed)")


def _is_binary(head: bytes) -> bool:
    return b"\x00" in head[:8192] and not head.startswith(_UTF16_BOMS)


def file_encoding(path: Path) -> str:
    """The encoding ``decode_bytes`` would choose for a file, found without loading it whole."""
    with path.open("rb") as handle:
        if handle.read(2) in _UTF16_BOMS:
            return "utf-16"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(2**20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"  # plain UTF-8 too; a BOM is dropped


def _too_big(origin: str, size: int, kind: str) -> ReadFailure:
    limit = size_limit(kind)
    what = {"text": "a page", "html": "a page", "json": "a JSON document (write JSON lines "
            "instead)", "feed": "a feed"}.get(kind, "an export")
    return ReadFailure(origin, "", f"file is {size / 2**20:.0f} MB, over the "
                                   f"{limit // 2**20} MB limit for {what}")


def _feed_results(raw: bytes, origin: str, name: str) -> Iterator[ReadResult]:
    """A feed's items; a feed whose XML is broken is named as failed even when some of its
    items could be recovered (they are still indexed)."""
    from index.sources.feeds import read_feed

    failed = False
    for result in read_feed(raw, origin, name):
        failed |= isinstance(result, ReadFailure) and not result.where
        yield result
    problem = None if failed else _xml_problem(raw)
    if problem:
        yield ReadFailure(origin, "", f"malformed feed XML ({problem}); the items before the "
                                      f"error were read")


class _NoTree:
    """An lxml parser target that keeps nothing: the document is only checked."""

    def close(self) -> None:
        return None


def _xml_problem(raw: bytes) -> str | None:
    """Why a document is not well-formed XML, or None. No tree is built, no entity resolved, no
    network used."""
    from lxml import etree

    parser = etree.XMLParser(target=_NoTree(), resolve_entities=False, no_network=True)
    try:
        etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as error:
        return str(error)
    return None


def read_bytes(raw: bytes, origin: str, name: str, url_hint: str = "",
               defer: bool = False) -> Iterator[ReadResult]:
    """Read one file's or response's content, by its name and first bytes. ``defer``: an
    export's records come as ``PendingRecord`` (everywhere below, too)."""
    kind = _kind(name, raw)
    if kind == "unknown":
        yield ReadFailure(origin, "", _UNKNOWN_KIND)
        return
    if len(raw) > size_limit(kind):
        yield _too_big(origin, len(raw), kind)
        return
    if kind == "feed":
        yield from _feed_results(raw, origin, name)
        return
    if _is_binary(raw):
        yield ReadFailure(origin, "", "binary content, not text")
        return
    text = decode_bytes(raw)
    if not text.strip():
        yield ReadFailure(origin, "", "empty file")
        return
    if kind == "html":
        yield from read_html(text, origin, name, url_hint=url_hint)
        return
    if kind == "text":
        yield from read_text_page(text, origin, name)
        return
    readers = {"csv": read_csv, "json": read_json, "jsonl": read_json_lines}
    yield from readers[kind](text, origin, name, defer)


def read_file(path: Path, name: str, defer: bool = False) -> Iterator[ReadResult]:
    """One file; exports (CSV, JSON lines) are streamed, everything else is read whole."""
    origin = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            yield ReadFailure(origin, "", "is a folder, not a file")
            return
        if not stat.S_ISREG(info.st_mode):
            yield ReadFailure(origin, "", "not a regular file (a pipe, socket or device)")
            return
        with path.open("rb") as handle:
            head = handle.read(8192)
            kind = _kind(name, head)
            if kind == "unknown":
                yield ReadFailure(origin, "", _UNKNOWN_KIND)
                return
            if info.st_size > size_limit(kind):
                yield _too_big(origin, info.st_size, kind)
                return
            streamed = kind in ("csv", "jsonl")
            # read whole, but never past the limit (the file may be growing)
            raw = b"" if streamed else head + handle.read(size_limit(kind) + 1 - len(head))
        if streamed:
            if _is_binary(head):
                yield ReadFailure(origin, "", "binary content, not text")
            elif not head.strip() and info.st_size <= len(head):
                yield ReadFailure(origin, "", "empty file")
            else:
                source = TextSource(path=path, encoding=file_encoding(path))
                reader = read_csv if kind == "csv" else read_json_lines
                yield from reader(source, origin, name, defer)
            return
    except OSError as error:
        yield ReadFailure(origin, "", f"cannot read: {error.strerror or error}")
        return
    yield from read_bytes(raw, origin, name, defer=defer)


def read_url(url: str, defer: bool = False) -> Iterator[ReadResult]:
    """A feed (or a single article page) fetched over HTTP."""
    request = urllib.request.Request(url, headers={"User-Agent": "Kabar/1.0 (+news search)"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            raw = response.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as error:
        yield ReadFailure(url, "", f"cannot fetch: {error}")
        return
    if len(raw) > MAX_FILE_BYTES:
        yield ReadFailure(url, "", "response over the size limit")
        return
    name = Path(urlsplit(url).path).name or "feed.xml"
    kind_name = name if Path(name).suffix else name + ".xml"
    yield from read_bytes(raw, url, kind_name, url_hint=url, defer=defer)


NOT_FOLLOWED = "symbolic link, not followed (use --follow-links to read it)"


def walk_folder(folder: Path, follow_links: bool = False) -> list[tuple[Path, str]]:
    """Every file under a folder that Kabar would read, sorted, each with "" or the reason it is
    not read: a symbolic link (unless ``follow_links``), a pipe or device, a broken link, a
    sub-folder that cannot be listed. Hidden files and folders, and files of other kinds
    (images...), are passed over without a word. Followed links may lead out of the folder;
    a folder met twice (a link loop) is walked once."""
    found: list[tuple[Path, str]] = []
    walked: set[Path] = set()
    pending = [folder]
    while pending:
        directory = pending.pop()
        real = directory.resolve()
        if real in walked:
            continue
        walked.add(real)
        try:
            entries = list(os.scandir(directory))
        except OSError as error:
            found.append((directory, f"cannot list folder: {error.strerror or error}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            readable = path.suffix.lower() in READABLE_SUFFIXES
            try:
                is_dir = entry.is_dir()
                is_file = entry.is_file()
            except OSError as error:
                found.append((path, f"cannot read: {error.strerror or error}"))
                continue
            if entry.is_symlink():
                if not follow_links:
                    if readable or is_dir:
                        found.append((path, NOT_FOLLOWED))
                    continue
                if not is_dir and not is_file and not path.exists():
                    if readable:
                        found.append((path, "broken symbolic link"))
                    continue
            if is_dir:
                pending.append(path)
            elif readable:
                found.append((path, "" if is_file else "not a regular file (a pipe, socket or "
                                                       "device)"))
    return sorted(found)


def iter_files(folder: Path, follow_links: bool = False) -> Iterator[Path]:
    """Readable files under a folder, sorted, without hidden files and (unless asked) links."""
    return (path for path, problem in walk_folder(folder, follow_links) if not problem)


def read_source(source: str, follow_links: bool = False,
                defer: bool = False) -> Iterator[ReadResult]:
    """Everything in one SOURCE argument: a file, a folder (recursively) or a feed URL."""
    if source.startswith(("http://", "https://")):
        yield from read_url(source, defer)
        return
    path = Path(source)
    if path.is_symlink() and not follow_links:
        yield ReadFailure(source, "", NOT_FOLLOWED)
    elif path.is_dir():
        for file, problem in walk_folder(path, follow_links):
            if problem:
                yield ReadFailure(str(file), "", problem)
            else:
                yield from read_file(file, str(Path(path.name) / file.relative_to(path)), defer)
    elif path.is_file():
        yield from read_file(path, path.name, defer)
    elif path.exists():
        yield ReadFailure(source, "", "not a regular file or folder")
    else:
        yield ReadFailure(source, "", "no such file or folder")
