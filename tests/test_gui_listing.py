"""The documents list and the claims table at size: opening a project reads the rows
on screen, not every row; an edit, a new claim and a deletion change the rows they
wrote in place (no reset, the selection kept); the filter asks SQLite."""

from __future__ import annotations

import pytest

from benchmarks.make_corpus import make_project
from curator.listing import Listing

DOCUMENTS, PER_DOCUMENT = 300, 10


@pytest.fixture
def large_window(qtbot, tmp_path, monkeypatch):
    make_project(tmp_path / "large.curator", DOCUMENTS, PER_DOCUMENT).close()
    read = []
    rows = Listing.rows

    def counted(self, project, rowids):
        read.append(len(rowids))
        return rows(self, project, rowids)

    monkeypatch.setattr(Listing, "rows", counted)
    from curator.ui import open_window

    window = open_window(tmp_path / "large.curator")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.claims.model.rowCount() == DOCUMENTS * PER_DOCUMENT)
    yield window, read
    window.close()


def test_opening_reads_the_rows_on_screen_not_every_row(large_window):
    window, read = large_window
    assert window.documents.model.rowCount() == DOCUMENTS
    assert window.claims.title.text() == f"Claims ({DOCUMENTS * PER_DOCUMENT:,})"  # grouped (%Ln)
    assert 0 < sum(read) < (DOCUMENTS + DOCUMENTS * PER_DOCUMENT) / 4, sum(read)
    window.claims.view.scrollToBottom()  # rows further down are read when shown
    last = window.claims.proxy.index(window.claims.proxy.rowCount() - 1, 2)
    assert last.data() in {"defenders of Mariupol", "Azovstal garrison", "prisoners of war", "civilians", "marines"}


def test_edits_change_the_rows_they_wrote_where_they_are(qtbot, large_window):
    from curator import operations as ops
    from tests.gui_helpers import run_in_window

    window, read = large_window
    model = window.claims.model
    resets = []
    model.modelReset.connect(lambda: resets.append("claims"))
    window.documents.model.modelReset.connect(lambda: resets.append("documents"))
    chosen = model.id_at(1000)
    window.claims.select_id(chosen, notify=True)
    read.clear()
    with qtbot.waitSignal(model.dataChanged):
        run_in_window(window, "Edit claim", lambda p: ops.update_claim(p, chosen, {"status": "checked"}))
    assert model.row_of(chosen) == 1000 and model.index(1000, 6).data() == "checked"
    with qtbot.waitSignal(model.layoutChanged):  # to the end of the listing by date: moved, still selected
        run_in_window(window, "Edit claim", lambda p: ops.update_claim(p, chosen, {"as_of": None}))
    assert model.row_of(chosen) == model.rowCount() - 1 and window.claims.selected_ids() == [chosen]
    assert sum(read) <= 2 * model.PAGE  # the rows on screen again, not the table
    document = window.documents.model.id_at(0)
    with qtbot.waitSignal(model.rowsInserted):
        changes = run_in_window(window, "New claim", lambda p: ops.create_claim(
            p, {"subject": "civilians", "measure": "in captivity", "value": 12}, [ops.Selection(document, 0, 12)]))
    added = next(iter(changes.inserted("claim")))
    assert model.rowCount() == DOCUMENTS * PER_DOCUMENT + 1 and model.row_of(added) >= 0
    assert window.documents.model.index(0, 3).data().split()[0] == str(PER_DOCUMENT + 1)  # its count, in place
    with qtbot.waitSignal(model.rowsRemoved):
        run_in_window(window, "Delete claim", lambda p: ops.delete_claim(p, added))
    assert model.rowCount() == DOCUMENTS * PER_DOCUMENT and model.row_of(added) == -1
    assert resets == []


def test_the_documents_filter_asks_sqlite(qtbot, large_window):
    window, _read = large_window
    model = window.documents.model
    qtbot.keyClicks(window.documents.filterEdit, "REPORT 12")
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles and all("report 12" in title.casefold() for title in titles)
    assert window.documents.count.text() == f"{len(titles)} documents"
    window.documents.filterEdit.clear()
    assert model.rowCount() == DOCUMENTS


def test_sorting_and_listing_again_keep_the_selection(qtbot, large_window):
    from PySide6.QtCore import Qt

    from curator import operations as ops

    window, _read = large_window
    model = window.claims.model
    chosen = model.id_at(500)
    window.claims.select_id(chosen, notify=True)
    model.sort(2, Qt.SortOrder.DescendingOrder)  # by subject, SQLite's order
    assert window.claims.current_id() == chosen and window.claims.selected_ids() == [chosen]
    assert model.row_of(chosen) != 500
    document = window.documents.model.id_at(0)
    for value in range(70):  # written behind the window's back: listed again, not reset
        ops.create_claim(window.session.project, {"subject": "zz civilians", "measure": "in captivity",
                                                  "value": value}, [ops.Selection(document, 0, 12)])
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.relist()
    assert model.rowCount() == DOCUMENTS * PER_DOCUMENT + 70 and not resets
    assert model.index(0, 2).data() == "zz civilians"  # the new ones first, by subject descending
    assert window.claims.current_id() == chosen and window.claims.selected_ids() == [chosen]


def test_counts_of_figures_found_in_many_documents_are_told_in_one_signal(large_window):
    """After an import, figures are counted in a thousand documents at once: the list
    is told its column changed once, not a thousand times (each a search of the
    listing); a few are told cell by cell."""
    window, _read = large_window
    model = window.documents.model
    spans = []
    model.dataChanged.connect(lambda first, last: spans.append((first.row(), last.row(), first.column())))
    ids = [model.id_at(row) for row in range(model.rowCount())]
    model.set_suggested(dict.fromkeys(ids, 4))
    assert spans == [(0, DOCUMENTS - 1, model.suggested_column)]
    assert model.index(7, model.suggested_column).data().endswith("+4")
    spans.clear()
    model.set_suggested({**dict.fromkeys(ids, 4), ids[3]: 9, ids[5]: 1})
    assert sorted(spans) == [(3, 3, model.suggested_column), (5, 5, model.suggested_column)]


def test_closing_the_project_with_a_claim_chosen_far_down_the_table_reads_nothing(qtbot, large_window):
    """As the project closes, the claims pane remembers the current claim while its
    listing is let go; its row is no longer at hand and the project is gone: nothing
    is read (it raised, and a traceback went to the user as the window closed)."""
    window, _read = large_window
    model = window.claims.model
    far = model.id_at(2500)
    window.claims.select_id(far, notify=True)
    model._pages.clear()
    window.session.close()
    assert model.rowCount() == 0 and window.claims.current_id() is None
