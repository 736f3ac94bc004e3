"""Public figures named without their office in a news brief (index/extract/officials/figures.py,
index/data/public_figures.tsv), through the whole pipeline that the index stores."""

from __future__ import annotations

import pytest

from index.article import Official
from index.extract.officials import figures
from index.extract.officials.figures import add_public_figures, named_figures
from index.extract.pipeline import make_article
from index.sources.drafts import Draft


def stored(title: str, body: str) -> list[tuple[str, str]]:
    draft = Draft(origin="test", record_id="test#1", title=title, body=body,
                  url="https://example.id/berita/1", source="Contoh")
    return [(o.name, o.role) for o in make_article(draft).officials]


def test_a_brief_naming_a_figure_without_an_office_gives_them_with_no_role():
    assert stored("IHSG Tampil Perkasa di Momen Pidato Kenegaraan Prabowo",
                  "IHSG ditutup naik 1,59 persen ke level 6.401.") == [("Prabowo Subianto", "")]
    assert stored("Trump Naikkan Tarif Impor", "Tarif baru berlaku pekan depan.") == [
        ("Donald Trump", "")]


def test_an_office_written_in_the_brief_wins_and_no_one_is_named_twice():
    assert stored("Bahlil Pastikan Motor Tak Kena Pembatasan Pertalite",
                  "Menteri ESDM Bahlil memastikan tidak ada pembatasan untuk sepeda motor.") == [
        ("Bahlil", "Menteri ESDM")]
    # a nickname from person_aliases.tsv is the same person as the full name
    assert stored("Jokowi Hadiri Pernikahan", "Presiden Joko Widodo hadir di Solo.") == [
        ("Joko Widodo", "Presiden")]


def test_a_full_article_passing_mention_is_not_an_official():
    body = ("Relawan menyatakan dukungan kepada Ganjar Pranowo dan Prabowo di lapangan. " * 12)
    assert len(body) > figures.BRIEF
    assert stored("Relawan Berkumpul", body) == []


def test_a_full_article_naming_a_government_by_its_head_names_an_official_with_no_role():
    body = ("Sebagian besar menteri masih memakai sedan peninggalan pemerintahan Jokowi. " * 12)
    assert len(body) > figures.BRIEF
    assert stored("Mobil Dinas Menteri", body) == [("Joko Widodo", "")]
    # the ticket's partner, a nickname too short to be read alone ("JK") included
    body = ("Yusril mengingatkan pemerintahan Jokowi-JK untuk tidak terlalu percaya diri. " * 9
            + "Konferensi pers Satu Tahun Kinerja Pemerintahan Prabowo-Gibran digelar. ")
    assert stored("Pelemahan Rupiah", body) == [
        ("Joko Widodo", ""), ("Jusuf Kalla", ""), ("Prabowo Subianto", ""),
        ("Gibran Rakabuming Raka", "")]
    # a holder already found keeps their office; a cabinet's secretary is an office
    body = ("Presiden Joko Widodo menegaskan pemerintahan Jokowi tidak akan mundur. "
            "Sekretaris Kabinet Pramono Anung hadir. ") * 6
    assert stored("Rapat Kabinet", body) == [("Joko Widodo", "Presiden"),
                                              ("Pramono Anung", "Sekretaris Kabinet")]
    # "era X" dates a story: "mantan menteri perdagangan era Susilo Bambang Yudhoyono"
    body = "Ia mantan pejabat era Susilo Bambang Yudhoyono dan kini melatih atlet. " * 10
    assert stored("Bulu Tangkis", body) == []


@pytest.mark.parametrize("text", [
    "Kapolri Listyo Sigit Prabowo meninjau lokasi",  # another person whose name holds "Prabowo"
    "Melania Trump tiba di New York",
    "Antrean mengular di Trump Tower",
    "Ia menginap di dekat Jalan Joko Widodo",  # a thing named after a person
    "Baca juga: Prabowo Minta Menteri Naik Maung",  # a linked headline of another story
])
def test_a_name_that_is_not_the_figure_is_not_read(text):
    assert all(name != "Prabowo Subianto" and name != "Donald Trump" and name != "Joko Widodo"
               for name, _ in named_figures(text))


def test_short_forms_read_beside_honorifics_and_after_a_sentence_ends():
    assert [name for name, _ in named_figures("Pak Prabowo datang. Gibran menyusul.")] == [
        "Prabowo Subianto", "Gibran Rakabuming Raka"]
    # a headline is Title Case: the word beside a short form says nothing there
    assert [name for name, _ in named_figures("Puan Minta Pemerintah Tegas", headline=True)] == [
        "Puan Maharani"]


def test_users_add_their_own_figures(tmp_path, monkeypatch):
    (tmp_path / "public_figures.tsv").write_text("Rahmat Hidayat Saputra\tRahmat Saputra\n",
                                                 "utf-8")
    monkeypatch.setenv("KABAR_DATA", str(tmp_path))
    figures._figures.cache_clear()
    try:
        assert add_public_figures("Rahmat Saputra Tinjau Banjir", "Air setinggi 1 meter.", []) \
            == [Official("Rahmat Hidayat Saputra", "")]
    finally:
        monkeypatch.undo()
        figures._figures.cache_clear()
