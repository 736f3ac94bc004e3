"""What every reader yields: ``Draft`` (what the source says about one article, cleaned) or
``ReadFailure`` (what could not be read, where, and why) or ``SkippedFile`` (a file that is not an
article export); and what they share to make one: the limits, the usual names of a record's fields
(``index/data/fields.tsv``), a draft from an export's record, a headline from a URL's slug when the
record has none or only a section's name (``index/data/section_names.txt``).

Extraction of regions, officials and dates from the text happens afterwards, in
``index.extract.pipeline``.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache
from urllib.parse import urlsplit

from index.data_files import word_list
from index.dates import date_from_indosum_id, guess_month_first, parse_date_field
from index.sources.cleaning import clean_text
from index.sources.furniture import strip_furniture

# Limits (README, "Running in production"). A file over its kind's limit is refused, not read
# (which limit applies to which kind: ``index.sources.kinds.size_limit``).
MAX_FILE_BYTES = 200 * 2**20  # a CSV/TSV or JSON-lines export, read row by row
MAX_DOCUMENT_BYTES = 50 * 2**20  # a JSON document or a feed, parsed whole
MAX_PAGE_BYTES = 5 * 2**20  # one saved page (.txt, .html): an article, not a dump
MAX_FIELD_CHARS = 10 * 2**20  # one CSV line or cell, one JSON line: longer ones fail alone
MAX_BODY_CHARS = 200_000  # an article body longer than this is cut (about 30,000 words)
MAX_RAW_CHARS = 5 * MAX_BODY_CHARS  # text cleaned before the body is cut, so cleaning is bounded
MAX_LABEL_CHARS = 1000  # a title, source, category or tag list is cut here
MAX_URL_CHARS = 2000  # a longer "URL" is not used (nor as the article's id)


@dataclass
class Draft:
    """One article as its source gives it, before extraction."""

    origin: str  # file path or feed URL
    # where the record is: the file's name inside the folder read, "#N" for an export's Nth
    # record (labels and messages name records so); the article's id: index/sources/article_ids.py
    record_id: str
    title: str
    body: str
    url: str = ""
    source: str = ""
    published: datetime | None = None
    category: str = ""
    tags: list[str] = field(default_factory=list)
    source_id: str = ""  # the id the source itself gives the record (a feed item's)


@dataclass
class ReadFailure:
    origin: str
    where: str  # "", "line 12", "record 3"
    reason: str

    def __str__(self) -> str:
        place = f"{self.origin} ({self.where})" if self.where else self.origin
        return f"{place}: {self.reason}"


class SkippedFile(ReadFailure):
    """A file that is not an article export (a CSV, TSV or JSON file without a title or text
    column, such as a list of sources beside the articles): named with the reason, not counted
    as a failure."""


ReadResult = Draft | ReadFailure  # a SkippedFile is a ReadFailure; PendingRecord when deferred


@cache
def _field_names() -> dict[str, list[str]]:
    names = {}
    for line in word_list("fields.tsv"):
        name, candidates = line.split("\t", 1)
        names.setdefault(name, []).extend(candidates.split())  # a user's line adds names
    return names


_KEY_SEPARATORS = re.compile(r"[\s_-]+")


@lru_cache(maxsize=4096)  # an export repeats its column names on every record
def _norm_key(key: str) -> str:
    return _KEY_SEPARATORS.sub("_", str(key).strip().lower())


def _record_keys(record: dict[str, object]) -> dict[str, str]:
    """Normalised key -> the record's own key."""
    return {_norm_key(k): k for k in record}


def pick_field(record: dict[str, object], name: str, keys: dict[str, str] | None = None) -> str:
    """The record's value for a field, by the first of its usual names that is present.
    ``keys``: ``_record_keys(record)``, when the caller picks several fields."""
    if keys is None:
        keys = _record_keys(record)
    for candidate in _field_names()[name]:
        key = keys.get(candidate)
        if key is not None and record[key] not in (None, ""):
            value = record[key]
            if isinstance(value, list):
                return ", ".join(str(v) for v in value)
            return str(value).strip()
    return ""


ARTICLE_FIELDS = ("title", "body", "summary")  # an export names at least one of them


def has_column(header: Iterable[str], name: str) -> bool:
    """Whether a header names a field by one of its usual names."""
    return any(_norm_key(key) in _field_names()[name] for key in header)


