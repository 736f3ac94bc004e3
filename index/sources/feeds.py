"""RSS and Atom feeds (feedparser): each item becomes a draft article.

Fetching a feed is ``index.sources.fetch``'s; what the watcher remembers of the feeds it polls,
``index.store.feed_state``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from index.dates import parse_date_field
from index.sources.cleaning import clean_text
from index.sources.drafts import (
    Draft,
    ReadFailure,
    ReadResult,
    check_draft,
    clean_body,
)


def read_feed(data: bytes | str, origin: str, name: str) -> Iterator[ReadResult]:
    # imported here, not for a cycle: feedparser takes about 0.05 s to import, and every command
    # that reads files imports this module, most of them never meeting a feed
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield ReadFailure(origin, "", f"not a readable feed: {parsed.get('bozo_exception')}")
        return
    # the outlet as the feed names it; index/extract/pipeline.py names it from each item's link
    site = parsed.feed.get("title", "") or parsed.feed.get("link", "")
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
            source=(entry.get("source") or {}).get("title", "") or site,  # an aggregator's item
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


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs, one a line; blank lines and ``#`` comments are skipped."""
    lines = (line.strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]

