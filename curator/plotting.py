"""What the chart pane shows, decided without Qt: which points of the ticked series are
drawn, how they group into markers of one source, kind and shade, which conflicts are
listed (kept per series, found again only where claims changed) and what a point's
hover text says. The pane (``curator/ui/chart.py``) only draws it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from curator import queries
from curator.i18n import translate
from curator.partialdate import format_partial_date
from curator.series import (
    DEFAULT_WINDOW_DAYS,
    KINDS,
    MAX_LISTED,
    SOURCE_FIELDS,
    UNKNOWN_SOURCE,
    Categories,
    Columns,
    ConflictList,
    Point,
    PointList,
    SeriesKey,
    SeriesSet,
    conflicts_around,
    conflicts_of,
    said,
)
from curator.storage import Project


@dataclass(frozen=True)
class View:
    """What the curator chose to see."""

    ticked: frozenset[SeriesKey] = frozenset()
    show_faded: bool = True
    colour_by: str = "outlet"
    window_days: int = DEFAULT_WINDOW_DAYS


#: A series of more points than this is not joined by a line: it would be a scribble (and
#: slow to draw); colour by series tells such series apart.
LINE_POINTS = 500
#: Points of series no longer ticked that are kept (as arrays, about 120 bytes a point),
#: so that ticking one again does not read it again; beyond this, they are let go.
KEEP_POINTS = 500_000
#: Characters of measure names the value axis has room for.
MEASURES_ROOM = 24


@dataclass
class Layout:
    """The points to draw, grouped as the pane draws them (one marker item per group)."""

    #: The points to draw, each made when read from :attr:`columns`.
    points: PointList = field(default_factory=lambda: PointList(Columns.empty()))
    #: The same points as arrays, in the same order.
    columns: Columns = field(default_factory=Columns.empty)
    #: Every source of a drawn point (outlet or person), sorted: the legend, and colour order.
    sources: list[str] = field(default_factory=list)
    #: (source, kind, faded) → its points, as indices into :attr:`points` and :attr:`columns`.
    groups: dict[tuple[str, str, bool], np.ndarray] = field(default_factory=dict)
    #: Claims of the ticked series that have no date or no value.
    unplotted: int = 0
    #: The highest value to show: every value, and the upper ends of ranges.
    highest: float = 0.0
    lowest: float = 0.0
    #: What the drawn points count, and in which units (sorted; no unit left out).
    measures: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    #: With several series ticked and colour telling sources apart: each series' points
    #: by date, joined by a line of its own style, so the series are told apart too.
    lines: dict[SeriesKey, list[Point]] = field(default_factory=dict)

    def members(self, group: tuple[str, str, bool]) -> list[Point]:
        return [self.points[i] for i in self.groups[group]]

    def title(self) -> str:
        """What is plotted, as a chart's title: the ticked series' names."""
        return "; ".join(key.label for key in self.columns.series.present())

    def credits(self) -> tuple[list[str], list[str]]:
        """(outlets, people) of the drawn points, for a published chart's footnote."""
        outlets = sorted(set(self.columns.reported_by.present()) - {""}, key=str.casefold)
        people = sorted(set(self.columns.attributed_to.present()) - {""}, key=str.casefold)
        return outlets, people

    def value_axis(self) -> str:
        """The y axis's title: "in captivity · people"; several measures joined; units
        that differ said so rather than mixed silently."""
        if not self.points:
            return ""
        title = " / ".join(self.measures)
        if not title or len(title) > MEASURES_ROOM:  # several long names: the axis would cut them
            title = translate("chart", "Value")
        if len(self.units) == 1:
            return f"{title} · {self.units[0]}"
        if len(self.units) > 1:
            return translate("chart", "{title} · mixed units: {units}").format(title=title, units=", ".join(self.units))
        return title


#: An edit of at most this many claims finds conflicts again around them only; a larger
#: change (a merge, an import) finds those of the series it touched again whole.
AROUND_AT_MOST = 64


def grouped(codes: np.ndarray) -> list[tuple[int, np.ndarray]]:
    """(code, the positions that hold it, in their order) for each code present, by code:
    points grouped without a Python step per point."""
    if not len(codes):
        return []
    order = np.argsort(codes, kind="stable")  # stable: each group in the points' order
    found, first = np.unique(codes[order], return_index=True)
    return list(zip(found.tolist(), np.split(order, first[1:]), strict=True))


def _shown(columns: Columns, show_faded: bool) -> Columns:
    return columns if show_faded else columns.take(np.flatnonzero(~columns.faded))


@dataclass(frozen=True)
class Description:
    """A point in words, for its hover text."""

    value: str
    when: str
    series: str
    attributed_to: str
    reported_by: str
    status: str
    quote: str


