"""How much of the query a title holds raises an article (search/title_share.py), and the
proximity bonus counts words typed as abbreviations (search/proximity.py), on real articles."""

from __future__ import annotations

import numpy as np
import pytest

from search import open_index
from search.best_match import parts_of
from search.evaluate import Evaluator
from search.proximity import RERANKED, query_words
from search.title_share import WEIGHT, forms, title_share, with_title_share


@pytest.fixture(scope="module")
def corpus(corpus_index):
    return open_index(corpus_index)


def test_forms_put_the_typed_form_first_with_the_short_and_long_forms_after(corpus):
    kpk, region = (forms(p) for p in parts_of(corpus.parse("kpk jatim").query)[0])
    assert kpk[0] == ("kpk",) and ("komisi", "antas", "korupsi") in kpk
    assert region[0] == ("jatim",) and ("jawa", "timur") in region
    (both,) = [forms(p) for p in parts_of(corpus.parse("wakil ketua dprd").query)[0]
               if forms(p)[0][0] == "wakil"]
    assert both[0] == ("wakil", "ketua")


def test_query_words_keep_the_typed_word_of_an_abbreviation_not_its_long_form(corpus):
    assert query_words(parts_of(corpus.parse("kpk bupati").query)[0]) == ["kpk", "bupati"]
    # a part of several words, or a phrase, gives none
    assert query_words(parts_of(corpus.parse("wakil ketua dprd").query)[0]) == ["dprd"]
    assert query_words(parts_of(corpus.parse('"harga beras" bulog').query)[0]) == ["bulog"]


def test_titles_holding_more_of_the_query_gain_more_and_the_others_keep_their_order(corpus):
    snap = corpus._current()
    evaluator = Evaluator(snap.columns, snap.searcher)
    parsed = corpus.parse("harga beras naik").query
    parts = parts_of(parsed)[0]
    found = evaluator.run(parsed)
    assert 0 < len(found) <= RERANKED
    share = title_share(evaluator, [forms(p) for p in parts], found.ids)
    assert ((share >= 0) & (share <= 1 + 1e-9)).all()
    assert (share > 0.999).any() and (share == 0).any() and ((share > 0) & (share < 1)).any()
    raised = with_title_share(evaluator, parts, found, None)
    assert np.allclose(raised.scores, found.scores * (1 + WEIGHT * share), rtol=1e-5)
    # an article whose title holds every word is one whose stored title has them all
    best = found.ids[share > 0.999][0]
    title = snap.searcher.stored_fields(int(best))["title"].lower()
    assert "harga" in title and "beras" in title
    untouched = share == 0
    assert list(np.argsort(-found.scores[untouched], kind="stable")) == list(
        np.argsort(-raised.scores[untouched], kind="stable"))


def test_one_part_gets_nothing(corpus):
    snap = corpus._current()
    evaluator = Evaluator(snap.columns, snap.searcher)
    parsed = corpus.parse("banjir jakarta").query
    found = evaluator.run(parsed)
    first = parts_of(parsed)[0][:1]
    assert len(found) and with_title_share(evaluator, first, found, None) is found
