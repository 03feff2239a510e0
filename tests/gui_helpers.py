"""Driving the main window in tests."""

from __future__ import annotations

from PySide6.QtCore import Qt

from curator.ui.actions import ActionId


def import_and_wait(qtbot, window, paths, timeout=30_000, keep_summary=False):
    """Import through the window and wait for the end; the summary box is closed unless
    ``keep_summary`` (then it is ``window.flow.report_box``)."""
    job = window.flow.import_paths(paths)
    assert job is not None
    with qtbot.waitSignal(window.flow.imported, timeout=timeout) as blocker:
        pass
    if window.flow.report_box is not None and not keep_summary:
        window.flow.report_box.close()
    return blocker.args[0]


def open_document_titled(window, prefix):
    model = window.documents.model
    row = next(i for i, d in enumerate(model.rows) if d.title.startswith(prefix))
    window.curation.open_document(model.rows[row].id)
    return model.rows[row].id


def select_text(window, needle, occurrence=0):
    text = window.view.toPlainText()
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    window.view.select(start, start + len(needle))
    return start


def type_into(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only: letters of other alphabets come as a keyboard layout sends them
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        for character in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def trigger(window, action_id: ActionId):
    action = window.actions[action_id]
    assert action.isEnabled(), f"{action_id} is disabled"
    action.trigger()


def claim_rows(window):
    """The claims as the table shows them, without who changed them last."""
    model = window.claims.model
    return [tuple(model.data(model.index(r, c)) for c in range(model.author_column)) for r in range(model.rowCount())]


def run_in_window(window, text, operation):
    """A core operation run as the window runs edits (undoable, announced through
    ``changesApplied``): the views must follow by themselves, never by a refresh."""
    changes = window.session.run(text, operation)
    assert changes is not None, window.message_bar.text()
    return changes


def claim_in_window(window, title, quote, **values):
    """A claim citing ``quote`` in the document whose title starts with ``title``,
    made and filled in through the window's undo stack; returns its id."""
    from curator import operations as ops
    from curator import queries

    project = window.session.project
    document = next(d for d in queries.documents(project) if d.title.startswith(title))
    start = queries.document_text(project, document.id).index(quote)
    selection = ops.Selection(document.id, start, start + len(quote))
    claim_id = run_in_window(window, "New claim", lambda p: ops.claim_from_selection(p, selection)).result
    if values:
        run_in_window(window, "Edit claim", lambda p: ops.update_claim(p, claim_id, values))
    return claim_id
