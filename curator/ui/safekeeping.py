"""Keeping work safe from the File menu: Save a Copy, Restore From Backup, Show Project
in Folder, and the daily automatic backup (in the background, without a dialog)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from curator.partialdate import format_local_time
from curator.ui.projectflow import PROJECT_FILTER, ProjectFlow
from curator.ui.session import ProjectSession
from curator.ui.worker import Job, notice, refusal, show_folder


class Safekeeping(QObject):
    #: A line for the message bar, and whether it is a problem.
    message = Signal(str, bool)
    #: A copy or a backup was written (its path).
    saved = Signal(object)
    #: A check or repair ended (its report).
    checked = Signal(object)

    def __init__(self, session: ProjectSession, flow: ProjectFlow, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.flow, self.window = session, flow, window
        self.job: Job | None = None
        self.backup_job: Job | None = None
        self.restore_dialog: BackupsDialog | None = None
        self.report_box = None

    # -- Save a Copy -------------------------------------------------------------------
    def choose_copy(self) -> None:
        project = self.session.project
        if project is None:
            return
        stamp = datetime.now().astimezone().strftime("%Y-%m-%d")
        default = project.path.with_name(f"{project.path.stem} copy {stamp}.curator")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save a Copy"), str(default), PROJECT_FILTER)
        if path:
            self.save_copy_to(Path(path if path.endswith(".curator") else path + ".curator"))

    def save_copy_to(self, target: Path) -> Job | None:
        """A consistent copy of the open project (safe while editing), e.g. to send to a
        coordinator; never over the open project itself."""
        from curator.storage import backups

        reason = refusal(self.session, self.job, self.tr("A copy is already being saved."))
        project = self.session.project
        if reason is None and target.absolute() == project.path:
            reason = self.tr("A copy cannot replace the project itself; choose another name.")
        if reason:
            self.message.emit(reason, True)
            return None
        source = project.path

        def copy(progress, cancelled):
            return backups.copy_database(source, target, lambda done, total: progress(done, total, ""))

        self.job = Job(self.window, self.tr("Saving a copy…"), copy)
        self.job.done.connect(self._copied)
        self.job.failed.connect(lambda text: self.message.emit(text, True))
        return self.job.start()

    def _copied(self, path: Path) -> None:
        self.message.emit(self.tr("Saved a copy as %1").replace("%1", str(path)), False)
        self.saved.emit(path)

    # -- the daily backup ---------------------------------------------------------------
    def back_up_if_due(self) -> Job | None:
        project = self.session.project
        if project is None or project.read_only or (self.backup_job is not None and self.backup_job.running):
            return None
        self.backup_job = Job(self.window, "", lambda progress, cancelled: project.back_up_if_due(), quiet=True)
        self.backup_job.done.connect(lambda path: path is not None and self.saved.emit(path))
        self.backup_job.failed.connect(
            lambda text: self.message.emit(self.tr("The daily backup could not be made: %1").replace("%1", text),
                                           True))
        return self.backup_job.start()

    # -- Restore From Backup ------------------------------------------------------------
    def choose_backup(self) -> BackupsDialog | None:
        project = self.session.project
        if project is None:
            return None
        self.restore_dialog = BackupsDialog(project.path, self.window)
        self.restore_dialog.chosen.connect(self._restore_chosen)
        self.restore_dialog.open()
        return self.restore_dialog

    def _restore_chosen(self, backup) -> None:
        project_path = self.session.project.path if self.session.project else backup.path
        when = backup.made.astimezone().strftime("%Y-%m-%d %H%M")
        default = project_path.with_name(f"{project_path.stem} restored {when}.curator")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Restore as"), str(default), PROJECT_FILTER,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.restore_to(backup.path, Path(path if path.endswith(".curator") else path + ".curator"))

    def restore_to(self, backup: Path, target: Path) -> bool:
        """The backup as a new project at ``target`` (never over a file), then open it."""
        from curator.errors import CuratorError
        from curator.storage import backups

        try:
            backups.restore(backup, target)
        except (CuratorError, OSError) as error:
            text = str(error) if isinstance(error, CuratorError) else f"{target}: {error.strerror or error}"
            self.message.emit(text, True)
            notice(self.window, self.tr("Cannot restore the backup"), text, problem=True, name="problemBox")
            return False
        return self.flow.open_path(target)

    # -- Check and Repair ----------------------------------------------------------------
    def check(self, repair: bool = False) -> Job | None:
        from curator.checkup import check_project, repair_project

        reason = refusal(self.session, self.job, self.tr("Please wait for the running task to finish."))
        if reason:
            self.message.emit(reason, True)
            return None
        project = self.session.project
        work = repair_project if repair else check_project
        self.job = Job(self.window, self.tr("Repairing the project…") if repair else self.tr("Checking the project…"),
                       lambda progress, cancelled: work(project, progress, cancelled))
        self.job.done.connect(self._checked)
        self.job.failed.connect(lambda text: self.message.emit(text, True))
        return self.job.start()

    def _checked(self, report) -> None:
        self.message.emit(report.summary(), not report.healthy)
        if report.changes:
            self.session.announce(report.changes)
        details = [*report.repaired, *report.lines()] + ([str(report.backup)] if report.backup else [])
        if self.report_box is not None:
            self.report_box.close()
        box = self.report_box = notice(self.window, self.tr("Check Project"), report.summary(),
                                       problem=not report.healthy, details=details, name="checkReport")
        if report.repairable and not report.repaired:
            repair = box.addButton(self.tr("Repair"), box.ButtonRole.AcceptRole)
            repair.setObjectName("repairButton")
            repair.clicked.connect(lambda: self.check(repair=True))
        self.checked.emit(report)

    # -- Show in Folder ------------------------------------------------------------------
    def show_in_folder(self, path: Path | None = None) -> None:
        target = path or (self.session.project.path if self.session.project else None)
        if target is not None:
            show_folder(target)


class BackupsDialog(QDialog):
    """The project's automatic backups, newest first, with their date, reason and counts."""

    chosen = Signal(object)

    def __init__(self, project_path: Path, parent: QWidget | None = None) -> None:
        from curator.storage import backups

        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Restore From Backup"))
        layout = QVBoxLayout(self)
        folder = backups.folder_of(project_path)
        intro = QLabel(self.tr("Curator keeps copies of this project in “%1”. A copy is restored as a new project "
                               "file; this one is not changed.").replace("%1", str(folder)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("backupsList")
        layout.addWidget(self.list)
        role = Qt.ItemDataRole.UserRole
        self.found = backups.listed(project_path, counts=True)
        reasons = {backups.DAILY: self.tr("daily"), backups.BEFORE_MERGE: self.tr("before a merge"),
                   backups.BEFORE_REPAIR: self.tr("before a repair")}
        for backup in self.found:
            when = format_local_time(backup.made)
            why = reasons.get(backup.reason, self.tr("before an upgrade") if backup.reason.startswith("before upgrade")
                              else backup.reason)
            counts = (self.tr("%Ln document(s)", "", backup.documents) + ", " + self.tr("%Ln claim(s)", "", backup.claims)
                      if backup.documents is not None else self.tr("cannot be read"))
            item = QListWidgetItem(f"{when} · {why} · {counts}", self.list)
            item.setData(role, backup)
        if not self.found:
            QListWidgetItem(self.tr("No backups yet: Curator makes one each day you open the project, and before "
                                    "every merge and upgrade."), self.list).setFlags(Qt.ItemFlag.NoItemFlags)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(bool(self.found))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.found:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept())
        self.resize(560, 360)

    def _accept(self) -> None:
        item = self.list.currentItem()
        backup = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if backup is None:
            return
        self.accept()
        self.chosen.emit(backup)
