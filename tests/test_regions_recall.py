"""Kabupaten/kota recall on long texts (issue 15, regions round 2).

A long article about a province names the kabupaten/kota where its events happen once or twice
deep in the body; those count, and so does one named outright and again ("BPBD Jember") in any
article, while one passing mention, and a bare name in an article about no province of it,
still do not. Where someone comes from, after the lead, weighs
nothing; a list of many written "Kab. X" is an enumeration; "mantan Ketua KPU Kota X" is who
the person is. Checked on written articles.
"""

from __future__ import annotations

from extracted import FILLER
from index.extract.regions import extract_regions

LEAD = ("Pemerintah Provinsi Kalimantan Timur (Pemprov Kaltim) mengajak semua pihak bersinergi "
        "mengentaskan kemiskinan di daerah itu." + FILLER)


def article(middle: str, late: str = "") -> str:
    """A long body: the lead about Kalimantan Timur, `middle` in the body's middle, `late` in
    its last part."""
    return LEAD + "\n" + FILLER * 3 + "\n" + middle + FILLER * 3 + "\n" + late + FILLER


def test_a_kota_named_twice_in_the_body_of_an_article_about_its_province_counts():
    body = article("Sudah ada tiga Sekolah Rakyat di Samarinda.",
                   "Sekolah Rakyat 24 Samarinda memiliki 96 siswa.")
    assert extract_regions("Mensos Ajak Pemprov Kaltim Sinergi", body) == (
        ["Kalimantan Timur"], ["Kota Samarinda"])


def test_a_kota_named_once_in_passing_does_not():
    body = article("Sudah ada tiga Sekolah Rakyat di Samarinda.")
    assert extract_regions("Mensos Ajak Pemprov Kaltim Sinergi", body) == (
        ["Kalimantan Timur"], [])


def test_a_kabupaten_named_outright_once_in_the_middle_counts():
    body = article("Tambang itu terletak di Bukit Soeharto, Kabupaten Kutai Kartanegara.")
    assert extract_regions("Tambang Ilegal di Kaltim", body) == (
        ["Kalimantan Timur"], ["Kabupaten Kutai Kartanegara"])


def test_a_kabupaten_named_outright_only_near_the_end_does_not():
    body = article("Tambang itu sudah lama beroperasi.",
                   "Lokasinya berbatasan dengan Kabupaten Kutai Kartanegara.")
    assert extract_regions("Tambang Ilegal di Kaltim", body) == (["Kalimantan Timur"], [])


def test_the_lower_bar_holds_only_inside_a_province_the_article_is_about():
    body = ("Pemerintah mengajak semua pihak bersinergi mengentaskan kemiskinan." + FILLER
            + "\n" + FILLER * 3 + "\nSudah ada tiga Sekolah Rakyat di Samarinda." + FILLER * 3
            + "\nSekolah Rakyat 24 Samarinda memiliki 96 siswa." + FILLER)
    assert extract_regions("Mensos Ajak Semua Pihak Bersinergi", body) == ([], [])


def test_where_someone_comes_from_after_the_lead_weighs_nothing():
    body = article("Acara itu dipandu penata rias asal Balikpapan dan musisi kelahiran Kota "
                   "Bontang.", "Penata rias asal Balikpapan itu pernah bekerja di Jakarta.")
    assert extract_regions("Mensos Ajak Pemprov Kaltim Sinergi", body) == (
        ["Kalimantan Timur"], [])


def test_where_a_person_comes_from_weighs_nothing_in_the_lead_too():
    body = ("Tenaga Kerja Indonesia asal Nusa Tenggara Timur itu dibebaskan dari hukuman mati "
            "oleh Mahkamah Tinggi Kota Bharu, Malaysia." + FILLER * 4)
    assert extract_regions("Prabowo Sambut Baik Putusan Bebas TKI", body) == ([], [])
    body = ("Seorang jemaah haji asal Pacitan, Jawa Timur, meninggal dunia di Madinah karena "
            "serangan jantung." + FILLER * 4)
    assert extract_regions("Jemaah Haji Meninggal di Madinah", body) == ([], [])


def test_where_a_business_or_a_school_comes_from_in_the_lead_is_where_it_is():
    body = ("UMKM kopi asal Surabaya, Koffiku, memanfaatkan kopi dari sejumlah daerah sebagai "
            "bahan baku produk kopi instan." + FILLER * 4)
    assert extract_regions("Koffiku Kemas Kopi Nusantara", body) == (
        ["Jawa Timur"], ["Kota Surabaya"])
    body = ("Perjalanan hidup Citra, siswi Sekolah Rakyat Terintegrasi (SRT) 67 asal Kabupaten "
            "Pangkajene dan Kepulauan, menginspirasi banyak orang." + FILLER * 4)
    assert extract_regions("Kisah Citra Siswi Sekolah Rakyat", body) == (
        ["Sulawesi Selatan"], ["Kabupaten Pangkajene dan Kepulauan"])


def test_an_enumeration_written_with_kab_abbreviations_weighs_nothing():
    body = article("Penelitian digelar di Kab. Kutai Barat, Kab. Paser, Kab. Berau, "
                   "Kab. Kutai Timur, dan Kab. Mahakam Ulu.")
    assert extract_regions("Mensos Ajak Pemprov Kaltim Sinergi", body) == (
        ["Kalimantan Timur"], [])


def test_a_former_election_commission_chairs_title_is_who_the_person_is():
    body = article('"Kami berkoordinasi," ucap mantan Ketua KPU Kota Balikpapan itu.')
    assert extract_regions("Mensos Ajak Pemprov Kaltim Sinergi", body) == (
        ["Kalimantan Timur"], [])


def test_a_kabupaten_named_outright_twice_counts_in_an_article_about_no_province():
    body = ("Hujan deras memicu longsor yang memutus jalan desa." + FILLER + "\n" + FILLER * 3
            + "\nTim Reaksi Cepat BPBD Jember bersama warga membersihkan material longsor."
            + FILLER * 3 + "\nData BPBD Jember mencatat daerah rawan longsor di 11 kecamatan."
            + FILLER)
    assert extract_regions("Jalan Desa Terputus karena Longsor", body) == (
        ["Jawa Timur"], ["Kabupaten Jember"])


def test_a_former_wali_kotas_title_is_who_the_person_is():
    body = article("Selain itu, mantan Wali Kota Bontang ini juga bernostalgia.",
                   "Dulu, saat masih Wali Kota Bontang, ia sering datang ke sana.")
    assert extract_regions("Mensos Ajak Pemprov Kaltim Sinergi", body) == (
        ["Kalimantan Timur"], [])


def test_a_kabupaten_named_once_as_where_goods_come_from_does_not_count():
    body = article("Beras dan cabai rawit dipasok dari Kabupaten Kutai Kartanegara.")
    assert extract_regions("Mensos Ajak Pemprov Kaltim Sinergi", body) == (
        ["Kalimantan Timur"], [])
