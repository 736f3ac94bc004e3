"""The daily clipping ("kliping"): per saved search, the articles published since a moment, copies
folded with their outlets listed, and the attention of each search over the days before.

This module gathers; webui/kliping.py lays it out as HTML and PDF.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import numpy as np

from search.attention import attention
from search.engine import MAX_LIMIT, Engine
from search.saved import SavedSearch

JAKARTA = timezone(timedelta(hours=7), "WIB")
MOST_PER_SEARCH = 100  # groups of copies listed per saved search; the count says how many more
OFFICIAL_STATEMENTS = 3  # an article's statements by officials a clipping shows
CHART_DAYS = 30  # the cover's chart: the days up to the clipping's end
CHART_SEARCHES = 3
_RELATIVE = re.compile(r"(\d{1,4})\s*(h|j|jam|d|hari)", re.IGNORECASE)
_YEAR_ONE = datetime(1, 1, 1)


class SinceError(ValueError):
    """A --since that cannot be read; the message says it in English, `pesan` in Indonesian."""

    def __init__(self, value: str) -> None:
        super().__init__(f"--since must be a date (2025-12-04), a time (2025-12-04T08:00) or a "
                         f"span back from now (24h, 7d), not {value[:40]!r}")
        self.pesan = (f"Sejak harus tanggal (2025-12-04), waktu (2025-12-04T08:00) atau rentang "
                      f"mundur dari sekarang (24h, 7d), bukan “{value[:40]}”.")


def parse_since(value: str, now: datetime) -> datetime:
    """When a clipping starts: '24h' or '7d' back from `now` (also '24j', '7hari'), a date (its
    midnight in Jakarta) or a time (Jakarta's when it names no offset)."""
    text = value.strip()
    relative = _RELATIVE.fullmatch(text)
    if relative:
        amount, unit = int(relative.group(1)), relative.group(2).lower()
        hours = amount if unit in ("h", "j", "jam") else amount * 24
        return now - timedelta(hours=hours)
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), datetime.min.time(), JAKARTA)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise SinceError(value) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=JAKARTA)


def _seconds(moment: datetime) -> int:
    return int((moment.astimezone(JAKARTA).replace(tzinfo=None) - _YEAR_ONE).total_seconds())


def _published(hit: dict) -> datetime | None:
    if hit.get("published_at"):
        return datetime.fromisoformat(hit["published_at"])
    if hit.get("published"):
        return datetime.combine(date.fromisoformat(hit["published"]), datetime.min.time(),
                                JAKARTA)
    return None


def _officials_statements(engine: Engine, article_id: str) -> list[dict]:
    """What the article's officials said (plain text), the first OFFICIAL_STATEMENTS of them."""
    article = engine.get(article_id) or {}
    return [s for s in article.get("statements", []) if s.get("official")][:OFFICIAL_STATEMENTS]


def _section(engine: Engine, saved: SavedSearch, since: datetime, until: datetime) -> dict:
    filters = saved.filters()
    selected = engine.selected(**filters, date_from=since.date(), date_to=until.date())
    published = selected.columns.published[selected.ids]
    count = int(((published >= _seconds(since)) & (published <= _seconds(until))).sum())
    groups: list[dict] = []
    page = 1
    while len(groups) < MOST_PER_SEARCH and count:
        response = engine.search(**filters, date_from=since.date(), date_to=until.date(),
                                 sort="newest", page=page, limit=MAX_LIMIT)
        for hit in response["hits"]:
            moment = _published(hit)
            if moment is not None and since <= moment <= until:
                hit["outlets"] = sorted({hit["source"], *(c["source"] for c in hit["also_in"])}
                                        - {""})
                hit["statements"] = _officials_statements(engine, hit["id"])
                groups.append(hit)
        if page * MAX_LIMIT >= response["total"]:
            break
        page += 1
    groups.sort(key=lambda hit: _published(hit), reverse=True)
    return {"name": saved.name, "query": saved.query, "region": saved.region,
            "official": saved.official, "source": saved.source, "count": count,
            "groups": groups[:MOST_PER_SEARCH], "more": max(0, len(groups) - MOST_PER_SEARCH)}


def clipping(engine: Engine, searches: list[SavedSearch], since: datetime,
             until: datetime | None = None) -> dict:
    """The clipping of `searches` for the articles published from `since` to `until` (now):
    {"since", "until", "sections": [{"name", "query", "region", "official", "source", "count"
    (articles, copies included), "groups": hits newest first, each with "outlets", "more"}],
    "total", "attention": the first three searches' articles per day over the CHART_DAYS days up
    to `until` (search/attention.py's response, one series a search)}."""
    until = until or datetime.now(JAKARTA).replace(microsecond=0)
    sections = [_section(engine, saved, since, until) for saved in searches]
    first = min(since.astimezone(JAKARTA).date(), until.astimezone(JAKARTA).date()
                - timedelta(days=CHART_DAYS - 1))
    series, interval = [], "day"
    for saved in searches[:CHART_SEARCHES]:
        filters = {k: v for k, v in saved.filters().items() if k != "q"}
        counted = attention(engine, [saved.query], "auto", **filters, date_from=first,
                            date_to=until.astimezone(JAKARTA).date())
        interval = counted["interval"]
        series += [{**item, "query": saved.name} for item in counted["series"]]
    return {"since": since.isoformat(), "until": until.isoformat(), "sections": sections,
            "total": int(np.sum([s["count"] for s in sections])) if sections else 0,
            "attention": {"interval": interval, "series": series, "notices": []}}
