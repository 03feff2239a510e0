"""The CSV rows, read straight from SQLite: two ordered queries, tuples only.

Building a dictionary per record first (as the JSON export does) took most of the
time of a 100,000-claim CSV export; these rows are the same, byte for byte.
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter

from curator.models import json_from_text
from curator.records import CLAIM_COLUMNS, CLAIM_SELECT
from curator.storage import Project

CLAIM_SQL = f"SELECT {CLAIM_SELECT} FROM claim {{where}} ORDER BY as_of IS NULL, as_of, id IS NULL, id"
#: The claim columns the CSV reads, picked by name from a ``CLAIM_SELECT`` row.
_READ = itemgetter(*(CLAIM_COLUMNS.index(name) for name in (
    "id", "subject", "measure", "value", "upper_value", "qualifier", "unit", "as_of", "as_of_precision",
    "attributed_to", "reported_by", "status", "note", "tags", "updated_at", "author")))
EVIDENCE_SQL = (
    'SELECT e.claim_id, s.document_id, s.start, d.title, s.quote, e.id, s."end", s.prefix, s.suffix '
    "FROM evidence e JOIN span s ON s.id = e.span_id JOIN document d ON d.id = s.document_id "
    "JOIN claim c ON c.id = e.claim_id {where} ORDER BY e.claim_id, s.document_id, s.start"
)


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
    claim_out = []
    for (claim_id, subject, measure, value, upper, qualifier, unit, as_of, precision, attributed_to,
         reported_by, status, note, tags, updated_at, author) in map(_READ, claims):
        spans = cited.get(claim_id, ())
        documents = list(dict.fromkeys((link[1], link[3]) for link in spans))
        claim_out.append((
            claim_id, subject, measure, number_text(value), number_text(upper), qualifier, unit, as_of or "",
            precision or "", attributed_to, reported_by, status, note, "; ".join(json_from_text(tags) or ()),
            "; ".join(d for d, _t in documents), " | ".join(t for _d, t in documents),
            " | ".join(link[4] for link in spans), updated_at, author,
        ))
    evidence_out = [(link[5], link[0], link[1], link[3], link[2], link[6], link[4], link[7], link[8])
                    for link in sorted(links, key=itemgetter(0, 5))]
    return claim_out, evidence_out
