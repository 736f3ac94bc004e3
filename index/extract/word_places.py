"""Where a text writes a given word as a word of its own, found with `str.find`: the matches of
`(?<![\\w-])WORD(?![\\w-])` without compiling a pattern for each word (each new word costs a
compilation, and there are more of them than Python's cache of patterns holds)."""

from __future__ import annotations


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"  # what `[\w-]` matches


def word_places(body: str, word: str, apostrophes: bool = False) -> list[int]:
    """The starts of `word` written as a word of its own: the matches, in order, of
    `(?<![\\w-])WORD(?![\\w-])` (`(?![\\w'’-])` with `apostrophes`), found with `str.find`
    instead of a pattern compiled for each word (each new word costs a compilation)."""
    places: list[int] = []
    if not word:
        return places
    size = len(word)
    end_of_body = len(body)
    at = body.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not _word_char(body[at - 1])) and (
            end == end_of_body or not (_word_char(body[end])
                                       or (apostrophes and body[end] in "'’"))
        ):
            places.append(at)
            at = body.find(word, end)  # as a pattern's matches: none overlaps the one before
        else:
            at = body.find(word, at + 1)
    return places


_SPACE_CHARS = " \t\u00a0"


def written_apart(body: str, word: str, following: str = "", preceding: str = "",
                  bounded: bool = True) -> bool:
    """Whether `body` writes `word` (not empty) somewhere without `preceding` and a space right
    before it and without spaces and `following` (not opening with a space) right after it:
    whether `(?<![\\w-])(?<!PRECEDING )WORD(?![\\w-])(?![ \\t\\u00a0]+FOLLOWING)` matches (the
    first look-behind left out when not `bounded`, the last two when their word is ""), found
    with `str.find` instead of a pattern compiled for each word."""
    before = f"{preceding} " if preceding else ""
    size, end_of_body = len(word), len(body)
    at = body.find(word) if word else -1
    while at >= 0:
        end = at + size
        if (not bounded or at == 0 or not _word_char(body[at - 1])) and (
            end == end_of_body or not _word_char(body[end])
        ) and not (before and at >= len(before) and body.startswith(before, at - len(before))) and (
            not following or not _after_spaces(body, end, following)
        ):
            return True
        at = body.find(word, at + 1)  # as a search: every start tried, overlapping ones too
    return False


def written_after(body: str, word: str, leading: frozenset[str]) -> bool:
    """Whether `body` writes `word` (not empty) right after one of the `leading` words and
    spaces: whether `(?<![\\w-])(?:LEADING|...)[ \\t\\u00a0]+WORD(?![\\w-])` matches, found
    with `str.find` instead of a pattern compiled for each word."""
    size, end_of_body = len(word), len(body)
    at = body.find(word) if word else -1
    while at >= 0:
        end = at + size
        if end == end_of_body or not _word_char(body[end]):
            start = at
            while start > 0 and body[start - 1] in _SPACE_CHARS:
                start -= 1
            if start < at and any(
                (lead_at := start - len(lead)) >= 0 and body.startswith(lead, lead_at)
                and (lead_at == 0 or not _word_char(body[lead_at - 1])) for lead in leading
            ):
                return True
        at = body.find(word, at + 1)  # as a search: every start tried
    return False


def _after_spaces(body: str, end: int, word: str) -> bool:
    """Whether spaces, then `word`, follow `end`."""
    after = end
    while after < len(body) and body[after] in _SPACE_CHARS:
        after += 1
    return after > end and body.startswith(word, after)


def spaced_word_places(body: str, words: tuple[str, ...]) -> list[int]:
    """The places of the space right before each of `words` written as a word of its own: the
    starts, in order, of the matches of `[ \\t\\u00a0](?:WORD|...)(?![\\w-])`, found with
    `str.find` (such a pattern is tried at every space of the body)."""
    places = [at - 1 for word in words for at in word_places(body, word)
              if at and body[at - 1] in _SPACE_CHARS]
    places.sort()
    return places


def last_word(text: str, start: int, end: int) -> str:
    """The run of non-space characters that ends text[start:end] (before a closing newline),
    else "": what `\\S+$` searched from `start` to `end` matches."""
    window = text[start:end]
    if window.endswith("\n"):
        window = window[:-1]  # "$" matches before a newline that ends the text too
    if not window or window[-1].isspace():
        return ""
    return window.rsplit(None, 1)[-1]
