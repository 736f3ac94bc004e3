"""Filters a journalist can trust, on real articles: the cases of issue 15, through the engine,
the command line, the pages, the CSV export and the Atom feed."""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import parse_qs, urlencode, urlsplit

import feedparser
import pytest

from conftest import run_kabar
from search import open_index
from webui import create_app
from webui.formatting import number

UNKNOWN = [("banjir wilayah:atlantis", {}, "atlantis"),
           ('banjir pejabat:"Nama Yang Tidak Ada"', {}, "Nama Yang Tidak Ada"),
           ("banjir sumber:tidakada", {}, "tidakada"),
           ("banjir", {"region": ["Atlantis"]}, "Atlantis"),
           ("banjir", {"official": ["Nama Yang Tidak Ada"]}, "Nama Yang Tidak Ada"),
           ("banjir", {"source": ["tidakada"]}, "tidakada"),
           ("banjir tanggal:2025-13", {}, "2025-13"),
           ("banjir tanggal:2026-01..2025-12", {}, "2026-01..2025-12"),
           ("banjir -wilayah:atlantis", {}, "atlantis")]


@pytest.fixture(scope="module")
def engine(corpus_index):
    return open_index(corpus_index)


@pytest.fixture(scope="module")
def client(corpus_index):
    return create_app({"KABAR_INDEX": str(corpus_index), "TESTING": True}).test_client()


def every_hit(engine, q: str = "", **filters) -> list[dict]:
    total, hits = engine.export(q, rows=10_000, **filters)
    assert len(hits) <= total
    return hits


def ids(engine, q: str = "", **filters) -> set[str]:
    return {h["id"] for h in every_hit(engine, q, **filters)}


@pytest.mark.parametrize(("q", "filters", "value"), UNKNOWN)
def test_a_value_that_names_nothing_gives_no_hits_and_a_notice_naming_it(engine, q, filters,
                                                                        value):
    response = engine.search(q, **filters)
    assert response["total"] == 0 and response["hits"] == [] and not response["relaxed"]
    assert any(value in notice for notice in response["notices"]), response["notices"]
    assert engine.search("banjir")["total"] > 0  # the words alone find articles


def test_an_unknown_value_beside_a_known_one_adds_nothing(engine):
    known = ids(engine, "banjir", region=["Jawa Barat"])
    response = engine.search("banjir", region=["Jawa Barat", "Atlantis"])
    assert ids(engine, "banjir", region=["Jawa Barat", "Atlantis"]) == known
    assert any("Atlantis" in notice for notice in response["notices"])


def test_typed_filters_hold_whatever_the_words(engine):
    for hit in every_hit(engine, "stunting wilayah:ntt"):
        assert "Nusa Tenggara Timur" in hit["provinces"]
    for hit in every_hit(engine, "banjir tanggal:2026 -wilayah:\"DKI Jakarta\""):
        assert hit["published"].startswith("2026") and "DKI Jakarta" not in hit["provinces"]
    # a filter inside an OR still holds for the whole query
    assert ids(engine, "banjir ATAU wilayah:ntt") == ids(engine, "banjir", region=["NTT"])


def test_an_official_is_the_person_not_words_in_someone_elses_role(engine):
    hits = every_hit(engine, 'pejabat:"Ahmad Muzani"')
    assert hits
    assert all("Ahmad Muzani" in [o["name"] for o in h["officials"]] for h in hits)
    # a word of no one's name is read as a role
    roles = every_hit(engine, "pejabat:bupati")
    assert roles and all(any("bupati" in o["role"].lower() for o in h["officials"])
                         for h in roles)
    both = ids(engine, "pejabat:(Prabowo ATAU Jokowi)")
    assert both and both == ids(engine, official=["Prabowo", "Jokowi"])


def test_relaxing_drops_words_never_a_filter(engine):
    response = engine.search("banjir qwertyuiop", region=["Jawa Barat"], limit=100)
    assert response["relaxed"] and response["total"] > 0
    assert all("Jawa Barat" in h["provinces"] for h in response["hits"])
    typed = engine.search("banjir qwertyuiop wilayah:jabar", limit=100)
    assert typed["relaxed"] and {h["id"] for h in typed["hits"]} == {
        h["id"] for h in response["hits"]}
    titled = engine.search("judul:banjir pompa qwertyuiop", limit=100)
    assert titled["relaxed"] and titled["total"] > 0
    assert all("banjir" in h["title"].lower() for h in titled["hits"])


