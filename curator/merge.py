"""Merging the project of a volunteer who worked offline into this one, losing nothing.

Records are matched by UUID. Which side is newer is read from both projects' history:
when one side's current version is in the other side's history, the other side has
moved on from it and wins without a conflict. Otherwise both changed since they
diverged: a conflict, settled by the later edit, with the set-aside version written
to history and listed in the report. A deletion on one side meeting an edit on the
other is a conflict too, and the edit is kept.

Documents are matched by the SHA-256 of their text (two volunteers who imported the
same article share one document and their spans line up); failing that, by the
original file's SHA-256, with spans found again by their quotes. Vocabulary entries
with the same name or a shared alias are joined.

The merge is one transaction: cancelled or killed, the target is unchanged. Merging
the same source again changes nothing.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, select, text

from curator.anchoring import locate
from curator.errors import CuratorError, ProjectError
from curator.files import write_text
from curator.i18n import QT_TRANSLATE_NOOP, Messages, translate
from curator.jobs import CancelCheck, Progress, check, never_cancelled, no_progress
from curator.labels import FIELD_LABELS
from curator.models import History, uuid_from_text
from curator.records import conflict_fields, in_words
from curator.storage import Changes, Project, backups
from curator.storage.migrate import backup
from curator.storage.project import check_file
from curator.storage.writer import CHUNK, Row, Writer, row_image, table_of

#: Tables in the order their rows may be inserted (parents first).
ORDER = ("document", "term", "span", "claim", "evidence", "rejection")
#: The kinds of conflict a merge keeps for a curator to resolve.
#: (Stored as they are; said in the interface's language, context "merge".)
CHANGED_IN_BOTH = QT_TRANSLATE_NOOP("merge", "changed in both projects")
EDITED_HERE = QT_TRANSLATE_NOOP("merge", "edited here, deleted in the merged project")
EDITED_THERE = QT_TRANSLATE_NOOP("merge", "deleted here, edited in the merged project")
CITED_HERE = QT_TRANSLATE_NOOP("merge", "deleted in the merged project but still cited here")
#: Records whose conflicts are kept for a curator to resolve.
RESOLVABLE = ("claim", "document", "term")
#: The order a preview lists what a merge does: what curators look for first.
SHOWN = ("document", "claim", "span", "term")
LABELS = {"document": QT_TRANSLATE_NOOP("merge", "document"), "term": QT_TRANSLATE_NOOP("merge", "vocabulary entry"),
          "span": QT_TRANSLATE_NOOP("merge", "quoted text"), "claim": QT_TRANSLATE_NOOP("merge", "claim"),
          "evidence": QT_TRANSLATE_NOOP("merge", "evidence link"),
          "rejection": QT_TRANSLATE_NOOP("merge", "rejected suggestion")}


def _merging(table: str) -> str:
    """What a merge is doing, as its progress dialog says it."""
    return {"document": translate("merge", "Merging documents"), "term": translate("merge", "Merging the vocabulary"),
            "span": translate("merge", "Merging quoted text"), "claim": translate("merge", "Merging claims"),
            "evidence": translate("merge", "Merging evidence"),
            "rejection": translate("merge", "Merging rejected suggestions")}[table]


@dataclass
class Conflict:
    table: str
    record_id: uuid.UUID
    kind: str
    kept: str
    description: str
    differences: dict[str, tuple[object, object]] = field(default_factory=dict)
    #: The record as it is shown: described when the line is read, in the language of then.
    shown: Row | None = None

    def line(self) -> str:
        """The conflict in words: the record as a curator knows it, then its id."""
        return translate("merge", "{what} {description} ({id}): {kind}; kept {kept}.").format(
            what=translate("merge", LABELS[self.table]),
            description=_describe(self.table, self.shown) if self.shown is not None else self.description,
            id=self.record_id,
            kind=translate("merge", self.kind), kept=translate("merge", self.kept))


@dataclass
class MergeReport(Messages):
    source: Path
    inserted: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    matched_documents: int = 0
    joined_terms: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    changes: Changes = field(default_factory=lambda: Changes("Merge"))
    report_file: Path | None = None
    # The history rows the merge added (its own and the merged project's): an undo
    # takes them out with the records, a redo puts them back.
    history_ids: list[uuid.UUID] = field(default_factory=list)
    _set_aside_history: list[tuple] = field(default_factory=list, repr=False)
    # A preview: nothing was merged yet.
    dry_run: bool = False

    def summary(self) -> str:
        def total(counter: Counter) -> int:
            return sum(counter.values())

        said = self.tr(
            "Merging {source} will bring {new_claims} new claims, {updated_claims} updated, {deleted_claims} deleted; "
            "{new_documents} new documents, {matched} matched by text; {added} records added, {updated} updated, "
            "{deleted} deleted; %n conflict(s)", "", len(self.conflicts)) if self.dry_run else self.tr(
            "Merged {source}: {new_claims} new claims, {updated_claims} updated, {deleted_claims} deleted; "
            "{new_documents} new documents, {matched} matched by text; {added} records added, {updated} updated, "
            "{deleted} deleted; %n conflict(s)", "", len(self.conflicts))
        return said.format(
                source=self.source.name, new_claims=self.inserted["claim"], updated_claims=self.updated["claim"],
                deleted_claims=self.deleted["claim"], new_documents=self.inserted["document"],
                matched=self.matched_documents, added=total(self.inserted), updated=total(self.updated),
                deleted=total(self.deleted))

    def preview(self) -> list[str]:
        """What the merge does, record by record, in words: added, updated (with the
        fields that change), deleted, then the conflicts."""
        lines: list[str] = []
        for table in SHOWN:  # evidence links are counted in the summary
            rows = self.changes.images(table)
            added = [after for before, after in rows if before is None and after is not None]
            changed = [(before, after) for before, after in rows if before is not None and after is not None]
            gone = [before for before, after in rows if before is not None and after is None]
            label = translate("merge", LABELS[table])
            for heading, items in ((translate("merge", "added: {what} ({n})"), [in_words(table, r) for r in added]),
                                   (translate("merge", "updated: {what} ({n})"),
                                    [f"{in_words(table, a)} ({', '.join(_changed(b, a))})" for b, a in changed]),
                                   (translate("merge", "deleted: {what} ({n})"), [in_words(table, r) for r in gone])):
                if items:
                    lines.append(heading.format(what=label, n=len(items)))
                    lines += [f"  {item}" for item in sorted(items)]
        if self.conflicts:
            lines.append(translate("merge", "conflicts ({n})").format(n=len(self.conflicts)))
            lines += [f"  {conflict.line()}" for conflict in self.conflicts]
        return lines

    def write(self, path: Path) -> Path:
        lines = [f"# Merge of {self.source}", "", f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC", "",
                 self.summary(), ""]
        if self.conflicts:
            lines += ["## Conflicts", "",
                      "Each record below was changed in both projects (or deleted in one and edited in the other). "
                      "The version named as kept is in the project; the other is in its history.", ""]
            for conflict in self.conflicts:
                lines.append(f"- {conflict.line()}")
                for name, (ours, theirs) in conflict.differences.items():
                    lines.append(f"    - {name}: here {ours!r}, there {theirs!r}")
        else:
            lines.append("No conflicts.")
        write_text(path, "\n".join(lines) + "\n")
        self.report_file = path
        return path


# -- reading both sides ---------------------------------------------------------------------
def _rows(connection: Connection, table: str) -> dict[uuid.UUID, Row]:
    t = table_of(table)
    columns = [c for c in t.columns if c.name != "original"]
    names = [c.name for c in columns]
    # zip with the names once, not row._mapping: SQLAlchemy makes a view of the keys for
    # each row (0.6 s of a 10,000-claim preview)
    return {row.id: dict(zip(names, row, strict=True)) for row in connection.execute(select(*columns))}


def _originals(project: Project, document_ids: set[uuid.UUID]) -> dict[uuid.UUID, bytes | None]:
    """The original files of these documents, read in one pass."""
    if not document_ids:
        return {}
    wanted = {str(i) for i in document_ids}
    with project.engine.connect() as connection:
        return {uuid.UUID(i): data for i, data in connection.exec_driver_sql("SELECT id, original FROM document")
                if i in wanted}


@dataclass
class Versions:
    """What a project's history says of each record: every version it has held
    (by ``updated_at``) and the versions it deleted."""

    seen: dict[uuid.UUID, set[datetime]] = field(default_factory=lambda: defaultdict(set))
    deleted: dict[uuid.UUID, set[datetime]] = field(default_factory=lambda: defaultdict(set))
    #: Versions kept by an earlier merge's conflict: the decision stands.
    settled: dict[uuid.UUID, set[datetime]] = field(default_factory=lambda: defaultdict(set))
    #: The ids of its history rows, as stored (text).
    history_ids: set[str] = field(default_factory=set)


def _versions(connection: Connection) -> Versions:
    found = Versions()
    query = text("SELECT id, record_id, action, json_extract(before, '$.updated_at'), "
                 "json_extract(after, '$.updated_at') FROM history")
    records: dict[str, uuid.UUID] = {}  # a record has many versions: its id made once
    for history_id, record_id, action, before, after in connection.execute(query):
        record = records.get(record_id) or records.setdefault(record_id, uuid_from_text(record_id))
        found.history_ids.add(history_id)
        for stamp in (before, after):
            if stamp:
                found.seen[record].add(datetime.fromisoformat(stamp))
        if action == "delete" and before:
            found.deleted[record].add(datetime.fromisoformat(before))
        if action == "conflict" and after:
            found.settled[record].add(datetime.fromisoformat(after))
    return found


def _open_source(source: Path, target: Project) -> tuple[Project, Path]:
    """A private copy of the source, upgraded when older; the volunteer's file is never touched."""
    source = source.expanduser().absolute()
    if not source.exists():
        raise ProjectError(translate("merge", "{source}: no such project").format(source=source))
    if source.resolve() == target.path.resolve():
        raise ProjectError(translate("merge", "{source}: cannot merge a project into itself").format(source=source))
    folder = Path(tempfile.mkdtemp(prefix="curator-merge-"))
    copy = folder / source.name
    try:
        check_file(source)
        backup(source, copy)
        return Project.open(copy), folder
    except ProjectError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise ProjectError(str(error).replace(str(copy), str(source))) from None
    except Exception as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise ProjectError(translate("merge", "{source}: cannot be read as a project ({error})")
            .format(source=source, error=error)) from error


