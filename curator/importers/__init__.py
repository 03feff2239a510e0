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

from curator import queries
from curator.errors import Cancelled, CuratorError, ImportProblem, ProjectError
from curator.formats import CURATOR_EXPORT_SUFFIX, EXCHANGE_SUFFIXES, QDPX_SUFFIX
from curator.i18n import QT_TRANSLATE_NOOP, translate
from curator.importers.docx import extract_docx
from curator.importers.extracted import MAX_TEXT_CHARS, Extracted
from curator.importers.files import FORMATS, expand, read_source
from curator.importers.html import extract_html
from curator.importers.pdf import extract_pdf
from curator.importers.plaintext import extract_text
from curator.jobs import CancelCheck, Progress, never_cancelled, no_progress
from curator.models import utcnow
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
    #: Imported, but the article found is a small part of its page (see :attr:`notice`).
    partial_page: bool = False

    @property
    def notice(self) -> str:
        """What the curator should know of an imported file, or ""."""
        if not self.partial_page:
            return ""
        return translate("import", "{path}: the article found is a small part of the page (a caption or a teaser?); "
                                   "the whole page can be kept instead").format(path=self.path)


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    changes: Changes = field(default_factory=lambda: Changes("Import documents"))
    cancelled: bool = False
    #: Why the import stopped before the end: the project itself refused (a full disk,
    #: another program holding it); nothing of the file it was on was stored.
    stopped: str = ""

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

    @property
    def partial_pages(self) -> list[FileResult]:
        return [result for result in self.imported if result.partial_page]

    @property
    def complete(self) -> bool:
        """Every file was imported or skipped as a duplicate."""
        return not self.failed and not self.stopped

    def summary(self) -> str:
        text = translate("import", "{imported} imported, {duplicates} skipped as duplicate, {failed} failed").format(
            imported=len(self.imported), duplicates=len(self.duplicates), failed=len(self.failed))
        if self.stopped:
            return translate("import", "{summary}; stopped: {reason}").format(summary=text, reason=self.stopped)
        return translate("import", "{summary} (cancelled)").format(summary=text) if self.cancelled else text


#: The extractor of each kind of :data:`~curator.importers.files.FORMATS` but plain text and HTML.
_EXTRACTORS = {"pdf": extract_pdf, "docx": extract_docx}


def extract_bytes(data: bytes, path: Path, whole_page: bool = False) -> Extracted:
    """``whole_page``: of a web page, keep the rest of the page after the article."""
    kind = FORMATS.get(path.suffix.lower(), "text")
    name = str(path)
    if kind == "html":
        found = extract_html(data, name, whole_page)
    elif kind in _EXTRACTORS:
        found = _EXTRACTORS[kind](data, name)
    else:
        found = extract_text(data, name, markdown=kind == "markdown")
    if len(found.text) > MAX_TEXT_CHARS:
        raise ImportProblem(translate("import", "{name}: the text is too long to import ({characters:,} characters)")
            .format(name=name, characters=len(found.text)))
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


class _AlreadyThere(Exception):
    def __init__(self, title: str) -> None:
        self.title = title


