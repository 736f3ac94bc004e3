"""What people said in an article: direct quotes and who said them.

Interim rules (the statements-extract branch replaces this package): a quote in “…” or "…"
followed by ", kata/ujar/ungkap/tutur/jelas/tegas/sebut(-nya) NAME", or preceded by
"NAME mengatakan". A speaker written as -nya is the person named last before the quote; a short
name takes the fullest form the article gave earlier. A quote whose speaker cannot be read is
kept with no speaker.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

_NAME = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,4}"
_QUOTE = re.compile(r"“(?P<curly>[^“”]{2,}?)”|\"(?P<straight>[^\"]{2,}?)\"", re.S)
_CUE_AFTER = re.compile(
    r"\s*,?\s*(?P<cue>(?:kata|ujar|ungkap|tutur|jelas|tegas|sebut)(?:nya)?)\b"
    rf"(?:\s+(?P<name>{_NAME}))?")
_CUE_BEFORE = re.compile(rf"(?P<name>{_NAME})\s+(?P<cue>mengatakan)\s*,?\s*$")
_PERSON = re.compile(rf"(?<![\w])(?P<name>{_NAME})")
# a person named: ", Edy Pratowo," after a role, or "Edy menegaskan" opening a clause
_MENTION = re.compile(rf"(?:,\s+(?P<apposed>{_NAME}),)"
                      rf"|(?:(?:^|[.!?,]\s+|\n)(?P<subject>{_NAME})\s+me[a-z]+)", re.M)
_NOT_NAME = {"Ia", "Dia", "Beliau", "Menurut", "Dalam", "Sementara", "Kami", "Kita", "Saya"}


@dataclass(frozen=True)
class Statement:
    speaker: str | None  # the person's full name as the article gives it; None if unresolved
    role: str | None  # role as written, or None
    cue: str  # "katanya", "mengatakan", ...
    direct: bool
    text: str  # body[start:start+len(text)] == text
    start: int

    def as_dict(self) -> dict:
        return asdict(self)


def _fullest(name: str, before: str) -> str:
    """The longest name written before that ends or starts with `name`'s words."""
    best = name
    for match in _PERSON.finditer(before):
        candidate = match["name"]
        words = candidate.split()
        if len(words) > len(best.split()) and (name.split()[-1] in words):
            best = candidate
    return best


def _last_person(before: str) -> str | None:
    """The person named last before a quote, in the fullest form written."""
    names = [m["apposed"] or m["subject"] for m in _MENTION.finditer(before)]
    names = [n for n in names if n.split()[0] not in _NOT_NAME]
    return _fullest(names[-1], before) if names else None


def find_statements(body: str) -> list[Statement]:
    """The quotes of a body whose cue can be read, in order of start."""
    found = []
    for quote in _QUOTE.finditer(body):
        group = "curly" if quote["curly"] is not None else "straight"
        text, start = quote[group], quote.start(group)
        stripped = text.strip()
        if not stripped:
            continue
        start += text.index(stripped)
        before = body[max(0, quote.start() - 2000):quote.start()]
        after = _CUE_AFTER.match(body, quote.end())
        lead = _CUE_BEFORE.search(body[max(0, quote.start() - 200):quote.start()])
        if after:
            cue, name = after["cue"], after["name"]
            if name and name.split()[0] in _NOT_NAME:
                name = None
            speaker = _fullest(name, before) if name else _last_person(before)
        elif lead:
            cue, speaker = lead["cue"], _fullest(lead["name"], before)
        else:
            continue
        found.append(Statement(speaker, None, cue, True, stripped, start))
    return found
