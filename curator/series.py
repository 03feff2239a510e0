"""Figures over time, for the chart pane: series, points with honest bounds, conflicts.

A *series* is a subject and a measure ("Azovstal garrison · in captivity"), spelled as
the vocabulary says: aliases fall into the series of their entry. Each claim with a
known date is a *point*: its value, the range of values its qualifier allows (bounds)
and the period its date covers (a day, a month or a year). Two claims of a series
*conflict* when their dates lie within a window of each other and their ranges cannot
overlap: "exactly 900" and "more than 1,900", or two different exact values.

Qt-free: the chart pane only draws what this module computes.
"""

from __future__ import annotations

import calendar
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from curator.storage import Project

#: How far "about" / "approximately" reaches either side of its value.
APPROXIMATE_TOLERANCE = 0.10
DEFAULT_WINDOW_DAYS = 31
SECONDS_PER_DAY = 86_400
#: The kinds of point, by what the qualifier says.
EXACT, APPROXIMATE, LOWER_BOUND, UPPER_BOUND, RANGE = "exact", "approximate", "lower bound", "upper bound", "range"
#: What "colour by outlet / person" reads of a claim, and what a missing one is called.
SOURCE_FIELDS = {"outlet": "reported_by", "person": "attributed_to"}
UNKNOWN_SOURCE = "(unknown)"
_KINDS = {"exact": EXACT, "approximately": APPROXIMATE, "more than": LOWER_BOUND, "at least": LOWER_BOUND,
          "less than": UPPER_BOUND, "at most": UPPER_BOUND, "range": RANGE}


@dataclass(frozen=True)
class SeriesKey:
    subject: str
    measure: str

    @property
    def label(self) -> str:
        return f"{self.subject or '(no subject)'} · {self.measure or '(no measure)'}"


@dataclass
class Point:
    claim_id: uuid.UUID
    series: SeriesKey
    value: float
    kind: str
    #: The values the qualifier allows: (low, high); None where unbounded.
    low: float | None
    high: float | None
    low_open: bool
    high_open: bool
    #: The period the date covers, as seconds since the epoch (UTC): [start, end).
    start: float
    end: float
    precision: str
    status: str
    attributed_to: str
    reported_by: str
    qualifier: str
    as_of: date
    #: Where the point is drawn: the middle of its period.
    x: float = 0.0

    def __post_init__(self) -> None:
        self.x = (self.start + self.end) / 2

    @property
    def faded(self) -> bool:
        return self.status in ("draft", "disputed")

    def source(self, by: str) -> str:
        return getattr(self, SOURCE_FIELDS[by]) or UNKNOWN_SOURCE


@dataclass(frozen=True)
class Conflict:
    a: Point
    b: Point
    reason: str

    @property
    def claim_ids(self) -> tuple[uuid.UUID, uuid.UUID]:
        return self.a.claim_id, self.b.claim_id


@dataclass
class Series:
    key: SeriesKey
    points: list[Point] = field(default_factory=list)
    #: Claims of the series without a date or a value: listed, not plotted.
    unplotted: list[uuid.UUID] = field(default_factory=list)
    #: Rejected claims: neither plotted nor counted.
    rejected: list[uuid.UUID] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.points) + len(self.unplotted)


# -- reading -------------------------------------------------------------------------------------
_COLUMNS = ("id", "subject", "measure", "value", "upper_value", "qualifier", "as_of", "as_of_precision",
            "attributed_to", "reported_by", "status")


def canonical_names(project: Project) -> dict[tuple[str, str], str]:
    """(kind, name or alias, folded) → the entry's name, for subjects and measures."""
    names: dict[tuple[str, str], str] = {}
    with project.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT kind, name, aliases FROM term WHERE kind IN ('subject', 'measure')").fetchall()
    import json

    for kind, name, aliases in rows:
        for spelling in (name, *json.loads(aliases or "[]")):
            names[(kind, spelling.strip().casefold())] = name
    return names


