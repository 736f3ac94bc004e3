"""Officials round 13 (issue 15, full articles): a second office written after a holder's name
("A, yang kini menjabat sebagai Menteri X"), a public office over a party's post, an
organisation's "DPD", a misspelt object word with the next one, a common word opening the
sentence before a name."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials, load_lexicon
from index.extract.officials.office_mentions import mentions


def officials(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials(title, text)]


@pytest.mark.parametrize("text, expected", [
    # a second office after the holder's name, the first a party's post: the public one wins
    ("Calon terkuat adalah Ketua DPP Partai Amanat Nasional Rahmat Hidayat, yang kini menjabat "
     "sebagai Menteri Perdagangan.", [("Rahmat Hidayat", "Menteri Perdagangan")]),
    ("Calon terkuat adalah Ketua DPP Partai Golkar Rahmat Hidayat yang juga Menteri Perdagangan.",
     [("Rahmat Hidayat", "Menteri Perdagangan")]),
    # the party's post in Title Case the office reader leaves unread
    ("Menurut dia, yang tepat adalah Ketua Bidang Ekonomi Rahmat Hidayat, yang kini menjabat "
     "sebagai Menteri Perdagangan.", [("Rahmat Hidayat", "Menteri Perdagangan")]),
    # a party's regional board first, the public office in a later sentence
    ("Ketua DPD Golkar Jawa Timur Suharli Wibowo ditangkap. Suharli, yang juga menjabat Bupati "
     "Jombang, terjaring operasi.", [("Suharli Wibowo", "Bupati Jombang")]),
])
def test_a_public_office_after_the_name_wins_over_a_party_post(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a public office first stays: the second is a party's post
    ("Wakil Ketua DPR Rahmat Hidayat yang juga menjabat Wakil Ketua Umum Partai Gerindra hadir.",
     [("Rahmat Hidayat", "Wakil Ketua DPR")]),
    # a former office after the name does not replace the one held now
    ("Bupati Katingan Sakariyas, yang juga mantan Ketua DPRD Katingan, hadir.",
     [("Sakariyas", "Bupati Katingan")]),
])
def test_the_office_held_now_stays(text, expected):
    assert officials(text) == expected


def test_an_organisations_dpd_is_no_senate():
    # an unknown acronym after "DPD": a union's regional board, no public office
    assert officials("Hal itu disampaikan Ketua DPD KSBI Jawa Tengah, Sutrisno Adi.") == []
    assert officials("Ketua DPD RI Irman Gusman hadir. Anggota DPD NTT Abraham Paul Liyanto "
                     "juga.") == [("Irman Gusman", "Ketua DPD RI"),
                                  ("Abraham Paul Liyanto", "Anggota DPD Nusa Tenggara Timur")]
    # a party's board of the second level is the party's, as before (a party's post: no official)
    assert [(m.name, m.role) for m in mentions("Ketua DPD II Golkar Makassar Andi Rahman hadir.",
                                               load_lexicon())] == [
        ("Andi Rahman", "Ketua DPD II Golkar Makassar")]


def test_a_misspelt_object_word_takes_the_next_one_with_it():
    assert officials("Menteri Sekrestaris Negara Pratikno melantik Bey Machmudin hari ini.") == [
        ("Pratikno", "Menteri")]


def test_a_common_word_opening_the_sentence_is_no_part_of_the_name():
    text = ("Yuyu mengisi posisi KSAU yang kosong. Posisi Moeldoko sebagai Kepala KSP "
            "menggantikan Teten Masduki. Moeldoko tiba di Istana.")
    assert officials(text) == [("Moeldoko", "Kepala KSP")]
    # a given name that is also a word stays, with no such evidence
    assert officials("Agung Laksono sebagai Ketua Dewan Pakar hadir. Laksono tiba.") != [
        ("Laksono", "Ketua Dewan Pakar")]


@pytest.mark.parametrize("text, expected", [
    # a sentence opened by "now", the name, then "menjabat"
    ("Ia menjabat hingga Februari. Saat ini Mulyono menjabat Kepala Badan Kesatuan Bangsa dan "
     "Politik (Kesbangpol) Sumut.", [("Mulyono", "Kepala Badan Kesatuan Bangsa dan Politik "
                                                 "Sumatera Utara")]),
    ("Kini, Budi Santoso menjabat sebagai Kepala Badan Kesbangpol Sumut.",
     [("Budi Santoso", "Kepala Badan Kesbangpol Sumatera Utara")]),
])
def test_an_office_held_now_after_the_name(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a section opening a body's long name: the office is the head of that body
    ("Hal itu dikatakan Kepala Unit Pelaksana Teknis Dinas Pendidikan Kota Bogor Budi Santoso.",
     [("Budi Santoso", "Kepala Unit Pelaksana Teknis Dinas Pendidikan Kota Bogor")]),
    # what follows the office opens with a common noun the text writes in lower case: the
    # rest of the object, the holder named before it
    ("Pengelola wanawisata membuka wahana. Dedi Kurnia, Kepala Unit Pelaksana Teknis Wanawisata "
     "Curug Cipendok menyebut dua wahana baru.",
     [("Dedi Kurnia", "Kepala Unit Pelaksana Teknis Wanawisata Curug Cipendok")]),
    ("Pengelola wanawisata membuka wahana. Dedi Kurnia, Kepala UPT Wanawisata Cipendok, "
     "mengatakan hal itu.", [("Dedi Kurnia", "Kepala UPT Wanawisata Cipendok")]),
    # the office of a body's head stays as read
    ("Kepala Dinas Pendidikan DKI Jakarta Sopan Adrianto menjelaskan hal itu.",
     [("Sopan Adrianto", "Kepala Dinas Pendidikan DKI Jakarta")]),
])
def test_a_bodys_name_after_a_section(text, expected):
    assert officials(text) == expected


def test_offices_the_lexicon_gained():
    assert officials("Hal itu dikatakan Perwakilan Perdagangan AS Robert Lighthizer kemarin.") == [
        ("Robert Lighthizer", "Perwakilan Perdagangan AS")]
    assert officials("Hal itu dikatakan Ketua Komite Ekonomi dan Industri Nasional (KEIN) "
                     "Soetrisno Bachir.") == [
        ("Soetrisno Bachir", "Ketua Komite Ekonomi dan Industri Nasional")]


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


def test_a_headlines_office_goes_to_no_one_the_body_describes_otherwise():
    body = ('Bandung - Warga diminta waspada. "Hujan masih tinggi," kata Budi Santoso, warga '
            'Cicaheum. Menurut Budi, air sudah naik sejak pagi. "Kami takut," ujar Budi.')
    assert officials(body, "Gubernur Minta Warga Waspada Banjir") == []
    # with no such description, the brief's speaker holds the headline's office, as before
    plain = body.replace(", warga Cicaheum", " di Cicaheum")
    assert officials(plain, "Gubernur Minta Warga Waspada Banjir") == [("Budi Santoso",
                                                                        "Gubernur")]


def test_an_heir_to_a_throne():
    assert officials("Hal itu disampaikan Putra Mahkota Arab Saudi Mohammed bin Salman.") == [
        ("Mohammed bin Salman", "Putra Mahkota Arab Saudi")]
    assert officials("Hadir Putra Mahkota Abu Dhabi Mohamed bin Zayed di Abu Dhabi.") == [
        ("Mohamed bin Zayed", "Putra Mahkota Abu Dhabi")]


@pytest.mark.parametrize("body, role", [
    ("Komisi Eropa", "Presiden Komisi Eropa"),
    ("Parlemen Eropa", "Presiden Parlemen Eropa"),
    ("Bank Sentral Eropa", "Presiden Bank Sentral Eropa"),
])
def test_the_european_unions_bodies(body, role):
    # the body's name is the office's object, not the first word of its holder's name
    assert officials(f"Hal itu disampaikan Presiden {body} Ana Santos di Brussels.") == [
        ("Ana Santos", role)]


def test_a_police_units_head_named_by_the_unit_alone():
    assert officials("Patroli dihadiri oleh Kanit Tipidter Iptu Hermanto Saleh dan anggota.") == [
        ("Hermanto Saleh", "Kepala Unit Tindak Pidana Tertentu")]
    # a unit of no public body stays no office
    assert officials("Hal itu dikatakan Kepala Unit Bisnis Budi Santoso di Jakarta.") == []
