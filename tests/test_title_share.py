"""An article whose title holds the whole query is raised (search/title_share.py), on real
articles."""

from __future__ import annotations

import numpy as np
import pytest

from search import open_index
from search.best_match import parts_of
from search.proximity import RERANKED
from search.title_share import WEIGHT, forms, title_share, with_title_share
from tests.conftest import reranking_input


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


def test_titles_holding_the_whole_query_are_raised_and_the_others_keep_their_order(corpus):
    snap, evaluator, parts, found = reranking_input(corpus, "harga beras naik")
    assert 0 < len(found) <= RERANKED
    share = title_share(evaluator, [forms(p) for p in parts], found.ids)
    assert ((share >= 0) & (share <= 1 + 1e-9)).all()
    assert (share > 0.999).any() and (share == 0).any() and ((share > 0) & (share < 1)).any()
    raised = with_title_share(evaluator, parts, found, None)
    whole = share > 0.999
    assert np.allclose(raised.scores, found.scores * np.where(whole, 1 + WEIGHT, 1), rtol=1e-5)
    # an article whose title holds every word is one whose stored title has them all
    best = found.ids[share > 0.999][0]
    title = snap.searcher.stored_fields(int(best))["title"].lower()
    assert "harga" in title and "beras" in title
    untouched = ~whole  # a title with some of the words only is not raised
    assert list(np.argsort(-found.scores[untouched], kind="stable")) == list(
        np.argsort(-raised.scores[untouched], kind="stable"))


def test_one_part_gets_nothing(corpus):
    _, evaluator, parts, found = reranking_input(corpus, "banjir jakarta")
    first = parts[:1]
    assert len(found) and with_title_share(evaluator, first, found, None) is found