def _period(day: date, precision: str | None) -> tuple[float, float]:
    if precision == "year":
        first, last = date(day.year, 1, 1), date(day.year + 1, 1, 1)
    elif precision == "month":
        days = calendar.monthrange(day.year, day.month)[1]
        first = date(day.year, day.month, 1)
        last = date.fromordinal(first.toordinal() + days)
    else:
        first, last = day, date.fromordinal(day.toordinal() + 1)

    def seconds(d: date) -> float:
        return datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp()

    return seconds(first), seconds(last)


def bounds(value: float, qualifier: str, upper: float | None) -> tuple[float | None, float | None, bool, bool]:
    """(low, high, low_open, high_open): the values a qualified figure allows."""
    if qualifier == "approximately":
        spread = abs(value) * APPROXIMATE_TOLERANCE
        return value - spread, value + spread, False, False
    if qualifier == "more than":
        return value, None, True, False
    if qualifier == "at least":
        return value, None, False, False
    if qualifier == "less than":
        return None, value, False, True
    if qualifier == "at most":
        return None, value, False, False
    if qualifier == "range" and upper is not None:
        return min(value, upper), max(value, upper), False, False
    return value, value, False, False


def point_from_row(row: tuple, key: SeriesKey) -> Point | None:
    """A point from a raw claim row (``_COLUMNS``); None when it cannot be plotted."""
    claim_id, _s, _m, value, upper, qualifier, as_of, precision, attributed_to, reported_by, status = row
    if value is None or as_of is None:
        return None
    day = as_of if isinstance(as_of, date) else date.fromisoformat(as_of)
    low, high, low_open, high_open = bounds(value, qualifier, upper)
    start, end = _period(day, precision)
    return Point(claim_id if isinstance(claim_id, uuid.UUID) else uuid.UUID(claim_id), key, value,
                 _KINDS.get(qualifier, EXACT), low, high, low_open, high_open, start, end, precision or "day",
                 status, attributed_to, reported_by, qualifier, day)


def read_series(project: Project) -> dict[SeriesKey, Series]:
    """Every series of the project with its points, read in one query."""
    names = canonical_names(project)
    with project.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            f"SELECT {', '.join(_COLUMNS)} FROM claim ORDER BY as_of IS NULL, as_of, id").fetchall()
    found: dict[SeriesKey, Series] = {}
    for row in rows:
        subject, measure = row[1].strip(), row[2].strip()
        key = SeriesKey(names.get(("subject", subject.casefold()), subject),
                        names.get(("measure", measure.casefold()), measure))
        series = found.get(key)
        if series is None:
            series = found[key] = Series(key)
        if row[10] == "rejected":
            series.rejected.append(uuid.UUID(row[0]))
            continue
        point = point_from_row(row, key)
        if point is not None:
            series.points.append(point)
        else:
            series.unplotted.append(uuid.UUID(row[0]))
    return {k: s for k, s in found.items() if s.count}


def series_key(names: dict[tuple[str, str], str], subject: str, measure: str) -> SeriesKey:
    subject, measure = subject.strip(), measure.strip()
    return SeriesKey(names.get(("subject", subject.casefold()), subject),
                     names.get(("measure", measure.casefold()), measure))


class SeriesSet:
    """The project's series, kept up to date from the changes of each operation
    without reading every claim again."""

    def __init__(self, project: Project | None) -> None:
        self.project = project
        self.names = canonical_names(project) if project else {}
        self.series: dict[SeriesKey, Series] = read_series(project) if project else {}
        self.where: dict[uuid.UUID, SeriesKey] = {}
        for key, found in self.series.items():
            for claim_id in (*(p.claim_id for p in found.points), *found.unplotted, *found.rejected):
                self.where[claim_id] = key

    def apply(self, changes) -> set[SeriesKey]:
        """Take the claim rows of ``changes`` into account; returns the series they touched."""
        touched: set[SeriesKey] = set()
        for change in changes.rows:
            if change.table != "claim":
                continue
            old = self.where.pop(change.id, None)
            if old is not None and old in self.series:
                found = self.series[old]
                found.points = [p for p in found.points if p.claim_id != change.id]
                found.unplotted = [c for c in found.unplotted if c != change.id]
                found.rejected = [c for c in found.rejected if c != change.id]
                touched.add(old)
                if not found.count and not found.rejected:
                    del self.series[old]
            if change.after is None:
                continue
            row = change.after
            key = series_key(self.names, row["subject"], row["measure"])
            found = self.series.get(key) or self.series.setdefault(key, Series(key))
            self.where[change.id] = key
            touched.add(key)
            status = getattr(row["status"], "value", row["status"])
            if status == "rejected":
                found.rejected.append(change.id)
                continue
            point = point_from_row(tuple(getattr(row[c], "value", row[c]) for c in _COLUMNS), key)
            if point is None:
                found.unplotted.append(change.id)
            else:
                found.points.append(point)
                found.points.sort(key=lambda p: p.start)
        for key in list(self.series):
            if not self.series[key].count:
                del self.series[key]
        return touched


