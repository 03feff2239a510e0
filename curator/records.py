"""The claim as plain data: one row type for the claims table, the form, the chart and
the exports, built by one function from SQL rows and one from a change's row images.

Its fields are derived from :class:`curator.models.Claim` (names, order and types), so
a column added to the model reaches every reader. Enumerations are decided here, at the
boundary: a row always holds :class:`Qualifier`, :class:`Status` and :class:`Precision`
members, never the strings they are stored as.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any, NamedTuple, get_args, get_origin, get_type_hints

from curator.enums import Qualifier
from curator.i18n import translate
from curator.labels import QUALIFIER_LABELS
from curator.models import Claim, json_from_text, uuid_from_text

#: The claim's columns, in the model's (and the database's) order.
CLAIM_COLUMNS: tuple[str, ...] = tuple(Claim.__table__.columns.keys())

#: ``SELECT`` list for :func:`claim_from_sql` (``end``-style keywords quoted).
CLAIM_SELECT = ", ".join(f'claim."{name}"' for name in CLAIM_COLUMNS)

_HINTS = get_type_hints(Claim)
_Base = NamedTuple("_Base", [(name, _HINTS[name]) for name in CLAIM_COLUMNS])


def _converter(hint: Any):
    """How a stored (driver) value becomes the type the model declares, or None."""
    optional = type(None) in get_args(hint)
    base = next((a for a in get_args(hint) if a is not type(None)), hint) if optional else hint
    base = get_origin(base) or base
    if base is uuid.UUID:
        convert = uuid_from_text
    elif base is datetime:
        convert = datetime.fromisoformat
    elif base is date:
        convert = date.fromisoformat
    elif isinstance(base, type) and issubclass(base, enum.Enum):
        convert = {member.value: member for member in base}.__getitem__
    elif base is list:
        convert = json_from_text
    else:
        return None
    if optional:
        return lambda value, convert=convert: None if value is None else convert(value)
    return convert


#: (position, converter) for each column whose stored form is not its Python form.
_CONVERSIONS = [(i, c) for i, name in enumerate(CLAIM_COLUMNS) if (c := _converter(_HINTS[name])) is not None]
_ENUMS = [(name, base) for name in CLAIM_COLUMNS
          for base in [next((a for a in (*get_args(_HINTS[name]), _HINTS[name]) if isinstance(a, type)
                             and issubclass(a, enum.Enum)), None)] if base is not None]


#: Columns added after the first version, with the value a row from before has (history
#: keeps row images of every age).
_ADDED_LATER = {"suggested_by": Claim.model_fields["suggested_by"].default}


class ClaimRow(_Base):
    """A claim as every view reads it: the columns of :data:`CLAIM_COLUMNS`."""

    __slots__ = ()

    @property
    def is_range(self) -> bool:
        return self.qualifier is Qualifier.RANGE and self.upper_value is not None


def claim_from_sql(row: tuple) -> ClaimRow:
    """A row of ``SELECT {CLAIM_SELECT} FROM claim`` read through the SQLite driver
    (as stored: ids, dates and times as ISO text, enumerations as text, tags as JSON)."""
    values = list(row)
    for position, convert in _CONVERSIONS:
        values[position] = convert(values[position])
    return ClaimRow(*values)


def claim_from_image(image: dict[str, Any]) -> ClaimRow:
    """A claim row from a row image of :class:`~curator.storage.changes.Changes`
    (Python values, enumerations possibly still as their stored strings)."""
    values = dict(image)
    for name, kind in _ENUMS:
        if values[name] is not None:
            values[name] = kind(values[name])
    values["tags"] = list(values["tags"] or [])
    return ClaimRow(*(values.get(name, _ADDED_LATER.get(name)) for name in CLAIM_COLUMNS))


# -- records in words -----------------------------------------------------------------------------
def claim_in_words(row: dict) -> str:
    """A claim as a curator names it, in the interface's language: subject · measure ·
    value · date · source."""
    from curator.figures import format_value
    from curator.partialdate import format_partial_date

    value = format_value(row["value"]) if row["value"] is not None else "?"
    if row.get("upper_value") is not None:
        value = f"{value}–{format_value(row['upper_value'])}"
    qualifier = Qualifier(row["qualifier"] or Qualifier.EXACT)
    said = value if qualifier in (Qualifier.EXACT, Qualifier.RANGE) else (
        f"{translate('labels', QUALIFIER_LABELS[qualifier])} {value}")
    as_of = date.fromisoformat(row["as_of"]) if isinstance(row["as_of"], str) else row["as_of"]  # an image's text
    when = format_partial_date(as_of, row.get("as_of_precision")) if as_of else translate("records", "no date")
    source = row.get("reported_by") or row.get("attributed_to") or translate("records", "no source")
    return " · ".join((row["subject"] or translate("records", "(no subject)"),
                       row["measure"] or translate("records", "(no measure)"), said, when, source))


def in_words(table: str, row: dict) -> str:
    """Any record in words: a claim, a document by its title, a quote, a vocabulary entry."""
    if table == "claim":
        return claim_in_words(row)
    if table == "document":
        return f"“{row['title']}”"
    if table == "span":
        return f"“{row['quote'][:80]}”"
    if table == "term":
        return f"{row['kind']} “{row['name']}”"
    return ""


#: A record's fields that are bookkeeping, not what a curator chooses between in a conflict.
_NOT_CHOSEN = frozenset({"id", "created_at", "updated_at", "author", "original", "text"})


def conflict_fields(ours: dict | None, theirs: dict | None) -> list[str]:
    """The fields two versions of a record disagree on (none when one was deleted)."""
    if ours is None or theirs is None:
        return []
    return [name for name in ours if name not in _NOT_CHOSEN and ours.get(name) != theirs.get(name)]
