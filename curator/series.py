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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import numpy as np

from curator import queries
from curator.enums import Precision, Qualifier, Status
from curator.errors import Cancelled
from curator.records import ClaimRow
from curator.storage import Project

#: How far "about" / "approximately" reaches either side of its value.
APPROXIMATE_TOLERANCE = 0.10
DEFAULT_WINDOW_DAYS = 31
SECONDS_PER_DAY = 86_400
#: The kinds of point, by what the qualifier says.
EXACT, APPROXIMATE, LOWER_BOUND, UPPER_BOUND, RANGE = "exact", "approximate", "lower bound", "upper bound", "range"
#: The kinds in code order: a point's kind in :class:`Columns` is its index here.
KINDS = (EXACT, APPROXIMATE, LOWER_BOUND, UPPER_BOUND, RANGE)
#: What "colour by outlet / person" reads of a claim, and what a missing one is called.
#: What colours a chart's points: an attribute of each point (its outlet or person), or
#: its series (None: the series' label).
SOURCE_FIELDS = {"outlet": "reported_by", "person": "attributed_to", "series": None}
UNKNOWN_SOURCE = "(unknown)"
_KINDS = {Qualifier.EXACT: EXACT, Qualifier.APPROXIMATELY: APPROXIMATE, Qualifier.MORE_THAN: LOWER_BOUND,
          Qualifier.AT_LEAST: LOWER_BOUND, Qualifier.LESS_THAN: UPPER_BOUND, Qualifier.AT_MOST: UPPER_BOUND,
          Qualifier.RANGE: RANGE}
#: Claims drawn faded (not yet checked, or disputed); rejected ones are not drawn.
FADED = frozenset({Status.DRAFT, Status.DISPUTED})


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
    precision: Precision
    status: Status
    attributed_to: str
    reported_by: str
    qualifier: Qualifier
    as_of: date
    #: Where the point is drawn: the middle of its period.
    x: float = 0.0
    unit: str = ""

    def __post_init__(self) -> None:
        self.x = (self.start + self.end) / 2

    @property
    def faded(self) -> bool:
        return self.status in FADED

    def source(self, by: str) -> str:
        field_name = SOURCE_FIELDS[by]
        return (getattr(self, field_name) if field_name else self.series.label) or UNKNOWN_SOURCE


@dataclass(frozen=True)
class Conflict:
    a: Point
    b: Point
    reason: str

    @property
    def claim_ids(self) -> tuple[uuid.UUID, uuid.UUID]:
        return self.a.claim_id, self.b.claim_id


@dataclass(frozen=True)
class Categories:
    """Strings as small integers: the i-th value is ``names[codes[i]]``."""

    names: tuple[str, ...]
    codes: np.ndarray

    @classmethod
    def of(cls, values: tuple[str, ...]) -> Categories:
        names = tuple(dict.fromkeys(values))
        index = {name: i for i, name in enumerate(names)}
        return cls(names, np.fromiter(map(index.__getitem__, values), np.int32, len(values)))

    @classmethod
    def concatenate(cls, parts: list[Categories]) -> Categories:
        """One list of names for several parts, their codes renumbered into it."""
        index: dict[str, int] = {}
        codes = [np.array([index.setdefault(n, len(index)) for n in part.names], np.int32)[part.codes]
                 if part.names else part.codes for part in parts]
        return cls(tuple(index), np.concatenate(codes) if codes else np.zeros(0, np.int32))

    def take(self, index: np.ndarray) -> Categories:
        return Categories(self.names, self.codes[index])

    def present(self) -> list[str]:
        """The names some value has."""
        return [self.names[c] for c in np.unique(self.codes)]


