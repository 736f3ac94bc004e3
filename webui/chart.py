"""The attention-over-time chart, drawn on the server as SVG (it needs no script), with the same
numbers as a table for screen readers and keyboards.

It draws what search/attention.py counts: each period's articles as a share of all the index's
articles of that period. One query is drawn as bars, two or three (compared) as lines, each in
its own colour with a legend. Axis labels never overlap: a label is left out when it would touch
the one before it at the largest size a page draws it (a phone's).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from webui.formatting import MONTHS_SHORT, long_date, month_name, number, short_date
from webui.params import DateRange, month_range, week_range

WIDTH, HEIGHT = 720, 190
LEFT, RIGHT, TOP, BOTTOM = 64, 10, 12, 30
MAX_SLOT = 64  # a few periods get bars of a readable width, not the whole chart
PLOT_W, PLOT_H = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
# the widths of a label's characters in chart units: on a wide screen (11px text, kabar.css) and
# on a phone (20px text in chart units, drawn at about half size); glyphs average under 0.6 em
CHAR_WIDTH = {"desktop": 11 * 0.62, "phone": 20 * 0.62}
LABEL_GAP = 6
PER = {"day": "hari", "week": "minggu", "month": "bulan"}
PERIOD_NAMES = {"day": "Hari", "week": "Minggu", "month": "Bulan"}


@dataclass
class Point:
    label: str  # "Desember 2025", "minggu 1 Des 2025" or "4 Desember 2025"
    count: int
    total: int
    share: float
    x: float  # the centre of the period
    y: float  # the top of the bar, the point of the line
    url: str | None
    bar_x: float = 0.0
    bar_width: float = 0.0
    height: float = 0.0


@dataclass
class Series:
    query: str
    number: int  # its colour: s0, s1, s2 in kabar.css
    points: list[Point]
    line: str = ""  # "x,y x,y ..." of a compared query's line
    undated: int = 0


@dataclass
class Tick:
    x: float
    y: float
    text: str
    minor: bool = False  # a label a phone leaves out (the months between the years)


@dataclass
class Chart:
    unit: str
    series: list[Series]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    summary: str
    rows: list[tuple[str, str | None, int, list[Point]]] = field(default_factory=list)
    dense: bool = False  # more periods than a phone can label one by one
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    base_y: float = TOP + PLOT_H
    right_x: float = LEFT + PLOT_W

    @property
    def compared(self) -> bool:
        return len(self.series) > 1

    @property
    def per(self) -> str:
        return PER.get(self.unit, "bulan")

    @property
    def period_name(self) -> str:
        return PERIOD_NAMES.get(self.unit, "Bulan")


def percent(share: float) -> str:
    """0.125 -> '12,5%' (Indonesian decimal comma); small shares keep two decimals."""
    value = share * 100
    digits = 0 if value >= 10 or value == 0 else 1 if value >= 1 else 2
    return f"{value:.{digits}f}".replace(".", ",") + "%"


def _period_label(unit: str, start: str) -> str:
    if unit == "week":
        return f"minggu {short_date(start)}"
    if unit == "day":
        return long_date(start)
    return month_name(start[:7])


def _period_range(unit: str, start: str) -> DateRange | None:
    if unit == "week":
        return week_range(start)
    if unit == "day":
        day = date.fromisoformat(start)
        return DateRange(start, day, day)
    return month_range(start[:7])


def _x_label(unit: str, start: str, previous: str | None,
             every: bool) -> tuple[str, bool] | None:
    """A period's candidate label and whether it is minor: the year (or month and year) where
    it changes; the months (or days) between, when there are few periods."""
    month = int(start[5:7])
    if unit == "day":
        if previous is None or previous[:7] != start[:7]:
            return f"{int(start[8:])} {MONTHS_SHORT[month - 1]}", False
        return (str(int(start[8:])), True) if every else None
    if unit == "week":
        if previous is not None and previous[5:7] == start[5:7]:
            return None
        if previous is None or month == 1:
            return f"{MONTHS_SHORT[month - 1]} {start[:4]}", False
        return MONTHS_SHORT[month - 1], True
    if previous is None or month == 1:
        return start[:4], False
    return (MONTHS_SHORT[month - 1], True) if every else None


def _spaced(candidates: list[Tick]) -> list[Tick]:
    """The labels that do not overlap: the major ones spaced at a phone's text size, then the
    minor ones (hidden on a phone) between them at a wide screen's."""
    def width(tick: Tick, size: str) -> float:
        return len(tick.text) * CHAR_WIDTH[size]

    major: list[Tick] = []
    for tick in (t for t in candidates if not t.minor):
        half = width(tick, "phone") / 2
        if tick.x - half < LEFT - LABEL_GAP or tick.x + half > WIDTH:
            continue  # it would run under the y axis's labels or out of the chart
        if not major or tick.x - half >= major[-1].x + width(major[-1], "phone") / 2 + LABEL_GAP:
            major.append(tick)
        elif len(major) == 1 and major[0] is candidates[0]:
            # the first period's label gives way to a new year's right after it, which says more
            major[0] = tick
    shown = list(major)
    for tick in (t for t in candidates if t.minor):
        half = width(tick, "desktop") / 2
        if all(abs(tick.x - other.x) >= half + width(other, "desktop") / 2 + LABEL_GAP
               for other in shown) and LEFT - LABEL_GAP + half <= tick.x <= WIDTH - half:
            shown.append(tick)
    return sorted(shown, key=lambda t: t.x)


