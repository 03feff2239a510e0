"""Suggested claims in the window (issue #16): found in the background when a document
is opened or imported, drawn in the text, accepted with Enter, rejected with Delete,
both undoable; for every document on request."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from curator import queries
from curator.enums import Qualifier
from curator.suggestions import EXTRACTOR
from curator.ui.actions import ActionId
from tests.gui_helpers import import_and_wait, open_document_titled, trigger


@pytest.fixture
def window(qtbot, empty_window, seeds):
    import_and_wait(qtbot, empty_window, [seeds])
    return empty_window


def idle(qtbot, window):
    """Wait until no figures are being looked for."""
    qtbot.waitUntil(lambda: not window.suggesting.busy, timeout=20_000)


def suggestions_of(qtbot, window, title="Azov commander"):
    """Open the document and wait until its suggestions are listed."""
    open_document_titled(window, title)
    idle(qtbot, window)
    assert window.curation.document_id in window.suggesting.found
    return window.suggesting.open


def listed(window):
    items = window.suggestions.suggestionsList
    return [items.item(row).text() for row in range(items.count())]


def choose(qtbot, window, quote):
    row = next(i for i, s in enumerate(window.suggesting.open) if s.quote == quote)
    window.suggestions.suggestionsList.setCurrentRow(row)
    return window.suggesting.open[row]


def test_opening_a_sample_article_lists_its_figures_and_draws_them(qtbot, window):
    found = suggestions_of(qtbot, window)
    assert any(s.quote == "More than 900" and s.attributed_to == "Denys Prokopenko" for s in found)
    assert any("Denys Prokopenko" in text and "900" in text for text in listed(window))
    drawn = window.view.extraSelections()
    assert len(drawn) == len(found)
    assert drawn[0].format.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    # the document list counts them
    model = window.documents.model
    row = model.row_of(window.curation.document_id)
    assert model.data(model.index(row, model.suggested_column)) == f"0 +{len(found)}"


def test_the_next_suggestion_key_scrolls_the_text_to_it(qtbot, window):
    found = suggestions_of(qtbot, window)
    trigger(window, ActionId.NEXT_SUGGESTION)
    trigger(window, ActionId.NEXT_SUGGESTION)
    assert window.suggestions.suggestionsList.currentRow() == 1
    cursor = window.view.textCursor()
    assert window.view.offsets.to_code_points(cursor.position()) == found[1].start
    shaded = [s.cursor.selectionStart() for s in window.view.extraSelections()
              if s.format.background().style() != Qt.BrushStyle.NoBrush]
    assert shaded == [window.view.offsets.to_utf16(found[1].start)], "the chosen suggestion is shaded"


def test_enter_accepts_a_claim_filled_in_and_opened_in_the_form_and_undo_takes_it_back(qtbot, window):
    suggestions_of(qtbot, window)
    chosen = choose(qtbot, window, "More than 900")
    before = len(window.suggesting.open)
    window.suggestions.suggestionsList.setFocus()
    qtbot.keyClick(window.suggestions.suggestionsList, Qt.Key.Key_Return)
    claim = queries.claim(window.session.project, window.curation.claim_id)
    assert (claim.value, claim.qualifier, claim.attributed_to) == (900, Qualifier.MORE_THAN, "Denys Prokopenko")
    assert claim.suggested_by == EXTRACTOR
    assert EXTRACTOR in window.claims.model.provenance(claim.id)  # a reviewer can tell
    assert window.form.claim_id == claim.id
    assert len(window.suggesting.open) == before - 1
    assert chosen.start not in [s.start for s in window.suggesting.open]
    trigger(window, ActionId.UNDO)
    assert queries.claim(window.session.project, claim.id) is None
    assert len(window.suggesting.open) == before


def test_delete_rejects_for_good_and_undo_brings_it_back(qtbot, window):
    suggestions_of(qtbot, window)
    chosen = choose(qtbot, window, "207")
    before = len(window.suggesting.open)
    qtbot.keyClick(window.suggestions.suggestionsList, Qt.Key.Key_Delete)
    assert len(window.suggesting.open) == before - 1
    # still rejected after the document is opened again
    open_document_titled(window, "Over 1,900")
    open_document_titled(window, "Azov commander")
    assert (chosen.start, chosen.end) not in [(s.start, s.end) for s in window.suggesting.open]
    trigger(window, ActionId.UNDO)
    assert (chosen.start, chosen.end) in [(s.start, s.end) for s in window.suggesting.open]


def test_several_are_accepted_at_once(qtbot, window):
    found = suggestions_of(qtbot, window)
    items = window.suggestions.suggestionsList
    for row in (0, 2, 3):
        items.item(row).setSelected(True)
    made = window.suggesting.accept()
    assert len(made) == 3
    assert len(window.suggesting.open) == len(found) - 3
    trigger(window, ActionId.UNDO)
    assert len(window.suggesting.open) == len(found)


def test_every_document_on_request_with_progress(qtbot, window):
    trigger(window, ActionId.SUGGEST_ALL)
    model = window.documents.model
    idle(qtbot, window)
    assert len(model.suggested) == model.rowCount()
    assert all(count > 0 for count in model.suggested.values())


def test_only_the_last_documents_figures_are_kept_in_memory_the_counts_of_all(qtbot, window, monkeypatch):
    from curator.ui import suggestions as ui_suggestions

    monkeypatch.setattr(ui_suggestions, "KEPT", 2)
    suggestions_of(qtbot, window)
    trigger(window, ActionId.SUGGEST_ALL)
    model = window.documents.model
    idle(qtbot, window)
    assert len(model.suggested) == model.rowCount()
    assert len(window.suggesting.found) <= 2  # 50,000 documents' figures would not fit
    assert window.curation.document_id in window.suggesting.found  # the one being read is
    # another document: found again when opened, its count unchanged
    other = open_document_titled(window, "Russian GRU")
    counted = model.suggested[other]
    idle(qtbot, window)
    assert len(window.suggesting.open) == counted
    assert len(window.suggesting.found) <= 2


def test_a_document_opened_while_every_document_is_being_read_gets_its_figures(qtbot, window, monkeypatch):
    from curator.ui import suggestions as ui_suggestions

    monkeypatch.setattr(ui_suggestions, "KEPT", 2)
    open_document_titled(window, "Over 1,900")
    window.suggesting.found.clear()
    window.suggesting.find(None)  # every document: it keeps the figures of "Over 1,900" only
    wanted = open_document_titled(window, "Russian GRU")  # opened meanwhile: waiting already
    idle(qtbot, window)
    assert wanted in window.suggesting.found and window.suggesting.open


def test_closing_the_window_while_figures_are_looked_for_waits_for_the_work_to_stop(qtbot, window):
    window.suggesting.find(None)
    jobs = list(window.suggesting._jobs)
    assert jobs
    window.close()
    assert all(job.thread.isFinished() for job in jobs)


def test_a_document_whose_figures_cannot_be_found_is_said_once_and_not_tried_again_and_again(
        qtbot, window, monkeypatch):
    from curator import suggestions

    def broken(project, document_id, *args, **kwargs):
        raise ValueError("unreadable")

    idle(qtbot, window)  # the figures of the imported documents found, as usual
    said = []
    window.suggesting.message.connect(lambda text, problem: said.append(text))
    monkeypatch.setattr(suggestions, "of_document", broken)
    window.suggesting.found.clear()
    open_document_titled(window, "Russian GRU")
    idle(qtbot, window)
    qtbot.wait(200)
    assert not window.suggesting.busy
    assert said == ["ValueError: unreadable"]
    assert window.suggesting.open == []
