"""Issue 15: the White House's staff ("Gedung Putih", the United States president's office) are
officials named by the body they serve; a private firm's press secretary and a reporter are not."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials


def found(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials("", text)]


@pytest.mark.parametrize("text, official", [
    ("Dalam sidang itu, Direktur Anggaran Gedung Putih, John Miller, menyebut anggaran dipotong.",
     ("John Miller", "Direktur Anggaran Gedung Putih")),
    ("Sekretaris Pers Gedung Putih Anna Brooks mengumumkan jadwal kunjungan.",
     ("Anna Brooks", "Sekretaris Pers Gedung Putih")),
])
def test_a_white_house_post_is_an_official(text, official):
    assert found(text) == [official]


@pytest.mark.parametrize("text", [
    "Sekretaris Pers PT Maju Jaya Budi Santoso mengatakan produk baru dirilis.",
    "Wartawan Gedung Putih Jim Parker bertanya soal tarif.",
])
def test_a_firms_press_secretary_or_a_reporter_is_no_official(text):
    assert found(text) == []
