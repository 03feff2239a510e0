"""The curated set an export writes: documents' metadata, spans, claims, evidence and
vocabulary, read once, in a fixed order (so exports are deterministic)."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from curator.models import Claim, Document, Evidence, Span, Term, json_from_text
from curator.storage import Project

EXPORT_SCHEMA_VERSION = 1
#: Document columns an export carries (never the original file's bytes).
DOCUMENT_FIELDS = ("id", "title", "outlet", "authors", "url", "published", "published_precision", "language",
                   "text_sha256", "original_name", "media_type", "original_sha256", "imported_at", "notes",
                   "created_at", "updated_at", "author")


def plain(value: Any) -> Any:
    """A JSON- and CSV-friendly form of a column value."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


@dataclass
class CuratedSet:
    documents: list[dict] = field(default_factory=list)
    spans: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    terms: list[dict] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)

    def document(self, document_id: str) -> dict:
        return self._documents_by_id[document_id]

    def index(self) -> None:
        self._documents_by_id = {d["id"]: d for d in self.documents}
        self._spans_by_id = {s["id"]: s for s in self.spans}
        self._claims_by_id = {c["id"]: c for c in self.claims}

    def span(self, span_id: str) -> dict:
        return self._spans_by_id[span_id]

    def claim(self, claim_id: str) -> dict:
        return self._claims_by_id[claim_id]


_JSON_COLUMNS = {"tags", "aliases"}


def _rows(connection, table, columns=None, where: str = "", order=("id",)) -> list[dict]:
    """Rows as stored (canonical text for ids, times and dates), unknown values last
    in the order. Read raw: the stored forms are what exports write, and converting
    them to Python objects and back was most of an export's time."""
    names = list(columns) if columns else [c.name for c in table.columns]
    sql = (f'SELECT {", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)} FROM "{table.name}"'
           + (f" WHERE {where}" if where else "")
           + " ORDER BY " + ", ".join(f'"{n}" IS NULL, "{n}"' for n in order))
    rows = connection.exec_driver_sql(sql).fetchall()
    found = [dict(zip(names, row, strict=True)) for row in rows]
    for name in _JSON_COLUMNS.intersection(names):
        for row in found:
            row[name] = json_from_text(row[name]) or []
    return found


def read(project: Project, checked_only: bool = False, with_text: bool = False) -> CuratedSet:
    """Everything curated, or only checked claims with the evidence, spans and documents
    they cite. Ordered by id, so the same project always reads the same."""
    D, S, C, E, T = (m.__table__ for m in (Document, Span, Claim, Evidence, Term))
    found = CuratedSet()
    with project.engine.connect() as connection:
        claim_filter = "status = 'checked'" if checked_only else ""
        found.claims = _rows(connection, C, where=claim_filter, order=("as_of", "id"))
        claim_ids = {c["id"] for c in found.claims}
        found.evidence = [e for e in _rows(connection, E) if e["claim_id"] in claim_ids]
        span_ids = {e["span_id"] for e in found.evidence}
        found.spans = [s for s in _rows(connection, S) if not checked_only or s["id"] in span_ids]
        document_ids = {s["document_id"] for s in found.spans}
        found.documents = [d for d in _rows(connection, D, DOCUMENT_FIELDS)
                           if not checked_only or d["id"] in document_ids]
        found.terms = _rows(connection, T, order=("kind", "name"))
        if with_text:
            wanted = {d["id"] for d in found.documents}
            found.texts = {i: text for i, text in connection.exec_driver_sql("SELECT id, text FROM document")
                           if i in wanted}
    found.index()
    return found


def counts(project: Project, checked_only: bool = False) -> tuple[int, int]:
    """(claims, documents cited by them, or all documents) of what an export writes."""
    status = "WHERE c.status = 'checked'" if checked_only else ""
    with project.engine.connect() as connection:
        claims = connection.exec_driver_sql(f"SELECT count(*) FROM claim c {status}").scalar()
        if checked_only:
            documents = connection.exec_driver_sql(
                "SELECT count(DISTINCT s.document_id) FROM evidence e JOIN span s ON s.id = e.span_id "
                f"JOIN claim c ON c.id = e.claim_id {status}").scalar()
        else:
            documents = connection.exec_driver_sql("SELECT count(*) FROM document").scalar()
    return claims, documents


#: What "only checked claims" keeps of each table, as SQL conditions on its rows: the
#: checked claims, their evidence, the spans it quotes, the documents those are in.
CHECKED = "status = 'checked'"
CHECKED_EVIDENCE = f"claim_id IN (SELECT id FROM claim WHERE {CHECKED})"
CHECKED_SPANS = f"id IN (SELECT span_id FROM evidence WHERE {CHECKED_EVIDENCE})"
CHECKED_DOCUMENTS = f"id IN (SELECT document_id FROM span WHERE {CHECKED_SPANS})"


# -- records encoded by SQLite --------------------------------------------------------------------
# The JSON export's records, each written as JSON text by SQLite (json_object): building a
# Python dictionary per record and encoding it took most of a 100,000-claim export.
# Keys are in sorted order, as the encoder's sort_keys would give them.
#: REAL columns: written with the fewest digits that give the same number back (15
#: significant digits when those do, else 17), so nothing is lost.
_REAL = {"value", "upper_value"}


def _json_value(name: str) -> str:
    column = f'"{name}"'
    if name in _JSON_COLUMNS:
        return f"coalesce(json({column}), json('[]'))"
    if name in _REAL:
        return (f"CASE WHEN {column} IS NULL THEN NULL "
                f"WHEN CAST(printf('%.15g', {column}) AS REAL) = {column} THEN json(printf('%.15g', {column})) "
                f"ELSE json(printf('%!.17g', {column})) END")
    return column


def json_records(project: Project, checked_only: bool = False, with_text: bool = False) -> dict[str, list[str]]:
    """The records of :func:`read` (the same, in the same order) as JSON texts, by table."""
    D, S, C, E, T = (m.__table__ for m in (Document, Span, Claim, Evidence, Term))
    plan = {
        "claims": (C, None, CHECKED, ("as_of", "id")),
        "evidence": (E, None, CHECKED_EVIDENCE, ("id",)),
        "spans": (S, None, CHECKED_SPANS, ("id",)),
        "documents": (D, [*DOCUMENT_FIELDS, *(("text",) if with_text else ())], CHECKED_DOCUMENTS, ("id",)),
        "vocabulary": (T, None, "", ("kind", "name")),
    }
    found = {}
    with project.engine.connect() as connection:
        for key, (table, columns, where, order) in plan.items():
            names = sorted(columns or (c.name for c in table.columns if not c.computed))
            pairs = ", ".join(f"'{name}', {_json_value(name)}" for name in names)
            sql = (f'SELECT json_object({pairs}) FROM "{table.name}"'
                   + (f" WHERE {where}" if where and checked_only else "")
                   + " ORDER BY " + ", ".join(f'"{n}" IS NULL, "{n}"' for n in order))
            found[key] = [row for (row,) in connection.exec_driver_sql(sql)]
    return found
