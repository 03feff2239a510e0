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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import numpy as np

from curator import queries
from curator.enums import Precision, Qualifier, Status
from curator.errors import Cancelled
from curator.records import ClaimRow, claim_from_image
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
    """Values as small integers: the i-th value is ``names[codes[i]]``."""

    names: tuple
    codes: np.ndarray

    @classmethod
    def of(cls, values) -> Categories:
        names = tuple(dict.fromkeys(values))
        index = {name: i for i, name in enumerate(names)}
        return cls(names, np.fromiter(map(index.__getitem__, values), np.int32, len(values)))

    @classmethod
    def concatenate(cls, parts: list[Categories]) -> Categories:
        """One list of names for several parts, their codes renumbered into it."""
        index: dict = {}
        codes = [np.array([index.setdefault(n, len(index)) for n in part.names], np.int32)[part.codes]
                 if part.names else part.codes for part in parts]
        return cls(tuple(index), np.concatenate(codes) if codes else np.zeros(0, np.int32))

    def take(self, index: np.ndarray) -> Categories:
        return Categories(self.names, self.codes[index])

    def present(self) -> list:
        """The names some value has, in the order of their codes."""
        return [self.names[c] for c in np.unique(self.codes)]

    def __getitem__(self, i: int):
        return self.names[self.codes[i]]


#: The enumerations as :class:`Columns` keeps them: a value's index in these tuples.
QUALIFIERS, PRECISIONS, STATUSES = tuple(Qualifier), tuple(Precision), tuple(Status)
_QUALIFIER_CODES = {q: i for i, q in enumerate(QUALIFIERS)}
_PRECISION_CODES = {p: i for i, p in enumerate(PRECISIONS)} | {None: PRECISIONS.index(Precision.DAY)}
_STATUS_CODES = {s: i for i, s in enumerate(STATUSES)}
_KIND_CODES = {kind: i for i, kind in enumerate(KINDS)}
_KIND_OF_QUALIFIER = np.array([KINDS.index(_KINDS[q]) for q in QUALIFIERS], np.int8)
_FADED_STATUS = np.array([s in FADED for s in STATUSES])
#: How :class:`Columns` keeps a claim's id: its canonical text, 36 ASCII bytes.
ID = "S36"


