"""bench.curve's reading of a threshold off measured points, and its SVG plot."""

import xml.etree.ElementTree as ET

import pytest

from bench.curve import LIMITS, crossing, thresholds
from bench.curve_plot import plot


def test_a_limit_between_two_scales_is_interpolated_in_log_log():
    # 100 ms at 10k articles, 400 ms at 40k: a straight line in log-log, slope 1, passes
    # 300 ms at 30k
    found = crossing([(10_000, 100.0), (40_000, 400.0), (1_000, 10.0)], 300.0)
    assert found["how"] == "interpolated"
    assert found["articles"] == pytest.approx(30_000, rel=0.001)


def test_a_limit_past_the_largest_scale_is_extrapolated_and_says_so():
    found = crossing([(1_000, 0.1), (10_000, 0.5)], 1.0)
    assert found["how"] == "extrapolated"
    # five times per tenfold: 0.5 -> 1.0 is log5(2) decades more
    assert found["articles"] == pytest.approx(10_000 * 10 ** 0.43068, rel=0.001)


def test_a_limit_far_past_the_largest_scale_is_not_read_off():
    # nearly flat: 2 GB would be reached only at an absurd size
    found = crossing([(5_000, 80.0), (50_000, 90.0)], 2048.0)
    assert (found["how"], found["articles"]) == ("beyond", None)


def test_a_figure_that_stops_rising_never_passes_and_one_already_over_is_named():
    assert crossing([(1_000, 50.0), (10_000, 40.0)], 300.0)["how"] == "never"
    already = crossing([(1_000, 500.0), (10_000, 900.0)], 300.0)
    assert (already["how"], already["articles"]) == ("measured", 1_000)
    assert crossing([(1_000, None)], 300.0)["how"] == "unmeasured"


def _row(scale: int, p95: float) -> dict:
    figures = {"page_p95_ms": p95, "page_cpu_p95_ms": p95 / 3, "open_s": 0.01 * scale,
               "open_cpu_s": 0.005 * scale, "cli_s": 1.0 + 0.01 * scale, "cli_cpu_s": 0.9,
               "process_rss_mb": 60.0, "serve_rss_mb": 80.0 + scale, "index_mb": 34.0 * scale,
               "serve_p95_ms": p95 * 1.1, "build_peak_mb": None}
    fts5 = {"page_p95_ms": p95 / 2, "page_cpu_p95_ms": p95 / 6, "open_s": 0.001, "cli_s": 0.2,
            "index_mb": 24.0 * scale}
    return {"scale": scale, "articles": 5811 * scale, "kabar": figures, "fts5": fts5}


def test_the_plot_is_an_svg_with_a_line_per_figure_and_every_limit_drawn():
    curve = [_row(1, 50.0), _row(10, 120.0), _row(100, 400.0)]
    svg = ET.fromstring(plot(curve, LIMITS))
    ns = "{http://www.w3.org/2000/svg}"
    lines = svg.findall(f"{ns}polyline")
    assert len(lines) == 5 + 5 + 2 + 2  # the build's memory is unknown here: no line
    texts = [t.text for t in svg.iter(f"{ns}text")]
    assert {"limit 300 ms", "limit 1 s", "limit 2048 MB"} <= set(texts)
    assert thresholds(curve)["page_p95_ms > 300 ms"]["how"] == "interpolated"
