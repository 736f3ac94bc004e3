"""The second labeller's labels (bench/labels/agreement-2026-12-07/): drawn by bench.agreement's
seed from the third frozen facet and statement sets, in the frozen files' shapes, every region an
official name, every statement verbatim at its offset; and the agreement scoring tells labels
that differ from labels that agree. No extractor runs here. Failures name articles by record."""

from __future__ import annotations

import copy
import json

import pytest

from bench.agreement import (
    FACET_COUNT,
    MINE,
    SECOND_BATCH,
    STATEMENT_COUNT,
    facet_agreement,
    facet_entries,
    statement_agreement,
    statement_entries,
)
from bench.make_label_sample import corpus_drafts
from index.gazetteer import gazetteer

FACET_FIELDS = {"file", "id", "record", "stratum", "title", "officials", "provinces",
                "regencies", "source", "domain"}
STATEMENT_FIELDS = {"speaker", "speaker_kind", "role", "cue", "direct", "text", "start"}


def _read(name: str) -> list[dict]:
    data = json.loads((MINE / name).read_text("utf-8"))
    return data["articles"] if isinstance(data, dict) else data


@pytest.fixture(scope="module")
def facets() -> dict[int, list[dict]]:
    return {1: _read("facets-3rd-sample.json"), 2: _read("facets-3rd-sample-2.json")}


@pytest.fixture(scope="module")
def statements() -> dict[int, list[dict]]:
    return {1: _read("statements-3rd-sample.json"), 2: _read("statements-3rd-sample-2.json")}


def test_the_articles_are_the_seeds_draws(facets, statements):
    counts = {"facets": {1: FACET_COUNT, 2: SECOND_BATCH["facets"]},
              "statements": {1: STATEMENT_COUNT, 2: SECOND_BATCH["statements"]}}
    for batch in (1, 2):
        assert [a["id"] for a in facets[batch]] == [e["id"] for e in facet_entries(batch)]
        assert [a["id"] for a in statements[batch]] == [e["id"]
                                                        for e in statement_entries(batch)]
        assert len(facets[batch]) == counts["facets"][batch]
        assert len(statements[batch]) == counts["statements"][batch]
    assert not {a["id"] for a in facets[1]} & {a["id"] for a in facets[2]}
    assert not {a["id"] for a in statements[1]} & {a["id"] for a in statements[2]}


def test_facet_labels_have_the_frozen_shape_and_official_region_names(facets):
    regions = gazetteer().regions.values()
    provinces = {r.name for r in regions if r.kind == "province"}
    province_of = {r.name: r.province for r in regions if r.kind != "province"}
    for label in facets[1] + facets[2]:
        where = label["record"]
        assert set(label) == FACET_FIELDS, where
        assert set(label["provinces"]) <= provinces, where
        for regency in label["regencies"]:
            assert province_of.get(regency) in label["provinces"], (where, regency)
        for official in label["officials"]:
            assert set(official) == {"name", "role", "aliases"}, where


def test_statements_are_verbatim_at_their_offsets(statements):
    articles = statements[1] + statements[2]
    drafts = {(f, d.record_id): d for part in {a["file"] for a in articles}
              for f, d in corpus_drafts(part)}
    for article in articles:
        body = drafts[(article["file"], article["record"])].body
        starts = [s["start"] for s in article["statements"]]
        assert starts == sorted(starts), article["record"]
        for statement in article["statements"]:
            assert set(statement) == STATEMENT_FIELDS, article["record"]
            assert (statement["speaker"] is None) == (statement["speaker_kind"] is None)
            start, text = statement["start"], statement["text"]
            assert text == text.strip() and body[start:start + len(text)] == text, (
                article["record"], start)


def test_agreement_is_perfect_with_itself_and_not_with_altered_labels(facets, statements):
    mine = facets[1]
    figures, _ = facet_agreement(mine, {a["id"]: a for a in mine})
    assert all("F1 1.000" in line for line in figures if "F1" in line)
    altered = copy.deepcopy(mine)
    for label in altered:
        label["regencies"] = label["regencies"][1:]
        label["officials"] = label["officials"][1:]
    figures, notes = facet_agreement(altered, {a["id"]: a for a in mine})
    assert any("missed kabupaten/kota" in note for note in notes)
    assert any("missed official" in note for note in notes)
    assert not any("kabupaten/kota" in line and "R 1.000" in line for line in figures)

    said = statements[1]
    figures, _ = statement_agreement(said, {a["id"]: a for a in said})
    assert "F1 1.000  speaker acc 1.000" in figures[1]
    renamed = copy.deepcopy(said)
    for article in renamed:
        for statement in article["statements"]:
            statement["speaker"] = "Someone Else"
    figures, notes = statement_agreement(renamed, {a["id"]: a for a in said})
    assert "F1 1.000" in figures[1] and "speaker acc 1.000" not in figures[1]
