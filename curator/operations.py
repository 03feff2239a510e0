"""Every edit a curator makes, as one function: one transaction, returning what changed.

The UI wraps these in ``QUndoCommand`` s (undo applies ``changes.inverse()`` through
:meth:`Project.apply`); the command line and tests call them directly.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from curator.anchoring import anchor
from curator.errors import CuratorError
from curator.i18n import QT_TRANSLATE_NOOP, Messages, translate
from curator.models import (
    Claim,
    Evidence,
    Precision,
    Qualifier,
    Record,
    Rejection,
    Span,
    Status,
    Term,
    TermKind,
    utcnow,
)
from curator.records import CLAIM_COLUMNS, conflict_fields
from curator.storage import Changes, Project
from curator.storage.writer import Writer, row_image
from curator.suggestions import Suggestion

#: What an edit may set: every column but those each record keeps for itself.
RECORD_COLUMNS = frozenset(Record.model_fields)
CLAIM_FIELDS = set(CLAIM_COLUMNS) - RECORD_COLUMNS
DOCUMENT_FIELDS = {"title", "outlet", "authors", "url", "published", "published_precision", "language", "notes"}
TERM_FIELDS = {"name", "aliases", "note"}


class Refusals(Messages):
    """Refusals that count what stands in the way."""

    def cited(self, title: str, claims: int) -> str:
        return self.tr("“{title}” cannot be deleted: it is the evidence of %n claim(s). Delete or move that evidence "
                       "first.", "", claims).format(title=title)

    def in_use(self, name: str, claims: int) -> str:
        return self.tr("“{name}” is used by %n claim(s): it stays in the vocabulary while they use it.", "",
                       claims).format(name=name)


@dataclass(frozen=True)
class Selection:
    """Text a curator selected: a document and code-point offsets into its stored text."""

    document_id: uuid.UUID
    start: int
    end: int


def _check_fields(values: Mapping[str, Any], allowed: set[str], what: str) -> dict[str, Any]:
    unknown = set(values) - allowed
    if unknown:
        raise CuratorError(translate("operations", "Unknown {what} field(s): {fields}")
            .format(what=what, fields=', '.join(sorted(unknown))))
    return dict(values)


def _choice(kind: type[enum.StrEnum], field: str, value: Any) -> str:
    """The stored value of one of an enumeration's members, or a refusal naming the choices."""
    try:
        return kind(value).value
    except ValueError:
        raise CuratorError(translate("operations", "'{value}' is not a possible {field} (one of: {choices})")
                           .format(value=value, field=field, choices=", ".join(kind))) from None


def _validate_claim(values: dict[str, Any]) -> dict[str, Any]:
    """Enums by value, tags as a clean list, ranges with an upper value."""
    for field, kind in (("qualifier", Qualifier), ("status", Status), ("as_of_precision", Precision)):
        if field in values and not (field == "as_of_precision" and values[field] is None):  # no date, no precision
            values[field] = _choice(kind, field, values[field])
    if isinstance(values.get("as_of"), str):
        try:
            values["as_of"] = date.fromisoformat(values["as_of"])
        except ValueError:
            raise CuratorError(translate("operations", "'{value}' is not a date (YYYY-MM-DD)")
                               .format(value=values["as_of"])) from None
    if "tags" in values:
        tags = values["tags"]
        if isinstance(tags, str):
            tags = tags.split(",")
        values["tags"] = sorted({tag.strip() for tag in tags if tag and tag.strip()})
    return values


def _new_span(writer: Writer, selection: Selection) -> uuid.UUID:
    document = writer.require("document", selection.document_id)
    where = anchor(document["text"], selection.start, selection.end)
    t = Span.__table__
    existing = writer.connection.execute(
        select(t.c.id).where(
            t.c.document_id == selection.document_id, t.c.start == where.start, t.c.end == where.end
        )
    ).scalar()
    if existing is not None:
        return existing
    return writer.insert("span", {
        "document_id": selection.document_id, "start": where.start, "end": where.end,
        "quote": where.quote, "prefix": where.prefix, "suffix": where.suffix,
    })


