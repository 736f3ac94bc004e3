"""Random and adversarial query text: never a server error, never a traceback, always the JSON
contract, and a bounded time per query.

Three ways in: the query parser with the engine (Python API), /api/search and the search page
through Flask's test client, and a sample of the same through a real `kabar serve`.
"""

from __future__ import annotations

import gc
import http.client
import json
import random
import re
import subprocess
import time
from pathlib import Path
from urllib.parse import urlencode
from xml.etree import ElementTree

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.load import kabar_serve
from conftest import KABAR, run_kabar
from search import open_index
from search.query import parse_query
from webui import create_app

QUERY_SECONDS = 2.5  # "a couple of seconds" on the demo index, with room for a busy machine
CONTRACT_KEYS = {"query", "total", "page", "limit", "hits", "facets", "suggestion", "relaxed"}
HIT_KEYS = {"id", "title", "url", "source", "published", "provinces", "regencies", "officials",
            "score", "snippet"}
ONLY_MARK = re.compile(r"<(?!/?mark>)")
FACETS_SHOWN = {"province", "regency", "official", "source", "year", "month"}

# Pieces of query syntax, broken syntax and awkward characters, glued together at random.
FRAGMENTS = [
    '"', "'", "(", ")", "((", "))", "OR", "ATAU", "AND", "DAN", "NOT", "BUKAN", "-", "+", "*",
    "?", "~", "~2", "^", "^5", ":", "::", "judul:", "title:", "wilayah:", "region:", "pejabat:",
    "official:", "sumber:", "source:", "tanggal:", "date:", "tanggal:abc", "tanggal:2025-13",
    "tanggal:2025-02-30", "tanggal:2025-12", "tanggal:99999", "tanggal:0000", "tanggal:-1",
    "tanggal:[2020 TO 2025]", "tanggal:>2020", "id:", "url:", "origin:", "content_hash:", "[", "]",
    "{", "}", " TO ", "[a TO z]", "\\", "/", "*:*", ".*", "^$", "(?:", "[^a]", "$", "|", "&&",
    "||", "%", "%00", "&amp;", "&#x3c;", "<script>", "</mark>", "<mark>", "\x00", "\x07",
    "\x1b[31m", "\r\n", "\t", "\u200b", "\u202e", "\ufeff", "\ufffd", "😀", "𝔘𝔫𝔦", "١٢٣", "ΣΊΣΥΦΟΣ",
    "ß", "İ", "ﬁ", "kalteng", "asn", "banjir", "Katingan", "wagub", "a", "x" * 60,
]
fragment_queries = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)),
                            max_size=14).flatmap(
    lambda parts: st.sampled_from([" ", "", ":", "\n"]).map(lambda glue: glue.join(parts)))
queries = st.one_of(fragment_queries, st.text(max_size=200), st.text(min_size=400, max_size=3000))

LONG = [
    " OR ".join(["banjir"] * 300),
    " OR ".join(str(number) for number in range(400)),
    " ".join(f"judul:{word}" for word in ["asn", "banjir", "kalteng"] * 100),
    "(" * 2000 + "banjir" + ")" * 2000,
    '"' * 5000,
    "-" * 5000,
    "banjir " * 3000,
    "x" * 100_000,
    "\x00" * 1000,
    "*" * 1000,
    "a* " * 500,
    "asn~2 " * 300,
    "[a TO z] " * 50,
]


def check_response(response: dict) -> None:
    assert set(response) >= CONTRACT_KEYS, set(response)
    assert isinstance(response["total"], int) and response["total"] >= 0
    assert isinstance(response["hits"], list) and isinstance(response["facets"], dict)
    assert isinstance(response["relaxed"], bool)
    assert len(response["hits"]) <= response["limit"]
    # the parts agree: a first page lists hits exactly when there are some, the facets are all
    # there and count no more articles than the total
    if response["page"] == 1:
        assert bool(response["hits"]) == bool(response["total"]), response["total"]
    assert set(response["facets"]) == FACETS_SHOWN
    for facet in ("year", "source"):  # every article has one source, at most one year
        assert sum(item["count"] for item in response["facets"][facet]) <= response["total"]
    assert all(isinstance(notice, str) and notice for notice in response["notices"])
    for hit in response["hits"]:
        assert set(hit) >= HIT_KEYS, set(hit)
        assert not ONLY_MARK.search(hit["snippet"]), hit["snippet"]
        assert not ONLY_MARK.search(hit["title"]), hit["title"]
    json.dumps(response)  # serialisable as it is


