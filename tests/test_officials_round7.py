"""Officials round 7 (issue 15): office objects the extractor did not read."""

from __future__ import annotations

import pytest

from index.extract.officials import extract_officials, load_lexicon
from index.extract.officials.office_mentions import mentions


@pytest.mark.parametrize("text, official", [
    ("Ketua Umum Partai Amanat Nasional (PAN), Zulkifli Hasan menilai kondisi saat ini.",
     ("Zulkifli Hasan", "Ketua Umum Partai Amanat Nasional")),
    ("Terkait ucapan Ketua Umum DPP Partai Kebangkitan Bangsa (PKB) Muhaimin Iskandar yang "
     "keberatan.", ("Muhaimin Iskandar", "Ketua Umum DPP Partai Kebangkitan Bangsa")),
    ("Sekretaris Jenderal Partai Amanat Nasional (PAN), Eddy Soeparno menilai.",
     ("Eddy Soeparno", "Sekretaris Jenderal Partai Amanat Nasional")),
])
def test_a_party_spelt_out_before_its_unlisted_acronym_is_the_post_s_object(text, official):
    # read as the post's object; a party's post alone makes no official (test_officials_public)
    assert [(m.name, m.role) for m in mentions(text, load_lexicon())] == [official]


def test_a_long_form_that_names_no_body_still_needs_one():
    # "Yayasan Amal Bakti (YAB)" spells its acronym but is no public body
    assert extract_officials("", "Ketua Yayasan Amal Bakti (YAB) Budi Susanto menilai.") == []


@pytest.mark.parametrize("text, official", [
    ("Menteri Investasi dan Hilirisasi/BKPM Rosan Roeslani, Menteri Dalam Negeri Tito Karnavian, "
     "hadir.", ("Rosan Roeslani", "Menteri Investasi dan Hilirisasi/BKPM")),
    ("Menteri Investasi/BKPM Rosan Roeslani hadir.", ("Rosan Roeslani", "Menteri Investasi/BKPM")),
    # an office after the slash is read as before: the second office of one holder
    ("Menteri Investasi dan Hilirisasi/Kepala Badan Koordinasi Penanaman Modal Rosan Roeslani "
     "hadir.", ("Rosan Roeslani",
                "Menteri Investasi dan Hilirisasi/Kepala Badan Koordinasi Penanaman Modal")),
])
def test_an_object_and_a_body_joined_by_a_slash_are_the_office_s_object(text, official):
    assert [(o.name, o.role) for o in extract_officials("", text)][:1] == [official]


def test_a_slashed_word_with_an_unknown_part_is_no_object():
    assert extract_officials("", "Menteri Investasi/Rosan hadir.") == []
