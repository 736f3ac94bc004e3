"""Issue 15: a staff post named by the office it serves ("Juru Bicara Wakil Presiden", "Staf
Khusus Menteri Keuangan"): a deputy's office is its object, and the served office's holder
written between the post and the staff member's name is a second person when the article also
writes that holder's name without the rest."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials


def found(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials("", text)]


@pytest.mark.parametrize("text, official", [
    ("Juru Bicara Wakil Presiden, Rudi Hartono, mengatakan rapat selesai.",
     ("Rudi Hartono", "Juru Bicara Wakil Presiden")),
    ("Staf Khusus Wakil Gubernur Sinta Dewi mengatakan anggaran cukup.",
     ("Sinta Dewi", "Staf Khusus Wakil Gubernur")),
])
def test_a_deputys_office_is_the_object_of_a_staff_post(text, official):
    assert found(text) == [official]


def test_the_served_holder_written_before_the_staff_member_is_a_second_person():
    text = ("Juru Bicara Wakil Presiden Bambang Sutrisno Rudi Hartono mengatakan rapat selesai. "
            "Wapres Bambang Sutrisno memimpin rapat itu.")
    assert found(text) == [("Bambang Sutrisno", "Wakil Presiden"),
                           ("Rudi Hartono", "Juru Bicara Wakil Presiden")]


def test_the_longest_name_written_alone_is_the_served_holder():
    text = ("Staf Khusus Menteri Keuangan Sri Wahyuni Lestari Agus Prasetyo mengatakan pajak naik. "
            "Sri Wahyuni Lestari tidak hadir.")
    assert found(text) == [("Sri Wahyuni Lestari", "Menteri Keuangan"),
                           ("Agus Prasetyo", "Staf Khusus Menteri Keuangan")]


def test_a_long_name_written_only_whole_stays_one_person():
    assert found("Staf Khusus Gubernur Tengku Erry Nuradi Putra hadir di rapat itu.") == [
        ("Tengku Erry Nuradi Putra", "Staf Khusus Gubernur")
    ]
