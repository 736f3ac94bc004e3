"""Query words near each other score higher (search/proximity.py), on real articles."""

from __future__ import annotations

import numpy as np
import pytest
from whoosh import query as wq

from search import open_index
from search.best_match import parts_of
from search.evaluate import Evaluator
from search.proximity import RERANKED, query_words, with_proximity


@pytest.fixture(scope="module")
def corpus(corpus_index):
    return open_index(corpus_index)


def test_words_next_to_each_other_get_a_bonus_and_far_apart_none(corpus):
    snap = corpus._current()
    evaluator = Evaluator(snap.columns, snap.searcher)
    parsed = corpus.parse("harga beras").query
    words = query_words(parts_of(parsed)[0])
    assert words == ["harga", "beras"]
    found = evaluator.run(parsed)
    assert 0 < len(found) <= RERANKED
    boosted = with_proximity(evaluator, words, found, None)
    gained = boosted.scores - found.scores
    adjacent = set(evaluator.run(wq.Phrase("body", words)).ids.tolist())
    assert adjacent and all(gained[i] > 0 for i, d in enumerate(found.ids) if d in adjacent)
    assert np.all(gained >= 0) and (gained == 0).any()  # some have the words far apart
    # the order among the articles without the words near each other is unchanged
    apart = gained == 0
    assert list(np.argsort(-found.scores[apart], kind="stable")) == list(
        np.argsort(-boosted.scores[apart], kind="stable"))


def test_one_word_or_phrases_only_get_no_bonus(corpus):
    for query in ("banjir", '"harga beras" "bulog"'):
        parsed = corpus.parse(query).query
        split = parts_of(parsed)
        assert split is None or len(query_words(split[0])) < 2
