"""One person, one official, over one index snapshot.

The index keeps each official's name as the article wrote it ("Jokowi", "Joko Widodo").
`Officials` joins the written names of one person into one identity (the rules are
index/people.py's), once per snapshot, from the index's own facet values: the written names,
the articles of each, and the roles each was written with (the `official_role_pairs` field). The
official facet then counts and filters people, not spellings, and a person's page gets the roles
they were written with over all their articles, each with the first and last date it was seen.
Nothing is stored in the index: a new commit, or a new line in person_aliases.tsv, gives a new
resolution. The resolution is kept between processes (index/table_cache.py), stamped with a
digest of what it was resolved from (the snapshot's written names, their articles, roles and
kabupaten/kota, the data files and code of the rules): a new process on the same index does not
resolve thousands of names again (90 ms of CPU at x10, before its first results page).
"""

from __future__ import annotations

import hashlib
import sys
from collections import defaultdict
from collections.abc import Callable, Mapping

import numpy as np

import index.letter_edits
import index.people
import index.role_compare
from index.analysis.analyzer import data_digests
from index.people import Evidence, Identity, alias_target, name_key, resolve
from index.table_cache import cached_table
from search.columns import DAY_SECONDS, DAYS_TO_1970, Columns
from search.evaluate import distinct

_EMPTY = np.zeros(0, dtype=np.int64)
# the modules whose code resolves identities: a kept resolution is stamped with their source
RULE_MODULES = (index.people, index.role_compare, index.letter_edits)
RARE_COMPANION = 200  # a name co-named in at most one article in this many is evidence


