"""The only way rows are written: inside one transaction, each change recorded.

A :class:`Writer` performs inserts, updates and deletes on the tracked tables, writes
a :class:`~curator.models.History` row for each, and collects them as
:class:`~curator.storage.changes.Changes` for the caller (the UI refreshes from it,
undo applies its inverse through :meth:`Writer.apply`).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from curator import wordforms
from curator.errors import StaleChange
from curator.i18n import Messages, translate
from curator.models import TRACKED, History, utcnow
from curator.storage.changes import Changes, Row, RowChange

HISTORY = History.__table__
#: Columns kept out of history rows: the original file is identified by its SHA-256.
_NOT_IN_HISTORY = {"original"}
#: Large columns recorded in history only when they change or are deleted.
_ONLY_WHEN_LOST = {"text"}
#: Document columns whose change changes the words kept for search (curator.wordforms).
_WORDED = ("text", "language")


#: What refers to a row of each table: (table, column) pairs, from the models' foreign keys.
REFERENCES: dict[str, list[tuple[str, str]]] = {}
for _name, _model in TRACKED.items():
    for _column in _model.__table__.columns:
        for _key in _column.foreign_keys:
            REFERENCES.setdefault(_key.column.table.name, []).append((_name, _column.name))

#: Ids per statement when rows are read or written in bulk (SQLite allows 32,766 variables).
CHUNK = 500


def _kind(change: RowChange, current: Row | None) -> str:
    """How a planned change is written: deleted, inserted, or updated in place."""
    if change.after is None:
        return "delete"
    return "insert" if current is None else "update"


def _label(table: str) -> str:
    """A kind of row as a sentence names it."""
    return {"document": translate("records", "the document"), "span": translate("records", "the quoted text"),
            "claim": translate("records", "the claim"), "evidence": translate("records", "the piece of evidence"),
            "term": translate("records", "the vocabulary entry"),
            "rejection": translate("records", "the rejected suggestion")}.get(table, table)


class Records(Messages):
    """Rows counted in words."""

    def counted(self, table: str, n: int) -> str:
        """So many rows of a kind: "1 claim", "2 pieces of evidence"."""
        return {"document": self.tr("%n document(s)", "", n), "span": self.tr("%n quoted text(s)", "", n),
                "claim": self.tr("%n claim(s)", "", n), "evidence": self.tr("%n piece(s) of evidence", "", n),
                "term": self.tr("%n vocabulary entries", "", n),
                "rejection": self.tr("%n rejected suggestion(s)", "", n)}.get(table, f"{n} {table}")

    def listing(self, counts: dict[str, int]) -> str:
        return translate("records", " and ").join(self.counted(t, n) for t, n in counts.items())

    def still_referred(self, cannot: str, counts: dict[str, int], label: str) -> str:
        return self.tr("{cannot}: {listing} added since still refer(s) to {label}. Undo or remove them first.", "",
                       sum(counts.values())).format(cannot=cannot, listing=self.listing(counts), label=label)


def _cannot(operation: str) -> str:
    """The start of a refusal to undo or redo an operation, in the curator's words."""
    if operation.startswith("Undo "):
        return translate("undo", "Cannot undo “{operation}”").format(operation=translate("operations", operation[5:]))
    return translate("undo", "Cannot redo “{operation}”").format(operation=translate("operations", operation))


def table_of(name: str) -> Table:
    return TRACKED[name].__table__


def _json_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _history_view(action: str, row: Row | None, other: Row | None) -> dict | None:
    if row is None:
        return None
    view = {}
    for key, value in row.items():
        if key in _NOT_IN_HISTORY:
            continue
        if key in _ONLY_WHEN_LOST and action != "delete" and (other is None or other.get(key) == value):
            continue
        view[key] = _json_value(value)
    return view


def row_image(row: Row | None) -> dict | None:
    """A row as history stores it (JSON: ids, times and dates as text), whole."""
    return _history_view("delete", row, None)


@cache
def _defaults(table: str) -> dict[str, Any]:
    """Column name → default value or factory, from the SQLModel class."""
    defaults: dict[str, Any] = {}
    for name, info in TRACKED[table].model_fields.items():
        if info.default_factory is not None:
            defaults[name] = info.default_factory
        elif info.default is not PydanticUndefined and info.default is not None:
            defaults[name] = _plain(info.default)
    return defaults


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


