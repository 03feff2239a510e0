"""SQLite engines for project files: WAL, synchronous=NORMAL, foreign keys on."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

#: ``PRAGMA application_id`` of every Curator project ('CURA').
APPLICATION_ID = 0x43555241
SQLITE_HEADER = b"SQLite format 3\x00"


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
    return engine


#: Execution option of a connection whose transactions write: they begin IMMEDIATE,
#: taking the write lock at once, so what they read cannot change before they commit.
WRITES = "curator_writes"


def _begin(connection) -> None:
    immediate = connection.get_execution_options().get(WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def write_connection(engine: Engine):
    """A connection whose transactions take the write lock when they begin."""
    return engine.connect().execution_options(**{WRITES: True})
