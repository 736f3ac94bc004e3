"""Request parameters out of range or malformed: a 400 with a message, never a 500; limit capped.

Through Flask's test client for every page that reads them, and a sample through a real server
(which also meets what never reaches Flask: an over-long URL, too many headers).
"""

from __future__ import annotations

import http.client
import time
from urllib.parse import urlencode

import pytest

from bench.load import kabar_serve
from search.engine import MAX_LIMIT, MAX_PAGE
from webui import create_app

BAD = {
    "page": ["0", "-1", "abc", "1.5", "1e3", "0x10", "NaN", "inf", str(MAX_PAGE + 1),
             "99999999999999999999", "9" * 5000, "1 OR 1=1", "\x00", "٣٠٠٠٠"],
    "limit": ["0", "-5", "abc", str(MAX_LIMIT + 1), "1000", "1e2", "10.0", "9" * 5000, "\x00"],
    "from": ["2025-13-01", "2025-02-30", "2025-00-10", "abc", "2025/12/01", "01-12-2025",
             "10000-01-01", "-2025-01-01", "2025-12-01T25:00", "\x00", "2025-12-01' OR '1"],
    "to": ["2025-12-32", "2025-1-1x", "kemarin", "9" * 100],
    "sort": ["acak", "RELEVANCE", "newest;drop", "\x00"],
}
GOOD = {"page": ["1", "2", str(MAX_PAGE)], "limit": ["1", str(MAX_LIMIT)],
        "from": ["2025-12-01", "0001-01-01", "9999-12-31"], "to": ["9999-12-31", "0001-01-01"],
        "sort": ["relevance", "newest", "oldest"]}
# whole numbers above the highest page: the API refuses them; the results page says that they are
# past the last page (test_webui_bad_input.py)
PAST_THE_END = {str(MAX_PAGE + 1), "99999999999999999999", "٣٠٠٠٠"}
ENGLISH = ("must", "between", "whole number", "one of")
# the pages that search, with the parameters each reads (the exports take every result, and the
# feed is always newest first)
SEARCH_PATHS = {"/api/search": set(BAD), "/": set(BAD), "/ekspor.csv": {"from", "to", "sort"},
                "/feed.atom": {"from", "to"}}


@pytest.fixture(scope="module")
def client(demo_index):
    return create_app({"KABAR_INDEX": str(demo_index)}).test_client()


def message_of(response) -> str:
    if response.mimetype == "application/json":
        return response.get_json()["error"]
    return response.get_data(as_text=True)


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_search_parameters_get_400_with_a_message(client, name):
    for path in (path for path, reads in SEARCH_PATHS.items() if name in reads):
        for value in BAD[name]:
            response = client.get(f"{path}?" + urlencode({"q": "banjir", name: value}))
            where = f"{path}?{name}={value[:40]!r}"
            if path == "/" and name == "page" and value in PAST_THE_END:
                assert response.status_code == 200, (where, response.status_code)
                assert "melewati halaman terakhir" in message_of(response), where
                continue
            assert response.status_code == 400, (where, response.status_code)
            message = message_of(response)
            assert message and "Traceback" not in message, where
            if path == "/api/search":
                answer = response.get_json()
                assert name in answer["error"] and answer["parameter"] == name, where
                assert f"({name})" in answer["pesan"], (where, answer)
            else:  # a page for people: Indonesian only, naming the parameter
                assert f"({name})" in message, (where, message)
                assert not [word for word in ENGLISH if word in message], (where, message)


@pytest.mark.parametrize("name", sorted(GOOD))
def test_good_edge_values_are_accepted(client, name):
    for value in GOOD[name]:
        response = client.get("/api/search?" + urlencode({"q": "banjir", name: value}))
        assert response.status_code == 200, (name, value, response.get_json())


def test_date_range_upside_down_is_a_400(client):
    response = client.get("/api/search?from=2025-12-31&to=2025-01-01")
    assert response.status_code == 400 and "from" in response.get_json()["error"]


