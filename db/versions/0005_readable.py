"""A project that reads well in any SQLite tool (sqlite3, Datasette, DB Browser):

- the full-text index names its table as Datasette looks for it (``content="document"``;
  quoted as a string, ``'document'``, Datasette did not see it, and its search box
  returned every row);
- claims and spans carry a ``title`` (generated, not stored: nothing to keep in step),
  the column Datasette labels a row with where another table refers to it, so the
  evidence table reads "Azovstal garrison · in captivity: more than 900 (2024-02-01)"
  and the quote instead of two UUIDs;
- three views a person can query at once: ``claims_with_evidence`` (a row per claim,
  its quotes and the titles of the documents they come from), ``evidence_with_documents``
  (a row per piece of evidence, with its claim and its document) and
  ``documents_without_originals`` (documents' metadata, their length and claims, not
  the bytes of the original file).

A later migration that rebuilds the claim or span table (Alembic's batch mode) must add
their ``title`` again.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FTS_TRIGGERS = {
    "document_fts_insert": "AFTER INSERT ON document BEGIN "
    "INSERT INTO document_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "document_fts_delete": "AFTER DELETE ON document BEGIN "
    "INSERT INTO document_fts(document_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
    "document_fts_update": "AFTER UPDATE OF title, text ON document BEGIN "
    "INSERT INTO document_fts(document_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); "
    "INSERT INTO document_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
}


def _number(column: str) -> str:
    """A figure as text: 900, not 900.0; 51.16 as stored."""
    return (f"CASE WHEN {column} = CAST({column} AS INTEGER) THEN CAST(CAST({column} AS INTEGER) AS TEXT) "
            f"ELSE CAST({column} AS TEXT) END")


CLAIM_TITLE = (
    "trim(CASE WHEN subject != '' THEN subject || ' · ' ELSE '' END || measure || ': ' "
    "|| CASE WHEN qualifier IN ('exact', 'range') THEN '' ELSE qualifier || ' ' END "
    f"|| coalesce({_number('value')}, '?') "
    f"|| CASE WHEN qualifier = 'range' AND upper_value IS NOT NULL THEN '–' || {_number('upper_value')} ELSE '' END "
    "|| CASE WHEN unit != '' THEN ' ' || unit ELSE '' END "
    "|| CASE WHEN as_of IS NOT NULL THEN ' (' || as_of || ')' ELSE '' END)"
)
SPAN_TITLE = "CASE WHEN length(quote) > 120 THEN substr(quote, 1, 119) || '…' ELSE quote END"

VIEWS = {
    "evidence_with_documents": """
        SELECT e.id AS evidence_id, c.id AS claim_id, c.title AS claim, c.subject, c.measure, c.value,
               c.upper_value, c.qualifier, c.unit, c.as_of, c.as_of_precision, c.attributed_to, c.reported_by,
               c.status, s.quote, s.prefix, s.suffix, s.start, s."end", d.id AS document_id,
               d.title AS document_title, d.outlet AS document_outlet, d.published AS document_published,
               d.url AS document_url
        FROM evidence e JOIN claim c ON c.id = e.claim_id JOIN span s ON s.id = e.span_id
             JOIN document d ON d.id = s.document_id""",
    "claims_with_evidence": """
        SELECT c.id AS claim_id, c.title, c.subject, c.measure, c.value, c.upper_value, c.qualifier, c.unit,
               c.as_of, c.as_of_precision, c.attributed_to, c.reported_by, c.status, c.note, c.tags,
               (SELECT group_concat(s.quote, ' | ') FROM evidence e JOIN span s ON s.id = e.span_id
                WHERE e.claim_id = c.id) AS evidence,
               (SELECT group_concat(DISTINCT d.title) FROM evidence e JOIN span s ON s.id = e.span_id
                JOIN document d ON d.id = s.document_id WHERE e.claim_id = c.id) AS documents,
               c.updated_at, c.author
        FROM claim c""",
    "documents_without_originals": """
        SELECT d.id AS document_id, d.title, d.outlet, d.authors, d.url, d.published, d.published_precision,
               d.language, length(d.text) AS characters, d.original_name, d.media_type,
               (SELECT count(DISTINCT e.claim_id) FROM span s JOIN evidence e ON e.span_id = s.id
                WHERE s.document_id = d.id) AS claims,
               d.imported_at, d.notes, d.text
        FROM document d""",
}


def upgrade() -> None:
    for trigger in FTS_TRIGGERS:
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE document_fts")
    op.execute(
        "CREATE VIRTUAL TABLE document_fts USING fts5("
        'title, text, content="document", content_rowid="rowid", '
        "tokenize='unicode61 remove_diacritics 2')"
    )
    for trigger, body in FTS_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {trigger} {body}")
    op.execute("INSERT INTO document_fts(document_fts) VALUES ('rebuild')")
    op.execute(f"ALTER TABLE claim ADD COLUMN title TEXT GENERATED ALWAYS AS ({CLAIM_TITLE}) VIRTUAL")
    op.execute(f"ALTER TABLE span ADD COLUMN title TEXT GENERATED ALWAYS AS ({SPAN_TITLE}) VIRTUAL")
    for name, query in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {query}")


def downgrade() -> None:
    for name in VIEWS:
        op.execute(f"DROP VIEW {name}")
    op.execute("ALTER TABLE span DROP COLUMN title")
    op.execute("ALTER TABLE claim DROP COLUMN title")
    for trigger in FTS_TRIGGERS:
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE document_fts")
    op.execute(
        "CREATE VIRTUAL TABLE document_fts USING fts5("
        "title, text, content='document', content_rowid='rowid', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    for trigger, body in FTS_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {trigger} {body}")
    op.execute("INSERT INTO document_fts(document_fts) VALUES ('rebuild')")
