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
_WORD = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{6,}(?![\w'’-])")
_NEXT_WORDS = re.compile(rf"(?:{_SP}+[A-Z][a-z]+(?![\w'’-])){{0,2}}")
_INITIALS = re.compile(rf"(?:(?<![\w.])(?:[A-Z]\.){{1,3}}{_SP}?)+$")
MIN_SHORT, MIN_LEFT = 4, 4


def word_part_name(short: str, body: str, lexicon: Lexicon) -> str | None:
    """The one full name whose word starts or ends with `short` (see the module docstring),
    as the body writes it; None when there is none or more than one."""
    if len(short) < MIN_SHORT or not short.isalpha() or not short[:1].isupper():
        return None
    lower = short.lower()
    if lower not in body.lower():
        return None  # the cheap look first: most short names are no part of another word
    found: set[str] = set()
    for word in _WORD.finditer(body):
        text = word.group().lower()
        if len(text) - len(lower) < MIN_LEFT or not (
                text.startswith(lower) or text.endswith(lower)):
            continue
        end = _NEXT_WORDS.match(body, word.end()).end()
        segment = body[max(0, word.start() - 80):end]
        name = name_ending(segment, lexicon)
        if not name or word.group() not in name.split():
            continue
        before = segment[:len(segment) - len(name)]
        if initials := _INITIALS.search(before):
            name = f"{initials.group().strip()} {name}"  # "A.S. Pudjoharsoyo"
        if len(name.split()) >= 2:
            found.add(name)
    return found.pop() if len(found) == 1 else None
