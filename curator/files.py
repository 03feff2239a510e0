"""Files are whole or absent: everything Curator writes goes to a temporary name
beside its final one, is flushed and synced, then renamed into place (and the folder
synced, so the rename itself survives a power cut). A failure or a kill leaves the
previous file, or none, never a cut one; the temporary is removed on failure.
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from curator.i18n import translate

#: Temporaries start with this, so that a leftover from a killed process is recognised.
TEMPORARY_PREFIX = ".curator-part-"


def temporary_beside(path: Path) -> Path:
    """A fresh name in the same folder (so the rename stays on one file system), that
    ends as ``path`` does (tools read the format from it) and fits the 255 bytes most
    file systems allow, however long ``path``'s own name is."""
    head = f"{TEMPORARY_PREFIX}{uuid.uuid4().hex[:12]}-"
    tail = path.name
    while len((head + tail).encode("utf-8")) > 240:
        tail = tail[1:]
    return path.with_name(head + tail)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows: folders cannot be opened; NTFS journals renames itself
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def sync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def put_in_place(temporary: Path, path: Path) -> None:
    """Sync ``temporary`` (written by someone else: SQLite, Qt) and rename it to ``path``."""
    try:
        sync_file(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


@contextlib.contextmanager
def built_beside(path: Path) -> Iterator[Path]:
    """A temporary path to build ``path`` at (by any means); renamed into place when the
    block ends without error, removed when it fails."""
    temporary = temporary_beside(path)
    try:
        yield temporary
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    put_in_place(temporary, path)


class Batch:
    """Several files that appear together: each is built at :meth:`path`'s temporary,
    and all are renamed into place only when every one is complete."""

    def __init__(self) -> None:
        self.pending: list[tuple[Path, Path]] = []

    def path(self, final: Path) -> Path:
        temporary = temporary_beside(final)
        self.pending.append((temporary, final))
        return temporary


@contextlib.contextmanager
def built_together() -> Iterator[Batch]:
    batch = Batch()
    try:
        yield batch
        for temporary, _final in batch.pending:
            sync_file(temporary)
    except BaseException:
        for temporary, _final in batch.pending:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, final in batch.pending:
        os.replace(temporary, final)
    for folder in {final.parent for _temporary, final in batch.pending}:
        sync_folder(folder)


def problem(path: Path, error: OSError, doing: str | None = None) -> str:
    """One line for the user about a failed write near ``path``; ``doing``: what it
    meant for the user's work (translated), "nothing was written" when not given."""
    doing = doing if doing is not None else translate("files", "nothing was written")
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("files", "The disk holding {path} is full; {doing}.").format(path=path, doing=doing)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("files", "{path}: Curator may not write here ({reason}); {doing}.").format(
            path=path, reason=error.strerror, doing=doing)
    if error.errno == errno.ENAMETOOLONG:
        return translate("files", "{path}: the file name is too long for this disk; {doing}.").format(
            path=path, doing=doing)
    return f"{path}: {error.strerror or error}; {doing}."


@contextlib.contextmanager
def replacing(path: Path, mode: str = "w", **open_args: Any) -> Iterator[IO]:
    """``open(path, mode)``, but the file appears at ``path`` only once complete."""
    if "w" not in mode:
        raise ValueError("replacing() writes a new file: use a 'w' mode")
    temporary = temporary_beside(path)
    try:
        with temporary.open(mode, **open_args) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    with replacing(path, "w", encoding=encoding, newline="") as handle:
        handle.write(text)
    return path


def write_bytes(path: Path, data: bytes) -> Path:
    with replacing(path, "wb") as handle:
        handle.write(data)
    return path
