"""A project: one SQLite file holding documents, spans, claims and their history."""

from __future__ import annotations

import contextlib
import getpass
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from curator.errors import DamagedProject, ProjectError
from curator.files import TEMPORARY_PREFIX, built_beside, problem
from curator.i18n import translate
from curator.storage import backups, migrate
from curator.storage.changes import Changes
from curator.storage.engine import APPLICATION_ID, SQLITE_HEADER, make_engine, write_connection
from curator.storage.lock import WriteLock
from curator.storage.writer import Writer

SUFFIX = ".curator"


def _reason(error: BaseException) -> str:
    """The first line of a driver's message, without SQL or parameters."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    original = getattr(error, "orig", None) or error
    return str(original).splitlines()[0] if str(original) else type(original).__name__


def _stamp() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def _build(path: Path) -> None:
    """A new, empty project at ``path`` (a fresh temporary name)."""
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            connection.execute(text(f"PRAGMA application_id={APPLICATION_ID}"))
        migrate.upgrade(engine)
    finally:
        engine.dispose()  # the last connection checkpoints and removes the -wal file
    for journal in ("-wal", "-shm"):
        path.with_name(path.name + journal).unlink(missing_ok=True)


def _replace_with(path: Path, build) -> None:
    """Build a new file beside ``path`` and rename it over ``path``; the old file's
    -wal and -shm (ours, checkpointed and closed) must not outlive it."""
    with built_beside(path) as temporary:
        build(temporary)
        for journal in ("-wal", "-shm"):
            leftover = path.with_name(path.name + journal)
            if leftover.exists() and leftover.stat().st_size and journal == "-wal":
                raise ProjectError(translate("project", "{path}: another program is using this project; close it and try again")
                    .format(path=path))
            leftover.unlink(missing_ok=True)


def _checkpoint(connection: sqlite3.Connection, mode: str) -> bool:
    """``PRAGMA wal_checkpoint(mode)``: True when every committed page is in the file.
    After each write transaction (PASSIVE, so a reader never makes an edit wait), a
    volunteer who copies only the .curator file copies every acknowledged edit."""
    try:
        busy, log, copied = connection.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
    except sqlite3.Error:
        return False
    return not busy and log == copied


def _remove_leftovers(path: Path) -> None:
    """Temporaries of this project's files that a killed Curator left beside it (only
    under the write lock: no other Curator is writing them now)."""
    for leftover in path.parent.glob(f"{TEMPORARY_PREFIX}*"):
        if leftover.name.endswith(f"-{path.name}") or leftover.name.endswith((f"-{path.name}-wal",
                                                                             f"-{path.name}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still a valid project
        return ""


def check_file(path: Path) -> None:
    """Refuse, in words, what cannot be a Curator project: a folder, an empty file, a
    file that is not SQLite. Reads 16 bytes, writes nothing."""
    if path.is_dir():
        raise ProjectError(translate("project", "{path}: is a folder, not a Curator project").format(path=path))
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        raise ProjectError(translate("project", "{path}: not a Curator project (the file is empty)").format(path=path))
    if header != SQLITE_HEADER:
        raise ProjectError(translate("project", "{path}: not a Curator project (the file is not an SQLite database)")
            .format(path=path))


def _application_id(path: Path) -> int:
    """The file's ``PRAGMA application_id``, read without writing anything."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as error:
        said = str(error)
        if "malformed" in said:
            raise DamagedProject(path, said) from error
        if "not a database" in said:
            raise ProjectError(translate("project", "{path}: not a Curator project ({said})")
                .format(path=path, said=said)) from error
        if shutil.disk_usage(path.parent).free < 1024 * 1024:
            raise ProjectError(translate("project", "The disk holding {folder} is full; free some space and open "
                                         "the project again. Nothing was changed.").format(folder=path.parent)) from error
        raise ProjectError(translate("project", "{path}: the project cannot be read ({said}); nothing was changed")
            .format(path=path, said=said)) from error
    finally:
        connection.close()