@pytest.fixture(scope="module")
def engine(demo_index):
    return open_index(demo_index)


@pytest.fixture(scope="module")
def client(demo_index):
    return create_app({"KABAR_INDEX": str(demo_index)}).test_client()


def timed_search(engine, text: str) -> dict:
    began = time.perf_counter()
    response = engine.search(text)
    seconds = time.perf_counter() - began
    assert seconds < QUERY_SECONDS, f"{text[:80]!r} took {seconds:.2f} s"
    return response


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=queries)
def test_parser_never_raises(engine, text):
    parsed = parse_query(text, engine._current().searcher.schema)
    assert parsed.query is not None
    assert len(parsed.text) <= 500


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=queries)
def test_engine_answers_any_query_in_bounded_time(engine, text):
    check_response(timed_search(engine, text))


@pytest.mark.parametrize("text", LONG, ids=lambda text: repr(text[:24]))
def test_engine_answers_long_and_repetitive_queries(engine, text):
    response = timed_search(engine, text)
    check_response(response)
    if len(" ".join(text.split())) > 500:
        assert response["notices"], "a cut query says so"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=queries, sort=st.sampled_from(["relevance", "newest", "oldest"]))
def test_api_search_answers_any_query_with_the_contract(client, text, sort):
    response = client.get("/api/search?" + urlencode({"q": text, "sort": sort}))
    assert response.status_code == 200, (text, response.get_data(as_text=True)[:300])
    assert response.mimetype == "application/json"
    check_response(response.get_json())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=queries)
def test_search_page_answers_any_query(client, text):
    response = client.get("/?" + urlencode({"q": text}))
    body = response.get_data(as_text=True)
    assert response.status_code == 200, (text, body[:300])
    assert response.mimetype == "text/html"
    assert "Traceback" not in body and "<html" in body


RAW_QUERY_STRINGS = [
    "q=%ff%fe", "q=%", "q=%zz", "q=%c0%af", "q=%ed%a0%80", "q=%00", "q=a&q=b", "q[]=a", "q",
    "=", "&&&", "q=%E2%80%AE", "q=" + "%41" * 5000,
]


@pytest.mark.parametrize("query_string", RAW_QUERY_STRINGS)
def test_broken_query_strings_are_no_server_error(client, query_string):
    for path in ("/api/search", "/"):
        response = client.get(f"{path}?{query_string}")
        assert response.status_code in (200, 400), (path, query_string, response.status_code)
        assert "Traceback" not in response.get_data(as_text=True)


