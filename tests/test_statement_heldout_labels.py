"""The held-out statements sets (bench/labels/statements-2nd-2026-12-06.json and
statements-3rd-2026-12-07.json): each scorable as the evaluation reads it, drawn apart from every
other labels file (the third by --third), and a held-out split scored as totals only. Nothing
here runs an extractor on their articles. Failures name articles by number, never their text:
the labels are held out."""

from __future__ import annotations

import json
import sys

import pytest

from bench import eval_statements
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


# --- the third set, drawn by --third ------------------------------------------------------------

@pytest.fixture(scope="module")
def third_labels() -> dict:
    return json.loads(THIRD.read_text("utf-8"))


@pytest.fixture(scope="module")
def third_articles(third_labels) -> list[dict]:
    return third_labels["articles"]


def test_every_third_set_article_is_heldout_once_with_the_evaluations_fields(third_articles):
    assert len(third_articles) == 40
    assert {a["split"] for a in third_articles} == {"heldout"}
    assert len({a["id"] for a in third_articles}) == len(third_articles)
    assert {a["source_kind"] for a in third_articles} == {"export"}
    for number, article in enumerate(third_articles, 1):
        assert article["statements"], number
        for statement in article["statements"]:
            assert set(statement) == FIELDS, number
            assert isinstance(statement["direct"], bool), number
            assert (statement["speaker"] is None) == (statement["speaker_kind"] is None), number
            assert statement["speaker_kind"] in (None, "person", "organisation"), number
            assert statement["text"] == statement["text"].strip(), number


def test_the_third_sets_rules_are_the_second_sets(third_labels):
    """Same fields and rules as the second held-out set (only that file's about is read)."""
    second = json.loads(SECOND.read_text("utf-8"))["about"]
    assert third_labels["about"]["fields"] == second["fields"]
    assert third_labels["about"]["rules"] == second["rules"]


def test_each_third_set_statement_is_verbatim_at_its_offset_in_the_stored_body(third_articles):
    assert {a["file"] for a in third_articles} <= set(PARTS)  # the evaluation reads these parts
    bodies = {(f, d.record_id): d for part in {a["file"] for a in third_articles}
              for f, d in corpus_drafts(part)}
    for number, article in enumerate(third_articles, 1):
        draft = bodies.get((article["file"], article["record"]))
        assert draft is not None and article_id(draft) == article["id"], number
        starts = [s["start"] for s in article["statements"]]
        assert starts == sorted(starts), number
        for statement in article["statements"]:
            start, text = statement["start"], statement["text"]
            assert draft.body[start:start + len(text)] == text, number


def test_no_third_set_article_is_in_a_file_it_was_drawn_apart_from(third_articles):
    assert all((ROOT / path).exists() for path in THIRD_LEAVES_OUT)
    assert THIRD.relative_to(ROOT).as_posix() not in THIRD_LEAVES_OUT
    assert set(SECOND_LEAVES_OUT) <= set(THIRD_LEAVES_OUT)
    used = used_by_files(THIRD_LEAVES_OUT)
    assert not [n for n, a in enumerate(third_articles, 1) if {a["id"], a["record"]} & used]


def test_third_draws_the_files_articles_and_second_still_draws_its_own(third_articles):
    drawn = draw_third()
    keys = ("file", "id", "record", "source_kind", "split")
    assert [{k: a[k] for k in keys} for a in third_articles] == drawn
    second = json.loads(SECOND.read_text("utf-8"))["articles"]
    assert [a["id"] for a in draw_second()] == [a["id"] for a in second]


# --- the second set -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def second_articles() -> list[dict]:
    return json.loads(SECOND.read_text("utf-8"))["articles"]


def test_every_second_set_article_is_heldout_once_with_the_evaluations_fields(second_articles):
    assert len(second_articles) == 35
    assert {a["split"] for a in second_articles} == {"heldout"}
    assert len({a["id"] for a in second_articles}) == len(second_articles)
    for number, article in enumerate(second_articles, 1):
        for statement in article["statements"]:
            assert set(statement) == FIELDS, number
            assert isinstance(statement["direct"], bool), number
            assert (statement["speaker"] is None) == (statement["speaker_kind"] is None), number
            assert statement["speaker_kind"] in (None, "person", "organisation"), number


def test_each_second_set_statement_is_verbatim_at_its_offset_in_the_stored_body(second_articles):
    bodies = {(f, d.record_id): d for part in {a["file"] for a in second_articles}
              for f, d in corpus_drafts(part)}
    for number, article in enumerate(second_articles, 1):
        draft = bodies.get((article["file"], article["record"]))
        assert draft is not None and article_id(draft) == article["id"], number
        for statement in article["statements"]:
            start, text = statement["start"], statement["text"]
            assert draft.body[start:start + len(text)] == text, number


def test_no_second_set_article_is_in_a_file_it_was_drawn_apart_from(second_articles):
    assert all((ROOT / path).exists() for path in SECOND_LEAVES_OUT)
    assert SECOND.relative_to(ROOT).as_posix() not in SECOND_LEAVES_OUT
    used = used_by_files()
    assert not [n for n, a in enumerate(second_articles, 1) if {a["id"], a["record"]} & used]


@pytest.mark.parametrize("split", ["heldout", "dev"])
def test_a_heldout_split_is_scored_in_totals_only(tmp_path, monkeypatch, capsys, split):
    """--show lists a dev article's misses but never a heldout one's (the seed article, with a
    labelled statement no extractor finds, so that there is a miss to list)."""
    seed = corpus_drafts("seed")[0][1]
    labels = tmp_path / "labels.json"
    missed = {"speaker": "Nobody", "speaker_kind": "person", "role": None, "cue": "kata",
              "direct": True, "text": "zzzq xxyq wwvq", "start": 0}
    article = {"id": article_id(seed), "split": split, "statements": [missed]}
    labels.write_text(json.dumps({"articles": [article]}), "utf-8")
    monkeypatch.setattr(eval_statements, "PARTS", ["seed"])
    monkeypatch.setattr(sys, "argv", ["eval_statements", "--labels", str(labels), "--split", split,
                                      "--show"])
    eval_statements.main()
    out = capsys.readouterr().out
    assert f"-- {split} (1 articles)" in out
    assert ("== " in out) == (split == "dev")
    assert ("zzzq" in out) == (split == "dev")
