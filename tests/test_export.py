"""Exports in the formats the field reads, deterministic, and readable by their tools."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from curator import operations as ops
from curator import queries
from curator.exports import ExportOptions, export
from curator.exports.tabular import CsvStyle
from curator.importers import import_paths
from curator.paths import resource
from curator.storage import Project
from tests.curation_helpers import claim_on, document_titled

STAMP = "2026-01-01T00:00:00+00:00"


UKRAINIAN = Path(__file__).parent / "data" / "texts" / "azovstal_uk.txt"


def cite(project, title: str, quote: str, claim_id) -> None:
    """One more piece of evidence for a claim."""
    document = document_titled(project, title)
    start = queries.document_text(project, document.id).index(quote)
    ops.add_evidence(project, claim_id, ops.Selection(document.id, start, start + len(quote)))


@pytest.fixture
def curated(seeded):
    """Three English claims, one Ukrainian; one claim with two pieces of evidence; a
    quote that starts with '='; vocabulary with aliases."""
    assert len(import_paths(seeded, [UKRAINIAN]).imported) == 1
    prokopenko = claim_on(
        seeded, "Azov commander says", "More than 900 defenders of Mariupol remain in Russian captivity",
        subject="Mariupol defenders", measure="in captivity", attributed_to="Denys Prokopenko",
        status="checked", tags=["azov", "captivity"])
    cite(seeded, "Azov commander says", "Commander of the defenders of", prokopenko)
    claim_on(seeded, "Понад 1900", "Понад 1900 захисників Азовсталі досі перебувають у російському полоні",
             subject="захисники Азовсталі", measure="у полоні", value=1900, qualifier="more than",
             as_of="2024-05-20", attributed_to="Координаційний штаб", reported_by="Укрінформ",
             status="checked", tags=["Азов", "полон"])
    claim_on(seeded, "Понад 1900", "=SUM(A1:A2)", subject="=HYPERLINK(1)", measure="share", value=51.16, unit="%")
    ops.add_term(seeded, "subject", "Azovstal garrison", ["захисники Азовсталі", "Azovstal defenders"])
    ops.add_term(seeded, "person", "Denys Prokopenko", ["Денис Прокопенко"])
    ops.add_term(seeded, "organisation", "Ukrinform", ["Укрінформ"])
    claim_on(seeded, "Over 1,200 Azovstal", "1,279 of them have already been returned from captivity",
             subject="Azovstal garrison", measure="returned", attributed_to="Andriy Yusov")
    claim_on(seeded, "Russian GRU General", "A total of 2,449 defenders left the territory of Azovstal",
             subject="Azovstal garrison", measure="left Azovstal", status="checked", note='Quote "exact"; comma, too')
    return seeded


def _export(project, fmt, out, **options):
    return export(project, fmt, out, ExportOptions(exported_at=STAMP, **options))


@pytest.mark.parametrize("fmt, name", [("csv", "claims.csv"), ("json", "x.json"), ("annotations", "a.jsonld"),
                                       ("datapackage", "pkg"), ("sqlite", "x.sqlite"), ("qdpx", "p.qdpx")])
def test_exports_are_deterministic(curated, tmp_path, fmt, name):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = _export(curated, fmt, tmp_path / "one" / name)
    second = _export(curated, fmt, tmp_path / "two" / name)
    assert [f.name for f in first.files] == [f.name for f in second.files]
    for a, b in zip(first.files, second.files, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


@pytest.mark.parametrize("fmt, name", [("csv", "claims.csv"), ("json", "x.json"), ("annotations", "a.jsonld"),
                                       ("datapackage", "pkg"), ("sqlite", "x.sqlite"), ("qdpx", "p.qdpx")])
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


def _rows(path: Path, delimiter: str = ",", encoding: str = "utf-8") -> list[dict]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def test_csv_has_one_row_per_claim_with_its_evidence(curated, tmp_path):
    report = _export(curated, "csv", tmp_path / "claims.csv")
    claims_file, evidence_file = report.files
    rows = _rows(claims_file)
    # By as-of date (then id); the claim without a date last.
    assert [r["as_of"] for r in rows] == ["2024-02-01", "2024-05-20", "2024-05-20", "2025-05-29", ""]
    assert [r["value"] for r in rows][::3] == ["900", "1279"] and rows[-1]["value"] == "2449"
    first = next(r for r in rows if r["value"] == "900")
    assert first["qualifier"] == "more than" and first["as_of"] == "2024-02-01"
    assert first["documents"] == "Azov commander says more than 900 defenders of Mariupol remain in captivity"
    assert first["evidence"] == ("Commander of the defenders of | "
                                 "More than 900 defenders of Mariupol remain in Russian captivity")
    assert first["tags"] == "azov; captivity"
    noted = next(r for r in rows if r["value"] == "2449")
    assert noted["note"] == 'Quote "exact"; comma, too' and noted["as_of"] == ""
    ukrainian = next(r for r in rows if r["value"] == "1900")
    assert ukrainian["tags"] == "Азов; полон" and ukrainian["measure"] == "у полоні"
    evidence = _rows(evidence_file)
    assert len(evidence) == 6
    assert sum(row["claim_id"] == first["claim_id"] for row in evidence) == 2
    for row in evidence:
        text = queries.document_text(curated, uuid.UUID(row["document_id"]))
        assert text[int(row["start"]):int(row["end"])] == row["quote"].removeprefix("'")


def test_csv_names_the_vocabulary_entries_and_the_documents(curated, tmp_path):
    claims_file, evidence_file = _export(curated, "csv", tmp_path / "claims.csv").files
    rows = {r["value"]: r for r in _rows(claims_file)}
    assert rows["1900"]["subject"] == "захисники Азовсталі"
    assert rows["1900"]["subject_name"] == "Azovstal garrison"  # an alias, named by its entry
    assert rows["1900"]["reported_by_name"] == "Ukrinform"
    assert rows["900"]["attributed_to_name"] == "Denys Prokopenko"
    assert rows["900"]["subject_name"] == "" and rows["1279"]["subject_name"] == "Azovstal garrison"
    by_document = {r["document_title"][:20]: r for r in _rows(evidence_file)}
    kyiv = by_document["Azov commander says "]
    assert (kyiv["document_outlet"], kyiv["document_published"], kyiv["document_published_precision"]) == (
        "The Kyiv Independent", "2024-02-01", "day")
    assert "document_url" in kyiv


@pytest.mark.parametrize("excel", [False, True])
def test_csv_cells_that_would_run_as_formulas_are_guarded(curated, tmp_path, excel):
    """OWASP's advice on CSV injection: a text cell starting with = + - @ tab or CR
    gets a leading apostrophe, in both variants; figures stay figures."""
    claims_file, evidence_file = _export(curated, "csv", tmp_path / "claims.csv", excel=excel, locale="en_US").files
    encoding = "utf-8-sig" if excel else "utf-8"
    rows = {r["value"]: r for r in _rows(claims_file, encoding=encoding)}
    assert rows["51.16"]["subject"] == "'=HYPERLINK(1)"
    assert rows["51.16"]["evidence"] == "'=SUM(A1:A2)"
    assert [r["quote"] for r in _rows(evidence_file, encoding=encoding) if "SUM" in r["quote"]] == ["'=SUM(A1:A2)"]
    for row in rows.values():
        for name, value in row.items():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (name, value)


@pytest.mark.parametrize("locale, delimiter, decimal", [("uk_UA", ";", ","), ("de_DE", ";", ","),
                                                        ("en_US", ",", ".")])
def test_spreadsheet_csv_writes_the_locales_decimal_mark(curated, tmp_path, locale, delimiter, decimal):
    from babel.numbers import parse_decimal

    claims_file, _ = _export(curated, "csv", tmp_path / "claims.csv", excel=True, locale=locale).files
    raw = claims_file.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = _rows(claims_file, delimiter, "utf-8-sig")
    assert raw.decode("utf-8-sig").splitlines()[0].startswith(delimiter.join(["claim_id", "subject", "subject_name"]))
    share = next(r for r in rows if r["unit"] == "%")
    assert share["value"] == f"51{decimal}16"
    assert sorted(float(parse_decimal(r["value"], locale=locale, strict=True)) for r in rows) == [
        51.16, 900, 1279, 1900, 2449]


def test_spreadsheet_csv_refuses_an_unknown_locale(curated, tmp_path):
    from curator.errors import CuratorError

    (tmp_path / "out").mkdir()
    with pytest.raises(CuratorError, match="'xx_QQ' is not a locale"):
        _export(curated, "csv", tmp_path / "out" / "claims.csv", excel=True, locale="xx_QQ")
    assert list((tmp_path / "out").iterdir()) == []


def test_json_follows_its_schema(curated, tmp_path):
    import jsonschema

    report = _export(curated, "json", tmp_path / "export.json", with_text=True)
    data = json.loads(report.files[0].read_text(encoding="utf-8"))
    schema = json.loads(resource("schemas", "curator-export-1.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
    assert data["exported_at"] == STAMP
    assert (len(data["documents"]), len(data["claims"]), len(data["spans"]), len(data["evidence"])) == (6, 5, 6, 6)
    assert all("text" in d for d in data["documents"])
    broken = dict(data, claims=[dict(data["claims"][0], qualifier="roughly")])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_checked_only_leaves_out_drafts_and_their_documents(curated, tmp_path):
    report = _export(curated, "json", tmp_path / "checked.json", checked_only=True)
    data = json.loads(report.files[0].read_text(encoding="utf-8"))
    assert sorted(c["value"] for c in data["claims"]) == [900, 1900, 2449]
    assert len(data["documents"]) == 3


def test_data_package_is_valid_for_frictionless(curated, tmp_path):
    from frictionless import validate

    _export(curated, "datapackage", tmp_path / "pkg")
    result = validate(str(tmp_path / "pkg" / "datapackage.json"))
    assert result.valid, result.flatten(["rowNumber", "fieldName", "type", "note"])
    package = json.loads((tmp_path / "pkg" / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in package["resources"]] == ["claims", "evidence", "documents"]
    evidence = _rows(tmp_path / "pkg" / "evidence.csv")
    assert len(evidence) == 6 and len({r["claim_id"] for r in evidence}) == 5  # one claim cites twice
    assert "=SUM(A1:A2)" in [r["quote"] for r in evidence]  # the package keeps the text exactly
    documents = _rows(tmp_path / "pkg" / "documents.csv")
    assert len(documents) == 6 and "Понад 1900 захисників Азовсталі досі в полоні" in [d["title"] for d in documents]


W3C = Path(__file__).parent / "data" / "w3c"
SUITE = W3C / "web-annotation-tests"


def _w3c_loader(url, options=None):
    """The official context, held locally: nothing is fetched."""
    assert url == "http://www.w3.org/ns/anno.jsonld", url
    return {"contextUrl": None, "documentUrl": url, "document": json.loads((W3C / "anno.jsonld").read_text())}


def _must_failures(document: dict, test: str) -> list[str]:
    """The MUST assertions of one of the W3C suite's tests that ``document`` fails."""
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    definitions = [json.loads(p.read_text()) for p in (SUITE / "definitions").glob("*.json")]
    registry = Registry().with_resources((d["id"], Resource.from_contents(d, DRAFT4)) for d in definitions)
    failures = []
    for assertion in json.loads((SUITE / test).read_text())["assertions"]:
        schema = json.loads((SUITE / assertion).read_text())
        assert (schema["assertionType"], schema["expectedResult"]) == ("must", "valid")
        validator = jsonschema.Draft4Validator(schema, registry=registry,
                                               format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
        if not validator.is_valid(document):
            failures.append(f"{assertion}: {schema['errorMessage']}")
    return failures


def test_annotations_pass_the_w3c_test_suite(curated, tmp_path):
    """Every MUST of the Web Annotation Data Model's test suite, for the collection, its
    page and each annotation (as it would be served alone, with the context)."""
    import jsonschema

    report = _export(curated, "annotations", tmp_path / "annotations.jsonld")
    collection = json.loads(report.files[0].read_text(encoding="utf-8"))
    assert jsonschema.Draft4Validator.FORMAT_CHECKER.checkers.keys() >= {"uri", "date-time"}  # formats checked
    assert _must_failures(collection, "collections/collectionMusts.test") == []
    context = {"@context": collection["@context"]}
    page = collection["first"]
    assert _must_failures({**context, **page}, "collections/pages/pageMusts.test") == []
    assert len(page["items"]) == 6
    for item in page["items"]:
        assert _must_failures({**context, **item}, "annotations/annotationMusts.test") == [], item["id"]


def test_annotations_expand_as_w3c_json_ld_losing_nothing(curated, tmp_path):
    """Expanded with the official context, every term is kept (a term the context does
    not define is silently dropped), and the selectors say what the quote is."""
    from pyld import jsonld

    report = _export(curated, "annotations", tmp_path / "annotations.jsonld")
    document = json.loads(report.files[0].read_text(encoding="utf-8"))
    assert document["@context"] == "http://www.w3.org/ns/anno.jsonld"
    expanded = jsonld.expand(document, {"documentLoader": _w3c_loader})
    round_trip = jsonld.compact(expanded, "http://www.w3.org/ns/anno.jsonld", {"documentLoader": _w3c_loader})
    assert _keys(round_trip) == _keys(document)
    oa = "http://www.w3.org/ns/oa#"
    items = expanded[0]["http://www.w3.org/ns/activitystreams#first"][0]["http://www.w3.org/ns/activitystreams#items"][0]["@list"]
    assert len(items) == 6
    titles = set()
    for item in items:
        assert item["@type"] == [oa + "Annotation"]
        source = item[oa + "hasTarget"][0][oa + "hasSource"][0]
        titles.add(source["http://purl.org/dc/terms/title"][0]["@value"])
        selectors = item[oa + "hasTarget"][0][oa + "hasSelector"]
        kinds = {s["@type"][0]: s for s in selectors}
        quote = kinds[oa + "TextQuoteSelector"][oa + "exact"][0]["@value"]
        start = int(kinds[oa + "TextPositionSelector"][oa + "start"][0]["@value"])
        end = int(kinds[oa + "TextPositionSelector"][oa + "end"][0]["@value"])
        assert end - start == len(quote)
    assert "Понад 1900 захисників Азовсталі досі в полоні" in titles
    described = [b["http://www.w3.org/1999/02/22-rdf-syntax-ns#value"][0]["@value"] for i in items
                 for b in i[oa + "hasBody"] if b.get(oa + "hasPurpose", [{}])[0].get("@id") == oa + "describing"]
    assert ("more than 900 in captivity (Mariupol defenders), as of 2024-02-01, according to Denys Prokopenko, "
            "reported by The Kyiv Independent") in described


def _keys(value) -> set[str]:
    """Every key used anywhere in a JSON value."""
    if isinstance(value, dict):
        return set(value).union(*(_keys(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_keys(v) for v in value)) if value else set()
    return set()


def test_sqlite_export_opens_in_curator_and_any_sqlite_tool(curated, tmp_path):
    out = tmp_path / "curated.sqlite"
    _export(curated, "sqlite", out, checked_only=True, originals=False)
    plain = sqlite3.connect(out)
    assert plain.execute("SELECT count(*) FROM claim").fetchone() == (3,)
    assert plain.execute("SELECT count(*) FROM document WHERE original IS NOT NULL").fetchone() == (0,)
    assert plain.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    plain.close()
    with Project.open(out) as copy:
        assert queries.counts(copy).claims == 3
        assert [h.title[:20] for h in queries.search(copy, "Prokopenko")] != []


def test_export_into_a_missing_folder_says_so(curated, tmp_path):
    from curator.errors import CuratorError

    with pytest.raises(CuratorError, match="no such folder"):
        _export(curated, "json", tmp_path / "missing" / "x.json")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (.ci/run installs it)")
@pytest.mark.parametrize("locale", ["uk_UA", "de_DE", "en_US"])
def test_libreoffice_reads_the_spreadsheet_csv_with_numbers_as_numbers(curated, tmp_path, locale):
    """LibreOffice Calc, set to the locale, opens the file as a user's double click
    would (only the separator given) and finds every figure a number, every date a
    date, and no formula."""
    import subprocess

    claims_file, _ = _export(curated, "csv", tmp_path / "claims.csv", excel=True, locale=locale).files
    separator = ord(CsvStyle.spreadsheet(locale).delimiter)
    environment = {**os.environ, "LANG": f"{locale}.UTF-8", "LC_ALL": f"{locale}.UTF-8"}
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    f"--infilter=CSV:{separator},34,76", "--convert-to", "fods", "--outdir", str(tmp_path),
                    str(claims_file)], env=environment, check=True, capture_output=True, timeout=180)
    sheet = (tmp_path / "claims.fods").read_text(encoding="utf-8")
    numbers = re.findall(r'office:value-type="float" office:value="([^"]+)"', sheet)
    assert sorted(map(float, numbers)) == [51.16, 900, 1279, 1900, 2449]
    assert len(re.findall(r'office:value-type="date"', sheet)) == 4
    assert "table:formula" not in sheet


