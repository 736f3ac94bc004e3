"""Phrases are matched from the postings' positions (search/evaluate.py), as Whoosh matches
them: the same documents for every phrase, on real articles, after deletions too."""

from __future__ import annotations

import numpy as np
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


def test_a_phrase_scores_as_its_words_in_all_their_documents(corpus):
    """A phrase's loose matches score each word in the documents with every word only: the
    same documents and the same sums, bit for bit, as its words' scores over all their
    documents intersected (the rarest first), in each field, boosted or not."""
    from search.evaluate import intersect

    snap = corpus._current()
    for phrase in [*PHRASES, "jalan jalan", "tidakadadiindeks desa"]:
        for node in corpus.parse(f'"{phrase}"').query.leaves():
            if not isinstance(node, wq.Phrase):
                continue
            for boost in (1.0, 0.5):
                evaluator = Evaluator(snap.columns, snap.searcher)
                ids, scores, state = evaluator._loose_phrase(node.fieldname, list(node.words),
                                                             boost)
                whole = intersect([evaluator._term(node.fieldname, w, boost)
                                   for w in dict.fromkeys(node.words)])
                assert ids.tolist() == whole.ids.tolist(), (phrase, node.fieldname)
                assert scores.dtype == whole.scores.dtype == np.float32
                assert scores.tobytes() == whole.scores.tobytes(), (phrase, node.fieldname)
                assert not state.any()


def test_a_phrase_in_its_fields_is_joined_once_for_the_snapshot(corpus):
    """Loose, a phrase in several fields is the sum of its fields' loose matches, joined as
    an OR of them is (evaluate._union); kept for the snapshot, so that the next request
    reads it (the same arrays) instead of joining the fields again."""
    from search.best_match import loose_parts
    from search.evaluate import _union

    snap = corpus._current()
    parts = list(corpus.parse(" ".join(f'"{p}"' for p in PHRASES[:6])).query.children())
    first = loose_parts(Evaluator(snap.columns, snap.searcher), parts)
    again = loose_parts(Evaluator(snap.columns, snap.searcher), parts)
    evaluator = Evaluator(snap.columns, snap.searcher)
    evaluator.loose = True
    for part, found, kept in zip(parts, first, again, strict=True):
        fields = _union([evaluator._phrase(node) for node in part.children()])
        assert found.ids.tolist() == fields.ids.tolist()
        assert found.scores.tobytes() == fields.scores.tobytes()
        assert kept.ids is found.ids and kept.scores is found.scores
        assert not found.ids.flags.writeable and not found.scores.flags.writeable


def test_several_phrases_together(corpus):
    one = corpus.search('"dana desa"', limit=1)["total"]
    both = corpus.search('"dana desa" "kepala desa"', limit=1)
    assert 0 < both["total"] <= one


def test_positions_of_some_documents_are_those_of_all_of_them(corpus):
    """whoosh_internals.term_positions for chosen documents (blocks without any skipped, only
    theirs decoded), and positions_in_blocks over the blocks a read of the postings kept, give
    what the read of every document gives, for those documents."""
    from index.store.whoosh_internals import (
        positions_in_blocks,
        term_positions,
        term_postings_blocks,
    )

    snap = corpus._current()
    rng = np.random.default_rng(21)
    for segment, _ in snap.columns.segments:
        for word in ("pemerintah", "daerah", "desa", "gempa", "kalimantan", "tidakadaini"):
            term = word.encode()
            docs, counts, flat = term_positions(segment.leaf, "body", term)
            starts = np.cumsum(counts) - counts
            kept: list = []
            postings = np.concatenate([np.zeros(0, dtype=np.int64)] + [
                ids for ids, _ in term_postings_blocks(segment.leaf, "body", term, kept)])
            assert postings.tolist() == docs.tolist()
            for share in (0.0, 0.01, 0.2, 1.0):
                chosen = np.sort(rng.choice(segment.size, int(segment.size * share),
                                            replace=False)).astype(np.int64)
                expected = np.isin(docs, chosen)
                wanted_flat = [p for at in np.flatnonzero(expected)
                               for p in flat[starts[at]:starts[at] + counts[at]]]
                for some, some_counts, some_flat in (
                        term_positions(segment.leaf, "body", term, chosen),
                        positions_in_blocks(kept, chosen)):
                    assert some.tolist() == docs[expected].tolist()
                    assert some_counts.tolist() == counts[expected].tolist()
                    assert some_flat.tolist() == wanted_flat


