"""The CSV rows, read straight from SQLite: two ordered queries, tuples only.

Building a dictionary per record first (as the JSON export does) took most of the
time of a 100,000-claim CSV export; these rows are the same, byte for byte.
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter

from curator import queries
from curator.exports.dataset import CHECKED_DOCUMENTS
from curator.models import json_from_text
from curator.queries import CLAIM_FIELD_KINDS, fold
from curator.records import CLAIM_COLUMNS, CLAIM_SELECT
from curator.storage import Project

CLAIM_SQL = f"SELECT {CLAIM_SELECT} FROM claim {{where}} ORDER BY as_of IS NULL, as_of, id IS NULL, id"
#: The claim columns the CSV reads, picked by name from a ``CLAIM_SELECT`` row.
_READ = itemgetter(*(CLAIM_COLUMNS.index(name) for name in (
    "id", "subject", "measure", "value", "upper_value", "qualifier", "unit", "as_of", "as_of_precision",
    "attributed_to", "reported_by", "status", "note", "tags", "updated_at", "author")))
EVIDENCE_SQL = (
    'SELECT e.claim_id, s.document_id, s.start, d.title, s.quote, e.id, s."end", s.prefix, s.suffix, '
    "d.outlet, d.published, d.published_precision, d.url "
    "FROM evidence e JOIN span s ON s.id = e.span_id JOIN document d ON d.id = s.document_id "
    "JOIN claim c ON c.id = e.claim_id {where} ORDER BY e.claim_id, s.document_id, s.start"
)
#: The claim fields whose vocabulary name the CSV gives beside them, in its column order.
NAMED_FIELDS = ("subject", "measure", "attributed_to", "reported_by")
_NAMED_INDEXES = [CLAIM_COLUMNS.index(field) for field in NAMED_FIELDS]


def number_text(value: float | None) -> str:
    """A number as exports write it: integers without '.0', others exactly (repr)."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def rows(project: Project, checked_only: bool = False) -> tuple[list[tuple], list[tuple]]:
    """(claim rows, evidence rows) in the columns of ``CLAIM_COLUMNS`` and ``EVIDENCE_COLUMNS``."""
    with project.engine.connect() as connection:
        claims = connection.exec_driver_sql(
            CLAIM_SQL.format(where="WHERE status = 'checked'" if checked_only else "")).fetchall()
        links = connection.exec_driver_sql(
            EVIDENCE_SQL.format(where="WHERE c.status = 'checked'" if checked_only else "")).fetchall()
    cited = {claim_id: list(group) for claim_id, group in groupby(links, key=itemgetter(0))}
    names = _vocabulary(project)
    # Each distinct spelling looked up once: a few hundred, for a hundred thousand claims.
    subject_names, measure_names, person_names, outlet_names = (
        {spelling: names[field].get(fold(spelling), "") for spelling in {row[index] for row in claims}}
        for field, index in zip(NAMED_FIELDS, _NAMED_INDEXES, strict=True))
    claim_out = []
    for (claim_id, subject, measure, value, upper, qualifier, unit, as_of, precision, attributed_to,
         reported_by, status, note, tags, updated_at, author) in map(_READ, claims):
        spans = cited.get(claim_id, ())
        documents = list(dict.fromkeys((link[1], link[3]) for link in spans))
        claim_out.append((
            claim_id, subject, subject_names[subject], measure, measure_names[measure],
            number_text(value), number_text(upper), qualifier, unit, as_of or "", precision or "",
            attributed_to, person_names[attributed_to], reported_by, outlet_names[reported_by], status, note,
            "; ".join(json_from_text(tags) or ()) if tags != "[]" else "",
            "; ".join(d for d, _t in documents), " | ".join(t for _d, t in documents),
            " | ".join(link[4] for link in spans), updated_at, author,
        ))
    evidence_out = [(link[5], link[0], link[1], link[3], link[9], link[10] or "", link[11] or "", link[12],
                     link[2], link[6], link[4], link[7], link[8])
                    for link in sorted(links, key=itemgetter(0, 5))]
    return claim_out, evidence_out


def _vocabulary(project: Project) -> dict[str, dict[str, str]]:
    """For each named claim field: folded spelling (name or alias) → the entry's name."""
    names = queries.canonical_names(project, set(CLAIM_FIELD_KINDS.values()))
    by_kind: dict[str, dict[str, str]] = {}
    for (kind, spelling), name in names.items():
        by_kind.setdefault(kind, {})[spelling] = name
    return {field: by_kind.get(CLAIM_FIELD_KINDS[field], {}) for field in NAMED_FIELDS}


def document_rows(project: Project, columns: list[str], checked_only: bool = False) -> list[tuple]:
    """The documents' metadata in these columns ('document_id' is the id), ordered by id;
    with ``checked_only``, only documents that checked claims cite."""
    names = ", ".join("id" if name == "document_id" else f'"{name}"' for name in columns)
    where = f"WHERE {CHECKED_DOCUMENTS}" if checked_only else ""
    with project.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"SELECT {names} FROM document {where} ORDER BY id").fetchall()
    return [tuple("" if value is None else value for value in row) for row in rows]
