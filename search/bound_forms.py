"""A word typed also finds it with a bound form written on to it: "bencana" finds "pascabencana",
"gempa" "pascagempa", "banjir" "pascabanjir"; and the person-noun made of it with -wan:
"wisata" finds "wisatawan", "budaya" "budayawan".

Indonesian spelling (PUEBI, bentuk terikat) writes these forms attached to the word they modify,
so the analyzer sees one word that the word typed does not match: an article on the recovery
"pascabencana di Aceh" never said "bencana". The suffix -wan makes a person of a noun (the
tourist of "wisata", the worker of "karya"); the stemmer does not take it off (it reads
"wisatawan" as "wisataw"), so an article on the tourists of a place, which says "wisatawan",
never meets "wisata" typed. Such a form is an expansion, like a short or long form the query
did not type (search/synonyms.py): it weighs EXPANSION_WEIGHT, below the words typed, and it is
added only when the index has it. A -wan form is added only when it is an attested word
(index/data/attested_words.txt, not built from the text Kabar searches) that the analyzer reads
as another term: "melawan" (me- + lawan) is no -wan form of "mela", hence MIN_SUFFIXED.
"""

from __future__ import annotations

from collections.abc import Callable

from index.analysis.analyzer import ATTESTED, stem
from search.plain_words import rewrite_plain_words

# Bound forms written on to a word without changing what the text is about: "pasca" (after) only.
# PUEBI lists more; "antar" and "non" measured no better on the ranking dev set, and "pra" makes
# other words of some ("prakerja", "prasarana").
BOUND_FORMS = ("pasca",)
MIN_WORD = 4  # letters of the word typed: shorter ones make other words
# Suffixes that make a person of the word (-wan). "-man" (seniman) and "-wati" are left out: of
# the attested words they make, most are other words ("superman", "pasaman") or names.
SUFFIXES = ("wan",)
MIN_SUFFIXED = 5  # letters of a word given a -wan form: of four, most are other words
# ("melawan", "perawan", "belawan", "ditawan")


def with_bound_forms(text: str, indexed: Callable[[str], bool]) -> str:
    """The query text with each plain word W that the index also has as a bound form + W, or as
    W + a person suffix, rewritten as (W OR formW ...); `indexed` says whether a word (as
    typed) is in the index."""

    def forms(word: str) -> list[str]:
        if len(word) < MIN_WORD:
            return []
        lower = word.lower()
        found = [f + lower for f in BOUND_FORMS if not lower.startswith(f) and indexed(f + lower)]
        return found + suffixed_forms(lower, indexed)

    return rewrite_plain_words(text, forms)


def suffixed_forms(word: str, indexed: Callable[[str], bool]) -> list[str]:
    """The -wan forms of a lowercase word that are attested words, other terms and indexed."""
    if len(word) < MIN_SUFFIXED:
        return []
    return [word + s for s in SUFFIXES
            if not word.endswith(s) and word + s in ATTESTED
            and stem(word + s) != stem(word) and indexed(word + s)]
