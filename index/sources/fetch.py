"""Fetching a URL (a feed, or a single article page) and reading what comes back by its kind.

Feeds polled by ``kabar index watch`` are fetched with a conditional GET (``fetch_feed``): the
ETag and Last-Modified a server sent last time go back as If-None-Match / If-Modified-Since, and a
304 Not Modified costs nothing. The watcher keeps those validators (``index.store.feed_state``).
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from index.sources.drafts import MAX_FILE_BYTES, ReadFailure, ReadResult
from index.sources.kinds import read_bytes

FETCH_TIMEOUT = 20
USER_AGENT = "Kabar/1.0 (+news search)"


def _name_for_kind(url: str) -> str:
    """The file name a response is read as: the URL's last segment, a feed's if it has no
    suffix."""
    name = Path(urlsplit(url).path).name or "feed.xml"
    return name if Path(name).suffix else name + ".xml"


def read_url(url: str, defer: bool = False) -> Iterator[ReadResult]:
    """A feed (or a single article page) fetched over HTTP."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            raw = response.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError, http.client.HTTPException) as error:
        yield ReadFailure(url, "", f"cannot fetch: {error!r}")
        return
    if len(raw) > MAX_FILE_BYTES:
        yield ReadFailure(url, "", "response over the size limit")
        return
    yield from read_bytes(raw, url, _name_for_kind(url), url_hint=url, defer=defer)


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
    results = list(read_bytes(raw, url, _name_for_kind(url), url_hint=url))
    return FeedFetch(url, 200, results, {k: v for k, v in fresh.items() if v})
