"""The window on a laptop and on a desktop screen: what a curator sees without scrolling
or resizing anything, and what must not move under the pointer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QScrollArea

from curator.ui import open_window
from curator.ui.actions import ActionId
from tests.gui_helpers import claim_in_window, import_and_wait

#: Screens as their available area (the screen less a 40-pixel task bar).
SCREENS = {"laptop 1366×768": QRect(0, 0, 1366, 728), "desktop 1920×1080": QRect(0, 0, 1920, 1040)}


@pytest.fixture(params=["en"])
def language(request, qapp):
    """The interface language: English, or Ukrainian through its shipped catalogue."""
    from PySide6.QtCore import QTranslator

    translator = None
    if request.param == "uk":
        translator = QTranslator()
        assert translator.load(str(Path(__file__).parent.parent / "resources" / "translations" / "curator_uk.qm"))
        qapp.installTranslator(translator)
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot, tmp_path, seeds, language):
    win = open_window(tmp_path / "layout.curator")
    qtbot.addWidget(win)
    import_and_wait(qtbot, win, [seeds])
    yield win
    win.close()


def _fully_visible(widget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


@pytest.mark.parametrize("language", ["en", "uk"], indirect=True)
@pytest.mark.parametrize("screen", SCREENS)
def test_the_first_window_fills_the_screen_with_room_for_the_work(qtbot, window, screen, language):
    available = SCREENS[screen]
    window.lay_out_for(available)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)  # fitted again, with the frame
    claim_in_window(window, "Over 1,900 defenders", "the evacuation of 2,500 Ukrainian soldiers")
    qtbot.wait(50)

    assert available.contains(window.frameGeometry()) and window.width() >= available.width() - 20
    assert window.searchBox.isVisible(), "the search box, not folded away into the toolbar's overflow"
    view = window.view
    assert view.viewport().height() // view.fontMetrics().lineSpacing() >= 25, "document lines"
    table = window.claims.view
    assert table.viewport().height() // table.verticalHeader().defaultSectionSize() >= 8, "claims rows"
    assert not table.horizontalScrollBar().isVisible(), "every column of the claims table in view"
    form = window.form
    fields = [form.subjectEdit, form.measureEdit, form.qualifierCombo, form.valueEdit, form.unitEdit, form.asOfEdit, form.asOfPrecisionCombo, form.attributedToEdit, form.reportedByEdit,
              form.statusCombo, form.tagsEdit, form.noteEdit, form.evidenceList, form.removeEvidenceButton]
    assert [f.objectName() or f.text() for f in fields if not _fully_visible(f)] == [], "the whole claim form"
    scroll = window.right_splitter.widget(1).findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible() and not scroll.verticalScrollBar().isVisible()
    assert not form.upperValueEdit.isVisible()  # the upper value is for ranges only
    form.qualifierCombo.setCurrentIndex(form.qualifierCombo.findData("range"))
    form.qualifierCombo.activated.emit(form.qualifierCombo.currentIndex())
    qtbot.wait(20)
    assert _fully_visible(form.upperValueEdit) and not scroll.horizontalScrollBar().isVisible()
    assert form.evidence_shown() == [("Over 1,900 defenders of Azovstal are in Russian captivity",
                                      ["the evacuation of 2,500 Ukrainian soldiers"])]
    # The chart: folded to its strip on the laptop, open on the desktop; either way one
    # keystroke away, and it remembers.
    assert window.chart_dock.folded == (available.height() < 900)
    window.actions[ActionId.SHOW_CHART].trigger()
    assert window.chart_dock.folded == (available.height() >= 900)


def test_a_restored_window_is_moved_and_shrunk_onto_the_screen_it_is_on(qtbot, window):
    window.setGeometry(QRect(1500, 900, 1800, 1000))  # as left on a larger, second screen
    window.fit_to(SCREENS["laptop 1366×768"], keep=True)
    assert SCREENS["laptop 1366×768"].contains(window.geometry())


def test_messages_and_step_names_never_move_what_is_under_the_pointer(qtbot, window):
    window.lay_out_for(SCREENS["laptop 1366×768"])
    window.show()
    qtbot.waitExposed(window)
    before = window.splitter.geometry()
    window.show_message("The claim could not be saved: a long explanation that wraps " * 3, problem=True)
    qtbot.wait(20)
    assert window.message_bar.isVisible() and window.splitter.geometry() == before
    toolbar = window.findChild(type(window.addToolBar("probe")), "mainToolbar")
    redo = toolbar.widgetForAction(window.actions[ActionId.REDO]).geometry()
    claim_in_window(window, "Over 1,900 defenders", "the evacuation of 2,500 Ukrainian soldiers",
                    subject="A subject long enough to make the undo step's name long")
    assert window.actions[ActionId.UNDO].text().startswith("&Undo Edit claim")  # the menu names the step
    qtbot.wait(20)  # the toolbar laid out again
    assert toolbar.widgetForAction(window.actions[ActionId.REDO]).geometry() == redo


def test_the_window_paints_before_the_database_layer_loads():
    """The first paint must not wait for SQLAlchemy, the models or the importers (half a
    second on a laptop): the window's modules load them only when a project opens."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from curator.ui.app import setup_application\n"
        "setup_application(app)\n"
        "from curator.ui.mainwindow import MainWindow\n"
        "window = MainWindow()\n"
        "window.show()\n"
        "app.processEvents()\n"
        "heavy = ('sqlalchemy', 'sqlmodel', 'curator.storage', 'curator.importers', 'curator.queries', 'trafilatura')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
