"""An index remembers the word lists its terms were made with, and asks to be rebuilt when they
change: never silently different results."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from conftest import corpus_file, run_kabar
from index.analysis import analyzer
from index.store.generations import META, WORD_LISTS, current_generation
from webui import create_app

SEED = "seed/wartasenja-asn-kalteng.txt"


def test_the_digests_cover_exactly_the_files_the_analyzer_reads():
    source = Path(analyzer.__file__).read_text("utf-8")
    read = set(re.findall(r'_(?:data|read)\("([^"]+)"\)', source))
    assert read == set(analyzer.DATA_FILES)
    # every read goes through _read (_data's lines), which refuses a file outside DATA_FILES
    assert source.count("word_lists(") == 1 and "data_lines(" not in source
    assert "word_list(" not in source and "data_bytes(" not in source
    with pytest.raises(ValueError, match="DATA_FILES"):
        analyzer._data("months.tsv")
    assert set(analyzer.data_digests()) == set(analyzer.DATA_FILES)


def build(index: Path, data: Path) -> None:
    run_kabar("index", "build", str(corpus_file(SEED)), index=index, data=data, check=True)


def search(index: Path, data: Path, *words: str):
    return run_kabar("search", *words, "--json", index=index, data=data)


def test_a_changed_list_stops_search_and_writers_until_a_rebuild(tmp_path):
    lists = tmp_path / "lists"
    lists.mkdir()
    index = tmp_path / "index"
    build(index, lists)
    assert json.loads(search(index, lists, "asn").stdout)["total"] == 1

    (lists / "protected_words.txt").write_text("tingkatkan\n", "utf-8")
    refused = search(index, lists, "asn")
    assert refused.returncode == 1
    assert "word lists changed" in refused.stderr
    assert "protected_words.txt" in refused.stderr
    assert f"kabar index build SOURCE... --index {index}" in refused.stderr
    assert refused.stdout == ""
    added = run_kabar("index", "add", str(corpus_file(SEED)), index=index, data=lists)
    assert added.returncode == 1
    assert "word lists changed" in added.stderr

    build(index, lists)
    rebuilt = search(index, lists, "tingkatkan")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert json.loads(rebuilt.stdout)["total"] == 1
    # the lists of the rebuilt index are not the session's (empty) ones
    assert run_kabar("search", "asn", index=index).returncode == 1


def test_an_index_made_before_the_digests_asks_for_a_rebuild(tmp_path):
    lists = tmp_path / "lists"
    lists.mkdir()
    index = tmp_path / "index"
    build(index, lists)
    meta_file = current_generation(index) / META
    meta = json.loads(meta_file.read_text("utf-8"))
    del meta[WORD_LISTS]
    meta_file.write_text(json.dumps(meta), "utf-8")
    refused = search(index, lists, "asn")
    assert refused.returncode == 1
    assert "before Kabar recorded its word lists" in refused.stderr
    assert "kabar index build" in refused.stderr


def test_the_web_ui_says_so_when_the_index_was_rebuilt_with_other_lists(tmp_path):
    index = tmp_path / "index"  # built with the session's lists, as this process's are
    run_kabar("index", "build", str(corpus_file(SEED)), index=index, check=True)
    client = create_app({"KABAR_INDEX": str(index), "TESTING": True}).test_client()
    assert client.get("/?q=asn").status_code == 200

    other = tmp_path / "other"
    other.mkdir()
    (other / "protected_words.txt").write_text("tingkatkan\n", "utf-8")
    build(index, other)
    time.sleep(0.3)  # past the engine's check for a new generation
    page = client.get("/?q=asn")
    assert page.status_code == 503
    text = page.get_data(as_text=True)
    assert "Indeks tidak tersedia" in text
    assert "word lists changed" in text and "protected_words.txt" in text
    api = client.get("/api/search?q=asn")
    assert api.status_code == 503
    assert "kabar index build" in api.get_json()["error"]
