"""Table models over the core's listings (curator.listing): SQLite chooses and orders
the rows, the model holds their rowids and reads the rows a page at a time as the view
shows them. After an operation, the rows it wrote are repainted, moved, added or taken
away where they are (:attr:`ProjectSession.changesApplied`); nothing is read again
whole unless many rows moved at once."""

from __future__ import annotations

import contextlib
import uuid
from array import array
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from curator.ui.labels import QUALIFIERS, STATUSES, local_date, local_number
from curator.ui.session import ProjectSession

if TYPE_CHECKING:  # the database layer loads after the window has painted (curator.ui.app)
    from curator.listing import Criteria, Listing

ID_ROLE = Qt.ItemDataRole.UserRole + 1


_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    title: str
    display: Callable[[Any], str]
    #: The listing's order (curator.listing) a click on the column's header sorts by.
    order: str
    align_right: bool = False


class _Rows(Sequence):
    """The model's rows as a sequence, each read when asked for (for tests and tools)."""

    def __init__(self, model: RowsModel) -> None:
        self._model = model

    def __len__(self) -> int:
        return len(self._model.order)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._model.row(j) for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._model.row(i)

    def __iter__(self) -> Iterator[Any]:
        return (self._model.row(i) for i in range(len(self)))


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Sorted positions as (first, last) runs of neighbours."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs


