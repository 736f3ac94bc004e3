"""What a user types finds what they mean: the query language on the demo index."""

from __future__ import annotations

import pytest

from search import open_index


@pytest.fixture(scope="module")
def engine(demo_index):
    return open_index(demo_index)


def ids(response):
    return {h["id"] for h in response["hits"]}


def complete_ids(response):
    """The hits with every word (the partial matches after them aside)."""
    return {h["id"] for h in response["hits"] if not h["partial"]}


def test_abbreviations_match_long_forms_both_ways(engine):
    short = engine.search("wagub kalteng", limit=50)
    long = engine.search("wakil gubernur kalimantan tengah", limit=50)
    assert short["total"] >= 1 and complete_ids(short) == complete_ids(long)
    seed = [h for h in short["hits"] if "Kompetensi" in h["title"]]
    assert seed, "the founding article says 'Wakil Gubernur (Wagub) Kalteng'"
    # the long form is marked where the query used the short one
    assert "<mark>Kalimantan</mark> <mark>Tengah</mark>" in seed[0]["snippet"] or \
        "<mark>Kalteng</mark>" in seed[0]["snippet"]


def test_region_short_forms_in_fields(engine):
    response = engine.search("wilayah:kalteng", limit=100)
    assert response["total"] >= 5
    assert all("Kalimantan Tengah" in h["provinces"] for h in response["hits"])


def test_word_forms_meet(engine):
    # the seed says "meningkatkan kompetensi"; a user types "peningkatan kompetensi"
    response = engine.search("peningkatan kompetensi")
    assert any("Kompetensi" in h["title"] for h in response["hits"])


def test_phrase_exclusion_and_or(engine):
    flood = engine.search("banjir", limit=100)
    without = engine.search("banjir -katingan", limit=100)
    bukan = engine.search("banjir BUKAN katingan", limit=100)
    assert ids(without) == ids(bukan) and ids(without) < ids(flood)
    either = engine.search("banjir ATAU stunting", limit=100)
    assert ids(flood) < ids(either)
    assert engine.search('"dana desa"')["total"] >= 1
    assert engine.search('"desa dana"')["total"] < engine.search("desa dana")["total"]


def test_fields_and_dates(engine):
    in_title = engine.search("judul:banjir", limit=100)
    assert in_title["total"] >= 1
    assert all("anjir" in h["title"] for h in in_title["hits"])
    december = engine.search("tanggal:2025-12", limit=100)
    assert december["total"] >= 1
    assert all(h["published"].startswith("2025-12") for h in december["hits"])
    assert engine.search("pejabat:edy")["total"] >= 1
    assert engine.search("sumber:wartasenja")["total"] == 1


def test_relaxed_and_did_you_mean(engine):
    relaxed = engine.search("banjir qwertyuiop")
    assert relaxed["relaxed"] is True and relaxed["total"] >= 1
    typo = engine.search("kompetnsi")
    # kompetensi is in too few of the demo's articles to be searched instead (suggest.py)
    assert typo["suggestion"] == "kompetensi" and typo["corrected"] is None
    rare = engine.search("kompetensi qwertyuiop")  # in no article, nothing close: as typed
    assert rare["corrected"] is None and rare["relaxed"] is True
    assert engine.search("kompetensi")["suggestion"] is None


def test_syndicated_copies_collapse_into_one_hit(engine):
    response = engine.search("beasiswa ntt")
    first = response["hits"][0]
    assert len(first["also_in"]) == 1
    assert first["also_in"][0]["source"] != first["source"]
    assert response["total"] == 2  # the total still counts both articles


@pytest.mark.parametrize(("broken", "words"), [
    ('"banjir', "banjir"),  # a phrase never closed
    ('"dana desa', "dana desa"),
    ("((banjir", "banjir"),  # groups never closed, or never opened
    ("banjir)", "banjir"),
    ("(banjir ATAU", "banjir"),  # an operator with nothing after it
    ("banjir:", "banjir"),  # a field that does not exist, with nothing after it
    ("judul:(banjir", "judul:banjir"),
    ("-", ""),  # an exclusion of nothing: every article
])
def test_unparseable_input_is_searched_as_words(engine, broken, words):
    """What cannot be parsed finds what its words find (docs/query-syntax.md), not nothing
    and not an error."""
    response = engine.search(broken, limit=100)
    expected = engine.search(words, limit=100)
    assert expected["total"] >= 1, "the words find something, so the test can fail"
    assert response["total"] == expected["total"] and ids(response) == ids(expected)
    assert response["query"] == broken and not response["relaxed"]
    assert not response["notices"]


def test_a_date_that_is_not_a_date_finds_nothing_and_says_why(engine):
    response = engine.search("tanggal:abc")
    assert response["total"] == 0 and response["hits"] == []
    assert response["notices"] == ["Tanggal tidak dikenal (pakai YYYY, YYYY-MM, YYYY-MM-DD, "
                                   "A..B, ..B atau A..): abc; tidak ada artikel untuk nilai "
                                   "ini."]


def test_long_query_is_cut_with_a_notice(engine):
    response = engine.search("banjir " * 200)
    assert response["notices"] and len(response["query"]) <= 500


def test_a_long_form_not_typed_is_a_phrase(engine):
    from whoosh import query as wq

    from index.analysis.analyzer import analyze
    from search.query import parse_query

    node = parse_query("kemendagri", engine.schema).query
    phrases = [leaf for leaf in node.leaves() if isinstance(leaf, wq.Phrase)]
    assert phrases and all(p.words == analyze("kementerian dalam negeri") for p in phrases)
    assert all(p.boost < 1 for p in phrases)  # weighed below the word typed
    typed = parse_query("kementerian dalam negeri", engine.schema).query
    assert not any(isinstance(leaf, wq.Phrase) for leaf in typed.leaves())


def test_phrases_alone_are_not_expanded_without_the_synonym_table(monkeypatch):
    """Quoted phrases are not expanded, so a query of phrases alone (a new process's first)
    does not load the synonym table; one plain word or field value does."""
    import search.synonyms

    def refused():
        raise AssertionError("the synonym table was loaded")

    monkeypatch.setattr(search.synonyms, "synonym_table", refused)
    for text in ('"dana desa" "kepala desa"', '-"wakil gubernur" "dprd" ATAU "kpk"'):
        assert search.synonyms.expand_query(text) == " ".join(text.split())
    for text in ('"dana desa" kpk', 'judul:dprd "dana desa"'):
        with pytest.raises(AssertionError):
            search.synonyms.expand_query(text)
