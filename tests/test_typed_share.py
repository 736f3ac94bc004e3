"""An article whose title and lead hold every typed word as typed is raised
(search/typed_share.py), on real articles."""

from __future__ import annotations

import numpy as np
import pytest

from index.analysis.analyzer import iter_words, surface
from search import open_index
from search.best_match import best_match
from search.engine import _joined
from search.typed_share import (
    LEAD,
    RERANKED,
    WEIGHT,
    left_out,
    typed_words,
    up_front_as_typed,
    with_typed_share,
)
from tests.conftest import reranking_input


@pytest.fixture(scope="module")
def corpus(corpus_index):
    return open_index(corpus_index)


def test_a_token_as_typed_is_read_as_the_analyzer_reads_it_before_stemming():
    assert surface("Kebakaran") == "kebakaran" and surface("terbakar") == "terbakar"
    assert surface("Rp6") == "6" and surface("Qur'an") == "quran"
    assert surface("kota-kota") == "kota"
    # stopwords are no typed words, and a word typed twice counts once
    assert typed_words(["Kapal", "yang", "terbakar", "kapal"]) == ["kapal", "terbakar"]


def test_the_typed_form_is_needed_not_only_its_stem():
    assert up_front_as_typed("3 Kapal Terbakar di Muara Baru", "", ["kapal", "terbakar"])
    # "Kebakaran" and "terbakar" share their stem but not their typed form
    assert not up_front_as_typed("Kebakaran 3 Kapal di Muara Baru", "", ["kapal", "terbakar"])
    # the lead counts, the body after it does not
    lead = " ".join(["kata"] * (LEAD - 1))
    assert up_front_as_typed("Kapal", f"{lead} terbakar", ["kapal", "terbakar"])
    assert not up_front_as_typed("Kapal", f"{lead} lagi terbakar", ["kapal", "terbakar"])


def test_articles_holding_every_typed_word_up_front_are_raised_among_the_best(corpus):
    query = "presiden prabowo"
    snap, evaluator, _, found = reranking_input(corpus, query)
    assert len(found) > RERANKED
    raised = with_typed_share(evaluator, query.split(), found, None)
    factor = raised.scores / found.scores
    assert np.allclose(factor[(factor > 1.001)], 1 + WEIGHT, rtol=1e-5)
    up = found.ids[factor > 1.001]
    assert 0 < len(up) <= RERANKED
    best = set(found.ids[np.argsort(-found.scores, kind="stable")[:RERANKED]].tolist())
    assert set(up.tolist()) <= best  # only the best are looked at
    for docnum in best:
        stored = snap.searcher.stored_fields(docnum)
        words = {surface(m.group(0)) for m in iter_words(stored["title"])}
        lead = [m.group(0) for _, m in zip(range(LEAD), iter_words(stored["body"]), strict=False)]
        words |= {surface(w) for w in lead}
        assert (docnum in up) == ({"presiden", "prabowo"} <= words)


def test_one_typed_word_gets_nothing(corpus):
    _, evaluator, _, found = reranking_input(corpus, "banjir jakarta")
    assert len(found) and with_typed_share(evaluator, ["banjir", "yang"], found, None) is found


def test_partial_matches_with_every_typed_word_but_one_up_front_are_raised(corpus):
    """After complete matches, the best partial matches whose title and lead write every typed
    word but one (one at least) are raised too: "pelajar" as typed, not "belajar"."""
    snap, evaluator, _, _ = reranking_input(corpus, "bursa saham anjlok")
    best = best_match(evaluator, corpus.parse("bursa saham anjlok").query)
    found, partial = _joined(best.complete, best.partial)
    assert (~partial).any() and partial.any()
    raised = with_typed_share(evaluator, ["bursa", "saham", "anjlok"], found, partial)
    up = raised.scores > found.scores * 1.001
    places = np.flatnonzero(partial)
    best_partial = places[np.argsort(-found.scores[places], kind="stable")[:RERANKED]]
    assert not up[np.setdiff1d(places, best_partial)].any()  # only the best are looked at
    for place in best_partial.tolist():
        stored = snap.searcher.stored_fields(int(found.ids[place]))
        words = {surface(m.group(0)) for m in iter_words(stored["title"])}
        lead = [m.group(0) for _, m in zip(range(LEAD), iter_words(stored["body"]), strict=False)]
        words |= {surface(w) for w in lead}
        held = len({"bursa", "saham", "anjlok"} & words)
        assert up[place] == (held >= 2), stored["title"]
    assert up[best_partial].any() and (~up[best_partial]).any()
    assert np.allclose(raised.scores[up], found.scores[up] * (1 + WEIGHT), rtol=1e-5)


