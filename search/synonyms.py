"""Abbreviations and short forms, both ways, at query time: "wagub kalteng" also looks for
"wakil gubernur" and "kalimantan tengah", and "wakil gubernur" also for "wagub".

The pairs come from data files that users extend: index/data/abbreviations.tsv (titles and
institutions), index/data/topic_abbreviations.tsv (karhutla, bansos, pilkada ...), the region
gazetteer's short forms (index/data/region_aliases.tsv), and the units that se- counts one of
(index/data/counted_units.txt: "setahun", "1 tahun" and "satu tahun").
"""

from __future__ import annotations

import re
import sys
from functools import cache

import index.gazetteer
from index.data_files import word_list
from index.gazetteer import region_aliases
from index.table_cache import cached_table
from search.plain_words import OPERATORS

MAX_PHRASE_WORDS = 5
_KIND_PREFIX = re.compile(r"^(kabupaten|kota|provinsi)\s+", re.IGNORECASE)
# A plain word of the query: not quoted, not a field, not an operator, not excluded.
_CHUNK = re.compile(r'"[^"]*"?|\S+')
_PLAIN = re.compile(r"^[\w'’.-]+$")


def _norm(phrase: str) -> str:
    return " ".join(re.findall(r"\w+", phrase.lower()))


ABBREVIATION_FILES = ("abbreviations.tsv", "topic_abbreviations.tsv")
UNITS_FILE = "counted_units.txt"


@cache
def synonym_table() -> dict[str, frozenset[str]]:
    """Normalised phrase -> the other phrases that mean the same (kept between processes,
    index/table_cache.py: the gazetteer it needs costs more than the rest of a search's start)."""
    return cached_table("synonyms", (*ABBREVIATION_FILES, UNITS_FILE,
                                     *index.gazetteer.DATA_FILES),
                        (sys.modules[__name__], index.gazetteer), _build_synonym_table)


def _build_synonym_table() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}

    def link(a: str, b: str) -> None:
        a, b = _norm(a), _norm(b)
        if a and b and a != b:
            groups.setdefault(a, set()).add(b)
            groups.setdefault(b, set()).add(a)

    for name in ABBREVIATION_FILES:
        for line in word_list(name):
            parts = line.split("\t")
            if len(parts) >= 2:
                link(parts[0], parts[1])
    for unit in word_list(UNITS_FILE):
        one = [f"se{unit}", f"1 {unit}", f"satu {unit}"]
        for a, b in ((one[0], one[1]), (one[0], one[2]), (one[1], one[2])):
            link(a, b)
    for alias, official in region_aliases():
        bare = _KIND_PREFIX.sub("", official)
        link(alias, bare)
        link(official, bare)
    return {k: frozenset(v) for k, v in groups.items()}


def _group(phrase: str) -> str:
    """The form typed as a query: its words all required, near each other or not ("menteri
    keuangan" typed as two words must keep matching them apart)."""
    return f"({phrase})" if " " in phrase else phrase


def _quoted(phrase: str) -> str:
    """A form the query did not type, as a phrase: "dewan perwakilan rakyat daerah" for "dprd"
    must not match every article with "dewan", "rakyat", "wakil" and "daerah" somewhere."""
    return f'"{phrase}"' if " " in phrase else phrase


def _may_expand(chunk: str) -> bool:
    """Whether expand_query could rewrite a chunk: a field's plain value, or a plain word."""
    field, colon, value = chunk.partition(":")
    if colon:
        return field.isalpha() and bool(_PLAIN.match(value))
    return chunk not in OPERATORS and not chunk.startswith("-") and bool(_PLAIN.match(chunk))


def expand_query(text: str) -> str:
    """The query with every known short or long form X rewritten as (X OR its other forms)."""
    chunks = _CHUNK.findall(text)
    if not any(_may_expand(c) for c in chunks):
        # phrases, operators only: nothing to expand, and a new process need not load the table
        return " ".join(chunks)
    table = synonym_table()
    out: list[str] = []
    i = 0
    while i < len(chunks):
        chunk = chunks[i]
        field, colon, value = chunk.partition(":")
        if colon and field.isalpha() and _PLAIN.match(value) and _norm(value) in table:
            # wilayah:kalteng -> wilayah:(kalteng OR "kalimantan tengah")
            out.append(f"{field}:{expand_query(value)}")
            i += 1
            continue
        if chunk in OPERATORS or not _PLAIN.match(chunk) or chunk.startswith("-"):
            out.append(chunk)
            i += 1
            continue
        for width in range(min(MAX_PHRASE_WORDS, len(chunks) - i), 0, -1):
            span = chunks[i:i + width]
            if any(c in OPERATORS or not _PLAIN.match(c) or c.startswith("-") for c in span):
                continue
            key = _norm(" ".join(span))
            words = set(key.split())
            # a form holding every word of the typed one adds nothing ("jakarta", "dki jakarta")
            others = [o for o in table.get(key, ()) if not words <= set(o.split())]
            if others:
                forms = [_group(key), *sorted(_quoted(o) for o in others)]
                out.append("(" + " OR ".join(forms) + ")")
                i += width
                break
        else:
            out.append(chunk)
            i += 1
    return " ".join(out)
