"""File → Save a Copy, Restore From Backup and the daily backup, as a volunteer uses them."""

from __future__ import annotations

import pytest

from curator import queries
from curator.storage import Project, backups
from curator.ui import open_window
from tests.gui_helpers import import_and_wait

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path, seeds):
    win = open_window(tmp_path / "mine.curator")
    qtbot.addWidget(win)
    import_and_wait(qtbot, win, [seeds])
    yield win
    win.close()


def test_save_a_copy_while_working_gives_a_whole_project(qtbot, window, tmp_path):
    target = tmp_path / "for the coordinator.curator"
    job = window.safekeeping.save_copy_to(target)
    with qtbot.waitSignal(window.safekeeping.saved, timeout=10_000):
        pass
    assert job is not None and window.message_bar.text() == f"Saved a copy as {target}"
    with Project.open(target) as copy:
        assert queries.counts(copy).documents == 5
    assert window.safekeeping.save_copy_to(window.session.project.path) is None
    assert "cannot replace the project itself" in window.message_bar.text()


def test_the_daily_backup_is_listed_and_restores_as_a_new_project(qtbot, window, tmp_path):
    with qtbot.waitSignal(window.safekeeping.saved, timeout=10_000) as made:
        assert window.safekeeping.back_up_if_due() is not None
    assert made.args[0].parent == tmp_path / "mine backups"
    assert window.safekeeping.back_up_if_due() is None or not backups.due(window.session.project.path)
    dialog = window.safekeeping.choose_backup()
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().endswith(" · daily · 5 documents, 0 claims")
    dialog.close()
    original = window.session.project.path
    assert window.safekeeping.restore_to(made.args[0], tmp_path / "restored.curator")
    assert window.session.project.path == tmp_path / "restored.curator"
    assert window.documents.model.rowCount() == 5
    assert not window.safekeeping.restore_to(made.args[0], original)  # never over a file
    assert "exists already" in window.message_bar.text()


def test_check_project_reports_and_repairs_from_the_menu(qtbot, window):
    import sqlite3

    from PySide6.QtWidgets import QPushButton

    from curator.ui.actions import ActionId

    path = window.session.project.path
    with qtbot.waitSignal(window.safekeeping.checked, timeout=10_000) as done:
        window.actions[ActionId.CHECK_PROJECT].trigger()
    assert done.args[0].healthy and window.message_bar.text() == "mine.curator: no problems found"
    connection = sqlite3.connect(path)
    connection.execute("DROP TRIGGER document_fts_update")
    connection.execute("UPDATE document SET title = 'Zebra'")
    connection.commit()
    connection.close()
    with qtbot.waitSignal(window.safekeeping.checked, timeout=10_000) as done:
        window.safekeeping.check()
    assert not done.args[0].healthy
    box = window.safekeeping.report_box
    assert box.objectName() == "checkReport" and box.isVisible()
    with qtbot.waitSignal(window.safekeeping.checked, timeout=10_000) as done:
        box.findChild(QPushButton, "repairButton").click()
    assert done.args[0].repaired == ["rebuilt the full-text index"] and done.args[0].healthy
    assert window.message_bar.text() == "mine.curator: repaired (1 change)"
