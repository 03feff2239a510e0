"""A project: one SQLite file holding documents, spans, claims and their history."""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from curator.errors import ProjectError
from curator.storage import migrate
from curator.storage.changes import Changes
from curator.storage.engine import APPLICATION_ID, SQLITE_HEADER, make_engine
from curator.storage.writer import Writer

SUFFIX = ".curator"


def default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still a valid project
        return ""


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise ProjectError(f"{path}: is a folder, not a Curator project")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise ProjectError(f"{path}: not a Curator project (the file is not an SQLite database)")


def _application_id(path: Path) -> tuple[int, bool]:
    """The file's application id and whether it holds any table."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        has_tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.DatabaseError as error:
        raise ProjectError(f"{path}: not a Curator project ({error})") from error
    finally:
        connection.close()
    return app_id, has_tables


class Project:
    """An open project file. Reads through :meth:`session`, writes through :meth:`write`."""

    def __init__(self, path: Path, author: str) -> None:
        self.path = path
        self.author = author
        self.engine = make_engine(path)
        #: Filled when opening upgraded the schema: where the backup copy went.
        self.upgraded_from: str | None = None
        self.backup: Path | None = None

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, author: str | None = None) -> Project:
        """Open ``path``; create it when missing and ``create`` is set.

        Raises :class:`ProjectError` with a message for the user when the file is not a
        project, comes from a newer Curator, or cannot be read.
        """
        path = Path(path).expanduser().absolute()
        author = default_author() if author is None else author
        if not path.exists():
            if not create:
                raise ProjectError(f"{path}: no such project")
            return cls._create(path, author)
        _check_file(path)
        app_id, has_tables = _application_id(path)
        if not has_tables and path.stat().st_size <= 4096 * 2:
            return cls._create(path, author)
        if app_id != APPLICATION_ID:
            raise ProjectError(f"{path}: not a Curator project (an SQLite database of another program)")
        project = cls(path, author)
        try:
            project._upgrade_if_needed()
        except Exception:
            project.close()
            raise
        return project

    @classmethod
    def _create(cls, path: Path, author: str) -> Project:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ProjectError(f"{path}: cannot create the project ({error.strerror})") from error
        project = cls(path, author)
        try:
            with project.engine.begin() as connection:
                connection.execute(text(f"PRAGMA application_id={APPLICATION_ID}"))
            migrate.upgrade(project.engine)
        except (DatabaseError, OSError) as error:
            project.close()
            raise ProjectError(f"{path}: cannot create the project ({error})") from error
        return project

    def _upgrade_if_needed(self) -> None:
        with self.engine.connect() as connection:
            revision = migrate.current_revision(connection)
        migrate.check_known(self.path, revision)
        if revision == migrate.head_revision():
            return
        self.backup = migrate.backup_path(self.path, revision)
        migrate.backup(self.path, self.backup)
        self.upgraded_from = revision
        migrate.upgrade(self.engine)

    @property
    def schema_version(self) -> str | None:
        with self.engine.connect() as connection:
            return migrate.current_revision(connection)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading and writing -------------------------------------------------------------
    def session(self) -> Session:
        """A read session; objects stay usable after it closes."""
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def write(self, operation: str) -> Iterator[Writer]:
        """One transaction: everything written inside commits together, or nothing does."""
        with self.engine.begin() as connection:
            writer = Writer(connection, operation, self.author)
            yield writer
            writer.flush_history()

    def apply(self, changes: Changes) -> Changes:
        """Bring the rows to the ``after`` state of ``changes`` (undo passes an inverse)."""
        with self.write(changes.operation) as writer:
            writer.apply(changes)
        return writer.changes
