"""Tables as a window lists them, at any size: SQLite chooses which rows are listed and
in what order (sorted, filtered, limited to a document's claims) and hands back their
rowids as one compact array; the rows themselves are read a page at a time, when a
view shows them. Half a million claims cost the window 4 MB of rowids, not a record
each (Anki's browser does the same with its card ids).

A rowid is the table's own integer key: stable while a project is open (Curator never
runs VACUUM on an open project), never shown, never stored elsewhere. The records keep
their UUIDs.

Every order ends with the rowid, so no two rows tie: the place of one row can then be
asked of SQLite (how many listed rows come before it) without reading the others, and
a window moves one edited row instead of listing everything again.
"""

from __future__ import annotations

import uuid
from array import array
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from curator.models import Precision, uuid_from_text
from curator.queries import DocumentRow
from curator.records import CLAIM_SELECT, claim_from_sql
from curator.storage import Project
from curator.storage.engine import driver_errors, fold

#: Rowids asked for in one statement (SQLite's default limit of variables is 32,766).
CHUNK = 500


@dataclass(frozen=True)
class Order:
    """One way of ordering a listing."""

    #: An SQL expression over the table's row, never NULL (a row value compared with
    #: NULL is neither before nor after, and the place of a row could not be asked).
    expression: str
    #: The record's attributes the expression reads: a row whose attributes did not
    #: change keeps its place.
    attributes: tuple[str, ...]


