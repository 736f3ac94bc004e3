"""Snippets: up to three sentences around the query's matches, about 240 characters, escaped,
with every matching form marked (the text is compared term by term after analysis, so stems and
expansions are marked too)."""

from __future__ import annotations

import re
from html import escape

from index.analysis.analyzer import iter_words, term_for

SNIPPET_CHARS = 240
MAX_FRAGMENTS = 3
_SENTENCE_END = re.compile(r"(?<=[.!?…\"”])\s+(?=[\"“A-Z0-9])|\n\n")


def mark(text: str, terms: set[str]) -> str:
    """Escape a text, wrapping the words whose index term is wanted in <mark>."""
    out = []
    last = 0
    for match in iter_words(text):
        if term_for(match.group(0)) in terms:
            out.append(escape(text[last:match.start()]))
            out.append(f"<mark>{escape(match.group(0))}</mark>")
            last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


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
    hits = [m for m in iter_words(text) if term_for(m.group(0)) in terms] if terms else []
    if not hits:
        start, end = _cut(text, 0, len(text), 0, size)
        return escape(text[start:end]) + (" …" if end < len(text) else "")
    sentences = _sentences(text)
    scored = []
    for index, (start, end) in enumerate(sentences):
        inside = [m for m in hits if start <= m.start() < end]
        if inside:
            distinct = {term_for(m.group(0)) for m in inside}
            scored.append((len(distinct), len(inside), -index, start, end, inside[0].start()))
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
        parts.append(prefix + mark(text[left:right], terms))
    tail = " …" if chosen[-1][1] < len(text) else ""
    return " … ".join(parts) + tail
