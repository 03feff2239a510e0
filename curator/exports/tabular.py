"""CSV exports (one row per claim, one per piece of evidence) and the Frictionless
Data Package that describes them (with one row per document besides)."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from curator.enums import Precision, Qualifier, Status
from curator.errors import CuratorError
from curator.exports import fastcsv
from curator.files import Batch, built_together
from curator.i18n import translate
from curator.storage import Project

CLAIM_COLUMNS = [
    ("claim_id", "string", "The claim's UUID"),
    ("subject", "string", "Whose figure (e.g. Azovstal garrison), as typed"),
    ("subject_name", "string", "The vocabulary's name for the subject (empty when it is not in the vocabulary)"),
    ("measure", "string", "What is counted (e.g. in captivity), as typed"),
    ("measure_name", "string", "The vocabulary's name for the measure"),
    ("value", "number", "The figure"),
    ("upper_value", "number", "Upper end of a range"),
    ("qualifier", "string", ", ".join(Qualifier)),
    ("unit", "string", "Unit of the value"),
    ("as_of", "date", "Date the figure holds for (first day of its month or year when less precise)"),
    ("as_of_precision", "string", ", ".join(Precision)),
    ("attributed_to", "string", "Who said it, as typed"),
    ("attributed_to_name", "string", "The vocabulary's name for the person who said it"),
    ("reported_by", "string", "Which outlet reported it, as typed"),
    ("reported_by_name", "string", "The vocabulary's name for the outlet"),
    ("status", "string", ", ".join(Status)),
    ("note", "string", "The curator's note"),
    ("tags", "string", "Tags, separated by '; '"),
    ("document_ids", "string", "UUIDs of the cited documents, separated by '; '"),
    ("documents", "string", "Titles of the cited documents, separated by ' | '"),
    ("evidence", "string", "The quoted evidence, separated by ' | '"),
    ("updated_at", "datetime", "Last change (UTC)"),
    ("author", "string", "Who made the last change"),
]
EVIDENCE_COLUMNS = [
    ("evidence_id", "string", "The evidence link's UUID"),
    ("claim_id", "string", "The claim it supports"),
    ("document_id", "string", "The document quoted"),
    ("document_title", "string", "Its title"),
    ("document_outlet", "string", "Its outlet"),
    ("document_published", "date", "Its publication date (first day of its month or year when less precise)"),
    ("document_published_precision", "string", ", ".join(Precision)),
    ("document_url", "string", "Its address on the web"),
    ("start", "integer", "Start of the quote: code points into the document's stored text"),
    ("end", "integer", "End of the quote (exclusive)"),
    ("quote", "string", "The exact quote"),
    ("prefix", "string", "Up to 32 characters before the quote"),
    ("suffix", "string", "Up to 32 characters after the quote"),
]
DOCUMENT_COLUMNS = [
    ("document_id", "string", "The document's UUID"),
    ("title", "string", "Its title"),
    ("outlet", "string", "Who published it"),
    ("authors", "string", "Its authors"),
    ("url", "string", "Its address on the web"),
    ("published", "date", "Its publication date (first day of its month or year when less precise)"),
    ("published_precision", "string", ", ".join(Precision)),
    ("language", "string", "Its language (ISO 639-1)"),
    ("original_name", "string", "The name of the file it was imported from"),
    ("media_type", "string", "That file's type"),
    ("original_sha256", "string", "SHA-256 of that file"),
    ("text_sha256", "string", "SHA-256 of the stored text, which evidence offsets count into"),
    ("imported_at", "datetime", "When it was imported (UTC)"),
    ("notes", "string", "The curator's notes"),
]
#: Values a column may take, wherever the column appears.
ENUMS = {
    "qualifier": list(Qualifier),
    "status": list(Status),
    **{name: list(Precision) for name in ("as_of_precision", "published_precision", "document_published_precision")},
}
#: What a spreadsheet would take for a formula at the start of a text cell (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CsvStyle:
    """How a CSV file is written: plain (for programs), or for a spreadsheet in a locale."""

    delimiter: str = ","
    decimal: str = "."
    bom: bool = False
    #: Text cells that a spreadsheet would run as a formula get a leading apostrophe.
    guard_formulas: bool = True

    @classmethod
    def spreadsheet(cls, locale: str | None = None) -> CsvStyle:
        """As Excel and LibreOffice in ``locale`` (e.g. 'uk_UA', 'de_DE'; default: the
        system's) read a CSV file they open: its decimal mark, ';' between cells where
        the decimal mark is a comma, and a BOM so they know it is UTF-8."""
        decimal = decimal_mark(locale)
        return cls(delimiter=";" if decimal == "," else ",", decimal=decimal, bom=True)


#: Locales the export dialog offers for spreadsheets (besides the system's), by their
#: decimal mark: any other works from the command line (--locale).
SPREADSHEET_LOCALES = ("uk_UA", "en_US", "en_GB", "de_DE", "fr_FR", "pl_PL", "es_ES", "it_IT", "nl_NL",
                       "pt_PT", "cs_CZ", "lt_LT", "lv_LV", "et_EE", "ro_RO", "sv_SE", "ru_RU")
#: Plain CSV for people and programs; the data package's files, exactly as stored.
PLAIN = CsvStyle()
EXACT = CsvStyle(guard_formulas=False)


def decimal_mark(locale: str | None = None) -> str:
    """The decimal mark of a locale ('uk_UA' → ',', 'en_US' → '.'); default: the system's."""
    from babel import Locale, UnknownLocaleError, default_locale
    from babel.numbers import get_decimal_symbol

    try:
        return get_decimal_symbol(Locale.parse(locale or default_locale() or "en_US"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise CuratorError(translate("export", "'{locale}' is not a locale (for example uk_UA, de_DE, en_US)")
                           .format(locale=locale)) from None


def guarded(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(path: Path, columns, rows, style: CsvStyle = PLAIN) -> None:
    """UTF-8 CSV in the given style; text cells guarded against formulas, numbers with
    the style's decimal mark."""
    texts = [n for n, (_name, kind, _d) in enumerate(columns) if kind == "string"]
    numbers = [n for n, (_name, kind, _d) in enumerate(columns) if kind == "number"]
    if style.guard_formulas and texts:
        rows = _changed(rows, texts, guarded, lambda v: v.startswith(FORMULA_STARTS))
    if style.decimal != "." and numbers:
        rows = _changed(rows, numbers, lambda v: v.replace(".", style.decimal), lambda v: "." in v)
    with path.open("w", encoding="utf-8-sig" if style.bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=style.delimiter, lineterminator="\r\n")
        writer.writerow([name for name, _t, _d in columns])
        writer.writerows(rows)


def _changed(rows, columns: list[int], change, needed):
    """Rows with ``change`` applied to the cells of ``columns`` that need it; rows that
    need nothing are passed on as they are (most rows: this is the fast path)."""
    out = []
    for row in rows:
        if any(needed(row[n]) for n in columns if row[n]):
            cells = list(row)
            for n in columns:
                if cells[n] and needed(cells[n]):
                    cells[n] = change(cells[n])
            out.append(cells)
        else:
            out.append(row)
    return out


def csv_paths(out: Path) -> tuple[Path, Path]:
    """``claims.csv`` → itself and ``claims.evidence.csv``; a folder → both inside it."""
    if out.suffix.lower() == ".csv":
        return out, out.with_name(out.stem + ".evidence.csv")
    out.mkdir(parents=True, exist_ok=True)
    return out / "claims.csv", out / "evidence.csv"


def export_csv(project: Project, out: Path, style: CsvStyle = PLAIN,
               checked_only: bool = False) -> tuple[list[Path], int]:
    """claims.csv and its evidence file, which appear together; returns the files and
    the number of claims."""
    with built_together() as batch:
        files, count = _write_csv_pair(batch, project, out, style, checked_only)
    return files, count


def _write_csv_pair(batch: Batch, project: Project, out: Path, style: CsvStyle, checked_only: bool):
    claims, evidence = fastcsv.rows(project, checked_only)
    claims_path, evidence_path = csv_paths(out)
    write_csv(batch.path(claims_path), CLAIM_COLUMNS, claims, style)
    write_csv(batch.path(evidence_path), EVIDENCE_COLUMNS, evidence, style)
    return [claims_path, evidence_path], len(claims)


def _schema(columns, key: str) -> dict:
    """A Table Schema: the key column required and unique (and only it), enumerations."""
    fields = []
    for name, kind, description in columns:
        field = {"name": name, "type": kind, "description": description}
        if name == key:
            field["constraints"] = {"required": True, "unique": True}
        elif name in ENUMS:
            field["constraints"] = {"enum": ENUMS[name]}
        fields.append(field)
    return {"fields": fields, "primaryKey": key, "missingValues": [""]}


def export_datapackage(project: Project, folder: Path, title: str, created: str,
                       checked_only: bool = False) -> tuple[list[Path], int]:
    """claims.csv, evidence.csv and documents.csv, exactly as stored (no formula
    guard), with a datapackage.json describing them and how they refer to each other."""
    folder.mkdir(parents=True, exist_ok=True)
    with built_together() as batch:
        files, count = _write_csv_pair(batch, project, folder, EXACT, checked_only)
        documents = folder / "documents.csv"
        write_csv(batch.path(documents), DOCUMENT_COLUMNS, fastcsv.document_rows(project, [c[0] for c in DOCUMENT_COLUMNS], checked_only), EXACT)
        _write_descriptor(batch.path(folder / "datapackage.json"), title, created)
    return [*files, documents, folder / "datapackage.json"], count


def _write_descriptor(path: Path, title: str, created: str) -> Path:
    evidence_schema = _schema(EVIDENCE_COLUMNS, "evidence_id")
    evidence_schema["foreignKeys"] = [
        {"fields": "claim_id", "reference": {"resource": "claims", "fields": "claim_id"}},
        {"fields": "document_id", "reference": {"resource": "documents", "fields": "document_id"}},
    ]
    package = {
        "name": "curator-export",
        "title": title,
        "created": created,
        "profile": "tabular-data-package",
        "resources": [
            {"name": "claims", "path": "claims.csv", "profile": "tabular-data-resource", "format": "csv",
             "mediatype": "text/csv", "encoding": "utf-8", "schema": _schema(CLAIM_COLUMNS, "claim_id")},
            {"name": "evidence", "path": "evidence.csv", "profile": "tabular-data-resource", "format": "csv",
             "mediatype": "text/csv", "encoding": "utf-8", "schema": evidence_schema},
            {"name": "documents", "path": "documents.csv", "profile": "tabular-data-resource", "format": "csv",
             "mediatype": "text/csv", "encoding": "utf-8", "schema": _schema(DOCUMENT_COLUMNS, "document_id")},
        ],
    }
    path.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