# -- deciding ------------------------------------------------------------------------------------
def _same(a: Row, b: Row) -> bool:
    return all(a.get(k) == b.get(k) for k in a if k not in ("original",))


def _changed(before: Row, after: Row) -> list[str]:
    """The fields an update changes (not its bookkeeping), as the form names them."""
    return sorted(translate("fields", FIELD_LABELS.get(k, k.replace("_", " "))) for k in conflict_fields(before, after))


def _differences(ours: Row, theirs: Row) -> dict[str, tuple[object, object]]:
    return {k: (ours.get(k), theirs.get(k)) for k in conflict_fields(ours, theirs)}


def _describe(table: str, row: Row) -> str:
    """A conflict's record in words; a claim with who edited it last and when."""
    if table == "claim":
        return translate("merge", "{claim}, edited by {author} at {time}").format(
            claim=in_words("claim", row), author=row["author"] or translate("merge", "someone"),
            time=f"{row['updated_at']:%Y-%m-%d %H:%M}")
    return in_words(table, row)


#: History rows as stored, column by column: what a merge copies, an undo takes out and a
#: redo puts back.
_HISTORY_COLUMNS = [c.name for c in History.__table__.columns]
_HISTORY_SELECT = ", ".join(f"[{c}]" for c in _HISTORY_COLUMNS)


