"""Small editing widgets shared by the forms."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QPlainTextEdit, QWidget


class NoteEdit(QPlainTextEdit):
    """A multi-line field that reports when the curator leaves it."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


def line_edit(name: str, accessible: str, parent: QWidget, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def combo(name: str, accessible: str, items: dict[str, str], parent: QWidget) -> QComboBox:
    """A combo box whose item data are the core's values (as the strings they are
    stored as) and texts their labels."""
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    for value, label in items.items():
        box.addItem(label, str(value))
    # As narrow as a few characters allow (the popup still shows whole labels), so a
    # form with long labels in another language still fits beside the document.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(6)
    return box


def set_combo_value(box: QComboBox, value: str | None) -> None:
    index = box.findData(str(value))
    box.setCurrentIndex(max(index, 0))


def attach_completer(edit: QLineEdit) -> QStringListModel:
    """Completion from a list the caller keeps up to date; matches anywhere, any case."""
    model = QStringListModel(edit)
    completer = QCompleter(model, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return model


def mark_invalid(edit: QWidget, message: str | None) -> None:
    """Show (or clear) a problem with a field's content: the field outlined in red and
    the problem in words just under it, floating (nothing in the form moves)."""
    edit.setProperty("invalid", message is not None)
    edit.setToolTip(message or "")
    edit.setStyleSheet("border: 1px solid #c62828;" if message else "")
    window = edit.window()
    name = f"problemNote-{edit.objectName() or id(edit)}"
    label = window.findChild(QLabel, name)
    if message is None:
        if label is not None:
            label.hide()
        return
    if label is None:
        label = QLabel(window)
        label.setObjectName(name)
        label.setStyleSheet("background: #fdecea; color: #8e0000; border: 1px solid #c62828; padding: 1px 4px;")
        edit.destroyed.connect(label.deleteLater)
    label.setText(message)
    label.adjustSize()
    below = edit.mapTo(window, edit.rect().bottomLeft())
    label.move(min(below.x(), max(0, window.width() - label.width())), below.y() + 1)
    label.raise_()
    label.show()


def read_partial_date(edit: QLineEdit) -> tuple | None:
    """The date typed in ``edit`` as (date, precision value), both None when empty;
    None (and the field marked) when it is not a date."""
    from PySide6.QtCore import QCoreApplication

    from curator.partialdate import parse_partial_date

    try:
        value, precision = parse_partial_date(edit.text())
    except ValueError:
        mark_invalid(edit, QCoreApplication.translate("fields", "Not a date: write 2024-05-20, 2024-05 or 2024"))
        return None
    mark_invalid(edit, None)
    return value, precision.value if precision else None


class WindowKeysFirst(QObject):
    """Installed on editing fields, so the window's shortcuts work wherever the focus is.

    A field may claim a key for its own editing (Qt's ShortcutOverride): on X11, a line
    edit takes Ctrl+E to move to the end of the line, so "New claim from selection"
    would do nothing from the find bar. Here a field keeps only what is really its own:
    Ctrl+Z / Ctrl+Shift+Z while it has typing to undo or redo (else they undo the last
    project edit) and Ctrl+Delete (delete a word) in a field that can be edited."""

    def __init__(self, shortcuts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The window's shortcut keys, as key combinations.
        self.keys = {sequence[0].toCombined() for sequence in shortcuts if not sequence.isEmpty()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or event.keyCombination().toCombined() not in self.keys:
            return False
        if isinstance(watched, QPlainTextEdit):
            can_undo, can_redo = watched.document().isUndoAvailable(), watched.document().isRedoAvailable()
            editable = not watched.isReadOnly()
        elif isinstance(watched, QLineEdit):
            can_undo, can_redo, editable = watched.isUndoAvailable(), watched.isRedoAvailable(), not watched.isReadOnly()
        else:
            return False
        owned = ((event.matches(QKeySequence.StandardKey.Undo) and can_undo)
                 or (event.matches(QKeySequence.StandardKey.Redo) and can_redo)
                 or (event.matches(QKeySequence.StandardKey.DeleteEndOfWord) and editable))
        if owned:
            return False
        event.ignore()  # not the field's: the window's shortcut runs
        return True