_SLUG_WORD = re.compile(r"[a-z]+|\d+")


def title_from_slug(url: str, body: str) -> str:
    """A headline for a record that has none, from its URL's slug (``slug_title``); else the
    first sentence."""
    title = slug_title(url, body)
    if not title:
        title = re.split(r"(?<=[.!?])\s", body.split("\n\n", 1)[0], maxsplit=1)[0][:150]
    return title


_SLUG_SEPARATORS = re.compile(r"[^a-z0-9]+")
_PAGE_SUFFIX = re.compile(r"\.(?:html?|shtml|php|aspx?|jsp)$")


def _is_slug_id(token: str) -> bool:
    """A slug's token that is an id, not a word: a number of five digits or more (a unix time,
    an article number), or letters and three digits or more mixed ("ntn9s5284"; a name such as
    "f1", "4g" or "covid19" is a word)."""
    digits = sum(c.isdigit() for c in token)
    if digits == len(token):
        return digits >= 5
    return digits >= 3 and len(token) >= 6


def slug_title(url: str, body: str) -> str:
    """A headline from a URL's slug, with each word's case taken from the body
    ('ketua-mpr-zulkifli' -> 'Ketua MPR Zulkifli'), ids at the slug's ends left out
    ('ntn9s5284-telkomsel-luncurkan-4g' -> 'Telkomsel luncurkan 4G'); "" when the URL has no
    slug of three words or more."""
    segments = [s for s in urlsplit(url).path.split("/") if s] if url else []
    slug = max(segments, key=lambda s: s.count("-"), default="").lower()
    if slug.count("-") < 2:
        return ""
    tokens = [t for t in _SLUG_SEPARATORS.split(_PAGE_SUFFIX.sub("", slug)) if t]
    while tokens and _is_slug_id(tokens[0]):
        tokens.pop(0)
    while tokens and _is_slug_id(tokens[-1]):
        tokens.pop()
    if len(tokens) < 3:
        return ""
    head = body[:5000]
    lowered = head.lower()
    words = []
    for token in tokens:
        parts = _SLUG_WORD.findall(token)
        if len(parts) > 1 and _first_alone(token, lowered) >= 0:
            parts = [token]  # "4g", as the body writes it ("4G")
        words += parts
    if not words:
        return ""
    if len(lowered) == len(head):  # offsets in the lowercase text are offsets in the text
        shown = [_as_written(w, head, lowered) for w in words]
    else:
        casing: dict[str, str] = {}
        for word in re.findall(r"\w+", head):
            casing.setdefault(word.lower(), word)
        shown = [casing.get(w, w) for w in words]
    shown[0] = shown[0][:1].upper() + shown[0][1:]
    return " ".join(shown)


def _first_alone(word: str, text: str, start: int = 0) -> int:
    r"""Where `text` first writes `word` (not empty) as a whole word from `start` on, else -1:
    the first match of `(?<!\w)WORD(?!\w)`, found with `str.find` instead of a pattern for
    each word."""
    at = text.find(word, start)
    while at != -1:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return at
        at = text.find(word, at + 1)
    return -1


def _as_written(word: str, text: str, lowered: str) -> str:
    """A lowercase word as the text first writes it as a whole word ("mpr" -> "MPR"), else as
    is. When that first form is in capitals, the form the text writes most often wins (on a tie,
    the other), so that a dateline's "MANADO --" gives way to "Manado" and "KPK" stays.
    ``lowered``: the text in lowercase, as long as the text."""
    forms: dict[str, int] = {}  # not a Counter: most words return at their first form
    at = _first_alone(word, lowered)
    while at != -1:
        written = text[at:at + len(word)]
        if not forms and (len(written) < 2 or not written.isupper()):
            return written
        forms[written] = forms.get(written, 0) + 1
        at = _first_alone(word, lowered, at + 1)
    # on a tie, not the capitals
    return max(forms, key=lambda form: (forms[form], not form.isupper())) if forms else word


# A title that many records of one export share is a section's or a column's name, not a
# headline, when it is this short and this many records give it.
SHARED_TITLE_WORDS = 3
SHARED_TITLE_RECORDS = 3


