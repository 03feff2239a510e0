"""Claim → History… (and a document's, from the documents list): every change of the
record — for a claim, of its evidence too — when, who, what changed from what to what,
including versions a merge set aside; any version can be restored, as an undoable edit
(``operations.restore_version``).

A window beside the main one, as the vocabulary and the conflicts are.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from curator.ui.session import ProjectSession

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 20


class HistoryPane(QDialog):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPane")
        self.setWindowTitle(self.tr("History"))
        self.session = session
        self.record_id: uuid.UUID | None = None
        self.table = "claim"
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.historyList = QListWidget(self)
        self.historyList.setObjectName("historyList")
        self.historyList.setWordWrap(True)
        self.historyList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.historyList.currentItemChanged.connect(lambda *_: self._enable())
        self.restoreButton = QPushButton(self.tr("Restore This Version"), self)
        self.restoreButton.setObjectName("restoreButton")
        self.restoreButton.setToolTip(self.tr("Make it as it was in the chosen change (an edit you can undo)"))
        self.restoreButton.clicked.connect(self.restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restoreButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.historyList, 1)
        layout.addWidget(buttons)
        screen = parent.screen().availableGeometry() if parent is not None else None
        self.resize(min(760, screen.width() - 80) if screen else 760, min(560, screen.height() - 100) if screen else 560)
        session.changesApplied.connect(lambda changes: self.reload() if self.record_id in changes.ids(self.table)
                                       or changes.touches("evidence") else None)
        session.projectChanged.connect(lambda: self.show_record(None))

    def show_record(self, record_id: uuid.UUID | None, table: str = "claim") -> None:
        self.record_id, self.table = record_id, table
        self.reload()

    def reload(self) -> None:
        from curator import queries
        from curator.records import in_words

        self.historyList.clear()
        project = self.session.project
        entries = queries.history(project, self.record_id) if project is not None and self.record_id else []
        if not entries:
            self.heading.setText(self.tr("Choose a claim or a document to see its history."))
            self._enable()
            return
        last = next((e for e in reversed(entries) if e.table == self.table and (e.after or e.before)), None)
        self.heading.setText(in_words(self.table, last.after or last.before) if last else "")
        for entry in reversed(entries):  # newest first
            item = QListWidgetItem(self._describe(entry))
            item.setData(ENTRY_ROLE, entry)
            self.historyList.addItem(item)
        self.historyList.setCurrentRow(0)
        self._enable()

    def _describe(self, entry) -> str:
        when = f"{entry.at.astimezone():%Y-%m-%d %H:%M}"
        who = entry.author or "?"
        if entry.table == "evidence":
            quote = self.tr("evidence added") if entry.action == "insert" else self.tr("evidence removed")
            return f"{when} · {who} · {quote}"
        if entry.action == "conflict":
            lines = [f"{when} · {who} · " + self.tr("a merge kept another version; set aside: %1's").replace(
                "%1", (entry.before or {}).get("author") or "?")]
            kept = self.tr("kept")
            lines += [f"    {name.replace('_', ' ')}: {old!r} ({kept} {new!r})" for name, old, new in entry.differences()]
            return "\n".join(lines)
        said = {"insert": self.tr("created"), "update": self.tr("changed"), "delete": self.tr("deleted")}.get(
            entry.action, entry.action)
        lines = [f"{when} · {who} · {said} ({entry.operation})"]
        lines += [f"    {name.replace('_', ' ')}: {old!r} → {new!r}" for name, old, new in entry.differences()]
        return "\n".join(lines)

    def _enable(self) -> None:
        item = self.historyList.currentItem()
        entry = item.data(ENTRY_ROLE) if item is not None else None
        self.restoreButton.setEnabled(entry is not None and entry.table == self.table and entry.version is not None)

    def restore(self) -> None:
        from curator import operations

        item = self.historyList.currentItem()
        if item is None:
            return
        entry = item.data(ENTRY_ROLE)
        self.session.run(self.tr("Restore version"), lambda project: operations.restore_version(project, entry.id))