def test_a_kabupaten_narrows_its_province_and_counts_agree(engine):
    for province, regency in [("Jawa Timur", "Kota Surabaya"), ("NTT", "Kabupaten Nagekeo")]:
        alone = engine.search(region=[regency])
        both = engine.search(region=[province, regency])
        assert 0 < both["total"] == alone["total"] < engine.search(region=[province])["total"]
        count = {f["value"]: f["count"] for f in both["facets"]["regency"]}[regency]
        assert count == both["total"]
        assert ids(engine, region=[province, regency]) == ids(engine, region=[regency])
        typed = engine.search(f'wilayah:"{province}" wilayah:"{regency}"')
        assert typed["total"] == alone["total"]


def test_sumber_and_source_are_one_filter(engine, corpus_index):
    typed = engine.search("sumber:detik")
    assert typed["total"] > 0 and typed["total"] == engine.search(source=["detik"])["total"]
    cli = json.loads(run_kabar("search", "--source", "detik", "--json", index=corpus_index,
                               check=True).stdout)
    assert cli["total"] == typed["total"]
    assert all(h["source"].lower().startswith("detik") for h in typed["hits"])


def test_the_command_line_says_which_value_names_nothing(corpus_index):
    result = run_kabar("search", "banjir wilayah:atlantis", index=corpus_index, check=True)
    assert "Wilayah tidak dikenal: atlantis" in result.stdout
    assert '0 hasil untuk "banjir wilayah:atlantis"' in result.stdout


def test_the_page_names_an_unknown_value_in_a_notice_and_its_chip(client):
    html = client.get("/?" + urlencode({"q": "banjir", "region": "Atlantis"})).get_data(
        as_text=True)
    assert "Wilayah tidak dikenal: Atlantis" in html
    assert '<span class="chip-kind">Wilayah:</span> Atlantis (tidak dikenal)' in html
    assert "Provinsi:</span> Atlantis" not in html


def test_the_page_shows_a_narrowed_province_and_counts_that_agree(client, engine):
    url = "/?" + urlencode([("region", "Jawa Timur"), ("region", "Kota Surabaya")])
    html = client.get(url).get_data(as_text=True)
    assert "Kota Surabaya (di Jawa Timur)" in html
    assert "Jawa Timur (hanya Kota Surabaya)" in html
    total = engine.search(region=["Kota Surabaya"])["total"]
    assert f'<p class="total"><strong>{number(total)}</strong> hasil' in html
    # a sibling kabupaten/kota's link keeps the province: one more value at its level
    link = re.search(r'<a class="toggle" href="([^"]+)">Kabupaten Sidoarjo<', html)
    assert link
    regions = parse_qs(urlsplit(link.group(1).replace("&amp;", "&")).query)["region"]
    assert regions == ["Jawa Timur", "Kota Surabaya", "Kabupaten Sidoarjo"]


def test_csv_and_atom_rows_meet_the_filters(client):
    query = urlencode([("q", "pemerintah tanggal:2026"), ("region", "Jawa Timur"),
                       ("region", "Kota Surabaya"), ("source", "Antara")])
    rows = list(csv.DictReader(io.StringIO(client.get(f"/ekspor.csv?{query}").get_data(
        as_text=True))))
    assert rows
    for row in rows:
        assert row["source"] == "ANTARA" and row["published"].startswith("2026")
        assert "Kota Surabaya" in row["regencies"].split("; ")
    feed = feedparser.parse(client.get(f"/feed.atom?{query}").get_data())
    assert feed.entries
    for entry in feed.entries:
        assert entry.author == "ANTARA" and entry.published.startswith("2026")
        assert "Kota Surabaya" in {tag.term for tag in entry.tags}


def test_the_official_page_is_one_person(client):
    hit = client.get("/api/search?q=pejabat:%22Ahmad+Muzani%22").get_json()["hits"][0]
    assert any(o["name"] == "Ahmad Muzani" for o in hit["officials"])
    page = client.get("/pejabat?nama=ahmad+muzani")
    assert page.status_code == 200 and "Ahmad Muzani</h1>" in page.get_data(as_text=True)
    assert client.get("/pejabat?nama=bupati").status_code == 404  # a role is no one


def test_a_typed_filter_narrows_the_facets_and_a_parameter_refines_it(engine):
    typed = engine.search("wilayah:ntt")
    provinces = {f["value"]: f["count"] for f in typed["facets"]["province"]}
    assert provinces["Nusa Tenggara Timur"] == typed["total"]  # every hit is in NTT
    other, count = next((p, n) for p, n in provinces.items() if p != "Nusa Tenggara Timur")
    refined = engine.search("wilayah:ntt", region=[other], limit=100)
    assert refined["total"] == count  # the count beside it was what choosing it lists
    assert all({"Nusa Tenggara Timur", other} <= set(h["provinces"]) for h in refined["hits"])
    # passed, the same value leaves its own facet's counts as they were
    passed = engine.search("", region=["NTT"])
    assert passed["total"] == typed["total"]
    assert len(passed["facets"]["province"]) > len(typed["facets"]["province"])
