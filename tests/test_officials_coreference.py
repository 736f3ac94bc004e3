"""An office referred back to ("Ketua DKPP tersebut", "mantan Ketua MPR itu", "wakilnya") names
the one person the text named before it without an office, and no one when the evidence is
missing; a name and its alias in index/data/person_aliases.tsv count as one person
(index/extract/officials/coreference.py)."""

from __future__ import annotations

import pytest

from extracted import officials
from index.people import alias_target, name_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the office as the object of a verb, the person named two sentences before
            "Panitia seleksi memanggil Rudi Hartanto pada Selasa. Rudi menjawab semua "
            "pertanyaan. Panitia lalu mencecar Ketua Dewan Kehormatan Penyelenggara Pemilu "
            "(DKPP) itu soal anggaran.",
            [("Rudi Hartanto", "Ketua Dewan Kehormatan Penyelenggara Pemilu")],
        ),
        (  # after a preposition, the short name written in full elsewhere
            "Sinta Maharani datang ke gedung KPK. Penyidik mengajukan 20 pertanyaan kepada "
            "Sinta. Pertanyaan itu diajukan kepada Bupati Lumajang tersebut selama enam jam.",
            [("Sinta Maharani", "Bupati Lumajang")],
        ),
        (  # opening a sentence
            "Warga menyambut Hendra Wijaya di alun-alun. Wali Kota Blitar itu meresmikan "
            "pasar baru.",
            [("Hendra Wijaya", "Wali Kota Blitar")],
        ),
    ],
)
def test_office_referred_back_names_the_person_named_before(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the office belongs to someone the noun before it names: a kinship, not the person
        "Rudi Hartanto tidak hadir. Ia adalah putra Ketua Umum Partai Golkar tersebut.",
        # the office was named as a noun before: it is that noun, not the person
        "Presiden menerima Rudi Hartanto dan anggota DPR di istana. Anggota DPR itu berasal "
        "dari koalisi.",
        # two people without an office named before: no evidence which one
        "Rudi Hartanto bertemu Sinta Maharani di Surabaya. Wali Kota Blitar itu meresmikan "
        "pasar.",
        # an office held before: the person may hold another one now
        "Warga menyambut Hendra Wijaya di alun-alun. Mantan Wali Kota Blitar itu meresmikan "
        "pasar baru.",
        # a place, not a person
        "Warga berkumpul di Jalan Veteran sejak pagi. Wali Kota Blitar itu meresmikan pasar.",
        # inside a quotation
        'Hendra Wijaya datang. "Saya minta Wali Kota Blitar itu mundur," kata warga.',
    ],
)
def test_no_one_is_given_an_office_without_evidence(text):
    assert officials(text) == []


def test_the_official_who_holds_the_office_keeps_it():
    text = ("Wali Kota Blitar Santoso Widodo menyambut Hendra Wijaya di alun-alun. "
            "Wali Kota Blitar itu meresmikan pasar baru.")
    assert officials(text) == [("Santoso Widodo", "Wali Kota Blitar")]


def test_a_deputy_named_as_wakilnya_after_the_holder():
    text = "Bupati Katingan Andi Wijaya dan wakilnya, Budi Hartono, meninjau banjir."
    assert officials(text) == [("Andi Wijaya", "Bupati Katingan"),
                               ("Budi Hartono", "Wakil Bupati Katingan")]


def test_a_former_office_referred_back_to_names_the_person_spoken_of():
    text = ("Jaksa menyebut nama Hendra Wijaya dalam tuntutannya. Hendra disebut menerima dana "
            "Rp 100 juta.\n\nTransfer kepada mantan Ketua MPR itu dilakukan dua kali.")
    assert officials(text) == [("Hendra Wijaya", "Mantan Ketua MPR")]


def test_a_candidate_office_referred_back_to_keeps_the_word():
    text = ("Polisi memeriksa Budi Hartono kemarin. Pemeriksaan terhadap calon Bupati Bogor "
            "tersebut berlangsung lima jam, kata pengacara Budi Hartono.")
    assert officials(text) == [("Budi Hartono", "Calon Bupati Bogor")]


