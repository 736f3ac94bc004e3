"""The kinds of file Kabar reads: each told by its name and first bytes, refused over its size
limit, and read by its reader (``read_bytes``), whether it came from a file or over HTTP."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from index.sources.cleaning import decode_bytes
from index.sources.drafts import (
    MAX_BODY_CHARS,
    MAX_DOCUMENT_BYTES,
    MAX_FILE_BYTES,
    MAX_LABEL_CHARS,
    MAX_PAGE_BYTES,
    MAX_RAW_CHARS,
    MAX_URL_CHARS,
    Draft,
    ReadFailure,
    ReadResult,
    check_draft,
)
from index.sources.exports import read_csv, read_json, read_json_lines
from index.sources.feeds import read_feed
from index.sources.text_page import parse_text_page

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
CSV_SUFFIXES = {".csv", ".tsv"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CSV_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES
UNKNOWN_KIND = ("unknown kind of file (expected .txt, .html, .csv, .json, .jsonl or an RSS/Atom "
                "feed)")


def file_kind(name: str, head: bytes) -> str:
    """A file's kind ("text", "csv", "jsonl", "json", "feed", "html" or "unknown"), by its name
    and, for a feed or a page without a known suffix, its first bytes."""
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


def is_binary(head: bytes) -> bool:
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


def too_big(origin: str, size: int, kind: str) -> ReadFailure:
    limit = size_limit(kind)
    what = {"text": "a page", "html": "a page", "json": "a JSON document (write JSON lines "
            "instead)", "feed": "a feed"}.get(kind, "an export")
    return ReadFailure(origin, "", f"file is {size / 2**20:.0f} MB, over the "
                                   f"{limit // 2**20} MB limit for {what}")


def read_text_page(text: str, origin: str, name: str) -> Iterator[ReadResult]:
    page = parse_text_page(text[:MAX_RAW_CHARS])
    draft = Draft(origin=origin, record_id=name, title=page.title[:MAX_LABEL_CHARS],
                  body=page.body[:MAX_BODY_CHARS], source=page.source[:MAX_LABEL_CHARS],
                  category=page.category[:MAX_LABEL_CHARS], tags=page.tags)
    yield check_draft(draft, "")


def read_html(text: str, origin: str, name: str, url_hint: str = "") -> Iterator[ReadResult]:
    # imported here, not for a cycle: trafilatura takes about 0.2 s to import, and only HTML
    # pages need it
    from index.sources.html_page import read_html_page

    page = read_html_page(text, url_hint=url_hint)
    url = page["url"] if len(page["url"]) <= MAX_URL_CHARS else ""
    draft = Draft(origin=origin, record_id=name, title=page["title"][:MAX_LABEL_CHARS],
                  body=page["body"][:MAX_BODY_CHARS], url=url,
                  source=page["source"][:MAX_LABEL_CHARS],
                  published=page["published"], category=page.get("category", ""),
                  tags=page.get("tags", []))
    yield check_draft(draft, "")


def _feed_results(raw: bytes, origin: str, name: str) -> Iterator[ReadResult]:
    """A feed's items; a feed whose XML is broken is named as failed even when some of its
    items could be recovered (they are still indexed)."""
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
    kind = file_kind(name, raw)
    if kind == "unknown":
        yield ReadFailure(origin, "", UNKNOWN_KIND)
        return
    if len(raw) > size_limit(kind):
        yield too_big(origin, len(raw), kind)
        return
    if kind == "feed":
        yield from _feed_results(raw, origin, name)
        return
    if is_binary(raw):
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
