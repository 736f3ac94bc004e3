"""RSS and Atom feeds (feedparser): each item becomes a draft article.

Feeds polled by ``kabar index watch`` are fetched with a conditional GET: the ETag and
Last-Modified a server sent last time go back as If-None-Match / If-Modified-Since, and a
304 Not Modified costs nothing. Those validators are kept per URL in ``feeds.json`` in the index
folder, saved only once the items are committed, so a failed run fetches the feed again.
"""

from __future__ import annotations

import http.client
import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import feedparser

from index.dates import parse_date_field
from index.sources.cleaning import clean_text
from index.sources.readers import (
    FETCH_TIMEOUT,
    MAX_FILE_BYTES,
    Draft,
    ReadFailure,
    ReadResult,
    check_draft,
    clean_body,
    read_bytes,
    source_from_url,
)
from index.store.generations import write_json_atomically

FEED_STATE = "feeds.json"
USER_AGENT = "Kabar/1.0 (+news search)"


def read_feed(data: bytes | str, origin: str, name: str) -> Iterator[ReadResult]:
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield ReadFailure(origin, "", f"not a readable feed: {parsed.get('bozo_exception')}")
        return
    site = parsed.feed.get("title", "") or source_from_url(parsed.feed.get("link", ""))
    for number, entry in enumerate(parsed.entries, start=1):
        content = entry.get("content", [{}])[0].get("value", "") or entry.get("summary", "")
        body = _html_to_text(content) if "<" in content else content
        date_text = entry.get("published", "") or entry.get("updated", "")
        link = entry.get("link", "")
        draft = Draft(
            origin=origin,
            record_id=entry.get("id", "") or f"{name}#{number}",
            title=clean_text(_html_to_text(entry.get("title", ""))).replace("\n\n", " "),
            body=clean_body(body),
            url=link if link.startswith(("http://", "https://")) else "",
            source=site or source_from_url(link),
            published=parse_date_field(date_text) if date_text else None,
            category=entry.get("category", ""),
            tags=[t.get("term", "") for t in entry.get("tags", []) if t.get("term")],
        )
        yield check_draft(draft, f"item {number}")


def _html_to_text(fragment: str) -> str:
    """Text of a small HTML fragment (feed summaries), paragraphs kept."""
    import lxml.html

    if not fragment.strip() or "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several kinds on broken markup
        return re.sub(r"<[^>]+>", " ", fragment)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.xpath("//p|//br|//div|//li"):
        block.tail = "\n\n" + (block.tail or "")
    return root.text_content()


@dataclass
class FeedFetch:
    """One poll of a feed: ``status`` 200 with its items, 304 with none, 0 when it failed."""

    url: str
    status: int
    results: list[ReadResult] = field(default_factory=list)
    validators: dict[str, str] = field(default_factory=dict)  # etag, modified


def fetch_feed(url: str, validators: dict[str, str] | None = None,
               timeout: float = FETCH_TIMEOUT) -> FeedFetch:
    """Fetch a feed unless it is unchanged since the validators were given."""
    headers = {"User-Agent": USER_AGENT}
    validators = validators or {}
    if validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators.get("modified"):
        headers["If-Modified-Since"] = validators["modified"]
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read(MAX_FILE_BYTES + 1)
            fresh = {"etag": response.headers.get("ETag", ""),
                     "modified": response.headers.get("Last-Modified", "")}
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return FeedFetch(url, 304, validators=validators)
        return FeedFetch(url, 0, [ReadFailure(url, "", f"cannot fetch: HTTP {error.code}")])
    except (OSError, ValueError, http.client.HTTPException) as error:
        return FeedFetch(url, 0, [ReadFailure(url, "", f"cannot fetch: {error!r}")])
    if len(raw) > MAX_FILE_BYTES:
        return FeedFetch(url, 0, [ReadFailure(url, "", "response over the size limit")])
    name = Path(urlsplit(url).path).name or "feed.xml"
    kind_name = name if Path(name).suffix else name + ".xml"
    results = list(read_bytes(raw, url, kind_name, url_hint=url))
    return FeedFetch(url, 200, results, {k: v for k, v in fresh.items() if v})


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs, one a line; blank lines and ``#`` comments are skipped."""
    lines = (line.strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def load_feed_state(index_dir: Path) -> dict[str, dict[str, str]]:
    try:
        state = json.loads((index_dir / FEED_STATE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def save_feed_state(index_dir: Path, state: dict[str, dict[str, str]]) -> None:
    write_json_atomically(index_dir / FEED_STATE, state)
