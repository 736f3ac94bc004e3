"""One outlet, one source, for outlets index/data/outlets.tsv does not list (issue 15): within
one index, a source its articles name by a written name only ("Kabar Selatan") is the outlet of
the registered domain other articles' URLs give (kabarselatan.id) when the name writes that
domain's label; the facet, the filters, the hits, the exports and the stats then show one name.
Made-up outlets in a CSV export, a JSON export and a saved page, indexed in three commits."""

from __future__ import annotations

import csv
import json

import pytest

from conftest import run_kabar
from index.outlets import joined_sources, match_keys
from search import open_index
from webui import create_app


@pytest.mark.parametrize(("counts", "joined"), [
    # a name and the domain whose label it writes: case, spaces, a "News"/"Online" ending
    ({"kabarselatan.id": 3, "Kabar Selatan": 2, "KABAR SELATAN": 1},
     {"kabarselatan.id": "Kabar Selatan", "KABAR SELATAN": "Kabar Selatan"}),
    ({"wartapesisir.com": 1, "Warta Pesisir Online": 2},
     {"wartapesisir.com": "Warta Pesisir Online"}),
    ({"lensautaranews.com": 2, "Lensa Utara": 1}, {"lensautaranews.com": "Lensa Utara"}),
    # a name that writes the labels of two domains of the index: neither
    ({"radartimur.com": 1, "radartimurnews.com": 1, "Radar Timur": 1}, {}),
    # a shared word is not a label: another paper than Suara.com
    ({"Suara.com": 4, "Suara Lembah": 2, "suaralembah.co.id": 1},
     {"Suara Lembah": "Suara Lembah", "suaralembah.co.id": "Suara Lembah"}),
    ({"Suara.com": 4, "Suara Lembah": 2}, {}),
    # a government's site takes its label as written, no ending dropped
    ({"kabarhulu.go.id": 2, "Kabar Hulu News": 3}, {}),
    ({"kabarhulu.go.id": 2, "Kabar Hulu": 1}, {"kabarhulu.go.id": "Kabar Hulu"}),
    # a listed outlet's regional paper stays the outlet's (outlets.tsv regional lines)
    ({"Tribunnews.com": 2, "tribunmedan.com": 1}, {}),
    # listed outlets are one value each already
    ({"Kompas.com": 3, "ANTARA": 2, "Harian Kompas": 1, "detikcom": 1}, {}),
])
def test_which_values_join(counts, joined):
    shown = joined_sources(counts)
    assert set(shown) == set(counts)
    assert {value: name for value, name in shown.items() if value != name} == {
        value: name for value, name in joined.items() if value != name}
    for value, name in joined.items():  # the filter meets what the facet joins
        assert match_keys(value) & match_keys(name)


def _csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["judul", "isi", "tanggal", "tautan", "sumber"])
        writer.writeheader()
        writer.writerows(rows)


PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Nelayan Tanjung Biru menanam bakau - Warta Pesisir Online</title>
<meta property="og:site_name" content="Warta Pesisir Online">
<meta property="article:published_time" content="2026-03-04T09:00:00+07:00">
</head><body><article><h1>Nelayan Tanjung Biru menanam bakau</h1>
<p>Kelompok nelayan Tanjung Biru menanam seribu bibit bakau di pantai desa pada Rabu pagi.</p>
<p>Ketua kelompok mengatakan bakau menahan abrasi dan menjadi rumah ikan kecil.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def joined_index(tmp_path_factory):
    """Three commits: a CSV by names, then a JSON export by URLs, then a saved page by name."""
    folder = tmp_path_factory.mktemp("outlet-joins")
    _csv(folder / "nama.csv", [
        {"judul": "Jembatan gantung Sungai Lamat diperbaiki", "tanggal": "2026-03-01",
         "isi": "Warga Sungai Lamat bergotong royong memperbaiki jembatan gantung desa.",
         "tautan": "", "sumber": "Kabar Selatan"},
        {"judul": "Pasar terapung Sungai Lamat ramai", "tanggal": "2026-03-02",
         "isi": "Pedagang sayur memenuhi pasar terapung Sungai Lamat sejak subuh.",
         "tautan": "", "sumber": "KABAR SELATAN"},
        {"judul": "Lomba perahu naga di Sungai Lamat", "tanggal": "2026-03-03",
         "isi": "Dua belas regu mengikuti lomba perahu naga di Sungai Lamat.",
         "tautan": "", "sumber": "Suara Lembah"},
    ])
    (folder / "tautan.json").write_text(json.dumps([
        {"judul": "Sekolah apung Sungai Lamat dibuka", "tanggal": "2026-03-05",
         "isi": "Sekolah apung pertama di Sungai Lamat menerima tiga puluh murid.",
         "tautan": "https://www.kabarselatan.id/daerah/sekolah-apung", "sumber": ""},
        {"judul": "Bibit bakau dibagikan di Tanjung Biru", "tanggal": "2026-03-06",
         "isi": "Dinas membagikan bibit bakau kepada nelayan Tanjung Biru.",
         "tautan": "https://wartapesisir.com/pesisir/bibit-bakau", "sumber": ""},
    ]), encoding="utf-8")
    (folder / "halaman.html").write_text(PAGE, encoding="utf-8")
    index = folder / "index"
    run_kabar("index", "build", str(folder / "nama.csv"), index=index, check=True)
    run_kabar("index", "add", str(folder / "tautan.json"), index=index, check=True)
    run_kabar("index", "add", str(folder / "halaman.html"), index=index, check=True)
    return index


def test_the_facet_counts_outlets_not_spellings(joined_index):
    engine = open_index(joined_index)
    facet = {i["value"]: i["count"] for i in engine.search("", limit=1)["facets"]["source"]}
    assert facet == {"Kabar Selatan": 3, "Warta Pesisir Online": 2, "Suara Lembah": 1}
    stats = engine.stats()
    assert {i["value"]: i["count"] for i in stats["sources"]} == facet
    assert stats["totals"]["sources"] == 3


def test_every_written_form_finds_the_outlet_and_its_hits_show_one_name(joined_index):
    engine = open_index(joined_index)
    client = create_app({"KABAR_INDEX": str(joined_index)}).test_client()
    for form in ("Kabar Selatan", "kabar selatan", "kabarselatan.id", "kabarselatan",
                 "https://kabarselatan.id/x"):
        typed = engine.search(f'sumber:"{form}"', limit=10)
        by_option = json.loads(run_kabar("search", "--source", form, "--json", "--limit", "10",
                                         index=joined_index, check=True).stdout)
        by_parameter = client.get("/api/search", query_string={"source": form}).get_json()
        for response in (typed, by_option, by_parameter):
            assert response["total"] == 3, form
            assert {h["source"] for h in response["hits"]} == {"Kabar Selatan"}, form
    pesisir = engine.search("", source=["wartapesisir.com"], limit=10)
    assert pesisir["total"] == 2
    assert {h["source"] for h in pesisir["hits"]} == {"Warta Pesisir Online"}
    # not joined: Suara Lembah is not Suara.com, and the other way round
    assert engine.search("sumber:suara.com")["total"] == 0
    assert engine.search('-sumber:"Kabar Selatan"')["total"] == 3


def test_exports_and_pages_show_one_name(joined_index):
    client = create_app({"KABAR_INDEX": str(joined_index)}).test_client()
    exported = client.get("/ekspor.csv", query_string={"q": "Sungai Lamat"})
    rows = list(csv.DictReader(exported.get_data(as_text=True).splitlines()))
    assert sorted(r["source"] for r in rows) == ["Kabar Selatan"] * 3 + ["Suara Lembah"]
    feed = client.get("/feed.atom", query_string={"q": "bakau"}).get_data(as_text=True)
    assert feed.count("<name>Warta Pesisir Online</name>") == 2
    assert "wartapesisir.com</name>" not in feed
    page = client.get("/", query_string={"q": "Sungai Lamat"}).get_data(as_text=True)
    assert "kabarselatan.id</a>" not in page and "KABAR SELATAN" not in page
    shown = run_kabar("index", "stats", index=joined_index, check=True).stdout
    assert "Kabar Selatan" in shown and "kabarselatan.id" not in shown
