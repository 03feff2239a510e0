"""The curation flows between the panes: reading a document, making claims from
selections, following a claim to its evidence and a span to its claims.

Writes go through :class:`ProjectSession` as core operations; the panes refresh from
its ``changesApplied`` signal. This object holds only what is current (document and
claim ids), never data of its own.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from curator.ui.session import ProjectSession

if TYPE_CHECKING:
    from curator.ui.claim_form import ClaimForm
    from curator.ui.document_meta import DocumentMeta
    from curator.ui.document_view import DocumentView
    from curator.ui.panes import ClaimsPane, DocumentsPane


class CurationController(QObject):
    #: A message for the curator (text, is it a problem).
    message = Signal(str, bool)
    #: The current claim changed (its id or None): the chart pane follows it.
    claimSelected = Signal(object)
    #: The current document changed (its id or None).
    documentOpened = Signal(object)

    def __init__(self, session: ProjectSession, documents: DocumentsPane, view: DocumentView,
                 meta: DocumentMeta, claims: ClaimsPane, form: ClaimForm, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.documents, self.view = session, documents, view
        self.meta, self.claims, self.form = meta, claims, form
        self.document_id: uuid.UUID | None = None
        self.claim_id: uuid.UUID | None = None
        self.only_this_document = False
        #: What the form's fields offer as the curator types (queries.suggestions).
        self._suggested: dict[str, list[str]] = {}

        documents.activated.connect(self.open_document)
        claims.activated.connect(lambda claim_id: self.select_claim(claim_id, scroll=True))
        view.spanClicked.connect(self._span_clicked)
        form.edited.connect(self._edit_claim)
        form.evidenceActivated.connect(self._show_evidence)
        form.removeEvidence.connect(self.remove_evidence)
        meta.edited.connect(self._edit_document)
        # One handler for each thing that follows edits; none depends on another's order.
        session.changesApplied.connect(self._follow_document)
        session.changesApplied.connect(self._follow_claim)
        session.changesApplied.connect(self._follow_suggestions)
        session.projectChanged.connect(self._project_changed)
        session.problem.connect(lambda text: self.message.emit(text, True))

    @property
    def project(self):
        return self.session.project

    # -- documents -----------------------------------------------------------------------
    def _project_changed(self) -> None:
        self.document_id = None
        self.claim_id = None
        self.view.show_document(None, "", [])
        self.meta.load(None)
        self.form.load(None, [])
        self._refresh_suggestions()
        self._open_first_document()

    def _open_first_document(self) -> None:
        if self.project is not None and self.documents.model.rowCount():
            first = self.documents.proxy.mapToSource(self.documents.proxy.index(0, 0)).row()
            self.open_document(self.documents.model.id_at(first))

    def open_document(self, document_id: uuid.UUID | None) -> None:
        from curator import queries

        if self.project is None or document_id is None:
            return
        if document_id == self.document_id:
            return
        document = queries.document(self.project, document_id)
        if document is None:
            return
        self.document_id = document_id
        self.documents.select_id(document_id)
        self.meta.load(document)
        self.view.show_document(document_id, document.text, queries.span_positions(self.project, document_id))
        self.view.set_selected_claims([self.claim_id] if self.claim_id else [])
        if self.only_this_document:
            self.claims.model.show_document_only(document_id)
        self.documentOpened.emit(document_id)

    def set_only_this_document(self, only: bool) -> None:
        self.only_this_document = only
        self.claims.model.show_document_only(self.document_id if only else None)
        if self.claim_id is not None:
            self.claims.select_id(self.claim_id)

    # -- claims --------------------------------------------------------------------------
    def select_claim(self, claim_id: uuid.UUID | None, scroll: bool = True) -> None:
        """Make ``claim_id`` current: the form shows it, its spans are emphasised, and
        the view opens the document of its evidence and scrolls there."""
        from curator import queries

        claim = queries.claim(self.project, claim_id) if (self.project and claim_id) else None
        self.claim_id = claim.id if claim is not None else None
        evidence = queries.evidence(self.project, claim.id) if claim is not None else []
        self.form.load(claim, evidence)
        self.claims.select_id(self.claim_id)
        if scroll and evidence:
            here = [e for e in evidence if e.document_id == self.document_id]
            target = here[0] if here else evidence[0]
            self.open_document(target.document_id)
            self.view.scroll_to(target.start, target.end)
        self.view.set_selected_claims([self.claim_id] if self.claim_id else [])
        self.claimSelected.emit(self.claim_id)

    def step_claim(self, step: int) -> None:
        """Make the next (``step`` 1) or previous (-1) claim citing the open document
        current, in the order of their words in the text; the view scrolls to it."""
        from curator import queries

        if self.project is None or self.document_id is None:
            return
        order: list[str] = []
        for _start, _end, claim_ids in queries.span_positions(self.project, self.document_id):
            order.extend(c for c in claim_ids if c not in order)
        if not order:
            self.message.emit(self.tr("No claim cites this document yet."), False)
            return
        here = str(self.claim_id) if self.claim_id is not None else None
        if here in order:
            position = min(max(order.index(here) + step, 0), len(order) - 1)
        else:
            position = 0 if step > 0 else len(order) - 1
        self.select_claim(uuid.UUID(order[position]), scroll=True)

    def select_claims(self, claim_ids: list) -> None:
        """Several claims at once (a conflict): all selected in the table, the first
        shown in the form with its evidence."""
        if not claim_ids:
            return
        self.select_claim(claim_ids[0], scroll=True)
        self.claims.select_ids(claim_ids)

    def _span_clicked(self, claim_ids: list) -> None:
        if claim_ids:
            current = self.claim_id
            # Clicking again on overlapping spans steps through their claims.
            following = claim_ids[(claim_ids.index(current) + 1) % len(claim_ids)] if current in claim_ids else claim_ids[0]
            self.select_claim(following, scroll=False)

    def _selection(self):
        from curator.operations import Selection

        selected = self.view.selection()
        if self.document_id is None or selected is None:
            self.message.emit(self.tr("Select some text in the document first: the words that state the figure."), True)
            return None
        return Selection(self.document_id, *selected)

    def new_claim_from_selection(self) -> uuid.UUID | None:
        from curator import operations

        selection = self._selection()
        if selection is None:
            return None
        changes = self.session.run(self.tr("New claim"), lambda p: operations.claim_from_selection(p, selection))
        if changes is None:
            return None
        self.select_claim(changes.result, scroll=False)
        self.form.subjectEdit.setFocus()
        return changes.result

    def add_selection_as_evidence(self) -> None:
        from curator import operations

        if self.claim_id is None:
            self.message.emit(self.tr("Choose the claim to add evidence to first (in the claims table)."), True)
            return
        selection = self._selection()
        if selection is None:
            return
        claim_id = self.claim_id
        if self.session.run(self.tr("Add evidence"), lambda p: operations.add_evidence(p, claim_id, selection)):
            self.message.emit(self.tr("Evidence added to the claim."), False)

    def delete_claim(self) -> None:
        from curator import operations

        if self.claim_id is None:
            self.message.emit(self.tr("Choose a claim to delete first."), True)
            return
        claim_id = self.claim_id
        self.session.run(self.tr("Delete claim"), lambda p: operations.delete_claim(p, claim_id))

    def remove_evidence(self, evidence_id: uuid.UUID) -> None:
        from curator import operations

        self.session.run(self.tr("Remove evidence"), lambda p: operations.remove_evidence(p, evidence_id))

    def _edit_claim(self, values: dict) -> None:
        from curator import operations

        claim_id = self.form.claim_id
        if claim_id is not None:
            self.session.run(self.tr("Edit claim"), lambda p: operations.update_claim(p, claim_id, values),
                             initiator=self.form)

    def _edit_document(self, values: dict) -> None:
        from curator import operations

        document_id = self.meta.document_id
        if document_id is not None:
            self.session.run(self.tr("Edit document"), lambda p: operations.update_document(p, document_id, values),
                             initiator=self.meta)

    def _show_evidence(self, row) -> None:
        self.open_document(row.document_id)
        self.view.scroll_to(row.start, row.end)

    # -- following changes ---------------------------------------------------------------
    def _follow_document(self, changes) -> None:
        """The open document: its metadata, its highlights; another one if it went."""
        from curator import queries

        if self.project is None:
            return
        if self.document_id is None:
            if changes.inserted("document"):
                self._open_first_document()  # the first documents of an empty project
            return
        if self.document_id in changes.deleted("document"):
            self._project_changed()
            return
        if self.document_id in changes.updated("document") and "text" in changes.changed_fields("document"):
            document = queries.document(self.project, self.document_id)  # the whole page kept (or undone)
            self.view.show_document(self.document_id, document.text,
                                    queries.span_positions(self.project, self.document_id))
        if self.document_id in changes.updated("document") and changes.initiator is not self.meta:
            self.meta.load(queries.document(self.project, self.document_id))
        if self.document_id in changes.span_documents() or changes.evidence_changed:
            self.view.update_spans(queries.span_positions(self.project, self.document_id))

    def _follow_claim(self, changes) -> None:
        """The current claim in the form: shown again when it or its evidence changed,
        let go when deleted; a claim an undo brings back becomes current."""
        if self.project is None:
            return
        written = changes.claims()
        if self.claim_id is not None:
            if self.claim_id in written and written[self.claim_id] is None:
                self.select_claim(None, scroll=False)
            elif changes.evidence_changed or changes.touches("span"):
                self.select_claim(self.claim_id, scroll=False)
            elif self.claim_id in written:
                claim = written[self.claim_id]
                if changes.initiator is self.form:
                    self.form.show_stored(claim)  # it shows what was typed: only what the core normalised
                else:
                    self.select_claim(self.claim_id, scroll=False)
        else:
            inserted = changes.inserted("claim")
            restored = [claim_id for claim_id in written if claim_id in inserted]
            if restored:
                self.select_claim(restored[0], scroll=True)

    def _follow_suggestions(self, changes) -> None:
        """What the form offers as the curator types (names, people, outlets)."""
        from curator.queries import SUGGESTED

        if self.project is None:
            return
        if (changes.vocabulary_changed or changes.inserted("claim") or changes.deleted("claim")
                or changes.inserted("document") or changes.deleted("document")
                or changes.changed_fields("claim") & SUGGESTED["claim"]
                or changes.changed_fields("document") & SUGGESTED["document"]):
            self._refresh_suggestions(changes)

    def _refresh_suggestions(self, changes=None) -> None:
        from curator import queries

        found = queries.suggestions_after(self._suggested, changes) if changes is not None else None
        if found is None:
            found = queries.suggestions(self.project) if self.project else {}
        self._suggested = found
        self.form.set_suggestions(found)

    # -- search --------------------------------------------------------------------------
    def search(self, words: str) -> list:
        from curator import queries

        return queries.search(self.project, words) if self.project and words.strip() else []

    def open_hit(self, document_id: uuid.UUID, hit) -> None:
        """Open the document at the words its snippet shows (not their first occurrence)."""
        self.open_document(document_id)
        if hit is not None and hit.start is not None:
            self.view.scroll_to(hit.start, hit.end)
            self.view.select(hit.start, hit.end)
