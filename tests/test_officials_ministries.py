"""Ministers and their ministries: a portfolio's short forms and acronyms written out, a
ministry's name with commas, a list of fields closed by "dan", a slash joining two bodies, and
where a ministry's name ends."""

from __future__ import annotations

import pytest

from extracted import officials
from index.extract.officials import extract_officials


@pytest.mark.parametrize("text, expected", [
    ("Menteri LH Hanif Faisol Nurofiq hadir.",
     [("Hanif Faisol Nurofiq", "Menteri Lingkungan Hidup")]),
    ("Menteri PKP Maruarar Sirait hadir.",
     [("Maruarar Sirait", "Menteri Perumahan dan Kawasan Permukiman")]),
    ("Wamen Ekraf Irene Umar hadir.", [("Irene Umar", "Wakil Menteri Ekonomi Kreatif")]),
])
def test_ministers_by_their_ministry_short_forms(text, expected):
    assert officials(text) == expected


def test_a_ministry_name_ends_at_a_comma_outside_a_list():
    body = ("Menteri Pratikno melantik Bey Machmudin di Gedung Krida Bhakti Kementerian "
            "Sekretariat Negara, Jalan Veteran, Jakarta, Selasa (25/8).")
    assert officials(body, "Istana Lantik Kepala Biro Pers") == [
        ("Pratikno", "Menteri Sekretariat Negara")]


@pytest.mark.parametrize("text, official", [
    ("Menteri Investasi dan Hilirisasi/BKPM Rosan Roeslani, Menteri Dalam Negeri Tito Karnavian, "
     "hadir.", ("Rosan Roeslani", "Menteri Investasi dan Hilirisasi/BKPM")),
    ("Menteri Investasi/BKPM Rosan Roeslani hadir.", ("Rosan Roeslani", "Menteri Investasi/BKPM")),
    # an office after the slash is read as before: the second office of one holder
    ("Menteri Investasi dan Hilirisasi/Kepala Badan Koordinasi Penanaman Modal Rosan Roeslani "
     "hadir.", ("Rosan Roeslani",
                "Menteri Investasi dan Hilirisasi/Kepala Badan Koordinasi Penanaman Modal")),
])
def test_an_object_and_a_body_joined_by_a_slash_are_the_office_s_object(text, official):
    assert [(o.name, o.role) for o in extract_officials("", text)][:1] == [official]


def test_a_slashed_word_with_an_unknown_part_is_no_object():
    assert extract_officials("", "Menteri Investasi/Rosan hadir.") == []


@pytest.mark.parametrize("text, official", [
    ("kata Sekretaris Jenderal Kementerian Desa, Pembangunan Daerah Tertinggal dan "
     "Transmigrasi Budi Santosa di kantornya.",
     ("Budi Santosa", "Sekretaris Jenderal Kementerian Desa, Pembangunan Daerah Tertinggal dan "
      "Transmigrasi")),
    ("kata Direktur Jenderal Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi Budi "
     "Santosa di kantornya.",
     ("Budi Santosa", "Direktur Jenderal Kementerian Pendidikan, Kebudayaan, Riset, dan "
      "Teknologi")),
])
def test_a_list_of_fields_closed_by_dan_belongs_to_the_ministry(text, official):
    assert officials(text) == [official]


def test_a_list_with_a_name_in_it_is_no_object():
    text = ("Hadir Dirjen Perumahan Kementerian Perumahan dan Kawasan Permukiman (PKP) Budi "
            "Santosa, serta Pelaksana Tugas Deputi II Kantor Staf Presiden (KSP) Dewi Lestari.")
    assert officials(text) == [
        ("Budi Santosa", "Direktur Jenderal Perumahan Kementerian Perumahan dan Kawasan "
                         "Permukiman"),
        ("Dewi Lestari", "Pelaksana Tugas Deputi II Kantor Staf Presiden"),
    ]


def test_a_section_closed_by_its_acronym_does_not_take_the_name_as_its_own():
    text = ("Rapat menghadirkan Menteri Koordinator Bidang Perekonomian (Menko Perekonomian) "
            "Budi Santosa, Gubernur Bank Indonesia Dewi Lestari, dan pejabat lain.")
    assert officials(text) == [
        ("Budi Santosa", "Menteri Koordinator Bidang Perekonomian"),
        ("Dewi Lestari", "Gubernur Bank Indonesia"),
    ]


@pytest.mark.parametrize("text, official", [
    ("Kepala KPP Pratama Klaten, Ratna Sari, mengatakan penyitaan berjalan lancar.",
     ("Ratna Sari", "Kepala KPP Pratama Klaten")),
    ("Deputi Bidang Koordinasi Kemenko Polkam Budi Santosa mengatakan rapat digelar besok.",
     ("Budi Santosa", "Deputi Bidang Koordinasi Kemenko Polkam")),
    ("Sekretaris Kemendukbangga Dewi Lestari mengatakan buku itu dibagikan gratis.",
     ("Dewi Lestari", "Sekretaris Kemendukbangga")),
])
def test_bodies_of_the_current_cabinet(text, official):
    assert officials(text) == [official]


def test_a_portfolios_acronym_after_a_ministers_title_is_no_part_of_the_name():
    assert officials("Menteri PMK Pratikno meninjau lokasi kebakaran.") == [
        ("Pratikno", "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan")]
    assert officials("Mendes PDT Yandri Susanto membuat laporan ke polisi.") == [
        ("Yandri Susanto", "Menteri Desa dan Pembangunan Daerah Tertinggal")]


def test_a_ministry_written_with_aparatur_negara():
    text = ("Menteri Pemberdayaan Aparatur Negara dan Reformasi Birokrasi Budi Hartono mengatakan "
            "lembaga itu dibubarkan.")
    assert officials(text) == [
        ("Budi Hartono", "Menteri Pemberdayaan Aparatur Negara dan Reformasi Birokrasi")]


def test_a_misspelt_object_word_takes_the_next_one_with_it():
    assert officials("Menteri Sekrestaris Negara Pratikno melantik Bey Machmudin hari ini.") == [
        ("Pratikno", "Menteri")]


@pytest.mark.parametrize("written, role", [
    ("Menteri PAN-RB", "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
    ("Menteri PANRB", "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
    ("Menteri PU-Pera", "Menteri Pekerjaan Umum dan Perumahan Rakyat"),
    ("Menteri Desa PDTT", "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"),
    ("Wamen Dikdasmen", "Wakil Menteri Pendidikan Dasar dan Menengah"),
    ("Menteri ATR", "Menteri Agraria dan Tata Ruang"),
])
def test_a_portfolios_acronym_after_menteri(written, role):
    # "PAN" alone is a party's acronym: the portfolio's forms are titles of their own
    assert officials(f"Hadir {written} Budi Santoso dalam acara itu.") == [("Budi Santoso", role)]
