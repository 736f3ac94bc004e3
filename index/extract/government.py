"""Whether an article is about government, for the government lens (``scope=government``).

An article is about government when it names an official (index/extract/officials/), when it
comes from a site only governments register (a ``.go.id``, ``.mil.id`` or ``.desa.id`` domain),
or when its title and lead are about government business: the words of
``data/government.tsv``, a government body or office ("Pemprov", "DPRD", "APBD", "Polres")
counting by itself and a word of government business ("anggaran", "kebijakan") needing a
second, words in the title weighing double. Sport, celebrities, lifestyle and gadgets name
none of these, or one in passing further down the body, which is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from index.article import Official
from index.data_files import data_lines
from index.extract.trie_pattern import char_trie, trie_expression
from index.extract.trie_scan import CASE_EXACT, SPACES_ANY, TrieScan
from index.outlets import registered_domain

DATA_FILE = "government.tsv"
LEAD_CHARS = 600  # the lead: a feed item's teaser, a full text's first paragraph or two
POINTS = {"strong": 2, "weak": 1}
ENOUGH = 2  # points that make an article about government
_CAPITALS_ONLY = re.compile(r"[A-Z]{2,6}")


@dataclass(frozen=True)
class _Words:
    domains: tuple[str, ...]
    capitals: tuple[tuple[TrieScan, int], ...]  # (pattern, points of each match), as written
    lower: tuple[tuple[TrieScan, int], ...]  # the same, of the lower-cased text


def _alternation(phrases: list[str]) -> TrieScan | None:
    """Any of the phrases as a whole word, spaces between its words as any spaces. Shaped as a
    character trie (the longest phrase that fits is tried first, as in an alternation longest
    first), opening with a lookahead at the phrases' first characters so that the engine tries
    it only where one stands; matched where the compiled scan says a phrase is written."""
    words = {" ".join(p.split()) for p in phrases} - {""}
    if not words:
        return None
    firsts = "".join(re.escape(char) for char in sorted({w[0] for w in words}))
    body = trie_expression(char_trie(words), _char_pattern)
    pattern = re.compile(rf"(?=[{firsts}])(?<!\w)(?:{body})(?!\w)")
    return TrieScan(pattern, words, CASE_EXACT, SPACES_ANY)


def _char_pattern(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


@cache
def _words() -> _Words:
    domains: list[str] = []
    phrases: dict[str, list[str]] = {kind: [] for kind in POINTS}
    for number, line in enumerate(data_lines(DATA_FILE), start=1):
        kind, _, phrase = line.partition("\t")
        kind, phrase = kind.strip(), phrase.strip()
        if kind == "domain" and phrase:
            domains.append(phrase.lower().strip("."))
        elif kind in POINTS and phrase:
            phrases[kind].append(phrase)
        else:
            raise ValueError(f"{DATA_FILE}, line {number} of its content: expected "
                             f"'domain|strong|weak<TAB>phrase', got {line!r}")
    capitals, lower = [], []
    for kind, listed in phrases.items():
        # matched in the lower-cased text: a case-blind pattern is several times slower
        pattern = _alternation([p.lower() for p in listed if not _CAPITALS_ONLY.fullmatch(p)])
        if pattern is not None:
            lower.append((pattern, POINTS[kind]))
        pattern = _alternation([p for p in listed if _CAPITALS_ONLY.fullmatch(p)])
        if pattern is not None:
            capitals.append((pattern, POINTS[kind]))
    return _Words(tuple(domains), tuple(capitals), tuple(lower))


def government_source(url: str) -> bool:
    """Whether a URL is on a site only governments register ("https://jatengprov.go.id/x")."""
    domain = registered_domain(url) if url else ""
    return bool(domain) and any(domain == d or domain.endswith("." + d)
                                for d in _words().domains)


def government_points(title: str, body: str) -> int:
    """The points of the government words in the title (double) and the lead."""
    words, points = _words(), 0
    for text, weight in ((title, 2), (body[:LEAD_CHARS], 1)):
        for patterns, written in ((words.capitals, text), (words.lower, text.lower())):
            for scan, each in patterns:
                points += weight * each * sum(1 for _ in scan.finditer(written))
    return points


def is_government(title: str, body: str, url: str, officials: list[Official]) -> bool:
    """Whether an article is about government: an official named, a government site, or
    government business in its title and lead."""
    return (bool(officials) or government_source(url)
            or government_points(title, body) >= ENOUGH)
