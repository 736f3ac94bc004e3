"""Kabupaten/kota in feed items, a title and a cut-off teaser (issue 15, regions round 17b):
an institution's bracketed short form between its kind and the name ("Pemerintah Kota (Pemkot)
Yogyakarta") still names the kota; an office holder's relative ("suami Kapolres Kendal",
"istri Bupati Sleman") says who someone is, not where the story is; a ship ("KMP Sumenep") or an
eatery ("rumah makan Padang") named after a town is not the town. Sentences we wrote.
"""

from __future__ import annotations

import pytest

from index.extract.regions import extract_regions


@pytest.mark.parametrize(("title", "teaser", "kabupaten_kota"), [
    # a name shared by a province and its kota: only the kind says the kota
    ("Pemkot dan Kominfo tata ulang kabel udara di Yogyakarta",
     "Pemerintah Kota (Pemkot) Yogyakarta bersama Kementerian Komunikasi menata kabel ...",
     ["Kota Yogyakarta"]),
    # a name shared by a kabupaten and a kota: the bracketed short form says which
    ("Bantuan pupuk untuk petani bawang",
     "Pemerintah Kabupaten (Pemkab) Cirebon, Jawa Barat, menyalurkan bantuan pupuk ...",
     ["Kabupaten Cirebon"]),
    ("Penertiban reklame liar",
     "Pemerintah Kota (Pemkot) Cirebon menertibkan ratusan reklame liar di jalan protokol ...",
     ["Kota Cirebon"]),
    ("Jaksa tahan kepala desa", "Kejaksaan Negeri (Kejari) Sikka menahan seorang kepala desa ...",
     ["Kabupaten Sikka"]),
])
def test_a_bracketed_short_form_after_the_kind_names_the_region(title, teaser, kabupaten_kota):
    assert extract_regions(title, teaser)[1] == kabupaten_kota


def test_a_bracketed_word_that_is_no_institution_says_nothing():
    # "(Budi)" is no region word: a shared name after it stays the province only
    teaser = "Kata dia (Budi) Cirebon sudah siap menggelar rapat."
    assert extract_regions("Rapat warga", teaser)[1] == []


@pytest.mark.parametrize(("title", "teaser"), [
    ("Sosok Kompol Arif, Suami Kapolres Kendal yang Baru",
     "Berikut sosok suami dari Kapolres Kendal, seorang perwira di Mabes Polri."),
    ("Istri Bupati Sleman jadi juri lomba masak di Jakarta",
     "Istri Bupati Sleman menjadi juri lomba masak tingkat nasional di Jakarta, Senin."),
    ("Anak Wali Kota Medan ditangkap di Bali", "Polisi menangkap seorang pemuda di Kuta."),
])
def test_an_office_holders_relative_does_not_bring_the_region(title, teaser):
    assert extract_regions(title, teaser)[1] == []


@pytest.mark.parametrize(("title", "teaser", "kabupaten_kota"), [
    # "Ibu Bupati" addresses the regent herself
    ("Ibu Bupati Sleman bagikan sembako", "Ibu Bupati Sleman membagikan sembako kepada warga.",
     ["Kabupaten Sleman"]),
    ("Bupati Sleman dan istri hadiri upacara", "", ["Kabupaten Sleman"]),
    ("Kapolres Kendal tinjau pos mudik", "Kapolres Kendal meninjau pos pengamanan mudik.",
     ["Kabupaten Kendal"]),
])
def test_the_office_holder_still_brings_the_region(title, teaser, kabupaten_kota):
    assert extract_regions(title, teaser)[1] == kabupaten_kota


@pytest.mark.parametrize(("title", "teaser"), [
    ("KMP Sumenep kandas di alur pelayaran",
     "Kapal KMP Sumenep kandas saat berlayar, kata petugas."),
    ("KM Bontang tenggelam di Laut Jawa", "Kapal KM Bontang tenggelam, semua awak selamat."),
    ("Rumah Makan Padang di Berlin ramai pembeli",
     "Sebuah rumah makan Padang di Berlin ramai pembeli saat festival kuliner."),
    ("Warung Padang milik diaspora buka cabang di Rotterdam",
     "Warung Padang itu kini punya tiga cabang di Belanda."),
])
def test_a_ship_or_an_eatery_named_after_a_town_is_no_region(title, teaser):
    assert extract_regions(title, teaser)[1] == []


def test_the_town_itself_still_counts_beside_its_namesakes():
    assert extract_regions("Kapal KMP Sumenep bersandar di Sumenep",
                           "Kapal itu bersandar di Pelabuhan Kalianget, Kabupaten Sumenep.")[1] \
        == ["Kabupaten Sumenep"]
    assert extract_regions("Harga cabai naik, warung nasi di Padang menaikkan harga",
                           "Pedagang di Kota Padang menaikkan harga nasi bungkus.")[1] \
        == ["Kota Padang"]


def test_a_name_in_capitals_amid_ordinary_words_is_an_acronym():
    # SIAK, the population register's system, is not Kabupaten Siak
    assert extract_regions("Integrasi SATUSEHAT dan SIAK Permudah Penerbitan Akta Kelahiran",
                           "Akta kelahiran terbit otomatis berkat integrasi SATUSEHAT dan SIAK, "
                           "kata petugas.") == ([], [])


@pytest.mark.parametrize(("title", "body", "kabupaten_kota"), [
    ("Banjir rendam desa", "SIAK, Riau - Banjir merendam puluhan rumah warga.", ["Kabupaten Siak"]),
    ("Banjir rendam desa", "TRIBUNNEWS.COM.SIAK, Banjir merendam puluhan rumah warga.",
     ["Kabupaten Siak"]),
    ("BANJIR RENDAM DESA DI SIAK", "Banjir merendam puluhan rumah warga.", ["Kabupaten Siak"]),
    ("Bantuan beras", "Pemkab SIAK menyalurkan bantuan beras kepada warga.", ["Kabupaten Siak"]),
    # a region's acronym is written in capitals: OKU is Ogan Komering Ulu
    ("Warga OKU terima bantuan", "", ["Kabupaten Ogan Komering Ulu"]),
])
def test_capitals_of_a_dateline_a_headline_or_after_a_region_word_still_name_it(
        title, body, kabupaten_kota):
    assert extract_regions(title, body)[1] == kabupaten_kota
