"""The contract of docs/api.md and DESIGN.md: `kabar search --json`, `GET /api/search` and
`open_index(DIR).search(...)` give the same object, and `kabar show ID --json`,
`GET /api/article?id=ID` and `engine.get(ID)` the same article: a real `kabar` command, a real
`kabar serve` and the engine on one index."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest

from conftest import run_kabar
from search import open_index

# each: the query, the API's parameters, the command's options, the engine's keywords
REQUESTS = [
    ("kompetensi asn", {}, [], {}),
    ("banjir", {"region": ["Kalteng", "Kota Pangkalpinang"], "sort": "newest", "limit": "3"},
     ["--region", "Kalteng", "--region", "Kota Pangkalpinang", "--sort", "newest",
      "--limit", "3"],
     {"region": ["Kalteng", "Kota Pangkalpinang"], "sort": "newest", "limit": 3}),
    ("kata:banjir", {"scope": "government", "page": "1"}, ["--scope", "government"],
     {"scope": "government"}),
    ("banjir wilayah:atlantis", {"from": "2025-01-01", "to": "2026-12-31"},
     ["--from", "2025-01-01", "--to", "2026-12-31"],
     {"date_from": "2025-01-01", "date_to": "2026-12-31"}),
    ("", {"source": ["borneopos"], "sort": "oldest"}, ["--source", "borneopos", "--sort", "oldest"],
     {"source": ["borneopos"], "sort": "oldest"}),
]


def api(server, path: str, parameters: dict) -> dict:
    query = urllib.parse.urlencode(parameters, doseq=True)
    with urllib.request.urlopen(f"{server.url}{path}?{query}", timeout=60) as reply:
        return json.loads(reply.read().decode("utf-8"))


def without_time(response: dict) -> dict:
    return {key: value for key, value in response.items() if key != "took_ms"}


@pytest.mark.parametrize("query, parameters, options, keywords", REQUESTS)
def test_search_is_one_object_through_every_door(demo_index, demo_server, query, parameters,
                                                 options, keywords):
    by_api = api(demo_server, "/api/search", {"q": query, **parameters})
    printed = run_kabar("search", query, "--json", *options, index=demo_index, check=True)
    by_command = json.loads(printed.stdout)
    by_engine = open_index(demo_index).search(query, **keywords)
    assert without_time(by_command) == without_time(by_api) == without_time(by_engine)
    assert "took_ms" in by_api and "took_ms" in by_command


def test_an_article_is_one_object_through_every_door(demo_index, demo_server):
    engine = open_index(demo_index)
    ids = [hit["id"] for hit in engine.search("", limit=100)["hits"]]
    assert len(ids) > 20
    for article_id in ids[::7]:
        by_api = api(demo_server, "/api/article", {"id": article_id})
        shown = run_kabar("show", article_id, "--json", index=demo_index, check=True)
        assert json.loads(shown.stdout) == by_api == engine.get(article_id)
        assert {"body", "category", "tags", "statements"} <= by_api.keys()


@pytest.mark.parametrize("query, parameters, options", [
    ("kata:banjir", {}, []),
    ("banjir", {"sort": "newest", "limit": "2", "page": "2"},
     ["--sort", "newest", "--limit", "2", "--page", "2"]),
])
def test_statements_are_one_object_through_every_door(demo_index, demo_server, query, parameters,
                                                      options):
    by_api = api(demo_server, "/api/statements", {"q": query, **parameters})
    printed = run_kabar("search", query, "--statements", "--json", *options, index=demo_index,
                        check=True)
    keywords = {key: int(value) if value.isdigit() else value for key, value in parameters.items()}
    by_engine = open_index(demo_index).statements(query, **keywords)
    assert without_time(json.loads(printed.stdout)) == without_time(by_api) == without_time(
        by_engine)
    assert by_api["statements"]
