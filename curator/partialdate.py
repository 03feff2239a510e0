"""Dates known to the day, the month or only the year, as curators write them."""

from __future__ import annotations

import re
from datetime import date, datetime

from curator.enums import Precision

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_DOTTED = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")  # 20.05.2024, as written in Ukraine


def parse_partial_date(text: str) -> tuple[date | None, Precision | None]:
    """'2024-05-20' → day; '2024-05' → month; '2024' → year; '' → unknown.
    Written dates are read too, as the window writes them in either language: '20 May
    2024', '20 травня 2024' → day; 'May 2024', 'травень 2024' → month. ValueError otherwise."""
    text = text.strip()
    if not text:
        return None, None
    if match := _ISO.match(text):
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is None:
            return date(year, 1, 1), Precision.YEAR
        if day is None:
            return date(year, month, 1), Precision.MONTH
        return date(year, month, day), Precision.DAY
    if match := _DOTTED.match(text):
        return date(int(match[3]), int(match[2]), int(match[1])), Precision.DAY
    import dateparser

    for parts, precision in ((["day", "month", "year"], Precision.DAY), (["month", "year"], Precision.MONTH)):
        parsed = dateparser.parse(text, languages=["en", "uk", "ru"],
                                  settings={"REQUIRE_PARTS": parts, "PREFER_DAY_OF_MONTH": "first"})
        if parsed is not None:
            return parsed.date(), precision
    raise ValueError(f"'{text}' is not a date (write 2024-05-20, 2024-05 or 2024)")


def format_local_time(moment: datetime) -> str:
    """A moment as Curator shows it (to the minute, local time): 2026-11-22 14:24."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def format_partial_date(value: date | None, precision: Precision | str | None) -> str:
    if value is None:
        return ""
    precision = Precision(precision) if precision else Precision.DAY
    if precision is Precision.YEAR:
        return f"{value.year:04d}"
    if precision is Precision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()
