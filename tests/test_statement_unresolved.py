"""Statements whose speaker cannot be resolved are kept with no speaker, and never become the
speaker in view for what follows (issue 17): statements/unresolved.py, statements/groups.py.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from index.extract.pipeline import make_article
from index.extract.statements import find_statements
from index.sources.drafts import Draft


def said(body: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.role, s.text) for s in find_statements(body)]


def test_a_description_when_nothing_is_named_before() -> None:
    body = ("Hujan turun sejak pagi di pelabuhan.\n\nPerusahaan tersebut mengaku rugi besar "
            "tahun ini.")
    assert said(body) == [(None, "Perusahaan tersebut", "rugi besar tahun ini")]


def test_a_description_after_a_name_is_left_out() -> None:
    # the description refers to the company named before, which it does not resolve to
    body = ("Gudang milik Sinar Pangan Lestari terbakar sejak pagi.\n\nPerusahaan tersebut "
            "mengaku rugi besar tahun ini.")
    assert all(not text.startswith("rugi") for _, _, text in said(body))


@pytest.mark.parametrize("body, group, text", [
    ("Harga cabai naik lagi pekan ini.\n\nSebelumnya, sejumlah pembuat kebijakan daerah "
     "mengatakan bahwa harga cabai akan turun bulan depan.",
     "sejumlah pembuat kebijakan daerah", "harga cabai akan turun bulan depan"),
    ("Antrean di pangkalan makin panjang. Para pengemudi mengaku belum merasakan kenaikan "
     "pendapatan.", "Para pengemudi", "belum merasakan kenaikan pendapatan"),
    ("Pameran kopi dibuka di Surabaya. Para importir Turki mengharapkan pasokan biji kopi "
     "yang tetap.", "Para importir Turki", "pasokan biji kopi yang tetap"),
])
def test_a_counted_group_is_kept_with_no_speaker(body: str, group: str, text: str) -> None:
    assert (None, group, text) in said(body)


@pytest.mark.parametrize("body", [
    "Beberapa hari kemudian mengatakan bahwa jalan itu ditutup.",  # a time, no group
    "Sejumlah penelitian menyebut kopi baik untuk jantung.",  # a thing's noun (-an)
    "Para pengemudi juga menyebut tarif terlalu rendah.",  # an adverb inside: not read here
])
def test_no_group_read_from_other_words(body: str) -> None:
    roles = [role for _, role, _ in said(body)]
    assert not any(role and role.startswith(("Beberapa hari", "Sejumlah penelitian",
                                             "Para pengemudi juga")) for role in roles)


def test_a_group_is_not_the_speaker_in_view() -> None:
    # a description statement_cues.tsv does not list ("pembuat kebijakan"); a group it lists
    # ("sejumlah pedagang") is, as before, the one a pronoun right after it means
    body = ("Budi Santoso mengatakan harga beras akan turun.\n\nSejumlah pembuat kebijakan "
            "daerah mengatakan bahwa stok beras di gudang menipis.\n\n\"Saya akan menambah "
            "pasokan dari luar daerah,\" katanya.")
    statements = find_statements(body)
    assert [(s.speaker, s.role) for s in statements][1] == (
        None, "Sejumlah pembuat kebijakan daerah")
    assert statements[-1].speaker == "Budi Santoso"


def test_unresolved_statements_make_no_official_and_no_person() -> None:
    body = ("Hujan turun sejak pagi di pelabuhan.\n\nPerusahaan tersebut mengaku rugi besar "
            "tahun ini. Sejumlah pengemudi mengaku belum merasakan kenaikan pendapatan.")
    article = make_article(Draft("test", "test#2", "Hujan di pelabuhan", body))
    assert [s["speaker"] for s in article.statements] == [None, None]
    assert all(s["official"] is None for s in article.statements)
    assert not article.officials