# -- conflicts -------------------------------------------------------------------------------------
def _reason(a: Point, b: Point) -> str:
    from curator.figures import format_value

    def said(p: Point) -> str:
        if p.kind == RANGE:
            return f"{format_value(p.low)}–{format_value(p.high)}"
        qualifier = "" if p.qualifier == "exact" else f"{p.qualifier} "
        return f"{qualifier}{format_value(p.value)}"

    gap = abs(a.as_of.toordinal() - b.as_of.toordinal())
    when = "the same day" if gap == 0 else f"{gap} day{'s' if gap != 1 else ''} apart"
    return (f"{said(a)} ({a.as_of}, {a.source('person') if a.attributed_to else a.source('outlet')}) and "
            f"{said(b)} ({b.as_of}, {b.source('person') if b.attributed_to else b.source('outlet')}) "
            f"cannot both be true: {when}")


#: Conflicts listed at most; the total is still counted.
MAX_LISTED = 1000


class ConflictList(list):
    """Conflicts found (at most :data:`MAX_LISTED`), with how many there are in all."""

    total = 0


def conflicts(points: list[Point], window_days: float = DEFAULT_WINDOW_DAYS, limit: int = MAX_LISTED) -> ConflictList:
    """Pairs of points of one series, within ``window_days`` of each other (between
    their periods), whose values cannot both be true.

    Vectorised: each point is compared with its 1st, 2nd, … successor in date order,
    one numpy operation for all points at a time, until no successor is in reach."""
    import numpy as np

    window = window_days * SECONDS_PER_DAY
    by_series: dict[SeriesKey, list[Point]] = defaultdict(list)
    for point in points:
        by_series[point.series].append(point)
    found = ConflictList()
    for series_points in by_series.values():
        series_points.sort(key=lambda p: p.start)  # stable: ties keep the database's order
        n = len(series_points)
        if n < 2:
            continue
        start = np.array([p.start for p in series_points])
        end = np.array([p.end for p in series_points])
        low = np.array([-np.inf if p.low is None else p.low for p in series_points])
        high = np.array([np.inf if p.high is None else p.high for p in series_points])
        low_open = np.array([p.low_open for p in series_points])
        high_open = np.array([p.high_open for p in series_points])
        # A point's period may be long (a year): reach as far as the longest one needs.
        reach_end = np.maximum.accumulate(end)
        for step in range(1, n):
            a, b = slice(0, n - step), slice(step, n)
            near = start[b] - reach_end[a] <= window
            if not near.any():
                break
            gap = np.maximum(0.0, np.maximum(start[b] - end[a], start[a] - end[b]))
            lo = np.maximum(low[a], low[b])
            hi = np.minimum(high[a], high[b])
            lo_open = np.where(low[a] >= low[b], low_open[a], False) | np.where(low[b] >= low[a], low_open[b], False)
            hi_open = np.where(high[a] <= high[b], high_open[a], False) | np.where(high[b] <= high[a], high_open[b], False)
            incompatible = (lo > hi) | ((lo == hi) & (lo_open | hi_open))
            hits = np.nonzero(incompatible & (gap <= window))[0]
            found.total += len(hits)
            for i in hits[: max(0, limit - len(found))]:
                first, second = series_points[i], series_points[i + step]
                found.append(Conflict(first, second, _reason(first, second)))
    found.sort(key=lambda c: (c.a.series.label, c.a.start, c.b.start))
    return found
