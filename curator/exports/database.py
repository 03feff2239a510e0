"""A clean copy of the project as an SQLite database (VACUUM INTO, never a file copy
of a live database), optionally only checked claims and without original files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from curator import wordforms
from curator.files import built_beside
from curator.storage import Project


def export_database(project: Project, out: Path, checked_only: bool = False, originals: bool = True) -> list[Path]:
    with built_beside(out) as temporary:
        with project.sqlite() as connection:
            connection.execute("VACUUM INTO ?", (str(temporary),))
        _clean(temporary, checked_only, originals)
    return [out]


def _clean(temporary: Path, checked_only: bool, originals: bool) -> None:
    copy = sqlite3.connect(temporary)
    try:
        with copy:
            if checked_only:
                copy.execute("DELETE FROM evidence WHERE claim_id IN (SELECT id FROM claim WHERE status != 'checked')")
                copy.execute("DELETE FROM claim WHERE status != 'checked'")
                copy.execute("DELETE FROM span WHERE id NOT IN (SELECT span_id FROM evidence)")
                copy.execute("DELETE FROM document WHERE id NOT IN (SELECT document_id FROM span)")
                copy.execute("DELETE FROM history WHERE record_id NOT IN (SELECT id FROM claim UNION ALL "
                             "SELECT id FROM span UNION ALL SELECT id FROM evidence UNION ALL "
                             "SELECT id FROM document UNION ALL SELECT id FROM term)")
            if not originals:
                copy.execute("UPDATE document SET original = NULL")
            # VACUUM may renumber rowids, which the external-content index refers to.
            copy.execute("INSERT INTO document_fts(document_fts) VALUES ('rebuild')")
            wordforms.rebuild(copy)  # no word of a document left out
        copy.execute("VACUUM")
        copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.close()
    for journal in ("-journal", "-wal", "-shm"):  # nothing of the copy may stay beside it
        temporary.with_name(temporary.name + journal).unlink(missing_ok=True)
