"""A word typed also finds it with a bound form written on to it: "bencana" finds "pascabencana",
"gempa" "pascagempa", "banjir" "pascabanjir".

Indonesian spelling (PUEBI, bentuk terikat) writes these forms attached to the word they modify,
so the analyzer sees one word that the word typed does not match: an article on the recovery
"pascabencana di Aceh" never said "bencana". Such a form is an expansion, like a short or long
form the query did not type (search/synonyms.py): it weighs EXPANSION_WEIGHT, below the words
typed, and it is added only when the index has it.
"""

from __future__ import annotations

from collections.abc import Callable

from search.plain_words import rewrite_plain_words

# Bound forms written on to a word without changing what the text is about: "pasca" (after) only.
# PUEBI lists more; "antar" and "non" measured no better on the ranking dev set, and "pra" makes
# other words of some ("prakerja", "prasarana").
BOUND_FORMS = ("pasca",)
MIN_WORD = 4  # letters of the word typed: shorter ones make other words


def with_bound_forms(text: str, indexed: Callable[[str], bool]) -> str:
    """The query text with each plain word W that the index also has as a bound form + W
    rewritten as (W OR formW ...); `indexed` says whether a word (as typed) is in the index."""

    def forms(word: str) -> list[str]:
        if len(word) < MIN_WORD:
            return []
        lower = word.lower()
        return [f + lower for f in BOUND_FORMS if not lower.startswith(f) and indexed(f + lower)]

    return rewrite_plain_words(text, forms)
