"""An index of claims by subject, measure and status: the chart's list of series is
counted from it without reading a claim (a group-by over the index), and a ticked
series' figures are found in it by their spellings, so that a project of half a
million claims does not hold every figure in memory to draw one series.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_claim_series", "claim", ["subject", "measure", "status"])


def downgrade() -> None:
    op.drop_index("ix_claim_series", "claim")
