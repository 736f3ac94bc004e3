"""A short list of kabupaten/kota over two provinces, none of which the title places the story
in, is the story's material, not its place (regions/lists.py). Checked on written sentences."""

from __future__ import annotations

from index.extract.regions import extract_regions

FILLER = " Rapat itu berlangsung tertutup dan dihadiri para komisioner dari berbagai daerah."
LIST = ("\nKomisi juga menunggu penetapan calon kepala daerah di Kota Surabaya, Kota Samarinda, "
        "dan Kabupaten Pacitan pekan depan.")


def test_a_two_province_list_in_a_national_story_places_nothing():
    body = ("JAKARTA - Komisi Pemilihan Umum mengundi nomor urut pasangan calon hari ini."
            + FILLER * 2 + LIST + FILLER * 2)
    assert extract_regions("KPU Undi Nomor Urut Pasangan Calon", body) == (["DKI Jakarta"], [])


def test_the_same_list_under_a_title_naming_one_of_its_places_counts():
    body = ("JAKARTA - Komisi Pemilihan Umum menunda penetapan tiga daerah." + FILLER * 2
            + LIST + FILLER * 2)
    provinces, regencies = extract_regions("Penetapan Calon Pilkada Surabaya Ditunda", body)
    assert "Jawa Timur" in provinces and "Kota Surabaya" in regencies


def test_a_list_inside_one_province_still_counts():
    body = ("Banjir melanda sejumlah daerah sejak kemarin." + FILLER
            + "\nAir merendam rumah warga di Kabupaten Cilacap, Kabupaten Banyumas, dan "
            "Kabupaten Kebumen." + FILLER + "\nBanjir di Kabupaten Cilacap paling parah."
            + FILLER)
    provinces, regencies = extract_regions("Banjir Rendam Ribuan Rumah", body)
    assert provinces == ["Jawa Tengah"] and "Kabupaten Cilacap" in regencies