def test_a_former_office_near_an_official_names_no_one_else():
    # "Mantan Kapolda Metro Jaya itu" is said of the Kapolri, not of the event named between
    text = ("Kapolri Jenderal Tito Karnavian melepas peserta lomba lari di Monas. Lomba itu "
            "memeriahkan Hari Bhayangkara ke-71.\n\nMantan Kapolda Metro Jaya itu mengatakan "
            "lomba lari menunjukkan situasi aman. Tito juga menyapa peserta.")
    assert officials(text) == [("Tito Karnavian", "Kepala Kepolisian Negara Republik Indonesia")]


def test_a_former_office_is_not_given_to_a_name_written_once():
    text = ("Lomba itu memeriahkan Hari Bhayangkara ke-71. Mantan Kapolda Metro Jaya itu "
            "mengatakan lomba lari menunjukkan situasi aman.")
    assert officials(text) == []


def test_a_blank_line_between_paragraphs_is_one_sentence_end():
    text = ("Juru bicara partai Dede Yusuf menyarankan pertemuan itu.\n\n\"Bisa saja,\" ujar "
            "Dede Yusuf di Gedung DPR.\n\nKetua Komisi IX DPR itu khawatir soal ekonomi.")
    assert officials(text) == [("Dede Yusuf", "Ketua Komisi IX DPR")]


def test_an_honorific_is_not_part_of_the_full_name_referred_back_to():
    text = ("\"Tidak ada dana ke Bapak Hendra Wijaya,\" kata pengacara itu. Jaksa menyebut nama "
            "Hendra Wijaya. Hendra disebut menerima Rp 100 juta. Transfer kepada mantan Ketua "
            "MPR itu dilakukan dua kali.")
    assert officials(text) == [("Hendra Wijaya", "Mantan Ketua MPR")]


def test_the_alias_pair_is_in_the_data_file():
    assert name_key(alias_target("Kang Emil") or "") == name_key("Ridwan Kamil")


def test_a_name_and_its_alias_before_an_office_referred_back_to_are_one_person():
    text = ("Tiga partai menyatakan tetap mendukung Ridwan Kamil dalam pemilihan gubernur. "
            "Meski satu partai menimbang ulang dukungan untuk Kang Emil, koalisi tetap solid "
            "mendukung Wali Kota Bandung itu.")
    assert officials(text) == [("Ridwan Kamil", "Wali Kota Bandung")]


def test_the_alias_alone_still_takes_the_office():
    text = ("Satu partai menimbang ulang dukungan untuk Kang Emil pekan ini. Koalisi tetap solid "
            "mendukung Wali Kota Bandung itu.")
    assert [role for _, role in officials(text)] == ["Wali Kota Bandung"]


def test_two_people_before_an_office_referred_back_to_still_name_no_one():
    text = ("Tiga partai menyatakan tetap mendukung Ridwan Kamil dalam pemilihan gubernur. "
            "Meski satu partai menimbang ulang dukungan untuk Hendra Wijaya, koalisi tetap solid "
            "mendukung Wali Kota Bandung itu.")
    assert officials(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "ini" refers back as "itu" does
            "Warga menyambut Hendra Wijaya di alun-alun. Wali Kota Blitar ini meresmikan pasar "
            "baru.",
            [("Hendra Wijaya", "Wali Kota Blitar")],
        ),
        (
            "Rudi Hartanto bertemu Sinta Maharani di Surabaya. Wali Kota Blitar ini meresmikan "
            "pasar.",
            [],
        ),
    ],
)
def test_an_office_referred_back_with_ini(text, expected):
    assert officials(text) == expected


def test_a_known_alias_referred_back_to_is_kept_without_an_honorific():
    # person_aliases.tsv names "Ahok": the name joins its full form, "Pak Ahok" would not
    text = ("Warga menunggu Pak Ahok sejak pagi. \"Kami siap,\" kata Ahok di balai kota. "
            "Selanjutnya, mantan Bupati Belitung Timur ini juga menyinggung soal pajak.")
    assert officials(text) == [("Ahok", "Mantan Bupati Belitung Timur")]
