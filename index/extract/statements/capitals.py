"""Where a body writes a given capitalised word as a word of its own, found with `str.find`
instead of running a pattern over every capitalised word of the body (the people's names are a
few words; a body has hundreds of capitalised ones)."""

from __future__ import annotations

import re

from index.extract.word_places import word_places  # noqa: F401 (its home before)

# A capitalised word: a capital, then word characters, apostrophes and hyphens, not after a
# word character or a hyphen. Scanned left to right, a word never starts inside another.
CAPITALISED = re.compile(r"[A-Z](?<![\w-][A-Z])[\w'’-]*")


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "_'’-"  # \w (alphanumerics and "_"), apostrophes, "-"


def capitalised_places(body: str, word: str) -> list[int]:
    """The starts of the matches of CAPITALISED in body whose text is `word`, in order."""
    if not CAPITALISED.fullmatch(word):
        return []
    places = []
    at = body.find(word)
    while at >= 0:
        end = at + len(word)
        if (end == len(body) or not _in_word(body[end])) and _opens_word(body, at):
            places.append(at)
        at = body.find(word, at + 1)
    return places


def _opens_word(body: str, at: int) -> bool:
    """Whether a capital at `at` opens a capitalised word: nothing before it, or a character
    that is no word character nor a hyphen; after an apostrophe, only when no capitalised word
    has opened earlier in the same run of letters and apostrophes ("O’Brien" is one word)."""
    if at == 0:
        return True
    before = body[at - 1]
    if before.isalnum() or before in "_-":
        return False
    if before not in "'’":
        return True
    start = at - 1
    while start > 0 and _in_word(body[start - 1]):
        start -= 1
    return not any("A" <= body[s] <= "Z" and (s == start or body[s - 1] in "'’")
                   for s in range(start, at))


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