def _datasette(path: Path, *paths: str) -> list:
    """What Datasette itself answers for these pages of the database's JSON API."""
    import asyncio

    from datasette.app import Datasette

    async def ask():
        datasette = Datasette([str(path)])
        await datasette.invoke_startup()
        answers = []
        for page in paths:
            response = await datasette.client.get(f"/{path.stem}/{page}")
            assert response.status_code == 200, (page, response.text[:500])
            answers.append(response.json())
        return answers

    return asyncio.run(ask())


@pytest.mark.parametrize("exported", [True, False], ids=["export", "project"])
def test_datasette_searches_the_documents_and_labels_the_rows(curated, tmp_path, exported):
    """Datasette finds the full-text index (its search returned every row when it
    could not) and labels claims and spans where evidence refers to them."""
    holding = sorted(d.title for d in queries.documents(curated)
                     if "Prokopenko" in queries.document_text(curated, d.id))
    assert 2 <= len(holding) < 6
    if exported:
        path = tmp_path / "curated.sqlite"
        _export(curated, "sqlite", path)
    else:
        curated.close()
        path = curated.path
    ukrainian, english, nothing, evidence = _datasette(
        path, "document.json?_search=полоні&_shape=array&_col=title",
        "document.json?_search=Prokopenko&_shape=array&_col=title",
        "document.json?_search=hovercraft&_shape=array&_col=title",
        "evidence.json?_labels=on&_shape=array")
    assert [d["title"] for d in ukrainian] == ["Понад 1900 захисників Азовсталі досі в полоні"]
    assert sorted(d["title"] for d in english) == holding
    assert nothing == []
    claims = {row["claim_id"]["label"] for row in evidence}
    assert "захисники Азовсталі · у полоні: more than 1900 (2024-05-20)" in claims
    assert "=HYPERLINK(1) · share: 51.16 % (2024-05-20)" in claims
    quotes = {row["span_id"]["label"] for row in evidence}
    assert "More than 900 defenders of Mariupol remain in Russian captivity" in quotes