def _nice_top(share: float) -> float:
    """The y axis's top: the largest share rounded up to 1, 2 or 5 times a power of ten."""
    if share <= 0:
        return 1.0
    scale = 10.0 ** -6
    while True:
        for step in (1, 2, 2.5, 5):
            if step * scale >= share:
                return step * scale
        scale *= 10


def build_chart(attention: dict, link: Callable[[DateRange], str]) -> Chart | None:
    """The chart of an attention response (search/attention.py); each period links (via `link`)
    to its search. None when no query has a dated article."""
    raw = [s for s in attention.get("series", []) if s["points"]]
    if not raw or not any(p["count"] for s in raw for p in s["points"]):
        return None
    unit = attention.get("interval", "month")
    starts = [p["start"] for p in raw[0]["points"]]
    slot = min(PLOT_W / len(starts), MAX_SLOT)
    top = _nice_top(max(p["share"] for s in raw for p in s["points"]))
    spans = [_period_range(unit, start) for start in starts]
    labels = [_period_label(unit, start) for start in starts]
    series = []
    bars = len(raw) == 1
    gap = min(4.0, slot * 0.2)
    for number_, item in enumerate(raw):
        points = []
        for position, p in enumerate(item["points"]):
            height = PLOT_H * p["share"] / top
            x = LEFT + position * slot
            span = spans[position]
            url = link(span) if span is not None and p["count"] and bars else None
            points.append(Point(labels[position], p["count"], p["total"], p["share"],
                                round(x + slot / 2, 2), round(TOP + PLOT_H - height, 2), url,
                                round(x + gap / 2, 2), round(max(slot - gap, 1.0), 2),
                                round(height, 2)))
        line = " ".join(f"{p.x},{p.y}" for p in points)
        series.append(Series(item["query"], number_, points, line, item.get("undated", 0)))
    candidates, previous = [], None
    every = len(starts) <= 18
    for position, start in enumerate(starts):
        label = _x_label(unit, start, previous, every)
        if label:
            candidates.append(Tick(round(LEFT + position * slot + slot / 2, 2), HEIGHT - 8,
                                   *label))
        previous = start
    y_ticks = [Tick(LEFT - 6, round(TOP + PLOT_H - PLOT_H * value / top, 2), percent(value))
               for value in (0.0, top / 2, top)]
    rows = [(labels[i], spans[i] and link(spans[i]), raw[0]["points"][i]["total"],
             [s.points[i] for s in series]) for i in range(len(starts))]
    return Chart(unit, series, _spaced(candidates), y_ticks, _summary(series, unit),
                 rows, dense=len(starts) > 8)


def _summary(series: list[Series], unit: str) -> str:
    per = PER.get(unit, "bulan")
    points = series[0].points
    parts = []
    for item in series:
        counted = sum(p.count for p in item.points)
        peak = max(item.points, key=lambda p: (p.share, p.count))
        named = f"“{item.query}”: " if len(series) > 1 else ""
        parts.append(f"{named}{number(counted)} artikel; bagian terbesar {peak.label} "
                     f"({percent(peak.share)}, {number(peak.count)} dari "
                     f"{number(peak.total)} artikel)")
    return (f"Bagian dari semua artikel di indeks per {per}, {len(points)} {per} dari "
            f"{points[0].label} sampai {points[-1].label}. " + "; ".join(parts) + ".")
