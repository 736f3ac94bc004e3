"""Officials round 5: a brief's headline name ends at its verb (a -kan verb unattested too), a
bare regional office takes the headline's object, prosecutors' sections, a disease as an office's
field, football clubs, states written short, ministries written with commas."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials


def officials(title: str, body: str) -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials(title, body)]


BRIEF_BODY = "Kegiatan digelar di halaman kantor pada Senin pagi."


@pytest.mark.parametrize("title", [
    "Apel Kebangsaan 2026, Kapolres Bogor Gelorakan Gerakan Jaga Rawat Jawa Barat",
    "Perkuat Soliditas, Kapolri Silaturahmi Bersama Pimpinan Lembaga Negara",
    "Profil Sujiwo, Bupati Kubu Raya Ngaku Siap Mundur",
])
def test_a_headline_word_that_is_no_name_is_not_the_office_holder(title):
    assert all(name not in ("Gelorakan", "Silaturahmi", "Ngaku")
               for name, _ in officials(title, BRIEF_BODY))


def test_a_brief_headline_holder_is_still_read_up_to_its_verb():
    assert officials("Menkum Supratman Serahkan Pemilihan Kakanwil Lewat E-Voting",
                     BRIEF_BODY) == [("Supratman", "Menteri Hukum")]


def test_a_bare_regional_office_takes_the_headline_object():
    title = "Adiknya Diduga Pukul Dokter-Sekuriti RSUD, Bupati Kubu Raya Buka Suara"
    body = ("Seorang pria diduga menganiaya sekuriti dan dokter di IGD RSUD Kubu Raya. "
            "Bupati Sujiwo menegaskan tidak menoleransi kekerasan")
    assert officials(title, body) == [("Sujiwo", "Bupati Kubu Raya")]
    # a national office is not completed from another office's headline
    assert officials("Menteri Keuangan Umumkan Defisit", "Menteri Ara meninjau rumah.") == [
        ("Ara", "Menteri")]
    # two bare holders: which one the headline means is not known
    assert officials("Bupati Blora Tinjau Sawah",
                     "Bupati Arief hadir. Bupati Sugeng juga hadir.") == [
        ("Arief", "Bupati"), ("Sugeng", "Bupati")]


@pytest.mark.parametrize("text, expected", [
    ("Kasi Penkum Kejati Sumsel Vanny Yulia Eka Sari membenarkan kejadian itu.",
     [("Vanny Yulia Eka Sari", "Kepala Seksi Penerangan Hukum Kejati Sumatera Selatan")]),
    ("Mereka hendak bertemu Kasi Dal Ops di bidang pidana khusus.", []),
    ("Doni Monardo, yang juga Ketua Satgas Covid-19, mengatakan vaksin tiba.",
     [("Doni Monardo", "Ketua Satgas Covid-19")]),
    # the task force's disease is its field, not a person named Covid
    ("Ridwan Kamil, yang juga Ketua Satgas Covid, menambahkan bahwa vaksin tiba.",
     [("Ridwan Kamil", "Ketua Satgas Covid")]),
    ("Presiden Torino Urbano Cairo mengatakan timnya siap.", []),
    ("Presiden Barcelona Joan Laporta menolak tawaran itu.", []),
    # a club's name that is also a given name stays one: Bupati Sikka
    ("Bupati Sikka Juventus Prima Yoris Kago mengimbau warga.",
     [("Juventus Prima Yoris Kago", "Bupati Sikka")]),
    ("Menteri Koordinator Ekonomi Pertanian dan Perikanan Republik Demokratik Timor Leste "
     "Estanislau Alreixo da Silva mengunjungi Taman Safari.",
     [("Estanislau Alreixo da Silva", "Menteri Koordinator Ekonomi Pertanian dan Perikanan "
       "Republik Demokratik Timor Leste")]),
    ("Menteri Desa, PDT, dan Transmigrasi Marwan Jafar mengatakan desa punya potensi.",
     [("Marwan Jafar", "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi")]),
    ("Terima kasih atas kehadiran Bapak Presiden, Sekolah Rakyat adalah program beliau.", []),
])
def test_round5_roles_and_non_names(text, expected):
    assert officials("", text) == expected


def test_a_bare_minister_in_a_brief_is_the_minister_of_the_one_ministry_it_names():
    title = "Menteri Ara Kejar Bedah Rumah Sampai 400.000 Unit Tahun Ini"
    body = "Kementerian Perumahan dan Kawasan Permukiman (PKP) mengejar target bedah rumah."
    assert officials(title, body) == [("Ara", "Menteri Perumahan dan Kawasan Permukiman")]
    # two ministries named: which one is not known
    assert officials("Menteri Ara Tinjau Rumah",
                     "Kementerian Keuangan dan Kementerian PKP bekerja sama.") == [
        ("Ara", "Menteri")]


@pytest.mark.parametrize("text, expected", [
    ("Menteri LH Hanif Faisol Nurofiq hadir.",
     [("Hanif Faisol Nurofiq", "Menteri Lingkungan Hidup")]),
    ("Menteri PKP Maruarar Sirait hadir.",
     [("Maruarar Sirait", "Menteri Perumahan dan Kawasan Permukiman")]),
    ("Wamen Ekraf Irene Umar hadir.", [("Irene Umar", "Wakil Menteri Ekonomi Kreatif")]),
])
def test_ministers_by_their_ministry_short_forms(text, expected):
    assert officials("", text) == expected


def test_an_office_after_the_name_closed_by_a_relative_clause():
    assert officials("", "Berikut rekam jejak Pratikno, Menko PMK yang membantah isu itu.") == [
        ("Pratikno", "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan")]
    assert officials("", "Menurut warga, Kepala Desa yang baru dilantik itu rajin.") == []


def test_a_ministry_name_ends_at_a_comma_outside_a_list():
    body = ("Menteri Pratikno melantik Bey Machmudin di Gedung Krida Bhakti Kementerian "
            "Sekretariat Negara, Jalan Veteran, Jakarta, Selasa (25/8).")
    assert officials("Istana Lantik Kepala Biro Pers", body) == [
        ("Pratikno", "Menteri Sekretariat Negara")]


def test_a_title_case_preposition_ends_a_name():
    assert officials("", "Bantuan ini kebijakan Presiden Prabowo Subianto Untuk Program "
                         "Perlindungan Sosial Tahun 2025.") == [("Prabowo Subianto", "Presiden")]