def test_limit_is_capped(client):
    response = client.get(f"/api/search?q=&limit={MAX_LIMIT}")
    assert response.status_code == 200
    assert len(response.get_json()["hits"]) <= MAX_LIMIT
    assert client.get(f"/api/search?limit={MAX_LIMIT * 100}").status_code == 400


def test_last_page_far_past_the_results_is_empty_not_an_error(client):
    response = client.get(f"/api/search?q=banjir&page={MAX_PAGE}&limit={MAX_LIMIT}")
    assert response.status_code == 200 and response.get_json()["hits"] == []
    assert client.get(f"/?q=banjir&page={MAX_PAGE}").status_code == 200


def test_repeated_and_unknown_parameters_are_harmless(client):
    for query in ["page=1&page=abc", "limit=5&limit=9999", "q=a&q=b", "tidak_dikenal=1",
                  "q=banjir&" + "&".join(f"region=r{n}" for n in range(500)),
                  "q=banjir&" + "&".join(f"source=s{n}" for n in range(500))]:
        began = time.perf_counter()
        response = client.get("/api/search?" + query)
        assert response.status_code in (200, 400), (query[:60], response.status_code)
        assert time.perf_counter() - began < 3, query[:60]


def test_filters_with_unknown_values_find_nothing(client):
    for name in ["region", "official", "source"]:
        for value in ["Tidak Ada", "", "\x00", "<script>", "%", "*", "Kalimantan Tengah" * 50]:
            response = client.get("/api/search?" + urlencode({name: value}))
            assert response.status_code == 200, (name, value)


def test_article_ids(client):
    assert client.get("/api/article").status_code == 400
    assert client.get("/api/article?id=").status_code == 400
    known = client.get("/api/search?q=kompetensi+asn").get_json()["hits"][0]["id"]
    assert client.get("/api/article?" + urlencode({"id": known})).status_code == 200
    for value in ["tidak-ada", "x" * 100_000, "\x00", "../../etc/passwd", "%", "*", "id:*",
                  known + "\x00", " " + known]:
        for path in ["/api/article", "/artikel"]:
            response = client.get(f"{path}?" + urlencode({"id": value}))
            assert response.status_code in (400, 404), (path, value[:40], response.status_code)
            assert message_of(response), (path, value[:40])


def test_official_page_parameters(client):
    assert client.get("/pejabat").status_code == 400
    assert client.get("/pejabat?nama=").status_code == 400
    assert client.get("/pejabat?nama=Tidak+Ada+Orang").status_code == 404
    for value in BAD["page"]:
        response = client.get("/pejabat?" + urlencode({"nama": "Edy Pratowo", "page": value}))
        text = response.get_data(as_text=True)
        if value in PAST_THE_END:
            assert response.status_code == 200 and "melewati halaman terakhir" in text, value
            continue
        assert response.status_code == 400, (value[:40], response.status_code)
        assert "Nomor halaman (page)" in text, value[:40]


def raw_request(server, method: str, path: str,
                headers: dict[str, str] | None = None) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


@pytest.fixture(scope="module")
def server(demo_index):
    with kabar_serve(demo_index) as running:
        yield running


def test_real_server_rejects_bad_parameters_and_requests(server):
    for name, values in BAD.items():
        for value in values[:4]:
            status, body = raw_request(server, "GET",
                                       "/api/search?" + urlencode({"q": "asn", name: value}))
            assert status == 400 and '"error"' in body, (name, value, status)
    status, _ = raw_request(server, "GET", "/api/search?q=" + "a" * 70_000)
    assert status in (400, 414), status
    status, _ = raw_request(server, "GET", "/api/search?q=asn",
                            headers={f"X-Kabar-{n}": "x" * 100 for n in range(200)})
    assert status in (200, 400, 431), status
    status, body = raw_request(server, "POST", "/api/search?q=asn")
    assert status == 405 and "Traceback" not in body
    status, _ = raw_request(server, "GET", "/api/search?q=asn")
    assert status == 200  # and it still answers
