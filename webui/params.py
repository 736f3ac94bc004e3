"""The search request in a URL: reading it for the engine, and the URLs that change one part of it.

Every page that shows results (search, exports, feed, chart) reads the same parameters, so that a
link copied from one of them means the same search in all of them.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

from flask import request

MULTI = ("region", "official", "source")
# parameters that select articles; page, limit and sort only arrange them
SELECTING = ("q", *MULTI, "from", "to", "scope")


def engine_args(args=None) -> dict:
    """The request's search parameters as keyword arguments of Engine.search."""
    args = request.args if args is None else args
    return {
        "q": args.get("q", ""),
        "region": args.getlist("region"),
        "official": args.getlist("official"),
        "source": args.getlist("source"),
        "date_from": args.get("from") or None,
        "date_to": args.get("to") or None,
        "scope": args.get("scope") or None,
        "sort": args.get("sort", "relevance"),
        "page": args.get("page", "1"),
        "limit": args.get("limit", "10"),
    }


def filter_args(args=None) -> dict:
    """Only what selects articles (for the exports and the feed)."""
    full = engine_args(args)
    return {key: full[key] for key in ("q", "region", "official", "source", "date_from",
                                       "date_to", "scope")}


def _query_string(pairs: dict[str, list[str]]) -> str:
    flat = [(key, value) for key, values in pairs.items() for value in values if value != ""]
    return urlencode(flat)


def current_args() -> dict[str, list[str]]:
    return {key: request.args.getlist(key) for key in request.args}


def search_url(path: str = "/", keep_page: bool = False, **changes) -> str:
    """The current request's URL at `path` with parameters changed: None removes one, a list
    sets all its values, anything else sets one value. The page goes back to 1 unless it is
    one of the changes or `keep_page`."""
    args = current_args()
    for key, value in changes.items():
        key = key.rstrip("_")  # from_ is how a template passes "from"
        if value is None:
            args.pop(key, None)
        elif isinstance(value, list | tuple):
            args[key] = [str(v) for v in value]
        else:
            args[key] = [str(value)]
    if "page" not in changes and not keep_page:
        args.pop("page", None)
    query = _query_string(args)
    return f"{path}?{query}" if query else path


def selection_url(path: str, **extra: str) -> str:
    """The URL at `path` of the current selection alone (no page, limit or sort), plus `extra`."""
    args = {key: request.args.getlist(key) for key in SELECTING if key in request.args}
    args.update({key: [value] for key, value in extra.items()})
    query = _query_string(args)
    return f"{path}?{query}" if query else path


def canonical_selection() -> str:
    """The current selection as a stable string (sorted), to name a saved search."""
    pairs = sorted((key, value) for key in SELECTING for value in request.args.getlist(key)
                   if value)
    return urlencode(pairs)


def toggled(key: str, value: str) -> list[str]:
    """The values of a multi-valued parameter with `value` added, or removed when present."""
    values = request.args.getlist(key)
    return [v for v in values if v != value] if value in values else [*values, value]


@dataclass(frozen=True)
class DateRange:
    label: str
    start: date
    end: date

    @property
    def from_(self) -> str:
        return self.start.isoformat()

    @property
    def to(self) -> str:
        return self.end.isoformat()


def presets_end(today: date, newest: date | None) -> date:
    """Where the quick date ranges end: on the newest article's date when the index ends before
    today (an archive: counted from today they would find nothing), else today."""
    return min(today, newest) if newest else today


def date_presets(today: date, end: date | None = None) -> list[DateRange]:
    """The quick ranges beside the date fields, counted back from `end` (presets_end); when that
    is before today, their labels say that they are the archive's."""
    end = end or today
    archive = " arsip" if end < today else ""
    return [
        DateRange(f"7 hari terakhir{archive}", end - timedelta(days=6), end),
        DateRange(f"30 hari terakhir{archive}", end - timedelta(days=29), end),
        DateRange("Tahun ini" if end.year == today.year else f"Tahun {end.year}",
                  date(end.year, 1, 1), end),
    ]


def year_range(year: str) -> DateRange | None:
    if not year.isdigit():
        return None
    number = int(year)
    return DateRange(year, date(number, 1, 1), date(number, 12, 31))


def month_range(period: str) -> DateRange | None:
    """'2025-12' -> 1 to 31 December 2025."""
    try:
        start = date.fromisoformat(period + "-01")
    except ValueError:
        return None
    last = calendar.monthrange(start.year, start.month)[1]
    return DateRange(period, start, start.replace(day=last))


def week_range(start: str) -> DateRange | None:
    try:
        first = date.fromisoformat(start)
    except ValueError:
        return None
    return DateRange(start, first, first + timedelta(days=6))