class RowsModel(QAbstractTableModel):
    """A listing's rows, shown through :class:`Column` s."""

    #: The core's listing (curator.listing) of this model's table.
    listing: Listing
    #: The listing's order before the curator sorts by a column.
    default_order: str
    #: Tables whose changes concern this model.
    watches: tuple[str, ...] = ()
    #: Rows read at once, and pages kept (the least recently shown go first).
    PAGE = 128
    KEPT_PAGES = 64

    def __init__(self, session: ProjectSession, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.columns = list(columns)
        #: The rowids of the listed rows, in the order shown.
        self.order = array("q")
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        #: The words the rows are filtered by ("" for every row).
        self.words = ""
        session.changesApplied.connect(self._changes_applied)
        session.projectChanged.connect(self.reload)

    @property
    def rows(self) -> Sequence[Any]:
        return _Rows(self)

    # -- which rows ----------------------------------------------------------------------
    def criteria(self) -> Criteria:
        from curator.listing import Criteria

        order, descending = self.default_order, False
        if self._sort is not None:
            order = self.columns[self._sort[0]].order
            descending = self._sort[1] == Qt.SortOrder.DescendingOrder
        return Criteria(order, descending, self.words, self.labels(self.words) if self.words else {})

    def labels(self, words: str) -> dict[str, list[str]]:
        """Column → stored values whose label, as shown, contains the words."""
        return {}

    def _listed(self) -> array:
        project = self.session.project
        return self.listing.order(project, self.criteria()) if project is not None else array("q")

    def reload(self) -> None:
        self.beginResetModel()
        self.order = self._listed()
        self._pages.clear()
        self.endResetModel()

    def set_filter(self, words: str) -> None:
        """List only the rows containing these words (any case; "" for all)."""
        if words.strip() != self.words:
            self.words = words.strip()
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by SQLite; the rows the view holds on to (selection, current) follow."""
        self._sort = (column, order)
        if self.session.project is not None:
            self._reorder(self._listed())

    def _reorder(self, order: array) -> None:
        """The same rows in another order, told as a layout change: what the view holds
        on to (selection, current row) follows its rows."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        rowids = [self.order[index.row()] if 0 <= index.row() < len(self.order) else None for index in persistent]
        self.order = order
        self._pages.clear()
        where = self._positions({r for r in rowids if r is not None})
        self.changePersistentIndexList(persistent, [
            self.index(where[rowid], index.column()) if rowid in where else QModelIndex()
            for index, rowid in zip(persistent, rowids, strict=True)
        ])
        self.layoutChanged.emit()

    # -- the rows ------------------------------------------------------------------------
    def row(self, position: int) -> Any:
        """The record listed at this position (read with its page when not at hand)."""
        page = position // self.PAGE
        rows = self._pages.get(page)
        if rows is None:
            if self.session.project is None:  # closed: a view asks as the listing is let go
                return None
            rowids = self.order[page * self.PAGE:(page + 1) * self.PAGE]
            found = self.listing.rows(self.session.project, rowids)
            rows = self._pages[page] = [found.get(rowid) for rowid in rowids]
            while len(self._pages) > self.KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[position - page * self.PAGE]

    def _cached(self, position: int) -> Any:
        rows = self._pages.get(position // self.PAGE)
        return rows[position % self.PAGE] if rows is not None else None

    def _positions(self, rowids: Collection[int]) -> dict[int, int]:
        """rowid → position, for those listed (one pass over the order for many)."""
        if len(rowids) <= 8:
            found = {}
            for rowid in rowids:
                with contextlib.suppress(ValueError):
                    found[rowid] = self.order.index(rowid)
            return found
        wanted = set(rowids)
        return {rowid: i for i, rowid in enumerate(self.order) if rowid in wanted}

    def _rowid_shown(self, record_id: uuid.UUID) -> int | None:
        """The rowid of a record among the rows at hand (a deleted record's is known only so)."""
        for page, rows in self._pages.items():
            for i, row in enumerate(rows):
                if row is not None and row.id == record_id:
                    return self.order[page * self.PAGE + i]
        return None

    def rows_of(self, record_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, int]:
        """Record id → the position it is listed at, for those listed."""
        project = self.session.project
        if project is None or not record_ids:
            return {}
        rowids = self.listing.rowids(project, record_ids)
        where = self._positions(set(rowids.values()))
        return {record_id: where[rowid] for record_id, rowid in rowids.items() if rowid in where}

    def row_of(self, row_id: uuid.UUID) -> int:
        return self.rows_of([row_id]).get(row_id, -1)

    def id_at(self, row: int) -> uuid.UUID | None:
        if not 0 <= row < len(self.order):
            return None
        record = self.row(row)
        return record.id if record is not None else None

    # -- after an operation ------------------------------------------------------------------
    #: More rows than this written by one operation are listed again as a whole.
    ONE_BY_ONE = 64

    def _changes_applied(self, changes) -> None:
        raise NotImplementedError

    def rewrite(self, record_ids: Collection[uuid.UUID]) -> None:
        """These records were written (added, changed or deleted): each is repainted where
        it is, or moved, added or taken away; the selection and the current row stay."""
        project = self.session.project
        if project is None:
            self.reload()
            return
        if not record_ids:
            return
        if len(record_ids) > self.ONE_BY_ONE:
            self.relist()
            return
        rowids = self.listing.rowids(project, record_ids)
        records = self.listing.rows(project, list(rowids.values()))
        criteria = self.criteria()
        moves = []
        for record_id in record_ids:
            rowid = rowids.get(record_id)
            if rowid is None:  # deleted: known only if it is at hand
                rowid = self._rowid_shown(record_id)
                if rowid is None:
                    self.relist()
                    return
                moves.append((rowid, None, self._positions([rowid]).get(rowid, -1)))
                continue
            position = self._positions([rowid]).get(rowid, -1)
            old = self._cached(position) if position >= 0 else None
            if old is not None and self.listing.same_place(criteria, old, records[rowid]):
                self._repaint(position, records[rowid])
            else:
                moves.append((rowid, records[rowid], position))
        if len(moves) > 1:
            self.relist()
        elif moves:
            self._move(*moves[0], criteria)

    def _repaint(self, position: int, record: Any) -> None:
        rows = self._pages.get(position // self.PAGE)
        if rows is not None:
            rows[position % self.PAGE] = record
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.columns) - 1))

    def _move(self, rowid: int, record: Any, old: int, criteria: Criteria) -> None:
        """One row from its place (``old``, -1: not listed) to its new one (``record``
        None: taken away), asked of SQLite without listing the rest."""
        listed = len(self.order) + (0 if old >= 0 else 1)  # with this row
        new = self.listing.place(self.session.project, rowid, criteria, listed) if record is not None else None
        if old >= 0 and new == old:
            self._repaint(old, record)
            return
        # the pages are let go after each change of the order, never before: the views
        # read rows while the signals that announce a change are sent
        if old >= 0 and new is None:
            self.beginRemoveRows(_ROOT, old, old)
            del self.order[old]
            self._pages.clear()
            self.endRemoveRows()
        elif old < 0 and new is not None:
            self.beginInsertRows(_ROOT, new, new)
            self.order.insert(new, rowid)
            self._pages.clear()
            self.endInsertRows()
        elif old >= 0 and new is not None:
            # told as a layout change: the rows between shift by one, and what the view
            # holds on to (selection, current row) follows them
            self.layoutAboutToBeChanged.emit()
            persistent = self.persistentIndexList()
            del self.order[old]
            self.order.insert(new, rowid)
            self._pages.clear()

            def moved(row: int) -> int:
                if row == old:
                    return new
                if old < row <= new:
                    return row - 1
                return row + 1 if new <= row < old else row

            self.changePersistentIndexList(persistent, [self.index(moved(i.row()), i.column()) for i in persistent])
            self.layoutChanged.emit()
            self.dataChanged.emit(self.index(new, 0), self.index(new, len(self.columns) - 1))

    def relist(self) -> None:
        """List again; rows that went are removed, the rest reordered, new ones inserted
        (not a reset: the view keeps its selection, current row and scroll position)."""
        fresh = self._listed()
        if len(fresh) + len(self.order) > 400_000 and abs(len(fresh) - len(self.order)) > 10_000:
            self.reload()  # a merge of thousands into a huge project: at once
            return
        kept = set(fresh)
        for first, last in reversed(_runs([i for i, rowid in enumerate(self.order) if rowid not in kept])):
            self.beginRemoveRows(_ROOT, first, last)
            del self.order[first:last + 1]
            self._pages.clear()
            self.endRemoveRows()
        before = set(self.order)
        remaining = array("q", (rowid for rowid in fresh if rowid in before))
        if remaining != self.order:
            self._reorder(remaining)
        for first, last in _runs([i for i, rowid in enumerate(fresh) if rowid not in before]):
            self.beginInsertRows(_ROOT, first, last)
            self.order[first:first] = fresh[first:last + 1]
            self._pages.clear()
            self.endInsertRows()
        self._pages.clear()  # rows written in place
        if self.order:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.order) - 1, len(self.columns) - 1))

    # -- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, ID_ROLE, Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.TextAlignmentRole):
            return None
        row, column = self.row(index.row()), self.columns[index.column()]
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == ID_ROLE:
            return str(row.id)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column.align_right else None
        return column.display(row)  # the tooltip: the whole text, when the column cuts it