def test_views_read_at_once_in_any_sqlite_tool(curated, tmp_path):
    out = tmp_path / "curated.sqlite"
    _export(curated, "sqlite", out, originals=False)
    plain = sqlite3.connect(out)
    plain.row_factory = sqlite3.Row
    tagged = plain.execute("SELECT * FROM claims_with_evidence WHERE tags LIKE '%Азов%'").fetchall()
    assert [(r["value"], r["documents"]) for r in tagged] == [(1900, "Понад 1900 захисників Азовсталі досі в полоні")]
    twice = plain.execute("SELECT evidence FROM claims_with_evidence WHERE value = 900").fetchone()["evidence"]
    assert sorted(twice.split(" | ")) == ["Commander of the defenders of",
                                          "More than 900 defenders of Mariupol remain in Russian captivity"]
    rows = plain.execute("SELECT claim, quote, document_title, document_outlet FROM evidence_with_documents "
                         "WHERE value = 900 ORDER BY start").fetchall()
    assert [tuple(r) for r in rows][1] == (
        "Mariupol defenders · in captivity: more than 900 (2024-02-01)",
        "More than 900 defenders of Mariupol remain in Russian captivity",
        "Azov commander says more than 900 defenders of Mariupol remain in captivity", "The Kyiv Independent")
    documents = plain.execute("SELECT * FROM documents_without_originals ORDER BY claims DESC, title").fetchall()
    assert len(documents) == 6 and "original" not in documents[0].keys()  # noqa: SIM118 (a Row: `in` looks at values)
    assert (documents[0]["title"], documents[0]["claims"]) == ("Понад 1900 захисників Азовсталі досі в полоні", 2)
    plain.close()


