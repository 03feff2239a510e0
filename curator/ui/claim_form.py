"""The claim being edited: its fields and its evidence.

The form holds no data of its own beyond what it shows: each finished edit is sent as
``edited({field: value})`` for the curation controller to run as an undoable operation.
"""

from __future__ import annotations

import itertools
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from curator.enums import Precision, Qualifier, Status
from curator.figures import parse_number
from curator.ui.fields import (
    NoteEdit,
    attach_completer,
    combo,
    line_edit,
    mark_invalid,
    read_partial_date,
    set_combo_value,
)
from curator.ui.labels import PRECISIONS, QUALIFIERS, STATUSES, local_date, local_number, widest_date

if TYPE_CHECKING:
    from curator.records import ClaimRow


class _EvidenceDelegate(QStyledItemDelegate):
    """Draws a rule under each quote, so quotes that wrap stay apart."""

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        if index.data(Qt.ItemDataRole.UserRole) is not None:
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
            painter.restore()


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

        self.subjectEdit = line_edit("subjectEdit", self.tr("Subject"), self, self.tr("whose figure, e.g. Azovstal garrison"))
        self.measureEdit = line_edit("measureEdit", self.tr("Measure"), self, self.tr("what is counted, e.g. in captivity"))
        self.valueEdit = line_edit("valueEdit", self.tr("Value"), self, "900")
        self.upperValueEdit = line_edit("upperValueEdit", self.tr("Upper value"), self, self.tr("for a range"))
        self.qualifierCombo = combo("qualifierCombo", self.tr("Qualifier"), QUALIFIERS(), self)
        self.unitEdit = line_edit("unitEdit", self.tr("Unit"), self, self.tr("people, %, UAH…"))
        self.asOfEdit = line_edit("asOfEdit", self.tr("As of"), self, "2024-05-20, 2024-05, 2024")
        self.asOfPrecisionCombo = combo("asOfPrecisionCombo", self.tr("Date precision"), PRECISIONS(), self)
        self.attributedToEdit = line_edit("attributedToEdit", self.tr("Attributed to"), self, self.tr("who said it"))
        self.reportedByEdit = line_edit("reportedByEdit", self.tr("Reported by"), self, self.tr("which outlet"))
        self.statusCombo = combo("statusCombo", self.tr("Status"), STATUSES(), self)
        self.noteEdit = NoteEdit(self)
        self.noteEdit.setObjectName("noteEdit")
        self.noteEdit.setAccessibleName(self.tr("Note"))
        self.noteEdit.setFixedHeight(self.noteEdit.fontMetrics().lineSpacing() * 2 + 12)  # two lines
        self.tagsEdit = line_edit("tagsEdit", self.tr("Tags"), self, self.tr("comma separated"))
        self.completions = {
            "subject": attach_completer(self.subjectEdit),
            "measure": attach_completer(self.measureEdit),
            "attributed_to": attach_completer(self.attributedToEdit),
            "reported_by": attach_completer(self.reportedByEdit),
        }

        value_row = QHBoxLayout()
        value_row.addWidget(self.qualifierCombo)
        value_row.addWidget(self.valueEdit, 3)
        self.rangeDash = QLabel("–", self)
        value_row.addWidget(self.rangeDash)
        value_row.addWidget(self.upperValueEdit, 2)
        date_row = QHBoxLayout()
        date_row.addWidget(self.asOfEdit, 3)
        date_row.addWidget(self.asOfPrecisionCombo, 2)
        for edit, widest in ((self.valueEdit, self.fontMetrics().horizontalAdvance("00,000") + 12),
                             (self.upperValueEdit, self.fontMetrics().horizontalAdvance("0,000") + 12),
                             (self.asOfEdit, widest_date(self.fontMetrics()) + 6)):  # the frame and margins
            edit.setClearButtonEnabled(False)  # short fields: the digits need the room
            edit.setMinimumWidth(widest)

        # Two columns, so the whole form fits beside the document on a 1366×768 laptop:
        # what the figure is on the left, where it comes from on the right.
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        form.setVerticalSpacing(4)
        cells = (
            (0, 0, self.tr("&Subject"), self.subjectEdit), (1, 0, self.tr("&Measure"), self.measureEdit),
            (2, 0, self.tr("&Value"), value_row), (3, 0, self.tr("U&nit"), self.unitEdit),
            (0, 2, self.tr("&As of"), date_row), (1, 2, self.tr("Attributed &to"), self.attributedToEdit),
            (2, 2, self.tr("&Reported by"), self.reportedByEdit), (3, 2, self.tr("Stat&us"), self.statusCombo),
        )
        for row, column, text, field in cells:
            buddy = field if isinstance(field, QWidget) else field.itemAt(0).widget()
            form.addWidget(self._label(text, buddy), row, column)
            if isinstance(field, QWidget):
                form.addWidget(field, row, column + 1)
            else:
                form.addLayout(field, row, column + 1)
        form.addWidget(self._label(self.tr("Ta&gs"), self.tagsEdit), 4, 0)
        form.addWidget(self.tagsEdit, 4, 1, 1, 3)
        form.addWidget(self._label(self.tr("N&ote"), self.noteEdit), 5, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.noteEdit, 5, 1, 1, 3)
        # Tab goes down the left column, then down the right one.
        self.tab_order = [self.subjectEdit, self.measureEdit, self.qualifierCombo, self.valueEdit,
                          self.upperValueEdit, self.unitEdit, self.asOfEdit, self.asOfPrecisionCombo,
                          self.attributedToEdit, self.reportedByEdit, self.statusCombo, self.tagsEdit, self.noteEdit]
        for first, second in itertools.pairwise(self.tab_order):
            QWidget.setTabOrder(first, second)
        self.noteEdit.setTabChangesFocus(True)

        self.evidenceList = QListWidget(self)
        self.evidenceList.setObjectName("evidenceList")
        self.evidenceList.setAccessibleName(self.tr("Evidence of the claim"))
        self.evidenceList.setWordWrap(True)
        self.evidenceList.setUniformItemSizes(False)
        self.evidenceList.setMinimumHeight(self.evidenceList.fontMetrics().lineSpacing() * 5)
        self.evidenceList.setSpacing(2)
        self.evidenceList.setItemDelegate(_EvidenceDelegate(self.evidenceList))
        self.evidenceList.itemActivated.connect(self._evidence_chosen)
        self.evidenceList.itemClicked.connect(self._evidence_chosen)
        self.removeEvidenceButton = QPushButton(self.tr("Remove evidence"), self)
        self.removeEvidenceButton.setObjectName("removeEvidenceButton")
        self.removeEvidenceButton.clicked.connect(self._remove_current_evidence)


        box = QGroupBox(self.tr("Claim"), self)
        box.setLayout(form)
        evidence_box = QGroupBox(self.tr("Evidence"), self)
        evidence_layout = QVBoxLayout(evidence_box)
        evidence_layout.addWidget(self.evidenceList)
        evidence_layout.addWidget(self.removeEvidenceButton, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(evidence_box, 1)
        self._fields = [box]

        for edit, field in ((self.subjectEdit, "subject"), (self.measureEdit, "measure"), (self.unitEdit, "unit"),
                            (self.attributedToEdit, "attributed_to"), (self.reportedByEdit, "reported_by")):
            edit.editingFinished.connect(lambda e=edit, f=field: self._commit({f: e.text().strip()}))
        self.valueEdit.editingFinished.connect(lambda: self._commit_number(self.valueEdit, "value"))
        self.upperValueEdit.editingFinished.connect(lambda: self._commit_number(self.upperValueEdit, "upper_value"))
        self.asOfEdit.editingFinished.connect(self._commit_date)
        self.tagsEdit.editingFinished.connect(lambda: self._commit({"tags": self.tagsEdit.text()}))
        self.noteEdit.editingFinished.connect(lambda: self._commit({"note": self.noteEdit.toPlainText()}))
        self.qualifierCombo.activated.connect(self._qualifier_chosen)
        self.asOfPrecisionCombo.setMinimumContentsLength(4)
        self.qualifierCombo.setMinimumContentsLength(4)
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
        c = claim
        self.subjectEdit.setText(c.subject if c else "")
        self.measureEdit.setText(c.measure if c else "")
        self.valueEdit.setText(local_number(c.value) if c else "")
        self.upperValueEdit.setText(local_number(c.upper_value) if c else "")
        set_combo_value(self.qualifierCombo, c.qualifier if c else Qualifier.EXACT)
        self._show_upper_value(c is not None and (c.qualifier is Qualifier.RANGE or c.upper_value is not None))
        self.unitEdit.setText(c.unit if c else "")
        self.asOfEdit.setText(local_date(c.as_of, c.as_of_precision, short=True) if c else "")
        set_combo_value(self.asOfPrecisionCombo, (c.as_of_precision if c else None) or Precision.DAY)
        self.attributedToEdit.setText(c.attributed_to if c else "")
        self.reportedByEdit.setText(c.reported_by if c else "")
        set_combo_value(self.statusCombo, c.status if c else Status.DRAFT)
        if not self.noteEdit.hasFocus() or c is None:
            self.noteEdit.setPlainText(c.note if c else "")
        self.tagsEdit.setText(", ".join(c.tags) if c else "")
        for edit in (self.valueEdit, self.upperValueEdit, self.asOfEdit):
            mark_invalid(edit, None)
        for edit in (self.subjectEdit, self.measureEdit, self.unitEdit, self.attributedToEdit, self.reportedByEdit,
                     self.tagsEdit):
            if not edit.hasFocus():
                edit.setCursorPosition(0)  # the start of a long name, not its end
        self._show_evidence(evidence)
        self.removeEvidenceButton.setEnabled(bool(evidence))
        self._loading = False

    def show_stored(self, claim: ClaimRow) -> None:
        """After the form's own edit: show what the core normalised (tags are sorted and
        deduplicated), leaving every other field, and the cursor, as the curator left them."""
        tags = ", ".join(claim.tags)
        if self.tagsEdit.text() != tags and not self.tagsEdit.hasFocus():
            self.tagsEdit.setText(tags)

    def _show_evidence(self, evidence: list) -> None:
        """The quotes, grouped under the title of their document; with no claim, what to do."""
        self.evidenceList.clear()
        if self.claim_id is None:
            hint = QListWidgetItem(self.tr("Select the words that state a figure in the document, then press "
                                           "Ctrl+E (New Claim from Selection)."), self.evidenceList)
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            return
        by_document: dict = {}
        for row in evidence:
            by_document.setdefault(row.document_id, []).append(row)
        heading_font = self.evidenceList.font()
        heading_font.setBold(True)
        for rows in by_document.values():
            heading = QListWidgetItem(rows[0].document_title, self.evidenceList)
            heading.setFont(heading_font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setToolTip(rows[0].document_title)
            for row in rows:
                item = QListWidgetItem(f"“{row.quote}”", self.evidenceList)
                item.setData(Qt.ItemDataRole.UserRole, row)
                item.setToolTip(row.quote)
        quotes = [self.evidenceList.item(i) for i in range(self.evidenceList.count())]
        first_quote = next((item for item in quotes if item.data(Qt.ItemDataRole.UserRole) is not None), None)
        if first_quote is not None:
            self.evidenceList.setCurrentItem(first_quote)

    def evidence_shown(self) -> list[tuple[str, list[str]]]:
        """(document title, its quotes) as listed, in order."""
        shown: list[tuple[str, list[str]]] = []
        for i in range(self.evidenceList.count() if self.claim_id is not None else 0):
            item = self.evidenceList.item(i)
            row = item.data(Qt.ItemDataRole.UserRole)
            if row is None:
                shown.append((item.text(), []))
            else:
                shown[-1][1].append(row.quote)
        return shown

    def set_suggestions(self, suggestions: dict[str, list[str]]) -> None:
        for field, model in self.completions.items():
            model.setStringList(suggestions.get(field, []))

    # -- sending edits -------------------------------------------------------------------
    def _show_upper_value(self, shown: bool) -> None:
        """The upper value belongs to a range: shown only for one (room for the rest)."""
        self.rangeDash.setVisible(shown)
        self.upperValueEdit.setVisible(shown)

    def _qualifier_chosen(self) -> None:
        qualifier = self.qualifierCombo.currentData()
        self._show_upper_value(qualifier == Qualifier.RANGE or bool(self.upperValueEdit.text()))
        self._commit({"qualifier": qualifier})

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

    def _evidence_chosen(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if row is not None:  # not a document's heading
            self.evidenceActivated.emit(row)

    def _remove_current_evidence(self) -> None:
        item = self.evidenceList.currentItem()
        row = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if row is not None:
            self.removeEvidence.emit(row.id)
