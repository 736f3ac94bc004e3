"""Regions named in passing, not the place of the story: an administrative court's town, a
pilgrims' flight group, a birthplace or a legal aid office, a return or a next stop
(region_passing_cues.txt), a product named after its region (region_product_words.txt), a club
or a firm named after its town. Checked on written sentences."""

from __future__ import annotations

import pytest

from extracted import FILLER
from index.extract.regions import extract_regions
from index.extract.regions.asides import words_of_name_before

# --- an administrative court's name (region_institution_words.txt: "ptun") --------------------

@pytest.mark.parametrize("sentence", [
    "Sebelum mengajukan gugatan di Pengadilan Tata Usaha Negara (PTUN) Medan, advokat itu "
    "bertemu ketua pengadilan.",
    "KPK memeriksa panitera PTUN Medan dalam kasus suap hakim.",
])
def test_a_town_only_in_an_administrative_courts_name_is_not_the_story(sentence):
    body = "JAKARTA - " + sentence + FILLER * 3
    assert extract_regions("KPK Periksa Saksi Kasus Suap", body) == (["DKI Jakarta"], [])


def test_a_court_that_hears_a_case_stays_where_it_happens():
    body = ("JAKARTA - Sidang perkara itu digelar di Pengadilan Negeri Jakarta Selatan, Senin. "
            "Hakim menunda sidang di Pengadilan Negeri Jakarta Selatan sepekan." + FILLER * 3)
    assert extract_regions("Sidang Ditunda", body) == (
        ["DKI Jakarta"], ["Kota Administrasi Jakarta Selatan"])


def test_an_acronym_in_brackets_goes_on_with_the_name_before_it():
    text = "gugatan di Pengadilan Tata Usaha Negara (PTUN) Medan, advokat"
    assert words_of_name_before(text, text.index("Medan"))[:2] == ["PTUN", "Negara"]


# --- a hajj flight group or its embarkation ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Seorang jamaah haji dari Kloter 4 Surabaya meninggal dunia di Madinah.",
    "Wanita yang tergabung dalam Kelompok Terbang (Kloter) 4 Surabaya itu meninggal di Madinah.",
    "Seluruh koper itu dari Embarkasi Solo (SOC) dan tiba di Madinah.",
])
def test_a_pilgrims_flight_group_says_where_they_come_from(sentence):
    assert extract_regions("Jamaah Haji Meninggal di Madinah", sentence + FILLER * 3) == ([], [])


def test_pilgrims_in_their_own_town_still_count():
    body = "Jamaah haji Kabupaten Pacitan berkumpul di Pendopo Kabupaten Pacitan." + FILLER * 3
    assert extract_regions("Jamaah Haji Berangkat", body) == (["Jawa Timur"],
                                                             ["Kabupaten Pacitan"])


# --- a birthplace, a legal aid office named for its town --------------------------------------

@pytest.mark.parametrize("sentence", [
    "Lahir di Tanjungpinang, Kepulauan Riau, pada 1995, ia kini memimpin perusahaan energi.",
    "Tokoh itu dilahirkan di Nganjuk dan besar di keluarga petani.",
    "Pengacara LBH Pekanbaru yang mendampingi aktivis itu menyiapkan upaya hukum.",
])
def test_a_birthplace_or_a_legal_aid_offices_town_is_not_the_story(sentence):
    assert extract_regions("Profil Pengusaha Muda", sentence + FILLER * 3) == ([], [])


def test_where_someone_works_still_counts_beside_the_birthplace():
    body = ("Lahir di Tanjungpinang, Kepulauan Riau, ia kini mengelola kawasan industri di "
            "Kabupaten Bintan." + FILLER * 3)
    assert extract_regions("Profil Pengusaha Muda", body) == (["Kepulauan Riau"],
                                                              ["Kabupaten Bintan"])


# --- where someone has come back from, a visit's next stop (region_passing_cues.txt) ----------

@pytest.mark.parametrize("sentence", [
    "Perwira itu baru kembali dari Operasi Tinombala di Kabupaten Poso pekan lalu.",
    "Usai acara, Presiden dan rombongan dijadwalkan menuju Kabupaten Poso.",
])
def test_a_return_or_a_next_stop_after_the_lead_is_named_in_passing(sentence):
    lead = "SURABAYA - Presiden membuka musyawarah nasional di Kota Surabaya, Senin." + FILLER
    body = lead + "\n" + FILLER + "\n" + sentence + " " + sentence + FILLER * 4
    assert extract_regions("Presiden Buka Munas", body) == (["Jawa Timur"], ["Kota Surabaya"])


# --- a product named after its region (region_product_words.txt) -----------------------------

@pytest.mark.parametrize("title", [
    "Menteri PU Tak Mau Tarif Tol Naik Efek Aspal Buton",
    "Pameran Busana Angkat Batik Madura",
])
def test_a_product_named_after_its_region_is_not_the_story(title):
    body = "Menteri itu menjelaskan harga bahan baku di Jakarta pekan ini." + FILLER * 3
    provinces, regencies = extract_regions(title, body)
    assert "Sulawesi Tenggara" not in provinces and "Jawa Timur" not in provinces
    assert regencies == []


def test_a_plantation_in_a_kabupaten_named_with_its_kind_is_a_place():
    body = ("Bengkulu (ANTARA News) - Destinasi wisata itu berlokasi di perkebunan teh Kabupaten "
            "Kepahiang. Perkebunan teh Kabupaten Kepahiang dibuka untuk turis." + FILLER * 3)
    assert "Kabupaten Kepahiang" in extract_regions("Kampung Teh di Bengkulu", body)[1]


# --- a club or a firm named after its town ----------------------------------------------------

def test_a_town_before_putra_names_a_club_or_a_firm():
    body = ("Komdis PSSI menjatuhkan sanksi kepada tiga pemain." + FILLER
            + "\nPemain Mojokerto Putra dan pemain Madiun Putra dilarang bermain dua laga."
            + FILLER * 2 + "\nSaham Singaraja Putra (SINI) mencatat transaksi besar." + FILLER)
    assert extract_regions("Komdis Jatuhkan Sanksi", body) == ([], [])


def test_a_club_of_the_lower_leagues_is_not_its_town():
    body = ("Panitia pelaksana dikenai denda." + FILLER + "\nPelemparan botol ke bench pemain "
            "Persewangi Banyuwangi terjadi di babak kedua, lalu Persema Malang protes." + FILLER)
    assert extract_regions("Komdis Jatuhkan Denda", body) == ([], [])
