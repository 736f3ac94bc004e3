"""A word typed also finds it with "pasca" written on to it ("gempa" finds "pascagempa"), weighted
below the word typed; on the rewriting alone and on real articles."""

from __future__ import annotations

import pytest

from search import open_index
from search.bound_forms import with_bound_forms
from search.query import EXPANSION_WEIGHT
from tests.conftest import every


@pytest.fixture(scope="module")
def corpus(corpus_index):
    return open_index(corpus_index)


def test_only_plain_words_that_the_index_has_attached_are_rewritten():
    indexed = {"pascabencana", "pascagempa"}.__contains__
    assert with_bound_forms("bencana Aceh", indexed) == "(bencana OR pascabencana) Aceh"
    kept = '"bencana alam" -gempa judul:gempa (kalteng OR "kalimantan tengah") OR abc'
    assert with_bound_forms(kept, indexed) == kept
    assert with_bound_forms("Gempa", indexed) == "(Gempa OR pascagempa)"
    assert with_bound_forms("pascagempa", indexed) == "pascagempa"  # not "pascapascagempa"


def test_a_word_finds_the_articles_that_only_have_it_with_pasca(corpus):
    attached = every(corpus, "pascagempa")
    assert len(attached) >= 3, "the corpus has articles that write 'pascagempa'"
    plain = every(corpus, "gempa")
    assert set(attached) <= set(plain)
    # articles with the attached form alone score EXPANSION_WEIGHT of it, below the word typed
    only_attached = set(attached) - set(every(corpus, '"gempa"'))
    assert only_attached, "some articles say 'pascagempa' and never 'gempa'"
    for article in only_attached:
        assert plain[article] == pytest.approx(EXPANSION_WEIGHT * attached[article], rel=0.02)
    # they are matches of the word, counted in `total`, not partial ones
    response = corpus.search("gempa", limit=1)
    assert response["total"] == len(plain) and response["partial"] == 0


def test_a_word_gets_its_attested_wan_form_when_the_analyzer_reads_it_apart():
    indexed = {"wisatawan", "karyawan", "melawan", "pascawisata"}.__contains__
    # the person-noun with -wan, only where the index has it
    assert with_bound_forms("wisata Bali", indexed) == (
        "(wisata OR pascawisata OR wisatawan) Bali")
    assert with_bound_forms("karya", indexed) == "(karya OR karyawan)"
    # a word of four letters gets none: "melawan" is me- + lawan, no -wan form of "mela"
    assert with_bound_forms("mela", indexed) == "mela"
    # a -wan form is not given another one, and a form the word list lacks is never made up
    assert with_bound_forms("wisatawan", indexed) == "wisatawan"
    assert with_bound_forms("sekolah", lambda word: True) == "(sekolah OR pascasekolah)"


def test_a_word_finds_the_articles_that_only_have_its_wan_form(corpus):
    person = every(corpus, "wisatawan")
    only_person = set(person) - set(every(corpus, '"wisata"'))
    assert only_person, "some articles say 'wisatawan' and never 'wisata'"
    plain = every(corpus, "wisata")
    assert only_person <= set(plain)
    for article in only_person:  # weighted as an expansion, below the word typed
        assert plain[article] == pytest.approx(EXPANSION_WEIGHT * person[article], rel=0.02)
