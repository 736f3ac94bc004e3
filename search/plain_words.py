"""Rewriting a query's plain words (not operators, phrases, fields or words with digits), the one
way search/bound_forms.py and search/nasal_forms.py add other forms of a word typed."""

from __future__ import annotations

import re
from collections.abc import Callable

_CHUNK = re.compile(r'"[^"]*"?|[^\s"]+')
OPERATORS = frozenset({"AND", "OR", "NOT", "ATAU", "BUKAN", "DAN"})  # the query language's
_WORD = re.compile(r"^[^\W\d_]+$")


def rewrite_plain_words(text: str, forms: Callable[[str], list[str]]) -> str:
    """The query text with each plain word W for which `forms(W)` gives other forms F1, F2 ...
    written as (W OR F1 OR F2 ...); every other chunk is left as it is."""

    def rewrite(match: re.Match[str]) -> str:
        chunk = match[0]
        if chunk in OPERATORS or not _WORD.match(chunk):
            return chunk
        found = forms(chunk)
        return f"({' OR '.join([chunk, *found])})" if found else chunk

    return _CHUNK.sub(rewrite, text)
