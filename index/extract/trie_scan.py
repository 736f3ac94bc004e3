"""A trie pattern's matches (index/extract/trie_pattern.py), found where C says a phrase is written.

The office names, the gazetteer's forms and the office holders' names are each one regular
expression shaped as a trie, which the engine tries at nearly every letter of a body. The
compiled scan (index/extract/_trie_scan.c) walks the same trie once over the text and names
every place where one of its phrases is written; the pattern then matches at those places only.
A search finds the first place from which the pattern matches, and the scan never leaves out a
place the pattern matches at, so the matches are the pattern's own, in the same order
(tests/test_trie_scan.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator

from index.extract import _trie_scan

# how the pattern writes a phrase's letters: as they are; the first as it is and the rest in
# any case (the gazetteer's capitalised forms); all in any case
CASE_EXACT, CASE_AFTER_FIRST, CASE_ANY = 0, 1, 2
# what a space of a phrase matches: [ \t\xa0]+ (offices), [ \t\xa0] (office holders), the
# gazetteer's (?:\.?[ \t\xa0-]+)? (where ' also matches ’), or \s+ (the government words)
SPACES_RUN, SPACES_ONE, SPACES_FORM, SPACES_ANY = 0, 1, 2, 3


class TrieScan:
    """A trie pattern and the compiled scan of its phrases."""

    def __init__(self, pattern: re.Pattern[str], phrases: Iterable[str], case: int,
                 spaces: int) -> None:
        self.pattern = pattern
        self._trie = _trie_scan.trie_compile(list(phrases), case, spaces)

    def starts(self, text: str, pos: int = 0) -> list[int]:
        """Every place from pos where a phrase may be written: where the pattern matches, and
        maybe a few more."""
        return _trie_scan.trie_starts(self._trie, text, pos)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """pattern.finditer(text, pos)."""
        match_at = self.pattern.match
        for at in _trie_scan.trie_starts(self._trie, text, pos):
            if at >= pos and (match := match_at(text, at)) is not None:
                yield match
                pos = match.end()

    def searcher(self) -> Callable[[str, int], re.Match[str] | None]:
        """A search(text, pos) that is pattern.search(text, pos), for one reading that searches
        a text again and again from further on (the places are found once a text)."""
        match_at = self.pattern.match
        scanned: list = [None, []]  # the text last searched, its places

        def search(text: str, pos: int) -> re.Match[str] | None:
            if text is not scanned[0]:
                scanned[:] = [text, self.starts(text)]
            places = scanned[1]
            for k in range(bisect_left(places, pos), len(places)):
                if (match := match_at(text, places[k])) is not None:
                    return match
            return None

        return search


# by the pattern's id: a pattern's hash is computed from its whole compiled program each time
_SCANS: dict[int, TrieScan] = {}


def trie_scan(pattern: re.Pattern[str], phrases: Callable[[], Iterable[str]], case: int,
              spaces: int) -> TrieScan:
    """The scan of a trie pattern, made the first time it is asked for (`phrases`: the
    phrases the pattern was made of)."""
    scan = _SCANS.get(id(pattern))
    if scan is None or scan.pattern is not pattern:  # the scan holds its pattern, so its id
        scan = _SCANS[id(pattern)] = TrieScan(pattern, phrases(), case, spaces)
    return scan
