"""Full-text index over documents' titles and text (FTS5, external content).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE document_fts USING fts5("
        "title, text, content='document', content_rowid='rowid', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN "
        "INSERT INTO document_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN "
        "INSERT INTO document_fts(document_fts, rowid, title, text) "
        "VALUES ('delete', old.rowid, old.title, old.text); END"
    )
    op.execute(
        "CREATE TRIGGER document_fts_update AFTER UPDATE OF title, text ON document BEGIN "
        "INSERT INTO document_fts(document_fts, rowid, title, text) "
        "VALUES ('delete', old.rowid, old.title, old.text); "
        "INSERT INTO document_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END"
    )
    op.execute("INSERT INTO document_fts(document_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("document_fts_insert", "document_fts_delete", "document_fts_update"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE document_fts")
