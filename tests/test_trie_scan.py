"""The compiled scan of a trie pattern (index/extract/_trie_scan.c, index/extract/trie_scan.py)
gives the pattern's own matches: the office names, the gazetteer's forms (capitalised and in any
case), the office holders' names and the government words, on real articles, on hand-made
texts and on any text of the characters that matter; and it never leaves out a place where the
pattern matches."""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import corpus_file
from index.extract import _trie_scan
from index.extract.government import _words
from index.extract.officials import load_lexicon
from index.extract.officials.lexicon import SPACE
from index.extract.officials.office_holders import _holders
from index.extract.officials.office_mentions import office_scan
from index.extract.regions.form_scan import forms_scan
from index.extract.trie_pattern import char_trie, trie_expression
from index.extract.trie_scan import (
    CASE_ANY,
    CASE_EXACT,
    SPACES_FORM,
    SPACES_ONE,
    SPACES_RUN,
    TrieScan,
    trie_scan,
)
from index.gazetteer import gazetteer
from index.sources.drafts import Draft
from index.sources.files import read_source


@cache
def _scans() -> dict[str, TrieScan]:
    _, full_of, _, pattern = _holders()
    scans = {
        "offices": office_scan(load_lexicon()),
        "forms": forms_scan(False),
        "forms in any case": forms_scan(True),
        "office holders": trie_scan(pattern, lambda: full_of, CASE_EXACT, SPACES_ONE),
    }
    words = _words()
    for k, (scan, _) in enumerate((*words.capitals, *words.lower)):
        scans[f"government words {k}"] = scan
    return scans


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def _same(scan: TrieScan, text: str, pos: int = 0) -> int:
    """How many matches the text holds from pos, after checking the scan's against the
    pattern's: finditer, and for the offices (which are searched for) search from each place."""
    expected = _spans(scan.pattern.finditer(text, pos))
    assert _spans(scan.finditer(text, pos)) == expected
    if scan is not _scans()["offices"]:
        return len(expected)
    search = scan.searcher()
    for at in (pos, *(end for _, end in expected), len(text)):
        found, wanted = search(text, at), scan.pattern.search(text, at)
        assert (found and found.span()) == (wanted and wanted.span())
    return len(expected)


def _covers(scan: TrieScan, text: str) -> None:
    starts = set(scan.starts(text))
    assert {at for at in range(len(text) + 1) if scan.pattern.match(text, at)} <= starts