@cache
def _section_names() -> frozenset[str]:
    return frozenset(" ".join(line.casefold().split()) for line in word_list("section_names.txt"))


def is_section_name(title: str, category: str = "",
                    shared_titles: frozenset[str] = frozenset()) -> bool:
    """Whether an export's "title" is the name of a section rather than a headline: the record's
    own category, a known section name (``index/data/section_names.txt``), or a short title
    that many records of the same export share (``ExportProfile.shared_titles``)."""
    folded = " ".join(title.casefold().split())
    if not folded:
        return False
    return (folded == " ".join(category.casefold().split()) or folded in _section_names()
            or folded in shared_titles)


@dataclass(frozen=True)
class ExportProfile:
    """What a first pass over a whole export says about each of its records."""

    month_first: bool | None = None  # how its "a/b/yyyy" dates read (guess_month_first)
    shared_titles: frozenset[str] = frozenset()  # short titles many records share
    articles: bool = False  # whether any record has a title or a text field


def export_profile(records: Iterable[dict[str, object]]) -> ExportProfile:
    """One pass over an export's records (a stream: each is looked at once)."""
    titles: Counter[str] = Counter()
    articles = False

    def dates() -> Iterator[str]:
        nonlocal articles
        for record in records:
            keys = _record_keys(record)
            title = pick_field(record, "title", keys)
            if title and len(title.split()) <= SHARED_TITLE_WORDS:
                titles[" ".join(title.casefold().split())] += 1
            if not articles:
                articles = any(has_column(keys, name) for name in ARTICLE_FIELDS)
            yield pick_field(record, "published", keys)

    values = dates()
    month_first = guess_month_first(values)
    deque(values, maxlen=0)  # the guess may stop early; the titles need every record
    shared = frozenset(t for t, n in titles.items() if n >= SHARED_TITLE_RECORDS)
    return ExportProfile(month_first, shared, articles)


def clean_body(text: str) -> str:
    body = "\n\n".join(strip_furniture(clean_text(text[:MAX_RAW_CHARS]).split("\n\n")))
    return body[:MAX_BODY_CHARS]


def draft_from_record(record: dict[str, object], origin: str, record_id: str,
                      profile: ExportProfile | None = None) -> Draft:
    """A draft from one CSV row or JSON object, by its field names. ``profile``: what the whole
    export says (its date order, the titles its records share)."""
    profile = profile or ExportProfile()
    keys = _record_keys(record)

    def pick(name: str) -> str:
        return pick_field(record, name, keys)

    text = pick("body") or pick("summary")
    url = pick("url")
    raw_date = pick("published")
    if raw_date:
        published = parse_date_field(raw_date, month_first=profile.month_first)
    else:  # only a record without a date field may take it from an IndoSum-shaped id
        published = date_from_indosum_id(pick("record_id"))
    tags = [t.strip() for t in re.split(r"[,;|]", pick("tags")[:MAX_LABEL_CHARS]) if t.strip()]
    body = clean_body(text)
    title = clean_text(pick("title")[:MAX_RAW_CHARS]).replace("\n\n", " ")
    category = pick("category")[:MAX_LABEL_CHARS]
    if title and is_section_name(title, category, profile.shared_titles):
        title = slug_title(url, body) or title  # "News", with the headline in the URL
    usable_url = url.startswith(("http://", "https://")) and len(url) <= MAX_URL_CHARS
    return Draft(
        origin=origin,
        record_id=record_id,
        title=(title or title_from_slug(url, body))[:MAX_LABEL_CHARS],
        body=body,
        url=url if usable_url else "",
        source=pick("source")[:MAX_LABEL_CHARS],  # the outlet: index/extract/pipeline.py
        published=published,
        category=category,
        tags=tags,
    )


def check_draft(draft: Draft, where: str) -> ReadResult:
    if not draft.body and not draft.title:
        return ReadFailure(draft.origin, where, "no title and no text")
    return draft


@dataclass
class PendingRecord:
    """An export's record not yet made a draft: a build sends these to its worker processes,
    where the cleaning happens (``resolve``)."""

    record: dict[str, object]
    origin: str
    record_id: str
    profile: ExportProfile
    where: str

    def resolve(self) -> ReadResult:
        draft = draft_from_record(self.record, self.origin, self.record_id, self.profile)
        return check_draft(draft, self.where)