class Project:
    """An open project file. Reads through :meth:`session`, writes through :meth:`write`."""

    def __init__(self, path: Path, author: str, read_only: bool = False) -> None:
        self.path = path
        self.author = author
        self.engine = make_engine(path)
        #: Opened to read only (another Curator is writing to it): every write refuses.
        self.read_only = read_only
        self._lock: WriteLock | None = None
        #: One idle connection held while the project is open: SQLite keeps the -wal and
        #: -shm files while any connection is open, so the many short connections never
        #: have to create them again (which fails on a full disk, and costs time).
        self._keeper: sqlite3.Connection | None = None
        #: Filled when opening upgraded the schema: where the backup copy went.
        self.upgraded_from: str | None = None
        self.backup: Path | None = None
        #: Filled when opening found the file half-upgraded by an older Curator and
        #: rebuilt it from the backup that upgrade had written: that backup.
        self.repaired_from: Path | None = None

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, author: str | None = None, lock: bool = False,
             read_only: bool = False) -> Project:
        """Open ``path``; create it when missing and ``create`` is set.

        ``lock``: take the project's write lock (the application and the command line
        do), raising :class:`~curator.storage.lock.ProjectInUse` when another Curator
        holds it. ``read_only``: open without the lock; every write is refused.

        Raises :class:`ProjectError` with a message for the user when the file is not a
        project, comes from a newer Curator, or cannot be read. Nothing is ever written
        to a file that is not a Curator project.
        """
        path = Path(path).expanduser().absolute()
        author = default_author() if author is None else author
        try:
            exists = path.exists()
        except OSError as error:  # a name too long for the disk, a folder that cannot be read
            raise ProjectError(problem(path, error, translate("project", "nothing was opened"))) from error
        if not exists:
            if not create or read_only:
                raise ProjectError(translate("project", "{path}: no such project").format(path=path))
            project = cls._create(path, author)
        else:
            check_file(path)
            if _application_id(path) != APPLICATION_ID:
                raise ProjectError(translate("project", "{path}: not a Curator project (an SQLite database of another program)")
                    .format(path=path))
            project = cls(path, author, read_only=read_only)
        try:
            if lock and not read_only:
                project._lock = WriteLock(path, author)
                _remove_leftovers(path)
            if read_only:
                project._check_current()
            else:
                project._upgrade_if_needed()
            project._keep_open()
        except Exception:
            project.close()
            raise
        return project

    def _keep_open(self) -> None:
        try:
            self._keeper = sqlite3.connect(self.path, check_same_thread=False)
            self._keeper.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as error:
            raise ProjectError(translate("project", "{path}: the project cannot be read ({reason})")
                .format(path=self.path, reason=_reason(error))) from error

    def _check_current(self) -> None:
        with self.engine.connect() as connection:
            revision = migrate.current_revision(connection)
        migrate.check_known(self.path, revision)
        if revision != migrate.head_revision():
            raise ProjectError(translate("project", "{path}: this project must be upgraded to this version of "
                                         "Curator, which cannot happen while another Curator has it open")
                               .format(path=self.path))

    @classmethod
    def _create(cls, path: Path, author: str) -> Project:
        """Build the new project under a temporary name beside ``path``, then rename it
        into place: killed halfway, no half-made project is left at ``path``."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with built_beside(path) as temporary:
                _build(temporary)
        except (DatabaseError, sqlite3.DatabaseError, OSError) as error:
            raise ProjectError(translate("project", "{path}: cannot create the project ({reason})")
                .format(path=path, reason=_reason(error))) from error
        return cls(path, author)

    def _upgrade_if_needed(self) -> None:
        with self.engine.connect() as connection:
            revision = migrate.current_revision(connection)
        migrate.check_known(self.path, revision)
        if revision == migrate.head_revision():
            return
        if revision is None:  # a creation by an older Curator that never finished
            self._rebuild_unfinished()
            return
        backup = backups.make(self.path, migrate.upgrade_reason(revision))
        try:
            migrate.upgrade(self.engine)
        except DatabaseError as error:
            # One transaction: nothing of this attempt stayed. A schema that refuses its
            # own next step was left half-upgraded by an older Curator, whose upgrades
            # were not one transaction; it wrote a backup first, which we upgrade instead.
            backup.unlink(missing_ok=True)  # a copy of the half-upgraded file: repair keeps one
            backup = self._repair_from_backup(revision, error)
        self.backup, self.upgraded_from = backup, revision

    def _rebuild_unfinished(self) -> None:
        with self.engine.connect() as connection:
            rows = migrate.user_rows(connection)
        if rows:
            raise ProjectError(translate("project", "{path}: this project is damaged (its schema version is "
                                         "missing); open its automatic backup, or File → Check and Repair Project")
                               .format(path=self.path))
        self.engine.dispose()
        _replace_with(self.path, _build)

    def _repair_from_backup(self, revision: str, error: Exception) -> Path:
        found = migrate.backups_before_upgrade(self.path, revision)
        if not found:
            raise ProjectError(translate("project", "{path}: this project was left half-upgraded and no backup of "
                                         "it was found ({reason})").format(path=self.path, reason=_reason(error))
                               ) from error
        source = found[-1]

        def rebuild(temporary: Path) -> None:
            migrate.backup(source, temporary)
            engine = make_engine(temporary)
            try:
                migrate.upgrade(engine)
            finally:
                engine.dispose()

        self.engine.dispose()
        damaged = self.path.with_name(f"{self.path.name}.half-upgraded-{_stamp()}")
        migrate.backup(self.path, damaged)  # kept, in case anything in it is wanted
        _replace_with(self.path, rebuild)
        self.repaired_from = source
        return source

    @property
    def schema_version(self) -> str | None:
        with self.engine.connect() as connection:
            return migrate.current_revision(connection)

    def back_up_if_due(self) -> Path | None:
        """The daily automatic backup, when none was made in the last day and the
        project holds anything; the path of the copy, or None."""
        if self.read_only or not backups.due(self.path):
            return None
        with self.engine.connect() as connection:
            if not migrate.user_rows(connection):
                return None
        try:
            return backups.make(self.path, backups.DAILY)
        except OSError as error:
            raise ProjectError(problem(backups.folder_of(self.path), error, translate("project", "no backup was made"))) from error

    def checkpoint(self) -> bool:
        """Copy everything committed into the project file itself, without waiting for
        readers; True when the file alone now holds every edit."""
        with self.sqlite() as connection:
            return _checkpoint(connection, "PASSIVE")

    def close(self) -> None:
        """Close the project, leaving one complete file: the write-ahead log is
        checkpointed and emptied (unless another program is reading it)."""
        try:
            if not self.read_only:
                with self.sqlite() as connection:
                    connection.execute("PRAGMA busy_timeout=1000")
                    _checkpoint(connection, "TRUNCATE")
        except (sqlite3.Error, DatabaseError, OSError):
            pass  # damaged or gone: nothing more to save; the next open says why
        if self._keeper is not None:
            self._keeper.close()
            self._keeper = None
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

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
        if self.read_only:
            raise ProjectError(translate("project", "{name} is open read-only (another Curator is editing it); "
                                         "nothing was changed").format(name=self.path.name))
        with write_connection(self.engine) as connection:
            with connection.begin():
                writer = Writer(connection, operation, self.author)
                yield writer
                writer.flush_history()
            _checkpoint(connection.connection.driver_connection, "PASSIVE")

    @contextmanager
    def sqlite(self) -> Iterator[sqlite3.Connection]:
        """The driver's own connection, outside any transaction: for what SQLite does
        only there (VACUUM INTO, checkpoints, the backup API, integrity checks)."""
        raw = self.engine.raw_connection()
        try:
            yield raw.driver_connection
        finally:
            raw.close()

    def check(self, changes: Changes) -> None:
        """Raise :class:`StaleChange` (in words) if :meth:`apply` would refuse ``changes``
        now; writes nothing."""
        with self.engine.connect() as connection, connection.begin():
            Writer(connection, changes.operation, self.author).check(changes)

    def apply(self, changes: Changes) -> Changes:
        """Bring the rows to the ``after`` state of ``changes`` (undo passes an inverse)."""
        with self.write(changes.operation) as writer:
            writer.apply(changes)
        return writer.changes
