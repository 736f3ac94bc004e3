"""Best match: the articles with every word first, then those that miss a word of little weight,
counted apart (`partial`), on the demo index and on real articles."""

from __future__ import annotations

import math

import numpy as np
import pytest

from search import open_index
from search.best_match import MIN_SHOULD_MATCH


@pytest.fixture(scope="module")
def demo(demo_index):
    return open_index(demo_index)


@pytest.fixture(scope="module")
def corpus(corpus_index):
    return open_index(corpus_index)


def ids(response: dict, partial: bool | None = None) -> set[str]:
    """The ids a response lists (copies under `also_in` included)."""
    hits = [h for h in response["hits"] if partial is None or h["partial"] == partial]
    return {h["id"] for h in hits} | {c["id"] for h in hits for c in h["also_in"]}


def every_id(engine, query: str, **filters) -> set[str]:
    _, hits = engine.export(query, rows=10_000, **filters)
    assert len(hits) < 10_000
    return {h["id"] for h in hits} | {c["id"] for h in hits for c in h["also_in"]}


def check_tiers(engine, query: str, **filters) -> dict:
    """The complete hits are those of every word alone, the partial ones have some of the words
    and come after all the complete ones; total counts the complete ones, the facets too."""
    response = engine.search(query, limit=100, **filters)
    alone = [every_id(engine, word, **filters) for word in query.split()]
    complete, partial = ids(response, False), ids(response, True)
    if response["total"] + response["partial"] <= 50:  # all on this page
        assert response["total"] == len(complete) and response["partial"] == len(partial)
    assert complete <= set.intersection(*alone) and len(set.intersection(*alone)) == \
        response["total"]
    assert all(any(p in words for words in alone) for p in partial)
    assert not any(all(p in words for words in alone) for p in partial)
    flags = [h["partial"] for h in response["hits"]]
    assert flags == sorted(flags), "a partial match listed before a complete one"
    assert sum(s["count"] for s in response["facets"]["source"]) == response["total"]
    return response


def test_a_missing_word_of_little_weight_still_lists_the_article(demo):
    response = check_tiers(demo, "harga beras")
    assert response["total"] >= 1 and response["partial"] >= 1 and not response["relaxed"]


def test_partial_matches_on_real_articles(corpus):
    for query in ("perlindungan tki", "banjir bandang sumatera", "harga beras bulog"):
        response = check_tiers(corpus, query)
        assert response["total"] and response["partial"], query


def test_partial_matches_meet_the_filters(corpus):
    response = check_tiers(corpus, "banjir bandang sumatera", region=["Aceh"])
    assert all("Aceh" in h["provinces"] for h in response["hits"])


def test_a_word_of_most_of_the_weight_is_never_the_one_dropped(corpus):
    # "stunting" is far rarer than "indonesia": an article with only "indonesia" has less
    # than MIN_SHOULD_MATCH of the weight (about a quarter), one with only "stunting" more
    response = corpus.search("indonesia stunting", limit=100)
    assert 0 < MIN_SHOULD_MATCH < 1 and response["partial"]
    assert ids(response, True) <= every_id(corpus, "stunting -indonesia")


def test_sorted_by_date_the_complete_ones_still_come_first(corpus):
    for sort in ("newest", "oldest"):
        response = corpus.search("harga beras bulog", sort=sort, limit=100)
        flags = [h["partial"] for h in response["hits"]]
        assert response["partial"] and flags == sorted(flags), sort


