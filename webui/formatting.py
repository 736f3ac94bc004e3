"""How the pages write dates and numbers: the Indonesian way (4 Desember 2025, 1.234, 12,5)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                "Des"]
# Western Indonesia Time has no daylight saving: a fixed offset needs no tz database.
JAKARTA = timezone(timedelta(hours=7), "WIB")


def today_in_jakarta() -> date:
    return datetime.now(JAKARTA).date()


def _as_date(value: date | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def long_date(value: date | str | None) -> str:
    """'2025-12-04' -> '4 Desember 2025'; an unreadable value is shown as it is."""
    day = _as_date(value)
    if day is None:
        return "" if value is None else str(value)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(value: date | str | None) -> str:
    """'2025-12-04' -> '4 Des 2025'."""
    day = _as_date(value)
    if day is None:
        return "" if value is None else str(value)
    return f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year}"


def published_label(item: dict) -> str:
    """An article's publication as the pages show it: '4 Desember 2025 09.15 WIB', or
    '4 Desember 2025' when its source gave no time of day (``published_at`` is null)."""
    label = long_date(item.get("published"))
    at = item.get("published_at") or ""
    if label and len(at) >= 16:  # "2025-12-04T09:15:00+07:00": always Jakarta time
        label += f" {at[11:13]}.{at[14:16]} WIB"
    return label


def month_name(period: str) -> str:
    """'2025-12' -> 'Desember 2025'."""
    year, _, month = period.partition("-")
    if not month.isdigit() or not 1 <= int(month) <= 12:
        return period
    return f"{MONTHS[int(month) - 1]} {year}"


def number(value: int | float, decimals: int = 0) -> str:
    """1234 -> '1.234'; 12.5 with one decimal -> '12,5'."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")
