"""The statements' scans in C (statements/_scan.c) give what the Python gave: where the cue words
stand gives the matches the cue pattern's own finditer gives, and the sentences' ends are those
of sentence_starts as written in Python, the pronouns and the quote marks are where their
patterns find them; on real articles, on texts of the words and marks that
matter, on any text, and with a cue of two words a user's data file may add."""

from __future__ import annotations

import re
from itertools import islice

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import corpus_file
from index.extract.statements._scan import (
    char_places,
    holds_any,
    sentence_ends,
    subject_spans,
    word_starts,
)
from index.extract.statements.cues import _FIRST_WORD, load_cues
from index.extract.statements.people import _AFTER_COMMA, _SUBJECT, PRONOUNS
from index.extract.statements.quotes import MARK, MARKS
from index.extract.statements.reported import _MENURUTNYA, _menurutnya, ends_with_anaphor
from index.extract.statements.sentences import (
    _ABBREVIATIONS,
    _END,
    _ends_sentence,
    sentence_end,
    sentence_start,
)
from index.extract.trie_pattern import char_trie, trie_expression
from index.sources.drafts import Draft
from index.sources.files import read_source


def scanned(pattern: re.Pattern[str], first_words: frozenset[str], lengths: tuple[int, int],
            text: str) -> list[tuple[int, int]]:
    """The matches as reported.py reads them: the pattern tried where the scan says."""
    found: list[tuple[int, int]] = []
    matched_to = 0
    for start in word_starts(text, first_words, *lengths, True):
        match = pattern.match(text, start) if start >= matched_to else None
        if match is not None:
            matched_to = match.end()
            found.append(match.span())
    return found


def cues_scanned(text: str) -> list[tuple[int, int]]:
    cues = load_cues()
    return scanned(cues.words, cues.first_words, cues.first_lengths, text)


def cues_pattern(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in load_cues().words.finditer(text)]


def test_real_articles() -> None:
    drafts = [d for name in ("detik-2025.csv", "berita-2015-08-25.csv")
              for d in islice(read_source(str(corpus_file(name))), 400) if isinstance(d, Draft)]
    assert len(drafts) >= 400
    found = 0
    for draft in drafts:
        spans = cues_pattern(draft.body)
        assert cues_scanned(draft.body) == spans, draft.record_id
        found += len(spans)
    assert found > 1000


def test_hyphens_and_edges() -> None:
    for text in ["", "kata", "kata-kata", "sepatah-kata, ujarnya", "mewanti-wanti warga",
                 "mewanti-wanti-nya", "Katanya-", "kata_nya katanya", "(kata) “ujarnya”",
                 "mengatakan2 mengatakan", "é-kata kata-é", "-kata- katanya--", "Kata\u00a0dia"]:
        assert cues_scanned(text) == cues_pattern(text), text


_WORDS = ["kata", "katanya", "ujar", "mengatakan", "Menurut", "menurut", "mewanti", "wanti",
          "Dikatakan", "dia", "warga", "é", "2025", "_"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "-", "--", ", ", "",
                                                                    ".\n", "\u00a0", "\""])),
                max_size=60))
def test_texts_of_cue_words(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in pieces)
    assert cues_scanned(text) == cues_pattern(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text(text: str) -> None:
    assert cues_scanned(text) == cues_pattern(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["kata", "kata dia", "menurut", "menurut dia", "dia", "ia",
                                 "mewanti-wanti", "wanti", "Kata"]), max_size=40))
def test_cue_words_of_two_words(words: list[str]) -> None:
    """A form of two words is found at its first word, as the pattern finds it (the longest
    form first)."""
    forms = {"kata dia", "menurut dia", "wanti", "mewanti-wanti", "ia"}
    pattern = re.compile(rf"\b(?:{trie_expression(char_trie(forms), re.escape)})\b(?!-)")
    first_words = frozenset(m.group() for form in forms if (m := _FIRST_WORD.match(form)))
    lengths = (min(map(len, first_words)), max(map(len, first_words)))
    text = " ".join(words)
    assert scanned(pattern, first_words, lengths, text) == [
        m.span() for m in pattern.finditer(text)]


def python_sentence_starts(body: str) -> list[int]:
    """statements/sentences.py's sentence_starts as it was written in Python: the reference."""
    return [match.end() for match in _END.finditer(body)
            if body[(at := match.start())] != "." or (at >= 4 and body[at - 4:at].isalpha())
            or _ends_sentence(body, at)]


