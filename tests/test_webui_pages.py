"""The web UI's pages through Flask's test client: the search page (results, facets, filter
chips, pages, date presets, notices), the article and official pages, one search per page, and
the page numbers, chart and Indonesian dates and numbers they show."""

from __future__ import annotations

import html as html_text
import json
import re
from datetime import date
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from conftest import page
from search.query import without_filter
from webui.chart import build_chart
from webui.engine import engine
from webui.formatting import long_date, month_name, number, short_date, today_in_jakarta
from webui.pages import page_numbers
from webui.params import date_presets, presets_end

# search page


def test_search_page_shows_results_facets_chart_and_exports(client):
    html = page(client, "/?q=banjir")
    assert 'lang="id"' in html
    assert re.search(r'class="total"><strong>\d+</strong> hasil', html)
    assert "detik" in html  # time taken
    assert html.count('class="hit"') >= 3 and "<mark>" in html
    for heading in ("Wilayah", "Pejabat", "Sumber", "Tahun dan bulan", "Tanggal terbit"):
        assert f">{heading}</h3>" in html
    assert "<svg" in html and 'class="bar"' in html and "Tabel data grafik" in html
    assert "/ekspor.csv?q=banjir" in html and "/feed.atom?q=banjir" in html
    assert "<summary>Bantuan sintaks pencarian</summary>" in html
    assert 'rel="alternate" type="application/atom+xml"' in html


def test_facet_links_add_a_filter_shown_as_a_removable_chip(client):
    html = page(client, "/?q=banjir")
    link = re.search(r'<a class="toggle" href="([^"]+)">Kalimantan Tengah<', html)
    assert link, "the province facet links to a filtered search"
    filtered_url = link.group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(filtered_url).query)["region"] == ["Kalimantan Tengah"]
    filtered = page(client, filtered_url)
    chip = re.search(r'<a class="chip" href="([^"]+)"><span class="chip-kind">Provinsi:</span> '
                     r"Kalimantan Tengah", filtered)
    assert chip
    assert 'aria-current="true">Kalimantan Tengah' in filtered
    removed = parse_qs(urlsplit(chip.group(1).replace("&amp;", "&")).query)
    assert removed == {"q": ["banjir"]}


def test_filters_typed_in_the_query_have_chips_that_take_them_out(client):
    html = page(client, "/?q=" + quote('banjir wilayah:kalteng -sumber:tidakada tanggal:2025'))
    found = re.findall(r'<a class="chip" href="([^"]+)"><span class="chip-kind">([^<]*)</span>'
                       r" ([^<]+?) <", html)
    chips = {label: (kind, url) for url, kind, label in found}
    assert chips["Kalimantan Tengah"][0] == "Provinsi (di kueri):"
    assert chips["kecuali tidakada (tidak dikenal)"][0] == "Sumber (di kueri):"
    assert chips["1 Jan 2025 – 31 Des 2025"][0] == "Tanggal (di kueri):"
    removed = parse_qs(urlsplit(html_text.unescape(chips["Kalimantan Tengah"][1])).query)
    assert removed["q"] == ["banjir -sumber:tidakada tanggal:2025"]


def test_a_filter_value_comes_out_of_the_query_alone():
    assert without_filter("banjir wilayah:ntt tanggal:2025", "region", "ntt") == (
        "banjir tanggal:2025")
    assert without_filter("x pejabat:(Edy Pratowo ATAU Sugianto)", "official", "Sugianto") == (
        'x pejabat:"Edy Pratowo"')
    assert without_filter("x -sumber:detik sumber:detik", "source", "detik", exclude=True) == (
        "x sumber:detik")
    assert without_filter('"wilayah:ntt" banjir', "region", "ntt") == '"wilayah:ntt" banjir'


def test_a_kabupaten_narrows_its_province_and_months_narrow_dates(client):
    html = page(client, "/?region=Kalimantan+Tengah")
    link = re.search(r'<a class="toggle" href="([^"]+)">Kabupaten Katingan<', html)
    assert link
    narrowed_url = link.group(1).replace("&amp;", "&")
    args = parse_qs(urlsplit(narrowed_url).query)
    # the province stays chosen and is narrowed to its kabupaten
    assert args["region"] == ["Kalimantan Tengah", "Kabupaten Katingan"]
    narrowed = page(client, narrowed_url)
    assert "Kabupaten Katingan (di Kalimantan Tengah)" in narrowed
    assert "Kalimantan Tengah (hanya Kabupaten Katingan)" in narrowed
    chips = dict(re.findall(r'<a class="chip" href="([^"]+)"><span class="chip-kind">[^<]*</span>'
                            r" ([^<]+?) <", narrowed))
    by_label = {label: parse_qs(urlsplit(url.replace("&amp;", "&")).query)
                for url, label in chips.items()}
    # the kabupaten's chip widens back to the province; the province's removes both
    assert by_label["Kabupaten Katingan (di Kalimantan Tengah)"]["region"] == [
        "Kalimantan Tengah"]
    assert "region" not in by_label["Kalimantan Tengah (hanya Kabupaten Katingan)"]
    month = re.search(r'<a class="toggle" href="([^"]+)">Desember<', html)
    assert month
    args = parse_qs(urlsplit(month.group(1).replace("&amp;", "&")).query)
    assert args["from"][0].endswith("-12-01") and args["to"][0].endswith("-12-31")