def test_qdpx_is_a_valid_refi_qda_project_with_every_claim_coded(curated, tmp_path):
    """The .qdpx validates against the REFI-QDA project schema; each document is a text
    source whose selections quote it at their code-point positions; each claim is a
    coding under its series' code, with its note and the variables of its case."""
    import zipfile

    from lxml import etree

    report = _export(curated, "qdpx", tmp_path / "project.qdpx")
    package = zipfile.ZipFile(report.files[0])
    qde = package.read("project.qde")
    schema = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "data" / "refi-qda" / "refi-qda-project.xsd")))
    root = etree.fromstring(qde)
    schema.assertValid(root)
    ns = {"q": "urn:QDA-XML:project:1.0"}
    sources = root.findall("q:Sources/q:TextSource", ns)
    assert len(sources) == 6
    codes = {c.get("guid"): c.get("name") for c in root.findall("q:CodeBook/q:Codes/q:Code", ns)}
    assert "Azovstal garrison · у полоні" in codes.values()  # the alias named by its vocabulary entry
    codings = 0
    for source in sources:
        text = package.read(source.get("plainTextPath").replace("internal://", "Sources/")).decode("utf-8")
        for selection in source.findall("q:PlainTextSelection", ns):
            quote = text[int(selection.get("startPosition")):int(selection.get("endPosition"))]
            assert quote == selection.get("name")[:len(quote)]
            for coding in selection.findall("q:Coding", ns):
                codings += 1
                assert coding.find("q:CodeRef", ns).get("targetGUID") in codes
    assert codings == 6  # one per piece of evidence; the claim cited twice is coded twice
    notes = [n.find("q:PlainTextContent", ns).text for n in root.findall("q:Notes/q:Note", ns)]
    assert any(n.startswith("more than 1,900 у полоні (захисники Азовсталі), as of 2024-05-20") for n in notes)
    cases = root.findall("q:Cases/q:Case", ns)
    assert len(cases) == 5 and sum(len(c.findall("q:SelectionRef", ns)) for c in cases) == 6
    users = [u.get("name") for u in root.findall("q:Users/q:User", ns)]
    assert users == ["Tester"]


