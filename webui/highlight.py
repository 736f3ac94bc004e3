"""The article page's text with the search's words marked, paragraph by paragraph."""

from __future__ import annotations

import html
import re

from flask import url_for
from markupsafe import Markup

from search import Engine
from search.query import highlight_terms, said_query
from search.snippets import mark
from search.statements import said_terms

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_MARK_TAGS = re.compile(r"</?mark>")
_CLOSING = re.compile(r"[”\"’']*")


def query_terms(engine: Engine, q: str) -> set[str]:
    """The analysed terms a query looks for, its statement words (kata:) too; excluded words
    are not marked."""
    if not q.strip():
        return set()
    parsed = engine.parse(q)
    said = [said_query(f.value, engine.schema) for f in parsed.filters
            if f.kind == "said" and not f.exclude]
    return highlight_terms(parsed.query) | said_terms(said)


def statement_paragraphs(body: str, statements: list[dict], terms: set[str]) -> list[Markup]:
    """The body's paragraphs, each escaped, with the terms' words in <mark> and each statement
    wrapped in <span class="statement"> and followed, where it ends, by its speaker: a link to the
    official's page when they are one, the name as written otherwise, "tanpa nama" when the
    article does not say. A statement over several paragraphs is wrapped in each."""
    spans = sorted(((s["start"], s["start"] + len(s["text"]), s) for s in statements
                    if s.get("text") and body[s["start"]:s["start"] + len(s["text"])] == s["text"]),
                   key=lambda span: span[:2])
    paragraphs = []
    at = 0
    for part in _PARAGRAPH_BREAK.split(body):
        begin = body.index(part, at)
        at = end = begin + len(part)
        if not part.strip():
            continue
        out, cursor = [], begin
        for first, last, statement in spans:
            if last <= begin or first >= end or max(first, begin) < cursor:
                continue
            inner_start, inner_end = max(first, begin), min(last, end)
            out.append(mark(body[cursor:inner_start], terms))
            out.append('<span class="statement">' + mark(body[inner_start:inner_end], terms)
                       + "</span>")
            cursor = inner_end
            if last <= end:  # the speaker after the closing quote mark
                closing = _CLOSING.match(body, cursor, end).end()
                out.append(html.escape(body[cursor:closing]) + _speaker_label(statement))
                cursor = closing
        out.append(mark(body[cursor:end], terms))
        paragraphs.append(Markup("".join(out).strip()))
    return paragraphs


def _speaker_label(statement: dict) -> str:
    name = statement.get("official") or statement.get("speaker")
    role = f", {statement['role']}" if statement.get("role") else ""
    if statement.get("official"):
        who = (f'<a href="{html.escape(url_for("pages.official_page", nama=name))}">'
               f"{html.escape(name)}</a>")
    else:
        who = html.escape(name) if name else "tanpa nama"
    return (f' <span class="speaker" title="Pernyataan {html.escape(statement["cue"])}">'
            f"— {who}{html.escape(role)}</span>")


def marked_title(escaped_title: str, terms: set[str]) -> Markup:
    """An escaped title (as Engine.get gives it) with the terms' words marked."""
    return Markup(mark(html.unescape(escaped_title), terms))


def plain_text(marked_html: str) -> str:
    """Engine HTML (escaped text with <mark>) back to plain text, for CSV and feeds."""
    return html.unescape(_MARK_TAGS.sub("", marked_html))
