"""Officials round 12 (issue 15, full articles): candidate pairs glued as single names in a list
of pairs, initials opening a candidate's name, and an office or its object written in lower case
after the holder's name and a comma."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials


def officials(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials(title, text)]


@pytest.mark.parametrize("text, expected", [
    # two pairs or more after "pasangan calon": a list of people, glued or not
    ("Dua pasangan calon lainnya, Budiman-Sukarta nomor urut 2, dan Rahmat-Jumadi nomor urut 4.",
     [("Budiman", ""), ("Sukarta", ""), ("Rahmat", ""), ("Jumadi", "")]),
    ("Pada Pilkada itu pasangan Wiranata Saputra-Eka Putra dan Budiman-Sukarta mendaftar.",
     [("Wiranata Saputra", ""), ("Eka Putra", ""), ("Budiman", ""), ("Sukarta", "")]),
    # initials open a candidate's name
    ("Pada Pilkada itu pasangan Budi Santoso - Andi Wijaya dan TB Hasanudin - Ahmad Sari bersaing.",
     [("Budi Santoso", ""), ("Andi Wijaya", ""), ("TB Hasanudin", ""), ("Ahmad Sari", "")]),
])
def test_candidate_pairs_in_a_list(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    # one glued pair of single names is a ticket's name, not a list of people
    "Pada Pilkada itu pasangan calon Budiman-Sukarta menang.",
    # a known acronym before a name is no initials
    "Pada Pilkada itu pasangan KPU Budi - Andi Wijaya dan Eka Putra - Dimas Prakoso bersaing.",
])
def test_no_candidates_from_a_ticket_or_an_acronym(text):
    names = [name for name, _ in officials(text)]
    assert "Budiman" not in names and "Sukarta" not in names and "KPU Budi" not in names


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
])
def test_an_office_in_lower_case_after_the_name(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "\"Kami siap,\" kata Budi Santoso, ketua panitia acara itu.",  # no proper noun closes it
    "\"Kami siap,\" kata Budi Santoso, kepala sekolah di SMA Negeri 1 Bogor.",  # a stopword
    "Warga menyebut kepala dinas kesehatan Kabupaten Bogor lamban.",  # no name and comma before
    "Di rapat itu, menteri kesehatan Skotlandia hadir.",  # no name before the comma
    "\"Kami siap,\" kata Budi Santoso, presiden direktur PT Maju Jaya.",  # a firm's post
    "\"Kami siap,\" kata Budi Santoso, direktur riset di Universitas Maju.",  # a stopword
])
def test_a_lower_case_object_needs_a_name_a_comma_and_a_proper_noun(text):
    assert officials(text) == []
