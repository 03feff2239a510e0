"""Which files an import takes, and reading one of them safely."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

from curator.errors import ImportProblem
from curator.formats import CONTAINER_KINDS, FORMATS, MAIN_SUFFIXES, SUFFIXES, TEXT_SUFFIXES  # noqa: F401
from curator.importers.extracted import MAX_CONTAINER_BYTES, MAX_TEXT_BYTES, megabytes
from curator.storage.engine import SQLITE_HEADER

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (a .docx?)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (SQLITE_HEADER, "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls): save it as .docx"),
)


def describe_magic(head: bytes) -> str | None:
    return next((what for magic, what in _MAGIC if head.startswith(magic)), None)


def expand(paths: Iterable[str | Path]) -> list[tuple[Path, str | None]]:
    """Files to import, in order: (path, None) to import, (path, problem) to report.

    Folders are walked (sorted, hidden files skipped); a link that loops, or a folder
    reached twice through links, is reported instead of followed forever.
    """
    found: list[tuple[Path, str | None]] = []
    seen_dirs: set[str] = set()
    seen_files: set[str] = set()

    def visit(path: Path, explicit: bool) -> None:
        try:
            real = os.path.realpath(path, strict=True)
            is_dir = os.path.isdir(real)
        except OSError as error:
            if error.errno == errno.ELOOP:
                found.append((path, f"{path}: a symbolic link that loops; skipped"))
            else:
                found.append((path, f"{path}: {error.strerror.lower() if error.strerror else 'cannot be read'}"))
            return
        if is_dir:
            if real in seen_dirs:
                found.append((path, f"{path}: a link back into a folder already imported (a link loop); skipped"))
                return
            seen_dirs.add(real)
            try:
                children = sorted(os.scandir(path), key=lambda entry: entry.name)
            except OSError as error:
                found.append((path, f"{path}: cannot list the folder ({error.strerror})"))
                return
            before = len(found)
            for child in children:
                if child.name.startswith("."):
                    continue
                child_path = Path(child.path)
                if child.is_dir() or child_path.suffix.lower() in SUFFIXES or child.is_symlink():
                    visit(child_path, explicit=False)
            if explicit and len(found) == before:
                found.append((path, f"{path}: the folder holds no files Curator can import"))
            return
        if not explicit and path.suffix.lower() not in SUFFIXES:
            return
        if real in seen_files:
            return
        seen_files.add(real)
        found.append((path, None))

    for path in paths:
        visit(Path(path), explicit=True)
    return found


def read_source(path: Path) -> bytes:
    """The bytes of one source file, after checks of its name and size."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        kinds = ", ".join(MAIN_SUFFIXES)
        raise ImportProblem(f"{path}: unsupported file type '{suffix or '(none)'}' (Curator imports {kinds})")
    try:
        size = path.stat().st_size
        limit = MAX_TEXT_BYTES if suffix in TEXT_SUFFIXES else MAX_CONTAINER_BYTES
        if size > limit:
            raise ImportProblem(f"{path}: too large to import ({megabytes(size)}; the limit is {megabytes(limit)})")
        if size == 0:
            raise ImportProblem(f"{path}: empty file")
        data = path.read_bytes()
    except PermissionError as error:
        raise ImportProblem(f"{path}: cannot be read (permission denied)") from error
    except IsADirectoryError as error:
        raise ImportProblem(f"{path}: is a folder, not a file") from error
    except OSError as error:
        raise ImportProblem(f"{path}: cannot be read ({error.strerror or error})") from error
    magic = describe_magic(data[:16])
    expected = {".pdf": "a PDF document", ".docx": "a zip archive (a .docx?)"}.get(suffix)
    if expected and magic != expected:
        raise ImportProblem(f"{path}: not a real {suffix} file (its content is {magic or 'something else'})")
    if not expected and magic:
        raise ImportProblem(f"{path}: binary file, not text: it is {magic}")
    return data
