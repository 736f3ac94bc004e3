"""A person's age in parentheses between the name and the verb ("Baharuddin (56) mengatakan",
"Ketua Kelompok Tani X, Baharuddin (56), mengatakan"), as Indonesian news writes it: no part of
the subject, read as if it were blank."""

from __future__ import annotations

import re

# an age of two or three digits (not a clause's number: "Pasal 38 Ayat (1), menjelaskan"), then
# an optional comma, right before the verb
_AGE_BEFORE = re.compile(
    r"[ \t\u00a0]\([1-9]\d{1,2}(?:[ \t\u00a0]+tahun)?\)[ \t\u00a0]*,?[ \t\u00a0]*$")
# words a number in parentheses counts the parts of, no person's age follows
_NUMBERED = frozenset({"ayat", "pasal", "nomor", "no", "huruf", "angka", "butir", "poin", "bab"})


def without_age_before(body: str, verb_at: int) -> str:
    """The body with an age right before `verb_at` blanked (same length: places keep), else the
    body itself."""
    if body[max(0, verb_at - 2):verb_at].strip()[-1:] not in (")", ","):
        return body  # the cheap look first: most verbs follow a word
    age = _AGE_BEFORE.search(body, max(0, verb_at - 24), verb_at)
    if age is None or _numbered(body, age.start()):
        return body
    return body[:age.start()] + " " * (age.end() - age.start()) + body[age.end():]


def _numbered(body: str, at: int) -> bool:
    """Whether the word before `at` is one whose parts are numbered ("Pasal", "Ayat")."""
    before = body[max(0, at - 12):at].split()[-1:]
    return bool(before) and before[0].lower().rstrip(".") in _NUMBERED
