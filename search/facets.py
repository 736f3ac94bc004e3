"""Facet counts and facet filters over one index snapshot.

For each facet the snapshot keeps, once, which documents carry which value. Counting a result is
then one pass over its documents, and a filter is a union of precomputed document sets, instead of
a query per facet value.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from whoosh.reading import IndexReader
from whoosh.util.times import long_to_datetime

# facet name in the API -> index field
FACET_FIELDS = {"province": "provinces", "regency": "regencies", "official": "officials",
                "source": "source"}
FACETS = [*FACET_FIELDS, "year", "month"]
_MISSING_DATE = 2**64 - 1


class FacetTable:
    """Per-document facet values of one reader (one index snapshot)."""

    def __init__(self, reader: IndexReader) -> None:
        self.doc_count = reader.doc_count_all()
        self.values: dict[str, list[str]] = {}
        self.docs: dict[str, dict[str, frozenset[int]]] = {}
        self.doc_values: dict[str, list[tuple[int, ...]]] = {}
        for facet, fieldname in FACET_FIELDS.items():
            self._load_field(reader, facet, fieldname)
        self.published = self._load_dates(reader)
        self._load_years()

    def _load_field(self, reader: IndexReader, facet: str, fieldname: str) -> None:
        per_doc: list[list[int]] = [[] for _ in range(self.doc_count)]
        values: list[str] = []
        docs: dict[str, frozenset[int]] = {}
        for term in reader.lexicon(fieldname):
            value = term.decode("utf-8") if isinstance(term, bytes) else term
            ids = frozenset(reader.postings(fieldname, term).all_ids())
            number = len(values)
            values.append(value)
            docs[value] = ids
            for doc in ids:
                per_doc[doc].append(number)
        self.values[facet] = values
        self.docs[facet] = docs
        self.doc_values[facet] = [tuple(v) for v in per_doc]

    def _load_dates(self, reader: IndexReader) -> list[datetime | None]:
        if not reader.has_column("published"):
            return [None] * self.doc_count
        column = reader.column_reader("published", translate=False)
        return [None if raw == _MISSING_DATE else long_to_datetime(raw) for raw in column]

    def _load_years(self) -> None:
        for facet, label in (("year", "%Y"), ("month", "%Y-%m")):
            labels = [None if d is None else d.strftime(label) for d in self.published]
            values = sorted({v for v in labels if v is not None})
            number_of = {v: i for i, v in enumerate(values)}
            self.values[facet] = values
            self.doc_values[facet] = [() if v is None else (number_of[v],) for v in labels]
            docs: dict[str, set[int]] = {v: set() for v in values}
            for doc, value in enumerate(labels):
                if value is not None:
                    docs[value].add(doc)
            self.docs[facet] = {k: frozenset(v) for k, v in docs.items()}

    def docs_with(self, facet: str, values: list[str]) -> set[int]:
        """Documents carrying any of the values (several values of one facet combine with OR)."""
        found: set[int] = set()
        table = self.docs[facet]
        for value in values:
            found |= table.get(value, frozenset())
        return found

    def counts(self, facet: str, docs: set[int], limit: int) -> list[dict]:
        """Value counts over a document set, most frequent first."""
        per_doc = self.doc_values[facet]
        counter: Counter[int] = Counter()
        for doc in docs:
            counter.update(per_doc[doc])
        names = self.values[facet]
        ranked = sorted(counter.items(), key=lambda item: (-item[1], names[item[0]]))
        return [{"value": names[n], "count": c} for n, c in ranked[:limit]]


def facet_counts(table: FacetTable, matched: set[int], selected: dict[str, set[int]],
                 limit: int) -> dict[str, list[dict]]:
    """Counts per facet for the query's documents, with the other facets' filters applied."""
    result = {}
    for facet in FACETS:
        docs = matched
        for other, allowed in selected.items():
            if other != facet:
                docs = docs & allowed
        result[facet] = table.counts(facet, docs, limit)
    return result
