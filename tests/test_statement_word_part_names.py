"""A one-word short name cut from one word of a full name the article writes is that person
(index/extract/statements/word_part_names.py). Sentences written for these tests."""

from extracted import speakers
from index.extract.officials import load_lexicon
from index.extract.statements.word_part_names import word_part_name


def test_the_start_of_a_surname_after_initials_is_the_person():
    body = ("Pengumuman itu ditandatangani Ketua Panitia Lomba Nasional B.K. Santosoharjo. "
            '"Hasil akhir ditunda sampai penilaian selesai," jelas Santoso melalui surat '
            "yang diterima di Jakarta, Rabu.")
    assert speakers(body) == ["B.K. Santosoharjo"]


def test_the_end_of_a_first_name_is_the_person_it_shortens():
    body = ("Anggota panitia Rahmawati Siregar bertanya soal anggaran kepada calon. "
            '"Bagaimana Bapak akan mengawasi belanja daerah?" tanya Wati. Calon itu menjawab '
            "dengan tenang.")
    assert speakers(body) == ["Rahmawati Siregar"]


def test_a_short_name_of_two_full_names_is_left_as_it_is():
    body = ("Rapat dihadiri Hendrawansyah Santoso dan Hendrawati Lubis dari dinas. "
            '"Kami sepakat anggaran ditambah," kata Hendra usai rapat di Medan, Senin.')
    assert speakers(body) == ["Hendra"]


def test_a_cut_leaving_three_letters_or_a_short_name_of_three_is_no_cut():
    lexicon = load_lexicon()
    assert word_part_name("Budi", "Kepala Dinas Budiman Sudjatmiko hadir.", lexicon) is None
    assert word_part_name("Adi", "Kepala Dinas Adiwijaya Sudjatmiko hadir.", lexicon) is None
    assert word_part_name("Budi", "Kepala Dinas Budiharjono Sudjatmiko hadir.",
                          lexicon) == "Budiharjono Sudjatmiko"
