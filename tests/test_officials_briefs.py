"""Officials in news briefs and headlines: a brief's headline holder, an office opening a
headline's clause, a name linked to its office by "kini menjabat"/"ditunjuk sebagai", a rank's
corps in parentheses."""

from __future__ import annotations

import pytest

from extracted import officials


@pytest.mark.parametrize("title, expected", [
    ("Wagub Kalteng Edy Pratowo Pimpin Rapat Stunting",
     [("Edy Pratowo", "Wakil Gubernur Kalimantan Tengah")]),
    ("Kapolres Kotim AKBP Sarpani Pimpin Apel",
     [("Sarpani", "Kepala Kepolisian Resor Kotawaringin Timur")]),
    ("Sekjen Kemendagri Tomsi Tohir Minta Daerah Waspada",
     [("Tomsi Tohir", "Sekretaris Jenderal Kemendagri")]),
    ("Seskab Teddy: Rafale Tampil Perdana di Atraksi Udara", [("Teddy", "Sekretaris Kabinet")]),
])
def test_a_brief_names_its_official_in_the_headline_only(title, expected):
    assert officials("Kegiatan digelar di halaman kantor pada Senin pagi.", title) == expected


@pytest.mark.parametrize("title", [
    "Mendagri Siapkan 3 Skema Bayar Gaji PPPK di Daerah",  # a verb right after the office
    "Ketua MK Bikin Dosen Bingung",  # the words run to the headline's end
    "Gubernur Jateng Bersama Warga Tanam Pohon",  # no name
])
def test_a_headline_office_without_a_name_gives_no_one(title):
    assert officials("Kegiatan digelar di halaman kantor pada Senin pagi.", title) == []


def test_a_full_article_does_not_take_a_name_from_the_headline_alone():
    body = "Kegiatan digelar di halaman kantor pada Senin pagi. " * 15
    assert officials(body, "Wagub Kalteng Edy Pratowo Pimpin Rapat Stunting") == []


def test_an_office_opening_a_headline_clause_after_a_comma():
    title = "Usai Tragedi Magetan, Waka DPRD Jatim Minta Tata Kelola Tambang Dievaluasi"
    body = ("Ia menyoroti insiden tambang di Magetan. \"Harus dievaluasi,\" ujar Deni dalam "
            "keterangan tertulis. Deni menilai tragedi itu harus menjadi momentum.")
    assert officials(body, title) == [("Deni", "Wakil Ketua DPRD Jawa Timur")]


@pytest.mark.parametrize("body, expected", [
    ("Nuki Syahrun kini menjabat sebagai Kepala Badan Pusat Statistik.",
     [("Nuki Syahrun", "Kepala Badan Pusat Statistik")]),
    ("Budi Santoso ditunjuk sebagai Penjabat Bupati Bogor.",
     [("Budi Santoso", "Penjabat Bupati Bogor")]),
    ("Rudy Susmanto terpilih menjadi Bupati Bogor periode 2025-2030.",
     [("Rudy Susmanto", "Bupati Bogor")]),
    # background, not the office held now
    ("Sebagaimana diketahui, Jimly menjabat Ketua MK pada tahun 2003-2008.", []),
    ("Pada era Joko Widodo masih menjabat Gubernur DKI, PKL dipindah.", []),
    ("Budi Santoso pernah menjabat sebagai Bupati Bogor.", []),
])
def test_a_name_linked_to_its_office_by_a_verb(body, expected):
    assert officials(body, "x") == expected


@pytest.mark.parametrize("body", [
    "Letda Laut (PM) Budi Santoso diperiksa penyidik.",
    "Kolonel Laut (PM) Budi Santoso hadir dalam sidang.",
])
def test_a_rank_corps_in_parentheses_is_no_office(body):
    assert officials(body, "x") == []  # "(PM)": military police, not a Perdana Menteri


def test_a_prime_minister_abbreviated_in_parentheses_is_still_read():
    assert officials("Anwar Ibrahim (PM Malaysia) hadir.", "x") == [
        ("Anwar Ibrahim", "Perdana Menteri Malaysia")]


def test_a_brief_teaser_opening_with_a_full_name_names_the_headline_office_holder():
    assert officials("Rieke Diah Pitaloka menyambut putusan MK tentang penghinaan presiden.",
                     "Anggota DPR Sambut Putusan MK soal Pasal Penghinaan Presiden") == [
        ("Rieke Diah Pitaloka", "Anggota DPR")]
    # a passive headline: the teaser's subject acts on the office holder, it is not them (a
    # senator keeps his own office, not the headline's Menhan AS)
    assert officials("Senator Richard Blumenthal menyurati Hegseth soal nasib kapal.",
                     "Menhan AS 'Dirujak' Senator soal Kapal") == [
        ("Richard Blumenthal", "Senator")]
    # an institution is no person
    assert officials("Bank Indonesia mencatat inflasi.", "Kapolda Jatim Tinjau Banjir") == []


@pytest.mark.parametrize("body, expected", [
    ("Rida Mulyana mantan Sekjen Kementerian ESDM meninggal dunia",
     [("Rida Mulyana", "Mantan Sekretaris Jenderal Kementerian ESDM")]),
    ("Rumah mantan Bupati Bogor digeledah penyidik.", []),
])
def test_a_status_word_right_after_a_name_is_an_apposition(body, expected):
    assert officials(body, "x") == expected