def import_file(project: Project, path: Path, whole_page: bool = False) -> FileResult:
    """Import one file; every problem with the file becomes a failed result, never an
    exception. A problem of the project itself (:class:`ProjectError`: a full disk,
    another program holding it) is raised: the next file would meet it too."""
    try:
        data = read_source(path)
        digest = sha256_bytes(data)
        with project.engine.connect() as connection:  # quick: no extraction for a known file
            title = queries.title_of_original(connection, digest)
        if title is not None:
            raise _AlreadyThere(title)
        found = extract_bytes(data, path, whole_page)
        with project.write(QT_TRANSLATE_NOOP("operations", "Import document")) as writer:
            # Again inside the transaction, which holds the write lock: a second import
            # of the same file that raced this one is a duplicate, not a failure.
            title = queries.title_of_original(writer.connection, digest)
            if title is not None:
                raise _AlreadyThere(title)
            (document_id,) = writer.insert_many("document", [_document_row(path, data, found, digest)])
        return FileResult(path, IMPORTED, document_id=document_id, title=found.title, changes=writer.changes,
                          partial_page=found.partial_page)
    except _AlreadyThere as there:
        return FileResult(path, DUPLICATE, translate("import", "{path}: already in the project as “{title}”")
            .format(path=path, title=there.title))
    except ProjectError:
        raise
    except ImportProblem as problem:
        return FileResult(path, FAILED, str(problem))
    except MemoryError:
        return FileResult(path, FAILED, translate("import", "{path}: too large to import (out of memory)")
            .format(path=path))
    except Exception as error:  # an importer library failed on unexpected input
        log.exception("import of %s failed", path)
        return FileResult(path, FAILED, translate("import", "{path}: cannot be imported ({kind}: {error})")
            .format(path=path, kind=type(error).__name__, error=error))


def import_export_file(project: Project, path: Path) -> FileResult:
    """Curator's own JSON export or a REFI-QDA project (one of
    :data:`~curator.formats.EXCHANGE_SUFFIXES`), merged in (curatorjson.py, qdpx.py): a
    failed result with one line when it cannot be."""
    from curator.importers.curatorjson import import_export
    from curator.importers.qdpx import import_qdpx

    importer = {CURATOR_EXPORT_SUFFIX: import_export, QDPX_SUFFIX: import_qdpx}[path.suffix.lower()]
    try:
        merged = importer(project, path)
    except ProjectError:
        raise
    except CuratorError as problem:
        return FileResult(path, FAILED, str(problem))
    return FileResult(path, IMPORTED, merged.summary(), title=merged.summary(), changes=merged.changes)


def import_paths(
    project: Project,
    paths: Iterable[str | Path],
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    whole_page: bool = False,
) -> ImportReport:
    """Import files and folders; carries on past bad files and reports every one.
    ``whole_page``: keep the rest of each web page after its article."""
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
        try:
            exchanged = path.suffix.lower() in EXCHANGE_SUFFIXES
            result = import_export_file(project, path) if exchanged else import_file(project, path, whole_page)
        except ProjectError as error:
            report.stopped = str(error)
            break
        report.results.append(result)
        if result.changes is not None:
            report.changes.rows.extend(result.changes.rows)
    else:
        progress(len(todo), len(todo), "")
    return report


def keep_whole_page(project: Project, document_id: UUID) -> Changes:
    """Of a web page imported as its article only, keep the rest of the page too (after
    the article, under a line that says so): an edit like any other, undoable. Refused
    once the text is cited (the spans are anchored to it) or when it is not a web page."""
    from sqlalchemy import select

    from curator.models import Document, Span

    documents, spans = Document.__table__, Span.__table__
    with project.write(QT_TRANSLATE_NOOP("operations", "Keep the whole page")) as writer:
        document = writer.require("document", document_id)
        name = document["title"] or document["original_name"]
        if FORMATS.get(Path(document["original_name"]).suffix.lower()) != "html":
            raise ImportProblem(translate("import", "“{name}” is not a web page").format(name=name))
        if writer.connection.execute(select(spans.c.id).where(spans.c.document_id == document_id).limit(1)).first():
            raise ImportProblem(translate("import", "“{name}” already has evidence marked in its text, which the "
                                                    "whole page would move: remove it first").format(name=name))
        original = writer.connection.execute(
            select(documents.c.original).where(documents.c.id == document_id)).scalar()
        if not original:
            raise ImportProblem(translate("import", "“{name}”: its original file is not in the project")
                                .format(name=name))
        found = extract_bytes(original, Path(document["original_name"]), whole_page=True)
        writer.update("document", document_id, {"text": found.text, "text_sha256": sha256_text(found.text)})
    return writer.changes


__all__ = ["Cancelled", "FileResult", "ImportReport", "extract_file", "import_file", "import_paths", "keep_whole_page"]