def test_real_articles() -> None:
    drafts = [d for name in ("detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl")
              for d in islice(read_source(str(corpus_file(name))), 400) if isinstance(d, Draft)]
    assert len(drafts) >= 1000
    found = dict.fromkeys(_scans(), 0)
    for k, draft in enumerate(drafts):
        for name, scan in _scans().items():
            found[name] += _same(scan, draft.title) + _same(scan, draft.body)
            _same(scan, draft.body, len(draft.body) // 3)
            if k < 20:
                _covers(scan, draft.body[:1500])
    assert all(count > 500 for name, count in found.items() if "government" not in name), found
    assert sum(count for name, count in found.items() if "government" in name) > 500, found


def test_hand_made_texts() -> None:
    phrases = ["Wali Kota", "Wakil Ketua", "Ketua", "Ketua Umum", "ketua", "Kepala Dinas",
               "Dirut", "PM"]
    pattern = re.compile(rf"(?:{trie_expression(char_trie(phrases), _run)})(?![\w-])")
    scan = TrieScan(pattern, phrases, CASE_EXACT, SPACES_RUN)
    texts = ["Wali  Kota Bogor, Wakil\u00a0Ketua\tUmum DPR", "Wakil Ketu", "Ketua", "",
             "Sang Ketuanya dan ketua-ketua", "Kepala Dinas\n Kesehatan", "WaliKota", "PMI PM",
             "Wakil Ketua Umumnya", "\U0001F600 Dirut PLN", "İ Ketua", "ketua umum Ketua Umum"]
    for text in texts:
        _same(scan, text)
        _covers(scan, text)
    assert _spans(scan.finditer(texts[0])) == [(0, 10), (18, 29)]
    for found in _scans().values():
        for text in ("Gubernur Jawa  Barat", "Kota Bandung", "KOTA BANDUNG", "kota bandung",
                     "Jawa-Barat", "Jawa.Barat", "Jawa. Barat", "JawaBarat", "Bupati Ma’ruf",
                     "Presiden Prabowo Subianto", "Menteri\u00a0Keuangan Sri Mulyani",
                     "Kota Bandung\U0001F600", "\u212aota Bandung", "APBD\u2003dan Pemprov",
                     "kebijakan\n\n anggaran pemerintah daerah", "xPemprov Pemprovx"):
            _same(found, text)
            _covers(found, text)


def _run(char: str) -> str:
    return SPACE + "+" if char == " " else re.escape(char)


def test_a_separator_with_its_full_stop() -> None:
    """The gazetteer's separator (an optional full stop, then spaces or dashes) after a first
    word of one or two letters: the scan's tables, made from the phrases' first two and three
    characters, must let "X. Yz" and "Ab. Cd" through."""
    phrases = ["Ab Cd", "X Yz", "Kab Bandung"]
    separator = {" ": r"(?:\.?[ \t\xa0-]+)?", "'": "['’]"}
    written = trie_expression(char_trie(phrases), lambda char: separator.get(char, re.escape(char)))
    pattern = re.compile(rf"(?i:{written})(?![\w-])")
    scan = TrieScan(pattern, phrases, CASE_ANY, SPACES_FORM)
    texts = ["X. Yz", "di X.-Yz", "Ab. Cd", "ab.\tcd", "AbCd", "Ab.Cd", "X.", "Ab.", "Ab. ",
             "Kab. Bandung", "x.  yz\u2019"]
    for text in texts:
        _same(scan, text)
        _covers(scan, text)
    assert _spans(scan.finditer("X. Yz, Ab. Cd")) == [(0, 5), (7, 13)]


def test_not_phrases() -> None:
    with pytest.raises(TypeError):
        _trie_scan.trie_compile(["Ketua", b"Bupati"], CASE_EXACT, SPACES_RUN)
    with pytest.raises(TypeError):
        _trie_scan.trie_compile(5, CASE_EXACT, SPACES_RUN)
    with pytest.raises(ValueError):
        _trie_scan.trie_compile(["Ketua"], 7, SPACES_RUN)
    empty = TrieScan(re.compile("(?!)"), [], CASE_EXACT, SPACES_RUN)
    assert empty.starts("Ketua DPR") == []


@cache
def _pieces() -> list[str]:
    """Words of the tries' phrases and the characters their patterns treat apart."""
    words = {word for scan in ("offices", "forms", "office holders")
             for word in _sample_words(scan)}
    return [*sorted(words), " ", "  ", "\t", "\xa0", "\n", "-", ".", ",", "'", "\u2019", "(",
            "İ", "ı", "\u212a", "ſ", "é", "\U0001F600", "a", "n", "K"]


def _sample_words(name: str) -> list[str]:
    phrases = {"offices": list(load_lexicon().offices), "forms": list(gazetteer().written),
               "office holders": list(_holders()[1])}[name]
    words = sorted({word for phrase in phrases for word in phrase.split()})
    return words[::max(1, len(words) // 150)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10_000), max_size=14), st.data())
@example([], None)
def test_any_text(picks: list[int], data) -> None:
    pieces = _pieces()
    text = "".join(pieces[k % len(pieces)] for k in picks)
    if data is not None and text:
        case = data.draw(st.sampled_from(["as is", "upper", "lower", "title"]))
        text = {"as is": text, "upper": text.upper(), "lower": text.lower(),
                "title": text.title()}[case]
    for scan in _scans().values():
        _same(scan, text)
        _covers(scan, text)
