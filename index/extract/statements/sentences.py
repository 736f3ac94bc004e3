"""Sentence bounds for attribution: a sentence ends at a full stop, a question or exclamation
mark followed by a space (not after an initial or a short title such as "H." or "dr."), or at
the end of its paragraph."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from index.extract.statements._scan import sentence_end as _sentence_end
from index.extract.statements._scan import sentence_ends

# "[.!?…]+[\"”’]?(?=[ \t\u00a0\n]|$)|\n", written to open with a class of characters: the engine
# then looks for one of them before trying the rest (not at every place)
_END = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*[\"”’]?(?=[ \t\u00a0\n]|$))")
_SHORT_WORD = re.compile(r"(?:^|[\s(])([A-Za-z]{1,3})$")
_ABBREVIATIONS = frozenset({
    "dr", "drg", "ir", "prof", "h", "hj", "kh", "st", "no", "rp", "tn", "ny", "sdr", "jl", "jln",
    "kec", "kab", "kel", "ds", "dsb", "dll", "tsb", "yth", "bpk", "ibu", "moh", "muh", "mr", "mrs",
    "ms",
})


def _ends_sentence(body: str, at: int) -> bool:
    """Whether the mark at `at` ends a sentence: not the full stop of an initial or a title."""
    if body[at] != ".":
        return True
    if at >= 4 and body[at - 4:at].isalpha():
        return True  # a word of four letters or more: no initial, no short title
    short = _SHORT_WORD.search(body, max(0, at - 5), at)
    return short is None or (short.group(1).lower() not in _ABBREVIATIONS and len(
        short.group(1)) > 1)


def sentence_end(body: str, at: int, limit: int = 2000) -> int:
    """Where the sentence holding `at` ends: after its closing mark, or at the paragraph's
    end (in C: the first of _END's matches from `at` that _ends_sentence keeps)."""
    return _sentence_end(body, at, min(len(body), at + limit), _ABBREVIATIONS)


def sentence_start(body: str, at: int, limit: int = 600) -> int:
    """Where the sentence holding `at` starts (after spaces), at most `limit` characters back."""
    starts = sentence_starts(body)
    index = bisect.bisect_right(starts, at) - 1
    start = max(at - limit, 0, starts[index] if index >= 0 else 0)
    while start < at and body[start] in " \t\u00a0\n":
        start += 1
    return start


@lru_cache(maxsize=4)
def sentence_starts(body: str) -> list[int]:
    """Where each sentence of the body after the first starts (remembered for the body being
    read: every cue asks)."""
    # in C: the ends of _END's matches that _ends_sentence keeps (tests/test_cue_scan.py)
    return sentence_ends(body, _ABBREVIATIONS)
