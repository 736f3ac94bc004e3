"""An office written next to its holder other than "Office Name": after the name and a comma
(in lower case too, when a proper noun closes it), before it between commas, held "saat itu"
or "kini"; regions and bodies between commas belong to the office, not to the name."""

from __future__ import annotations

import pytest

from extracted import officials
from index.extract.officials import extract_officials


def test_an_office_after_the_name_closed_by_a_relative_clause():
    assert officials("Berikut rekam jejak Pratikno, Menko PMK yang membantah isu itu.") == [
        ("Pratikno", "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan")]
    assert officials("Menurut warga, Kepala Desa yang baru dilantik itu rajin.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # each region between commas after the office is the office's, not the holder
            "Kepala Dinas Pendidikan Pemuda dan Olahraga (Dikpora), Kabupaten Dompu, Nusa "
            "Tenggara Barat (NTB), Rifaid memastikan proses itu.",
            [("Rifaid", "Kepala Dinas Pendidikan Pemuda dan Olahraga")],
        ),
        (
            "Sertijab Kapolsek Torgamba, Labuhan Batu, Sumut, Rabu (21/9) batal.",
            [],
        ),
    ],
)
def test_regions_in_apposition_are_no_name(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, official", [
    ("\"Kami akan melihat,\" kata Budi Hartono, kepala Dinas Kesehatan Kalteng, kepada wartawan.",
     ("Budi Hartono", "Kepala Dinas Kesehatan Kalimantan Tengah")),
    ("\"Pemeriksaan berlanjut,\" ujar Budi Hartono, juru bicara KPK.",
     ("Budi Hartono", "Juru Bicara KPK")),
])
def test_a_lower_case_office_in_apposition_names_the_person_before_it(text, official):
    assert [(o.name, o.role) for o in extract_officials("", text)] == [official]


@pytest.mark.parametrize("text", [
    "Menurut warga, kepala Dinas Kesehatan Kalteng tidak hadir.",  # no apposition
    "kata Budi Hartono, ketua panitia acara, kepada wartawan.",  # no public body
    "kata Budi Hartono, kepala desa, kepada wartawan.",  # no object: a description
])
def test_a_lower_case_office_without_apposition_or_object_names_no_one(text):
    assert extract_officials("", text) == []


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


@pytest.mark.parametrize("text, official", [
    ("Proyek itu bermula dari kebijakan Bupati Katingan saat itu, Wiranata Saputra yang "
     "memindahkan lokasinya.", ("Wiranata Saputra", "Bupati Katingan")),
    ("Surat diterbitkan oleh Direktur Jenderal Migas ESDM kala itu, Ratna Dewi, pada 2009.",
     ("Ratna Dewi", "Direktur Jenderal Migas ESDM")),
])
def test_an_office_held_then_before_its_holder(text, official):
    assert officials(text) == [official]


def test_a_holder_after_a_place_is_no_apposition():
    text = ("Utusan Presiden Amerika Serikat Donald Trump, Jared Kushner, membahas rencana itu "
            "pekan ini.")
    assert ("Jared Kushner", "Presiden Amerika Serikat Donald Trump") not in officials(text)


@pytest.mark.parametrize("text, expected", [
    ("\"Kami siap,\" kata Budi Santoso, kepala dinas kesehatan Kabupaten Bogor.",
     [("Budi Santoso", "Kepala Dinas Kesehatan Kabupaten Bogor")]),
    # an office news does not write in lower case elsewhere, so written in apposition
    ("\"Kami siap,\" kata Budi Santoso, menteri kesehatan masyarakat Skotlandia.",
     [("Budi Santoso", "Menteri Kesehatan Masyarakat Skotlandia")]),
    ("\"Kami siap,\" kata Budi Santoso, direktur eksekutif Sekretariat APEC.",
     [("Budi Santoso", "Direktur Eksekutif Sekretariat APEC")]),
    ("Ada Eka Putra, kepala operasi lapangan PBB; dan Dimas Prakoso, kepala bidang politik PBB.",
     [("Eka Putra", "Kepala Operasi Lapangan PBB"),
      ("Dimas Prakoso", "Kepala Bidang Politik PBB")]),
    # "wakil" between the comma and the office (issue 15 round 17c)
    ("Ahmad Karimi, wakil ketua pertama Senat Kirgistan, tiba kemarin.",
     [("Ahmad Karimi", "Wakil Ketua Pertama Senat Kirgistan")]),
    ("\"Kami siap,\" kata Budi Santoso, wakil kepala dinas kesehatan Kabupaten Bogor.",
     [("Budi Santoso", "Wakil Kepala Dinas Kesehatan Kabupaten Bogor")]),
])
def test_an_office_in_lower_case_after_the_name(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "\"Kami siap,\" kata Budi Santoso, ketua panitia acara itu.",  # no proper noun closes it
    # a date, not a name, before "wakil": the lower-case words are no apposition's office
    "Pada 3 Maret, wakil gubernur urusan keamanan Kandahar mengatakan hal itu.",
    "\"Kami siap,\" kata Budi Santoso, kepala sekolah di SMA Negeri 1 Bogor.",  # a stopword
    "Warga menyebut kepala dinas kesehatan Kabupaten Bogor lamban.",  # no name and comma before
    "Di rapat itu, menteri kesehatan Skotlandia hadir.",  # no name before the comma
    "\"Kami siap,\" kata Budi Santoso, presiden direktur PT Maju Jaya.",  # a firm's post
    "\"Kami siap,\" kata Budi Santoso, direktur riset di Universitas Maju.",  # a stopword
])
def test_a_lower_case_object_needs_a_name_a_comma_and_a_proper_noun(text):
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # a sentence opened by "now", the name, then "menjabat"
    ("Ia menjabat hingga Februari. Saat ini Mulyono menjabat Kepala Badan Kesatuan Bangsa dan "
     "Politik (Kesbangpol) Sumut.", [("Mulyono", "Kepala Badan Kesatuan Bangsa dan Politik "
                                                 "Sumatera Utara")]),
    ("Kini, Budi Santoso menjabat sebagai Kepala Badan Kesbangpol Sumut.",
     [("Budi Santoso", "Kepala Badan Kesbangpol Sumatera Utara")]),
])
def test_an_office_held_now_after_the_name(text, expected):
    assert officials(text) == expected


