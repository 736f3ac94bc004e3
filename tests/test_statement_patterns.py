"""The statements' patterns written for speed give what their plain forms give: the same
matches over every article of a corpus export and over edge cases written for these tests."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.extract.statements.capitals import CAPITALISED, capitalised_places
from index.extract.statements.sentences import _END
from index.sources.drafts import Draft
from index.sources.files import read_source
from tests.conftest import corpus_file

EDGES = [
    "’Budi O’Brien a’Budi X’Budi x’’Budi Y’’Budi ’Budi", "a'B'C'D b'Cd Cd",
    "-Budi _Budi 1Budi Budi- Budi_ Budi1 Budi", "Éa Budi’s Budi’ Budi", "Budi",
    "Selesai. Lalu?! ya…” \n.\n...x a.\"b ok.” Ia", ".", "\n", "Dia: ia, beliau.",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    drafts = [d for d in read_source(str(corpus_file("detik-2025.csv"))) if isinstance(d, Draft)]
    return EDGES + [text for d in drafts[:600] for text in (d.title, d.body)]


def test_capitalised_places_are_the_capitalised_words_scan(texts: list[str]) -> None:
    for text in texts:
        scanned: dict[str, list[int]] = defaultdict(list)
        for match in CAPITALISED.finditer(text):
            scanned[match.group()].append(match.start())
        # every word the scan finds, and words written in other ways (in a word, after "-")
        asked = set(scanned) | {w.strip(".,()\"“”") for w in text.split()[:60]} | {"Budi"}
        for word in asked:
            assert capitalised_places(text, word) == scanned.get(word, []), (word, text[:80])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AaBbO'’-_ .É1\u00a0x", max_size=40))
def test_capitalised_places_on_any_text(text: str) -> None:
    # found in C (statements/_scan.c): the same as the pattern's scan, apostrophes and all
    scanned: dict[str, list[int]] = defaultdict(list)
    for match in CAPITALISED.finditer(text):
        scanned[match.group()].append(match.start())
    for word in set(scanned) | {"Ab", "A", "B'b", "O’B", "Aa-b"}:
        assert capitalised_places(text, word) == scanned.get(word, []), (word, text)


def test_capitalised_words_scan_is_the_plain_pattern(texts: list[str]) -> None:
    plain = re.compile(r"(?<![\w-])[A-Z][\w'’-]*")
    for text in texts:
        assert [m.span() for m in CAPITALISED.finditer(text)] == [
            m.span() for m in plain.finditer(text)]


def test_sentence_ends_are_the_plain_pattern(texts: list[str]) -> None:
    plain = re.compile(r"[.!?…]+[\"”’]?(?=[ \t\u00a0\n]|$)|\n")
    for text in texts:
        assert [m.span() for m in _END.finditer(text)] == [m.span() for m in plain.finditer(text)]
        middle = len(text) // 3
        assert [m.span() for m in _END.finditer(text, middle, 2 * middle)] == [
            m.span() for m in plain.finditer(text, middle, 2 * middle)]


def test_every_declaring_word_holds_a_hint() -> None:
    from index.extract.statements.nicknames import _DECLARES, DECLARING_HINTS

    assert all(any(hint in word for hint in DECLARING_HINTS) for word in _DECLARES)


WORD_EDGES = ["Budi", "budi", "Budi-", "-Budi", "Budi’", "a.a", "A. A.", "x", "Budi Budi", "di"]


def test_word_places_are_the_whole_word_patterns(texts: list[str]) -> None:
    from index.extract.statements.capitals import word_places

    for text in [*texts[:160], "a.a.a.a a.a", "A. A. A. A.", "Budi-Budi Budi’s Budi_ Budi"]:
        asked = set(WORD_EDGES) | {w.strip(".,()\"“”") for w in text.split()[:25]} - {""}
        for word in asked:
            for apostrophes, after in ((False, r"(?![\w-])"), (True, r"(?![\w'’-])")):
                plain = re.compile(rf"(?<![\w-]){re.escape(word)}{after}")
                assert word_places(text, word, apostrophes) == [
                    m.start() for m in plain.finditer(text)], (word, apostrophes, text[:80])


def test_plain_looks_never_miss_what_the_patterns_find(texts: list[str]) -> None:
    """The cheap looks that skip a pattern (a misspelt name's neighbour, a place after a
    preposition, a name written with single spaces) say no only where the pattern finds
    nothing."""
    from index.extract.statements.capitals import neighbour_written
    from index.extract.statements.forms import _after_preposition, _written

    sp = "[ \\t\\u00a0]+"
    names = ["Budi Santoso", "Joko Widodo", "Sri Mulyani Indrawati", "Jawa Barat"]
    extra = ["kata Budi  Santosa dan Budi\u00a0Santoso di\tJawa Barat", "ke  Jawa Barat", "Budi"]
    matched = {"slip": 0, "place": 0}
    for text in [*texts[:200], *extra]:
        found = [" ".join(m.group().split()) for m in re.finditer(
            rf"[A-Z][a-z]+{sp}[A-Z][a-z]+(?:{sp}[A-Z][a-z]+)?", text)][:6]
        for name in names + found:
            words = name.split()
            for slipped in range(len(words)):
                pattern = sp.join(r"([A-Z][\w'’-]+)" if at == slipped else re.escape(word)
                                  for at, word in enumerate(words))
                if re.search(rf"(?<![\w-]){pattern}(?![\w-])", text):
                    assert neighbour_written(text, words, slipped), (name, slipped)
                    matched["slip"] += 1
            place = rf"(?<![\w-])(?:di|ke|dari){sp}{sp.join(map(re.escape, words))}(?![\w-])"
            if re.search(place, text):
                assert _after_preposition(words[0], text), name
                matched["place"] += 1
            assert _written(name, text) == bool(re.search(sp.join(map(re.escape, words)), text))
    assert matched["slip"] > 100 and matched["place"] > 10, matched  # the looks were put to it


def test_declaring_places_are_the_declaring_pattern(texts: list[str]) -> None:
    from index.extract.statements.nicknames import _DECLARES, declaring_places

    plain = re.compile(rf"(?<![\w-])(?:{'|'.join(_DECLARES)})(?![\w-])")
    extra = ["yang akrab disapa Amel, alias-alias dipanggil_ sapaan Gus dikenal dengan nama"]
    for text in [*texts, *extra]:
        assert declaring_places(text) == [m.start() for m in plain.finditer(text)]
    assert declaring_places(extra[0]) == [11, 47, 58]  # not "alias-", not "dipanggil_"
