"""Names that place no story (issue 15, round 18b): a country named like a province, a
regional bank's name, and where a statement was made after meeting someone or beside a
companion. Sentences written for these tests."""

from __future__ import annotations

from index.extract.regions import extract_regions
from index.extract.regions.asides import statement_venue


def test_a_country_named_like_a_province_is_not_the_province():
    title = "Indonesia Kirim Bantuan Beras ke Papua Nugini"
    body = ("Pemerintah melepas pengiriman beras ke Papua New Guinea dari gudang di Kota "
            "Surabaya, Jawa Timur, Senin. Warga Papua Nugini di perbatasan menyambut bantuan itu.")
    provinces, _ = extract_regions(title, body)
    assert "Papua" not in provinces
    assert "Jawa Timur" in provinces


def test_the_province_itself_still_counts():
    provinces, _ = extract_regions("Banjir Rendam Permukiman di Papua",
                                   "Banjir merendam ratusan rumah di Papua sejak Minggu malam.")
    assert provinces == ["Papua"]


def test_a_regional_banks_name_is_a_firm_not_the_story_place():
    title = "Kejaksaan Sita Mobil Pemilik Pabrik Tekstil"
    body = ("Kejaksaan menyita sebuah mobil mewah milik pemilik pabrik tekstil yang menerima "
            "kredit dari Bank DKI. Mobil berwarna hitam itu kini dititipkan di kantor kejaksaan "
            "sampai penyidik mengambilnya.\n\n"
            "Kredit dari Bank DKI dan Bank Jateng itu diduga tidak sesuai ketentuan. Bank DKI "
            "disebut tidak menganalisis kredit dengan cermat. Penyidik akan membawa mobil itu ke "
            "Jakarta pekan depan.")
    provinces, _ = extract_regions(title, body)
    assert "DKI Jakarta" not in provinces and "Jawa Tengah" not in provinces


def test_a_bank_named_beside_the_place_leaves_the_place():
    body = ("Bank Jatim membuka kantor cabang baru di Kabupaten Ngawi, Jawa Timur, Senin. Kantor "
            "itu melayani warga Kabupaten Ngawi.")
    assert extract_regions("Bank Buka Kantor Cabang Baru", body) == (
        ["Jawa Timur"], ["Kabupaten Ngawi"])


def _venue(text: str, name: str) -> bool:
    at = text.index(name)
    return statement_venue(text, at, 0, at + len(name))


def test_where_a_statement_was_made_after_a_meeting_or_beside_a_companion():
    met = ('"Program itu diperluas tahun depan," kata Menteri Budi usai menemui Ketua DPRD '
           "Andi Saputra di Kendari, Senin.")
    assert _venue(met, "Kendari")
    accompanied = ('"Dapur sekolah bisa dibangun," jelas Menteri Budi didampingi Gubernur '
                   "Andi Saputra di Kendari.")
    assert _venue(accompanied, "Kendari")
    meeting = ('"Kami sepakat," ujar Budi usai bertemu Wali Kota Andi di Kendari, Senin.')
    assert _venue(meeting, "Kendari")


def test_an_inspection_is_still_an_event():
    inspected = ('"Jalan ini segera diperbaiki," kata Menteri Budi saat meninjau banjir di '
                 "Kota Kendari, Senin.")
    assert not _venue(inspected, "Kota Kendari")


def test_a_companions_venue_does_not_place_the_story():
    body = ('"Dapur sekolah bisa dibangun," jelas Menteri Budi didampingi Gubernur Andi Saputra '
            "di Kota Kendari. Menteri menyampaikan itu dalam kunjungan kerja ke sekolah.")
    assert "Kota Kendari" not in extract_regions("Menteri Usul Dapur Sekolah", body)[1]
