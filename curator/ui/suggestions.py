"""Suggested claims in the window: the figures Curator found in the open document, listed
beside it and drawn in it with a faint dashed underline; the curator accepts one (Enter:
a claim is made, opened in the form to complete) or rejects it (Delete), both undoable.

The finding is the core's (:mod:`curator.suggestions`), run off the UI thread: for a
document when it is first opened or imported, for every document on request. What was
found is kept per document for the session; what is still open is worked out again
from it after every change (a claim accepted or undone, a rejection), which is quick.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from curator.ui.labels import QUALIFIERS, local_date, local_number
from curator.ui.session import ProjectSession

if TYPE_CHECKING:
    from curator.suggestions import Suggestion
    from curator.ui.curation import CurationController
    from curator.ui.document_view import DocumentView
    from curator.ui.tablemodels import DocumentsModel

#: The underline of a suggestion: faint, dashed, unlike the yellow of evidence.
UNDERLINE = QColor("#7b8794")
#: The suggestion the list has chosen.
CURRENT = QColor("#dbeafe")
#: Documents whose figures are kept in memory (the last ones opened); of the others,
#: only how many are open is kept. 50,000 documents' figures would take a gigabyte.
KEPT = 32


class SuggestionList(QListWidget):
    """The list; Enter accepts the chosen suggestions, Delete rejects them."""

    acceptPressed = Signal()
    rejectPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.acceptPressed.emit()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.rejectPressed.emit()
            return
        super().keyPressEvent(event)


class SuggestionsPane(QWidget):
    """The open document's suggestions, in the order of their words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPane")
        self._suggestions: list[Suggestion] = []
        self.title = QLabel(self.tr("Suggestions"), self)
        self.title.setProperty("role", "heading")
        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.suggestionsList = SuggestionList(self)
        self.suggestionsList.setObjectName("suggestionsList")
        self.suggestionsList.setAccessibleName(self.tr("Suggested claims"))
        self.suggestionsList.setWordWrap(True)
        self.suggestionsList.setAlternatingRowColors(True)
        self.suggestionsList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.suggestionsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.acceptButton = QPushButton(self.tr("Accept"), self)
        self.acceptButton.setObjectName("acceptSuggestionButton")
        self.acceptButton.setToolTip(self.tr("Make a claim of each chosen suggestion (Enter)"))
        self.rejectButton = QPushButton(self.tr("Reject"), self)
        self.rejectButton.setObjectName("rejectSuggestionButton")
        self.rejectButton.setToolTip(self.tr("Set the chosen suggestions aside: they do not come back (Delete)"))
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.acceptButton)
        heading.addWidget(self.rejectButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.status)
        layout.addWidget(self.suggestionsList, 1)

    def show_suggestions(self, suggestions: list[Suggestion], working: bool) -> None:
        chosen = {(s.start, s.end) for s in self.chosen()}
        current = self.current()
        self._suggestions = suggestions
        keys = [(s.start, s.end) for s in suggestions]
        self.suggestionsList.blockSignals(True)  # the view scrolls only when the curator moves
        self.suggestionsList.clear()
        for suggestion in suggestions:
            item = QListWidgetItem(self._describe(suggestion))
            item.setToolTip(item.text())
            self.suggestionsList.addItem(item)
        if current is not None and (current.start, current.end) in keys:
            self.suggestionsList.setCurrentRow(keys.index((current.start, current.end)))
        for row, key in enumerate(keys):
            self.suggestionsList.item(row).setSelected(key in chosen)
        self.suggestionsList.blockSignals(False)
        if working:
            self.status.setText(self.tr("Looking for figures in this document…"))
        elif suggestions:
            self.status.setText(self.tr("%Ln figure(s) found: Enter accepts, Delete rejects; F7 for the next.", "",
                                        len(suggestions)))
        else:
            self.status.setText(self.tr("No figures left to decide on in this document."))
        self.status.setVisible(bool(self.status.text()))
        enabled = bool(suggestions)
        self.acceptButton.setEnabled(enabled)
        self.rejectButton.setEnabled(enabled)

    def _describe(self, s: Suggestion) -> str:
        qualifiers = QUALIFIERS()
        value = local_number(s.value)
        if s.upper_value is not None:
            value = f"{value}–{local_number(s.upper_value)}"
        elif s.qualifier.value != "exact":
            value = f"{qualifiers[s.qualifier]} {value}"
        if s.unit:
            value = f"{value} {s.unit}"
        facts = [value, local_date(s.as_of, s.as_of_precision, short=True) or self.tr("no date"),
                 s.attributed_to or self.tr("no speaker")]
        guesses = " · ".join(g for g in (s.subject, s.measure) if g)
        quoted = self.tr("“%1”").replace("%1", s.quote)  # «%1» in Ukrainian
        return " · ".join(facts) + "\n" + quoted + (f" — {guesses}" if guesses else "")

    def current(self) -> Suggestion | None:
        row = self.suggestionsList.currentRow()
        return self._suggestions[row] if 0 <= row < len(self._suggestions) else None

    def chosen(self) -> list[Suggestion]:
        """The selected suggestions, else the current one."""
        rows = sorted(index.row() for index in self.suggestionsList.selectedIndexes())
        found = [self._suggestions[row] for row in rows if row < len(self._suggestions)]
        if not found and (current := self.current()) is not None:
            found = [current]
        return found


