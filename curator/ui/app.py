"""Starting the application: the window paints first, the project loads after."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from curator import __version__
from curator.paths import resource

log = logging.getLogger(__name__)
_translators: list[QTranslator] = []


def setup_application(app: QApplication) -> None:
    """Names, icon, style and translations; safe to call more than once."""
    if app.property("curatorReady"):
        return
    app.setProperty("curatorReady", True)
    app.setOrganizationName("Curator")
    app.setApplicationName("Curator")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("curator")
    icon = QIcon(str(resource("icons", "curator.svg")))
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = resource("icons", f"curator-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    app.setWindowIcon(icon)
    style = resource("style", "curator.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    locale = QLocale.system().name()
    for name, folder in ((f"curator_{locale}", str(resource("translations"))),
                         (f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)


def _report_unexpected(kind, value, traceback) -> None:
    """No crash dialogs: log the traceback, tell the curator in a line."""
    log.error("unexpected error", exc_info=(kind, value, traceback))
    for widget in QApplication.topLevelWidgets():
        show = getattr(widget, "show_message", None)
        if show is not None:
            show(f"Something went wrong: {kind.__name__}: {value}. Your work is saved; details are in the log.", True)
            break


def run_gui(argv: Sequence[str]) -> int:
    from curator.ui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    setup_application(app)
    sys.excepthook = _report_unexpected
    window = MainWindow()
    window.show()
    # Paint first; open the project (and import the database layer) right after.
    QTimer.singleShot(0, lambda: window.flow.open_initial(list(argv)))
    return app.exec()


def open_window(path: str | Path):
    """The real main window on the project at ``path`` (created when missing), shown.
    For tests and automation: a ``QApplication`` must already exist."""
    from curator.ui.mainwindow import MainWindow

    app = QApplication.instance()
    if app is None:
        raise RuntimeError("open_window needs a QApplication")
    setup_application(app)
    window = MainWindow()
    window.show()
    window.flow.open_path(path, create=not Path(path).exists())
    return window
