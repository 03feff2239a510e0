"""Curator's own JSON export read back: its documents, spans, claims, evidence and
vocabulary, with their ids, times and authors, merged into a project as a volunteer's
project would be (curator/merge.py: matched by id and by text, conflicts settled and
reported, one transaction, a backup first).

The export is first written into a private project of its own, exactly as it was
exported; the merge then does the rest, so a JSON export and a project file come in by
one path. An export made without the documents' texts can come in only where the
project already holds those documents (matched by id or by the SHA-256 of their text).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import Date, select

from curator.errors import ImportProblem
from curator.exports.dataset import EXPORT_SCHEMA_VERSION
from curator.exports.jsondocs import SCHEMA_URN
from curator.i18n import Messages, translate
from curator.jobs import CancelCheck, Progress, never_cancelled, no_progress
from curator.merge import MergeReport, merge
from curator.models import Claim, Document, Evidence, Span, Term
from curator.storage import Project

#: The export's lists, the table each goes into, in an order that keeps references whole.
_TABLES = (("documents", Document), ("vocabulary", Term), ("spans", Span), ("claims", Claim), ("evidence", Evidence))
#: Largest export read (its JSON is read whole).
MAX_BYTES = 2 * 1024 * 1024 * 1024


def import_export(target: Project, path: Path, progress: Progress = no_progress,
                  cancelled: CancelCheck = never_cancelled) -> MergeReport:
    return import_records(target, path, _read(path), progress, cancelled)


def import_records(target: Project, path: Path, data: dict, progress: Progress = no_progress,
                   cancelled: CancelCheck = never_cancelled) -> MergeReport:
    """Records in the shape of Curator's JSON export (read from ``path``), merged in."""
    folder = Path(tempfile.mkdtemp(prefix="curator-json-"))
    try:
        staged = folder / f"{path.stem}.curator"
        _stage(data, path, target, staged)
        return merge(target, staged, progress, cancelled, named=path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _read(path: Path) -> dict:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportProblem(translate("import", "{path}: too large to import").format(path=path))
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ImportProblem(translate("import", "{path}: cannot be read ({reason})")
                            .format(path=path, reason=error.strerror or error)) from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportProblem(translate("import", "{path}: not a Curator export (not valid JSON: {error})")
                            .format(path=path, error=error)) from error
    if not isinstance(data, dict) or data.get("schema") != SCHEMA_URN:
        raise ImportProblem(translate("import", "{path}: not a Curator export (Curator reads its own JSON "
                                                "exports, schema {schema})").format(path=path, schema=SCHEMA_URN))
    if data.get("schema_version", 0) > EXPORT_SCHEMA_VERSION:
        raise ImportProblem(translate("import", "{path}: made by a newer version of Curator; update Curator to "
                                                "import it").format(path=path))
    return data


def _stage(data: dict, path: Path, target: Project, staged: Path) -> None:
    """The export as a project of its own, every record exactly as exported."""
    documents = data.get("documents") or []
    missing = [d for d in documents if "text" not in d]
    if missing:
        known = _texts(target, missing)
        absent = [d for d in missing if d["id"] not in known]
        if absent:
            raise ImportProblem(Problems().without_text(path, len(absent)))
        for document in missing:
            document["text"] = known[document["id"]]
    with Project.open(staged, create=True, author="") as project, \
            project.write(f"Import {path.name}") as writer:
        for key, model in _TABLES:
            rows = [_row(model, record) for record in data.get(key) or []]
            if rows:
                writer.insert_many(model.__tablename__, rows, stamp=False)


def _texts(target: Project, documents: list[dict]) -> dict[str, str]:
    """The stored texts of these documents, where the project has them (by id or by the
    SHA-256 of their text)."""
    table = Document.__table__
    ids = {d["id"] for d in documents}
    shas = {d.get("text_sha256"): d["id"] for d in documents if d.get("text_sha256")}
    found: dict[str, str] = {}
    with target.engine.connect() as connection:
        for document_id, sha, text in connection.execute(select(table.c.id, table.c.text_sha256, table.c.text)):
            if str(document_id) in ids:
                found[str(document_id)] = text
            elif sha in shas:
                found[shas[sha]] = text
    return found


def _row(model, record: dict) -> dict:
    """An exported record as the table takes it: the model's columns only, dates as dates."""
    table = model.__table__
    row = {}
    for column in table.columns:
        if column.name not in record:
            continue
        value = record[column.name]
        if isinstance(column.type, Date) and isinstance(value, str):
            value = date.fromisoformat(value)
        row[column.name] = value
    return row


class Problems(Messages):
    """Problems that count something."""

    def without_text(self, path: Path, count: int) -> str:
        return self.tr("{path}: the export holds no document texts (it was made without them), and this project "
                       "does not have %n document(s) of it: export again with the texts (Include each document's "
                       "text; --with-text), or import those documents first", "", count).format(path=path)
