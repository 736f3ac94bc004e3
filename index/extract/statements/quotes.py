"""Quotations in an article: spans between quote marks, curly (“…”) or straight ("…"), within a
paragraph, and a quotation that runs over several paragraphs (each paragraph opens with a quote
mark and the last one closes it) read as one. A quote mark that is never closed runs to the end
of its paragraph."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from index.extract.statements._scan import char_places
from index.extract.statements.cues import load_cues

OPENING = "“„"
CLOSING = "”"
STRAIGHT = '"'
MARKS = OPENING + CLOSING + STRAIGHT
MARK = re.compile(f"[{re.escape(MARKS)}]")  # any quote mark: one scan, not a search per mark


class Quote(NamedTuple):
    start: int  # of the words, after the opening mark and spaces
    end: int  # after the words, before spaces and the closing mark
    open_at: int  # the opening mark
    after: int  # after the closing mark (the paragraph's end when none closes it)
    closed: bool
    paragraphs: int  # over how many paragraphs it runs


def _paragraphs(body: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    while start <= len(body):
        end = body.find("\n", start)
        if end < 0:
            end = len(body)
        if body[start:end].strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _is_opening(body: str, at: int, mark: str) -> bool:
    """Whether a mark, seen outside a quotation, opens one: a curly opening mark always; a
    straight or a closing one (some sites write ”…”) when a word follows it."""
    if mark in OPENING:
        return True
    following = body[at + 1:at + 3].lstrip(" \u00a0")
    return bool(following) and (following[0].isalnum() or following[0] in "'‘.…(")


def _quotes_in(body: str, start: int, end: int,
               marks: list[int]) -> list[tuple[int, int, bool]]:
    """(opening mark, closing mark or paragraph end, closed) of the quotations of a paragraph;
    `marks`: where the body's quote marks are."""
    found: list[tuple[int, int, bool]] = []
    open_at = -1
    for at in marks[bisect.bisect_left(marks, start):bisect.bisect_left(marks, end)]:
        mark = body[at]
        if mark == STRAIGHT and _inside_word(body, at):
            continue  # `Ballon d"Or`, `O"Neill`: an apostrophe typed as a quote mark
        if open_at < 0 and not found and _closes_unopened(body, start, at, mark):
            # `Penting untuk ...," kata Smith`: the opening mark left out; the quotation runs
            # from the paragraph's start
            found.append((start - 1, at, True))
        elif open_at < 0:
            if _is_opening(body, at, mark):
                open_at = at
        elif mark in OPENING and body[open_at] in OPENING:
            pass  # a curly mark inside a curly quotation: nested, or a typo; keep the outer one
        elif mark == STRAIGHT and body[open_at] in OPENING and body.find(CLOSING, at, end) > at:
            pass  # `“... tersebut. "Jadi ...,” ujar X`: a straight mark inside a curly quotation
        elif (cue_at := _closed_at_cue(body, open_at, at, mark)) > 0:
            # `"Kami ... keberatan, kata Samsul. Samsul menuturkan, ... "Duduk ...`: the closing
            # mark was left out before the cue; this mark opens the next quotation
            found.append((open_at, cue_at, True))
            open_at = at
        else:
            found.append((open_at, at, True))
            open_at = -1
    if open_at >= 0:
        cue_at = _cue_inside(body, open_at, end)
        found.append((open_at, cue_at, True) if cue_at > 0 else (open_at, end, False))
    return found


# what is said ends at a comma, ? or ! right before a cue: `"... penyakit? ucap Zuck ...`
_BEFORE_CUE = re.compile(r"[,?!][ \t\u00a0]+(?=[a-z])")
CUE_CLAUSE = 200  # a paragraph's tail after a cue this long or shorter is the cue's clause


def _short_cue_at(body: str, at: int) -> bool:
    """Whether a short cue in lower case ("kata X", "ucap Zuck", "ujarnya") stands at `at`
    (`" Seru banget, ...` opens a quotation)."""
    match = load_cues().after.match(body, at)
    return match is not None and match.group("short") is not None and (
        match.group("short")[0].islower())


def _closed_at_cue(body: str, open_at: int, at: int, mark: str) -> int:
    """Where a quotation ends whose closing mark was left out, when the straight mark at `at`
    reads as the next one's opening (a space before it, a word and no cue after it) and a short
    cue, then a new sentence, come before it; else 0."""
    if mark != STRAIGHT or body[at - 1] not in " \t\u00a0" or not _is_opening(body, at, mark) or (
            _short_cue_at(body, at + 1)):
        return 0
    cue_at = _cue_inside(body, open_at, at, False)
    if cue_at and _NEW_SENTENCE.search(body, cue_at, at):
        return cue_at
    return 0


