"""Officials round 14 (issue 15): a holder by number ("Presiden ke-6 RI A"), a government
called a regime ("rezim Kim Jong-un"), a name's hyphen between spaces, and a headline's office
or legislators going to the person the body quotes most among those it gives no office."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials
from index.extract.officials.figures import governing

FILLER = " ".join(["Kalimat ini hanya mengisi teks agar artikel tidak menjadi ringkasan."] * 12)


def officials(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials(title, text)]


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


@pytest.mark.parametrize("text", [
    "Ancaman itu datang dari rezim Kim Jong-un di Pyongyang.",
    "Ancaman itu datang dari rezim Kim Jong - un di Pyongyang.",  # pre-tokenised
])
def test_a_regime_named_by_its_head_presents_its_head(text):
    assert [name for name, _ in governing(text)] == ["Kim Jong-un"]


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


@pytest.mark.parametrize("text, expected", [
    # an office held now, then a comma: its holder ("saat itu" was read already)
    ("Ia enggan menyebut Wali Kota Surabaya saat ini, Rina Wulandari, sebagai penggantinya.",
     [("Rina Wulandari", "Wali Kota Surabaya")]),
    # a country the place list gained is the office's object, not the first word of a name
    ("Presiden Suriname Chan Santokhi tiba di Jakarta.", [("Chan Santokhi", "Presiden Suriname")]),
    # an institution's usual misspelling
    ("Hal itu disampaikan Gubernur Lemhanas Budi Santoso di Jakarta.",
     [("Budi Santoso", "Gubernur Lemhanas")]),
    # a country's name that is also a person's stays out of the list of places
    ("Kapolri Badrodin Haiti hadir.",
     [("Badrodin Haiti", "Kepala Kepolisian Negara Republik Indonesia")]),
])
def test_holders_named_after_their_office_in_other_ways(text, expected):
    assert officials(text) == expected
