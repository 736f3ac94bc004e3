"""The one entry point of the read side: a request in, the response dict (DESIGN.md) out."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path

from whoosh import query as wq
from whoosh.searching import Searcher

from index.regions import canonical_region, is_province
from index.store import current_generation, open_generation
from search.facets import FacetTable, facet_counts
from search.periods import period_counts
from search.query import ParsedQuery, highlight_terms, parse_query, relaxed_query
from search.snippets import make_snippet, mark

SORTS = ("relevance", "newest", "oldest")
MAX_LIMIT = 100
FACET_LIMIT = 50
REFRESH_EVERY = 0.25  # seconds between checks for a new commit or a new generation


class BadRequest(ValueError):
    """A request parameter that is out of range or malformed; the message says which."""


@dataclass
class _Matched:
    parsed: ParsedQuery
    main: wq.Query
    matched: set[int]  # by the query and dates, before the facet filters
    selected: dict[str, set[int]]  # facet -> documents its selected values allow
    allowed: set[int]  # what the response lists
    relaxed: bool


@dataclass
class _Snapshot:
    generation: Path
    searcher: Searcher
    facets: FacetTable


def _date_param(value: date | str | None, name: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise BadRequest(f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def _int_param(value: int | str, name: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise BadRequest(f"{name} must be a whole number, not {value!r}") from None
    if not low <= number <= high:
        raise BadRequest(f"{name} must be between {low} and {high}")
    return number


class Engine:
    """Searches one Kabar index folder, always on its newest committed state."""

    def __init__(self, index_dir: str | Path) -> None:
        self.index_dir = Path(index_dir)
        self._lock = threading.Lock()
        self._snapshot: _Snapshot | None = None
        self._checked = 0.0
        self._current()  # fail now, with a clear message, when there is no usable index

    def _open(self) -> _Snapshot:
        generation = current_generation(self.index_dir)
        searcher = open_generation(self.index_dir).searcher()
        return _Snapshot(generation, searcher, FacetTable(searcher.reader()))

    def _current(self) -> _Snapshot:
        with self._lock:
            now = time.monotonic()
            snapshot = self._snapshot
            if snapshot is not None and now - self._checked < REFRESH_EVERY:
                return snapshot
            self._checked = now
            if snapshot is None or current_generation(self.index_dir) != snapshot.generation:
                self._snapshot = self._open()
            elif not snapshot.searcher.up_to_date():
                searcher = snapshot.searcher.refresh()
                self._snapshot = _Snapshot(snapshot.generation, searcher,
                                           FacetTable(searcher.reader()))
            return self._snapshot

    def _filters(self, snap: _Snapshot, region: list[str], official: list[str],
                 source: list[str]) -> dict[str, set[int]]:
        selected: dict[str, set[int]] = {}
        provinces, regencies = [], []
        for name in region:
            official_name = canonical_region(name) or name
            (provinces if is_province(official_name) else regencies).append(official_name)
        if provinces and regencies:
            selected["province"] = (snap.facets.docs_with("province", provinces)
                                    | snap.facets.docs_with("regency", regencies))
        elif provinces:
            selected["province"] = snap.facets.docs_with("province", provinces)
        elif regencies:
            selected["regency"] = snap.facets.docs_with("regency", regencies)
        if official:
            selected["official"] = snap.facets.docs_with("official", official)
        if source:
            selected["source"] = snap.facets.docs_with("source", source)
        return selected

    def _match(self, snap: _Snapshot, q: str, region: list[str] | None,
               official: list[str] | None, source: list[str] | None,
               date_from: date | str | None, date_to: date | str | None) -> _Matched:
        """Which documents a request matches: by the query (relaxed when needed) and filters."""
        start, end = _date_param(date_from, "from"), _date_param(date_to, "to")
        if start and end and start > end:
            raise BadRequest("from must not be after to")
        schema = snap.searcher.schema
        parsed = parse_query(q or "", schema)
        date_filter = None
        if start or end:
            low = datetime.combine(start, datetime.min.time()) if start else None
            high = datetime.combine(end + timedelta(days=1), datetime.min.time()) if end else None
            date_filter = wq.DateRange("published", low, high, endexcl=True)
        main = wq.And([parsed.query, date_filter]) if date_filter else parsed.query
        selected = self._filters(snap, region or [], official or [], source or [])
        matched = set(snap.searcher.docs_for_query(main))
        relaxed = False
        if not matched:
            loose = relaxed_query(parsed, schema)
            if loose is not None:
                loose = wq.And([loose, date_filter]) if date_filter else loose
                loose_matched = set(snap.searcher.docs_for_query(loose))
                if loose_matched:
                    main, matched, relaxed = loose, loose_matched, True
        allowed = matched
        for docs in selected.values():
            allowed = allowed & docs
        return _Matched(parsed, main, matched, selected, allowed, relaxed)

    def search(self, q: str = "", *, region: list[str] | None = None,
               official: list[str] | None = None, source: list[str] | None = None,
               date_from: date | str | None = None, date_to: date | str | None = None,
               sort: str = "relevance", page: int | str = 1, limit: int | str = 10) -> dict:
        began = time.perf_counter()
        page = _int_param(page, "page", 1, 10_000)
        limit = _int_param(limit, "limit", 1, MAX_LIMIT)
        if sort not in SORTS:
            raise BadRequest(f"sort must be one of {', '.join(SORTS)}")
        snap = self._current()
        found = self._match(snap, q, region, official, source, date_from, date_to)
        facets = facet_counts(snap.facets, found.matched, found.selected, FACET_LIMIT)
        hits = self._hits(snap, found.main, found.allowed, sort, page, limit)
        return {
            "query": found.parsed.text,
            "total": len(found.allowed),
            "page": page,
            "limit": limit,
            "hits": hits,
            "facets": facets,
            "suggestion": None,
            "relaxed": found.relaxed,
            "notices": found.parsed.notices,
            "took_ms": round((time.perf_counter() - began) * 1000, 1),
        }

    def histogram(self, q: str = "", *, region: list[str] | None = None,
                  official: list[str] | None = None, source: list[str] | None = None,
                  date_from: date | str | None = None, date_to: date | str | None = None,
                  unit: str = "auto") -> dict:
        """Articles per month (or per week, for spans under ~4 months) for a request.

        Returns {"unit": "month"|"week", "buckets": [{"period", "start", "count"}, ...]} with
        empty periods between the first and the last filled in, at most MAX_BUCKETS of them.
        """
        if unit not in ("auto", "month", "week"):
            raise BadRequest("unit must be auto, month or week")
        snap = self._current()
        found = self._match(snap, q, region, official, source, date_from, date_to)
        dates = [d.date() for d in map(snap.facets.published.__getitem__, found.allowed) if d]
        return period_counts(dates, unit)

    def related(self, article_id: str, limit: int = 5) -> list[dict]:
        """Articles most like this one (Whoosh's more-like-this over the body)."""
        limit = _int_param(limit, "limit", 1, 20)
        snap = self._current()
        docnum = snap.searcher.document_number(id=article_id)
        if docnum is None:
            return []
        results = snap.searcher.more_like(docnum, "body", top=limit)
        related = []
        for hit in results:
            stored = hit.fields()
            item = self._article_fields(stored)
            item["title"] = escape(item["title"])
            item["score"] = round(float(hit.score or 0.0), 4)
            item["snippet"] = make_snippet(stored.get("body", ""), set())
            related.append(item)
        return related

    def _hits(self, snap: _Snapshot, main: wq.Query, allowed: set[int], sort: str, page: int,
              limit: int) -> list[dict]:
        if not allowed:
            return []
        options: dict = {"limit": page * limit, "filter": allowed}
        if sort != "relevance":
            options["sortedby"] = "published"
            options["reverse"] = sort == "newest"
        results = snap.searcher.search(main, **options)
        terms = highlight_terms(main)
        hits = []
        for hit in results[(page - 1) * limit:page * limit]:
            stored = hit.fields()
            hit_dict = self._article_fields(stored)
            hit_dict["title"] = mark(stored.get("title", ""), terms)
            hit_dict["score"] = round(float(hit.score or 0.0), 4)
            hit_dict["snippet"] = make_snippet(stored.get("body", ""), terms)
            hits.append(hit_dict)
        return hits

    @staticmethod
    def _article_fields(stored: dict) -> dict:
        published = stored.get("published")
        return {
            "id": stored["id"],
            "title": stored.get("title", ""),
            "url": stored.get("url", ""),
            "source": stored.get("source", ""),
            "published": published.date().isoformat() if published else None,
            "provinces": [p for p in stored.get("provinces", "").split(",") if p],
            "regencies": [r for r in stored.get("regencies", "").split(",") if r],
            "officials": [{"name": n, "role": r} for n, r in stored.get("officials_roles", [])],
        }

    def get(self, article_id: str) -> dict | None:
        """Every stored field of one article, or None when the id is unknown."""
        snap = self._current()
        stored = snap.searcher.document(id=article_id)
        if stored is None:
            return None
        article = self._article_fields(stored)
        article["title"] = escape(article["title"])
        article.update({
            "body": stored.get("body", ""),
            "category": stored.get("category", ""),
            "tags": [t for t in stored.get("tags", "").split(",") if t],
            "content_hash": stored.get("content_hash", ""),
        })
        return article

    def stats(self) -> dict:
        snap = self._current()
        return {"articles": snap.searcher.doc_count(), "generation": snap.generation.name,
                "index": str(self.index_dir)}

    def close(self) -> None:
        with self._lock:
            if self._snapshot is not None:
                self._snapshot.searcher.close()
                self._snapshot = None
