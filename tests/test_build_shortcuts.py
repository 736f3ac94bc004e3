"""A build's cheaper readings find what the patterns they replace found: a look-behind moved after
the character a pattern opens with, and a person's name looked for with `str.find` instead of a
pattern compiled for each name; on real articles and on any text of the characters that
matter."""

from __future__ import annotations

import re
from itertools import islice

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import corpus_file
from index.extract.officials.headlines import _inside_a_sentence
from index.extract.officials.lexicon import SPACE
from index.extract.officials.office_mentions import _LOWER_APPOSITION
from index.sources.drafts import Draft, _first_alone
from index.sources.files import read_source

# what office_mentions._LOWER_APPOSITION was: opening with its look-behind
_LOWER_APPOSITION_BEHIND = re.compile(
    rf"(?<=[a-z])(?P<comma>,{SPACE}*)(?P<office>[a-z]+(?:{SPACE}+[a-z]+){{0,3}})"
    rf"(?={SPACE}+[A-Z])")


def _inside_a_sentence_pattern(name: str, body: str) -> bool:
    """What headlines._headline_holder_named_in_body asked with a pattern for each name."""
    return re.search(rf"(?:(?<=[a-z]){SPACE}+{re.escape(name)}{SPACE}+[A-Z]"
                     rf"|{re.escape(name)}{SPACE}+(?:me|ber)[a-z]{{3,}})", body) is not None


def _first_alone_pattern(word: str, text: str, start: int = 0) -> int:
    """What drafts.slug_title and _as_written asked with a pattern (or a loop) for each word."""
    found = re.compile(rf"(?<![\w]){re.escape(word)}(?![\w])").search(text, start)
    return found.start() if found else -1


def _bodies() -> list[str]:
    drafts = [d for name in ("detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl")
              for d in islice(read_source(str(corpus_file(name))), 400) if isinstance(d, Draft)]
    assert len(drafts) >= 1000
    return [d.body for d in drafts]


def _matches(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.group("comma"), m.group("office")) for m in pattern.finditer(text)]


def test_real_articles() -> None:
    appositions = inside = alone = 0
    for body in _bodies():
        lowered = body.lower()
        for word in [*re.findall(r"[a-z]+\d*", lowered)[:8:2], "4g", "a", "di", "covid19"]:
            at = _first_alone_pattern(word, lowered)
            assert _first_alone(word, lowered) == at, word
            after = _first_alone_pattern(word, lowered, at + 1)
            assert _first_alone(word, lowered, at + 1) == after, word
            alone += at >= 0
        expected = _matches(_LOWER_APPOSITION_BEHIND, body)
        assert _matches(_LOWER_APPOSITION, body) == expected
        appositions += len(expected)
        for name in re.findall(r"[A-Z][a-z]+", body)[:6]:
            found = _inside_a_sentence_pattern(name, body)
            assert _inside_a_sentence(name, body) == found, name
            inside += found
    assert appositions > 500 and inside > 300 and alone > 3000


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(
    ["a", "z", "A", "Z", ",", " ", "\t", "\u00a0", "\n", "menteri", "kesehatan", "Budi", "é",
     "-", "x", "ketua umum"]), max_size=20))
def test_lower_apposition_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _matches(_LOWER_APPOSITION, text) == _matches(_LOWER_APPOSITION_BEHIND, text)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(
    ["Gatot", "Gat", "ot", "a", "z", "A", "Z", "É", "é", " ", "\t", "\u00a0", "\n", "me", "ber",
     "mengatakan", "berkata", "menulis", "meng", "-", ".", "1"]), max_size=14),
    st.sampled_from(["Gatot", "Gatot Gat", "ot", "a.b"]))
def test_inside_a_sentence_any_text(pieces: list[str], name: str) -> None:
    text = "".join(pieces)
    assert _inside_a_sentence(name, text) == _inside_a_sentence_pattern(name, text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="4ga_é1 -.\n", max_size=20), st.sampled_from(["4g", "a", "g4"]),
       st.integers(0, 20))
def test_first_alone_any_text(text: str, word: str, start: int) -> None:
    assert _first_alone(word, text, start) == _first_alone_pattern(word, text, start)
