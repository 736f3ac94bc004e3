"""People of the official facet who look like one person under two names (bench/identities.py,
part 5): the count to bring down without merging two people.

Two people (identities named in a live article) look alike when a written name of one and a
written name of the other, compared as index/people.py compares them (case, accents, full stops,
hyphens and apostrophes aside, in their spelling keys: old and variant spellings and doubled
letters aside):

- **spelling**: are the same letters, spaces aside ("Ahmad Sahroni", "Ahmad Syahroni";
  "Megawati Soekarno Putri", "Megawati Soekarnoputri");
- **one letter**: have two words or more, the same but for one letter of one word of four
  letters or more ("Tripeni Irianto Putro", "Tripeni Irinto Putro");
- **short form**: one, of two words or more, is a short form of the other (initials for words,
  or words left out: "M Iriawan", "Mochamad Iriawan"; "Melchias Mekeng", "Melchias Marcus
  Mekeng");
- **order**: are the same two words or more in another order ("Lalu Iqbal Muhammad");
- **glued**: are the same but for a word of the language of four letters or more run onto the
  last word ("Bahlil Lahadaliamengatakan", "Purbaya Yudhi Sadewabuka";
  index/data/attested_words.txt).

A name of one word that is a short form of a fuller one ("Budi", "Budi Karya Sumadi") is not
counted: nearly always other people who share a first name or a surname (part 3 of
bench/identities.py lists those joined). A pair that looks alike may be two people ("Arief
Budiman" of the KPU, "Aris Budiman" of the KPK): the list is read, not only counted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from index.analysis.analyzer import attested_words
from index.people import NEAR_WORD, is_short_form, name_key, one_edit, spelling_key

KINDS = ("spelling", "one letter", "short form", "order", "glued")


def kind(one: tuple[str, ...], other: tuple[str, ...]) -> str | None:
    """How two written names (name keys) look alike, or None (see the module docstring)."""
    a, b = spelling_key(one), spelling_key(other)
    if "".join(a) == "".join(b):
        return "spelling"
    if len(a) == len(b) > 1 and sum(x != y for x, y in zip(a, b, strict=True)) == 1 and all(
            x == y or (min(len(w), len(v)) >= NEAR_WORD and one_edit(x, y))
            for x, y, w, v in zip(a, b, one, other, strict=True)):
        return "one letter"
    if (len(one) > 1 and is_short_form(one, other)) or (len(other) > 1
                                                         and is_short_form(other, one)):
        return "short form"
    if len(a) > 1 and sorted(a) == sorted(b):
        return "order"
    if len(one) == len(other) > 1 and one[:-1] == other[:-1] and _glued(one[-1], other[-1]):
        return "glued"
    return None


def _glued(one: str, other: str) -> bool:
    longer, shorter = (one, other) if len(one) > len(other) else (other, one)
    glued = longer[len(shorter):]
    return longer.startswith(shorter) and len(glued) >= 4 and glued in attested_words()


def lookalikes(people: Iterable[dict]) -> list[tuple[str, dict, dict]]:
    """(kind, person, person) for each pair of `people` (engine.people()) that look alike."""
    people = list(people)
    forms = [(name_key(name), at) for at, person in enumerate(people)
             for name in person["names"] or [person["name"]]]
    by_word: dict[str, set[int]] = defaultdict(set)  # a word of a form -> forms with it
    for number, (key, _) in enumerate(forms):
        for word in spelling_key(key):
            by_word[word[:3]].add(number)  # a glued or one-letter word keeps its first letters
    found: dict[tuple[int, int], str] = {}
    for key, at in forms:
        near = set().union(*(by_word[word[:3]] for word in spelling_key(key)))
        for other_number in near:
            other_key, other_at = forms[other_number]
            pair = (min(at, other_at), max(at, other_at))
            if at == other_at or pair in found:
                continue
            if (how := kind(key, other_key)) is not None:
                found[pair] = how
    return sorted(((how, people[a], people[b]) for (a, b), how in found.items()),
                  key=lambda item: (KINDS.index(item[0]), item[1]["name"], item[2]["name"]))
