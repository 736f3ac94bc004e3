"""RSS and Atom feeds (feedparser): each item becomes a draft article.

Fetching a feed is ``index.sources.fetch``'s; what the watcher remembers of the feeds it polls,
``index.store.feed_state``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from index.dates import ZONE_NAMES, jakarta_from_utc, moment_from, parse_date_field
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
        link = entry.get("link", "")
        draft = Draft(
            origin=origin,
            record_id=entry.get("id", "") or f"{name}#{number}",
            source_id=entry.get("id", ""),
            title=clean_text(_html_to_text(entry.get("title", ""))).replace("\n\n", " "),
            body=clean_body(body),
            url=link if link.startswith(("http://", "https://")) else "",
            source=(entry.get("source") or {}).get("title", "") or site,  # an aggregator's item
            published=_item_published(entry),
            category=entry.get("category", ""),
            tags=[t.get("term", "") for t in entry.get("tags", []) if t.get("term")],
        )
        yield check_draft(draft, f"item {number}")


_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")
_NAMED_ZONE = re.compile(r"\d:\d\d(?::\d\d)?\s*(?P<zone>[A-Za-z]{1,5})\s*$")


def _item_published(entry: dict) -> datetime | None:
    """An item's publication moment in Jakarta time, with its time of day when the feed gives
    one. Kabar's own date reader goes first: it knows Indonesia's zones (WIB, WITA, WIT) and,
    as everywhere in Kabar, takes a time written without a zone for Jakarta's, where feedparser
    would take WIB and a missing zone for UTC. feedparser's parsed time (UTC) is used for what
    only it reads: a zone such as "EST", or a format Kabar's reader does not know; for a date
    without a time, only its date is kept (its 00:00 UTC is no time of day)."""
    # imported here with feedparser, for the reason read_feed gives
    from feedparser.datetimes.rfc822 import timezone_names

    for key in ("published", "updated"):
        text = entry.get(key, "") or ""
        if not text.strip():
            continue
        ours = parse_date_field(text)
        named = _NAMED_ZONE.search(text)
        foreign = bool(named) and (zone := named["zone"].upper()) not in ZONE_NAMES and (
            zone.lower() in timezone_names)
        if ours is not None and not foreign:
            return ours
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            if _CLOCK.search(text):
                return jakarta_from_utc(tuple(parsed))
            return moment_from(f"{parsed[0]:04d}", parsed[1], parsed[2])
        return ours
    return None


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