_NEW_SENTENCE = re.compile(r"[.!?][ \t\u00a0]+[A-Z]")


def _cue_inside(body: str, open_at: int, end: int, paragraph_end: bool = True) -> int:
    """Where a quotation whose closing mark was left out ends: before the short cue that closes
    its paragraph (`"Kami ... keberatan, kata Samsul.`), when no quotation goes on in the next
    paragraph, or that comes before `end`; else 0."""
    following = body[end:end + 8].lstrip()
    if (paragraph_end and following and following[0] in MARKS) or _short_cue_at(body,
                                                                                 open_at + 1):
        return 0  # `neto." kata Tirta, ...`: the mark closed a quotation, it opens none
    for stop in _BEFORE_CUE.finditer(body, open_at + 1, end):
        if len(body[open_at + 1:stop.start()].split()) >= 3 and _short_cue_at(
            body, stop.end()
        ) and (end - stop.end() <= CUE_CLAUSE or _NEW_SENTENCE.search(body, stop.end(), end)):
            # the cue's clause ends the paragraph, or the article goes on after it
            return stop.start() + 1
    return 0


def _inside_word(body: str, at: int) -> bool:
    """Whether a straight mark stands between a word of one or two letters and a capitalised
    word, where an apostrophe goes (`d"Or`, `O"Neill`)."""
    return (at >= 1 and body[at - 1].isalpha() and body[at + 1:at + 2].isupper()
            and not body[max(0, at - 3):at].isalpha())


def _closes_unopened(body: str, start: int, at: int, mark: str) -> bool:
    """Whether the first mark of a paragraph closes a quotation whose opening mark is missing:
    right after a comma (or ! ?) that ends words of its own, a space after it, and at least
    three words before it in the paragraph."""
    if mark == "“" or start <= 0 or at <= start + 2 or len(body[start:at].split()) < 3:
        return False
    if body[at - 1] in ",!?":
        return body[at - 2].isalnum() and body[at + 1:at + 2] in (" ", "\u00a0")
    # `... yang baik, " ucap JK`: spaces before the mark, as the mark's opening would have
    # after it; only a cue right after it says it closes
    words_end = len(body[:at].rstrip(" \t\u00a0"))
    return (words_end < at and body[words_end - 1] in ",!?" and body[words_end - 2].isalnum()
            and _short_cue_at(body, at + 1))


def find_quotes(body: str) -> list[Quote]:
    """The quotations of a body, in order; one that runs over paragraphs is one Quote."""
    quotes: list[Quote] = []
    marks = char_places(body, MARKS)  # where MARK matches
    if not marks:
        return quotes  # no quote mark, no quotation: its paragraphs need no reading
    carried: tuple[int, int] | None = None  # (opening mark, paragraphs) of a quotation going on
    for para_start, para_end in _paragraphs(body):
        # a paragraph without a quote mark holds no quotation: not read for one
        first_mark = bisect.bisect_left(marks, para_start)
        has_mark = first_mark < len(marks) and marks[first_mark] < para_end
        spans = _quotes_in(body, para_start, para_end, marks) if has_mark else []
        opens_paragraph = False
        if spans:
            text = body[para_start:para_end]
            first_char = para_start + len(text) - len(text.lstrip(" \t\u00a0"))
            opens_paragraph = spans[0][0] == first_char
        if carried is not None:
            open_at, paragraphs = carried
            carried = None
            if opens_paragraph:
                # the paragraph reopens the quotation: it goes on here
                _, close_at, closed = spans.pop(0)
                if not closed:
                    carried = (open_at, paragraphs + 1)
                    continue
                quotes.append(_quote(body, open_at, close_at, True, paragraphs + 1))
            else:
                quotes.append(_quote(body, open_at, _previous_end(body, para_start), False,
                                     paragraphs))
        for open_at, close_at, closed in spans:
            if closed:
                quotes.append(_quote(body, open_at, close_at, True, 1))
            else:
                carried = (open_at, 1)
    if carried is not None:
        quotes.append(_quote(body, carried[0], len(body.rstrip()), False, carried[1]))
    return quotes


def _previous_end(body: str, para_start: int) -> int:
    return len(body[:para_start].rstrip())


def _quote(body: str, open_at: int, close_at: int, closed: bool, paragraphs: int) -> Quote:
    start = open_at + 1
    end = close_at
    while start < end and body[start] in " \t\u00a0\n":
        start += 1
    while end > start and body[end - 1] in " \t\u00a0\n":
        end -= 1
    return Quote(start, end, open_at, close_at + 1 if closed else close_at, closed, paragraphs)
