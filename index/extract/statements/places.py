"""Places and slips of the pen for attribution: whether words are a country's or a region's
name, and whether a word is one with a letter more or less ("Australi"); what one letter off
is, index/people.py says."""

from __future__ import annotations

from index.extract.officials.lexicon import Lexicon
from index.extract.officials.tokens import _canonical_region
from index.people import one_edit

_PLACE_WORDS: dict[int, frozenset[str]] = {}


def _place_words(lexicon: Lexicon) -> frozenset[str]:
    """Place names outside the gazetteer (titles.tsv, kind place) and their first words:
    "Amerika Serikat" and "Amerika"."""
    if (found := _PLACE_WORDS.get(id(lexicon))) is None:
        places = [phrase for phrase, kind in lexicon.phrases.items() if kind == "place"]
        found = frozenset(places) | frozenset(place.split()[0] for place in places)
        _PLACE_WORDS.clear()
        _PLACE_WORDS[id(lexicon)] = found
    return found


def is_place(words: list[str], lexicon: Lexicon) -> bool:
    """Whether the words are a country's or a region's name."""
    text = " ".join(words)
    return text in _place_words(lexicon) or bool(_canonical_region(text))


def misspelt_place(word: str, lexicon: Lexicon) -> bool:
    """Whether a word is a country's or region's name with a letter more or less ("Australi"),
    six letters or more (a letter other is a name as often: "Indra", "India")."""
    if len(word) < 6 or is_place([word], lexicon):
        return False
    by_start = _places_by_start(lexicon)
    return any(one_edit(word, place) for size in (len(word) - 1, len(word) + 1)
               for place in by_start.get((word[0], size), ()))


_PLACES_BY_START: dict[int, tuple[Lexicon, dict[tuple[str, int], list[str]]]] = {}


def _places_by_start(lexicon: Lexicon) -> dict[tuple[str, int], list[str]]:
    """The one-word place names by (first letter, length): a word's misspellings are looked
    for among those of its length give or take one, not among all."""
    kept = _PLACES_BY_START.get(id(lexicon))
    if kept is None or kept[0] is not lexicon:
        by_start: dict[tuple[str, int], list[str]] = {}
        for place in _place_words(lexicon):
            if place and " " not in place:
                by_start.setdefault((place[0], len(place)), []).append(place)
        _PLACES_BY_START.clear()
        kept = _PLACES_BY_START[id(lexicon)] = (lexicon, by_start)
    return kept[1]
