"""Dates as records and pages write them: a date field, an IndoSum id, and the pieces (month
names, times of day, zones) that the story-date reader in ``index/extract/dates.py`` shares.

Every function returns a naive datetime in Asia/Jakarta time (WIB, UTC+07:00), or None.
No date is better than a wrong one, so anything impossible or ambiguous gives None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone

from index.data_files import data_lines

JAKARTA = timezone(timedelta(hours=7), "WIB")
FIRST_YEAR, LAST_YEAR = 1995, 2035  # a publication date outside these years is a mistake

_ZONE_HOURS = {"WIB": 7, "WITA": 8, "WIT": 9, "Z": 0, "UTC": 0, "UT": 0, "GMT": 0}
ZONE_NAMES = frozenset(_ZONE_HOURS)  # the zones written by name that the readers here know


def _load_months(name: str) -> dict[str, int]:
    months: dict[str, int] = {}
    for line in data_lines(name):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        if len(fields) != 2 or not fields[1].isdigit() or not 1 <= int(fields[1]) <= 12:
            raise ValueError(f"{name}: expected 'name<TAB>month number', got {line!r}")
        months[fields[0].lower()] = int(fields[1])
    return months


MONTHS = _load_months("months.tsv")


def _longest_first(names: Iterable[str]) -> str:
    """A regular expression for any of the names, the longer tried first."""
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


# Pieces shared by the patterns below. Group names are added where each pattern is built.
MONTH_PATTERN = rf"(?i:{_longest_first(MONTHS)})(?![^\W\d_])\.?"
_TIME = (
    r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
    r"(?:[:.](?P<second>[0-5]\d)(?:[.,]\d+)?)?(?!\d)"
    r"(?:\s*(?P<ampm>(?i:[ap]\.?m\.?))(?![^\W\d_]))?"
)
_ZONE = (  # "+0700", "+07:00", "GMT+7", "WITA"; never a bare "-12", which may end a range
    r"(?:\s*(?P<zone>(?i:UTC|GMT|UT)\s?[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}"
    r"|(?i:WITA|WIB|WIT|UTC|GMT|UT)|Z)(?![^\W\d_]))?"
)
_ZONE_OFFSET = re.compile(
    r"(?i:UTC|GMT|UT)?\s?(?P<sign>[+-])(?P<hours>\d{1,2}):?(?P<minutes>\d\d)?"
)
_TIME_RANGE_END = r"(?:\s*(?:[-–]|s\.?d\.?|(?i:sampai|hingga))\s*\d\d?[:.]\d\d(?!\d))?"
_CLOCK = rf"(?:{_TIME}{_ZONE})"
TEXT_CLOCK = rf"(?:{_TIME}{_TIME_RANGE_END}{_ZONE})"  # "09.00-12.00 WITA" starts at 09.00 WITA
TIME_LEAD = r"(?:(?i:pukul|pkl\.?|jam)\s*)?"

# Record fields. Each is searched for, so a label around the date ("Diterbitkan: …") is harmless.
_EPOCH_FIELD = re.compile(r"\s*(?P<seconds>\d{9,10}|\d{13})(?:\.\d+)?\s*")
_COMPACT_FIELD = re.compile(r"\s*(?P<year>\d{4})(?P<month>\d\d)(?P<day>\d\d)\s*")
_YEAR_FIRST_FIELD = re.compile(
    rf"(?<![\d/.-])(?P<year>\d{{4}})(?P<sep>[-/.])(?P<month>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})"
    rf"(?!\d)(?:(?:\s*T\s*|\s*,\s*|\s+){TIME_LEAD}{_CLOCK})?"
)
_BAD_CLOCK = re.compile(r"(?:\s*T\s*|\s*[,|-]?\s*)(?:(?i:pukul|pkl\.?|jam)\s*)?\d+[:.]\d")
_DASHED_CLOCK = re.compile(r"T(\d\d)-(\d\d)-(\d\d)")  # some sites write "2015-08-25T10-30-00Z"
_NUMERIC_FIELD = re.compile(
    rf"(?<![\d/.:-])(?P<number1>\d{{1,2}})(?P<sep>[-/.])(?P<number2>\d{{1,2}})(?P=sep)"
    rf"(?P<year>\d{{4}}|\d\d)(?![\d/.-])(?:(?:\s*[,|-]\s*|\s+){TIME_LEAD}{_CLOCK})?"
)
_DAY_MONTH_FIELD = re.compile(
    rf"(?<![\d/.:-])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[\s-]*(?P<month>{MONTH_PATTERN}),?[\s-]*"
    rf"(?P<year>\d{{4}})(?!\d)(?:(?:\s*[,|-]\s*|\s+){TIME_LEAD}{_CLOCK})?"
)
_MONTH_DAY_FIELD = re.compile(
    rf"(?<![^\W\d_])(?P<month>{MONTH_PATTERN})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"(?P<year>\d{{4}})(?!\d)(?:(?:\s*[,|-]\s*|\s+){TIME_LEAD}{_CLOCK})?"
)




def parse_date_field(value: str, *, month_first: bool | None = None) -> datetime | None:
    """Parse a record's date field; `month_first` settles "4/12/2025" (None: day first)."""
    if not value:
        return None
    value = _DASHED_CLOCK.sub(r"T\1:\2:\3", value.replace("\xa0", " "))
    if match := _EPOCH_FIELD.fullmatch(value):
        return _from_epoch(int(match["seconds"][:10]))
    if match := _COMPACT_FIELD.fullmatch(value):
        return moment_from(match["year"], int(match["month"]), int(match["day"]))
    for pattern in (_YEAR_FIRST_FIELD, _NUMERIC_FIELD, _DAY_MONTH_FIELD, _MONTH_DAY_FIELD):
        if match := pattern.search(value):
            if match["hour"] is None and _BAD_CLOCK.match(value, match.end()):
                return None  # "2025-12-04 25:00": a time that cannot be
            return _field_date(match, month_first)
    return None


