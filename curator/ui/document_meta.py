"""The document's metadata above its text: title, outlet, date and URL, editable."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from curator.ui.fields import line_edit, mark_invalid, read_partial_date
from curator.ui.labels import local_date, widest_date


class DocumentMeta(QWidget):
    edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentMeta")
        self.setAccessibleName(self.tr("Document details"))
        self.document_id: uuid.UUID | None = None
        self._loading = False
        self.titleEdit = line_edit("titleEdit", self.tr("Title"), self, self.tr("Title"))
        self.titleEdit.setStyleSheet("font-weight: 600;")
        self.outletEdit = line_edit("outletEdit", self.tr("Outlet"), self, self.tr("publisher"))
        self.dateEdit = line_edit("publishedEdit", self.tr("Publication date"), self, self.tr("unknown"))
        self.urlEdit = line_edit("urlEdit", self.tr("URL"), self, "https://…")
        self.tab_order = [self.titleEdit, self.outletEdit, self.dateEdit, self.urlEdit]
        self.dateEdit.setMinimumWidth(widest_date(self.dateEdit.fontMetrics()) + 48)
        self.details = QLabel(self)
        self.details.setProperty("role", "hint")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.titleEdit, 0, 0, 1, 6)
        grid.addWidget(QLabel(self.tr("Outlet")), 1, 0)
        grid.addWidget(self.outletEdit, 1, 1)
        grid.addWidget(QLabel(self.tr("Date")), 1, 2)
        grid.addWidget(self.dateEdit, 1, 3)
        grid.addWidget(QLabel(self.tr("URL")), 1, 4)
        grid.addWidget(self.urlEdit, 1, 5)
        grid.addWidget(self.details, 2, 0, 1, 6)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 2)
        for edit, field in ((self.titleEdit, "title"), (self.outletEdit, "outlet"), (self.urlEdit, "url")):
            edit.editingFinished.connect(lambda e=edit, f=field: self._commit({f: e.text().strip()}))
        self.dateEdit.editingFinished.connect(self._commit_date)
        self.load(None)

    def load(self, document: Any | None) -> None:
        self._loading = True
        self.document_id = document.id if document is not None else None
        self.setEnabled(document is not None)
        d = document
        self.titleEdit.setText(d.title if d else "")
        self.outletEdit.setText(d.outlet if d else "")
        self.dateEdit.setText(local_date(d.published, d.published_precision, short=True) if d else "")
        self.urlEdit.setText(d.url if d else "")
        for edit in (self.titleEdit, self.outletEdit, self.urlEdit):
            edit.setCursorPosition(0)  # the start of a long title, not its end
        mark_invalid(self.dateEdit, None)
        if d is not None:
            language = {"en": self.tr("English"), "uk": self.tr("Ukrainian"), "ru": self.tr("Russian")}.get(d.language, "")
            parts = [d.original_name, language, self.tr("%Ln characters", "", len(d.text))]
            self.details.setText(" · ".join(p for p in parts if p))
        else:
            self.details.setText("")
        self._loading = False

    def _commit(self, values: dict[str, Any]) -> None:
        if not self._loading and self.document_id is not None:
            self.edited.emit(values)

    def _commit_date(self) -> None:
        if (typed := read_partial_date(self.dateEdit)) is not None:
            self._commit({"published": typed[0], "published_precision": typed[1]})
