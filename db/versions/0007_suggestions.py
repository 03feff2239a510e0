"""Suggested claims: the suggestions a curator rejected, so that they do not come back
for that document, and on each claim the rules that suggested it ("" when a curator
made it by hand), so that a reviewer can tell.

A rejection names its document by id without a foreign key: it is a note about words
of a document, harmless once the document is gone, and it must not stand in the way
of deleting the document or of a merge that deletes it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

UUID = sa.String(36)
TIME = sa.String(32)


def upgrade() -> None:
    op.add_column("claim", sa.Column("suggested_by", sa.String(), nullable=False, server_default=""))
    op.create_table(
        "rejection",
        sa.Column("id", UUID, primary_key=True),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("document_id", UUID, nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.String(), nullable=False),
        sa.Column("extractor", sa.String(), nullable=False),
    )
    op.create_index("ix_rejection_document_id", "rejection", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_rejection_document_id", "rejection")
    op.drop_table("rejection")
    with op.batch_alter_table("claim") as batch:
        batch.drop_column("suggested_by")
