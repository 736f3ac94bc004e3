"""Snippets stem only the words that can have a query's term (search/snippets.py's
wanted_words): a term without its first letter is in the word lowercased. Checked on every word
of a few hundred real articles, and snippets compared with marking every word that stems to a
wanted term."""

from __future__ import annotations

import csv
import itertools
from html import escape

import pytest

from index.analysis._tokens import wanted_spans, words
from index.analysis.analyzer import iter_words, term_for
from search import snippets
from search.snippets import make_snippet, mark, wanted_words
from tests.conftest import corpus_file


def _bodies(count: int) -> list[str]:
    with open(corpus_file("detik-2025.csv"), encoding="utf-8", newline="") as handle:
        return [row["isi_berita"] for row in itertools.islice(csv.DictReader(handle), count)]


def test_a_term_without_its_first_letter_is_in_the_word():
    words = {m[0] for body in _bodies(300) for m in iter_words(body)}
    assert len(words) > 5000
    for word in words:
        term = term_for(word)
        plain = word.lower().replace("'", "").replace("\u2019", "")
        assert not term or term[1:] in plain, (word, term)
    assert term_for("Qur'an") == "quran" and wanted_words({"Qur'an", "Quran"}, {"quran"}) == {
        "Qur'an", "Quran"}


@pytest.mark.parametrize("filtered", [0, 100])  # by the terms' tails, or every word stemmed
def test_wanted_words_are_those_with_a_wanted_term(monkeypatch, filtered):
    monkeypatch.setattr(snippets, "FILTERED_TERMS", filtered)
    words = {m[0] for body in _bodies(50) for m in iter_words(body)}
    # words whose stems differ from what is typed: meN-/peN- forms, suffixes, capitals
    terms = {term_for(w) for w in ("pemerintah", "menteri", "Desa", "keuangan", "mengambil",
                                   "tingkatkan", "menyapu", "Jakarta", "di")} - {None}
    assert wanted_words(words, terms) == {w for w in words if term_for(w) in terms}
    assert wanted_words(words, set()) == set()


def _marked_everywhere(text: str, terms: set[str]) -> str:
    out, last = [], 0
    for match in iter_words(text):
        if term_for(match[0]) in terms:
            out += [escape(text[last:match.start()]), f"<mark>{escape(match[0])}</mark>"]
            last = match.end()
    return "".join(out) + escape(text[last:])


def test_snippets_mark_every_word_of_a_wanted_term():
    terms = {term_for("pemerintah"), term_for("daerah"), term_for("dana")}
    for body in _bodies(40):
        assert mark(body, terms) == _marked_everywhere(body, terms)
        snippet = make_snippet(body, terms)
        for word in (m[0] for m in iter_words(body)):
            if term_for(word) in terms and word in snippet and "<mark>" not in snippet:
                raise AssertionError(f"{word!r} unmarked in {snippet!r}")


def test_compiled_hits_are_the_analyzers_words():
    """_words.c's wanted_spans finds the tokens iter_words finds (apostrophes, clitics,
    reduplications, digits, other scripts), and asks the judge once per word."""
    texts = [*_bodies(60), "Kota-kota kota-KOTA Qur'an Trump's don't Ma’ruf anak-anakku "
             "Rp6 rp-rp 2025-2025 _x_ été مرحبا a'b'c -", ""]
    asked: list[str] = []

    def judge(word: str) -> bool:
        asked.append(word)
        return len(word) % 2 == 0

    verdicts: dict[str, bool] = {}
    for text in texts:
        expected = [(m.start(), m.end(), m[0]) for m in iter_words(text) if len(m[0]) % 2 == 0]
        assert wanted_spans(text, verdicts, judge, 10**6) == expected
    assert len(asked) == len(set(asked)) == len(verdicts)
    kept: dict[str, bool] = {}  # none kept past the limit
    assert wanted_spans("satu dua", kept, judge, 0) == [(0, 4, "satu")] and not kept
    for text in texts:  # and `words`, a text's first tokens (search/typed_share.py)
        every = [m[0] for m in iter_words(text)]
        assert words(text, -1) == every and words(text, 7) == every[:7]


def test_sentences_end_where_a_look_behind_for_the_mark_ends_them():
    import re

    from search.snippets import _sentences

    looked_behind = re.compile(r"(?<=[.!?…\"”])\s+(?=[\"“A-Z0-9])|\n\n")

    def sentences(text: str) -> list[tuple[int, int]]:
        spans, start = [], 0
        for match in looked_behind.finditer(text):
            spans.append((start, match.start()))
            start = match.end()
        spans.append((start, len(text)))
        return [(a, b) for a, b in spans if b > a]

    texts = [*_bodies(200), "A. B", "a.\n\nB", "x\n\n\nY", ".\n\n", "“A.” B", ". . A",
             "..  \n\nA", "a!\n\n\"B", "\n\n\n\n", "a.  b. C", "Ya?  “Tidak.”  Lalu"]
    for text in texts:
        assert _sentences(text) == sentences(text), text
