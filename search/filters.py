"""A request's filters, typed in the query or passed as parameters, as masks over the documents.

A filter is a contract: every hit meets it, relaxed searches included (relaxing drops words, never
a filter). A value is resolved to what the index holds, the same way typed or passed:

- a region (``wilayah:``, ``region``): the gazetteer's official name for it ("kalteng" ->
  Kalimantan Tengah), else every province and kabupaten/kota whose official name has all its
  words ("jawa" -> Jawa Barat, Jawa Tengah, Jawa Timur);
- an official (``pejabat:``, ``official``): the person it is a name of (search/identities.py:
  "Jokowi", "joko widodo"), else every official whose name has all its words ("edy"); when no
  word of it is in any official's name, the articles whose officials' names and roles have its
  words ("bupati");
- a source (``sumber:``, ``source``): the outlet it is a way of writing (search/sources.py);
- a date (``tanggal:``, ``from`` / ``to``): the days it covers;
- what was said (``kata:``, ``pernyataan:``, typed only): the articles with a statement that has
  the words, said by one of the officials typed with ``pejabat:`` when there are any
  (search/statements.py);
- a lens (``scope``, a parameter only): ``government`` keeps the articles about government, as
  the index marked them (index/extract/government.py).

Values of one filter combine with OR and different filters with AND; a region's values follow
the hierarchy: a kabupaten/kota inside a chosen province narrows that province to it, one
outside the chosen provinces is one more value of its own. Typed in the query, a filter narrows
what the query finds, as its words do (the facet counts too); passed as a parameter (the
sidebar's choices) it is a facet's choice: that facet's counts leave it out, so more values can
be added. The two are ANDed. A value that names nothing known matches no article and gets a
notice naming it; an exclusion (``-wilayah:ntt``) that names nothing known cannot be honoured,
so the search finds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import numpy as np

from index.analysis.analyzer import analyze
from index.gazetteer import PROVINCE, canonical_region, gazetteer
from search.columns import DAY_SECONDS
from search.facets import FacetTable
from search.invisible import visible
from search.query import FilterTerm, date_ends
from search.statements import Speakers, words_of

# What a notice calls each kind of filter.
KIND_NAMES = {"region": "Wilayah", "official": "Pejabat", "source": "Sumber"}
NAMED_MOST = 10  # values a notice names




@cache
def _region_words() -> dict[str, frozenset[str]]:
    return {name: frozenset(words_of(name)) for name in gazetteer().regions}


def region_names(value: str) -> list[str]:
    """The provinces and kabupaten/kota a region value names (official names), or []."""
    name = canonical_region(value)
    if name:
        return [name]
    wanted = set(words_of(value))
    return [n for n, words in _region_words().items() if wanted and wanted <= words]


def official_names(value: str, table: FacetTable) -> list[str]:
    """The officials (facet values: people) a name names: the person it is a name of
    (search/identities.py: "Jokowi" -> Joko Widodo), else every official whose name has all
    its words ("edy")."""
    code = table.officials.code(value)
    if code is not None:
        return [table.officials.names[code]]
    return table.values_named("official", value)


def source_names(value: str, table: FacetTable) -> list[str]:
    """The sources (facet values) a value names: the outlet it is a way of writing
    (search/sources.py: "antara", "ANTARA News", "antaranews.com" -> ANTARA)."""
    return table.sources.resolve(value)


@dataclass
class Wanted:
    """One value of one filter, as given and as resolved."""

    kind: str
    value: str
    origin: str  # "parameter" or "query"
    exclude: bool = False
    names: list[str] = field(default_factory=list)  # the facet values it names
    by_words: bool = False  # an official matched by the words of roles, not by name
    span: tuple[date, date] | None = None
    known: bool = True
    within: list[str] = field(default_factory=list)  # a kabupaten/kota's chosen province
    narrowed_to: list[str] = field(default_factory=list)  # a province's chosen kabupaten/kota

    def describe(self) -> dict:
        item = {"filter": self.kind, "value": self.value, "origin": self.origin,
                "exclude": self.exclude, "known": self.known, "matches": list(self.names)}
        if self.kind == "region":
            kinds = {gazetteer().regions[n].kind == PROVINCE for n in self.names}
            item["level"] = (None if not kinds else "mixed" if len(kinds) > 1
                             else "province" if kinds == {True} else "regency")
            item["provinces"] = sorted({gazetteer().regions[n].province for n in self.names})
            item["within"] = self.within
            item["narrowed_to"] = self.narrowed_to
        elif self.kind == "official" and self.known:
            item["by"] = "role" if self.by_words else "name"
        elif self.span:
            # an open end ("..2025", "2024..") is null
            item["matches"] = [None if day in (date.min, date.max) else day.isoformat()
                               for day in self.span]
        return item


@dataclass
class Selection:
    """The documents a request's filters allow."""

    # the parameters: region, official, source -> the documents its values allow
    groups: dict[str, np.ndarray]
    # typed filters, dates and exclusions: every facet count keeps to these too
    base: np.ndarray | None
    branch: np.ndarray | None  # the chosen provinces', for the kabupaten/kota counts
    notices: list[str]
    wanted: list[Wanted]
    speakers: Speakers | None = None  # who must have said the statements a request asks for
    scope: str = "all"  # the lens: "all", or "government" (the articles about government)

    def allows(self, ids: np.ndarray, groups: bool = True) -> np.ndarray:
        """Which of the documents `ids` meet every filter (without `groups`, those of `base`
        only)."""
        keep = np.ones(len(ids), dtype=bool)
        if self.base is not None:
            keep &= self.base[ids]
        for docs in self.groups.values() if groups else ():
            keep &= docs[ids]
        return keep

    def described(self) -> list[dict]:
        return [w.describe() for w in self.wanted]