def sample_queries(count: int) -> list[str]:
    """A fixed sample of adversarial queries, for the slower real server."""
    rng = random.Random(8)
    sample = [rng.choice(LONG) for _ in range(3)]
    for _ in range(count):
        sample.append(" ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 8))))
    return sample


def real_get(server, path: str) -> tuple[int, str, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read().decode()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def server(demo_index):
    """A real `kabar serve` of its own: the shared demo_server keeps its log in a pipe that nobody
    reads, and the long URLs sent here would fill it (the server then stops answering)."""
    with kabar_serve(demo_index) as running:
        yield running


def test_real_server_answers_adversarial_queries(server):
    for text in sample_queries(60):
        began = time.perf_counter()
        status, kind, body = real_get(server, "/api/search?" + urlencode({"q": text}))
        seconds = time.perf_counter() - began
        assert status == 200, (text, body[:300])
        assert kind.startswith("application/json")
        check_response(json.loads(body))
        assert seconds < QUERY_SECONDS + 1, f"{text[:80]!r} took {seconds:.2f} s"
        status, kind, body = real_get(server, "/?" + urlencode({"q": text}))
        assert status == 200 and kind.startswith("text/html"), (text, status)
        assert "Traceback" not in body
    for query_string in RAW_QUERY_STRINGS:
        status, _, body = real_get(server, "/api/search?" + query_string)
        assert status in (200, 400) and "Traceback" not in body, (query_string, status)


def many_terms_corpus(folder) -> str:
    """Twelve articles of random words: a small index with ~30,000 distinct terms, where a query
    that expands to every term in a range (or, once allowed, a wildcard) has much to expand."""
    rng = random.Random(8)
    path = folder / "acak.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for number in range(12):
            words = ("".join(rng.choice("abdegiklmnoprstuy") for _ in range(rng.randint(5, 10)))
                     for _ in range(2500))
            out.write(json.dumps({"judul": f"Catatan acak {number}", "isi": " ".join(words) + ".",
                                  "tautan": f"https://acak.example.id/{number}"}) + "\n")
    return str(path)


@pytest.fixture(scope="module")
def many_terms_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("many-terms")
    index = folder / "index"
    run_kabar("index", "build", many_terms_corpus(folder), index=index, check=True)
    return index


def cli_search_seconds(index, text: str, timeout: float) -> float | None:
    """How long `kabar search --json` says the search took, or None when it ran past
    ``timeout`` (the process is killed, so a runaway query costs the suite no more)."""
    try:
        result = subprocess.run([KABAR, "search", text, "--json", "--index", str(index)],
                                capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    assert result.returncode == 0, result.stderr
    response = json.loads(result.stdout)
    check_response(response)
    return response["took_ms"] / 1000


@pytest.mark.slow
@pytest.mark.parametrize("text", ["ab*", "abd~2", "judul:catatan"])
def test_expanding_queries_on_many_terms_are_bounded(many_terms_index, text):
    seconds = cli_search_seconds(many_terms_index, text, timeout=30)
    assert seconds is not None and seconds < QUERY_SECONDS, (text, seconds)


@pytest.mark.slow
def test_term_range_on_many_terms_is_bounded(many_terms_index):
    seconds = cli_search_seconds(many_terms_index, "[a TO z]", timeout=8)
    assert seconds is not None and seconds < QUERY_SECONDS, seconds


# --- Hostile text in every parameter of every page: escaped, never markup -----------------------

PAYLOADS = [line for line in (Path(__file__).parent / "fixtures" / "xss_payloads.txt")
            .read_text("utf-8").splitlines() if line and not line.startswith("#")]
HTML_ELEMENTS = {
    "html", "head", "title", "meta", "link", "script", "body", "header", "footer", "main", "nav",
    "section", "article", "aside", "div", "span", "p", "a", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd", "form", "label", "input", "button", "select", "option",
    "textarea", "fieldset", "legend", "table", "caption", "thead", "tbody", "tfoot", "tr", "th",
    "td", "mark", "strong", "em", "b", "i", "small", "time", "q", "blockquote", "code", "pre",
    "kbd", "abbr", "br", "hr", "img", "figure", "figcaption", "details", "summary", "output",
    "noscript", "svg", "g", "rect", "line", "path", "text", "desc", "polyline", "circle", "tspan",
}
FORBIDDEN_ELEMENTS = {"iframe", "object", "embed", "base", "frame", "frameset", "applet", "style",
                      "math", "video", "audio", "source"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "xlink:href"}
_INVISIBLE_IN_URLS = re.compile(r"[\x00-\x20]")


def assert_safe_html(page: str, where: str) -> None:
    """The page's elements are only what the templates make: no inline script, no event
    attributes, no javascript:/data: links, no element a payload could have smuggled in."""
    root = lxml.html.document_fromstring(page)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        tag = element.tag.lower()
        assert tag in HTML_ELEMENTS and tag not in FORBIDDEN_ELEMENTS, (where, tag)
        if tag == "script":
            assert element.get("src", "").startswith("/static/"), (where, "script without src")
            assert not (element.text or "").strip(), (where, "inline script")
        if tag == "mark":
            assert not element.attrib, (where, "a <mark> with attributes")
        if tag == "meta":
            assert "http-equiv" not in element.attrib, (where, "meta http-equiv")
        if tag == "link" and element.get("rel") == "icon" and element.get("href") == "data:,":
            continue  # the template's "no favicon"
        if tag in ("form", "link"):
            target = element.get("action" if tag == "form" else "href", "")
            assert target.startswith("/") and not target.startswith("//"), (where, tag, target)
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (where, tag, name, value)
            if name.lower() in URL_ATTRIBUTES:
                scheme = _INVISIBLE_IN_URLS.sub("", value).lower()
                assert not scheme.startswith(("javascript:", "vbscript:", "data:")), (
                    where, tag, name, value)


def assert_security_headers(response, where: str) -> None:
    assert "default-src 'none'" in response.headers.get("Content-Security-Policy", ""), where
    assert "script-src 'self'" in response.headers["Content-Security-Policy"], where
    assert response.headers.get("X-Content-Type-Options") == "nosniff", where


# the parameters the pages read; every GET route gets each of them set to each payload
PARAMETERS = ["q", "id", "nama", "region", "official", "source", "from", "to", "sort", "page",
              "limit", "unit"]
FREE_TEXT_PARAMETERS = ["id", "nama", "region", "official", "source"]


def get_routes(app) -> list[str]:
    routes = []
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and not rule.arguments:
            routes.append(rule.rule)
    return sorted(routes)


def assert_safe_response(response, where: str) -> None:
    assert response.status_code < 500, (where, response.status_code)
    assert_security_headers(response, where)
    if response.mimetype == "application/pdf":  # the clipping (/kliping.pdf): a PDF, not text
        assert response.get_data().startswith(b"%PDF"), where
        return
    body = response.get_data(as_text=True)
    assert "Traceback" not in body, where
    if response.mimetype == "text/html" and body.strip():
        assert_safe_html(body, where)
    elif response.mimetype == "application/json":
        data = response.get_json()
        for hit in data.get("hits", []) if isinstance(data, dict) else []:
            assert not ONLY_MARK.search(hit["snippet"]) and not ONLY_MARK.search(hit["title"])
    elif response.mimetype in ("application/atom+xml", "application/xml", "text/xml"):
        ElementTree.fromstring(response.get_data())  # well-formed: every payload escaped


def test_every_page_escapes_payloads_in_every_parameter(client):
    routes = [r for r in get_routes(client.application) if not r.startswith("/static")]
    assert "/" in routes and "/api/search" in routes
    for route in routes:
        requests = []
        for number, payload in enumerate(PAYLOADS):
            requests.append({name: payload for name in PARAMETERS})  # error paths echo it
            free = FREE_TEXT_PARAMETERS[number % len(FREE_TEXT_PARAMETERS)]
            requests.append({"q": f"banjir {payload}", free: payload})  # beside results
        for params in requests:
            response = client.get(route + "?" + urlencode(params))
            assert_safe_response(response, f"{route} {params}")


def test_echoed_query_is_escaped_not_dropped(client):
    payload = "<script>alert('kabar-xss-01')</script>"
    body = client.get("/?" + urlencode({"q": payload})).get_data(as_text=True)
    assert payload not in body
    assert "&lt;script&gt;alert(" in body  # shown to the user, as text


def test_security_headers_on_every_kind_of_response(client):
    for path in ["/", "/?q=banjir", "/api/search?q=banjir", "/api/search?page=0", "/api/article",
                 "/api/article?id=tidak-ada", "/tidak-ada", "/api/tidak-ada",
                 "/static/kabar.css", "/ekspor.csv?q=banjir", "/feed.atom?q=banjir"]:
        response = client.get(path)
        assert response.status_code < 500, path
        assert_security_headers(response, path)


def test_the_web_ui_has_no_write_endpoints(client):
    for rule in client.application.url_map.iter_rules():
        assert rule.methods <= {"GET", "HEAD", "OPTIONS"}, (rule.rule, rule.methods)
    for route in get_routes(client.application):
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            response = client.open(route, method=method, data={"q": "x", "id": "x"})
            assert response.status_code == 405, (method, route, response.status_code)
            assert "Traceback" not in response.get_data(as_text=True)


def test_the_app_is_never_in_debug_mode(demo_index, monkeypatch):
    monkeypatch.setenv("KABAR_INDEX", str(demo_index))
    import importlib

    import webui.wsgi

    wsgi = importlib.reload(webui.wsgi)
    gc.unfreeze()  # importing it froze this process's heap, as it should a server's
    assert not wsgi.app.debug
    assert not create_app({"KABAR_INDEX": str(demo_index)}).debug


def test_real_server_has_no_debugger_and_shows_no_traceback(server):
    for path in ["/?__debugger__=yes&cmd=resource&f=debugger.js",
                 "/?__debugger__=yes&cmd=printpasteid&frm=1&s=x", "/console",
                 "/api/search?__debugger__=yes&cmd=resource&f=style.css"]:
        status, kind, body = real_get(server, path)
        assert "CONSOLE_MODE" not in body and "EVALEX" not in body, path
        assert "javascript" not in kind and "css" not in kind, (path, kind)
        assert "Traceback" not in body and "Werkzeug Debugger" not in body, path
        assert status in (200, 400, 404), (path, status)
    log = server.log_text()
    assert "Debug mode: on" not in log and "Debugger is active" not in log, log


def test_an_impossible_date_in_the_query_is_not_dropped_silently(engine):
    everything = engine.search("")["total"]
    for text in ["tanggal:2025-13", "tanggal:2025-02-30"]:
        response = engine.search(text)
        assert response["total"] < everything or response["notices"], text
