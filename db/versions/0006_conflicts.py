"""Conflicts a merge found, kept in the project until a curator resolves them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UUID = sa.String(36)
TIME = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "conflict",
        sa.Column("id", UUID, primary_key=True),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("record_id", UUID, nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("kept", sa.String(), nullable=False),
        sa.Column("ours", sa.Text()),
        sa.Column("theirs", sa.Text()),
        sa.Column("base", sa.Text()),
        sa.Column("resolved_at", TIME),
        sa.Column("resolved_by", sa.String(), nullable=False),
        sa.Column("resolution", sa.String(), nullable=False),
    )
    op.create_index("ix_conflict_record_id", "conflict", ["record_id"])


def downgrade() -> None:
    op.drop_index("ix_conflict_record_id", "conflict")
    op.drop_table("conflict")
