"""An article whose title and lead hold the whole query is raised (search/lead_share.py), on
real articles."""

from __future__ import annotations

import numpy as np
import pytest

from index.analysis.analyzer import analyze
from index.datelines import dateline_end
from search import open_index
from search.best_match import best_match
from search.engine import _joined
from search.lead_share import LEAD, WEIGHT, up_front, with_lead_share
from search.proximity import RERANKED, best_of_tiers
from search.title_share import forms
from tests.conftest import reranking_input


@pytest.fixture(scope="module")
def corpus(corpus_index):
    return open_index(corpus_index)


def _terms(text: str) -> list[str]:
    return analyze(text)


def _lead(body: str) -> list[str]:
    """The lead the index weighs: the body's first LEAD terms after its dateline."""
    return _terms(body[dateline_end(body):])[:LEAD]


def test_articles_naming_every_word_up_front_are_raised_and_the_others_keep_their_order(corpus):
    snap, evaluator, parts, found = reranking_input(corpus, "dana desa")
    assert 0 < len(found) <= RERANKED
    held = up_front(evaluator, [forms(p) for p in parts], found.ids)
    assert held.any() and (~held).any()
    for docnum, front in zip(found.ids.tolist(), held.tolist(), strict=True):
        stored = snap.searcher.stored_fields(docnum)
        early = set(_terms(stored["title"])) | set(_lead(stored["body"]))
        assert front == ({"dana", "desa"} <= early), stored["title"]
    raised = with_lead_share(evaluator, parts, found, None)
    assert np.allclose(raised.scores, found.scores * np.where(held, 1 + WEIGHT, 1), rtol=1e-5)
    untouched = ~held
    assert list(np.argsort(-found.scores[untouched], kind="stable")) == list(
        np.argsort(-raised.scores[untouched], kind="stable"))


def test_a_long_form_up_front_counts_for_its_short_form(corpus):
    snap, evaluator, parts, found = reranking_input(corpus, "gubernur jatim")
    held = up_front(evaluator, [forms(p) for p in parts], found.ids)
    fronts = [snap.searcher.stored_fields(d) for d in found.ids[held].tolist()]
    long_form = [f for f in fronts if "jatim" not in _terms(f["title"]) + _lead(f["body"])]
    assert long_form  # "Jawa Timur" in the title or lead stands for "jatim"


def test_one_part_gets_nothing(corpus):
    _, evaluator, parts, found = reranking_input(corpus, "banjir jakarta")
    first = parts[:1]
    assert len(found) and with_lead_share(evaluator, first, found, None) is found


def test_with_many_parts_each_document_is_judged_by_its_own_title_and_lead(corpus):
    """up_front stops looking a part up in the documents that already miss one: what it says of
    each document is still what the document's title and lead hold, whatever the parts' order,
    for documents with every part up front, some of them, or none."""
    snap, evaluator, parts, _ = reranking_input(corpus, "dana desa kepala bupati")
    assert len(parts) == 4
    loose = evaluator.run(corpus.parse("dana desa").query).ids[:200]
    complete = reranking_input(corpus, "dana desa kepala bupati")[3].ids
    docs = np.union1d(loose, complete)
    expected = []
    for docnum in docs.tolist():
        stored = snap.searcher.stored_fields(docnum)
        early = set(_terms(stored["title"])) | set(_lead(stored["body"]))
        expected.append(all(any(set(form) <= early for form in forms(p)) for p in parts))
    assert any(expected) and not all(expected)
    for order in (parts, parts[::-1], parts[1:] + parts[:1]):
        held = up_front(evaluator, [forms(p) for p in order], docs)
        assert held.tolist() == expected


def test_a_partial_match_with_every_part_but_one_up_front_is_raised(corpus):
    """Among the partial matches (they lack a part), those whose title and lead hold every
    other part are raised as a complete match holding them all is; the rest keep their
    scores."""
    snap, evaluator, parts, _ = reranking_input(corpus, "bursa saham anjlok")
    best = best_match(evaluator, corpus.parse("bursa saham anjlok").query)
    found, partial = _joined(best.complete, best.partial)
    raised = with_lead_share(evaluator, parts, found, partial)
    at = best_of_tiers(found.scores, partial)
    outside = np.setdiff1d(np.arange(len(found)), at)
    assert np.array_equal(raised.scores[outside], found.scores[outside])
    up = raised.scores[at] > found.scores[at] * 1.001
    for place, was_raised in zip(at.tolist(), up.tolist(), strict=True):
        stored = snap.searcher.stored_fields(int(found.ids[place]))
        early = set(_terms(stored["title"])) | set(_lead(stored["body"]))
        lacking = sum(not any(set(form) <= early for form in forms(p)) for p in parts)
        assert was_raised == (lacking <= (1 if partial[place] else 0)), stored["title"]
    assert np.allclose(raised.scores[at][up], found.scores[at][up] * (1 + WEIGHT), rtol=1e-5)
    in_partial = partial[at]
    assert up[in_partial].any() and (~up[in_partial]).any()