def _field_date(match: re.Match, month_first: bool | None) -> datetime | None:
    if "number1" in match.re.groupindex:
        day_month = _day_month(int(match["number1"]), int(match["number2"]), month_first)
        if day_month is None:
            return None
        day, month = day_month
    else:
        day = int(match["day"])
        month = int(match["month"]) if match["month"].isdigit() else month_number(match["month"])
    return moment_from(match["year"], month, day, match)


def guess_month_first(values: Iterable[str]) -> bool | None:
    """Whether a column's "a/b/yyyy" dates put the month first: True, False, or None if unknown.

    Decided by values that allow only one reading (a first number above 12 is a day, a second
    above 12 is a day); a column whose values contradict each other gives None.
    """
    day_first_seen = month_first_seen = False
    for value in values:
        match = _NUMERIC_FIELD.search(value or "")
        if match is None:
            continue
        first, second = int(match["number1"]), int(match["number2"])
        day_first_seen |= first > 12 >= second
        month_first_seen |= second > 12 >= first
        if day_first_seen and month_first_seen:
            return None
    if month_first_seen:
        return True
    return False if day_first_seen else None


# An IndoSum id: the publication's unix time, then the headline's slug ("1490674536-mustahil-…").
# The slug must have words, so that an id of digits and a dash ("1700000000-2", a row number
# after a batch number) is not taken for a time.
_INDOSUM_ID = re.compile(r"(?P<seconds>\d{9,10})-(?=[a-z0-9-]*[a-z]{2})[a-z0-9]+(?:-[a-z0-9]+)+-?")


def date_from_indosum_id(record_id: str) -> datetime | None:
    """The publication time an IndoSum-shaped id opens with: "1490674536-mustahil-…" (a plausible
    unix time, a dash, then a slug of at least two words); None for any other id."""
    match = _INDOSUM_ID.fullmatch(record_id)
    return _from_epoch(int(match["seconds"])) if match else None


def has_time_of_day(moment: datetime) -> bool:
    """Whether a stored publication moment carries a time of day. A date without one is stored at
    00:00 WIB, so a time of exactly 00:00:00 cannot be told from none and counts as none."""
    return (moment.hour, moment.minute, moment.second) != (0, 0, 0)


def instant_text(moment: datetime) -> str | None:
    """A stored moment as an RFC 3339 instant in Jakarta time ("2025-12-04T09:15:00+07:00");
    None when it has no time of day (``has_time_of_day``)."""
    if not has_time_of_day(moment):
        return None
    return moment.replace(microsecond=0, tzinfo=JAKARTA).isoformat()


def jakarta_from_utc(fields: tuple[int, ...]) -> datetime | None:
    """The Jakarta moment of a UTC (year, month, day, hour, minute, second) tuple, as feedparser
    gives its ``*_parsed`` times."""
    try:
        moment = datetime(*fields[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None
    moment = moment.astimezone(JAKARTA).replace(tzinfo=None)
    return moment if FIRST_YEAR <= moment.year <= LAST_YEAR else None


def month_number(written: str) -> int:
    return MONTHS[written.rstrip(".").casefold()]  # casefold: (?i) also matches "ſep"


def _day_month(first: int, second: int, month_first: bool | None) -> tuple[int, int] | None:
    """(day, month) from "first/second", day first unless the numbers or the hint say otherwise."""
    if first > 12 and second > 12:
        return None
    if first > 12:
        return first, second
    if second > 12 or month_first:
        return second, first
    return first, second


def _from_epoch(seconds: int) -> datetime | None:
    moment = datetime.fromtimestamp(seconds, JAKARTA).replace(tzinfo=None)
    return moment if FIRST_YEAR <= moment.year <= LAST_YEAR else None


def moment_from(year_text: str, month: int, day: int,
                clock: re.Match | None = None) -> datetime | None:
    """The Jakarta datetime for a date as written, with the time and zone `clock` matched."""
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year <= LAST_YEAR % 100 else 1900
    elif len(year_text) != 4:
        return None
    hour = minute = second = 0
    if clock is not None and clock["hour"] is not None:
        hour, minute, second = int(clock["hour"]), int(clock["minute"]), int(clock["second"] or 0)
        ampm = (clock["ampm"] or "").lower()
        if ampm and not 1 <= hour <= 12:
            return None
        if ampm.startswith("p") and hour != 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    try:
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    if clock is not None and clock["hour"] is not None and clock["zone"]:
        offset = _zone_offset(clock["zone"])
        if offset is None:
            return None
        moment = moment.replace(tzinfo=offset).astimezone(JAKARTA).replace(tzinfo=None)
    return moment if FIRST_YEAR <= moment.year <= LAST_YEAR else None


def _zone_offset(zone: str) -> timezone | None:
    if zone.upper() in _ZONE_HOURS:
        return timezone(timedelta(hours=_ZONE_HOURS[zone.upper()]))
    match = _ZONE_OFFSET.fullmatch(zone)
    if match is None:
        return None
    minutes = int(match["hours"]) * 60 + int(match["minutes"] or 0)
    if minutes > 14 * 60:
        return None
    return timezone(timedelta(minutes=-minutes if match["sign"] == "-" else minutes))
