"""The postings of a document: what Whoosh's ``field.index`` makes of each indexed field, made
faster for our analyzer (no Token object per word), in a form that pickles small (a build's workers
send it to the writing process)."""

from __future__ import annotations

from itertools import pairwise
from pickle import dumps

from whoosh.fields import FieldType, Schema
from whoosh.formats import Positions
from whoosh.system import pack_uint

from index.analysis import LEAD_BOOST, IndonesianTokenizer, index_terms

# The encoding of a lone position, the commonest posting value, by position.
_SINGLE_POSITIONS = [pack_uint(1) + dumps([p], 2) for p in range(4096)]


def _positions_value(positions: list[int]) -> bytes:
    """Whoosh's Positions encoding: the count, then the pickled gaps."""
    if len(positions) == 1 and positions[0] < len(_SINGLE_POSITIONS):
        return _SINGLE_POSITIONS[positions[0]]
    deltas = [positions[0]] + [b - a for a, b in pairwise(positions)]
    return pack_uint(len(deltas)) + dumps(deltas, 2)


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
            analyzed[name] = _field_postings(field, value)
        else:  # a source, a file, a list of regions or officials: the same values recur
            analyzed[name] = _recurring_postings(name, field, value)
    return analyzed


def _field_postings(field: FieldType, value: str) -> Postings:
    items = list(field.index(value))
    return ([i[0] for i in items], [i[2] for i in items], [i[3] for i in items],
            sum(i[1] for i in items))


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
    positions: dict[str, list[int]] = {}
    for position, term in enumerate(index_terms(value)):
        found = positions.get(term)
        if found is None:
            positions[term] = [position]
        else:
            found.append(position)
    lead = field.analyzer.lead_tokens
    boost = field.format.field_boost
    terms, weights, values = [], [], []
    length = 0
    for term, found in positions.items():
        if lead and found[0] < lead:
            leading = sum(1 for p in found if p < lead)
            weights.append((leading * LEAD_BOOST + (len(found) - leading)) * boost)
        else:
            weights.append(len(found) * boost)
        terms.append(term.encode("utf-8"))
        values.append(_positions_value(found))
        length += len(found)
    return terms, weights, values, length