def create_claim(project: Project, values: Mapping[str, Any], evidence: Iterable[Selection] = ()) -> Changes:
    """A new claim citing the selected text; ``changes.result`` is its id."""
    values = _validate_claim(_check_fields(values, CLAIM_FIELDS, "claim"))
    with project.write(QT_TRANSLATE_NOOP("operations", "New claim")) as writer:
        claim_id = writer.insert("claim", values)
        for selection in evidence:
            _link(writer, claim_id, _new_span(writer, selection))
    writer.changes.result = claim_id
    return writer.changes


def claim_from_selection(project: Project, selection: Selection) -> Changes:
    """A draft claim citing the selection, filled in as far as the words allow: the
    figure and its qualifier from the text, the as-of date and outlet from the document."""
    from curator.figures import parse_figure
    from curator.queries import document

    source = document(project, selection.document_id)
    if source is None:
        raise CuratorError(translate("operations", "The document is no longer in the project."))
    where = anchor(source.text, selection.start, selection.end)
    values: dict[str, Any] = {"reported_by": source.outlet}
    figure = parse_figure(where.quote)
    if figure is not None:
        values.update(value=figure.value, qualifier=figure.qualifier, upper_value=figure.upper_value)
    if source.published is not None:
        values.update(as_of=source.published, as_of_precision=source.published_precision)
    return create_claim(project, values, [selection])


def accept_suggestions(project: Project, suggestions: Sequence[Suggestion]) -> Changes:
    """A claim for each suggestion, citing its words, its fields filled as suggested, the
    outlet from the document, and ``suggested_by`` naming the rules that found it;
    ``changes.result`` is the list of the new claims' ids. Refused for words already
    evidence of a claim, and for suggestions of documents no longer in the project."""
    if not suggestions:
        raise CuratorError(translate("operations", "No suggestion is chosen."))
    spans, evidence = Span.__table__, Evidence.__table__
    with project.write(QT_TRANSLATE_NOOP("operations", "Accept suggestions")) as writer:
        made = []
        for suggestion in suggestions:
            if suggestion.document_id is None:
                raise CuratorError(translate("operations", "A suggestion names no document."))
            document = writer.get("document", suggestion.document_id)
            if document is None:
                raise CuratorError(translate("operations", "The document is no longer in the project."))
            cited = writer.connection.execute(
                select(func.count()).select_from(evidence.join(spans, spans.c.id == evidence.c.span_id)).where(
                    spans.c.document_id == suggestion.document_id, spans.c.start == suggestion.start,
                    spans.c.end == suggestion.end)).scalar()
            if cited:
                raise CuratorError(translate("operations", "“{quote}” is already the evidence of a claim.")
                                   .format(quote=suggestion.quote))
            values = _validate_claim({**suggestion.claim_values(), "reported_by": document["outlet"]})
            claim_id = writer.insert("claim", values)
            selection = Selection(suggestion.document_id, suggestion.start, suggestion.end)
            _link(writer, claim_id, _new_span(writer, selection))
            made.append(claim_id)
    writer.changes.result = made
    return writer.changes


def reject_suggestions(project: Project, suggestions: Sequence[Suggestion]) -> Changes:
    """Set suggestions aside: they do not come back for their documents."""
    from curator.suggestions import EXTRACTOR

    if not suggestions:
        raise CuratorError(translate("operations", "No suggestion is chosen."))
    with project.write(QT_TRANSLATE_NOOP("operations", "Reject suggestions")) as writer:
        for suggestion in suggestions:
            if suggestion.document_id is None or writer.get("document", suggestion.document_id) is None:
                raise CuratorError(translate("operations", "The document is no longer in the project."))
            writer.insert("rejection", {"document_id": suggestion.document_id, "start": suggestion.start,
                                        "end": suggestion.end, "quote": suggestion.quote, "extractor": EXTRACTOR})
    return writer.changes


