"""A volunteer's first start: their name, where projects go, the welcome page, the
empty states that say what to do next, and files they can find."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from curator import settings
from curator.ui.mainwindow import MainWindow
from tests.gui_helpers import claim_in_window, import_and_wait


@pytest.fixture
def fresh(qtbot, monkeypatch, tmp_path):
    """A first start: no settings file, no project."""
    monkeypatch.setenv("CURATOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Documents"))
    from curator.ui.app import setup_application

    setup_application(QApplication.instance())
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def test_the_first_start_asks_a_name_and_a_folder_then_shows_the_welcome_page(qtbot, fresh, tmp_path):
    window = fresh
    window.flow.open_initial([])
    dialog = window.flow.preferences
    assert dialog.objectName() == "firstRunDialog" and dialog.isVisible()
    assert dialog.folder() == tmp_path / "Documents" / "Curator"  # visible, under Documents
    assert window.pages.currentWidget() is window.welcome
    dialog.nameEdit.setText("Olena Kovalenko")
    dialog.accept()
    stored = settings.load()
    assert (stored.curator_name, stored.welcomed) == ("Olena Kovalenko", True)
    # Asked once: the next start goes to the welcome page (no last project yet) directly.
    window.flow.settings = stored
    window.flow.open_initial([])
    assert window.flow.preferences is dialog and not dialog.isVisible()
    # New projects are made in the projects folder, and edits carry the name.
    assert window.flow.open_path(stored.folder() / "Mine.curator", create=True)
    assert window.session.project.author == "Olena Kovalenko"
    assert window.session.project.path.parent == tmp_path / "Documents" / "Curator"


def test_empty_states_say_what_to_do_next(qtbot, fresh, tmp_path, seeds):
    window = fresh
    window.flow.open_path(tmp_path / "empty.curator", create=True)
    documents_hint, claims_hint = window.documents.empty, window.claims.empty
    assert documents_hint.isVisible() and "Ctrl+I" in documents_hint.text()
    assert claims_hint.isVisible() and "Ctrl+E" in claims_hint.text()
    import_and_wait(qtbot, window, [seeds])
    assert not documents_hint.isVisible() and claims_hint.isVisible()
    claim_in_window(window, "Over 1,900 defenders", "the evacuation of 2,500 Ukrainian soldiers")
    assert not claims_hint.isVisible()


def test_an_export_offers_to_show_its_folder(qtbot, fresh, tmp_path, seeds, monkeypatch):
    from curator.ui import worker

    window = fresh
    window.flow.open_path(tmp_path / "p.curator", create=True)
    import_and_wait(qtbot, window, [seeds])
    with qtbot.waitSignal(window.exchange.exported, timeout=30_000):
        window.exchange.export("csv", tmp_path / "out.csv", None)
    shown = []
    monkeypatch.setattr(worker, "show_folder", shown.append)
    window.exchange.summary_box.findChild(QPushButton, "showInFolderButton").click()
    assert shown == [tmp_path / "out.csv"]


def test_the_settings_remember_the_last_folder_and_default_to_documents(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Documents"))
    chosen = settings.Settings()
    assert chosen.folder() == Path(platformdirs.user_documents_dir()) / "Curator"
    assert chosen.start_folder() == chosen.folder()
    chosen.last_folder = str(tmp_path)
    assert chosen.start_folder() == tmp_path
    chosen.last_folder = str(tmp_path / "gone")
    assert chosen.start_folder() == chosen.folder()


def test_the_language_is_chosen_in_preferences_and_spoken_at_the_next_start(qtbot, fresh, tmp_path):
    window = fresh
    dialog = window.flow.edit_preferences()
    combo = dialog.languageCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "uk"]
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["English", "Українська"]
    combo.setCurrentIndex(combo.findData("uk"))
    dialog.accept()
    assert settings.load().language == "uk"
    assert "starts again" in window.message_bar.text()
    # The next start: the window, Qt's own buttons and the core's messages in Ukrainian.
    from curator import i18n
    from curator.ui.app import use_language

    app = QApplication.instance()
    try:
        assert use_language(app, settings.load().language) == "uk"
        again = MainWindow()
        qtbot.addWidget(again)
        assert again.menuBar().actions()[0].text() == "&Файл"
        assert i18n.translate("undo", "someone") == "хтось"
        from PySide6.QtWidgets import QDialogButtonBox

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Скасувати"
        again.close()
    finally:
        use_language(app, "en")
    assert i18n.translate("undo", "someone") == "someone"