@dataclass(frozen=True)
class Columns:
    """Points as numpy arrays, in the points' order: what drawing, fitting the axes,
    finding conflicts and the point under the mouse read, with no Python step per
    point. A :class:`Point` is made only when one is asked for (:meth:`point`)."""

    x: np.ndarray
    value: np.ndarray
    #: The highest value a point shows: its value, or a range's upper end.
    top: np.ndarray
    start: np.ndarray
    end: np.ndarray
    #: The values the qualifier allows; -inf and inf where unbounded.
    low: np.ndarray
    high: np.ndarray
    #: Index into :data:`KINDS`, :data:`QUALIFIERS`, :data:`PRECISIONS`, :data:`STATUSES`.
    kind: np.ndarray
    qualifier: np.ndarray
    precision: np.ndarray
    status: np.ndarray
    low_open: np.ndarray
    high_open: np.ndarray
    faded: np.ndarray
    as_of: np.ndarray
    #: The claims' ids as stored (text, as ASCII bytes: 36 bytes a point, not a Python object).
    ids: np.ndarray
    series: Categories
    reported_by: Categories
    attributed_to: Categories
    unit: Categories

    FLOATS = ("x", "value", "top", "start", "end", "low", "high")
    ARRAYS = (*FLOATS, "kind", "qualifier", "precision", "status", "low_open", "high_open", "faded", "as_of", "ids")
    CATEGORIES = ("series", "reported_by", "attributed_to", "unit")

    @classmethod
    def empty(cls) -> Columns:
        floats = [np.zeros(0) for _ in cls.FLOATS]
        codes = [np.zeros(0, np.int8) for _ in range(4)]
        flags = [np.zeros(0, bool) for _ in range(3)]
        return cls(*floats, *codes, *flags, np.zeros(0, "datetime64[D]"), np.zeros(0, ID),
                   *(Categories((), np.zeros(0, np.int32)) for _ in cls.CATEGORIES))

    @classmethod
    def of(cls, points: list[Point]) -> Columns:
        """Points as columns (one Python step per point: for a few, or for tests)."""
        if not points:
            return cls.empty()
        rows = [(p.x, p.value, p.high if p.kind == RANGE and p.high is not None else p.value, p.start, p.end,
                 -np.inf if p.low is None else p.low, np.inf if p.high is None else p.high,
                 _KIND_CODES[p.kind], _QUALIFIER_CODES[p.qualifier], _PRECISION_CODES[p.precision],
                 _STATUS_CODES[p.status], p.low_open, p.high_open, p.status in FADED, p.as_of, str(p.claim_id),
                 p.series, p.reported_by, p.attributed_to, p.unit) for p in points]
        values = list(zip(*rows, strict=True))
        floats, codes, flags = values[:7], values[7:11], values[11:14]
        return cls(*(np.array(column, float) for column in floats), *(np.array(c, np.int8) for c in codes),
                   *(np.array(f, bool) for f in flags), np.array(values[14], "datetime64[D]"),
                   np.array(values[15], ID), *(Categories.of(c) for c in values[16:]))

    @classmethod
    def read(cls, rows: list[tuple], key: SeriesKey) -> tuple[Columns, list[uuid.UUID]]:
        """A series' points from its claims as stored (:data:`curator.queries.FIGURE_COLUMNS`),
        in date order, computed in numpy as :func:`point_from_claim` computes one; and
        the claims without a value or a date (not plotted)."""
        unplotted = [uuid.UUID(row[0]) for row in rows if row[1] is None or row[4] is None]
        rows = [row for row in rows if row[1] is not None and row[4] is not None]
        if not rows:
            return cls.empty(), unplotted
        n = len(rows)
        ids, value, upper, qualifier, as_of, precision, status, attributed_to, reported_by, unit, created = zip(
            *rows, strict=True)
        value = np.array(value, float)
        upper = np.array(upper, float)  # None: nan
        qualifier = np.fromiter(map(_QUALIFIER_CODES.__getitem__, qualifier), np.int8, n)
        precision = np.fromiter(map(_PRECISION_CODES.__getitem__, precision), np.int8, n)
        status = np.fromiter(map(_STATUS_CODES.__getitem__, status), np.int8, n)
        day = np.array(as_of, "datetime64[D]")
        first, last = _periods(day, precision)
        kind = _KIND_OF_QUALIFIER[qualifier]
        low, high, low_open, high_open = _bounds(value, upper, qualifier)
        top = np.where(kind == _KIND_CODES[RANGE], high, value)
        start, end = _seconds(first), _seconds(last)
        columns = cls((start + end) / 2, value, top, start, end, low, high, kind, qualifier, precision, status,
                      low_open, high_open, _FADED_STATUS[status], day, np.array(ids, ID),
                      Categories((key,), np.zeros(n, np.int32)), Categories.of(reported_by),
                      Categories.of(attributed_to), Categories.of([u.strip() for u in unit]))
        # The database's order (date, then when made, then id), then by the start of the period.
        order = np.lexsort((columns.ids, np.array(created, str), day, start))
        return columns.take(order), unplotted

    @classmethod
    def concatenate(cls, parts: list[Columns]) -> Columns:
        if len(parts) == 1:
            return parts[0]
        if not parts:
            return cls.empty()
        return cls(*(np.concatenate([getattr(part, name) for part in parts]) for name in cls.ARRAYS),
                   *(Categories.concatenate([getattr(part, name) for part in parts]) for name in cls.CATEGORIES))

    def take(self, index: np.ndarray) -> Columns:
        return Columns(*(getattr(self, name)[index] for name in self.ARRAYS),
                       *(getattr(self, name).take(index) for name in self.CATEGORIES))

    def by_start(self) -> Columns:
        """In the order of the periods' starts (points that start together keep theirs)."""
        return self.take(np.argsort(self.start, kind="stable"))

    def point(self, i: int) -> Point:
        """The i-th point, as a :class:`Point`."""
        low, high = float(self.low[i]), float(self.high[i])
        return Point(
            uuid.UUID(self.ids[i].decode()), self.series[i], float(self.value[i]), KINDS[self.kind[i]],
            None if low == -np.inf else low, None if high == np.inf else high,
            bool(self.low_open[i]), bool(self.high_open[i]), float(self.start[i]), float(self.end[i]),
            PRECISIONS[self.precision[i]], STATUSES[self.status[i]], self.attributed_to[i], self.reported_by[i],
            QUALIFIERS[self.qualifier[i]], self.as_of[i].item(), unit=self.unit[i])

    def __len__(self) -> int:
        return len(self.x)