def test_sentence_ends_on_real_articles() -> None:
    drafts = [d for name in ("detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl")
              for d in islice(read_source(str(corpus_file(name))), 400) if isinstance(d, Draft)]
    assert len(drafts) >= 600
    for draft in drafts:
        assert sentence_ends(draft.body, _ABBREVIATIONS) == python_sentence_starts(
            draft.body), draft.record_id


def test_sentence_ends_at_edges() -> None:
    for text in ["", ".", "a.", "ab.", "Dr. Ali", "(dr. Ali) datang.", "x ab\n. Lalu",
                 "Jl.Sudirman. Ya", "H. Ali", "ini Rp. 5", "…\" lalu", "Ya?!\u201d Lalu",
                 "Ya.\u2019x", "kata.\"", "Ir.\n", "\n\n", "abc. Ya", "Yth. Bapak", "café. Ya",
                 "é. Ya", "2024. Ya", "a.b. c", "ujar  Tn.\u00a0Ali", "TNI. Ya", "St.\tX"]:
        assert sentence_ends(text, _ABBREVIATIONS) == python_sentence_starts(text), text


_SENTENCE_PIECES = ["Dr", "dr", "H", "ab", "abc", "Kata", "café", "é", "2024", "(", ")", ".",
                    "..", "!", "?", "…", "\"", "\u201d", "\u2019", " ", "\n", "\t", "\u00a0",
                    ",", "x", "😀"]  # an emoji: a text of four bytes a character


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=80))
def test_sentence_ends_on_pieces(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert sentence_ends(text, _ABBREVIATIONS) == python_sentence_starts(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_sentence_ends_on_any_text(text: str) -> None:
    assert sentence_ends(text, _ABBREVIATIONS) == python_sentence_starts(text)


def python_sentence_end(body: str, at: int, limit: int = 2000) -> int:
    """statements/sentences.py's sentence_end as it was written in Python: the reference."""
    stop = min(len(body), at + limit)
    for match in _END.finditer(body, at, stop):
        if match.group() == "\n":
            return match.start()
        if _ends_sentence(body, match.start()):
            return match.end()
    return stop


def sentence_end_everywhere(text: str, limit: int = 2000) -> None:
    for at in range(len(text) + 1):
        assert sentence_end(text, at, limit) == python_sentence_end(text, at, limit), (text, at)


def test_sentence_end_on_real_articles() -> None:
    drafts = [d for name in ("detik-2025.csv", "indosum-dev.jsonl")
              for d in islice(read_source(str(corpus_file(name))), 200) if isinstance(d, Draft)]
    assert len(drafts) >= 300
    for draft in drafts:
        body = draft.body
        for at in range(0, len(body), 7):  # every seventh place, and the places after a mark
            assert sentence_end(body, at) == python_sentence_end(body, at), (draft.record_id, at)
        for at in sentence_ends(body, _ABBREVIATIONS)[:40]:
            for place in (at - 2, at - 1, at, at + 1):
                assert sentence_end(body, max(place, 0), 50) == python_sentence_end(
                    body, max(place, 0), 50), (draft.record_id, place)


def test_sentence_end_at_edges() -> None:
    for text in ["", ".", "a.", "Dr. Ali", "x ab\n. Lalu", "Ya?!\u201d Lalu", "Ya.\u2019x",
                 "kata.\"", "Ir.\n", "\n\n", "Yth. Bapak", "a.b. c", "TNI. Ya", "ya...x. b"]:
        for limit in (1, 2, 3, 5, 2000):
            sentence_end_everywhere(text, limit)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=40), st.integers(1, 50))
def test_sentence_end_on_pieces(pieces: list[str], limit: int) -> None:
    sentence_end_everywhere("".join(pieces), limit)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.integers(1, 80))
def test_sentence_end_on_any_text(text: str, limit: int) -> None:
    sentence_end_everywhere(text, limit)


# people.py's pronoun pattern as it was: the reference for word_starts without hyphens
_PRONOUN = re.compile(r"[IiDdBb](?<!\w[IiDdBb])(?:(?<=[Ii])a|(?<=[Dd])ia|(?<=[Bb])eliau)\b")


def pronoun_places(text: str) -> list[int]:
    return word_starts(text, PRONOUNS, 2, 6, False)


