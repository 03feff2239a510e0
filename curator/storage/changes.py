"""What an operation changed: the record the UI refreshes from and undo reverses."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

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

    def __bool__(self) -> bool:
        return bool(self.rows)

    @property
    def tables(self) -> set[str]:
        return {row.table for row in self.rows}

    def ids(self, table: str) -> set[uuid.UUID]:
        return {row.id for row in self.rows if row.table == table}

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    def inverse(self, operation: str | None = None) -> Changes:
        """The changes that undo these, newest first."""
        return Changes(
            operation or f"Undo {self.operation}",
            [row.inverted() for row in reversed(self.rows)],
        )
