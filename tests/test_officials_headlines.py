"""A headline's office and who holds it: a brief's headline holder read up to its verb, a
bare office in the body completed from the headline, and a headline's office given to the
person the body names (or quotes most) without an office of their own, never to someone the
body describes otherwise (index/extract/officials/headlines.py and its neighbours)."""

from __future__ import annotations

import pytest

from extracted import officials
from index.extract.officials import extract_officials

BRIEF_BODY = "Kegiatan digelar di halaman kantor pada Senin pagi."
FILLER = " ".join(["Kalimat ini hanya mengisi teks agar artikel tidak menjadi ringkasan."] * 12)


@pytest.mark.parametrize("title", [
    "Apel Kebangsaan 2026, Kapolres Bogor Gelorakan Gerakan Jaga Rawat Jawa Barat",
    "Perkuat Soliditas, Kapolri Silaturahmi Bersama Pimpinan Lembaga Negara",
    "Profil Sujiwo, Bupati Kubu Raya Ngaku Siap Mundur",
])
def test_a_headline_word_that_is_no_name_is_not_the_office_holder(title):
    assert all(name not in ("Gelorakan", "Silaturahmi", "Ngaku")
               for name, _ in officials(BRIEF_BODY, title))


def test_a_brief_headline_holder_is_still_read_up_to_its_verb():
    assert officials(BRIEF_BODY, "Menkum Supratman Serahkan Pemilihan Kakanwil Lewat E-Voting") == [
        ("Supratman", "Menteri Hukum")]


def test_a_bare_regional_office_takes_the_headline_object():
    title = "Adiknya Diduga Pukul Dokter-Sekuriti RSUD, Bupati Kubu Raya Buka Suara"
    body = ("Seorang pria diduga menganiaya sekuriti dan dokter di IGD RSUD Kubu Raya. "
            "Bupati Sujiwo menegaskan tidak menoleransi kekerasan")
    assert officials(body, title) == [("Sujiwo", "Bupati Kubu Raya")]
    # a national office is not completed from another office's headline
    assert officials("Menteri Ara meninjau rumah.", "Menteri Keuangan Umumkan Defisit") == [
        ("Ara", "Menteri")]
    # two bare holders: which one the headline means is not known
    assert officials("Bupati Arief hadir. Bupati Sugeng juga hadir.",
                     "Bupati Blora Tinjau Sawah") == [("Arief", "Bupati"), ("Sugeng", "Bupati")]


def test_a_bare_minister_in_a_brief_is_the_minister_of_the_one_ministry_it_names():
    title = "Menteri Ara Kejar Bedah Rumah Sampai 400.000 Unit Tahun Ini"
    body = "Kementerian Perumahan dan Kawasan Permukiman (PKP) mengejar target bedah rumah."
    assert officials(body, title) == [("Ara", "Menteri Perumahan dan Kawasan Permukiman")]
    # two ministries named: which one is not known
    assert officials("Kementerian Keuangan dan Kementerian PKP bekerja sama.",
                     "Menteri Ara Tinjau Rumah") == [("Ara", "Menteri")]


def test_a_headlines_acronym_matches_the_long_form_the_body_gives_its_holder():
    # the headline's office is the clerk's, written with the court's acronym: the person the
    # body quotes most (the lawyer) does not take it
    title = "Kuasa Hukum Panitera PTUN: Ada Pertemuan"
    text = ("Kuasa hukum panitera Pengadilan Tata Usaha Negara Kendari Budi Santosa, Dewi "
            "Lestari, mengatakan ada pertemuan. \"Ada pertemuan,\" kata Dewi Lestari. \"Benar,\" "
            "kata Dewi Lestari.")
    assert officials(text, title) == [
        ("Budi Santosa", "Panitera Pengadilan Tata Usaha Negara Kendari")]


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


def test_a_headline_nickname_of_someone_found_is_no_one_else():
    title = "Gubernur Ahok Diminta Hentikan Penggusuran"
    body = ("Gubernur DKI Basuki Tjahaja Purnama alias Ahok menilai penggusuran itu perlu. "
            "Ahok menambahkan warga akan dipindahkan.")
    names = [name for name, _ in officials(body, title)]
    assert names == ["Basuki Tjahaja Purnama"]