def test_pronouns_and_quote_marks_on_real_articles() -> None:
    drafts = [d for name in ("detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl")
              for d in islice(read_source(str(corpus_file(name))), 400) if isinstance(d, Draft)]
    pronouns = marks = 0
    for draft in drafts:
        expected = [m.start() for m in _PRONOUN.finditer(draft.body)]
        assert pronoun_places(draft.body) == expected, draft.record_id
        expected_marks = [m.start() for m in MARK.finditer(draft.body)]
        assert char_places(draft.body, MARKS) == expected_marks, draft.record_id
        pronouns += len(expected)
        marks += len(expected_marks)
    assert pronouns > 500 and marks > 1000


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ia", "Ia", "IA", "dia", "Dia", "beliau", "Beliau", "kaDia",
                                 "-", " ", "_", "é", "2", "\"", "“", "”", "„", ",", "\n"]),
                max_size=60))
def test_pronouns_and_quote_marks_on_pieces(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert pronoun_places(text) == [m.start() for m in _PRONOUN.finditer(text)]
    assert char_places(text, MARKS) == [m.start() for m in MARK.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_pronouns_and_quote_marks_on_any_text(text: str) -> None:
    assert pronoun_places(text) == [m.start() for m in _PRONOUN.finditer(text)]
    assert char_places(text, MARKS) == [m.start() for m in MARK.finditer(text)]


def looked_up(text: str, words: set[str], hyphens: bool) -> list[int]:
    """word_starts as it reads without its filter: every run of a fitting length looked up."""
    run = r"\w+(?:-\w+)*" if hyphens else r"\w+"
    return [m.start() for m in re.finditer(rf"(?<!\w)(?=({run}))", text)
            if m.group(1) in words and (not hyphens or text[m.end(1):m.end(1) + 1] != "-")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["ka", "ta", "kata", "Ka", "é", "ü", "1", "_", "-"]),
                         min_size=1, max_size=4).map("".join), max_size=12),
       st.lists(st.sampled_from(["kata", "ka", "Kata", "ta-ka", "é", "üka", " ", "-", "_", "1",
                                 ".", "\n"]), max_size=40),
       st.booleans())
def test_word_starts_filter_of_a_frozenset(words: list[str], pieces: list[str],
                                           hyphens: bool) -> None:
    # a frozenset is scanned with a filter of its words kept between calls (the last few
    # frozensets); a set, which may change, without: both find every word, and only those
    text = "".join(pieces)
    expected = looked_up(text, set(words), hyphens)
    for _ in range(2):  # made, then kept
        assert word_starts(text, frozenset(words), 1, 40, hyphens) == expected
    assert word_starts(text, set(words), 1, 40, hyphens) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["ka", "ta", "kata", "Ka", "é", "ü", "“", "1", "_", "-"]),
                         min_size=1, max_size=4).map("".join), max_size=12),
       st.lists(st.sampled_from(["kata", "ka", "Kata", "ta-ka", "é", "üka", "“", "😀", " ", "-",
                                 "_", "1", ".", "\n"]), max_size=40),
       st.booleans(), st.integers(-2, 90))
def test_word_starts_up_to_a_stop(words: list[str], pieces: list[str], hyphens: bool,
                                  stop: int) -> None:
    # with a stop, the places before it (people.py asks only about those), in texts of one,
    # two and four bytes a character: each is read with its own loop
    text = "".join(pieces)
    expected = [at for at in looked_up(text, set(words), hyphens) if at < stop]
    assert word_starts(text, frozenset(words), 1, 40, hyphens, stop) == expected
    assert word_starts(text, set(words), 1, 40, hyphens, stop) == expected


def test_word_starts_up_to_a_stop_on_real_articles() -> None:
    drafts = [d for d in islice(read_source(str(corpus_file("detik-2025.csv"))), 200)
              if isinstance(d, Draft)]
    nouns = load_cues().person_nouns
    found = 0
    for draft in drafts:
        every = word_starts(draft.body, nouns, 2, 30, False)
        stop = len(draft.body) // 2
        assert word_starts(draft.body, nouns, 2, 30, False, stop) == [
            at for at in every if at < stop]
        assert every == looked_up(draft.body, set(nouns), False)
        found += len(every)
    assert found > 100


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["menurut", "Menurut", "nya", "menurutnya", " ", "\u00a0", "dia",
                                 "ia", "beliau", "x", "-", "Me", "nurut", "\n", "é"]), max_size=30))
def test_menurut_matches_where_enurut_stands(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in _menurutnya(text)] == [
        m.span() for m in _MENURUTNYA.finditer(text)]


