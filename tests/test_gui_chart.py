"""The chart pane driven as a curator would: tick, click, hover, edit, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QToolTip

from curator import operations as ops
from curator.ui import open_window
from curator.ui.actions import ActionId
from tests.gui_helpers import claim_in_window, import_and_wait, run_in_window

CAPTIVITY = [
    ("Azov commander says", "More than 900 defenders of Mariupol remain in Russian captivity", {}),
    ("Over 1,900 defenders", "Over 1,900 soldiers from Azovstal are still in captivity",
     {"attributed_to": "Mayor of Mariupol"}),
    ("Russian GRU General", "more than 2,500 Mariupol defenders were in Russian captivity",
     {"as_of": date(2022, 6, 6), "as_of_precision": "day", "attributed_to": "Volodymyr Zelenskyy"}),
]
LEFT = [
    ("Over 1,900 defenders", "the evacuation of 2,500 Ukrainian soldiers", date(2022, 5, 16)),
    ("Russian GRU General", "A total of 2,449 defenders left the territory of Azovstal", date(2022, 5, 20)),
    ("Over 1,200 Azovstal", "around 2,500 defenders from various units", date(2022, 5, 20)),
]


@pytest.fixture
def window(qtbot, tmp_path, seeds):
    win = open_window(tmp_path / "chart.curator")
    qtbot.addWidget(win)
    win.resize(1400, 1000)
    import_and_wait(qtbot, win, [seeds])
    for title, quote, extra in CAPTIVITY:
        claim_in_window(win, title, quote, subject="Mariupol defenders", measure="in captivity", **extra)
    for title, quote, day in LEFT:
        claim_in_window(win, title, quote, subject="Azovstal garrison", measure="left Azovstal", as_of=day,
                        as_of_precision="day")
    win.ensure_chart()
    if win.chart_dock.folded:  # folded on a small screen: opened as a curator would
        win.actions[ActionId.SHOW_CHART].trigger()
    assert not win.chart_dock.folded and win.chart.isVisibleTo(win)
    yield win
    win.close()


def _plotted(chart):
    return sum(len(group.scatter.data) for group in chart._groups.values())


def _drawn_values(chart):
    """The values the markers are drawn at, as the scatter items hold them."""
    return sorted(float(y) for group in chart._groups.values() for y in group.scatter.data["y"])


def _series(chart, label):
    return next(key for key in chart.series if key.label == label)


def _scene_position(chart, point):
    return chart.plot.getViewBox().mapViewToScene(QPointF(point.x, point.value))


def test_ticking_series_plots_their_points(window):
    chart = window.chart
    assert window.findChild(type(chart.seriesList), "seriesList") is chart.seriesList
    labels = [chart.seriesList.item(i).text() for i in range(chart.seriesList.count())]
    assert labels == ["Azovstal garrison · left Azovstal (3)", "Mariupol defenders · in captivity (3)"]
    chart.set_ticked([])
    assert _plotted(chart) == 0
    chart.seriesList.item(1).setCheckState(Qt.CheckState.Checked)  # as a click on the box does
    assert _plotted(chart) == 3
    chart.seriesList.item(0).setCheckState(Qt.CheckState.Checked)
    assert _plotted(chart) == 6


def test_bounds_are_drawn_as_bounds(window):
    chart = window.chart
    chart.set_ticked([_series(chart, "Mariupol defenders · in captivity")])
    kinds = {key[1] for key in chart._groups}
    assert kinds == {"lower bound"}
    bars = [g.bounds for g in chart._groups.values()]
    for bar in bars:  # each a bar upwards from its value
        x, y = bar.getData()
        assert bar.isVisible() and (x[0::2] == x[1::2]).all() and (y[1::2] > y[0::2]).all()
    assert sorted(y for bar in bars for y in bar.getData()[1][0::2]) == [900, 1900, 2500]  # one per claim


def test_clicking_a_point_opens_its_evidence(qtbot, window):
    chart = window.chart
    chart.set_ticked([_series(chart, "Mariupol defenders · in captivity")])
    target = next(p for p in chart.points if p.value == 1900)
    window.curation.open_document(window.documents.model.rows[0].id)
    view = chart.plotWidget
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(_scene_position(chart, target)))
    assert window.form.claim_id == target.claim_id
    assert window.claims.current_id() == target.claim_id
    assert window.meta.titleEdit.text() == "Over 1,900 defenders of Azovstal are in Russian captivity"
    assert window.view.textCursor().position() == window.view.toPlainText().index("Over 1,900 soldiers")
    # ... and the point is ringed as the selected one.
    assert list(chart.selection.data["x"]) == [target.x]


def test_hovering_shows_the_claim_and_its_quote(qtbot, window):
    chart = window.chart
    chart.set_ticked([_series(chart, "Mariupol defenders · in captivity")])
    target = next(p for p in chart.points if p.value == 2500)
    assert chart.point_near(_scene_position(chart, target)) == target
    chart._hover(_scene_position(chart, target))
    text = QToolTip.text()
    assert "more than 2,500" in text and "6 June 2022" in text and "Volodymyr Zelenskyy" in text
    assert "more than 2,500 Mariupol defenders were in Russian captivity" in text
    far = _scene_position(chart, target) + QPointF(300, 0)
    assert chart.point_near(far) is None


def test_the_chart_follows_edits_and_undo(qtbot, window):
    chart = window.chart
    chart.set_ticked([_series(chart, "Mariupol defenders · in captivity")])
    target = next(p for p in chart.points if p.value == 900)
    groups_before = dict(chart._groups)
    window.curation.select_claim(target.claim_id)
    window.form.valueEdit.setText("950")
    window.form.valueEdit.editingFinished.emit()
    assert sorted(p.value for p in chart.points) == [950, 1900, 2500] == _drawn_values(chart)
    assert all(chart._groups[k] is g for k, g in groups_before.items())  # updated in place, not rebuilt
    window.actions[ActionId.UNDO].trigger()
    assert sorted(p.value for p in chart.points) == [900, 1900, 2500] == _drawn_values(chart)


def test_conflicts_are_listed_and_select_both_claims(qtbot, window):
    chart = window.chart
    chart.set_ticked([_series(chart, "Azovstal garrison · left Azovstal")])
    assert chart.conflictList.count() == 1
    item = chart.conflictList.item(0)
    assert item.text().startswith("2,500 (16 May 2022") and "2,449 (20 May 2022" in item.text()
    assert len(chart.conflictRings.data) == 2
    chart.conflictList.itemClicked.emit(item)
    assert set(window.claims.selected_ids()) == set(chart.found_conflicts[0].claim_ids)
    assert window.form.claim_id == chart.found_conflicts[0].claim_ids[0]
    chart.windowSpin.setValue(2)  # a narrower window: 4 days apart is no longer close
    assert chart.conflictList.count() == 0 and not chart.conflictList.isVisible()


def test_a_series_too_dense_to_compare_every_pair_says_at_least(qtbot, window, monkeypatch):
    """Conflicts of a series too dense to compare every pair in a moment: the title says
    how many were found "at least", with grouped figures."""
    from curator import series

    monkeypatch.setattr(series, "MAX_COMPARED", 0)
    chart = window.chart
    chart.set_ticked([_series(chart, "Azovstal garrison · left Azovstal")])
    assert chart.conflictTitle.text().startswith("Conflicts: at least 1, among the closest figures")
    assert chart.conflictList.count() == 1  # 2,500 and 2,449, next to each other in time


def test_an_edit_that_resolves_a_conflict_removes_it_at_once(qtbot, window):
    chart = window.chart
    chart.set_ticked([_series(chart, "Azovstal garrison · left Azovstal")])
    (conflict,) = chart.found_conflicts
    evacuated = next(p for p in chart.points if p.value == 2500 and p.qualifier == "exact")
    assert evacuated.claim_id in conflict.claim_ids
    # The curator reads again: "the evacuation of 2,500" was an approximate figure.
    run_in_window(window, "Edit claim", lambda p: ops.update_claim(p, evacuated.claim_id,
                                                                   {"qualifier": "approximately"}))
    assert chart.found_conflicts == [] and chart.conflictList.count() == 0
    window.actions[ActionId.UNDO].trigger()
    assert chart.conflictList.count() == 1


def test_drafts_fade_and_hide_rejected_vanish(window):
    chart = window.chart
    chart.set_ticked([_series(chart, "Mariupol defenders · in captivity")])
    assert all(key[2] for key in chart._groups)  # claims start as drafts: faded
    chart.showFaded.setChecked(False)
    assert _plotted(chart) == 0
    chart.showFaded.setChecked(True)
    target = chart.points[0]
    run_in_window(window, "Edit claim", lambda p: ops.update_claim(p, target.claim_id, {"status": "rejected"}))
    assert _plotted(chart) == 2


def test_colour_by_person_or_outlet(window):
    chart = window.chart
    chart.set_ticked([_series(chart, "Mariupol defenders · in captivity")])
    legend = lambda: sorted(label.text for _sample, label in chart.legend.items)  # noqa: E731
    # The outlets of the three articles; the mayor's article names none.
    assert legend() == ["(unknown)", "The Kyiv Independent", "The New Voice of Ukraine"]
    chart.colourBy.setCurrentIndex(chart.colourBy.findData("person"))
    assert legend() == ["(unknown)", "Mayor of Mariupol", "Volodymyr Zelenskyy"]


def test_export_png_svg_and_csv(window, tmp_path):
    chart = window.chart
    chart.set_ticked([_series(chart, "Azovstal garrison · left Azovstal")])
    chart.save_image(tmp_path / "chart.png")
    chart.save_image(tmp_path / "chart.svg")
    chart.save_points(tmp_path / "points.csv")
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
    assert "<svg" in (tmp_path / "chart.svg").read_text(encoding="utf-8")
    lines = (tmp_path / "points.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and lines[0].startswith("claim_id,series,subject,measure,value,qualifier")
    assert lines[0].endswith(",status,documents")
    assert any(",2449,exact," in line and line.endswith(",Russian GRU General promised Azov Battalion security "
                                                        "guarantees before Azovstal surrender") for line in lines)


def _bottom_labels(chart) -> list[str]:
    axis = chart.plot.getAxis("bottom")
    low, high = chart.plot.getViewBox().viewRange()[0]
    values = [v for _spacing, vs in axis.tickValues(low, high, axis.width() or 800) for v in vs]
    return axis.tickStrings(values, 1, 0)


def test_one_point_shows_its_month_and_year_and_the_axis_names_what_is_counted(window):
    chart = window.chart
    key = _series(chart, "Azovstal garrison · left Azovstal")
    chart.set_ticked({key})
    one = chart.points[0]
    for other in chart.points[1:]:  # leave one point: the others' claims lose their dates
        run_in_window(window, "undated", lambda p, c=other.claim_id: ops.update_claim(p, c, {"as_of": None}))
    assert len(chart.points) == 1 and chart.points[0].claim_id == one.claim_id
    labels = _bottom_labels(chart)
    assert any("May 2022" in label for label in labels), labels
    assert all(":" not in label and "." not in label for label in labels), labels
    low, high = chart.plot.getViewBox().viewRange()[0]
    assert 55 <= (high - low) / 86_400 <= 70  # about a month either side
    assert chart.plot.getAxis("left").labelText == "left Azovstal"


def test_the_value_axis_says_the_unit_and_when_units_differ(window):
    chart = window.chart
    key = _series(chart, "Mariupol defenders · in captivity")
    chart.set_ticked({key})
    for point in chart.points:
        run_in_window(window, "unit", lambda p, c=point.claim_id: ops.update_claim(p, c, {"unit": "people"}))
    assert chart.plot.getAxis("left").labelText == "in captivity · people"
    run_in_window(window, "unit", lambda p: ops.update_claim(p, chart.points[0].claim_id, {"unit": "%"}))
    assert chart.plot.getAxis("left").labelText == "in captivity · mixed units: %, people"


def test_an_empty_chart_says_what_to_tick_instead_of_showing_axes(window):
    chart = window.chart
    chart.set_ticked(set())
    assert chart.plotStack.currentWidget() is chart.emptyLabel
    assert chart.emptyLabel.text() == "Tick a series on the left to plot its figures over time."
    chart.set_ticked({_series(chart, "Mariupol defenders · in captivity")})
    assert chart.plotStack.currentWidget() is chart.plotWidget


def test_ticks_are_kept_across_a_restart(qtbot, window):
    chart = window.chart
    keys = {_series(chart, "Mariupol defenders · in captivity"), _series(chart, "Azovstal garrison · left Azovstal")}
    chart.set_ticked(keys)
    path = window.session.project.path
    window.close()
    again = open_window(path)
    qtbot.addWidget(again)
    again.ensure_chart()
    assert {key.label for key in again.chart.ticked()} == {key.label for key in keys}
    again.close()


def test_a_series_keeps_its_tick_when_the_vocabulary_renames_it(window):
    chart = window.chart
    chart.set_ticked({_series(chart, "Mariupol defenders · in captivity")})
    changes = run_in_window(window, "entry", lambda p: ops.add_term(p, "subject", "Mariupol defenders"))
    term_id = changes.result
    run_in_window(window, "rename", lambda p: ops.update_term(p, term_id, {
        "name": "Defenders of Mariupol", "aliases": ["Mariupol defenders"]}))
    assert {key.label for key in chart.ticked()} == {"Defenders of Mariupol · in captivity"}
    assert len(chart.points) == 3


def test_several_series_are_told_apart_and_the_marker_language_is_explained(window):
    chart = window.chart
    both = {_series(chart, "Mariupol defenders · in captivity"), _series(chart, "Azovstal garrison · left Azovstal")}
    chart.set_ticked(both)
    assert len(chart._lines) == 2  # colour shows outlets: each series is a line of its own style
    styles = {line.opts["pen"].style() for line in chart._lines}
    assert len(styles) == 2
    marked = [chart.seriesList.item(i) for i in range(chart.seriesList.count())
              if not chart.seriesList.item(i).icon().isNull()]
    assert len(marked) == chart.seriesList.count()
    chart.colourBy.setCurrentIndex(chart.colourBy.findData("series"))
    assert chart._lines == []  # colour shows the series now
    assert sorted(chart.layout.sources) == sorted(key.label for key in both)
    for words in ("exact", "about", "lower bound", "upper bound", "range", "a month or a year", "draft or disputed"):
        assert words in chart.keyLabel.text()


def test_an_exported_chart_says_what_when_and_who(window, tmp_path):
    """A reader who never saw Curator can tell from the exported SVG what is plotted,
    which figures are bounds, where they come from and who made it."""
    chart = window.chart
    chart.set_ticked({_series(chart, "Mariupol defenders · in captivity")})
    chart.save_image(tmp_path / "chart.svg", title="Defenders of Mariupol in Russian captivity")
    chart.save_image(tmp_path / "default.svg")
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    for words in ("Defenders of Mariupol in Russian captivity", "in captivity", "lower bound", "Reported by",
                  "Mayor of Mariupol", "Curator, "):
        assert words in svg, words
    assert "Mariupol defenders · in captivity" in (tmp_path / "default.svg").read_text(encoding="utf-8")
    assert not chart.plot.titleLabel.isVisible()  # the window itself is as it was
    chart.save_image(tmp_path / "chart.png")
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")


def test_a_click_pins_every_claim_at_the_spot_and_the_card_follows_edits(qtbot, window):
    chart = window.chart
    chart.set_ticked({_series(chart, "Azovstal garrison · left Azovstal")})
    first = chart.points[0]
    # A second claim with the same date and value as the first: both at one spot.
    twin = run_in_window(window, "twin", lambda p: ops.create_claim(p, {
        "subject": "Azovstal garrison", "measure": "left Azovstal", "value": first.value,
        "as_of": first.as_of, "as_of_precision": "day", "attributed_to": "Denys Prokopenko"})).result
    spot = next(p for p in chart.points if p.claim_id == first.claim_id)
    qtbot.mouseClick(chart.plotWidget.viewport(), Qt.MouseButton.LeftButton,
                     pos=chart.plotWidget.mapFromScene(_scene_position(chart, spot)))
    assert chart.pinned is not None and not chart.detailsScroll.isHidden()
    assert {p.claim_id for p in chart.at_spot(chart.pinned)} == {first.claim_id, twin}
    text = chart.detailsLabel.text()
    assert "Denys Prokopenko" in text and text.count("<hr>") == 1
    run_in_window(window, "status", lambda p: ops.update_claim(p, twin, {"status": "disputed"}))
    assert "disputed" in chart.detailsLabel.text()  # the card follows the edit
    chart.pin(None)
    assert chart.detailsScroll.isHidden()


def test_a_series_too_large_for_a_readable_line_gets_none(window, monkeypatch):
    from curator import plotting

    chart = window.chart
    monkeypatch.setattr(plotting, "LINE_POINTS", 2)  # both series have three points
    chart.set_ticked({_series(chart, "Mariupol defenders · in captivity"),
                      _series(chart, "Azovstal garrison · left Azovstal")})
    assert chart._lines == [] and len(chart.points) == 6


def test_bars_in_an_image_at_twice_the_pixels_are_twice_as_wide(qtbot):
    """What is exported looks like what is on screen: a one-pixel bar is two pixels
    wide in the PNG drawn at twice the pixels (Qt draws cosmetic pens in device pixels)."""
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QGraphicsScene

    from curator.ui.chart import BAR_WIDTH, _Bars

    def width_drawn(ratio: int) -> int:
        scene = QGraphicsScene()
        bar = _Bars()
        bar.set_bars(np.array([50.0]), np.array([10.0]), np.array([50.0]), np.array([90.0]),
                     pg.mkPen("#000000", width=BAR_WIDTH))
        scene.addItem(bar)
        image = QImage(100 * ratio, 100 * ratio, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scene.render(painter, QRectF(0, 0, 100, 100), QRectF(0, 0, 100, 100))
        painter.end()
        row = 50 * ratio
        return sum(image.pixelColor(x, row).lightness() < 128 for x in range(image.width()))

    assert width_drawn(1) == BAR_WIDTH
    assert width_drawn(2) == 2 * BAR_WIDTH


def test_a_large_projects_figures_are_read_in_the_background_and_edits_made_meanwhile_count(
        qtbot, tmp_path, monkeypatch):
    """Over ``IN_BACKGROUND_FROM`` claims, the window shows the project first and the
    chart says it is reading; an edit made while it reads is on the chart once it has."""
    import threading

    from benchmarks.make_corpus import make_project
    from curator import plotting
    from curator.ui.chart import ChartPane

    make_project(tmp_path / "large.curator", 20, 3).close()
    monkeypatch.setattr(ChartPane, "IN_BACKGROUND_FROM", 50)
    edited, read = threading.Event(), plotting.Chart.__init__

    def read_then_wait(self, project, cancelled=None):  # the worker has read before the edit
        read(self, project, cancelled)
        if threading.current_thread() is not threading.main_thread():
            edited.wait(10)

    monkeypatch.setattr(plotting.Chart, "__init__", read_then_wait)
    window = open_window(tmp_path / "large.curator")
    qtbot.addWidget(window)
    chart = window.chart
    assert window.claims.model.rowCount() == 60 and chart.emptyLabel.text() == "Reading the figures of 60 claims…"
    claim = window.claims.model.id_at(0)
    run_in_window(window, "Edit claim", lambda p: ops.update_claim(p, claim, {"value": 99999}))
    edited.set()
    qtbot.waitUntil(lambda: chart.seriesList.count() > 0)
    assert sum(series.count for series in chart.series.values()) == 60
    assert next(p for s in chart.series.values() for p in s.points if p.claim_id == claim).value == 99999
    assert chart.points  # the largest series, ticked at a first opening, is drawn
    window.close()


def test_an_edit_draws_again_only_what_it_changed(qtbot, window, monkeypatch):
    """An edit of a claim in a series not drawn updates the list of series (its size)
    but draws nothing again; one in the drawn series that leaves its conflicts as they
    were does not list them again."""
    chart = window.chart
    chart.set_ticked([_series(chart, "Azovstal garrison · left Azovstal")])
    marker = Qt.ItemDataRole.UserRole + 7
    chart.conflictList.item(0).setData(marker, "listed before")
    drawn = []
    real = chart.redraw
    monkeypatch.setattr(chart, "redraw", lambda: drawn.append(1) or real())
    captivity = _series(chart, "Mariupol defenders · in captivity")
    elsewhere = chart.chart.series[captivity].points[0].claim_id
    run_in_window(window, "Edit claim", lambda p: ops.update_claim(p, elsewhere, {"subject": "Azovstal garrison",
                                                                                   "measure": "in captivity"}))
    assert drawn == []
    labels = [chart.seriesList.item(i).text() for i in range(chart.seriesList.count())]
    assert "Azovstal garrison · in captivity (1)" in labels
    around = next(p for p in chart.points if p.qualifier == "approximately").claim_id
    run_in_window(window, "Edit claim", lambda p: ops.update_claim(p, around, {"value": 2480}))
    assert drawn == [1] and 2480 in _drawn_values(chart)
    assert chart.conflictList.count() == 1 and chart.conflictList.item(0).data(marker) == "listed before"


def test_a_large_group_of_markers_is_drawn_month_by_month_and_an_edit_draws_its_month_again(
        qtbot, window, monkeypatch):
    """pyqtgraph sets every point of an item again when one changes: a large group is
    split by month, and an edit draws again the one month it changed."""
    from curator.ui import chart as chart_module

    monkeypatch.setattr(chart_module, "SPLIT_FROM", 0)
    chart = window.chart
    chart.set_ticked([_series(chart, "Mariupol defenders · in captivity")])
    assert all(key[3] is not None for key in chart._groups)  # month by month
    months = {key[3] for key in chart._groups}
    target = next(p for p in chart.points if p.value == 900)
    drawn = []
    real = chart._draw_group
    monkeypatch.setattr(chart, "_draw_group", lambda group, key, *rest: drawn.append(key) or real(group, key, *rest))
    run_in_window(window, "Edit claim", lambda p: ops.update_claim(p, target.claim_id, {"value": 950}))
    assert len(drawn) == 1 and drawn[0][3] == int(target.x // chart_module.MONTH_SECONDS) in months
    assert sorted(p.value for p in chart.points) == [950, 1900, 2500] == _drawn_values(chart)
