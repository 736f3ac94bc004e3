"""The statements' words found without a pattern compiled for each word or name find what those
patterns found: a word written apart from its neighbour (word_places.written_apart), a word
right after a club's or a side's word (word_places.written_after), a name written earlier with
one word a letter off (capitals.spelt_with_slip); on real articles and on any text of the
characters that matter. name_shapes' remembered answers stay two tables however many lexicons
articles derive, and a word it says ends no region's form ends no phrase the gazetteer reads as
a region."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import corpus_file
from index.extract.officials import load_lexicon
from index.extract.officials.names import is_name_word
from index.extract.statements import descriptions, name_shapes
from index.extract.statements.capitals import spelt_with_slip
from index.extract.word_places import written_after, written_apart
from index.gazetteer import gazetteer
from index.sources.drafts import Draft
from index.sources.files import read_source

_SP = "[ \\t\\u00a0]+"


def _bodies() -> list[str]:
    drafts = [d for name in ("detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl")
              for d in islice(read_source(str(corpus_file(name))), 300) if isinstance(d, Draft)]
    assert len(drafts) >= 800
    return [d.body for d in drafts]


def _apart_pattern(body: str, word: str, following: str = "", preceding: str = "",
                   bounded: bool = True) -> bool:
    """What office_names.written_apart, name_shapes.without_title and
    descriptions.name_after_description searched: a pattern compiled for each word."""
    start = r"(?<![\w-])" if bounded else ""
    after = rf"(?![ \t\u00a0]+{re.escape(following)})" if following else ""
    before = rf"(?<!{re.escape(preceding)} )" if preceding else ""
    return re.search(rf"{start}{before}{re.escape(word)}(?![\w-]){after}", body) is not None


_LEADS = frozenset({"ke", "pihak", "kubu", "klub"})


def _after_pattern(body: str, first: str, last: str) -> bool:
    """What people._named_as_subject searched: a pattern compiled for each name."""
    return re.search(rf"(?<![\w-])(?:ke|pihak|kubu|klub)[ \t\u00a0]+"
                     rf"(?:{re.escape(first)}|{re.escape(last)})(?![\w-])", body) is not None


def _same_after(body: str, first: str, last: str) -> int:
    expected = _after_pattern(body, first, last)
    assert any(written_after(body, w, _LEADS) for w in (first, last)) == expected, (first, last)
    return expected


def _slip_pattern(text: str, words: list[str], slipped: int) -> list[tuple[str, str]]:
    """What People._spelt_before searched: a pattern compiled for each name."""
    pattern = _SP.join(r"([A-Z][\w'’-]+)" if at == slipped else re.escape(word)
                       for at, word in enumerate(words))
    return [(m.group(), m.group(1)) for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text)]


def _same_apart(body: str, first: str, second: str) -> int:
    found = 0
    for args in ((first, second, ""), (second, "", first), (first, "", "")):
        expected = _apart_pattern(body, *args)
        assert written_apart(body, *args) == expected, args
        found += expected
    expected = _apart_pattern(body, second, "", first, bounded=False)
    assert written_apart(body, second, preceding=first, bounded=False) == expected
    return found + expected


def _same_slips(text: str, words: list[str]) -> int:
    found = 0
    for slipped in range(len(words)):
        expected = _slip_pattern(text, words, slipped)
        assert list(spelt_with_slip(text, words, slipped)) == expected, (words, slipped)
        found += len(expected)
    return found


def test_real_articles() -> None:
    checked = apart = slips = after = 0
    for body in _bodies():
        names = re.findall(r"[A-Z][\w'’-]+(?:[ \t\u00a0]+[A-Z][\w'’-]+){1,2}", body)[:4]
        for name in names:
            words = name.split()
            apart += _same_apart(body, words[0], words[1])
            after += _same_after(body, words[0], words[-1])
            slips += _same_slips(body, words) + _same_slips(body[:len(body) // 2], words[:1])
            checked += 1
    assert checked > 2000 and apart > 2000 and slips > 2000 and after > 20


_PIECES = ["Ali", "AlAlAl", "Ahmad", "Alia", "ali", "Ali’", "O’Ali", "-", "_", "x", "é", "1", " ",
           "  ", "\t", "\u00a0", "\n", ",", "'"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14),
       st.sampled_from(["Ali", "Ahmad", "Ali’", "li", "AlAl"]),
       st.sampled_from(["", "Ahmad", "Ali", "A"]),
       st.sampled_from(["", "Ahmad", "Ali", "x"]))
@example(["Ahmad", " ", "Ali"], "Ali", "", "Ahmad")
@example(["x", "Ahmad", " ", "Ali"], "Ali", "", "Ahmad")
@example(["Ali", "\u00a0", "\t", "Ahmad"], "Ali", "Ahmad", "")
@example(["Ali", "-", "Ali"], "Ali", "", "")
@example(["AlAlAl"], "AlAl", "", "")
@example(["Ali", " ", "Ali", " ", "Ali"], "Ali", "Ali", "Ali")
def test_apart_any_text(pieces: list[str], word: str, following: str, preceding: str) -> None:
    text = "".join(pieces)
    assert written_apart(text, word, following, preceding) == _apart_pattern(
        text, word, following, preceding)
    assert written_apart(text, word, following, preceding, bounded=False) == _apart_pattern(
        text, word, following, preceding, bounded=False)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "ke", "pihak", "kubu", "klub", "Ike", "ke-"]),
                max_size=14),
       st.sampled_from(["Ali", "Ahmad", "AlAl", "li", "-Ali"]),
       st.sampled_from(["Ali", "Ahmad", "Alia"]))
@example(["ke", " ", "Ali"], "Ali", "Ahmad")
@example(["ke", "\u00a0", "\t", "Alia"], "Ali", "Alia")
@example(["Ike", " ", "Ali"], "Ali", "Ali")
@example(["-", "ke", " ", "Ali", "-"], "Ali", "Ali")
@example(["klub", " ", "AlAlAl"], "AlAl", "Ali")
def test_after_any_text(pieces: list[str], first: str, last: str) -> None:
    _same_after("".join(pieces), first, last)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "Ahmat", "O'Brien", "AB"]), max_size=14),
       st.lists(st.sampled_from(["Ahmad", "Ali", "Alia", "li"]), min_size=1, max_size=3))
@example(["O’Ali", " ", "Ahmad"], ["Ali", "Ahmad"])
@example(["Ali", " ", "Ali", " ", "Ali", " ", "Ahmad"], ["Ali", "Ali", "Ahmad"])
@example(["Ahmat", "\t", "Ali", " ", "Ahmad", " ", "Ali"], ["Ahmad", "Ali"])
def test_slips_any_text(pieces: list[str], words: list[str]) -> None:
    _same_slips("".join(pieces), words)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["ini", "itu", "tersebut", "lagi", "pula", "Itu", "-", "x", "di",
                                 " ", "  ", "\t", "\u00a0", ",", "\n"]), max_size=10))
@example(["itu", " ", "lagi", "\u00a0"])
@example(["-", "itu"])
@example(["tersebut", "\n", "x"])
def test_back_end_only_after_its_words(pieces: list[str]) -> None:
    # descriptions.described_back looks at the end of the words to a sentence's end before it
    # searches them with _BACK_END (they hold no newline, before which "$" would match too)
    rest = descriptions._TO_SENTENCE_END.match("".join(pieces))
    if rest and descriptions._BACK_END.search(rest.group()):
        assert rest.group().rstrip(" \t\u00a0").endswith(descriptions._BACK_WORDS)


def test_derived_lexicons_keep_two_tables() -> None:
    lexicon = load_lexicon()
    words = ["Ahmad", "Dinas", "Disdagperin", "Menurut", "Bali"]
    for number in range(40):
        defined = {"Disdagperin": "Dinas Perdagangan", f"Dis{number}": "Dinas Satu"}
        derived = replace(lexicon, institutions={**lexicon.institutions, **defined},
                          defined=defined)
        for used in (derived, lexicon):
            for word in words:
                assert name_shapes._name_word_alone(word, used) == (
                    is_name_word(word, used, sentence_start=True)
                    and not name_shapes._canonical_region(word))
            assert name_shapes.name_ending("kata Ketua Disdagperin Ahmad Yani", used) == (
                name_shapes._name_ending("kata Ketua Disdagperin Ahmad Yani", used))
    assert len(name_shapes._WORDS_ALONE) <= 2 and len(name_shapes._ENDINGS) <= 2


def _ends_region_as_looked_up(phrase: str) -> None:
    """name_shapes._may_end_region only keeps out lookups that find nothing."""
    if name_shapes._canonical_region(phrase) is not None:
        assert name_shapes._may_end_region(phrase.split()[-1]), phrase


def test_region_endings_of_every_spelling() -> None:
    spellings = list(gazetteer().written.values())
    assert len(spellings) > 500
    for written in spellings:
        for before in ("", "Kota ", "Kab. ", "Kabupaten Administrasi ", "warga "):
            _ends_region_as_looked_up(before + written)
            _ends_region_as_looked_up(before + written.replace(" ", "-"))
            _ends_region_as_looked_up(before + written.upper() + ".")
    for phrase in ("Kota.Bogor", "Kota -", "Kab. .", "Deli-Serdang", "Kota Bogor,", "Kalteng"):
        _ends_region_as_looked_up(phrase)
    assert not name_shapes._may_end_region("Santoso")
    assert name_shapes._may_end_region("-") and name_shapes._may_end_region("Bogor.")


def test_region_endings_on_real_articles() -> None:
    regions = 0
    for body in _bodies()[:400]:
        words = body.split()
        for at in range(1, len(words)):
            for size in (2, 3):
                phrase = " ".join(words[max(0, at - size + 1):at + 1])
                _ends_region_as_looked_up(phrase)
                regions += name_shapes._canonical_region(phrase) is not None
    assert regions > 200