def test_pages_link_in_order_and_sort_is_kept(client):
    first = page(client, "/?sort=oldest&limit=5")
    assert 'aria-current="page"' in first and 'rel="next"' in first
    second = page(client, "/?sort=oldest&limit=5&page=2")
    assert 'rel="prev"' in second
    dates = re.findall(r'<time datetime="([\d-]+)"', first + second)
    assert dates == sorted(dates)


def test_date_presets_count_back_from_today_or_from_where_the_archive_ends():
    today = date(2026, 3, 10)
    assert presets_end(today, None) == today  # no dated article
    assert presets_end(today, date(2026, 5, 1)) == today  # an article dated later moves nothing
    assert presets_end(today, date(2025, 12, 4)) == date(2025, 12, 4)
    assert [(p.label, p.from_, p.to) for p in date_presets(today, today)] == [
        ("7 hari terakhir", "2026-03-04", "2026-03-10"),
        ("30 hari terakhir", "2026-02-09", "2026-03-10"),
        ("Tahun ini", "2026-01-01", "2026-03-10"),
    ]
    assert [(p.label, p.from_, p.to) for p in date_presets(today, date(2025, 12, 4))] == [
        ("7 hari terakhir arsip", "2025-11-28", "2025-12-04"),
        ("30 hari terakhir arsip", "2025-11-05", "2025-12-04"),
        ("Tahun 2025", "2025-01-01", "2025-12-04"),
    ]
    assert date_presets(today, date(2026, 2, 1))[2].label == "Tahun ini"


def test_date_presets_on_the_page_end_where_the_index_ends(client):
    response = json.loads(page(client, "/api/search?limit=100"))
    assert response["total"] <= 100
    newest = max(date.fromisoformat(h["published"]) for h in response["hits"] if h["published"])
    today = today_in_jakarta()
    end = min(newest, today)
    html = page(client, "/")
    presets = re.findall(r'<li><a href="([^"]+)" title="([^"]+)">([^<]+)</a></li>', html)
    assert [label for *_, label in presets][:2] == [
        "7 hari terakhir" + (" arsip" if end < today else ""),
        "30 hari terakhir" + (" arsip" if end < today else "")]
    assert (f"Artikel terbaru di arsip: {long_date(end)}." in html) == (end < today)
    for url, title, _ in presets:
        args = parse_qs(urlsplit(html_text.unescape(url)).query)
        assert args["to"] == [end.isoformat()]
        assert html_text.unescape(title).endswith(f"– {short_date(end)}")
    if end == newest:  # the newest article is in the archive's last week
        last_week = page(client, html_text.unescape(presets[0][0]))
        assert not re.search(r'class="total"><strong>0</strong>', last_week)
        assert 'class="hit"' in last_week


def test_did_you_mean_and_relaxed_notices_are_shown_when_the_engine_says_so(client):
    html = page(client, "/?q=kompetensi+asn+xyzzyqwerty")
    response = json.loads(page(client, "/api/search?q=kompetensi+asn+xyzzyqwerty"))
    assert response["relaxed"] == ("notice relaxed" in html)
    if response["suggestion"]:
        assert "Mungkin maksud Anda" in html


# article and official pages


def test_article_page_marks_the_query_and_links_its_facts(client, seed_id):
    html = page(client, f"/artikel?id={seed_id}&q=kompetensi")
    assert "<mark>kompetensi</mark>" in html.lower()
    assert 'href="/pejabat?nama=Edy+Pratowo"' in html
    assert 'href="/?region=Kalimantan+Tengah"' in html
    assert "Artikel terkait" in html and "Kembali ke hasil pencarian" in html
    assert f'href="/api/article?id={seed_id}"' in html
    plain = page(client, f"/artikel?id={seed_id}")
    assert "<mark>" not in plain and "Kembali ke hasil" not in plain


