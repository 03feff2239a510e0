"""The chart pane: figures of the ticked series over time, drawn as their qualifiers say.

Exact figures are filled circles; "about" hollow circles; lower bounds ("more than",
"at least") triangles with a bar upwards; upper bounds triangles with a bar downwards;
ranges a bar from value to upper value. A date known only to the month or year is a
horizontal bar across that period. Colour is the source (outlet or person); drafts and
disputed claims are faded; conflicts are ringed in red and listed under the plot.

What is drawn, grouped, listed and said on hover is decided by :mod:`curator.plotting`
(over :mod:`curator.series`); this module only draws it, with one scatter item per
colour and style (brushes are shared, never one per point).
Imported lazily: pyqtgraph loads after the main window has painted.
"""

from __future__ import annotations

import uuid
from datetime import date
from html import escape
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from curator import plotting, timeaxis
from curator import series as core
from curator.enums import Precision, Qualifier
from curator.files import built_beside
from curator.ui.labels import QUALIFIERS, STATUSES, local_date, local_number
from curator.ui.session import ProjectSession

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f",
           "#bcbd22"]
SYMBOLS = {core.EXACT: "o", core.APPROXIMATE: "o", core.LOWER_BOUND: "t1", core.UPPER_BOUND: "t", core.RANGE: "s"}
FADED_ALPHA = 80
#: How series are told apart when colour shows the sources.
LINE_STYLES = [Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
               Qt.PenStyle.DashDotDotLine]
HOVER_PIXELS = 10
#: Bound and range bars, in pixels: Qt draws one-pixel lines directly and strokes wider
#: ones as shapes (33,000 bars: 2 ms a repaint at 1 pixel, 45 ms at 1.6 or 2).
BAR_WIDTH = 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 10
#: Above this many points, conflicts are looked for after the points are painted.
LARGE = 20_000
#: A marker group of more points than this is drawn as one item per month, so that an
#: edit draws again the month it changed (pyqtgraph sets a whole item's points again:
#: 0.2 s for 100,000).
SPLIT_FROM = 5_000
MONTH_SECONDS = 365.2425 / 12 * 86_400

pg.setConfigOptions(antialias=True, background="w", foreground="#333")


def _colour(hex_colour: str, faded: bool) -> QColor:
    colour = QColor(hex_colour)
    if faded:
        colour.setAlpha(FADED_ALPHA)
    return colour


class _Curve(pg.PlotCurveItem):
    """A curve as wide in logical pixels on every device: in an image exported at twice
    the pixels its lines are twice as many pixels wide, as they look on screen (Qt
    draws a cosmetic pen's width in device pixels)."""

    def paint(self, painter, option, widget=None) -> None:
        from PySide6.QtGui import QPen

        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pen = self.opts["pen"]
        if ratio == 1.0 or pen is None:
            super().paint(painter, option, widget)
            return
        wider = QPen(pen)
        wider.setWidthF(max(1.0, pen.widthF()) * ratio)
        self.opts["pen"] = wider
        try:
            super().paint(painter, option, widget)
        finally:
            self.opts["pen"] = pen


class _Bars(_Curve):
    """Bars (bounds, ranges, periods) as separate segments of one item, drawn by
    ``QPainter.drawLines`` straight from numpy arrays, without antialiasing (straight
    lines along the axes: nothing to smooth). pyqtgraph's error bars stroke one path
    of every bar: 63 of a repaint's 80 ms at 100,000 points (benchmarks/chart.py)."""

    def __init__(self) -> None:
        super().__init__(connect="pairs", antialias=False, skipFiniteCheck=True)
        self.setSegmentedLineMode("on")  # also for faded (translucent) pens
        self.setVisible(False)

    def set_bars(self, x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray, pen) -> None:
        """A bar from each (x0, y0) to (x1, y1); none hides the item (an empty curve
        would still claim a box at the origin in the auto-range)."""
        x, y = np.empty(2 * len(x0)), np.empty(2 * len(x0))
        x[0::2], x[1::2], y[0::2], y[1::2] = x0, x1, y0, y1
        self.setData(x=x, y=y, pen=pen)
        self.setVisible(len(x0) > 0)