class Officials:
    """The people among one snapshot's officials."""

    def __init__(self, columns: Columns) -> None:
        self._columns = columns
        self._regency_by_doc: tuple[np.ndarray, np.ndarray] | None = None
        self._official_by_doc: tuple[np.ndarray, np.ndarray] | None = None
        written, docs, codes = columns.facets["official"]
        pair_values, self._pair_docs, self._pair_codes = columns.facets["official_role"]
        articles = np.bincount(codes, minlength=len(written)) if len(codes) else np.zeros(
            len(written), dtype=np.int64)
        self._docs_of = _docs_by_code(docs, codes, len(written))
        pairs = [value.partition("\t") for value in pair_values]
        roles: dict[str, set[str]] = defaultdict(set)
        for name, _, role in pairs:
            roles[name].add(role)
        index_of = {name: i for i, name in enumerate(written)}
        evidence = {name: Evidence(int(articles[i]), frozenset(roles[name]))
                    for i, name in enumerate(written) if articles[i]}
        self._articles = articles
        # a companion is named in at most one live article in RARE_COMPANION, or 3
        self._rare = max(3, int(np.count_nonzero(columns.alive)) // RARE_COMPANION)
        resolved = _resolution(evidence, lambda name: self._regencies(index_of[name]),
                               lambda name: self._companions(index_of[name], written),
                               f"{_inputs_digest(columns)} {self._rare}")

        self.identities: list[Identity] = []
        number: dict[int, int] = {}
        for name in written:
            identity = resolved.get(name)
            if identity is not None and id(identity) not in number:
                number[id(identity)] = len(self.identities)
                self.identities.append(identity)
        self.names = [identity.name for identity in self.identities]
        self._code: dict[str, int] = {}
        self._keys: dict[tuple[str, ...], int] = {}
        for name, identity in resolved.items():
            code = number[id(identity)]
            for form in (name, identity.name):
                self._code.setdefault(form, code)
                self._keys.setdefault(name_key(form), code)
        # written name number -> identity number (-1: only in deleted articles)
        self._of_written = np.array([self._code.get(name, -1) if articles[i] else -1
                                     for i, name in enumerate(written)], dtype=np.int64)
        self._roles = sorted({role for _, _, role in pairs})
        role_number = {role: i for i, role in enumerate(self._roles)}
        self._pair_identity = np.array(
            [self._code.get(name, -1) for name, _, _ in pairs], dtype=np.int64)
        self._pair_role = np.array([role_number[role] for _, _, role in pairs], dtype=np.int64)
        self.pairs = self._identity_pairs(docs, codes)

    def _identity_pairs(self, docs: np.ndarray,
                        codes: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray]:
        """The official facet by person: (names, documents, person numbers), one pair per
        document and person, however many ways the document writes the name."""
        if not len(docs):
            return self.names, _EMPTY, _EMPTY
        people = self._of_written[codes]
        keep = people >= 0
        joined = distinct(docs[keep] * len(self.names) + people[keep])
        return self.names, joined // len(self.names), joined % len(self.names)

    def _regencies(self, written_number: int) -> frozenset[str]:
        """The kabupaten/kota of the articles naming one written name."""
        names, docs, codes = self._columns.facets["regency"]
        mine = self._docs_of[written_number]
        if not len(mine) or not len(docs):
            return frozenset()
        if self._regency_by_doc is None:  # sorted once: each call is then a few lookups
            order = np.argsort(docs, kind="stable")
            self._regency_by_doc = docs[order], codes[order]
        by_doc, by_doc_codes = self._regency_by_doc
        starts = np.searchsorted(by_doc, mine, "left")
        stops = np.searchsorted(by_doc, mine, "right")
        counts = stops - starts
        if not counts.sum():
            return frozenset()
        # every position in start..stop of each of the name's articles
        positions = np.repeat(stops - counts.cumsum(), counts) + np.arange(counts.sum())
        return frozenset(names[c] for c in distinct(by_doc_codes[positions]))

    def _companions(self, written_number: int, written: list[str]) -> frozenset[str]:
        """The other written names of the articles naming one written name that few articles
        of the index name (at most one in RARE_COMPANION, or 3): a running mate, a guest of one
        visit, not the President every other article names."""
        _, docs, codes = self._columns.facets["official"]
        mine = self._docs_of[written_number]
        if not len(mine):
            return frozenset()
        if self._official_by_doc is None:
            order = np.argsort(docs, kind="stable")
            self._official_by_doc = docs[order], codes[order]
        by_doc, by_doc_codes = self._official_by_doc
        starts = np.searchsorted(by_doc, mine, "left")
        stops = np.searchsorted(by_doc, mine, "right")
        found = distinct(np.concatenate([by_doc_codes[a:b] for a, b in zip(starts, stops,
                                                                           strict=True)]))
        return frozenset(written[c] for c in found
                         if c != written_number and 0 < self._articles[c] <= self._rare)

    def code(self, name: str) -> int | None:
        """The person a name means: as written in an article, as shown, in other case or
        punctuation, or by an alias from person_aliases.tsv; None when no article names them."""
        found = self._code.get(name)
        if found is None:
            found = self._keys.get(name_key(name))
        if found is None and (target := alias_target(name)):
            found = self._keys.get(name_key(target))
        return found

    def shown(self, written: str) -> str:
        """The name a person is shown by, for a name as an article wrote it."""
        code = self._code.get(written)
        return written if code is None else self.names[code]

    def person(self, name: str) -> dict | None:
        """One person: the name shown, the written forms, the number of articles, and the roles
        over all of them with the first and last date each was seen (undated articles count but
        give no date), in the order they were first seen."""
        code = self.code(name)
        if code is None:
            return None
        identity = self.identities[code]
        articles = int(np.count_nonzero(self.pairs[2] == code))
        mine = self._pair_identity[self._pair_codes] == code
        role_docs = self._pair_docs[mine]
        role_numbers = self._pair_role[self._pair_codes[mine]]
        roles = []
        for number in distinct(role_numbers):
            seen = distinct(role_docs[role_numbers == number])
            moments = self._columns.published[seen]
            moments = moments[moments >= 0]
            first = _iso(moments.min()) if len(moments) else None
            last = _iso(moments.max()) if len(moments) else None
            roles.append({"role": self._roles[number], "count": len(seen),
                          "first": first, "last": last})
        roles.sort(key=lambda r: (r["first"] is None, r["first"] or "", -r["count"], r["role"]))
        return {"name": identity.name, "names": list(identity.names), "articles": articles,
                "roles": roles}

    def everyone(self) -> list[dict]:
        """Every person named in a live article: the name shown, the written forms and the
        number of articles, most articles first."""
        articles = np.bincount(self.pairs[2], minlength=len(self.names))
        people = [{"name": identity.name, "names": list(identity.names),
                   "articles": int(articles[code])}
                  for code, identity in enumerate(self.identities) if articles[code]]
        return sorted(people, key=lambda person: (-person["articles"], person["name"]))

    def listing(self) -> list[dict]:
        """Every person with more than one written name: the name shown, the written forms and
        how each was joined (for checking that no two people were merged)."""
        return [
            {"name": identity.name, "names": list(identity.names),
             "joins": [{"name": a, "to": b, "why": why} for a, b, why in identity.joins]}
            for identity in self.identities if identity.joins
        ]


def _inputs_digest(columns: Columns) -> str:
    """A digest of what the resolution reads of a snapshot: the written names and their live
    articles, the roles written with them, the kabupaten/kota of the articles."""
    digest = hashlib.sha256()
    for facet in ("official", "official_role", "regency"):
        values, docs, codes = columns.facets[facet]
        digest.update(f"{facet} {len(values)} {len(docs)}\0".encode())
        digest.update("\0".join(values).encode("utf-8", "surrogatepass"))
        if facet != "official_role":  # only its values count: the roles of each name
            digest.update(np.ascontiguousarray(docs, dtype=np.int64).tobytes())
            digest.update(np.ascontiguousarray(codes, dtype=np.int64).tobytes())
    return digest.hexdigest()


def _rules_digest() -> str:
    """A digest of the data index/people.py's rules read in this process (person_aliases.tsv,
    the institutions' lines of abbreviations.tsv and the analyzer's attested_words.txt, each read
    once per process): the lines in effect, not the files as they may be now
    (tests/test_identities.py checks that these are all)."""
    return hashlib.sha256(repr((list(index.people.aliases().items()),
                                list(index.role_compare.institution_lines()),
                                data_digests()["attested_words.txt"]))
                          .encode("utf-8", "surrogatepass")).hexdigest()


def _resolution(evidence: Mapping[str, Evidence],
                regions_of: Callable[[str], frozenset[str]],
                companions_of: Callable[[str], frozenset[str]],
                inputs: str) -> dict[str, Identity]:
    """``resolve(evidence, regions_of, companions_of)``, or what it gave an earlier process from
    the same `inputs` (their digest), data and rules; written name -> identity, in its order."""

    def table() -> tuple[list, list]:
        resolved = resolve(evidence, regions_of, companions_of)
        identities: list[tuple[str, list[str], list[tuple[str, str, str]]]] = []
        number: dict[int, int] = {}
        for identity in resolved.values():
            if id(identity) not in number:
                number[id(identity)] = len(identities)
                identities.append((identity.name, list(identity.names),
                                   [tuple(join) for join in identity.joins]))
        return identities, [(name, number[id(identity)]) for name, identity in resolved.items()]

    identities, written = cached_table("identities", (), (*RULE_MODULES, sys.modules[__name__]),
                                       table, [inputs, _rules_digest()])
    made = [Identity(name, list(names), [tuple(join) for join in joins])
            for name, names, joins in identities]
    return {name: made[number] for name, number in written}


def _docs_by_code(docs: np.ndarray, codes: np.ndarray, count: int) -> list[np.ndarray]:
    if not len(codes):
        return [_EMPTY] * count
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(count + 1))
    return [docs[order[bounds[i]:bounds[i + 1]]] for i in range(count)]


def _iso(moment: np.int64) -> str:
    """The date of a ``published`` column's value (seconds since year 1)."""
    return str((np.int64(moment) // DAY_SECONDS - DAYS_TO_1970).astype("datetime64[D]"))
