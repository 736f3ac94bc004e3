"""The story's own date in its text, for records that carry no date field.

Every function returns a naive datetime in Asia/Jakarta time (WIB, UTC+07:00), or None.
No date is better than a wrong one, so anything impossible or ambiguous gives None.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import NamedTuple

from index.dates import MONTH_PATTERN, TEXT_CLOCK, TIME_LEAD, moment_from, month_number

HEAD_CHARS = 1500  # dateline and lead; the rest of a story is read only when these hold no date
DATELINE_CHARS = 300  # how near the top a dateline ("JAKARTA, 12/3/2025 -") may stand

# A closed set, unlike month spellings; the numbers are datetime.weekday().
_WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}


# Story text. Weekday names count only capitalised, because "minggu" is also "week".
_WEEKDAY_WORD = "|".join(
    alternative
    for name in sorted(_WEEKDAYS, key=len, reverse=True)
    for alternative in (re.escape(name.capitalize()), re.escape(name.upper()))
)
_RANGE_TO = r"\s*(?:[-–—]|s\.?d\.?|s/d|(?i:dan|hingga|sampai))\s*"
# Every form opens with the day's digits, so the scan skips ahead to digits (kept fast by the
# pattern's plain first character; what may stand before the digits is checked after a match).
_TEXT_DATE = re.compile(
    r"(?P<day>\d\d?)(?:"
    # "(4/12/2025)", "(27/3)", IndoSum's "(13/3/ 2017)": trusted only after a weekday or as dateline
    r"\s?/\s?(?P<num_month>\d\d?)(?:\s?/\s?(?P<num_year>\d{1,4}))?(?![\d/])"
    # "4 Desember 2025", "4–5 Des 2025", "Senin, 27 Maret"
    rf"|(?:{_RANGE_TO}(?P<last_day>\d\d?))?\s+(?P<month>{MONTH_PATTERN})(?:,?\s+(?P<year>\d{{4}})(?!\d))?"
    # "December 4, 2025", once the month is found before it
    r"|(?:st|nd|rd|th)?,\s*(?P<en_year>\d{4})(?!\d)"
    r")"
)
_NOT_BEFORE_DAY = re.compile(r"[\w/.]")
_MONTH_BEFORE_DAY = re.compile(rf"(?<![^\W\d_])(?P<month>{MONTH_PATTERN})\s+$")
_WEEKDAY_BEFORE = re.compile(  # "Kamis, ", "Selasa pagi (", "Kamis–Jumat, " (a range's first day)
    rf"(?<![\w'’])(?P<weekday>{_WEEKDAY_WORD})(?:{_RANGE_TO}(?:{_WEEKDAY_WORD}))?"
    r"(?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?\s*,?\s*\(?\s*$"
)
# A dateline opens a line: "JAKARTA, 12/3/2025 -", "Palangka Raya, 4 Desember 2025 (ANTARA) —",
# or is a line of its own, as a page's "04 Des 2025 09:15 WIB".
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?:[A-Z][\w.'’ -]{0,40},[^\S\n]*)?$")
_DATELINE_AFTER = re.compile(
    rf"[^\S\n]*(?:\([^()\n]{{1,30}}\)[^\S\n]*)?[-–—]"
    rf"|\)?[^\S\n]*(?:[,|–—-]?[^\S\n]*{TIME_LEAD}{TEXT_CLOCK})?[^\S\n]*(?:\n|$)"
)

# How a word beside a date places it against the story's own day S. Closed lists of grammar,
# so they live here rather than in a data file.
_BEFORE, _BEFORE_WEEK, _SINCE, _AFTER, _AFTER_WEEK, _UNTIL, _NEAR = (
    "before", "before-week", "since", "after", "after-week", "until", "near"
)
_RELATION_AFTER_DATE = re.compile(
    r"\)?,?[^\S\n]*(?:(?i:pagi|siang|sore|malam|dini\s+hari)[^\S\n]+)?"
    r"(?P<unit>(?i:pekan|minggu|bulan|tahun)[^\S\n]+)?"
    r"(?P<word>(?i:lalu|kemarin|sebelumnya|besok|lusa|mendatang|nanti|depan))(?![^\W\d_])"
)
_WORD_AFTER_DATE = {
    "lalu": _BEFORE, "kemarin": _BEFORE, "sebelumnya": _BEFORE,
    "besok": _AFTER, "lusa": _AFTER, "mendatang": _AFTER, "nanti": _AFTER, "depan": _AFTER,
}
_WORD_BEFORE_DATE = {
    "kemarin": _BEFORE, "pekan lalu": _BEFORE_WEEK, "minggu lalu": _BEFORE_WEEK,
    "pekan depan": _AFTER_WEEK, "minggu depan": _AFTER_WEEK, "nanti": _AFTER,
    "sejak": _SINCE, "setelah": _SINCE, "sesudah": _SINCE, "usai": _SINCE,
    "besok": _AFTER, "lusa": _AFTER, "jelang": _AFTER, "menjelang": _AFTER,
    "hingga": _UNTIL, "sampai": _UNTIL,
    # Plans: often the story's own day, often not; such a date must lie close to S.
    "akan": _NEAR, "bakal": _NEAR, "dijadwalkan": _NEAR, "rencana": _NEAR, "rencananya": _NEAR,
    "berencana": _NEAR, "mulai": _NEAR, "sebelum": _NEAR,
}
_PUNCTUATION = ",.;:()[]\"'“”‘’!?-–—"
_UP_TO_CLAUSE_END = re.compile(r".*(?:[!?;\n\"“”]|\.(?!\w))", re.DOTALL)  # "Metro.co.uk" goes on
_TIME_RIGHT_AFTER = re.compile(rf"\)?[^\S\n]*[,|–—-]?[^\S\n]*{TIME_LEAD}{TEXT_CLOCK}")
_TIME_SOON_AFTER = re.compile(rf"[^.\n\"“”]{{0,40}}?(?i:pukul|pkl\.?|jam)\s*{TEXT_CLOCK}")


class DateMention(NamedTuple):
    """A date as the story writes it, before its year is settled."""

    start: int
    end: int
    first_day: int
    last_day: int  # of a range "4–5 Desember"; else first_day
    month: int
    year: str | None  # as written; None when the text leaves it out
    weekday: int | None
    pinned: bool  # datelined or pinned by a weekday, as a story writes its own day
    relation: str  # "" or how a word beside it places it against the story's day

def find_date_in_text(text: str, *, default_year: int | None = None) -> datetime | None:
    """The story's own date as its text gives it, for records without a date field.

    The story's day is the first date in the lead that is datelined ("JAKARTA, 12/3/2025 -") or
    pinned by a weekday ("Kamis (4/12/2025)", "Selasa, 3 Maret 2026"), as Indonesian news writes
    the day of its story, and is not worded as another day ("Jumat (14/8) lalu", "hingga Minggu
    30 Agustus"). A date without its year ("Senin (27/3)") takes it from `default_year`, else
    from the text's other pinned dates, when the weekday fits. Every other date must agree:
    pinned ones lie within a day of it, worded ones on the side their words say; any
    contradiction gives None. A plain "4 Desember 2025" is never the story's day: in running text
    it is mostly a deadline, a schedule or history. A time that follows ("pukul 09.00 WITA") is
    kept, converted to WIB; one without a zone is taken as WIB.
    """
    mentions = _mentions(text, 0, HEAD_CHARS)
    found = _story_date(text, mentions, default_year)
    if found is None and len(text) > HEAD_CHARS:
        # Restart a little early, so that a date cut in two by the head's end is read whole.
        restart = HEAD_CHARS - 40
        mentions = [m for m in mentions if m.start < restart] + _mentions(text, restart, len(text))
        found = _story_date(text, mentions, default_year)
    return found


def _mentions(text: str, start: int, end: int) -> list[DateMention]:
    found = []
    for match in _TEXT_DATE.finditer(text, start, end):
        begin = match.start()
        if begin and _NOT_BEFORE_DAY.match(text, begin - 1):
            continue  # inside a number or a word
        if match.end() == end < len(text):
            continue  # perhaps cut short by `end`: "4/12/20" of "4/12/2025"
        first_day = last_day = int(match["day"])
        if match["en_year"]:
            month_before = _MONTH_BEFORE_DAY.search(text, max(0, begin - 12), begin)
            if month_before is None:
                continue
            begin, month = month_before.start(), month_number(month_before["month"])
            year = match["en_year"]
        elif match["month"]:
            month, year = month_number(match["month"]), match["year"]
            last_day = int(match["last_day"] or first_day)
        else:  # Indonesian writes the day first
            month, year = int(match["num_month"]), match["num_year"]
        before = _WEEKDAY_BEFORE.search(text, max(0, begin - 30), begin)
        weekday = _WEEKDAYS[before["weekday"].lower()] if before else None
        datelined = (
            begin < DATELINE_CHARS
            and _DATELINE_BEFORE.search(text, max(0, begin - 50), begin) is not None
            and _DATELINE_AFTER.match(text, match.end()) is not None
        )
        if weekday is None and (year is None or (match["num_month"] and not datelined)):
            continue  # a bare "4/12" or "27 Maret" may be anything
        found.append(DateMention(
            begin, match.end(), first_day, last_day, month, year, weekday,
            weekday is not None or datelined, _relation(text, begin, match.end()),
        ))
    return found


def _relation(text: str, start: int, end: int) -> str:
    if after := _RELATION_AFTER_DATE.match(text, end):
        relation = _WORD_AFTER_DATE[after["word"].lower()]
        if after["unit"] and after["unit"].strip().lower() in ("pekan", "minggu"):
            relation = {_BEFORE: _BEFORE_WEEK, _AFTER: _AFTER_WEEK}[relation]
        return relation
    # The nearest such word in the same clause, up to 80 characters back.
    lead = text[max(0, start - 80):start]
    if clause_end := _UP_TO_CLAUSE_END.match(lead):
        lead = lead[clause_end.end():]
    next_word = ""
    for word in reversed(lead.lower().split()):
        word = word.strip(_PUNCTUATION)
        relation = _WORD_BEFORE_DATE.get(f"{word} {next_word}") or _WORD_BEFORE_DATE.get(word)
        if relation:
            return relation
        next_word = word
    return ""


def _story_date(text: str, mentions: list[DateMention],
                default_year: int | None) -> datetime | None:
    base_years = [default_year] if default_year else sorted(
        {int(m.year) for m in mentions if m.pinned and m.year and len(m.year) == 4}
    )
    story, day = _first_story_day(text, mentions, base_years, as_of=False)
    if day is None:
        # "hingga Senin (18/8/2025) tercatat ...": the state of things as of the story's day.
        story, day = _first_story_day(text, mentions, base_years, as_of=True)
    if story is None or day is None:
        return None
    for other in mentions:
        if other is not story and not _agrees(day, other, base_years):
            return None
    return _with_time(text, story, day)


def _first_story_day(text: str, mentions: list[DateMention], base_years: list[int],
                     as_of: bool) -> tuple[DateMention | None, datetime | None]:
    for story in mentions:
        if _may_be_story_day(text, story, as_of):
            day = _mention_day(story, story.first_day, base_years)
            if day is not None:
                return story, day
    return None, None


def _may_be_story_day(text: str, mention: DateMention, as_of: bool = False) -> bool:
    if not mention.pinned or mention.relation != (_UNTIL if as_of else ""):
        return False
    if as_of and "/" not in text[mention.start:mention.end]:
        return False  # only the press form "hingga Senin (18/8/2025)" reads as "as of"
    # Past the lead only the press form "Hari (tgl/bln)" still marks the story's own day; a
    # written-out date that far down is too often a fixture or another outlet's.
    return mention.start < HEAD_CHARS or "/" in text[mention.start:mention.end]


def _agrees(story_day: datetime, other: DateMention, base_years: list[int]) -> bool:
    """Whether `other` can stand beside a story dated `story_day`."""
    if other.relation in ("", _NEAR) and not other.pinned:
        return True  # a plain "4 Desember 2025" in the text says nothing about the story's day
    looking_back = other.relation in (_BEFORE, _BEFORE_WEEK, _SINCE)
    day_number = other.last_day if looking_back else other.first_day
    # Another date binds even when its weekday is a slip: it can only turn the answer into None.
    lenient = other._replace(weekday=None) if other.year else other
    day = _mention_day(lenient, day_number, base_years)
    if day is None:
        return True
    story, other_day = story_day.date(), day.date()
    return {
        "": abs((other_day - story).days) <= 1,
        _NEAR: abs((other_day - story).days) <= 1,
        _BEFORE: other_day < story,
        _BEFORE_WEEK: _monday(other_day) < _monday(story),
        _SINCE: other_day <= story,
        _AFTER: story < other_day,
        _AFTER_WEEK: _monday(story) < _monday(other_day),
        _UNTIL: story <= other_day,
    }[other.relation]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _mention_day(mention: DateMention, day: int, base_years: list[int]) -> datetime | None:
    if mention.year is not None:
        found = moment_from(mention.year, mention.month, day)
        if found is None or mention.weekday not in (None, found.weekday()):
            return None
        return found
    # Without its year, a date needs its weekday to confirm the year; near New Year the year before
    # or after may be meant ("Senin (29/12)" in a January story). The same date in three
    # consecutive years falls on three different weekdays, so at most one of them fits.
    fitting = set()
    for base in base_years:
        for year in (base - (mention.month >= 11), base, base + (mention.month <= 2)):
            found = moment_from(str(year), mention.month, day)
            if found is not None and found.weekday() == mention.weekday:
                fitting.add(found)
    return fitting.pop() if len(fitting) == 1 else None


def _with_time(text: str, mention: DateMention, day: datetime) -> datetime:
    match = _TIME_RIGHT_AFTER.match(text, mention.end) or _TIME_SOON_AFTER.match(text, mention.end)
    if match is None:
        return day
    return moment_from(str(day.year), day.month, day.day, match) or day
