"""Help → Quick Start: a short illustrated page, shipped with the application."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from curator.paths import resource


def quick_start_page():
    """The page in the interface's language (quickstart_uk.html), else in English."""
    from curator import i18n

    translated = resource("help", f"quickstart_{i18n.current_language()}.html")
    return translated if translated.exists() else resource("help", "quickstart.html")


class QuickStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickStartDialog")
        self.setWindowTitle(self.tr("Quick Start"))
        page = quick_start_page()
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("quickStartText")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(page.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(page)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
