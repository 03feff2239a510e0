"""Opening, creating and filling projects: File menu flows, import on a worker thread,
drag and drop, and the curator's name."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from curator.errors import CuratorError
from curator.ui.session import ProjectSession
from curator.ui.worker import Job, notice, refusal

PROJECT_FILTER = "Curator projects (*.curator);;All files (*)"


class ProjectFlow(QObject):
    message = Signal(str, bool)
    #: An import finished, with its report.
    imported = Signal(object)

    def __init__(self, session: ProjectSession, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.window = window
        self.job: Job | None = None
        self.report_box: QMessageBox | None = None
        from curator import settings

        self.settings = settings.load()

    # -- opening -----------------------------------------------------------------------
    def open_path(self, path: str | Path, create: bool = False) -> bool:
        """Open (or create) a project; on failure the current one stays open."""
        from curator import settings
        from curator.storage import Project
        from curator.storage.lock import ProjectInUse

        author = self.settings.curator_name or None
        holder = None
        try:
            try:
                project = Project.open(path, create=create, author=author, lock=True)
            except ProjectInUse as busy:
                if not self.ask_read_only(busy):
                    return False
                holder = busy.holder
                project = Project.open(path, author=author, read_only=True)
        except CuratorError as error:
            self._show_problem(self.tr("Cannot open the project"), str(error))
            return False
        self.session.open(project)
        self.settings.remember(project.path)
        settings.save(self.settings)
        self.window.setWindowFilePath(str(project.path))
        if project.read_only:
            self.message.emit(self.tr("Read-only: %1 has this project open; your changes cannot be saved here.")
                              .replace("%1", holder.describe() if holder else self.tr("another Curator")), True)
        if project.backup is not None:
            self.message.emit(self.tr("This project was upgraded to the new version of Curator; "
                                      "a copy of the old file is kept as %1.").replace("%1", str(project.backup)), False)
        return True

    def ask_read_only(self, busy) -> bool:
        """Another Curator has the project open: open it read-only instead?"""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Project in use"),
                          self.tr("This project is open in another Curator (%1).")
                          .replace("%1", busy.holder.describe() if busy.holder else self.tr("someone else")),
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("projectInUseBox")
        box.setInformativeText(self.tr("Two Curators writing to one project at once could lose work. You can "
                                       "open it to read, or close it in the other Curator first."))
        read = box.addButton(self.tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        read.setObjectName("openReadOnlyButton")
        box.exec()
        return box.clickedButton() is read

    def open_initial(self, argv: Sequence[str] = ()) -> None:
        """The project named on the command line, else the last one, else the default one."""
        from curator import settings

        candidates = [a for a in argv if not a.startswith("-")]
        if candidates:
            self.open_path(candidates[0], create=not Path(candidates[0]).exists())
            return
        last = self.settings.last_project
        if last and Path(last).exists() and self.open_path(last):
            return
        self.open_path(settings.default_project(), create=True)

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("New Project"),
                                              str(Path.home() / "project.curator"), PROJECT_FILTER,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            if not path.endswith(".curator"):
                path += ".curator"
            if Path(path).exists():  # never delete a user's file to make room
                self._show_problem(self.tr("Cannot create the project"),
                                   self.tr("%1: a file of that name exists already; choose another name.")
                                   .replace("%1", path))
                return
            self.open_path(path, create=True)

    def open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open Project"), str(Path.home()), PROJECT_FILTER)
        if path:
            self.open_path(path)

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = [p for p in self.settings.recent_projects if Path(p).exists()]
        for path in recent:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            menu.addAction(self.tr("No recent projects")).setEnabled(False)

    def open_sample(self) -> None:
        """A project holding the sample articles, made on first use."""
        import platformdirs

        from curator.paths import sample_articles

        path = Path(platformdirs.user_data_dir("curator", appauthor=False)) / "Sample project.curator"
        fresh = not path.exists()
        if self.open_path(path, create=fresh) and fresh:
            self.import_paths(sample_articles())

    # -- importing -------------------------------------------------------------------------
    def _source_filter(self) -> str:
        from curator.importers.files import FORMATS

        patterns = " ".join(f"*{suffix}" for suffix in FORMATS)
        return self.tr("Documents (%1)").replace("%1", patterns) + ";;" + self.tr("All files (*)")

    def choose_and_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import Documents"), str(Path.home()),
                                                self._source_filter())
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[str | Path]) -> Job | None:
        """Import on a worker thread with a progress dialog that can cancel."""
        reason = refusal(self.session, self.job, self.tr("An import is already running."))
        if reason:
            self.message.emit(reason, True)
            return None
        from curator.importers import import_paths

        project = self.session.project
        paths = [Path(p) for p in paths]
        self.job = Job(self.window, self.tr("Importing documents…"),
                       lambda progress, cancelled: import_paths(project, paths, progress, cancelled))
        self.job.done.connect(self._import_done)
        self.job.failed.connect(lambda text: self._show_problem(self.tr("Import failed"), text))
        return self.job.start()

    def _import_done(self, report) -> None:
        self.session.announce(report.changes)
        summary = report.summary()
        problems = [r.message for r in report.results if r.status != "imported"]
        self.message.emit(summary, not report.complete)
        self.report_box = notice(self.window, self.tr("Import finished"), summary, not report.complete, problems,
                                 "importSummary")
        self.imported.emit(report)

    # -- preferences ---------------------------------------------------------------------
    def edit_preferences(self) -> None:
        from curator import settings

        name, ok = QInputDialog.getText(self.window, self.tr("Preferences"),
                                        self.tr("Your name, recorded with every edit you make:"),
                                        text=self.settings.curator_name)
        if ok:
            self.settings.curator_name = name.strip()
            settings.save(self.settings)
            if self.session.project is not None:
                self.session.project.author = self.settings.curator_name or self.session.project.author

    def _show_problem(self, title: str, text: str) -> None:
        self.message.emit(text, True)
        self.report_box = notice(self.window, title, text, problem=True, name="problemBox")
