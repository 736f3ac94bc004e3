"""The postings of a document: what Whoosh's ``field.index`` makes of each indexed field, made
faster for our analyzer (no Token object per word), for the bulk writer."""

from __future__ import annotations

from whoosh.analysis import IDTokenizer
from whoosh.fields import FieldType, Schema
from whoosh.formats import Existence, Positions

from index.analysis.analyzer import IndonesianTokenizer, text_postings

# A field's postings in one document: terms, weights, encoded values, and the field's length
# (the sum of the terms' frequencies).
Postings = tuple[list[bytes], list[float], list[bytes], int]
Analyzed = dict[str, Postings]  # by field name, indexed fields only


def analyze_document(schema: Schema, fields: dict) -> Analyzed:
    """The postings of a document's indexed fields, as Whoosh's ``field.index`` gives them."""
    analyzed = {}
    for name, value in fields.items():
        if value is None:
            continue
        field = schema[name]
        if not field.indexed:
            continue
        if type(field.format) is Positions and type(field.analyzer) is IndonesianTokenizer:
            analyzed[name] = _positions_postings(field, value)
        elif field.unique:
            analyzed[name] = _unique_postings(field, value)
        else:  # a source, a file, a list of regions or officials: the same values recur
            analyzed[name] = _recurring_postings(name, field, value)
    return analyzed


def _field_postings(field: FieldType, value: str) -> Postings:
    items = list(field.index(value))
    return ([i[0] for i in items], [i[2] for i in items], [i[3] for i in items],
            sum(i[1] for i in items))


def _unique_postings(field: FieldType, value: str) -> Postings:
    """An article's id: the whole value one term (what ``field.index`` makes of a str with
    Whoosh's IDTokenizer and Existence format, without a Token), else ``_field_postings``."""
    if (type(value) is str and type(field.analyzer) is IDTokenizer
            and type(field.format) is Existence):
        return [value.encode("utf-8")], [field.format.field_boost], [b""], 1
    return _field_postings(field, value)


_recurring: dict[tuple[str, str], Postings] = {}


def _recurring_postings(name: str, field: FieldType, value: str) -> Postings:
    postings = _recurring.get((name, value))
    if postings is None:
        postings = _field_postings(field, value)
        if len(_recurring) < 100_000:
            _recurring[name, value] = postings
    return postings


def _positions_postings(field: FieldType, value: str) -> Postings:
    """What ``field.index(value)`` yields for our tokenizer with positions, made without a
    Token object per word."""
    return text_postings(value, field.analyzer.lead_tokens, field.format.field_boost)
