"""A root typed also finds its meN- form when the analyzer gives the two different terms:
"tepis" finds "menepis", "tampik" "menampik", and the other way round.

meN-/peN- absorb a root's first k or t ("menepis" is meN- + tepis, "menampik" meN- + tampik).
The analyzer puts the consonant back only when the root is an attested word or has a di- or
-an form that is one (index/analysis/analyzer.py: "mengecam" is "kecam", as "dikecam" is):
"tepis", rare on its own in the word list and without such forms, is not, so "menepis" is
indexed as "epis" and "tepis" typed never meets the articles that say "menepis" (and "menepis"
typed never meets "ditepis"). Here a query word gets its other form when:

- typed as a root (its term starts with k or t and a vowel, and is not attested), its di- form
  or the root with a suffix ("ditepis", "tampiknya"): the meN- form (meng- + the root without
  k, men- + the root without t) is an attested word, so news writes it, and the analyzer gives
  it another term that is no word of its own (a root whose meN- form the analyzer would read
  as another word, a cloud's "awan" for "menawan", gets no such form);
- typed as a meN- form whose term is the root without its k or t (not attested, so not put
  back): the root is the other form, when the analyzer keeps it as it is ("mengemuka" gets no
  "kemuka", which it reads as ke- + muka).

Either form is the same word, inflected: it is searched as typed, not as an expansion (no
EXPANSION_WEIGHT), and only when the index has it. A name that only looks like a root ("Kamil",
"Tito") has no attested meN- form, so "amil" and "ito" are never added. A stopword gets none
either: the analyzer drops it from queries and articles alike, so its meN- form would be the
only word left of it, required ("Surat Kecil untuk Tuhan" would then need "mengecil", "tentang"
"menentang").
"""

from __future__ import annotations

from collections.abc import Callable

from index.analysis.analyzer import ATTESTED, protected_words, stem, stopwords
from index.analysis.prefix_roots import MEN_PREFIXES
from search.plain_words import rewrite_plain_words

# (prefix, the consonant it absorbs), from the one meN- table: meng- absorbs k, men- absorbs t.
_PREFIXES = tuple((MEN_PREFIXES[consonant][0], consonant) for consonant in ("k", "t"))
_VOWELS = frozenset("aiueo")
MIN_ROOT = 4  # letters of a root: shorter ones are too often other words


def other_form(word: str) -> str | None:
    """The other form of a lowercase word (its meN- form, or its root), or None."""
    if word in protected_words() or word in stopwords():
        return None
    term = stem(word)
    attested = ATTESTED
    if len(term) < MIN_ROOT or term in attested:
        return None
    for prefix, consonant in _PREFIXES:
        if term[0] == consonant and term[1] in _VOWELS and _root_or_its_form(word, term):
            form = prefix + term[1:]  # the root typed: its meN- form
            # its term a fragment, not a word: "menawan" is read as "awan", a cloud
            if form in attested and stem(form) != term and stem(form) not in attested:
                return form
        if word.startswith(prefix) and term[0] in _VOWELS and word[len(prefix):].startswith(term):
            root = consonant + term  # a meN- form typed: the root, if it is a term of its own
            if stem(root) == root:
                return root
    return None


def _root_or_its_form(word: str, term: str) -> bool:
    """Whether a word is its root, the root's di- form or the root with a suffix ("kecam",
    "dikecam", "tagihan"): not a word whose other prefix the stemmer took off ("pekerti" is
    no pe- form of "kerti")."""
    return word == term or word == "di" + term or word.startswith(term)


def with_nasal_forms(text: str, indexed: Callable[[str], bool]) -> str:
    """The query text with each plain word W that has another form F (`other_form`) in the
    index rewritten as (W OR F); `indexed` says whether a word (as typed) is in the index."""

    def forms(word: str) -> list[str]:
        form = other_form(word.lower())
        return [form] if form and indexed(form) else []

    return rewrite_plain_words(text, forms)
