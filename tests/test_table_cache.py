"""The synonym table comes back from the cache between processes, and a change to what it is
built from (a user's line in a data file, a damaged cache file) builds it again."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

# a new process's view of the table: what a few forms mean, and whether it was built
PROBE = """
import json, sys
import index.table_cache as cache
built = []
original = cache.cached_table
def watched(name, files, modules, build):
    return original(name, files, modules, lambda: built.append(name) or build())
cache.cached_table = watched
from search.synonyms import synonym_table
table = synonym_table()
print(json.dumps({"built": built, "forms": {k: sorted(table.get(k, ())) for k in sys.argv[1:]}}))
"""


@pytest.fixture()
def folders(tmp_path):
    cache, data = tmp_path / "cache", tmp_path / "data"
    data.mkdir()
    return cache, data


def run_probe(folders, script: str, *args: str) -> dict:
    """What a new process running `script` with `args` prints, with its own cache and data."""
    cache, data = folders
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "KABAR_DATA": str(data)}
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, check=True)
    return json.loads(done.stdout)


def probe(folders, *forms: str) -> dict:
    return run_probe(folders, PROBE, *forms)


def test_the_second_process_reads_the_table_the_first_built(folders):
    first = probe(folders, "kalteng", "wagub")
    assert first["built"] == ["synonyms"]
    assert "kalimantan tengah" in first["forms"]["kalteng"]
    assert (folders[0] / "kabar" / "synonyms.marshal").exists()
    second = probe(folders, "kalteng", "wagub")
    assert second == {"built": [], "forms": first["forms"]}


@pytest.mark.parametrize("file, line, form, meaning", [
    ("abbreviations.tsv", "pjkb\tpejabat kabupaten baru", "pjkb", "pejabat kabupaten baru"),
    ("region_aliases.tsv", "Kaltengah\tKalimantan Tengah", "kaltengah", "kalimantan tengah"),
])
def test_a_users_new_line_builds_the_table_again(folders, file, line, form, meaning):
    assert probe(folders, form)["forms"][form] == []
    (folders[1] / file).write_text(line + "\n", "utf-8")
    changed = probe(folders, form)
    assert changed["built"] == ["synonyms"]
    assert meaning in changed["forms"][form]
    assert probe(folders, form) == {"built": [], "forms": changed["forms"]}


def test_a_damaged_cache_file_is_built_again(folders):
    expected = probe(folders, "kalteng")["forms"]
    (folders[0] / "kabar" / "synonyms.marshal").write_bytes(b"\x00garbage")
    assert probe(folders, "kalteng") == {"built": ["synonyms"], "forms": expected}


def test_an_unwritable_cache_folder_only_costs_the_build(folders, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    expected = probe(folders, "kalteng")["forms"]
    for _ in range(2):
        assert probe((blocker, folders[1]), "kalteng") == {"built": ["synonyms"], "forms": expected}


# the analyzer's protected words (index/analysis/analyzer.py), kept the same way
PROTECTED_PROBE = """
import json, sys
import index.table_cache as cache
built = []
original = cache.cached_table
def watched(name, files, modules, build, digests=()):
    return original(name, files, modules, lambda: built.append(name) or build(), digests)
cache.cached_table = watched
from index.analysis import analyzer
words = analyzer.protected_words()
print(json.dumps({"built": built, "has": [w for w in sys.argv[1:] if w in words]}))
"""


def protected(folders, *words: str) -> dict:
    return run_probe(folders, PROTECTED_PROBE, *words)


def test_the_protected_words_come_back_and_a_users_line_builds_them_again(folders):
    first = protected(folders, "katingan", "bupati", "zqkabupaten")
    assert first == {"built": ["protected-words"], "has": ["katingan", "bupati"]}
    assert protected(folders, "katingan", "bupati", "zqkabupaten") == {
        "built": [], "has": ["katingan", "bupati"]}
    (folders[1] / "protected_words.txt").write_text("zqkabupaten\n", "utf-8")
    assert protected(folders, "katingan", "zqkabupaten") == {
        "built": ["protected-words"], "has": ["katingan", "zqkabupaten"]}
    assert protected(folders, "zqkabupaten") == {"built": [], "has": ["zqkabupaten"]}
