"""A one-word short name cut from one word of a full name the article writes: "Pudjo" for
A.S. Pudjoharsoyo (the word's start), "Tuti" for Harkristuti Harkrisnowo (its end, as
Indonesian nicknames often are). The people of an article (`people.People.finish`) give a
speaker read only as such a short name the full name, when the body writes exactly one.

The cut must leave four letters or more of the word ("Budi" is no cut of "Budiman"), the short
name has four letters or more, and the full name two words or more (initials count: "A.S.").
"""

from __future__ import annotations

import re

from index.extract.officials.lexicon import Lexicon
from index.extract.statements.name_shapes import name_ending

_SP = "[ \\t\\u00a0]"
_WORD = re.compile(r"[A-Z][a-z]{6,}")
_GLUED_BEFORE, _GLUED_AFTER = "-'’.0123456789_", "-'’0123456789_"
_NEXT_WORDS = re.compile(rf"(?:{_SP}+[A-Z][a-z]+(?![\w'’-])){{0,2}}")
_INITIALS = re.compile(rf"(?:(?<![\w.])(?:[A-Z]\.){{1,3}}{_SP}?)+$")
MIN_SHORT, MIN_LEFT = 4, 4


def word_part_name(short: str, body: str, lexicon: Lexicon) -> str | None:
    """The one full name whose word starts or ends with `short` (see the module docstring),
    as the body writes it; None when there is none or more than one."""
    if len(short) < MIN_SHORT or not short.isalpha() or not short[:1].isupper():
        return None
    lower = short.lower()
    lowered = body.lower()
    if len(lowered) != len(body):
        return None  # a letter whose lower case is two ("İ"): the places would not agree
    found: set[str] = set()
    at = lowered.find(lower)
    while at >= 0:
        start, end = at, at + len(lower)
        while start and lowered[start - 1].isalpha():
            start -= 1
        while end < len(body) and lowered[end].isalpha():
            end += 1
        at = lowered.find(lower, end)
        word = body[start:end]
        if end - start - len(lower) < MIN_LEFT or not _WORD.fullmatch(word) or (
                start and body[start - 1] in _GLUED_BEFORE) or (
                end < len(body) and body[end] in _GLUED_AFTER):
            continue  # the name itself, a short word, or one glued to another by "-", "'", "."
        if not (lowered.startswith(lower, start) or lowered.endswith(lower, 0, end)):
            continue  # "Pudjo" inside "Pudjoharsoyo"'s start or "Tuti" at "Harkristuti"'s end
        name = _name_with(word, start, end, body, lexicon)
        if name:
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _name_with(word: str, start: int, end: int, body: str, lexicon: Lexicon) -> str | None:
    """The full name the body writes with the word at start:end, initials before it included;
    None when it is one word."""
    end = _NEXT_WORDS.match(body, end).end()
    segment = body[max(0, start - 80):end]
    name = name_ending(segment, lexicon)
    if not name or word not in name.split():
        return None
    before = segment[:len(segment) - len(name)]
    if initials := _INITIALS.search(before):
        name = f"{initials.group().strip()} {name}"  # "A.S. Pudjoharsoyo"
    return name if len(name.split()) >= 2 else None
