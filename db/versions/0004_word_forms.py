"""Words in any of their forms for corpus search: every distinct word of the documents
with its lemma (see curator/wordforms.py), so "полонений" finds "полонених".

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from alembic import op

from curator import wordforms

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql(wordforms.CREATE)
    wordforms.rebuild(connection)


def downgrade() -> None:
    op.execute("DROP TABLE word_form")
