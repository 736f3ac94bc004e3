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
# a word searched as corrected has at least this many letters: a short one in no article is as
# often a new term ("mpox", "hmpv") as a slip, and has many words one slip away
CORRECTED_LETTERS = 5
# and the word searched instead is in at least this many articles: "sirekap", a term newer than
# the corpus, is no slip of "direkap" (in 2 of its 11,730 articles)
CORRECTED_LEAST = 5


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
                 deadline: Deadline | None = None, rare: int = RARE,
                 memo: dict[str, str | None] | None = None) -> str | None:
    """A better-known spelling of `word` when it is in at most `rare` articles, or None.
    `frequency(term)` counts articles. Raises _OutOfTime when the `deadline` passes (a long word
    has over a thousand candidates). `memo` keeps the answers for words in no article, which do
    not depend on `rare`: a request that looks twice looks up the candidates once."""
    word = word.lower()
    if memo is not None and word in memo:
        return memo[word]
    if not _WORD.match(word):
        return None
    term = term_for(word)
    if term is None:
        return None
    known = frequency(term)
    if known > rare:
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
    if memo is not None and known == 0:
        memo[word] = best
    return best


def _holds_in_order(longer: str, shorter: str) -> bool:
    letters = iter(longer)
    return all(letter in letters for letter in shorter)


def _corrected(words: list[str], query: str, frequency: Callable[[str], int],
               deadline: Deadline | None, rare: int,
               memo: dict[str, str | None] | None, least: int = 0
               ) -> tuple[str, list[str]] | None:
    """The query with its words in at most `rare` articles corrected (by a word in at least
    `least` articles), and the words typed that were replaced; None when none is, or past the
    `deadline`."""
    corrected, replaced = query, []
    for word in words:
        try:
            better = correct_word(word, frequency, deadline, rare, memo)
        except _OutOfTime:
            return None
        if better and least and frequency(term_for(better)) < least:
            better = None
        if better:
            corrected = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", better, corrected, count=1)
            replaced.append(word)
    return (corrected, replaced) if replaced else None


def suggest(words: list[str], query: str, frequency: Callable[[str], int],
            deadline: Deadline | None = None,
            memo: dict[str, str | None] | None = None) -> str | None:
    """The query with its unknown words corrected, or None when nothing needs correcting, or
    when the `deadline` passes before every word is looked at ("suggestion")."""
    found = _corrected(words, query, frequency, deadline, RARE, memo)
    return None if found is None else found[0]


def unknown_corrected(words: list[str], query: str, frequency: Callable[[str], int],
                      deadline: Deadline | None = None,
                      memo: dict[str, str | None] | None = None) -> tuple[str, str] | None:
    """When words of the query are in no article and each has a close word that is: (the query
    with them corrected, the query with them in quotes, which searches them as typed)."""
    words = [word for word in words if len(word) >= CORRECTED_LETTERS]
    found = _corrected(words, query, frequency, deadline, 0, memo, least=CORRECTED_LEAST)
    if found is None:
        return None
    exact = query
    for word in found[1]:
        exact = re.sub(rf'(?<![\w"]){re.escape(word)}(?![\w"])', f'"{word}"', exact, count=1)
    return found[0], exact
