"""The document being read: read-only, wrapped, every span highlighted.

Positions cross between code points (core) and UTF-16 (Qt) only through
:class:`~curator.ui.offsets.Utf16Map`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QMouseEvent, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from curator.spanindex import Interval
from curator.ui.highlighter import SpanHighlighter
from curator.ui.offsets import Utf16Map

_BLOCK_BREAK = re.compile("[\n\u2029]")


class DocumentView(QPlainTextEdit):
    #: The claims citing the span the curator clicked (empty: clicked outside spans).
    spanClicked = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setAccessibleName(self.tr("Document text"))
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setPlaceholderText(self.tr("Choose a document on the left, or import documents with File → Import…"))
        self.highlighter = SpanHighlighter(self.document())
        self.document_id: uuid.UUID | None = None
        self.offsets = Utf16Map("")
        self.context_actions: list[QAction] = []
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- content -----------------------------------------------------------------------
    def show_document(self, document_id: uuid.UUID | None, text: str, spans: Sequence) -> None:
        """Show ``text`` with its spans: ``(start, end, claim ids as text)`` in code
        points, as :func:`curator.queries.span_positions` gives them."""
        self.document_id = document_id
        self.offsets = Utf16Map(text)
        self.highlighter.prepare(self._intervals(spans))
        self.setPlainText(text)
        self.highlighter.start(self._block_starts(text), *self._visible_blocks())

    def update_spans(self, spans: Sequence) -> None:
        self.highlighter.set_spans(self._intervals(spans))

    def _intervals(self, spans: Sequence) -> list[Interval]:
        if self.offsets.identity:
            return [Interval(start, end, claims) for start, end, claims in spans]
        to16 = self.offsets.to_utf16
        return [Interval(to16(start), to16(end), claims) for start, end, claims in spans]

    def set_selected_claims(self, claim_ids: Sequence[uuid.UUID]) -> None:
        self.highlighter.set_selected(str(claim_id) for claim_id in claim_ids)

    def _block_starts(self, text: str) -> list[int]:
        """Where each text block begins (Qt starts a block after \n and U+2029)."""
        to16 = self.offsets.to_utf16
        return [0, *(to16(m.end()) for m in _BLOCK_BREAK.finditer(text))]

    def _visible_blocks(self) -> tuple[int, int]:
        first = self.firstVisibleBlock().blockNumber()
        last = self.cursorForPosition(self.viewport().rect().bottomRight()).blockNumber()
        return max(0, first), max(first, last)

    def _scrolled(self) -> None:
        self.highlighter.ensure(*self._visible_blocks())

    # -- selection, in code points -------------------------------------------------------
    def selection(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        to_cp = self.offsets.to_code_points
        return to_cp(cursor.selectionStart()), to_cp(cursor.selectionEnd())

    def select(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(start))
        cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def scroll_to(self, start: int, end: int) -> None:
        """Bring the text at ``start``–``end`` into the middle of the view (no selection)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(end))
        self.setTextCursor(cursor)
        cursor.setPosition(self.offsets.to_utf16(start))
        self.setTextCursor(cursor)
        self.centerCursor()

    def find_text(self, words: str, backward: bool = False) -> bool:
        """Find ``words`` from the cursor on, wrapping around at the end."""
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.find(words, flags):
            return True
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        return self.find(words, flags)

    # -- events ----------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        claims: list[uuid.UUID] = []
        for interval in self.highlighter.index.at(position):
            claims.extend(uuid.UUID(c) for c in interval.key if uuid.UUID(c) not in claims)
        self.spanClicked.emit(claims)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else None
        for action in self.context_actions:
            menu.insertAction(first, action)
        if self.context_actions:
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()
