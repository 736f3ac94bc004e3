"""The attention-over-time chart: the engine's histogram laid out as SVG bars (drawn on the server,
so it needs no script), with the same numbers as a table for screen readers and keyboards."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from webui.formatting import MONTHS_SHORT, month_name, number, short_date
from webui.params import DateRange, month_range, week_range

WIDTH, HEIGHT = 720, 180
LEFT, RIGHT, TOP, BOTTOM = 40, 8, 12, 26
MAX_SLOT = 64  # a few periods get bars of a readable width, not the whole chart
PLOT_W, PLOT_H = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM


@dataclass
class Bar:
    label: str  # "Desember 2025" or "minggu 1 Des 2025"
    count: int
    x: float
    y: float
    width: float
    height: float
    url: str | None


@dataclass
class Tick:
    x: float
    y: float
    text: str
    minor: bool = False  # a label a narrow screen may hide (months between the years)


@dataclass
class Chart:
    unit: str
    bars: list[Bar]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    summary: str
    dense: bool = False  # more bars than a phone can label one by one
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    base_y: float = TOP + PLOT_H
    right_x: float = LEFT + PLOT_W


def _period_label(unit: str, bucket: dict) -> str:
    if unit == "week":
        return f"minggu {short_date(bucket['start'])}"
    return month_name(bucket["period"])


def _period_range(unit: str, bucket: dict) -> DateRange | None:
    return week_range(bucket["start"]) if unit == "week" else month_range(bucket["period"])


def _x_label(unit: str, bucket: dict, previous: dict | None,
             every_month: bool) -> tuple[str, bool] | None:
    """The label under a bar and whether it is minor, or None: every month when there are few
    bars, else each January (as the year); for weeks, the first week of each month."""
    start = bucket["start"]
    month = int(start[5:7])
    if unit == "week":
        if previous is not None and previous["start"][5:7] == start[5:7]:
            return None
        if previous is None or month == 1:
            return f"{MONTHS_SHORT[month - 1]} {start[:4]}", False
        return MONTHS_SHORT[month - 1], True
    if previous is None or month == 1:
        return start[:4], False
    return (MONTHS_SHORT[month - 1], True) if every_month else None


def build_chart(histogram: dict, link: Callable[[DateRange], str]) -> Chart | None:
    """Bars for the histogram's buckets; each bar links (via `link`) to its period's search."""
    buckets = histogram.get("buckets", [])
    if not buckets:
        return None
    unit = histogram.get("unit", "month")
    top = max(b["count"] for b in buckets) or 1
    slot = min(PLOT_W / len(buckets), MAX_SLOT)
    gap = min(4.0, slot * 0.2)
    every_month = len(buckets) <= 18
    bars, x_ticks = [], []
    previous = None
    for position, bucket in enumerate(buckets):
        height = PLOT_H * bucket["count"] / top
        x = LEFT + position * slot
        span = _period_range(unit, bucket)
        url = link(span) if span is not None and bucket["count"] else None
        bars.append(Bar(_period_label(unit, bucket), bucket["count"], round(x + gap / 2, 2),
                        round(TOP + PLOT_H - height, 2), round(max(slot - gap, 1.0), 2),
                        round(height, 2), url))
        label = _x_label(unit, bucket, previous, every_month)
        if label:
            x_ticks.append(Tick(round(x + slot / 2, 2), HEIGHT - 8, *label))
        previous = bucket
    y_ticks = [Tick(LEFT - 6, round(TOP + PLOT_H - PLOT_H * value / top, 2), number(value))
               for value in sorted({0, top // 2, top})]
    peak = max(bars, key=lambda bar: bar.count)
    total = sum(bar.count for bar in bars)
    per = "minggu" if unit == "week" else "bulan"
    summary = (f"{number(total)} artikel dalam {len(bars)} {per}, dari {bars[0].label} sampai "
               f"{bars[-1].label}; terbanyak {peak.label} ({number(peak.count)} artikel).")
    return Chart(unit, bars, x_ticks, y_ticks, summary, dense=len(bars) > 8)
