"""Slips of the pen in a person's name: some of a known name's words, one of them misspelt by a
letter ("Yursi" for Yusri, "Ultzy" for Ulytz)."""

from __future__ import annotations

from index.people import one_edit


def one_slip(words: frozenset[str], known: frozenset[str]) -> bool:
    """Whether the words are some of the known name's, one of them misspelt by one letter."""
    rest = words - known
    if len(rest) != 1 or len(words) > len(known):
        return False
    (word,) = rest
    return len(word) >= 5 and any(
        (one_edit(word, other) or _letter_moved(word, other))
        for other in known - words if other[:1] == word[:1])


def _letter_moved(one: str, other: str) -> bool:
    """Whether one letter stands elsewhere in the other word ("Ultzy" for Ulytz)."""
    if len(one) != len(other) or one == other or sorted(one) != sorted(other):
        return False
    return any(one[:i] + one[i + 1:] == other[:j] + other[j + 1:]
               for i in range(len(one)) for j in range(len(other)) if one[i] == other[j])