class DocumentsModel(RowsModel):
    default_order = "published"
    watches = ("document", "span", "evidence")

    @property
    def listing(self) -> Listing:
        from curator.listing import DOCUMENTS

        return DOCUMENTS

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(session, [
            Column(self.tr("Title"), lambda d: d.title, "title"),
            Column(self.tr("Outlet"), lambda d: d.outlet, "outlet"),
            Column(self.tr("Date"), lambda d: local_date(d.published, d.precision, short=True), "published"),
            # the claims, and the figures found still to decide on: "2 +15"
            Column(self.tr("Claims"), lambda d: f"{d.claims} +{n}" if (n := self.suggested.get(d.id)) else str(d.claims),
                   "claims", align_right=True),
        ], parent)
        #: Open suggestions per document, for those looked at so far (curator.ui.suggestions).
        self.suggested: dict[uuid.UUID, int] = {}
        self.suggested_column = len(self.columns) - 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.suggested_column and role == Qt.ItemDataRole.ToolTipRole:
            row = self.row(index.row())
            if row is None:
                return None
            claims = self.tr("%Ln claim(s) cite this document", "", row.claims)
            if row.id not in self.suggested:
                return claims
            return claims + "\n" + self.tr("%Ln figure(s) found still to accept or reject", "", self.suggested[row.id])
        return super().data(index, role)

    def set_suggested(self, counts: dict[uuid.UUID, int]) -> None:
        """New counts of open suggestions: only their cells are drawn again."""
        changed = {i for i in counts.keys() | self.suggested.keys() if counts.get(i) != self.suggested.get(i)}
        self.suggested = dict(counts)
        if len(changed) > self.ONE_BY_ONE:  # after an import: the column (the view draws what it shows)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, self.suggested_column),
                                      self.index(self.rowCount() - 1, self.suggested_column))
            return
        for row in self.rows_of(changed).values():
            cell = self.index(row, self.suggested_column)
            self.dataChanged.emit(cell, cell)

    def _changes_applied(self, changes) -> None:
        """Documents written, and those whose claims were counted anew (a claim cited or
        no longer), each where it is."""
        from curator import queries

        if not changes.touches(*self.watches):
            return
        written = changes.ids("document") | changes.span_documents()
        spans = {row["span_id"] for images in changes.images("evidence") for row in images if row is not None}
        known = {row["id"] for images in changes.images("span") for row in images if row is not None}
        if spans - known and self.session.project is not None:
            written |= queries.documents_of_spans(self.session.project, spans - known)
        self.rewrite(written)


