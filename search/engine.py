"""The one entry point of the read side: a request in, the response dict (DESIGN.md) out."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher

from index.dates import instant_text
from index.store.generations import current_generation, open_for_search
from search.best_match import best_match, most_parts, parts_of
from search.columns import Columns
from search.correction import search_corrected
from search.deadline import Deadline, check_seconds
from search.evaluate import Evaluator, Matches
from search.facets import FacetTable, facet_counts
from search.filters import Selection, select
from search.invisible import visible
from search.lead_share import with_lead_share
from search.periods import period_counts
from search.proximity import query_words, with_proximity
from search.query import ParsedQuery, highlight_terms, parse_query, people_query, said_query
from search.ranking import collapse_copies, rank
from search.snippets import make_snippet, mark
from search.statements import Speakers, StatementTest, needs_each, public, said_terms
from search.suggest import suggest
from search.title_share import with_title_share
from search.typed_share import with_typed_share

SORTS = ("relevance", "newest", "oldest")
# the lenses of `scope`: every article, or those about government (index/extract/government.py)
SCOPES = ("all", "government")
MAX_LIMIT = 100
MAX_PAGE = 10_000
MAX_EXPORT_ROWS = 10_000
STATEMENT_ARTICLES = 2_000  # articles a list of statements reads at most
SEARCH_SECONDS = 3.0  # a request's time limit, unless the engine is given another (deadline.py)
FACET_LIMIT = 50
STATS_TOP = 10  # sources and officials that stats() lists, unless asked for more
_OPEN_ATTEMPTS = 5
REFRESH_EVERY = 0.25  # seconds between checks for a new commit or a new generation


class BadRequest(ValueError):
    """A request parameter that is out of range or malformed; the message says which, in
    English. The attributes say it for a page that speaks another language: `parameter` (the
    name in the URL), `reason` ("number", "range", "date", "order" or "choice"), `value` (what
    was given, cut to 40 characters) and `allowed` (the lowest and highest, or the choices)."""

    def __init__(self, message: str, parameter: str = "", reason: str = "", value: str = "",
                 allowed: tuple = ()) -> None:
        super().__init__(message)
        self.parameter, self.reason, self.value, self.allowed = parameter, reason, value, allowed


@dataclass
class _Snapshot:
    generation: Path
    searcher: Searcher
    columns: Columns
    facets: FacetTable
    said: np.ndarray | None = None  # which documents have statements, once asked for

    def with_statements(self) -> np.ndarray:
        """Which documents have statements (their `said` field is not empty)."""
        if self.said is None:
            reader = self.searcher.reader()
            self.said = np.fromiter(
                ((reader.doc_field_length(d, "said", 0) or 0) > 0
                 for d in range(self.columns.size)), dtype=bool, count=self.columns.size)
        return self.said


@dataclass
class Selected:
    """The documents one request lists, with the snapshot they were found in: what the read
    side's other views (search/attention.py, search/words.py) count over."""

    ids: np.ndarray  # document numbers, ascending
    columns: Columns
    facets: FacetTable
    searcher: Searcher
    query: wq.Query  # what was searched, for the words it looked for
    notices: list[str]


@dataclass
class _Matched:
    parsed: ParsedQuery
    query: wq.Query  # what was searched (the relaxed form when relaxed)
    matched: Matches  # by the query and its filters, dates, exclusions; not the parameters
    selection: Selection  # the filters
    allowed: Matches  # what the response lists: every filter met
    relaxed: bool
    statements: StatementTest  # which statements of a hit the request asks for
    said: list[wq.Query]  # the words typed with kata:, one query per value
    # of `allowed`, the partial matches (search/best_match.py): listed after the others, not
    # counted in `total` nor in the facets; None when there are none
    partial: np.ndarray | None = None
    # the partial matches' reranking (the shares), not done yet: a page listed from the
    # complete matches alone never needs their scores (`_groups` runs it when one does)
    pending: Callable[[], None] | None = None
    # a document's stored fields, read once a request (Evaluator.stored_fields)
    stored: Callable[[int], dict] | None = None
    # when a typed word is in no article and a close word is: the text as typed, and the text
    # with that word in quotes (search/suggest.py unknown_corrected); `parsed` is the corrected
    typed: tuple[str, str] | None = None
    spellings: dict[str, str | None] = field(default_factory=dict)  # search/suggest.py's memo

    @property
    def total(self) -> int:
        return len(self.allowed) - self.partial_count

    @property
    def partial_count(self) -> int:
        return 0 if self.partial is None else int(self.partial.sum())

    def queries(self) -> dict:
        """A response's "query" (as typed) and "corrected" (what was searched instead, or None)."""
        if self.typed is None:
            return {"query": self.parsed.text, "corrected": None}
        return {"query": self.typed[0],
                "corrected": {"query": self.parsed.text, "exact": self.typed[1]}}


