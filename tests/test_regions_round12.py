"""Regions round 12 (issue 15): a region named only inside an administrative court's name, a hajj
flight group's town, a province written right after a name that is also a word, a title's short
form of a kabupaten the body names in full. Checked on written sentences."""

from __future__ import annotations

import pytest

from index.extract.regions import extract_regions
from index.extract.regions.asides import words_of_name_before

FILLER = " Kegiatan itu berlangsung lancar dan diikuti banyak peserta dari berbagai instansi."


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


# --- a province right after a name that is also a word ----------------------------------------

def test_a_province_after_a_word_name_in_a_headline_is_its_own():
    body = "Massa membakar tujuh kantor pemerintah di Puncak, Papua Tengah, pada Senin."
    assert extract_regions("Kronologi Massa Bakar 7 Kantor Pemda di Puncak Papua",
                           body + FILLER) == (["Papua Tengah"], ["Kabupaten Puncak"])


def test_a_word_name_before_another_name_is_still_a_name():
    body = "Sambutan disampaikan Wali Kota Bogor, Bima Arya, dalam acara itu." + FILLER * 3
    assert extract_regions("Kabar Hari Ini", body) == (["Jawa Barat"], ["Kota Bogor"])


# --- a title's short form of a kabupaten the body names in full ------------------------------

def test_a_titles_short_form_stands_for_the_longer_name_in_the_body():
    body = "Perusahaan itu bakal memutus kerja 1.900 karyawan di Morowali Utara, Sulawesi Tengah."
    assert extract_regions("Alasan Perusahaan PHK 1.900 Karyawan di Morowali", body) == (
        ["Sulawesi Tengah"], ["Kabupaten Morowali Utara"])


def test_both_stay_when_the_body_names_both():
    body = ("Banjir melanda Kabupaten Morowali dan Kabupaten Morowali Utara, Sulawesi Tengah. "
            "Warga Morowali mengungsi." + FILLER * 3)
    assert extract_regions("Banjir di Morowali", body) == (
        ["Sulawesi Tengah"], ["Kabupaten Morowali", "Kabupaten Morowali Utara"])


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


# --- a region form ending a village's name (region_small_places.tsv) --------------------------

def test_a_region_form_ending_a_villages_name_elsewhere_is_the_village():
    body = ("Jambi (ANTARA News) - Warga Desa Rengas Bandung, Kecamatan Jambi Luar Kota, "
            "Kabupaten Muaro Jambi, menemukan seorang sopir tewas." + FILLER * 3)
    provinces, regencies = extract_regions("Sopir Tewas di SPBU", body)
    assert "Jawa Barat" not in provinces and "Kabupaten Muaro Jambi" in regencies


def test_a_village_named_after_its_own_kabupaten_keeps_it():
    body = "Warga Desa Pasir Bandung di Kabupaten Bandung memanen padi." + FILLER * 3
    assert extract_regions("Panen Raya", body)[0] == ["Jawa Barat"]


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
