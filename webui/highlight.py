"""The article page's text with the search's words marked, paragraph by paragraph."""

from __future__ import annotations

import html
import re

from markupsafe import Markup

from search import Engine
from search.query import highlight_terms
from search.snippets import mark

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_MARK_TAGS = re.compile(r"</?mark>")


def query_terms(engine: Engine, q: str) -> set[str]:
    """The analysed terms a query looks for (excluded words are not marked)."""
    if not q.strip():
        return set()
    return highlight_terms(engine.parse(q).query)


def marked_paragraphs(body: str, terms: set[str]) -> list[Markup]:
    """The body's paragraphs, each escaped, with the terms' words in <mark>."""
    return [Markup(mark(part.strip(), terms)) for part in _PARAGRAPH_BREAK.split(body)
            if part.strip()]


def marked_title(escaped_title: str, terms: set[str]) -> Markup:
    """An escaped title (as Engine.get gives it) with the terms' words marked."""
    return Markup(mark(html.unescape(escaped_title), terms))


def plain_text(marked_html: str) -> str:
    """Engine HTML (escaped text with <mark>) back to plain text, for CSV and feeds."""
    return html.unescape(_MARK_TAGS.sub("", marked_html))
