"""The query language: words (all must match), "phrases", -word / BUKAN word, OR / ATAU, fields.

Anything the parser cannot make sense of is searched as plain words; no input raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import qparser, query
from whoosh.fields import Schema

MAX_QUERY_CHARS = 500
TEXT_FIELDS = ["title", "lead", "body", "people", "places"]
FIELD_ALIASES = {
    "title": ["judul"],
    "places": ["wilayah", "region", "daerah"],
    "people": ["pejabat", "official"],
    "source_text": ["sumber", "source"],
    "published": ["tanggal", "date"],
}
_OPERATOR_WORDS = re.compile(r"\b(AND|OR|ATAU|NOT|BUKAN|DAN)\b")
_SYNTAX = re.compile(r"[\"()\-+:*?~^\[\]{}\\]")


@dataclass
class ParsedQuery:
    query: query.Query
    text: str  # the query as searched (after any cut)
    positive_words: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def _parser(schema: Schema, group: type = qparser.AndGroup) -> qparser.QueryParser:
    parser = qparser.MultifieldParser(TEXT_FIELDS, schema, group=group)
    parser.remove_plugin_class(qparser.WildcardPlugin)
    parser.remove_plugin_class(qparser.BoostPlugin)
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    parser.replace_plugin(qparser.OperatorsPlugin(
        And=r"(?<=\s)(AND|DAN)(?=\s)",
        Or=r"(?<=\s)(OR|ATAU)(?=\s)",
        Not=r"(^|(?<=(\s|[()])))(NOT|BUKAN)(?=\s)",
        AndNot=None, AndMaybe=None, Require=None,
    ))
    return parser


def _positive_words(text: str) -> list[str]:
    """The words a user asked for (not excluded ones, not operators), for the relaxed search."""
    words = []
    excluded_next = False
    for token in re.findall(r'-?"[^"]*"|\S+', text):
        if token in {"BUKAN", "NOT"}:
            excluded_next = True
            continue
        if excluded_next or token.startswith("-") or _OPERATOR_WORDS.fullmatch(token):
            excluded_next = False
            continue
        words.append(token)
    return words


def parse_query(text: str, schema: Schema) -> ParsedQuery:
    notices = []
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
        notices.append(f"Kueri terlalu panjang; hanya {MAX_QUERY_CHARS} karakter pertama dipakai.")
    if not text:
        return ParsedQuery(query.Every(), "", [], notices)
    try:
        parsed = _parser(schema).parse(text)
    except Exception:
        parsed = None
    if parsed is None or parsed is query.NullQuery:
        plain = _SYNTAX.sub(" ", text)
        parsed = _parser(schema).parse(" ".join(plain.split())) if plain.strip() else None
    return ParsedQuery(parsed or query.NullQuery, text, _positive_words(text), notices)


def relaxed_query(parsed: ParsedQuery, schema: Schema) -> query.Query | None:
    """Most of the words instead of all of them; None when there is nothing to relax."""
    if len(parsed.positive_words) < 2:
        return None
    group = qparser.OrGroup.factory(0.9)
    try:
        words = " ".join(parsed.positive_words)
        return _parser(schema, group).parse(words)
    except Exception:
        return None


def highlight_terms(q: query.Query) -> set[str]:
    """The analysed terms a query looks for in text fields, without excluded ones."""
    terms: set[str] = set()

    def walk(node: query.Query) -> None:
        if isinstance(node, query.Not):
            return
        if node.is_leaf():
            for fieldname, text in node.terms(phrases=True):
                if fieldname in TEXT_FIELDS and isinstance(text, str):
                    terms.add(text)
            return
        for child in node.children():
            walk(child)

    walk(q)
    return terms