def _insert_history(connection: Connection, rows: list[tuple]) -> None:
    if rows:
        connection.exec_driver_sql(
            f"INSERT INTO history ({_HISTORY_SELECT}) VALUES ({', '.join('?' * len(_HISTORY_COLUMNS))})", rows)


class _DryRun(Exception):
    """Raised inside a preview's transaction so that it rolls back."""


class _Merger:
    def __init__(self, target: Project, source: Project, report: MergeReport, writer: Writer,
                 progress: Progress, cancelled: CancelCheck) -> None:
        self.target, self.source, self.report, self.writer = target, source, report, writer
        self.progress, self.cancelled = progress, cancelled
        # Ours are read inside the merge's write transaction, which holds the write lock
        # from its start: what is decided here is what the target holds when it commits,
        # whatever another window or process tried to write meanwhile (it waits).
        ours = writer.connection
        self.ours = {table: _rows(ours, table) for table in ORDER}
        self.our_versions = _versions(ours)
        with source.engine.connect() as theirs:
            self.theirs = {table: _rows(theirs, table) for table in ORDER}
            self.their_versions = _versions(theirs)
        self.document_map: dict[uuid.UUID, uuid.UUID] = {}
        self.reanchor: set[uuid.UUID] = set()  # source documents whose spans must be found by quote
        self.term_map: dict[uuid.UUID, uuid.UUID] = {}
        # Planned writes, per table.
        self.inserts: dict[str, list[Row]] = defaultdict(list)
        self.updates: dict[str, list[tuple[Row, Row]]] = defaultdict(list)
        self.deletes: dict[str, list[Row]] = defaultdict(list)
        self._planned: dict[str, tuple[set, set]] = {}
        #: Conflicts kept for a curator (rows of the conflict table, their base still to read).
        self.open_conflicts: list[Row] = []

    # The final state after the planned writes, to keep references whole.
    def _exists_after(self, table: str, record_id: uuid.UUID) -> bool:
        if table not in self._planned:
            self._planned[table] = ({r["id"] for r in self.inserts[table]}, {r["id"] for r in self.deletes[table]})
        inserted, deleted = self._planned[table]
        return record_id not in deleted and (record_id in self.ours[table] or record_id in inserted)

    def conflict(self, table: str, record_id, kind: str, kept: str, ours: Row | None, theirs: Row | None,
                 kept_row: Row | None) -> None:
        shown = ours or theirs
        self.report.conflicts.append(Conflict(
            table, record_id, kind, kept, "", _differences(ours, theirs) if ours and theirs else {}, shown))
        set_aside = theirs if kept_row is ours else ours
        self.writer.note(table, record_id, "conflict", set_aside, kept_row)
        if table in RESOLVABLE:  # kept as an open conflict, for a curator to resolve
            self.open_conflicts.append({
                "table_name": table, "record_id": record_id, "kind": kind, "source": self.report.source.name,
                "kept": "ours" if kept_row is ours else "theirs", "ours": row_image(ours), "theirs": row_image(theirs),
                "base": None})

    def keep_conflicts(self) -> None:
        """The open conflicts, with the version both sides started from, in one statement."""
        bases = self._bases([row["record_id"] for row in self.open_conflicts])
        for row in self.open_conflicts:
            row["base"] = bases.get(str(row["record_id"]))
        self.writer.insert_many("conflict", self.open_conflicts)

    def _bases(self, record_ids: list[uuid.UUID]) -> dict[str, dict]:
        """For each record, the last version both projects held, as this project's history
        has it (its ``after``, else its ``before``), read a chunk of records at a time."""
        wanted = {}
        for record_id in record_ids:
            both = self.our_versions.seen.get(record_id, set()) & self.their_versions.seen.get(record_id, set())
            if both:
                wanted[str(record_id)] = max(both).isoformat(timespec="microseconds")
        found: dict[str, tuple[str, str]] = {}
        ids = list(wanted)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start: start + CHUNK]
            rows = self.writer.connection.exec_driver_sql(
                "SELECT record_id, json_extract(after, '$.updated_at'), after, json_extract(before, '$.updated_at'), "
                f"before FROM history WHERE record_id IN ({', '.join('?' * len(chunk))})", tuple(chunk))
            for record, after_stamp, after, before_stamp, before in rows:
                if after_stamp == wanted[record] and (record not in found or found[record][0] == "before"):
                    found[record] = ("after", after)
                elif before_stamp == wanted[record] and record not in found:
                    found[record] = ("before", before)
        return {record: json.loads(image) for record, (_side, image) in found.items()}

    def decide(self, table: str, record_id: uuid.UUID, ours: Row | None, theirs: Row | None) -> None:
        """Plan the write (if any) that brings our record up to date with theirs."""
        seen_there = self.their_versions.seen.get(record_id, set())
        seen_here = self.our_versions.seen.get(record_id, set())
        if ours is not None and theirs is not None:
            if _same(ours, theirs):
                return
            if ours["updated_at"] in seen_there and ours["updated_at"] != theirs["updated_at"]:
                self.updates[table].append((ours, theirs))  # they moved on from our version
            elif theirs["updated_at"] in seen_here:
                return  # we moved on from theirs
            elif theirs["updated_at"] > ours["updated_at"]:
                self.conflict(table, record_id, CHANGED_IN_BOTH, QT_TRANSLATE_NOOP("merge", "the later edit, from the merged project"),
                              ours, theirs, theirs)
                self.updates[table].append((ours, theirs))
            else:
                self.conflict(table, record_id, CHANGED_IN_BOTH, QT_TRANSLATE_NOOP("merge", "the later edit, from this project"),
                              ours, theirs, ours)
        elif ours is not None:
            deleted_there = self.their_versions.deleted.get(record_id)
            if not deleted_there:
                return  # new here
            if ours["updated_at"] in deleted_there or ours["updated_at"] in seen_there:
                self.deletes[table].append(ours)
            elif ours["updated_at"] in self.our_versions.settled.get(record_id, ()):
                return  # an earlier merge kept this edit over their deletion
            else:
                self.conflict(table, record_id, EDITED_HERE, QT_TRANSLATE_NOOP("merge", "the edit"),
                              ours, None, ours)
        elif theirs is not None:
            deleted_here = self.our_versions.deleted.get(record_id)
            if not deleted_here:
                self.inserts[table].append(theirs)
            elif theirs["updated_at"] in seen_here:
                return  # we deleted what they have
            else:
                self.conflict(table, record_id, EDITED_THERE, QT_TRANSLATE_NOOP("merge", "the edit"),
                              None, theirs, theirs)
                self.inserts[table].append(theirs)

    # -- per table -------------------------------------------------------------------------
    def documents(self) -> None:
        by_text = {row["text_sha256"]: row for row in self.ours["document"].values()}
        by_original = {row["original_sha256"]: row for row in self.ours["document"].values()}
        for record_id, theirs in self.theirs["document"].items():
            if record_id in self.ours["document"]:
                self.decide("document", record_id, self.ours["document"][record_id], theirs)
                continue
            match = by_text.get(theirs["text_sha256"])
            if match is None and theirs["original_sha256"] in by_original:
                match = by_original[theirs["original_sha256"]]
                self.reanchor.add(record_id)
            if match is not None:
                self.document_map[record_id] = match["id"]
                self.report.matched_documents += 1
                blanks = {k: v for k, v in theirs.items() if k in ("title", "outlet", "authors", "url", "published",
                          "published_precision", "language", "notes") and v and not match[k]}
                if blanks:
                    self.writer.update("document", match["id"], blanks)
                    self.report.updated["document"] += 1
                continue
            self.decide("document", record_id, None, theirs)
        for record_id, ours in self.ours["document"].items():
            if record_id not in self.theirs["document"]:
                self.decide("document", record_id, ours, None)

    def terms(self) -> None:
        names: dict[tuple[str, str], Row] = {}
        for row in self.ours["term"].values():
            for name in (row["name"], *row["aliases"]):
                names.setdefault((row["kind"], name.casefold()), row)
        for record_id, theirs in self.theirs["term"].items():
            if record_id in self.ours["term"]:
                self.decide("term", record_id, self.ours["term"][record_id], theirs)
                continue
            match = next((names[(theirs["kind"], n.casefold())] for n in (theirs["name"], *theirs["aliases"])
                          if (theirs["kind"], n.casefold()) in names), None)
            if match is None:
                self.decide("term", record_id, None, theirs)
                continue
            self.term_map[record_id] = match["id"]
            joined = sorted({*match["aliases"], *theirs["aliases"], theirs["name"]} - {match["name"]})
            if joined != sorted(match["aliases"]):
                self.writer.update("term", match["id"], {"aliases": joined})
                match["aliases"] = joined
                self.report.joined_terms += 1

    def spans(self) -> None:
        for record_id, their_row in self.theirs["span"].items():
            theirs = dict(their_row)
            document_id = theirs["document_id"]
            if document_id in self.document_map:
                theirs["document_id"] = self.document_map[document_id]
                if document_id in self.reanchor:
                    text_here = self._text(theirs["document_id"])
                    found = locate(text_here, theirs["quote"], theirs["prefix"], theirs["suffix"], theirs["start"])
                    if found is None:
                        self.report.conflicts.append(Conflict(
                            "span", record_id, QT_TRANSLATE_NOOP("merge", "its quote is not in this project's copy "
                                                                          "of the document"),
                            QT_TRANSLATE_NOOP("merge", "nothing"), f"“{theirs['quote'][:60]}”"))
                        continue
                    theirs["start"], theirs["end"] = found
            self.decide("span", record_id, self.ours["span"].get(record_id), theirs)
        for record_id, ours in self.ours["span"].items():
            if record_id not in self.theirs["span"]:
                self.decide("span", record_id, ours, None)

    def _text(self, document_id: uuid.UUID) -> str:
        t = table_of("document")
        return self.writer.connection.execute(select(t.c.text).where(t.c.id == document_id)).scalar() or ""

    def simple(self, table: str) -> None:
        for record_id in self.theirs[table].keys() | self.ours[table].keys():
            self.decide(table, record_id, self.ours[table].get(record_id), self.theirs[table].get(record_id))

    def keep_references_whole(self) -> None:
        """No evidence pointing at nothing; nothing deleted that is still cited."""
        pairs_here = {(r["claim_id"], r["span_id"]) for r in self.ours["evidence"].values()}
        kept = []
        for row in self.inserts["evidence"]:
            if (row["claim_id"], row["span_id"]) in pairs_here:
                continue  # the same link, made on both sides
            if not (self._exists_after("claim", row["claim_id"]) and self._exists_after("span", row["span_id"])):
                self.report.conflicts.append(Conflict(
                    "evidence", row["id"], QT_TRANSLATE_NOOP("merge", "cites a claim or span deleted here"),
                    QT_TRANSLATE_NOOP("merge", "nothing"), ""))
                continue
            kept.append(row)
        self.inserts["evidence"] = kept
        # A claim deleted there but kept here (its edit won the conflict) keeps its evidence:
        # those links and their quotes went with the deletion, not by a choice of their own.
        rescued = [row for row in self.deletes["evidence"]
                   if row["claim_id"] not in self.theirs["claim"] and self._exists_after("claim", row["claim_id"])]
        if rescued:
            spans = {row["span_id"] for row in rescued}
            self.deletes["evidence"] = [row for row in self.deletes["evidence"] if row not in rescued]
            self.deletes["span"] = [row for row in self.deletes["span"] if row["id"] not in spans]
            self._planned.clear()
        live = [r for r in (*self.ours["evidence"].values(), *self.inserts["evidence"])
                if self._exists_after("evidence", r["id"])]
        self._keep_cited("span", {r["span_id"] for r in live})
        self._keep_cited("claim", {r["claim_id"] for r in live})
        # Only now, with the spans that stay known, which documents are still cited.
        self._keep_cited("document", {r["document_id"] for r in (*self.ours["span"].values(), *self.inserts["span"])
                                      if self._exists_after("span", r["id"])})

    def _keep_cited(self, table: str, cited: set) -> None:
        """Cancel the planned deletions of records that are still cited, as conflicts."""
        for row in self.deletes[table]:
            if row["id"] in cited:
                self.conflict(table, row["id"], CITED_HERE, QT_TRANSLATE_NOOP("merge", "it"),
                              row, None, row)
        self.deletes[table] = [r for r in self.deletes[table] if r["id"] not in cited]
        self._planned.pop(table, None)  # what exists after the merge has changed

    # -- writing -----------------------------------------------------------------------------
    def apply(self) -> None:
        steps = len(ORDER) * 2 + 1
        done = 0
        self.keep_conflicts()
        for table in ORDER:
            check(self.cancelled)
            rows = self.inserts[table]
            if table == "document":
                originals = _originals(self.source, {row["id"] for row in rows})
                for row in rows:
                    row["original"] = originals.get(row["id"])
            self.writer.insert_many(table, rows, stamp=False)
            self.writer.update_rows(table, self.updates[table])
            self.report.inserted[table] += len(rows)
            self.report.updated[table] += len(self.updates[table])
            done += 1
            self.progress(done, steps, _merging(table))
        if self.deletes["document"]:  # their original files too: an undo brings them back whole
            originals = dict(self.writer.connection.execute(
                select(table_of("document").c.id, table_of("document").c.original)
                .where(table_of("document").c.id.in_([row["id"] for row in self.deletes["document"]]))).all())
            for row in self.deletes["document"]:
                row["original"] = originals.get(row["id"])
        for table in reversed(ORDER):
            check(self.cancelled)
            self.writer.delete_rows(table, self.deletes[table])
            self.report.deleted[table] += len(self.deletes[table])
            done += 1
            self.progress(done, steps, translate("merge", "Applying deletions"))
        # Their history comes along (as stored), so the next merge knows which versions we have seen.
        known = self.our_versions.history_ids
        renamed = {str(k): str(v) for k, v in {**self.document_map, **self.term_map}.items()}
        record = _HISTORY_COLUMNS.index("record_id")
        with self.source.engine.connect() as connection:
            rows = [row for row in connection.exec_driver_sql(f"SELECT {_HISTORY_SELECT} FROM history")
                    if row[0] not in known]
        rows = [(*row[:record], renamed.get(row[record], row[record]), *row[record + 1:]) for row in rows]
        self.report.history_ids = [uuid.UUID(row[0]) for row in rows]
        _insert_history(self.writer.connection, rows)
        self.progress(steps, steps, "")


