"""Edit → Conflicts…: the records a merge found changed differently in two projects,
listed in words; choosing one shows both versions side by side, field by field, the
fields that differ marked. The curator keeps one side, or chooses per field, and the
conflict is resolved by a core operation (``operations.resolve_conflict``): one step on
the undo stack like any edit.

A window beside the main one, as the vocabulary is: on a laptop it does not take room
from the document and the claims.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from curator.ui.session import ProjectSession

#: Where the two versions differ.
DIFFERENT = QColor("#fff3bf")


class ConflictsPane(QDialog):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPane")
        self.setWindowTitle(self.tr("Conflicts"))
        self.session = session
        self.found = []

        self.conflictsList = QListWidget(self)
        self.conflictsList.setObjectName("conflictsList")
        self.conflictsList.setWordWrap(True)  # a record in words is long; the list is narrow on a laptop
        self.conflictsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflictsList.currentRowChanged.connect(self._show)
        self.heading = QLabel(self)
        self.heading.setObjectName("conflictHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.fieldsTable = QTableWidget(0, 4, self)
        self.fieldsTable.setObjectName("conflictFields")
        self.fieldsTable.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("This project"), self.tr("Merged project"), self.tr("Keep")])
        self.fieldsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fieldsTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.fieldsTable.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.fieldsTable.verticalHeader().hide()
        self.fieldsTable.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.fieldsTable.setWordWrap(False)  # a line a field; the whole value in its tooltip

        self.keepOursButton = QPushButton(self.tr("Keep This Project's"), self)
        self.keepOursButton.setObjectName("keepOursButton")
        self.keepTheirsButton = QPushButton(self.tr("Keep the Merged Project's"), self)
        self.keepTheirsButton.setObjectName("keepTheirsButton")
        self.resolveButton = QPushButton(self.tr("Resolve as Chosen"), self)
        self.resolveButton.setObjectName("resolveButton")
        self.resolveButton.setToolTip(self.tr("Each field as chosen in the Keep column"))
        self.keepOursButton.clicked.connect(lambda: self.resolve("ours"))
        self.keepTheirsButton.clicked.connect(lambda: self.resolve("theirs"))
        self.resolveButton.clicked.connect(self.resolve_as_chosen)

        details = QWidget(self)
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.fieldsTable, 1)
        buttons = QHBoxLayout()
        for button in (self.keepOursButton, self.keepTheirsButton, self.resolveButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.conflictsList)
        splitter.addWidget(details)
        splitter.setSizes([300, 600])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        screen = parent.screen().availableGeometry() if parent is not None else None
        self.resize(min(1000, screen.width() - 80) if screen else 1000, min(560, screen.height() - 100) if screen else 560)
        session.changesApplied.connect(self._changes_applied)
        session.projectChanged.connect(self.reload)
        self.reload()

    # -- the list ------------------------------------------------------------------------------
    def _changes_applied(self, changes) -> None:
        if changes.touches("conflict", "claim", "document", "term"):
            self.reload()

    def reload(self) -> None:
        from curator import queries

        chosen = self.current()
        project = self.session.project
        self.found = queries.conflicts(project) if project is not None else []
        self.conflictsList.blockSignals(True)
        self.conflictsList.clear()
        for conflict in self.found:
            item = QListWidgetItem(f"{conflict.title}\n{self._kind(conflict.kind)} ({conflict.source})")
            item.setToolTip(item.text())
            self.conflictsList.addItem(item)
        self.conflictsList.blockSignals(False)
        ids = [c.id for c in self.found]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else (0 if ids else -1)
        self.conflictsList.setCurrentRow(row)
        self._show(row)

    def current(self):
        row = self.conflictsList.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def _kind(self, kind: str) -> str:
        from curator import merge

        return {merge.CHANGED_IN_BOTH: self.tr("changed in both projects"),
                merge.EDITED_HERE: self.tr("edited here, deleted in the merged project"),
                merge.EDITED_THERE: self.tr("deleted here, edited in the merged project"),
                merge.CITED_HERE: self.tr("deleted in the merged project but still cited here"),
                }.get(kind, kind)

    # -- one conflict, side by side --------------------------------------------------------
    def _show(self, row: int) -> None:
        conflict = self.found[row] if 0 <= row < len(self.found) else None
        self.fieldsTable.setRowCount(0)
        for button in (self.keepOursButton, self.keepTheirsButton, self.resolveButton):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.heading.setText(self.tr("No open conflicts: every merge so far agreed, or its conflicts are "
                                         "resolved."))
            return
        sides = []
        for which, label in (("ours", self.tr("this project")), ("theirs", self.tr("the merged project"))):
            who, when = conflict.side(which)
            sides.append(self.tr("%1: deleted").replace("%1", label) if not (who or when) else
                         self.tr("%1: by %2 at %3").replace("%1", label).replace("%2", who or "?")
                         .replace("%3", when[:16].replace("T", " ")))
        self.heading.setText(f"{conflict.title}\n{self._kind(conflict.kind)} — {'; '.join(sides)}")
        ours, theirs = conflict.ours or {}, conflict.theirs or {}
        names = [n for n in (ours or theirs) if n not in ("id", "created_at", "updated_at", "author", "text")]
        bold = QFont(self.font())
        bold.setBold(True)
        labels = self._labels()
        for name in names:
            r = self.fieldsTable.rowCount()
            self.fieldsTable.insertRow(r)
            differs = name in conflict.fields
            cells = [labels.get(name, name.replace("_", " ")),
                     _shown(name, ours.get(name)) if ours else self.tr("(deleted)"),
                     _shown(name, theirs.get(name)) if theirs else self.tr("(deleted)")]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if differs:
                    item.setBackground(QBrush(DIFFERENT))
                    item.setFont(bold)
                self.fieldsTable.setItem(r, c, item)
            if differs:
                choice = QComboBox(self.fieldsTable)
                choice.addItem(self.tr("this project"), "ours")
                choice.addItem(self.tr("merged project"), "theirs")
                choice.setCurrentIndex(choice.findData(conflict.kept or "ours"))
                choice.setProperty("field", name)
                self.fieldsTable.setCellWidget(r, 3, choice)
        deletion = conflict.ours is None or conflict.theirs is None
        self.resolveButton.setEnabled(not deletion)
        if deletion:
            self.keepOursButton.setText(self.tr("Keep This Project's (deleted)") if conflict.ours is None
                                        else self.tr("Keep This Project's"))
            self.keepTheirsButton.setText(self.tr("Keep the Merged Project's (deleted)") if conflict.theirs is None
                                          else self.tr("Keep the Merged Project's"))
        else:
            self.keepOursButton.setText(self.tr("Keep This Project's"))
            self.keepTheirsButton.setText(self.tr("Keep the Merged Project's"))

    def _labels(self) -> dict[str, str]:
        """Each field as the form names it, in the window's language."""
        from curator.labels import FIELD_LABELS

        return {name: QCoreApplication.translate("fields", label) for name, label in FIELD_LABELS.items()}

    def choices(self) -> dict[str, str]:
        """Field → "ours" or "theirs", as the Keep column says."""
        found = {}
        for r in range(self.fieldsTable.rowCount()):
            choice = self.fieldsTable.cellWidget(r, 3)
            if isinstance(choice, QComboBox):
                found[choice.property("field")] = choice.currentData()
        return found

    # -- resolving -------------------------------------------------------------------------------
    def resolve(self, keep: str, fields: list[str] | None = None) -> None:
        from curator import operations

        conflict = self.current()
        if conflict is None:
            return
        self.session.run(self.tr("Resolve conflict"),
                         lambda project: operations.resolve_conflict(project, conflict.id, keep, fields or ()))

    def resolve_as_chosen(self) -> None:
        choices = self.choices()
        theirs = [name for name, side in choices.items() if side == "theirs"]
        if not theirs:
            self.resolve("ours")
        elif len(theirs) == len(choices):
            self.resolve("theirs")
        else:
            self.resolve("theirs", theirs)


def _shown(name: str, value) -> str:
    """A stored value as the window shows it: choices in its language, figures grouped."""
    from curator.enums import Precision, Qualifier, Status
    from curator.ui.labels import PRECISIONS, QUALIFIERS, STATUSES, local_number

    if value is None or value == "":
        return "—"
    choices = {"qualifier": (Qualifier, QUALIFIERS), "status": (Status, STATUSES),
               "as_of_precision": (Precision, PRECISIONS), "published_precision": (Precision, PRECISIONS)}
    if name in choices:
        kind, said = choices[name]
        try:
            return said()[kind(value)]
        except ValueError:
            return str(value)
    if name in ("value", "upper_value") and isinstance(value, int | float):
        return local_number(value)
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "—"
    return str(value)