def _first_second(day: date) -> int:
    """The ``published`` column's value at the start of a day: seconds since 1 January of year 1
    (Jakarta time), as search/columns.py keeps it."""
    return (day.toordinal() - 1) * DAY_SECONDS


def _date_mask(published: np.ndarray, start: date | None, end: date | None) -> np.ndarray:
    keep = published >= 0
    if start is not None:
        keep &= published >= _first_second(start)
    if end is not None:
        keep &= published < _first_second(end) + DAY_SECONDS
    return keep


def _notices(unknown: list[Wanted]) -> list[str]:
    """One notice per kind of value that names nothing known, naming the values (the first
    ten, and how many more)."""
    groups: dict[tuple[str, bool], list[str]] = {}
    for item in unknown:
        if item.kind == "said":
            head = "Kata pernyataan terlalu umum untuk dicari"
        elif item.kind == "date":
            head = ("Rentang tanggal terbalik (awal sesudah akhir)" if date_ends(item.value)
                    else "Tanggal tidak dikenal (pakai YYYY, YYYY-MM, YYYY-MM-DD, "
                          "A..B, ..B atau A..)")
        else:
            head = f"{KIND_NAMES[item.kind]} tidak dikenal"
        groups.setdefault((head, item.exclude), []).append(item.value)
    notices = []
    for (head, exclude), values in groups.items():
        named = ", ".join(values[:NAMED_MOST])
        if len(values) > NAMED_MOST:
            named += f" dan {len(values) - NAMED_MOST} lainnya"
        tail = ("pengecualian ini tidak dapat diterapkan, jadi tidak ada hasil" if exclude
                else "tidak ada artikel untuk nilai ini")
        notices.append(f"{head}: {named}; {tail}.")
    return notices