def _records(project: Project) -> dict[str, list[tuple]]:
    """Every record the JSON export carries, as stored (documents without their original)."""
    from curator.exports.dataset import DOCUMENT_FIELDS

    tables = {"document": ", ".join(f'"{c}"' for c in DOCUMENT_FIELDS) + ", text", "span": "*", "claim": "*",
              "evidence": "*", "term": "*"}
    with project.sqlite() as connection:
        return {table: sorted(connection.execute(f"SELECT {columns} FROM {table}").fetchall())
                for table, columns in tables.items()}


def test_json_export_comes_back_whole(curated, tmp_path):
    """Exported with the texts and imported into an empty project: every document,
    span, claim, piece of evidence and vocabulary entry, with its id, times and author."""
    out = tmp_path / "export.json"
    _export(curated, "json", out, with_text=True)
    with Project.open(tmp_path / "copy.curator", create=True, author="Coordinator") as copy:
        report = import_paths(copy, [out])
        assert report.complete and len(report.imported) == 1, report.results
        assert _records(copy) == _records(curated)
        again = import_paths(copy, [out])  # the same export again changes nothing
        assert "0 new claims" in again.imported[0].title and _records(copy) == _records(curated)
        assert [h.title for h in queries.search(copy, "захисника")] == [
            h.title for h in queries.search(curated, "захисника")] != []  # the search index and word forms too


