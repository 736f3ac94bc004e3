"""The Python API (search.open_index) that the CLI, the web UI and the benchmarks share."""

from __future__ import annotations

import numpy as np
import pytest

from search import BadRequest, open_index
from search.periods import period_counts


def test_facets_include_months_and_respect_other_filters(demo_index):
    engine = open_index(demo_index)
    response = engine.search("", limit=1)
    months = {m["value"] for m in response["facets"]["month"]}
    assert len(months) >= 6 and all(len(m) == 7 for m in months)
    kalteng = engine.search("", region=["Kalimantan Tengah"])
    # the province facet still offers other provinces (multi-select), the source facet narrows
    provinces = {p["value"] for p in kalteng["facets"]["province"]}
    assert len(provinces) > 1
    assert sum(s["count"] for s in kalteng["facets"]["source"]) == kalteng["total"]


def test_histogram_counts_every_dated_match(demo_index):
    engine = open_index(demo_index)
    everything = engine.search("", limit=1)
    histogram = engine.histogram("", unit="month")
    assert histogram["unit"] == "month"
    dated = sum(y["count"] for y in everything["facets"]["year"])
    assert sum(b["count"] for b in histogram["buckets"]) == dated
    periods = [b["period"] for b in histogram["buckets"]]
    assert periods == sorted(periods) and len(periods) >= 8
    with pytest.raises(BadRequest):
        engine.histogram("", unit="day")


def days(*iso: str) -> np.ndarray:
    return np.array(iso, dtype="datetime64[D]")


def test_period_counts_fill_gaps_and_start_weeks_on_monday():
    months = period_counts(days("2025-01-31", "2024-11-15", "2024-11-01"), "month")
    assert months == {"unit": "month", "buckets": [
        {"period": "2024-11", "start": "2024-11-01", "count": 2},
        {"period": "2024-12", "start": "2024-12-01", "count": 0},
        {"period": "2025-01", "start": "2025-01-01", "count": 1}]}
    # 2024-12-30 is the Monday of ISO week 1 of 2025; 2025-01-05 its Sunday
    weeks = period_counts(days("2025-01-05", "2024-12-30", "2025-01-13", "2024-12-29"))
    assert weeks == {"unit": "week", "buckets": [
        {"period": "2024-W52", "start": "2024-12-23", "count": 1},
        {"period": "2025-W01", "start": "2024-12-30", "count": 2},
        {"period": "2025-W02", "start": "2025-01-06", "count": 0},
        {"period": "2025-W03", "start": "2025-01-13", "count": 1}]}
    assert period_counts(days("1969-12-29", "1970-01-04"), "week")["buckets"] == [
        {"period": "1970-W01", "start": "1969-12-29", "count": 2}]
    assert period_counts(days(), "week") == {"unit": "week", "buckets": []}
    assert period_counts(days("2024-01-01", "2024-04-30"))["unit"] == "week"  # 120 days
    assert period_counts(days("2024-01-01", "2024-05-01"))["unit"] == "month"


def test_one_search_also_brings_the_periods_and_the_first_hits(demo_index):
    engine = open_index(demo_index)
    plain = engine.search("", sort="newest", page=2, limit=3)
    both = engine.search("", sort="newest", page=2, limit=3, periods=True, head=20)
    assert "periods" not in plain and "head" not in plain
    for key in plain.keys() - {"took_ms"}:
        assert both[key] == plain[key], key
    assert both["periods"] == engine.histogram("")
    first = engine.search("", sort="newest", limit=20)["hits"]
    assert len(first) == 20
    assert [h["id"] for h in both["head"]] == [h["id"] for h in first]
    assert [h["officials"] for h in both["head"]] == [h["officials"] for h in first]
    assert [h["published"] for h in both["head"]] == [h["published"] for h in first]
    assert "snippet" not in both["head"][0]
    for bad in (-1, 101, "x"):
        with pytest.raises(BadRequest):
            engine.search("", head=bad)


def test_related_articles_exclude_the_article_itself(demo_index):
    engine = open_index(demo_index)
    first = engine.search("banjir katingan")["hits"][0]
    related = engine.related(first["id"], limit=3)
    assert 1 <= len(related) <= 3
    assert first["id"] not in {r["id"] for r in related}
    assert engine.related("tidak-ada") == []
