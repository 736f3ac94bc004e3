"""Characters a user cannot see, taken out of what they typed or passed.

Text copied from a web page, a chat or a word processor brings along characters that print as
nothing: a zero-width space between two words, a byte-order mark at the start, a soft hyphen or
a zero-width joiner inside a word, a direction mark around it. Typed into a query they made a
filter read another value than the one on the screen (`wilayah:kalteng` followed by a zero-width
space named no region, `pejabat:jokowi` with a byte-order mark found another person, and one in
front of `wilayah:` left the filter unread), so the query and the filter values lose them before
anything reads them. Those that stand between words become a space (a zero-width space already
parts two words in the index); those that stand inside a word go.
"""

from __future__ import annotations

import re

# Zero-width space, word joiner, Mongolian vowel separator, zero-width no-break space (BOM).
_BETWEEN_WORDS = "\u200b\u2060\u180e\ufeff"
# Soft hyphen, zero-width non-joiner and joiner, direction marks, embeddings and isolates.
_INSIDE_WORDS = "\u00ad\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069"
_SPACE = re.compile(f"[{_BETWEEN_WORDS}]")
_DROPPED = re.compile(f"[{_INSIDE_WORDS}]")


def visible(text: str) -> str:
    """`text` without the characters that print as nothing (see the module's docstring)."""
    if text.isascii():
        return text
    return _DROPPED.sub("", _SPACE.sub(" ", text))
