"""Shortcuts a build takes to read a text faster find what the plain reading finds: the acronyms
an article defines read only before an acronym in parentheses, a government's word looked for
before its pattern, a word referred back found with the space before it, the cues of linked
headlines and constituencies tried only where their words stand, a word glued before a name
found after "di"/"ke" without a pattern of its own, the word before a word referred back found
without a pattern; on real articles and on any text of the characters that matter."""

from __future__ import annotations

import re
from itertools import islice

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import corpus_file
from index.extract.officials.figures import _GOVERNING, _GOVERNING_WORDS
from index.extract.officials.glued import _written_as_place
from index.extract.officials.lexicon import _DEFINED, SPACE, _defined_matches
from index.extract.officials.office_mentions import _TITLE_CASE_AND
from index.extract.regions.asides import (
    _CONSTITUENCY_CUE,
    _CONSTITUENCY_WORDS,
    _LINK_CUE,
    _LINK_WORDS,
    _cues,
)
from index.extract.word_places import last_word, spaced_word_places
from index.sources.drafts import Draft
from index.sources.files import read_source


def _bodies() -> list[str]:
    drafts = [d for name in ("detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl")
              for d in islice(read_source(str(corpus_file(name))), 400) if isinstance(d, Draft)]
    assert len(drafts) >= 1000
    return [d.body for d in drafts]


# what coreference read words referred back with: first a look-behind at the space, then the
# space matched (a pattern tried at every space); and the word before one
_BACK_BEHIND = re.compile(r"(?<=[ \t\u00a0])(?:itu|ini|tersebut)(?![\w-])")
_BACK = re.compile(r"[ \t\u00a0](?:itu|ini|tersebut)(?![\w-])")
_LAST_WORD = re.compile(r"\S+$")


def _same_back_places(text: str) -> int:
    """How many words referred back the text holds, after checking that spaced_word_places and
    last_word find what the patterns find."""
    places = [m.start() for m in _BACK.finditer(text)]
    assert places == [m.start() - 1 for m in _BACK_BEHIND.finditer(text)]
    assert spaced_word_places(text, ("itu", "ini", "tersebut")) == places
    for end in [*places, len(text)]:
        for start in (max(0, end - 40), max(0, end - 3)):
            word = _LAST_WORD.search(text, start, end)
            assert last_word(text, start, end) == (word.group() if word else ""), (start, end)
    return len(places)


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def _same_cues(text: str, start: int = 0) -> int:
    """How many cues the text holds, after checking that _cues finds what finditer finds."""
    lowered = None if "İ" in text or "ı" in text else text.lower()
    found = 0
    for pattern, words in ((_LINK_CUE, _LINK_WORDS), (_CONSTITUENCY_CUE, _CONSTITUENCY_WORDS)):
        expected = _spans(pattern.finditer(text, start))
        assert _spans(_cues(pattern, words, text, lowered, start)) == expected
        found += len(expected)
    return found


def test_real_articles() -> None:
    defined = governing = cues = backs = 0
    for body in _bodies():
        cues += _same_cues(body) + _same_cues(body, len(body) // 2)
        expected = _spans(_DEFINED.finditer(body))
        assert _spans(_defined_matches(body)) == expected
        defined += len(expected)
        for match in _GOVERNING.finditer(body):
            assert any(word in match.group() for word in _GOVERNING_WORDS)
            governing += 1
        backs += _same_back_places(body)
        assert "Dan " in body or _TITLE_CASE_AND.search(body) is None
    assert defined > 50 and governing > 10 and cues > 20 and backs > 1000


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(
    ["Dinas", "Badan", "Pendapatan", "Daerah", "dan", "Dan", "(", ")", "(Bapenda)", "(BPD)",
     "(KPK)", " ", "  ", "\t", "\u00a0", "\n", "-", ",", ".", "é", "_", "1", "Ä", "x"]),
    max_size=40))
def test_acronyms_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _spans(_defined_matches(text)) == _spans(_DEFINED.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["pemerintahan", "Pemerintahan", "kepemimpinan", "administrasi", "Administrasi", "kabinet",
     "Kabinet", " ", "\u00a0", "-", "Jokowi", "a", "P", "\n"]), max_size=20))
def test_government_words_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    for match in _GOVERNING.finditer(text):
        assert any(word in match.group() for word in _GOVERNING_WORDS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="itu tersebut\t\u00a0-\nxI)\r\u2009é_1", max_size=30))
@example("Ketua KPK\n itu")
@example("x\n\n itu")
def test_referred_back_any_text(text: str) -> None:
    _same_back_places(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(
    ["Baca", "baca", "BACA", "(Baca", "Simak", "sIMAK", "Lihat", "lihat", "Tonton", "Dapil",
     "dapil", "Daerah", "daerah", "pemilihan", "Pemilihannya", "juga", "Juga", "video", ":",
     " ", "\u00a0", "-", "x", "A", "\"", "İ", "ı", "K", "\n", "("]), max_size=25),
    st.integers(0, 30))
def test_cues_any_text(pieces: list[str], start: int) -> None:
    _same_cues("".join(pieces), start)


def _written_as_place_pattern(word: str, next_word: str, text: str) -> bool:
    """What glued._written_as_place was: a pattern compiled for each word."""
    return re.search(rf"(?<![\w-])(?:di|ke){SPACE}+{re.escape(word)}(?![\w-])"
                     rf"(?!{SPACE}+{re.escape(next_word)})", text) is not None


def test_place_words_real_articles() -> None:
    checked = written = 0
    for body in _bodies():
        pairs = re.findall(r"(?:di|ke)\s+([A-Z][a-z]+)\s+([A-Z]\w+)", body)[:3]
        words = re.findall(r"[A-Z][a-z]+", body)[:4]
        for word, next_word in [*pairs, *zip(words, reversed(words), strict=True)]:
            expected = _written_as_place_pattern(word, next_word, body)
            assert _written_as_place(word, next_word, body) == expected, (word, next_word)
            checked += 1
            written += expected
    assert checked > 3000 and written > 300


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["di", "ke", "Bali", "Raya", " ", "\u00a0", "-", "x", "\n"]),
                max_size=8), st.sampled_from(["Raya", "Ray"]))
@example(["-", "di", " ", "Bali"], "Raya")
@example(["x", "di", " ", "Bali"], "Raya")
@example(["di", "Bali"], "Raya")
@example(["ke", " ", "\u00a0", "Bali", "\t", " ", "Raya"], "Raya")
@example(["di", " ", "Bali", " ", "Raya"], "Ray")
@example(["di", " ", "Bali", "-", "x"], "Raya")
def test_place_words_any_text(pieces: list[str], next_word: str) -> None:
    text = "".join(pieces)
    assert _written_as_place("Bali", next_word, text) == _written_as_place_pattern(
        "Bali", next_word, text)
