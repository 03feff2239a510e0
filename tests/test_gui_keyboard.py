"""The curation flow from the keyboard alone: panes, finding words, making a claim,
filling it in, citing a second document, undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from curator import queries
from curator.ui import open_window
from curator.ui.actions import ActionId
from tests.gui_helpers import claim_rows, import_and_wait

K = Qt.Key
CTRL, SHIFT, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, tmp_path, seeds):
    win = open_window(tmp_path / "keys.curator")
    qtbot.addWidget(win)
    import_and_wait(qtbot, win, [seeds])
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.close()


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text):
    qtbot.keyClicks(focused(), text)


def test_the_whole_flow_from_the_keyboard(qtbot, window):
    w = window
    # Alt+1: the document list; Down moves to the next document, which opens after a pause.
    press(qtbot, K.Key_1, ALT)
    assert focused() is w.documents.view
    press(qtbot, K.Key_Down)
    qtbot.waitUntil(lambda: w.meta.titleEdit.text().startswith("Over 1,900 defenders"))
    # Ctrl+F, the words, Enter; Ctrl+E makes the claim from the words found.
    press(qtbot, K.Key_F, CTRL)
    assert focused() is w.find_bar.edit
    type_text(qtbot, "the evacuation of 2,500 Ukrainian soldiers")
    press(qtbot, K.Key_Return)
    press(qtbot, K.Key_E, CTRL)
    assert claim_rows(w)[0][0] == "2,500"
    # The form has the focus: fill it in, field after field.
    assert focused() is w.form.subjectEdit
    type_text(qtbot, "Azovstal garrison")
    press(qtbot, K.Key_Tab)
    assert focused() is w.form.measureEdit
    type_text(qtbot, "left Azovstal")
    press(qtbot, K.Key_Tab)
    assert claim_rows(w)[0][2:4] == ("Azovstal garrison", "left Azovstal")
    # A second piece of evidence from another document.
    press(qtbot, K.Key_1, ALT)
    press(qtbot, K.Key_Down)
    qtbot.waitUntil(lambda: w.meta.titleEdit.text().startswith("Over 1,200 Azovstal"))
    press(qtbot, K.Key_F, CTRL)
    type_text(qtbot, "around 2,500 defenders")
    press(qtbot, K.Key_Return)
    press(qtbot, K.Key_E, CTRL | SHIFT)
    claim_id = w.form.claim_id
    assert len(queries.evidence(w.session.project, claim_id)) == 2
    # Undo from the document view, then from a form field that has nothing of its own to undo.
    press(qtbot, K.Key_2, ALT)
    assert focused() is w.view
    press(qtbot, K.Key_Z, CTRL)
    assert len(queries.evidence(w.session.project, claim_id)) == 1
    w.curation.select_claim(claim_id)
    w.form.unitEdit.setFocus()
    press(qtbot, K.Key_Z, CTRL)
    assert claim_rows(w)[0][3] != "left Azovstal"  # the measure edit undone
    assert w.actions[ActionId.UNDO].text().startswith("&Undo")
    press(qtbot, K.Key_Z, CTRL | SHIFT)
    assert claim_rows(w)[0][3] == "left Azovstal"


def test_tab_walks_the_panes_in_order_and_leaves_tables(qtbot, window):
    from tests.gui_helpers import claim_in_window

    w = window
    w.curation.select_claim(claim_in_window(w, "Over 1,900 defenders", "the evacuation of 2,500 Ukrainian soldiers"))
    w.documents.filterEdit.setFocus()
    order = []
    for _ in range(6):
        order.append(focused())
        press(qtbot, K.Key_Tab)
    assert order == [w.documents.filterEdit, w.documents.view, w.suggestions.suggestionsList, w.view, w.claims.view,
                     w.form.subjectEdit]
    # F6 cycles the panes; Shift+F6 goes back.
    w.documents.view.setFocus()
    seen = []
    for _ in range(4):
        press(qtbot, K.Key_F6)
        seen.append(focused())
    assert seen == [w.view, w.claims.view, w.form.subjectEdit, w.documents.view]
    press(qtbot, K.Key_F6, SHIFT)
    assert focused() is w.form.subjectEdit


def test_next_and_previous_claim_in_this_document(qtbot, window):
    from tests.gui_helpers import claim_in_window

    w = window
    quotes = ["the evacuation of 2,500 Ukrainian soldiers", "Over 1,900 soldiers from Azovstal are still in captivity",
              "only every fifth of almost 2,500 captured defenders"]
    ids = [claim_in_window(w, "Over 1,900 defenders", quote) for quote in reversed(quotes)]
    ids.reverse()  # in the order of their words in the text
    claim_in_window(w, "Russian GRU General", "A total of 2,449 defenders")  # another document's
    w.curation.select_claim(ids[0])
    w.view.setFocus()
    visited = []
    for _ in range(3):
        press(qtbot, K.Key_F8)
        visited.append(w.curation.claim_id)
    assert visited == [ids[1], ids[2], ids[2]]  # stays on the last
    press(qtbot, K.Key_F8, SHIFT)
    assert w.curation.claim_id == ids[1]
    assert 0 <= w.view.cursorRect().top() < w.view.viewport().height()  # its evidence is on screen


def test_every_shortcut_is_listed(qtbot, window):
    dialog = window.show_shortcuts()
    listed = dialog.listed()
    shortcuts = [a for a in window.actions.values() if not a.shortcut().isEmpty()]
    assert len(listed) == len(shortcuts) > 20
    for action in shortcuts:
        assert (action.text().replace("&", ""), action.shortcut().toString()) in listed
    assert ("Next Pane", "F6") in listed and ("New Claim from Selection", "Ctrl+E") in listed
    dialog.close()


def test_arrowing_through_the_documents_opens_only_where_the_curator_stops(qtbot, window):
    w = window
    opened = []
    w.curation.documentOpened.connect(opened.append)
    press(qtbot, K.Key_1, ALT)
    for _ in range(3):
        press(qtbot, K.Key_Down)
    qtbot.waitUntil(lambda: len(opened) > 0)
    qtbot.wait(300)
    assert len(opened) == 1 and w.meta.titleEdit.text().startswith("Russia delaying exchange")


def test_no_pane_keeps_a_window_shortcut_for_itself(qtbot, window):
    """Every shortcut of the action registry reaches its action from every pane a
    curator types or reads in: no focused widget claims the key (Qt's ShortcutOverride),
    but for word deletion with Ctrl+Delete inside a text field, which is that field's."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from tests.gui_helpers import claim_in_window

    w = window
    w.curation.select_claim(claim_in_window(w, "Over 1,900 defenders", "the evacuation of 2,500 Ukrainian soldiers"))
    w.find_bar.open()
    panes = [w.documents.filterEdit, w.documents.view, w.view, w.find_bar.edit, w.claims.view, w.form.subjectEdit,
             w.form.qualifierCombo, w.form.noteEdit, w.form.evidenceList, w.searchBox]
    kept = []
    for widget in panes:
        widget.setFocus()
        for action_id, action in w.actions.items():
            for sequence in action.shortcuts():
                combination = sequence[0]
                event = QKeyEvent(QEvent.Type.ShortcutOverride, combination.key(), combination.keyboardModifiers())
                event.ignore()
                QApplication.sendEvent(widget, event)
                text_field = isinstance(widget, QLineEdit | QPlainTextEdit)
                if event.isAccepted() and not (text_field and action_id is ActionId.DELETE_CLAIM):
                    kept.append((widget.objectName(), action_id.name, sequence.toString()))
    assert kept == [], kept
    for action in w.actions.values():
        assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut


def test_a_field_that_claims_a_window_key_gives_it_back(qtbot):
    """On X11 a line edit claims Ctrl+E (end of line), which the offscreen platform of
    these tests does not: a field that claims every key stands in for it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent, QKeySequence
    from PySide6.QtWidgets import QLineEdit

    from curator.ui.fields import WindowKeysFirst

    class Greedy(QLineEdit):
        def event(self, event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            return super().event(event)

    def claimed(widget, key, modifiers):
        event = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)
        event.ignore()
        QApplication.sendEvent(widget, event)
        return event.isAccepted()

    field = Greedy()
    qtbot.addWidget(field)
    assert claimed(field, K.Key_E, CTRL)  # as on X11
    field.installEventFilter(WindowKeysFirst([QKeySequence(k) for k in ("Ctrl+E", "Ctrl+Z", "Ctrl+Delete")], field))
    assert not claimed(field, K.Key_E, CTRL)  # the window's New claim runs
    assert not claimed(field, K.Key_Z, CTRL)  # nothing typed: the window's Undo
    qtbot.keyClicks(field, "abc")
    assert claimed(field, K.Key_Z, CTRL)  # the field's own typing is undone first
    assert claimed(field, K.Key_Delete, CTRL)  # deleting a word is the field's
    assert claimed(field, K.Key_A, CTRL)  # not a window key: the field decides
