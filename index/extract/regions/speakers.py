"""A region's name that is someone speaking: a person's, a team's coach's or a paper's.

A place does not speak. A region form right before an active speech verb, with no word in front
that says a place or an institution follows, names the speaker: the last word of a person's name
("Anggota Panja Komisi VIII DPR RI Choirul Muna menegaskan", Muna being a kabupaten as well), a
name standing alone after a comma or at a sentence's start ("Namun, Bima menegaskan", the coach
Bima Sakti; "Metro melaporkan", the London paper). ``index/extract/regions/`` drops such a
mention.

An institution named after its region speaks for it and stays: "Pemkot Bima menyebut", "Polda
Sumut membantah", "(BMKG) Pekanbaru menyebutkan", "Dinas Kesehatan Jakarta Barat menjelaskan",
"Bulog Kantor Cabang Banyumas menyebut". So the word in front, when there is one, must be a
given name: capitalised, not an acronym, not a common word (attested_words.txt: "Kesehatan",
"Cabang", "Negeri" are words; "Choirul" is not) and not a region's name ("Ende Nusa Tenggara
Timur menyatakan"). The verbs are statement_cues.tsv's active ones (kinds `verb` and
`verb-clause`: "mengatakan", "menegaskan", "melaporkan").
"""

from __future__ import annotations

import re
from functools import cache

from index.analysis.analyzer import attested_words
from index.data_files import word_list
from index.gazetteer import form_key, gazetteer

_WORD_AFTER = re.compile(r"[ \t\xa0]+([a-z]+)(?![\w-])")
_GIVEN_NAME = re.compile(r"[A-Z][a-z'’-]+")
# What may stand right before a name that opens a clause: its line's or sentence's start, a
# comma, a quote mark.
_CLAUSE_OPENERS = frozenset('\n.,"“”!?')


@cache
def speech_verbs() -> frozenset[str]:
    """The active speech verbs of statement_cues.tsv (kinds `verb` and `verb-clause`)."""
    verbs = set()
    for line in word_list("statement_cues.tsv"):
        word, _, kind = line.partition("\t")
        if kind.strip() in ("verb", "verb-clause"):
            verbs.add(word.strip().lower())
    return frozenset(verbs)


@cache
def _verb_initials() -> frozenset[str]:
    return frozenset(verb[0] for verb in speech_verbs())


def speech_verb_after(text: str, end: int) -> bool:
    """Whether an active speech verb follows position `end` ("... menegaskan")."""
    if text[end + 1:end + 2] not in _verb_initials():  # most names: cheap to rule out
        return False
    verb = _WORD_AFTER.match(text, end)
    return bool(verb) and verb.group(1) in speech_verbs()


def names_a_speaker(text: str, start: int, end: int) -> bool:
    """Whether the region form at `start`..`end` names someone speaking: a speech verb follows,
    and before it stands a given name or nothing (see the module docstring). The caller rules
    out forms after a word that says a place or an institution follows ("di", "Pemkot")."""
    if not speech_verb_after(text, end):
        return False
    before = text[max(0, start - 40):start].rstrip(" \t\xa0")
    if not before or before[-1] in _CLAUSE_OPENERS:
        return True
    word = before.split()[-1]
    return bool(_GIVEN_NAME.fullmatch(word)) and word.lower() not in attested_words() \
        and form_key(word) not in gazetteer().forms