def _date_param(value: date | str | None, name: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise BadRequest(f"{name} must be a date as YYYY-MM-DD, not {str(value)[:40]!r}",
                         name, "date", str(value)[:40]) from None


def _scope_param(value: str | None) -> str:
    """The lens of a request: "all" (none: the default) or "government" (SCOPES)."""
    value = (value or "all").strip().lower()
    if value not in SCOPES:
        raise BadRequest(f"scope must be one of {', '.join(SCOPES)}", "scope", "choice",
                         value[:40], SCOPES)
    return value


def _int_param(value: int | str, name: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise BadRequest(f"{name} must be a whole number, not {str(value)[:40]!r}",
                         name, "number", str(value)[:40]) from None
    if not low <= number <= high:
        raise BadRequest(f"{name} must be between {low} and {high}", name, "range",
                         str(value)[:40], (low, high))
    return number


def _sort_param(sort: str) -> None:
    if sort not in SORTS:
        raise BadRequest(f"sort must be one of {', '.join(SORTS)}", "sort", "choice",
                         str(sort)[:40], SORTS)


def _open_searcher(index_dir: Path) -> Searcher:
    """A searcher on the newest commit. A writer's commit removes the files of the one before:
    when they go between finding the newest commit and opening it, the next newest is there."""
    for _ in range(_OPEN_ATTEMPTS - 1):
        try:
            return open_for_search(index_dir).searcher()
        except FileNotFoundError:
            continue
    return open_for_search(index_dir).searcher()


class Engine:
    """Searches one Kabar index folder, always on its newest committed state."""

    def __init__(self, index_dir: str | Path, search_seconds: float = SEARCH_SECONDS) -> None:
        self.index_dir = Path(index_dir)
        # the time limit of one search, histogram or export, all its parts included
        self.search_seconds = check_seconds(search_seconds)
        self._lock = threading.Lock()
        self._snapshot: _Snapshot | None = None
        self._checked = 0.0
        self._current()  # fail now, with a clear message, when there is no usable index

    def _snapshot_of(self, generation: Path, searcher: Searcher,
                     previous: _Snapshot | None) -> _Snapshot:
        same = previous is not None and previous.generation == generation
        columns = Columns(searcher.reader(), previous.columns if same else None, generation)
        return _Snapshot(generation, searcher, columns, FacetTable(columns))

    def _current(self) -> _Snapshot:
        with self._lock:
            now = time.monotonic()
            snapshot = self._snapshot
            if snapshot is not None and now - self._checked < REFRESH_EVERY:
                return snapshot
            generation = current_generation(self.index_dir)  # raises when the index is gone
            if snapshot is None or generation != snapshot.generation:
                searcher = _open_searcher(self.index_dir)
                self._snapshot = self._snapshot_of(generation, searcher, None)
            elif not snapshot.searcher.up_to_date():
                # a fresh searcher, not Searcher.refresh(): that one keeps deleted documents;
                # the segments it already knows are reused (Columns)
                searcher = _open_searcher(self.index_dir)
                self._snapshot = self._snapshot_of(generation, searcher, snapshot)
            # only now: a generation that cannot be opened (one to rebuild) fails every request,
            # not one in every REFRESH_EVERY while the others get the old snapshot
            self._checked = now
            return self._snapshot

    @property
    def schema(self):
        return self._current().searcher.schema

    def parse(self, q: str) -> ParsedQuery:
        """The query as Kabar understands it (for highlighting in pages)."""
        return parse_query(q or "", self.schema)

    @staticmethod
    def _relax(evaluator: Evaluator, parsed: ParsedQuery,
               selection: Selection) -> tuple[wq.Query, Matches] | None:
        """The documents with the most of the words, when no document has all of them and meets
        the filters. Words typed for the title (`judul:`) are kept, like the filters."""
        node = parsed.query
        if not isinstance(node, wq.And):
            return None
        groups = [c for c in node.children() if not isinstance(c, wq.Not)]
        required = [g for g in groups if {f for f, _ in g.iter_all_terms()} == {"title"}]
        groups = [g for g in groups if g not in required]
        if len(groups) < 2:
            return None
        within = [evaluator.run(g) for g in required]
        unique, summed, counts = most_parts(evaluator, groups,
                                            lambda m: _kept(m, selection, within))
        if not len(unique):
            return None
        summed = summed * counts / len(groups)
        # "most of the words": those with the most, and those missing just one more
        best = counts >= max(1, counts.max() - 1)
        found = Matches(unique[best], summed[best].astype(np.float32))
        for excluded in (c.query for c in node.children() if isinstance(c, wq.Not)):
            found = Matches.empty() if not len(found) else _without(found, evaluator, excluded)
        return wq.And([*required, wq.Or(groups)]) if required else wq.Or(groups), found

    def _match(self, snap: _Snapshot, q: str, *args, **kwargs) -> _Matched:
        """Which documents a request matches (`_match_as_typed`, same arguments), a correction
        searched instead when a word typed is in no article (search/correction.py)."""
        deadline = args[5]

        def in_no_article(word: str) -> bool:
            parsed = parse_query(word, snap.searcher.schema, deadline,
                                 lambda typed: self._indexed(snap, typed))
            return not len(Evaluator(snap.columns, snap.searcher, deadline).run(parsed.query))

        return search_corrected(self._match_as_typed(snap, q, *args, **kwargs),
                                lambda text: self._match_as_typed(snap, text, *args, **kwargs),
                                in_no_article, lambda term: self._frequency(snap, term), deadline)

    def _match_as_typed(self, snap: _Snapshot, q: str, region: list[str] | None,
                        official: list[str] | None, source: list[str] | None,
                        date_from: date | str | None, date_to: date | str | None,
                        deadline: Deadline, scope: str | None = None,
                        lazy: bool = False) -> _Matched:
        """Which documents a request matches: by the query (relaxed when needed) and filters.
        `lazy`: the partial matches' scores reranked only when `_groups` reaches them."""
        start, end = _date_param(date_from, "from"), _date_param(date_to, "to")
        lens = _scope_param(scope)
        if start and end and start > end:
            raise BadRequest("from must not be after to", "from", "order", str(start))
        parsed = parse_query(q or "", snap.searcher.schema, deadline,
                             lambda word: self._indexed(snap, word))
        evaluator = Evaluator(snap.columns, snap.searcher, deadline)

        def role_match(value: str) -> np.ndarray:
            mask = np.zeros(snap.columns.size, dtype=bool)
            mask[evaluator.run(people_query(value, snap.searcher.schema)).ids] = True
            return mask

        shown = snap.facets.officials.shown

        def said_match(value: str, speakers: Speakers | None) -> np.ndarray:
            node = said_query(value, snap.searcher.schema)
            ids = evaluator.run(node).ids
            if speakers is not None:
                ids = ids[speakers.articles[ids]]
            if speakers is not None or needs_each(node):  # one statement must have them all
                test = StatementTest([node], speakers, shown)
                ids = np.array([d for d in ids.tolist() if not evaluator.past_deadline()
                                and test.chosen(snap.searcher.stored_fields(d))], dtype=np.int64)
            mask = np.zeros(snap.columns.size, dtype=bool)
            mask[ids] = True
            return mask

        selection = select(snap.facets, snap.columns.published, parsed.filters,
                           region=region or [], official=official or [], source=source or [],
                           date_from=start, date_to=end, role_match=role_match,
                           said_match=said_match,
                           lens=snap.columns.government if lens == "government" else None)
        parsed.notices.extend(selection.notices)
        searched = parsed.query
        best = best_match(evaluator, searched)
        partial = None
        if best is None:
            matched = _kept(evaluator.run(searched), selection, groups=False)
            allowed = _kept(matched, selection)
        else:
            matched = _kept(best.complete, selection, groups=False)
            allowed = _kept(matched, selection)
            further = _kept(best.partial, selection)
            if len(allowed) and len(further):
                allowed, partial = _joined(allowed, further)
        relaxed = False
        if not len(allowed):
            loose = self._relax(evaluator, parsed, selection)
            if loose is not None and len(loose[1]):
                (searched, allowed), relaxed = loose, True
                matched = allowed  # its facet counts are those of the relaxed hits
        split = parts_of(parsed.query)
        pending = None
        if split is not None:
            words = query_words(split[0])

            def reranked(found: Matches, lacking: np.ndarray | None) -> Matches:
                found = with_proximity(evaluator, words, found, lacking)
                found = with_title_share(evaluator, split[0], found, lacking)
                found = with_lead_share(evaluator, split[0], found, lacking)
                return with_typed_share(evaluator, parsed.positive_words, found, lacking)

            if lazy and not relaxed and partial is not None and partial.any() \
                    and not partial.all():
                # each share reranks each tier on its own: the complete matches now, the
                # partial ones when a page reaches them
                allowed, pending = _reranked_complete(allowed, partial, reranked)
            else:
                # every relaxed hit lacks a part: each is raised as a partial match is
                lacking = np.ones(len(allowed), bool) if relaxed else partial
                allowed = reranked(allowed, lacking)
        said = [said_query(t.value, snap.searcher.schema) for t in parsed.filters
                if t.kind == "said" and not t.exclude]
        statements = StatementTest(said, selection.speakers, shown)
        return _Matched(parsed, searched, matched, selection, allowed, relaxed, statements, said,
                        partial, pending, evaluator.stored_fields)

    def search(self, q: str = "", *, region: list[str] | None = None,
               official: list[str] | None = None, source: list[str] | None = None,
               date_from: date | str | None = None, date_to: date | str | None = None,
               scope: str | None = None,
               sort: str = "relevance", page: int | str = 1, limit: int | str = 10,
               periods: bool = False, head: int | str = 0) -> dict:
        """The response to one request (DESIGN.md). A page that shows more than the hits asks
        for it here, so that the query runs once: `periods` adds "periods", the articles per
        month or week as `histogram` counts them; `head` adds "head", the article fields (no
        snippet, no score) of the first `head` hits in the order of `sort`, whatever the page."""
        began = time.perf_counter()
        page = _int_param(page, "page", 1, MAX_PAGE)
        limit = _int_param(limit, "limit", 1, MAX_LIMIT)
        head = _int_param(head, "head", 0, MAX_LIMIT)
        _sort_param(sort)
        snap = self._current()
        # from here: opening a new state of the index (once per commit) does not count
        deadline = Deadline(self.search_seconds)
        found = self._match(snap, q, region, official, source, date_from, date_to, deadline,
                            scope, lazy=True)
        # the parts a page cannot do without first: past the deadline they are plainer, while
        # the facets and the suggestion, last, are left out
        hits = self._hits(snap, found, sort, (page - 1) * limit, page * limit, deadline)
        more = {}
        if periods:
            more["periods"] = self._periods(snap, found, "auto")  # numpy only: always whole
        if head:
            more["head"] = self._head(snap, found, sort, head, deadline)
        matched_mask = np.zeros(snap.columns.size, dtype=bool)
        matched_mask[found.matched.ids] = True
        facets = facet_counts(snap.facets, matched_mask, found.selection.groups, FACET_LIMIT,
                              found.selection.branch, deadline)
        suggestion = None
        if found.relaxed or found.total < 3:
            suggestion = suggest(found.parsed.positive_words, found.parsed.text,
                                 lambda term: self._frequency(snap, term), deadline,
                                 found.spellings)
        response = {
            **found.queries(),
            "total": found.total,
            "partial": found.partial_count,
            "page": page,
            "limit": limit,
            "hits": hits,
            "facets": facets,
            "suggestion": suggestion,
            "relaxed": found.relaxed,
            "notices": found.parsed.notices,
            "filters": found.selection.described(),
            "scope": found.selection.scope,
            **more,
            "incomplete": list(deadline.cut),
        }
        if deadline.cut:
            response["notices"].append(deadline.notice())
        response["took_ms"] = round((time.perf_counter() - began) * 1000, 1)
        return response

    def selected(self, q: str = "", *, region: list[str] | None = None,
                 official: list[str] | None = None, source: list[str] | None = None,
                 date_from: date | str | None = None,
                 date_to: date | str | None = None, scope: str | None = None) -> Selected:
        """The documents a request finds, those `total` counts (every filter met, relaxed as
        search() relaxes; the partial matches listed after them left out, as in the facets)."""
        snap = self._current()
        deadline = Deadline(self.search_seconds)
        found = self._match(snap, q, region, official, source, date_from, date_to, deadline,
                            scope)
        notices = found.parsed.notices + ([deadline.notice()] if deadline.cut else [])
        ids = found.allowed.ids if found.partial is None else found.allowed.ids[~found.partial]
        return Selected(ids, snap.columns, snap.facets, snap.searcher, found.query,
                        notices)

    @staticmethod
    def _indexed(snap: _Snapshot, word: str) -> bool:
        """Whether an article's text has the word (one term once analysed)."""
        terms = [token.text for token in snap.searcher.schema["title"].analyzer(word)]
        return len(terms) == 1 and len(snap.columns.postings("body", terms[0])[0]) > 0

    @staticmethod
    def _frequency(snap: _Snapshot, term: str) -> int:
        reader = snap.searcher.reader()
        return max(reader.doc_frequency("body", term), reader.doc_frequency("title", term))

    def export(self, q: str = "", *, region: list[str] | None = None,
               official: list[str] | None = None, source: list[str] | None = None,
               date_from: date | str | None = None, date_to: date | str | None = None,
               scope: str | None = None,
               sort: str = "relevance", rows: int = 1000,
               incomplete: list[str] | None = None) -> tuple[int, list[dict]]:
        """(total, up to `rows` hits) of a request in one pass, for CSV exports. The parts the
        time limit cut short (as the search response's `incomplete`) are added to `incomplete`
        when a list is given."""
        rows = _int_param(rows, "rows", 1, MAX_EXPORT_ROWS)
        _sort_param(sort)
        snap = self._current()
        # from here: opening a new state of the index (once per commit) does not count
        deadline = Deadline(self.search_seconds)
        found = self._match(snap, q, region, official, source, date_from, date_to, deadline,
                            scope)
        hits = self._hits(snap, found, sort, 0, rows, deadline)
        if incomplete is not None:
            incomplete.extend(deadline.cut)
        return found.total, hits

    def _hits(self, snap: _Snapshot, found: _Matched, sort: str, start: int,
              stop: int, deadline: Deadline) -> list[dict]:
        """Hits start..stop (collapsed groups count as one) in the order of `sort`. Past the
        deadline ("snippets") the rest have their title and the lead of their text, unmarked."""
        terms = highlight_terms(found.query)
        hits = []
        for group in self._groups(snap, found, sort, start, stop, deadline):
            docnum, copies = group[0], group[1:]
            if terms and deadline.passed("snippets"):
                terms = set()
            stored = found.stored(int(docnum))
            hit = self._article_fields(snap, stored)
            hit["title"] = mark(stored.get("title", ""), terms)
            hit["score"] = round(float(found.allowed.scores[
                np.searchsorted(found.allowed.ids, docnum)]), 4)
            hit["snippet"] = make_snippet(stored.get("body", ""), terms)
            hit["partial"] = found.partial is not None and bool(found.partial[
                np.searchsorted(found.allowed.ids, docnum)])
            hit["also_in"] = [self._copy_fields(snap, snap.columns.card(int(c))
                                                or found.stored(int(c)))
                              for c in copies]
            if found.said:  # kata: asks for statements: the hit says which
                marked = said_terms(found.said)
                hit["statements"] = [public(s, snap.facets.officials.shown, marked)
                                     for s in found.statements.chosen(stored)]
            hits.append(hit)
        return hits

    def statements(self, q: str = "", *, region: list[str] | None = None,
                   official: list[str] | None = None, source: list[str] | None = None,
                   date_from: date | str | None = None, date_to: date | str | None = None,
                   scope: str | None = None,
                   sort: str = "relevance", page: int | str = 1,
                   limit: int | str = 20) -> dict:
        """The statements of a request's hits instead of the hits (docs/api.md): those the
        query asks for with `kata:` (said by the officials typed with `pejabat:`, when there
        are any), else every statement of the hits (the typed officials' only, when there are
        any). Hits in the order of `sort`, each one's statements in the order of the article,
        `limit` statements a page; of the hits with statements (`speaking` of the `total`), the
        first STATEMENT_ARTICLES are read."""
        page = _int_param(page, "page", 1, MAX_PAGE)
        limit = _int_param(limit, "limit", 1, MAX_EXPORT_ROWS)
        _sort_param(sort)
        snap = self._current()
        deadline = Deadline(self.search_seconds)
        found = self._match(snap, q, region, official, source, date_from, date_to, deadline,
                            scope)
        # only the hits with statements are read (the first of a group of copies stands for it)
        # of the hits with all the words (`total`): the partial matches are left out
        total = found.total
        speaking = snap.with_statements()[found.allowed.ids]
        if found.partial is not None:
            speaking &= ~found.partial
            found.partial = None
        found.allowed = Matches(found.allowed.ids[speaking], found.allowed.scores[speaking])
        marked = said_terms(found.said) | highlight_terms(found.query)
        skip, rows, more, read = (page - 1) * limit, [], False, 0
        stop = min(len(found.allowed), STATEMENT_ARTICLES)
        shown = snap.facets.officials.shown
        for begin in range(0, stop, 100):
            for group in self._groups(snap, found, sort, begin, min(begin + 100, stop),
                                     deadline):
                stored = snap.searcher.stored_fields(int(group[0]))
                read += 1
                chosen = found.statements.chosen(stored)
                if skip >= len(chosen):
                    skip -= len(chosen)
                    continue
                article = self._article_fields(snap, stored)
                article["title"] = escape(article["title"])
                roles = dict((name, role) for name, role in stored.get("officials_roles", []))
                for statement in chosen[skip:]:
                    if len(rows) == limit:
                        more = True
                        break
                    row = public(statement, shown, marked)
                    # the role the article gives the official who spoke, when the quote has none
                    row["role"] = row["role"] or roles.get(statement.get("official")) or None
                    rows.append({**row, "article": article})
                skip = 0
                if more:
                    break
            if more:
                break
        notices = found.parsed.notices + ([deadline.notice()] if deadline.cut else [])
        return {**found.queries(), "total": total, "speaking": len(found.allowed),
                "page": page, "limit": limit, "statements": rows, "more": more,
                "articles_read": read, "relaxed": found.relaxed,
                "notices": notices, "incomplete": list(deadline.cut),
                "filters": found.selection.described(), "scope": found.selection.scope}

    def _head(self, snap: _Snapshot, found: _Matched, sort: str, count: int,
              deadline: Deadline) -> list[dict]:
        """The article fields of the first `count` hits (copies collapsed), titles escaped."""
        head = []
        for group in self._groups(snap, found, sort, 0, count, deadline):
            item = self._article_fields(snap, found.stored(int(group[0])))
            item["title"] = escape(item["title"])
            head.append(item)
        return head

    @staticmethod
    def _groups(snap: _Snapshot, found: _Matched, sort: str, start: int,
                stop: int, deadline: Deadline) -> list[list[int]]:
        """Documents start..stop in the order of `sort`, each with its copies after it."""
        if not len(found.allowed):
            return []
        # one numpy sort, no loop to stop: the order is always whole
        order = rank(found.allowed, snap.columns.published, sort, candidates=len(found.allowed),
                     after=found.partial)
        columns = snap.columns
        candidates = stop * 3 + 10
        complete = len(found.allowed) - found.partial_count  # ranked first, whatever the sort
        while True:
            if found.pending is not None and candidates > complete:
                # the candidates reach the partial matches: their scores reranked first
                found.pending()
                found.pending = None
                order = rank(found.allowed, columns.published, sort,
                             candidates=len(found.allowed), after=found.partial)
            groups = collapse_copies(order[:candidates], columns.fingerprint, columns.facts,
                                     columns.words, deadline)
            # a story carried by many outlets takes many candidates: more, until the page is
            # full or every document is in
            if len(groups) >= stop or candidates >= len(order):
                return groups[start:stop]
            candidates *= 4

    @staticmethod
    def _copy_fields(snap: _Snapshot, stored: dict) -> dict:
        return {"id": stored["id"], "source": snap.facets.sources.shown(stored.get("source", "")),
                "url": stored.get("url", ""), "title": escape(stored.get("title", ""))}

    def histogram(self, q: str = "", *, region: list[str] | None = None,
                  official: list[str] | None = None, source: list[str] | None = None,
                  date_from: date | str | None = None, date_to: date | str | None = None,
                  scope: str | None = None,
                  unit: str = "auto") -> dict:
        """Articles per month (or per week, for spans under ~4 months) for a request.

        Returns {"unit": "month"|"week", "buckets": [{"period", "start", "count"}, ...]} with
        empty periods between the first and the last filled in.
        """
        if unit not in ("auto", "month", "week"):
            raise BadRequest("unit must be auto, month or week", "unit", "choice", str(unit)[:40],
                             ("auto", "month", "week"))
        snap = self._current()
        return self._periods(snap, self._match(snap, q, region, official, source, date_from,
                                               date_to, Deadline(self.search_seconds), scope),
                             unit)

    @staticmethod
    def _periods(snap: _Snapshot, found: _Matched, unit: str) -> dict:
        ids = found.allowed.ids if found.partial is None else found.allowed.ids[~found.partial]
        return period_counts(snap.columns.published_days(ids), unit)

    def related(self, article_id: str, limit: int = 5) -> list[dict]:
        """Articles most like this one (Whoosh's more-like-this over the body)."""
        limit = _int_param(limit, "limit", 1, 20)
        snap = self._current()
        docnum = snap.searcher.document_number(id=article_id)
        if docnum is None:
            return []
        related = []
        for hit in snap.searcher.more_like(docnum, "body", top=limit):
            stored = hit.fields()
            item = self._article_fields(snap, stored)
            item["title"] = escape(item["title"])
            item["score"] = round(float(hit.score or 0.0), 4)
            item["snippet"] = make_snippet(stored.get("body", ""), set())
            related.append(item)
        return related

    @staticmethod
    def _article_fields(snap: _Snapshot, stored: dict) -> dict:
        published = stored.get("published")
        officials, named = [], set()
        for written, role in stored.get("officials_roles", []):
            name = snap.facets.officials.shown(written)  # the person, however the article wrote it
            if name not in named:
                named.add(name)
                officials.append({"name": name, "role": role})
        return {
            "id": stored["id"],
            "title": stored.get("title", ""),
            "url": stored.get("url", ""),
            # the outlet's one name, however this article's build named it (search/sources.py)
            "source": snap.facets.sources.shown(stored.get("source", "")),
            "published": published.date().isoformat() if published else None,
            # with the time of day, when the source gave one (docs/api.md)
            "published_at": instant_text(published) if published else None,
            "provinces": [p for p in stored.get("provinces", "").split(",") if p],
            "regencies": [r for r in stored.get("regencies", "").split(",") if r],
            "officials": officials,
        }

    def get(self, article_id: str) -> dict | None:
        """Every stored field of one article, or None when the id is unknown."""
        snap = self._current()
        stored = snap.searcher.document(id=article_id)
        if stored is None:
            return None
        article = self._article_fields(snap, stored)
        article["title"] = escape(article["title"])
        article.update({
            "body": stored.get("body", ""),
            "category": stored.get("category", ""),
            "tags": [t for t in stored.get("tags", "").split(",") if t],
            "content_hash": stored.get("content_hash", ""),
            "statements": [public(s, snap.facets.officials.shown)
                           for s in stored.get("statements", [])],
        })
        return article

    def official(self, name: str) -> dict | None:
        """One official, by any name an article gives them ("Jokowi", "Joko Widodo"): the name
        shown, the names written, the number of articles, and the roles over all of them with
        the first and last date each was seen; None when no article names them."""
        return self._current().facets.officials.person(visible(name))

    def people(self) -> list[dict]:
        """Every official named in a live article: the name shown, the names written, and the
        number of articles, most articles first."""
        return self._current().facets.officials.everyone()

    def officials(self) -> list[dict]:
        """Every official known by more than one written name, with the names and how each was
        joined to the others (index/people.py's rules and the evidence they used)."""
        return self._current().facets.officials.listing()

    def stats(self, top: int | str = STATS_TOP) -> dict:
        """What the index holds (docs/cli.md, ``kabar index stats``): its articles, generation
        and folder; articles per source and per official (the `top` most, 1 to 1,000), per year
        (all, oldest first) and per province (all); and totals: how many articles are dated, how
        many distinct values each list has, and how many articles name no province."""
        top = _int_param(top, "top", 1, 1000)
        snap = self._current()
        alive, table = snap.columns.alive, snap.facets

        def counted(facet: str, limit: int | None = None) -> list[dict]:
            return table.counts(facet, alive, limit or len(table.pairs[facet][0]))

        years = sorted(counted("year"), key=lambda item: item["value"])
        provinces = counted("province")
        with_province = np.zeros(snap.columns.size, dtype=bool)
        with_province[table.pairs["province"][1]] = True
        articles = int(alive.sum())
        dated = sum(item["count"] for item in years)
        return {
            "articles": articles,
            "generation": snap.generation.name,
            "index": str(self.index_dir),
            "totals": {
                "articles": articles, "dated": dated, "undated": articles - dated,
                "sources": len(counted("source")), "years": len(years),
                "provinces": len(provinces), "regencies": len(counted("regency")),
                "officials": len(counted("official")),
                "without_province": int((alive & ~with_province).sum()),
            },
            "sources": counted("source", top),
            "years": years,
            "provinces": provinces,
            "officials": counted("official", top),
        }

    def newest_date(self) -> date | None:
        """The publication date of the newest article in the index (the pages count "the last
        7 days" back from it); None when no article has a date."""
        columns = self._current().columns
        if not columns.live_count:
            return None
        newest = np.argmax(np.where(columns.alive, columns.published, -1))
        days = columns.published_days(np.array([newest]))  # empty when that one has no date
        return days[0].item() if len(days) else None

    def close(self) -> None:
        with self._lock:
            if self._snapshot is not None:
                self._snapshot.searcher.close()
                self._snapshot = None


def _kept(found: Matches, selection: Selection, within: list[Matches] = (),
          groups: bool = True) -> Matches:
    """The documents of `found` that meet the filters (without `groups`, the typed ones, dates
    and exclusions only, not the parameters) and are in each of `within`."""
    keep = selection.allows(found.ids, groups)
    for other in within:
        keep &= np.isin(found.ids, other.ids, assume_unique=True)
    return Matches(found.ids[keep], found.scores[keep])


def _reranked_complete(found: Matches, partial: np.ndarray,
                       reranked: Callable[[Matches, np.ndarray | None], Matches]
                       ) -> tuple[Matches, Callable[[], None]]:
    """`found` with its complete matches reranked (`reranked` given them alone, as a tier of
    their own), and what reranks its partial matches in place, later: the same scores as
    `reranked(found, partial)`, whose steps rerank each tier on its own, element by element."""
    scores = found.scores.astype(np.float32)  # a copy: the partial ones are written in later
    complete = np.flatnonzero(~partial)
    scores[complete] = reranked(Matches(found.ids[complete], found.scores[complete]),
                                None).scores
    done = Matches(found.ids, scores)

    def partial_tier() -> None:
        at = np.flatnonzero(partial)
        scores[at] = reranked(Matches(found.ids[at], found.scores[at]),
                              np.ones(len(at), bool)).scores

    return done, partial_tier


def _joined(complete: Matches, partial: Matches) -> tuple[Matches, np.ndarray]:
    """Both sets as one (disjoint, ids ascending), and which of them are partial."""
    ids = np.concatenate([complete.ids, partial.ids])
    order = np.argsort(ids, kind="stable")
    scores = np.concatenate([complete.scores, partial.scores])[order]
    flags = np.concatenate([np.zeros(len(complete), bool), np.ones(len(partial), bool)])[order]
    return Matches(ids[order], scores), flags


def _without(found: Matches, evaluator: Evaluator, excluded: wq.Query) -> Matches:
    removed = evaluator.run(excluded)
    keep = ~np.isin(found.ids, removed.ids, assume_unique=True)
    return Matches(found.ids[keep], found.scores[keep])
