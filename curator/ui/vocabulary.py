"""Edit → Vocabulary…: the names of subjects, measures, people and organisations,
with their aliases, so that one series is not split by spelling.

Every change is an undoable operation (``add_term`` / ``update_term``), like any edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from curator.ui.fields import attach_completer
from curator.ui.session import ProjectSession

TERM_ROLE = Qt.ItemDataRole.UserRole + 20
#: A name claims use that is not in the vocabulary (the item's name).
NAME_ROLE = Qt.ItemDataRole.UserRole + 21
#: Claims using an entry (by name or alias) or a name.
COUNT_ROLE = Qt.ItemDataRole.UserRole + 22


def _aliases(text: str) -> list[str]:
    return [a.strip() for a in text.split(",") if a.strip()]


class VocabularyDialog(QDialog):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocabularyDialog")
        self.setWindowTitle(self.tr("Vocabulary"))
        self.resize(560, 460)
        self.session = session
        # The kind of name is a tab, always in view: whose figures, what is counted, who
        # said it, which outlet reported it.
        self.kindTabs = QTabBar(self)
        self.kindTabs.setObjectName("vocabularyKind")
        self.kinds = []
        for kind, label, tip in (
                ("subject", self.tr("Subjects"), self.tr("Whose figures: the Subject field of claims")),
                ("measure", self.tr("Measures"), self.tr("What is counted: the Measure field of claims")),
                ("person", self.tr("People"), self.tr("Who said it: the Attributed to field of claims")),
                ("organisation", self.tr("Outlets"), self.tr("Which outlet reported it: the Reported by field of claims"))):
            index = self.kindTabs.addTab(label)
            self.kindTabs.setTabToolTip(index, tip)
            self.kinds.append(kind)
        self.termList = QListWidget(self)
        self.termList.setObjectName("vocabularyList")
        self.termList.setAccessibleName(self.tr("Vocabulary entries"))
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setObjectName("vocabularyName")
        self.nameEdit.setPlaceholderText(self.tr("the name to use, e.g. Azovstal garrison"))
        self.names = attach_completer(self.nameEdit)
        self.aliasesEdit = QLineEdit(self)
        self.aliasesEdit.setObjectName("vocabularyAliases")
        self.aliasesEdit.setPlaceholderText(self.tr("other spellings, comma separated, e.g. Azovstal defenders"))
        self.aliasNames = attach_completer(self.aliasesEdit)
        self.saveButton = QPushButton(self.tr("Save"), self)
        self.saveButton.setObjectName("vocabularySave")
        self.saveButton.setDefault(True)
        self.newButton = QPushButton(self.tr("New entry"), self)
        self.deleteButton = QPushButton(self.tr("Remove entry"), self)
        self.deleteButton.setObjectName("vocabularyDelete")
        self.deleteButton.setToolTip(self.tr("Only an entry no claim uses can be removed"))
        hint = QLabel(self.tr("Claims whose subject or measure is written as an alias count in the series of the entry's "
                         "name."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.nameEdit)
        form.addRow(self.tr("Aliases"), self.aliasesEdit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.newButton)
        buttons.addWidget(self.deleteButton)
        buttons.addStretch(1)
        buttons.addWidget(self.saveButton)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kindTabs)
        layout.addWidget(self.termList, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(close)

        self.kindTabs.currentChanged.connect(lambda _i: self.reload())
        self.termList.currentItemChanged.connect(self._chosen)
        self.newButton.clicked.connect(self._new)
        self.deleteButton.clicked.connect(self.delete)
        self.saveButton.clicked.connect(self.save)
        session.changesApplied.connect(self._changes_applied)
        self.reload()

    @property
    def kind(self) -> str:
        return self.kinds[self.kindTabs.currentIndex()]

    def set_kind(self, kind: str) -> None:
        self.kindTabs.setCurrentIndex(self.kinds.index(kind))

    def reload(self) -> None:
        """The entries of this kind, each with the number of claims using it, then every
        other name claims use, so the curator sees what to gather."""
        from curator import queries

        project = self.session.project
        current = self.termList.currentItem()
        keep = (current.data(TERM_ROLE), current.data(NAME_ROLE)) if current is not None else None
        self.termList.blockSignals(True)
        self.termList.clear()
        if project is None:
            self.termList.blockSignals(False)
            return
        used = queries.used_names(project, self.kind)
        claimed: set[str] = set()
        chosen = None
        for term in queries.terms(project, self.kind):
            spellings = [term.name, *term.aliases]
            count = sum(used.get(name, 0) for name in spellings)
            claimed.update(spellings)
            text = term.name + (f"  ({', '.join(term.aliases)})" if term.aliases else "")
            claims = self.tr("%Ln claim(s)", "", count)
            item = QListWidgetItem(f"{text} — {claims}", self.termList)
            item.setData(TERM_ROLE, term.id)
            item.setData(COUNT_ROLE, count)
            if keep and term.id == keep[0]:
                chosen = item
        others = sorted((name for name in used if name not in claimed), key=str.casefold)
        if others:
            heading = QListWidgetItem(self.tr("Used in claims, not in the vocabulary yet:"), self.termList)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            for name in others:
                claims = self.tr("%Ln claim(s)", "", used[name])
                item = QListWidgetItem(f"{name} — {claims}", self.termList)
                item.setData(NAME_ROLE, name)
                item.setData(COUNT_ROLE, used[name])
                if keep and name == keep[1]:
                    chosen = item
        self.termList.setCurrentItem(chosen)
        self.termList.blockSignals(False)
        self._chosen(chosen)
        names = sorted(used, key=str.casefold)
        self.names.setStringList(names)
        self.aliasNames.setStringList(names)

    def _changes_applied(self, changes) -> None:
        if changes.touches("term", "claim"):
            self.reload()  # and the fields show the entry as it is now (after an undo too)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        from curator import queries

        self.deleteButton.setEnabled(item is not None and item.data(TERM_ROLE) is not None
                                     and not item.data(COUNT_ROLE))
        if item is None or self.session.project is None:
            self.nameEdit.clear()
            self.aliasesEdit.clear()
            return
        if item.data(NAME_ROLE) is not None:  # a name claims use: the start of a new entry
            self.nameEdit.setText(item.data(NAME_ROLE))
            self.aliasesEdit.clear()
            return
        term = next((t for t in queries.terms(self.session.project, self.kind) if t.id == item.data(TERM_ROLE)), None)
        if term is not None:
            self.nameEdit.setText(term.name)
            self.aliasesEdit.setText(", ".join(term.aliases))

    def delete(self) -> None:
        """Remove the chosen entry (the core refuses while claims use it)."""
        from curator import operations

        item = self.termList.currentItem()
        if item is None or item.data(TERM_ROLE) is None:
            return
        term_id = item.data(TERM_ROLE)
        self.session.run(self.tr("Remove from vocabulary"), lambda p: operations.delete_term(p, term_id))

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
        if item is not None and item.data(TERM_ROLE) is not None:
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