def test_json_export_without_texts_needs_the_documents(curated, tmp_path, seeds):
    out = tmp_path / "claims-only.json"
    _export(curated, "json", out)
    with Project.open(tmp_path / "empty.curator", create=True) as empty:
        report = import_paths(empty, [out])
        (failed,) = report.failed
        assert "the export holds no document texts" in failed.message and "does not have 6 documents of it" in failed.message
        assert "\n" not in failed.message and queries.counts(empty).claims == 0
    with Project.open(tmp_path / "same-documents.curator", create=True) as other:
        import_paths(other, [seeds, UKRAINIAN])  # the same articles, imported by someone else
        report = import_paths(other, [out])
        assert report.complete, report.results
        assert queries.counts(other).claims == 5 and queries.counts(other).documents == 6


def test_a_json_file_that_is_not_a_curator_export_is_refused(project, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "urn:curator:export-schema:1", "documents": [', encoding="utf-8")
    other = tmp_path / "other.json"
    other.write_text('{"hello": "world"}', encoding="utf-8")
    report = import_paths(project, [broken, other])
    assert [f.message.split(":")[0] for f in report.failed] == [str(broken), str(other)]
    assert "not a Curator export (not valid JSON" in report.failed[0].message
    assert "not a Curator export (Curator reads its own JSON exports" in report.failed[1].message


def _claims_in_words(project: Project) -> list[tuple]:
    """Each claim's fields and quotes, ids aside (as another tool would keep them)."""
    fields = ("subject", "measure", "value", "upper_value", "qualifier", "unit", "as_of", "as_of_precision",
              "attributed_to", "reported_by", "status", "note", "tags")
    with project.sqlite() as connection:
        rows = connection.execute(
            f"SELECT c.id, {', '.join('c.' + f for f in fields)}, "
            "(SELECT group_concat(q, ' | ') FROM (SELECT s.quote AS q FROM evidence e JOIN span s ON s.id = e.span_id "
            "WHERE e.claim_id = c.id ORDER BY s.quote)) FROM claim c").fetchall()
    return sorted(rows)


def test_qdpx_comes_back_whole(curated, tmp_path):
    """Curator's .qdpx imported into an empty project: the same documents' texts, the
    same claims (ids included) with every field, citing the same quotes."""
    out = tmp_path / "project.qdpx"
    _export(curated, "qdpx", out)
    with Project.open(tmp_path / "copy.curator", create=True, author="Coordinator") as copy:
        report = import_paths(copy, [out])
        assert report.complete and len(report.imported) == 1, report.results
        assert _claims_in_words(copy) == _claims_in_words(curated)
        with copy.sqlite() as mine, curated.sqlite() as theirs:
            query = "SELECT id, title, text, published, published_precision, outlet FROM document ORDER BY id"
            assert mine.execute(query).fetchall() == theirs.execute(query).fetchall()
        again = import_paths(copy, [out])
        assert "0 new claims" in again.imported[0].title and _claims_in_words(copy) == _claims_in_words(curated)


def test_a_damaged_qdpx_is_refused_in_one_line(project, tmp_path):
    import zipfile

    not_zip = tmp_path / "not.qdpx"
    not_zip.write_bytes(b"hello")
    empty = tmp_path / "empty.qdpx"
    with zipfile.ZipFile(empty, "w") as package:
        package.writestr("Sources/x.txt", "text")
    entities = tmp_path / "entities.qdpx"
    with zipfile.ZipFile(entities, "w") as package:
        package.writestr("project.qde", '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY e "x">]>'
                                        '<Project xmlns="urn:QDA-XML:project:1.0" name="p">&e;</Project>')
    report = import_paths(project, [not_zip, empty, entities])
    messages = [f.message for f in report.failed]
    assert "not a REFI-QDA project (not a zip file)" in messages[0]
    assert "no project.qde inside" in messages[1]
    assert "declares XML entities" in messages[2]
    assert all("\n" not in m for m in messages) and len(messages) == 3
    assert queries.counts(project).documents == 0


FOREIGN_QDE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="volunteer" origin="QualCoder">
  <Users><User guid="11111111-1111-4111-8111-111111111111" name="Oksana"/></Users>
  <CodeBook><Codes><Code guid="22222222-2222-4222-8222-222222222222" name="in captivity" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="33333333-3333-4333-8333-333333333333" name="interview" plainTextPath="internal://33333333-3333-4333-8333-333333333333.txt">
      <PlainTextSelection guid="44444444-4444-4444-8444-444444444444" name="більше 700" startPosition="6" endPosition="16"
                          creatingUser="11111111-1111-4111-8111-111111111111" creationDateTime="2024-06-01T10:00:00Z">
        <Coding guid="55555555-5555-4555-8555-555555555555" creatingUser="11111111-1111-4111-8111-111111111111">
          <CodeRef targetGUID="22222222-2222-4222-8222-222222222222"/>
        </Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>
"""


def test_another_tools_qdpx_comes_in_as_draft_claims(project, tmp_path):
    """A QualCoder-like project: its text, its selection at the same code points, and
    each coding as a draft claim whose measure is the code, by the coder."""
    import zipfile

    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "data" / "refi-qda" / "refi-qda-project.xsd")))
    schema.assertValid(etree.fromstring(FOREIGN_QDE.encode()))
    path = tmp_path / "volunteer.qdpx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("project.qde", FOREIGN_QDE)
        package.writestr("Sources/33333333-3333-4333-8333-333333333333.txt", "Тепер більше 700 захисників у полоні.")
    report = import_paths(project, [path])
    assert report.complete, report.results
    (claim,) = queries.claims(project)
    assert (claim.measure, claim.status.value, claim.author) == ("in captivity", "draft", "Oksana")
    assert queries.evidence(project, claim.id)[0].quote == "більше 700"


def test_json_figures_are_exact_and_short(curated, tmp_path):
    """SQLite writes the records: a figure keeps every digit it needs (0.1 + 0.2 is not
    0.3) and no more (51.16, not 51.159999999999997)."""
    claim_id = next(c.id for c in queries.claims(curated) if c.value == 51.16)
    ops.update_claim(curated, claim_id, {"upper_value": 0.1 + 0.2, "qualifier": "range"})
    out = tmp_path / "x.json"
    _export(curated, "json", out)
    raw = out.read_text(encoding="utf-8")
    assert '"value":51.16' in raw and '"upper_value":0.30000000000000004' in raw
    claim = next(c for c in json.loads(raw)["claims"] if c["id"] == str(claim_id))
    assert (claim["value"], claim["upper_value"]) == (51.16, 0.1 + 0.2)
