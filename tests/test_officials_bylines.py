"""Issue 15: an opinion column signed at its end "Name. Office." names its author as an official
(the full stop had left the office with no holder); a signature with no public office, one not in
the last paragraph, or a sentence ending before an office names no author."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials

COLUMN = ("Partisipasi pemilih di desa naik tiap tahun, tetapi pendidikan pemilih masih "
          "tertinggal.\n\nKarena itu kerja bersama lebih penting daripada sekadar angka.\n\n")


def found(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials("", text)]


@pytest.mark.parametrize("signature, official", [
    ("R Hartono. Ketua KPU RI.", ("R Hartono", "Ketua KPU RI")),
    ("Wulan Sari Dewi. Anggota DPR RI Fraksi Partai Golkar.",
     ("Wulan Sari Dewi", "Anggota DPR RI Fraksi Partai Golkar")),
    ("Dr. Bagus Pranoto. Wakil Ketua MPR RI", ("Bagus Pranoto", "Wakil Ketua MPR RI")),
])
def test_a_columns_signature_names_its_author_with_the_office(signature, official):
    assert found(COLUMN + signature) == [official]


@pytest.mark.parametrize("text", [
    COLUMN + "Wulan Sari Dewi. Dosen Ilmu Politik Universitas Merdeka.",  # no public office
    COLUMN + "Wulan Sari Dewi. Peneliti di lembaga kajian pemilu.",
    "Wulan Sari Dewi. Ketua KPU RI.\n\n" + COLUMN.strip(),  # not the last paragraph
    COLUMN + "Pendidikan pemilih tertinggal di banyak desa. Ketua KPU RI mengakuinya.",
])
def test_no_author_without_a_signature_naming_a_public_office(text):
    assert found(text) == []


def test_a_long_last_paragraph_is_no_signature():
    text = COLUMN + "Wulan Sari Dewi. Ketua KPU RI" + " dan pengurus banyak hal lain" * 10 + "."
    assert ("Wulan Sari Dewi", "Ketua KPU RI") not in found(text)
