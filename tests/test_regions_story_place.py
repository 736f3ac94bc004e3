"""Which place a story is about: the one kabupaten/kota a story names outright, a province
written after its kabupaten/kota ("di Pekanbaru, Riau") that says which one it is and weighs
nothing of its own, and a talk's or a visit's venue after the speech verb. Checked on written
sentences."""

from __future__ import annotations

from extracted import FILLER
from index.extract.regions import extract_regions


def long_body(lead: str, middle: str) -> str:
    return lead + FILLER + "\n" + FILLER * 3 + "\n" + middle + FILLER * 3 + "\n" + FILLER


# --- the one place a story names ------------------------------------------------------------

def test_a_kota_named_outright_once_is_the_place_of_a_story_that_names_no_other():
    body = long_body("Seorang pria ditemukan meninggal di rumahnya setelah bertengkar dengan "
                     "istrinya.", "Rumah korban di Kelurahan Poris, Kecamatan Cipondoh, Kota "
                     "Tangerang, itu kini dijaga polisi.")
    assert extract_regions("Suami Tewas Usai Bertengkar", body) == (["Banten"], ["Kota Tangerang"])


def test_it_is_not_when_the_story_places_something_in_another_province():
    body = long_body("Seorang pria ditemukan meninggal di Surabaya setelah bertengkar dengan "
                     "istrinya.", "Rumah orang tuanya di Kelurahan Poris, Kecamatan Cipondoh, Kota "
                     "Tangerang, itu kini kosong.")
    assert "Kota Tangerang" not in extract_regions("Suami Tewas Usai Bertengkar", body)[1]


# --- a talk's own words between the speech verb and its venue --------------------------------

def test_a_talk_named_in_lower_case_before_di_is_still_a_statements_venue():
    body = ("Indonesia masuk lima besar produsen alas kaki dunia." + FILLER + "\n" + FILLER
            + "\n\"Kita kalah dari Vietnam,\" katanya dalam lokakarya kebijakan industri di "
            "Surabaya, Jawa Timur, kemarin." + FILLER * 3)
    assert extract_regions("Produsen Alas Kaki Dunia", body) == ([], [])


def test_an_inspection_after_the_verb_is_an_event():
    body = ("Banjir merendam ratusan rumah warga." + FILLER + "\n" + FILLER
            + "\n\"Kami kirim bantuan,\" kata Wali Kota saat meninjau banjir di Surabaya, Jawa "
            "Timur, kemarin." + FILLER * 3)
    assert extract_regions("Banjir Rendam Rumah Warga", body)[0] == ["Jawa Timur"]


def test_a_visit_to_a_named_place_after_the_verb_is_a_statements_venue():
    body = ("\"Ini belum keputusan,\" kata Menteri saat berkunjung ke Bank Sejahtera Raya di "
            "Mataram, Selasa." + FILLER * 3)
    assert extract_regions("Menteri Usul Dapur Sekolah", body) == ([], [])


def test_a_visit_to_a_place_named_in_lower_case_is_an_event():
    body = ("\"Ini belum keputusan,\" kata Menteri saat berkunjung ke pabrik di Kabupaten "
            "Karawang, Selasa." + FILLER * 3)
    assert extract_regions("Menteri Usul Dapur Sekolah", body) == (
        ["Jawa Barat"], ["Kabupaten Karawang"])


# --- a province written after its kabupaten/kota ----------------------------------------------

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
