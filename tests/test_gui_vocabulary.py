"""Edit → Vocabulary: aliases join spellings into one series, undoably."""

from __future__ import annotations

from datetime import date

import pytest

from curator import operations as ops
from curator import queries
from curator.ui import open_window
from curator.ui.actions import ActionId
from tests.gui_helpers import claim_in_window, import_and_wait, run_in_window, type_into


@pytest.fixture
def window(qtbot, tmp_path, seeds):
    win = open_window(tmp_path / "vocabulary.curator")
    qtbot.addWidget(win)
    import_and_wait(qtbot, win, [seeds])
    claim_in_window(win, "Over 1,900 defenders", "the evacuation of 2,500 Ukrainian soldiers",
                    subject="Azovstal garrison", measure="left Azovstal", as_of=date(2022, 5, 16),
                    as_of_precision="day")
    claim_in_window(win, "Russian GRU General", "A total of 2,449 defenders left the territory of Azovstal",
                    subject="defenders of Azovstal", measure="left Azovstal", as_of=date(2022, 5, 20),
                    as_of_precision="day")
    win.ensure_chart()
    yield win
    if getattr(win, "vocabulary", None) is not None:
        win.vocabulary.close()
    win.close()


def _series_labels(chart):
    return sorted(key.label for key in chart.series)


def test_an_alias_joins_two_spellings_into_one_series(qtbot, window):
    chart = window.chart
    assert _series_labels(chart) == ["Azovstal garrison · left Azovstal", "defenders of Azovstal · left Azovstal"]
    assert chart.conflictList.count() == 0  # apart, the two figures never meet

    window.actions[ActionId.VOCABULARY].trigger()
    dialog = window.vocabulary
    assert dialog.isVisible() and dialog.kind == "subject"
    type_into(qtbot, dialog.nameEdit, "Azovstal garrison")
    type_into(qtbot, dialog.aliasesEdit, "defenders of Azovstal, Azovstal defenders")
    dialog.saveButton.click()

    assert [dialog.termList.item(i).text() for i in range(dialog.termList.count())] == [
        "Azovstal garrison  (Azovstal defenders, defenders of Azovstal) — 2 claims"]
    assert _series_labels(chart) == ["Azovstal garrison · left Azovstal"]
    chart.set_ticked(chart.series)
    assert len(chart.points) == 2 and chart.conflictList.count() == 1  # now they disagree in one series

    # Return in each field saved as the curator went: the entry, then its aliases.
    assert window.actions[ActionId.UNDO].text() == "&Undo Edit vocabulary"
    window.actions[ActionId.UNDO].trigger()
    assert _series_labels(chart) == ["Azovstal garrison · left Azovstal", "defenders of Azovstal · left Azovstal"]
    assert [dialog.termList.item(i).text() for i in range(dialog.termList.count())] == [
        "Azovstal garrison — 1 claim", "Used in claims, not in the vocabulary yet:", "defenders of Azovstal — 1 claim"]
    assert dialog.aliasesEdit.text() == ""  # the fields show the entry as the undo left it
    window.actions[ActionId.UNDO].trigger()
    assert [dialog.termList.item(i).text() for i in range(dialog.termList.count())] == [
        "Used in claims, not in the vocabulary yet:", "Azovstal garrison — 1 claim", "defenders of Azovstal — 1 claim"]


def test_editing_an_entry_and_the_clear_messages(qtbot, window):
    project = window.session.project
    run_in_window(window, "Add to vocabulary", lambda p: ops.add_term(p, "subject", "Azovstal garrison"))
    run_in_window(window, "Add to vocabulary", lambda p: ops.add_term(p, "subject", "Mariupol defenders"))
    dialog = window.show_vocabulary()
    dialog.termList.setCurrentRow(0)
    assert dialog.nameEdit.text() == "Azovstal garrison"
    type_into(qtbot, dialog.aliasesEdit, "defenders of Azovstal")
    dialog.saveButton.click()
    assert queries.terms(project, "subject")[0].aliases == ["defenders of Azovstal"]
    type_into(qtbot, dialog.nameEdit, "Mariupol defenders")  # the other entry's name
    dialog.saveButton.click()
    assert "“Mariupol defenders” is already in the vocabulary." in window.message_bar.text()
    dialog._new()
    dialog.saveButton.click()  # no name
    assert "A vocabulary entry needs a name." in window.message_bar.text()
    assert [t.name for t in queries.terms(project, "subject")] == ["Azovstal garrison", "Mariupol defenders"]


def test_every_name_in_use_is_listed_and_only_unused_entries_can_go(qtbot, window):
    project = window.session.project
    run_in_window(window, "Add to vocabulary", lambda p: ops.add_term(p, "subject", "Azovstal garrison"))
    run_in_window(window, "Add to vocabulary", lambda p: ops.add_term(p, "subject", "Mariupol garrison"))
    dialog = window.show_vocabulary()
    texts = [dialog.termList.item(i).text() for i in range(dialog.termList.count())]
    assert texts == ["Azovstal garrison — 1 claim", "Mariupol garrison — 0 claims",
                     "Used in claims, not in the vocabulary yet:", "defenders of Azovstal — 1 claim"]
    dialog.termList.setCurrentRow(3)  # a name in use: the start of an entry
    assert dialog.nameEdit.text() == "defenders of Azovstal" and not dialog.deleteButton.isEnabled()
    dialog.termList.setCurrentRow(0)
    assert not dialog.deleteButton.isEnabled()  # in use
    dialog.termList.setCurrentRow(1)
    assert dialog.deleteButton.isEnabled()
    dialog.deleteButton.click()
    assert [t.name for t in queries.terms(project, "subject")] == ["Azovstal garrison"]
    window.actions[ActionId.UNDO].trigger()
    assert [t.name for t in queries.terms(project, "subject")] == ["Azovstal garrison", "Mariupol garrison"]
    # The core refuses, in words, to remove an entry claims use.
    used = queries.terms(project, "subject")[0].id
    assert window.session.run("Remove", lambda p: ops.delete_term(p, used)) is None
    assert "is used by 1 claim" in window.message_bar.text()
    dialog.set_kind("measure")
    assert [dialog.termList.item(i).text() for i in range(dialog.termList.count())] == [
        "Used in claims, not in the vocabulary yet:", "left Azovstal — 2 claims"]
