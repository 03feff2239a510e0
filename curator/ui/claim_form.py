"""The claim being edited: its fields and its evidence.

The form holds no data of its own beyond what it shows: each finished edit is sent as
``edited({field: value})`` for the curation controller to run as an undoable operation.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from curator.enums import Precision, Qualifier, Status
from curator.figures import format_value, parse_number
from curator.partialdate import format_partial_date
from curator.records import ClaimRow
from curator.ui.fields import (
    NoteEdit,
    attach_completer,
    combo,
    line_edit,
    mark_invalid,
    read_partial_date,
    set_combo_value,
)
from curator.ui.labels import PRECISIONS, QUALIFIERS, STATUSES


class ClaimForm(QWidget):
    edited = Signal(dict)
    #: The curator wants to see a piece of evidence (its id).
    evidenceActivated = Signal(object)
    #: The curator wants to remove a piece of evidence (its id).
    removeEvidence = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimForm")
        self.setAccessibleName(self.tr("Claim"))
        self.claim_id: uuid.UUID | None = None
        self._loading = False
        tr = self.tr

        self.subjectEdit = line_edit("subjectEdit", tr("Subject"), self, tr("whose figure, e.g. Azovstal garrison"))
        self.measureEdit = line_edit("measureEdit", tr("Measure"), self, tr("what is counted, e.g. in captivity"))
        self.valueEdit = line_edit("valueEdit", tr("Value"), self, "900")
        self.upperValueEdit = line_edit("upperValueEdit", tr("Upper value"), self, tr("for a range"))
        self.qualifierCombo = combo("qualifierCombo", tr("Qualifier"), QUALIFIERS(), self)
        self.unitEdit = line_edit("unitEdit", tr("Unit"), self, tr("people, %, UAH…"))
        self.asOfEdit = line_edit("asOfEdit", tr("As of"), self, "2024-05-20, 2024-05, 2024")
        self.asOfPrecisionCombo = combo("asOfPrecisionCombo", tr("Date precision"), PRECISIONS(), self)
        self.attributedToEdit = line_edit("attributedToEdit", tr("Attributed to"), self, tr("who said it"))
        self.reportedByEdit = line_edit("reportedByEdit", tr("Reported by"), self, tr("which outlet"))
        self.statusCombo = combo("statusCombo", tr("Status"), STATUSES(), self)
        self.noteEdit = NoteEdit(self)
        self.noteEdit.setObjectName("noteEdit")
        self.noteEdit.setAccessibleName(tr("Note"))
        self.noteEdit.setFixedHeight(56)
        self.tagsEdit = line_edit("tagsEdit", tr("Tags"), self, tr("comma separated"))
        self.completions = {
            "subject": attach_completer(self.subjectEdit),
            "measure": attach_completer(self.measureEdit),
            "attributed_to": attach_completer(self.attributedToEdit),
            "reported_by": attach_completer(self.reportedByEdit),
        }

        value_row = QHBoxLayout()
        value_row.addWidget(self.qualifierCombo)
        value_row.addWidget(self.valueEdit, 2)
        value_row.addWidget(QLabel("–"))
        value_row.addWidget(self.upperValueEdit, 1)
        date_row = QHBoxLayout()
        date_row.addWidget(self.asOfEdit, 2)
        date_row.addWidget(self.asOfPrecisionCombo, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("&Subject"), self.subjectEdit)
        form.addRow(tr("&Measure"), self.measureEdit)
        form.addRow(self._label(tr("&Value"), self.valueEdit), value_row)
        form.addRow(tr("U&nit"), self.unitEdit)
        form.addRow(self._label(tr("&As of"), self.asOfEdit), date_row)
        form.addRow(tr("Attributed &to"), self.attributedToEdit)
        form.addRow(tr("&Reported by"), self.reportedByEdit)
        form.addRow(tr("Stat&us"), self.statusCombo)
        form.addRow(tr("N&ote"), self.noteEdit)
        form.addRow(tr("Ta&gs"), self.tagsEdit)

        self.evidenceList = QListWidget(self)
        self.evidenceList.setObjectName("evidenceList")
        self.evidenceList.setAccessibleName(tr("Evidence of the claim"))
        self.evidenceList.setWordWrap(True)
        self.evidenceList.setMaximumHeight(120)
        self.evidenceList.itemActivated.connect(lambda item: self.evidenceActivated.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.evidenceList.itemClicked.connect(lambda item: self.evidenceActivated.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.removeEvidenceButton = QPushButton(tr("Remove evidence"), self)
        self.removeEvidenceButton.setObjectName("removeEvidenceButton")
        self.removeEvidenceButton.clicked.connect(self._remove_current_evidence)

        self.hint = QLabel(tr("Select the words that state a figure in the document, then press "
                              "“New claim from selection”."), self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")

        box = QGroupBox(tr("Claim"), self)
        box.setLayout(form)
        evidence_box = QGroupBox(tr("Evidence"), self)
        evidence_layout = QVBoxLayout(evidence_box)
        evidence_layout.addWidget(self.evidenceList)
        evidence_layout.addWidget(self.removeEvidenceButton, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(box)
        layout.addWidget(evidence_box)
        layout.addStretch(1)
        self._fields = [box, evidence_box]

        for edit, field in ((self.subjectEdit, "subject"), (self.measureEdit, "measure"), (self.unitEdit, "unit"),
                            (self.attributedToEdit, "attributed_to"), (self.reportedByEdit, "reported_by")):
            edit.editingFinished.connect(lambda e=edit, f=field: self._commit({f: e.text().strip()}))
        self.valueEdit.editingFinished.connect(lambda: self._commit_number(self.valueEdit, "value"))
        self.upperValueEdit.editingFinished.connect(lambda: self._commit_number(self.upperValueEdit, "upper_value"))
        self.asOfEdit.editingFinished.connect(self._commit_date)
        self.tagsEdit.editingFinished.connect(lambda: self._commit({"tags": self.tagsEdit.text()}))
        self.noteEdit.editingFinished.connect(lambda: self._commit({"note": self.noteEdit.toPlainText()}))
        self.qualifierCombo.activated.connect(lambda: self._commit({"qualifier": self.qualifierCombo.currentData()}))
        self.statusCombo.activated.connect(lambda: self._commit({"status": self.statusCombo.currentData()}))
        self.asOfPrecisionCombo.activated.connect(
            lambda: self._commit({"as_of_precision": self.asOfPrecisionCombo.currentData()}))
        self.load(None, [])

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- showing a claim ---------------------------------------------------------------
    def load(self, claim: ClaimRow | None, evidence: list) -> None:
        self._loading = True
        self.claim_id = claim.id if claim is not None else None
        for widget in self._fields:
            widget.setEnabled(claim is not None)
        self.hint.setVisible(claim is None)
        c = claim
        self.subjectEdit.setText(c.subject if c else "")
        self.measureEdit.setText(c.measure if c else "")
        self.valueEdit.setText(format_value(c.value) if c else "")
        self.upperValueEdit.setText(format_value(c.upper_value) if c else "")
        set_combo_value(self.qualifierCombo, c.qualifier if c else Qualifier.EXACT)
        self.unitEdit.setText(c.unit if c else "")
        self.asOfEdit.setText(format_partial_date(c.as_of, c.as_of_precision) if c else "")
        set_combo_value(self.asOfPrecisionCombo, (c.as_of_precision if c else None) or Precision.DAY)
        self.attributedToEdit.setText(c.attributed_to if c else "")
        self.reportedByEdit.setText(c.reported_by if c else "")
        set_combo_value(self.statusCombo, c.status if c else Status.DRAFT)
        if not self.noteEdit.hasFocus() or c is None:
            self.noteEdit.setPlainText(c.note if c else "")
        self.tagsEdit.setText(", ".join(c.tags) if c else "")
        for edit in (self.valueEdit, self.upperValueEdit, self.asOfEdit):
            mark_invalid(edit, None)
        self.evidenceList.clear()
        for row in evidence:
            item = QListWidgetItem(f"“{row.quote}” — {row.document_title}")
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setToolTip(row.quote)
            self.evidenceList.addItem(item)
        self.removeEvidenceButton.setEnabled(bool(evidence))
        self._loading = False

    def show_stored(self, claim: ClaimRow) -> None:
        """After the form's own edit: show what the core normalised (tags are sorted and
        deduplicated), leaving every other field, and the cursor, as the curator left them."""
        tags = ", ".join(claim.tags)
        if self.tagsEdit.text() != tags and not self.tagsEdit.hasFocus():
            self.tagsEdit.setText(tags)

    def set_suggestions(self, suggestions: dict[str, list[str]]) -> None:
        for field, model in self.completions.items():
            model.setStringList(suggestions.get(field, []))

    # -- sending edits -------------------------------------------------------------------
    def _commit(self, values: dict[str, Any]) -> None:
        if not self._loading and self.claim_id is not None:
            self.edited.emit(values)

    def _commit_number(self, edit, field: str) -> None:
        text = edit.text().strip()
        number = parse_number(text) if text else None
        if text and number is None:
            mark_invalid(edit, self.tr("Not a number: write it as 1279, 1,279 or 12.5"))
            return
        mark_invalid(edit, None)
        self._commit({field: number})

    def _commit_date(self) -> None:
        if (typed := read_partial_date(self.asOfEdit)) is not None:
            self._commit({"as_of": typed[0], "as_of_precision": typed[1]})

    def _remove_current_evidence(self) -> None:
        item = self.evidenceList.currentItem() or self.evidenceList.item(0)
        if item is not None:
            self.removeEvidence.emit(item.data(Qt.ItemDataRole.UserRole).id)
