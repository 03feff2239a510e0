"""What an operation changed: the record the UI refreshes from and undo reverses."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from curator.records import ClaimRow, claim_from_image

Row = dict[str, Any]


@dataclass(frozen=True)
class RowChange:
    """One row as it was before and after a write (``None`` where it did not exist)."""

    table: str
    id: uuid.UUID
    before: Row | None
    after: Row | None

    @property
    def action(self) -> str:
        if self.before is None:
            return "insert"
        if self.after is None:
            return "delete"
        return "update"

    def inverted(self) -> RowChange:
        return RowChange(self.table, self.id, self.after, self.before)


@dataclass
class Changes:
    """Every row one operation wrote, in the order it wrote them."""

    operation: str
    rows: list[RowChange] = field(default_factory=list)
    #: What the operation made, for its caller (e.g. the new claim's id).
    result: Any = None
    #: Who asked for the edit (a view), so that it need not reload what it just showed;
    #: None for undo, redo and work from elsewhere. Never stored.
    initiator: Any = field(default=None, compare=False)

    def __bool__(self) -> bool:
        return bool(self.rows)

    @property
    def tables(self) -> set[str]:
        return {row.table for row in self.rows}

    def ids(self, table: str) -> set[uuid.UUID]:
        return {row.id for row in self.rows if row.table == table}

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    # -- what the changes mean, for the views -------------------------------------------
    @cached_property
    def _net(self) -> dict[tuple[str, uuid.UUID], tuple[Row | None, Row | None]]:
        """(table, id) → (row before the operation, row after it)."""
        net: dict[tuple[str, uuid.UUID], tuple[Row | None, Row | None]] = {}
        for row in self.rows:
            key = (row.table, row.id)
            net[key] = (net[key][0] if key in net else row.before, row.after)
        return net

    def images(self, table: str) -> list[tuple[Row | None, Row | None]]:
        """Each row of ``table`` written: (as it was before, as it is after)."""
        return [images for (t, _i), images in self._net.items() if t == table]

    def inserted(self, table: str) -> set[uuid.UUID]:
        """Rows of ``table`` that exist now and did not before."""
        return {i for (t, i), (before, after) in self._net.items() if t == table and before is None and after}

    def updated(self, table: str) -> set[uuid.UUID]:
        """Rows of ``table`` that existed before and after, with a value changed."""
        return {i for (t, i), (before, after) in self._net.items() if t == table and before and after and before != after}

    def deleted(self, table: str) -> set[uuid.UUID]:
        """Rows of ``table`` that existed before and do not now."""
        return {i for (t, i), (before, after) in self._net.items() if t == table and before and after is None}

    def changed_fields(self, table: str) -> set[str]:
        """Columns of ``table`` whose value changed in an updated row."""
        return {name for (t, _i), (before, after) in self._net.items() if t == table and before and after
                for name in after if before.get(name) != after[name]}

    def claims(self) -> dict[uuid.UUID, ClaimRow | None]:
        """Every claim written, as it is now (None: deleted)."""
        return {i: claim_from_image(after) if after is not None else None
                for (t, i), (_before, after) in self._net.items() if t == "claim"}

    def span_documents(self) -> set[uuid.UUID]:
        """Documents whose quoted spans were added, moved or removed."""
        return {row["document_id"] for (t, _i), images in self._net.items() if t == "span"
                for row in images if row is not None}

    @property
    def evidence_changed(self) -> bool:
        """A claim gained or lost evidence (highlights and evidence lists change)."""
        return "evidence" in self.tables

    @property
    def vocabulary_changed(self) -> bool:
        """Names or aliases changed: series and suggestions may regroup."""
        return "term" in self.tables

    def inverse(self, operation: str | None = None) -> Changes:
        """The changes that undo these, newest first."""
        return Changes(
            operation or f"Undo {self.operation}",
            [row.inverted() for row in reversed(self.rows)],
        )
