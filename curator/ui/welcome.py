"""What a curator sees with no project open (the welcome page), and the questions of a
first start (their name, where projects go), which Preferences asks again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QWidget):
    """Open the sample, start a project, open one, import; the recent projects."""

    #: A recent project chosen (its path).
    recentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Welcome to Curator"), self)
        title.setProperty("role", "title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("Turn news articles and reports into a database of facts and figures, each one with "
                          "the words that state it. Start with the sample to see how, or with your own documents."),
                       self)
        intro.setWordWrap(True)

        def link(name: str, text: str, description: str) -> QCommandLinkButton:
            button = QCommandLinkButton(text, description, self)
            button.setObjectName(name)
            return button

        self.sampleButton = link("openSampleButton", self.tr("Open the sample project"),
                                 self.tr("Five articles about the defenders of Azovstal, with example claims and a "
                                    "conflict between sources"))
        self.newButton = link("newProjectButton", self.tr("New project…"), self.tr("An empty project, in a file you name"))
        self.openButton = link("openProjectButton", self.tr("Open a project…"),
                               self.tr("A project of yours, or one a volunteer sent you"))
        self.importButton = link("importButton", self.tr("Import documents…"),
                                 self.tr("Texts, web pages, PDF and Word files, into a new project"))
        self.quickStartButton = link("quickStartButton", self.tr("Quick start"), self.tr("Curator in six steps"))
        self.resetSampleButton = QPushButton(self.tr("Reset the sample project"), self)
        self.resetSampleButton.setObjectName("resetSampleButton")
        self.resetSampleButton.setToolTip(self.tr("Start the sample again as it was first made; your changes to it go"))
        self.resetSampleButton.setFlat(True)

        self.recent = QListWidget(self)
        self.recent.setObjectName("recentProjects")
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.itemActivated.connect(lambda item: self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent.itemClicked.connect(lambda item: self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        recent_title = QLabel(self.tr("Recent projects"), self)
        recent_title.setProperty("role", "heading")
        self.recentEmpty = QLabel(self.tr("None yet."), self)
        self.recentEmpty.setProperty("role", "hint")

        actions = QVBoxLayout()
        for button in (self.sampleButton, self.newButton, self.openButton, self.importButton,
                       self.quickStartButton):
            actions.addWidget(button)
        actions.addWidget(self.resetSampleButton, 0, Qt.AlignmentFlag.AlignLeft)
        actions.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(recent_title)
        recent.addWidget(self.recentEmpty)
        recent.addWidget(self.recent, 10)
        recent.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(actions, 3)
        columns.addSpacing(24)
        columns.addLayout(recent, 2)
        page = QVBoxLayout()
        page.addWidget(title)
        page.addWidget(intro)
        page.addSpacing(12)
        page.addLayout(columns, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(page, 6)
        outer.addStretch(1)

    def show_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}\n{Path(path).parent}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
        self.recent.setVisible(bool(paths))
        self.recentEmpty.setVisible(not paths)


def language_name(code: str) -> str:
    """A language as its speakers write it: "English", "Українська"."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.English:
        return QLocale.languageToString(QLocale.Language.English)
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:]


class PreferencesDialog(QDialog):
    """The curator's name (recorded with every edit), where new projects go and the
    interface language. Asked at the first start, and again from Edit → Preferences."""

    def __init__(self, name: str, folder: Path, first_run: bool, parent: QWidget | None = None,
                 language: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog" if first_run else "preferencesDialog")
        self.setWindowTitle(self.tr("Welcome to Curator") if first_run else self.tr("Preferences"))
        intro = QLabel(self.tr("Two questions before you start; both can be changed later in Edit → Preferences.")
                       if first_run else "", self)
        intro.setWordWrap(True)
        intro.setVisible(first_run)
        self.nameEdit = QLineEdit(name, self)
        self.nameEdit.setObjectName("curatorNameEdit")
        self.nameEdit.setPlaceholderText(self.tr("e.g. Olena Kovalenko"))
        name_hint = QLabel(self.tr("Recorded with every edit you make, so that whoever merges volunteers' work knows "
                              "who did what."), self)
        name_hint.setWordWrap(True)
        name_hint.setProperty("role", "hint")
        self.folderEdit = QLineEdit(str(folder), self)
        self.folderEdit.setObjectName("projectsFolderEdit")
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folderEdit, 1)
        folder_row.addWidget(choose)
        folder_hint = QLabel(self.tr("New projects and the sample are kept here, where you can find them to send."),
                             self)
        folder_hint.setWordWrap(True)
        folder_hint.setProperty("role", "hint")
        form = QFormLayout()
        form.addRow(self.tr("Your &name"), self.nameEdit)
        form.addRow("", name_hint)
        folder_label = QLabel(self.tr("&Projects folder"), self)
        folder_label.setBuddy(self.folderEdit)
        form.addRow(folder_label, folder_row)
        form.addRow("", folder_hint)
        from curator import i18n

        self.languageCombo = QComboBox(self)
        self.languageCombo.setObjectName("languageCombo")
        self.languageCombo.addItem(self.tr("As the system (%1)").replace(
            "%1", language_name(i18n.choose("", QLocale.system().name().split("_")[0]))), "")
        for code in i18n.languages():
            self.languageCombo.addItem(language_name(code), code)
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(language)))
        language_hint = QLabel(self.tr("Takes effect when Curator starts again."), self)
        language_hint.setWordWrap(True)
        language_hint.setProperty("role", "hint")
        language_label = QLabel(self.tr("&Language"), self)
        language_label.setBuddy(self.languageCombo)
        form.addRow(language_label, self.languageCombo)
        form.addRow("", language_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Projects folder"), self.folderEdit.text())
        if folder:
            self.folderEdit.setText(folder)

    def name(self) -> str:
        return self.nameEdit.text().strip()

    def folder(self) -> Path:
        return Path(self.folderEdit.text().strip()).expanduser()

    def language(self) -> str:
        """The chosen interface language; "" follows the system."""
        return self.languageCombo.currentData()
