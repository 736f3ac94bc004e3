"""Attention over time, compared: each query's articles per day, week or month as a share of all
the index's articles of that period, so that a busy month and a quiet one compare fairly.

The counting reads the ``published`` column (seconds since year 1, Jakarta time) as numpy arrays:
a period number per document, then one ``bincount`` for the index and one per query.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from search.columns import DAY_SECONDS, DAYS_TO_1970
from search.engine import BadRequest, Engine

INTERVALS = ("day", "week", "month")
MAX_QUERIES = 3
MAX_POINTS = 400  # periods a series gives at most: the newest ones
WEEKLY_UP_TO_DAYS = 120  # "auto": weeks for spans up to about four months, else months
DAILY_UP_TO_DAYS = 31
_THURSDAY = 3  # numpy's day 0 (1970-01-01) was a Thursday: (day + 3) // 7 counts Monday weeks


def _period_numbers(seconds: np.ndarray, interval: str) -> np.ndarray:
    """A number per date (ascending with time): days, Monday weeks or months since 1970."""
    days = seconds // DAY_SECONDS - DAYS_TO_1970
    if interval == "day":
        return days
    if interval == "week":
        return (days + _THURSDAY) // 7
    return days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)


def period_start(number: int, interval: str) -> date:
    """The first day of a period given by its number (_period_numbers)."""
    if interval == "day":
        return date(1970, 1, 1) + timedelta(days=int(number))
    if interval == "week":
        return date(1970, 1, 1) + timedelta(days=int(number) * 7 - _THURSDAY)
    return date(1970 + int(number) // 12, int(number) % 12 + 1, 1)


def period_label(start: date, interval: str) -> str:
    """'2025-12-04', ISO week '2025-W49' or '2025-12'."""
    if interval == "day":
        return start.isoformat()
    if interval == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.strftime("%Y-%m")


def choose_interval(first: date, last: date) -> str:
    """The interval a chart uses when none is asked for: days, weeks or months by the span."""
    span = (last - first).days
    return "day" if span <= DAILY_UP_TO_DAYS else "week" if span <= WEEKLY_UP_TO_DAYS else "month"


def _check(queries: list[str], interval: str) -> None:
    if interval not in (*INTERVALS, "auto"):
        raise BadRequest("interval must be day, week or month", "interval", "choice",
                         str(interval)[:40], INTERVALS)
    if not 1 <= len(queries) <= MAX_QUERIES:
        raise BadRequest(f"give 1 to {MAX_QUERIES} queries (q)", "q", "range",
                         str(len(queries)), (1, MAX_QUERIES))


def attention(engine: Engine, queries: list[str], interval: str = "month", *,
              region: list[str] | None = None, official: list[str] | None = None,
              source: list[str] | None = None, date_from: date | str | None = None,
              date_to: date | str | None = None, scope: str | None = None) -> dict:
    """Each query's articles per period (the filters apply to every query) beside all the
    index's articles of that period: {"interval", "series": [{"query", "undated", "points":
    [{"period", "start", "count", "total", "share"}]}], "notices"}, share = count / total.
    The periods run from the first to the last date any query found (the `from`/`to` dates when
    given), empty ones included, every series over the same periods. `interval` "auto" picks
    by that span (choose_interval)."""
    queries = [q for q in queries]
    _check(queries, interval)
    filters = {"region": region, "official": official, "source": source,
               "date_from": date_from, "date_to": date_to, "scope": scope}
    found = [engine.selected(q, **filters) for q in queries]
    columns = found[0].columns
    published = columns.published
    everything = np.flatnonzero(columns.alive & (published >= 0))
    dated = [f.ids[published[f.ids] >= 0] for f in found]
    seconds = np.concatenate([published[ids] for ids in dated])
    notices = [n for f in found for n in f.notices]
    if not len(seconds) and not (date_from and date_to):
        return {"interval": "month" if interval == "auto" else interval, "notices": notices,
                "series": [{"query": q, "undated": len(f.ids), "points": []}
                           for q, f in zip(queries, found, strict=True)]}
    first = _bound(date_from, seconds.min() if len(seconds) else None)
    last = _bound(date_to, seconds.max() if len(seconds) else None)
    if interval == "auto":
        interval = choose_interval(first, last)
    low, high = (int(_period_numbers(np.array([_seconds_of(d)]), interval)[0])
                 for d in (first, last))
    if high - low + 1 > MAX_POINTS:
        low = high - MAX_POINTS + 1
        notices.append(f"Grafik dibatasi pada {MAX_POINTS} periode terbaru.")
    size = high - low + 1
    totals = _counts(_period_numbers(published[everything], interval), low, size)
    starts = [period_start(low + i, interval) for i in range(size)]
    labels = [period_label(start, interval) for start in starts]
    series = []
    for q, f, ids in zip(queries, found, dated, strict=True):
        counts = _counts(_period_numbers(published[ids], interval), low, size)
        points = [{"period": labels[i], "start": starts[i].isoformat(), "count": int(counts[i]),
                   "total": int(totals[i]),
                   "share": float(counts[i] / totals[i]) if totals[i] else 0.0}
                  for i in range(size)]
        series.append({"query": q, "undated": int(len(f.ids) - len(ids)), "points": points})
    return {"interval": interval, "series": series, "notices": notices}


def _counts(numbers: np.ndarray, low: int, size: int) -> np.ndarray:
    shifted = numbers - low
    inside = shifted[(shifted >= 0) & (shifted < size)]
    return np.bincount(inside, minlength=size)


def _seconds_of(day: date) -> int:
    return (day.toordinal() - 1) * DAY_SECONDS


def _bound(given: date | str | None, seconds: np.int64 | None) -> date:
    if given:
        return given if isinstance(given, date) else date.fromisoformat(str(given))
    return date.fromordinal(int(seconds) // DAY_SECONDS + 1)


def csv_rows(response: dict) -> list[list[str]]:
    """The series as CSV rows: query, period, start, count, total, share (header first)."""
    rows = [["query", "period", "start", "count", "total", "share"]]
    for item in response["series"]:
        rows += [[item["query"], p["period"], p["start"], str(p["count"]), str(p["total"]),
                  f"{p['share']:.6f}"] for p in item["points"]]
    return rows
