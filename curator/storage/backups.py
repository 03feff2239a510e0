"""Automatic backups a volunteer can find and restore.

Curator copies a project (with SQLite's backup API, so the project stays usable) into
a visible folder beside it, ``NAME backups/``: when it is opened (at most once a day),
and before every upgrade and merge. Old copies are thinned by a rule: every copy of the
last day, then the newest of each of the last 7 days, then the newest of each of the 4
weeks before. A copy is restored as a new file; the project itself is never overwritten.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from curator.files import built_beside
from curator.i18n import translate

#: How a copy is named: ``NAME YYYY-MM-DD HHMMSS REASON.curator`` (UTC).
_NAME = re.compile(r"^(?P<stem>.+) (?P<when>\d{4}-\d\d-\d\d \d{6})(?:-(?P<n>\d+))? (?P<reason>[a-z0-9 .-]+)\.curator$")
#: Why a copy was made (part of its file name).
DAILY = "daily"
BEFORE_MERGE = "before merge"
BEFORE_REPAIR = "before repair"
KEEP_ALL = timedelta(days=1)
KEEP_DAYS = 7
KEEP_WEEKS = 4


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    reason: str
    documents: int | None = None
    claims: int | None = None
    #: 1 for the first copy of a second, 2, 3 … for later ones made in the same second.
    sequence: int = 1


def _stem(project_path: Path) -> str:
    """The project's name as backups carry it: cut to fit with a date and a reason."""
    stem = project_path.stem
    while len(stem.encode("utf-8")) > 150:
        stem = stem[:-1]
    return stem


def folder_of(project_path: Path) -> Path:
    return project_path.with_name(f"{_stem(project_path)} backups")


def copy_database(source: Path, target: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """A consistent copy of a live project through SQLite's backup API, whole at
    ``target`` or absent; the copy is one file (no -wal beside it).

    Without ``progress`` (the daily backup, the copy before an upgrade) in one step:
    SQLite starts a copy made in steps again whenever another connection writes
    between them, so a backup of a large project made while the curator imports might
    never end, and one step is three times as fast (4 s for 2.2 GB here, 12 s in steps
    of 256 pages). The project stays writable meanwhile (write-ahead log)."""
    with built_beside(target) as temporary:
        reader = sqlite3.connect(source)
        try:
            writer = sqlite3.connect(temporary)
            try:
                def step(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(total - remaining, total)

                reader.backup(writer, pages=-1 if progress is None else 4096, progress=step)
                writer.execute("PRAGMA journal_mode=DELETE")
            finally:
                writer.close()
        finally:
            reader.close()
    return target


def make(project_path: Path, reason: str, now: datetime | None = None) -> Path:
    """Back the project up now, then thin the folder by the rule."""
    now = now or datetime.now(UTC)
    folder = folder_of(project_path)
    folder.mkdir(exist_ok=True)
    # Several in one second (whatever their reasons) are numbered, so they sort in the
    # order they were made and none is ever written over.
    second = now.replace(microsecond=0)
    n = 1 + max((b.sequence for b in listed(project_path) if b.made == second), default=0)
    target = folder / f"{_stem(project_path)} {now:%Y-%m-%d %H%M%S}{'' if n == 1 else f'-{n}'} {reason}.curator"
    copy_database(project_path, target)
    thin(project_path, now)
    return target


def listed(project_path: Path, counts: bool = False) -> list[Backup]:
    """The project's backups, newest first; ``counts`` reads each one's documents and claims."""
    found = []
    folder = folder_of(project_path)
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or match["stem"] != _stem(project_path):
            continue
        made = datetime.strptime(match["when"], "%Y-%m-%d %H%M%S").replace(tzinfo=UTC)
        documents = claims = None
        if counts:
            documents, claims = _counts(path)
        found.append(Backup(path, made, match["reason"], documents, claims, int(match["n"] or 1)))
    return sorted(found, key=lambda b: (b.made, b.sequence), reverse=True)


def _counts(path: Path) -> tuple[int | None, int | None]:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return (connection.execute("SELECT count(*) FROM document").fetchone()[0],
                    connection.execute("SELECT count(*) FROM claim").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return None, None


def due(project_path: Path, now: datetime | None = None) -> bool:
    """Whether the daily backup is due: none made in the last day."""
    now = now or datetime.now(UTC)
    return not any(now - b.made < KEEP_ALL for b in listed(project_path))


def thin(project_path: Path, now: datetime | None = None) -> list[Path]:
    """Remove the copies the rule does not keep; returns them."""
    now = now or datetime.now(UTC)
    keep: set[Path] = set()
    days: dict[object, Path] = {}
    weeks: dict[object, Path] = {}
    for backup in listed(project_path):  # newest first: the first of each day or week stays
        age = now - backup.made
        if age < KEEP_ALL:
            keep.add(backup.path)
        elif age < timedelta(days=KEEP_DAYS):
            days.setdefault(backup.made.date(), backup.path)
        elif age < timedelta(days=KEEP_DAYS + 7 * KEEP_WEEKS):
            weeks.setdefault(backup.made.isocalendar()[:2], backup.path)
    keep |= set(days.values()) | set(weeks.values())
    removed = []
    for backup in listed(project_path):
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def restore(backup: Path, target: Path) -> Path:
    """The backup as a new project at ``target``; never over an existing file."""
    if target.exists():
        from curator.errors import ProjectError

        raise ProjectError(translate("project", "{target}: a file of that name exists already; choose another name")
            .format(target=target))
    return copy_database(backup, target)
