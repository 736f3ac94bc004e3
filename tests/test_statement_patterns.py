"""The statements' patterns written for speed give what their plain forms give: the same
matches over every article of a corpus export and over edge cases written for these tests."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

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
    from index.extract.statements.people import _DECLARES, DECLARING_HINTS

    assert all(any(hint in word for hint in DECLARING_HINTS) for word in _DECLARES)
