"""REFI-QDA projects (.qdpx) read back: Curator's own (every claim as it was exported),
or another tool's (QualCoder, NVivo, …: each coding of a text becomes a draft claim
whose measure is its code's name, for the curator to complete).

Text sources become documents (their text from ``Sources/`` or the source's own
content), plain-text selections become spans at the same code-point positions, codings
become claims citing them. What comes out has the shape of Curator's JSON export and
comes in by the same path (curatorjson.import_records: staged, then merged).
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from curator.errors import ImportProblem
from curator.exports.qdpx import CLAIM_VARIABLES, NAMESPACE, TAG_SEPARATOR, name_id
from curator.i18n import translate
from curator.importers.curatorjson import import_records
from curator.jobs import CancelCheck, Progress, never_cancelled, no_progress
from curator.merge import MergeReport
from curator.models import utcnow
from curator.normalise import normalise_text
from curator.storage import Project

#: Limits against zip bombs: all parts unpacked, and the largest ratio.
MAX_UNPACKED, MAX_RATIO = 1024 * 1024 * 1024, 200
_Q = f"{{{NAMESPACE}}}"
_CONTEXT = 32  # characters of prefix and suffix a span keeps


def import_qdpx(target: Project, path: Path, progress: Progress = no_progress,
                cancelled: CancelCheck = never_cancelled) -> MergeReport:
    return import_records(target, path, read_qdpx(path), progress, cancelled)


def read_qdpx(path: Path) -> dict:
    """The project in the shape of Curator's JSON export (with the texts)."""
    try:
        package = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        raise ImportProblem(translate("import", "{path}: not a REFI-QDA project (not a zip file)")
                            .format(path=path)) from error
    with package:
        members = package.infolist()
        unpacked = sum(m.file_size for m in members)
        if unpacked > MAX_UNPACKED or unpacked / max(1, sum(m.compress_size for m in members)) > MAX_RATIO:
            raise ImportProblem(translate("import", "{path}: refused: it unpacks to {megabytes} MB (a zip bomb?)")
                                .format(path=path, megabytes=unpacked // (1024 * 1024)))
        if "project.qde" not in package.namelist():
            raise ImportProblem(translate("import", "{path}: not a REFI-QDA project (no project.qde inside)")
                                .format(path=path))
        xml = package.read("project.qde")
        if b"<!DOCTYPE" in xml[:4096] or b"<!ENTITY" in xml[:65536]:
            raise ImportProblem(translate("import", "{name}: refused: {part} declares XML entities (an entity attack?)")
                                .format(name=path, part="project.qde"))
        records = _records(_parse(xml, path), package, path)
        if not records["documents"]:
            raise ImportProblem(translate("import", "{path}: the REFI-QDA project holds no text sources")
                                .format(path=path))
        return records


def _parse(xml: bytes, path: Path):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.parse(io.BytesIO(xml), parser).getroot()
    except etree.XMLSyntaxError as error:
        raise ImportProblem(translate("import", "{path}: project.qde is not readable XML ({error})")
                            .format(path=path, error=error)) from error
    if root.tag != f"{_Q}Project":
        raise ImportProblem(translate("import", "{path}: not a REFI-QDA project (its root is not a Project)")
                            .format(path=path))
    return root


def _records(root, package: zipfile.ZipFile, path: Path) -> dict:
    now = utcnow().isoformat()
    users = {u.get("guid"): u.get("name") or "" for u in root.iter(f"{_Q}User")}
    codes = {c.get("guid"): c.get("name") for c in root.iter(f"{_Q}Code")}
    variables = {v.get("guid"): v.get("name") for v in root.iter(f"{_Q}Variable")}
    notes = {n.get("guid"): (n.findtext(f"{_Q}PlainTextContent") or "") for n in root.iter(f"{_Q}Note")}
    cases = {c.get("guid"): _values(c, variables) for c in root.iter(f"{_Q}Case")}
    documents, spans, claims, evidence = [], [], {}, []
    for source in root.iter(f"{_Q}TextSource"):
        if source.getparent() is not None and source.getparent().tag != f"{_Q}Sources":
            continue  # a note's or a picture's text, not a source
        text = normalise_text(_source_text(source, package, path))
        document_id = source.get("guid").strip("{}").lower()
        made = _made(source, users, now)
        values = _values(source, variables)
        documents.append({
            "id": document_id, "title": source.get("name") or "", "text": text,
            "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
            # No original file came with it: a digest of its text and id stands in (unique).
            "original_sha256": hashlib.sha256(f"{document_id}\0{text}".encode()).hexdigest(),
            "original_name": f"{source.get('name') or document_id}.txt", "media_type": "text/plain",
            "outlet": values.get("outlet", ""), "url": values.get("url", ""), "language": values.get("language", ""),
            "published": values.get("published") or None,
            "published_precision": values.get("published_precision") or ("day" if values.get("published") else None),
            "imported_at": now, "notes": "", "authors": "", **made,
        })
        for selection in source.iter(f"{_Q}PlainTextSelection"):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            if not 0 <= start < end <= len(text):
                raise ImportProblem(translate("import", "{path}: a selection of “{name}” lies outside its text "
                                                        "({start}–{end} of {length} characters)")
                                    .format(path=path, name=source.get("name"), start=start, end=end,
                                            length=len(text)))
            span_id = selection.get("guid").strip("{}").lower()
            spans.append({"id": span_id, "document_id": document_id, "start": start, "end": end,
                          "quote": text[start:end], "prefix": text[max(0, start - _CONTEXT):start],
                          "suffix": text[end:end + _CONTEXT], **_made(selection, users, now)})
            for coding in selection.iter(f"{_Q}Coding"):
                coding_id = coding.get("guid").strip("{}").lower()
                note = coding.find(f"{_Q}NoteRef")
                claim_id = note.get("targetGUID").strip("{}").lower() if note is not None else coding_id
                if claim_id not in claims:
                    code = codes.get(coding.find(f"{_Q}CodeRef").get("targetGUID"), "")
                    claims[claim_id] = _claim(claim_id, code, notes.get(claim_id, ""),
                                              cases.get(name_id("case", claim_id), {}), _made(coding, users, now))
                evidence.append({"id": coding_id, "claim_id": claim_id, "span_id": span_id,
                                 **_made(coding, users, now)})
    return {"documents": documents, "spans": spans, "claims": list(claims.values()), "evidence": evidence,
            "vocabulary": []}


def _source_text(source, package: zipfile.ZipFile, path: Path) -> str:
    content = source.findtext(f"{_Q}PlainTextContent")
    if content is not None:
        return content
    where = source.get("plainTextPath") or ""
    member = "Sources/" + where.removeprefix("internal://") if where.startswith("internal://") else None
    if member is None or member not in package.namelist():
        raise ImportProblem(translate("import", "{path}: the text of “{name}” is not in the project file")
                            .format(path=path, name=source.get("name")))
    return package.read(member).decode("utf-8-sig")


def _values(element, variables: dict[str, str]) -> dict[str, str]:
    found = {}
    for holder in element.findall(f"{_Q}VariableValue"):
        name = variables.get(holder.find(f"{_Q}VariableRef").get("targetGUID"))
        value = next((child.text for child in holder if child.tag != f"{_Q}VariableRef"), None)
        if name and value is not None:
            found[name] = value
    return found


def _claim(claim_id: str, code: str, note: str, values: dict[str, str], made: dict) -> dict:
    """A claim from its case's variables (Curator's own files), else from its code:
    "subject · measure" as Curator names series, or the code's name as the measure."""
    subject, _, measure = code.partition(" · ") if " · " in code else ("", "", code)
    claim = {"id": claim_id, "subject": subject, "measure": measure, "value": None, "upper_value": None,
             "qualifier": "exact", "unit": "", "as_of": None, "as_of_precision": None, "attributed_to": "",
             "reported_by": "", "status": "draft", "note": note.partition("\n\n")[2], "tags": [], **made}
    kinds = dict(CLAIM_VARIABLES)
    for field, value in values.items():
        if field not in kinds:
            continue
        if kinds[field] == "Float":
            claim[field] = float(value)
        elif field == "tags":
            claim[field] = [tag for tag in value.split(TAG_SEPARATOR) if tag]
        else:
            claim[field] = value
    return claim


def _made(element, users: dict[str, str], now: str) -> dict:
    return {"author": users.get(element.get("creatingUser"), ""),
            "created_at": element.get("creationDateTime") or now,
            "updated_at": element.get("modifiedDateTime") or element.get("creationDateTime") or now}
