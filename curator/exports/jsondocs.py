"""JSON exports: Curator's own versioned schema, and W3C Web Annotations (JSON-LD)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from curator import __version__
from curator.exports.dataset import EXPORT_SCHEMA_VERSION, CuratedSet
from curator.figures import format_value
from curator.files import replacing

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
SCHEMA_URN = f"urn:curator:export-schema:{EXPORT_SCHEMA_VERSION}"


class Encoded(str):
    """A record already written as JSON text (by SQLite): put in as it is."""


def _dump(path: Path, data: dict) -> None:
    """JSON with sorted keys and one record per line: fast (the C encoder, or records
    SQLite encoded) and easy to diff."""
    encoder = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ": ")).encode

    def encode(value) -> str:
        return value if isinstance(value, Encoded) else encoder(value)

    with replacing(path, "w", encoding="utf-8") as out:
        out.write("{\n")
        for n, key in enumerate(sorted(data)):
            value = data[key]
            out.write(f"{encode(key)}: ")
            if isinstance(value, list) and value:
                out.write("[\n" + ",\n".join(map(encode, value)) + "\n]")
            else:
                out.write(encode(value))
            out.write(",\n" if n < len(data) - 1 else "\n")
        out.write("}\n")


def export_json(records: dict[str, list[str]], out: Path, title: str, exported_at: str) -> list[Path]:
    """The whole curated set (the records of :func:`dataset.json_records`);
    ``resources/schemas/curator-export-1.json`` describes it."""
    document = {
        "schema": SCHEMA_URN,
        "schema_version": EXPORT_SCHEMA_VERSION,
        "generator": f"Curator {__version__}",
        "title": title,
        "exported_at": exported_at,
        **{key: [Encoded(record) for record in rows] for key, rows in records.items()},
    }
    _dump(out, document)
    return [out]


def describe_claim(claim: dict) -> str:
    """'more than 900 in captivity (Mariupol defenders), as of 2024-02-01, according to Denys Prokopenko'."""
    value = format_value(claim["value"])
    if claim["qualifier"] == "range":
        value = f"{value}–{format_value(claim['upper_value'])}"
    elif claim["qualifier"] != "exact":
        value = f"{claim['qualifier']} {value}"
    parts = [" ".join(p for p in (value, claim["unit"], claim["measure"]) if p)]
    if claim["subject"]:
        parts[0] += f" ({claim['subject']})"
    if claim["as_of"]:
        parts.append(f"as of {claim['as_of']}")
    if claim["attributed_to"]:
        parts.append(f"according to {claim['attributed_to']}")
    if claim["reported_by"]:
        parts.append(f"reported by {claim['reported_by']}")
    return ", ".join(p for p in parts if p)


def export_annotations(data: CuratedSet, out: Path, title: str, exported_at: str) -> list[Path]:
    """Each piece of evidence as a Web Annotation: the target is the quoted text
    (TextQuoteSelector and TextPositionSelector, in code points as the model says),
    the body the claim it supports."""
    items = []
    for link in sorted(data.evidence, key=lambda e: e["id"]):
        span, claim = data.span(link["span_id"]), data.claim(link["claim_id"])
        document = data.document(span["document_id"])
        source = {"id": f"urn:uuid:{document['id']}", "type": "Text", "format": "text/plain"}
        if document["title"]:  # a term of the context's own Dublin Core prefix: kept on expansion
            source["dcterms:title"] = document["title"]
        annotation = {
            "id": f"urn:uuid:{link['id']}",
            "type": "Annotation",
            "motivation": "describing",
            "created": link["created_at"],
            "modified": link["updated_at"],
            "creator": {"type": "Person", "name": link["author"]} if link["author"] else None,
            "body": [
                {"type": "TextualBody", "purpose": "describing", "format": "text/plain",
                 "value": describe_claim(claim)},
                {"type": "TextualBody", "purpose": "identifying", "value": f"urn:uuid:{claim['id']}"},
                *({"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in claim["tags"]),
            ],
            "target": {
                "source": source,
                "selector": [
                    {"type": "TextQuoteSelector", "exact": span["quote"], "prefix": span["prefix"],
                     "suffix": span["suffix"]},
                    {"type": "TextPositionSelector", "start": span["start"], "end": span["end"]},
                ],
            },
        }
        if document["url"]:
            annotation["target"]["source"]["canonical"] = document["url"]
        items.append({k: v for k, v in annotation.items() if v is not None})
    # Ids of this export's collection and its one page: the same export, the same ids.
    collection_id, page_id = (f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'curator:{title}:{exported_at}:{part}')}"
                              for part in ("collection", "page-1"))
    collection = {
        "@context": ANNOTATION_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": title,
        "generated": exported_at,
        "total": len(items),
        "first": {"id": page_id, "type": "AnnotationPage", "startIndex": 0,
                  "items": items},
    }
    _dump(out, collection)
    return [out]