def _periods(day: np.ndarray, precision: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The first day of each date's period and the day after it (see :func:`_period`)."""
    month, year = day.astype("datetime64[M]"), day.astype("datetime64[Y]")
    by_month = precision == PRECISIONS.index(Precision.MONTH)
    by_year = precision == PRECISIONS.index(Precision.YEAR)
    first = np.where(by_year, year.astype("datetime64[D]"), np.where(by_month, month.astype("datetime64[D]"), day))
    last = np.where(by_year, (year + 1).astype("datetime64[D]"),
                    np.where(by_month, (month + 1).astype("datetime64[D]"), day + 1))
    return first, last


def _seconds(days: np.ndarray) -> np.ndarray:
    return days.astype("datetime64[s]").astype(np.int64).astype(float)


def _bounds(value: np.ndarray, upper: np.ndarray, qualifier: np.ndarray):
    """:func:`bounds` of many figures at once, with -inf and inf for None."""
    low, high = value.copy(), value.copy()
    low_open, high_open = np.zeros(len(value), bool), np.zeros(len(value), bool)

    def where(q: Qualifier) -> np.ndarray:
        return qualifier == _QUALIFIER_CODES[q]

    about = where(Qualifier.APPROXIMATELY)
    spread = np.abs(value[about]) * APPROXIMATE_TOLERANCE
    low[about], high[about] = value[about] - spread, value[about] + spread
    for q, opened in ((Qualifier.MORE_THAN, True), (Qualifier.AT_LEAST, False)):
        high[where(q)], low_open[where(q)] = np.inf, opened
    for q, opened in ((Qualifier.LESS_THAN, True), (Qualifier.AT_MOST, False)):
        low[where(q)], high_open[where(q)] = -np.inf, opened
    ranged = where(Qualifier.RANGE) & ~np.isnan(upper)
    low[ranged] = np.minimum(value[ranged], upper[ranged])
    high[ranged] = np.maximum(value[ranged], upper[ranged])
    return low, high, low_open, high_open


class PointList(Sequence):
    """The points of :class:`Columns` as a sequence of :class:`Point`, each made when
    it is read: a layout of 100,000 points holds arrays, not 100,000 objects."""

    def __init__(self, columns: Columns) -> None:
        self.columns = columns

    def __len__(self) -> int:
        return len(self.columns)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.columns.point(j) for j in range(*i.indices(len(self)))]
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        return self.columns.point(i % len(self))


class Series:
    """One series: how many claims it has (always known), and its points as
    :class:`Columns`, read from the database the first time they are asked for."""

    def __init__(self, key: SeriesKey, count: int = 0,
                 read: Callable[[SeriesKey], tuple[Columns, list[uuid.UUID]]] | None = None) -> None:
        self.key = key
        #: Claims of the series that are not rejected: plotted, or without a date or value.
        self.count = count
        self._read = read
        self._columns: Columns | None = None
        self._unplotted: list[uuid.UUID] = []

    def __repr__(self) -> str:
        return f"Series({self.key.label!r}, {self.count})"

    @property
    def loaded(self) -> bool:
        return self._columns is not None

    @property
    def columns(self) -> Columns:
        """The points as arrays, by date."""
        if self._columns is None:
            self._columns, self._unplotted = self._read(self.key) if self._read else (Columns.empty(), [])
        return self._columns

    @property
    def points(self) -> PointList:
        return PointList(self.columns)

    @property
    def unplotted(self) -> list[uuid.UUID]:
        """Claims of the series without a date or a value: listed, not plotted."""
        self.columns  # noqa: B018 (read with the points)
        return self._unplotted

    def unload(self) -> None:
        """Let the points go (they are read again when asked for)."""
        self._columns, self._unplotted = None, []

    def index(self, claim_id: uuid.UUID) -> int | None:
        """Where the claim's point is in :attr:`columns` (one comparison in C over the
        ids: a third of a millisecond at 100,000, against 15 ms to build a dict that
        each edit would make stale)."""
        found = np.flatnonzero(self.columns.ids == str(claim_id).encode())
        return int(found[0]) if len(found) else None

    def point(self, claim_id: uuid.UUID) -> Point | None:
        i = self.index(claim_id)
        return self.columns.point(i) if i is not None else None

    def replace(self, gone: set[uuid.UUID], claims: list[ClaimRow]) -> None:
        """Take out the points of ``gone`` and put in those of ``claims`` (loaded series only)."""
        if self._columns is None:
            return
        kept = self._columns
        if gone:
            if len(gone) > 16:  # a merge or an import: one pass
                texts = {str(claim_id).encode() for claim_id in gone}
                places = [i for i, text in enumerate(kept.ids.tolist()) if text in texts]
            else:
                places = [i for i in map(self.index, gone) if i is not None]
            if places:
                kept = kept.take(np.delete(np.arange(len(kept)), places))
            self._unplotted = [c for c in self._unplotted if c not in gone]
        new = []
        for claim in claims:
            point = point_from_claim(claim, self.key)
            if point is None:
                self._unplotted.append(claim.id)
            else:
                new.append(point)
        self._columns = Columns.concatenate([kept, Columns.of(new)]).by_start() if new else kept


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


