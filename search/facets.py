"""Facet counts and facet filters over one index snapshot, as numpy arrays.

Every facet is a list of values and (document, value) pairs, built once per snapshot. Counting a
result is one ``bincount``; a filter is a boolean mask over the documents. The official facet's
values are people, not spellings (search/identities.py); the source facet's are outlets, an
outlet's stored names joined (search/sources.py).
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np

import index.gazetteer
from index.gazetteer import gazetteer, province_of
from index.table_cache import cached_table
from search.columns import FACET_FIELDS, Columns, days_of
from search.deadline import Deadline
from search.identities import Officials
from search.sources import Sources

FACETS = [*FACET_FIELDS, "year", "month"]
# The filter whose values each facet lists (a region filter takes provinces and kabupaten/kota).
FILTER_OF = {"province": "region", "regency": "region", "official": "official",
             "source": "source"}
_WORD = re.compile(r"\w+")


@cache
def _provinces() -> dict[str, str | None]:
    """``province_of`` of every region's official name, kept between processes
    (index/table_cache.py): a new process's first results page, which nests the kabupaten/kota
    it counts under their provinces, then does not build the gazetteer (25 ms of CPU)."""
    return cached_table("region-provinces", index.gazetteer.DATA_FILES, (index.gazetteer,),
                        lambda: {name: province_of(name) for name in gazetteer().regions})


def _province(region: str) -> str | None:
    provinces = _provinces()
    return provinces[region] if region in provinces else province_of(region)


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.casefold()))


class FacetTable:
    def __init__(self, columns: Columns) -> None:
        self.size = columns.size
        self.pairs: dict[str, tuple[list[str], np.ndarray, np.ndarray]] = dict(columns.facets)
        self.officials = Officials(columns)
        self.pairs["official"] = self.officials.pairs
        self.sources = Sources(columns.facets["source"])
        self.pairs["source"] = self.sources.pairs
        dated = np.flatnonzero(columns.published >= 0)
        days = days_of(columns.published[dated])
        for facet, unit in (("year", "Y"), ("month", "M")):
            periods = days.astype(f"datetime64[{unit}]")
            names, codes = np.unique(periods, return_inverse=True)
            self.pairs[facet] = ([str(n) for n in names], dated, codes.astype(np.int64))
        self.code_of = {facet: {v: i for i, v in enumerate(values)}
                        for facet, (values, _, _) in self.pairs.items()}
        self._named: dict[str, tuple[dict, dict]] = {}

    def _names_index(self, facet: str) -> tuple[dict, dict]:
        """(words of a value -> the values written so, word -> the values having it), built on
        first use: only the official facet is looked up by name."""
        if facet not in self._named:
            by_words: dict[tuple[str, ...], list[str]] = {}
            by_word: dict[str, set[str]] = {}
            for value in self.pairs[facet][0]:
                words = _words(value)
                by_words.setdefault(words, []).append(value)
                for word in words:
                    by_word.setdefault(word, set()).add(value)
            self._named[facet] = (by_words, by_word)
        return self._named[facet]

    def values_named(self, facet: str, name: str) -> list[str]:
        """The facet's values a name means: itself, else those written the same way (case and
        punctuation aside), else those having all its words; sorted."""
        if name in self.code_of[facet]:
            return [name]
        words = _words(name)
        if not words:
            return []
        by_words, by_word = self._names_index(facet)
        if words in by_words:
            return sorted(by_words[words])
        found = set.intersection(*(by_word.get(w, set()) for w in words))
        return sorted(found)

    def has_word(self, facet: str, name: str) -> bool:
        """Whether any word of `name` is a word of one of the facet's values."""
        by_word = self._names_index(facet)[1]
        return any(w in by_word for w in _words(name))

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
                item["province"] = _province(item["value"])
        return items


def facet_counts(table: FacetTable, matched: np.ndarray, selected: dict[str, np.ndarray],
                 limit: int, branch: np.ndarray | None = None,
                 deadline: Deadline | None = None) -> dict[str, list[dict]]:
    """Counts per facet for the query's documents (a mask), with the other filters applied:
    choosing a value leaves the counts of its own facet as they were. `branch`, the chosen
    provinces' documents, keeps the kabupaten/kota counts inside them. Past the `deadline`
    ("facets"), the facets not yet counted are empty lists."""
    result: dict[str, list[dict]] = {}
    for facet in FACETS:
        if deadline is not None and deadline.passed("facets"):
            result[facet] = []
            continue
        mask = matched
        for other, allowed in selected.items():
            if other != FILTER_OF.get(facet):
                mask = mask & allowed
        if facet == "regency" and branch is not None:
            mask = mask & branch
        result[facet] = table.counts(facet, mask, limit)
    return result
