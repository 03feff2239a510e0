"""Curator at archive scale: projects of 1,000, 10,000 and 50,000 documents with 10
claims each (``make_corpus.py``), measured as a curator meets them.

For each size, in a fresh process (``python -m curator PROJECT`` with
CURATOR_STARTUP_PROBE=1, offscreen): the window on screen, the project usable
(documents and claims listed, the first document open), the chart's series read, and
the memory the process holds then. Then, in this process, with the window open (and the
day's backup of the project, made at its first opening, done): one
claim edited (to every view repainted; anywhere, and in the series the chart draws,
with its conflicts), a new claim with its evidence, scrolling
the claims table and the documents list a page at a time (each frame painted), one series
ticked (per 100,000 points; its points read from the project, and again when they are
still held), and the longest stall of the event loop (a 10 ms timer)
while 1,000 files are imported into the project and at the end of that import.

    python benchmarks/scale.py [--sizes 1000 10000 50000] [--keep DIR] [--plot docs/scale.png]

``--keep DIR`` keeps the generated projects there and uses them again (50,000
documents take minutes to make); every measurement works on a copy.

Goals (issue 17): at 50,000 documents, window ≤ 0.5 s, usable ≤ 3 s, chart ≤ 3 s
more, memory ≤ 600 MB; usable ≤ 1.5 s at 10,000; an edit ≤ 100 ms; a tick ≤ 200 ms
per 100,000 points; no stall over 50 ms during an import.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.machine import describe
from benchmarks.make_corpus import article, make_project

PER_DOCUMENT = 10


def project_of(size: int, keep: Path) -> Path:
    path = keep / f"scale-{size}.curator"
    if not path.exists():
        started = time.perf_counter()
        make_project(path, size, PER_DOCUMENT).close()
        print(f"  made {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def opening(path: Path, runs: int) -> dict[str, float]:
    """Medians of the start-up probe's times (seconds from process start) and memory,
    after a first opening that warms the file cache."""
    found: list[dict[str, float]] = []
    for _ in range(runs + 1):
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CURATOR_STARTUP_PROBE": "1",
                   "XDG_CONFIG_HOME": f"{home}/config", "XDG_DATA_HOME": f"{home}/data"}
            started = time.time()
            result = subprocess.run([sys.executable, "-m", "curator", str(path)], env=env, capture_output=True,
                                    text=True, timeout=600)
        values = dict(line.split() for line in result.stdout.splitlines() if line.split()[0] in (
            "first-paint", "project-loaded", "chart-ready", "memory-mb"))
        if "chart-ready" not in values:
            raise SystemExit(f"no probe output:\n{result.stdout}\n{result.stderr}")
        found.append({name: float(value) - (started if name != "memory-mb" else 0) for name, value in values.items()})
    return {name: statistics.median(run[name] for run in found[1:]) for name in found[0]}


def scrolling(app, window) -> dict[str, float]:
    """The claims table and the documents list scrolled a page at a time, each page
    painted: the longest and the median frame (rows are read from the project as they
    come into view, or were read while the window was idle between two turns of the
    wheel), then a jump to the end and back (the scroll bar dragged)."""
    frames, jumps = [], []
    for view in (window.claims.view, window.documents.view):
        bar = view.verticalScrollBar()
        bar.setValue(0)
        app.processEvents()
        for _ in range(60):
            app.processEvents()  # the moment between two turns of the wheel: what waits is done
            started = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            view.viewport().repaint()
            frames.append(time.perf_counter() - started)
        for value in (bar.maximum(), 0):
            started = time.perf_counter()
            bar.setValue(value)
            view.viewport().repaint()
            jumps.append(time.perf_counter() - started)
    return {"scroll-frame-max-ms": max(frames) * 1000, "scroll-frame-median-ms": statistics.median(frames) * 1000,
            "jump-max-ms": max(jumps) * 1000}


def working(path: Path, files: int) -> dict[str, float]:
    """One edit, one new claim, one tick, and the longest stall during an import, in
    the window (this process)."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from curator import operations as ops
    from curator.ui.app import open_window, settle_heap

    app = QApplication.instance() or QApplication([])

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    window = open_window(path)
    window.resize(1366, 768)
    backup = window.safekeeping.backup_job  # the day's first opening: a copy of the project
    while window.chart.busy or (backup is not None and backup.running):
        app.processEvents()
        time.sleep(0.01)
    settle()
    settle_heap()
    found: dict[str, float] = {}
    claims = window.claims.model

    def median_edit(claim_ids: list, value: int) -> float:
        """Each claim chosen, then its value changed: the median, in ms, to every view repainted."""
        edits = []
        for i, claim_id in enumerate(claim_ids):
            window.claims.select_id(claim_id, notify=True)
            settle()
            started = time.perf_counter()
            window.session.run("Edit claim", lambda p, c=claim_id, i=i: ops.update_claim(p, c, {"value": value + i}))
            settle()
            edits.append(time.perf_counter() - started)
        return statistics.median(edits) * 1000

    found["edit-ms"] = median_edit([claims.id_at(100 + i) for i in range(5)], 1000)
    drawn = window.chart.points  # the largest series, ticked at a first opening
    found["edit-drawn-ms"] = median_edit([drawn[len(drawn) * (i + 1) // 7].claim_id for i in range(5)], 2000)
    document = window.documents.model.id_at(0)
    made = []
    for i in range(5):
        started = time.perf_counter()
        window.session.run("New claim", lambda p, i=i: ops.create_claim(
            p, {"subject": "civilians", "measure": "in captivity", "value": 10 + i}, [ops.Selection(document, i, 20)]))
        settle()
        made.append(time.perf_counter() - started)
    found["new-claim-ms"] = statistics.median(made) * 1000
    found |= scrolling(app, window)
    chart = window.chart
    largest = max(chart.series, key=lambda key: chart.series[key].count)
    per_100k = 1000 * 100_000 / max(1, chart.series[largest].count)
    for name, read in (("tick-ms-per-100k", True), ("tick-again-ms-per-100k", False)):
        ticks = []
        for _ in range(3):
            chart.set_ticked(set())
            settle()
            if read:  # its points let go: read from the project, as at its first tick
                chart.chart.series[largest].unload()
            started = time.perf_counter()
            chart.set_ticked({largest})
            settle()
            ticks.append(time.perf_counter() - started)
        found[name] = statistics.median(ticks) * per_100k
    found["tick-points"] = chart.series[largest].count

    with tempfile.TemporaryDirectory() as folder:
        import random

        rng = random.Random(5)
        for i in range(files):
            _language, _title, text, _day = article(rng, 900_000 + i)
            (Path(folder) / f"new-{i}.txt").write_text(text, encoding="utf-8")
        clock, longest, ticking = QElapsedTimer(), [0.0], QTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def tick() -> None:
            now = clock.nsecsElapsed()
            longest[0] = max(longest[0], (now - last[0]) / 1e6 - 10)
            last[0] = now

        ticking.timeout.connect(tick)
        ticking.start(10)
        job = window.flow.import_paths([folder])
        while job.running:
            app.processEvents()
            time.sleep(0.002)
        for _ in range(50):  # the end of the import: views, suggestions, summary
            app.processEvents()
            time.sleep(0.01)
        ticking.stop()
        found["import-stall-ms"] = longest[0]
        box = window.flow.report_box
        if box is not None:
            box.close()
    window.close()
    return found


def plot(rows: list[tuple[int, dict[str, float]]], out: Path) -> None:
    """Time to usable and to the chart, and memory, against project size: a PNG."""
    import pyqtgraph as pg
    import pyqtgraph.exporters
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    pg.setConfigOptions(background="w", foreground="k", antialias=True)
    layout = pg.GraphicsLayoutWidget()
    layout.resize(900, 420)
    sizes = [size for size, _ in rows]
    times = layout.addPlot(title="Opening (s from process start)")
    times.addLegend(offset=(10, 10))
    times.setLogMode(x=True)
    times.setLabel("bottom", "documents (10 claims each)")
    for name, colour in (("first-paint", "#1b9e77"), ("project-loaded", "#d95f02"), ("chart-ready", "#7570b3")):
        times.plot(sizes, [found[name] for _, found in rows], pen=pg.mkPen(colour, width=2), symbol="o",
                   symbolBrush=colour, name={"first-paint": "window on screen", "project-loaded": "usable",
                                             "chart-ready": "chart's series read"}[name])
    memory = layout.addPlot(title="Memory after opening (MB)")
    memory.setLogMode(x=True)
    memory.setLabel("bottom", "documents (10 claims each)")
    memory.plot(sizes, [found["memory-mb"] for _, found in rows], pen=pg.mkPen("#e7298a", width=2), symbol="o",
                symbolBrush="#e7298a")
    memory.addLine(y=600, pen=pg.mkPen("#999999", style=pg.QtCore.Qt.PenStyle.DashLine))
    memory.setYRange(0, max(700, max(found["memory-mb"] for _, found in rows) * 1.1))
    for each in (times, memory):
        each.getAxis("left").setWidth(48)
        each.getAxis("bottom").setTicks([[(math.log10(size), f"{size:,}") for size in sizes]])
        each.setXRange(math.log10(min(sizes)) - 0.1, math.log10(max(sizes)) + 0.15, padding=0)
    layout.show()  # laid out, so the export has its axes
    for _ in range(3):
        app.processEvents()
    exporter = pyqtgraph.exporters.ImageExporter(layout.scene())
    exporter.parameters()["width"] = 900
    exporter.export(str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 50_000])
    parser.add_argument("--keep", type=Path, help="keep the generated projects here, and use them again")
    parser.add_argument("--runs", type=int, default=3, help="openings per size (medians)")
    parser.add_argument("--files", type=int, default=1000, help="files imported while the stall is measured")
    parser.add_argument("--plot", type=Path, help="write a PNG of time and memory against size")
    args = parser.parse_args()
    keep = args.keep or Path(tempfile.mkdtemp(prefix="curator-scale-"))
    keep.mkdir(parents=True, exist_ok=True)
    print(f"machine: {describe()}")
    rows = []
    try:
        for size in args.sizes:
            source = project_of(size, keep)
            with tempfile.TemporaryDirectory(dir=keep) as work:
                copy = Path(work) / source.name
                shutil.copy(source, copy)
                found = opening(copy, args.runs)
                found |= working(copy, args.files)
            rows.append((size, found))
            print(f"{size:>6,} documents / {size * PER_DOCUMENT:>7,} claims: "
                  f"window {found['first-paint']:.2f} s, usable {found['project-loaded']:.2f} s, "
                  f"chart {found['chart-ready']:.2f} s (+{found['chart-ready'] - found['project-loaded']:.2f}), "
                  f"memory {found['memory-mb']:.0f} MB; edit {found['edit-ms']:.0f} ms ({found['edit-drawn-ms']:.0f} ms in "
                  f"the series drawn), "
                  f"new claim {found['new-claim-ms']:.0f} ms, tick {found['tick-ms-per-100k']:.0f} ms per 100,000 "
                  f"points ({found['tick-points']:,.0f}; {found['tick-again-ms-per-100k']:.0f} ms again), scrolling "
                  f"frames {found['scroll-frame-median-ms']:.0f} ms (longest {found['scroll-frame-max-ms']:.0f} ms, "
                  f"to the end and back {found['jump-max-ms']:.0f} ms), longest stall importing {args.files:,} files "
                  f"{found['import-stall-ms']:.0f} ms", flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(keep, ignore_errors=True)
    if args.plot:
        plot(rows, args.plot)
        print(f"plot: {args.plot}")


if __name__ == "__main__":
    main()
