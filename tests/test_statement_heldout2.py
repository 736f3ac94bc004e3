"""The second held-out statements set (bench/labels/statements-2nd-2026-12-06.json): scorable as
the evaluation reads it, drawn apart from every other labels file, and scored as totals only.
Failures name articles by number, never their text: the labels are held out."""

from __future__ import annotations

import json
import sys

import pytest

from bench import eval_statements
from bench.common import ROOT
from bench.make_label_sample import article_id, corpus_drafts
from bench.make_statement_sample import SECOND_LEAVES_OUT, used_by_files

SECOND = ROOT / "bench" / "labels" / "statements-2nd-2026-12-06.json"
FIELDS = {"speaker", "speaker_kind", "role", "cue", "direct", "text", "start"}


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return json.loads(SECOND.read_text("utf-8"))["articles"]


def test_every_article_is_heldout_once_with_the_evaluations_fields(articles):
    assert len(articles) == 35
    assert {a["split"] for a in articles} == {"heldout"}
    assert len({a["id"] for a in articles}) == len(articles)
    for number, article in enumerate(articles, 1):
        for statement in article["statements"]:
            assert set(statement) == FIELDS, number
            assert isinstance(statement["direct"], bool), number
            assert (statement["speaker"] is None) == (statement["speaker_kind"] is None), number
            assert statement["speaker_kind"] in (None, "person", "organisation"), number


def test_each_statement_is_verbatim_at_its_offset_in_the_stored_body(articles):
    bodies = {(f, d.record_id): d for part in {a["file"] for a in articles}
              for f, d in corpus_drafts(part)}
    for number, article in enumerate(articles, 1):
        draft = bodies.get((article["file"], article["record"]))
        assert draft is not None and article_id(draft) == article["id"], number
        for statement in article["statements"]:
            start, text = statement["start"], statement["text"]
            assert draft.body[start:start + len(text)] == text, number


def test_no_article_is_in_a_file_it_was_drawn_apart_from(articles):
    assert all((ROOT / path).exists() for path in SECOND_LEAVES_OUT)
    assert SECOND.relative_to(ROOT).as_posix() not in SECOND_LEAVES_OUT
    used = used_by_files()
    assert not [n for n, a in enumerate(articles, 1) if {a["id"], a["record"]} & used]


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
