"""SQLite engines for project files: WAL, synchronous=NORMAL, foreign keys on."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import NullPool

from curator.errors import DamagedProject, ProjectError
from curator.i18n import QT_TRANSLATE_NOOP, translate

#: ``PRAGMA application_id`` of every Curator project ('CURA').
APPLICATION_ID = 0x43555241
SQLITE_HEADER = b"SQLite format 3\x00"


def fold(text: str | None) -> str | None:
    """Text without case, in any script: the SQL function ``fold`` of every connection,
    by which listings sort and find words (SQLite's own NOCASE and ``lower`` know only
    ASCII, which would sort "Яма" before "азов")."""
    return text.casefold() if isinstance(text, str) else text


def _set_pragmas(dbapi_connection, _record) -> None:
    # The driver must not open transactions on its own (Python's sqlite3 begins one only
    # before INSERT/UPDATE/DELETE, so reads and DDL would run outside it): SQLAlchemy's
    # "begin" event below starts every transaction, so migrations are transactional and
    # a write transaction's reads see what it will write over.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()
    dbapi_connection.create_function("fold", 1, fold, deterministic=True)


def make_engine(path: Path) -> Engine:
    """An engine whose every connection has Curator's pragmas.

    NullPool: each unit of work opens its own connection, so a worker thread and the
    UI thread never share one (SQLite connections are cheap to open).
    """
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=NullPool,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    event.listen(engine, "handle_error", lambda context: _in_words(path, context))
    return engine


#: What SQLite says → what the user reads (after the project's path). Each ends the
#: same way: what happened to their work.
_SQLITE_SAYS = (
    (("database is locked", "database table is locked"),
     QT_TRANSLATE_NOOP("project", "another program is using this project and did not let go within 10 seconds; "
                                  "nothing was changed. Close the other program, or try again")),
    (("database or disk is full",), QT_TRANSLATE_NOOP("project", "the disk holding the project is full; nothing "
                                                                 "was changed")),
    (("readonly database",), QT_TRANSLATE_NOOP("project", "the project file is read-only here; nothing was changed")),
    (("disk I/O error",), QT_TRANSLATE_NOOP("project", "the disk could not read or write the project (disk I/O "
                                                       "error); nothing was changed")),
    (("unable to open database file",), QT_TRANSLATE_NOOP("project", "the project cannot be opened (its folder is "
                                                                     "missing or not readable, or the file name is "
                                                                     "too long)")),
)
#: What SQLite says of a damaged file.
_DAMAGED = ("malformed", "file is not a database", "could not decode", "database corruption", "no such table",
            "no such column")


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def in_words(path: Path, error: sqlite3.Error) -> ProjectError | None:
    """One line, naming the project, for an error SQLite raised (never the SQL, its
    parameters or a traceback); None for one Curator has no words for."""
    said = str(error).splitlines()[0] if str(error) else type(error).__name__
    lowered = said.lower()
    if "disk i/o error" in lowered and _nearly_full(path):  # WAL mode says so when it cannot grow
        lowered = "database or disk is full"
    for phrases, words in _SQLITE_SAYS:
        if any(p.lower() in lowered for p in phrases):
            return ProjectError(f"{path}: {translate('project', words)}.")
    if any(p in lowered for p in _DAMAGED):
        return DamagedProject(path, said)
    return None


def _in_words(path: Path, context: ExceptionContext) -> None:
    """Every error SQLite raises through SQLAlchemy, in words: raised in place of its own."""
    error = context.original_exception
    if isinstance(error, sqlite3.Error) and (said := in_words(path, error)) is not None:
        raise said from context.sqlalchemy_exception


@contextmanager
def driver_errors(path: Path) -> Iterator[None]:
    """The same words for errors of the driver's own connection, which listings read
    through (rows at once: a third of the time of SQLAlchemy's results)."""
    try:
        yield
    except sqlite3.Error as error:
        said = in_words(path, error)
        if said is None:
            raise
        raise said from error


#: Execution option of a connection whose transactions write: they begin IMMEDIATE,
#: taking the write lock at once, so what they read cannot change before they commit.
WRITES = "curator_writes"


def _begin(connection) -> None:
    immediate = connection.get_execution_options().get(WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def write_connection(engine: Engine):
    """A connection whose transactions take the write lock when they begin."""
    return engine.connect().execution_options(**{WRITES: True})
