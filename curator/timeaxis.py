"""The chart's time axis, decided without Qt: where its ticks go and what they say, and
what range a few points are shown in.

Every label carries the context a reader needs: years at the widest zoom; months with
their year; days with their month and year at least once on the axis (at the first tick
and wherever the month changes). Never seconds, hours or fractions: the figures Curator
plots hold for a day, a month or a year.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

DAY = 86_400.0
#: English month abbreviations; the window passes its language's own.
ENGLISH_MONTHS = tuple(calendar.month_abbr[1:])
#: Steps the axis chooses from, finest first: (unit, how many of them).
_STEPS = (("day", 1), ("day", 2), ("day", 7), ("day", 14), ("month", 1), ("month", 2), ("month", 3),
          ("month", 6), ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 20), ("year", 50),
          ("year", 100))
_APPROXIMATE = {"day": 1.0, "month": 30.44, "year": 365.25}
#: Around a single day, or points all within a few days: a month each side.
PADDING_DAYS = 30


@dataclass(frozen=True)
class Tick:
    seconds: float
    label: str


def seconds(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


def day_of(value: float) -> date:
    return datetime.fromtimestamp(value, UTC).date()


def x_range(first: float, last: float) -> tuple[float, float]:
    """The range to show points from ``first`` to ``last`` (seconds) in: a month either
    side when they span less than two months, else a twentieth of the span."""
    span = last - first
    if span < 2 * PADDING_DAYS * DAY:
        middle = (first + last) / 2
        half = max(span / 2, 0) + PADDING_DAYS * DAY
        return middle - half, middle + half
    return first - span / 20, last + span / 20


def ticks(start: float, end: float, most: int, months: Sequence[str] = ENGLISH_MONTHS) -> list[Tick]:
    """At most ``most`` ticks (about one per 90 pixels) from ``start`` to ``end``
    (seconds since 1970, UTC), each a whole day, month or year, labelled in context."""
    if end <= start or most < 1:
        return []
    if day_of(start) == day_of(end) or end - start < DAY:  # zoomed into one day: name it, once
        middle = (start + end) / 2
        return [Tick(middle, _labels([day_of(middle)], "day", months)[0])]
    span_days = (end - start) / DAY
    for unit, step in _STEPS:  # the finest step that fits
        if span_days / (_APPROXIMATE[unit] * step) > most and (unit, step) != _STEPS[-1]:
            continue  # clearly too many: not even worth counting
        days = [d for d in _days(day_of(start), day_of(end), unit, step) if start <= seconds(d) <= end]
        if days and (len(days) <= most or (unit, step) == _STEPS[-1]):
            return [Tick(seconds(d), label) for d, label in zip(days, _labels(days, unit, months), strict=True)]
        if not days:
            break
    # Room for fewer ticks than whole periods in view: the middle, named by its month and year.
    middle = day_of((start + end) / 2)
    return [Tick((start + end) / 2, _labels([middle.replace(day=1)], "month", months)[0])]


def _days(first: date, last: date, unit: str, step: int) -> list[date]:
    if unit == "year":
        year = (first.year // step) * step
        return [date(y, 1, 1) for y in range(max(year, 1), last.year + 1, step)]
    if unit == "month":
        index = (first.year * 12 + first.month - 1) // step * step
        out = []
        while index <= last.year * 12 + last.month - 1:
            out.append(date(index // 12, index % 12 + 1, 1))
            index += step
        return out
    if step == 1:
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]
    if step == 7:  # weeks start on Mondays
        monday = first - timedelta(days=first.weekday())
        return [monday + timedelta(days=7 * n) for n in range((last - monday).days // 7 + 1)]
    # every 2nd or 14th day of each month, from its 1st: the month shows at each change
    out = []
    current = date(first.year, first.month, 1)
    while current <= last:
        days_in_month = calendar.monthrange(current.year, current.month)[1]
        out += [date(current.year, current.month, d) for d in range(1, days_in_month + 1, step)
                if days_in_month - d >= step // 2]
        current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
    return out


def _labels(days: list[date], unit: str, months: Sequence[str]) -> list[str]:
    if unit == "year":
        return [str(d.year) for d in days]
    if unit == "month":  # "May 2024", then the month alone until the year changes
        return [f"{months[d.month - 1]} {d.year}" if n == 0 or d.month == 1 or days[n - 1].year != d.year
                else months[d.month - 1] for n, d in enumerate(days)]
    labels = []  # "17 May 2024", then the day alone until the month changes
    for n, d in enumerate(days):
        if n == 0 or (d.year, d.month) != (days[n - 1].year, days[n - 1].month):
            labels.append(f"{d.day} {months[d.month - 1]} {d.year}")
        else:
            labels.append(str(d.day))
    return labels
