"""How a role is written: short forms written out and other names kept, a status after the
office ("non aktif", "petahana"), a holder by number ("Presiden ke-6"), a rank or a degree
kept out, a commission's field or a faction left out, a diplomat's post abroad, an acronym
the article defines written out."""

from __future__ import annotations

import pytest

from extracted import officials


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short form (contraction, acronym) is written out
        ("Wakil Gubernur Kalteng Edy Pratowo hadir.",
         ("Edy Pratowo", "Wakil Gubernur Kalimantan Tengah")),
        ("Bupati Kukar Edi Damansyah hadir.", ("Edi Damansyah", "Bupati Kutai Kartanegara")),
        # another name for the region stays as written
        ("Wali Kota Solo Respati Ardi hadir.", ("Respati Ardi", "Wali Kota Solo")),
        # so does a province named without the word its official name adds ("DKI" is an
        # acronym, written out; "Jakarta" is the name, kept), in a unit's name too
        ("Gubernur Jakarta Budi Santosa meninjau pintu air.",
         ("Budi Santosa", "Gubernur Jakarta")),
        ("Gubernur DKI Budi Santosa meninjau pintu air.",
         ("Budi Santosa", "Gubernur DKI Jakarta")),
        ("kata Kepala Kantor Wilayah Direktorat Jenderal Pajak Jakarta Khusus, Budi Santosa.",
         ("Budi Santosa", "Kepala Kantor Wilayah Direktorat Jenderal Pajak Jakarta Khusus")),
        # and the article's own spelling of it
        ("Gubernur Sumatra Barat Budi Santosa meresmikan pasar itu.",
         ("Budi Santosa", "Gubernur Sumatra Barat")),
        ("Gubernur Sumbar Budi Santosa meresmikan pasar itu.",
         ("Budi Santosa", "Gubernur Sumatera Barat")),
    ],
)
def test_a_role_writes_out_short_forms_only(text, expected):
    assert officials(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calon Wakil Gubernur DKI Jakarta petahana, Djarot Saiful Hidayat, berkampanye.",
         [("Djarot Saiful Hidayat", "Calon Wakil Gubernur DKI Jakarta petahana")]),
        ("Pimpinan sementara Komisi Pemberantasan Korupsi (KPK) Johan Budi Sapto Pribowo "
         "mengaku tidak sependapat.",
         [("Johan Budi Sapto Pribowo", "Pimpinan sementara Komisi Pemberantasan Korupsi")]),
        # "sementara itu" after an office is no status and names no one
        ("Hal itu disampaikan Kapolres. Kapolres sementara itu menambahkan hal lain.", []),
    ],
)
def test_a_status_written_after_the_office(text, expected):
    assert officials(text) == expected


def test_an_acronym_the_article_defines_is_a_body_and_the_role_writes_it_out():
    text = ("Dinas Pertanian dan Ketahanan Pangan (Distanhanpan) Kabupaten Sikka membuka pasar "
            "murah. Kepala Distanhanpan Kabupaten Sikka Maria Goreti mengatakan stok cukup.")
    assert officials(text) == [
        ("Maria Goreti", "Kepala Dinas Pertanian dan Ketahanan Pangan Kabupaten Sikka")]


def test_a_units_acronym_written_after_its_bodys_closes_the_long_form():
    text = ("Menurut Dirjen Perkeretaapian Daerah (Ditjen KAD) Kemenhub Budi Santosa, tarif "
            "tidak naik.")
    assert officials(text) == [
        ("Budi Santosa", "Direktur Jenderal Perkeretaapian Daerah Kemenhub")]


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


def test_non_aktif_in_two_words_stays_in_the_role():
    text = "Gubernur Sumatera Utara non aktif Budi Hartono akan diperiksa penyidik."
    assert officials(text) == [("Budi Hartono", "Gubernur Sumatera Utara non aktif")]


@pytest.mark.parametrize("text, expected", [
    ("Hadir pula Wakil Presiden ke-9 Hamzah Haz di acara itu.",
     [("Hamzah Haz", "Wakil Presiden ke-9")]),
    ("Hadir Presiden kelima Megawati Soekarnoputri di acara itu.",
     [("Megawati Soekarnoputri", "Presiden kelima")]),
    ("Ia mengutip Perdana Menteri pertama India Jawaharlal Nehru soal itu.",
     [("Jawaharlal Nehru", "Perdana Menteri pertama India")]),
])
def test_a_holder_by_number_is_an_official_with_the_number_in_the_role(text, expected):
    assert officials(text) == expected


def test_a_number_before_a_stopword_names_no_one():
    assert officials("Siapa pun Presiden ke-8 Akan Menghadapi tantangan itu.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gubernur DKI terpilih Anies Baswedan mengatakan.",
         [("Anies Baswedan", "Gubernur DKI Jakarta terpilih")]),
        ("Anggota DPD RI dari daerah pemilihan Jawa Barat Alfiansyah Bustami menilai.",
         [("Alfiansyah Bustami", "Anggota DPD RI")]),
        ("Anggota DPR RI dari Dapil Jawa Barat I Budi Santoso menilai.",
         [("Budi Santoso", "Anggota DPR RI")]),
        ("Direktur Penyidikan KPK Brigjen (Pol) Aris Budiman membantah.",
         [("Aris Budiman", "Direktur Penyidikan KPK")]),
        # two capitals after a rank open the name; without a rank they may be an acronym
        ("Komandan Satuan Siber Mabes TNI, Brigjen JO Sembiring, berkonsultasi.",
         [("JO Sembiring", "Komandan Satuan Siber Mabes TNI")]),
    ],
)
def test_elected_constituencies_and_ranks(text, expected):
    assert officials(text) == expected


def test_a_region_short_form_after_an_office_is_its_object():
    assert officials("Bupati Lobar Lalu Ahmad Zaini membuka pasar murah.") == [
        ("Lalu Ahmad Zaini", "Bupati Lombok Barat")]
    # a region's name that is also a person's stays a name ("Bima Arya")
    assert officials("Wali Kota Bogor Bima Arya menyampaikan permohonan maaf.") == [
        ("Bima Arya", "Wali Kota Bogor")]
