"""The web UI given bad or hostile input through Flask's test client: untrusted parameters and
article fields escaped, bad parameters explained (in Indonesian) with a 400, never a 500, pages
past the last, and pages kept light and inside the content security policy."""

from __future__ import annotations

import html as html_text
import json
import re
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from conftest import HOSTILE_SOURCE, assert_no_raw_markup, page
from webui import web_url

XSS = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


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