@dataclass(frozen=True)
class Columns:
    """Points as numpy arrays, in the points' order: what drawing, fitting the axes and
    finding the point under the mouse read, with no Python step per point."""

    x: np.ndarray
    value: np.ndarray
    #: The highest value a point shows: its value, or a range's upper end.
    top: np.ndarray
    start: np.ndarray
    end: np.ndarray
    #: Index into :data:`KINDS`.
    kind: np.ndarray
    faded: np.ndarray
    reported_by: Categories
    attributed_to: Categories
    unit: Categories

    FLOATS = ("x", "value", "top", "start", "end")

    @classmethod
    def of(cls, points: list[Point]) -> Columns:
        """One Python step per point (a tuple of what is kept); the rest is done in C."""
        n = len(points)
        if not n:
            empty = np.zeros(0)
            return cls(*([empty] * len(cls.FLOATS)), np.zeros(0, np.int8), np.zeros(0, bool),
                       *(Categories((), np.zeros(0, np.int32)) for _ in range(3)))
        rows = [(p.x, p.value, p.high if p.kind == RANGE and p.high is not None else p.value, p.start, p.end,
                 p.kind, p.status, p.reported_by, p.attributed_to, p.unit) for p in points]
        *floats, kinds, statuses, reported_by, attributed_to, units = zip(*rows, strict=True)
        codes = {kind: i for i, kind in enumerate(KINDS)}
        return cls(
            *(np.array(column, float) for column in floats),
            np.fromiter(map(codes.__getitem__, kinds), np.int8, n),
            np.fromiter(map(FADED.__contains__, statuses), bool, n),
            Categories.of(reported_by), Categories.of(attributed_to), Categories.of(units))

    @classmethod
    def concatenate(cls, parts: list[Columns]) -> Columns:
        if len(parts) == 1:
            return parts[0]
        if not parts:
            return cls.of([])
        return cls(*(np.concatenate([getattr(part, name) for part in parts]) for name in cls.FLOATS),
                   np.concatenate([part.kind for part in parts]), np.concatenate([part.faded for part in parts]),
                   *(Categories.concatenate([getattr(part, name) for part in parts])
                     for name in ("reported_by", "attributed_to", "unit")))

    def take(self, index: np.ndarray) -> Columns:
        return Columns(*(getattr(self, name)[index] for name in self.FLOATS), self.kind[index], self.faded[index],
                       self.reported_by.take(index), self.attributed_to.take(index), self.unit.take(index))

    def __len__(self) -> int:
        return len(self.x)


@dataclass
class Series:
    key: SeriesKey
    points: list[Point] = field(default_factory=list)
    #: Claims of the series without a date or a value: listed, not plotted.
    unplotted: list[uuid.UUID] = field(default_factory=list)
    #: Rejected claims: neither plotted nor counted.
    rejected: list[uuid.UUID] = field(default_factory=list)
    _columns: Columns | None = field(default=None, repr=False, compare=False)
    _by_claim: dict[uuid.UUID, Point] | None = field(default=None, repr=False, compare=False)

    @property
    def count(self) -> int:
        return len(self.points) + len(self.unplotted)

    @property
    def columns(self) -> Columns:
        """The points as arrays, made once and again only when the series changes."""
        if self._columns is None:
            self._columns = Columns.of(self.points)
        return self._columns

    def point(self, claim_id: uuid.UUID) -> Point | None:
        if self._by_claim is None:
            self._by_claim = {p.claim_id: p for p in self.points}
        return self._by_claim.get(claim_id)

    def changed(self) -> None:
        """Its points changed: what was made of them is made again when asked."""
        self._columns = self._by_claim = None


# -- reading -------------------------------------------------------------------------------------
def _period(day: date, precision: Precision | None) -> tuple[float, float]:
    if precision is Precision.YEAR:
        first, last = date(day.year, 1, 1), date(day.year + 1, 1, 1)
    elif precision is Precision.MONTH:
        days = calendar.monthrange(day.year, day.month)[1]
        first = date(day.year, day.month, 1)
        last = date.fromordinal(first.toordinal() + days)
    else:
        first, last = day, date.fromordinal(day.toordinal() + 1)

    def seconds(d: date) -> float:
        return datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp()

    return seconds(first), seconds(last)


def bounds(value: float, qualifier: Qualifier, upper: float | None) -> tuple[float | None, float | None, bool, bool]:
    """(low, high, low_open, high_open): the values a qualified figure allows."""
    if qualifier is Qualifier.APPROXIMATELY:
        spread = abs(value) * APPROXIMATE_TOLERANCE
        return value - spread, value + spread, False, False
    if qualifier is Qualifier.MORE_THAN:
        return value, None, True, False
    if qualifier is Qualifier.AT_LEAST:
        return value, None, False, False
    if qualifier is Qualifier.LESS_THAN:
        return None, value, False, True
    if qualifier is Qualifier.AT_MOST:
        return None, value, False, False
    if qualifier is Qualifier.RANGE and upper is not None:
        return min(value, upper), max(value, upper), False, False
    return value, value, False, False


