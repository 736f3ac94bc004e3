"""Issue 15: a foreign legislator is an official ("senator A", "anggota parlemen Thailand A",
"Anggota Kongres AS A", "Ketua Parlemen Singapura A"); a campus senate's or a youth parliament's
members are not."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials


def found(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials("", text)]


@pytest.mark.parametrize("text, official", [
    ("\"Anggaran itu keliru,\" kata senator Robert Hale di Washington.",
     ("Robert Hale", "Senator")),
    ("Anggota parlemen Thailand Somchai Wongsa menolak rancangan itu.",
     ("Somchai Wongsa", "Anggota Parlemen Thailand")),
    ("Anggota Kongres AS Linda Perez meminta penjelasan.", ("Linda Perez", "Anggota Kongres AS")),
    ("Ketua Parlemen Singapura Lim Wee Kiat membuka sidang.",
     ("Lim Wee Kiat", "Ketua Parlemen Singapura")),
    ("Wakil Ketua Senat Filipina Jose Ramos hadir.", ("Jose Ramos", "Wakil Ketua Senat Filipina")),
    ("Mantan anggota parlemen Ahmad Karimi ditangkap.",
     ("Ahmad Karimi", "Mantan Anggota Parlemen")),
])
def test_a_foreign_legislator_is_an_official(text, official):
    assert found(text) == [official]


@pytest.mark.parametrize("text", [
    "Ketua Senat Mahasiswa Budi Santoso membuka diskusi.",
    "Anggota Senat Akademik Sinta Dewi memimpin rapat kampus.",
    "Anggota Parlemen Remaja Rina Lestari berpidato di sekolah.",
    "Para senator menolak rancangan itu.",
])
def test_a_campus_or_youth_body_or_no_name_is_no_official(text):
    assert found(text) == []
