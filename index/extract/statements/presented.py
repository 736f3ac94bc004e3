"""Names an article presents with a copula or "bernama" and then refers back to: "..., salah
satunya adalah Rina Kartika Dewi. Perempuan kelahiran 1990 ini mengaku ..." names no speaker,
but the description (or "ia") that speaks next is the person presented. people.py keeps them as
sentence subjects are kept: only for references back, never as a speaker of their own."""

from __future__ import annotations

import itertools
import re

from index.extract.officials.lexicon import Lexicon
from index.extract.officials.tokens import _canonical_region, is_place
from index.extract.statements.cues import load_cues
from index.extract.statements.name_shapes import name_ending
from index.extract.word_places import written_apart

# the copula or "bernama", then two to four capitalised words, then the end of the sentence or
# a comma: "adalah Rina Kartika Dewi.", "yakni Budi Santoso, yang ..."
COPULAS = frozenset({"adalah", "ialah", "yakni", "yaitu", "bernama"})
_PRESENTED = re.compile(
    r"(?P<copula>[a-z]+)[ \t\u00a0]+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t\u00a0]+[A-Z][a-z][\w'’-]*){1,3})"
    r"(?=[.,](?:[ \t\u00a0\n]|$))"
)
# a list goes on after the name: "yakni Agus Wiguna, Kodar, ..." presents no one person
_LIST_GOES_ON = re.compile(r",[ \t\u00a0]+(?:dan[ \t\u00a0]+)?[A-Z]")
_CLAUSE_END = re.compile(r"[.!?;:\n\"“”]")


def presented_names(body: str, places: list[int], lexicon: Lexicon) -> list[tuple[int, str]]:
    """(where, name) of the names presented at `places` (where a word of COPULAS stands),
    after "bernama" or a copula whose clause speaks of a person ("salah satunya adalah",
    "pemain yang cedera adalah"; not "hasilnya adalah"), one name and not a list: no place,
    institution, organisation, office nor any word the body also writes in lower case."""
    cues = load_cues()
    found = []
    for at in places:
        match = _PRESENTED.match(body, at)
        if match is None:
            continue
        if _LIST_GOES_ON.match(body, match.end()) or not _presents_person(
                body, match.start(), match.group("copula"), cues.person_nouns):
            continue
        written = match.group("name")
        name = name_ending(written, lexicon)
        if name != written:
            continue  # "adalah Ketua DPRD Jawa Barat.": an office or a place runs into it
        words = name.split()
        if is_place(words[-1:], lexicon) or _canonical_region(words[-1]) or any(
            w in lexicon.institutions or w.lower() in cues.organisations
            or lexicon.office_pattern.fullmatch(w) or written_apart(body, w.lower())
            for w in words
        ):
            continue
        found.append((match.start("name"), name))
    return found


def _presents_person(body: str, at: int, copula: str, person_nouns: frozenset[str]) -> bool:
    """Whether the clause before a copula at `at` speaks of a person: "bernama" always does,
    else "salah satu(nya)" or a person noun among its last twelve words."""
    if copula == "bernama":
        return True
    start = max(0, at - 160)
    ends = list(_CLAUSE_END.finditer(body, start, at))
    words = body[ends[-1].end() if ends else start:at].lower().replace(",", " ").split()[-12:]
    return any(w in person_nouns for w in words) or any(
        w == "salah" and nxt in ("satu", "satunya") for w, nxt in itertools.pairwise(words))

