"""Importing source documents (.txt, .md, .html, .pdf, .docx) into a project.

:func:`extract_file` turns one file into text and metadata and touches no database,
so it can run anywhere; :func:`import_paths` stores the results, one transaction per
document, and reports every file: imported, skipped as a duplicate, or failed with a
one-line reason. A failure never changes what is already stored.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

from sqlalchemy import select

from curator.errors import Cancelled, ImportProblem
from curator.importers.docx import extract_docx
from curator.importers.extracted import MAX_TEXT_CHARS, Extracted
from curator.importers.files import expand, read_source
from curator.importers.html import extract_html
from curator.importers.pdf import extract_pdf
from curator.importers.plaintext import extract_text
from curator.jobs import CancelCheck, Progress, never_cancelled, no_progress
from curator.models import Document, utcnow
from curator.normalise import sha256_bytes, sha256_text
from curator.storage import Changes, Project

log = logging.getLogger(__name__)

IMPORTED, DUPLICATE, FAILED = "imported", "duplicate", "failed"


@dataclass
class FileResult:
    path: Path
    status: str
    message: str = ""
    document_id: UUID | None = None
    title: str = ""
    changes: Changes | None = None


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    changes: Changes = field(default_factory=lambda: Changes("Import documents"))
    cancelled: bool = False

    def _with(self, status: str) -> list[FileResult]:
        return [result for result in self.results if result.status == status]

    @property
    def imported(self) -> list[FileResult]:
        return self._with(IMPORTED)

    @property
    def duplicates(self) -> list[FileResult]:
        return self._with(DUPLICATE)

    @property
    def failed(self) -> list[FileResult]:
        return self._with(FAILED)

    def summary(self) -> str:
        text = (
            f"{len(self.imported)} imported, {len(self.duplicates)} skipped as duplicate, "
            f"{len(self.failed)} failed"
        )
        return text + (" (cancelled)" if self.cancelled else "")


def extract_bytes(data: bytes, path: Path) -> Extracted:
    suffix = path.suffix.lower()
    name = str(path)
    if suffix in (".html", ".htm"):
        found = extract_html(data, name)
    elif suffix == ".pdf":
        found = extract_pdf(data, name)
    elif suffix == ".docx":
        found = extract_docx(data, name)
    else:
        found = extract_text(data, name, markdown=suffix in (".md", ".markdown"))
    if len(found.text) > MAX_TEXT_CHARS:
        raise ImportProblem(f"{name}: the text is too long to import ({len(found.text):,} characters)")
    if not found.title:
        found.title = path.stem
    return found


def extract_file(path: Path) -> tuple[bytes, Extracted]:
    data = read_source(path)
    return data, extract_bytes(data, path)


def _document_row(path: Path, data: bytes, found: Extracted, original_sha256: str) -> dict:
    return {
        "title": found.title, "outlet": found.outlet, "authors": found.authors, "url": found.url,
        "published": found.published, "published_precision": found.precision,
        "language": found.language, "text": found.text, "text_sha256": sha256_text(found.text),
        "original": data, "original_name": path.name, "media_type": found.media_type,
        "original_sha256": original_sha256, "imported_at": utcnow(),
    }


def _existing_title(project: Project, original_sha256: str) -> str | None:
    t = Document.__table__
    with project.engine.connect() as connection:
        return connection.execute(select(t.c.title).where(t.c.original_sha256 == original_sha256)).scalar()


def import_file(project: Project, path: Path) -> FileResult:
    """Import one file; every expected problem becomes a failed result, never an exception."""
    try:
        data = read_source(path)
        digest = sha256_bytes(data)
        title = _existing_title(project, digest)
        if title is not None:
            return FileResult(path, DUPLICATE, f"{path}: already in the project as “{title}”")
        found = extract_bytes(data, path)
        with project.write("Import document") as writer:
            (document_id,) = writer.insert_many("document", [_document_row(path, data, found, digest)])
        return FileResult(path, IMPORTED, document_id=document_id, title=found.title, changes=writer.changes)
    except ImportProblem as problem:
        return FileResult(path, FAILED, str(problem))
    except MemoryError:
        return FileResult(path, FAILED, f"{path}: too large to import (out of memory)")
    except Exception as error:  # an importer library failed on unexpected input
        log.exception("import of %s failed", path)
        return FileResult(path, FAILED, f"{path}: cannot be imported ({type(error).__name__}: {error})")


def import_paths(
    project: Project,
    paths: Iterable[str | Path],
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> ImportReport:
    """Import files and folders; carries on past bad files and reports every one."""
    report = ImportReport()
    todo = expand(paths)
    for index, (path, problem) in enumerate(todo):
        if cancelled():
            report.cancelled = True
            break
        progress(index, len(todo), str(path))
        if problem is not None:
            report.results.append(FileResult(path, FAILED, problem))
            continue
        result = import_file(project, path)
        report.results.append(result)
        if result.changes is not None:
            report.changes.rows.extend(result.changes.rows)
    else:
        progress(len(todo), len(todo), "")
    return report


__all__ = ["Cancelled", "FileResult", "ImportReport", "extract_file", "import_file", "import_paths"]
