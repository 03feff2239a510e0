"""Is there a font that draws Ukrainian? Qt draws boxes, silently, when there is not."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

SAMPLE = "Захисники Маріуполя ґєїі"


def missing_glyphs(font: QFont, text: str) -> str:
    """The characters of ``text`` that ``font`` cannot draw."""
    raw = QRawFont.fromFont(font)
    return "".join(c for c in text if not c.isspace() and not raw.supportsCharacter(ord(c)))


def cyrillic_font_problem(sample: str = SAMPLE) -> str | None:
    """None when the application's font draws ``sample``, else what is wrong."""
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Cyrillic):
        return "no font with Cyrillic letters is installed (on Debian/Ubuntu: fonts-dejavu-core)"
    font = QApplication.font() if QApplication.instance() else QFont()
    missing = missing_glyphs(font, sample)
    if missing:
        return f"the font {font.family()!r} has no glyphs for {missing}"
    return None
