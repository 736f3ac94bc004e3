"""'Did you mean': a query word the index barely knows, replaced by a close word it knows well."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.analysis.analyzer import term_for
from search.deadline import Deadline

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_WORD = re.compile(r"^[a-z]{4,30}$")
RARE = 2  # a word in at most this many articles may be a typo
BETTER = 20  # a suggestion must be this many times more common


def _edits(word: str) -> set[str]:
    """Words one deletion, swap, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + swaps + replaces + inserts)


class _OutOfTime(Exception):
    pass


def correct_word(word: str, frequency: Callable[[str], int],
                 deadline: Deadline | None = None) -> str | None:
    """A better-known spelling of `word`, or None. `frequency(term)` counts articles. Raises
    _OutOfTime when the `deadline` passes (a long word has over a thousand candidates)."""
    word = word.lower()
    if not _WORD.match(word):
        return None
    term = term_for(word)
    if term is None:
        return None
    known = frequency(term)
    if known > RARE:
        return None
    best, best_score = None, known * BETTER
    for candidate in sorted(_edits(word)):
        if deadline is not None and deadline.passed("suggestion"):
            raise _OutOfTime
        candidate_term = term_for(candidate)
        if candidate_term is None or candidate_term == term:
            continue
        count = frequency(candidate_term)
        if count <= known * BETTER:
            continue
        # a letter left out is the commonest slip: prefer words that hold the typed letters
        score = count * (2 if _holds_in_order(candidate, word) else 1)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _holds_in_order(longer: str, shorter: str) -> bool:
    letters = iter(longer)
    return all(letter in letters for letter in shorter)


def suggest(words: list[str], query: str, frequency: Callable[[str], int],
            deadline: Deadline | None = None) -> str | None:
    """The query with its unknown words corrected, or None when nothing needs correcting, or
    when the `deadline` passes before every word is looked at ("suggestion")."""
    suggestion = query
    changed = False
    for word in words:
        try:
            better = correct_word(word, frequency, deadline)
        except _OutOfTime:
            return None
        if better:
            suggestion = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", better, suggestion, count=1)
            changed = True
    return suggestion if changed else None
