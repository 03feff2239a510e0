"""Render the screenshots in docs/screenshots/ from the sample articles.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

from curator.sample import CLAIMS  # noqa: E402 (after the path is set)


def wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from curator import operations
    from curator.partialdate import parse_partial_date
    from curator.paths import sample_articles
    from curator.ui.actions import ActionId
    from curator.ui.app import open_window

    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        window = open_window(Path(tmp) / "Azovstal defenders.curator")
        window.resize(1500, 900)
        window.flow.import_paths(sample_articles())
        while window.flow.job.running:
            wait(50)
        window.flow.report_box.close()
        window.message_bar.hide()
        model = window.documents.model
        for title, quote, fields in CLAIMS:
            document = next(d for d in model.rows if d.title.startswith(title))
            window.curation.open_document(document.id)
            text = window.view.toPlainText()
            start = text.index(quote)
            window.view.select(start, start + len(quote))
            claim_id = window.curation.new_claim_from_selection()
            values = dict(fields)
            if "as_of" in values:
                values["as_of"], values["as_of_precision"] = parse_partial_date(values["as_of"])
            window.session.run("Edit claim", lambda p, c=claim_id, v=values: operations.update_claim(p, c, v))
        # The first claim, with a second piece of evidence from another article.
        first = next(d for d in model.rows if d.title.startswith("Azov commander says"))
        window.curation.open_document(first.id)
        claim = window.claims.model.rows[0].id
        window.curation.select_claim(next(r.id for r in window.claims.model.rows if r.value == 900))
        other = next(d for d in model.rows if d.title.startswith("Over 1,900 defenders"))
        window.curation.open_document(other.id)
        text = window.view.toPlainText()
        quote = "We are united by one goal: to return 900 captured Azov citizens home"
        window.view.select(text.index(quote), text.index(quote) + len(quote))
        window.curation.add_selection_as_evidence()
        window.message_bar.hide()
        window.curation.open_document(first.id)
        window.curation.select_claim(next(r.id for r in window.claims.model.rows if r.value == 900))
        chart = window.ensure_chart()
        if window.chart_dock.folded:  # folded on a small screen (offscreen is one): opened as a curator does
            window.actions[ActionId.SHOW_CHART].trigger()
        chart.set_ticked([key for key in chart.series if key.measure in ("in captivity", "captured")])
        window.curation.select_claim(next(r.id for r in window.claims.model.rows if r.value == 900))
        wait(300)
        OUT.mkdir(parents=True, exist_ok=True)
        window.resize(1500, 1050)
        wait(200)
        chart.set_ticked([key for key in chart.series if key.measure == "left Azovstal"])
        window.resizeDocks([window.chart_dock], [380], Qt.Orientation.Vertical)
        wait(200)
        window.chart_dock.grab().save(str(OUT / "chart-conflict.png"))
        chart.set_ticked([key for key in chart.series if key.measure in ("in captivity", "captured")])
        wait(200)
        window.chart_dock.grab().save(str(OUT / "chart.png"))
        print(f"wrote {OUT}/chart.png, chart-conflict.png ({claim})")
        window.close()


if __name__ == "__main__":
    main()
