"""In Ukrainian, no English a volunteer would have to read: the main window, its menus
and every dialog, walked widget by widget (what the curator typed or imported is
theirs, not the interface's)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from curator.ui.actions import ActionId
from tests.gui_helpers import import_and_wait, open_document_titled, select_text, trigger, type_into

#: Latin-script words an interface in Ukrainian still writes as they are: names of
#: formats, programs and keys.
ALLOWED = {"Curator", "CSV", "JSON", "SQLite", "PDF", "HTML", "Word", "Excel", "Markdown", "REFI", "QDA", "OCR",
           "Ctrl", "Shift", "Alt", "Del", "Delete", "Esc", "Enter", "Return", "Tab", "Backspace", "PgUp", "PgDown",
           "Home", "End", "Ins", "Space", "Left", "Right", "Up", "Down", "F1", "F6", "F8", "docx", "txt", "html",
           "htm", "pdf", "md", "csv", "json", "sqlite", "curator", "Frictionless", "Data", "Package", "Web",
           "Annotation", "W3C", "UTF", "BOM", "ID", "URL", "UUID", "XML", "ZIP", "PNG", "SVG",
           "Annotations", "LD", "https",  # the W3C standard's name; a web address
           "QualCoder", "NVivo", "ATLAS", "ti", "MAXQDA", "LibreOffice",  # programs the exports are for
           "English",  # the language, named as its speakers write it
           "OK"}  # as Qt's own Ukrainian catalogue writes it
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
#: Widgets (by object name) that show the curator's material: document text, titles,
#: quotes, names of series.
DATA: tuple[str, ...] = ()


def english_in(text: str) -> list[str]:
    """The English words of an interface text; file names and paths («quoted» or
    written out) are the curator's, not the interface's."""
    text = re.sub(r"«[^»]*»|(?:^|(?<=\s))/\S*", " ", text.replace("&", ""))
    return [word for word in _LATIN_WORD.findall(text) if word not in ALLOWED]


@pytest.fixture
def ukrainian(qapp):
    from curator.ui.app import setup_application, use_language

    setup_application(qapp)  # as at a start, then the curator's choice
    assert use_language(qapp, "uk") == "uk"
    yield
    use_language(qapp, "en")


def _texts(widget: QWidget, data_views: tuple[QWidget, ...]) -> list[tuple[str, str]]:
    """Every interface text a visible widget shows: (where, text)."""
    found = []
    name = widget.objectName() or type(widget).__name__
    if widget.isWindow() and widget.windowTitle():
        found.append((f"{name} title", widget.windowTitle()))
    if widget.toolTip():
        found.append((f"{name} tooltip", widget.toolTip()))
    if isinstance(widget, QLabel) and widget.text():
        found.append((name, re.sub(r"<[^>]+>", " ", widget.text())))
    elif isinstance(widget, QAbstractButton) and widget.text():
        found.append((name, widget.text()))
    elif isinstance(widget, QGroupBox) and widget.title():
        found.append((name, widget.title()))
    elif isinstance(widget, QLineEdit) and widget.placeholderText():
        found.append((f"{name} placeholder", widget.placeholderText()))
    elif isinstance(widget, QComboBox) and widget not in data_views:
        found += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
    elif isinstance(widget, QTabWidget):
        found += [(f"{name} tab", widget.tabText(i)) for i in range(widget.count())]
    elif isinstance(widget, QTextBrowser):
        found.append((name, widget.toPlainText()))
    if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        found += [(f"{name} header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                  for c in range(model.columnCount())]
    return found


def _english_on(window: QWidget, data_views: tuple[QWidget, ...] = ()) -> list[tuple[str, str, list[str]]]:
    """(where, text, English words) for every visible widget of ``window``."""
    report = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or any(widget is d or d.isAncestorOf(widget) for d in data_views):
            continue
        for where, text in _texts(widget, data_views):
            words = english_in(text)
            if words:
                report.append((where, text, words))
    return report


def _menus(window) -> list[tuple[str, str, list[str]]]:
    report = []
    for menu in window.menuBar().findChildren(QMenu):
        for action in [menu.menuAction(), *menu.actions()]:
            for text in (action.text(), action.toolTip(), action.statusTip()):
                words = english_in(text)
                if words:
                    report.append((f"menu {menu.title()}", text, words))
    return report


def test_the_window_and_every_dialog_say_nothing_in_english(qtbot, ukrainian, tmp_path, seeds):
    from curator.ui import open_window

    window = open_window(tmp_path / "проєкт.curator")
    qtbot.addWidget(window)
    import_and_wait(qtbot, window, [seeds], keep_summary=True)
    window.lay_out_for(QRect(0, 0, 1366, 728))  # a laptop's screen, less its task bar
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)  # fitted again, with the frame
    # Imported articles are English: what the widgets below show of them is the
    # curator's material, not the interface.
    data_views = tuple(window.findChild(QWidget, name) for name in DATA)
    problems = _english_on(window.flow.report_box, ()) + _menus(window)
    window.flow.report_box.close()
    # A claim open in the form, its series ticked on the chart, a search's results.
    open_document_titled(window, "Azov commander says")
    select_text(window, "More than 900 defenders")
    trigger(window, ActionId.NEW_CLAIM)
    type_into(qtbot, window.form.measureEdit, "in captivity")
    type_into(qtbot, window.form.subjectEdit, "defenders of Mariupol")
    chart = window.ensure_chart()
    window.chart_dock.fold(False)
    chart.seriesList.item(0).setCheckState(Qt.CheckState.Checked)
    (point,) = chart.points
    assert chart.said(point) == "понад 900" and "<b>понад 900</b> · 1 лютого 2024" in chart.describe(point)
    chart.colourBy.setCurrentIndex(chart.colourBy.findData("person"))  # nobody said it yet
    assert [label.text for _sample, label in chart.legend.items] == ["(невідомо)"]
    chart.colourBy.setCurrentIndex(chart.colourBy.findData("outlet"))
    assert window.claims.view.model().index(0, 0).data() == "900"
    type_into(qtbot, window.searchBox, "Prokopenko")
    qtbot.waitUntil(window.search_results.isVisible)
    problems += _english_on(window, data_views)
    dialogs = {
        "preferences": window.flow.edit_preferences,
        "vocabulary": window.show_vocabulary,
        "shortcuts": window.show_shortcuts,
        "quick start": window.show_quick_start,
        "export": lambda: (trigger(window, ActionId.EXPORT), window.exchange.dialog)[1],
        "backups": window.safekeeping.choose_backup,
    }
    for name, show in dialogs.items():
        dialog = show()
        assert dialog is not None and dialog.isVisible(), name
        problems += [(f"{name}: {where}", text, words) for where, text, words in _english_on(dialog)]
        dialog.close()
    window.close()
    assert problems == [], "\n".join(f"{where}: {text!r} {words}" for where, text, words in problems)


def test_the_welcome_page_and_the_first_start_say_nothing_in_english(qtbot, ukrainian, monkeypatch, tmp_path):
    monkeypatch.setenv("CURATOR_CONFIG_DIR", str(tmp_path / "config"))
    from curator.ui.mainwindow import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.flow.open_initial([])
    problems = _english_on(window) + _english_on(window.flow.preferences)
    window.flow.preferences.close()
    window.close()
    assert QApplication.instance() is not None
    assert problems == [], "\n".join(f"{where}: {text!r} {words}" for where, text, words in problems)
