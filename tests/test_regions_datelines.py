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


@pytest.mark.parametrize("body", [
    "PLN, Pertamina dan BUMN lain diminta menjaga pasokan energi.",
    "NTT, Kupang dan sekitarnya diguyur hujan deras sejak pagi.",
    "Menteri Keuangan, KOMPAS mencatat, mengumumkan paket kebijakan baru.",
])
def test_capitals_without_an_outlet_are_no_dateline(body):
    assert read_dateline(body) == ([], 0)