class Chart:
    """The project's series with what the pane needs of them, kept up to date by
    :meth:`apply` from each operation's changes."""

    def __init__(self, project: Project | None, cancelled: Callable[[], bool] | None = None) -> None:
        self.project = project
        #: Every series' size; the points of those drawn (or asked for), read when first drawn.
        self.series_set = SeriesSet(project, cancelled)
        self._conflicts: dict[tuple[SeriesKey, bool, int], ConflictList] = {}
        self._quotes: dict[uuid.UUID, str] = {}
        self._entries = queries.entry_ids(project) if project is not None else {}

    def identity(self, key: SeriesKey) -> str:
        """What a series is, whatever it is called: its subject's and measure's
        vocabulary entries (their ids), or their spellings when not in the vocabulary.
        A rename, a new alias or a merge of entries keeps it."""
        parts = []
        for kind, name in (("subject", key.subject), ("measure", key.measure)):
            folded = queries.fold(name)
            parts.append(self._entries.get((kind, folded), "=" + folded))
        return "|".join(parts)

    def keys_of(self, identities) -> set[SeriesKey]:
        """The series that have these identities now."""
        wanted = set(identities)
        return {key for key in self.series if self.identity(key) in wanted}

    @property
    def series(self):
        return self.series_set.series

    def apply(self, changes) -> set[SeriesKey]:
        """Take an operation's changes into account; returns the series whose drawing
        or size may have changed (every series, after a change of the vocabulary)."""
        if changes.vocabulary_changed:  # aliases may move claims between series
            self.__init__(self.project)
            return set(self.series)
        if changes.evidence_changed or changes.touches("span"):
            self._quotes.clear()
        if not changes.touches("claim"):
            return set()
        before = {key: self.series[key].columns for key in {c[0] for c in self._conflicts}
                  if key in self.series and self.series[key].loaded}
        changed = {str(claim_id) for claim_id in changes.ids("claim")}
        touched = self.series_set.apply(changes)
        for cache_key in [c for c in self._conflicts if c[0] in touched]:
            key, show_faded, window_days = cache_key
            cached = self._conflicts.pop(cache_key)
            if key in before and key in self.series and len(changed) <= AROUND_AT_MOST:
                # Found again around the changed claims only (an edit in a large series).
                self._conflicts[cache_key] = conflicts_around(
                    cached, _shown(before[key], show_faded), _shown(self.series[key].columns, show_faded),
                    changed, window_days)
        return touched

    def largest(self) -> set[SeriesKey]:
        """The series ticked at a first opening: the one with the most claims."""
        return {min(self.series, key=lambda k: (-self.series[k].count, k.label))} if self.series else set()

    def prepare(self, keys) -> None:
        """Read these series' points now (on a worker thread, before they are drawn)."""
        for key in keys:
            if key in self.series:
                self.series[key].columns  # noqa: B018

    def layout(self, view: View) -> Layout:
        """The ticked series' points and how they are drawn, from the series' arrays
        (read from the database when a series is first ticked): no Python step per
        point. Series no longer ticked keep theirs up to :data:`KEEP_POINTS`."""
        ticked = sorted((key for key in view.ticked if key in self.series), key=lambda k: k.label)
        aside = [each for key, each in self.series.items() if each.loaded and key not in view.ticked]
        if sum(len(each.columns) for each in aside) > KEEP_POINTS:
            for each in aside:
                each.unload()
        parts = [self.series[key] for key in ticked]
        columns = Columns.concatenate([part.columns for part in parts])
        if view.show_faded:
            lengths = [len(part.columns) for part in parts]
        else:
            lengths = [int(np.count_nonzero(~part.columns.faded)) for part in parts]
            columns = _shown(columns, False)
        points = PointList(columns)
        field_name = SOURCE_FIELDS[view.colour_by]
        if field_name is None:  # coloured by series
            by = Categories(tuple(key.label for key in ticked), np.repeat(np.arange(len(ticked), dtype=np.int32), lengths))
        else:
            by = getattr(columns, field_name)
        names = [name or UNKNOWN_SOURCE for name in by.names]
        sources = sorted({names[code] for code in np.unique(by.codes)})
        rank = {source: i for i, source in enumerate(sources)}
        source = np.array([rank.get(name, -1) for name in names], np.int64)[by.codes] if names else by.codes
        code = (source * len(KINDS) + columns.kind) * 2 + columns.faded
        groups = {(sources[c // (2 * len(KINDS))], KINDS[c // 2 % len(KINDS)], bool(c % 2)): members
                  for c, members in grouped(code)}
        lines: dict[SeriesKey, list[Point]] = {}
        if field_name is not None and len(ticked) > 1:
            for key in ticked:
                if len(self.series[key].columns) <= LINE_POINTS:  # large series cost nothing here
                    members = [p for p in self.series[key].points if view.show_faded or not p.faded]
                    if members:
                        lines[key] = sorted(members, key=lambda p: p.x)
        return Layout(points, columns, sources, groups, sum(len(self.series[key].unplotted) for key in ticked),
                      float(columns.top.max()) if points else 0.0, float(columns.value.min()) if points else 0.0,
                      sorted({key.measure for key, length in zip(ticked, lengths, strict=True) if length}),
                      sorted(set(columns.unit.present()) - {""}), lines)

    def find(self, view: View, claim_id: uuid.UUID | None) -> Point | None:
        """The drawn point of a claim, if it is drawn."""
        if claim_id is None:
            return None
        for key in view.ticked:
            point = self.series[key].point(claim_id) if key in self.series else None
            if point is not None:
                return point if view.show_faded or not point.faded else None
        return None

    def conflicts(self, view: View) -> ConflictList:
        """Conflicts among the drawn points of the ticked series (at most
        :data:`~curator.series.MAX_LISTED` listed, all counted)."""
        found = ConflictList()
        for key in sorted(view.ticked, key=lambda k: k.label):
            if key not in self.series:
                continue
            cache_key = (key, view.show_faded, view.window_days)
            cached = self._conflicts.get(cache_key)
            if cached is None:
                cached = self._conflicts[cache_key] = conflicts_of(
                    _shown(self.series[key].columns, view.show_faded), view.window_days)
            found.merge(cached, MAX_LISTED)
        return found

    def describe(self, point: Point) -> Description:
        if point.claim_id not in self._quotes and self.project is not None:
            self._quotes.update(queries.first_quotes(self.project, [point.claim_id]))
            self._quotes.setdefault(point.claim_id, "")  # no evidence: asked once too
        return Description(
            said(point), format_partial_date(point.as_of, point.precision), point.series.label,
            point.attributed_to, point.reported_by, str(point.status), self._quotes.get(point.claim_id, ""))
