"""Words read into a person's name from what the body writes right before it.

Reading back from a cue, the capitalised words before it are taken for the name; two kinds of
capitalised words that belong to what comes before are taken too:

- **An institution's own name.** After a word that opens an institution's name ("Universitas",
  "UIN", "Bank": `institution-opener` in statement_cues.tsv), its proper name goes on in
  capitals up to the person's: "Universitas Trisakti Abdul Fickar Hajar", "Analis Valuta Asing
  Bank Mandiri Reny Eka Putri", "UIN Syarif Hidayatullah M Ihdan Nazar Husaini". The person's
  name starts after the longest run of those words the body also writes apart, not before the
  name ("UIN Syarif Hidayatullah sebagai ..."); else after one word (most such names are one
  word: "Trisakti", "Mandiri"). A person's name left is two words or more.
- **An institution's English name.** After a word that closes it ("Laboratory", "Group":
  `institution-closer`), two words or more of a person's name: "Lawrence Livermore National
  Laboratory David Dearborn", "Papillon Group Vicky G. Saputra".
- **A spaced compound's second half.** "anti - Islam Geert Wilders": the word after a lower-case
  word and a spaced hyphen ends that compound.
"""

from __future__ import annotations

import re

from index.extract.officials.lexicon import Lexicon
from index.extract.officials.tokens import is_place
from index.extract.statements.cues import load_cues

_SP = "[ \\t\\u00a0]+"
_COMPOUND_BEFORE = re.compile(r"(?<![\w./-])[a-z]+[ \t\u00a0]+-[ \t\u00a0]+$")


def without_glued(form: str, body: str, lexicon: Lexicon, person_like) -> str:
    """The form without an institution's name or a compound's half read into it (see the
    module docstring); the form itself when neither is there. `person_like(words)` tells
    whether a form can be a person's name."""
    words = form.split()
    if len(words) < 3:
        return form
    written = body.find(form)  # a speaker is written with single spaces, as a rule
    if written < 0:
        return form
    before = body[max(0, written - 40):written]
    openers = load_cues().institution_openers
    start = next((at + 1 for at in range(len(words) - 3, -1, -1)
                  if words[at].lower() in openers), None)
    if start is None and before.split()[-1:] and before.split()[-1].lower() in openers:
        start = 0
    if start is not None:
        names = [at for at in range(start + 1, len(words) - 1)
                 if person_like(" ".join(words[at:])) and not is_place(words[at:at + 1], lexicon)]
        if names:
            apart = [at for at in names if _written_apart(words[start:at], words[at], body)]
            return " ".join(words[max(apart) if apart else names[0]:])
    closers = load_cues().institution_closers
    end = next((at for at in range(len(words) - 3, -1, -1) if words[at].lower() in closers), None)
    if end is not None and person_like(" ".join(words[end + 1:])) and not is_place(
            words[end + 1:end + 2], lexicon):
        return " ".join(words[end + 1:])  # "National Laboratory David Dearborn"
    if before.rstrip(" \t\u00a0").endswith("-") and _COMPOUND_BEFORE.search(before) and (
            person_like(" ".join(words[1:]))):
        return " ".join(words[1:])  # "anti - Islam Geert Wilders"
    return form


def _written_apart(words: list[str], next_word: str, body: str) -> bool:
    """Whether the body writes the words somewhere not followed by the name's first word."""
    pattern = rf"(?<![\w-]){_SP.join(map(re.escape, words))}(?![\w-])"
    return any(not body[found.end():found.end() + len(next_word) + 2].lstrip(
        " \t\u00a0").startswith(next_word) for found in re.finditer(pattern, body))
