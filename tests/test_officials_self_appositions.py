"""Issue 15: a name set apart by "sendiri" before its apposition ("A sendiri, Gubernur X, ...")
names A as the holder (the word had kept the comma from the name); "sendiri" after a place or a
body, or before no office, names no one more."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials


def found(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials("", text)]


@pytest.mark.parametrize("text, official", [
    ("Budi Santoso sendiri, Gubernur Jawa Tengah, mengatakan program itu berjalan baik.",
     ("Budi Santoso", "Gubernur Jawa Tengah")),
    ("Di pihak lain, Rina Wati sendiri, menteri kesehatan Skotlandia, menolak usul itu.",
     ("Rina Wati", "Menteri Kesehatan Skotlandia")),
    ("Soal anggaran, Joko Susilo sendiri,  Bupati Klaten, belum mau berkomentar.",
     ("Joko Susilo", "Bupati Klaten")),
])
def test_a_name_with_sendiri_before_its_office_is_the_holder(text, official):
    assert found(text) == [official]


@pytest.mark.parametrize("text", [
    "Pemerintah sendiri, Gubernur Jawa Tengah, menolak usul itu.",  # a body, not a person
    "Indonesia sendiri, Budi Santoso mengatakan hal lain.",  # no office after the comma
    "Budi Santoso sendiri, warga desa itu, menolak usul itu.",  # no public office
])
def test_sendiri_names_no_one_without_a_person_and_an_office(text):
    assert found(text) == []


def test_the_office_written_after_sendiri_keeps_its_own_holder():
    text = "Warga sendiri, Gubernur Jawa Tengah Budi Santoso menyebut, tidak menolak."
    assert found(text) == [("Budi Santoso", "Gubernur Jawa Tengah")]
