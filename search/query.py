"""The query language: words (all must match), "phrases", -word / BUKAN word, OR / ATAU, fields.

Anything the parser cannot make sense of is searched as plain words; no input raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from whoosh import qparser, query
from whoosh.fields import Schema

from search.synonyms import expand_query

MAX_QUERY_CHARS = 500
# Fields a word without a field name is searched in.
WORD_FIELDS = ["title", "body", "people", "places"]
FIELD_ALIASES = {
    "title": ["judul"],
    "places": ["wilayah", "region", "daerah"],
    "people": ["pejabat", "official"],
    "published": ["tanggal", "date"],
}
_OPERATOR_WORDS = re.compile(r"\b(AND|OR|ATAU|NOT|BUKAN|DAN)\b")
_DATE_FIELD = re.compile(
    r"(?:^|(?<=\s))(?:tanggal|date|published):"
    r"(?P<start>\d{4}(?:-\d{1,2}){0,2})(?:\.\.(?P<end>\d{4}(?:-\d{1,2}){0,2}))?(?=\s|$)")
# sumber:antara, sumber:"ANTARA News", sumber:(antara ATAU detik), -sumber:detik: a filter on the
# outlet (search/sources.py), taken out of the words like a date
_SOURCE_FIELD = re.compile(
    r'(?:^|(?<=[\s(]))(?P<exclude>-|(?:BUKAN|NOT)\s+)?(?i:sumber|source):'
    r'(?:"(?P<quoted>[^"]*)"|\((?P<group>[^()]*)\)|[("]?(?P<word>[^\s()"]*))')
_GROUP_OR = re.compile(r"\s+(?:OR|ATAU)\s+")
_EXCLUSION = re.compile(r"(?:^|(?<=\s))(?:-|(?:BUKAN|NOT)\s)")
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_SYNTAX = re.compile(r"[\"()\-+:*?~^\[\]{}\\]")


@dataclass
class ParsedQuery:
    query: query.Query
    text: str  # the query as searched (after any cut)
    positive_words: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # sumber: values, any one of them
    excluded_sources: list[str] = field(default_factory=list)  # -sumber: values


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


def parse_query(text: str, schema: Schema) -> ParsedQuery:
    notices = []
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
        notices.append(f"Kueri terlalu panjang; hanya {MAX_QUERY_CHARS} karakter pertama dipakai.")
    if not text:
        return ParsedQuery(query.Every(), "", [], notices)
    searched, dates, bad_dates = _take_dates(text)
    searched, sources, excluded_sources = _take_sources(searched)
    for bad in bad_dates:
        notices.append(f"Tanggal tidak dikenal: {bad} (pakai YYYY, YYYY-MM atau YYYY-MM-DD); "
                       "tidak ada artikel pada tanggal itu.")
        dates.append(query.NullQuery)
    searched = _INNER_HYPHEN.sub(" ", searched)  # "covid-19" is two words, not "covid" minus "19"
    positive = _positive_words(searched)
    try:
        if positive:
            parsed = _parser(schema).parse(expand_query(searched))
        else:  # only exclusions: everything except them
            excluded = _EXCLUSION.sub(" ", searched)
            parsed = query.AndNot(query.Every(),
                                  _parser(schema, qparser.OrGroup).parse(expand_query(excluded)))
    except Exception:
        parsed = None
    if parsed is None or parsed is query.NullQuery:
        plain = _SYNTAX.sub(" ", searched)
        parsed = _parser(schema).parse(" ".join(plain.split())) if plain.strip() else None
        if parsed is None and (dates or sources or excluded_sources):
            parsed = query.Every()
    if dates:
        parsed = query.And([parsed or query.Every(), *dates])
    return ParsedQuery(parsed or query.NullQuery, text, positive, notices, sources,
                       excluded_sources)


def _period(text: str, last: bool) -> datetime | None:
    """'2025', '2025-12' or '2025-12-04' -> its first (or last) moment; None if not a date."""
    parts = [int(p) for p in text.split("-")]
    try:
        if len(parts) == 1:
            return datetime(parts[0], 12, 31, 23, 59, 59) if last else datetime(parts[0], 1, 1)
        if len(parts) == 2:
            year, month = parts
            if not last:
                return datetime(year, month, 1)
            end = datetime(year + month // 12, month % 12 + 1, 1)
            return end - timedelta(seconds=1)
        day = datetime(*parts)
        return day.replace(hour=23, minute=59, second=59) if last else day
    except ValueError:
        return None


def _take_dates(text: str) -> tuple[str, list[query.Query], list[str]]:
    """tanggal:2025-12 or tanggal:2025-10..2025-12 -> date ranges, taken out of the text;
    also the impossible ones ("2025-13"), which match nothing."""
    ranges: list[query.Query] = []
    bad: list[str] = []

    def take(match: re.Match[str]) -> str:
        start = _period(match["start"], last=False)
        end = _period(match["end"] or match["start"], last=True)
        if start is None or end is None:
            bad.append(match.group(0).split(":", 1)[1])
        else:
            ranges.append(query.DateRange("published", start, end))
        return " "

    return _DATE_FIELD.sub(take, text), ranges, bad


def _take_sources(text: str) -> tuple[str, list[str], list[str]]:
    """sumber:VALUE terms -> (the text without them, the outlets asked for, those excluded)."""
    wanted: list[str] = []
    excluded: list[str] = []

    def take(match: re.Match[str]) -> str:
        if match["group"] is not None:
            values = [v.strip().strip('"') for v in _GROUP_OR.split(match["group"])]
        else:
            values = [match["quoted"] if match["quoted"] is not None else match["word"]]  # "" too
        (excluded if match["exclude"] else wanted).extend(v for v in values if v.strip())
        return " "

    return _SOURCE_FIELD.sub(take, text), wanted, excluded


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
