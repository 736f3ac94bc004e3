"""Candidate pairs: "pasangan calon Ridwan Kamil - Uu Ruzhanul Ulum dan Deddy Mizwar - Dedi
Mulyadi", "tiga paslon, yaitu A - B, C - D, dan E - F". Election news names the pairs running
for head and deputy of a region without writing the office beside each name; each person of a
pair is a candidate for public office, so an official, with no role written."""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.extract.officials.lexicon import SPACE, Lexicon
from index.extract.officials.names import _is_person_name, _may_be_person
from index.extract.officials.office_mentions import OfficeMention
from index.extract.officials.tokens import _canonical_region
from index.gazetteer import is_common_word

# Where the pairs are named: from "pasangan calon" / "paslon" to the end of the sentence
_TRIGGER = re.compile(r"\b(?:[Pp]asangan(?:" + SPACE + r"+(?:calon|cagub|cabup|cawalkot))?"
                      r"|[Pp]aslon)\b")
# a bare "pasangan" (also a married couple's) only in an article about an election
_ELECTION = re.compile(
    r"\b(?:Pil(?:kada|gub|bup|wa?lkot|pres|eg)|[Pp]emilihan" + SPACE + r"+(?:[Gg]ubernur"
    r"|[Bb]upati|[Ww]ali" + SPACE + r"*[Kk]ota|[Pp]residen|[Kk]epala" + SPACE + r"+[Dd]aerah)"
    r"|KPU|[Pp]aslon|nomor" + SPACE + r"+urut)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_NAME = r"[A-Z][\w'’]*(?:" + SPACE + r"+[A-Z][\w'’]*){0,3}"
_PAIR = re.compile(rf"(?<![\w'’-])({_NAME}){SPACE}*[-–]{SPACE}*({_NAME})(?![\w'’-])")
_WINDOW = 400


def candidate_pairs(text: str, lexicon: Lexicon) -> Iterator[OfficeMention]:
    """Each person of a candidate pair named after "pasangan calon" or "paslon"."""
    if "asangan" not in text and "aslon" not in text:
        return  # most articles: a substring test is much cheaper than the pattern
    pos = 0
    election = None
    while trigger := _TRIGGER.search(text, pos):
        if " " not in trigger.group() and trigger.group().lower() == "pasangan":
            if election is None:
                election = bool(_ELECTION.search(text))
            if not election:
                pos = trigger.end()
                continue
        end_match = _SENTENCE_END.search(text, trigger.end(), trigger.end() + _WINDOW)
        end = end_match.start() if end_match else min(len(text), trigger.end() + _WINDOW)
        pairs = [(pair, [_after_region(pair.group(1)), pair.group(2)])
                 for pair in _PAIR.finditer(text, trigger.end(), end)]
        pairs = [(pair, names) for pair, names in pairs
                 if all(_is_candidate(name, lexicon) for name in names)]
        for pair, names in pairs:
            glued = not pair.group(0)[len(pair.group(1)):].startswith((" ", "\u00a0"))
            if glued and len(pairs) == 1 and any(" " not in name for name in names):
                continue  # "pasangan Prabowo-Gibran": a ticket's name; "A-B dan C-D": a list
            yield OfficeMention(names[0], "", pair.end(1) - len(names[0]))
            yield OfficeMention(names[1], "", pair.start(2))
        pos = max(end, trigger.end())


def _after_region(name: str) -> str:
    """The name without the region that ends an office before it ("... wakil gubernur Jawa
    Tengah Rudi Santoso - Dimas")."""
    words = name.split()
    for size in (2, 1):
        region = " ".join(words[:size])
        if len(words) > size and _canonical_region(region) and not is_common_word(region):
            return " ".join(words[size:])  # not "Bima Arya": Bima is also a first name
    return name


def _is_candidate(name: str, lexicon: Lexicon) -> bool:
    words = name.split()
    if len(words) > 1 and _initials(words[0], lexicon):
        name = " ".join(words[1:])  # "TB Hasanudin", "HM Prasetyo": initials open the name
    return (
        _is_person_name(name, lexicon) and _may_be_person(name)
        and not _canonical_region(name)
        and not any(word in lexicon.institutions or word in lexicon.offices for word in words)
    )


def _initials(word: str, lexicon: Lexicon) -> bool:
    """Whether a word of two or three capitals is a name's initials, not a known acronym."""
    return (
        2 <= len(word) <= 3 and word.isupper() and word.isalpha()
        and word not in lexicon.institutions and word not in lexicon.phrases
        and word not in lexicon.offices and not _canonical_region(word)
    )
