"""Candidates: pairs of candidates listed after "pasangan", a ticket's glued name, how a
candidate runs written between "calon" and the office, and candidates listed after "yakni"
(a list closed by someone with an office of their own)."""

from __future__ import annotations

import pytest

from extracted import officials


def test_how_a_candidate_runs_stays_between_calon_and_the_office():
    text = "Calon independen bupati Bima Andi Wijaya mendapat nomor urut satu."
    assert officials(text) == [("Andi Wijaya", "Calon Bupati Bima")]


def test_a_ticket_of_two_full_names_glued_by_a_hyphen_gives_the_office_to_the_first():
    text = "Survei menilai setahun Pemerintahan Presiden Andi Wijaya-Budi Hartono Saputra."
    assert officials(text) == [("Andi Wijaya", "Presiden")]


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each person of a candidate pair is an official, with no role written
        ("Ada tiga pasangan calon yang mendaftar ke KPU, yaitu Budi Santoso - Andi Wijaya, "
         "dan Eka Putra - Dimas Prakoso.",
         [("Budi Santoso", ""), ("Andi Wijaya", ""), ("Eka Putra", ""), ("Dimas Prakoso", "")]),
        ("Pada Pilkada itu pasangan Budi Santoso - Andi Wijaya menang.",
         [("Budi Santoso", ""), ("Andi Wijaya", "")]),
        # a couple, a match, a pair in a name: no election, no candidates
        ("Pasangan selebriti Raffi Ahmad - Nagita Slavina hadir.", []),
        ("Pasangan calon itu ditetapkan. Laga Jawa Barat - Jawa Tengah digelar.", []),
        ("Capaian satu tahun Prabowo-Gibran dibahas.", []),
        # the office written with the pair gives the roles
        ("Partai itu mendukung pasangan calon gubernur dan wakil gubernur Jawa Tengah Rudi "
         "Santoso - Dimas Prakoso.", [("Rudi Santoso", "Calon Gubernur Jawa Tengah"),
                                      ("Dimas Prakoso", "Calon Wakil Gubernur Jawa Tengah")]),
    ],
)
def test_candidate_pairs(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # several run for one office, or once held it: each one listed after "yakni"/"yaitu"
    ("Panitia mewawancarai empat calon pimpinan KPK, yakni Budi Santoso, Rina Wulandari, "
     "Joko Susilo, dan Ahmad Fauzi.",
     [("Budi Santoso", "Calon Pimpinan KPK"), ("Rina Wulandari", "Calon Pimpinan KPK"),
      ("Joko Susilo", "Calon Pimpinan KPK"), ("Ahmad Fauzi", "Calon Pimpinan KPK")]),
    ("Tiga calon Bupati Bogor, yaitu Budi Santoso, Rina Wulandari, dan Ahmad Fauzi, mendaftar.",
     [("Budi Santoso", "Calon Bupati Bogor"), ("Rina Wulandari", "Calon Bupati Bogor"),
      ("Ahmad Fauzi", "Calon Bupati Bogor")]),
    ("Dua mantan Gubernur Jawa Barat, yakni Budi Santoso dan Ahmad Fauzi, hadir.",
     [("Budi Santoso", "Mantan Gubernur Jawa Barat"),
      ("Ahmad Fauzi", "Mantan Gubernur Jawa Barat")]),
    # an office in lower case with its body, then "yakni"
    ("Ia mewawancarai anggota DPR, yakni Budi Santoso, Rina Wulandari, dan Ahmad Fauzi.",
     [("Budi Santoso", "Anggota DPR"), ("Rina Wulandari", "Anggota DPR"),
      ("Ahmad Fauzi", "Anggota DPR")]),
    # one person holds the office: the names after the first are no more holders
    ("Gubernur Jawa Barat, yakni Budi Santoso, Rina Wulandari dan Ahmad Fauzi hadir.",
     [("Budi Santoso", "Gubernur Jawa Barat")]),
    ("Calon Bupati Bogor, yaitu Budi Santoso, berpidato di depan Rina Wulandari dan Ahmad Fauzi.",
     [("Budi Santoso", "Calon Bupati Bogor")]),
])
def test_candidates_listed_after_yakni(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tiga calon Bupati Bogor, yaitu Budi Santoso, Rina Wulandari, dan mantan Kapolda Papua "
     "Irjen Pol Ahmad Fauzi.",
     [("Budi Santoso", "Calon Bupati Bogor"), ("Rina Wulandari", "Calon Bupati Bogor"),
      ("Ahmad Fauzi", "Mantan Kepala Kepolisian Daerah Papua")]),
    ("Anggota KPU Budi Santoso, Rina Wulandari, dan Ketua KPU Ahmad Fauzi hadir.",
     [("Budi Santoso", "Anggota KPU"), ("Rina Wulandari", "Anggota KPU"),
      ("Ahmad Fauzi", "Ketua KPU")]),
])
def test_a_list_closed_by_someone_with_an_office_of_their_own(text, expected):
    assert officials(text) == expected
