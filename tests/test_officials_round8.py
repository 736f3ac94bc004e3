"""Officials round 8 (issue 15): names and offices the extractor read wrong or not at all."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials


@pytest.mark.parametrize("text, official", [
    # pre-tokenised texts write the article of an Arabic name with spaces round the hyphen
    ("Rusia mendukung rezim Presiden Suriah Bashar al - Assad sedang Arab Saudi mendukung "
     "oposisinya.", ("Bashar al-Assad", "Presiden Suriah")),
    ("Presiden Mesir Abdel Fattah el - Sisi mengatakan hal itu.",
     ("Abdel Fattah el-Sisi", "Presiden Mesir")),
])
def test_an_arabic_article_written_with_spaces_stays_in_the_name(text, official):
    assert [(o.name, o.role) for o in extract_officials("", text)] == [official]


def test_a_lone_lower_case_al_is_no_name_part():
    # "al" then a hyphen used as a dash: the name ends before it
    got = extract_officials("", "Menteri Keuangan Sri Mulyani Indrawati - al kisah - hadir.")
    assert [(o.name, o.role) for o in got] == [("Sri Mulyani Indrawati", "Menteri Keuangan")]


@pytest.mark.parametrize("text, official", [
    # an international public body's name is the office's object, not the start of the name
    ("Presiden Bank Dunia Jim Yong Kim mengatakan pertumbuhan melambat.",
     ("Jim Yong Kim", "Presiden Bank Dunia")),
    ("Presiden Bank Pembangunan Asia Takehiko Nakao hadir.",
     ("Takehiko Nakao", "Presiden Bank Pembangunan Asia")),
    ("Direktur Eksekutif Sekretariat APEC Alan Bollard mengatakan.",
     ("Alan Bollard", "Direktur Eksekutif Sekretariat APEC")),
    ("Direktur Jenderal WTO Roberto Azevedo menegaskan.",
     ("Roberto Azevedo", "Direktur Jenderal WTO")),
])
def test_international_public_bodies_are_institutions(text, official):
    assert [(o.name, o.role) for o in extract_officials("", text)] == [official]


@pytest.mark.parametrize("text, official", [
    ("\"Kami akan melihat,\" kata Budi Hartono, kepala Dinas Kesehatan Kalteng, kepada wartawan.",
     ("Budi Hartono", "Kepala Dinas Kesehatan Kalimantan Tengah")),
    ("\"Pemeriksaan berlanjut,\" ujar Budi Hartono, juru bicara KPK.",
     ("Budi Hartono", "Juru Bicara KPK")),
])
def test_a_lower_case_office_in_apposition_names_the_person_before_it(text, official):
    assert [(o.name, o.role) for o in extract_officials("", text)] == [official]


@pytest.mark.parametrize("text", [
    "Menurut warga, kepala Dinas Kesehatan Kalteng tidak hadir.",  # no apposition
    "kata Budi Hartono, ketua panitia acara, kepada wartawan.",  # no public body
    "kata Budi Hartono, kepala desa, kepada wartawan.",  # no object: a description
])
def test_a_lower_case_office_without_apposition_or_object_names_no_one(text):
    assert extract_officials("", text) == []
