"""Snippets: up to three sentences around the query's matches, about 240 characters, escaped,
with every matching form marked (the text is compared term by term after analysis, so stems and
expansions are marked too)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from html import escape

from index.analysis._tokens import wanted_spans
from index.analysis.analyzer import term_for

SNIPPET_CHARS = 240
MAX_FRAGMENTS = 3
# The most terms whose tails wanted_words looks for before stemming. Past 8 the search for the
# tails costs a warm process meeting a query more than the stems cached (43 terms: 10 snippets
# 0.73 to 1.08 ms), but a word is judged once per query (_wanted), and a new process's first page
# stems far fewer words (5 phrases, 9 terms: 6.7 to 1.8 ms; 20 phrases, 43 terms: 3.3 to 2.1).
FILTERED_TERMS = 64
# Whether a word is wanted is kept for the terms of the last VERDICT_QUERIES queries, up to
# VERDICT_WORDS words each (about 15 MB at most): a warm process judges a word once per query.
VERDICT_QUERIES = 16
VERDICT_WORDS = 10_000
# the spaces after a sentence's last mark (group 1), or a blank line; the mark is matched, not
# looked behind for, so that the search skips to the next mark or line break in compiled code
_SENTENCE_END = re.compile(r"[.!?…\"”](\s+)(?=[\"“A-Z0-9])|\n\n")


@lru_cache(maxsize=256)
def _tails(terms: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(t[1:]) for t in sorted(terms, key=len, reverse=True)))


@lru_cache(maxsize=VERDICT_QUERIES)
def _wanted(terms: frozenset[str], filtered: int) -> tuple[dict[str, bool], Callable[[str], bool]]:
    """For a set of terms: the words (as written) known to be wanted or not, kept for the
    process (snippets of the same query's pages meet the same words), and the test of a word
    not known yet (`wanted_words`'s, one word)."""
    if len(terms) > filtered:
        def judge(word: str) -> bool:
            return term_for(word) in terms
    else:
        search = _tails(terms).search

        def judge(word: str) -> bool:
            return bool(search(word.lower().replace("'", "").replace("\u2019", ""))) \
                and term_for(word) in terms
    return {}, judge


def wanted_words(words: set[str], terms: set[str]) -> set[str]:
    """Which of `words` (as written) have their index term in `terms`. A term without its first
    letter is always in the word lowercased without apostrophes (the stemmer cuts affixes; the
    consonant that it or the analyzer puts back stands first; "Qur'an" is "quran"): a word
    without any term's tail is not stemmed, which
    spares a new process most of the stemming of its first page (up to FILTERED_TERMS terms)."""
    if not terms:
        return set()
    judge = _wanted(frozenset(terms), FILTERED_TERMS)[1]
    return {w for w in words if judge(w)}


def _hits(text: str, terms: set[str]) -> tuple[list[tuple[int, int, str]], dict[str, bool],
                                               Callable[[str], bool]]:
    """The words of `text` whose term is wanted, (start, end, word) in text order, found in
    compiled code (no Match object, no Python, for a word met before), with the verdicts and
    test they were found by."""
    verdicts, judge = _wanted(frozenset(terms), FILTERED_TERMS)
    return wanted_spans(text, verdicts, judge, VERDICT_WORDS), verdicts, judge


def mark(text: str, terms: set[str]) -> str:
    """Escape a text, wrapping the words whose index term is wanted in <mark>."""
    if not terms:
        return escape(text)
    return _marked(text, _hits(text, terms)[0])


def _marked(text: str, hits: list[tuple[int, int, str]]) -> str:
    """`text` escaped, its `hits` (_hits) marked."""
    out = []
    last = 0
    for start, end, word in hits:
        out.append(escape(text[last:start]))
        out.append(f"<mark>{escape(word)}</mark>")
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        gap = match.span(1) if match[1] else match.span()
        spans.append((start, gap[0]))
        start = gap[1]
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def _by_sentence(sentences: list[tuple[int, int]], hits: list[tuple[int, int, str]]
                 ) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """Each sentence with the hits (in text order) that start inside it: one pass over both,
    both in text order (a hit between two sentences, in a gap, is in none)."""
    out = []
    at = 0
    for start, end in sentences:
        while at < len(hits) and hits[at][0] < start:
            at += 1
        first = at
        while at < len(hits) and hits[at][0] < end:
            at += 1
        out.append((start, end, hits[first:at]))
    return out


def _cut(text: str, start: int, end: int, focus: int, size: int) -> tuple[int, int]:
    """A window of about `size` characters inside [start, end) around `focus`, at word breaks."""
    if end - start <= size:
        return start, end
    left = max(start, min(focus - size // 3, end - size))
    right = min(end, left + size)
    if left > start:
        space = text.find(" ", left)
        left = space + 1 if 0 <= space < focus else left
    if right < end:
        space = text.rfind(" ", left, right)
        right = space if space > focus else right
    return left, right


def make_snippet(text: str, terms: set[str], size: int = SNIPPET_CHARS) -> str:
    """The best fragments of a text for the terms, as escaped HTML with <mark>s."""
    hits, verdicts, judge = _hits(text, terms) if terms else ([], {}, None)
    if not hits:
        start, end = _cut(text, 0, len(text), 0, size)
        return escape(text[start:end]) + (" …" if end < len(text) else "")
    scored = []
    for index, (start, end, inside) in enumerate(_by_sentence(_sentences(text), hits)):
        if inside:
            distinct = {term_for(word) for _, _, word in inside}
            scored.append((len(distinct), len(inside), -index, start, end, inside[0][0]))
    scored.sort(reverse=True)
    chosen: list[tuple[int, int]] = []
    budget = size
    for _, _, _, start, end, focus in scored[:MAX_FRAGMENTS]:
        if budget < 40:
            break
        left, right = _cut(text, start, end, focus, budget)
        chosen.append((left, right))
        budget -= right - left
    chosen.sort()
    parts = []
    for left, right in chosen:
        prefix = "… " if left > 0 and not parts else ""
        piece = text[left:right]
        parts.append(prefix + _marked(piece, wanted_spans(piece, verdicts, judge, VERDICT_WORDS)))
    tail = " …" if chosen[-1][1] < len(text) else ""
    return " … ".join(parts) + tail
