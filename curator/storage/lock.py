"""One Curator writes to a project at a time.

Opening a project for writing takes an operating-system lock on a small file beside it
(``.NAME.lock``, ``flock`` or ``msvcrt.locking``) and writes into it who holds it and
since when. The operating system releases the lock when the process ends, however it
ends, so a crash never leaves a stale lock: the next Curator takes it over. A second
Curator is told who has the project open and may open it read-only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from curator.errors import ProjectError
from curator.files import problem
from curator.i18n import translate


@dataclass(frozen=True)
class Holder:
    who: str
    host: str
    pid: int
    since: datetime

    def describe(self) -> str:
        local = self.since.astimezone()
        return f"{self.who or 'someone'} on {self.host or 'another computer'} since {local:%Y-%m-%d %H:%M}"


class ProjectInUse(ProjectError):
    """Another Curator has the project open for writing."""

    def __init__(self, path: Path, holder: Holder | None) -> None:
        by = holder.describe() if holder else "another Curator"
        super().__init__(f"{path}: this project is open in another Curator ({by}); "
                         "close it there, or open this one read-only")
        self.path, self.holder = path, holder


def lock_path(path: Path) -> Path:
    name = f".{path.name}.lock"
    if len(name.encode("utf-8")) > 250:  # a long name: the lock's own name must still fit
        name = f".curator-lock-{hashlib.sha256(path.name.encode('utf-8')).hexdigest()[:32]}"
    return path.with_name(name)


def _try_lock(descriptor: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _still_there(file: Path, descriptor: int) -> bool:
    """The locked file is the one at its name (not one unlinked meanwhile)."""
    try:
        return os.path.samestat(os.fstat(descriptor), os.stat(file))
    except OSError:
        return False


def _read_holder(path: Path) -> Holder | None:
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return Holder(str(data["who"]), str(data["host"]), int(data["pid"]), datetime.fromisoformat(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class WriteLock:
    """Held while a project is open for writing; :meth:`release` when it closes."""

    def __init__(self, path: Path, who: str) -> None:
        self.path = path
        self._file = lock_path(path)
        while True:
            try:
                descriptor = os.open(self._file, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as error:
                doing = translate("project", "the project cannot be opened for writing")
                raise ProjectError(problem(path.parent, error, doing)) from error
            if not _try_lock(descriptor):
                os.close(descriptor)
                raise ProjectInUse(path, _read_holder(path))
            if _still_there(self._file, descriptor):
                break
            os.close(descriptor)  # locked a file its holder removed as we opened it: again
        self._descriptor: int | None = descriptor
        record = {"who": who, "host": socket.gethostname(), "pid": os.getpid(),
                  "since": datetime.now(UTC).isoformat(timespec="seconds")}
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        os.ftruncate(descriptor, 0)
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.write(descriptor, data)

    def release(self) -> None:
        if self._descriptor is None:
            return
        descriptor, self._descriptor = self._descriptor, None
        with contextlib.suppress(OSError):
            self._file.unlink(missing_ok=True)  # before unlocking: a newcomer locks a fresh file
        os.close(descriptor)  # releases the lock
