"""Opening, creating and filling projects: File menu flows, import on a worker thread,
drag and drop, and the curator's name."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from curator.errors import CuratorError
from curator.ui.session import ProjectSession
from curator.ui.worker import Job, notice, refusal

PROJECT_FILTER = "Curator projects (*.curator);;All files (*)"


class ProjectFlow(QObject):
    message = Signal(str, bool)
    #: An import finished, with its report.
    imported = Signal(object)
    #: A project is about to be opened (its path): the window says so while it loads.
    opening = Signal(object)

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
        self.opening.emit(Path(path))
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
        """The project named on the command line, else the last one; else the welcome
        page stays. At the very first start, the curator is asked their name first."""
        candidates = [a for a in argv if not a.startswith("-")]
        if candidates:
            self.open_path(candidates[0], create=not Path(candidates[0]).exists())
            return
        if not self.settings.welcomed:
            self.edit_preferences(first_run=True)
            return
        last = self.settings.last_project
        if last and Path(last).exists():
            self.open_path(last)

    def _chose(self, path: str) -> Path:
        """Remember the folder of a file the curator chose: dialogs open there next time."""
        from curator import settings

        chosen = Path(path)
        self.settings.last_folder = str(chosen.parent)
        settings.save(self.settings)
        return chosen

    def _projects_folder(self) -> Path:
        folder = self.settings.folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return Path.home()
        return folder

    def new_project(self, then_import: bool = False) -> None:
        start = self._projects_folder() if not self.settings.last_folder else self.settings.start_folder()
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("New Project"),
                                              str(start / self.tr("My project.curator")), PROJECT_FILTER,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self._chose(path)
            if not path.endswith(".curator"):
                path += ".curator"
            if Path(path).exists():  # never delete a user's file to make room
                self._show_problem(self.tr("Cannot create the project"),
                                   self.tr("%1: a file of that name exists already; choose another name.")
                                   .replace("%1", path))
                return
            if self.open_path(path, create=True) and then_import:
                self.choose_and_import()

    def open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open Project"), str(self.settings.start_folder()),
                                              PROJECT_FILTER)
        if path:
            self.open_path(self._chose(path))

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = [p for p in self.settings.recent_projects if Path(p).exists()]
        for path in recent:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            menu.addAction(self.tr("No recent projects")).setEnabled(False)

    def sample_path(self) -> Path:
        from curator.settings import SAMPLE_NAME

        return self.settings.folder() / SAMPLE_NAME

    def open_sample(self, reset: bool = False) -> Job | None:
        """The sample project (articles and example claims), built on first use, or
        again when ``reset``; built on a worker, whole or not at all."""
        from curator import sample
        from curator.settings import SAMPLE_NAME

        path = self._projects_folder() / SAMPLE_NAME
        if path.exists() and not reset:
            self.open_path(path)
            return None
        reason = refusal(self.session, self.job, self.tr("Wait for the work in progress to finish first."),
                         project_needed=False)
        if reason:
            self.message.emit(reason, True)
            return None
        if self.session.project is not None and self.session.project.path == path:
            self.session.close()  # its lock goes with it; the rebuilt file replaces it
        author = self.settings.curator_name
        self.job = Job(self.window, self.tr("Making the sample project…"),
                       lambda progress, cancelled: sample.build(path, author, progress, cancelled))
        self.job.done.connect(self.open_path)
        self.job.failed.connect(lambda text: self._show_problem(self.tr("Cannot make the sample project"), text))
        return self.job.start()

    # -- importing -------------------------------------------------------------------------
    def _source_filter(self) -> str:
        from curator.formats import CURATOR_EXPORT_SUFFIX, FORMATS, QDPX_SUFFIX

        patterns = " ".join(f"*{suffix}" for suffix in FORMATS)
        return ";;".join((self.tr("Documents (%1)").replace("%1", patterns),
                          self.tr("Curator's JSON exports (%1)").replace("%1", f"*{CURATOR_EXPORT_SUFFIX}"),
                          self.tr("REFI-QDA projects (%1)").replace("%1", f"*{QDPX_SUFFIX}"),
                          self.tr("All files (*)")))

    def choose_and_import(self) -> None:
        if self.session.project is None:  # from the welcome page: a project to import into, first
            self.new_project(then_import=True)
            return
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import Documents"),
                                                str(self.settings.start_folder()), self._source_filter())
        if paths:
            self._chose(paths[0])
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
        problems += [r.notice for r in report.partial_pages]
        self.message.emit(summary, not report.complete)
        self.report_box = notice(self.window, self.tr("Import finished"), summary,
                                 not report.complete or bool(report.partial_pages), problems, "importSummary")
        if report.partial_pages:
            whole = self.report_box.addButton(self.tr("Keep the Whole Pages"), QMessageBox.ButtonRole.ActionRole)
            whole.setObjectName("keepWholePagesButton")
            whole.setToolTip(self.tr("Keep the rest of each such page after its article, marked as such"))
            pages = [r.document_id for r in report.partial_pages]
            whole.clicked.connect(lambda: self.keep_whole_pages(pages))
        self.imported.emit(report)

    def keep_whole_pages(self, document_ids) -> None:
        """Each page's rest after its article: one undoable step per page."""
        from curator.importers import keep_whole_page

        for document_id in document_ids:
            self.session.run(self.tr("Keep the whole page"),
                             lambda project, document_id=document_id: keep_whole_page(project, document_id))

    # -- preferences ---------------------------------------------------------------------
    def edit_preferences(self, first_run: bool = False):
        """The curator's name and projects folder (at the first start: asked once)."""
        from curator.ui.welcome import PreferencesDialog

        self.preferences = PreferencesDialog(self.settings.curator_name, self.settings.folder(), first_run,
                                             self.window, self.settings.language)
        self.preferences.accepted.connect(self._preferences_chosen)
        if first_run:
            self.preferences.finished.connect(lambda _result: self._welcomed())
        self.preferences.open()
        return self.preferences

    def _preferences_chosen(self) -> None:
        from curator import settings

        dialog = self.preferences
        self.settings.curator_name = dialog.name()
        folder = dialog.folder()
        self.settings.projects_folder = "" if folder == settings.default_projects_folder() else str(folder)
        language, self.settings.language = self.settings.language, dialog.language()
        settings.save(self.settings)
        if self.settings.language != language:
            self.message.emit(self.tr("The new language takes effect when Curator starts again."), False)
        if self.session.project is not None:
            self.session.project.author = self.settings.curator_name or self.session.project.author

    def _welcomed(self) -> None:
        from curator import settings

        self.settings.welcomed = True
        settings.save(self.settings)

    def _show_problem(self, title: str, text: str) -> None:
        self.message.emit(text, True)
        self.report_box = notice(self.window, title, text, problem=True, name="problemBox")