def point_from_claim(claim: ClaimRow, key: SeriesKey) -> Point | None:
    """The point a claim draws; None when it cannot be plotted (no date or no value)."""
    if claim.value is None or claim.as_of is None:
        return None
    low, high, low_open, high_open = bounds(claim.value, claim.qualifier, claim.upper_value)
    start, end = _period(claim.as_of, claim.as_of_precision)
    return Point(claim.id, key, claim.value, _KINDS[claim.qualifier], low, high, low_open, high_open, start, end,
                 claim.as_of_precision or Precision.DAY, claim.status, claim.attributed_to, claim.reported_by,
                 claim.qualifier, claim.as_of, unit=claim.unit.strip())


def series_key(names: dict[tuple[str, str], str], subject: str, measure: str) -> SeriesKey:
    subject, measure = subject.strip(), measure.strip()
    return SeriesKey(names.get(("subject", queries.fold(subject)), subject),
                     names.get(("measure", queries.fold(measure)), measure))


def _place(series: dict[SeriesKey, Series], claim: ClaimRow, key: SeriesKey) -> None:
    """File a claim in its series: a point, unplotted, or rejected."""
    found = series.get(key) or series.setdefault(key, Series(key))
    if claim.status is Status.REJECTED:
        found.rejected.append(claim.id)
        return
    point = point_from_claim(claim, key)
    if point is None:
        found.unplotted.append(claim.id)
    else:
        found.points.append(point)


def read_series(project: Project, cancelled: Callable[[], bool] | None = None) -> dict[SeriesKey, Series]:
    """Every series of the project with its points (in date order), read in one query;
    ``cancelled`` is asked every few thousand claims (the chart of a large project is
    read on a worker thread, which a closing window stops)."""
    names = queries.canonical_names(project)
    found: dict[SeriesKey, Series] = {}
    for i, claim in enumerate(queries.claims(project)):
        if cancelled is not None and i % 5000 == 0 and cancelled():
            raise Cancelled()
        _place(found, claim, series_key(names, claim.subject, claim.measure))
    found = {k: s for k, s in found.items() if s.count}
    for each in found.values():  # the arrays the chart draws, made with the points
        each.columns  # noqa: B018
    return found


class SeriesSet:
    """The project's series, kept up to date from the changes of each operation
    without reading every claim again."""

    def __init__(self, project: Project | None, cancelled: Callable[[], bool] | None = None) -> None:
        self.project = project
        self.names = queries.canonical_names(project) if project else {}
        self.series: dict[SeriesKey, Series] = read_series(project, cancelled) if project else {}
        self.where: dict[uuid.UUID, SeriesKey] = {}
        for key, found in self.series.items():
            for claim_id in (*(p.claim_id for p in found.points), *found.unplotted, *found.rejected):
                self.where[claim_id] = key

    def apply(self, changes) -> set[SeriesKey]:
        """Take the claims ``changes`` wrote into account; returns the series they touched."""
        touched: set[SeriesKey] = set()
        for claim_id, claim in changes.claims().items():
            old = self.where.pop(claim_id, None)
            if old is not None and old in self.series:
                found = self.series[old]
                found.points = [p for p in found.points if p.claim_id != claim_id]
                found.unplotted = [c for c in found.unplotted if c != claim_id]
                found.rejected = [c for c in found.rejected if c != claim_id]
                touched.add(old)
                if not found.count and not found.rejected:
                    del self.series[old]
            if claim is None:
                continue
            key = series_key(self.names, claim.subject, claim.measure)
            self.where[claim_id] = key
            touched.add(key)
            _place(self.series, claim, key)
            self.series[key].points.sort(key=lambda p: p.start)
        for key in touched & self.series.keys():
            self.series[key].changed()
        for key in list(self.series):
            if not self.series[key].count:
                del self.series[key]
        return touched


# -- conflicts -------------------------------------------------------------------------------------
def said(point: Point) -> str:
    """The figure as the claim states it: '2,500', 'approximately 2,500', '900–1,000'."""
    from curator.figures import format_value

    if point.kind == RANGE:
        return f"{format_value(point.low)}–{format_value(point.high)}"
    value = format_value(point.value)
    return value if point.qualifier is Qualifier.EXACT else f"{point.qualifier} {value}"


def _reason(a: Point, b: Point) -> str:
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
