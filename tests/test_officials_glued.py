"""Issue 15 item 4: a word glued before an official's name is left out of it: a country's
current spelling, a misspelt object word, a place or firm the article writes after "di"/"ke";
a given name stays."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials


def names(text: str) -> list[str]:
    return [o.name for o in extract_officials("", text)]


@pytest.mark.parametrize("text, name", [
    ("Presiden Turkiye Recep Tayyip Erdogan menerima tamu dari Ankara.", "Recep Tayyip Erdogan"),
    ("Presiden Türkiye Recep Tayyip Erdogan menerima tamu dari Ankara.", "Recep Tayyip Erdogan"),
    ("Menteri Luar Negeri Australi Julie Bishop menyampaikan duka cita.", "Julie Bishop"),
    ("Menteri Ekuangan Sri Mulyani Indrawati membuka rapat anggaran.", "Sri Mulyani Indrawati"),
])
def test_a_country_or_a_misspelt_object_word_is_no_part_of_the_name(text, name):
    assert names(text) == [name]


def test_a_place_the_article_writes_after_di_goes_to_the_role():
    text = ("Kepala Sektor Khusus Jeddah Ahmad Fauzan Lubis memeriksa pemondokan. Jamaah yang "
            "tiba di Jeddah langsung diantar ke hotel.")
    assert [(o.name, o.role) for o in extract_officials("", text)] == [
        ("Ahmad Fauzan Lubis", "Kepala Sektor Khusus Jeddah")
    ]


def test_a_firm_the_article_writes_after_di_is_no_part_of_the_name():
    text = ("Presiden Lamborghini Stefano Domenicali memuji pembalap muda itu. Ia pernah "
            "bekerja di Lamborghini selama lima tahun.")
    assert "Stefano Domenicali" in names(text)
    assert not any(name.startswith("Lamborghini") for name in names(text))


@pytest.mark.parametrize("text, name", [
    # a given name a name list has, even when "di Muhammad" is written
    ("Menteri Dalam Negeri Muhammad Tito Karnavian hadir. Acara di Muhammad Hatta Hall selesai.",
     "Muhammad Tito Karnavian"),
    # a region's name that is a person's, after a national office
    ("Wakil Menteri Dalam Negeri Bima Arya Sugiarto berkunjung ke Bima pada Senin.",
     "Bima Arya Sugiarto"),
])
def test_a_given_name_stays(text, name):
    assert names(text) == [name]


def test_a_numbered_section_keeps_its_numeral():
    text = "Kepala Satuan Tugas KPK Wilayah V Budi Hartono meninjau tambang itu."
    assert [(o.name, o.role) for o in extract_officials("", text)] == [
        ("Budi Hartono", "Kepala Satuan Tugas KPK Wilayah V")
    ]


def test_a_haj_working_area_is_a_unit_a_place_follows():
    text = "Kepala Seksi Perumahan Daker Makkah, Ahmad Sulaiman menjelaskan pembagian hotel."
    assert [(o.name, o.role) for o in extract_officials("", text)] == [
        ("Ahmad Sulaiman", "Kepala Seksi Perumahan Daker Makkah")
    ]


def test_a_body_s_numbered_term_is_no_part_of_the_name():
    text = "Ketua Komisi Pemberantasan Korupsi Jilid II Hendra Wirasakti membuka rapat itu."
    assert names(text) == ["Hendra Wirasakti"]


def test_the_object_s_last_word_written_before_another_name_goes_to_the_role():
    text = ("Hadir Kepala Seksi Perlindungan Jamaah Daker Mekkah Sarwono Adi Wibowo dan Kepala "
            "Seksi Perumahan Daker Mekkah Rahmat Hidayanto menyambut rombongan.")
    assert [(o.name, o.role) for o in extract_officials("", text)] == [
        ("Sarwono Adi Wibowo", "Kepala Seksi Perlindungan Jamaah Daker Mekkah"),
        ("Rahmat Hidayanto", "Kepala Seksi Perumahan Daker Mekkah"),
    ]
    # a given name written again before the rest of the name, or before a verb, stays
    text = ("Bupati Sarwono Adi Wibowo meresmikan pasar. Menurut Bupati Sarwono Adi Wibowo, "
            "pasar itu baru. Bupati Sarwono menambahkan bahwa pasar dibuka pagi.")
    assert names(text)[0] == "Sarwono Adi Wibowo"