def python_subject_spans(text: str, starts: list[int]) -> list[tuple[int, int, int]]:
    """people.py's _SUBJECT tried at each place, as add_subjects tried it: the reference."""
    return [(start, match.start("name"), match.end("name")) for start in starts
            if (match := _SUBJECT.match(text, start))]


def test_subjects_on_real_articles() -> None:
    drafts = [d for name in ("detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl")
              for d in islice(read_source(str(corpus_file(name))), 400) if isinstance(d, Draft)]
    assert len(drafts) >= 600
    found = 0
    for draft in drafts:
        body = draft.body
        starts = sorted({0, *sentence_ends(body, _ABBREVIATIONS),
                         *(m.end() for m in _AFTER_COMMA.finditer(body))})
        spans = python_subject_spans(body, starts)
        assert subject_spans(body, starts) == spans, draft.record_id
        found += len(spans)
    assert found > 1000


def test_subjects_at_edges() -> None:
    for text in ["", "A", "Ab Cd ef", "Ab Cd", "Ab Cd\tef", "Ab Cd\nef", "\n \u00a0Ab (Cd) ef",
                 "Ab\u2009Cd ef", "Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv Wx yz",
                 "Ab Cd Ef Gh Ij Kl Mn Op Qr St Uv yz", "Ab Cd  \u00a0 ef", "Ab Cd Éf gh",
                 "(Ab) Cd, ef", "Ab, Cd, ef", "Ab Cd 2 ef", "Ab Cd é"]:
        starts = list(range(-1, len(text) + 2))
        assert subject_spans(text, starts) == python_subject_spans(text, starts), text


_SUBJECT_PIECES = ["Ab", "Cd", "(", ")", "ef", "é", "É", "2", ",", " ", "  ", "\t", "\n",
                   "\u00a0", "\u2009", ".", "X"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SUBJECT_PIECES), max_size=60))
def test_subjects_on_pieces(pieces: list[str]) -> None:
    text = "".join(pieces)
    starts = list(range(len(text) + 1))
    assert subject_spans(text, starts) == python_subject_spans(text, starts)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_subjects_on_any_text(text: str) -> None:
    starts = list(range(len(text) + 1))
    assert subject_spans(text, starts) == python_subject_spans(text, starts)


def test_holds_any_on_real_articles() -> None:
    from index.extract.statements.nicknames import DECLARING_HINTS
    drafts = [d for name in ("detik-2025.csv", "berita-2015-08-25.csv")
              for d in islice(read_source(str(corpus_file(name))), 400) if isinstance(d, Draft)]
    held = 0
    for draft in drafts:
        for hints in (DECLARING_HINTS, DECLARING_HINTS[1:], ("Jakarta",), ("\u201c", "é")):
            expected = any(hint in draft.body for hint in hints)
            assert holds_any(draft.body, hints) == expected, (draft.record_id, hints)
            held += expected
    assert held > 100


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="sapnglidkeabxé€ ", max_size=60),
       st.lists(st.sampled_from(["sapa", "alias", "ab", "a", "é", "€x", "x€", ""]), max_size=4))
def test_holds_any_on_any_text(text: str, hints: list[str]) -> None:
    assert holds_any(text, tuple(hints)) == any(hint in text for hint in hints)


# reported.py's look for a demonstrative before a passive cue as it was: a pattern searched over
# the sentence up to the cue
_ANAPHOR = re.compile(r"(?:\S+[ \t\u00a0]+){0,3}?(?:[Ii]tu|[Ii]ni|tersebut)[ \t\u00a0]+$")


def test_anaphor_before_a_cue_on_real_articles() -> None:
    drafts = [d for d in islice(read_source(str(corpus_file("detik-2025.csv"))), 150)
              if isinstance(d, Draft)]
    found = 0
    for draft in drafts:
        body = draft.body
        for at in [m.end() for m in re.finditer(r"[ \t\u00a0]+", body)][::3]:
            start = sentence_start(body, at)
            expected = _ANAPHOR.search(body, start, at) is not None
            assert ends_with_anaphor(body, start, at) == expected, (draft.record_id, at)
            found += expected
    assert found > 100


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["itu", "Itu", "ini", "Ini", "tersebut", "mini", "ITU", "hal",
                                 " ", "\t", "\u00a0", "\n", ".", ",", "x"]), max_size=14),
       st.integers(0, 20), st.integers(0, 60))
def test_anaphor_before_a_cue_on_pieces(pieces: list[str], start: int, end: int) -> None:
    text = "".join(pieces)
    assert ends_with_anaphor(text, start, end) == (_ANAPHOR.search(text, start, end) is not None)
