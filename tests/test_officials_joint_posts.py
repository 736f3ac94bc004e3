"""Issue 15: a person named after two posts joined by "sekaligus" holds the public one written
first, whatever the second is; Danantara's CEO or COO (a state body, not a company) is an
official; a private company's CEO is not."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials


def found(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials("", text)]


@pytest.mark.parametrize("text, official", [
    ("Kepala Badan Koordinasi Penanaman Modal (BKPM) sekaligus CEO Danantara Hendra Wijaya "
     "mengatakan investasi naik.", ("Hendra Wijaya", "Kepala Badan Koordinasi Penanaman Modal")),
    ("Kepala BP BUMN sekaligus COO Danantara, Rina Kartika, menggelar rapat bersama direksi.",
     ("Rina Kartika", "Kepala BP BUMN")),
    ("Menteri Lingkungan Hidup sekaligus Ketua Umum Konfederasi Serikat Pekerja Seluruh Indonesia "
     "(KSPSI) Ahmad Fauzi hadir di pabrik itu.", ("Ahmad Fauzi", "Menteri Lingkungan Hidup")),
    ("Bupati Sleman sekaligus Ketua Pramuka Sleman Budi Santoso membuka perkemahan.",
     ("Budi Santoso", "Bupati Sleman")),
])
def test_the_public_post_written_first_is_the_role(text, official):
    assert found(text) == [official]


def test_danantaras_ceo_is_an_official():
    assert found("CEO Danantara Indonesia, Hendra Wijaya mengungkapkan pasar motor listrik "
                 "akan tumbuh.") == [("Hendra Wijaya", "CEO Danantara Indonesia")]


@pytest.mark.parametrize("text", [
    "CEO Apple Tim Cook mengatakan penjualan naik.",
    "CEO PT Pertamina Budi Santoso mengatakan harga naik.",
])
def test_a_companys_ceo_is_no_official(text):
    assert found(text) == []


def test_a_body_read_on_after_the_second_post_is_no_person():
    assert found("Menteri Lingkungan Hidup sekaligus Ketua Umum Konfederasi Serikat Pekerja "
                 "Nusantara (KSPN) Ahmad Fauzi hadir di pabrik itu.") == []
