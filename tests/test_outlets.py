"""One outlet, one source: the identity rules of index/outlets.py, and on a real index of the
corpus, every way of writing an outlet finding it in sumber:, --source and source=."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from conftest import corpus_file, run_kabar
from index.data_files import data_lines
from index.extract.pipeline import make_article
from index.outlets import (
    DATA_FILE,
    match_keys,
    name_key,
    outlet_named,
    outlet_of,
    registered_domain,
)
from index.sources.drafts import Draft
from search import open_index
from search.sources import resolve_source
from webui import create_app

ANTARA_FORMS = ["Antara", "antaranews", "ANTARA News", "antaranews.com", "ANTARA",
                "https://www.antaranews.com/", "Kantor Berita Antara"]
DETIK_FORMS = ["detik", "Detik", "detik.com", "DETIK.COM", "detikcom", "www.detik.com"]


@pytest.mark.parametrize(("address", "domain"), [
    ("https://news.detik.com/berita/d-1/x", "detik.com"),
    ("http://WWW.Detik.COM:8080/a?b=c", "detik.com"),
    ("http://dunia.news.viva.co.id/news/read/1", "viva.co.id"),
    ("https://sukamaju.desa.id/berita/1", "sukamaju.desa.id"),  # desa.id is a public suffix
    ("https://tni.mil.id/view-1", "tni.mil.id"),  # so is mil.id
    ("https://diskominfo.kalteng.go.id/x", "kalteng.go.id"),
    ("https://smkn1.sch.id", "smkn1.sch.id"),
    ("https://catatan.blogspot.com/2025/01/x.html", "catatan.blogspot.com"),
    ("kompas.com", "kompas.com"),
    ("https://192.168.1.10/berita", ""),
    ("http://localhost:8080/x", ""),
    ("https://go.id", ""),  # a public suffix is nobody's site
    ("", ""),
    ("http://[::1", ""),
])
def test_registered_domain(address, domain):
    assert registered_domain(address) == domain


def test_subdomains_are_their_outlet_and_public_suffixes_are_not():
    detik = {outlet_of(url) for url in ["https://news.detik.com/x", "https://finance.detik.com/y",
                                        "https://www.detik.com/z", "https://detik.com/"]}
    assert len(detik) == 1 and detik.pop().name == "detikcom"
    villages = outlet_of("https://sukamaju.desa.id/x"), outlet_of("https://sukamaju.desa.id/y"), \
        outlet_of("https://cibodas.desa.id/x")
    assert villages[0] == villages[1] != villages[2]
    assert [v.name for v in villages] == ["sukamaju.desa.id", "sukamaju.desa.id",
                                          "cibodas.desa.id"]
    assert outlet_of("https://tni.mil.id/x").name == "TNI"  # listed
    assert outlet_of("https://tniad.mil.id/x").name == "tniad.mil.id"  # not TNI, not mil.id
    # a government site that outlets.tsv does not list is its own outlet, named by its host
    assert outlet_of("https://web.katingankab.go.id/berita/1").name == "katingankab.go.id"
    assert outlet_of("https://ppid.jatimprov.go.id/x").name == "Pemprov Jawa Timur"


def test_every_written_form_of_an_outlet_is_one_outlet():
    assert {outlet_named(form) for form in ANTARA_FORMS} == {outlet_named("ANTARA")}
    assert outlet_named("antara").name == "ANTARA"
    assert {outlet_named(form).name for form in DETIK_FORMS} == {"detikcom"}
    assert {outlet_named(f).name for f in ["CNN Indonesia", "cnn indonesia", "CNNIndonesia",
                                           "cnnindonesia.com"]} == {"CNN Indonesia"}
    # two outlets that share a word stay two
    assert outlet_named("Kompas.id").key != outlet_named("Kompas").key == "kompas.com"
    assert outlet_named("Suara Surabaya").key != outlet_named("Suara").key


def test_a_section_is_kept_apart_from_its_outlet():
    otomotif = outlet_named("ANTARA News Otomotif")
    assert (otomotif.name, otomotif.section) == ("ANTARA", "Otomotif")
    assert outlet_named("detikFinance").name == "detikcom"
    assert outlet_named("detikFinance").section == "Finance"
    assert outlet_named("Kompas.com - Regional").section == "Regional"
    # a name that merely starts like a known one is not its section
    assert outlet_named("Suara Karya").name == "Suara Karya"
    draft = Draft("x.html", "x.html#1", "Mobil Listrik", "Teks.", source="ANTARA News Otomotif")
    article = make_article(draft)
    assert (article.source, article.category) == ("ANTARA", "Otomotif")
    draft.category = "Otomotif Terkini"  # what the source says comes first
    assert make_article(draft).category == "Otomotif Terkini"


def test_a_regional_edition_is_its_outlet_and_the_region_its_section():
    # the name a regional bureau writes meets its outlet, as its subdomain does
    for written, domain, region in (
            ("ANTARA Kalteng", "kalteng.antaranews.com", "Kalteng"),
            ("Antara News Sumbar", "sumbar.antaranews.com", "Sumbar"),
            ("ANTARA Kalimantan Tengah", "kalteng.antaranews.com", "Kalimantan Tengah"),
            ("IDN Times Jabar", "jabar.idntimes.com", "Jabar")):
        outlet = outlet_named(written)
        assert (outlet.key, outlet.section) == (outlet_of(f"https://{domain}/x").key, region)
    # another paper that shares a listed outlet's first word is not its edition
    assert outlet_named("Suara Kalbar").name == "Suara Kalbar"
    # words that are no region, or a region's name that is also a common word, are no edition
    assert outlet_named("ANTARA Pos Raya").name == "ANTARA Pos Raya"
    assert outlet_named("IDN Times Batu").name == "IDN Times Batu"
    draft = Draft("x.html", "x.html#1", "Banjir", "Teks.", source="ANTARA Kalteng")
    assert (make_article(draft).source, make_article(draft).category) == ("ANTARA", "Kalteng")


def test_unknown_names_are_normalised_before_they_become_an_outlet():
    assert name_key("ANTARA News") == name_key("antaranews.com") == name_key("Antara") == "antara"
    assert name_key("iNews") == "inews"  # not "i"
    own = outlet_named("Humas Pemprov Sumut")
    assert own.name == "Humas Pemprov Sumut" and not own.known
    assert match_keys("humas pemprov sumut") == match_keys("Humas Pemprov Sumut")
    assert outlet_named("BorneoPos.id").name == "borneopos.id"  # a domain: named by it
    assert match_keys("borneopos") & match_keys("borneopos.id")
    assert outlet_named("").name == outlet_named(" !! ").name == ""


def test_the_url_names_the_outlet_unless_it_is_a_relays():
    assert outlet_of("https://news.detik.com/x", "Antara").name == "detikcom"
    section = outlet_of("https://otomotif.antaranews.com/x", "ANTARA News Otomotif")
    assert (section.name, section.section) == ("ANTARA", "Otomotif")
    assert outlet_of("https://news.google.com/articles/CBMi", "Kompas.com").name == "Kompas.com"
    assert outlet_of("https://news.google.com/articles/CBMi").name == "google.com"
    assert outlet_of("http://localhost/berita/1", "Warta Kita").name == "Warta Kita"
    assert outlet_of("", "").name == ""


def test_the_data_file_is_consistent():
    """Every outlet's domain is a registered domain, listed once; no name is claimed by two
    outlets; no display name is used twice."""
    domains: list[str] = []
    displays: list[str] = []
    claimed: dict[str, str] = {}
    regional: set[str] = set()
    for line in data_lines(DATA_FILE):
        kind, *values = line.split("\t")
        assert kind in {"outlet", "section", "relay", "regional"}, line
        if kind == "regional":  # outlets listed as outlets
            regional.update(name.strip() for name in values[0].split("|"))
        if kind != "outlet":
            continue
        domain, display, *others = values
        assert registered_domain(domain) == domain, line
        domains.append(domain)
        displays.append(display)
        names = [display] + [n.strip() for n in (others[0].split("|") if others else [])]
        for name in names:
            if "." in name and registered_domain(name):
                continue  # another domain of the outlet
            assert claimed.setdefault(name_key(name), domain) == domain, (name, domain)
    assert [d for d, n in Counter(domains).items() if n > 1] == []
    assert regional and regional <= set(domains)
    assert [d for d, n in Counter(displays).items() if n > 1] == []
    for domain, display in zip(domains, displays, strict=True):
        assert outlet_named(display).key == domain, display


def test_resolve_source_against_an_index_names():
    indexed = ["ANTARA", "detikcom", "borneopos.id", "Humas Pemprov Sumut", "Kompas.com"]
    for form in ANTARA_FORMS:
        assert resolve_source(form, indexed) == ["ANTARA"], form
    assert resolve_source("DETIK", indexed) == ["detikcom"]
    assert resolve_source("BorneoPos", indexed) == ["borneopos.id"]
    assert resolve_source("humas pemprov  sumut", indexed) == ["Humas Pemprov Sumut"]
    assert resolve_source("Kompas.id", indexed) == []  # another outlet, not in this index
    assert resolve_source("tidakada", indexed) == resolve_source("", indexed) == []


# --- On a real index of the corpus

@pytest.fixture(scope="module")
def corpus_index(tmp_path_factory):
    """The detik export, the ANTARA feed items (which carry detik's articles too, written
    "Detik") and the saved pages (seven of detik.com)."""
    index = tmp_path_factory.mktemp("outlets") / "index"
    built = run_kabar("index", "build", str(corpus_file("detik-2025.csv")),
                      str(corpus_file("antara-rss-2026.json")), str(corpus_file("html")),
                      index=index)
    assert built.returncode in (0, 1), built.stderr  # 1: html/SOURCES.tsv is no article
    return index


def ids(response: dict) -> list[str]:
    return [hit["id"] for hit in response["hits"]]


def test_every_way_of_asking_for_detik_gives_the_same_hits(corpus_index):
    engine = open_index(corpus_index)
    everything = engine.search("", limit=1)
    sources = {item["value"]: item["count"] for item in everything["facets"]["source"]}
    detik_values = [v for v in sources if "detik" in v.lower()]
    assert detik_values == ["detikcom"]
    expected = engine.search("", source=["detikcom"], sort="newest", limit=100)
    assert expected["total"] == sources["detikcom"] > 1000

    by_option = json.loads(run_kabar("search", "--source", "detik", "--sort", "newest",
                                     "--limit", "100", "--json", index=corpus_index,
                                     check=True).stdout)
    by_field = json.loads(run_kabar("search", "sumber:detik.com", "--sort", "newest", "--limit",
                                    "100", "--json", index=corpus_index, check=True).stdout)
    client = create_app({"KABAR_INDEX": str(corpus_index)}).test_client()
    by_parameter = client.get("/api/search?source=Detik&sort=newest&limit=100").get_json()
    for response in (by_option, by_field, by_parameter):
        assert response["total"] == expected["total"]
        assert ids(response) == ids(expected)
        assert {h["source"] for h in response["hits"]} == {"detikcom"}
        assert response["notices"] == []
    # sumber: in the query narrows the facets like the words do: one value
    assert [item["value"] for item in by_field["facets"]["source"]] == ["detikcom"]


def test_sumber_is_a_filter_on_the_outlet_not_a_word(corpus_index):
    engine = open_index(corpus_index)
    antara = engine.search("sumber:antara", limit=100)
    assert antara["total"] == engine.search("", source=["ANTARA"])["total"] > 0
    assert {h["source"] for h in antara["hits"]} == {"ANTARA"}
    flood = engine.search("banjir", limit=1)["total"]
    not_detik = engine.search("banjir -sumber:detik", limit=100)
    only_detik = engine.search('banjir sumber:"detik.com"', limit=100)
    assert not_detik["total"] + only_detik["total"] == flood
    assert "detikcom" not in {h["source"] for h in not_detik["hits"]}
    # a relaxed search drops words, never the outlet
    relaxed = engine.search("banjir qwertyuiopasdf sumber:detik", limit=100)
    assert relaxed["relaxed"] and relaxed["total"] > 0
    assert {h["source"] for h in relaxed["hits"]} == {"detikcom"}
    # an outlet the index has never seen: nothing, and a notice that names it
    for response in (engine.search("banjir sumber:tidakada"),
                     engine.search("banjir", source=["tidakada"])):
        assert response["total"] == 0
        assert any("tidakada" in notice for notice in response["notices"])


def test_no_outlet_under_two_names(corpus_index):
    engine = open_index(corpus_index)
    values = [item["value"] for item in engine.search("", limit=1)["facets"]["source"]]
    by_outlet = Counter(outlet_named(v).key for v in values)
    by_name = Counter(name_key(v) for v in values)
    assert [k for k, n in by_outlet.items() if n > 1] == []
    assert [k for k, n in by_name.items() if n > 1] == []


def test_your_own_outlets_file_names_and_joins_outlets(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / DATA_FILE).write_text(
        "outlet\tborneopos.id\tBorneoPos\tBorneo Pos | Harian Borneo\n"
        "outlet\tdetik.com\tDetik\n", encoding="utf-8")
    export = tmp_path / "ekspor.csv"
    export.write_text(
        "judul,isi,tautan,sumber\n"
        "Banjir di Katingan,Banjir merendam desa.,https://www.borneopos.id/berita/1,\n"
        "Banjir lagi,Banjir merendam jalan.,,Harian Borneo\n"
        "Banjir ketiga,Banjir merendam sawah.,https://news.detik.com/berita/3,detikNews\n",
        encoding="utf-8")
    index = tmp_path / "index"
    run_kabar("index", "build", str(export), index=index, data=data, check=True)
    found = json.loads(run_kabar("search", "banjir", "--json", index=index, data=data,
                                 check=True).stdout)
    assert {i["value"]: i["count"] for i in found["facets"]["source"]} == {
        "BorneoPos": 2, "Detik": 1}
    borneo = json.loads(run_kabar("search", "sumber:\"borneo pos\"", "--json", index=index,
                                  data=data, check=True).stdout)
    assert borneo["total"] == 2