def test_official_page_lists_roles_regions_timeline_and_articles(client):
    html = page(client, "/pejabat?nama=Edy+Pratowo")
    assert "<h1 id=\"nama-pejabat\">Edy Pratowo</h1>" in html
    assert "Wakil Gubernur Kalimantan Tengah" in html
    assert "Kalimantan Tengah" in html and "<svg" in html
    assert "Nunu Andriani" in html  # named in the same article
    assert 'class="hit"' in html


# one search per page


QUERYING = ("search", "histogram", "export")  # the engine's methods that run a request's query


def counted(method, name: str, calls: list[str]):
    def run(*args, **kwargs):
        calls.append(name)
        return method(*args, **kwargs)
    return run


@pytest.mark.parametrize("url", [
    "/?q=banjir", "/", "/?q=banjir&sort=newest&page=2&limit=2", "/?q=banjir+qzxwv",
    "/?q=banjir&region=Kalimantan+Tengah&from=2025-01-01", "/pejabat?nama=Edy+Pratowo",
    "/pejabat?nama=Edy+Pratowo&page=2"])
def test_a_results_page_or_an_official_page_runs_one_search(client, monkeypatch, url):
    with client.application.app_context():
        running = engine()
    calls = []
    for name in QUERYING:  # the real engine still runs, on the real index; it is only counted
        monkeypatch.setattr(running, name, counted(getattr(running, name), name, calls))
    page(client, url)
    assert calls == ["search"], url


# helpers


def test_page_numbers_show_ends_and_a_window():
    assert page_numbers(1, 1) == [1]
    assert page_numbers(1, 5) == [1, 2, 3, 4, 5]
    assert page_numbers(10, 20) == [1, None, 8, 9, 10, 11, 12, None, 20]
    assert page_numbers(4, 20) == [1, 2, 3, 4, 5, 6, None, 20]


def test_chart_bars_scale_to_the_busiest_share_and_link_to_their_period():
    attention = {"interval": "month", "series": [{"query": "x", "points": [
        {"period": "2025-11", "start": "2025-11-01", "count": 2, "total": 20, "share": 0.1},
        {"period": "2025-12", "start": "2025-12-01", "count": 0, "total": 10, "share": 0.0},
        {"period": "2026-01", "start": "2026-01-01", "count": 4, "total": 20, "share": 0.2}]}]}
    chart = build_chart(attention, lambda span: f"/?from={span.from_}&to={span.to}")
    bars = chart.series[0].points
    assert [bar.count for bar in bars] == [2, 0, 4]
    assert bars[2].height == 2 * bars[0].height  # by share, not by count
    assert bars[0].url == "/?from=2025-11-01&to=2025-11-30" and bars[1].url is None
    assert "Januari 2026" in chart.summary and "20%" in chart.summary
    empty = {"interval": "month", "series": [{"query": "x", "points": []}]}
    assert build_chart(empty, str) is None


def test_chart_axis_labels_never_overlap_even_at_a_phones_text_size():
    import itertools
    from datetime import date, timedelta

    from webui.chart import CHAR_WIDTH

    for interval, days in (("day", 1), ("week", 7), ("month", 31)):
        starts = [date(2020, 1, 6) + timedelta(days=days * i) for i in range(400)]
        if interval == "month":
            starts = sorted({d.replace(day=1) for d in starts})
        points = [{"period": d.isoformat(), "start": d.isoformat(), "count": 1, "total": 3,
                   "share": 1 / 3} for d in starts]
        chart = build_chart({"interval": interval, "series": [{"query": "x", "points": points}]},
                            str)
        major = [t for t in chart.x_ticks if not t.minor]
        assert major, interval
        for size, ticks in (("phone", major), ("desktop", chart.x_ticks)):
            for left, right in itertools.pairwise(ticks):
                reach = (len(left.text) + len(right.text)) * CHAR_WIDTH[size] / 2
                assert right.x - left.x >= reach, (interval, size, left, right)
            # clear of the y axis's labels (right-aligned before chart.left), inside the chart
            assert all(chart.left - 6 <= t.x - len(t.text) * CHAR_WIDTH[size] / 2 and
                       t.x + len(t.text) * CHAR_WIDTH[size] / 2 <= chart.width for t in ticks)


def test_indonesian_dates_and_numbers():
    assert long_date("2025-12-04") == "4 Desember 2025"
    assert month_name("2026-02") == "Februari 2026"
    assert number(1234567) == "1.234.567" and number(12.5, 1) == "12,5"