def _link(writer: Writer, claim_id: uuid.UUID, span_id: uuid.UUID) -> uuid.UUID | None:
    t = Evidence.__table__
    exists = writer.connection.execute(
        select(t.c.id).where(t.c.claim_id == claim_id, t.c.span_id == span_id)
    ).scalar()
    if exists is not None:
        return None
    return writer.insert("evidence", {"claim_id": claim_id, "span_id": span_id})


def add_evidence(project: Project, claim_id: uuid.UUID, selection: Selection) -> Changes:
    """Cite one more piece of text (of any document) for an existing claim."""
    with project.write(QT_TRANSLATE_NOOP("operations", "Add evidence")) as writer:
        writer.require("claim", claim_id)
        evidence_id = _link(writer, claim_id, _new_span(writer, selection))
        if evidence_id is None:
            raise CuratorError(translate("operations", "This text is already evidence of the claim."))
    writer.changes.result = evidence_id
    return writer.changes


def update_claim(project: Project, claim_id: uuid.UUID, values: Mapping[str, Any]) -> Changes:
    values = _validate_claim(_check_fields(values, CLAIM_FIELDS, "claim"))
    with project.write(QT_TRANSLATE_NOOP("operations", "Edit claim")) as writer:
        writer.update("claim", claim_id, values)
    return writer.changes


def _drop_span_if_unused(writer: Writer, span_id: uuid.UUID) -> None:
    t = Evidence.__table__
    used = writer.connection.execute(select(func.count()).where(t.c.span_id == span_id)).scalar()
    if not used:
        writer.delete("span", span_id)


def remove_evidence(project: Project, evidence_id: uuid.UUID) -> Changes:
    """Stop citing one piece of text; the span goes too when nothing else cites it."""
    with project.write(QT_TRANSLATE_NOOP("operations", "Remove evidence")) as writer:
        row = writer.delete("evidence", evidence_id)
        _drop_span_if_unused(writer, row["span_id"])
    return writer.changes


def delete_claim(project: Project, claim_id: uuid.UUID) -> Changes:
    """Delete a claim, its evidence links and the spans only it cited."""
    with project.write(QT_TRANSLATE_NOOP("operations", "Delete claim")) as writer:
        _delete_claim(writer, claim_id)
    return writer.changes


def _delete_claim(writer: Writer, claim_id: uuid.UUID) -> None:
    t = Evidence.__table__
    links = writer.connection.execute(select(t.c.id, t.c.span_id).where(t.c.claim_id == claim_id)).all()
    for link in links:
        writer.delete("evidence", link.id)
        _drop_span_if_unused(writer, link.span_id)
    writer.delete("claim", claim_id)


_DATES = frozenset({"as_of", "published"})