def _typed_up_front(stored: dict) -> set[str]:
    words = {surface(m.group(0)) for m in iter_words(stored["title"])}
    lead = [m.group(0) for _, m in zip(range(LEAD), iter_words(stored["body"]), strict=False)]
    return words | {surface(w) for w in lead}


def test_when_every_match_lacks_a_part_those_with_every_typed_word_but_one_are_raised(corpus):
    """With partial matches alone (as in a relaxed search), the best of them whose title and
    lead write every typed word but one are raised: none writes them all."""
    snap, evaluator, _, _ = reranking_input(corpus, "bursa saham anjlok")
    lacking = best_match(evaluator, corpus.parse("bursa saham anjlok").query).partial
    everywhere = np.ones(len(lacking), bool)
    raised = with_typed_share(evaluator, ["bursa", "saham", "anjlok"], lacking, everywhere)
    up = raised.scores > lacking.scores * 1.001
    best = np.argsort(-lacking.scores, kind="stable")[:RERANKED]
    assert not np.delete(up, best).any()
    for place in best.tolist():
        held = {"bursa", "saham", "anjlok"} & _typed_up_front(
            snap.searcher.stored_fields(int(lacking.ids[place])))
        assert up[place] == (len(held) >= 2)
    assert up[best].any() and (~up[best]).any()


def test_a_relaxed_search_puts_first_the_hits_naming_every_word_but_one_up_front(corpus):
    """No article has every word of this query ("modus" is in none of the pieces on the
    national electric motorbike's launch): every hit lacks a part, and the hits are raised as
    partial matches are, so those whose title and lead write every typed word but one come
    first ("Prabowo Luncurkan Motor Listrik Nasional"), before a piece that writes "Meluncur"."""
    query = "luncurkan nasional motor modus"
    result = corpus.search(query, limit=3)
    assert result["relaxed"] and len(result["hits"]) == 3
    searcher = corpus._current().searcher
    for hit in result["hits"]:
        stored = searcher.document(id=hit["id"])
        assert len(set(query.split()) & _typed_up_front(stored)) == 3, stored["title"]


@pytest.mark.parametrize("text", [
    "Kota-kota di Jawa menaikkan anggaran Rp6 triliun untuk Qur'an dan sekolah",
    "Harga naik Rp774, kata warga kampung-kampung pesisir; Jum\u2019at pagi rapat",
    "RP15 dan rp 16 serta Rp3.040 T, kota-kota, Ma'ruf",
    "",
])
def test_left_out_reads_each_token_as_surface_does(text):
    tokens = [m.group(0) for m in iter_words(text)]
    # typed words are surfaces ("Rp6" is typed as "6")
    pool = {surface(t) for t in tokens} | {"6", "16", "774", "kota", "jumat", "absen"}
    for limit in (None, 1, 3, LEAD):
        held = {surface(t) for t in (tokens if limit is None else tokens[:limit])}
        for typed in ({w} for w in pool):
            assert left_out(text, typed, limit) == typed - held, (typed, limit)
        assert left_out(text, set(pool), limit) == pool - held


@pytest.mark.parametrize("query", ['"menteri keuangan" "bank indonesia"',
                                   '"dana desa" "kepala desa" "pemerintah daerah"'])
def test_a_request_reads_each_stored_record_once_and_keeps_none_after(corpus, monkeypatch, query):
    """The typed share reads the best matches' records and the page shows some of them: each is
    decompressed once a request (Evaluator.stored_fields), the same page as when each reader
    reads its own, and the next request reads them again."""
    from search import evaluate

    searcher = corpus._current().searcher
    expected = corpus.search(query, limit=10)
    read: list[int] = []
    whoosh_read = searcher.stored_fields

    def counted(docnum):
        read.append(int(docnum))
        return whoosh_read(docnum)

    monkeypatch.setattr(searcher, "stored_fields", counted)
    first = corpus.search(query, limit=10)
    assert read and len(read) == len(set(read))
    twice = len(read)
    corpus.search(query, limit=10)
    assert len(read) == 2 * twice  # nothing kept between requests
    monkeypatch.setattr(evaluate, "STORED_KEPT", 0)  # none kept: each reader reads its own
    read.clear()
    unkept = corpus.search(query, limit=10)
    assert len(read) > twice
    for response in (first, unkept):
        response.pop("took_ms"), expected.pop("took_ms", None)
        assert response == expected
