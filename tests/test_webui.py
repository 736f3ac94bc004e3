"""The web UI through Flask's test client: pages, escaping, bad parameters, CSV and Atom exports."""

from __future__ import annotations

import csv
import html as html_text
import io
import json
import re
from datetime import date, datetime
from urllib.parse import parse_qs, quote, unquote, urlsplit
from xml.etree import ElementTree as ET

import feedparser
import pytest

from conftest import run_kabar
from search import open_index
from search.query import without_filter
from webui import create_app, web_url
from webui.chart import build_chart
from webui.engine import engine
from webui.exports import CSV_COLUMNS, spreadsheet_safe
from webui.formatting import long_date, month_name, number, short_date, today_in_jakarta
from webui.pages import page_numbers
from webui.params import date_presets, presets_end

ATOM = "{http://www.w3.org/2005/Atom}"
XSS = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
HOSTILE_SOURCE = "<b onmouseover=alert('sumber')>S</b>"
HOSTILE_ROWS = [
    ["judul", "isi", "url", "tanggal", "sumber", "kategori", "tags"],
    ["<script>alert('judul')</script> Banjir Katingan",
     '=HYPERLINK("http://jahat.example") Banjir merendam desa di Kabupaten Katingan, Kalimantan '
     "Tengah. Bupati Katingan, Saiful, meninjau lokasi. <img src=x onerror=alert('isi')> warga "
     "mengungsi.", "", "2025-11-20", HOSTILE_SOURCE, "<i>kat</i>", "<svg>,banjir"],
    ["+Rumus di judul", "-2+3 Warga Palangka Raya menerima bantuan banjir dari pemerintah. "
     "@SUM(1) kata.", "https://contoh.go.id/berita/2", "2025-11-21", "WartaUji", "Umum", "banjir"],
]


@pytest.fixture(scope="module")
def client(demo_index):
    return create_app({"KABAR_INDEX": str(demo_index), "TESTING": True}).test_client()


