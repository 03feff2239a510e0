"""REFI-QDA project exchange (.qdpx): the standard QualCoder, NVivo, ATLAS.ti and MAXQDA
read. A zip of ``project.qde`` (QDA-XML 1.0) and ``Sources/``:

- each document is a text source, its stored text in ``Sources/<id>.txt``;
- each quoted span is a plain-text selection, its positions code points into that text
  (the same as Curator's offsets);
- each claim is a coding of its selections under the code of its series (subject ·
  measure, as the vocabulary names them), with the claim in words as a note, and its
  fields as the variables of a case of its own;
- the people who made the records are the users.

Ids are Curator's UUIDs where a record has one, and name-based UUIDs (uuid5) for codes,
users, cases and variables, so the same project always gives the same file.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from curator.exports.dataset import CuratedSet
from curator.exports.fastcsv import number_text
from curator.exports.jsondocs import describe_claim
from curator.files import replacing

NAMESPACE = "urn:QDA-XML:project:1.0"
_BASE = uuid.UUID("5b0f6f4e-6f0e-4c55-9a3c-0c1b8f3e2a10")  # Curator's namespace for name-based ids
#: Claim fields kept as variables of the claim's case: (field, REFI-QDA type).
CLAIM_VARIABLES = (("subject", "Text"), ("measure", "Text"), ("value", "Float"), ("upper_value", "Float"),
                   ("qualifier", "Text"), ("unit", "Text"), ("as_of", "Date"), ("as_of_precision", "Text"),
                   ("attributed_to", "Text"), ("reported_by", "Text"), ("status", "Text"), ("tags", "Text"))
#: Between tags in the "tags" variable.
TAG_SEPARATOR = "; "
#: Document fields kept as variables of its text source.
DOCUMENT_VARIABLES = (("outlet", "Text"), ("published", "Date"), ("published_precision", "Text"),
                      ("language", "Text"), ("url", "Text"))
_VALUE_ELEMENT = {"Text": "TextValue", "Float": "FloatValue", "Date": "DateValue"}
#: A fixed time for the zip's entries: the same project, the same bytes.
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def name_id(kind: str, name: str) -> str:
    return str(uuid.uuid5(_BASE, f"{kind}:{name}"))


def export_qdpx(data: CuratedSet, out: Path, title: str, exported_at: str, series_of) -> list[Path]:
    """``data`` read with the documents' texts; ``series_of(claim)``: the label of the
    claim's series ("Azovstal garrison · in captivity")."""
    ET.register_namespace("", NAMESPACE)
    project = _element("Project", name=title, origin="Curator", creationDateTime=exported_at)
    users = sorted({r["author"] for r in (*data.documents, *data.claims, *data.evidence, *data.spans) if r["author"]})
    if users:
        users_element = _child(project, "Users")
        for name in users:
            _child(users_element, "User", guid=name_id("user", name), name=name)
    series = {claim["id"]: series_of(claim) for claim in data.claims}
    if series:
        codes = _child(_child(project, "CodeBook"), "Codes")
        for label in sorted(set(series.values())):
            _child(codes, "Code", guid=name_id("code", label), name=label, isCodable="true")
    variables = [*CLAIM_VARIABLES, *DOCUMENT_VARIABLES]
    variables_element = _child(project, "Variables")
    for field, kind in variables:
        _child(variables_element, "Variable", guid=name_id("variable", field), name=field, typeOfVariable=kind)
    links_by_span: dict[str, list[dict]] = {}
    links_by_claim: dict[str, list[dict]] = {}
    for link in sorted(data.evidence, key=lambda e: e["id"]):
        links_by_span.setdefault(link["span_id"], []).append(link)
        links_by_claim.setdefault(link["claim_id"], []).append(link)
    if data.claims:
        cases = _child(project, "Cases")
        for claim in data.claims:
            case = _child(cases, "Case", guid=name_id("case", claim["id"]), name=describe_claim(claim))
            _values(case, claim, CLAIM_VARIABLES)
            for link in links_by_claim.get(claim["id"], ()):
                _child(case, "SelectionRef", targetGUID=link["span_id"])
    spans_by_document: dict[str, list[dict]] = {}
    for span in data.spans:
        if span["id"] in links_by_span:
            spans_by_document.setdefault(span["document_id"], []).append(span)
    sources = _child(project, "Sources")
    for document in data.documents:
        source = _child(sources, "TextSource", guid=document["id"], name=document["title"] or document["original_name"],
                        plainTextPath=f"internal://{document['id']}.txt", **_made(document))
        for span in sorted(spans_by_document.get(document["id"], ()), key=lambda s: (s["start"], s["id"])):
            selection = _child(source, "PlainTextSelection", guid=span["id"], name=span["quote"][:200],
                               startPosition=str(span["start"]), endPosition=str(span["end"]), **_made(span))
            for link in links_by_span[span["id"]]:
                claim = data.claim(link["claim_id"])
                coding = _child(selection, "Coding", guid=link["id"],
                                **{k: v for k, v in _made(link).items() if k in ("creatingUser", "creationDateTime")})
                _child(coding, "CodeRef", targetGUID=name_id("code", series[claim["id"]]))
                _child(coding, "NoteRef", targetGUID=claim["id"])
        _values(source, document, DOCUMENT_VARIABLES)
    if data.claims:
        notes = _child(project, "Notes")
        for claim in data.claims:
            note = _child(notes, "Note", guid=claim["id"], name=describe_claim(claim)[:200], **_made(claim))
            text = describe_claim(claim) + (f"\n\n{claim['note']}" if claim["note"] else "")
            _child(note, "PlainTextContent").text = text
    ET.indent(project)
    xml = ET.tostring(project, encoding="utf-8", xml_declaration=True)
    with replacing(out, "wb") as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as package:
        _add(package, "project.qde", xml)
        for document in data.documents:
            _add(package, f"Sources/{document['id']}.txt", data.texts[document["id"]].encode("utf-8"))
    return [out]


def _element(tag: str, **attributes: str) -> ET.Element:
    return ET.Element(f"{{{NAMESPACE}}}{tag}", {k: v for k, v in attributes.items() if v not in (None, "")})


def _child(parent: ET.Element, tag: str, **attributes: str) -> ET.Element:
    element = _element(tag, **attributes)
    parent.append(element)
    return element


def _made(record: dict) -> dict[str, str]:
    """Who made and last changed a record, and when (the user ids of :func:`name_id`)."""
    user = name_id("user", record["author"]) if record.get("author") else None
    return {"creatingUser": user, "creationDateTime": record.get("created_at"),
            "modifyingUser": user, "modifiedDateTime": record.get("updated_at")}


def _values(parent: ET.Element, record: dict, fields) -> None:
    for field, kind in fields:
        value = record.get(field)
        if value in (None, "", []):
            continue
        holder = _child(parent, "VariableValue")
        _child(holder, "VariableRef", targetGUID=name_id("variable", field))
        if isinstance(value, list):
            value = TAG_SEPARATOR.join(value)
        _child(holder, _VALUE_ELEMENT[kind]).text = number_text(value) if kind == "Float" else str(value)


def _add(package: zipfile.ZipFile, name: str, data: bytes) -> None:
    entry = zipfile.ZipInfo(name, _ZIP_TIME)
    entry.compress_type = zipfile.ZIP_DEFLATED
    package.writestr(entry, data)
