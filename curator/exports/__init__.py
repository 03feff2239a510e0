"""Exports of a curated project: SQLite, CSV, JSON, W3C Web Annotations, Frictionless
Data Package. Deterministic: the same project gives the same bytes, apart from the
export time written into JSON and data-package files."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from curator import queries
from curator.errors import CuratorError
from curator.exports import dataset
from curator.exports.database import export_database
from curator.exports.jsondocs import export_annotations, export_json
from curator.exports.qdpx import export_qdpx
from curator.exports.tabular import PLAIN, CsvStyle, export_csv, export_datapackage
from curator.files import problem
from curator.i18n import QT_TRANSLATE_NOOP, translate
from curator.jobs import CancelCheck, Progress, check, never_cancelled, no_progress
from curator.series import series_key
from curator.storage import Project


@dataclass(frozen=True)
class ExportFormat:
    label: str
    #: What the output path names: "file", "file or folder", "folder".
    out: str
    #: The suffix of a suggested file name ("" for a folder).
    suffix: str


#: Every export format, by the name the command line and the export dialog use.
FORMATS = {
    "sqlite": ExportFormat(QT_TRANSLATE_NOOP("export", "Curated database (SQLite)"), "file", ".sqlite"),
    "csv": ExportFormat(QT_TRANSLATE_NOOP("export", "CSV (claims and evidence)"), "file or folder", ".csv"),
    "json": ExportFormat(QT_TRANSLATE_NOOP("export", "JSON (Curator export schema)"), "file", ".json"),
    "annotations": ExportFormat(QT_TRANSLATE_NOOP("export", "W3C Web Annotations (JSON-LD)"), "file", ".jsonld"),
    "datapackage": ExportFormat(QT_TRANSLATE_NOOP("export", "Frictionless Data Package"), "folder", ""),
    "qdpx": ExportFormat(QT_TRANSLATE_NOOP("export", "REFI-QDA project (QualCoder, NVivo, ATLAS.ti, MAXQDA)"),
                         "file", ".qdpx"),
}


@dataclass
class ExportOptions:
    checked_only: bool = False
    originals: bool = True
    #: CSV for a spreadsheet (BOM, the locale's decimal mark and cell separator) instead of plain CSV.
    excel: bool = False
    #: The spreadsheet's locale ('uk_UA', 'de_DE', …); None: the system's.
    locale: str | None = None
    with_text: bool = False
    #: Fixed export time (tests, reproducible archives); default: now.
    exported_at: str | None = None


@dataclass
class ExportReport:
    format: str
    files: list[Path] = field(default_factory=list)
    claims: int = 0
    documents: int = 0

    def summary(self) -> str:
        names = ", ".join(str(f) for f in self.files)
        return translate("export", "Exported {claims} claims from {documents} documents to {files}").format(
            claims=self.claims, documents=self.documents, files=names)


def export(project: Project, fmt: str, out: str | Path, options: ExportOptions | None = None,
           progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled) -> ExportReport:
    if fmt not in FORMATS:
        raise CuratorError(translate("export", "Unknown export format '{fmt}' (one of: {formats})")
            .format(fmt=fmt, formats=', '.join(FORMATS)))
    options = options or ExportOptions()
    out = Path(out).expanduser().absolute()
    if not out.parent.exists():
        raise CuratorError(translate("export", "{parent}: no such folder").format(parent=out.parent))
    exported_at = options.exported_at or datetime.now(UTC).isoformat(timespec="seconds")
    title = project.path.stem
    report = ExportReport(fmt)
    progress(0, 3, translate("export", "Reading the project"))
    counts = dataset.counts(project, options.checked_only)
    report.claims, report.documents = counts
    check(cancelled)
    progress(1, 3, translate("export", "Writing {format}").format(format=translate("export", FORMATS[fmt].label)))
    try:
        if fmt == "sqlite":
            report.files = export_database(project, out, options.checked_only, options.originals)
        elif fmt == "csv":
            style = CsvStyle.spreadsheet(options.locale) if options.excel else PLAIN
            report.files, _ = export_csv(project, out, style, options.checked_only)
        elif fmt == "datapackage":
            report.files, _ = export_datapackage(project, out, title, exported_at, options.checked_only)
        elif fmt == "qdpx":
            data = dataset.read(project, options.checked_only, with_text=True)
            check(cancelled)
            names = queries.canonical_names(project)
            report.files = export_qdpx(data, out, title, exported_at,
                                       lambda claim: series_key(names, claim["subject"], claim["measure"]).label)
        elif fmt == "json":
            records = dataset.json_records(project, options.checked_only, with_text=options.with_text)
            check(cancelled)
            report.files = export_json(records, out, title, exported_at)
        else:
            data = dataset.read(project, options.checked_only)
            check(cancelled)
            report.files = export_annotations(data, out, title, exported_at)
    except OSError as error:
        raise CuratorError(problem(out.parent, error)) from error
    progress(3, 3, "")
    return report