class SuggestionsFlow(QObject):
    """Finds, keeps, shows and decides on suggestions; owns no data but the findings."""

    message = Signal(str, bool)

    def __init__(self, session: ProjectSession, pane: SuggestionsPane, view: DocumentView,
                 documents: DocumentsModel, curation: CurationController, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.pane, self.view, self.documents = session, pane, view, documents
        self.curation, self.window = curation, window
        #: Every figure found, decided on or not, of the last KEPT documents looked at.
        self.found: OrderedDict[uuid.UUID, list[Suggestion]] = OrderedDict()
        self.open: list[Suggestion] = []
        self._waiting: set[uuid.UUID] = set()
        self._jobs: list = []
        self._project = None  # the project the findings are of
        pane.suggestionsList.currentRowChanged.connect(self._went_to)
        pane.suggestionsList.acceptPressed.connect(self.accept)
        pane.suggestionsList.rejectPressed.connect(self.reject)
        pane.acceptButton.clicked.connect(lambda: self.accept())  # noqa: PLW0108 (not clicked(bool))
        pane.rejectButton.clicked.connect(lambda: self.reject())  # noqa: PLW0108
        curation.documentOpened.connect(self._document_opened)
        session.changesApplied.connect(self._changes_applied)
        session.projectChanged.connect(self._project_changed)

    # -- finding ---------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Figures are being looked for."""
        return bool(self._jobs)

    def stop(self) -> None:
        """Cancel the looking and wait for it to end (the window is closing: a thread still
        running when its object goes would take the process down)."""
        for job in list(self._jobs):
            job.cancel.set()
            job.wait()

    def _project_changed(self) -> None:
        """Another project: what was found is of the one before (the first document of
        the new one may already be being read: that goes on)."""
        if self.session.project is self._project:
            return
        self._project = self.session.project
        for job in self._jobs:
            if job.project is not self._project:
                job.cancel.set()
        self.found.clear()
        self._waiting = {i for job in self._jobs if job.project is self._project for i in job.ids or ()}
        self.documents.set_suggested({})
        self._show()

    def _document_opened(self, document_id: uuid.UUID | None) -> None:
        if document_id is not None and document_id not in self.found:
            self.find([document_id])
        self._show()

    def find(self, document_ids: list[uuid.UUID] | None, with_dialog: bool = False) -> None:
        """Look for figures in these documents (every document: None) on a worker; with a
        progress dialog that can cancel when the curator asked for it."""
        from curator import suggestions
        from curator.ui.worker import Job

        project = self.session.project
        if project is None:
            return
        ids = [i for i in document_ids if i not in self._waiting] if document_ids is not None else None
        if ids == []:
            return

        reading = self.curation.document_id

        def work(progress, cancelled):
            """(the figures of the documents to keep, how many are open in each)."""
            from curator import queries

            wanted = ids if ids is not None else queries.document_ids(project)
            vocabulary = suggestions.vocabulary_of(project)
            found, counts = {}, {}
            for done, document_id in enumerate(wanted):
                progress(done, len(wanted), "")
                figures = suggestions.of_document(project, document_id, vocabulary, cancelled)
                counts[document_id] = len(suggestions.still_open(project, document_id, figures))
                if len(wanted) <= KEPT or document_id == reading:
                    found[document_id] = figures
            return found, counts

        self._waiting.update(ids or ())
        title = self.tr("Looking for figures in every document…")
        job = Job(self.window, title, work, quiet=not with_dialog)
        job.project, job.ids = project, ids
        job.done.connect(lambda found, job=job: self._found(found, job, ids))
        job.failed.connect(lambda text, job=job: self._failed(text, job, ids))
        self._jobs.append(job)
        job.start()
        self._show()

    def _found(self, result: tuple[dict, dict], job, ids) -> None:
        self._end(job, ids)
        if self.session.project is None or job.project is not self.session.project:
            return
        found, counts = result
        for document_id, figures in found.items():
            self._keep(document_id, figures)
        self.documents.set_suggested({**self.documents.suggested, **counts})
        self._show()
        self._find_the_one_being_read()

    def _keep(self, document_id: uuid.UUID, figures: list[Suggestion]) -> None:
        self.found[document_id] = figures
        self.found.move_to_end(document_id)
        while len(self.found) > KEPT:
            self.found.popitem(last=False)

    def _failed(self, text: str, job, ids) -> None:
        self._end(job, ids)
        if not job.cancel.is_set():  # cancelled: by the curator, or another project was opened
            self.message.emit(text, True)
        self._show()
        if self.curation.document_id not in (ids or ()):  # never again what just failed
            self._find_the_one_being_read()

    def _find_the_one_being_read(self) -> None:
        """A document opened while a job was reading many (which keeps the figures of the
        one open when it began, the counts of the others) is read now, on its own."""
        current = self.curation.document_id
        if current is not None and current not in self.found and current not in self._waiting:
            self.find([current])

    def _end(self, job, ids) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        self._waiting.difference_update(ids or ())

    def _count(self, document_ids) -> None:
        """The document list's count of open suggestions for these documents."""
        from curator import suggestions

        project = self.session.project
        counts = dict(self.documents.suggested)
        for document_id in document_ids:
            if document_id in self.found:
                counts[document_id] = len(suggestions.still_open(project, document_id, self.found[document_id]))
        self.documents.set_suggested(counts)

    # -- following changes -------------------------------------------------------------
    def _changes_applied(self, changes) -> None:
        if self.session.project is None:
            return
        if changes.vocabulary_changed:
            self.found.clear()  # the guesses of measure and subject come from it (the counts do not)
            self._document_opened(self.curation.document_id)
            return
        gone = changes.deleted("document")
        for document_id in gone:
            self.found.pop(document_id, None)
        if gone:
            self.documents.set_suggested({d: n for d, n in self.documents.suggested.items() if d not in gone})
        text_changed = [d for d in changes.updated("document") if "text" in changes.changed_fields("document")]
        for document_id in text_changed:
            self.found.pop(document_id, None)
        new = [d for d in changes.inserted("document") if d not in self.found]
        if new or text_changed:
            self.find(new + text_changed)
        touched = set(changes.span_documents()) | {
            row["document_id"] for images in changes.images("rejection") for row in images if row is not None}
        if changes.evidence_changed and self.curation.document_id is not None:
            touched.add(self.curation.document_id)  # a link names no document: the one being read
        if touched:
            self._count([d for d in touched if d in self.found])
            # counted before but no longer kept: found again, in the background
            if stale := [d for d in touched if d not in self.found and d in self.documents.suggested]:
                self.find(stale)
        if touched or gone or text_changed:
            self._show()

    # -- showing -------------------------------------------------------------------------
    def _show(self) -> None:
        from curator import suggestions

        document_id = self.curation.document_id
        project = self.session.project
        found = self.found.get(document_id) if document_id is not None else None
        if found is not None:
            self.found.move_to_end(document_id)
        self.open = suggestions.still_open(project, document_id, found) if project and found else []
        self.pane.show_suggestions(self.open, working=document_id in self._waiting)
        self._draw()

    def _draw(self) -> None:
        """The faint dashed underline of every open suggestion; the chosen one shaded."""
        underline = QTextCharFormat()
        underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        underline.setUnderlineColor(UNDERLINE)
        chosen = QTextCharFormat(underline)
        chosen.setBackground(CURRENT)
        current = self.pane.current()
        selections = []
        to16 = self.view.offsets.to_utf16
        for suggestion in self.open:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(to16(suggestion.start))
            cursor.setPosition(to16(suggestion.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = chosen if suggestion is current else underline
            selections.append(selection)
        self.view.setExtraSelections(selections)

    def _went_to(self, row: int) -> None:
        if 0 <= row < len(self.open):
            suggestion = self.open[row]
            self.view.scroll_to(suggestion.start, suggestion.end)
        self._draw()

    def step(self, step: int) -> None:
        """The next (1) or previous (-1) suggestion of the open document; the view scrolls there."""
        if not self.open:
            self.message.emit(self.tr("No suggestions in this document."), False)
            return
        row = self.pane.suggestionsList.currentRow()
        row = (0 if step > 0 else len(self.open) - 1) if row < 0 else min(max(row + step, 0), len(self.open) - 1)
        self.pane.suggestionsList.setCurrentRow(row)
        self._went_to(row)

    # -- deciding ------------------------------------------------------------------------
    def accept(self, chosen: list[Suggestion] | None = None) -> list[uuid.UUID]:
        """Make claims of the chosen suggestions; the first is opened in the form."""
        from curator import operations

        chosen = chosen if chosen is not None else self.pane.chosen()
        if not chosen:
            self.message.emit(self.tr("Choose a suggestion first."), True)
            return []
        row = self.pane.suggestionsList.currentRow()
        changes = self.session.run(self.tr("Accept suggestions"), lambda p: operations.accept_suggestions(p, chosen))
        if changes is None:
            return []
        made = changes.result
        self.curation.select_claim(made[0], scroll=False)
        self._next_after(row)
        self.message.emit(self.tr("%Ln claim(s) made; complete them in the form.", "", len(made)), False)
        return made

    def reject(self, chosen: list[Suggestion] | None = None) -> None:
        from curator import operations

        chosen = chosen if chosen is not None else self.pane.chosen()
        if not chosen:
            self.message.emit(self.tr("Choose a suggestion first."), True)
            return
        row = self.pane.suggestionsList.currentRow()
        if self.session.run(self.tr("Reject suggestions"), lambda p: operations.reject_suggestions(p, chosen)):
            self._next_after(row)

    def _next_after(self, row: int) -> None:
        """After a decision the list goes on from where it was, the view with it."""
        if self.open:
            row = min(max(row, 0), len(self.open) - 1)
            self.pane.suggestionsList.setCurrentRow(row)
            self._went_to(row)
