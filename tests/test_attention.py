"""Attention compared and what the coverage is about, on a real index of the corpus behind a real
`kabar serve`: /api/attention (JSON, CSV), /api/words, the results page's "Bandingkan" chart in
Chromium at desktop and phone widths."""

from __future__ import annotations

import calendar
import csv
import io
import json
import shutil
import urllib.error
import urllib.request
from collections import Counter
from datetime import date

import pytest

from conftest import Server
from index.analysis.analyzer import stopwords
from index.data_files import word_list
from search import open_index

QUERIES = ["banjir", "inflasi", "korupsi"]


@pytest.fixture(scope="module")
def server(corpus_index):
    running = Server(corpus_index)
    yield running
    running.stop()


def fetch(server, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(server.url + path, timeout=60) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def fetch_json(server, path: str) -> tuple[int, dict]:
    status, body = fetch(server, path)
    return status, json.loads(body)


@pytest.fixture(scope="module")
def months_of_index(corpus_index) -> Counter:
    """Articles per month over the whole index, read from the stored fields (not the columns
    the engine counts with)."""
    engine = open_index(corpus_index)
    searcher = engine._current().searcher
    counts = Counter(stored["published"].strftime("%Y-%m")
                     for stored in searcher.all_stored_fields() if stored.get("published"))
    engine.close()
    return counts


def test_shares_are_counts_over_the_index_counted_independently(server, corpus_index,
                                                                months_of_index):
    query = "&".join(f"q={q}" for q in QUERIES)
    status, response = fetch_json(server, f"/api/attention?{query}&interval=month")
    assert status == 200 and response["interval"] == "month"
    assert [s["query"] for s in response["series"]] == QUERIES
    engine = open_index(corpus_index)
    for series in response["series"]:
        total = engine.search(series["query"])["total"]
        periods = [p["period"] for p in series["points"]]
        assert periods == sorted(periods) and len(set(periods)) == len(periods)
        for point in series["points"]:
            assert point["total"] == months_of_index.get(point["period"], 0), point
            assert point["share"] == (point["count"] / point["total"] if point["total"] else 0)
            assert 0 <= point["share"] <= 1
            if point["total"]:  # the month's articles, found by a date filter instead
                year, month = map(int, point["period"].split("-"))
                last = calendar.monthrange(year, month)[1]
                found = engine.search(series["query"], date_from=f"{point['period']}-01",
                                      date_to=f"{point['period']}-{last:02d}")["total"]
                assert point["count"] == found, point
        assert sum(p["count"] for p in series["points"]) + series["undated"] == total
        assert sum(p["count"] for p in series["points"]) > 10
    # every series runs over the same periods
    assert len({tuple(p["period"] for p in s["points"]) for s in response["series"]}) == 1
    engine.close()


def test_day_and_week_periods_and_filters(server, corpus_index):
    status, response = fetch_json(
        server, "/api/attention?q=banjir&interval=day&from=2025-11-01&to=2025-11-30")
    assert status == 200
    points = response["series"][0]["points"]
    assert [p["period"] for p in points] == [date(2025, 11, d).isoformat() for d in range(1, 31)]
    engine = open_index(corpus_index)
    found = engine.search("banjir", date_from="2025-11-01", date_to="2025-11-30")["total"]
    assert sum(p["count"] for p in points) + response["series"][0]["undated"] == found
    status, weekly = fetch_json(server, "/api/attention?q=banjir&interval=week"
                                        "&from=2025-11-01&to=2025-11-30")
    weeks = weekly["series"][0]["points"]
    assert weeks[0]["period"] == "2025-W44" and weeks[0]["start"] == "2025-10-27"  # a Monday
    assert sum(p["count"] for p in weeks) >= sum(p["count"] for p in points)
    # a filter applies to every query, and to the counts only: the totals stay the index's
    status, filtered = fetch_json(server, "/api/attention?q=banjir&q=inflasi&interval=month"
                                          "&region=DKI+Jakarta")
    _, unfiltered = fetch_json(server, "/api/attention?q=banjir&q=inflasi&interval=month")
    totals = {p["period"]: p["total"] for p in unfiltered["series"][0]["points"]}
    for series, everywhere in zip(filtered["series"], unfiltered["series"], strict=True):
        counted = {p["period"]: p["count"] for p in everywhere["points"]}
        for point in series["points"]:
            assert point["count"] <= counted.get(point["period"], 0)
            assert point["total"] == totals.get(point["period"], point["total"])
    engine.close()


def test_the_csv_holds_the_same_series(server):
    _, response = fetch_json(server, "/api/attention?q=banjir&q=inflasi&interval=month")
    status, body = fetch(server, "/api/attention.csv?q=banjir&q=inflasi&interval=month")
    assert status == 200
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows[0] == ["query", "period", "start", "count", "total", "share"]
    expected = [[s["query"], p["period"], p["start"], str(p["count"]), str(p["total"])]
                for s in response["series"] for p in s["points"]]
    assert [row[:5] for row in rows[1:]] == expected
    assert all(abs(float(row[5]) - (int(row[3]) / int(row[4]) if int(row[4]) else 0)) < 1e-6
               for row in rows[1:])


@pytest.mark.parametrize("path, parameter, said", [
    ("/api/attention?q=banjir&interval=jam", "interval", "Interval waktu (interval) harus"),
    ("/api/attention?q=a&q=b&q=c&q=d", "q", "antara 1 dan 3"),
    ("/api/attention.csv?q=banjir&interval=tahun", "interval", "day, week atau month"),
    ("/api/attention?q=banjir&from=kemarin", "from", "TTTT-BB-HH"),
    ("/api/words?q=banjir&to=2025-13-01", "to", "TTTT-BB-HH"),
])
def test_bad_input_is_a_400_that_says_why_in_indonesian(server, path, parameter, said):
    status, response = fetch_json(server, path)
    assert status == 400
    assert response["parameter"] == parameter and said in response["pesan"]


def test_the_page_draws_the_words_itself_when_asked_without_script(server):
    status, body = fetch(server, "/?q=banjir")
    page = body.decode("utf-8")
    assert status == 200 and 'data-src="/api/words?q=banjir"' in page
    assert "word-list" not in page and "kata=1" in page  # the way to them without script
    status, body = fetch(server, "/?q=banjir&kata=1")
    page = body.decode("utf-8")
    _, words = fetch_json(server, "/api/words?q=banjir")
    assert status == 200 and 'class="word-list"' in page
    assert all(f">{item['word']}</a>" in page for item in words["words"][:10])


def test_the_page_with_a_bad_interval_says_so(server):
    status, body = fetch(server, "/?q=banjir&banding=inflasi&interval=jam")
    assert status == 400
    assert "Interval waktu (interval) harus day, week atau month" in body.decode("utf-8")


def test_distinctive_words_say_what_the_coverage_is_about(server):
    status, response = fetch_json(server, "/api/words?q=banjir")
    assert status == 200
    words = response["words"]
    assert len(words) >= 10
    left_out = stopwords() | {w.lower() for w in word_list("coverage_stopwords.txt")}
    for item in words:
        assert set(item) == {"word", "count", "score"}
        parts = item["word"].split(" ")
        assert 1 <= len(parts) <= 2 and not set(parts) & left_out, item
        assert all(len(part) >= 3 and part.isalpha() for part in parts), item
        assert "banjir" not in parts or len(parts) == 2  # the query's own word alone never
        assert 0 < item["count"] <= response["read"] <= response["total"]
    scores = [item["score"] for item in words]
    assert scores == sorted(scores, reverse=True)
    # flooding coverage is about water and rain, more than the index is
    assert {"hujan", "air", "warga", "genangan", "sungai"} & {item["word"] for item in words}
    # the top sources, officials and regions are the result set's facet counts
    _, found = fetch_json(server, "/api/search?q=banjir")
    assert response["sources"][0] == found["facets"]["source"][0]
    assert response["total"] == found["total"]
    assert fetch_json(server, "/api/words?q=zzqqxxnotaword")[1]["words"] == []


@pytest.mark.browser
def test_three_queries_on_one_chart_at_desktop_and_phone_width(server):
    from playwright.sync_api import sync_playwright
    from test_browser import CHROMIUM_ARGS, DESKTOP, PHONE, SHOTS

    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Debian's chromium is missing: run `make test`, which installs it")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=DESKTOP)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(server.url + "/?q=banjir")
        page.get_by_label("Kueri pembanding 1").fill("inflasi")
        page.get_by_label("Kueri pembanding 2").fill("korupsi")
        page.get_by_role("button", name="Bandingkan").click()
        page.wait_for_selector("figure.chart svg.lines")
        assert page.locator(".legend li").all_inner_texts() == QUERIES
        assert page.locator("figure.chart polyline.line").count() == 3
        page.wait_for_selector(".about.loaded .word-list li")  # fetched from /api/words
        assert page.locator(".about .word-list li").count() >= 10
        assert page.locator(".about .about-top").count() == 3
        for size, name in ((DESKTOP, "desktop"), (PHONE, "phone")):
            page.set_viewport_size(size)
            boxes = page.evaluate("""() => [...document.querySelectorAll(
                'figure.chart .x-label, figure.chart .y-label')]
                .filter(t => getComputedStyle(t).display !== 'none')
                .map(t => { const r = t.getBoundingClientRect();
                            return [r.left, r.right, r.top, r.bottom]; })""")
            assert len(boxes) >= 4
            for i, a in enumerate(boxes):
                for b in boxes[i + 1:]:
                    apart = a[1] <= b[0] or b[1] <= a[0] or a[3] <= b[2] or b[3] <= a[2]
                    assert apart, f"labels overlap at {name} width: {a} {b}"
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= size["width"], f"the page scrolls sideways at {name} width"
            page.screenshot(path=str(SHOTS / f"attention-compared-{name}.png"), full_page=True)
        page.set_viewport_size(DESKTOP)
        page.get_by_text("Tabel data grafik").click()
        header = page.locator(".chart-data thead").inner_text()
        assert all(f"Bagian ({q})" in header for q in QUERIES)
        page.get_by_role("link", name="Hapus perbandingan").click()
        page.wait_for_selector("figure.chart rect.bar")
        browser.close()
        assert not errors, errors
