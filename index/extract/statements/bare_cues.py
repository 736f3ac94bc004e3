"""A short cue with no comma before it that splits a reported sentence all the same: "Hal
tersebut kata Syarif juga tidak berdasar pada hukum.", "Pemerintah kata Jokowi, masih memiliki
anggaran ...", "Tidak hanya itu kata Jokowi, Bank Indonesia ...". Writers leave out the comma
before "kata X"; `reported._short_cue` reads such a cue when the words before it are a short
subject (one to four words, no comma, none a verb of saying), its speaker a name the article
writes before the sentence, and a comma or a clause's word follows the name ("kata Syarif
juga ...": not "kata Syarif di Jakarta"). Anywhere else "kata" with no comma before it is the
noun "word" ("dalam kata sambutannya", "kata Merdeka berarti ...", "kata-kata Hoeness").
"""

from __future__ import annotations

import re

from index.extract.statements.cues import Cues

MAX_SUBJECT_WORDS = 4
_AFTER_NAME = re.compile(r"[ \t\u00a0]*(?:(,)|([a-z][\w-]*))")


def splits_without_comma(body: str, sentence_at: int, cue_at: int, name: str, name_end: int,
                         cues: Cues, not_a_clause: frozenset[str]) -> bool:
    """Whether the cue at `cue_at` (no comma before it) splits its sentence, the speaker's
    `name` written up to `name_end` (see the module docstring)."""
    if cue_at and body[cue_at - 1] == "-":
        return False  # "Seturut kata-kata Hoeness, ...": the noun "words", doubled
    subject = body[sentence_at:cue_at].split()
    if not 1 <= len(subject) <= MAX_SUBJECT_WORDS or "," in body[sentence_at:cue_at] or any(
            word.lower() in cues.verb_kinds for word in subject):
        return False
    after = _AFTER_NAME.match(body, name_end)
    if after is None or not (after.group(1) or (
            (word := after.group(2)) not in not_a_clause
            and (word in cues.predicates or word in cues.between))):
        return False
    first = name.split()[0]
    return re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", body[:sentence_at]) is not None
