"""Facet counts and facet filters over one index snapshot, as numpy arrays.

Every facet is a list of values and (document, value) pairs, built once per snapshot. Counting a
result is one ``bincount``; a filter is a boolean mask over the documents. The official facet's
values are people, not spellings (search/identities.py).
"""

from __future__ import annotations

import numpy as np

from index.gazetteer import province_of
from search.columns import FACET_FIELDS, Columns, days_of
from search.identities import Officials

FACETS = [*FACET_FIELDS, "year", "month"]


class FacetTable:
    def __init__(self, columns: Columns) -> None:
        self.size = columns.size
        self.pairs: dict[str, tuple[list[str], np.ndarray, np.ndarray]] = dict(columns.facets)
        self.officials = Officials(columns)
        self.pairs["official"] = self.officials.pairs
        dated = np.flatnonzero(columns.published >= 0)
        days = days_of(columns.published[dated])
        for facet, unit in (("year", "Y"), ("month", "M")):
            periods = days.astype(f"datetime64[{unit}]")
            names, codes = np.unique(periods, return_inverse=True)
            self.pairs[facet] = ([str(n) for n in names], dated, codes.astype(np.int64))
        self.code_of = {facet: {v: i for i, v in enumerate(values)}
                        for facet, (values, _, _) in self.pairs.items()}

    def mask_with(self, facet: str, values: list[str]) -> np.ndarray:
        """Documents carrying any of the values (several values of one facet combine with OR)."""
        mask = np.zeros(self.size, dtype=bool)
        _, docs, codes = self.pairs[facet]
        wanted = [code for code in (self._code(facet, v) for v in values) if code is not None]
        if wanted:
            mask[docs[np.isin(codes, wanted)]] = True
        return mask

    def _code(self, facet: str, value: str) -> int | None:
        code = self.code_of[facet].get(value)
        if code is None and facet == "official":  # "Jokowi", "prabowo": the person meant
            code = self.officials.code(value)
        return code

    def counts(self, facet: str, mask: np.ndarray, limit: int) -> list[dict]:
        """Value counts over the documents of a mask, most frequent first."""
        names, docs, codes = self.pairs[facet]
        if not len(docs):
            return []
        counted = np.bincount(codes[mask[docs]], minlength=len(names))
        present = np.flatnonzero(counted)
        order = sorted(present, key=lambda i: (-counted[i], names[i]))[:limit]
        items = [{"value": names[i], "count": int(counted[i])} for i in order]
        if facet == "regency":  # so that a page can nest kabupaten/kota under their province
            for item in items:
                item["province"] = province_of(item["value"])
        return items


def facet_counts(table: FacetTable, matched: np.ndarray, selected: dict[str, np.ndarray],
                 limit: int) -> dict[str, list[dict]]:
    """Counts per facet for the query's documents (a mask), with the other facets' filters."""
    result = {}
    for facet in FACETS:
        mask = matched
        for other, allowed in selected.items():
            if other != facet:
                mask = mask & allowed
        result[facet] = table.counts(facet, mask, limit)
    return result
