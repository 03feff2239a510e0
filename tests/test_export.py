"""Exports in the formats the field reads, deterministic, and readable by their tools."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from pathlib import Path

import pytest

from curator import queries
from curator.exports import ExportOptions, export
from curator.paths import resource
from curator.storage import Project
from tests.curation_helpers import claim_on

STAMP = "2026-01-01T00:00:00+00:00"


@pytest.fixture
def curated(seeded):
    claim_on(seeded, "Azov commander says", "More than 900 defenders of Mariupol remain in Russian captivity",
             subject="Mariupol defenders", measure="in captivity", attributed_to="Denys Prokopenko",
             status="checked", tags=["azov", "captivity"])
    claim_on(seeded, "Over 1,200 Azovstal", "1,279 of them have already been returned from captivity",
             subject="Azovstal garrison", measure="returned", attributed_to="Andriy Yusov")
    claim_on(seeded, "Russian GRU General", "A total of 2,449 defenders left the territory of Azovstal",
             subject="Azovstal garrison", measure="left Azovstal", status="checked", note='Quote "exact"; comma, too')
    return seeded


def _export(project, fmt, out, **options):
    return export(project, fmt, out, ExportOptions(exported_at=STAMP, **options))


@pytest.mark.parametrize("fmt, name", [("csv", "claims.csv"), ("json", "x.json"), ("annotations", "a.jsonld"),
                                       ("datapackage", "pkg"), ("sqlite", "x.sqlite")])
def test_exports_are_deterministic(curated, tmp_path, fmt, name):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = _export(curated, fmt, tmp_path / "one" / name)
    second = _export(curated, fmt, tmp_path / "two" / name)
    assert [f.name for f in first.files] == [f.name for f in second.files]
    for a, b in zip(first.files, second.files, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


@pytest.mark.parametrize("fmt, name", [("csv", "claims.csv"), ("json", "x.json"), ("annotations", "a.jsonld"),
                                       ("datapackage", "pkg"), ("sqlite", "x.sqlite")])
def test_exports_are_byte_identical_across_processes(curated, tmp_path, fmt, name):
    """Two processes with different hash seeds (so set and dict orders of strings
    differ) write the same bytes."""
    import subprocess
    import sys

    curated.close()
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed / name
        out.parent.mkdir()
        script = (
            "import sys\n"
            "from curator.exports import ExportOptions, export\n"
            "from curator.storage import Project\n"
            f"with Project.open({str(curated.path)!r}) as project:\n"
            f"    report = export(project, {fmt!r}, {str(out)!r}, ExportOptions(exported_at={STAMP!r}))\n"
            "print('\\n'.join(str(f) for f in report.files))\n"
        )
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                                env={**os.environ, "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr[-2000:]
        outputs.append({Path(f).name: Path(f).read_bytes() for f in result.stdout.split()})
    assert outputs[0] and outputs[0] == outputs[1]


def test_csv_has_one_row_per_claim_with_its_evidence(curated, tmp_path):
    report = _export(curated, "csv", tmp_path / "claims.csv")
    claims_file, evidence_file = report.files
    with claims_file.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # By as-of date; the claim without a date last.
    assert [r["value"] for r in rows] == ["900", "1279", "2449"]
    first = next(r for r in rows if r["value"] == "900")
    assert first["qualifier"] == "more than" and first["as_of"] == "2024-02-01"
    assert first["documents"] == "Azov commander says more than 900 defenders of Mariupol remain in captivity"
    assert first["evidence"] == "More than 900 defenders of Mariupol remain in Russian captivity"
    assert first["tags"] == "azov; captivity"
    noted = next(r for r in rows if r["value"] == "2449")
    assert noted["note"] == 'Quote "exact"; comma, too' and noted["as_of"] == ""
    with evidence_file.open(encoding="utf-8", newline="") as handle:
        evidence = list(csv.DictReader(handle))
    assert len(evidence) == 3
    for row in evidence:
        text = queries.document_text(curated, __import__("uuid").UUID(row["document_id"]))
        assert text[int(row["start"]):int(row["end"])] == row["quote"]


def test_csv_for_excel_has_bom_and_semicolons(curated, tmp_path):
    report = _export(curated, "csv", tmp_path / "claims.csv", excel=True)
    raw = report.files[0].read_bytes()
    assert raw.startswith("\ufeff".encode()) and raw.decode("utf-8-sig").splitlines()[0].startswith("claim_id;subject;")


def test_json_follows_its_schema(curated, tmp_path):
    import jsonschema

    report = _export(curated, "json", tmp_path / "export.json", with_text=True)
    data = json.loads(report.files[0].read_text(encoding="utf-8"))
    schema = json.loads(resource("schemas", "curator-export-1.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
    assert data["exported_at"] == STAMP
    assert (len(data["documents"]), len(data["claims"]), len(data["spans"]), len(data["evidence"])) == (5, 3, 3, 3)
    assert all("text" in d for d in data["documents"])
    broken = dict(data, claims=[dict(data["claims"][0], qualifier="roughly")])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_checked_only_leaves_out_drafts_and_their_documents(curated, tmp_path):
    report = _export(curated, "json", tmp_path / "checked.json", checked_only=True)
    data = json.loads(report.files[0].read_text(encoding="utf-8"))
    assert sorted(c["value"] for c in data["claims"]) == [900, 2449]
    assert len(data["documents"]) == 2


def test_data_package_is_valid_for_frictionless(curated, tmp_path):
    from frictionless import validate

    _export(curated, "datapackage", tmp_path / "pkg")
    result = validate(str(tmp_path / "pkg" / "datapackage.json"))
    assert result.valid, result.flatten(["rowNumber", "fieldName", "type", "note"])
    rows = list(csv.DictReader((tmp_path / "pkg" / "evidence.csv").open(encoding="utf-8")))
    assert len(rows) == 3


def test_annotations_expand_as_w3c_json_ld(curated, tmp_path):
    from pyld import jsonld

    report = _export(curated, "annotations", tmp_path / "annotations.jsonld")
    document = json.loads(report.files[0].read_text(encoding="utf-8"))
    assert document["@context"] == "http://www.w3.org/ns/anno.jsonld"
    context = json.loads((Path(__file__).parent / "data" / "anno-context-subset.jsonld").read_text())

    def loader(url, options=None):
        assert url == "http://www.w3.org/ns/anno.jsonld", url  # nothing else is fetched
        return {"contextUrl": None, "documentUrl": url, "document": context}

    expanded = jsonld.expand(document, {"documentLoader": loader})
    oa = "http://www.w3.org/ns/oa#"
    items = expanded[0]["http://www.w3.org/ns/activitystreams#first"][0]["http://www.w3.org/ns/activitystreams#items"][0]["@list"]
    assert len(items) == 3
    for item in items:
        assert item["@type"] == [oa + "Annotation"]
        selectors = item[oa + "hasTarget"][0][oa + "hasSelector"]
        kinds = {s["@type"][0]: s for s in selectors}
        quote = kinds[oa + "TextQuoteSelector"][oa + "exact"][0]["@value"]
        start = int(kinds[oa + "TextPositionSelector"][oa + "start"][0]["@value"])
        end = int(kinds[oa + "TextPositionSelector"][oa + "end"][0]["@value"])
        assert end - start == len(quote)
        bodies = item[oa + "hasBody"]
        assert any(b.get(oa + "hasPurpose", [{}])[0].get("@id") == oa + "describing" for b in bodies)
    described = [b["http://www.w3.org/1999/02/22-rdf-syntax-ns#value"][0]["@value"] for i in items
                 for b in i[oa + "hasBody"] if b.get(oa + "hasPurpose", [{}])[0].get("@id") == oa + "describing"]
    assert ("more than 900 in captivity (Mariupol defenders), as of 2024-02-01, according to Denys Prokopenko, "
            "reported by The Kyiv Independent") in described


def test_sqlite_export_opens_in_curator_and_any_sqlite_tool(curated, tmp_path):
    out = tmp_path / "curated.sqlite"
    _export(curated, "sqlite", out, checked_only=True, originals=False)
    plain = sqlite3.connect(out)
    assert plain.execute("SELECT count(*) FROM claim").fetchone() == (2,)
    assert plain.execute("SELECT count(*) FROM document WHERE original IS NOT NULL").fetchone() == (0,)
    assert plain.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    plain.close()
    with Project.open(out) as copy:
        assert queries.counts(copy).claims == 2
        assert [h.title[:20] for h in queries.search(copy, "Prokopenko")] != []


def test_export_into_a_missing_folder_says_so(curated, tmp_path):
    from curator.errors import CuratorError

    with pytest.raises(CuratorError, match="no such folder"):
        _export(curated, "json", tmp_path / "missing" / "x.json")
