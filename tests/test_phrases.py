"""Phrases are matched from the postings' positions (search/evaluate.py), as Whoosh matches
them: the same documents for every phrase, on real articles, after deletions too."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from search import open_index
from search.evaluate import Evaluator

PHRASES = ["pemerintah daerah", "dana desa", "menteri keuangan", "presiden joko widodo",
           "harga beras", "kebakaran hutan dan lahan", "gempa bumi", "bank indonesia",
           "jawa barat", "badan pusat statistik", "tidak ada", "rumah sakit umum daerah",
           "kalimantan tengah", "daerah pemerintah", "wakil gubernur", "sumatera utara"]


@pytest.fixture(scope="module")
def corpus(corpus_index):
    return open_index(corpus_index)


def whoosh_and_ours(engine, phrase: str) -> tuple[set[int], set[int]]:
    snap = engine._current()
    parsed = engine.parse(f'"{phrase}"').query
    phrases = [q for q in parsed.leaves() if isinstance(q, wq.Phrase)] or [parsed]
    evaluator = Evaluator(snap.columns, snap.searcher)
    ours, theirs = set(), set()
    for node in phrases:
        ours |= set(evaluator.run(node).ids.tolist())
        theirs |= {d for d in snap.searcher.docs_for_query(node)
                   if snap.columns.alive[d]}
    return ours, theirs


@pytest.mark.parametrize("phrase", PHRASES)
def test_a_phrase_finds_what_whoosh_finds(corpus, phrase):
    ours, theirs = whoosh_and_ours(corpus, phrase)
    assert ours == theirs
    if phrase not in ("daerah pemerintah", "tidak ada"):  # no such phrase; stopwords
        assert ours, phrase


def test_several_phrases_together(corpus):
    one = corpus.search('"dana desa"', limit=1)["total"]
    both = corpus.search('"dana desa" "kepala desa"', limit=1)
    assert 0 < both["total"] <= one
