"""Indexes in the orders the window lists claims and documents by default (by as-of
date, by publication date; undated last): the listing of half a million claims is then
read from the index in order instead of sorted, and the documents list does not read
every document's text to sort by date. See curator.listing.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: name → (table, the expression curator.listing orders by).
INDEXES = {
    "ix_claim_listed_as_of": ("claim", "coalesce(as_of, '9999')"),
    "ix_document_listed_published": ("document", "coalesce(published, '9999')"),
}


def upgrade() -> None:
    for name, (table, expression) in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} ({expression})")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
