"""The government lens (scope=government): the rule on texts of our own, its precision and recall
on the frozen hand labels, and the filter on a real index of real articles: every hit about
government on every page, facet counts that agree, the switch on the results page, the API, the
exports and the CLI option."""

from __future__ import annotations

import csv
import html
import io
import json

import feedparser
import pytest

import bench.common
from bench import eval_government
from conftest import run_kabar
from index.article import Official
from index.extract import government
from index.extract.government import government_source, is_government
from search import BadRequest, open_index
from webui import create_app

SPORT = ("Persib menang 3-1 atas Persija", "Gol pertama dicetak pada menit ke-12. Pelatih "
         "memuji permainan para pemain muda di depan ribuan suporter.")
COUNCIL = ("DPRD sahkan APBD 2026", "Rapat paripurna menyetujui rancangan anggaran daerah.")


def test_the_rule_on_texts_of_our_own():
    assert not is_government(*SPORT, "https://bola.example.com/x", [])
    assert is_government(*COUNCIL, "https://berita.example.com/x", [])
    # a word of government business alone is not enough; two are
    assert not is_government("Harga cabai naik", "Anggaran belanja rumah tangga membengkak.",
                             "", [])
    assert is_government("Harga cabai naik", "Kebijakan baru soal anggaran pasar.", "", [])
    # an official named, or a government site
    assert is_government(*SPORT, "", [Official("Saiful", "Bupati Katingan")])
    assert is_government(*SPORT, "https://diskominfo.kalteng.go.id/berita/1", [])
    assert government_source("https://sukamaju.desa.id/x")
    assert not government_source("https://go.id.example.com/x")
    # capitals-only words: "MPR" the assembly, not "mpr" inside another text
    assert is_government("Sidang MPR dibuka", "", "", [])
    assert not is_government("Resep kue mpr", "", "", [])
    # the lead is read, not the whole body
    far = "Pertandingan berlangsung seru. " * 40 + "Gubernur hadir di tribun."
    assert not is_government("Laga final", far, "", [])


def test_users_extend_the_word_list(tmp_path, monkeypatch):
    (tmp_path / "government.tsv").write_text("strong\tlurah digital\n", encoding="utf-8")
    monkeypatch.setenv("KABAR_DATA", str(tmp_path))
    government._words.cache_clear()
    try:
        assert is_government("Lurah digital melayani warga", "", "", [])
        (tmp_path / "government.tsv").write_text("kata\ttanpa jenis\n", encoding="utf-8")
        government._words.cache_clear()
        with pytest.raises(ValueError, match=r"government\.tsv"):
            is_government("x", "", "", [])
    finally:
        monkeypatch.delenv("KABAR_DATA")
        government._words.cache_clear()


def test_precision_and_recall_on_the_frozen_labels(tmp_path, monkeypatch):
    monkeypatch.setattr(bench.common, "CACHE", tmp_path)  # extracted with this checkout's code
    for split in ("dev", "heldout"):
        found = eval_government.scores(split)
        assert found["articles"] == 40
        assert found["precision"] >= 0.9 and found["recall"] >= 0.9, found


@pytest.fixture(scope="module")
def engine(corpus_index):
    return open_index(corpus_index)


def _recomputed(engine, article_id: str) -> bool:
    """Whether an article is about government, by the rule, from its stored fields (not from
    the flag the index keeps)."""
    article = engine.get(article_id)
    officials = [Official(o["name"], o["role"] or "") for o in article["officials"]]
    return is_government(html.unescape(article["title"]), article["body"], article["url"],
                         officials)


def test_every_hit_is_about_government_on_every_page(engine):
    everything = engine.search("banjir", limit=1)["total"]
    lens = engine.search("banjir", scope="government", limit=100)
    assert 0 < lens["total"] < everything and lens["scope"] == "government"
    seen = 0
    for page in range(1, 4):
        hits = engine.search("", scope="government", sort="newest", limit=100,
                             page=page)["hits"]
        for hit in hits:
            assert _recomputed(engine, hit["id"]), hit["title"]
            for copy in hit["also_in"]:
                assert _recomputed(engine, copy["id"]), copy["title"]
        seen += len(hits)
    assert seen == 300
    # and what it leaves out is not about government
    _, hits = engine.export("banjir", rows=10_000)
    kept = {h["id"] for h in engine.export("banjir", rows=10_000, scope="government")[1]}
    left = [h for h in hits if h["id"] not in kept][:60]
    assert left and not any(_recomputed(engine, h["id"]) for h in left)


def test_facet_counts_agree_with_the_lens(engine):
    response = engine.search("", scope="government")
    for facet in ("source", "province", "official"):
        for item in response["facets"][facet][:3]:
            chosen = {"source": {"source": [item["value"]]},
                      "province": {"region": [item["value"]]},
                      "official": {"official": [item["value"]]}}[facet]
            assert engine.search("", scope="government", **chosen)["total"] == item["count"]
    # typed filters and dates combine with it (AND)
    typed = engine.search("wilayah:jawa-timur", scope="government")["total"]
    assert 0 < typed <= engine.search("wilayah:jawa-timur")["total"]
    assert engine.search("", scope="all")["total"] == engine.search("")["total"]


def test_a_scope_that_does_not_exist_is_named(engine):
    with pytest.raises(BadRequest, match="scope must be one of all, government"):
        engine.search("banjir", scope="selebriti")


@pytest.fixture(scope="module")
def client(corpus_index):
    return create_app({"KABAR_INDEX": str(corpus_index), "TESTING": True}).test_client()


def test_the_switch_on_the_results_page(client, engine):
    off = client.get("/?q=banjir").get_data(as_text=True)
    assert 'role="switch" aria-checked="false"' in off
    assert "scope=government" in off and "Pemerintahan saja" in off
    on = client.get("/?q=banjir&scope=government").get_data(as_text=True)
    assert 'role="switch" aria-checked="true"' in on
    total = engine.search("banjir", scope="government")["total"]
    assert f"<strong>{total:,}".replace(",", ".") in on
    assert 'class="chip-kind">Cakupan:' in on  # a chip that takes it away
    # the links of the page keep the lens: facets, pages, exports
    assert on.count("scope=government") > 10
    bad = client.get("/?q=banjir&scope=selebriti")
    assert bad.status_code == 400 and "scope" in bad.get_data(as_text=True)


def test_the_api_exports_and_feed_keep_the_lens(client, engine):
    api = client.get("/api/search?q=banjir&scope=government").get_json()
    assert api["scope"] == "government"
    assert api["total"] == engine.search("banjir", scope="government")["total"]
    assert client.get("/api/search?q=banjir&scope=x").status_code == 400
    rows = list(csv.DictReader(io.StringIO(
        client.get("/ekspor.csv?q=banjir&scope=government").get_data(as_text=True))))
    assert rows and all(_recomputed(engine, row["id"]) for row in rows[:80])
    feed = feedparser.parse(client.get("/feed.atom?q=banjir&scope=government").get_data())
    assert feed.entries and all(_recomputed(engine, e.link) for e in feed.entries)


def test_the_cli_option(corpus_index, engine):
    result = run_kabar("search", "banjir", "--scope", "government", "--json",
                       index=corpus_index, check=True)
    response = json.loads(result.stdout)
    assert response["scope"] == "government"
    assert response["total"] == engine.search("banjir", scope="government")["total"]
    bad = run_kabar("search", "banjir", "--scope", "selebriti", index=corpus_index)
    assert bad.returncode == 2 and "--scope" in bad.stderr
