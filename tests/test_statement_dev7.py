"""The statements dev7 set (bench/labels/statements-dev7-2026-12-07.json): drawn by --dev7, apart
from every labels file there was, and scorable as the evaluation reads it."""

from __future__ import annotations

import json

from bench.common import ROOT
from bench.label_draws import DRAWN_APART_FROM
from bench.make_label_sample import article_id, corpus_drafts
from bench.make_statement_sample import draw_dev7, used_by_files

DEV7 = ROOT / "bench" / "labels" / "statements-dev7-2026-12-07.json"
THIRD = ROOT / "bench" / "labels" / "statements-3rd-2026-12-07.json"


def _articles() -> list[dict]:
    return json.loads(DEV7.read_text("utf-8"))["articles"]


def test_dev7_draws_exactly_its_labels_files_articles():
    drawn = [(a["file"], a["id"], a["split"]) for a in draw_dev7()]
    assert drawn == [(a["file"], a["id"], a["split"]) for a in _articles()]
    assert {split for *_, split in drawn} == {"dev7"}


def test_no_article_is_in_a_file_it_was_drawn_apart_from():
    pinned = DRAWN_APART_FROM["statements-dev7"]
    assert THIRD.relative_to(ROOT).as_posix() in pinned
    assert DEV7.relative_to(ROOT).as_posix() not in pinned
    used = used_by_files(list(pinned))
    assert not [a["id"] for a in _articles() if {a["id"], a["record"]} & used]


def test_each_statement_is_verbatim_at_its_offset_with_the_rules_fields():
    articles = _articles()
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
