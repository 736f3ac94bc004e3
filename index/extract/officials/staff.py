"""A staff post named by the office it serves, the holder of that office written between it and
the staff member's name: "Juru Bicara Wakil Presiden Jusuf Kalla Husain Abdullah" names two
people, Jusuf Kalla (Wakil Presiden) and Husain Abdullah (Juru Bicara Wakil Presiden)."""

from __future__ import annotations

from index.extract.officials.lexicon import Lexicon, Office
from index.extract.officials.tokens import Token, _phrase_at
from index.extract.word_places import word_places

_MIN_WORDS = 2  # each of the two names: a full name, not a word of one


def served_holder(
    text: str, tokens: list[Token], office: Office, role_words: list[str], name: str,
    lexicon: Lexicon,
) -> tuple[str, str, str] | None:
    """(the served office's holder, their role, the staff member's name) when the name read after
    a staff post whose object is an office starts with a name the article also writes without
    the rest ("Wapres Jusuf Kalla" elsewhere); else None."""
    words = name.split()
    served = role_words[len(office.role.split()):]
    if len(words) < 2 * _MIN_WORDS or not served:
        return None
    if _phrase_at(tokens, 0, lexicon, regions=False)[0] not in ("office", "office-of"):
        return None  # the object is no office: "Staf Ahli Bidang Hukum"
    for cut in range(len(words) - _MIN_WORDS, _MIN_WORDS - 1, -1):  # the longest holder first
        holder, rest = " ".join(words[:cut]), " ".join(words[cut:])
        if len(word_places(text, holder)) > len(word_places(text, name)):
            return holder, " ".join(served), rest
    return None
