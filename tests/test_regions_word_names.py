"""Region names that are also words or people's names ("Malang", "Batu", "Bima", "Puncak"):
bare after a comma they count only with an address, a province or a list around them, and
before another name they are a person's. Checked on written sentences."""

from __future__ import annotations

import pytest

from extracted import FILLER
from index.extract.regions import extract_regions

# --- a name that is also a word, bare after a comma -------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Laga uji coba itu digelar di Stadion Gajayana, Malang, Sabtu malam.", (["Jawa Timur"], [])),
    ("Banjir merendam rumah warga di Jalan Mawar Merah, Batu, Jawa Timur, sejak pagi.",
     (["Jawa Timur"], ["Kota Batu"])),
    ("Bantuan pangan disalurkan ke Kabupaten Belu, Malaka, dan Timor Tengah Utara pekan ini.",
     (["Nusa Tenggara Timur"], ["Kabupaten Belu", "Kabupaten Malaka",
                                "Kabupaten Timor Tengah Utara"])),
    ("Pemain muda itu pernah bermain di Bandung, Malang, dan Makassar musim lalu.",
     (["Jawa Barat", "Jawa Timur", "Sulawesi Selatan"], ["Kota Makassar"])),
])
def test_a_word_name_after_a_comma_counts_with_an_address_a_province_or_a_list(body, expected):
    assert extract_regions("Kabar Hari Ini dari Daerah", body + FILLER * 3) == expected


@pytest.mark.parametrize("body", [
    "Delegasi itu singgah di Negeri Sembilan, Malaka dan Kuala Lumpur pekan lalu.",
    "Hadir dalam acara itu pejabat dari kementerian, Bima mengatakan acara berjalan baik.",
    "Kami sudah siap, Malang melintang di dunia usaha membuat kami tangguh.",
])
def test_a_word_name_after_a_comma_with_nothing_around_it_does_not(body):
    assert extract_regions("Kabar Hari Ini", body + FILLER * 3) == ([], [])


def test_a_word_name_before_another_name_is_a_person():
    body = "Sambutan disampaikan Wali Kota Bogor, Bima Arya, dalam acara itu." + FILLER * 3
    assert extract_regions("Kabar Hari Ini", body) == (["Jawa Barat"], ["Kota Bogor"])


# --- a province right after a name that is also a word ----------------------------------------

def test_a_province_after_a_word_name_in_a_headline_is_its_own():
    body = "Massa membakar tujuh kantor pemerintah di Puncak, Papua Tengah, pada Senin."
    assert extract_regions("Kronologi Massa Bakar 7 Kantor Pemda di Puncak Papua",
                           body + FILLER) == (["Papua Tengah"], ["Kabupaten Puncak"])


def test_a_word_name_before_another_name_is_still_a_name():
    body = "Sambutan disampaikan Wali Kota Bogor, Bima Arya, dalam acara itu." + FILLER * 3
    assert extract_regions("Kabar Hari Ini", body) == (["Jawa Barat"], ["Kota Bogor"])