@pytest.fixture(scope="module")
def seed_id(client) -> str:
    """The seed article's id (it has no URL), quoted, as the search API gives it."""
    hits = json.loads(page(client, "/api/search?q=judul:kompetensi+asn"))["hits"]
    return quote(hits[0]["id"], safe="")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """An index of two articles written to attack the pages and the spreadsheet exports."""
    folder = tmp_path_factory.mktemp("hostile")
    with open(folder / "serangan.csv", "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(HOSTILE_ROWS)
    index = folder / "index"
    run_kabar("index", "build", str(folder / "serangan.csv"), index=index, check=True)
    return create_app({"KABAR_INDEX": str(index), "TESTING": True}).test_client()


def page(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.get_data(as_text=True)


def assert_no_raw_markup(html: str) -> None:
    for raw in ("<script>alert", "<img src=x", "<b onmouseover", "<svg>", "<i>kat"):
        assert raw not in html, raw


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


# escaping and bad input


@pytest.mark.parametrize("param", ["q", "region", "official", "source"])
def test_untrusted_query_parameters_are_escaped(client, param):
    html = page(client, f"/?{param}={quote(XSS)}")
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)" in html


@pytest.mark.parametrize("url", ["/?from=" + quote(XSS), "/?sort=" + quote(XSS),
                                 "/?page=" + quote(XSS)])
def test_bad_parameters_give_an_escaped_400_page(client, url):
    html = page(client, url, 400)
    assert "Permintaan tidak valid" in html and "<script>alert(1)" not in html


ENGLISH = ("must", "between", "whole number", "one of", " not ", "YYYY")


@pytest.mark.parametrize("url, said", [
    ("/?q=banjir&page=0", "Nomor halaman (page) harus antara 1 dan 10.000, bukan “0”."),
    ("/?page=abc", "Nomor halaman (page) harus bilangan bulat, bukan “abc”."),
    ("/?limit=1000", "Jumlah hasil per halaman (limit) harus antara 1 dan 100, bukan “1000”."),
    ("/?from=2025-13-01", "Tanggal awal (from) harus tanggal berbentuk TTTT-BB-HH, misalnya "
                          "2025-12-04, bukan “2025-13-01”."),
    ("/?to=kemarin%00", "Tanggal akhir (to) harus tanggal berbentuk TTTT-BB-HH, misalnya "
                        "2025-12-04, bukan “kemarin\N{REPLACEMENT CHARACTER}”."),
    ("/?sort=acak", "Urutan (sort) harus relevance, newest atau oldest, bukan “acak”."),
    ("/?from=2025-12-01&to=2025-01-01",
     "Tanggal awal (from) tidak boleh sesudah tanggal akhir (to)."),
    ("/pejabat?nama=Edy+Pratowo&page=-1",
     "Nomor halaman (page) harus antara 1 dan 10.000, bukan “-1”."),
    ("/ekspor.csv?from=kemarin", "Permintaan tidak valid: Tanggal awal (from) harus tanggal "
                                 "berbentuk TTTT-BB-HH, misalnya 2025-12-04, bukan “kemarin”."),
    ("/feed.atom?sort=newest&limit=abc&to=2025-02-30", "Tanggal akhir (to) harus tanggal"),
])
def test_bad_parameters_are_explained_in_indonesian(client, url, said):
    """The engine's reason, said in the pages' language, with nothing of its English."""
    text = html_text.unescape(page(client, url, 400))
    assert said in text
    assert not [word for word in ENGLISH if word in text], text[-400:]


def test_a_bad_parameter_page_links_to_the_search_without_it(client):
    html = page(client, "/?q=banjir&region=Kalimantan+Tengah&sort=acak", 400)
    link = re.search(r'<a href="([^"]+)">Cari tanpa parameter sort</a>', html)
    assert link
    args = parse_qs(urlsplit(html_text.unescape(link[1])).query)
    assert args == {"q": ["banjir"], "region": ["Kalimantan Tengah"]}
    assert client.get(html_text.unescape(link[1])).status_code == 200
    assert "Cari tanpa parameter" not in page(client, "/?sort=acak", 400)  # that is "/"


def test_api_errors_keep_their_english_and_add_indonesian(client):
    response = client.get("/api/search?page=99999")
    assert response.status_code == 400
    assert response.get_json() == {
        "error": "page must be between 1 and 10000", "parameter": "page",
        "pesan": "Nomor halaman (page) harus antara 1 dan 10.000, bukan “99999”."}
    reversed_dates = client.get("/api/search?from=2025-12-01&to=2025-01-01").get_json()
    assert reversed_dates["error"] == "from must not be after to"
    assert reversed_dates["parameter"] == "from"
    assert "tidak boleh sesudah" in reversed_dates["pesan"]
    missing = client.get("/api/article").get_json()
    assert missing["parameter"] == "id" and missing["pesan"].startswith("Permintaan ini tidak")
    unknown = client.get("/api/article?id=tidak-ada")
    assert unknown.status_code == 404 and unknown.get_json()["pesan"].startswith("Tidak ada")
    route = client.get("/api/tidak-ada")
    assert route.status_code == 404 and route.get_json()["pesan"].startswith("Alamat ini")


def pages_of(client, url: str) -> int:
    """The number of result pages of a search, from the API."""
    response = json.loads(page(client, url.replace("/?", "/api/search?", 1)))
    return -(-response["total"] // response["limit"])


@pytest.mark.parametrize("asked", ["9", "99999", "99999999999999999999"])
def test_a_page_past_the_last_is_a_notice_that_links_to_the_last(client, asked):
    last = pages_of(client, "/?limit=5")
    assert 1 < last < 9
    html = page(client, f"/?limit=5&page={asked}")
    assert f"Halaman {asked} melewati halaman terakhir ({last})." in html
    assert 'class="hit"' not in html and 'class="pages"' not in html
    assert "Saring hasil</h2>" in html and "<svg" in html  # the selection's facets and chart
    link = re.search(r'<a href="([^"]+)">Buka halaman terakhir</a>', html)
    assert parse_qs(urlsplit(html_text.unescape(link[1])).query)["page"] == [str(last)]
    last_page = page(client, html_text.unescape(link[1]))
    assert 'class="hit"' in last_page and "melewati" not in last_page
    assert f'<span class="sr-only">Halaman </span>{last}</span>' in last_page  # the current one
    first = re.search(r'atau <a href="([^"]+)">halaman pertama</a>', html)
    assert html_text.unescape(first[1]) == "/?limit=5"


def test_a_page_past_the_last_of_nothing_found_says_nothing_was_found(client):
    html = page(client, "/?q=xyzzyqwertyzz&page=99999")
    assert "Tidak ada artikel yang cocok" in html and "melewati" not in html


def test_a_real_page_further_than_the_engine_pages_is_still_an_error(client, monkeypatch):
    monkeypatch.setattr("search.engine.MAX_PAGE", 3)  # the demo index has more than 3 articles
    html = html_text.unescape(page(client, "/?limit=1&page=5", 400))
    assert "Nomor halaman (page) harus antara 1 dan 3, bukan “5”." in html
    assert "melewati" in page(client, "/?limit=1&page=9999")


def test_an_officials_page_past_the_last_is_a_notice(client):
    html = page(client, "/pejabat?nama=Edy+Pratowo&page=99999")
    assert re.search(r"Halaman 99999 melewati halaman terakhir \(\d+\)\.", html)
    assert 'class="hit"' not in html


def test_skip_links_lead_to_the_results_and_the_filters(client):
    html = page(client, "/?q=banjir")
    skips = re.findall(r'<a class="skip" href="#([^"]+)">([^<]+)</a>', html)
    assert skips == [("isi", "Lompat ke isi"), ("hasil", "Lompat ke hasil"),
                     ("saring", "Lompat ke filter")]
    assert re.search(r'<ol id="hasil" tabindex="-1" class="hits"', html)
    assert re.search(r'<aside id="saring" [^>]*tabindex="-1"', html)
    for url in ("/?q=xyzzyqwertyzz", "/?limit=5&page=99"):  # nothing found, a page too far
        assert 'id="hasil" tabindex="-1"' in page(client, url)
    skips = re.findall(r'<a class="skip" href="#([^"]+)"', page(client, "/?sort=acak", 400))
    assert skips == ["isi"]  # no results, no filters


def test_bad_parameters_give_400_never_500(client):
    for url in ["/?page=0", "/?limit=abc", "/?limit=1000", "/?from=2025-13-01", "/?sort=acak",
                "/?from=2025-12-01&to=2025-01-01", "/ekspor.csv?from=kemarin",
                "/feed.atom?to=2025-02-30", "/artikel", "/pejabat",
                "/pejabat?nama=Edy+Pratowo&page=0"]:
        assert client.get(url).status_code == 400, url
    assert client.get("/artikel?id=tidak-ada").status_code == 404
    assert client.get("/pejabat?nama=Tidak+Ada+Orang").status_code == 404
    missing = client.get("/halaman-yang-tidak-ada")
    assert missing.status_code == 404 and "Halaman tidak ditemukan" in missing.get_data(True)


def test_article_fields_from_the_index_are_escaped_everywhere(hostile):
    [attack] = [h["id"] for h in json.loads(page(hostile, "/api/search?q=banjir"))["hits"]
                if not h["url"]]  # the row without a URL
    pages = [page(hostile, "/?q=banjir"), page(hostile, "/"),
             page(hostile, "/?source=" + quote(HOSTILE_SOURCE)),
             page(hostile, "/artikel?id=" + quote(attack) + "&q=banjir"),
             page(hostile, "/pejabat?nama=Saiful")]
    for html in pages:
        assert_no_raw_markup(html)
    assert "&lt;b onmouseover" in pages[0]  # the source, shown as text
    assert "&lt;script&gt;alert" in pages[3]  # the title, shown as text


def test_only_web_links_become_links():
    assert web_url("https://contoh.go.id/a") == "https://contoh.go.id/a"
    assert web_url("http://contoh.go.id/a") == "http://contoh.go.id/a"
    for bad in ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "", None,
                "vbscript:x", "//evil.example/x"]:
        assert web_url(bad) is None, bad


def test_pages_are_light_and_keep_to_the_content_security_policy(client, seed_id):
    css = client.get("/static/kabar.css").get_data()
    js = client.get("/static/kabar.js").get_data()
    for url in ["/?q=banjir", "/", f"/artikel?id={seed_id}&q=asn", "/pejabat?nama=Edy+Pratowo",
                "/api"]:
        response = client.get(url)
        html = response.get_data(as_text=True)
        assert len(response.get_data()) + len(css) + len(js) < 200_000, url
        assert "default-src 'none'" in response.headers["Content-Security-Policy"]
        assert "style=" not in html and "<style" not in html, url
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), url  # no inline script
        assert not re.search(r"\son[a-z]+=", html), url  # no inline event handler
        assert not re.search(r'<link[^>]+href="(https?:)?//|\ssrc="(https?:)?//', html), url


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


