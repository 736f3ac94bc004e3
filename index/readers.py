"""Source readers: turn files, folders and feed URLs into draft articles.

Each reader yields ``Draft`` (what the source says about one article, cleaned) or ``ReadFailure``
(what could not be read, where, and why). Extraction of regions, officials and dates from the text
happens afterwards, in ``index.extract``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from index.analysis import read_word_list
from index.cleaning import clean_text, decode_bytes
from index.dates import date_from_indosum_id, guess_month_first, parse_date_field
from index.furniture import strip_furniture
from index.text_page import parse_text_page

MAX_FILE_BYTES = 200 * 1024 * 1024  # an export larger than this is refused, not read
MAX_BODY_CHARS = 200_000  # an article body longer than this is cut (about 30,000 words)
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


ReadResult = Draft | ReadFailure


@cache
def _field_names() -> dict[str, list[str]]:
    names = {}
    for line in read_word_list("fields.tsv"):
        name, candidates = line.split("\t", 1)
        names[name] = candidates.split()
    return names


def _norm_key(key: str) -> str:
    return re.sub(r"[\s_-]+", "_", str(key).strip().lower())


def _pick(record: dict[str, object], name: str) -> str:
    """The record's value for a field, by the first of its usual names that is present."""
    keys = {_norm_key(k): k for k in record}
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
    casing: dict[str, str] = {}
    for word in re.findall(r"\w+", body[:5000]):
        casing.setdefault(word.lower(), word)
    shown = [casing.get(w, w) for w in words]
    shown[0] = shown[0][:1].upper() + shown[0][1:]
    return " ".join(shown)


def clean_body(text: str) -> str:
    body = "\n\n".join(strip_furniture(clean_text(text).split("\n\n")))
    return body[:MAX_BODY_CHARS]


def draft_from_record(record: dict[str, object], origin: str, record_id: str,
                      month_first: bool | None = None) -> Draft:
    """A draft from one CSV row or JSON object, by its field names."""
    text = _pick(record, "body") or _pick(record, "summary")
    url = _pick(record, "url")
    raw_date = _pick(record, "published")
    published = parse_date_field(raw_date, month_first=month_first) if raw_date else None
    if published is None:
        published = date_from_indosum_id(_pick(record, "record_id"))
    tags = [t.strip() for t in re.split(r"[,;|]", _pick(record, "tags")) if t.strip()]
    body = clean_body(text)
    title = clean_text(_pick(record, "title")).replace("\n\n", " ")
    return Draft(
        origin=origin,
        record_id=record_id,
        title=title or title_from_slug(url, body),
        body=body,
        url=url if url.startswith(("http://", "https://")) else "",
        source=_pick(record, "source") or (source_from_url(url) if url else ""),
        published=published,
        category=_pick(record, "category"),
        tags=tags,
    )


def check_draft(draft: Draft, where: str) -> ReadResult:
    if not draft.body and not draft.title:
        return ReadFailure(draft.origin, where, "no title and no text")
    return draft


def read_csv(text: str, origin: str, name: str) -> Iterator[ReadResult]:
    dialect = "excel-tab" if name.endswith(".tsv") else "excel"
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        rows = list(csv.DictReader(io.StringIO(text, newline=""), dialect=dialect, strict=True))
    except csv.Error as error:
        yield ReadFailure(origin, "", f"not a readable CSV file: {error}")
        return
    if not rows or not any(_pick(rows[0], f) for f in ("title", "body", "summary")):
        yield ReadFailure(origin, "", "no title or text column found (see index/data/fields.tsv)")
        return
    month_first = guess_month_first(_pick(row, "published") for row in rows)
    for number, row in enumerate(rows, start=1):
        if None in row:
            yield ReadFailure(origin, f"row {number}", "more fields than the header names")
            continue
        yield check_draft(draft_from_record(row, origin, f"{name}#{number}", month_first),
                           f"row {number}")


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
                       name: str) -> Iterator[ReadResult]:
    records = list(records)
    dates = (_pick(r, "published") for _, r in records if isinstance(r, dict))
    month_first = guess_month_first(dates)
    for number, record in records:
        where = f"record {number}"
        if not isinstance(record, dict):
            yield ReadFailure(origin, where, "not a JSON object")
            continue
        draft = draft_from_record(record, origin, f"{name}#{number}", month_first)
        yield check_draft(draft, where)


