"""A root typed also finds its meN- form when the analyzer gives them different terms ("tepis"
finds "menepis", and the reverse), at the weight of the word typed; on the rule alone, the
rewriting and real articles."""

from __future__ import annotations

import pytest

from index.analysis.analyzer import stem
from search import open_index
from search.nasal_forms import other_form, with_nasal_forms
from tests.conftest import every


@pytest.fixture(scope="module")
def corpus(corpus_index):
    return open_index(corpus_index)


def test_a_root_the_analyzer_does_not_restore_gets_its_other_form():
    assert stem("menepis") != stem("tepis")  # the case this is for
    assert other_form("tepis") == "menepis"
    assert other_form("menepis") == "tepis"
    assert other_form("tampik") == "menampik" and other_form("menampik") == "tampik"
    # a root with a di- or -an form of its own the analyzer restores itself: one term, no rewrite
    assert stem("mengecam") == stem("kecam") and other_form("kecam") is None
    # roots the analyzer already restores, words without the prefix, and names that only look
    # like a root (no attested meN- form: "menito", "mengamil") get nothing
    for word in ("kalah", "mengalahkan", "tanam", "menanam", "kapal", "tito", "kamil", "korut"):
        assert other_form(word) is None, word
    assert other_form("ditepis") == "menepis" and other_form("tampiknya") == "menampik"
    # a root the analyzer would cut again ("kemuka": ke- + muka), a prefix other than di-
    assert other_form("mengemuka") is None
    assert other_form("pekerti") is None


def test_a_stopword_gets_no_other_form(corpus):
    # the analyzer drops "kecil" and "tentang": their meN- forms would be all that is left of
    # them in the query, and required
    for word in ("kecil", "tentang", "tentu"):
        assert other_form(word) is None, word
    assert with_nasal_forms("Surat Kecil untuk Tuhan", {"mengecil"}.__contains__) == (
        "Surat Kecil untuk Tuhan")
    # an article that writes the words of a title with a stopword in it is a complete match
    with_stopword = corpus.search("Surat Kecil untuk Tuhan", limit=1)
    assert with_stopword["total"] >= 1 and not with_stopword["relaxed"]
    assert with_stopword["total"] == corpus.search("Surat untuk Tuhan", limit=1)["total"]


def test_only_plain_words_that_the_index_has_are_rewritten():
    indexed = {"menepis", "tampik"}.__contains__
    assert with_nasal_forms("Korut tepis AS", indexed) == "Korut (tepis OR menepis) AS"
    assert with_nasal_forms("Tepis", indexed) == "(Tepis OR menepis)"
    assert with_nasal_forms("menampik", indexed) == "(menampik OR tampik)"
    kept = '"tepis keras" -tepis judul:tepis OR kecek'
    assert with_nasal_forms(kept, indexed) == kept


def test_a_root_finds_the_articles_that_write_its_men_form(corpus):
    written = every(corpus, '"menepis"')  # quoted: the word as written, not rewritten
    assert len(written) >= 3, "the corpus has articles that write 'menepis'"
    root = every(corpus, '"tepis"')
    only_written = set(written) - set(root)
    assert only_written, "some articles say 'menepis' and never 'tepis' or 'ditepis'"
    typed = every(corpus, "tepis")
    assert set(written) | set(root) == set(typed)
    assert every(corpus, "menepis").keys() == typed.keys()
    # the same word inflected: an article with only 'menepis' scores as it does for the word
    for article in only_written:
        assert typed[article] == pytest.approx(written[article], rel=0.02)
    response = corpus.search("tepis", limit=1)
    assert response["total"] == len(typed) and response["partial"] == 0
