"""Judges and court officers: a panel's chair is the presiding judge, judges listed after
"yaitu", "hakim" needs a name or a court (and is no office inside a name), a clerk with the
court."""

from __future__ import annotations

import pytest

from extracted import officials


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


def test_a_court_clerk_in_lower_case_with_the_court_is_an_official():
    text = "Pengacara panitera Pengadilan Negeri Kendari Budi Santosa, Dewi Lestari, mengatakan."
    assert officials(text)[:1] == [("Budi Santosa", "Panitera Pengadilan Negeri Kendari")]


@pytest.mark.parametrize("text, official", [
    ("Dalam sidang itu, hakim Suryanto juga mengatakan perkara sudah dilimpahkan.",
     ("Suryanto", "Hakim")),
    ("Hakim tunggal PN Kendari, Rudi Hartono, menolak permohonan praperadilan itu.",
     ("Rudi Hartono", "Hakim Tunggal PN Kendari")),
    ("\"Sidang ditutup,\" kata ketua majelis hakim Rudi Hartono.",
     ("Rudi Hartono", "Ketua Majelis Hakim")),
])
def test_judges_named_by_their_bench(text, official):
    assert officials(text) == [official]


def test_hakim_needs_a_name_or_a_court_after_it():
    assert officials("Wasit dan hakim garis memimpin laga itu.") == []
    assert officials("Menteri Agama Lukman Hakim Saifuddin bertemu hakim Suryanto.") == [
        ("Lukman Hakim Saifuddin", "Menteri Agama"), ("Suryanto", "Hakim")]


@pytest.mark.parametrize("text, found", [
    ("Sidang praperadilan digelar Senin. Hakim Budi Hartono menilai berkas sudah dilimpahkan.",
     [("Budi Hartono", "Hakim")]),
    ("Sidang itu berlangsung lama, kata Hakim Rudy di PN Semarang.", [("Rudy", "Hakim")]),
    # inside a name, a longer office, or no court in the story: as before
    ("Putusan dibacakan. Menteri Agama Lukman Hakim Saifuddin hadir di pengadilan.",
     [("Lukman Hakim Saifuddin", "Menteri Agama")]),
    ("Putusan dibacakan. Hakim Ketua Andi Wijaya menutup sidang.",
     [("Andi Wijaya", "Hakim Ketua")]),
    ("Pertandingan usai. Hakim Ziyech mencetak gol kedua.", []),
])
def test_a_capitalised_hakim_before_a_name_in_a_court_story(text, found):
    assert officials(text) == found


def test_a_place_after_a_body_then_the_holder_between_commas():
    text = ("Sidang dimulai pekan depan, ujar Hakim Pengadilan Tinggi Shah Alam, Azmi Ariffin, "
            "sebagaimana dikutip kantor berita.")
    assert officials(text) == [("Azmi Ariffin", "Hakim Pengadilan Tinggi Shah Alam")]


@pytest.mark.parametrize("text, official", [
    ("Hakim Distrik Amerika Serikat (AS), Dewi Lestari, mengabulkan permohonan serikat pekerja.",
     [("Dewi Lestari", "Hakim Distrik Amerika Serikat")]),
    ("Hakim federal Dewi Lestari memblokir kebijakan imigrasi itu.",
     [("Dewi Lestari", "Hakim Federal")]),
    # no name, no judge
    ("Seorang hakim federal memblokir kebijakan imigrasi itu.", []),
])
def test_a_foreign_district_or_federal_judge(text, official):
    assert officials(text) == official
