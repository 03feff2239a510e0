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
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def backup_path(path: Path, revision: str | None) -> Path:
    stem = f"{path.name}.before-upgrade-from-{revision or 'none'}"
    candidate = path.with_name(stem + ".bak")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem}-{n}.bak")
        n += 1
    return candidate


def backup(path: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (never a file copy of a live database)."""
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def check_known(path: Path, revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise ProjectError(
            f"{path}: this project was saved by a newer version of Curator "
            f"(schema {revision}); this version understands up to {head_revision()}. "
            "Please update Curator to open it."
        )
