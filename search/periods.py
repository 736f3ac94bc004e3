"""Articles per period, for the attention-over-time chart."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

MAX_BUCKETS = 240
WEEKLY_UP_TO_DAYS = 120
_THURSDAY = 3  # 1970-01-01, numpy's day 0, was a Thursday: a day's weekday is (day + 3) % 7


def _next_week(day: date) -> date:
    return day + timedelta(days=7)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def period_counts(days: np.ndarray, unit: str = "auto") -> dict:
    """Counts per month or ISO week (Monday first) of dates given as numpy days
    (datetime64[D]), empty periods included, oldest first."""
    if not len(days):
        return {"unit": "month" if unit == "auto" else unit, "buckets": []}
    first, last = days.min().item(), days.max().item()
    if unit == "auto":
        unit = "week" if (last - first).days <= WEEKLY_UP_TO_DAYS else "month"
    if unit == "week":
        starts = days - (days.astype(np.int64) + _THURSDAY) % 7
        step = _next_week
    else:
        starts = days.astype("datetime64[M]").astype("datetime64[D]")
        step = _next_month
    values, numbers = np.unique(starts, return_counts=True)
    counts = dict(zip(values.tolist(), numbers.tolist(), strict=True))
    buckets = []
    period = values[0].item()
    while period <= last and len(buckets) < MAX_BUCKETS:
        label = (f"{period.isocalendar().year}-W{period.isocalendar().week:02d}" if unit == "week"
                 else period.strftime("%Y-%m"))
        buckets.append({"period": label, "start": period.isoformat(),
                        "count": counts.get(period, 0)})
        period = step(period)
    return {"unit": unit, "buckets": buckets}