# exports


def read_csv(response) -> list[dict]:
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True), newline="")))
    assert rows[0] == CSV_COLUMNS
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_csv_has_every_result_as_plain_text(client):
    response = client.get("/ekspor.csv?q=banjir&sort=newest&page=2&limit=1")
    rows = read_csv(response)
    everything = json.loads(page(client, "/api/search?q=banjir&sort=newest&limit=100"))
    assert int(response.headers["X-Kabar-Total"]) == everything["total"]
    assert [r["id"] for r in rows] == [hit["id"] for hit in everything["hits"]]  # all pages
    assert [r["rank"] for r in rows] == [str(n) for n in range(1, len(rows) + 1)]
    dated = [r["published"] for r in rows if r["published"]]
    assert dated == sorted(dated, reverse=True)
    for row, hit in zip(rows, everything["hits"], strict=True):
        assert row["published_at"] == (hit["published_at"] or "")
    for row in rows:
        assert "<mark>" not in row["title"] + row["snippet"] and "&amp;" not in row["title"]
        assert row["kabar_url"].startswith("http://localhost/artikel?id=")
    assert any(re.search(r"\w \(.+\)", r["officials"]) for r in rows)  # "Name (Role)"


def test_csv_stops_at_its_cap(demo_index):
    capped = create_app({"KABAR_INDEX": str(demo_index), "KABAR_CSV_MAX_ROWS": 5}).test_client()
    response = capped.get("/ekspor.csv")
    assert len(read_csv(response)) == 5 and int(response.headers["X-Kabar-Total"]) > 5


