"""bench/common.py: the index `bench.index` builds is the one `bench.search` then searches, as
long as what is indexed (the schema, the code and data under index/) has not changed."""

from __future__ import annotations

import csv
import math
import shutil

from bench import common
from tests.conftest import corpus_file

ARTICLES = 30


def _small_corpus(folder):
    source = corpus_file("detik-2025.csv")
    target = folder / "kecil.csv"
    with source.open(encoding="utf-8", newline="") as f_in, \
            target.open("w", encoding="utf-8", newline="") as f_out:
        reader = csv.DictReader(f_in)
        writer = csv.DictWriter(f_out, fieldnames=reader.fieldnames)
        writer.writeheader()
        seen = set()
        for row in reader:
            if row["tautan"] not in seen:
                seen.add(row["tautan"])
                writer.writerow(row)
            if len(seen) == ARTICLES:
                break
    return target


def test_a_build_is_reused_until_what_is_indexed_changes(tmp_path, monkeypatch):
    monkeypatch.setattr(common, "CACHE", tmp_path / "cache")
    (tmp_path / "cache").mkdir()
    corpus = _small_corpus(tmp_path)
    monkeypatch.setattr(common, "_sources", lambda scale, whole: [corpus])

    folder, seconds, report = common.kabar_build(7)  # what bench.index does
    assert report.added == ARTICLES and seconds > 0
    again, seconds = common.build_kabar_index(7)  # what bench.search does
    assert again == folder and math.isnan(seconds)  # reused

    monkeypatch.setattr(common, "build_key", lambda whole=False: "another version of index/")
    again, seconds = common.build_kabar_index(7)
    assert again == folder and seconds > 0  # stale: built again
    assert math.isnan(common.build_kabar_index(7)[1])  # and reused from then on


def test_the_key_follows_the_files_under_index(tmp_path, monkeypatch):
    shutil.copytree(common.ROOT / "index", tmp_path / "index",
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(common, "ROOT", tmp_path)
    monkeypatch.delenv("KABAR_DATA", raising=False)
    key = common.build_key()
    assert common.build_key() == key
    (tmp_path / "index" / "__pycache__").mkdir(exist_ok=True)
    (tmp_path / "index" / "__pycache__" / "x.pyc").write_bytes(b"compiled")
    assert common.build_key() == key  # compiled files are not what is indexed
    words = tmp_path / "index" / "data" / "stopwords-tala.txt"
    words.write_text(words.read_text(encoding="utf-8") + "katabaru\n", encoding="utf-8")
    assert common.build_key() != key
    assert common.build_key(whole=True) != common.build_key()


def test_a_server_started_with_another_cache_budget_answers(demo_index):
    """bench.serve_cache's servers: `kabar serve` with the postings cache's budget set."""
    import json
    import urllib.request

    with common.running_server(demo_index, cache_mb=1) as (pid, base):
        answer = json.loads(urllib.request.urlopen(base + "banjir", timeout=60).read())
        with open(f"/proc/{pid}/cmdline", "rb") as command:
            assert b"columns.CACHE.limit" in command.read()
    assert answer["total"] > 0