def read_series(project: Project, cancelled: Callable[[], bool] | None = None) -> dict[SeriesKey, Series]:
    """Every series of the project with its points read (for a whole export or a test;
    the chart reads only the series it draws, through :class:`SeriesSet`)."""
    found = SeriesSet(project, cancelled).series
    for each in found.values():
        if cancelled is not None and cancelled():
            raise Cancelled()
        each.columns  # noqa: B018
    return found


class SeriesSet:
    """The project's series: every one's size, counted by SQLite, and the points of
    those asked for, read then; kept up to date from the changes of each operation
    without reading again."""

    def __init__(self, project: Project | None, cancelled: Callable[[], bool] | None = None) -> None:
        self.project = project
        self.names = queries.canonical_names(project) if project else {}
        #: The stored (subject, measure) spellings that fall into each series.
        self.spellings: dict[SeriesKey, set[tuple[str, str]]] = defaultdict(set)
        self.series: dict[SeriesKey, Series] = {}
        for subject, measure, count in (queries.series_spellings(project) if project else ()):
            key = series_key(self.names, subject, measure)
            self.spellings[key].add((subject, measure))
            self._series(key).count += count
        if cancelled is not None and cancelled():
            raise Cancelled()

    def _series(self, key: SeriesKey) -> Series:
        return self.series.get(key) or self.series.setdefault(key, Series(key, 0, self._read))

    def _read(self, key: SeriesKey) -> tuple[Columns, list[uuid.UUID]]:
        return Columns.read(queries.figures(self.project, self.spellings[key]), key)

    def _key(self, row) -> SeriesKey | None:
        """The series of a claim's row image, None for a rejected or absent claim."""
        if row is None or row["status"] == Status.REJECTED:
            return None
        key = series_key(self.names, row["subject"], row["measure"])
        self.spellings[key].add((row["subject"], row["measure"]))
        return key

    def apply(self, changes) -> set[SeriesKey]:
        """Take the claims ``changes`` wrote into account; returns the series they touched."""
        touched: set[SeriesKey] = set()
        gone: dict[SeriesKey, set[uuid.UUID]] = defaultdict(set)
        arrived: dict[SeriesKey, list[ClaimRow]] = defaultdict(list)
        for before, after in changes.images("claim"):
            old, new = self._key(before), self._key(after)
            if old is not None:
                self._series(old).count -= 1
                gone[old].add(before["id"])
            if new is not None:
                self._series(new).count += 1
                arrived[new].append(claim_from_image(after))
            touched |= {old, new} - {None}
        for key in touched:
            self.series[key].replace(gone.get(key, set()), arrived.get(key, []))
            if self.series[key].count <= 0:
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


#: Pairs of points compared at most when looking for a series' conflicts (about a quarter
#: of a second here): a dense series of 100,000 figures has hundreds of millions of pairs
#: within a month of each other, and the window must not freeze for them. The nearest
#: pairs in time are compared first.
MAX_COMPARED = 10_000_000


class ConflictList(list):
    """Conflicts found (at most :data:`MAX_LISTED`), with how many there are in all;
    when ``complete`` is False, ``total`` is how many were found, and there may be more
    (a series too dense to compare every pair: :data:`MAX_COMPARED`)."""

    total = 0
    complete = True

    def merge(self, other: ConflictList, limit: int = MAX_LISTED) -> None:
        """Add another list's conflicts (as many as ``limit`` leaves room for) and count."""
        self.extend(other[: max(0, limit - len(self))])
        self.total += other.total
        self.complete = self.complete and other.complete


def conflicts(points: list[Point], window_days: float = DEFAULT_WINDOW_DAYS, limit: int = MAX_LISTED) -> ConflictList:
    """Pairs of points of one series, within ``window_days`` of each other (between
    their periods), whose values cannot both be true (see :func:`conflicts_of`)."""
    by_series: dict[SeriesKey, list[Point]] = defaultdict(list)
    for point in points:
        by_series[point.series].append(point)
    found = ConflictList()
    for series_points in by_series.values():
        series_points.sort(key=lambda p: p.start)  # stable: ties keep the given order
        found.merge(conflicts_of(Columns.of(series_points), window_days, limit), limit)
    found.sort(key=lambda c: (c.a.series.label, c.a.start, c.b.start))
    return found


