"""Places and slips of the pen for attribution: whether words are a country's or a region's
name, whether a word is one with a letter more or less ("Australi"), and what one letter off
is."""

from __future__ import annotations

from index.extract.officials.lexicon import Lexicon
from index.extract.officials.tokens import _canonical_region


def one_edit(one: str, other: str) -> bool:
    """One letter more, less or other, or two letters side by side swapped ("Yursi": Yusri)."""
    if abs(len(one) - len(other)) > 1 or one == other:
        return False
    if len(one) == len(other):
        differ = [i for i, (a, b) in enumerate(zip(one, other, strict=True)) if a != b]
        if len(differ) == 2 and differ[1] == differ[0] + 1 and (
                one[differ[0]] == other[differ[1]] and one[differ[1]] == other[differ[0]]):
            return True
    if len(one) > len(other):
        one, other = other, one
    at = next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), len(one))
    return one[at + (len(one) == len(other)):] == other[at + 1:]


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
