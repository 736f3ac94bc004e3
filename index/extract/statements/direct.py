"""Quotations that are statements: a quotation with a cue after it (`"...," kata Edy`,
`"...," ujarnya`, `"...," Edy menegaskan`) or before it (`Edy mengatakan, "..."`, `Menurut Edy,
"..."`, `kata Edy: "..."`), and a quotation that goes on from a speaker's earlier one (`"...,"
kata Edy. "..."`). A short quotation with no cue is a name or a term ("program "Satu Data""),
not a statement."""

from __future__ import annotations

import re
from typing import NamedTuple

from index.extract.statements.cues import Cues
from index.extract.statements.people import People
from index.extract.statements.quotes import Quote
from index.extract.statements.reference import NOBODY, Reference
from index.extract.statements.sentences import sentence_start
from index.extract.statements.speakers import speaker_after, speaker_before

# A quotation without a cue is a statement when it holds at least this many words and reads as
# one: it opens its paragraph or ends with a sentence's mark.
MIN_WORDS_WITHOUT_CUE = 4
_BARE_NAME = re.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]*(?P<name>[A-Z][\w'’-]*(?:[ \t\u00a0]+[A-Z][\w'’-]*){0,3})"
    r"[ \t\u00a0]*(?:\.|$|\n)"
)


class Found(NamedTuple):
    start: int
    end: int
    cue: str
    direct: bool
    speaker: Reference
    follows: bool = False  # a quotation going on from the speaker's earlier one


def quoted_statements(body: str, quotes: list[Quote], people: People, cues: Cues) -> list[Found]:
    found: list[Found] = []
    for quote in quotes:
        start, end = quote.start, quote.end
        while end > start and body[end - 1] in ", \t\u00a0":
            end -= 1
        if end - start < 2:
            continue
        statement = _cue_after(body, quote, people, cues) if quote.closed else None
        if statement is None:
            statement = _cue_before(body, quote, people, cues)
        if statement is None:
            words = body[start:end].split()
            line_start = body.rfind("\n", 0, quote.open_at) + 1
            opens_paragraph = not body[line_start:quote.open_at].strip()
            if len(words) < MIN_WORDS_WITHOUT_CUE or not (
                opens_paragraph or body[quote.end - 1] in ".!?,"
            ):
                continue
            statement = ("", NOBODY, True)
        cue, speaker, follows = statement
        found.append(Found(start, end, cue, True, speaker, follows=follows))
    return found


def _cue_after(body: str, quote: Quote, people: People, cues: Cues) -> tuple | None:
    match = cues.after.match(body, quote.after)
    if match is None:
        return _name_after(body, quote, people, cues)
    if match.group("short"):
        cue = match.group("short")
        question = cue.lower() in cues.questions or cue.lower()[:-3] in cues.questions
        if cue.lower().endswith("nya") and cue.lower() not in cues.quote_only:  # not "tanya"
            return cue, NOBODY if question else Reference(
                "pronoun", None, None, match.start("short")), False
        speaker = speaker_after(body, match.end(), people, cues)
        if speaker.kind == "none":
            speaker = _name_left_out(body, match.end(), people, cues)
        return cue, NOBODY if question and speaker.kind == "pronoun" else speaker, False
    if match.group("passive"):
        return match.group("passive"), speaker_after(body, match.end(), people, cues), False
    verb = match.group("verb")
    if body[quote.end - 1] not in ",?!" and body[quote.after:match.start("subject")].strip() != ",":
        return None  # `"...." Budi mengatakan ...`: a new sentence, not this quotation's cue
    speaker = speaker_before(body, match.start("verb"), match.start("subject"), people, cues)
    if speaker is None:
        return None
    return verb, speaker, False


def _cue_before(body: str, quote: Quote, people: People, cues: Cues) -> tuple | None:
    window_start = sentence_start(body, quote.open_at, limit=300)
    window_end = quote.open_at
    if window_start >= window_end:
        # the quotation opens its paragraph: "Edy mengatakan:" may end the paragraph before
        previous = body[:quote.open_at].rstrip()
        if not previous.endswith(":"):
            return None
        window_end = len(previous)
        window_start = sentence_start(body, window_end - 1, limit=300)
    window = body[window_start:window_end]
    match = cues.before.search(window)
    if match is None:
        return None
    separator = window[match.end("rest") if match.group("cue") else match.end():].strip()
    if match.group("nya"):
        return match.group("nya"), Reference("pronoun", None, None, window_start), False
    cue = match.group("cue")
    kind = cues.verb_kinds.get(cue.lower())
    rest = match.group("rest").strip()
    if rest and not separator:
        return None  # `Edy mengatakan pemerintah membangun "jalan tol"`: a term, not a quote
    cue_at = window_start + match.start("cue")
    if kind in ("verb", "request"):
        speaker = speaker_before(body, cue_at, window_start, people, cues)
        if speaker is None:
            return None
        return cue, speaker, False
    if cue.lower().endswith("nya"):
        return cue, Reference("pronoun", None, None, cue_at), False
    return cue, speaker_after(body, window_start + match.end("cue"), people, cues), False


def _name_after(body: str, quote: Quote, people: People, cues: Cues) -> tuple | None:
    """`"...," Sumarsono.`: a name right after a quotation that ends with a comma, and nothing
    after the name but the sentence's end: the cue word left out."""
    if "," not in body[quote.end - 1:quote.after + 2]:
        return None
    match = _BARE_NAME.match(body, quote.after)
    if match is None:
        return None
    speaker = speaker_after(body, match.start("name"), people, cues)
    if speaker.kind != "name":
        return None
    return "", speaker, False


# After a quotation's cue, a comma before the name ("ujar, Habiburokhman, yang ...") or a
# circumstance where the name should be ("kata dalam Konferensi Pers ..."): the writer's slip
_LEFT_OUT = re.compile(r"[ \t\u00a0]*(?:(?P<comma>,)[ \t\u00a0]*(?=[A-Z])|(?:di|dalam|saat|ketika"
                       r"|usai|seusai|kepada|melalui|lewat|sebagaimana)[ \t\u00a0])")


def _name_left_out(body: str, at: int, people: People, cues: Cues) -> Reference:
    """The speaker of a short cue that names no one right after it: the name after a stray
    comma, or, where the name was left out before a circumstance, the person spoken of before
    (as "katanya")."""
    slip = _LEFT_OUT.match(body, at)
    if slip is None:
        return NOBODY
    if slip.group("comma"):
        return speaker_after(body, slip.end(), people, cues)
    return Reference("pronoun", None, None, at)