def resolve_conflict(project: Project, conflict_id: uuid.UUID, keep: str, fields: Iterable[str] = ()) -> Changes:
    """Settle a conflict a merge kept: take ``keep``'s side ("ours": this project's,
    "theirs": the merged project's) for the named fields and the other side for the
    other fields that differ, or ``keep``'s side for every field when none is named;
    for a record deleted on one side, keep it or delete it. One transaction, recorded
    in history, undoable like any edit."""
    if keep not in ("ours", "theirs"):
        raise CuratorError(translate("operations", "Keep “ours” or “theirs”, not “{keep}”.").format(keep=keep))
    fields = list(dict.fromkeys(fields))
    with project.write(QT_TRANSLATE_NOOP("operations", "Resolve conflict")) as writer:
        conflict = writer.get("conflict", conflict_id)
        if conflict is None:
            raise CuratorError(translate("operations", "There is no conflict {id} in this project.").format(
                id=conflict_id))
        if conflict["resolved_at"] is not None:
            raise CuratorError(translate("operations", "This conflict was resolved already, by {who} on {when}.")
                               .format(who=conflict["resolved_by"] or "someone", when=f"{conflict['resolved_at']:%Y-%m-%d}"))
        table, record_id = conflict["table_name"], conflict["record_id"]
        ours, theirs = conflict["ours"], conflict["theirs"]
        chosen = ours if keep == "ours" else theirs
        current = writer.get(table, record_id)
        differing = conflict_fields(ours, theirs)
        if ours is not None and theirs is not None:
            unknown = [name for name in fields if name not in differing]
            if unknown:
                raise CuratorError(translate("operations", "The two versions do not differ in: {fields} (they "
                                             "differ in: {differing}).").format(fields=", ".join(unknown),
                                                                                differing=", ".join(differing)))
            if current is None:
                raise CuratorError(translate("operations", "The record of this conflict was deleted since; "
                                             "nothing to resolve."))
            other = theirs if keep == "ours" else ours
            taken = fields or differing  # named fields from the side kept, the other differing ones from the other
            writer.update(table, record_id, {name: _stored(name, (chosen if name in taken else other).get(name))
                                             for name in differing})
            how = f"kept {keep}" if not fields else (
                f"kept {keep} for {', '.join(taken)}, {'theirs' if keep == 'ours' else 'ours'} for the rest")
        else:
            if fields:
                raise CuratorError(translate("operations", "A record deleted on one side is kept or deleted as a "
                                             "whole: name no fields."))
            if chosen is None and current is not None:  # the side that deleted it wins, as a deletion here does
                if table == "claim":
                    _delete_claim(writer, record_id)
                elif table == "document":
                    _delete_document(writer, record_id)  # refused in words while claims cite it
                else:
                    writer.delete(table, record_id)
            elif chosen is not None and current is None:
                writer.insert_many(table, [{k: _stored(k, v) for k, v in chosen.items()}], stamp=False)
            how = f"kept {keep}"
        writer.update("conflict", conflict_id, {"resolved_at": utcnow(), "resolved_by": project.author,
                                                "resolution": how})
    return writer.changes


def restore_version(project: Project, history_id: uuid.UUID) -> Changes:
    """Bring a claim, document or vocabulary entry back to a version its history holds
    (what an edit made it, or what a merge set aside): a new edit, by this curator,
    undoable like any other."""
    from curator.models import History

    t = History.__table__
    with project.write(QT_TRANSLATE_NOOP("operations", "Restore version")) as writer:
        entry = writer.connection.execute(select(t).where(t.c.id == history_id)).mappings().first()
        if entry is None:
            raise CuratorError(translate("operations", "There is no such version in this project's history."))
        version = entry["before"] if entry["action"] in ("conflict", "delete") else entry["after"]
        if entry["table_name"] not in ("claim", "document", "term") or version is None:
            raise CuratorError(translate("operations", "Only a version of a claim, a document or a vocabulary "
                                         "entry can be restored."))
        current = writer.get(entry["table_name"], entry["record_id"])
        if current is None:
            raise CuratorError(translate("operations", "It was deleted since: undo the deletion to bring it back."))
        current_image = row_image(current)  # as history keeps it: dates and times as text
        fields = conflict_fields(current_image, {**current_image, **version})
        writer.update(entry["table_name"], entry["record_id"], {name: _stored(name, version.get(name))
                                                                 for name in fields})
    return writer.changes


def _stored(name: str, value: Any) -> Any:
    """A value of a history image as its column takes it (dates were written as text)."""
    if name in _DATES and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def update_document(project: Project, document_id: uuid.UUID, values: Mapping[str, Any]) -> Changes:
    """Edit a document's metadata (its text never changes: spans are anchored to it)."""
    values = _check_fields(values, DOCUMENT_FIELDS, "document")
    if values.get("published_precision") is not None:
        values["published_precision"] = Precision(values["published_precision"]).value
    with project.write(QT_TRANSLATE_NOOP("operations", "Edit document")) as writer:
        writer.update("document", document_id, values)
    return writer.changes


def delete_document(project: Project, document_id: uuid.UUID) -> Changes:
    """Remove a document from the project, with its spans; refused while claims cite
    it (their evidence would be lost), naming how many."""
    with project.write(QT_TRANSLATE_NOOP("operations", "Delete document")) as writer:
        _delete_document(writer, document_id)
    return writer.changes


