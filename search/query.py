"""The query language: words (all must match), "phrases", -word / BUKAN word, OR / ATAU, fields.

Anything the parser cannot make sense of is searched as plain words; no input raises.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from whoosh import qparser, query
from whoosh.fields import Schema

from search.bound_forms import with_bound_forms
from search.deadline import Deadline
from search.invisible import visible
from search.nasal_forms import with_nasal_forms
from search.synonyms import expand_query

MAX_QUERY_CHARS = 500
# What a short or long form the query did not type (search/synonyms.py) weighs beside the words
# typed: "wagub" finds "wakil gubernur" too, a little lower.
EXPANSION_WEIGHT = 0.7
# Fields a word without a field name is searched in.
WORD_FIELDS = ["title", "body", "people", "places"]
FIELD_ALIASES = {"title": ["judul"]}
# Typed filters: taken out of the text before it is parsed (search/filters.py resolves them).
FILTER_FIELDS = {
    "wilayah": "region", "region": "region", "daerah": "region",
    "pejabat": "official", "official": "official",
    "sumber": "source", "source": "source",
    "tanggal": "date", "date": "date", "published": "date",
    "kata": "said", "pernyataan": "said", "said": "said",  # what a statement says
}
_OPERATOR_WORDS = re.compile(r"\b(AND|OR|ATAU|NOT|BUKAN|DAN)\b")
# A filter term (with its sign), or a phrase, which is left alone: "wilayah:x" in quotes is words.
_FILTER_OR_PHRASE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<sign>[-+]|(?:BUKAN|NOT)\s+)?"
    r"(?P<field>(?i:" + "|".join(FILTER_FIELDS) + r")):"
    r'(?P<value>"[^"]*"?|\([^()]*\)?|[^\s()"]+)'
    r'|(?P<phrase>"[^"]*"?)')
_VALUE_OR = re.compile(r"\s+(?:ATAU|OR)\s+")
# a year, month or day, year first (2025-12-04, 2025/12/04), or a month with its year (12/2025);
# a day first (04/12/2025) is not read: 04/12 is April 12 to some and 4 December to others
_DAY = r"\d{4}(?:-\d{1,2}){0,2}|\d{4}(?:/\d{1,2}){1,2}|\d{1,2}/\d{4}"
_DATE_VALUE = re.compile(rf"(?P<start>{_DAY})?(?:(?P<range>\.\.)(?P<end>{_DAY})?)?")
_MONTH_YEAR = re.compile(r"(\d{1,2})/(\d{4})")
# What taking the filters out leaves behind: an operator that joined a filter to something, an
# empty group, a field name with nothing after it. _TAKEN stands where a filter was.
_TAKEN = "\x00"
_BINARY = r"(?:ATAU|OR|AND|DAN)"
_LEFTOVERS = [
    (re.compile(rf"{_TAKEN}\s+{_BINARY}(?=\s)"), _TAKEN),
    (re.compile(rf"(?:^|(?<=[\s(])){_BINARY}\s+{_TAKEN}"), _TAKEN),
    (re.compile(rf"\((?:\s|{_TAKEN})*\)"), _TAKEN),
    (re.compile(rf"(?:^|(?<=[\s(]))\w+:{_TAKEN}"), _TAKEN),
]
_EXCLUSION = re.compile(r"(?:^|(?<=\s))(?:-|(?:BUKAN|NOT)\s)")
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_SYNTAX = re.compile(r"[\"()\-+:*?~^\[\]{}\\]")
# A query of quoted phrases only, the usual form of a precise search: its tree is built here as
# Whoosh's parser builds it (tests/test_query_phrases.py compares the two), without the parser's
# passes over the text (about 1 ms a query, and 2 ms of regular expressions compiled in a new
# process).
_PHRASES_ONLY = re.compile(r'"[^"]+"(?: "[^"]+")*')
_PHRASE = re.compile(r'"([^"]+)"')


@dataclass(frozen=True)
class FilterTerm:
    """A filter typed in the query: `wilayah:kalteng`, `-sumber:detik`, `tanggal:2025-12`."""

    kind: str  # region, official, source or date
    value: str  # as typed, without quotes or parentheses
    exclude: bool = False
    # a date's first and last day; None when the value is not a date, or is a reversed range
    span: tuple[date, date] | None = None


@dataclass
class ParsedQuery:
    query: query.Query  # the words (and judul: terms), without the filters
    text: str  # the query as searched (after any cut)
    positive_words: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    filters: list[FilterTerm] = field(default_factory=list)


def _parser(schema: Schema, group: type = qparser.AndGroup) -> qparser.QueryParser:
    parser = qparser.MultifieldParser(WORD_FIELDS, schema, group=group)
    # no wildcards, boosts or term ranges: people don't type them, and a range like [a TO z]
    # expands to every word of the index
    parser.remove_plugin_class(qparser.WildcardPlugin)
    parser.remove_plugin_class(qparser.BoostPlugin)
    parser.remove_plugin_class(qparser.RangePlugin)
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    parser.add_plugin(qparser.PlusMinusPlugin())
    parser.replace_plugin(qparser.OperatorsPlugin(
        And=r"(?<=\s)(AND|DAN)(?=\s)",
        Or=r"(?<=\s)(OR|ATAU)(?=\s)",
        Not=r"(^|(?<=(\s|[()])))(NOT|BUKAN)(?=\s)",
        AndNot=None, AndMaybe=None, Require=None,
    ))
    return parser


def _positive_words(text: str) -> list[str]:
    """The words a user asked for (not excluded ones, not operators), for suggestions."""
    words = []
    excluded_next = False
    for token in re.findall(r'-?"[^"]*"|\S+', text):
        if token in {"BUKAN", "NOT"}:
            excluded_next = True
            continue
        if excluded_next or token.startswith("-") or _OPERATOR_WORDS.fullmatch(token):
            excluded_next = False
            continue
        words.append(token)
    return words


def parse_query(text: str, schema: Schema, deadline: Deadline | None = None,
                indexed: Callable[[str], bool] | None = None) -> ParsedQuery:
    """The query of a text. Past the `deadline` ("query"), the clean-up of what the filters
    left stops where it is (what is left is then searched as words, see below). `indexed`
    (whether the index has a word) lets a word find its bound forms (search/bound_forms.py) and
    its meN- form or root (search/nasal_forms.py) too."""
    notices = []
    text = " ".join(visible(text).split())
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
        notices.append(f"Kueri terlalu panjang; hanya {MAX_QUERY_CHARS} karakter pertama dipakai.")
    searched, filters = take_filters(text, deadline)
    searched = _INNER_HYPHEN.sub(" ", searched)  # "covid-19" is two words, not "covid" minus "19"
    positive = _positive_words(searched)
    if not searched:
        return ParsedQuery(query.Every(), text, [], notices, filters)
    try:
        if positive:
            if indexed is not None:  # the same word inflected: searched as typed
                searched = with_nasal_forms(searched, indexed)
            expanded = expand_query(searched)
            if indexed is not None:
                expanded = with_bound_forms(expanded, indexed)
            parsed = (phrases_query(expanded, schema) if _PHRASES_ONLY.fullmatch(expanded)
                      else _parser(schema).parse(expanded))
            if expanded != searched:
                _weigh_expansions(parsed, _parser(schema).parse(searched))
        else:  # only exclusions: everything except them
            excluded = _EXCLUSION.sub(" ", searched)
            parsed = query.AndNot(query.Every(),
                                  _parser(schema, qparser.OrGroup).parse(expand_query(excluded)))
    except Exception:
        parsed = None
    if parsed is None or parsed is query.NullQuery:
        plain = _SYNTAX.sub(" ", searched)
        parsed = _parser(schema).parse(" ".join(plain.split())) if plain.strip() else None
        if parsed is None and filters:  # what is left is no word: the filters alone
            parsed = query.Every()
    return ParsedQuery(parsed or query.NullQuery, text, positive, notices, filters)


def phrases_query(text: str, schema: Schema) -> query.Query:
    """The tree Whoosh's parser (``_parser``) makes of a text of quoted phrases only: each
    phrase in every field of WORD_FIELDS (its words as the field's analyzer gives them), all
    the phrases required, normalized (a phrase of one word is a term, one of none nothing)."""
    parts = []
    for match in _PHRASE.finditer(text):
        start = match.start(1)
        fields = []
        for name in WORD_FIELDS:
            words, ranges = [], []
            for token in schema[name].tokenize(match[1], mode="query", chars=True):
                words.append(token.text)
                ranges.append((start + token.startchar, start + token.endchar))
            fields.append(query.Phrase(name, words, slop=1, boost=1.0, char_ranges=ranges))
        parts.append(query.Or(fields))
    return query.And(parts).normalize() or query.NullQuery


def _weigh_expansions(expanded: query.Query, typed: query.Query) -> None:
    """Give EXPANSION_WEIGHT to each alternative of an OR in `expanded` that has a word the
    user did not type (`typed`: the same query unexpanded)."""
    words = {text for _, text in typed.iter_all_terms()}

    def walk(node: query.Query) -> None:
        for child in [] if node.is_leaf() else node.children():
            if isinstance(node, query.Or) and {t for _, t in child.iter_all_terms()} - words:
                child.boost = EXPANSION_WEIGHT  # and not again inside it
            else:
                walk(child)

    walk(expanded)


def people_query(words: str, schema: Schema) -> query.Query:
    """Words (short forms expanded) in the officials' names and roles, all of them."""
    parser = qparser.QueryParser("people", schema)
    try:
        return parser.parse(expand_query(_SYNTAX.sub(" ", words))) or query.NullQuery
    except Exception:
        return query.NullQuery


def said_query(words: str, schema: Schema) -> query.Query:
    """Words (short forms expanded) of one statement, all of them (search/statements.py)."""
    parser = qparser.QueryParser("said", schema)
    try:
        return parser.parse(expand_query(_SYNTAX.sub(" ", words))) or query.NullQuery
    except Exception:
        return query.NullQuery


def take_filters(text: str, deadline: Deadline | None = None) -> tuple[str, list[FilterTerm]]:
    """The text without its filter terms, and the terms. A filter holds for the whole query,
    wherever it stands; `pejabat:(a ATAU b)` is two values of one filter."""
    filters: list[FilterTerm] = []

    def take(match: re.Match[str]) -> str:
        if match["phrase"] is not None:
            return match["phrase"]
        kind = FILTER_FIELDS[match["field"].lower()]
        exclude = bool(match["sign"]) and match["sign"] != "+"
        raw = match["value"]
        values = (_VALUE_OR.split(raw[1:].removesuffix(")")) if raw.startswith("(")
                  else [raw.strip('"')])
        for value in (" ".join(v.split()) for v in values):
            if value:
                ends = date_ends(value) if kind == "date" else None
                span = ends if ends and ends[0] <= ends[1] else None
                filters.append(FilterTerm(kind, value, exclude, span))
        return f" {_TAKEN} "

    rest = _FILTER_OR_PHRASE.sub(take, text)
    previous = None
    while previous != rest:
        if deadline is not None and deadline.passed("query"):
            break
        previous = rest
        for pattern, replacement in _LEFTOVERS:
            rest = pattern.sub(replacement, rest)
    return " ".join(rest.replace(_TAKEN, " ").split()), filters


def without_filter(text: str, kind: str, value: str, exclude: bool = False) -> str:
    """The query `text` with one typed filter value taken out (`wilayah:ntt`, or `ntt` of
    `wilayah:(ntt ATAU ntb)`); the words and the other filters stay as typed."""
    text = visible(text)  # as parse_query read it, so the value is found

    def drop(match: re.Match[str]) -> str:
        if match["phrase"] is not None or FILTER_FIELDS[match["field"].lower()] != kind:
            return match[0]
        if (bool(match["sign"]) and match["sign"] != "+") != exclude:
            return match[0]
        raw = match["value"]
        grouped = raw.startswith("(")
        values = (_VALUE_OR.split(raw[1:].removesuffix(")")) if grouped else [raw.strip('"')])
        kept = [v for v in values if " ".join(v.split()) != value]
        if len(kept) == len(values):
            return match[0]
        if not kept:
            return f" {_TAKEN} "
        if len(kept) > 1:
            rest = "(" + " ATAU ".join(kept) + ")"
        else:
            rest = kept[0] if " " not in kept[0].strip('"') else '"' + kept[0].strip('"') + '"'
        return f"{match['sign'] or ''}{match['field']}:{rest}"

    rest = _FILTER_OR_PHRASE.sub(drop, text)
    previous = None
    while previous != rest:
        previous = rest
        for pattern, replacement in _LEFTOVERS:
            rest = pattern.sub(replacement, rest)
    return " ".join(rest.replace(_TAKEN, " ").split())


def date_ends(value: str) -> tuple[date, date] | None:
    """'2025-12' -> (1 Dec 2025, 31 Dec 2025); '2025-10..2025-12' -> its first and last days
    (in the order written); None when not a date.
    An open end ('..2025', '2024..') is the first or last day there is."""
    match = _DATE_VALUE.fullmatch(value)
    if match is None or not (match["start"] or match["end"]):
        return None
    if match["range"]:
        start = _period(match["start"], last=False) if match["start"] else date.min
        end = _period(match["end"], last=True) if match["end"] else date.max
    else:
        start, end = _period(match["start"], last=False), _period(match["start"], last=True)
    return None if start is None or end is None else (start, end)


def _period(text: str, last: bool) -> date | None:
    """'2025', '2025-12' (2025/12, 12/2025) or '2025-12-04' (2025/12/04) -> its first (or last)
    day; None if not a date."""
    month_year = _MONTH_YEAR.fullmatch(text)
    if month_year:
        text = f"{month_year[2]}-{month_year[1]}"
    parts = [int(p) for p in text.replace("/", "-").split("-")]
    try:
        if len(parts) == 1:
            return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)
        if len(parts) == 2:
            year, month = parts
            if not last:
                return date(year, month, 1)
            return date(year, month, calendar.monthrange(year, month)[1])
        return date(*parts)
    except ValueError:
        return None


def highlight_terms(q: query.Query) -> set[str]:
    """The analysed terms a query looks for in text fields, without excluded ones."""
    terms: set[str] = set()

    def walk(node: query.Query) -> None:
        if isinstance(node, query.Not):
            return
        if node.is_leaf():
            for fieldname, text in node.terms(phrases=True):
                if fieldname in WORD_FIELDS and isinstance(text, str):
                    terms.add(text)
            return
        for child in node.children():
            walk(child)

    walk(q)
    return terms
