"""Speakers read inside a noun phrase that is no person's name.

Reading back from a reporting verb, or on from a cue, the capitalised run there is taken for the
speaker; in these noun phrases it names no one who speaks, or not alone:

- **A place that qualifies a noun.** "Seorang sumber militer Korea Selatan mengatakan",
  "Sebuah studi di Amerika Serikat menyatakan", "seorang diplomat Korea Utara menyebutkan": the
  place says which source, study or official; the speaker is someone the text does not name, the
  phrase as written its description; an authority's noun and the place ("Pemerintah Amerika
  Serikat mendesak") is that authority, named as written. "Menteri Luar Negeri Amerika Serikat
  mendesak": an office of the place, whose holder is whoever the article names with it. A
  place alone ("Korea Utara mengatakan", "Namun, Amerika menyebut") or after another place
  ("Amerika Serikat dan Korea Selatan menuding") stays the speaker, as a country speaks.
- **An unnamed speaker referred back to.** '"...," ujar sumber tersebut': the source the text
  does not name, again; a pronoun right after goes on meaning that source.
- **"sang" and a noun, then a proper name.** "sang bintang Jurassic Park mengaku": the star
  of that film, the person the text spoke of before, as "sang menteri" is.
- **A person's noun written as a title.** "kata Ahli Geofisika USGS John Bellini": a noun for
  a person ("Ahli", "Peneliti", "Pengamat") opens an office-like phrase closed by the name, as
  a known office does ("kata Ketua Umum ISSC Budi Harta Winata").
"""

from __future__ import annotations

import re

from index.extract.officials.tokens import _canonical_region, is_place
from index.extract.statements.cues import Cues
from index.extract.statements.office_names import name_closing_office
from index.extract.statements.people import People
from index.extract.statements.reference import Reference

# "ujar sumber tersebut.": the noun, then only the word that refers back
_BACK_AFTER = re.compile(r"[ \t\u00a0]+(?:itu|tersebut|ini)(?=[ \t\u00a0]*[.,;])")
_JOINING = frozenset({"dan", "serta", "atau"})
_BACK = frozenset({"itu", "ini", "tersebut", "pun", "juga"})
_STATES = frozenset({"negara", "negara-negara", "bangsa"})
_PEOPLE = frozenset({"orang", "warga", "penduduk", "masyarakat", "penonton", "responden"})
_SOMEONE = frozenset({"sumber", "seorang", "sebuah"})  # a source or one of many, unnamed


def _place_word(word: str, people: People) -> bool:
    return is_place([word], people.lexicon) or bool(_canonical_region(word)) or (
        word.isupper() and 2 <= len(word) <= 3)  # "AS", "UE": a country's initials


def subject_description(name: str, role_words: list[str], segment: str, verb_at: int,
                        people: People, cues: Cues) -> Reference | None:
    """The reference of a subject whose name read is a place's that qualifies the words before
    it, or a proper name inside "sang" and a noun (see the module docstring); None when the
    name may be the speaker."""
    if len(role_words) >= 2 and role_words[-2].lower() == "sang" and role_words[-1].islower():
        return Reference("pronoun", None, role_words[-1], verb_at)  # "sang bintang Jurassic Park"
    if not role_words or not (is_place(name.split(), people.lexicon) or _canonical_region(name)):
        return None
    if name.startswith("Uni "):
        return None  # "misi Uni Afrika": a union of states speaks, as a country does
    words = list(role_words)
    while words and (words[-1].lower() in _JOINING or _place_word(words[-1], people)):
        words.pop()  # "... AS dan Jepang": places named together after the noun
    if not words:
        return None  # "Amerika Serikat dan Korea Selatan menuding": the countries speak
    last = words[-1]
    lower = last.lower()
    if lower in _STATES:
        return None  # "Sebanyak 54 negara Afrika menuntut": countries speak, as one does
    if any(w.lower() in cues.person_nouns or w.lower() in _SOMEONE for w in words):
        return Reference("unnamed", None, segment, verb_at)  # "Pejabat AS", "sumber militer"
    if lower in cues.unnamed and len(words) == 1 and lower not in _PEOPLE:
        # "Pemerintah Amerika Serikat mendesak", "polisi Jerman": the place's authority, named
        # as written (as speaker_before names "Otoritas Lingkungan Oman")
        return Reference("institution", segment, None, verb_at)
    common = last[:1].islower() and lower not in cues.between and lower not in cues.openers and (
        lower not in _BACK and lower not in cues.pronouns
    ) and not lower.startswith(("me", "di", "ber", "ter"))
    if common or lower == "di":
        return Reference("unnamed", None, segment, verb_at)  # "pusat geologi", "studi di"
    office = " ".join(words)
    if people.lexicon.office_pattern.fullmatch(office):
        return Reference("role", None, f"{office} {name}", verb_at)  # "Menteri Luar Negeri"
    return None


def titled_by_noun(words: list[str], body: str, at: int, people: People,
                   cues: Cues) -> Reference | None:
    """"kata Ahli Geofisika USGS John Bellini": a person's noun, capitalised, opening a phrase
    that the name closes; None when the phrase is no such one."""
    if not words or not words[0][:1].isupper() or words[0].lower() not in cues.person_nouns:
        return None
    closing = name_closing_office(body, at, people, cues)
    if closing is None or not any(word.isupper() and len(word) >= 2 and word.isalpha()
                                  for word in closing[1].split()[1:]):
        # an acronym of the organisation between them ("USGS", "PT NH") tells the phrase from
        # a team's or a body's name alone ("Pelatih Arema Cronus, Joko Susilo", "Pengamat Hak
        # Asasi Manusia di Suriah"), whose name the later readings find
        return None
    return Reference("name", *closing)


def unnamed_back(body: str, at: int, end: int, cues: Cues) -> Reference | None:
    """"...,\" ujar sumber tersebut.": after a cue, a noun for a speaker the text does not name
    ("sumber", "warga") and "itu"/"tersebut" is that unnamed speaker again, described, so that a
    pronoun right after goes on meaning them, not the person named before them."""
    back = _BACK_AFTER.match(body, end)
    if back is None or body[at:end].lower() not in cues.unnamed:
        return None
    return Reference("unnamed", None, body[at:back.end()], at)
