"""Officials round 11 (issue 15): a headline's office for a person the body names without one,
an office held "saat itu", "non aktif" in a role, an aide's or a building's office holder, a
body's press officer (Humas), foreign agencies, and a typo of a first name in one article."""

from __future__ import annotations

from datetime import date

import pytest

from index.article import Official
from index.extract.officials import extract_officials
from index.extract.officials.office_holders import add_office_holders


def officials(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials(title, text)]


@pytest.mark.parametrize("title, body, official", [
    ("KPK Periksa Ketua DPRD Katingan di Kasus Suap Bupati Wiranata",
     "KPK memeriksa Ketua DPRD Katingan Budi Hartono terkait kasus yang menjerat Wiranata "
     "Saputra.", ("Wiranata Saputra", "Bupati")),
    ("Bantahan Eks Menag Fahrurozi di Sidang Korupsi",
     "Jaksa membacakan dakwaan, sementara Fahrurozi membantah menerima uang.",
     ("Fahrurozi", "Mantan Menteri Agama")),
])
def test_a_headline_office_goes_to_the_person_the_body_names_without_one(title, body, official):
    assert official in officials(body, title)


@pytest.mark.parametrize("title, body", [
    # the headline's words run on past the office's object: no role read from them
    ("Menkeu Enggan Tanggapi Permintaan Wiranata Saputra",
     "Wiranata Saputra meminta pemerintah menunda kebijakan itu."),
    # another clause after a comma
    ("Calon Tunggal Gubernur BI, Wiranata Beri Komentar",
     "Wiranata Saputra berkomentar soal pencalonan itu."),
    # a verb opening a sentence is no name, though a name follows it
    ("Kasus OTT Gubernur Bengkulu Diduga Terkait Suap",
     "KPK menangkap sejumlah orang. Diduga Wiranata menerima uang dari kontraktor."),
    # the body writes the word only inside a title
    ("Wamen Dikdasmen: Sekolah Harus Aman",
     "Wakil Menteri Pendidikan Dasar dan Menengah (Wamen Dikdasmen) Atip Latipulhayat hadir."),
])
def test_a_headline_office_is_no_one_elses_without_evidence(title, body):
    names = [name for name, _ in officials(body, title)]
    assert not {"Wiranata", "Wiranata Saputra", "Diduga", "Diduga Wiranata",
                "Dikdasmen"} & set(names)


@pytest.mark.parametrize("text, official", [
    ("Proyek itu bermula dari kebijakan Bupati Katingan saat itu, Wiranata Saputra yang "
     "memindahkan lokasinya.", ("Wiranata Saputra", "Bupati Katingan")),
    ("Surat diterbitkan oleh Direktur Jenderal Migas ESDM kala itu, Ratna Dewi, pada 2009.",
     ("Ratna Dewi", "Direktur Jenderal Migas ESDM")),
])
def test_an_office_held_then_before_its_holder(text, official):
    assert officials(text) == [official]


def test_non_aktif_in_two_words_stays_in_the_role():
    text = "Gubernur Sumatera Utara non aktif Budi Hartono akan diperiksa penyidik."
    assert officials(text) == [("Budi Hartono", "Gubernur Sumatera Utara non aktif")]


@pytest.mark.parametrize("text, official", [
    ("KPK akan memeriksa ajudan Menteri Kehutanan Budi Hartono pekan depan.",
     [("Budi Hartono", "Menteri Kehutanan")]),
    ("Massa berkumpul di luar kantor Perdana Menteri Sean Murphy sejak pagi.",
     [("Sean Murphy", "Perdana Menteri")]),
    ("Penyidik menggeledah rumah dinas Gubernur Jambi Budi Hartono kemarin.",
     [("Budi Hartono", "Gubernur Jambi")]),
    # no holder: the aide is named after a comma, a building's name, a place
    ("Ajudan itu, ajudan Bupati Katingan, Andi Wijaya, dipanggil penyidik.", []),
    ("Presiden disambut di Istana Presiden Arg pada siang hari.", []),
    ("Rapat digelar di istana Presiden Bogor, Jawa Barat.", []),
    ("Warga berunjuk rasa di kantor Gubernur Kalteng Jalan RTA Milono.", []),
])
def test_an_office_after_an_aide_or_a_building_names_its_holder_right_after(text, official):
    assert officials(text) == official


