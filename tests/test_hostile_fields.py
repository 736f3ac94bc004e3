"""Hostile text in every article field, from every file kind, is escaped on every page and inert
in the CSV export."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from test_hostile_queries import PAYLOADS, assert_safe_response

from conftest import run_kabar
from webui import create_app


def write_hostile_sources(folder: Path) -> None:
    rows = [["judul", "isi", "tautan", "tanggal", "sumber", "kategori", "tags"]]
    for number, payload in enumerate(PAYLOADS, start=1):
        url = ["", f"https://contoh.go.id/berita/{number}?x={payload}", "javascript:alert(1)",
               f"https://contoh.go.id/{quote(payload)}"][number % 4]
        rows.append([
            f"Banjir Katingan {number} {payload}",
            f"KATINGAN — Bupati Katingan, Saiful O'Hara, meninjau banjir {payload} di desa, "
            f"Kamis (4/12/2025). Warga mengungsi ke balai desa {payload}.\n\n{payload} "
            f"Bantuan datang dari pemerintah provinsi Kalimantan Tengah.",
            url, "2025-12-04", payload, payload, f"banjir,{payload}"])
    with open(folder / "serangan.csv", "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    with open(folder / "serangan.jsonl", "w", encoding="utf-8") as out:
        for number, payload in enumerate(PAYLOADS, start=1):
            out.write(json.dumps({"title": payload, "text": f"Longsor di Lumajang. {payload}",
                                  "source": f"Sumber {payload}", "url":
                                  f"https://contoh.go.id/jsonl/{number}"}) + "\n")
    page = "".join(f"<p>Paragraf {n}: {p}</p>" for n, p in enumerate(PAYLOADS))
    (folder / "serangan.html").write_text(
        "<!doctype html><html><head><title>&lt;script&gt;alert('judul-html')&lt;/script&gt; "
        "Longsor</title><link rel=canonical href=\"https://contoh.go.id/html/1?a=&quot;&gt;"
        "&lt;script&gt;\"></head><body><article><h1>Longsor &lt;b&gt;Lumajang&lt;/b&gt;</h1>"
        f"<p>LUMAJANG — Longsor menutup jalan desa, Kamis (4/12/2025).</p>{page}</article>"
        "</body></html>", "utf-8")


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-fields")
    write_hostile_sources(folder)
    index = folder / "index"
    run_kabar("index", "build", str(folder), index=index, check=True)
    return create_app({"KABAR_INDEX": str(index)}).test_client()


def test_hostile_fields_are_escaped_on_every_page(hostile_client):
    client = hostile_client
    everything = client.get("/api/search?" + urlencode({"q": "", "limit": 100})).get_json()
    assert everything["total"] >= len(PAYLOADS)
    paths = [f"/?{urlencode({'q': q})}" for q in ["banjir", "longsor", "katingan", "alert",
                                                  "script", "kabar-xss-01", ""]]
    paths += ["/?" + urlencode({"source": payload}) for payload in PAYLOADS[:10]]
    paths += ["/?" + urlencode({"q": "banjir", "page": 2}), "/pejabat?nama=Saiful+O%27Hara",
              "/ekspor.csv?q=banjir", "/feed.atom?q=banjir", "/feed.atom?q=longsor",
              "/api/search?q=banjir&limit=100", "/api/search?q=longsor&limit=100"]
    for hit in everything["hits"]:
        paths.append("/artikel?" + urlencode({"id": hit["id"], "q": "banjir alert"}))
        paths.append("/artikel?" + urlencode({"id": hit["id"]}))
        paths.append("/api/article?" + urlencode({"id": hit["id"]}))
    for path in paths:
        assert_safe_response(client.get(path), path)


def test_hostile_text_is_shown_as_text(hostile_client):
    body = hostile_client.get("/?q=banjir&limit=100").get_data(as_text=True)
    assert "&lt;script&gt;alert(&#39;kabar-xss-01&#39;)&lt;/script&gt;" in body
    assert "<script>alert(" not in body
    for hit in hostile_client.get("/api/search?q=banjir&limit=100").get_json()["hits"]:
        assert not hit["url"] or hit["url"].startswith("https://"), hit["url"]


def test_hostile_official_name_page(hostile_client):
    response = hostile_client.get("/pejabat?nama=Saiful+O%27Hara")
    assert response.status_code == 200
    assert "O&#39;Hara" in response.get_data(as_text=True)


def test_csv_export_of_hostile_fields_is_inert(hostile_client):
    response = hostile_client.get("/ekspor.csv?q=banjir")
    assert response.mimetype == "text/csv"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    rows = list(csv.reader(response.get_data(as_text=True).splitlines()))
    assert len(rows) > 1
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
