"""Datelines that lost their dash: a place in capitals next to the outlet's name is a dateline,
capitals without an outlet are not (index/datelines.py)."""

from __future__ import annotations

import pytest

from index.datelines import read_dateline

# --- datelines that lost their dash ---------------------------------------------------------

@pytest.mark.parametrize(("body", "region"), [
    ("JAKARTA, KOMPAS.com Menteri Keuangan mengumumkan paket kebijakan baru.", "DKI Jakarta"),
    ("TRIBUNNEWS.COM, SURABAYA Ribuan warga memadati alun-alun kota.", "Kota Surabaya"),
    ("REPUBLIKA.CO.ID, GORONTALO--Dewan Perwakilan Daerah menggelar rapat.", "Kota Gorontalo"),
    ("SURABAYA, KOMPAS Sejak pagi hari ini Presiden meninjau pelabuhan.", "Kota Surabaya"),
    ("BEKASI (Pos Kota) Pasar tradisional itu kembali dibuka.", "Kota Bekasi"),
    ("Laporan Wartawan Tribunnews.com, Ahmad TRIBUNNEWS.COM, JAKARTA Ribuan calon haji "
     "berangkat.", "DKI Jakarta"),
])
def test_a_place_in_capitals_next_to_the_outlet_is_a_dateline(body, region):
    assert [name for name, _ in read_dateline(body)[0]] == [region]


def test_a_dot_between_the_outlet_and_the_place_parts_them():
    body = "TRIBUNNEWS.COM.MEDAN - Warga memadati lapangan merdeka sejak pagi."
    assert [name for name, _ in read_dateline(body)[0]] == ["Kota Medan"]
    assert read_dateline("TRIBUNNEWS.COM - Warga memadati lapangan sejak pagi.") == ([], 0)


@pytest.mark.parametrize("body", [
    "PLN, Pertamina dan BUMN lain diminta menjaga pasokan energi.",
    "NTT, Kupang dan sekitarnya diguyur hujan deras sejak pagi.",
    "Menteri Keuangan, KOMPAS mencatat, mengumumkan paket kebijakan baru.",
])
def test_capitals_without_an_outlet_are_no_dateline(body):
    assert read_dateline(body) == ([], 0)


# --- read once an article -------------------------------------------------------------------

def test_a_body_read_again_gives_its_own_dateline_and_another_body_its_own():
    """A build reads an article's dateline for its regions and again for its analysis; the
    second reading is the first's, and no other body gets it."""
    body = "JAKARTA, KOMPAS.com Menteri Keuangan mengumumkan paket kebijakan baru."
    first = read_dateline(body)
    first[0].clear()  # a caller changing its list changes no later answer
    again = read_dateline(body)
    assert [name for name, _ in again[0]] == ["DKI Jakarta"] and again[1] == first[1] > 0
    other = "SURABAYA, KOMPAS Sejak pagi hari ini Presiden meninjau pelabuhan."
    assert [name for name, _ in read_dateline(other)[0]] == ["Kota Surabaya"]
    equal = "".join(["JAKARTA, KOMPAS.com Menteri Keuangan ", "mengumumkan paket kebijakan baru."])
    assert equal == body and equal is not body
    assert read_dateline(equal) == read_dateline(body) == again
    assert read_dateline("Hujan deras mengguyur kota sejak pagi.") == ([], 0)
