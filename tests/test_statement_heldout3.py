"""The third held-out statements set (bench/labels/statements-3rd-2026-12-07.json): scorable as
the evaluation reads it, drawn by --third and apart from every other labels file. Nothing here
runs an extractor or the evaluation on its articles. Failures name articles by number, never
their text: the labels are held out."""

from __future__ import annotations

import json

import pytest

from bench.common import ROOT
from bench.eval_statements import PARTS
from bench.make_label_sample import article_id, corpus_drafts
from bench.make_statement_sample import (
    SECOND_LEAVES_OUT,
    THIRD_LEAVES_OUT,
    draw_second,
    draw_third,
    used_by_files,
)

THIRD = ROOT / "bench" / "labels" / "statements-3rd-2026-12-07.json"
SECOND = ROOT / "bench" / "labels" / "statements-2nd-2026-12-06.json"
FIELDS = {"speaker", "speaker_kind", "role", "cue", "direct", "text", "start"}


@pytest.fixture(scope="module")
def labels() -> dict:
    return json.loads(THIRD.read_text("utf-8"))


@pytest.fixture(scope="module")
def articles(labels) -> list[dict]:
    return labels["articles"]


def test_every_article_is_heldout_once_with_the_evaluations_fields(articles):
    assert len(articles) == 40
    assert {a["split"] for a in articles} == {"heldout"}
    assert len({a["id"] for a in articles}) == len(articles)
    assert {a["source_kind"] for a in articles} == {"export"}
    for number, article in enumerate(articles, 1):
        assert article["statements"], number
        for statement in article["statements"]:
            assert set(statement) == FIELDS, number
            assert isinstance(statement["direct"], bool), number
            assert (statement["speaker"] is None) == (statement["speaker_kind"] is None), number
            assert statement["speaker_kind"] in (None, "person", "organisation"), number
            assert statement["text"] == statement["text"].strip(), number


def test_its_rules_are_the_second_sets(labels):
    """Same fields and rules as the second held-out set (only that file's about is read)."""
    second = json.loads(SECOND.read_text("utf-8"))["about"]
    assert labels["about"]["fields"] == second["fields"]
    assert labels["about"]["rules"] == second["rules"]


def test_each_statement_is_verbatim_at_its_offset_in_the_stored_body(articles):
    assert {a["file"] for a in articles} <= set(PARTS)  # the evaluation reads these parts
    bodies = {(f, d.record_id): d for part in {a["file"] for a in articles}
              for f, d in corpus_drafts(part)}
    for number, article in enumerate(articles, 1):
        draft = bodies.get((article["file"], article["record"]))
        assert draft is not None and article_id(draft) == article["id"], number
        starts = [s["start"] for s in article["statements"]]
        assert starts == sorted(starts), number
        for statement in article["statements"]:
            start, text = statement["start"], statement["text"]
            assert draft.body[start:start + len(text)] == text, number


def test_no_article_is_in_a_file_it_was_drawn_apart_from(articles):
    assert all((ROOT / path).exists() for path in THIRD_LEAVES_OUT)
    assert THIRD.relative_to(ROOT).as_posix() not in THIRD_LEAVES_OUT
    assert set(SECOND_LEAVES_OUT) <= set(THIRD_LEAVES_OUT)
    used = used_by_files(THIRD_LEAVES_OUT)
    assert not [n for n, a in enumerate(articles, 1) if {a["id"], a["record"]} & used]


def test_third_draws_the_files_articles_and_second_still_draws_its_own(articles):
    drawn = draw_third()
    keys = ("file", "id", "record", "source_kind", "split")
    assert [{k: a[k] for k in keys} for a in articles] == drawn
    second = json.loads(SECOND.read_text("utf-8"))["articles"]
    assert [a["id"] for a in draw_second()] == [a["id"] for a in second]
