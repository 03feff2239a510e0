"""Thin Qt table models over core queries. They hold rows fetched by the core and
reload when :attr:`ProjectSession.changesApplied` says their tables changed."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from curator.ui.session import ProjectSession

ID_ROLE = Qt.ItemDataRole.UserRole + 1


_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    title: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False


def date_text(value, precision) -> str:
    if value is None:
        return ""
    precision = getattr(precision, "value", precision)
    if precision == "year":
        return f"{value.year}"
    if precision == "month":
        return value.strftime("%Y-%m")
    return value.isoformat()


class RowsModel(QAbstractTableModel):
    """Rows with an ``id``, shown through :class:`Column` s; reloaded as a whole."""

    #: Tables whose changes make this model reload.
    watches: tuple[str, ...] = ()

    def __init__(self, session: ProjectSession, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        session.changesApplied.connect(self._changes_applied)
        session.projectChanged.connect(self.reload)

    # -- loading -------------------------------------------------------------------
    def fetch(self) -> list[Any]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.fetch() if self.session.project is not None else []
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows once by a Python key (a sorting proxy would call data() for
        every comparison: hundreds of thousands of calls for a large project)."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.id_at(index.row()) for index in persistent]
        self._sort_rows()
        position = {row.id: i for i, row in enumerate(self.rows)}
        self.changePersistentIndexList(persistent, [
            self.index(position[row_id], index.column()) if row_id in position else QModelIndex()
            for index, row_id in zip(persistent, ids, strict=True)
        ])
        self.layoutChanged.emit()

    def _sort_key(self):
        if self._sort is None:
            return None
        spec = self.columns[self._sort[0]]
        return spec.sort or (lambda row: spec.display(row).casefold())

    def _sort_rows(self) -> None:
        if self._sort is not None:
            self.rows.sort(key=self._sort_key(), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)

    def _changes_applied(self, changes) -> None:
        if changes.touches(*self.watches):
            self.reload()

    # -- lookup --------------------------------------------------------------------
    def row_of(self, row_id: uuid.UUID) -> int:
        return next((i for i, row in enumerate(self.rows) if row.id == row_id), -1)

    def id_at(self, row: int) -> uuid.UUID | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    # -- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == ID_ROLE:
            return str(row.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.display(row)
        return None


class DocumentsModel(RowsModel):
    watches = ("document", "span", "evidence")

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        tr = self.tr
        super().__init__(session, [
            Column(tr("Title"), lambda d: d.title),
            Column(tr("Outlet"), lambda d: d.outlet),
            Column(tr("Date"), lambda d: date_text(d.published, d.precision),
                   sort=lambda d: d.published.isoformat() if d.published else "9999"),
            Column(tr("Claims"), lambda d: str(d.claims), sort=lambda d: d.claims, align_right=True),
        ], parent)

    def fetch(self) -> list[Any]:
        from curator import queries

        return queries.documents(self.session.project, characters=False)


class ClaimsModel(RowsModel):
    watches = ("claim", "evidence")

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        from curator.figures import format_value

        tr = self.tr

        def value(c) -> str:
            text = format_value(c.value)
            return f"{text}–{format_value(c.upper_value)}" if c.upper_value is not None else text

        super().__init__(session, [
            Column(tr("Value"), value, sort=lambda c: c.value if c.value is not None else float("-inf"),
                   align_right=True),
            Column(tr("Qualifier"), lambda c: _qualifier_label(c.qualifier)),
            Column(tr("Subject"), lambda c: c.subject),
            Column(tr("Measure"), lambda c: c.measure),
            Column(tr("As of"), lambda c: date_text(c.as_of, c.as_of_precision),
                   sort=lambda c: c.as_of.isoformat() if c.as_of else "9999"),
            Column(tr("Attributed to"), lambda c: c.attributed_to),
            Column(tr("Status"), lambda c: _status_label(c.status)),
        ], parent)
        self.document_id: uuid.UUID | None = None

    def _changes_applied(self, changes) -> None:
        """Edited claims are updated in place; a reload only when rows come or go."""
        from curator.queries import CLAIM_LIST_COLUMNS

        if not changes.touches(*self.watches):
            return
        edits = [r for r in changes.rows if r.table == "claim" and r.action == "update"]
        structural = [r for r in changes.rows if r.table == "evidence" or (r.table == "claim" and r.action != "update")]
        if structural or self.session.project is None:
            self.reload()
            return
        positions = {row.id: i for i, row in enumerate(self.rows)} if edits else {}
        order_changed = False
        sort_key = self._sort_key()
        for change in edits:
            i = positions.get(change.id)
            if i is not None:
                old, new = self.rows[i], ClaimRow(*(change.after[c] for c in CLAIM_LIST_COLUMNS))
                self.rows[i] = new
                order_changed |= sort_key is not None and sort_key(old) != sort_key(new)
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        if order_changed:
            self.sort(*self._sort)

    def show_document_only(self, document_id: uuid.UUID | None) -> None:
        self.document_id = document_id
        self.reload()

    def fetch(self) -> list[Any]:
        from curator import queries

        return queries.claim_rows(self.session.project, self.document_id)


class ClaimRow(NamedTuple):
    """A claim as the table shows it (the columns of ``queries.CLAIM_LIST_COLUMNS``)."""

    id: uuid.UUID
    value: float | None
    upper_value: float | None
    qualifier: str
    subject: str
    measure: str
    as_of: Any
    as_of_precision: str | None
    attributed_to: str
    reported_by: str
    status: str


def _qualifier_label(value: Any) -> str:
    from curator.ui.labels import QUALIFIERS

    return QUALIFIERS().get(getattr(value, "value", value), str(value))


def _status_label(value: Any) -> str:
    from curator.ui.labels import STATUSES

    return STATUSES().get(getattr(value, "value", value), str(value))
