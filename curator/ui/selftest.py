"""The window steps of ``curator --self-test``: fonts, and the main window rendered
offscreen to an image."""

from __future__ import annotations

import os
from pathlib import Path


def window_steps(steps, project: Path, folder: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # headless, whatever the session has
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def quiet(_kind, _context, message: str) -> None:
        # The offscreen platform cannot size or raise windows; say nothing of it.
        if "This plugin does not support" not in message:
            print(f"Qt: {message}")

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(["curator"])
    state: dict = {}

    def fonts() -> str:
        from curator.ui.fonts import cyrillic_font_problem

        problem = cyrillic_font_problem()
        assert problem is None, problem
        return app.font().family()

    def ukrainian() -> str:
        """Curator's and Qt's own Ukrainian catalogues are shipped and load."""
        from PySide6.QtWidgets import QDialogButtonBox

        from curator.ui.app import use_language

        try:
            assert use_language(app, "uk") == "uk", "no Ukrainian catalogue"
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
            assert cancel == "Скасувати", f"Qt's own buttons are not translated ({cancel!r}): qtbase_uk missing"
            return cancel
        finally:
            use_language(app, "en")

    def window() -> str:
        from curator.ui.app import open_window

        state["window"] = window = open_window(project)
        window.resize(1280, 800)
        app.processEvents()
        assert window.documents.model.rowCount() == 1, "the document is not listed"
        assert window.claims.model.rowCount() == 1, "the claim is not listed"
        image = window.grab()
        path = folder / "window.png"
        assert image.save(str(path)) and path.stat().st_size > 10_000, "the window did not render"
        return f"{image.width()}×{image.height()} rendered"

    def chart() -> str:
        window = state["window"]
        pane = window.ensure_chart()
        return f"{len(pane.series)} series"

    steps.run("a font with Cyrillic letters", fonts)
    steps.run("Ukrainian catalogues, Curator's and Qt's", ukrainian)
    steps.run("main window, offscreen", window)
    steps.run("chart pane", chart)
    if "window" in state:
        # Close and delete the window now, with Qt's help, rather than at interpreter exit.
        from PySide6.QtCore import QCoreApplication, QEvent

        window = state.pop("window")
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
