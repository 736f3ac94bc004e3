"""Characters that print as nothing (issue 17's audit, round 18): a query or a filter value
copied from a web page with a zero-width space, a byte-order mark or a soft hyphen in it is read
as what the user sees, through the engine, the JSON API and the page's chips, on a real index."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest

from search import open_index
from search.invisible import visible
from webui import create_app

ZERO_WIDTH_SPACE, BOM, SOFT_HYPHEN, JOINER = "\u200b", "\ufeff", "\u00ad", "\u200d"


@pytest.fixture(scope="module")
def engine(demo_index):
    return open_index(demo_index)


@pytest.fixture(scope="module")
def client(demo_index):
    return create_app({"KABAR_INDEX": str(demo_index), "TESTING": True}).test_client()


def ids(response: dict) -> list[str]:
    return [hit["id"] for hit in response["hits"]]


def test_visible_keeps_words_apart_and_joins_a_word():
    assert visible(f"banjir{ZERO_WIDTH_SPACE}katingan") == "banjir katingan"
    assert visible(f"{BOM}wilayah:kalteng") == " wilayah:kalteng"
    assert visible(f"kal{SOFT_HYPHEN}teng pe{JOINER}jabat") == "kalteng pejabat"
    assert visible("Kalimantan Tengah") == "Kalimantan Tengah"


@pytest.mark.parametrize("typed", [f"wilayah:kalteng{ZERO_WIDTH_SPACE}",
                                   f"{BOM}wilayah:kalteng",
                                   f"wilayah:kal{SOFT_HYPHEN}teng",
                                   "wilayah:\u200ekalteng\u200f"])
def test_a_typed_region_with_invisible_characters_is_the_region(engine, typed):
    plain = engine.search("wilayah:kalteng", limit=100)
    assert plain["total"] > 0
    found = engine.search(typed, limit=100)
    assert found["notices"] == []
    assert [(f["filter"], f["matches"]) for f in found["filters"]] == [
        ("region", ["Kalimantan Tengah"])]
    assert ids(found) == ids(plain)


def test_a_typed_official_and_date_with_invisible_characters(engine):
    plain = engine.search('pejabat:"edy pratowo" tanggal:2025', limit=100)
    assert plain["total"] > 0
    found = engine.search(f'pejabat:"edy pratowo"{BOM} tanggal:2025{ZERO_WIDTH_SPACE}',
                          limit=100)
    assert found["notices"] == []
    assert ids(found) == ids(plain)


def test_passed_values_with_invisible_characters_name_what_they_show(engine):
    plain = engine.search("", region=["Kalteng"], official=["Edy Pratowo"], limit=100)
    assert plain["total"] > 0
    found = engine.search("", region=[f"Kalteng{ZERO_WIDTH_SPACE}"],
                          official=[f"{BOM}Edy Pratowo"], limit=100)
    assert found["notices"] == []
    assert [f["known"] for f in found["filters"]] == [True, True]
    assert ids(found) == ids(plain)


def test_the_api_and_the_chip_of_a_pasted_filter(client):
    plain = client.get("/api/search", query_string={"q": "wilayah:kalteng"}).get_json()
    pasted = f"asn wilayah:kalteng{ZERO_WIDTH_SPACE}"
    answer = client.get("/api/search", query_string={"q": pasted}).get_json()
    assert answer["notices"] == [] and answer["filters"][0]["known"]
    assert set(ids(answer)) <= set(ids(plain))
    page = lxml.html.fromstring(client.get("/", query_string={"q": pasted}).get_data(as_text=True))
    links = [a.get("href") for a in page.iter("a") if "hapus saringan" in a.text_content()]
    assert len(links) == 1
    assert parse_qs(urlsplit(links[0]).query)["q"] == ["asn"]  # the chip's × takes it out


def test_the_official_page_of_a_pasted_name(client):
    plain = client.get("/pejabat", query_string={"nama": "Edy Pratowo"})
    assert plain.status_code == 200
    pasted = client.get("/pejabat", query_string={"nama": f"Edy{ZERO_WIDTH_SPACE} Pratowo{BOM}"})
    assert pasted.status_code == 200
    heading = lxml.html.fromstring(pasted.get_data(as_text=True)).findtext(".//h1")
    assert heading.strip() == "Edy Pratowo"
