"""The JSON API and pages of a real `kabar serve` on a loopback port."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request


def get(server, path):
    try:
        with urllib.request.urlopen(server.url + path, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8")


def test_api_search_and_article(demo_server):
    status, headers, body = get(demo_server, "/api/search?q=kompetensi+asn")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    response = json.loads(body)
    assert response["total"] >= 1
    first = response["hits"][0]
    assert "<mark>" in first["snippet"]
    status, _, body = get(demo_server, "/api/article?id=" + urllib.parse.quote(first["id"]))
    assert status == 200
    article = json.loads(body)
    assert article["id"] == first["id"] and article["body"]


def test_api_rejects_bad_parameters_with_400(demo_server):
    for query in ["page=0", "limit=abc", "from=2025-13-01", "sort=acak", "page=99999999"]:
        status, _, body = get(demo_server, "/api/search?q=asn&" + query)
        assert status == 400, query
        assert json.loads(body)["error"]
    assert get(demo_server, "/api/article?id=tidak-ada")[0] == 404
    assert get(demo_server, "/api/article")[0] == 400


def test_search_page_escapes_and_sends_security_headers(demo_server):
    status, headers, body = get(demo_server, "/?q=" + urllib.parse.quote('<script>x</script>'))
    assert status == 200
    assert "<script>x</script>" not in body and "&lt;script&gt;" in body
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
