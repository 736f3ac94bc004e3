"""Regions round 13 (issue 15): a province written after a kabupaten/kota ("di Pekanbaru, Riau")
says which one it is and weighs nothing of its own. Checked on written sentences."""

from __future__ import annotations

from index.extract.regions import extract_regions

FILLER = " Kegiatan itu berlangsung lancar dan diikuti banyak peserta dari berbagai instansi."


def test_one_pair_named_in_passing_does_not_make_the_story_about_its_province():
    body = ("JAKARTA - Kejaksaan baru memulihkan sebagian kerugian negara." + FILLER * 2
            + "\nTerdakwa sempat dibebaskan hakim Pengadilan Tipikor di Pekanbaru, Riau, pada "
            "tahun lalu." + FILLER * 3)
    assert extract_regions("Kerugian Negara Baru Dipulihkan", body) == (["DKI Jakarta"], [])


def test_a_pair_in_a_list_of_cities_adds_no_province():
    body = ("Inflasi bulan lalu tercatat rendah." + FILLER * 2 + "\nInflasi tertinggi terjadi "
            "di Sibolga, Sumatera Utara, sedangkan deflasi terdalam di Kendari, Sulawesi "
            "Tenggara." + FILLER * 3)
    assert extract_regions("Inflasi Bulan Lalu Rendah", body) == ([], [])


def test_a_pair_that_is_the_storys_one_place_brings_both():
    body = ("Banjir merendam ratusan rumah warga." + FILLER + "\n" + FILLER
            + "\nAir mulai naik sejak subuh di Surabaya, Jawa Timur, kemarin." + FILLER * 3)
    assert extract_regions("Banjir Rendam Rumah Warga", body) == (["Jawa Timur"],
                                                                   ["Kota Surabaya"])


def test_a_pair_named_twice_brings_both():
    body = ("JAKARTA - Pemerintah menenggelamkan puluhan kapal asing." + FILLER
            + "\nPenenggelaman dilakukan di Ambon, Maluku, pagi tadi." + FILLER
            + "\nMenteri menyaksikan langsung di Ambon, Maluku, bersama aparat." + FILLER * 2)
    assert extract_regions("Kapal Asing Ditenggelamkan", body) == (
        ["DKI Jakarta", "Maluku"], ["Kota Ambon"])


def test_a_town_before_putra_names_a_club_or_a_firm():
    body = ("Komdis PSSI menjatuhkan sanksi kepada tiga pemain." + FILLER
            + "\nPemain Mojokerto Putra dan pemain Madiun Putra dilarang bermain dua laga."
            + FILLER * 2 + "\nSaham Singaraja Putra (SINI) mencatat transaksi besar." + FILLER)
    assert extract_regions("Komdis Jatuhkan Sanksi", body) == ([], [])


def test_a_club_of_the_lower_leagues_is_not_its_town():
    body = ("Panitia pelaksana dikenai denda." + FILLER + "\nPelemparan botol ke bench pemain "
            "Persewangi Banyuwangi terjadi di babak kedua, lalu Persema Malang protes." + FILLER)
    assert extract_regions("Komdis Jatuhkan Denda", body) == ([], [])