def read_json(text: str, origin: str, name: str) -> Iterator[ReadResult]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        if "\n" in text.strip():
            yield from read_json_lines(text, origin, name)
        else:
            yield ReadFailure(origin, "", f"not valid JSON: {error}")
        return
    records = _json_records(data)
    if records is None:
        yield ReadFailure(origin, "", "JSON holds no article objects")
        return
    yield from _records_to_drafts(enumerate(records, start=1), origin, name)


def read_json_lines(text: str, origin: str, name: str) -> Iterator[ReadResult]:
    parsed: list[tuple[int, object]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            parsed.append((number, json.loads(line)))
        except json.JSONDecodeError as error:
            yield ReadFailure(origin, f"line {number}", f"not valid JSON: {error.msg}")
    for result in _records_to_drafts(parsed, origin, name):
        if isinstance(result, ReadFailure):
            result.where = result.where.replace("record", "line")
        yield result


def read_text_page(text: str, origin: str, name: str) -> Iterator[ReadResult]:
    page = parse_text_page(text)
    draft = Draft(origin=origin, record_id=name, title=page.title, body=page.body[:MAX_BODY_CHARS],
                  source=page.source, category=page.category, tags=page.tags)
    yield check_draft(draft, "")


def read_html(text: str, origin: str, name: str, url_hint: str = "") -> Iterator[ReadResult]:
    from index.html_page import read_html_page

    page = read_html_page(text, url_hint=url_hint)
    draft = Draft(origin=origin, record_id=name, title=page["title"],
                  body=page["body"][:MAX_BODY_CHARS], url=page["url"], source=page["source"],
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


def read_bytes(raw: bytes, origin: str, name: str, url_hint: str = "") -> Iterator[ReadResult]:
    """Read one file's or response's content, by its name and first bytes."""
    kind = _kind(name, raw)
    if kind == "feed":
        from index.feeds import read_feed

        yield from read_feed(raw, origin, name)
        return
    if kind == "unknown":
        yield ReadFailure(origin, "", "unknown kind of file (expected .txt, .html, .csv, .json, "
                                      ".jsonl or an RSS/Atom feed)")
        return
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield ReadFailure(origin, "", "binary content, not text")
        return
    text = decode_bytes(raw)
    if not text.strip():
        yield ReadFailure(origin, "", "empty file")
        return
    readers = {"text": read_text_page, "csv": read_csv, "json": read_json,
               "jsonl": read_json_lines}
    if kind == "html":
        yield from read_html(text, origin, name, url_hint=url_hint)
    else:
        yield from readers[kind](text, origin, name)


def read_file(path: Path, name: str) -> Iterator[ReadResult]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield ReadFailure(origin, "", f"file is {size // 2**20} MB, over the "
                                          f"{MAX_FILE_BYTES // 2**20} MB limit")
            return
        raw = path.read_bytes()
    except OSError as error:
        yield ReadFailure(origin, "", f"cannot read: {error.strerror or error}")
        return
    yield from read_bytes(raw, origin, name)


def read_url(url: str) -> Iterator[ReadResult]:
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
    yield from read_bytes(raw, url, kind_name, url_hint=url)


def iter_files(folder: Path, follow_links: bool = False) -> Iterator[Path]:
    """Readable files under a folder, sorted, without hidden files and (unless asked) links."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_symlink() and not follow_links:
            continue
        if path.is_file() and path.suffix.lower() in READABLE_SUFFIXES:
            yield path


def read_source(source: str, follow_links: bool = False) -> Iterator[ReadResult]:
    """Everything in one SOURCE argument: a file, a folder (recursively) or a feed URL."""
    if source.startswith(("http://", "https://")):
        yield from read_url(source)
        return
    path = Path(source)
    if path.is_symlink() and not follow_links:
        yield ReadFailure(source, "", "is a symbolic link (use --follow-links to read it)")
    elif path.is_dir():
        for file in iter_files(path, follow_links):
            yield from read_file(file, str(Path(path.name) / file.relative_to(path)))
    elif path.is_file():
        yield from read_file(path, path.name)
    elif path.exists():
        yield ReadFailure(source, "", "not a regular file or folder")
    else:
        yield ReadFailure(source, "", "no such file or folder")
