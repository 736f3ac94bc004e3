"""Officials round 9 (issue 15): court panels, judges listed after "yaitu", acronyms an article
defines, a unit's acronym after its body's, and lists of fields in a ministry's name."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials


def officials(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials(title, text)]


@pytest.mark.parametrize("text, official", [
    ("Putusan itu dibacakan majelis hakim yang diketuai Kolonel Kum Budi Santosa di Surabaya.",
     ("Budi Santosa", "Hakim Ketua")),
    ("Vonis dibacakan majelis hakim Pengadilan Negeri Sleman yang dipimpin oleh Dewi Lestari.",
     ("Dewi Lestari", "Hakim Ketua")),
    ("Majelis hakim yang dipimpin hakim ketua Agus Salim menolak eksepsi terdakwa.",
     ("Agus Salim", "Hakim Ketua")),
])
def test_a_court_panels_chair_is_the_presiding_judge(text, official):
    assert officials(text) == [official]


def test_a_panel_led_by_someone_else_names_no_judge():
    # no court panel: a team chaired by someone is no public office
    assert officials("Tim yang diketuai Budi Santosa menyelesaikan kajian itu.") == []


def test_judges_listed_after_yaitu_each_hold_the_office():
    text = ("Jaksa mendakwa pengacara itu menyuap tiga hakim PTUN Kendari, yaitu Budi Santosa, "
            "Dewi Lestari, dan Agus Salim, pada Juli.")
    assert officials(text) == [
        ("Budi Santosa", "Hakim PTUN Kendari"),
        ("Dewi Lestari", "Hakim PTUN Kendari"),
        ("Agus Salim", "Hakim PTUN Kendari"),
    ]


def test_hakim_in_a_name_is_no_office():
    text = "Menteri Agama Lukman Hakim Saifuddin hadir bersama hakim Pengadilan Negeri Sleman."
    assert officials(text) == [("Lukman Hakim Saifuddin", "Menteri Agama")]


def test_an_acronym_the_article_defines_is_a_body_and_the_role_writes_it_out():
    text = ("Dinas Pertanian dan Ketahanan Pangan (Distanhanpan) Kabupaten Sikka membuka pasar "
            "murah. Kepala Distanhanpan Kabupaten Sikka Maria Goreti mengatakan stok cukup.")
    assert officials(text) == [
        ("Maria Goreti", "Kepala Dinas Pertanian dan Ketahanan Pangan Kabupaten Sikka")]


def test_an_associations_board_defined_by_acronym_is_no_public_body():
    text = ("Badan Pengurus Daerah (BPD) Himpunan Petani Sikka bertemu. Ketua BPD Himpunan "
            "Petani Sikka, Maria Goreti, mengatakan stok cukup.")
    assert officials(text) == []


def test_a_units_acronym_written_after_its_bodys_closes_the_long_form():
    text = ("Menurut Dirjen Perkeretaapian Daerah (Ditjen KAD) Kemenhub Budi Santosa, tarif "
            "tidak naik.")
    assert officials(text) == [
        ("Budi Santosa", "Direktur Jenderal Perkeretaapian Daerah Kemenhub")]


@pytest.mark.parametrize("text, official", [
    ("kata Sekretaris Jenderal Kementerian Desa, Pembangunan Daerah Tertinggal dan "
     "Transmigrasi Budi Santosa di kantornya.",
     ("Budi Santosa", "Sekretaris Jenderal Kementerian Desa, Pembangunan Daerah Tertinggal dan "
      "Transmigrasi")),
    ("kata Direktur Jenderal Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi Budi "
     "Santosa di kantornya.",
     ("Budi Santosa", "Direktur Jenderal Kementerian Pendidikan, Kebudayaan, Riset, dan "
      "Teknologi")),
])
def test_a_list_of_fields_closed_by_dan_belongs_to_the_ministry(text, official):
    assert officials(text) == [official]


def test_a_list_with_a_name_in_it_is_no_object():
    text = ("Hadir Dirjen Perumahan Kementerian Perumahan dan Kawasan Permukiman (PKP) Budi "
            "Santosa, serta Pelaksana Tugas Deputi II Kantor Staf Presiden (KSP) Dewi Lestari.")
    assert officials(text) == [
        ("Budi Santosa", "Direktur Jenderal Perumahan Kementerian Perumahan dan Kawasan "
                         "Permukiman"),
        ("Dewi Lestari", "Pelaksana Tugas Deputi II Kantor Staf Presiden"),
    ]


def test_a_section_closed_by_its_acronym_does_not_take_the_name_as_its_own():
    text = ("Rapat menghadirkan Menteri Koordinator Bidang Perekonomian (Menko Perekonomian) "
            "Budi Santosa, Gubernur Bank Indonesia Dewi Lestari, dan pejabat lain.")
    assert officials(text) == [
        ("Budi Santosa", "Menteri Koordinator Bidang Perekonomian"),
        ("Dewi Lestari", "Gubernur Bank Indonesia"),
    ]


def test_a_misspelt_name_of_three_words_is_one_person_across_offices():
    text = ("Ketua PTUN Kendari Budi Santoso Wibowo membantah. Jaksa menyebut hakim PTUN "
            "Kendari Budi Santosa Wibowo menerima uang.")
    assert officials(text) == [("Budi Santoso Wibowo", "Ketua PTUN Kendari")]


def test_a_misspelt_two_word_name_in_another_office_stays_apart():
    text = "Ketua PTUN Kendari Budi Santoso membantah. Bupati Kolaka Budi Santosa hadir."
    assert officials(text) == [("Budi Santoso", "Ketua PTUN Kendari"),
                               ("Budi Santosa", "Bupati Kolaka")]


@pytest.mark.parametrize("text, official", [
    ("Ketua DPRD sekaligus Ketua DPC Partai Golkar Budi Santosa hadir.",
     ("Budi Santosa", "Ketua DPRD")),
    ("Kepala Badan Pangan Nasional (Bapanas) sekaligus Menteri Pertanian Budi Santosa hadir.",
     ("Budi Santosa", "Kepala Badan Pangan Nasional")),
    ("Menteri Pertanian dan juga Kepala Badan Pangan Nasional (Bapanas) Budi Santosa hadir.",
     ("Budi Santosa", "Menteri Pertanian")),
    ("Budi Santosa, Ketua DPRD sekaligus Ketua DPC Partai Golkar, hadir.",
     ("Budi Santosa", "Ketua DPRD")),
])
def test_two_offices_of_one_person_give_the_first_written(text, official):
    assert officials(text) == [official]


def test_a_party_post_written_first_gives_way_to_the_public_office():
    text = "Sekjen Partai Golkar sekaligus Ketua Fraksi Golkar DPR RI Budi Santosa mengatakan."
    assert officials(text) == [("Budi Santosa", "Ketua Fraksi Golkar DPR RI")]


def test_a_court_clerk_in_lower_case_with_the_court_is_an_official():
    text = "Pengacara panitera Pengadilan Negeri Kendari Budi Santosa, Dewi Lestari, mengatakan."
    assert officials(text)[:1] == [("Budi Santosa", "Panitera Pengadilan Negeri Kendari")]


def test_a_headlines_acronym_matches_the_long_form_the_body_gives_its_holder():
    # the headline's office is the clerk's, written with the court's acronym: the person the
    # body quotes most (the lawyer) does not take it
    title = "Kuasa Hukum Panitera PTUN: Ada Pertemuan"
    text = ("Kuasa hukum panitera Pengadilan Tata Usaha Negara Kendari Budi Santosa, Dewi "
            "Lestari, mengatakan ada pertemuan. \"Ada pertemuan,\" kata Dewi Lestari. \"Benar,\" "
            "kata Dewi Lestari.")
    assert officials(text, title) == [
        ("Budi Santosa", "Panitera Pengadilan Tata Usaha Negara Kendari")]


@pytest.mark.parametrize("text, official", [
    ("ujar Duta Besar RI di Amman, Budi Santosa, dalam siaran pers.",
     ("Budi Santosa", "Duta Besar RI di Amman")),
    ("kata Konsul Jenderal RI di New York, Budi Santosa.",
     ("Budi Santosa", "Konsul Jenderal RI di New York")),
    ("kata Dubes RI di Malaysia Budi Santosa kepada wartawan.",
     ("Budi Santosa", "Duta Besar RI di Malaysia")),
])
def test_a_diplomats_post_abroad_after_di_belongs_to_the_role(text, official):
    assert officials(text) == [official]


def test_di_after_another_office_is_where_it_was_said():
    assert officials("Kepala Dinas Kesehatan di Jakarta Budi Santosa hadir.") == []
