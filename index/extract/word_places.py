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
