"""Searching a correction instead of the query when a word typed is in no article and a close
word is (docs/query-syntax.md, "Did you mean"): `bencanna alam` lists the articles about
"bencana alam", not those that only say "alam"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from search.deadline import Deadline
from search.filters import region_names
from search.query import ParsedQuery
from search.suggest import unknown_corrected


class _Found(Protocol):
    parsed: ParsedQuery
    relaxed: bool
    typed: tuple[str, str] | None
    spellings: dict[str, str | None]

    @property
    def total(self) -> int: ...

    @property
    def allowed(self): ...


Found = TypeVar("Found", bound=_Found)


def notice(searched: str, exact: str) -> str:
    return f"Menampilkan hasil untuk: {searched}. Cari persis: {exact}"


def search_corrected(found: Found, again: Callable[[str], Found],
                     in_no_article: Callable[[str], bool], frequency: Callable[[str], int],
                     deadline: Deadline) -> Found:
    """`found` (the query as typed), or `again(corrected text)` when nothing has all the words,
    a typed word matches nothing while a close word is common enough (search/suggest.py
    unknown_corrected), and the corrected query finds something. A word in quotes, a region's
    name ("katingan" is no slip of "ratingan") and a word found in any form are left as typed."""
    if found.total and not found.relaxed:
        return found
    unknown = [word for word in found.parsed.positive_words
               if word.isalpha() and not region_names(word) and in_no_article(word)]
    corrected = unknown_corrected(unknown, found.parsed.text, frequency, deadline,
                                  found.spellings)
    if corrected is None:
        return found
    instead = again(corrected[0])
    if not len(instead.allowed):
        return found
    instead.typed = (found.parsed.text, corrected[1])
    instead.parsed.notices.insert(0, notice(instead.parsed.text, corrected[1]))
    return instead
