"""Users' own data files: found outside the install, read after the shipped ones, and in effect."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import ROOT, corpus_file, run_kabar
from index.data_files import (
    DataFileError,
    check_user_files,
    data_lines,
    user_data_dir,
    word_lists,
)

SEED = "seed/wartasenja-asn-kalteng.txt"
QUOTE = "“Investasi terbesar kita hari ini adalah manusia"


def test_the_session_reads_an_empty_folder_of_its_own():
    folder = Path(os.environ["KABAR_DATA"])
    assert folder.is_dir()
    assert list(folder.iterdir()) == []
    assert folder != Path.home() / ".config" / "kabar"


def test_user_lines_come_after_the_shipped_ones(tmp_path, monkeypatch):
    shipped = data_lines("topic_abbreviations.tsv")
    (tmp_path / "topic_abbreviations.tsv").write_text(
        "# my own\n\nxyzpend\tpendidikan xyz\n", "utf-8")
    monkeypatch.setenv("KABAR_DATA", str(tmp_path))
    assert data_lines("topic_abbreviations.tsv") == [*shipped, "xyzpend\tpendidikan xyz"]


def test_a_byte_order_mark_is_not_part_of_the_first_line(tmp_path, monkeypatch):
    (tmp_path / "protected_words.txt").write_bytes("\ufeffkabarku\n".encode())
    monkeypatch.setenv("KABAR_DATA", str(tmp_path))
    assert data_lines("protected_words.txt")[-1] == "kabarku"


def test_a_missing_folder_is_fine(tmp_path, monkeypatch):
    monkeypatch.setenv("KABAR_DATA", str(tmp_path / "nowhere"))
    check_user_files()
    monkeypatch.setenv("KABAR_DATA", "")
    assert user_data_dir() is None
    assert data_lines("months.tsv")


def test_the_folder_is_kabar_data_else_xdg_config_home_else_home(tmp_path, monkeypatch):
    monkeypatch.setenv("KABAR_DATA", str(tmp_path / "mine"))
    assert user_data_dir() == tmp_path / "mine"
    monkeypatch.delenv("KABAR_DATA")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert user_data_dir() == tmp_path / "config" / "kabar"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")  # not absolute: ignored
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_data_dir() == tmp_path / "home" / ".config" / "kabar"


@pytest.mark.parametrize("make_unreadable", [
    lambda path: path.write_bytes(b"caf\xe9\n"),  # Latin-1, not UTF-8
    lambda path: path.mkdir(),
], ids=["not-utf8", "a-folder"])
def test_an_unreadable_file_is_named_with_the_reason(tmp_path, monkeypatch, make_unreadable):
    path = tmp_path / "abbreviations.tsv"
    make_unreadable(path)
    monkeypatch.setenv("KABAR_DATA", str(tmp_path))
    with pytest.raises(DataFileError, match=r"abbreviations\.tsv") as raised:
        check_user_files()
    assert str(path) in str(raised.value)
    result = run_kabar("search", "asn", index=tmp_path / "index", data=tmp_path)
    assert result.returncode == 1
    assert f"cannot read {path}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def own_lists(tmp_path_factory) -> Path:
    """A user data folder that adds an abbreviation, a region alias and a furniture line."""
    folder = tmp_path_factory.mktemp("user-data")
    (folder / "abbreviations.tsv").write_text("Apsina\tAparatur Sipil Negara\tinstitution\n",
                                              "utf-8")
    (folder / "region_aliases.tsv").write_text("Bumi Tambun Bungai\tKalimantan Tengah\n", "utf-8")
    (folder / "furniture.tsv").write_text(f"line\t{QUOTE}\n", "utf-8")
    return folder


@pytest.fixture(scope="module")
def own_index(own_lists, tmp_path_factory) -> Path:
    index = tmp_path_factory.mktemp("own") / "index"
    run_kabar("index", "build", str(corpus_file(SEED)), index=index, data=own_lists, check=True)
    return index


def search(index: Path, *args: str, data: Path | None = None) -> dict:
    result = run_kabar("search", *args, "--json", index=index, data=data, check=True)
    return json.loads(result.stdout)


def body(index: Path, data: Path | None = None) -> str:
    article_id = search(index, "kompetensi", data=data)["hits"][0]["id"]
    shown = run_kabar("show", article_id, "--json", index=index, data=data, check=True)
    return json.loads(shown.stdout)["body"]


def test_an_own_abbreviation_finds_its_long_form(own_index, own_lists, seed_index):
    assert search(own_index, "apsina", data=own_lists)["total"] == 1
    assert search(seed_index, "apsina")["total"] == 0  # without the user's line


def test_an_own_region_alias_filters(own_index, own_lists, seed_index):
    found = search(own_index, "kompetensi", "--region", "Bumi Tambun Bungai", data=own_lists)
    assert found["total"] == 1
    assert search(seed_index, "kompetensi", "--region", "Bumi Tambun Bungai")["total"] == 0


def test_an_own_furniture_line_is_dropped(own_index, own_lists, seed_index):
    assert QUOTE not in body(own_index, own_lists)
    assert "Edy menegaskan" in body(own_index, own_lists)
    assert QUOTE in body(seed_index)


def test_every_data_file_says_where_it_comes_from_and_its_licence() -> None:
    folder = ROOT / "index" / "data"
    readme = (folder / "README.md").read_text("utf-8")
    lists = [p for p in sorted(folder.iterdir())
             if p.name != "README.md" and not p.name.startswith("LICENSE")]
    assert len(lists) >= 15
    for path in lists:
        header = "".join(line for line in path.read_text("utf-8").splitlines(keepends=True)[:12]
                         if line.startswith("#"))
        assert header.startswith("# Source: "), path.name
        assert "Licence" in header, path.name
        assert f"`{path.name}`" in readme, f"{path.name} is not in index/data/README.md"


def test_word_lists_are_the_lines_stripped_shipped_then_the_users(tmp_path, monkeypatch):
    (tmp_path / "attested_words.txt").write_text("  katabaru \n# no\n\n", "utf-8")
    monkeypatch.setenv("KABAR_DATA", str(tmp_path))
    for name in ("attested_words.txt", "regions.tsv", "titles.tsv", "stopwords-tala.txt"):
        shipped, own = word_lists(name)
        assert shipped + own == [line.strip() for line in data_lines(name)]
        assert shipped and all(line and not line.startswith("#") for line in shipped)
    assert word_lists("attested_words.txt")[1] == ["katabaru"]
