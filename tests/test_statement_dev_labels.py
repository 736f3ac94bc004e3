"""The statements dev sets (bench/labels/statements-dev7-*.json and statements-devN-*.json since
dev8): each scorable as the evaluation reads it, drawn by its flag of
bench.make_statement_sample and apart from the labels files present when it was drawn. Nothing
here runs an extractor."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from bench.common import ROOT
from bench.eval_statements import PARTS
from bench.label_draws import DRAWN_APART_FROM
from bench.make_label_sample import article_id, corpus_drafts
from bench.make_statement_sample import (
    draw_dev7,
    draw_dev8,
    draw_dev9,
    draw_dev10,
    draw_dev11,
    draw_dev12,
    draw_dev13,
    draw_dev14,
    draw_dev15,
    draw_dev16,
    draw_dev17,
    used_by_files,
)

LABELS = ROOT / "bench" / "labels"
THIRD = LABELS / "statements-3rd-2026-12-07.json"
DEV7 = LABELS / "statements-dev7-2026-12-07.json"
FIELDS = {"speaker", "speaker_kind", "role", "cue", "direct", "text", "start"}
SETS: dict[str, Callable[[], list[dict]]] = {"dev8": draw_dev8, "dev9": draw_dev9,
                                              "dev10": draw_dev10, "dev11": draw_dev11,
                                              "dev12": draw_dev12, "dev13": draw_dev13,
                                              "dev14": draw_dev14, "dev15": draw_dev15,
                                              "dev16": draw_dev16, "dev17": draw_dev17}
SIZES = {"dev11": 25, "dev12": 28, "dev14": 25, "dev15": 25, "dev16": 25}  # the others 30


def _path(split: str):
    return next(LABELS.glob(f"statements-{split}-2026-12-0[78].json"))


@pytest.fixture(scope="module", params=sorted(SETS))
def dev(request) -> tuple[str, dict]:
    return request.param, json.loads(_path(request.param).read_text("utf-8"))


def test_every_article_is_of_its_split_with_the_evaluations_fields(dev):
    split, labels = dev
    articles = labels["articles"]
    assert len(articles) == SIZES.get(split, 30)
    assert {a["split"] for a in articles} == {split}
    assert len({a["id"] for a in articles}) == len(articles)
    for number, article in enumerate(articles, 1):
        for statement in article["statements"]:
            assert set(statement) == FIELDS, number
            assert (statement["speaker"] is None) == (statement["speaker_kind"] is None), number


def test_its_rules_are_the_third_sets(dev):
    _, labels = dev
    third = json.loads(THIRD.read_text("utf-8"))["about"]
    assert labels["about"]["fields"] == third["fields"]
    assert labels["about"]["rules"] == third["rules"]


def test_each_statement_is_verbatim_at_its_offset(dev):
    _, labels = dev
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


def test_it_draws_the_files_articles_apart_from_the_files_then_present(dev):
    split, labels = dev
    leaves_out = DRAWN_APART_FROM[f"statements-{split}"]
    assert _path(split).relative_to(ROOT).as_posix() not in leaves_out
    used = used_by_files(list(leaves_out))
    articles = labels["articles"]
    assert not [n for n, a in enumerate(articles, 1) if {a["id"], a["record"]} & used]
    keys = ("file", "id", "record", "source_kind", "split")
    assert [{k: a[k] for k in keys} for a in articles] == SETS[split]()


# --- dev7, drawn by --dev7 apart from every labels file there was ----------------------------

def _dev7_articles() -> list[dict]:
    return json.loads(DEV7.read_text("utf-8"))["articles"]


def test_dev7_draws_exactly_its_labels_files_articles():
    drawn = [(a["file"], a["id"], a["split"]) for a in draw_dev7()]
    assert drawn == [(a["file"], a["id"], a["split"]) for a in _dev7_articles()]
    assert {split for *_, split in drawn} == {"dev7"}


def test_no_article_is_in_a_file_it_was_drawn_apart_from():
    pinned = DRAWN_APART_FROM["statements-dev7"]
    assert THIRD.relative_to(ROOT).as_posix() in pinned
    assert DEV7.relative_to(ROOT).as_posix() not in pinned
    used = used_by_files(list(pinned))
    assert not [a["id"] for a in _dev7_articles() if {a["id"], a["record"]} & used]


def test_each_statement_is_verbatim_at_its_offset_with_the_rules_fields():
    articles = _dev7_articles()
    rules = json.loads(THIRD.read_text("utf-8"))["about"]["rules"]
    assert json.loads(DEV7.read_text("utf-8"))["about"]["rules"] == rules
    drafts = {(f, d.record_id): d for part in {a["file"] for a in articles}
              for f, d in corpus_drafts(part)}
    for article in articles:
        draft = drafts[(article["file"], article["record"])]
        assert article_id(draft) == article["id"]
        for statement in article["statements"]:
            start, text = statement["start"], statement["text"]
            assert draft.body[start:start + len(text)] == text, article["id"]
            assert (statement["speaker"] is None) == (statement["speaker_kind"] is None)
