"""Documents, spans, claims, evidence, vocabulary and history.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UUID = sa.String(36)
TIME = sa.String(32)


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", UUID, primary_key=True),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.Column("author", sa.String(), nullable=False),
    ]


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "document",
        *_record_columns(),
        _text("title"), _text("outlet"), _text("authors"), _text("url"),
        sa.Column("published", sa.Date()),
        sa.Column("published_precision", sa.String(8)),
        _text("language"),
        sa.Column("text", sa.Text(), nullable=False),
        _text("text_sha256"),
        sa.Column("original", sa.LargeBinary()),
        _text("original_name"), _text("media_type"), _text("original_sha256"),
        sa.Column("imported_at", TIME, nullable=False),
        _text("notes"),
    )
    op.create_index("ix_document_text_sha256", "document", ["text_sha256"])
    op.create_index("ix_document_original_sha256", "document", ["original_sha256"], unique=True)

    op.create_table(
        "span",
        *_record_columns(),
        sa.Column("document_id", UUID, sa.ForeignKey("document.id"), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        _text("quote"), _text("prefix"), _text("suffix"),
    )
    op.create_index("ix_span_document_id", "span", ["document_id"])

    op.create_table(
        "claim",
        *_record_columns(),
        _text("subject"), _text("measure"),
        sa.Column("value", sa.Float()),
        sa.Column("upper_value", sa.Float()),
        sa.Column("qualifier", sa.String(16), nullable=False),
        _text("unit"),
        sa.Column("as_of", sa.Date()),
        sa.Column("as_of_precision", sa.String(8)),
        _text("attributed_to"), _text("reported_by"),
        sa.Column("status", sa.String(16), nullable=False),
        _text("note"),
        sa.Column("tags", sa.JSON(), nullable=False),
    )

    op.create_table(
        "evidence",
        *_record_columns(),
        sa.Column("claim_id", UUID, sa.ForeignKey("claim.id"), nullable=False),
        sa.Column("span_id", UUID, sa.ForeignKey("span.id"), nullable=False),
        sa.UniqueConstraint("claim_id", "span_id"),
    )
    op.create_index("ix_evidence_claim_id", "evidence", ["claim_id"])
    op.create_index("ix_evidence_span_id", "evidence", ["span_id"])

    op.create_table(
        "term",
        *_record_columns(),
        sa.Column("kind", sa.String(16), nullable=False),
        _text("name"),
        sa.Column("aliases", sa.JSON(), nullable=False),
        _text("note"),
        sa.UniqueConstraint("kind", "name"),
    )

    op.create_table(
        "history",
        sa.Column("id", UUID, primary_key=True),
        sa.Column("operation_id", UUID, nullable=False),
        _text("operation"),
        sa.Column("at", TIME, nullable=False),
        _text("author"), _text("table_name"),
        sa.Column("record_id", UUID, nullable=False),
        _text("action"),
        sa.Column("before", sa.JSON()),
        sa.Column("after", sa.JSON()),
    )
    op.create_index("ix_history_operation_id", "history", ["operation_id"])
    op.create_index("ix_history_record_id", "history", ["record_id"])


def downgrade() -> None:
    for table in ("history", "term", "evidence", "claim", "span", "document"):
        op.drop_table(table)
