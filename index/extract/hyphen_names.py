"""A name's hyphenated part written between spaces, as pre-tokenised texts do: "Moon Jae - in",
"Tsai Ing - wen", "Jhon Halasan Butar - Butar". Names are read in words, so the part after the
spaced hyphen was cut off ("Moon Jae", "Jhon Halasan Butar"). `joined_names` rewrites such a
name with a plain hyphen, keeping the text's length (the spaces taken out go after the name), so
that every position the extraction reads stays true and officials, speakers and identities all
read "Moon Jae-in".

" - " is also a dash ("Xi Jinping - tetap ..."), so only two shapes are joined:
- the same capitalised word repeated, Batak style: "Butar - Butar"; repeated in lower case
  ("Butar - butar") only after another capitalised word and when no text attests the word:
  otherwise it is Indonesian reduplication ("Baru - baru ini", "Anak - anak");
- a short capitalised word (2 to 5 letters) after another capitalised word, then a short
  lower-case syllable of an East Asian given name (one vowel group, at most one consonant cluster
  before it and "n", "ng", "m", "k", "p", "t" or "l" after it: "in", "wen", "hye", "un", "nam",
  "hyun"), that ends the name: a comma, a full stop, a bracket, a quote or a lower-case word
  after it, or the end of the text. Indonesian function words of that shape ("yang", "dan",
  "di", "ke"...) are no syllable.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.analysis.analyzer import attested_words, stopwords
from index.extract.statements import Statement

_SPACE = r"[ \t\u00a0]"
_SYLLABLE = r"(?:[bcdfghjklmnprstwyz]{1,2}h?)?[aeiou]{1,2}(?:ng|n|m|k|p|t|l)?"
_NAME = re.compile(
    rf"(?<![\w'’-])(?P<word>[A-Z][a-z]+)"
    rf"(?P<gap>{_SPACE}+-{_SPACE}+)(?P<part>[A-Za-z][a-z]*)(?![\w'’-])"
)
# before the syllable's word: another capitalised name word
_BEFORE = re.compile(rf"(?<![\w'’-])[A-Z][a-z]+{_SPACE}+$")
# after the syllable: the name ends
_ENDS = re.compile(rf"{_SPACE}*(?:[,.;:)\]\"'’”]|$)|{_SPACE}+[a-z]")
_NOT_SYLLABLES = frozenset({
    "yang", "dan", "di", "ke", "dari", "itu", "ini", "pun", "juga", "atau", "kini", "pada",
    "saat", "usai", "lalu", "kata", "ujar", "tak", "tapi", "pula", "tiap", "bagi", "oleh", "se",
    "ia", "kan", "nya", "lah", "kah", "tah", "hal", "jam", "han", "ya", "tu", "tua", "bau",
})


def _joins(match: re.Match) -> bool:
    word, part = match.group("word"), match.group("part")
    if part == word:  # "Butar - Butar"
        return True
    if part == word.lower():  # "Butar - butar", not "Anak - anak": a word no text attests
        return (part not in attested_words() and part not in stopwords()
                and _name_word_before(match))
    if not part.islower() or part in _NOT_SYLLABLES or not 2 <= len(word) <= 5:
        return False
    if len(part) > 4 or not re.fullmatch(_SYLLABLE, part):
        return False
    return _name_word_before(match) and bool(_ENDS.match(match.string, match.end()))


def _name_word_before(match: re.Match) -> bool:
    return bool(_BEFORE.search(match.string[max(0, match.start() - 40):match.start()]))


def joined_names(text: str) -> str:
    """The text with each name's spaced hyphen written as a plain one (see the module
    docstring), the same length: "Moon Jae - in, Presiden" -> "Moon Jae-in  , Presiden"."""
    if " - " not in text:
        return text
    pieces: list[str] = []
    at = 0
    for match in _NAME.finditer(text):
        if not _joins(match):
            continue
        gap = match.group("gap")
        pieces.append(text[at:match.start("gap")])
        pieces.append("-" + match.group("part") + " " * (len(gap) - 1))
        at = match.end()
    if not pieces:
        return text
    pieces.append(text[at:])
    return "".join(pieces)


def as_written(statements: list[Statement], body: str) -> list[Statement]:
    """The statements read in `joined_names(body)` with their text as the body writes it (the
    speakers keep the joined names). A text that ends on a joined name ("... Lee Min-ho") ends
    later in the body ("... Lee Min - ho"), by the spaces the join moved after the name."""
    return [_as_written(statement, body) for statement in statements]


def _as_written(statement: Statement, body: str) -> Statement:
    if body.startswith(statement.text, statement.start):
        return statement
    end = statement.start + len(statement.text)
    wanted = _unspaced(statement.text)
    for extra in range(_MOST_MOVED + 1):
        written = body[statement.start:end + extra]
        if _unspaced(written) == wanted:
            return replace(statement, text=written)
    return statement


_MOST_MOVED = 16  # spaces a join may move after a text's end


def _unspaced(text: str) -> str:
    return "".join(text.split())
