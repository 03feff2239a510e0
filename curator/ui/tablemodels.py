"""Thin Qt table models over core queries. They hold rows fetched by the core and
reload when :attr:`ProjectSession.changesApplied` says their tables changed."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from curator.ui.labels import QUALIFIERS, STATUSES, local_date, local_number
from curator.ui.session import ProjectSession

ID_ROLE = Qt.ItemDataRole.UserRole + 1


_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    title: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """Rows with an ``id``, shown through :class:`Column` s; reloaded as a whole."""

    #: Tables whose changes make this model reload.
    watches: tuple[str, ...] = ()

    def __init__(self, session: ProjectSession, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._positions: dict[uuid.UUID, int] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        session.changesApplied.connect(self._changes_applied)
        session.projectChanged.connect(self.reload)

    # -- loading -------------------------------------------------------------------
    def fetch(self) -> list[Any]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.fetch() if self.session.project is not None else []
        self._positions = None
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
        position = self.positions()
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
            self._positions = None

    def _changes_applied(self, changes) -> None:
        if changes.touches(*self.watches):
            self.reload()

    # -- lookup --------------------------------------------------------------------
    def positions(self) -> dict[uuid.UUID, int]:
        """Each row's place by its id; made again only when rows come, go or move (an
        edited row keeps its place: a step per row on every edit costs at 100,000 rows)."""
        if self._positions is None:
            self._positions = {row.id: i for i, row in enumerate(self.rows)}
        return self._positions

    def row_of(self, row_id: uuid.UUID) -> int:
        return self.positions().get(row_id, -1)

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
        super().__init__(session, [
            Column(self.tr("Title"), lambda d: d.title),
            Column(self.tr("Outlet"), lambda d: d.outlet),
            Column(self.tr("Date"), lambda d: local_date(d.published, d.precision, short=True),
                   sort=lambda d: d.published.isoformat() if d.published else "9999"),
            # the claims, and the figures found still to decide on: "2 +15"
            Column(self.tr("Claims"), lambda d: f"{d.claims} +{n}" if (n := self.suggested.get(d.id)) else str(d.claims),
                   sort=lambda d: d.claims, align_right=True),
        ], parent)
        #: Open suggestions per document, for those looked at so far (curator.ui.suggestions).
        self.suggested: dict[uuid.UUID, int] = {}
        self.suggested_column = len(self.columns) - 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.suggested_column and role == Qt.ItemDataRole.ToolTipRole:
            row = self.rows[index.row()]
            claims = self.tr("%n claim(s) cite this document", "", row.claims)
            if row.id not in self.suggested:
                return claims
            return claims + "\n" + self.tr("%n figure(s) found still to accept or reject", "", self.suggested[row.id])
        return super().data(index, role)

    def set_suggested(self, counts: dict[uuid.UUID, int]) -> None:
        """New counts of open suggestions: only their cells are drawn again."""
        changed = {i for i in counts.keys() | self.suggested.keys() if counts.get(i) != self.suggested.get(i)}
        self.suggested = dict(counts)
        for document_id in changed:
            row = self.row_of(document_id)
            if row >= 0:
                cell = self.index(row, self.suggested_column)
                self.dataChanged.emit(cell, cell)

    def fetch(self) -> list[Any]:
        from curator import queries

        return queries.documents(self.session.project, characters=False)

    def _changes_applied(self, changes) -> None:
        """A claim made, changed or undone recounts the claims of the documents it cites
        (in place; one query over those documents); documents added, removed or edited
        reload the list (their place in its order may change)."""
        from curator import queries

        if not changes.touches(*self.watches):
            return
        if changes.touches("document") or self.session.project is None:
            self.reload()
            return
        cited = set(changes.span_documents())
        spans = {row["span_id"] for images in changes.images("evidence") for row in images if row is not None}
        known = {row["id"] for images in changes.images("span") for row in images if row is not None}
        if spans - known:
            cited |= queries.documents_of_spans(self.session.project, spans - known)
        fresh = {row.id: row for row in queries.documents(self.session.project, characters=False, ids=cited)}
        for document_id, row in fresh.items():
            position = self.row_of(document_id)
            if position >= 0:
                self.rows[position] = row
                self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.columns) - 1))


class ClaimsModel(RowsModel):
    watches = ("claim", "evidence", "conflict")

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        qualifiers, statuses = QUALIFIERS(), STATUSES()

        def value(c) -> str:
            text = local_number(c.value)
            return f"{text}–{local_number(c.upper_value)}" if c.upper_value is not None else text

        super().__init__(session, [
            Column(self.tr("Value"), value, sort=lambda c: c.value if c.value is not None else float("-inf"),
                   align_right=True),
            Column(self.tr("Qualifier"), lambda c: qualifiers[c.qualifier]),
            Column(self.tr("Subject"), lambda c: c.subject),
            Column(self.tr("Measure"), lambda c: c.measure),
            Column(self.tr("As of"), lambda c: local_date(c.as_of, c.as_of_precision, short=True),
                   sort=lambda c: c.as_of.isoformat() if c.as_of else "9999"),
            Column(self.tr("Attributed to"), lambda c: c.attributed_to),
            Column(self.tr("Status"), lambda c: statuses[c.status]),
            Column(self.tr("Changed by"), lambda c: c.author),
        ], parent)
        #: The "Changed by" column, the last: its tooltip says where the claim came from.
        self.author_column = len(self.columns) - 1
        self.document_id: uuid.UUID | None = None
        #: Records with an open conflict → the project it came from: claims are marked in
        #: the table; the status bar counts them all.
        self.conflicted: dict[uuid.UUID, str] = {}

    def reload(self) -> None:
        self._read_conflicts()
        super().reload()

    def _read_conflicts(self) -> None:
        from curator import queries

        self.conflicted = queries.conflicted_records(self.session.project) if self.session.project else {}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.author_column and role == Qt.ItemDataRole.ToolTipRole:
            return self.provenance(self.rows[index.row()].id)
        if index.isValid() and index.column() == 0 and role in (Qt.ItemDataRole.DecorationRole,
                                                                 Qt.ItemDataRole.ToolTipRole):
            source = self.conflicted.get(self.rows[index.row()].id)
            if source is None:
                return super().data(index, role)
            if role == Qt.ItemDataRole.DecorationRole:
                from PySide6.QtWidgets import QApplication, QStyle

                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self.tr("An open conflict with %1 (Edit → Conflicts…)").replace("%1", source)
        return super().data(index, role)

    def provenance(self, claim_id: uuid.UUID) -> str:
        """Who made the claim, who changed it last, the projects merged into it (read on
        hover from its history: one indexed query)."""
        from curator import queries
        from curator.ui.labels import local_date

        found = queries.provenance(self.session.project, claim_id)
        row = self.rows[self.row_of(claim_id)]
        lines = [self.tr("Made by %1 on %2").replace("%1", found.created_by or "?").replace(
            "%2", local_date(found.created_at.date(), "day") if found.created_at else "?"),
            self.tr("Last changed by %1 on %2").replace("%1", row.author or "?").replace(
            "%2", local_date(row.updated_at.date(), "day"))]
        if row.suggested_by:
            lines.insert(1, self.tr("Suggested by Curator (%1), accepted by a curator").replace("%1", row.suggested_by))
        lines += [self.tr("Merged from %1 on %2").replace("%1", source).replace("%2", local_date(at.date(), "day"))
                  for source, at in found.merges]
        return "\n".join(lines)

    def _changes_applied(self, changes) -> None:
        """Edited claims are updated in place; a reload only when rows come or go."""
        if not changes.touches(*self.watches):
            return
        if changes.touches("conflict") and self.rows:
            self._read_conflicts()
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
        if (changes.evidence_changed or changes.inserted("claim") or changes.deleted("claim")
                or self.session.project is None):
            self.reload()
            return
        positions = self.positions()
        order_changed = False
        sort_key = self._sort_key()
        for claim_id, claim in changes.claims().items():
            i = positions.get(claim_id)
            if i is not None and claim is not None:
                old, self.rows[i] = self.rows[i], claim
                order_changed |= sort_key is not None and sort_key(old) != sort_key(claim)
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        if order_changed:
            self.sort(*self._sort)

    def show_document_only(self, document_id: uuid.UUID | None) -> None:
        self.document_id = document_id
        self.reload()

    def fetch(self) -> list[Any]:
        from curator import queries

        return queries.claims(self.session.project, self.document_id)