def test_a_companion_after_an_office_and_dan_is_not_its_holder():
    text = "Pesawat yang membawa Presiden dan Ibu Iriana lepas landas pukul 09.20."
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # one office word in lower case, its object a proper noun
    ("Hal itu dikatakan Emmanuel Dubois, presiden Prancis, di Paris.",
     [("Emmanuel Dubois", "Presiden Prancis")]),
    ("\"Kami siap,\" kata Greta Lindqvist, kanselir Jerman.",
     [("Greta Lindqvist", "Kanselir Jerman")]),
    # an office of two words, or after a qualifier
    ("Hal itu dikatakan Ahmad Karimi, perdana menteri Pakistan, di Islamabad.",
     [("Ahmad Karimi", "Perdana Menteri Pakistan")]),
    ("Hal itu dikatakan Ahmad Karimi, wakil perdana menteri Pakistan, di Islamabad.",
     [("Ahmad Karimi", "Wakil Perdana Menteri Pakistan")]),
    # the person before the lower-case office holds it, not the subject after its comma
    ("Dalam pertemuan dengan Li Wen, pimpinan Kementerian Perindustrian dan Teknologi "
     "Informasi (MIIT), Cook menyampaikan apresiasi.",
     [("Li Wen", "Pimpinan Kementerian Perindustrian dan Teknologi Informasi")]),
])
def test_an_office_of_a_word_or_two_in_lower_case_after_a_name(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Menurut Budi, presiden Indonesia harus tegas.",  # no apposition closed after it
    "Hal itu dikatakan Ahmad Karimi, presiden Real Madrid, di Madrid.",  # a club's
    "Menurut Budi, wakil presiden Amerika Serikat datang.",
])
def test_a_short_lower_case_office_without_apposition_names_no_one(text):
    assert officials(text) == []


@pytest.mark.parametrize("text, expected", [
    # a place abroad that no list knows closing "Name, Office Place."
    ("\"Kota ini maju,\" kata John Whitfield, Wali Kota Leeds.",
     [("John Whitfield", "Wali Kota Leeds")]),
    # a place that is also a club's name (not-name), and a knighthood before the name
    ("\"Kota ini maju,\" kata Sir Richard Thompson, Walikota Manchester.",
     [("Richard Thompson", "Walikota Manchester")]),
    ("\"Aman,\" ujar Asep Sunandar, Kepala Desa Sukamaju.",
     [("Asep Sunandar", "Kepala Desa Sukamaju")]),
])
def test_one_word_closing_a_regional_office_after_a_name_is_its_place(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Budi Santosa merupakan Bupati Sleman periode kedua.", [("Budi Santosa", "Bupati Sleman")]),
    ("Saat proyek itu berjalan, Budi Santosa adalah Direktur Jenderal Bina Marga.",
     [("Budi Santosa", "Direktur Jenderal Bina Marga")]),
    # an office held before, by the copula's sentence, is no role: the one held now is
    ("Sebelumnya Budi Santosa adalah Wakil KSAU. Ia kini naik pangkat.", []),
    ("Budi Santosa adalah Kadis PUPR Sumut sebelum Dewi Lestari. Saat ini Budi Santosa "
     "menjabat Kepala Badan Kesatuan Bangsa dan Politik Sumut.",
     [("Budi Santosa", "Kepala Badan Kesatuan Bangsa dan Politik Sumatera Utara")]),
    # an office the lexicon reads in lower case, with its object, as after a comma
    ("Dewi Lestari merupakan anggota Komisi XI DPR saat kasus itu terjadi.",
     [("Dewi Lestari", "Anggota Komisi XI DPR")]),
    ("Budi Santosa merupakan mantan anggota Komisi VIII DPR.",
     [("Budi Santosa", "Mantan Anggota Komisi VIII DPR")]),
    # the agent of a passive verb is no subject of the copula
    ("Yang dijemput Densus adalah anggota DPRD Kabupaten Malang dari partai itu.", []),
    # a pronoun or a one-word opener before the copula is no name
    ("Mereka adalah Bupati Sleman dan Wali Kota Yogyakarta.", []),
    ("Yang paling dicari adalah Bupati Sleman. Ia menghilang.", []),
])
def test_an_office_after_a_copula_names_the_person_before_it(text, expected):
    assert officials(text) == expected
