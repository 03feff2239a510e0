"""JSON columns as UTF-8 text: tags, aliases and history read "Азов", not "\\u0410\\u0437\\u043e\\u0432",
in any SQLite tool (``tags LIKE '%Азов%'`` finds them).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import json

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = {"claim": ("tags",), "term": ("aliases",), "history": ("before", "after")}


def _rewrite(ensure_ascii: bool) -> None:
    connection = op.get_bind()
    for table, columns in COLUMNS.items():
        for column in columns:
            rows = connection.exec_driver_sql(
                f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL').fetchall()
            changed = []
            for rowid, stored in rows:
                try:
                    value = json.loads(stored)
                except ValueError:
                    continue  # a damaged value stays as it is, for Check Project to report
                text = json.dumps(value, ensure_ascii=ensure_ascii, sort_keys=True)
                if text != stored:
                    changed.append((text, rowid))
            if changed:
                connection.exec_driver_sql(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', changed)


def upgrade() -> None:
    _rewrite(ensure_ascii=False)


def downgrade() -> None:
    _rewrite(ensure_ascii=True)
