"""The project database's tables, as SQLModel classes.

The schema itself is created and upgraded by the Alembic migrations in ``db/``;
these classes describe it for queries and writes. ``tests/test_migrations.py``
checks that the two agree.

Every record has a UUID primary key (so volunteers' databases merge), timezone-aware
UTC ``created_at`` / ``updated_at`` and the ``author`` who last wrote it.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Column, Index, LargeBinary, String, Text, TypeDecorator, UniqueConstraint
from sqlalchemy.orm import deferred
from sqlmodel import Field, SQLModel

from curator.enums import Precision, Qualifier, Status, TermKind
from curator.errors import DamagedProject

__all__ = ["Precision", "Qualifier", "Status", "TermKind"]


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Aware datetimes stored as ISO 8601 text in UTC; naive ones are refused."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            raise ValueError("naive datetime: Curator stores timezone-aware UTC times only")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        try:
            return datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise DamagedProject(None, f"a stored time is not a time: {str(value)[:40]!r}") from None


def json_from_text(value: str | None) -> Any:
    """A JSON column's stored text as Python (None for NULL); a damaged value is said so."""
    if value is None:
        return None
    try:
        return json.loads(value)
    except ValueError:
        raise DamagedProject(None, f"a stored list is not valid JSON: {value[:40]!r}") from None


def json_to_text(value: Any) -> str | None:
    """JSON as UTF-8 text, readable in any SQLite tool (``tags LIKE '%Азов%'`` works)."""
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


class JSONText(TypeDecorator):
    """Lists and objects stored as UTF-8 JSON text (not ASCII escapes)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return json_to_text(value)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return json_from_text(value)


_new_object = object.__new__
_set = object.__setattr__
_SAFE_UNKNOWN = uuid.SafeUUID.unknown


def uuid_from_text(value: str) -> uuid.UUID:
    """``uuid.UUID(value)`` for the canonical 36-character form, about 4× faster
    (reading tens of thousands of spans is dominated by this)."""
    if len(value) != 36:
        return uuid.UUID(value)
    result = _new_object(uuid.UUID)
    _set(result, "int", int(value.replace("-", ""), 16))
    _set(result, "is_safe", _SAFE_UNKNOWN)
    return result


class UUIDText(TypeDecorator):
    """UUIDs stored as canonical text (with dashes), readable in any SQLite tool."""

    impl = String(36)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))

    def process_result_value(self, value: Any, dialect: Any) -> uuid.UUID | None:
        if value is None:
            return None
        try:
            return uuid_from_text(value)
        except (TypeError, ValueError):
            raise DamagedProject(None, f"a stored id is not an id: {str(value)[:40]!r}") from None


def _id_field() -> Any:
    return Field(default_factory=uuid.uuid4, primary_key=True, sa_type=UUIDText)


def _time_field() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class Record(SQLModel):
    """Columns every table has."""

    id: uuid.UUID = _id_field()
    created_at: datetime = _time_field()
    updated_at: datetime = _time_field()
    author: str = Field(default="")


class Document(Record, table=True):
    title: str = ""
    outlet: str = ""
    authors: str = ""
    url: str = ""
    published: date | None = None
    published_precision: Precision | None = Field(default=None, sa_type=String(8))
    language: str = ""
    text: str = Field(sa_column=Column(Text, nullable=False))
    text_sha256: str = Field(index=True)
    original: bytes | None = Field(default=None, sa_column=deferred(Column(LargeBinary)))
    original_name: str = ""
    media_type: str = ""
    original_sha256: str = Field(index=True, unique=True)
    imported_at: datetime = _time_field()
    notes: str = ""


class Span(Record, table=True):
    document_id: uuid.UUID = Field(foreign_key="document.id", index=True, sa_type=UUIDText)
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""


class Claim(Record, table=True):
    #: The chart's list of series is counted from this index alone, and a ticked series'
    #: figures are looked up in it by their spellings (curator.queries.series_spellings).
    __table_args__ = (Index("ix_claim_series", "subject", "measure", "status"),)

    subject: str = ""
    measure: str = ""
    value: float | None = None
    upper_value: float | None = None
    qualifier: Qualifier = Field(default=Qualifier.EXACT, sa_type=String(16))
    unit: str = ""
    as_of: date | None = None
    as_of_precision: Precision | None = Field(default=None, sa_type=String(8))
    attributed_to: str = ""
    reported_by: str = ""
    status: Status = Field(default=Status.DRAFT, sa_type=String(16))
    note: str = ""
    tags: list[str] = Field(default_factory=list, sa_type=JSONText)
    #: The rules that suggested the claim (``curator.suggestions.EXTRACTOR``); "" when a
    #: curator made it by hand.
    suggested_by: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Evidence(Record, table=True):
    __table_args__ = (UniqueConstraint("claim_id", "span_id"),)

    claim_id: uuid.UUID = Field(foreign_key="claim.id", index=True, sa_type=UUIDText)
    span_id: uuid.UUID = Field(foreign_key="span.id", index=True, sa_type=UUIDText)


class Term(Record, table=True):
    """A vocabulary entry: one subject, measure, person or organisation, with aliases."""

    __table_args__ = (UniqueConstraint("kind", "name"),)

    kind: TermKind = Field(sa_type=String(16))
    name: str
    aliases: list[str] = Field(default_factory=list, sa_type=JSONText)
    note: str = ""


class Rejection(Record, table=True):
    """A suggested claim a curator rejected: its words in a document, so that it does not
    come back there. No foreign key: see ``db/versions/0007_suggestions.py``."""

    document_id: uuid.UUID = Field(index=True, sa_type=UUIDText)
    start: int
    end: int
    quote: str = ""
    extractor: str = ""


class Conflict(Record, table=True):
    """A record a merge found changed differently in two projects (or deleted in one and
    edited in the other), kept until a curator resolves it: both versions, who made
    each and when, and the version both started from where the histories show it."""

    table_name: str
    record_id: uuid.UUID = Field(index=True, sa_type=UUIDText)
    #: What happened, as :mod:`curator.merge` names it (``CHANGED_IN_BOTH`` …).
    kind: str
    #: The file name of the project merged in.
    source: str = ""
    #: The merge kept this side: "ours" (this project's) or "theirs".
    kept: str = ""
    ours: dict | None = Field(default=None, sa_type=JSONText)
    theirs: dict | None = Field(default=None, sa_type=JSONText)
    base: dict | None = Field(default=None, sa_type=JSONText)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_by: str = ""
    #: How: "kept ours", "kept theirs", or the fields taken from each side.
    resolution: str = ""


class History(SQLModel, table=True):
    """Every insert, update and delete, with the row before and after."""

    id: uuid.UUID = _id_field()
    operation_id: uuid.UUID = Field(index=True, sa_type=UUIDText)
    operation: str = ""
    at: datetime = _time_field()
    author: str = ""
    table_name: str
    record_id: uuid.UUID = Field(index=True, sa_type=UUIDText)
    action: str  # insert | update | delete
    before: dict | None = Field(default=None, sa_type=JSONText)
    after: dict | None = Field(default=None, sa_type=JSONText)


#: Tables whose writes are recorded in :class:`History`, in dependency order.
TRACKED = {model.__tablename__: model for model in (Document, Span, Claim, Evidence, Term, Rejection, Conflict)}
