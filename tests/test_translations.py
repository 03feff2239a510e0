"""The shipped catalogues: English plural forms, each .qm built from its .ts."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def test_every_plural_of_the_interface_has_its_english_forms():
    """No "document(s)": each %n message has its English singular and plural."""
    root = ET.parse(TRANSLATIONS / "curator_en.ts").getroot()
    messages = root.findall(".//message[@numerus='yes']")
    assert messages
    for message in messages:
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")]
        assert translation.get("type") is None and len(forms) == 2 and all("(s)" not in f for f in forms), \
            message.findtext("source")


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lupdate not installed")
def test_the_english_catalogue_lists_every_plural_in_the_code(tmp_path):
    """Each plural message of the code, in its context (Qt looks it up by both)."""
    root = TRANSLATIONS.parent.parent
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (root / "curator").rglob("*.py"))
    subprocess.run([str(LRELEASE.with_name("pyside6-lupdate")), "-silent", *sources, "-pluralonly", "-ts", str(fresh)],
                   check=True)

    def plurals(path):
        tree = ET.parse(path).getroot()
        return {(context.findtext("name"), message.findtext("source"))
                for context in tree.iter("context") for message in context.iter("message")
                if message.get("numerus") == "yes" and message.find("translation").get("type") != "vanished"}

    assert plurals(fresh) <= plurals(TRANSLATIONS / "curator_en.ts"), "run: make translations"


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease not installed")
def test_each_shipped_qm_is_built_from_its_ts(tmp_path):
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists():
            continue
        fresh = tmp_path / qm.name
        subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run make translations"


def test_counts_read_as_english_in_the_window(qtbot, tmp_path, seeds):
    from curator.ui import open_window
    from tests.gui_helpers import import_and_wait

    window = open_window(tmp_path / "plurals.curator")
    qtbot.addWidget(window)
    import_and_wait(qtbot, window, [seeds])
    assert window.documents.count.text() == "5 documents"
    assert window.claims.title.text() == "Claims (0)"
    assert window.project_label.text() == "plurals.curator · 5 documents · 0 claims"
    window.close()


def test_ukrainian_counts_take_their_three_forms(qapp):
    """1 документ, 2 документи, 5 документів, 21 документ: Qt picks the form by the number."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "curator_uk.qm"))
    said = [translator.translate("DocumentsPane", "%Ln document(s)", "", n) for n in (1, 2, 5, 11, 21, 22)]
    assert [s.replace("%Ln", "") for s in said] == [" документ", " документи", " документів", " документів",
                                                     " документ", " документи"]
    root = ET.parse(TRANSLATIONS / "curator_uk.ts").getroot()
    for message in root.iter("message"):
        if message.get("numerus") == "yes":
            forms = message.find("translation").findall("numerusform")
            assert message.find("translation").get("type") is None and len(forms) == 3, message.findtext("source")


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lupdate not installed")
def test_every_message_of_the_code_is_in_the_ukrainian_catalogue_and_translated(tmp_path):
    """Window, core and command line: no message of the code is missing from the
    catalogue, and no entry of it is unfinished or obsolete."""
    root = TRANSLATIONS.parent.parent
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (root / "curator").rglob("*.py"))
    subprocess.run([str(LRELEASE.with_name("pyside6-lupdate")), "-silent", *sources, "-ts", str(fresh)], check=True)

    def messages(path):
        tree = ET.parse(path).getroot()
        return {(context.findtext("name"), message.findtext("source"))
                for context in tree.iter("context") for message in context.iter("message")}

    assert messages(fresh) <= messages(TRANSLATIONS / "curator_uk.ts"), "run: make translations"
    for ts in TRANSLATIONS.glob("*.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            kind = message.find("translation").get("type")
            assert kind not in ("unfinished", "obsolete", "vanished"), (ts.name, message.findtext("source"))


def _placeholders(text):
    import re

    return sorted(re.findall(r"\{[^{}]*\}|%n|%\d", text or ""))


@pytest.mark.parametrize("name", ["curator_uk.ts", "curator_en.ts"])
def test_translations_keep_every_placeholder(name):
    """A translation that drops or renames a {placeholder} would fail where the message
    is shown: each keeps exactly the source's."""
    for message in ET.parse(TRANSLATIONS / name).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        for form in forms:
            assert _placeholders(form) == _placeholders(source), (source, form)


def test_counts_in_the_window_are_grouped_as_the_language_writes_them(qapp):
    """500 000 тверджень, 500,000 claims: the window's counts are written by the
    locale (%Ln), not as bare digits."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "curator_uk.qm"))
    before = QLocale()
    QCoreApplication.installTranslator(translator)
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine))
        said = QCoreApplication.translate("ClaimsPane", "Claims (%Ln)", "", 500_000)
        assert said.startswith("Твердження") and said.endswith(f"(500{QLocale().groupSeparator()}000)")
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert QCoreApplication.translate("ClaimsPane", "Claims (%Ln)", "", 500_000) == "Claims (500,000)"
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
