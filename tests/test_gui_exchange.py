"""Export and merge from the menus, with progress and a summary."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton

from curator import queries
from curator.storage.migrate import backup
from curator.ui import open_window
from curator.ui.actions import ActionId
from tests.curation_helpers import claim_on
from tests.gui_helpers import claim_in_window, import_and_wait


@pytest.fixture
def window(qtbot, tmp_path, seeds):
    win = open_window(tmp_path / "gui.curator")
    qtbot.addWidget(win)
    import_and_wait(qtbot, win, [seeds])
    claim_in_window(win, "Azov commander says", "More than 900 defenders of Mariupol remain in Russian captivity",
                    status="checked")
    yield win
    win.close()


def _volunteer(window, tmp_path, edit, author="Volunteer"):
    """A copy of the window's project as a volunteer took it, with ``edit(project)``
    made in it: (its path, what the edit returned)."""
    from curator.storage import Project

    path = tmp_path / "volunteer.curator"
    backup(window.session.project.path, path)
    with Project.open(path, author=author) as theirs:
        return path, edit(theirs)


def _merge_in_window(qtbot, window, path):
    """Merge as File → Merge Project… does, once the preview is accepted; the report."""
    with qtbot.waitSignal(window.exchange.merged, timeout=30_000) as blocker:
        window.exchange.merge(path)
    window.exchange.summary_box.close()
    return blocker.args[0]


def test_export_from_the_menu(qtbot, window, tmp_path):
    window.actions[ActionId.EXPORT].trigger()
    dialog = window.exchange.dialog
    assert dialog.isVisible()
    dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData("json"))
    assert dialog.pathEdit.text().endswith("gui-export.json")
    dialog.pathEdit.setText(str(tmp_path / "out.json"))
    dialog.withText.setChecked(True)
    with qtbot.waitSignal(window.exchange.exported, timeout=30_000) as blocker:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert blocker.args[0].claims == 1
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(data["documents"]) == 5 and "text" in data["documents"][0]
    assert window.exchange.summary_box.text().startswith("Exported 1 claims from 5 documents")
    window.exchange.summary_box.close()


def test_export_for_a_spreadsheet_in_the_chosen_locale(qtbot, window, tmp_path):
    from PySide6.QtCore import QLocale

    window.actions[ActionId.EXPORT].trigger()
    dialog = window.exchange.dialog
    dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData("csv"))
    assert not dialog.localeCombo.isVisible()  # only for a spreadsheet
    dialog.excel.setChecked(True)
    assert dialog.localeCombo.isVisible()
    assert dialog.localeCombo.currentData() == QLocale.system().name()  # the system's by default
    dialog.localeCombo.setCurrentIndex(dialog.localeCombo.findData("de_DE"))
    assert dialog.localeCombo.currentText() == "Deutsch (Deutschland): 1.234,5"
    dialog.pathEdit.setText(str(tmp_path / "claims.csv"))
    with qtbot.waitSignal(window.exchange.exported, timeout=30_000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    header = (tmp_path / "claims.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("claim_id;subject;subject_name;")
    window.exchange.summary_box.close()


def test_export_to_a_folder_that_does_not_exist_says_so(qtbot, window, tmp_path):
    from curator.exports import ExportOptions

    with qtbot.waitSignal(window.exchange.message, timeout=30_000) as blocker:
        window.exchange.export("csv", tmp_path / "nowhere" / "x.csv", ExportOptions())
    assert blocker.args == [f"{tmp_path / 'nowhere'}: no such folder", True]
    window.exchange.summary_box.close()


def test_merge_from_the_menu_brings_the_volunteers_claims(qtbot, window, tmp_path):
    volunteer, _ = _volunteer(window, tmp_path, lambda theirs: claim_on(
        theirs, "Over 1,200 Azovstal", "1,279 of them have already been returned from captivity",
        subject="Azovstal garrison"))
    with qtbot.waitSignal(window.exchange.merged, timeout=30_000) as blocker:
        window.exchange.merge(volunteer)
    report = blocker.args[0]
    assert report.conflicts == [] and report.inserted["claim"] == 1
    assert window.claims.model.rowCount() == 2  # the table followed
    assert window.exchange.summary_box.text().startswith("Merged volunteer.curator: 1 new claims")
    window.exchange.summary_box.close()
    assert len(queries.claims(window.session.project)) == 2


def test_merge_project_shows_what_it_will_do_before_doing_it(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from tests.helpers import database_fingerprint

    volunteer, _ = _volunteer(window, tmp_path, lambda theirs: claim_on(
        theirs, "Over 1,200 Azovstal", "1,279 of them have already been returned from captivity",
        subject="Azovstal garrison", measure="returned", reported_by="Ukrinform"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(volunteer), ""))
    window.session.project.checkpoint()
    before = database_fingerprint(window.session.project.path)
    with qtbot.waitSignal(window.exchange.previewed, timeout=30_000):
        window.actions[ActionId.MERGE].trigger()  # File → Merge Project…
    dialog = window.findChild(QDialog, "mergePreview")
    assert dialog is window.exchange.preview_dialog and dialog.isVisible()
    assert dialog.findChild(QLabel, "mergePreviewSummary").text().startswith("Merging volunteer.curator will bring 1 new")
    listing = dialog.findChild(QPlainTextEdit, "mergePreviewList").toPlainText()
    assert "added: claim (1)\n  Azovstal garrison · returned · 1,279 · 2025-05-29 · Ukrinform" in listing
    window.session.project.checkpoint()
    assert database_fingerprint(window.session.project.path) == before  # nothing yet
    assert len(queries.claims(window.session.project)) == 1
    dialog.reject()  # Cancel: nothing happens
    assert len(queries.claims(window.session.project)) == 1
    with qtbot.waitSignal(window.exchange.previewed, timeout=30_000):
        window.actions[ActionId.MERGE].trigger()
    with qtbot.waitSignal(window.exchange.merged, timeout=30_000):
        window.exchange.preview_dialog.findChild(QPushButton, "mergeButton").click()
    window.exchange.summary_box.close()
    assert len(queries.claims(window.session.project)) == 2


def test_a_merge_is_one_undoable_step_that_keeps_the_steps_before_it(qtbot, window, tmp_path):
    volunteer, _ = _volunteer(window, tmp_path, lambda theirs: claim_on(
        theirs, "Over 1,200 Azovstal", "1,279 of them have already been returned from captivity",
        subject="Azovstal garrison"))
    stack = window.session.undo_stack
    steps = stack.count()
    assert steps > 0  # the claim made in the fixture
    _merge_in_window(qtbot, window, volunteer)
    assert stack.count() == steps + 1 and stack.undoText() == "Merge volunteer.curator"
    assert window.actions[ActionId.UNDO].isEnabled()
    window.actions[ActionId.UNDO].trigger()  # Edit → Undo Merge: on a worker, then the stack moves
    assert stack.index() == steps + 1 and window._step_job.running  # the window is not held meanwhile
    qtbot.waitUntil(lambda: stack.index() == steps, timeout=30_000)
    assert len(queries.claims(window.session.project)) == 1 and window.claims.model.rowCount() == 1
    assert stack.count() == steps + 1  # the earlier steps are still there
    window.actions[ActionId.REDO].trigger()
    qtbot.waitUntil(lambda: stack.index() == steps + 1, timeout=30_000)
    assert len(queries.claims(window.session.project)) == 2 and window.claims.model.rowCount() == 2
    # A record the merge brought, changed since from elsewhere (another window): the undo
    # says so, names who changed it, and changes nothing.
    from curator import operations as ops

    added = next(c for c in queries.claims(window.session.project) if c.value == 1279)
    ops.update_claim(window.session.project, added.id, {"status": "checked"})
    with qtbot.waitSignal(window.session.problem, timeout=30_000) as said:
        window.actions[ActionId.UNDO].trigger()
    assert "changed since by" in said.args[0]
    assert stack.index() == steps + 1 and len(queries.claims(window.session.project)) == 2


def test_merging_something_that_is_not_a_project_is_a_clear_message(qtbot, window, tmp_path):
    bogus = tmp_path / "photo.curator"
    bogus.write_bytes(b"\x89PNG\r\n")
    with qtbot.waitSignal(window.exchange.message, timeout=30_000) as blocker:
        window.exchange.merge(bogus)
    assert blocker.args == [f"{bogus}: not a Curator project (the file is not an SQLite database)", True]
    window.exchange.summary_box.close()


def test_conflicts_are_resolved_in_the_window_field_by_field_and_undone(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QComboBox, QListWidget, QTableWidget

    from curator import operations as ops

    project = window.session.project
    (claim,) = queries.claims(project)
    volunteer, _ = _volunteer(window, tmp_path, lambda theirs: ops.update_claim(
        theirs, claim.id, {"note": "volunteer's note", "attributed_to": "Denys Prokopenko"}))
    window.session.run("Edit claim", lambda p: ops.update_claim(p, claim.id, {"note": "coordinator's note"}))
    _merge_in_window(qtbot, window, volunteer)
    label = window.conflicts_label
    assert label.isVisibleTo(window) and label.text() == "⚠ 1 open conflict"
    row = window.claims.model.row_of(claim.id)
    assert window.claims.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None  # marked
    assert "volunteer.curator" in window.claims.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)

    window.actions[ActionId.CONFLICTS].trigger()  # Edit → Conflicts…
    pane = window.findChild(QDialog, "conflictsPane")
    assert pane.isVisible()
    listing = pane.findChild(QListWidget, "conflictsList")
    assert listing.count() == 1 and listing.item(0).text().startswith("(no subject) · (no measure) · more than 900")
    table = pane.findChild(QTableWidget, "conflictFields")
    shown = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text(), table.cellWidget(r, 3))
             for r in range(table.rowCount())}
    assert shown["Note"][:2] == ("coordinator's note", "volunteer's note")
    assert shown["Attributed to"][:2] == ("—", "Denys Prokopenko")
    assert shown["Value"][2] is None and shown["Value"][0] == "900"  # the same on both sides: nothing to choose
    assert shown["Status"][:2] == ("checked", "checked")
    assert "Volunteer" in pane.findChild(QLabel, "conflictHeading").text()
    keep: QComboBox = shown["Attributed to"][2]
    keep.setCurrentIndex(keep.findData("theirs"))  # the volunteer's attribution, our note
    shown["Note"][2].setCurrentIndex(shown["Note"][2].findData("ours"))
    pane.findChild(QPushButton, "resolveButton").click()
    claim_now = queries.claim(project, claim.id)
    assert (claim_now.note, claim_now.attributed_to) == ("coordinator's note", "Denys Prokopenko")
    assert listing.count() == 0 and not label.isVisibleTo(window)
    assert window.claims.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert window.session.undo_stack.undoText() == "Resolve conflict"
    window.actions[ActionId.UNDO].trigger()
    assert listing.count() == 1 and label.isVisibleTo(window)


def test_the_history_pane_lists_every_change_and_restores_a_set_aside_version(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QListWidget

    from curator import operations as ops

    project = window.session.project
    (claim,) = queries.claims(project)
    volunteer, _ = _volunteer(window, tmp_path, lambda theirs: ops.update_claim(
        theirs, claim.id, {"note": "volunteer's note"}))
    window.session.run("Edit claim", lambda p: ops.update_claim(p, claim.id, {"note": "coordinator's note"}))
    _merge_in_window(qtbot, window, volunteer)
    window.curation.select_claim(claim.id)
    window.actions[ActionId.HISTORY].trigger()  # Claim → History…
    pane = window.findChild(QDialog, "historyPane")
    assert pane.isVisible()
    listing = pane.findChild(QListWidget, "historyList")
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert texts[0].split(" · ", 2)[2].startswith("a merge kept another version; set aside: Volunteer's")
    assert "    note: \"volunteer's note\" (kept \"coordinator's note\")" in texts[0]
    assert any("    note: '' → \"coordinator's note\"" in text for text in texts)
    assert any("evidence added" in text for text in texts) and texts[-1].split(" · ", 2)[2].startswith("created")
    listing.setCurrentRow(0)
    pane.findChild(QPushButton, "restoreButton").click()  # the volunteer's version back
    assert queries.claim(project, claim.id).note == "volunteer's note"
    assert listing.item(0).text().split(" · ", 2)[2].startswith("changed (Restore version)")  # followed the edit
    assert window.form.noteEdit.toPlainText() == "volunteer's note"
    window.actions[ActionId.UNDO].trigger()
    assert queries.claim(project, claim.id).note == "coordinator's note"


def test_the_claims_table_shows_who_changed_each_claim_and_where_it_came_from(qtbot, window, tmp_path):
    volunteer, added = _volunteer(window, tmp_path, lambda theirs: claim_on(
        theirs, "Over 1,200 Azovstal", "1,279 of them have already been returned from captivity",
        subject="Azovstal garrison"), author="Volunteer Olha")
    _merge_in_window(qtbot, window, volunteer)
    model = window.claims.model
    column = model.author_column
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Changed by"
    view = window.claims.view
    assert view.isColumnHidden(column)  # shown on request, from the header's menu
    window.claims.showAuthors.trigger()
    assert not view.isColumnHidden(column)
    row = model.row_of(added)
    assert model.index(row, column).data() == "Volunteer Olha"
    tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Made by Volunteer Olha on ") and "Merged from volunteer.curator on " in tip
    window.claims.proxy.setFilterFixedString("Olha")  # the table's filter finds a volunteer's claims
    assert window.claims.proxy.rowCount() == 1
    window.claims.proxy.setFilterFixedString("")


def test_a_documents_history_is_shown_from_the_documents_list_and_restored(qtbot, window):
    from PySide6.QtWidgets import QListWidget

    from curator import operations as ops
    from tests.gui_helpers import run_in_window

    project = window.session.project
    document = window.documents.model.rows[0]
    run_in_window(window, "Edit document", lambda p: ops.update_document(p, document.id, {"outlet": "Ukrinform"}))
    window.documents.select_id(document.id)
    window.findChild(QAction, "documentHistoryAction").trigger()  # right-click → Document History…
    pane = window.findChild(QDialog, "historyPane")
    texts = [pane.findChild(QListWidget, "historyList").item(i).text() for i in range(2)]
    assert f"    outlet: {document.outlet!r} → 'Ukrinform'" in texts[0]
    assert pane.findChild(QLabel).text() == f"“{document.title}”"
    pane.findChild(QListWidget, "historyList").setCurrentRow(1)  # as imported
    pane.findChild(QPushButton, "restoreButton").click()
    assert queries.document(project, document.id).outlet == document.outlet
