"""Schema versions: create at the newest, upgrade older ones after a backup, refuse newer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from curator.errors import ProjectError
from curator.paths import migrations_dir
from curator.storage.engine import write_connection


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def known_revisions() -> list[str]:
    """Every revision this Curator understands, oldest first."""
    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    has_table = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).first()
    if not has_table:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Every step to ``revision`` in one transaction: all of them, or none."""
    config = _config()
    with write_connection(engine) as connection, connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def upgrade_reason(revision: str | None) -> str:
    """How the backup written before an upgrade from ``revision`` is labelled."""
    return f"before upgrade from {revision or 'none'}"


def backup(path: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (never a file copy of a live
    database), whole at ``target`` or absent."""
    from curator.storage.backups import copy_database

    copy_database(path, target)


def backups_before_upgrade(path: Path, revision: str) -> list[Path]:
    """The backups written before upgrading ``path`` from ``revision`` that are whole
    and really at that revision, oldest first."""
    from curator.storage import backups

    found = []
    older = path.parent.glob(f"{path.name}.before-upgrade-from-{revision}*.bak")  # Curator 0.1 put them here
    ours = (b.path for b in backups.listed(path) if b.reason == upgrade_reason(revision))
    for candidate in [*older, *ours]:
        try:
            connection = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
            try:
                whole = connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            finally:
                connection.close()
        except sqlite3.DatabaseError:
            continue
        if whole and version == (revision,):
            found.append(candidate)
    return sorted(found, key=lambda p: p.stat().st_mtime)


#: Tables holding what curators made (a file with rows in any of them is never rebuilt).
USER_TABLES = ("document", "span", "claim", "evidence", "term", "rejection", "history")


def user_rows(connection: Connection) -> int:
    present = {name for (name,) in connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    return sum(connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
               for table in USER_TABLES if table in present)


def check_known(path: Path, revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise ProjectError(
            f"{path}: this project was saved by a newer version of Curator "
            f"(schema {revision}); this version understands up to {head_revision()}. "
            "Please update Curator to open it."
        )