class _Group:
    """The items that draw one colour and style: markers, bound bars, period bars."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.scatter = pg.ScatterPlotItem()
        self.bounds = _Bars()
        self.periods = _Bars()
        for item in (self.periods, self.bounds, self.scatter):
            plot.addItem(item)

    def remove(self, plot: pg.PlotItem) -> None:
        for item in (self.scatter, self.bounds, self.periods):
            plot.removeItem(item)


class TimeAxis(pg.AxisItem):
    """The bottom axis, ticked and labelled by :mod:`curator.timeaxis` (Qt-free) in the
    window's language: years; months with their year; days with month and year."""

    #: About this many pixels per label.
    PIXELS_PER_TICK = 95

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self._labels: dict[float, str] = {}

    def tickValues(self, minVal, maxVal, size):
        from PySide6.QtCore import QLocale

        locale = QLocale()
        months = [locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
        found = timeaxis.ticks(minVal, maxVal, max(1, int(size // self.PIXELS_PER_TICK)), months)
        self._labels = {tick.seconds: tick.label for tick in found}
        return [(timeaxis.DAY, [tick.seconds for tick in found])]

    def tickStrings(self, values, scale, spacing):
        return [self._labels.get(value, "") for value in values]


class ChartPane(QWidget):
    #: Projects with this many claims or more have the ticked series' points read on a
    #: worker thread (100,000 points take about half a second); smaller ones at once.
    IN_BACKGROUND_FROM = 20_000
    #: The curator clicked a point: its claim.
    claimActivated = Signal(object)
    #: The curator chose a conflict: both claims.
    claimsSelected = Signal(list)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPane")
        self.session = session
        self.chart = plotting.Chart(None)
        self._reading = None  # the job reading the figures of a large project
        self._arrived: list = []  # changes applied meanwhile
        self.layout = plotting.Layout()
        self.points: list[core.Point] = []
        self.found_conflicts = core.ConflictList()
        #: id of a listed conflict → (the conflict, its words).
        self._conflict_texts: dict[int, tuple[core.Conflict, str]] = {}
        self._groups: dict[tuple, _Group] = {}
        self._members: dict[tuple, tuple[int, ...]] = {}
        self._xs = np.zeros(0)
        self._ys = np.zeros(0)
        self._selected: uuid.UUID | None = None
        self._ticked_ids: set[str] = set()

        self.seriesList = QListWidget(self)
        self.seriesList.setObjectName("seriesList")
        self.seriesList.setAccessibleName(self.tr("Series to plot"))
        self.seriesList.itemChanged.connect(lambda _item: self._ticks_changed())
        self.colourBy = QComboBox(self)
        self.colourBy.setObjectName("colourByCombo")
        self.colourBy.addItem(self.tr("Colour by outlet"), "outlet")
        self.colourBy.addItem(self.tr("Colour by person"), "person")
        self.colourBy.addItem(self.tr("Colour by series"), "series")
        self.colourBy.currentIndexChanged.connect(lambda _i: self.redraw())
        self.showFaded = QCheckBox(self.tr("Show drafts and disputed"), self)
        self.showFaded.setObjectName("showFadedCheck")
        self.showFaded.setChecked(True)
        self.showFaded.toggled.connect(lambda _on: self.redraw())
        self.windowSpin = QSpinBox(self)
        self.windowSpin.setObjectName("conflictWindowSpin")
        self.windowSpin.setRange(0, 3650)
        self.windowSpin.setValue(core.DEFAULT_WINDOW_DAYS)
        self.windowSpin.setSuffix(self.tr(" days"))
        self.windowSpin.setToolTip(self.tr("Claims this close in time must agree, or they are flagged as conflicts"))
        self.windowSpin.valueChanged.connect(lambda _v: self.redraw())
        buttons = QHBoxLayout()
        for label, handler in ((self.tr("PNG…"), self.export_png), (self.tr("SVG…"), self.export_svg),
                               (self.tr("CSV…"), self.export_csv)):
            button = QPushButton(label, self)
            button.setToolTip(self.tr("Save the chart (PNG, SVG) or its plotted points (CSV)"))
            button.clicked.connect(lambda _c=False, h=handler: h())
            buttons.addWidget(button)
        self.unplottedLabel = QLabel(self)
        self.unplottedLabel.setWordWrap(True)
        self.unplottedLabel.setProperty("role", "hint")

        controls = QVBoxLayout()
        heading = QLabel(self.tr("Series"), self)
        heading.setProperty("role", "heading")
        controls.addWidget(heading)
        controls.addWidget(self.seriesList, 1)
        controls.addWidget(self.colourBy)
        controls.addWidget(self.showFaded)
        window_row = QHBoxLayout()
        window_row.addWidget(QLabel(self.tr("Conflict window"), self))
        window_row.addWidget(self.windowSpin)
        controls.addLayout(window_row)
        controls.addWidget(self.unplottedLabel)
        controls.addLayout(buttons)
        left = QWidget(self)
        left.setLayout(controls)

        # The plot with its legend beside it, never over the points.
        self.plotWidget = pg.GraphicsLayoutWidget()
        self.plotWidget.setObjectName("chartPlot")
        self.plotWidget.setAccessibleName(self.tr("Chart of figures over time"))
        self.plot = self.plotWidget.addPlot(row=0, col=0, axisItems={"bottom": TimeAxis()})
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.getViewBox().setDefaultPadding(0.06)
        side = self.plotWidget.addLayout(row=0, col=1)
        self.legend = pg.LegendItem(labelTextSize="8pt")
        side.addItem(self.legend, row=0, col=0)
        side.addLabel("", row=1, col=0)  # takes the rest of the height: the legend stays compact
        side.layout.setRowStretchFactor(1, 10)
        self._lines: list[pg.PlotDataItem] = []
        self.plotWidget.ci.layout.setColumnStretchFactor(0, 8)
        self.plotWidget.ci.layout.setColumnStretchFactor(1, 1)
        self.conflictRings = pg.ScatterPlotItem(symbol="o", size=22, pen=pg.mkPen("#d50000", width=2),
                                                brush=pg.mkBrush(None))
        self.selection = pg.ScatterPlotItem(symbol="o", size=26, pen=pg.mkPen("#ff6d00", width=3),
                                            brush=pg.mkBrush(None))
        self.plot.addItem(self.conflictRings)
        self.plot.addItem(self.selection)
        self.plotWidget.scene().sigMouseMoved.connect(self._hover)
        self.plotWidget.scene().sigMouseClicked.connect(self._clicked)

        self.conflictList = QListWidget(self)
        self.conflictList.setObjectName("conflictList")
        self.conflictList.setAccessibleName(self.tr("Conflicts between claims"))
        self.conflictList.setWordWrap(True)
        self.conflictList.setMaximumHeight(110)
        self.conflictList.itemClicked.connect(self._conflict_chosen)
        self.conflictList.itemActivated.connect(self._conflict_chosen)
        self.conflictTitle = QLabel(self)
        self.conflictTitle.setProperty("role", "heading")

        # With nothing to plot, a sentence says what to do instead of empty axes.
        self.emptyLabel = QLabel(self)
        self.emptyLabel.setObjectName("chartEmpty")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty("role", "hint")
        self.plotStack = QStackedWidget(self)
        self.plotStack.addWidget(self.plotWidget)
        self.plotStack.addWidget(self.emptyLabel)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.plotStack)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        # A click on a point pins every claim at its spot here, beside the conflicts (so
        # the plot keeps its height on a laptop), scrolling when there are many.
        self.detailsLabel = QLabel(self)
        self.detailsLabel.setObjectName("chartDetails")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detailsScroll = QScrollArea(self)
        self.detailsScroll.setWidget(self.detailsLabel)
        self.detailsScroll.setWidgetResizable(True)
        self.detailsScroll.setMaximumHeight(self.conflictList.maximumHeight())
        self.detailsScroll.setVisible(False)
        self.pinned: core.Point | None = None
        self.keyLabel = QLabel(self.key_text(), self)
        self.keyLabel.setObjectName("chartKey")
        self.keyLabel.setWordWrap(True)
        self.keyLabel.setProperty("role", "hint")
        below_layout.addWidget(self.keyLabel)
        below_layout.addWidget(self.conflictTitle)
        lists = QHBoxLayout()
        lists.addWidget(self.conflictList, 1)
        lists.addWidget(self.detailsScroll, 1)
        below_layout.addLayout(lists)
        right.addWidget(below)
        right.setStretchFactor(0, 5)
        right.setStretchFactor(1, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        session.changesApplied.connect(self._changes_applied)
        session.projectChanged.connect(self.refresh)
        self.refresh()

    @property
    def series(self) -> dict[core.SeriesKey, core.Series]:
        return self.chart.series

    def view(self) -> plotting.View:
        """What the curator chose to see, as the core reads it."""
        return plotting.View(frozenset(self.ticked()), self.showFaded.isChecked(), self.colourBy.currentData(),
                             self.windowSpin.value())

    # -- data -----------------------------------------------------------------------------------
    def _changes_applied(self, changes) -> None:
        if self._reading is not None:  # taken into account once the figures are read
            self._arrived.append(changes)
            return
        before = self.ticked()
        touched = self.chart.apply(changes)
        if touched:
            # By identity, a series renamed through the vocabulary keeps its tick; by its
            # name, one whose spelling just became a vocabulary entry.
            ticked = self.chart.keys_of(self._ticked_ids) | (before & set(self.series))
            self._fill_list(ticked)  # the series' sizes
            if ticked != before or touched & ticked:  # else nothing drawn changed
                self._ticks_changed()

    def refresh(self) -> None:
        """Read the series of the project (just opened, or read again) and tick what was
        ticked in it last time, kept with the window's settings; at a first opening,
        the largest series. Only the ticked series' points are read. In a large project
        they are read on a worker thread: the window is usable meanwhile, and edits made
        then are taken into account after."""
        from curator import queries
        from curator.ui.worker import Job

        self.stop()
        project = self.session.project
        claims = queries.claim_count(project) if project is not None else 0
        if claims < self.IN_BACKGROUND_FROM:
            self._show_chart(plotting.Chart(project))
            return
        self.chart = plotting.Chart(None)
        self._fill_list(set())
        self.redraw()
        self.emptyLabel.setText(self.tr("Reading the figures of %Ln claim(s)…", "", claims))
        stored = self._stored_ticks()

        def read(_progress, cancelled) -> plotting.Chart:
            """The series' sizes, and the points of those to be ticked."""
            chart = plotting.Chart(project, cancelled)
            chart.prepare(chart.keys_of(stored) if stored is not None else chart.largest())
            return chart

        job = Job(self, "", read, quiet=True)
        job.done.connect(lambda chart, job=job: self._read(job, chart))
        job.failed.connect(lambda message, job=job: self._read(job, None, message))
        self._reading, self._arrived = job, []
        job.start()

    @property
    def busy(self) -> bool:
        """The figures are being read (a large project, just opened)."""
        return self._reading is not None

    def stop(self) -> None:
        """Stop reading figures, and wait for the worker to end (a thread still running
        when its object goes would take the process down)."""
        if self._reading is not None:
            job, self._reading = self._reading, None
            job.cancel.set()
            job.wait()

    def _read(self, job, chart: plotting.Chart | None, problem: str = "") -> None:
        if job is not self._reading:
            return  # stopped, or another project since
        self._reading = None
        if chart is None:
            self.emptyLabel.setText(self.tr("The figures could not be read: %1").replace("%1", problem))
            return
        for changes in self._arrived:
            chart.apply(changes)
        self._arrived = []
        self._show_chart(chart)

    def _show_chart(self, chart: plotting.Chart) -> None:
        self.chart = chart
        stored = self._stored_ticks()
        self._fill_list(self.chart.keys_of(stored or ()))
        if stored is None and self.seriesList.count():
            self.seriesList.blockSignals(True)
            self.seriesList.item(0).setCheckState(Qt.CheckState.Checked)  # the largest series, to start with
            self.seriesList.blockSignals(False)
        self._ticks_changed()

    def _settings_key(self) -> str | None:
        project = self.session.project
        return f"chart/ticked/{project.path.resolve()}" if project is not None else None

    def _stored_ticks(self) -> list[str] | None:
        from PySide6.QtCore import QSettings

        key = self._settings_key()
        stored = QSettings().value(key) if key else None
        if stored is None:
            return None
        return [stored] if isinstance(stored, str) else list(stored)

    def _ticks_changed(self) -> None:
        """Keep the ticked series' identities (what survives a rename), for this project
        across restarts, and draw."""
        from PySide6.QtCore import QSettings

        self._ticked_ids = {self.chart.identity(key) for key in self.ticked()}
        key = self._settings_key()
        if key is not None:
            QSettings().setValue(key, sorted(self._ticked_ids))
        self.redraw()

    def _fill_list(self, ticked: set) -> None:
        self.seriesList.blockSignals(True)
        self.seriesList.clear()
        for key, found in sorted(self.series.items(), key=lambda kv: (-kv[1].count, kv[0].label)):
            item = QListWidgetItem(f"{key.label} ({local_number(found.count)})")
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
            self.seriesList.addItem(item)
        self.seriesList.blockSignals(False)

    def ticked(self) -> set[core.SeriesKey]:
        return {self.seriesList.item(i).data(KEY_ROLE) for i in range(self.seriesList.count())
                if self.seriesList.item(i).checkState() == Qt.CheckState.Checked}

    def set_ticked(self, keys) -> None:
        """Tick exactly these series, and draw once."""
        keys = set(keys)
        self.seriesList.blockSignals(True)
        for i in range(self.seriesList.count()):
            item = self.seriesList.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in keys else Qt.CheckState.Unchecked)
        self.seriesList.blockSignals(False)
        self._ticks_changed()

    # -- drawing ------------------------------------------------------------------------------------
    def redraw(self) -> None:
        """Draw the ticked series. Only the marker groups whose points changed are set
        again; the core keeps conflicts per series and finds them again where claims changed."""
        view = self.view()
        layout = self.layout = self.chart.layout(view)
        self.points = layout.points
        colours = {source: PALETTE[i % len(PALETTE)] for i, source in enumerate(layout.sources)}
        arrow = max(abs(layout.highest), abs(layout.lowest)) * 0.08 or 1.0
        if arrow != getattr(self, "_arrow", None):
            self._members.clear()  # bound bars depend on the scale: draw every group again
            self._arrow = arrow
        groups = self._items(layout, colours)
        for key in list(self._groups):
            if key not in groups:
                self._groups.pop(key).remove(self.plot)
                self._members.pop(key, None)
        columns = layout.columns
        for key, members in groups.items():
            drawn = columns.take(members)
            if (before := self._members.get(key)) is not None and all(
                    np.array_equal(getattr(before, name), getattr(drawn, name)) for name in core.Columns.FLOATS):
                continue  # the same marks: an edit elsewhere, or the same series ticked again
            group = self._groups.get(key) or self._groups.setdefault(key, _Group(self.plot))
            self._draw_group(group, key, drawn, arrow)
            self._members[key] = drawn

        self.legend.clear()
        for source in layout.sources:
            sample = pg.ScatterPlotItem(symbol="o", size=9, brush=pg.mkBrush(colours[source]), pen=None)
            self.legend.addItem(sample, self.tr("(unknown)") if source == core.UNKNOWN_SOURCE else source)
        self._draw_series_lines(layout)
        self._mark_series(layout, colours)
        self._xs, self._ys = columns.x, columns.value
        self.unplottedLabel.setText(self.tr("%Ln claim(s) without a date or value are not plotted.", "",
                                            layout.unplotted) if layout.unplotted else "")
        self.plot.setLabel("left", layout.value_axis())
        self._say_if_empty()
        if self.pinned is not None:  # the pinned claim as it is now, or let go
            self.pin(self.chart.find(view, self.pinned.claim_id))
        self.highlight(self._selected)
        self._fit()
        if len(self.points) > LARGE:
            self.conflictTitle.setText(self.tr("Looking for conflicts…"))
            QTimer.singleShot(0, lambda: self._show_conflicts(view))  # after the points are on screen
        else:
            self._show_conflicts(view)

    def _show_conflicts(self, view: plotting.View) -> None:
        found, shown = self.chart.conflicts(view), self.found_conflicts
        if (len(found) == len(shown) and (found.total, found.complete) == (shown.total, shown.complete)
                and all(a is b for a, b in zip(found, shown, strict=True))):
            return  # the same conflicts (kept by the core where no claim changed): listed already
        self.found_conflicts = found
        rings = {point.claim_id: point for conflict in found for point in (conflict.a, conflict.b)}
        self.conflictRings.setData(x=[p.x for p in rings.values()], y=[p.value for p in rings.values()])
        # A conflict kept since it was last listed keeps its words (an edit elsewhere).
        said_before, self._conflict_texts = self._conflict_texts, {}
        self.conflictList.clear()
        for conflict in found:
            before = said_before.get(id(conflict))
            text = before[1] if before is not None and before[0] is conflict else self.conflict_text(conflict)
            self._conflict_texts[id(conflict)] = (conflict, text)
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, list(conflict.claim_ids))
            self.conflictList.addItem(item)
        total = found.total
        if not self.points:
            title = ""  # nothing plotted: the sentence in the plot's place says why
        elif not found.complete and not total:  # too many figures close together to compare every pair
            title = self.tr("No conflicts among the closest figures; there are too many to compare them all "
                            "(narrow the window or tick fewer series)")
        elif not found.complete and len(found) < total:
            title = self.tr("Conflicts: the first %1 of at least %2, among the closest figures (narrow the window "
                            "or tick fewer series)").replace("%1", local_number(len(found))).replace(
                "%2", local_number(total))
        elif not found.complete:
            title = self.tr("Conflicts: at least %1, among the closest figures (narrow the window or tick fewer "
                            "series)").replace("%1", local_number(total))
        elif len(found) < total:
            title = self.tr("Conflicts: the first %1 of %2 (narrow the window or tick fewer series)").replace(
                "%1", local_number(len(found))).replace("%2", local_number(total))
        elif total:
            title = self.tr("Conflicts (%Ln)", "", total)
        else:
            title = self.tr("No conflicts between the plotted claims")
        self.conflictTitle.setText(title)
        self.conflictList.setVisible(bool(found))

    def _draw_series_lines(self, layout: plotting.Layout) -> None:
        """Colour tells sources apart: each ticked series is then a thin line of its own
        style through its points, its style shown beside its name in the series list."""
        for item in self._lines:
            self.plot.removeItem(item)
        self._lines = []
        for n, members in enumerate(layout.lines.values()):
            pen = pg.mkPen("#555555", width=1, style=LINE_STYLES[n % len(LINE_STYLES)])
            line = _Curve(np.fromiter((p.x for p in members), float, len(members)),
                          np.fromiter((p.value for p in members), float, len(members)), pen=pen,
                          antialias=False, skipFiniteCheck=True)
            line.setZValue(-10)  # under the markers
            self.plot.addItem(line)
            self._lines.append(line)

    def _mark_series(self, layout: plotting.Layout, colours: dict[str, str]) -> None:
        """Each ticked series' mark beside its name in the list: its line style when colour
        shows the sources, its colour when colour shows the series."""
        from PySide6.QtGui import QIcon, QPainter, QPixmap

        styles = {key: LINE_STYLES[n % len(LINE_STYLES)] for n, key in enumerate(layout.lines)}
        self.seriesList.blockSignals(True)
        for i in range(self.seriesList.count()):
            item = self.seriesList.item(i)
            key = item.data(KEY_ROLE)
            pixmap = QPixmap(22, 12)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            if key in styles:
                painter.setPen(pg.mkPen("#555555", width=2, style=styles[key]))
                painter.drawLine(1, 6, 21, 6)
            elif key.label in colours and self.colourBy.currentData() == "series":
                painter.setBrush(QColor(colours[key.label]))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(6, 1, 10, 10)
            painter.end()
            item.setIcon(QIcon(pixmap))
        self.seriesList.blockSignals(False)

    def key_text(self) -> str:
        """The marker language in one line, under the plot (and in exported images)."""
        return "   ".join((
            self.tr("● exact"), self.tr("○ about"), self.tr("▲ lower bound (more than, at least)"),
            self.tr("▼ upper bound (less than, at most)"), self.tr("┃ range"),
            self.tr("━ a month or a year"), self.tr("pale: draft or disputed"), self.tr("red ring: conflict")))

    def _say_if_empty(self) -> None:
        """No meaningless axes: with nothing plotted, say what to tick or make."""
        if self.points:
            self.plotStack.setCurrentWidget(self.plotWidget)
            return
        if not self.series:
            text = self.tr("No figures yet: claims with a value and a date appear here, by series "
                           "(subject · measure).")
        elif not self.ticked():
            text = self.tr("Tick a series on the left to plot its figures over time.")
        else:
            text = self.tr("The ticked series have no claim with both a value and a date.")
        self.emptyLabel.setText(text)
        self.plotStack.setCurrentWidget(self.emptyLabel)

    def _fit(self) -> None:
        """Show every point; counts start at zero, so differences are not exaggerated;
        points within a few days get a month either side, not a range of hours."""
        layout = self.layout
        self.plot.enableAutoRange()
        if layout.points:
            first, last = float(layout.columns.start.min()), float(layout.columns.end.max())
            self.plot.enableAutoRange(axis="x", enable=False)
            self.plot.setXRange(*timeaxis.x_range(first, last), padding=0)
        if layout.points and layout.lowest >= 0:
            self.plot.enableAutoRange(axis="y", enable=False)
            self.plot.setYRange(0, layout.highest * 1.15 or 1, padding=0)

    @staticmethod
    def _items(layout: plotting.Layout, colours: dict[str, str]) -> dict[tuple, np.ndarray]:
        """(colour, kind, faded, month) → the points one marker item draws: a group of
        more than :data:`SPLIT_FROM` points is drawn month by month (month None: whole)."""
        items = {}
        for (source, kind, faded), members in layout.groups.items():
            key = (colours[source], kind, faded)
            if len(members) <= SPLIT_FROM:
                items[(*key, None)] = members
                continue
            months = np.floor(layout.columns.x[members] / MONTH_SECONDS).astype(np.int64)
            for month, part in plotting.grouped(months):
                items[(*key, month)] = members[part]
        return items

    def _draw_group(self, group: _Group, key: tuple, drawn: core.Columns, arrow: float) -> None:
        colour, kind, faded = key[:3]
        qcolour = _colour(colour, faded)
        pen = pg.mkPen(qcolour, width=1.6)
        hollow = kind == core.APPROXIMATE
        xs, ys = drawn.x, drawn.value
        group.scatter.setData(x=xs, y=ys, symbol=SYMBOLS[kind], size=11 if kind != core.RANGE else 7, pen=pen,
                              brush=pg.mkBrush(None) if hollow else pg.mkBrush(qcolour))
        bar = pg.mkPen(qcolour, width=BAR_WIDTH)
        if kind == core.LOWER_BOUND:  # a bar upwards: "more than", "at least"
            group.bounds.set_bars(xs, ys, xs, ys + arrow, bar)
        elif kind == core.UPPER_BOUND:  # downwards: "less than", "at most"
            group.bounds.set_bars(xs, ys, xs, ys - arrow, bar)
        elif kind == core.RANGE:  # from the value to the upper value
            group.bounds.set_bars(xs, ys, xs, drawn.top, bar)
        else:
            group.bounds.set_bars(xs[:0], ys[:0], xs[:0], ys[:0], bar)
        half = (drawn.end - drawn.start) / 2
        wide = half > core.SECONDS_PER_DAY / 2  # a month or a year, not a day: a bar across it
        group.periods.set_bars(xs[wide] - half[wide], ys[wide], xs[wide] + half[wide], ys[wide],
                               pg.mkPen(qcolour, width=3))

    def highlight(self, claim_id: uuid.UUID | None) -> None:
        """Ring the point of the claim selected elsewhere."""
        self._selected = claim_id
        point = self.chart.find(self.view(), claim_id)
        self.selection.setData(x=[point.x] if point else [], y=[point.value] if point else [])

    # -- finding points under the mouse ---------------------------------------------------------
    def point_near(self, scene_position: QPointF) -> core.Point | None:
        """The plotted point nearest to a scene position, within a few pixels."""
        if not len(self._xs):
            return None
        view_box = self.plot.getViewBox()
        if not view_box.sceneBoundingRect().contains(scene_position):
            return None
        here = view_box.mapSceneToView(scene_position)
        pixel_width, pixel_height = view_box.viewPixelSize()
        dx = (self._xs - here.x()) / pixel_width
        dy = (self._ys - here.y()) / pixel_height
        distances = dx * dx + dy * dy
        nearest = int(np.argmin(distances))
        return self.points[nearest] if distances[nearest] <= HOVER_PIXELS ** 2 else None

    @staticmethod
    def said(point: core.Point) -> str:
        """The figure as the claim states it, in the interface's language: "понад 2 500"."""
        if point.kind == core.RANGE:
            return f"{local_number(point.low)}–{local_number(point.high)}"
        value = local_number(point.value)
        return value if point.qualifier is Qualifier.EXACT else f"{QUALIFIERS()[point.qualifier]} {value}"

    def conflict_text(self, conflict: core.Conflict) -> str:
        """Why two figures cannot both be true, in the interface's language."""
        a, b = conflict.a, conflict.b
        gap = abs(a.as_of.toordinal() - b.as_of.toordinal())
        when = self.tr("the same day") if gap == 0 else self.tr("%Ln day(s) apart", "", gap)

        def who(point: core.Point) -> str:
            said = point.source("person") if point.attributed_to else point.source("outlet")
            return self.tr("(unknown)") if said == core.UNKNOWN_SOURCE else said

        return (self.tr("%1 (%2, %3) and %4 (%5, %6) cannot both be true: %7")
                .replace("%1", self.said(a)).replace("%2", local_date(a.as_of, a.precision)).replace("%3", who(a))
                .replace("%4", self.said(b)).replace("%5", local_date(b.as_of, b.precision)).replace("%6", who(b))
                .replace("%7", when))

    def describe(self, point: core.Point) -> str:
        """The hover text of a point (as the core describes it), in rich text."""
        said = self.chart.describe(point)
        when = local_date(point.as_of, point.precision)
        lines = [f"<b>{escape(self.said(point))}</b> · {escape(when)}", escape(said.series)]
        if said.attributed_to:
            lines.append(escape(self.tr("said by %1").replace("%1", said.attributed_to)))
        if said.reported_by:
            lines.append(escape(self.tr("reported by %1").replace("%1", said.reported_by)))
        lines.append(escape(self.tr("status: %1").replace("%1", STATUSES()[point.status])))
        if said.quote:
            lines.append(f"<i>“{escape(said.quote)}”</i>")
        return "<br>".join(lines)

    def at_spot(self, point: core.Point) -> list[core.Point]:
        """Every drawn claim at a point's spot (several can share a date and a value)."""
        same = np.flatnonzero((self._xs == point.x) & (self._ys == point.value))
        return [self.points[i] for i in same] or [point]

    def details(self, point: core.Point) -> str:
        """Every claim at the spot, in rich text: value and qualifier, date and precision,
        subject and measure, who said it, which outlet, status, the quote."""
        return "<hr>".join(self.describe(p) for p in self.at_spot(point))

    def _hover(self, scene_position: QPointF) -> None:
        point = self.point_near(scene_position)
        if point is None:
            QToolTip.hideText()
            return
        view = self.plotWidget
        where = view.mapFromScene(scene_position)
        # Shown as long as the pointer stays on the point (its few pixels), not for a
        # second: the card goes when the pointer leaves that square.
        spot = QRect(where.x() - HOVER_PIXELS, where.y() - HOVER_PIXELS, 2 * HOVER_PIXELS, 2 * HOVER_PIXELS)
        QToolTip.showText(view.mapToGlobal(where), self.details(point), view, spot, 600_000)

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.point_near(event.scenePos())
        self.pin(point)
        if point is not None:
            self.claimActivated.emit(point.claim_id)

    def pin(self, point: core.Point | None) -> None:
        """Keep every claim at a point's spot in the details area under the plot (a
        click on a point); a click beside the points lets go."""
        self.pinned = point
        self.detailsLabel.setText(self.details(point) if point is not None else "")
        self.detailsScroll.setVisible(point is not None)

    def _conflict_chosen(self, item: QListWidgetItem) -> None:
        self.claimsSelected.emit(item.data(KEY_ROLE))

    # -- export ---------------------------------------------------------------------------------------
    def save_image(self, path: Path, title: str | None = None) -> None:
        """The chart as a reader who never saw Curator needs it: a title (the ticked
        series unless given), the axes with measure and unit, the legend, the key of
        markers, and a footnote with the sources and "Curator, DATE"; as PNG (at twice
        the pixels), or as SVG drawn by Qt itself (pyqtgraph's SVG exporter cannot read
        the path syntax Qt 6.11 writes). Whole or absent, as every file."""
        title = self.layout.title() if title is None else title
        central = self.plotWidget.ci
        on_screen = central.geometry()
        try:
            with built_beside(path) as temporary:
                self._draw_image(temporary, title)
        finally:  # the pane at its own size again
            central.setGeometry(on_screen)
            central.layout.activate()

    def footnote(self) -> str:
        outlets, people = self.layout.credits()
        parts = []
        if outlets:
            parts.append(self.tr("Reported by: %1").replace("%1", ", ".join(outlets)))
        if people:
            parts.append(self.tr("According to: %1").replace("%1", ", ".join(people)))
        parts.append(self.tr("Curator, %1").replace("%1", local_date(date.today(), Precision.DAY)))
        return " · ".join(parts)

    #: The exported chart's size (logical pixels; PNG at twice as many device pixels),
    #: whatever the pane's size on screen: a laptop's strip of a chart is no figure to
    #: publish; room above for the title and below for the key and the footnote.
    EXPORT_SIZE = (1200, 700)
    TITLE_ROOM, NOTES_ROOM = 50, 92

    def _draw_image(self, path: Path, title: str) -> None:
        from PySide6.QtCore import QRect, QRectF, QSize
        from PySide6.QtGui import QFont, QImage, QPainter

        width, height = self.EXPORT_SIZE
        plot_height = height - self.TITLE_ROOM - self.NOTES_ROOM
        central = self.plotWidget.ci
        central.setGeometry(QRectF(0, 0, width, plot_height))
        central.layout.activate()
        if path.suffix.lower() == ".svg":
            from PySide6.QtSvg import QSvgGenerator

            target = QSvgGenerator()
            target.setFileName(str(path))
            target.setSize(QSize(width, height))
            target.setViewBox(QRect(0, 0, width, height))
            target.setTitle(title or self.tr("Curator chart"))
        else:
            target = QImage(width * 2, height * 2, QImage.Format.Format_ARGB32)
            target.setDevicePixelRatio(2)
        painter = QPainter(target)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
        font = QFont(self.font())
        font.setPointSizeF(15)
        painter.setFont(font)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(16, 8, width - 32, self.TITLE_ROOM - 8),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        self.plotWidget.scene().render(painter, QRectF(0, self.TITLE_ROOM, width, plot_height),
                                       QRectF(0, 0, width, plot_height))
        font.setPointSizeF(9)
        painter.setFont(font)
        top = self.TITLE_ROOM + plot_height + 4
        x = 16.0
        for n, key in enumerate(self.layout.lines):  # the series, each in its line style
            painter.setPen(pg.mkPen("#555555", width=1.6, style=LINE_STYLES[n % len(LINE_STYLES)]))
            painter.drawLine(int(x), int(top + 9), int(x + 26), int(top + 9))
            painter.setPen(QColor("#444444"))
            label = QRectF(x + 32, top, width, 18)
            painter.drawText(label, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), key.label)
            x += 32 + painter.fontMetrics().horizontalAdvance(key.label) + 24
        if self.layout.lines:
            top += 20
        painter.setPen(QColor("#444444"))
        notes = QRectF(16, top, width - 32, self.TITLE_ROOM + plot_height + self.NOTES_ROOM - top)
        painter.drawText(notes, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                         self.key_text() + "\n" + self.footnote())
        painter.end()
        if isinstance(target, QImage) and not target.save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")

    def save_points(self, path: Path) -> None:
        from curator import queries
        from curator.exports.points import write_points

        titles = queries.cited_titles(self.session.project, [p.claim_id for p in self.points])
        write_points(path, self.points, titles)

    def _ask(self, title: str, suffix: str) -> Path | None:
        default = str((self.session.project.path.with_name(self.session.project.path.stem + "-chart" + suffix))
                      if self.session.project else Path.home() / ("chart" + suffix))
        path, _ = QFileDialog.getSaveFileName(self, title, default)
        return Path(path) if path else None

    def _ask_title(self) -> str | None:
        """The exported chart's title, the ticked series' names to start with."""
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setObjectName("chartTitleDialog")
        dialog.setWindowTitle(self.tr("Chart title"))
        dialog.setLabelText(self.tr("Title of the exported chart:"))
        dialog.setTextValue(self.layout.title())
        dialog.resize(max(520, dialog.fontMetrics().horizontalAdvance(self.layout.title()) + 80), dialog.height())
        return dialog.textValue() if dialog.exec() else None

    def export_png(self) -> None:
        if (title := self._ask_title()) is not None and (path := self._ask(self.tr("Save chart as PNG"), ".png")):
            self.save_image(path, title)

    def export_svg(self) -> None:
        if (title := self._ask_title()) is not None and (path := self._ask(self.tr("Save chart as SVG"), ".svg")):
            self.save_image(path, title)

    def export_csv(self) -> None:
        if path := self._ask(self.tr("Save plotted points as CSV"), ".csv"):
            self.save_points(path)
