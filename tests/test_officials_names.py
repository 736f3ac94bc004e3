"""Where an office holder's name begins and ends: Arabic articles, initials and degrees, ranks,
one-word names, common words and places next to a name, legal formulas, misspelt names that
are one person, and a name's aliases (index/data/person_aliases.tsv)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import officials
from index.article import Official
from index.extract.officials import extract_officials
from index.extract.officials.figures import governing
from index.extract.officials.office_holders import add_office_holders
from index.people import Evidence, resolve


def test_a_title_case_preposition_ends_a_name():
    assert officials("Bantuan ini kebijakan Presiden Prabowo Subianto Untuk Program "
                     "Perlindungan Sosial Tahun 2025.") == [("Prabowo Subianto", "Presiden")]


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


def test_a_misspelt_name_of_three_words_is_one_person_across_offices():
    text = ("Ketua PTUN Kendari Budi Santoso Wibowo membantah. Jaksa menyebut hakim PTUN "
            "Kendari Budi Santosa Wibowo menerima uang.")
    assert officials(text) == [("Budi Santoso Wibowo", "Ketua PTUN Kendari")]


def test_a_misspelt_two_word_name_in_another_office_stays_apart():
    text = "Ketua PTUN Kendari Budi Santoso membantah. Bupati Kolaka Budi Santosa hadir."
    assert officials(text) == [("Budi Santoso", "Ketua PTUN Kendari"),
                               ("Budi Santosa", "Bupati Kolaka")]


@pytest.mark.parametrize("text, official", [
    ("Sugito yang merupakan Irjen Kementerian Pertanian dipanggil penyidik, kata juru bicara.",
     ("Sugito", "Inspektur Jenderal Kementerian Pertanian")),
    ("Wahyuningsih yang juga Kepala Dinas Pendidikan Kota Bogor meninjau sekolah itu.",
     ("Wahyuningsih", "Kepala Dinas Pendidikan Kota Bogor")),
])
def test_a_one_word_name_opening_a_sentence_before_yang_juga(text, official):
    assert officials(text) == [official]


@pytest.mark.parametrize("word", ["Pria", "Istri", "Beliau", "Wartawan", "Ayahnya"])
def test_a_word_for_a_person_before_yang_juga_is_no_name(word):
    text = f"{word} yang juga Wakil Ketua Komisi III DPR itu menilai putusan itu keliru."
    assert officials(text) == []


def test_two_capitals_spelling_a_degree_open_a_name_as_initials():
    assert officials("Uang itu diserahkan Jaksa Agung ST Burhanuddin kepada negara.") == [
        ("ST Burhanuddin", "Jaksa Agung")]
    # after a rank the two capitals are a degree, as before: out of the name
    assert officials("Kapolres Bogor AKBP SE Budi Santosa mengatakan.") == [
        ("Budi Santosa", "Kepala Kepolisian Resor Bogor")]


def test_st_burhanuddin_is_sanitiar_burhanuddin():
    # person_aliases.tsv: the initials form joins the full name, and "Burhanuddin" both
    identities = resolve({"ST Burhanuddin": Evidence(3, frozenset({"Jaksa Agung"})),
                          "Burhanuddin": Evidence(2, frozenset({"Jaksa Agung"})),
                          "Sanitiar Burhanuddin": Evidence(1, frozenset({"Jaksa Agung"}))})
    assert identities["ST Burhanuddin"].name == "Sanitiar Burhanuddin"
    assert identities["Burhanuddin"].name == "Sanitiar Burhanuddin"


def test_a_name_ending_in_a_compass_point_is_a_place():
    text = "Hakim tunggal Pengadilan Negeri Jakart Selatan, Suryanto, menolak permohonan itu."
    assert all(name != "Jakart Selatan" for name, _ in officials(text))


def test_a_party_numbered_in_a_legal_formula_is_no_part_of_the_name():
    text = ("DKPP menjatuhkan sanksi kepada Teradu VII Budi Santosa selaku Sekretaris Jenderal "
            "Komisi Pemilihan Umum.")
    assert officials(text) == [("Budi Santosa", "Sekretaris Jenderal Komisi Pemilihan Umum")]
    # a Balinese name opens with "I"
    assert officials("Dubes RI untuk Singapura I Gede Ngurah Swajaya hadir.") == [
        ("I Gede Ngurah Swajaya", "Duta Besar RI untuk Singapura")]


def test_a_full_name_after_an_office_with_its_body_is_the_holder_in_a_list():
    text = "Hadir Rina Wulandari, Ketua KPU Budi Santosa, dan para undangan lain."
    assert officials(text) == [("Budi Santosa", "Ketua KPU")]
    # one word after the body is its place, and the person before the office holds it
    text = "Gao Wei, Direktur Kepolisian Chengnan, ditemukan tak bernyawa di kantornya."
    assert officials(text) == [("Gao Wei", "Direktur Kepolisian Chengnan")]


def test_a_name_after_an_institution_then_another_persons_rank():
    text = ("Yang diwawancara adalah Direktur Gratifikasi KPK Budi Santosa, Mayjen (Purn) Agus "
            "Salim, dan Dewi Lestari.")
    assert ("Budi Santosa", "Direktur Gratifikasi KPK") in officials(text)


def test_a_first_name_misspelt_by_a_letter_is_the_office_holder_already_found():
    found = [Official("Anie Rasyid Baswedan", "Gubernur DKI Jakarta")]
    body = "Gubernur DKI Jakarta Anie Rasyid Baswedan hadir. Anies Baswedan menyapa warga."
    added = add_office_holders("", body, date(2018, 2, 16), found)
    assert [o.name for o in added] == ["Anie Rasyid Baswedan"]


def test_a_common_word_opening_the_sentence_is_no_part_of_the_name():
    text = ("Yuyu mengisi posisi KSAU yang kosong. Posisi Moeldoko sebagai Kepala KSP "
            "menggantikan Teten Masduki. Moeldoko tiba di Istana.")
    assert officials(text) == [("Moeldoko", "Kepala KSP")]
    # a given name that is also a word stays, with no such evidence
    assert officials("Agung Laksono sebagai Ketua Dewan Pakar hadir. Laksono tiba.") != [
        ("Laksono", "Ketua Dewan Pakar")]


@pytest.mark.parametrize("text", [
    "Ancaman itu datang dari rezim Kim Jong-un di Pyongyang.",
    "Ancaman itu datang dari rezim Kim Jong - un di Pyongyang.",  # pre-tokenised
])
def test_a_regime_named_by_its_head_presents_its_head(text):
    assert [name for name, _ in governing(text)] == ["Kim Jong-un"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials opening a name, the name then ending: the whole name ("Haji" is an honorific)
        ("Wali Kota Denpasar IGN Jaya Negara berharap para duta ini aktif.",
         [("IGN Jaya Negara", "Wali Kota Denpasar")]),
        ("Jaksa Agung HM Prasetyo mengatakan kasus itu dituntaskan.",
         [("M Prasetyo", "Jaksa Agung")]),
        ("Jaksa Agung HM.Prasetyo mengatakan kasus itu dituntaskan.",
         [("M Prasetyo", "Jaksa Agung")]),
        ("Wakil Presiden AS JD Vance meminta serangan dihentikan.",
         [("JD Vance", "Wakil Presiden AS")]),
    ],
)
def test_initials_open_a_name(text, expected):
    assert officials(text) == expected


def test_an_organisations_acronym_before_a_name_is_no_initials():
    # "UFC" stands alone elsewhere in the text: an organisation, not Dana White's initials
    text = ("Presiden UFC Dana White mengatakan kontrak baru disiapkan. UFC akan menggelar "
            "laga itu tahun depan.")
    assert officials(text) == []
