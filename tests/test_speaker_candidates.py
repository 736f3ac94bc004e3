"""The scored choice of a pronoun's speaker among candidates (index/extract/statements/
candidates.py), on sentences written for these tests: the candidates and their features, the
shipped weights (the rules' answer), and weights of the user's own."""

from __future__ import annotations

import pytest

from index.extract.statements import find_statements
from index.extract.statements.candidates import FEATURES, choose, load_weights, rules_only

BODY = ("Kepala Dinas Kesehatan Kota Malang Husnul Muarif meninjau puskesmas. \"Stok obat "
        "aman,\" kata Husnul.\n\n"
        "Warga Kelurahan Sawojajar, Budi Santoso, datang bersama keluarganya.\n\n"
        "\"Kami akan menambah dokter jaga,\" ujarnya.")


def recorded(body: str) -> list:
    choices: list = []
    find_statements(body, choices=choices)
    return choices


def features_of(candidates, name: str) -> dict[str, float]:
    found = next(c for c in candidates if getattr(c.who, "name", c.who) == name)
    return dict(zip(FEATURES, found.features, strict=True))


def test_every_person_named_before_is_a_candidate_with_its_features():
    (_start, _end, candidates), = recorded(BODY)
    names = {getattr(c.who, "name", c.who) for c in candidates}
    assert {"Husnul Muarif", "Budi Santoso"} <= names
    husnul, budi = features_of(candidates, "Husnul Muarif"), features_of(candidates, "Budi Santoso")
    assert husnul["previous"] == 1.0 and budi["previous"] == 0.0  # the quote before is Husnul's
    assert budi["latest"] == 1.0 and husnul["latest"] == 0.0  # the last subject named
    assert husnul["role"] == 1.0 and husnul["statements"] > 0
    assert husnul["paragraphs_back"] > budi["paragraphs_back"]


def test_the_shipped_weights_give_the_rules_answer():
    assert rules_only()
    for _start, _end, candidates in recorded(BODY):
        rule = next(c.who for c in candidates if dict(zip(FEATURES, c.features,
                                                           strict=True))["rule"])
        assert choose(candidates) is rule


def test_other_weights_choose_otherwise():
    (_start, _end, candidates), = recorded(BODY)
    previous = tuple(1.0 if name == "previous" else 0.0 for name in FEATURES)
    latest = tuple(1.0 if name == "latest" else 0.0 for name in FEATURES)
    assert choose(candidates, previous).name == "Husnul Muarif"
    assert choose(candidates, latest).name == "Budi Santoso"
    assert choose([], previous) is None


def test_weights_of_the_users_own_are_read_after_the_shipped_ones(tmp_path, monkeypatch):
    (tmp_path / "speaker_weights.tsv").write_text(
        "# mine\nrule\t0\nprevious\t2.5\nnot a weight line\n", "utf-8")
    monkeypatch.setenv("KABAR_DATA", str(tmp_path))
    load_weights.cache_clear()
    try:
        weights = dict(zip(FEATURES, load_weights(), strict=True))
        assert weights["previous"] == 2.5 and weights["rule"] == 0.0
        assert not rules_only()
        speaker = find_statements(BODY)[-1].speaker
        assert speaker == "Husnul Muarif"
    finally:
        monkeypatch.delenv("KABAR_DATA")
        load_weights.cache_clear()


@pytest.mark.parametrize("body", ["", "\"Tanpa penutup, ujarnya.", "Ia mengatakan hal itu."])
def test_no_candidate_is_no_error(body):
    find_statements(body, choices=[])
