"""The panes the main window arranges. Each is a view over a model or the core; none
writes to the project."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QIdentityProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from curator.ui.tablemodels import ID_ROLE, RowsModel

HIT_ROLE = ID_ROLE + 1


class FilterProxy(QIdentityProxyModel):
    """The table's model as its view sees it: sorting and filtering are left to the
    source model, which asks SQLite (a sort-filter proxy would call data() for every
    row: every row read, hundreds of thousands of calls for a large project)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= 0:
            self.sourceModel().sort(column, order)

    def setFilterFixedString(self, words: str) -> None:
        self.sourceModel().set_filter(words)


def _table(name: str, accessible: str, model: RowsModel, parent: QWidget) -> tuple[QTableView, FilterProxy]:
    proxy = FilterProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.horizontalHeader().setResizeContentsPrecision(200)  # size columns from the first rows only
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    return view, proxy


def close_button(pane: QWidget, tip: str = "") -> QToolButton:
    """The small × that hides a pane."""
    button = QToolButton(pane)
    button.setText("×")
    button.setAutoRaise(True)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(pane.hide)
    return button


class EmptyState(QLabel):
    """What to do next, over an empty table's viewport (hidden once it has rows)."""

    def __init__(self, view: QTableView, text: str) -> None:
        super().__init__(text, view.viewport())
        self.setObjectName("emptyState")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setProperty("role", "hint")
        self.setMargin(12)
        self._view = view
        view.viewport().installEventFilter(self)
        for signal in (view.model().modelReset, view.model().rowsInserted, view.model().rowsRemoved,
                       view.model().layoutChanged):
            signal.connect(self.update_state)
        self.update_state()

    def update_state(self, *_args) -> None:
        self.setVisible(self._view.model().rowCount() == 0)
        self.setGeometry(self._view.viewport().rect())

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
        return False