def _clash(c: Columns, a, b, window: float) -> np.ndarray:
    """Which of the pairs (a[k], b[k]) of points (slices or indices) are within ``window``
    seconds of each other, between their periods, with values that cannot both be true."""
    gap = np.maximum(0.0, np.maximum(c.start[b] - c.end[a], c.start[a] - c.end[b]))
    lo = np.maximum(c.low[a], c.low[b])
    hi = np.minimum(c.high[a], c.high[b])
    lo_open = (np.where(c.low[a] >= c.low[b], c.low_open[a], False)
               | np.where(c.low[b] >= c.low[a], c.low_open[b], False))
    hi_open = (np.where(c.high[a] <= c.high[b], c.high_open[a], False)
               | np.where(c.high[b] <= c.high[a], c.high_open[b], False))
    return ((lo > hi) | ((lo == hi) & (lo_open | hi_open))) & (gap <= window)


def _listed(found: ConflictList, columns: Columns, pairs, limit: int) -> None:
    for i, j in pairs:
        if len(found) >= limit:
            break
        first, second = columns.point(i), columns.point(j)
        found.append(Conflict(first, second, _reason(first, second)))


def conflicts_of(columns: Columns, window_days: float = DEFAULT_WINDOW_DAYS, limit: int = MAX_LISTED,
                 compared: int | None = None) -> ConflictList:
    """Conflicts among the points of one series, in the order of their starts.

    Vectorised: each point is compared with its 1st, 2nd, … successor in date order,
    one numpy operation for all points at a time, until no successor is in reach, or
    until ``compared`` pairs were (:data:`MAX_COMPARED`; then the list is not
    ``complete``). Only the conflicts listed become :class:`Point` s."""
    window = window_days * SECONDS_PER_DAY
    compared = MAX_COMPARED if compared is None else compared
    found = ConflictList()
    n = len(columns)
    # A point's period may be long (a year): reach as far as the longest one needs.
    reach_end = np.maximum.accumulate(columns.end) if n else columns.end
    for step in range(1, n):
        a, b = slice(0, n - step), slice(step, n)
        if not (columns.start[b] - reach_end[a] <= window).any():
            break
        if compared <= 0 and step > 1:  # each point and the next are always compared
            found.complete = False
            break
        compared -= n - step
        hits = np.flatnonzero(_clash(columns, a, b, window))
        found.total += len(hits)
        _listed(found, columns, ((i, i + step) for i in hits[: max(0, limit - len(found))].tolist()), limit)
    found.sort(key=lambda c: (c.a.series.label, c.a.start, c.b.start))
    return found


def conflicts_with(columns: Columns, marked: np.ndarray, window_days: float = DEFAULT_WINDOW_DAYS,
                   limit: int = MAX_LISTED) -> ConflictList:
    """The conflicts of one series (points by start) that involve the ``marked`` points
    (a mask): each marked point against every other, a pair of two marked ones once."""
    window = window_days * SECONDS_PER_DAY
    found = ConflictList()
    everyone = np.arange(len(columns))
    for i in np.flatnonzero(marked).tolist():
        others = everyone[(everyone != i) & ~(marked & (everyone < i))]
        hits = others[_clash(columns, np.full(len(others), i), others, window)]
        found.total += len(hits)
        _listed(found, columns, (sorted((i, j)) for j in hits.tolist()), limit)
    found.sort(key=lambda c: (c.a.series.label, c.a.start, c.b.start))
    return found


def conflicts_around(cached: ConflictList, before: Columns, after: Columns, changed: set[str],
                     window_days: float = DEFAULT_WINDOW_DAYS, limit: int = MAX_LISTED) -> ConflictList:
    """A series' conflicts after an edit of a few of its claims (``changed``: their ids
    as text), from its conflicts before: those of the changed claims taken out and
    found again, not the whole series. The same as :func:`conflicts_of` ``(after)``
    when every conflict was listed; when the list was cut at ``limit``, the total is
    still exact (a lower bound when the list is not ``complete``) and the list holds
    only true conflicts."""

    def marked(columns: Columns) -> np.ndarray:
        found = np.zeros(len(columns), bool)
        for text in changed:  # a few: one comparison in C over the ids each
            found |= columns.ids == text.encode()
        return found

    found = ConflictList(c for c in cached if str(c.a.claim_id) not in changed and str(c.b.claim_id) not in changed)
    # The conflicts counted that did not involve the changed claims are still there:
    # when not every pair was compared, the total stays a lower bound.
    found.total = cached.total - conflicts_with(before, marked(before), window_days, limit=0).total
    found.complete = cached.complete
    found.merge(conflicts_with(after, marked(after), window_days, max(0, limit - len(found))), limit)
    found.total = max(found.total, len(found))
    found.sort(key=lambda c: (c.a.series.label, c.a.start, c.b.start))
    return found
