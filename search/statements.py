"""Statements in a search: which of an article's statements a request asks for.

`kata:WORDS` (also `pernyataan:`) is a filter: an article passes when one of its statements has
all the words (index/extract/statements; the `said` field holds the words of all of them, so a
statement is checked on its own only when that could differ). Typed together with `pejabat:`,
the statement must be that official's: `pejabat:edy kata:asn` is what Edy said about ASN. A
statement is an official's when the article linked its speaker to one of its officials
(index/extract/speakers.py) and that official is the person the filter names
(search/identities.py), or, for an official filter matched by role words (`pejabat:bupati`),
when the official's role has the words.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from whoosh import query as wq

from index.analysis.analyzer import analyze
from search.snippets import mark

PUBLIC_FIELDS = ("speaker", "role", "cue", "direct", "text", "start")
# a list of statements as CSV (docs/api.md): the first seven are what a reader asks for
CSV_COLUMNS = ["date", "speaker", "role", "region", "source", "text", "url",
               "official", "cue", "direct", "title", "id"]
_MARK_TAGS = re.compile(r"</?mark>")
_WORD = re.compile(r"\w+")


@dataclass
class Speakers:
    """Who must have said a statement: the officials typed with `pejabat:`."""

    names: frozenset[str]  # people, as the official facet shows them
    roles: list[frozenset[str]]  # words of values matched by role ("bupati")
    articles: np.ndarray  # the documents naming one of them

    def spoke(self, statement: dict, shown: Callable[[str], str], roles: dict[str, str]) -> bool:
        written = statement.get("official")
        if not written:
            return False
        if shown(written) in self.names:
            return True
        words = frozenset(words_of(f"{written} {roles.get(written, '')}"))
        return any(wanted <= words for wanted in self.roles)


def words_of(text: str) -> list[str]:
    """A name's words as compared: lower case, without punctuation ("detik.com" -> detik, com)."""
    return _WORD.findall(text.casefold())


def statement_has(node: wq.Query, terms: list[str]) -> bool:
    """Whether a statement whose analysed words are `terms` matches a `said` query."""
    if isinstance(node, wq.And):
        return all(statement_has(child, terms) for child in node.children())
    if isinstance(node, wq.Or):
        return any(statement_has(child, terms) for child in node.children())
    if isinstance(node, wq.Not):
        return not statement_has(node.query, terms)
    if isinstance(node, wq.Every):
        return True
    if isinstance(node, wq.Phrase):
        words = list(node.words)
        return any(terms[i:i + len(words)] == words for i in range(len(terms) - len(words) + 1))
    if isinstance(node, wq.Term):
        return node.text in terms
    return False


def needs_each(node: wq.Query) -> bool:
    """Whether the articles the `said` field finds for a query can have no statement that
    matches it alone: more than one word (a word with its alternatives is one)."""
    if isinstance(node, wq.Term):
        return False
    if isinstance(node, wq.Or):
        return any(needs_each(child) for child in node.children())
    return True


def said_terms(nodes: list[wq.Query]) -> set[str]:
    """The analysed words the statements queries look for, to mark them."""
    terms: set[str] = set()
    for node in nodes:
        for leaf in node.leaves() if not node.is_leaf() else [node]:
            if isinstance(leaf, wq.Not):
                continue
            for _, text in leaf.terms(phrases=True):
                if isinstance(text, str):
                    terms.add(text)
    return terms


@dataclass
class StatementTest:
    """Which statements of an article a request asks for: those that match one of `wanted`
    (every one when it is empty) and, with `speakers`, were said by one of them."""

    wanted: list[wq.Query]
    speakers: Speakers | None
    shown: Callable[[str], str]

    def passes(self, statement: dict, roles: dict[str, str],
               terms: list[str] | None = None) -> bool:
        if self.speakers is not None and not self.speakers.spoke(statement, self.shown, roles):
            return False
        if not self.wanted:
            return True
        terms = analyze(statement["text"]) if terms is None else terms
        return any(statement_has(node, terms) for node in self.wanted)

    def chosen(self, stored: dict) -> list[dict]:
        """The statements of a stored article that pass, in the order of the article."""
        roles = dict((name, role) for name, role in stored.get("officials_roles", []))
        return [s for s in stored.get("statements", []) if self.passes(s, roles)]


def public(statement: dict, shown: Callable[[str], str], terms: set[str] | None = None) -> dict:
    """A statement as the JSON gives it: its fields (with `terms`, the text escaped with
    those words in <mark>; without, as written) and `official`, the person who spoke when they
    are one of the article's officials."""
    item = {name: statement.get(name) for name in PUBLIC_FIELDS}
    if terms is not None:
        item["text"] = mark(statement["text"], terms)
    written = statement.get("official")
    item["official"] = shown(written) if written else None
    return item


def csv_cells(row: dict) -> list[str]:
    """One row of Engine.statements as the cells of CSV_COLUMNS, plain text."""
    article = row["article"]
    return [
        article["published"] or "", row["speaker"] or "", row["role"] or "",
        "; ".join(article["provinces"] + article["regencies"]), article["source"],
        _plain(row["text"]), article["url"], row["official"] or "", row["cue"],
        "ya" if row["direct"] else "tidak", _plain(article["title"]), article["id"],
    ]


def _plain(marked: str) -> str:
    return html.unescape(_MARK_TAGS.sub("", marked))