class Writer:
    """Writes rows within one open transaction and records every change."""

    def __init__(self, connection: Connection, operation: str, author: str) -> None:
        self.connection = connection
        self.author = author
        self.changes = Changes(operation)
        self._operation_id = uuid.uuid4()
        self._history: list[dict] = []
        #: (text, language) of documents added or changed: their words go to wordforms.
        self._texts: list[tuple[str, str]] = []

    # -- reading inside the transaction ------------------------------------------------
    def get(self, table: str, row_id: uuid.UUID) -> Row | None:
        t = table_of(table)
        found = self.connection.execute(select(t).where(t.c.id == row_id)).mappings().first()
        return dict(found) if found is not None else None

    def require(self, table: str, row_id: uuid.UUID) -> Row:
        row = self.get(table, row_id)
        if row is None:
            said = translate("undo", "{label} is no longer there ({id}).").format(label=_label(table), id=row_id)
            raise StaleChange(said[:1].upper() + said[1:])
        return row

    # -- writing -----------------------------------------------------------------------
    def insert(self, table: str, values: dict[str, Any]) -> uuid.UUID:
        return self.insert_many(table, [values])[0]

    def insert_many(self, table: str, rows: Iterable[dict[str, Any]], *, stamp: bool = True) -> list[uuid.UUID]:
        """Insert rows with one executemany; ``stamp`` fills id, times and author."""
        t = table_of(table)
        now = utcnow()
        full_rows = []
        for values in rows:
            row = {column.name: None for column in t.columns if column.name not in values}
            row.update({k: _plain(v) for k, v in values.items()})
            if stamp:
                row["id"] = row.get("id") or uuid.uuid4()
                row["created_at"] = row.get("created_at") or now
                row["updated_at"] = now
                row["author"] = self.author
            self._fill_defaults(table, row)
            full_rows.append(row)
        if full_rows:
            self.connection.execute(insert(t), full_rows)
        for row in full_rows:
            self._record(RowChange(table, row["id"], None, row))
        return [row["id"] for row in full_rows]

    def update(self, table: str, row_id: uuid.UUID, values: dict[str, Any], *, stamp: bool = True,
               before: Row | None = None) -> bool:
        """Update one row; returns False (and records nothing) when nothing differs.
        ``before``: the row as it is, when the caller has just read it."""
        before = before if before is not None else self.require(table, row_id)
        values = {k: _plain(v) for k, v in values.items()}
        if all(before.get(k) == v for k, v in values.items()):
            return False
        if stamp:
            values = {**values, "updated_at": utcnow(), "author": self.author}
        t = table_of(table)
        self.connection.execute(update(t).where(t.c.id == row_id).values(**values))
        self._record(RowChange(table, row_id, before, {**before, **values}))
        return True

    def delete(self, table: str, row_id: uuid.UUID) -> Row:
        before = self.require(table, row_id)
        t = table_of(table)
        self.connection.execute(delete(t).where(t.c.id == row_id))
        self._record(RowChange(table, row_id, before, None))
        return before

    def update_rows(self, table: str, pairs: list[tuple[Row, Row]]) -> None:
        """Bring known rows from ``before`` to ``after`` with one executemany, exactly
        (no stamping): merges apply the other side's versions as they are."""
        if not pairs:
            return
        t = table_of(table)
        columns = [c.name for c in t.columns if c.name != "id" and c.name in pairs[0][1]]
        statement = update(t).where(t.c.id == bindparam("_id")).values({c: bindparam(c) for c in columns})
        self.connection.execute(statement, [{"_id": after["id"], **{c: after[c] for c in columns}}
                                            for _before, after in pairs])
        for before, after in pairs:
            self._record(RowChange(table, after["id"], before, after))

    def delete_rows(self, table: str, rows: list[Row]) -> None:
        if not rows:
            return
        t = table_of(table)
        self.connection.execute(delete(t).where(t.c.id == bindparam("_id")), [{"_id": r["id"]} for r in rows])
        for row in rows:
            self._record(RowChange(table, row["id"], row, None))

    def note(self, table: str, record_id: uuid.UUID, action: str, before: Row | None, after: Row | None) -> None:
        """A history entry without a write: e.g. the version a merge conflict set aside."""
        self._history.append({
            "id": uuid.uuid4(), "operation_id": self._operation_id, "operation": self.changes.operation,
            "at": utcnow(), "author": self.author, "table_name": table, "record_id": record_id, "action": action,
            "before": row_image(before), "after": row_image(after),
        })

    def apply(self, changes: Changes) -> None:
        """Bring rows to the ``after`` state of ``changes`` (undo passes an inverse),
        after checking all of it can be done: each row is still as ``before`` left it
        (undo never overwrites an edit it does not know about), and nothing made since
        still refers to a row it would delete. A span that other claims have come to
        cite since is kept (it is their evidence too); a row already exactly as
        ``after`` wants it is left alone (a redo of a claim whose span was kept).

        Rows are read and written in bulk, a statement per run of one table and kind of
        write in the changes' order (parents before children, as they were written):
        undoing a merge of 31,000 rows is a few dozen statements, not 100,000."""
        plan = self._plan(changes)
        run: list[tuple[RowChange, Row | None]] = []
        for change, current in plan:
            if run and (run[0][0].table, _kind(*run[0])) != (change.table, _kind(change, current)):
                self._write_run(run)
                run = []
            run.append((change, current))
        if run:
            self._write_run(run)

    def _write_run(self, run: list[tuple[RowChange, Row | None]]) -> None:
        first, current = run[0]
        kind = _kind(first, current)
        if kind == "delete":
            self.delete_rows(first.table, [current for _change, current in run])
        elif kind == "insert":
            self.insert_many(first.table, [change.after for change, _current in run], stamp=False)
        else:
            for change, current in run:  # the rows were read in bulk by _plan
                self.update(change.table, change.id, change.after, stamp=False, before=current)

    def check(self, changes: Changes) -> None:
        """Raise :class:`StaleChange` if :meth:`apply` would refuse ``changes``."""
        self._plan(changes)

    def _current(self, changes: Changes) -> dict[tuple[str, uuid.UUID], Row]:
        """Every row the changes touch, as it is now, read a few hundred at a time."""
        wanted: dict[str, list[uuid.UUID]] = {}
        for change in changes.rows:
            wanted.setdefault(change.table, []).append(change.id)
        found: dict[tuple[str, uuid.UUID], Row] = {}
        for table, ids in wanted.items():
            t = table_of(table)
            unique = list(dict.fromkeys(ids))
            for start in range(0, len(unique), CHUNK):
                for row in self.connection.execute(select(t).where(t.c.id.in_(unique[start:start + CHUNK]))).mappings():
                    found[(table, row["id"])] = dict(row)
        return found

    def _plan(self, changes: Changes) -> list[tuple[RowChange, Row | None]]:
        """The row changes still to make, each with the row as it is now; raises
        :class:`StaleChange` in words when one cannot be made."""
        cannot = _cannot(changes.operation)
        deleted = {(change.table, change.id) for change in changes.rows if change.after is None}
        now = self._current(changes)
        referrers = self._referrers(deleted)
        plan = []
        for change in changes.rows:
            current = now.get((change.table, change.id))
            if current is not None and change.after is not None and current["updated_at"] == change.after["updated_at"]:
                continue  # already as wanted
            expected = change.before
            if (current is None) != (expected is None) or (
                current is not None and current["updated_at"] != expected["updated_at"]
            ):
                label = _label(change.table)
                if current is None:
                    raise StaleChange(translate("undo", "{cannot}: {label} was deleted since.").format(
                        cannot=cannot, label=label))
                if expected is None:
                    raise StaleChange(translate("undo", "{cannot}: {label} is already there.").format(
                        cannot=cannot, label=label))
                raise StaleChange(translate("undo", "{cannot}: {label} was changed since by {author}.").format(
                    cannot=cannot, label=label, author=current["author"] or translate("undo", "someone")))
            if change.after is None:
                cited = referrers.get((change.table, change.id))
                if cited and change.table == "span":
                    continue  # cited by claims made since: their evidence stays whole
                if cited:
                    raise StaleChange(Records().still_referred(cannot, cited, _label(change.table)))
            plan.append((change, current))
            # What this change leaves is what a later change of the same row finds.
            if change.after is None:
                now.pop((change.table, change.id), None)
            else:
                now[(change.table, change.id)] = {**(current or {}), **change.after}
        return plan

    def _referrers(self, deleted: set[tuple[str, uuid.UUID]]) -> dict[tuple[str, uuid.UUID], dict[str, int]]:
        """For each row to delete, the rows (outside ``deleted``) whose foreign keys point
        at it, counted per table; read in bulk."""
        found: dict[tuple[str, uuid.UUID], dict[str, int]] = {}
        by_table: dict[str, list[uuid.UUID]] = {}
        for table, row_id in deleted:
            by_table.setdefault(table, []).append(row_id)
        for table, ids in by_table.items():
            for name, column in REFERENCES.get(table, ()):
                t = table_of(name)
                for start in range(0, len(ids), CHUNK):
                    query = select(t.c.id, t.c[column]).where(t.c[column].in_(ids[start:start + CHUNK]))
                    for referrer, target in self.connection.execute(query):
                        if (name, referrer) not in deleted:
                            counts = found.setdefault((table, target), {})
                            counts[name] = counts.get(name, 0) + 1
        return found

    # -- bookkeeping -------------------------------------------------------------------
    @staticmethod
    def _fill_defaults(table: str, row: dict[str, Any]) -> None:
        """The model's own defaults where a value was left out."""
        for name, default in _defaults(table).items():
            if row.get(name) is None:
                row[name] = default() if callable(default) else default

    def _record(self, change: RowChange) -> None:
        self.changes.rows.append(change)
        if change.table == "document" and change.after is not None and (
                change.before is None or any(change.before.get(k) != change.after.get(k) for k in _WORDED)):
            self._texts.append((change.after["text"], change.after.get("language") or ""))
        action = change.action
        self._history.append({
            "id": uuid.uuid4(),
            "operation_id": self._operation_id,
            "operation": self.changes.operation,
            "at": utcnow(),
            "author": self.author,
            "table_name": change.table,
            "record_id": change.id,
            "action": action,
            "before": _history_view(action, change.before, change.after),
            "after": _history_view(action, change.after, change.before),
        })

    def history_ids(self) -> list[uuid.UUID]:
        """The ids of the history rows this transaction writes (so far)."""
        return [entry["id"] for entry in self._history]

    def forget_history(self) -> None:
        """Write no history for what was done so far: an undone merge leaves none."""
        self._history.clear()

    def flush_history(self) -> None:
        if self._texts:
            wordforms.index(self.connection, self._texts)
            self._texts.clear()
        if self._history:
            self.connection.execute(insert(HISTORY), self._history)
            self._history.clear()
