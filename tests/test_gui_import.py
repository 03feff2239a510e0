"""Importing from the window: what the summary says and offers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui_helpers import import_and_wait, open_document_titled

REAL = Path(__file__).parent / "data" / "real"

pytestmark = pytest.mark.gui


def test_a_caption_page_is_said_and_kept_whole_from_the_summary_undoably(qtbot, empty_window):
    window = empty_window
    report = import_and_wait(qtbot, window, [REAL / "caption-page.html"], keep_summary=True)
    box = window.flow.report_box
    assert "a small part of the page" in box.informativeText()
    open_document_titled(window, "Photo: defenders of Azovstal")
    article = window.view.toPlainText()
    assert "Related story" not in article
    box.findChild(type(box.buttons()[0]), "keepWholePagesButton").click()
    assert "──── The rest of the page" in window.view.toPlainText()  # the open document follows
    assert "Related story 24" in window.view.toPlainText()
    window.session.undo()
    assert window.view.toPlainText() == article
    assert report.partial_pages[0].document_id == window.curation.document_id
