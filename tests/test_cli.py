"""End to end through the kabar command, run as a subprocess on real indexes."""

from __future__ import annotations

import json
import shutil

from conftest import DEMO, corpus_file, run_kabar

SEED_TITLE = "ASN Dituntut Tingkatkan Kompetensi untuk Dorong Laju Pembangunan Daerah"


def search_json(index, *args):
    result = run_kabar("search", *args, "--json", index=index, check=True)
    return json.loads(result.stdout)


def test_founding_article_comes_first_with_marks_and_facets(seed_index):
    response = search_json(seed_index, "kompetensi asn")
    assert response["total"] == 1
    hit = response["hits"][0]
    assert hit["title"].replace("<mark>", "").replace("</mark>", "") == SEED_TITLE
    assert "<mark>Kompetensi</mark>" in hit["title"]
    assert "<mark>" in hit["snippet"]
    assert hit["source"] == "WartaSenja.com"
    assert hit["published"] == "2025-12-04"
    assert hit["provinces"] == ["Kalimantan Tengah"]
    assert hit["regencies"] == ["Kota Palangka Raya"]
    assert {"name": "Edy Pratowo", "role": "Wakil Gubernur Kalimantan Tengah"} in hit["officials"]
    assert {"name": "Nunu Andriani",
            "role": "Kepala Badan Pengembangan Sumber Daya Manusia Provinsi Kalimantan Tengah"
            } in hit["officials"]
    facets = response["facets"]
    assert facets["province"] == [{"value": "Kalimantan Tengah", "count": 1}]
    assert {"value": "Edy Pratowo", "count": 1} in facets["official"]
    assert facets["year"] == [{"value": "2025", "count": 1}]
    assert set(response) >= {"query", "total", "page", "limit", "hits", "facets", "suggestion",
                             "relaxed"}


def test_show_prints_every_extracted_field(seed_index):
    hit = search_json(seed_index, "kompetensi")["hits"][0]
    article = json.loads(run_kabar("show", hit["id"], "--json", index=seed_index,
                                   check=True).stdout)
    assert article["body"].startswith("PALANGKA RAYA —")
    assert article["body"].endswith("(red1)")
    assert article["tags"] == ["asn"]
    assert len(article["officials"]) == 2


def test_demo_search_filters_and_pages(demo_index):
    everything = search_json(demo_index, "", "--limit", "5")
    assert everything["total"] >= 30
    assert len(everything["hits"]) == 5
    second = search_json(demo_index, "", "--limit", "5", "--page", "2")
    assert {h["id"] for h in second["hits"]}.isdisjoint({h["id"] for h in everything["hits"]})
    kalteng = search_json(demo_index, "", "--region", "Kalteng", "--limit", "100")
    assert kalteng["total"] >= 2
    assert all("Kalimantan Tengah" in h["provinces"] for h in kalteng["hits"])
    newest = search_json(demo_index, "", "--sort", "newest", "--limit", "100")
    dates = [h["published"] for h in newest["hits"] if h["published"]]
    assert dates == sorted(dates, reverse=True)


def test_relaxed_when_all_words_find_nothing(seed_index):
    response = search_json(seed_index, "kompetensi zzzyyyxxx")
    assert response["relaxed"] is True and response["total"] == 1


def test_plain_text_output(seed_index):
    result = run_kabar("search", "kompetensi", index=seed_index, check=True)
    assert "1 hasil" in result.stdout and "[kompetensi]" in result.stdout.lower()


def test_add_skips_unchanged_and_counts(tmp_path):
    index = tmp_path / "index"
    run_kabar("index", "build", str(corpus_file("seed/wartasenja-asn-kalteng.txt")), index=index,
              check=True)
    again = run_kabar("index", "add", str(corpus_file("seed/wartasenja-asn-kalteng.txt")),
                      index=index, check=True)
    assert "added 0, updated 0, unchanged 1, failed 0" in again.stdout
    more = run_kabar("index", "add", str(DEMO / "export-humas.csv"), index=index, check=True)
    assert "added 6" in more.stdout


def test_errors_are_messages_not_tracebacks(tmp_path):
    missing = run_kabar("search", "asn", index=tmp_path / "nothing")
    assert missing.returncode == 1
    assert "no Kabar index" in missing.stderr and "Traceback" not in missing.stderr
    bad_file = tmp_path / "rusak.json"
    bad_file.write_text("{", encoding="utf-8")
    built = run_kabar("index", "build", str(bad_file),
                      str(corpus_file("seed/wartasenja-asn-kalteng.txt")), index=tmp_path / "i")
    assert built.returncode == 1
    assert "added 1" in built.stdout and "rusak.json" in built.stderr
    usage = run_kabar("search", "asn", "--from", "kemarin", index=tmp_path / "i")
    assert usage.returncode == 2 and "YYYY-MM-DD" in usage.stderr


def test_an_index_copied_without_its_links_is_named_not_a_traceback(seed_index, tmp_path):
    """shutil.copytree without symlinks=True turns CURRENT into a folder: every command says
    so and how to copy it, exits 1, and changes nothing."""
    copy = tmp_path / "salinan"
    shutil.copytree(seed_index, copy)
    before = sorted(str(p.relative_to(copy)) for p in copy.rglob("*"))
    for args in (("search", "asn"), ("show", "x"), ("index", "stats"),
                 ("index", "build", str(corpus_file("seed/wartasenja-asn-kalteng.txt")))):
        result = run_kabar(*args, index=copy)
        assert result.returncode == 1, args
        assert "Traceback" not in result.stderr, args
        assert "CURRENT is not the symbolic link" in result.stderr and "cp -a" in result.stderr
    assert sorted(str(p.relative_to(copy)) for p in copy.rglob("*")) == before
