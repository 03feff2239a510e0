"""The chart pane with 100,000 claims in 20 series.

Measures: ticking every series to the chart painted (goal 400 ms); a repaint after
pan and zoom; hover (finding the point under the mouse and its tooltip; goal 5 ms);
the update after one claim is edited.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.machine import describe
from benchmarks.make_corpus import make_project

SPREAD = """
UPDATE claim SET
  measure = CASE abs(random()) % 4 WHEN 0 THEN 'in captivity' WHEN 1 THEN 'returned'
                                   WHEN 2 THEN 'missing' ELSE 'killed' END,
  qualifier = CASE abs(random()) % 6 WHEN 0 THEN 'more than' WHEN 1 THEN 'approximately'
                                     WHEN 2 THEN 'at most' ELSE 'exact' END,
  reported_by = CASE abs(random()) % 5 WHEN 0 THEN 'Ukrinform' WHEN 1 THEN 'Kyiv Independent'
                 WHEN 2 THEN 'Suspilne' WHEN 3 THEN 'Radio Liberty' ELSE 'NV' END,
  status = CASE abs(random()) % 5 WHEN 0 THEN 'draft' ELSE 'checked' END
"""


def main() -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from curator import operations
    from curator.ui.actions import ActionId
    from curator.ui.app import open_window, settle_heap

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        project = make_project(Path(tmp) / "chart.curator", int(os.environ.get("CHART_DOCUMENTS", "10000")), claims_per_document=10)
        with project.engine.begin() as connection:
            connection.exec_driver_sql(SPREAD)
        project.close()
        window = open_window(Path(tmp) / "chart.curator")
        window.resize(1600, 1000)
        window.ensure_chart()
        while window.chart.busy:  # a large project's figures are read on a worker thread
            app.processEvents()
            time.sleep(0.01)
        if window.chart_dock.folded:  # folded: opened as a curator would
            window.actions[ActionId.SHOW_CHART].trigger()
        app.processEvents()
        settle_heap()
        chart = window.chart
        if not chart.plotWidget.viewport().isVisible():
            raise SystemExit("the chart is not on screen: nothing would be painted")
        series = len(chart.series)

        first = []
        for _ in range(3):
            chart.set_ticked([])
            app.processEvents()
            t0 = time.perf_counter()
            chart.set_ticked(chart.series)
            chart.plotWidget.viewport().repaint()
            first.append((time.perf_counter() - t0) * 1000)
        points = len(chart.points)

        view_box = chart.plot.getViewBox()
        repaint = []
        for factor in (0.5, 0.7, 1.3, 2.0, 0.9):
            t0 = time.perf_counter()
            view_box.scaleBy((factor, factor))
            view_box.translateBy(x=86_400 * 30)
            chart.plotWidget.viewport().repaint()
            repaint.append((time.perf_counter() - t0) * 1000)
        chart._fit()
        chart.plotWidget.viewport().repaint()

        hover = []
        for point in chart.points[:: max(1, points // 200)]:
            position = view_box.mapViewToScene(QPointF(point.x, point.value))
            t0 = time.perf_counter()
            chart._hover(position)
            hover.append((time.perf_counter() - t0) * 1000)

        edit = []
        target = chart.points[len(chart.points) // 2]
        for value in (111.0, 222.0, 333.0, 444.0, 555.0, 666.0, 777.0, 888.0, 999.0):
            t0 = time.perf_counter()
            window.session.run("Edit claim", lambda p, v=value: operations.update_claim(p, target.claim_id, {"value": v}))
            chart.plotWidget.viewport().repaint()
            edit.append((time.perf_counter() - t0) * 1000)
        window.close()
    hover.sort()
    each = ", ".join(f"{e:.0f}" for e in edit)
    print(f"machine: {describe()}")
    print(f"chart: {points:,} points in {series} series: tick all and paint, median {statistics.median(first):.0f} ms "
          f"(goal <= 400 ms); pan/zoom repaint median {statistics.median(repaint):.0f} ms; hover median "
          f"{statistics.median(hover):.1f} ms, p95 {hover[int(len(hover) * 0.95) - 1]:.1f} ms (goal <= 5 ms); "
          f"one claim edited to chart repainted median {statistics.median(edit):.0f} ms (each: {each} ms)")


if __name__ == "__main__":
    main()