def test_a_phrase_among_candidates_asked_in_several_rounds(corpus):
    """A relaxed search asks for a phrase's matches among other candidates, round after round:
    each answer is the phrase's matches among them, whatever was asked before."""
    snap = corpus._current()
    node = next(q for q in corpus.parse('"pemerintah daerah"').query.leaves()
                if isinstance(q, wq.Phrase) and q.fieldname == "body")
    everywhere = Evaluator(snap.columns, snap.searcher).run(node)
    assert len(everywhere) > 10
    evaluator = Evaluator(snap.columns, snap.searcher)
    alive = np.flatnonzero(snap.columns.alive)
    for candidates in (alive[::7], alive[::3], alive[::7], alive[1::2], None):
        evaluator.within = candidates
        found = evaluator.run(node)
        wanted = everywhere.ids if candidates is None else np.intersect1d(everywhere.ids,
                                                                          candidates)
        assert found.ids.tolist() == wanted.tolist()
        at = np.searchsorted(everywhere.ids, found.ids)
        assert found.scores.tolist() == everywhere.scores[at].tolist()


def test_common_positions_are_intersect1d_s():
    """The compiled intersection of two ascending arrays of document numbers (galloping through
    the longer) gives np.intersect1d's indices, for sizes and densities of every kind."""
    from search.evaluate import common_positions

    random = np.random.default_rng(16)
    for _ in range(2_000):
        sizes = random.integers(0, 400, 2)
        high = int(random.choice([3, 40, 2_000, 10**9]))
        a, b = (np.unique(random.integers(0, high, size)).astype(np.int64) for size in sizes)
        _, expected_a, expected_b = np.intersect1d(a, b, assume_unique=True,
                                                   return_indices=True)
        found_a, found_b = common_positions(a, b)
        assert found_a.tolist() == expected_a.tolist()
        assert found_b.tolist() == expected_b.tolist()


# a time limit no request reaches, even with threads on a loaded machine: none is cut short
LONG = 120.0
SHARED = ['"dana desa" "kepala desa" "pemerintah daerah" "jawa barat" "anggaran pendapatan"',
          '"pemerintah daerah" "dana desa"', '"dana desa"', '"pemerintah daerah" -"dana desa"',
          '"wakil gubernur" "dana desa" "gempa bumi" "timnas indonesia"', '"jawa barat" banjir']


def _answers(engine, queries: list[str]) -> dict[str, dict]:
    out = {}
    for query in queries:
        for page, limit in ((1, 10), (2, 10), (1, 100)):
            found = engine.search(query, page=page, limit=limit)
            found.pop("took_ms")
            out[f"{query} {page} {limit}"] = found
    return out


def test_a_phrase_checked_by_one_request_is_not_checked_again(corpus_index, monkeypatch):
    """A phrase's loose matches and which of them were checked are kept for the snapshot
    (search/evaluate.py's _phrase): requests in any order, each phrase found before by
    another request with other candidates, answer as requests on an empty cache do."""
    from search.columns import CACHE

    def fresh_answers(queries: list[str]) -> dict[str, dict]:
        answers = {}
        for query in queries:
            CACHE.clear()
            answers |= _answers(open_index(corpus_index, LONG), [query])
        return answers

    alone = fresh_answers(SHARED)
    CACHE.clear()
    engine = open_index(corpus_index, LONG)
    assert _answers(engine, SHARED) == alone
    assert _answers(engine, SHARED[::-1]) == alone  # every phrase's state already filled in
    CACHE.clear()
    assert _answers(open_index(corpus_index, LONG), SHARED[::-1]) == alone

    from search.columns import Columns

    checked = []
    in_a_row = Columns.in_a_row
    monkeypatch.setattr(Columns, "in_a_row",
                        lambda self, *args: checked.append(args[-1]) or in_a_row(self, *args))
    engine = open_index(corpus_index, LONG)
    _answers(engine, SHARED)
    assert checked
    checked.clear()
    assert _answers(engine, SHARED) == alone and not checked  # asked again: nothing to check


def test_requests_at_once_share_a_phrase_state_safely(corpus_index):
    """Threads answering phrase queries at once on one engine (a server's threads filling in
    the same phrases' states) answer as one request on an empty cache does."""
    from concurrent.futures import ThreadPoolExecutor

    from search.columns import CACHE

    alone = {}
    for query in SHARED:
        CACHE.clear()
        alone |= _answers(open_index(corpus_index, LONG), [query])
    CACHE.clear()
    engine = open_index(corpus_index, LONG)
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda q: _answers(engine, [q]), SHARED * 3))
    for answer in answers:
        for key, found in answer.items():
            assert found == alone[key], key
