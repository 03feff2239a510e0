"""Edit → Vocabulary…: the names of subjects, measures, people and organisations,
with their aliases, so that one series is not split by spelling.

Every change is an undoable operation (``add_term`` / ``update_term``), like any edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from curator.ui.fields import attach_completer
from curator.ui.session import ProjectSession

TERM_ROLE = Qt.ItemDataRole.UserRole + 20
#: Which claim field's values a kind of entry usually names.
FIELD_OF_KIND = {"subject": "subject", "measure": "measure", "person": "attributed_to",
                 "organisation": "reported_by"}


def _aliases(text: str) -> list[str]:
    return [a.strip() for a in text.split(",") if a.strip()]


class VocabularyDialog(QDialog):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocabularyDialog")
        self.setWindowTitle(self.tr("Vocabulary"))
        self.resize(560, 460)
        self.session = session
        tr = self.tr
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("vocabularyKind")
        for kind, label in (("subject", tr("Subjects")), ("measure", tr("Measures")), ("person", tr("People")),
                            ("organisation", tr("Organisations"))):
            self.kindCombo.addItem(label, kind)
        self.termList = QListWidget(self)
        self.termList.setObjectName("vocabularyList")
        self.termList.setAccessibleName(tr("Vocabulary entries"))
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setObjectName("vocabularyName")
        self.nameEdit.setPlaceholderText(tr("the name to use, e.g. Azovstal garrison"))
        self.names = attach_completer(self.nameEdit)
        self.aliasesEdit = QLineEdit(self)
        self.aliasesEdit.setObjectName("vocabularyAliases")
        self.aliasesEdit.setPlaceholderText(tr("other spellings, comma separated, e.g. Azovstal defenders"))
        self.aliasNames = attach_completer(self.aliasesEdit)
        self.saveButton = QPushButton(tr("Save"), self)
        self.saveButton.setObjectName("vocabularySave")
        self.saveButton.setDefault(True)
        self.newButton = QPushButton(tr("New entry"), self)
        hint = QLabel(tr("Claims whose subject or measure is written as an alias count in the series of the entry's "
                         "name."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form = QFormLayout()
        form.addRow(tr("Name"), self.nameEdit)
        form.addRow(tr("Aliases"), self.aliasesEdit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.newButton)
        buttons.addStretch(1)
        buttons.addWidget(self.saveButton)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kindCombo)
        layout.addWidget(self.termList, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(close)

        self.kindCombo.currentIndexChanged.connect(lambda _i: self.reload())
        self.termList.currentItemChanged.connect(self._chosen)
        self.newButton.clicked.connect(self._new)
        self.saveButton.clicked.connect(self.save)
        session.changesApplied.connect(self._changes_applied)
        self.reload()

    @property
    def kind(self) -> str:
        return self.kindCombo.currentData()

    def reload(self) -> None:
        from curator import queries

        project = self.session.project
        current = self.termList.currentItem().data(TERM_ROLE) if self.termList.currentItem() else None
        self.termList.clear()
        if project is None:
            return
        for term in queries.terms(project, self.kind):
            text = term.name + (f"  ({', '.join(term.aliases)})" if term.aliases else "")
            item = QListWidgetItem(text)
            item.setData(TERM_ROLE, term.id)
            self.termList.addItem(item)
            if term.id == current:
                self.termList.setCurrentItem(item)
        used = queries.suggestions(project).get(FIELD_OF_KIND[self.kind], [])
        self.names.setStringList(used)
        self.aliasNames.setStringList(used)

    def _changes_applied(self, changes) -> None:
        if changes.touches("term", "claim"):
            self.reload()

    def _chosen(self, item: QListWidgetItem | None) -> None:
        from curator import queries

        if item is None or self.session.project is None:
            return
        term = next((t for t in queries.terms(self.session.project, self.kind) if t.id == item.data(TERM_ROLE)), None)
        if term is not None:
            self.nameEdit.setText(term.name)
            self.aliasesEdit.setText(", ".join(term.aliases))

    def _new(self) -> None:
        self.termList.setCurrentItem(None)
        self.termList.clearSelection()
        self.nameEdit.clear()
        self.aliasesEdit.clear()
        self.nameEdit.setFocus()

    def save(self) -> None:
        """Add the entry, or change the chosen one's name and aliases (undoable)."""
        from curator import operations

        name, aliases, kind = self.nameEdit.text().strip(), _aliases(self.aliasesEdit.text()), self.kind
        item = self.termList.currentItem()
        if item is not None:
            term_id = item.data(TERM_ROLE)
            self.session.run(self.tr("Edit vocabulary"), lambda p: operations.update_term(
                p, term_id, {"name": name, "aliases": sorted(set(aliases) - {name})}))
        else:
            changes = self.session.run(self.tr("Add to vocabulary"),
                                       lambda p: operations.add_term(p, kind, name, aliases))
            if changes is not None:  # go on editing the new entry
                for row in range(self.termList.count()):
                    if self.termList.item(row).data(TERM_ROLE) == changes.result:
                        self.termList.setCurrentRow(row)