class ClaimsModel(RowsModel):
    default_order = "as_of"
    watches = ("claim", "evidence", "conflict")

    @property
    def listing(self) -> Listing:
        from curator.listing import CLAIMS

        return CLAIMS

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        qualifiers, statuses = QUALIFIERS(), STATUSES()
        self._labels = {"qualifier": {k.value: v for k, v in qualifiers.items()},
                        "status": {k.value: v for k, v in statuses.items()}}

        def value(c) -> str:
            text = local_number(c.value)
            return f"{text}–{local_number(c.upper_value)}" if c.upper_value is not None else text

        super().__init__(session, [
            Column(self.tr("Value"), value, "value", align_right=True),
            Column(self.tr("Qualifier"), lambda c: qualifiers[c.qualifier], "qualifier"),
            Column(self.tr("Subject"), lambda c: c.subject, "subject"),
            Column(self.tr("Measure"), lambda c: c.measure, "measure"),
            Column(self.tr("As of"), lambda c: local_date(c.as_of, c.as_of_precision, short=True), "as_of"),
            Column(self.tr("Attributed to"), lambda c: c.attributed_to, "attributed_to"),
            Column(self.tr("Status"), lambda c: statuses[c.status], "status"),
            Column(self.tr("Changed by"), lambda c: c.author, "author"),
        ], parent)
        #: The "Changed by" column, the last: its tooltip says where the claim came from.
        self.author_column = len(self.columns) - 1
        self.document_id: uuid.UUID | None = None
        #: Records with an open conflict → the project it came from: claims are marked in
        #: the table; the status bar counts them all.
        self.conflicted: dict[uuid.UUID, str] = {}

    def criteria(self) -> Criteria:
        from dataclasses import replace

        return replace(super().criteria(), document_id=self.document_id)

    def labels(self, words: str) -> dict[str, list[str]]:
        from curator.storage.engine import fold

        folded = fold(words)
        return {column: [value for value, label in labels.items() if folded in fold(label)]
                for column, labels in self._labels.items()}

    def reload(self) -> None:
        self._read_conflicts()
        super().reload()

    def _read_conflicts(self) -> None:
        from curator import queries

        self.conflicted = queries.conflicted_records(self.session.project) if self.session.project else {}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.author_column and role == Qt.ItemDataRole.ToolTipRole:
            return self.provenance(self.id_at(index.row()))
        if index.isValid() and index.column() == 0 and role in (Qt.ItemDataRole.DecorationRole,
                                                                 Qt.ItemDataRole.ToolTipRole):
            source = self.conflicted.get(self.id_at(index.row()))
            if source is None:
                return super().data(index, role)
            if role == Qt.ItemDataRole.DecorationRole:
                from PySide6.QtWidgets import QApplication, QStyle

                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self.tr("An open conflict with %1 (Edit → Conflicts…)").replace("%1", source)
        return super().data(index, role)

    def provenance(self, claim_id: uuid.UUID | None) -> str | None:
        """Who made the claim, who changed it last, the projects merged into it (read on
        hover from its history: one indexed query)."""
        from curator import queries
        from curator.ui.labels import local_date

        position = self.row_of(claim_id) if claim_id is not None else -1
        if position < 0:
            return None
        found = queries.provenance(self.session.project, claim_id)
        row = self.row(position)
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
        """Claims written, each where it is; the list of a document's claims again when
        evidence came or went."""
        if not changes.touches(*self.watches):
            return
        if changes.touches("conflict") and self.order:
            self._read_conflicts()
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.order) - 1, 0))
        if self.document_id is not None and changes.evidence_changed:
            self.relist()  # every row in its place, repainted
            return
        self.rewrite(changes.ids("claim"))

    def show_document_only(self, document_id: uuid.UUID | None) -> None:
        self.document_id = document_id
        self.reload()
