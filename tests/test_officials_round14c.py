"""Officials round 14c (issue 15): two names of one person in index/data/person_aliases.tsv
("Kang Emil", "Ridwan Kamil") count as one person when an office referred back to looks for
the one person named before it."""

from __future__ import annotations

from index.extract.officials import extract_officials
from index.people import alias_target, name_key


def officials(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in extract_officials("", text)]


def test_the_alias_pair_is_in_the_data_file():
    assert name_key(alias_target("Kang Emil") or "") == name_key("Ridwan Kamil")


def test_a_name_and_its_alias_before_an_office_referred_back_to_are_one_person():
    text = ("Tiga partai menyatakan tetap mendukung Ridwan Kamil dalam pemilihan gubernur. "
            "Meski satu partai menimbang ulang dukungan untuk Kang Emil, koalisi tetap solid "
            "mendukung Wali Kota Bandung itu.")
    assert officials(text) == [("Ridwan Kamil", "Wali Kota Bandung")]


def test_the_alias_alone_still_takes_the_office():
    text = ("Satu partai menimbang ulang dukungan untuk Kang Emil pekan ini. Koalisi tetap solid "
            "mendukung Wali Kota Bandung itu.")
    assert [role for _, role in officials(text)] == ["Wali Kota Bandung"]


def test_two_people_before_an_office_referred_back_to_still_name_no_one():
    text = ("Tiga partai menyatakan tetap mendukung Ridwan Kamil dalam pemilihan gubernur. "
            "Meski satu partai menimbang ulang dukungan untuk Hendra Wijaya, koalisi tetap solid "
            "mendukung Wali Kota Bandung itu.")
    assert officials(text) == []


def test_a_headline_holder_by_an_alias_is_the_person_the_body_names_in_full():
    title = "Gubernur Kang Emil Resmikan Taman"
    text = ("BANDUNG - Wali Kota Bandung Ridwan Kamil meresmikan taman baru, Senin. Kang Emil "
            "menyapa warga. \"Taman ini untuk warga,\" kata Kang Emil.")
    assert [(o.name, o.role) for o in extract_officials(title, text)] == [
        ("Ridwan Kamil", "Wali Kota Bandung")
    ]
