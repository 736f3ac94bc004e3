"""Issue 15: a military corps written out after an officer's rank ("Brigjen Marinir", "Letnan
Kolonel Pelaut", "Kolonel Penerbang") is part of the rank, not the first word of the name."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials


@pytest.mark.parametrize("text, name, role", [
    ('"Kami masih menelitinya," kata Kapuspen TNI Brigjen Marinir Rudi Wirawan, Senin.',
     "Rudi Wirawan", "Kepala Pusat Penerangan TNI"),
    ("Komandan Pangkalan Angkatan Laut Sabang, Letnan Kolonel Pelaut Hendra Saputra, mengatakan "
     "kapal itu ditahan.", "Hendra Saputra", "Komandan Pangkalan Angkatan Laut Sabang"),
    ("Komandan Lanud Adisutjipto Kolonel Penerbang Agus Setiawan mengatakan latihan digelar.",
     "Agus Setiawan", "Komandan Lanud Adisutjipto"),
])
def test_a_corps_after_the_rank_is_no_part_of_the_name(text, name, role):
    assert [(o.name, o.role) for o in extract_officials("", text)] == [(name, role)]