def test_a_headlines_office_goes_to_no_one_the_body_describes_otherwise():
    body = ('Bandung - Warga diminta waspada. "Hujan masih tinggi," kata Budi Santoso, warga '
            'Cicaheum. Menurut Budi, air sudah naik sejak pagi. "Kami takut," ujar Budi.')
    assert officials(body, "Gubernur Minta Warga Waspada Banjir") == []
    # with no such description, the brief's speaker holds the headline's office, as before
    plain = body.replace(", warga Cicaheum", " di Cicaheum")
    assert officials(plain, "Gubernur Minta Warga Waspada Banjir") == [("Budi Santoso",
                                                                        "Gubernur")]


def test_a_headline_office_goes_past_a_speaker_the_body_gives_another_office():
    # the most quoted as often as an official of another office: the one without an office
    body = ('"Tata ruang yang kuat mendatangkan investasi," ujar Rahmat dalam keterangannya. '
            'Menurut Rahmat, provinsi itu siap. Kepala Dinas Perhubungan Jawa Tengah Budi '
            'Santoso mengatakan jalan akan diperbaiki. "Kami siap," kata Budi. ' + FILLER)
    assert officials(body, "Gubernur Jateng: Tata Ruang Kuat, Investasi Datang") == [
        ("Rahmat", "Gubernur Jawa Tengah"),
        ("Budi Santoso", "Kepala Dinas Perhubungan Jawa Tengah")]


@pytest.mark.parametrize("title", [
    "Komisi III DPR Dorong Polisi Usut Kasus Perundungan",
    "Legislator Kritik KPU: Dokumen Capres Tak Perlu Dirahasiakan",
])
def test_legislators_in_a_headline_are_the_person_the_body_quotes_most(title):
    body = ('"Penegak hukum harus menggali unsur pidananya," kata Rahmat Hidayat kepada '
            'wartawan. Rahmat mendorong polisi bekerja cepat. "Kami akan mengawal," '
            'tambahnya. ' + FILLER)
    assert officials(body, title) == [("Rahmat Hidayat", "")]


def test_legislators_in_a_headline_are_no_one_the_body_describes_otherwise():
    body = ('"Penegak hukum harus menggali unsur pidananya," kata Rahmat Hidayat, warga '
            'Cicaheum, kepada wartawan. "Kami akan mengawal," tambahnya. ' + FILLER)
    assert officials(body, "Komisi III DPR Dorong Polisi Usut Kasus Perundungan") == []


def test_a_headlines_holder_may_be_named_in_the_body_after_a_comma():
    title = "Cawabup Sutarjo batalkan pengunduran diri"
    body = ("Calon wakil bupati yang diusung PKB dan PDIP, Sutarjo Sentana, menarik kembali "
            "pengunduran dirinya. KPU menerima surat itu kemarin.")
    assert officials(body, title) == [("Sutarjo Sentana", "Calon Wakil Bupati")]


def test_a_headline_holder_by_an_alias_is_the_person_the_body_names_in_full():
    title = "Gubernur Kang Emil Resmikan Taman"
    text = ("BANDUNG - Wali Kota Bandung Ridwan Kamil meresmikan taman baru, Senin. Kang Emil "
            "menyapa warga. \"Taman ini untuk warga,\" kata Kang Emil.")
    assert [(o.name, o.role) for o in extract_officials(title, text)] == [
        ("Ridwan Kamil", "Wali Kota Bandung")
    ]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # the headline names the office and the person, the body the person only
        ("Wali Kota Eri Cahyadi Tinjau Banjir", "Banjir melanda. Eri Cahyadi meninjau lokasi.",
         [("Eri Cahyadi", "Wali Kota")]),
        ("Menko PMK Pratikno Bantah Mundur", "Pratikno menegaskan sedang bertugas di Bromo.",
         [("Pratikno", "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan")]),
        # one word that the body uses otherwise than as a person's is no holder
        ("Presiden Barcelona Yakin Menang", "Barcelona akan bertanding di kandang.", []),
        ("Wamen Ekraf Dukung Fesyen", "Festival Ekraf digelar di Jakarta.", []),
    ],
)
def test_headline_office_and_a_name_the_body_writes(title, body, expected):
    assert officials(body, title) == expected
