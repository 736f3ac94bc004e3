"""Roles written in lower case or glued to a dateline's dash, through the whole pipeline that the
index stores: an official found without a role (a holder or public figure named without a
capitalised office) takes the office the article writes in lower case right before the name or
after a copula right after it (index/extract/officials/written_roles.py), and a qualifier after
a dateline's dash ("JAKARTA -Wakil Presiden") belongs to the role (lexicon.qualifiers_before)."""

from __future__ import annotations

from datetime import datetime

import pytest

from index.extract.pipeline import make_article
from index.sources.drafts import Draft

# A full article (longer than a brief)
FILLER = "Rapat itu membahas anggaran daerah dan program kerja tahun depan. " * 10
IN_TERM = datetime(2017, 3, 1)  # inside the terms office_holders.tsv gives Widodo and Kalla


def stored(body: str, title: str = "Rapat Kerja") -> list[tuple[str, str]]:
    draft = Draft(origin="test", record_id="test#1", title=title, body=body,
                  url="https://example.id/berita/1", source="Contoh", published=IN_TERM)
    return [(o.name, o.role) for o in make_article(draft).officials]


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # a lower-case office right before the name
        ("Para petani berharap presiden Joko Widodo meninjau sawah mereka.", "Presiden"),
        ("Tamu itu duduk di sebelah wakil presiden Jusuf Kalla saat acara dimulai.",
         "Wakil Presiden"),
        # after a copula right after the name, with its object
        ("Joko Widodo merupakan presiden Indonesia yang paling sering ke daerah itu.",
         "Presiden Indonesia"),
        ("Jusuf Kalla, yang adalah wakil presiden kala itu, membuka acara.", "Wakil Presiden"),
    ],
)
def test_an_office_in_lower_case_beside_the_name_is_the_role(written, role):
    [(_, found)] = stored(f"{written} {FILLER}")
    assert found == role


@pytest.mark.parametrize(
    "written",
    [
        # a word only an office starts with ("Putra Mahkota"), before a capitalised office
        # whose blocker says the person is someone's child: "putra Presiden" names no holder
        "Tamu itu menyapa putra Presiden Joko Widodo di depan gedung.",
        # no office word at all, in lower case or otherwise
        "Rombongan itu bertemu Joko Widodo di depan gedung.",
        # an office after "sebagai" is one chosen or hoped for, not said to be held
        "Mereka memilih Joko Widodo sebagai presiden pada pemilihan itu.",
        # a lower-case office with a lower-case object is no title: "ketua tim pemenangan"
        "Dia adalah ketua tim pemenangan pasangan Joko Widodo di kota itu.",
    ],
)
def test_no_lower_case_office_beside_the_name_leaves_the_role_empty(written):
    assert stored(f"{written} {FILLER}") == [("Joko Widodo", "")]


def test_the_capitalised_office_written_elsewhere_wins_over_a_lower_case_one():
    body = (f"Rombongan itu bertemu Joko Widodo. {FILLER} Warga lalu menyalami presiden Joko "
            f"Widodo. {FILLER} Joko Widodo adalah Presiden RI ketika itu. {FILLER}")
    assert stored(body) == [("Joko Widodo", "Presiden RI")]


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # a dateline's dash glued to the qualifier: the qualifier is still the role's
        ("JAKARTA -Wakil Presiden Jusuf Kalla membuka acara itu.", "Wakil Presiden"),
        ("JAKARTA - Wakil Presiden Jusuf Kalla membuka acara itu.", "Wakil Presiden"),
        ("JAKARTA -Plt Bupati Budi Santosa membuka acara itu.", "Pelaksana Tugas Bupati"),
    ],
)
def test_a_qualifier_after_a_dateline_dash_is_part_of_the_role(written, role):
    assert stored(f"{written} {FILLER}")[0][1] == role