def test_pages_go_on_into_the_partial_matches(corpus):
    first = corpus.search("perlindungan tki", limit=5)
    listed = first["total"] + first["partial"]
    last_page = -(-listed // 5)
    last = corpus.search("perlindungan tki", limit=5, page=last_page)
    assert last["hits"] and all(h["partial"] for h in last["hits"])


def test_title_words_and_exclusions_stay_required(corpus):
    response = corpus.search("judul:banjir warga rumah terendam -aceh", limit=100)
    titled = every_id(corpus, "judul:banjir")
    excluded = every_id(corpus, "aceh")
    assert response["partial"]
    assert ids(response) <= titled and not ids(response) & excluded


def test_the_page_says_where_the_partial_matches_begin(corpus_index):
    from webui import create_app

    client = create_app({"KABAR_INDEX": str(corpus_index), "TESTING": True}).test_client()
    response = open_index(corpus_index).search("harga beras bulog", limit=100)
    html = client.get("/?q=harga+beras+bulog&limit=100").get_data(as_text=True)
    assert html.count("Artikel berikut tidak memuat semua kata.") == 1
    assert f'{response["partial"]}</span> yang tidak memuat semua kata' in html
    notice = html.index("Artikel berikut tidak memuat semua kata.")
    first_partial = next(h for h in response["hits"] if h["partial"])
    last_complete = [h for h in response["hits"] if not h["partial"]][-1]
    assert html.index(f'id={first_partial["id"]}'.replace(":", "%3A").replace("/", "%2F")) \
        > notice > html.index(f'id={last_complete["id"]}'.replace(":", "%3A").replace("/", "%2F"))


def test_an_expansion_leaves_a_part_as_rare_as_typed(corpus_index):
    # "kemendagri" is rare; its long form's words ("menteri", "dalam", "negeri") are common, so
    # the part's matches are many, but it weighs as the articles that say "kemendagri"
    from whoosh import query as wq

    from search.best_match import part_weights, parts_of
    from search.evaluate import Evaluator
    from search.query import parse_query

    engine = open_index(corpus_index)
    snap = engine._current()
    evaluator = Evaluator(snap.columns, snap.searcher)
    parts = parts_of(parse_query("kemendagri banjir", snap.searcher.schema).query)[0]
    found = [evaluator.run(p) for p in parts]
    typed = [c for c in parts[0].children() if isinstance(c, wq.Term)]
    said = len(evaluator.run(wq.Or(typed)))
    assert 0 < said < len(found[0])
    size = snap.columns.live_count
    assert part_weights(evaluator, parts, found)[0] == pytest.approx(
        math.log(size / (said + 1)) + 1)


def test_a_short_form_does_not_find_its_long_forms_words_apart(corpus):
    def complete(query: str) -> set[str]:
        _, hits = corpus.export(query, rows=10_000)
        hits = [h for h in hits if not h["partial"]]
        return {h["id"] for h in hits} | {c["id"] for h in hits for c in h["also_in"]}

    apart = (complete("kementerian dalam negeri") - complete('"kementerian dalam negeri"')
             - complete('"kemendagri"'))
    assert apart, "the corpus has articles with the long form's words apart only"
    assert not apart & complete("kemendagri")


RELAXED_PHRASES = [
    '"dana desa" "kepala desa" "pemerintah daerah" "jawa barat" "anggaran pendapatan"',
    '"pemerintah daerah" "dana desa" "menteri keuangan" "harga beras" "bank indonesia" '
    '"presiden joko widodo" "kebakaran hutan" "gempa bumi" "jalan tol" "rumah sakit"',
    '"wakil gubernur" "dana desa" "gempa bumi" "timnas indonesia" banjir',
]


@pytest.mark.parametrize("first_round", [0, 50, 10**9])
def test_a_relaxed_search_finds_the_same_whatever_its_first_round(corpus, monkeypatch,
                                                                  first_round):
    """most_parts' first round may take more candidates (FIRST_ROUND), so that one round is
    often enough: the articles with the most phrases and those with one fewer are the same,
    with the same scores, whether it starts at the most loose parts less one (0), a little
    lower, or at the lowest."""
    import search.best_match

    expected = {q: corpus.export(q, rows=10_000) for q in RELAXED_PHRASES}
    assert all(corpus.search(q, limit=1)["relaxed"] for q in RELAXED_PHRASES[:2])
    monkeypatch.setattr(search.best_match, "FIRST_ROUND", first_round)
    for query, (total, hits) in expected.items():
        again_total, again = corpus.export(query, rows=10_000)
        assert again_total == total and total > 0, query
        assert [(h["id"], h["score"]) for h in again] == [(h["id"], h["score"]) for h in hits]


@pytest.mark.parametrize("size, each, parts", [(1_000, 50, 3), (1_000, 900, 5),
                                               (58_000, 30_000, 20), (58_000, 100, 4)])
def test_sums_by_document_are_the_same_counted_densely_or_sorted(monkeypatch, size, each, parts):
    from search import evaluate

    rng = np.random.default_rng(size + each)
    ids = np.concatenate([np.unique(rng.integers(0, size, each)) for _ in range(parts)])
    weights = (rng.random(len(ids)).astype(np.float32), rng.random(len(ids)))
    answers = []
    for share in (0.0, float("inf")):  # always dense, never dense
        monkeypatch.setattr(evaluate, "DENSE_SHARE", share)
        answers.append(evaluate.summed_by_document(ids, *weights))
    (dense_ids, dense_sums, dense_counts), (ids_sorted, sums, counts) = answers
    assert np.array_equal(dense_ids, ids_sorted) and dense_ids.dtype == ids_sorted.dtype
    assert np.array_equal(dense_counts, counts) and dense_counts.dtype == counts.dtype
    for dense, summed in zip(dense_sums, sums, strict=True):
        assert dense.dtype == summed.dtype and np.array_equal(dense, summed)  # bit for bit


@pytest.mark.parametrize("size, first, second", [(1_000, 300, 200), (58_000, 3_000, 600),
                                                  (58_000, 20_000, 15_000), (58_000, 5, 0)])
def test_two_parts_summed_by_a_merge_as_by_document(size, first, second):
    from search.evaluate import Matches, _summed_pair, summed_by_document

    rng = np.random.default_rng(first + second)
    a, b = (Matches(ids, (rng.random(len(ids)) * 5).astype(np.float32))
            for ids in (np.unique(rng.integers(0, size, n)) for n in (first, second)))
    merged = _summed_pair(a, b)
    ids, (summed,), _ = summed_by_document(np.concatenate([a.ids, b.ids]),
                                           np.concatenate([a.scores, b.scores]))
    assert np.array_equal(merged.ids, ids) and merged.ids.dtype == ids.dtype
    assert merged.scores.dtype == np.float32
    assert np.array_equal(merged.scores, summed.astype(np.float32))  # bit for bit


def test_distinct_is_np_unique():
    from search.evaluate import distinct

    rng = np.random.default_rng(7)
    cases = [np.zeros(0, dtype=np.int64), np.array([5]), np.array([3, 3, 3]),
             rng.integers(0, 50, 1000), rng.integers(0, 10**12, 20_000),
             np.repeat(np.arange(100, dtype=np.int64), 3)[::-1],
             rng.integers(-5, 5, 300).astype(np.int8)]
    for values in cases:
        found, expected = distinct(values), np.unique(values)
        assert found.dtype == expected.dtype and np.array_equal(found, expected)
    values = np.array([4, 1, 4])
    distinct(values)
    assert values.tolist() == [4, 1, 4]  # not sorted in place


def test_distinct_inverse_is_np_unique_with_the_inverse():
    from search.evaluate import distinct_inverse

    rng = np.random.default_rng(11)
    runs = [np.unique(rng.integers(0, 58_000, n)) for n in (3_000, 40, 900, 12_000)]
    cases = [np.zeros(0, dtype=np.int64), np.array([5]), np.array([3, 3, 3]),
             np.concatenate(runs), np.concatenate(runs[::-1]), rng.integers(0, 50, 1000),
             rng.integers(0, 10**12, 20_000), np.repeat(np.arange(100), 3)[::-1]]
    for values in cases:
        (found, where), (expected, inverse) = (distinct_inverse(values),
                                               np.unique(values, return_inverse=True))
        assert found.dtype == expected.dtype and np.array_equal(found, expected)
        assert where.dtype == inverse.dtype and np.array_equal(where, inverse)
        assert np.array_equal(found[where], values)


@pytest.mark.parametrize("query", ['"menteri keuangan" "bank indonesia"', "presiden jokowi",
                                   '"pemerintah daerah" anggaran', '"dana desa" korupsi'])
def test_a_page_reranks_the_partial_matches_only_when_it_reaches_them(corpus, query):
    """search() reranks the partial matches (the shares) when a page reaches them: every page
    equals the page of matches whose tiers were both reranked first."""
    from search.deadline import Deadline

    snap = corpus._current()
    args = (snap, query, None, None, None, None, None)
    eager = corpus._match(*args, Deadline(600))
    assert eager.partial is not None and eager.partial.any() and not eager.partial.all()
    reached = []
    for sort in ("relevance", "newest"):
        for start, stop in ((0, 5), (0, 10), (20, 30), (0, 100), (300, 400)):
            lazy = corpus._match(*args, Deadline(600), lazy=True)
            assert lazy.pending is not None
            page = corpus._hits(snap, lazy, sort, start, stop, Deadline(600))
            assert page == corpus._hits(snap, eager, sort, start, stop, Deadline(600))
            reached.append(lazy.pending is None)
            if lazy.pending is None:
                assert np.array_equal(lazy.allowed.scores, eager.allowed.scores)
    assert any(reached), "the last pages reach the partial matches"
    if eager.total >= 40:  # the first page's candidates (10 stories: 40) are complete matches
        assert not all(reached), "a page of complete matches leaves the partial ones be"
