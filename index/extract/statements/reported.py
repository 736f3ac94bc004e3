"""Reported speech: "X mengatakan (bahwa) ...", "X meminta ...", "Menurut X, ...",
"menurutnya, ...", and a sentence closed by its cue without quote marks ("..., kata Edy.").
The statement is the rest of the sentence (or, for a cue at its end, the sentence before it)."""

from __future__ import annotations

import bisect
import re

from index.extract.statements.cues import SPACE, Cues
from index.extract.statements.direct import Found
from index.extract.statements.people import People
from index.extract.statements.quotes import MARKS
from index.extract.statements.sentences import sentence_end, sentence_start
from index.extract.statements.speakers import Reference, speaker_after, speaker_before

MIN_WORDS = 3
_LEAD = re.compile(rf"(?:{SPACE}|[,:])*(?:bahwa(?![\w-]))?(?:{SPACE}|[,:])*")
_MENURUTNYA = re.compile(rf"\b[Mm]enurut(?:nya|{SPACE}+(?:dia|ia|beliau))\b")
# "Meski begitu, kata Idrus, Novanto ...": a cue and its speaker inside commas
_LEADING = re.compile(r"\b(?P<cue>[Kk]ata|[Uu]jar)\b(?=[^,.\n]{2,100},)")
_OPENS_CLAUSE = re.compile(rf"(?:^|[,\n]|[.!?]{SPACE}){SPACE}*$")
_TRAILING = re.compile(rf",{SPACE}*(?P<cue>kata|ujar|ucap|tutur|tambah|imbuh|jelas|tegas)"
                       rf"(?P<nya>nya)?(?![\w-])")


def reported_statements(body: str, quoted: list[tuple[int, int]], people: People,
                        cues: Cues) -> list[Found]:
    found: list[Found] = []
    for match in cues.verbs.finditer(body):
        if _inside(quoted, match.start()):
            continue
        cue = match.group()
        kind = cues.verb_kinds[cue.lower()]
        if kind == "according":
            statement = _according(body, match, people, cues)
        else:
            clause_start = sentence_start(body, match.start())
            if _has_mark(body[clause_start:match.start()]):
                continue  # `"...," Federer mengatakan seperti dikutip Guardian.`: a quotation's cue
            speaker = speaker_before(body, match.start(), clause_start, people, cues)
            statement = None
            if speaker is not None:
                statement = _rest_of_sentence(body, match.end(), cue, speaker)
        if statement is not None:
            found.append(statement)
    for match in _MENURUTNYA.finditer(body):
        if (not _inside(quoted, match.start()) and _OPENS_CLAUSE.search(
            body, max(0, match.start() - 3), match.start()
        )) or match.start() == 0:
            statement = _rest_of_sentence(body, match.end(), match.group(),
                                          Reference("pronoun", None, None, match.start()))
            if statement is not None:
                found.append(statement)
    for match in _LEADING.finditer(body):
        # "Meski begitu, kata Idrus, Novanto tetap ...": the cue and its speaker inside commas
        if _inside(quoted, match.start()) or not _OPENS_CLAUSE.search(
            body, max(0, match.start() - 3), match.start()
        ):
            continue
        speaker = speaker_after(body, match.end(), people, cues)
        end = sentence_end(body, match.end())
        comma = body.find(",", match.end(), min(end, match.end() + 120))
        if comma >= 0:
            statement = _rest_of_sentence(body, comma + 1, match.group("cue"), speaker)
            if statement is not None:
                found.append(statement)
    for match in _TRAILING.finditer(body):
        if _inside(quoted, match.start()) or body[match.start() - 1:match.start()] in MARKS:
            continue
        start = sentence_start(body, match.start())
        if match.group("nya"):
            speaker = Reference("pronoun", None, None, match.start("cue"))
        else:
            speaker = speaker_after(body, match.end(), people, cues)
        if _words(body[start:match.start()]) >= MIN_WORDS and not _has_mark(
            body[start:match.start()]
        ):
            found.append(Found(start, match.start(), match.group("cue") + (
                match.group("nya") or ""), False, speaker))
    return found


def _according(body: str, match: re.Match[str], people: People, cues: Cues) -> Found | None:
    """"Menurut Edy, ...": the rest of the sentence after the comma; "..., menurut Edy.": the
    sentence before."""
    speaker = speaker_after(body, match.end(), people, cues)
    end = sentence_end(body, match.end())
    comma = body.find(",", match.end(), end)
    before = body[sentence_start(body, match.start()):match.start()].rstrip()
    if before.endswith(",") and comma < 0:
        start = sentence_start(body, match.start())
        text_end = start + len(before) - 1
        if _words(body[start:text_end]) >= MIN_WORDS:
            return Found(start, text_end, match.group(), False, speaker)
        return None
    if comma < 0 or comma - match.end() > 160:
        return None
    return _rest_of_sentence(body, comma + 1, match.group(), speaker)


def _rest_of_sentence(body: str, at: int, cue: str, speaker: Reference) -> Found | None:
    lead = _LEAD.match(body, at)
    start = lead.end() if lead else at
    if start < len(body) and body[start] in MARKS:
        return None  # a quotation: a direct statement
    end = sentence_end(body, start)
    while end > start and body[end - 1] in " .!?…\"”’\n":
        end -= 1
    mark = _first_mark(body, start, end)
    if mark >= 0:
        return None  # the sentence goes on into a quotation: that one is the statement
    if _words(body[start:end]) < MIN_WORDS:
        return None
    return Found(start, end, cue, False, speaker)


def _first_mark(body: str, start: int, end: int) -> int:
    positions = [p for p in (body.find(m, start, end) for m in MARKS) if p >= 0]
    return min(positions) if positions else -1


def _has_mark(text: str) -> bool:
    return any(mark in text for mark in MARKS)


def _words(text: str) -> int:
    return len(text.split())


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` is inside one of the spans (in order, not overlapping)."""
    index = bisect.bisect_right(spans, (at, _FAR)) - 1
    return index >= 0 and spans[index][0] <= at < spans[index][1]


_FAR = 1 << 62
