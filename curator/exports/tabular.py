"""CSV exports (one row per claim, one per piece of evidence) and the Frictionless
Data Package that describes them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from curator.enums import Precision, Qualifier, Status
from curator.exports import fastcsv
from curator.files import Batch, built_together
from curator.storage import Project

CLAIM_COLUMNS = [
    ("claim_id", "string", "The claim's UUID"),
    ("subject", "string", "Whose figure (e.g. Azovstal garrison)"),
    ("measure", "string", "What is counted (e.g. in captivity)"),
    ("value", "number", "The figure"),
    ("upper_value", "number", "Upper end of a range"),
    ("qualifier", "string", ", ".join(Qualifier)),
    ("unit", "string", "Unit of the value"),
    ("as_of", "date", "Date the figure holds for (first day of its month or year when less precise)"),
    ("as_of_precision", "string", ", ".join(Precision)),
    ("attributed_to", "string", "Who said it"),
    ("reported_by", "string", "Which outlet reported it"),
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
    ("start", "integer", "Start of the quote: code points into the document's stored text"),
    ("end", "integer", "End of the quote (exclusive)"),
    ("quote", "string", "The exact quote"),
    ("prefix", "string", "Up to 32 characters before the quote"),
    ("suffix", "string", "Up to 32 characters after the quote"),
]
CONSTRAINTS = {
    "claim_id": {"required": True, "unique": True},
    "evidence_id": {"required": True, "unique": True},
    "qualifier": {"enum": [q.value for q in Qualifier]},
    "status": {"enum": [s.value for s in Status]},
    "as_of_precision": {"enum": [p.value for p in Precision]},
}


def write_csv(path: Path, columns, rows, excel: bool = False) -> None:
    """UTF-8 CSV; ``excel``: with a BOM and ';' separators, as Excel in most of Europe expects."""
    with path.open("w", encoding="utf-8-sig" if excel else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";" if excel else ",", lineterminator="\r\n")
        writer.writerow([name for name, _t, _d in columns])
        writer.writerows(rows)


def csv_paths(out: Path) -> tuple[Path, Path]:
    """``claims.csv`` → itself and ``claims.evidence.csv``; a folder → both inside it."""
    if out.suffix.lower() == ".csv":
        return out, out.with_name(out.stem + ".evidence.csv")
    out.mkdir(parents=True, exist_ok=True)
    return out / "claims.csv", out / "evidence.csv"


def export_csv(project: Project, out: Path, excel: bool = False, checked_only: bool = False) -> tuple[list[Path], int]:
    """claims.csv and its evidence file, which appear together; returns the files and
    the number of claims."""
    with built_together() as batch:
        files, count = _write_csv_pair(batch, project, out, excel, checked_only)
    return files, count


def _write_csv_pair(batch: Batch, project: Project, out: Path, excel: bool, checked_only: bool):
    claims, evidence = fastcsv.rows(project, checked_only)
    claims_path, evidence_path = csv_paths(out)
    write_csv(batch.path(claims_path), CLAIM_COLUMNS, claims, excel)
    write_csv(batch.path(evidence_path), EVIDENCE_COLUMNS, evidence, excel)
    return [claims_path, evidence_path], len(claims)


def _schema(columns, key: str) -> dict:
    fields = []
    for name, kind, description in columns:
        field = {"name": name, "type": kind, "description": description}
        if name in CONSTRAINTS:
            field["constraints"] = CONSTRAINTS[name]
        fields.append(field)
    return {"fields": fields, "primaryKey": key, "missingValues": [""]}


def export_datapackage(project: Project, folder: Path, title: str, created: str,
                       checked_only: bool = False) -> tuple[list[Path], int]:
    """claims.csv and evidence.csv with a datapackage.json describing them."""
    folder.mkdir(parents=True, exist_ok=True)
    with built_together() as batch:
        files, count = _write_csv_pair(batch, project, folder, False, checked_only)
        _write_descriptor(batch.path(folder / "datapackage.json"), title, created)
    return [*files, folder / "datapackage.json"], count


def _write_descriptor(path: Path, title: str, created: str) -> Path:
    evidence_schema = _schema(EVIDENCE_COLUMNS, "evidence_id")
    evidence_schema["foreignKeys"] = [{"fields": "claim_id", "reference": {"resource": "claims", "fields": "claim_id"}}]
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
        ],
    }
    path.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
