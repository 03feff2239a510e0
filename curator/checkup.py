"""Check Project and Repair: what is wrong with a project, in words, and what can be
rebuilt.

The check reads only: SQLite's own integrity and foreign-key checks, the full-text
index against the documents, every span's quote against its document's text, and every
stored value Curator decodes (times, ids, lists). Repair backs the project up first,
then, in one recorded transaction, rebuilds the search index, moves spans whose words
moved back onto them, and removes links whose claim or span is gone, listing each.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from curator import wordforms
from curator.anchoring import locate
from curator.i18n import QT_TRANSLATE_NOOP, Messages, translate
from curator.jobs import CancelCheck, Progress, check, never_cancelled, no_progress
from curator.storage import Changes, Project, backups

#: At most this many findings of one kind are listed (all are counted).
LISTED = 20
#: The kinds of problem, as a report names them.
KINDS = {"file": QT_TRANSLATE_NOOP("check", "file"), "link": QT_TRANSLATE_NOOP("check", "link"),
         "search index": QT_TRANSLATE_NOOP("check", "search index"), "span": QT_TRANSLATE_NOOP("check", "quote"),
         "value": QT_TRANSLATE_NOOP("check", "value")}


@dataclass
class Finding:
    kind: str  # "file" | "search index" | "span" | "link" | "value"
    what: str
    repairable: bool


@dataclass
class CheckReport(Messages):
    path: Path
    findings: list[Finding] = field(default_factory=list)
    counted: dict[str, int] = field(default_factory=dict)
    #: What a repair did, one line each (empty after a plain check).
    repaired: list[str] = field(default_factory=list)
    backup: Path | None = None
    #: The rows a repair wrote, for the views (a repair is recorded like any edit).
    changes: Changes | None = None

    def add(self, kind: str, what: str, repairable: bool) -> None:
        self.counted[kind] = self.counted.get(kind, 0) + 1
        if self.counted[kind] <= LISTED:
            self.findings.append(Finding(kind, what, repairable))

    @property
    def healthy(self) -> bool:
        return not self.findings

    @property
    def repairable(self) -> bool:
        return bool(self.findings) and all(f.repairable for f in self.findings)

    def lines(self) -> list[str]:
        found = [f"{translate('check', KINDS.get(f.kind, f.kind))}: {f.what}" for f in self.findings]
        more = [translate("check", "… and {more} more of kind {kind}").format(more=n - LISTED, kind=kind)
                for kind, n in self.counted.items() if n > LISTED]
        return found + more

    def summary(self) -> str:
        if self.repaired:
            return self.tr("{name}: repaired (%n change(s))", "", len(self.repaired)).format(
                name=self.path.name)
        if self.healthy:
            return translate("check", "{name}: no problems found").format(name=self.path.name)
        total = sum(self.counted.values())
        advice = (translate("check", "Repair can fix them (a backup is made first)") if self.repairable else
                  translate("check", "some cannot be repaired here: restore a backup (File → Restore From Backup)"))
        return self.tr("{name}: %n problem(s) found; {advice}", "", total).format(
            name=self.path.name, advice=advice)


def check_project(project: Project, progress: Progress = no_progress,
                  cancelled: CancelCheck = never_cancelled) -> CheckReport:
    report = CheckReport(project.path)
    with project.sqlite() as connection:
        progress(0, 5, translate("check", "Checking the file"))
        for (message,) in connection.execute("PRAGMA integrity_check(100)"):
            if message != "ok":
                report.add("file", f"SQLite: {message}", repairable=False)
        check(cancelled)
        progress(1, 5, translate("check", "Checking links"))
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
            report.add("link", translate("check", "a row of {table} (row {row}) refers to a missing {parent}").format(
                table=table, row=rowid, parent=parent), repairable=True)
        check(cancelled)
        progress(2, 5, translate("check", "Checking the search index"))
        if not _search_index_whole(connection):
            report.add("search index", translate("check", "the full-text index does not match the documents"),
                       repairable=True)
        check(cancelled)
        progress(3, 5, translate("check", "Checking every quote"))
        for span_id, document, start, end, quote, found in _spans(connection):
            if found is None:
                gone = translate("check", "the quote “{quote}” ({id}) is no longer in “{document}”")
                report.add("span", gone.format(quote=_short(quote), id=span_id, document=document), repairable=False)
            elif found != (start, end):
                moved = translate("check", "the quote “{quote}” in “{document}” moved from {start}–{end} to "
                                           "{new_start}–{new_end}")
                report.add("span", moved.format(quote=_short(quote), document=document, start=start, end=end,
                                                new_start=found[0], new_end=found[1]), repairable=True)
        check(cancelled)
        progress(4, 5, translate("check", "Checking stored values"))
        for what in _bad_values(connection):
            report.add("value", what, repairable=False)
    progress(5, 5, "")
    return report


def repair_project(project: Project, progress: Progress = no_progress,
                   cancelled: CancelCheck = never_cancelled) -> CheckReport:
    """Back up, then repair what can be repaired in one transaction; the report lists
    every change, and what is left."""
    found = check_project(project, progress, cancelled)
    if found.healthy:
        return found
    report = CheckReport(project.path)
    report.backup = backups.make(project.path, backups.BEFORE_REPAIR)
    with project.write(QT_TRANSLATE_NOOP("operations", "Repair project")) as writer:
        connection = writer.connection
        connection.exec_driver_sql("INSERT INTO document_fts(document_fts) VALUES ('rebuild')")
        wordforms.rebuild(connection)
        if any(f.kind == "search index" for f in found.findings):
            report.repaired.append(translate("check", "rebuilt the full-text index"))
        raw = connection.connection.driver_connection
        for table, rowid, parent, _fk in list(raw.execute("PRAGMA foreign_key_check")):
            (row_id,) = raw.execute(f'SELECT id FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
            writer.delete(table, uuid.UUID(row_id))
            report.repaired.append(translate("check", "removed a {table} row whose {parent} is missing ({id})").format(
                table=table, parent=parent, id=row_id))
        for span_id, document, start, end, quote, where in _spans(raw):
            if where is not None and where != (start, end):
                writer.update("span", uuid.UUID(span_id), {"start": where[0], "end": where[1]}, stamp=False)
                back = translate("check", "moved the quote “{quote}” in “{document}” back onto its words")
                report.repaired.append(back.format(quote=_short(quote), document=document))
    report.changes = writer.changes
    after = check_project(project)
    report.findings, report.counted = after.findings, after.counted
    return report


def _search_index_whole(connection: sqlite3.Connection) -> bool:
    try:
        connection.execute("SAVEPOINT fts_check")
        try:
            connection.execute("INSERT INTO document_fts(document_fts, rank) VALUES ('integrity-check', 1)")
        finally:
            connection.execute("ROLLBACK TO fts_check")
            connection.execute("RELEASE fts_check")
    except sqlite3.DatabaseError:
        return False
    return True


def _spans(connection):
    """Each span with its document's title and where its quote stands now (None: gone)."""
    texts: dict[str, tuple[str, str]] = {}
    rows = connection.execute('SELECT s.id, s.document_id, s.start, s."end", s.quote, s.prefix, s.suffix '
                              "FROM span s ORDER BY s.document_id").fetchall()
    for span_id, document_id, start, end, quote, prefix, suffix in rows:
        if document_id not in texts:
            found = connection.execute("SELECT title, text FROM document WHERE id = ?", (document_id,)).fetchone()
            texts[document_id] = found or ("(missing document)", "")
        title, text = texts[document_id]
        if text[start:end] == quote:
            yield span_id, title, start, end, quote, (start, end)
        else:
            yield span_id, title, start, end, quote, locate(text, quote, prefix, suffix, start)


def _bad_values(connection):
    checks = (("claim", "tags", "list"), ("term", "aliases", "list"), ("history", "before", "record"),
              ("history", "after", "record"))
    for table, column, kind in checks:
        for row_id, value in connection.execute(f'SELECT id, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'):
            try:
                json.loads(value)
            except (TypeError, ValueError):
                yield translate("check", "the {kind} in {table}.{column} of {id} is not valid JSON").format(
                    kind=kind, table=table, column=column, id=row_id)
    for table in ("document", "span", "claim", "evidence", "term", "rejection"):
        for row_id, created, updated in connection.execute(f'SELECT id, created_at, updated_at FROM "{table}"'):
            try:
                uuid.UUID(row_id)
                datetime.fromisoformat(created)
                datetime.fromisoformat(updated)
            except (TypeError, ValueError):
                yield translate("check", "a time or id of {table} {id} is not valid").format(
                    table=table, id=repr(row_id))


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:49] + "…"
