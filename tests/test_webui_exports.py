"""The web UI's exports through Flask's test client: the CSV (plain text, capped, no formulas),
the Atom feed (valid, stable ids, well formed with hostile articles) and the JSON API."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from urllib.parse import unquote
from xml.etree import ElementTree as ET

import feedparser

from conftest import page
from search import open_index
from webui import create_app
from webui.exports import CSV_COLUMNS, spreadsheet_safe

ATOM = "{http://www.w3.org/2005/Atom}"


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


def test_csv_says_which_rows_lack_a_word(client):
    """A best-match search lists, after the articles with all the words, those that lack one: the
    CSV has them too, and its headers say how many rows are such (audit, round 18)."""
    answer = json.loads(page(client, "/api/search?q=asn+kalteng&limit=100"))
    assert answer["total"] >= 1 and answer["partial"] >= 1
    response = client.get("/ekspor.csv?q=asn+kalteng")
    rows = read_csv(response)
    assert [r["id"] for r in rows] == [hit["id"] for hit in answer["hits"]]
    assert int(response.headers["X-Kabar-Total"]) == answer["total"]
    lacking = [hit for hit in answer["hits"] if hit.get("partial")]
    assert int(response.headers["X-Kabar-Partial"]) == len(lacking) >= 1
    assert [r["id"] for r in rows[-len(lacking):]] == [hit["id"] for hit in lacking]
    assert client.get("/ekspor.csv?q=beasiswa").headers["X-Kabar-Partial"] == "0"


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


def test_atom_feed_marks_the_entries_that_lack_a_word(client):
    """A feed reader sorts by date: a best-match entry says in its title, and in a category, that
    it lacks a part of the query; X-Kabar-Partial counts them, as for the CSV (audit, round 18)."""
    answer = json.loads(page(client, "/api/search?q=asn+kalteng&sort=newest&limit=50"))
    lacking = {hit["title"] for hit in answer["hits"] if hit["partial"]}
    assert lacking and len(lacking) < len(answer["hits"])
    response = client.get("/feed.atom?q=asn+kalteng")
    assert int(response.headers["X-Kabar-Partial"]) == len(lacking)
    marked = set()
    for entry in parse_atom(response).iter(f"{ATOM}entry"):
        title = entry.find(f"{ATOM}title").text
        terms = {c.get("term") for c in entry.iter(f"{ATOM}category")}
        assert title.startswith("[tidak memuat semua kata] ") == ("kabar:sebagian-kata" in terms)
        if "kabar:sebagian-kata" in terms:
            marked.add(title.removeprefix("[tidak memuat semua kata] "))
    assert {re.sub(r"</?mark>", "", t) for t in lacking} == marked
    assert client.get("/feed.atom?q=beasiswa").headers["X-Kabar-Partial"] == "0"


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