@dataclass(frozen=True)
class Criteria:
    """Which rows are listed and in which order."""

    order: str
    descending: bool = False
    #: Words the listed rows contain (any case); "" lists every row.
    words: str = ""
    #: Column → stored values that match the words as the window shows them (a status
    #: or qualifier in the curator's language: "перевірено" finds "checked").
    labels: Mapping[str, Collection[str]] = field(default_factory=dict)
    #: Only the claims citing this document.
    document_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Listing:
    table: str
    orders: Mapping[str, Order]
    #: The text the words are looked for in (an SQL expression).
    searched: str
    #: The record of each row, from ``SELECT {columns}, rowid FROM table``.
    columns: str
    record: Callable[[tuple], Any]

    # -- which rows, in which order ----------------------------------------------------------
    def _where(self, criteria: Criteria) -> tuple[str, list[Any]]:
        conditions, parameters = [], []
        if criteria.document_id is not None:
            if self.table != "claim":
                raise ValueError("only claims are listed by the document they cite")
            conditions.append("claim.id IN (SELECT evidence.claim_id FROM evidence JOIN span ON span.id = "
                              "evidence.span_id WHERE span.document_id = ?)")
            parameters.append(str(criteria.document_id))
        if criteria.words:
            alternatives = [f"instr(fold({self.searched}), ?) > 0"]
            parameters.append(fold(criteria.words))
            for column, values in criteria.labels.items():
                if values:
                    alternatives.append(f"{self.table}.{column} IN ({', '.join('?' * len(values))})")
                    parameters.extend(values)
            conditions.append(f"({' OR '.join(alternatives)})")
        return (f"WHERE {' AND '.join(conditions)}" if conditions else ""), parameters

    def _key(self, criteria: Criteria) -> str:
        return f"{self.orders[criteria.order].expression}, {self.table}.rowid"

    def order(self, project: Project, criteria: Criteria) -> array:
        """The rowids of the listed rows, in order."""
        where, parameters = self._where(criteria)
        direction = " DESC" if criteria.descending else ""
        expression = self.orders[criteria.order].expression
        sql = (f"SELECT {self.table}.rowid FROM {self.table} {where} "
               f"ORDER BY {expression}{direction}, {self.table}.rowid{direction}")
        found = array("q")
        with project.sqlite() as driver, driver_errors(project.path):
            # the driver's own cursor, many rows at a time: half the time of a result
            # row by row (0.15 s for 500,000 claims)
            cursor = driver.execute(sql, tuple(parameters))
            while rows := cursor.fetchmany(10_000):
                found.extend(rowid for (rowid,) in rows)
        return found

    #: A row this close to the end of the listing is placed by counting the rows after it.
    NEAR_END = 1000

    def place(self, project: Project, rowid: int, criteria: Criteria, listed: int | None = None) -> int | None:
        """Where the row comes in the listing (how many listed rows come before it), or
        None when it is not listed: one count, with no row read. Given ``listed`` (how
        many rows are listed, this one among them), a row near the end (a new claim
        without a date) is placed by counting the few rows after it instead."""
        where, parameters = self._where(criteria)
        key = self._key(criteria)
        listed_and = f"{self.table} {where} {'AND' if where else 'WHERE'}"
        with project.engine.connect() as connection:
            own = connection.exec_driver_sql(
                f"SELECT {key} FROM {listed_and} {self.table}.rowid = ?", (*parameters, rowid)).first()
            if own is None:
                return None
            before, after = ("<", ">") if not criteria.descending else (">", "<")
            # The sort expression alone first: SQLite searches its index for that range
            # (it does not for the pair with the rowid, and would read every row).
            expression = self.orders[criteria.order].expression

            def beyond(side: str) -> str:
                return f"({expression}) {side}= ? AND ({key}) {side} (?, ?)"

            if listed is not None:
                behind = connection.exec_driver_sql(
                    f"SELECT count(*) FROM (SELECT 1 FROM {listed_and} {beyond(after)} LIMIT {self.NEAR_END})",
                    (*parameters, own[0], *own)).scalar()
                if behind < self.NEAR_END:
                    return listed - 1 - behind
            return connection.exec_driver_sql(
                f"SELECT count(*) FROM {listed_and} {beyond(before)}", (*parameters, own[0], *own)).scalar()

    def same_place(self, criteria: Criteria, old: Any, new: Any) -> bool:
        """Whether a row edited from ``old`` to ``new`` keeps its place (and, with words,
        is still listed): then it is repainted, not moved."""
        return not criteria.words and all(
            getattr(old, name) == getattr(new, name) for name in self.orders[criteria.order].attributes)

    # -- the rows --------------------------------------------------------------------------------
    def rowids(self, project: Project, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
        """The rowids of these records (those still there)."""
        ordered = [str(i) for i in ids]
        found: dict[uuid.UUID, int] = {}
        with project.engine.connect() as connection:
            for start in range(0, len(ordered), CHUNK):
                chunk = ordered[start:start + CHUNK]
                found.update((uuid_from_text(record_id), rowid) for record_id, rowid in connection.exec_driver_sql(
                    f"SELECT id, rowid FROM {self.table} WHERE id IN ({', '.join('?' * len(chunk))})", tuple(chunk)))
        return found

    def rows(self, project: Project, rowids: Sequence[int]) -> dict[int, Any]:
        """rowid → the record of each row still there."""
        found: dict[int, Any] = {}
        with project.sqlite() as driver, driver_errors(project.path):  # rows read at once, not one by one
            for start in range(0, len(rowids), CHUNK):
                chunk = tuple(rowids[start:start + CHUNK])
                for row in driver.execute(f"SELECT {self.columns}, {self.table}.rowid FROM {self.table} "
                                          f"WHERE {self.table}.rowid IN ({', '.join('?' * len(chunk))})",
                                          chunk).fetchall():
                    found[row[-1]] = self.record(row[:-1])
        return found


def _text(column: str) -> Order:
    """Text in any case and script (the SQL function ``fold``, see curator.storage.engine)."""
    return Order(f"fold({column})", (column.split(".")[1],))


# -- claims ------------------------------------------------------------------------------------
CLAIMS = Listing(
    table="claim",
    orders={
        "value": Order("coalesce(claim.value, -1e308)", ("value",)),
        "qualifier": Order("claim.qualifier", ("qualifier",)),
        "subject": _text("claim.subject"),
        "measure": _text("claim.measure"),
        # the index of migration 0008 lists by it without sorting
        "as_of": Order("coalesce(claim.as_of, '9999')", ("as_of",)),
        "attributed_to": _text("claim.attributed_to"),
        "status": Order("claim.status", ("status",)),
        "author": _text("claim.author"),
    },
    # the claim's title (subject · measure: qualifier value unit (date)) holds the figure
    # as digits; a filter on "1279" finds it
    searched="claim.title || ' ' || claim.attributed_to || ' ' || claim.reported_by || ' ' || claim.author",
    columns=CLAIM_SELECT,
    record=claim_from_sql,
)


# -- documents ---------------------------------------------------------------------------------
_CLAIMS_OF_DOCUMENT = ("(SELECT count(DISTINCT evidence.claim_id) FROM span JOIN evidence ON evidence.span_id = span.id "
                       "WHERE span.document_id = document.id)")


def _document(row: tuple) -> DocumentRow:
    """A document as the documents list shows it (its text not measured)."""
    document_id, title, outlet, published, precision, language, original_sha256, claims = row
    return DocumentRow(uuid_from_text(document_id), title, outlet, date.fromisoformat(published) if published else None,
                       Precision(precision) if precision else None, language, 0, original_sha256, claims)


DOCUMENTS = Listing(
    table="document",
    orders={
        "title": _text("document.title"),
        "outlet": _text("document.outlet"),
        # the index of migration 0008 lists by it without sorting (or reading the texts)
        "published": Order("coalesce(document.published, '9999')", ("published",)),
        "claims": Order(_CLAIMS_OF_DOCUMENT, ("claims",)),
    },
    searched="document.title || ' ' || document.outlet",
    columns=("document.id, document.title, document.outlet, document.published, document.published_precision, "
             "document.language, document.original_sha256, " + _CLAIMS_OF_DOCUMENT),
    record=_document,
)