@pytest.mark.parametrize("text, official", [
    ("Terpisah, Humas Pengadilan Negeri Katingan, Budi Hartono, memaparkan perkara itu.",
     ("Budi Hartono", "Humas Pengadilan Negeri Katingan")),
    ("Kabagpenum Divhumas Mabes Polri, Kombes Pol Budi Hartono mengatakan pelaku ditangkap.",
     ("Budi Hartono", "Kepala Bagian Penerangan Umum Divhumas Mabes Polri")),
    ("Pelaksana Tugas Administrator NASA Sean Murphy mengumumkan misi baru.",
     ("Sean Murphy", "Pelaksana Tugas Administrator NASA")),
])
def test_press_officers_and_foreign_agencies(text, official):
    assert officials(text) == [official]


def test_a_press_office_of_a_company_names_no_official():
    text = "Hal itu dikatakan Humas PT Sinar Jaya cabang Bekasi, Handoko, kepada wartawan."
    assert officials(text) == []


def test_a_first_name_misspelt_by_a_letter_is_the_office_holder_already_found():
    found = [Official("Anie Rasyid Baswedan", "Gubernur DKI Jakarta")]
    body = "Gubernur DKI Jakarta Anie Rasyid Baswedan hadir. Anies Baswedan menyapa warga."
    added = add_office_holders("", body, date(2018, 2, 16), found)
    assert [o.name for o in added] == ["Anie Rasyid Baswedan"]


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


def test_a_holder_after_a_place_is_no_apposition():
    text = ("Utusan Presiden Amerika Serikat Donald Trump, Jared Kushner, membahas rencana itu "
            "pekan ini.")
    assert ("Jared Kushner", "Presiden Amerika Serikat Donald Trump") not in officials(text)


@pytest.mark.parametrize("text", [
    "Presiden Konfederasi Serikat Pekerja Sejahtera Andi Wijaya meminta upah dinaikkan.",
    "Presiden Federasi Sepakbola Italia Carlo Bianchi menolak usulan itu.",
    "Wakil Presiden Riset dan Analisis Sekuritas Maju Budi Hartono menilai pasar stabil.",
])
def test_an_associations_or_a_firms_president_is_no_official(text):
    assert officials(text) == []


def test_a_ministry_written_with_aparatur_negara():
    text = ("Menteri Pemberdayaan Aparatur Negara dan Reformasi Birokrasi Budi Hartono mengatakan "
            "lembaga itu dibubarkan.")
    assert officials(text) == [
        ("Budi Hartono", "Menteri Pemberdayaan Aparatur Negara dan Reformasi Birokrasi")]


def test_how_a_candidate_runs_stays_between_calon_and_the_office():
    text = "Calon independen bupati Bima Andi Wijaya mendapat nomor urut satu."
    assert officials(text) == [("Andi Wijaya", "Calon Bupati Bima")]


def test_a_headline_nickname_of_someone_found_is_no_one_else():
    title = "Gubernur Ahok Diminta Hentikan Penggusuran"
    body = ("Gubernur DKI Basuki Tjahaja Purnama alias Ahok menilai penggusuran itu perlu. "
            "Ahok menambahkan warga akan dipindahkan.")
    names = [name for name, _ in officials(body, title)]
    assert names == ["Basuki Tjahaja Purnama"]


def test_a_deputy_named_as_wakilnya_after_the_holder():
    text = "Bupati Katingan Andi Wijaya dan wakilnya, Budi Hartono, meninjau banjir."
    assert officials(text) == [("Andi Wijaya", "Bupati Katingan"),
                               ("Budi Hartono", "Wakil Bupati Katingan")]


def test_a_ticket_of_two_full_names_glued_by_a_hyphen_gives_the_office_to_the_first():
    text = "Survei menilai setahun Pemerintahan Presiden Andi Wijaya-Budi Hartono Saputra."
    assert officials(text) == [("Andi Wijaya", "Presiden")]
