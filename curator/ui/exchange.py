"""File → Export… and File → Merge Project…: the core functions on a worker thread,
with progress, cancel and a summary at the end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from curator.ui.session import ProjectSession
from curator.ui.worker import Job, notice, refusal


class ExportDialog(QDialog):
    """Where and how to export; the path may be typed or chosen."""

    def __init__(self, project_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from curator.exports import FORMATS
        from curator.exports.tabular import SPREADSHEET_LOCALES

        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.project_path = project_path
        self.formatCombo = QComboBox(self)
        self.formatCombo.setObjectName("exportFormatCombo")
        for key, found in FORMATS.items():
            self.formatCombo.addItem(QCoreApplication.translate("export", found.label), key)
        self.pathEdit = QLineEdit(self)
        self.pathEdit.setObjectName("exportPathEdit")
        self.pathEdit.setMinimumWidth(420)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        self.checkedOnly = QCheckBox(self.tr("Only claims whose status is checked"), self)
        self.checkedOnly.setObjectName("exportCheckedOnly")
        self.noOriginals = QCheckBox(self.tr("Leave out the original files (smaller)"), self)
        self.excel = QCheckBox(self.tr("For a spreadsheet (Excel, LibreOffice)"), self)
        self.excel.setObjectName("exportExcel")
        self.localeCombo = QComboBox(self)
        self.localeCombo.setObjectName("exportLocale")
        self.localeCombo.setToolTip(self.tr("The spreadsheet reads figures with this language's decimal mark"))
        system = QLocale.system().name()
        for name in dict.fromkeys((system, *SPREADSHEET_LOCALES)):
            locale = QLocale(name)
            self.localeCombo.addItem(self.tr("{language} ({region}): {example}").format(
                language=locale.nativeLanguageName(), region=locale.nativeTerritoryName(),
                example=locale.toString(1234.5, "f", 1)), name)
        self.withText = QCheckBox(self.tr("Include each document's text"), self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        row = QHBoxLayout()
        row.addWidget(self.pathEdit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.formatCombo)
        form.addRow(self.tr("Save to"), row)
        form.addRow("", self.checkedOnly)
        form.addRow("", self.noOriginals)
        form.addRow("", self.excel)
        self.localeLabel = QLabel(self.tr("Spreadsheet's language"), self)
        form.addRow(self.localeLabel, self.localeCombo)
        form.addRow("", self.withText)
        form.addRow("", self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.formatCombo.currentIndexChanged.connect(self._format_changed)
        self.excel.toggled.connect(self._excel_changed)
        self._format_changed()

    @property
    def format(self) -> str:
        return self.formatCombo.currentData()

    def _suffix(self) -> str:
        from curator.exports import FORMATS

        return FORMATS[self.format].suffix

    def _suggested(self) -> Path:
        stem = self.project_path.with_name(self.project_path.stem + "-export")
        suffix = self._suffix()
        return stem.with_suffix(suffix) if suffix else stem

    def _format_changed(self) -> None:
        fmt = self.format
        self.pathEdit.setText(str(self._suggested()))
        self.noOriginals.setVisible(fmt == "sqlite")
        self.excel.setVisible(fmt == "csv")
        self._excel_changed()
        self.withText.setVisible(fmt == "json")
        hints = {
            "sqlite": self.tr("A clean copy of the project that opens in Curator and in any SQLite tool."),
            "csv": self.tr("One row per claim, and a second file with one row per piece of evidence."),
            "json": self.tr("The whole curated set, described by Curator's export schema."),
            "annotations": self.tr("Each piece of evidence as a W3C Web Annotation (JSON-LD)."),
            "datapackage": self.tr("A folder with the CSV files and a datapackage.json describing them."),
            "qdpx": self.tr("Documents, quotes and claims for qualitative-analysis tools: a code per series, "
                            "a coding per claim with its fields."),
        }
        self.hint.setText(hints[fmt])

    def _excel_changed(self) -> None:
        shown = self.format == "csv" and self.excel.isChecked()
        self.localeLabel.setVisible(shown)
        self.localeCombo.setVisible(shown)

    def _browse(self) -> None:
        if self._suffix():
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.pathEdit.text())
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"), str(self.project_path.parent))
        if path:
            self.pathEdit.setText(path)

    def options(self):
        from curator.exports import ExportOptions

        return ExportOptions(checked_only=self.checkedOnly.isChecked(), originals=not self.noOriginals.isChecked(),
                             excel=self.excel.isChecked(), locale=self.localeCombo.currentData(),
                             with_text=self.withText.isChecked())


class MergePreview(QDialog):
    """What a merge will do, before it does it: the summary, then every record it adds,
    updates or deletes and every conflict, in words; Merge or Cancel."""

    def __init__(self, report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergePreview")
        self.setWindowTitle(self.tr("Merge %1?").replace("%1", report.source.name))
        layout = QVBoxLayout(self)
        unchanged = QLabel(self.tr("Nothing has been changed yet. This is what the merge will do:"), self)
        summary = QLabel(report.summary(), self)
        summary.setObjectName("mergePreviewSummary")
        summary.setWordWrap(True)
        lines = report.preview()
        self.listing = QPlainTextEdit("\n".join(lines) if lines else self.tr(
            "Everything in %1 is already in this project: the merge would change nothing.").replace(
            "%1", report.source.name), self)
        self.listing.setObjectName("mergePreviewList")
        self.listing.setReadOnly(True)
        self.listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.mergeButton = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.mergeButton.setObjectName("mergeButton")
        self.mergeButton.setEnabled(bool(report.changes) or bool(report.conflicts))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (unchanged, summary, self.listing, buttons):
            layout.addWidget(widget)
        screen = parent.screen().availableGeometry() if parent is not None else None
        self.resize(min(900, screen.width() - 60) if screen else 900, min(560, screen.height() - 80) if screen else 560)


class ExchangeFlow(QObject):
    message = Signal(str, bool)
    exported = Signal(object)
    previewed = Signal(object)
    merged = Signal(object)

    def __init__(self, session: ProjectSession, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.window = session, window
        self.job: Job | None = None
        self.dialog: ExportDialog | None = None
        self.preview_dialog: MergePreview | None = None
        self.summary_box: QMessageBox | None = None

    def _busy(self) -> bool:
        reason = refusal(self.session, self.job, self.tr("Please wait: an export or merge is running."))
        if reason:
            self.message.emit(reason, True)
        return reason is not None

    # -- export ----------------------------------------------------------------------------
    def choose_export(self) -> ExportDialog | None:
        if self._busy():
            return None
        self.dialog = ExportDialog(self.session.project.path, self.window)
        self.dialog.accepted.connect(lambda: self.export(self.dialog.format, Path(self.dialog.pathEdit.text()),
                                                         self.dialog.options()))
        self.dialog.open()
        return self.dialog

    def export(self, fmt: str, out: Path, options) -> Job | None:
        if self._busy():
            return None
        from curator.exports import export

        project = self.session.project
        self.job = Job(self.window, self.tr("Exporting…"),
                       lambda progress, cancelled: export(project, fmt, out, options, progress, cancelled))
        self.job.done.connect(self._exported)
        self.job.failed.connect(lambda text: self._finished(self.tr("Export failed"), text, problem=True))
        return self.job.start()

    def _exported(self, report) -> None:
        self._finished(self.tr("Export finished"), report.summary(), folder=report.files[0] if report.files else None)
        self.exported.emit(report)

    # -- merge -----------------------------------------------------------------------------
    def choose_merge(self) -> None:
        if self._busy():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Merge Project"),
                                              str(self.window.flow.settings.start_folder()),
                                              "Curator projects (*.curator);;All files (*)")
        if path:
            self.preview(Path(path))

    def preview(self, source: Path) -> Job | None:
        """Read what merging ``source`` will do (the merge itself, rolled back), then
        show it with Merge and Cancel."""
        if self._busy():
            return None
        from curator.merge import merge

        project = self.session.project
        self.job = Job(self.window, self.tr("Reading %1…").replace("%1", source.name),
                       lambda progress, cancelled: merge(project, source, progress, cancelled, dry_run=True))
        self.job.done.connect(lambda report: self._previewed(source, report))
        self.job.failed.connect(lambda text: self._finished(self.tr("Merge failed"), text, problem=True))
        return self.job.start()

    def _previewed(self, source: Path, report) -> None:
        self.preview_dialog = MergePreview(report, self.window)
        self.preview_dialog.accepted.connect(lambda: self.merge(source))
        self.preview_dialog.open()
        self.previewed.emit(report)

    def merge(self, source: Path) -> Job | None:
        if self._busy():
            return None
        from curator.merge import merge

        project = self.session.project
        self.job = Job(self.window, self.tr("Merging %1…").replace("%1", source.name),
                       lambda progress, cancelled: merge(project, source, progress, cancelled))
        self.job.done.connect(self._merged)
        self.job.failed.connect(lambda text: self._finished(self.tr("Merge failed"), text, problem=True))
        return self.job.start()

    def _merged(self, report) -> None:
        # One step on the undo stack (Edit → Undo Merge), after the curator's own steps,
        # which stay: each is checked against what the merge changed when undone.
        from curator.merge import redo_merge, undo_merge

        if report.changes:
            self.session.push_done(self.tr("Merge %1").replace("%1", report.source.name), report.changes,
                                   lambda project: undo_merge(project, report),
                                   lambda project: redo_merge(project, report))
        details = [conflict.line() for conflict in report.conflicts]
        if report.report_file:
            details.append(self.tr("The conflicts are listed in %1").replace("%1", str(report.report_file)))
        self._finished(self.tr("Merge finished"), report.summary(), problem=bool(report.conflicts), details=details,
                       folder=report.report_file)
        self.merged.emit(report)

    def _finished(self, title: str, text: str, problem: bool = False, details: list[str] | None = None,
                  folder: Path | None = None) -> None:
        self.message.emit(text, problem)
        self.summary_box = notice(self.window, title, text, problem, details, "exchangeSummary", folder)
