"""Roles as written: a long form followed by its acronym in parentheses keeps the long form
(the acronym is left out), qualifiers before an office spelt out ("Plt" -> "Pelaksana Tugas"),
region short forms written out."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from index.extract.officials.lexicon import Lexicon
from index.extract.officials.tokens import _collapse_spaces
from index.extract.regions import expand_region_short_forms

_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&/\-]{1,15}")


def _initials_fit(initials: list[str], letters: str) -> bool:
    """Whether initials spell an acronym closely enough: the first letters agree and all but
    one of the acronym's letters are matched in order ("Departemen Pengelolaan Moneter dan
    Aset Sekuritas" for DPMA)."""
    if not initials or initials[0] != letters[0]:
        return False
    rest = iter(initials)
    matched = sum(1 for letter in letters if any(initial == letter for initial in rest))
    return matched >= max(2, len(letters) - 1)


def _is_subsequence(needles: list[str], haystack: str) -> bool:
    rest = iter(haystack)
    return all(any(char == needle for char in rest) for needle in needles)


def _finish_role(words: list[str]) -> str:
    return _written_out(" ".join(words).replace(" ,", ",").rstrip(","))


@lru_cache(maxsize=100_000)
def _written_out(role: str) -> str:
    """The role with its region short forms written out; remembered, as roles recur."""
    return _short_forms_only(role, expand_region_short_forms(role))


def _short_forms_only(written: str, expanded: str) -> str:
    """`expanded` with only the short forms written out: a region's contraction or acronym
    ("Kalteng", "Kukar", "NTB", "Palangkaraya": its letters in order in the full name, from a
    word's start; "DKI" -> "DKI Jakarta"), not another name for it, which the role keeps as
    written ("Wali Kota Solo", not Surakarta; "Polres Tanah Karo"; "Gubernur Jakarta"), nor
    the article's spelling of it ("Sumatra Barat")."""
    if written == expanded:
        return expanded
    before, after = written.split(), expanded.split()
    kept: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if op == "equal" or (op == "insert" and _completes_acronym(before[:i1])) or (
            op == "replace" and _contracts(" ".join(before[i1:i2]), " ".join(after[j1:j2]))
            and not _respelt(before[i1:i2], after[j1:j2])
        ):
            kept += after[j1:j2]
        else:
            kept += before[i1:i2]
    return " ".join(kept)


def _completes_acronym(written_before: list[str]) -> bool:
    """Whether words the expansion adds complete an acronym written just before them ("DKI" ->
    "DKI Jakarta"); words added before a name written in full are another name for the region,
    which the role keeps as written ("Gubernur Jakarta", "Kanwil DJP Jakarta Khusus")."""
    return bool(written_before) and len(written_before[-1]) > 1 and written_before[-1].isupper()


def _respelt(written: list[str], full: list[str]) -> bool:
    """Whether the expansion only spells the written words another way, word for word and a
    letter or two apart ("Sumatra Barat" for Sumatera Barat): the article's spelling, which
    the role keeps, not a short form."""
    return len(written) == len(full) and all(
        abs(len(a) - len(b)) <= 2 and a[:1] == b[:1] for a, b in zip(written, full, strict=True)
    )


def _contracts(short: str, full: str) -> bool:
    """Whether `short` is written with letters of `full` in order, starting at a word's start:
    "Kalteng" of "Kalimantan Tengah", "Babel" of "Kepulauan Bangka Belitung"; not "Solo" of
    "Surakarta"."""
    letters = re.sub(r"[^a-z]", "", short.lower())
    words = full.lower().split()
    return bool(letters) and any(
        _is_subsequence(list(letters), re.sub(r"[^a-z]", "", " ".join(words[at:])))
        for at in range(len(words)) if words[at][:1] == letters[0]
    )


def _qualifiers(written: str, lexicon: Lexicon) -> list[str]:
    """Role words for the qualifiers before an office: "Plt Wakil" -> Pelaksana Tugas Wakil."""
    words: list[str] = []
    for qualifier in lexicon.qualifier_pattern.findall(re.sub(r"\([^()]*\)", " ", written)):
        words.extend(lexicon.qualifiers[_collapse_spaces(qualifier)].split())
    return words
