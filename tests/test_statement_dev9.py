"""The dev9 statements set (bench/labels/statements-dev9-2026-12-07.json): scorable as the
evaluation reads it, drawn by --dev9 and apart from the labels files then present. Nothing here
runs an extractor."""

from __future__ import annotations

import json

import pytest

from bench.common import ROOT
from bench.eval_statements import PARTS
from bench.label_draws import DRAWN_APART_FROM
from bench.make_label_sample import article_id, corpus_drafts
from bench.make_statement_sample import draw_dev9, used_by_files

DEV9 = ROOT / "bench" / "labels" / "statements-dev9-2026-12-07.json"
THIRD = ROOT / "bench" / "labels" / "statements-3rd-2026-12-07.json"
FIELDS = {"speaker", "speaker_kind", "role", "cue", "direct", "text", "start"}


@pytest.fixture(scope="module")
def labels() -> dict:
    return json.loads(DEV9.read_text("utf-8"))


def test_every_article_is_dev9_with_the_evaluations_fields(labels):
    articles = labels["articles"]
    assert len(articles) == 30
    assert {a["split"] for a in articles} == {"dev9"}
    assert len({a["id"] for a in articles}) == len(articles)
    for number, article in enumerate(articles, 1):
        for statement in article["statements"]:
            assert set(statement) == FIELDS, number
            assert (statement["speaker"] is None) == (statement["speaker_kind"] is None), number


def test_its_rules_are_the_third_sets(labels):
    third = json.loads(THIRD.read_text("utf-8"))["about"]
    assert labels["about"]["fields"] == third["fields"]
    assert labels["about"]["rules"] == third["rules"]


def test_each_statement_is_verbatim_at_its_offset(labels):
    articles = labels["articles"]
    assert {a["file"] for a in articles} <= set(PARTS)
    bodies = {(f, d.record_id): d for part in {a["file"] for a in articles}
              for f, d in corpus_drafts(part)}
    for number, article in enumerate(articles, 1):
        draft = bodies[(article["file"], article["record"])]
        assert article_id(draft) == article["id"], number
        for statement in article["statements"]:
            start, text = statement["start"], statement["text"]
            assert draft.body[start:start + len(text)] == text, number


def test_dev9_draws_the_files_articles_apart_from_the_files_then_present(labels):
    leaves_out = DRAWN_APART_FROM["statements-dev9"]
    assert DEV9.relative_to(ROOT).as_posix() not in leaves_out
    used = used_by_files(list(leaves_out))
    articles = labels["articles"]
    assert not [n for n, a in enumerate(articles, 1) if {a["id"], a["record"]} & used]
    keys = ("file", "id", "record", "source_kind", "split")
    assert [{k: a[k] for k in keys} for a in articles] == draw_dev9()
