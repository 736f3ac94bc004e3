"""Officials round 10 (issue 15): a body written between commas after an office, a one-word name
before "yang merupakan"/"yang juga", "Komisi I" closing an object, a commission's field after
"yang membidangi", Irjen as a ministry's inspector general, and two capitals spelling a degree
that open a name."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials
from index.people import Evidence, resolve


def officials(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials(title, text)]


@pytest.mark.parametrize("text, official", [
    ("Menurut Kepala Bidang Mitigasi Gempa Bumi, BMKG, Rahmat Hidayat, gempa tidak berpotensi "
     "tsunami.", ("Rahmat Hidayat", "Kepala Bidang Mitigasi Gempa Bumi BMKG")),
    ("Kepala Bidang Humas, Polda Jatim, Kombes Budi Santosa mengatakan pelaku sudah ditangkap.",
     ("Budi Santosa", "Kepala Bidang Humas Polda Jawa Timur")),
    ("Asisten Deputi Promosi Wisata Bahari, Kementerian Pariwisata, Dewi Lestari mengatakan "
     "kunjungan naik.",
     ("Dewi Lestari", "Asisten Deputi Promosi Wisata Bahari Kementerian Pariwisata")),
])
def test_a_body_between_commas_belongs_to_the_office(text, official):
    assert officials(text) == [official]


def test_bodies_listed_between_commas_name_no_one():
    text = "Menteri Keuangan, BI, OJK, dan LPS sepakat menjaga stabilitas."
    assert officials(text) == []


def test_a_building_named_for_an_office_is_no_holder():
    text = "Konser digelar di Wisma Menpora, Kemenpora, Senayan, Jakarta, pada Sabtu."
    assert officials(text) == []


@pytest.mark.parametrize("text, official", [
    ("Sugito yang merupakan Irjen Kementerian Pertanian dipanggil penyidik, kata juru bicara.",
     ("Sugito", "Inspektur Jenderal Kementerian Pertanian")),
    ("Wahyuningsih yang juga Kepala Dinas Pendidikan Kota Bogor meninjau sekolah itu.",
     ("Wahyuningsih", "Kepala Dinas Pendidikan Kota Bogor")),
])
def test_a_one_word_name_opening_a_sentence_before_yang_juga(text, official):
    assert officials(text) == [official]


@pytest.mark.parametrize("word", ["Pria", "Istri", "Beliau", "Wartawan", "Ayahnya"])
def test_a_word_for_a_person_before_yang_juga_is_no_name(word):
    text = f"{word} yang juga Wakil Ketua Komisi III DPR itu menilai putusan itu keliru."
    assert officials(text) == []


def test_irjen_as_a_rank_stays_out_of_the_role():
    text = "Kapolda Metro Jaya Irjen Karyono Wibowo mengatakan pelaku sudah ditangkap."
    assert officials(text) == [("Karyono Wibowo", "Kepala Kepolisian Daerah Metro Jaya")]


def test_komisi_i_closes_the_object_before_a_faction():
    text = "Wakil Ketua Komisi I dari fraksi PDIP, Suhartono mengatakan anggaran defisit."
    assert officials(text) == [("Suhartono", "Wakil Ketua Komisi I")]


def test_a_commissions_field_stands_between_the_office_and_the_holder():
    text = ("Ketua Komisi IX DPR yang membidangi ketenagakerjaan, Dedi Kurnia, meminta aturan "
            "itu ditinjau.")
    assert officials(text) == [("Dedi Kurnia", "Ketua Komisi IX DPR")]


def test_two_capitals_spelling_a_degree_open_a_name_as_initials():
    assert officials("Uang itu diserahkan Jaksa Agung ST Burhanuddin kepada negara.") == [
        ("ST Burhanuddin", "Jaksa Agung")]
    # after a rank the two capitals are a degree, as before: out of the name
    assert officials("Kapolres Bogor AKBP SE Budi Santosa mengatakan.") == [
        ("Budi Santosa", "Kepala Kepolisian Resor Bogor")]


def test_st_burhanuddin_is_sanitiar_burhanuddin():
    # person_aliases.tsv: the initials form joins the full name, and "Burhanuddin" both
    identities = resolve({"ST Burhanuddin": Evidence(3, frozenset({"Jaksa Agung"})),
                          "Burhanuddin": Evidence(2, frozenset({"Jaksa Agung"})),
                          "Sanitiar Burhanuddin": Evidence(1, frozenset({"Jaksa Agung"}))})
    assert identities["ST Burhanuddin"].name == "Sanitiar Burhanuddin"
    assert identities["Burhanuddin"].name == "Sanitiar Burhanuddin"


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


@pytest.mark.parametrize("text, official", [
    ("Menteri Koperasi dan UKM Wahyu Pratama mengatakan bunga kredit turun.",
     ("Wahyu Pratama", "Menteri Koperasi dan UKM")),
    ("kata Kalakhar BPBD Kabupaten Boyolali, Sutrisno, saat dihubungi.",
     ("Sutrisno", "Kepala Pelaksana Harian BPBD Kabupaten Boyolali")),
    ("Kepala Bidang Mitigasi Gunung Api PVMBG Made Sudana mengatakan status tetap.",
     ("Made Sudana", "Kepala Bidang Mitigasi Gunung Api PVMBG")),
])
def test_offices_and_bodies_added_to_the_data(text, official):
    assert officials(text) == [official]


def test_a_name_ending_in_a_compass_point_is_a_place():
    text = "Hakim tunggal Pengadilan Negeri Jakart Selatan, Suryanto, menolak permohonan itu."
    assert all(name != "Jakart Selatan" for name, _ in officials(text))


@pytest.mark.parametrize("text, official", [
    ("Kepala KPP Pratama Klaten, Ratna Sari, mengatakan penyitaan berjalan lancar.",
     ("Ratna Sari", "Kepala KPP Pratama Klaten")),
    ("Deputi Bidang Koordinasi Kemenko Polkam Budi Santosa mengatakan rapat digelar besok.",
     ("Budi Santosa", "Deputi Bidang Koordinasi Kemenko Polkam")),
    ("Sekretaris Kemendukbangga Dewi Lestari mengatakan buku itu dibagikan gratis.",
     ("Dewi Lestari", "Sekretaris Kemendukbangga")),
])
def test_bodies_of_the_current_cabinet(text, official):
    assert officials(text) == [official]


def test_a_party_numbered_in_a_legal_formula_is_no_part_of_the_name():
    text = ("DKPP menjatuhkan sanksi kepada Teradu VII Budi Santosa selaku Sekretaris Jenderal "
            "Komisi Pemilihan Umum.")
    assert officials(text) == [("Budi Santosa", "Sekretaris Jenderal Komisi Pemilihan Umum")]
    # a Balinese name opens with "I"
    assert officials("Dubes RI untuk Singapura I Gede Ngurah Swajaya hadir.") == [
        ("I Gede Ngurah Swajaya", "Duta Besar RI untuk Singapura")]


def test_a_full_name_after_an_office_with_its_body_is_the_holder_in_a_list():
    text = "Hadir Rina Wulandari, Ketua KPU Budi Santosa, dan para undangan lain."
    assert officials(text) == [("Budi Santosa", "Ketua KPU")]
    # one word after the body is its place, and the person before the office holds it
    text = "Gao Wei, Direktur Kepolisian Chengnan, ditemukan tak bernyawa di kantornya."
    assert officials(text) == [("Gao Wei", "Direktur Kepolisian Chengnan")]


def test_a_name_after_an_institution_then_another_persons_rank():
    text = ("Yang diwawancara adalah Direktur Gratifikasi KPK Budi Santosa, Mayjen (Purn) Agus "
            "Salim, dan Dewi Lestari.")
    assert ("Budi Santosa", "Direktur Gratifikasi KPK") in officials(text)


def test_a_portfolios_acronym_after_a_ministers_title_is_no_part_of_the_name():
    assert officials("Menteri PMK Pratikno meninjau lokasi kebakaran.") == [
        ("Pratikno", "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan")]
    assert officials("Mendes PDT Yandri Susanto membuat laporan ke polisi.") == [
        ("Yandri Susanto", "Menteri Desa dan Pembangunan Daerah Tertinggal")]
