"""Officials, round 6: an office referred back to ("Ketua DKPP tersebut") names the one person the
text named just before without an office (index/extract/officials/coreference.py); a role writes
out a region's short forms only, not its other names (officials/roles.py)."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials


def officials_in(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials(title, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the office as the object of a verb, the person named two sentences before
            "Panitia seleksi memanggil Rudi Hartanto pada Selasa. Rudi menjawab semua "
            "pertanyaan. Panitia lalu mencecar Ketua Dewan Kehormatan Penyelenggara Pemilu "
            "(DKPP) itu soal anggaran.",
            [("Rudi Hartanto", "Ketua Dewan Kehormatan Penyelenggara Pemilu")],
        ),
        (  # after a preposition, the short name written in full elsewhere
            "Sinta Maharani datang ke gedung KPK. Penyidik mengajukan 20 pertanyaan kepada "
            "Sinta. Pertanyaan itu diajukan kepada Bupati Lumajang tersebut selama enam jam.",
            [("Sinta Maharani", "Bupati Lumajang")],
        ),
        (  # opening a sentence
            "Warga menyambut Hendra Wijaya di alun-alun. Wali Kota Blitar itu meresmikan "
            "pasar baru.",
            [("Hendra Wijaya", "Wali Kota Blitar")],
        ),
    ],
)
def test_office_referred_back_names_the_person_named_before(text, expected):
    assert officials_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the office belongs to someone the noun before it names: a kinship, not the person
        "Rudi Hartanto tidak hadir. Ia adalah putra Ketua Umum Partai Golkar tersebut.",
        # the office was named as a noun before: it is that noun, not the person
        "Presiden menerima Rudi Hartanto dan anggota DPR di istana. Anggota DPR itu berasal "
        "dari koalisi.",
        # two people without an office named before: no evidence which one
        "Rudi Hartanto bertemu Sinta Maharani di Surabaya. Wali Kota Blitar itu meresmikan "
        "pasar.",
        # an office held before: the person may hold another one now
        "Warga menyambut Hendra Wijaya di alun-alun. Mantan Wali Kota Blitar itu meresmikan "
        "pasar baru.",
        # a place, not a person
        "Warga berkumpul di Jalan Veteran sejak pagi. Wali Kota Blitar itu meresmikan pasar.",
        # inside a quotation
        'Hendra Wijaya datang. "Saya minta Wali Kota Blitar itu mundur," kata warga.',
    ],
)
def test_no_one_is_given_an_office_without_evidence(text):
    assert officials_in(text) == []


def test_the_official_who_holds_the_office_keeps_it():
    text = ("Wali Kota Blitar Santoso Widodo menyambut Hendra Wijaya di alun-alun. "
            "Wali Kota Blitar itu meresmikan pasar baru.")
    assert officials_in(text) == [("Santoso Widodo", "Wali Kota Blitar")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short form (contraction, acronym) is written out
        ("Wakil Gubernur Kalteng Edy Pratowo hadir.",
         ("Edy Pratowo", "Wakil Gubernur Kalimantan Tengah")),
        ("Bupati Kukar Edi Damansyah hadir.", ("Edi Damansyah", "Bupati Kutai Kartanegara")),
        # another name for the region stays as written
        ("Wali Kota Solo Respati Ardi hadir.", ("Respati Ardi", "Wali Kota Solo")),
    ],
)
def test_a_role_writes_out_short_forms_only(text, expected):
    assert officials_in(text) == [expected]


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
    assert officials_in(text) == expected


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
    assert officials_in(text) == expected
