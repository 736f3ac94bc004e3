"""One person, one form (issue 17, round 6): the speakers of an article written as the fullest
name it gives each person, without what the reading glued to it (index/extract/statements/
forms.py). Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from extracted import speakers
from index.extract.statements.forms import speaker_forms

# --- through the extractor -----------------------------------------------------------------------


def test_a_name_cut_at_an_initial_takes_the_words_after_it():
    body = ("Pelatih Persiba Rudi K. Santoso mengomentari kekuatan lawannya. Salah satu yang "
            "dinilai Rudi menjadi ancaman adalah lini tengah.\n\n"
            "\"Mereka tim yang komplet,\" ujar Rudi melalui pesan singkat.")
    assert speakers(body) == ["Rudi K. Santoso"]


def test_a_company_glued_before_a_name_the_article_writes_alone_is_dropped():
    body = ("Tahun ini Bank Sentosa mencatat laba. Direktur Utama Bank Sentosa Tri Wahyudi "
            "mengatakan kredit tumbuh. \"Kredit tumbuh 10 persen,\" ujar Tri Wahyudi.")
    assert set(speakers(body)) == {"Tri Wahyudi"}


def test_an_organisation_word_glued_before_a_name_is_dropped():
    body = ("Ketua Umum PP Persatuan Tani Andi Wirawan Saputra mengatakan panen tahun ini "
            "turun. Andi Wirawan Saputra menyebutkan harga gabah naik.\n\n"
            "Di Persatuan Tani, anggota menolak impor.")
    assert speakers(body) == ["Andi Wirawan Saputra", "Andi Wirawan Saputra"]


def test_an_institution_keeps_its_name():
    body = ("Juru bicara Kementerian Luar Negeri AS mengatakan pertemuan ditunda. "
            "\"Kami menunggu,\" kata Kementerian Luar Negeri AS.")
    assert speakers(body) == ["Kementerian Luar Negeri AS"]


# --- the forms of one article's speakers ---------------------------------------------------------


def test_a_persons_initials_in_parentheses_are_dropped_an_organisations_kept():
    body = ("Menteri Rahmat Dwi Santoso (RDS) hadir. Rahmat Dwi Santoso mengatakan ... "
            "Forum Warga Peduli (FWP) menyatakan ...")
    forms = speaker_forms(["Rahmat Dwi Santoso (RDS)", "Rahmat Dwi Santoso",
                           "Forum Warga Peduli (FWP)"], body)
    assert forms == {"Rahmat Dwi Santoso (RDS)": "Rahmat Dwi Santoso",
                     "Rahmat Dwi Santoso": "Rahmat Dwi Santoso",
                     "Forum Warga Peduli (FWP)": "Forum Warga Peduli (FWP)"}


def test_a_short_name_is_the_one_fuller_name_it_fits_and_stays_when_it_fits_two():
    body = "Rina Kartika berkata ... Rina menambahkan ..."
    assert speaker_forms(["Rina", "Rina Kartika"], body)["Rina"] == "Rina Kartika"
    body = "Joko Santoso berkata ... Joko Prasetyo berkata ... Joko menambahkan ..."
    assert speaker_forms(["Joko", "Joko Santoso", "Joko Prasetyo"], body)["Joko"] == "Joko"


@pytest.mark.parametrize(("speakers", "body"), [
    # a name is not made to start earlier than written
    (["Hendra Wijaya", "Makmur Hendra Wijaya"],
     "Direktur Utama Bank Makmur Hendra Wijaya mengatakan ... Hendra Wijaya menambahkan ..."),
    # a first name written alone after a place is no organisation
    (["Basri Tjahyadi Karim", "Tjahyadi Karim"],
     "Gubernur Sulawesi Tengah Basri 'Abas' Tjahyadi Karim mengatakan ... Menurut "
     "Tjahyadi Karim, ..."),
])
def test_a_name_written_in_full_stays_as_written(speakers, body):
    assert speaker_forms(speakers, body)[speakers[0]] == speakers[0]


def test_an_officials_reading_of_where_the_name_starts_stands():
    body = "Menko Polhukam Suryadi mengatakan ... Menurut Menko Polhukam Suryadi, ..."
    forms = speaker_forms(["Polhukam Suryadi", "Suryadi"], body, ["Suryadi"])
    assert forms == {"Polhukam Suryadi": "Suryadi", "Suryadi": "Suryadi"}


def test_a_place_after_an_institution_is_no_name():
    body = "Polda Jawa Tengah menyebutkan ... Di Jawa Tengah, ..."
    assert speaker_forms(["Polda Jawa Tengah"], body) == {
        "Polda Jawa Tengah": "Polda Jawa Tengah"}


def test_initials_that_open_a_name_are_part_of_it():
    body = "Wali Kota Tabanan IGN Rai Wirata mengatakan ... \"...,\" kata Rai Wirata."
    assert speaker_forms(["IGN Rai Wirata", "Rai Wirata"], body)["IGN Rai Wirata"] == (
        "IGN Rai Wirata")


def test_a_name_cut_at_an_initial_takes_every_name_word_after_it():
    body = "Kepada wartawan, Sekretaris Gatra W. Adi Prakoso menceritakan ... kata Gatra W."
    assert speaker_forms(["Gatra W"], body) == {"Gatra W": "Gatra W. Adi Prakoso"}


# --- round 13: a firm's or a club's name glued before the name, a heading before a subject ------


def test_a_club_the_article_writes_alone_inside_a_sentence_is_no_part_of_the_name():
    body = ("Pemain baru Persada Rio Antonius mengatakan siap bermain. Rio Antonius berlatih "
            "sejak pekan lalu, saat Persada bertanding di kandang lawan.\n\n"
            "\"Saya siap bermain sejak menit pertama,\" ujar Rio.")
    assert set(speakers(body)) == {"Rio Antonius"}


def test_a_given_name_the_article_also_writes_after_a_cue_stays_part_of_the_name():
    body = ("Ketua tim penggerak Nadia Larasati Putri mengajak warga menanam pohon. \"Mari kita "
            "mulai dari rumah,\" kata Nadia di Kupang.\n\n"
            "Camat setempat menilai gagasan Larasati Putri menarik bagi warga.")
    assert speakers(body)[0] == "Nadia Larasati Putri"


def test_an_acronym_after_a_title_written_alone_elsewhere_is_no_part_of_the_name():
    body = ("Perusahaan rintisan KLX terpilih tampil di pameran itu. KLX akan mempromosikan "
            "layanannya.\n\n\"Kami bangga dapat terpilih,\" kata CEO KLX Tomy Santoso.\n\n"
            "Dalam sambutannya, Wakil Kepala Badan Ekonomi Kreatif Rudi Pesik mengatakan pameran "
            "itu penting.")
    assert speakers(body) == ["Tomy Santoso", "Rudi Pesik"]


def test_a_heading_without_its_full_stop_is_no_part_of_the_subject_after_it():
    body = ("Lulusan Terbaik dari Kampus Seni\nRina Kusumawati menjelaskan dia mulai menggambar "
            "sejak kecil.\n\n\"Saya belajar sendiri dari buku,\" kata Rina.")
    assert set(speakers(body)) == {"Rina Kusumawati"}


# --- an institution's name or a compound's half read into the name (glued_before.py) ------------


def test_an_institutions_one_word_name_after_its_opener_is_no_part_of_the_name():
    body = ("Pengamat ekonomi asal Universitas Cendana Rizal Fahmi Hakim mengatakan, inflasi "
            "akan turun. \"Harga pangan mulai stabil,\" ujar Rizal.")
    assert set(speakers(body)) == {"Rizal Fahmi Hakim"}
    body = ("Analis Pasar Uang Bank Sentosa Dewi Kartika Sari mengatakan, rupiah melemah karena "
            "faktor eksternal. \"Kami memprediksi rupiah melemah,\" ujar Dewi.")
    assert set(speakers(body)) == {"Dewi Kartika Sari"}


def test_an_institutions_longer_name_is_the_one_the_body_writes_apart():
    body = ("Ketua senat mahasiswa UIN Sunan Giri M Arif Rahman Hakim mengatakan, kampus harus "
            "terbuka. UIN Sunan Giri sebagai tuan rumah menyiapkan aula.")
    assert speakers(body) == ["M Arif Rahman Hakim"]


def test_a_spaced_compounds_second_half_is_no_part_of_the_name():
    body = ("Partai itu mengalahkan tokoh kanan anti - Islam Gerrit Wouden, dalam pemilu. "
            "Wouden mengakui dirinya tidak mendapatkan hasil yang diharapkan. \"Kami bukan partai "
            "yang kalah,\" kata Wouden.")
    assert set(speakers(body)) == {"Gerrit Wouden"}
    body = ("Kompas.com - Budi Santoso Wiryo mengatakan bahwa panen padi tahun ini meningkat. "
            "\"Hasilnya bagus,\" ujar Budi.")
    assert set(speakers(body)) == {"Budi Santoso Wiryo"}
