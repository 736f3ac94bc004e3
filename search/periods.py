"""Articles per period, for the attention-over-time chart."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

MAX_BUCKETS = 240
WEEKLY_UP_TO_DAYS = 120


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def period_counts(dates: list[date], unit: str = "auto") -> dict:
    """Counts per month or ISO week (Monday first), empty periods included, oldest first."""
    if not dates:
        return {"unit": "month" if unit == "auto" else unit, "buckets": []}
    first, last = min(dates), max(dates)
    if unit == "auto":
        unit = "week" if (last - first).days <= WEEKLY_UP_TO_DAYS else "month"
    start_of, step = ((_week_start, lambda d: d + timedelta(days=7)) if unit == "week"
                      else (_month_start, _next_month))
    counts = Counter(start_of(d) for d in dates)
    buckets = []
    period = start_of(first)
    while period <= last and len(buckets) < MAX_BUCKETS:
        label = (f"{period.isocalendar().year}-W{period.isocalendar().week:02d}" if unit == "week"
                 else period.strftime("%Y-%m"))
        buckets.append({"period": label, "start": period.isoformat(), "count": counts[period]})
        period = step(period)
    return {"unit": unit, "buckets": buckets}