def merge(target: Project, source_path: str | Path, progress: Progress = no_progress,
          cancelled: CancelCheck = never_cancelled, report_folder: Path | None = None,
          named: Path | None = None, dry_run: bool = False) -> MergeReport:
    """Merge the project at ``source_path`` into ``target`` in one transaction;
    ``named``: the file the report names as the source (a JSON export staged as a project).
    ``dry_run``: a preview: the same merge, rolled back (nothing changes, no backup, no
    report file), so what it says is what the merge will do."""
    source_path = Path(source_path)
    source, folder = _open_source(source_path, target)
    report = MergeReport((named or source_path).expanduser().absolute(), dry_run=dry_run)
    try:
        if not target.read_only and not dry_run:
            progress(0, 1, translate("merge", "Backing up {name}").format(name=target.path.name))
            backups.make(target.path, backups.BEFORE_MERGE)
        progress(0, 1, translate("merge", "Reading {name}").format(name=(named or source_path).name))
        try:
            with target.write(f"Merge {source_path.name}") as writer:
                merger = _Merger(target, source, report, writer, progress, cancelled)
                merger.documents()
                merger.terms()
                merger.spans()
                merger.simple("claim")
                merger.simple("evidence")
                merger.simple("rejection")
                merger.keep_references_whole()
                check(cancelled)
                merger.apply()
                report.history_ids += writer.history_ids()
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        report.changes = writer.changes
    finally:
        source.close()
        shutil.rmtree(folder, ignore_errors=True)
    if dry_run:
        report.history_ids = []
        return report
    if report.conflicts:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        where = report_folder or target.path.parent
        try:
            report.write(where / f"{target.path.stem}.merge-{stamp}.md")
        except OSError as error:
            raise CuratorError(translate("merge", "The merge is done, but its report could not be written in "
                                         "{where}: {error}")
                .format(where=where, error=error)) from error
    return report