def select(table: FacetTable, published: np.ndarray, terms: list[FilterTerm], *,
           region: list[str], official: list[str], source: list[str],
           date_from: date | None, date_to: date | None,
           role_match: Callable[[str], np.ndarray],
           said_match: Callable[[str, Speakers | None], np.ndarray] | None = None,
           lens: np.ndarray | None = None) -> Selection:
    """The filters of a request. `lens`, when given, is the mask of the articles about
    government (scope=government): like a typed filter, every hit and every facet count keeps to
    it. `role_match(value)` is the mask of the documents whose
    officials' names and roles have the value's words (the `people` field); `said_match(value,
    speakers)` the mask of those with a statement that has the value's words, said by one of
    `speakers` when given (search/statements.py)."""
    wanted = [Wanted(kind, value, "parameter")
              for kind, values in (("region", region), ("official", official),
                                   ("source", source))
              for value in values if visible(value).strip()]
    wanted += [Wanted(t.kind, t.value, "query", t.exclude, span=t.span) for t in terms]
    size = table.size
    masks: dict[int, np.ndarray] = {}  # id(item) -> its documents, regions aside
    for item in wanted:
        value = visible(item.value)  # a parameter as given; what it names is what it shows
        if item.kind == "region":
            item.names = region_names(value)
            item.known = bool(item.names)
        elif item.kind == "source":
            item.names = source_names(value, table)
            item.known = bool(item.names)
            masks[id(item)] = table.mask_with("source", item.names)
        elif item.kind == "official":
            item.names = official_names(value, table)
            if item.names:
                masks[id(item)] = table.mask_with("official", item.names)
            elif not table.has_word("official", value):
                masks[id(item)] = role_match(value)
                item.by_words = bool(masks[id(item)].any())
            item.known = bool(item.names) or item.by_words
        elif item.kind == "date":
            item.known = item.span is not None
            if item.known:
                masks[id(item)] = _date_mask(published, *item.span)
    speakers = _speakers(table, [w for w in wanted if w.kind == "official" and w.origin == "query"
                                 and not w.exclude and w.known], masks)
    for item in (w for w in wanted if w.kind == "said"):
        item.known = bool(analyze(item.value))  # not stopwords only ("yang")
        masks[id(item)] = (said_match(item.value, speakers) if said_match
                           else np.zeros(size, dtype=bool))
    notices = _notices([item for item in wanted if not item.known])
    zeros = np.zeros(size, dtype=bool)

    # typed in the query, a filter narrows what the query finds, facet counts included
    base = _date_mask(published, date_from, date_to) if date_from or date_to else None
    if lens is not None:
        base = lens if base is None else base & lens
    typed = [w for w in wanted if w.origin == "query" and not w.exclude]
    narrowing = [np.logical_or.reduce([masks.get(id(w), zeros) for w in typed if w.kind == kind])
                 for kind in ("official", "source", "date", "said")
                 if any(w.kind == kind for w in typed)]
    if any(w.kind == "region" for w in typed):
        narrowing.append(_hierarchy(table, [w for w in typed if w.kind == "region"])[0])
    for item in (w for w in wanted if w.exclude):
        if not item.known:
            narrowing.append(zeros)
        else:
            removed = (_region_mask(table, item.names) if item.kind == "region"
                       else masks[id(item)])
            narrowing.append(~removed)
    for mask in narrowing:
        base = mask if base is None else base & mask

    # passed as parameters (the sidebar's choices), each facet's counts leave out its own
    given = [w for w in wanted if w.origin == "parameter"]
    groups: dict[str, np.ndarray] = {}
    for kind in ("official", "source"):
        if any(w.kind == kind for w in given):
            groups[kind] = np.logical_or.reduce([masks.get(id(w), zeros)
                                                 for w in given if w.kind == kind])
    branch = None
    if any(w.kind == "region" for w in given):
        groups["region"], branch = _hierarchy(table, [w for w in given if w.kind == "region"])
    _say_narrowed([w for w in wanted if w.kind == "region" and not w.exclude])
    return Selection(groups, base, branch, notices, wanted, speakers,
                     "all" if lens is None else "government")


def _speakers(table: FacetTable, typed: list[Wanted],
              masks: dict[int, np.ndarray]) -> Speakers | None:
    """The officials typed with ``pejabat:``, as the speakers ``kata:`` asks for; None when
    there are none."""
    if not typed:
        return None
    return Speakers(frozenset(n for w in typed for n in w.names),
                    [frozenset(words_of(w.value)) for w in typed if w.by_words],
                    np.logical_or.reduce([masks[id(w)] for w in typed]))


def _region_mask(table: FacetTable, names: list[str]) -> np.ndarray:
    regions = gazetteer().regions
    provinces = [n for n in names if regions[n].kind == PROVINCE]
    regencies = [n for n in names if regions[n].kind != PROVINCE]
    return table.mask_with("province", provinces) | table.mask_with("regency", regencies)


def _hierarchy(table: FacetTable, chosen: list[Wanted]) -> tuple[np.ndarray, np.ndarray]:
    """(the documents the chosen regions allow, the chosen provinces' documents).

    A kabupaten/kota inside a chosen province narrows that province to it (Jawa Timur + Kota
    Surabaya: Kota Surabaya only); everything else combines with OR.
    """
    regions = gazetteer().regions
    names = list(dict.fromkeys(n for w in chosen for n in w.names))
    provinces = {n for n in names if regions[n].kind == PROVINCE}
    regencies = [n for n in names if regions[n].kind != PROVINCE]
    narrowed = {regions[r].province for r in regencies}
    effective = [p for p in provinces if p not in narrowed] + regencies
    return _region_mask(table, effective), table.mask_with("province",
                                                           sorted(provinces | narrowed))


def _say_narrowed(chosen: list[Wanted]) -> None:
    """Which chosen province each chosen kabupaten/kota narrows (`within`), and the reverse
    (`narrowed_to`), typed or passed, for the chips."""
    if not chosen:  # the gazetteer is not built for a query without regions (a new process)
        return
    regions = gazetteer().regions
    names = list(dict.fromkeys(n for w in chosen for n in w.names))
    provinces = {n for n in names if regions[n].kind == PROVINCE}
    regencies = [n for n in names if regions[n].kind != PROVINCE]
    for item in chosen:
        item.within = sorted({regions[n].province for n in item.names
                              if regions[n].kind != PROVINCE and regions[n].province in provinces})
        item.narrowed_to = [r for n in item.names if n in provinces for r in regencies
                            if regions[r].province == n]
