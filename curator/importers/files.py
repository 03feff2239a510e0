"""Which files an import takes, and reading one of them safely."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

from curator.errors import ImportProblem
from curator.formats import CONTAINER_KINDS, FORMATS, MAIN_SUFFIXES, SUFFIXES, TEXT_SUFFIXES  # noqa: F401
from curator.i18n import QT_TRANSLATE_NOOP, translate
from curator.importers.extracted import MAX_CONTAINER_BYTES, MAX_TEXT_BYTES, megabytes
from curator.storage.engine import SQLITE_HEADER

_MAGIC = (
    (b"%PDF-", QT_TRANSLATE_NOOP("import", "a PDF document")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("import", "a zip archive (a .docx?)")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("import", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("import", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("import", "a GIF image")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("import", "a program")),
    (b"MZ", QT_TRANSLATE_NOOP("import", "a Windows program")),
    (SQLITE_HEADER, QT_TRANSLATE_NOOP("import", "an SQLite database")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("import", "an old Office document (.doc/.xls): save it as .docx")),
)
#: What a .pdf and a .docx file must start as.
_EXPECTED = {".pdf": b"%PDF-", ".docx": b"PK\x03\x04"}


def _magic(head: bytes) -> bytes | None:
    return next((magic for magic, _what in _MAGIC if head.startswith(magic)), None)


def describe_magic(head: bytes) -> str | None:
    """What a file's first bytes say it is, in the curator's language."""
    found = _magic(head)
    return translate("import", dict(_MAGIC)[found]) if found is not None else None


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
                found.append((path, translate("import", "{path}: a symbolic link that loops; skipped").format(
                    path=path)))
            elif error.errno == errno.ENOENT:
                found.append((path, translate("import", "{path}: no such file or folder").format(path=path)))
            else:
                found.append((path, translate("import", "{path}: cannot be read ({reason})").format(
                    path=path, reason=error.strerror or error)))
            return
        if is_dir:
            if real in seen_dirs:
                found.append((path, translate("import", "{path}: a link back into a folder already imported (a link "
                                                        "loop); skipped").format(path=path)))
                return
            seen_dirs.add(real)
            try:
                children = sorted(os.scandir(path), key=lambda entry: entry.name)
            except OSError as error:
                found.append((path, translate("import", "{path}: cannot list the folder ({reason})").format(
                    path=path, reason=error.strerror)))
                return
            before = len(found)
            for child in children:
                if child.name.startswith("."):
                    continue
                child_path = Path(child.path)
                if child.is_dir() or child_path.suffix.lower() in SUFFIXES or child.is_symlink():
                    visit(child_path, explicit=False)
            if explicit and len(found) == before:
                found.append((path, translate("import", "{path}: the folder holds no files Curator can import").format(
                    path=path)))
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
        raise ImportProblem(translate("import", "{path}: unsupported file type '{suffix}' (Curator imports {kinds})")
            .format(path=path, suffix=suffix or translate("import", "(none)"), kinds=kinds))
    try:
        size = path.stat().st_size
        limit = MAX_TEXT_BYTES if suffix in TEXT_SUFFIXES else MAX_CONTAINER_BYTES
        if size > limit:
            raise ImportProblem(translate("import", "{path}: too large to import ({size}; the limit is {limit})")
                .format(path=path, size=megabytes(size), limit=megabytes(limit)))
        if size == 0:
            raise ImportProblem(translate("import", "{path}: empty file").format(path=path))
        data = path.read_bytes()
    except PermissionError as error:
        raise ImportProblem(translate("import", "{path}: cannot be read (permission denied)")
            .format(path=path)) from error
    except IsADirectoryError as error:
        raise ImportProblem(translate("import", "{path}: is a folder, not a file").format(path=path)) from error
    except OSError as error:
        raise ImportProblem(translate("import", "{path}: cannot be read ({reason})")
            .format(path=path, reason=error.strerror or error)) from error
    magic = describe_magic(data[:16])
    expected = _EXPECTED.get(suffix)
    if expected and _magic(data[:16]) != expected:
        raise ImportProblem(translate("import", "{path}: not a real {suffix} file (its content is {content})")
            .format(path=path, suffix=suffix, content=magic or translate("import", "something else")))
    if not expected and magic:
        raise ImportProblem(translate("import", "{path}: binary file, not text: it is {magic}")
            .format(path=path, magic=magic))
    return data
