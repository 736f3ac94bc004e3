"""bench.curve's figures as a small SVG: four log-log panels over the number of articles, each
limit of docs/scale.md drawn as a dashed line. Written by hand: no plotting library to install."""

from __future__ import annotations

import math
from html import escape

WIDTH, HEIGHT = 960, 720
PANEL_W, PANEL_H = 360, 220
LEFT, TOP, GAP_X, GAP_Y = 90, 60, 110, 130
COLOURS = ("#1f6fb2", "#d9622b", "#3a9a4a", "#8a4fb0", "#b8a000")

# (title, unit, [(label, engine, figure)], the limit's figure or None)
PANELS = (
    ("Results page p95", "ms", [("Kabar", "kabar", "page_p95_ms"),
                                ("SQLite FTS5", "fts5", "page_p95_ms"),
                                ("kabar serve (HTTP)", "kabar", "serve_p95_ms"),
                                ("Kabar, CPU time", "kabar", "page_cpu_p95_ms"),
                                ("SQLite FTS5, CPU time", "fts5", "page_cpu_p95_ms")],
     "page_p95_ms"),
    ("A new process", "s", [("Kabar open", "kabar", "open_s"),
                            ("kabar search --json", "kabar", "cli_s"),
                            ("FTS5 equivalent", "fts5", "cli_s"),
                            ("Kabar open, CPU time", "kabar", "open_cpu_s"),
                            ("kabar search, CPU time", "kabar", "cli_cpu_s")], "open_s"),
    ("Memory (peak)", "MB", [("kabar serve RSS", "kabar", "serve_rss_mb"),
                             ("kabar search RSS", "kabar", "process_rss_mb"),
                             ("build (all workers, PSS)", "kabar", "build_peak_mb")],
     "serve_rss_mb"),
    ("Index size", "MB", [("Kabar", "kabar", "index_mb"),
                          ("SQLite FTS5", "fts5", "index_mb")], None),
)


def _decades(low: float, high: float) -> list[float]:
    """Ticks at 1, 2 and 5 times the powers of ten between low and high (fewer when wide)."""
    steps = (1, 2, 5) if math.log10(high / low) <= 3 else (1,)
    ticks = []
    for power in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1):
        ticks += [s * 10 ** power for s in steps if low <= s * 10 ** power <= high]
    return ticks


def _label(value: float) -> str:
    if value >= 1000:
        return f"{value / 1000:g}k"
    return f"{value:g}"


def _panel(x0: float, y0: float, curve: list[dict], title: str, unit: str, lines: list,
           limit: float | None) -> list[str]:
    articles = [row["articles"] for row in curve]
    series = [(label, [(row["articles"], row[engine].get(figure)) for row in curve])
              for label, engine, figure in lines]
    series = [(label, [(n, v) for n, v in points if v]) for label, points in series]
    values = [v for _, points in series for _, v in points] + ([limit] if limit else [])
    x_low, x_high = min(articles) / 1.3, max(articles) * 1.3
    y_low, y_high = min(values) / 1.6, max(values) * 1.6

    def x(n: float) -> float:
        return x0 + PANEL_W * math.log(n / x_low) / math.log(x_high / x_low)

    def y(v: float) -> float:
        return y0 + PANEL_H - PANEL_H * math.log(v / y_low) / math.log(y_high / y_low)

    out = [f'<rect x="{x0}" y="{y0}" width="{PANEL_W}" height="{PANEL_H}" fill="none" '
           f'stroke="#999"/>',
           f'<text x="{x0}" y="{y0 - 10}" font-weight="bold">{escape(title)} ({unit})</text>']
    for tick in _decades(y_low, y_high):
        out.append(f'<line x1="{x0}" x2="{x0 + PANEL_W}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
                   f'stroke="#eee"/>')
        out.append(f'<text x="{x0 - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" '
                   f'font-size="11">{_label(tick)}</text>')
    for row in curve:
        n = row["articles"]
        out.append(f'<line x1="{x(n):.1f}" x2="{x(n):.1f}" y1="{y0}" y2="{y0 + PANEL_H}" '
                   f'stroke="#eee"/>')
        out.append(f'<text x="{x(n):.1f}" y="{y0 + PANEL_H + 15}" text-anchor="middle" '
                   f'font-size="11">{_label(round(n, -2))}</text>')
        out.append(f'<text x="{x(n):.1f}" y="{y0 + PANEL_H + 28}" text-anchor="middle" '
                   f'font-size="10" fill="#777">x{row["scale"]}</text>')
    if limit:
        out.append(f'<line x1="{x0}" x2="{x0 + PANEL_W}" y1="{y(limit):.1f}" '
                   f'y2="{y(limit):.1f}" stroke="#c00" stroke-dasharray="6 4"/>')
        out.append(f'<text x="{x0 + PANEL_W - 4}" y="{y(limit) - 5:.1f}" text-anchor="end" '
                   f'font-size="11" fill="#c00">limit {limit:g} {unit}</text>')
    legend = []  # under the panel's axis, in two columns
    for number, (label, points) in enumerate(series):
        colour = COLOURS[number % len(COLOURS)]
        if points:
            path = " ".join(f"{x(n):.1f},{y(v):.1f}" for n, v in points)
            dashes = ' stroke-dasharray="3 3"' if "CPU" in label else ""
            out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" '
                       f'stroke-width="2"{dashes}/>')
            out += [f'<circle cx="{x(n):.1f}" cy="{y(v):.1f}" r="3" fill="{colour}"/>'
                    for n, v in points]
        left = x0 + (number % 2) * PANEL_W / 2
        legend_y = y0 + PANEL_H + 46 + 14 * (number // 2)
        legend.append(f'<rect x="{left}" y="{legend_y - 9}" width="10" height="10" '
                      f'fill="{colour}"/>')
        legend.append(f'<text x="{left + 14}" y="{legend_y}" font-size="11">'
                      f'{escape(label)}</text>')
    return out + legend


def plot(curve: list[dict], limits: tuple) -> str:
    """The SVG document of the curve (rows of bench/curve.py) with the limits drawn."""
    limit_of = {figure: limit for figure, limit, _ in limits}
    body = [f'<text x="{LEFT}" y="28" font-size="16" font-weight="bold">Kabar on one machine '
            f'(2 shared cores, 24 GiB): x1 to x{max(r["scale"] for r in curve)} of the corpus, '
            f'articles on a log scale</text>']
    for number, (title, unit, lines, limit_figure) in enumerate(PANELS):
        x0 = LEFT + (number % 2) * (PANEL_W + GAP_X)
        y0 = TOP + (number // 2) * (PANEL_H + GAP_Y)
        body += _panel(x0, y0, curve, title, unit, lines, limit_of.get(limit_figure))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
            f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">\n'
            f'<rect width="100%" height="100%" fill="white"/>\n'
            + "\n".join(body) + "\n</svg>\n")