def _delete_document(writer: Writer, document_id: uuid.UUID) -> None:
    document = writer.require("document", document_id)
    cited = writer.connection.execute(
        select(func.count(func.distinct(Evidence.__table__.c.claim_id)))
        .join(Span.__table__, Span.__table__.c.id == Evidence.__table__.c.span_id)
        .where(Span.__table__.c.document_id == document_id)
    ).scalar()
    if cited:
        raise CuratorError(Refusals().cited(document["title"] or document["original_name"], cited))
    spans = Span.__table__
    for (span_id,) in writer.connection.execute(select(spans.c.id).where(spans.c.document_id == document_id)):
        writer.delete("span", span_id)
    rejections = Rejection.__table__
    for (rejection_id,) in writer.connection.execute(
            select(rejections.c.id).where(rejections.c.document_id == document_id)):
        writer.delete("rejection", rejection_id)
    writer.delete("document", document_id)


def add_term(project: Project, kind: TermKind | str, name: str, aliases: Iterable[str] = ()) -> Changes:
    """A vocabulary entry; adding a name that exists merges the aliases into it."""
    kind = TermKind(kind).value
    name = name.strip()
    if not name:
        raise CuratorError(translate("operations", "A vocabulary entry needs a name."))
    aliases = sorted({a.strip() for a in aliases if a.strip() and a.strip() != name})
    t = Term.__table__
    with project.write(QT_TRANSLATE_NOOP("operations", "Add to vocabulary")) as writer:
        existing = writer.connection.execute(select(t).where(t.c.kind == kind, t.c.name == name)).mappings().first()
        if existing is None:
            writer.changes.result = writer.insert("term", {"kind": kind, "name": name, "aliases": aliases})
        else:
            merged = sorted(set(existing["aliases"]) | set(aliases))
            writer.update("term", existing["id"], {"aliases": merged})
            writer.changes.result = existing["id"]
    return writer.changes


def update_term(project: Project, term_id: uuid.UUID, values: Mapping[str, Any]) -> Changes:
    """Rename a vocabulary entry or change its aliases; a name must be unique per kind."""
    values = _check_fields(values, TERM_FIELDS, "vocabulary")
    if "name" in values:
        values["name"] = values["name"].strip()
        if not values["name"]:
            raise CuratorError(translate("operations", "A vocabulary entry needs a name."))
    if "aliases" in values:
        values["aliases"] = sorted({a.strip() for a in values["aliases"] if a.strip()})
    t = Term.__table__
    with project.write(QT_TRANSLATE_NOOP("operations", "Edit vocabulary")) as writer:
        current = writer.require("term", term_id)
        if "name" in values:
            clash = writer.connection.execute(select(t.c.id).where(
                t.c.kind == current["kind"], t.c.name == values["name"], t.c.id != term_id)).scalar()
            if clash is not None:
                raise CuratorError(translate("operations", "“{name}” is already in the vocabulary.")
                    .format(name=values['name']))
        writer.update("term", term_id, values)
    return writer.changes


def delete_term(project: Project, term_id: uuid.UUID) -> Changes:
    """Remove a vocabulary entry no claim uses (by its name or an alias)."""
    from curator.queries import CLAIM_FIELD_OF_KIND

    with project.write(QT_TRANSLATE_NOOP("operations", "Remove from vocabulary")) as writer:
        term = writer.require("term", term_id)
        column = CLAIM_FIELD_OF_KIND[term["kind"]]
        spellings = [term["name"], *term["aliases"]]
        used = writer.connection.execute(
            select(func.count()).select_from(Claim.__table__).where(Claim.__table__.c[column].in_(spellings))).scalar()
        if used:
            raise CuratorError(Refusals().in_use(term["name"], used))
        writer.delete("term", term_id)
    return writer.changes


__all__ = [
    "Selection", "add_evidence", "add_term", "claim_from_selection", "create_claim", "delete_claim", "delete_document",
    "delete_term", "remove_evidence", "resolve_conflict", "restore_version",
    "update_claim", "update_document", "update_term",
]