# -- taking a merge back, and making it again ----------------------------------------------------
def undo_merge(target: Project, report: MergeReport) -> Changes:
    """Put the project back as it was before the merge, in one transaction: every
    record the merge added, changed or deleted, and the history it brought, so that a
    later merge of the same project brings its records again. Refuses in words (and
    changes nothing) when a record the merge wrote was changed since."""
    with target.write(f"Undo {report.changes.operation}") as writer:
        writer.apply(report.changes.inverse())
        writer.forget_history()  # the project as before: no trace of the merge, nor of its undo
        report._set_aside_history = _take_history(writer.connection, report.history_ids)
    return writer.changes


def redo_merge(target: Project, report: MergeReport) -> Changes:
    """Make an undone merge again: the same records and the same history."""
    with target.write(report.changes.operation) as writer:
        writer.apply(report.changes)
        writer.forget_history()
        _insert_history(writer.connection, report._set_aside_history)
        report._set_aside_history = []
    return writer.changes


def _take_history(connection: Connection, ids: list[uuid.UUID]) -> list[tuple]:
    """Remove these history rows; returns them as they were stored."""
    taken: list[tuple] = []
    for start in range(0, len(ids), CHUNK):
        chunk = [str(i) for i in ids[start:start + CHUNK]]
        marks = ", ".join("?" * len(chunk))
        taken += [tuple(row) for row in connection.exec_driver_sql(
            f"SELECT {_HISTORY_SELECT} FROM history WHERE id IN ({marks})", tuple(chunk))]
        connection.exec_driver_sql(f"DELETE FROM history WHERE id IN ({marks})", tuple(chunk))
    return taken