def test_csv_cells_cannot_become_spreadsheet_formulas(hostile):
    rows = read_csv(hostile.get("/ekspor.csv?q=banjir"))
    cells = [cell for row in rows for cell in row.values()]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]
    assert "'+Rumus di judul" in cells
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    assert spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)" and spreadsheet_safe("a=b") == "a=b"


def test_csv_quotes_commas_quotes_and_newlines(hostile):
    text = hostile.get("/ekspor.csv?q=banjir").get_data(as_text=True)
    assert '"\'=HYPERLINK(""http://jahat.example"") Banjir' in text  # doubled quotes
    assert text.endswith("\r\n")


def parse_atom(response) -> ET.Element:
    assert response.status_code == 200
    assert response.mimetype == "application/atom+xml"
    root = ET.fromstring(response.get_data())
    assert root.tag == f"{ATOM}feed"
    return root


def test_atom_feed_has_every_required_element(client):
    root = parse_atom(client.get("/feed.atom?q=banjir"))
    for tag in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{tag}") is not None, tag
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links["self"] == "http://localhost/feed.atom?q=banjir"
    assert links["alternate"].startswith("http://localhost/?q=banjir")
    datetime.fromisoformat(root.findtext(f"{ATOM}updated"))
    entries = root.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        for tag in ("id", "title", "updated", "summary"):
            assert entry.findtext(f"{ATOM}{tag}"), tag
        assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("http")
        assert entry.findtext(f"{ATOM}author/{ATOM}name")
        assert "<mark>" not in entry.findtext(f"{ATOM}title")
        datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert len(set(ids)) == len(ids)
    dated = [e.findtext(f"{ATOM}published") for e in entries if e.find(f"{ATOM}published")
             is not None]
    assert dated == sorted(dated, reverse=True)  # newest first


def test_atom_ids_are_stable_and_feedparser_reads_the_feed(client):
    first = client.get("/feed.atom?q=banjir&region=Kalimantan+Tengah").get_data()
    again = client.get("/feed.atom?region=Kalimantan+Tengah&q=banjir").get_data()
    ids = [e.findtext(f"{ATOM}id") for e in ET.fromstring(first).iter(f"{ATOM}entry")]
    assert ids == [e.findtext(f"{ATOM}id") for e in ET.fromstring(again).iter(f"{ATOM}entry")]
    assert ET.fromstring(first).findtext(f"{ATOM}id") == ET.fromstring(again).findtext(f"{ATOM}id")
    parsed = feedparser.parse(first)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10" and parsed.entries


def test_atom_feed_of_hostile_articles_is_well_formed(hostile):
    root = parse_atom(hostile.get("/feed.atom?q=banjir"))
    titles = [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
    assert "<script>alert('judul')</script> Banjir Katingan" in titles  # text, escaped by XML


def test_empty_feed_is_still_valid(client):
    root = parse_atom(client.get("/feed.atom?q=xyzzyqwertyuiop"))
    assert root.find(f"{ATOM}updated") is not None and not root.findall(f"{ATOM}entry")


# the JSON API keeps its contract


def test_api_returns_exactly_what_the_engine_returns(client, demo_index, seed_id):
    engine = open_index(demo_index)
    expected = engine.search("banjir", region=["Kalteng"], sort="newest", limit=3)
    got = json.loads(page(client, "/api/search?q=banjir&region=Kalteng&sort=newest&limit=3"))
    expected.pop("took_ms"), got.pop("took_ms")
    assert got == expected
    article = json.loads(page(client, f"/api/article?id={seed_id}"))
    assert article == engine.get(unquote(seed_id))
    assert json.loads(page(client, "/api/search?page=0", 400))["error"]


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
