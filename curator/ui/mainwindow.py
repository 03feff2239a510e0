"""The main window: arranges the panes, menus and toolbar, and connects actions to
the flows that do the work (:mod:`curation`, :mod:`projectflow`)."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from curator import __version__
from curator.errors import one_line
from curator.ui.actions import MENUS, NEEDS_PROJECT, TOOLBAR, WRITES, ActionId, create_actions, menu_title
from curator.ui.chartdock import ChartDock
from curator.ui.claim_form import ClaimForm
from curator.ui.curation import CurationController
from curator.ui.document_meta import DocumentMeta
from curator.ui.document_view import DocumentView
from curator.ui.exchange import ExchangeFlow
from curator.ui.fields import WindowKeysFirst
from curator.ui.panes import ClaimsPane, DocumentsPane, FindBar, MessageBar, SearchPane
from curator.ui.projectflow import ProjectFlow
from curator.ui.safekeeping import Safekeeping
from curator.ui.session import ProjectSession
from curator.ui.suggestions import SuggestionsFlow, SuggestionsPane
from curator.ui.tablemodels import ClaimsModel, DocumentsModel
from curator.ui.welcome import WelcomePage
from curator.ui.worker import Job, stop_all


def _column(*widgets: QWidget, stretch_last: bool = True) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(6, 6, 6, 6)
    for widget in widgets:
        layout.addWidget(widget, 1 if (stretch_last and widget is widgets[-1]) else 0)
    return holder


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Curator")
        self.setAcceptDrops(True)
        self._fitting: QRect | None = None
        self.session = ProjectSession(self)
        self.actions = create_actions(self)

        # Panes.
        self.documents = DocumentsPane(DocumentsModel(self.session, self), self)
        self.search_results = SearchPane(self)
        self.meta = DocumentMeta(self)
        self.find_bar = FindBar(self)
        self.view = DocumentView(self)
        self.claims = ClaimsPane(ClaimsModel(self.session, self), self)
        self.form = ClaimForm(self)
        self.message_bar = MessageBar(self)

        self.suggestions = SuggestionsPane(self)
        left = self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        left.setObjectName("documentsSplitter")
        left.addWidget(_column(self.documents))
        left.addWidget(_column(self.search_results))
        left.addWidget(_column(self.suggestions))
        left.setSizes([300, 0, 300])
        middle = _column(self.meta, self.find_bar, self.view)
        form_scroll = QScrollArea()
        form_scroll.setWidget(self.form)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus, not the frame
        right = self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("claimsSplitter")
        right.addWidget(_column(self.claims))
        right.addWidget(_column(form_scroll))
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 0)
        right.setCollapsible(0, False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for pane, stretch in ((left, 2), (middle, 5), (right, 4)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.indexOf(pane), stretch)
        self.splitter.setSizes([360, 640, 600])
        # With no project open, the welcome page takes the place of the panes.
        self.welcome = WelcomePage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.splitter)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        # The message banner floats over the foot of the panes: showing or hiding it never
        # moves what is under the pointer.
        self.message_bar.setParent(central)
        central.installEventFilter(self.message_bar)

        # The chart pane (its own module) docks here; it folds to a strip (View → Chart).
        self.chart_dock = ChartDock(self.actions[ActionId.SHOW_CHART], self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.chart_dock)
        placeholder = QLabel(self.tr("The chart of figures over time appears here."), self.chart_dock)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_dock.setWidget(placeholder)
        self.chart = None

        # Flows.
        self.curation = CurationController(self.session, self.documents, self.view, self.meta, self.claims,
                                           self.form, self)
        self.flow = ProjectFlow(self.session, self, self)
        self.exchange = ExchangeFlow(self.session, self, self)
        self.session.background = self._in_background
        self.safekeeping = Safekeeping(self.session, self.flow, self)
        self.suggesting = SuggestionsFlow(self.session, self.suggestions, self.view, self.documents.model,
                                          self.curation, self)
        for source in (self.curation, self.flow, self.exchange, self.safekeeping, self.suggesting):
            source.message.connect(self.show_message)
        self.search_results.opened.connect(self.curation.open_hit)
        # A document's history, from the documents list (right-click).
        self.document_history = QAction(self.tr("Document History…"), self)
        self.document_history.setObjectName("documentHistoryAction")
        self.document_history.triggered.connect(lambda: self.show_document_history())  # noqa: PLW0108
        self.documents.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.documents.view.addAction(self.document_history)
        welcome = self.welcome
        # (lambdas: clicked(checked) must not arrive as the first argument)
        welcome.sampleButton.clicked.connect(lambda: self.flow.open_sample())  # noqa: PLW0108
        welcome.resetSampleButton.clicked.connect(lambda: self.flow.open_sample(reset=True))
        welcome.newButton.clicked.connect(lambda: self.flow.new_project())  # noqa: PLW0108
        welcome.openButton.clicked.connect(self.flow.open_project)
        welcome.importButton.clicked.connect(self.flow.choose_and_import)
        welcome.quickStartButton.clicked.connect(self.show_quick_start)
        welcome.recentChosen.connect(self.flow.open_path)
        self.find_bar.find.connect(lambda words, back: self.find_bar.report(self.view.find_text(words, back)))

        self.searchBox = QLineEdit(self)
        self.searchBox.setObjectName("searchBox")
        self.searchBox.setAccessibleName(self.tr("Search all documents"))
        self.searchBox.setPlaceholderText(self.tr("Search all documents…"))
        self.searchBox.setClearButtonEnabled(True)
        self.searchBox.setMaximumWidth(320)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.searchBox.textEdited.connect(self._search_typed)
        self._dictionaries: Job | None = None  # the lemma dictionaries, loaded on the first search
        self.searchBox.returnPressed.connect(self.run_search)

        self._build_menus()
        self._connect_actions()
        self._chain_tab_order()
        # The window's shortcuts work from every field (Ctrl+Z in a field with nothing of
        # its own to undo undoes the last project edit).
        self._window_keys = WindowKeysFirst([s for a in self.actions.values() for s in a.shortcuts()], self)
        for edit in (*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)):
            edit.installEventFilter(self._window_keys)
        # The project's name and counts; its full path in the tooltip, one click to its folder.
        self.project_label = QPushButton(self)
        self.project_label.setObjectName("projectLabel")
        self.project_label.setFlat(True)
        self.project_label.clicked.connect(lambda: self.safekeeping.show_in_folder())  # noqa: PLW0108 (not clicked(bool))
        # Open conflicts, counted where the curator looks; a click opens them.
        self.conflicts_label = QPushButton(self)
        self.conflicts_label.setObjectName("conflictsLabel")
        self.conflicts_label.setFlat(True)
        self.conflicts_label.clicked.connect(lambda: self.show_conflicts())  # noqa: PLW0108 (not clicked(bool))
        self.conflicts_label.hide()
        self.statusBar().addPermanentWidget(self.conflicts_label)
        self.statusBar().addPermanentWidget(self.project_label)
        self.session.projectChanged.connect(self._project_changed)
        self.flow.opening.connect(self._opening)
        self.session.changesApplied.connect(lambda _changes: self._update_status())
        self._restore_layout()
        self._project_changed()  # no project yet: the welcome page

    # -- building ------------------------------------------------------------------------
    def _build_menus(self) -> None:
        for title, entries in MENUS:
            menu = self.menuBar().addMenu(menu_title(title))
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                elif entry == "recent":
                    recent = QMenu(self.tr("Open &Recent"), menu)
                    recent.setObjectName("recentMenu")
                    recent.aboutToShow.connect(lambda m=recent: self.flow.fill_recent_menu(m))
                    menu.addMenu(recent)
                else:
                    menu.addAction(self.actions[entry])
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        for entry in TOOLBAR:
            if entry is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.actions[entry])
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.searchBox)
        self.addToolBar(toolbar)
        self.view.context_actions = [self.actions[ActionId.NEW_CLAIM], self.actions[ActionId.ADD_EVIDENCE]]

    def _in_background(self, title: str, fn, done, failed) -> None:
        """A long undo or redo (a merge's) on a worker, with a progress dialog that
        keeps the window's input until it is done (it cannot be cancelled midway)."""
        from curator.ui.worker import Job

        self._step_job = Job(self, title, lambda _progress, _cancelled: fn(), cancellable=False)
        self._step_job.done.connect(done)
        self._step_job.failed.connect(failed)
        self._step_job.start()

    def _connect_actions(self) -> None:
        a, stack = self.actions, self.session.undo_stack
        handlers = {
            ActionId.NEW_PROJECT: self.flow.new_project,
            ActionId.OPEN_PROJECT: self.flow.open_project,
            ActionId.OPEN_SAMPLE: self.flow.open_sample,
            ActionId.IMPORT: self.flow.choose_and_import,
            ActionId.EXPORT: self.exchange.choose_export,
            ActionId.MERGE: self.exchange.choose_merge,
            ActionId.SAVE_COPY: self.safekeeping.choose_copy,
            ActionId.RESTORE_BACKUP: self.safekeeping.choose_backup,
            ActionId.SHOW_IN_FOLDER: self.safekeeping.show_in_folder,
            ActionId.CHECK_PROJECT: self.safekeeping.check,
            ActionId.QUIT: self.close,
            ActionId.UNDO: self.session.undo,
            ActionId.REDO: self.session.redo,
            ActionId.FIND: lambda: self.find_bar.open(self.view.textCursor().selectedText()),
            ActionId.SEARCH: lambda: (self.searchBox.setFocus(), self.searchBox.selectAll()),
            ActionId.PREFERENCES: self.flow.edit_preferences,
            ActionId.VOCABULARY: self.show_vocabulary,
            ActionId.CONFLICTS: self.show_conflicts,
            ActionId.HISTORY: self.show_history,
            ActionId.NEW_CLAIM: self.curation.new_claim_from_selection,
            ActionId.ADD_EVIDENCE: self.curation.add_selection_as_evidence,
            ActionId.DELETE_CLAIM: self.curation.delete_claim,
            ActionId.ABOUT: self._about,
            ActionId.ACCEPT_SUGGESTION: self.suggesting.accept,
            ActionId.REJECT_SUGGESTION: self.suggesting.reject,
            ActionId.NEXT_SUGGESTION: lambda: self.suggesting.step(1),
            ActionId.PREVIOUS_SUGGESTION: lambda: self.suggesting.step(-1),
            ActionId.SUGGEST_ALL: lambda: self.suggesting.find(None, with_dialog=True),
            ActionId.NEXT_CLAIM: lambda: self.curation.step_claim(1),
            ActionId.PREVIOUS_CLAIM: lambda: self.curation.step_claim(-1),
            ActionId.FOCUS_DOCUMENTS: lambda: self.focus_pane(0),
            ActionId.FOCUS_TEXT: lambda: self.focus_pane(1),
            ActionId.FOCUS_CLAIMS: lambda: self.focus_pane(2),
            ActionId.FOCUS_FORM: lambda: self.focus_pane(3),
            ActionId.NEXT_PANE: lambda: self.focus_pane(self._pane_of_focus() + 1),
            ActionId.PREVIOUS_PANE: lambda: self.focus_pane(self._pane_of_focus() - 1),
            ActionId.SHORTCUTS: self.show_shortcuts,
            ActionId.QUICK_START: self.show_quick_start,
        }
        for action_id, handler in handlers.items():
            a[action_id].triggered.connect(lambda _checked=False, h=handler: h())
        a[ActionId.THIS_DOCUMENT_ONLY].toggled.connect(self.curation.set_only_this_document)
        a[ActionId.UNDO].setEnabled(False)
        a[ActionId.REDO].setEnabled(False)
        stack.canUndoChanged.connect(a[ActionId.UNDO].setEnabled)
        stack.canRedoChanged.connect(a[ActionId.REDO].setEnabled)
        # The menu names the step ("Undo Edit claim"); the toolbar keeps a short label, so
        # nothing beside it moves as the step changes.
        a[ActionId.UNDO].setIconText(self.tr("Undo"))
        a[ActionId.REDO].setIconText(self.tr("Redo"))
        stack.undoTextChanged.connect(
            lambda text: self._name_step(a[ActionId.UNDO], self.tr("&Undo %1"), self.tr("&Undo"), text))
        stack.redoTextChanged.connect(
            lambda text: self._name_step(a[ActionId.REDO], self.tr("&Redo %1"), self.tr("&Redo"), text))

    @staticmethod
    def _name_step(action, pattern: str, plain: str, step: str) -> None:
        text = pattern.replace("%1", step) if step else plain
        action.setText(text)
        action.setToolTip(text.replace("&", ""))

    # -- keyboard --------------------------------------------------------------------------
    def _panes(self) -> list[tuple[QWidget, QWidget]]:
        """(the pane, where its focus goes) for Alt+1…4 and F6, in order."""
        form_target = self.form.subjectEdit if self.form.subjectEdit.isEnabled() else self.form.evidenceList
        return [(self.documents, self.documents.view), (self.splitter.widget(1), self.view),
                (self.claims, self.claims.view), (self.form, form_target)]

    def _pane_of_focus(self) -> int:
        focus = QApplication.focusWidget()
        for i, (pane, _target) in enumerate(self._panes()):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return i
        return -1

    def focus_pane(self, index: int) -> None:
        panes = self._panes()
        _pane, target = panes[index % len(panes)]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _chain_tab_order(self) -> None:
        """Tab: filter → documents → suggestions → text → claims → the form's fields → the document's
        details, then the search box and the chart, round to the filter."""
        form = self.form
        chain = [self.documents.filterEdit, self.documents.view, self.suggestions.suggestionsList, self.view,
                 self.claims.view,
                 *form.tab_order, form.evidenceList, form.removeEvidenceButton,
                 *self.meta.tab_order, self.searchBox]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_quick_start(self):
        from curator.ui.quickstart import QuickStartDialog

        self.quick_start = QuickStartDialog(self)
        self.quick_start.show()
        return self.quick_start

    def show_shortcuts(self):
        from curator.ui.shortcuts import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self.actions, self)
        self.shortcuts_dialog.show()
        return self.shortcuts_dialog

    def show_vocabulary(self):
        from curator.ui.vocabulary import VocabularyDialog

        if getattr(self, "vocabulary", None) is None:
            self.vocabulary = VocabularyDialog(self.session, self)
        self.vocabulary.reload()
        self.vocabulary.show()
        self.vocabulary.raise_()
        return self.vocabulary

    def show_conflicts(self):
        from curator.ui.conflicts import ConflictsPane

        if getattr(self, "conflicts", None) is None:
            self.conflicts = ConflictsPane(self.session, self)
        self.conflicts.reload()
        self.conflicts.show()
        self.conflicts.raise_()
        return self.conflicts

    def show_history(self):
        """The history of the current claim; it follows the claim chosen while it is open."""
        from curator.ui.history import HistoryPane

        if getattr(self, "history", None) is None:
            self.history = HistoryPane(self.session, self)
            self.curation.claimSelected.connect(
                lambda claim_id: self.history.show_record(claim_id) if self.history.isVisible() else None)
        self.history.show_record(self.form.claim_id or self.claims.current_id())
        self.history.show()
        self.history.raise_()
        return self.history

    def show_document_history(self):
        """The history of the document chosen in the documents list (its metadata)."""
        pane = self.show_history()
        pane.show_record(self.documents.current_id(), "document")
        return pane

    def ensure_chart(self):
        """The chart pane, built on first need: pyqtgraph loads after the first paint."""
        if self.chart is None:
            from curator.ui.chart import ChartPane

            self.chart = ChartPane(self.session, self.chart_dock)
            self.chart_dock.setWidget(self.chart)
            self.chart.claimActivated.connect(lambda claim_id: self.curation.select_claim(claim_id, scroll=True))
            self.chart.claimsSelected.connect(self.curation.select_claims)
            self.curation.claimSelected.connect(self.chart.highlight)
        return self.chart

    # -- small behaviours ------------------------------------------------------------------
    def show_message(self, text: str, problem: bool = False) -> None:
        text = one_line(text)
        self.message_bar.show_message(text, problem, seconds=0 if problem else 8)
        self.statusBar().showMessage(text, 10_000)

    def _search_typed(self, _text: str) -> None:
        """Search as the curator types; the first time, the dictionaries that find words
        in any of their forms load in the background meanwhile (most of a second)."""
        self._search_timer.start()
        if self._dictionaries is None:
            from curator import wordforms

            self._dictionaries = Job(self, "", lambda progress, cancelled: wordforms.prepare(), quiet=True).start()

    def run_search(self) -> None:
        self._search_timer.stop()
        if self._dictionaries is not None and self._dictionaries.running:
            self._search_timer.start()  # not on this thread: it would wait for them
            return
        words = self.searchBox.text().strip()
        if not words:
            self.search_results.hide()
            return
        self.search_results.show_hits(words, self.curation.search(words))

    def _forget_the_previous_project(self) -> None:
        """Nothing of the project before stays on screen: found words, search results,
        the chart's hover text, and the dialogs that belonged to it."""
        self.find_bar.edit.clear()
        self.find_bar.report(True)
        self.find_bar.hide()
        self.searchBox.clear()
        self.search_results.results.clear()
        self.search_results.hide()
        QToolTip.hideText()
        for dialog in (getattr(self, "vocabulary", None), self.safekeeping.restore_dialog, self.exchange.dialog):
            if dialog is not None:
                dialog.close()

    def _project_changed(self) -> None:
        self._forget_the_previous_project()
        project = self.session.project
        if project is not None:
            self.safekeeping.back_up_if_due()
        self.pages.setCurrentWidget(self.splitter if project is not None else self.welcome)
        if project is None:
            recent = [p for p in self.flow.settings.recent_projects if Path(p).exists()]
            self.welcome.show_recent(recent)
            self.welcome.resetSampleButton.setVisible(self.flow.sample_path().exists())
        writable = project is not None and not project.read_only
        for action_id in WRITES:
            self.actions[action_id].setEnabled(writable or (action_id is ActionId.IMPORT and project is None))
        for action_id in NEEDS_PROJECT:
            self.actions[action_id].setEnabled(project is not None)
        self.chart_dock.setVisible(project is not None)
        if project is None:
            self.setWindowTitle("Curator")
        elif project.read_only:
            self.setWindowTitle(self.tr("%1 (read-only) — Curator").replace("%1", project.path.stem))
        else:
            self.setWindowTitle(f"{project.path.stem} — Curator")
        self._update_status()

    def _opening(self, path: Path) -> None:
        """Say what is happening while a large project opens (painted at once: the
        opening itself keeps the event loop busy)."""
        self.project_label.setText(self.tr("Opening %1…").replace("%1", path.name))
        self.project_label.repaint()

    def _update_status(self) -> None:
        project = self.session.project
        if project is None:
            self.project_label.setText(self.tr("No project open"))
            self.project_label.setToolTip("")
            self.conflicts_label.hide()
            return
        self.project_label.setToolTip(self.tr("%1 — click to show it in its folder").replace("%1", str(project.path)))
        self.project_label.setText(" · ".join((
            project.path.name, self.tr("%Ln document(s)", "", self.documents.model.rowCount()),
            self.tr("%Ln claim(s)", "", self.claims.model.rowCount()))))
        open_conflicts = len(self.claims.model.conflicted)  # read by the model, which refreshes it first
        self.conflicts_label.setText(self.tr("⚠ %Ln open conflict(s)", "", open_conflicts))
        self.conflicts_label.setVisible(open_conflicts > 0)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Curator"), self.tr(
            "<b>Curator %1</b><p>Turn news articles and reports into a verified database of facts and "
            "figures, each with its evidence.</p>").replace("%1", __version__))

    # -- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.flow.import_paths(paths)

    # -- layout kept between runs --------------------------------------------------------------
    def _restore_layout(self) -> None:
        """The window as it was left, on the screen it is on now; the first time, the
        whole of the screen's available area."""
        stored = QSettings()
        geometry, state, splitter, claims_splitter = (
            stored.value(key) for key in ("geometry", "windowState", "splitter", "claimsSplitter"))
        screen = self.screen().availableGeometry()
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            self.fit_to(screen, keep=True)
        else:
            self.fit_to(screen)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        if isinstance(claims_splitter, QByteArray):
            self.right_splitter.restoreState(claims_splitter)
        folded = stored.value("chartFolded")
        self.chart_dock.fold(folded in (True, "true") if folded is not None else self.fold_chart_on(screen))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fitting is not None:
            available = self._fitting
            QTimer.singleShot(0, lambda: self.fit_to(available, keep=True))

    @staticmethod
    def fold_chart_on(available: QRect) -> bool:
        """On a screen this low (a 1366×768 laptop) the chart starts folded to its strip:
        the document and the claims need the height more."""
        return available.height() < 900

    def lay_out_for(self, available: QRect) -> None:
        """The first start on a screen whose available area is ``available``."""
        self.fit_to(available)
        self.chart_dock.fold(self.fold_chart_on(available))

    def fit_to(self, available: QRect, keep: bool = False) -> None:
        """Size the window for a screen whose available area is ``available``: all of it,
        or (``keep``) its present geometry moved and shrunk to lie inside it. The panes
        share the width so the document and the claims have the most room."""
        # The window's frame (title bar, borders) must fit too; it is known once shown,
        # so a window not yet shown is fitted again when it is.
        self._fitting = None if self.isVisible() else available
        outer, inner = self.frameGeometry(), self.geometry()
        frame = QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                         outer.right() - inner.right(), outer.bottom() - inner.bottom())
        room = available.marginsRemoved(frame)
        if keep:
            size = self.size().boundedTo(room.size())
            top_left = QPoint(min(max(self.x(), room.left()), room.right() - size.width() + 1),
                              min(max(self.y(), room.top()), room.bottom() - size.height() + 1))
            self.setGeometry(QRect(top_left, size))
            return
        self.setGeometry(room)
        width = available.width()
        documents = max(200, min(340, width * 19 // 100))
        claims = max(480, width * 40 // 100)
        self.splitter.setSizes([documents, width - documents - claims, claims])
        # The form at its full height (nothing to scroll), the claims table the rest.
        form = self.form.minimumSizeHint().height() + 12
        self.right_splitter.setSizes([max(available.height() - form, 200), form])

    def closeEvent(self, event: QCloseEvent) -> None:
        stored = QSettings()
        stored.setValue("geometry", self.saveGeometry())
        stored.setValue("windowState", self.saveState())
        stored.setValue("splitter", self.splitter.saveState())
        stored.setValue("claimsSplitter", self.right_splitter.saveState())
        stored.setValue("chartFolded", self.chart_dock.folded)
        if self._dictionaries is not None:
            self._dictionaries.wait()
        self.suggesting.stop()
        if self.chart is not None:
            self.chart.stop()
        stop_all()  # a backup, an import, a merge still running
        self.session.close()
        super().closeEvent(event)