class TablePane(QWidget):
    """A sortable table of rows with ids, reporting the id the curator picks."""

    activated = Signal(object)
    #: Milliseconds the current row must stay before a keyboard move reports it (0: at once).
    #: Holding an arrow key then passes rows without opening each one.
    settle_ms = 0

    def __init__(self, name: str, accessible: str, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view, self.proxy = _table(name, accessible, model, self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._report_current)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self._remembered = None
        self._silent = False

    def _current_changed(self, current, _previous) -> None:
        if self._silent or not current.isValid():
            return
        if self.settle_ms and QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self._settle.start(self.settle_ms)  # moved by the keyboard: wait for the arrow keys to rest
        else:
            self._report_current()

    def _report_current(self) -> None:
        self._settle.stop()
        current = self.view.currentIndex()
        if current.isValid():
            self.activated.emit(self.model.id_at(self.proxy.mapToSource(current).row()))

    def current_id(self):
        index = self.view.currentIndex()
        return self.model.id_at(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def select_id(self, row_id, notify: bool = False) -> bool:
        row = self.model.row_of(row_id) if row_id is not None else -1
        self._silent = not notify
        try:
            if row < 0:
                self.view.clearSelection()
                self.view.setCurrentIndex(self.proxy.index(-1, -1))
                return False
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.view.setCurrentIndex(index)
            self.view.selectRow(index.row())
            self.view.scrollTo(index)
            return True
        finally:
            self._silent = False

    def select_ids(self, row_ids) -> None:
        """Select several rows (the current one stays the first)."""
        from PySide6.QtCore import QItemSelectionModel

        selection = self.view.selectionModel()
        for row_id in row_ids:
            row = self.model.row_of(row_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)

    def selected_ids(self) -> list:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def _remember(self) -> None:
        self._remembered = self.current_id()

    def _restore(self) -> None:
        if self._remembered is not None:
            self.select_id(self._remembered)


class DocumentsPane(TablePane):
    settle_ms = 250

    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__("documentList", self.tr("Documents"), model, parent)
        self.filterEdit = QLineEdit(self)
        self.filterEdit.setObjectName("documentFilter")
        self.filterEdit.setPlaceholderText(self.tr("Filter documents…"))
        self.filterEdit.setClearButtonEnabled(True)
        self.filterEdit.textChanged.connect(model.set_filter)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setColumnHidden(1, True)  # the outlet is shown above the text
        self.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # oldest first, unknown dates last
        self.empty = EmptyState(self.view, self.tr("No documents yet. Import texts, web pages, PDF or Word files "
                                                   "with Ctrl+I, or drop them here."))
        self.count = QLabel(self)
        self.count.setProperty("role", "hint")
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._count)
        title = QLabel(self.tr("Documents"), self)
        title.setProperty("role", "heading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.count)
        layout.addLayout(heading)
        layout.addWidget(self.filterEdit)
        layout.addWidget(self.view)

    def _count(self, *_args) -> None:
        self.count.setText(self.tr("%Ln document(s)", "", self.model.rowCount()))


class ClaimsPane(TablePane):
    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__("claimsTable", self.tr("Claims"), model, parent)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # by as-of date, oldest first
        self.empty = EmptyState(self.view, self.tr("No claims yet. Select the words that state a figure in the "
                                                   "document and press Ctrl+E."))
        self.title = QLabel(self.tr("Claims"), self)
        self.title.setProperty("role", "heading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        model.modelReset.connect(self._resize)
        model.rowsInserted.connect(self._count)
        model.rowsRemoved.connect(self._count)
        # Who changed each claim: a column shown on request (right-click the header), so
        # a laptop keeps every other column in view; the filter finds authors either way.
        author = getattr(model, "author_column", None)
        if author is not None:
            from PySide6.QtGui import QAction

            self.view.setColumnHidden(author, True)
            self.showAuthors = QAction(self.tr("Show Who Changed Each Claim"), self)
            self.showAuthors.setObjectName("showAuthorsAction")
            self.showAuthors.setCheckable(True)
            self.showAuthors.toggled.connect(lambda shown: (self.view.setColumnHidden(author, not shown), self._resize()))
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            header.addAction(self.showAuthors)

    # Columns of free text, narrowed first when the table is not wide enough.
    TEXT_COLUMNS = (2, 3, 5)

    def _count(self, *_args) -> None:
        self.title.setText(self.tr("Claims (%Ln)", "", self.model.rowCount()))

    def _resize(self) -> None:
        self._count()
        self._natural = {}
        for column in range(self.model.columnCount()):
            if self.view.isColumnHidden(column):
                continue
            self.view.resizeColumnToContents(column)
            self._natural[column] = min(self.view.columnWidth(column), 180)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column in view, without a horizontal scroll bar: from the width their
        contents want, the text columns give up width (down to a few characters) when
        the pane is narrow."""
        natural = getattr(self, "_natural", None)
        if not natural or self.view.viewport().width() < 100:  # not laid out yet
            return
        header = self.view.horizontalHeader()
        for column, width in natural.items():
            header.resizeSection(column, width)
        excess = sum(natural.values()) - self.view.viewport().width() + 2
        flexible = {c: natural[c] for c in self.TEXT_COLUMNS}
        floor = self.view.fontMetrics().averageCharWidth() * 6
        room = sum(max(0, width - floor) for width in flexible.values())
        if excess > 0 and room > 0:
            share = min(1.0, excess / room)
            for column, width in flexible.items():
                header.resizeSection(column, round(width - max(0, width - floor) * share))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()


class SearchPane(QWidget):
    """Hits of a corpus search, with snippets; choosing one opens the document there."""

    opened = Signal(object, object)  # document id, the hit (where the words are)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = ""
        self.title = QLabel(self)
        self.title.setProperty("role", "heading")
        close = close_button(self, self.tr("Close the search results"))
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._open)
        self.results.itemClicked.connect(self._open)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.results)
        self.hide()

    def show_hits(self, words: str, hits: list) -> None:
        self.words = words
        self.results.clear()
        self.title.setText(self.tr("“%1”: %Ln document(s)", "", len(hits)).replace("%1", words))
        for hit in hits:
            snippet = hit.snippet.replace("\n", " ")
            item = QListWidgetItem(f"{hit.title}\n{snippet}")
            item.setData(ID_ROLE, hit.document_id)
            item.setData(HIT_ROLE, hit)
            item.setToolTip(snippet)
            self.results.addItem(item)
        self.show()

    def _open(self, item: QListWidgetItem) -> None:
        self.opened.emit(item.data(ID_ROLE), item.data(HIT_ROLE))


class FindBar(QWidget):
    """Ctrl+F: find words in the open document."""

    find = Signal(str, bool)  # words, backward

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find in document…"))
        self.edit.returnPressed.connect(lambda: self.find.emit(self.edit.text(), False))
        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        buttons = []
        for text, tip, backward in (("↑", self.tr("Previous"), True), ("↓", self.tr("Next"), False)):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, b=backward: self.find.emit(self.edit.text(), b))
            buttons.append(button)
        close = close_button(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        for button in buttons:
            layout.addWidget(button)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.hide()

    def open(self, words: str = "") -> None:
        self.show()
        if words:
            self.edit.setText(words)
        self.edit.setFocus()
        self.edit.selectAll()

    def report(self, found: bool) -> None:
        self.status.setText("" if found else self.tr("Not found"))


class MessageBar(QWidget):
    """A message for the curator above the panes: never a blocking dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = close_button(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.setAutoFillBackground(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, problem: bool = False, seconds: int = 0) -> None:
        colour = "#fdecea" if problem else "#e8f4fd"
        self.setStyleSheet(f"#messageBar {{ background: {colour}; border-top: 1px solid #c8c8c8; }}")
        self.label.setText(text)
        self._place()
        self.show()
        self.raise_()
        if seconds:
            self._timer.start(seconds * 1000)
        else:
            self._timer.stop()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    # -- floating over the foot of its parent (nothing under it moves) ----------------------
    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        height = self.heightForWidth(parent.width()) if self.hasHeightForWidth() else self.sizeHint().height()
        height = max(height, self.sizeHint().height())
        self.setGeometry(0, parent.height() - height, parent.width(), height)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False
