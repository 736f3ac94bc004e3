"""Where a body writes a given capitalised word as a word of its own, found with `str.find`
instead of running a pattern over every capitalised word of the body (the people's names are a
few words; a body has hundreds of capitalised ones)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.extract.statements._scan import capitalised_places as _capitalised_places
from index.extract.word_places import word_places  # noqa: F401 (its home before)

# A capitalised word: a capital, then word characters, apostrophes and hyphens, not after a
# word character or a hyphen. Scanned left to right, a word never starts inside another.
CAPITALISED = re.compile(r"[A-Z](?<![\w-][A-Z])[\w'’-]*")


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "_'’-"  # \w (alphanumerics and "_"), apostrophes, "-"


def capitalised_places(body: str, word: str) -> list[int]:
    """The starts of the matches of CAPITALISED in body whose text is `word`, in order: where
    `word` is written with no word character, apostrophe or hyphen after it and opens a
    capitalised word (found in C: the timeline asks it for every name word of every person)."""
    return _capitalised_places(body, word) if CAPITALISED.fullmatch(word) else []


_SPACE_CHARS = " \t\u00a0"


def neighbour_written(text: str, words: list[str], slipped: int) -> bool:
    """Whether `text` writes the word next to the slipped one where People._spelt_before's pattern
    needs it: the word before it, then spaces and a capital; or, for the first word, the
    second after a word's letter and spaces. (Only a plain look: the pattern decides.)"""
    if slipped:
        word = words[slipped - 1]
        at = text.find(word)
        while at >= 0:
            end = after = at + len(word)
            while after < len(text) and text[after] in _SPACE_CHARS:
                after += 1
            if end < after < len(text) and "A" <= text[after] <= "Z":
                return True
            at = text.find(word, at + 1)
        return False
    word = words[1]
    at = text.find(word)
    while at >= 0:
        start = at
        while start and text[start - 1] in _SPACE_CHARS:
            start -= 1
        if start < at and start and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
            return True
        at = text.find(word, at + 1)
    return False


# People._spelt_before's reading of a one-word name: a capitalised word of its own
_ONE_CAPITALISED = re.compile(r"(?<![\w-])([A-Z][\w'’-]+)(?![\w-])")


def spelt_with_slip(text: str, words: list[str], slipped: int) -> Iterator[tuple[str, str]]:
    """(what is written, the slipped word's spelling) where `text` writes the words (split from
    a name) with a capitalised word in place of `words[slipped]`: the matches, in order, of
    `(?<![\\w-])W1 ([A-Z][\\w'’-]+) W3(?![\\w-])` (one word escaped in place of each name word,
    spaces between), found with `str.find` instead of a pattern compiled for each name."""
    if len(words) == 1:
        for match in _ONE_CAPITALISED.finditer(text):
            yield match.group(), match.group(1)
        return
    resume = 0
    for at in _starts(text, words, slipped):
        if at < resume:
            continue  # as a pattern's matches: none overlaps the one before
        found = _slipped_at(text, at, words, slipped)
        if found is not None:
            resume = found[0]
            yield text[at:resume], text[found[1]:found[2]]


def _starts(text: str, words: list[str], slipped: int) -> list[int]:
    """Where a match may start, in order: where the first word is written, or, when that one
    is the slipped one, the capitals of the run of letters before spaces and the second."""
    if slipped:
        return _finds(text, words[0])
    starts = set()
    for at in _finds(text, words[1]):
        start = at
        while start and text[start - 1] in _SPACE_CHARS:
            start -= 1
        if start == at:
            continue
        run = start
        while run and _in_word(text[run - 1]):
            run -= 1
        starts.update(s for s in range(run, start - 1) if "A" <= text[s] <= "Z")
    return sorted(starts)


def _finds(text: str, word: str) -> list[int]:
    places = []
    at = text.find(word)
    while at >= 0:
        places.append(at)
        at = text.find(word, at + 1)
    return places


def _slipped_at(text: str, at: int, words: list[str], slipped: int) -> tuple[int, int, int] | None:
    """(the match's end, the slipped word's start and end) of the pattern at `at`, or None."""
    if at and (text[at - 1].isalnum() or text[at - 1] in "_-"):
        return None
    end, size = at, len(text)
    start = stop = at
    for index, word in enumerate(words):
        if index:
            spaces = end
            while end < size and text[end] in _SPACE_CHARS:
                end += 1
            if end == spaces:
                return None
        if index == slipped:
            if not (end < size and "A" <= text[end] <= "Z"):
                return None
            start = end
            end += 1
            while end < size and _in_word(text[end]):
                end += 1
            if end - start < 2:
                return None
            stop = end
        elif text.startswith(word, end):
            end += len(word)
        else:
            return None
    if end < size and (text[end].isalnum() or text[end] in "_-"):
        return None
    return end, start, stop
