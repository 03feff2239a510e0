"""Merging volunteers' projects: every change arrives, every conflict is reported,
nothing is lost, and an interrupted merge changes nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from curator import operations as ops
from curator import queries
from curator.errors import Cancelled, CuratorError, ProjectError
from curator.exports import ExportOptions, dataset, export
from curator.importers import import_paths
from curator.merge import merge
from curator.storage import Project
from tests.curation_helpers import claim_on, copy_project, document_titled
from tests.helpers import database_fingerprint, make_newer_project

NINE_HUNDRED = "More than 900 defenders of Mariupol remain in Russian captivity"


def _curated(project):
    data = dataset.read(project)
    return {name: getattr(data, name) for name in ("documents", "spans", "claims", "evidence", "terms")}


@pytest.fixture
def base(seeded):
    claim_on(seeded, "Azov commander says", NINE_HUNDRED, subject="Mariupol defenders", measure="in captivity")
    claim_on(seeded, "Over 1,200 Azovstal", "1,279 of them have already been returned from captivity",
             subject="Azovstal garrison", measure="returned")
    claim_on(seeded, "Over 1,900 defenders", "Over 1,900 soldiers from Azovstal are still in captivity",
             subject="Azovstal garrison", measure="in captivity")
    claim_on(seeded, "Russian GRU General", "A total of 2,449 defenders left the territory of Azovstal",
             subject="Azovstal garrison", measure="left Azovstal")
    ops.add_term(seeded, "subject", "Azovstal garrison", ["defenders of Azovstal"])
    return seeded


def _claim(project, value):
    return next(c for c in queries.claims(project) if c.value == value)


def test_export_then_merge_into_an_empty_project_gives_the_same(base, tmp_path):
    export(base, "sqlite", tmp_path / "shared.sqlite", ExportOptions())
    with Project.open(tmp_path / "empty.curator", create=True) as empty:
        report = merge(empty, tmp_path / "shared.sqlite")
        assert report.conflicts == []
        assert _curated(empty) == _curated(base)
        assert [d.original_sha256 for d in queries.documents(empty)] == [d.original_sha256 for d in queries.documents(base)]


def test_two_volunteers_edits_all_arrive_and_conflicts_are_reported(base, tmp_path):
    mine = copy_project(base, tmp_path / "coordinator.curator", "Coordinator")
    theirs = copy_project(base, tmp_path / "volunteer.curator", "Volunteer")
    c900, c1279, c1900, c2449 = (_claim(mine, v).id for v in (900, 1279, 1900, 2449))
    # Edits on one side only.
    ops.update_claim(mine, c1279, {"attributed_to": "Andriy Yusov"})
    ops.update_claim(theirs, c1900, {"attributed_to": "Mayor of Mariupol", "status": "checked"})
    added = claim_on(theirs, "Russian GRU General", "more than 700 Azov servicemen", subject="Azov servicemen")
    # The same claim edited on both sides: the later edit wins, the other is kept in history.
    ops.update_claim(mine, c900, {"note": "coordinator's note"})
    ops.update_claim(theirs, c900, {"note": "volunteer's note"})
    # Deleted there, edited here: kept.
    ops.update_claim(mine, c2449, {"status": "disputed"})
    ops.delete_claim(theirs, c2449)
    theirs.close()

    report = merge(mine, tmp_path / "volunteer.curator")
    assert _claim(mine, 1279).attributed_to == "Andriy Yusov"
    assert (_claim(mine, 1900).attributed_to, _claim(mine, 1900).status) == ("Mayor of Mariupol", "checked")
    assert queries.claim(mine, added).subject == "Azov servicemen"
    assert len(queries.evidence(mine, added)) == 1
    assert _claim(mine, 900).note == "volunteer's note"
    assert _claim(mine, 2449).status == "disputed"
    kinds = sorted((c.table, c.kind) for c in report.conflicts)
    assert kinds == [("claim", "changed in both projects"), ("claim", "edited here, deleted in the merged project")]
    text = report.report_file.read_text(encoding="utf-8")
    assert '    - note: here "coordinator\'s note", there "volunteer\'s note"' in text
    assert str(c900) in text and str(c2449) in text
    # The set-aside version is in history.
    from sqlmodel import select

    from curator.models import History
    with mine.session() as session:
        set_aside = session.exec(select(History).where(History.action == "conflict", History.record_id == c900)).one()
    assert set_aside.before["note"] == "coordinator's note"

    # Merging the same project again changes nothing.
    before = database_fingerprint(mine.path)
    again = merge(mine, tmp_path / "volunteer.curator")
    assert again.conflicts == [] and not again.changes
    assert database_fingerprint(mine.path) == before
    mine.close()


def test_a_deletion_of_an_unchanged_claim_is_applied(base, tmp_path):
    mine = copy_project(base, tmp_path / "a.curator", "A")
    theirs = copy_project(base, tmp_path / "b.curator", "B")
    ops.delete_claim(theirs, _claim(theirs, 1279).id)
    theirs.close()
    report = merge(mine, tmp_path / "b.curator")
    assert report.conflicts == [] and report.deleted["claim"] == 1
    assert all(c.value != 1279 for c in queries.claims(mine))
    mine.close()


def test_same_article_imported_by_two_volunteers_is_one_document(tmp_path, seeds):
    article = seeds / "000_a08e55c72052c1e8.txt"
    with Project.open(tmp_path / "a.curator", create=True) as a, Project.open(tmp_path / "b.curator", create=True) as b:
        import_paths(a, [article])
        import_paths(b, [article])
        claim_on(b, "Azov commander says", NINE_HUNDRED, subject="Mariupol defenders")
        claim_on(b, "Azov commander says", "207 Ukrainian POWs were returned home", subject="POWs")
        ops.add_term(a, "person", "Denys Prokopenko", ["Redis"])
        ops.add_term(b, "person", "Prokopenko", ["Denys Prokopenko"])
    with Project.open(tmp_path / "a.curator") as a:
        report = merge(a, tmp_path / "b.curator")
        assert report.matched_documents == 1 and len(queries.documents(a)) == 1
        document = queries.documents(a)[0]
        text = queries.document_text(a, document.id)
        spans = queries.spans(a, document.id)
        assert len(spans) == 2 and all(text[s.start:s.end] == s.quote for s in spans)
        (term,) = queries.terms(a, "person")
        assert term.name == "Denys Prokopenko" and term.aliases == ["Prokopenko", "Redis"]


def test_cancelled_merge_leaves_the_target_unchanged(base, tmp_path):
    theirs = copy_project(base, tmp_path / "b.curator", "B")
    claim_on(theirs, "Russian GRU General", "more than 700 Azov servicemen")
    theirs.close()
    before = database_fingerprint(base.path)
    steps = []
    with pytest.raises(Cancelled):
        merge(base, tmp_path / "b.curator", progress=lambda d, t, w: steps.append(d), cancelled=lambda: len(steps) > 3)
    assert database_fingerprint(base.path) == before


def test_a_merge_killed_midway_leaves_the_target_unchanged(base, tmp_path):
    theirs = copy_project(base, tmp_path / "b.curator", "B")
    for quote in ("more than 700 Azov servicemen", "215 people were returned home", "188 Mariupol defenders"):
        claim_on(theirs, "Russian GRU General", quote)
    theirs.close()
    target = base.path
    base.close()
    before = database_fingerprint(target)
    script = textwrap.dedent(f"""
        import sys, time
        from curator.storage import Project
        from curator.merge import merge
        def progress(done, total, what):
            if done == 3:  # documents, terms and spans written, inside the transaction
                print("writing", flush=True)
                time.sleep(60)
        merge(Project.open({str(target)!r}), {str(tmp_path / 'b.curator')!r}, progress=progress)
    """)
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "writing"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert database_fingerprint(target) == before
    with Project.open(target) as reopened:
        assert queries.counts(reopened).claims == 4


def test_sources_that_cannot_be_merged_are_refused(base, tmp_path):
    with pytest.raises(ProjectError, match="into itself"):
        merge(base, base.path)
    text = tmp_path / "notes.curator"
    text.write_text("not a project")
    with pytest.raises(ProjectError, match=f"{text}: not a Curator project"):
        merge(base, text)
    newer = make_newer_project(tmp_path / "newer.curator")
    with pytest.raises(ProjectError, match=f"{newer}: this project was saved by a newer version"):
        merge(base, newer)
    with pytest.raises(ProjectError, match="no such project"):
        merge(base, tmp_path / "missing.curator")


def test_the_volunteers_file_is_not_changed_by_a_merge(base, tmp_path):
    theirs = copy_project(base, tmp_path / "b.curator", "B")
    theirs.close()
    before = (tmp_path / "b.curator").read_bytes()
    merge(base, tmp_path / "b.curator")
    assert (tmp_path / "b.curator").read_bytes() == before
    assert document_titled(base, "Azov commander says") is not None


def test_cli_merge(base, tmp_path):
    theirs = copy_project(base, tmp_path / "b.curator", "B")
    claim_on(theirs, "Russian GRU General", "more than 700 Azov servicemen")
    theirs.close()
    target = base.path
    base.close()
    result = subprocess.run([sys.executable, "-m", "curator", "merge", str(target), str(tmp_path / "b.curator")],
                            capture_output=True, text=True, timeout=120, env={**os.environ})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Merged b.curator: 1 new claims")


def test_a_document_deleted_there_but_cited_here_stays_with_its_span(base, tmp_path):
    """Spans kept because they are still cited keep their document too (in that order)."""
    from sqlmodel import select

    from curator.models import Evidence, Span

    quote = "more than 2,500 defenders from Azovstal"
    claim_on(base, "Russia delaying exchange", quote)  # a span both projects will have
    mine = copy_project(base, tmp_path / "a.curator", "A")
    theirs = copy_project(base, tmp_path / "b.curator", "B")
    cited = claim_on(mine, "Russia delaying exchange", quote)  # here, a second claim cites that span
    document = document_titled(theirs, "Russia delaying exchange")
    with theirs.write("Delete document") as writer:  # as a future "delete document" would
        with theirs.session() as session:
            spans = session.exec(select(Span).where(Span.document_id == document.id)).all()
            for span in spans:
                for link in session.exec(select(Evidence).where(Evidence.span_id == span.id)).all():
                    writer.delete("evidence", link.id)
                writer.delete("span", span.id)
        writer.delete("document", document.id)
    theirs.close()

    report = merge(mine, tmp_path / "b.curator")
    assert document_titled(mine, "Russia delaying exchange") is not None
    (evidence,) = queries.evidence(mine, cited)
    assert evidence.quote == quote
    assert ("document", "deleted in the merged project but still cited here") in {
        (c.table, c.kind) for c in report.conflicts}
    # Taking the deletion is refused in words while claims cite the document, as a deletion here is.
    kept = next(c for c in queries.conflicts(mine) if c.table == "document")
    with pytest.raises(CuratorError, match="cannot be deleted: it is the evidence of 1 claim"):
        ops.resolve_conflict(mine, kept.id, "theirs")
    assert document_titled(mine, "Russia delaying exchange") is not None and queries.conflicts(mine)
    mine.close()


def test_the_same_article_saved_with_other_line_ends_is_one_document(tmp_path, seeds):
    """Two volunteers saved one article, one with LF and one with CRLF line ends: the
    files differ, their normalised texts do not, so the merge makes one document that
    carries both volunteers' spans."""
    article = (seeds / "000_a08e55c72052c1e8.txt").read_bytes().replace(b"\r\n", b"\n")
    (tmp_path / "lf").mkdir()
    (tmp_path / "crlf").mkdir()
    (tmp_path / "lf" / "article.txt").write_bytes(article)
    (tmp_path / "crlf" / "article.txt").write_bytes(article.replace(b"\n", b"\r\n"))
    with Project.open(tmp_path / "a.curator", create=True, author="A") as a, \
            Project.open(tmp_path / "b.curator", create=True, author="B") as b:
        import_paths(a, [tmp_path / "lf" / "article.txt"])
        import_paths(b, [tmp_path / "crlf" / "article.txt"])
        (doc_a,), (doc_b,) = queries.documents(a), queries.documents(b)
        assert doc_a.original_sha256 != doc_b.original_sha256
        claim_on(a, "Azov commander says", NINE_HUNDRED, subject="Mariupol defenders")
        claim_on(b, "Azov commander says", "207 Ukrainian POWs were returned home", subject="POWs")
    with Project.open(tmp_path / "a.curator") as a:
        report = merge(a, tmp_path / "b.curator")
        assert report.matched_documents == 1
        (document,) = queries.documents(a)
        text = queries.document_text(a, document.id)
        quotes = sorted(s.quote for s in queries.spans(a, document.id))
        assert quotes == ["207 Ukrainian POWs were returned home", NINE_HUNDRED]
        assert all(text[s.start:s.end] == s.quote for s in queries.spans(a, document.id))
        assert {c.subject for c in queries.claims(a, document.id)} == {"Mariupol defenders", "POWs"}


def test_an_edit_made_while_a_merge_runs_is_never_overwritten(base, tmp_path):
    """Another window or process edits claims while the merge runs, at the worst moment:
    after the merge has read the target and decided, before it writes. The edit waits
    for the merge's write lock and lands after it; it is never replaced silently."""
    import threading

    mine = copy_project(base, tmp_path / "coordinator.curator", "Coordinator")
    theirs = copy_project(base, tmp_path / "volunteer.curator", "Volunteer")
    ids = [_claim(mine, v).id for v in (900, 1279, 1900, 2449)]
    for claim_id in ids:  # the volunteer moved on from our versions: the merge takes theirs
        ops.update_claim(theirs, claim_id, {"note": "volunteer's note"})
    theirs.close()

    other = Project.open(mine.path, author="Second window")
    edited = threading.Event()

    def edit_everything() -> None:
        for claim_id in ids:
            ops.update_claim(other, claim_id, {"note": "edited during the merge"})
        edited.set()

    editor: list[threading.Thread] = []

    def cancelled() -> bool:
        if not editor:  # the first check comes after every decision, before any write
            editor.append(threading.Thread(target=edit_everything))
            editor[0].start()
            edited.wait(timeout=1)  # the old merge let the edit through here
        return False

    merge(mine, tmp_path / "volunteer.curator", cancelled=cancelled)
    editor[0].join(timeout=30)
    assert edited.is_set()
    assert [queries.claim(mine, claim_id).note for claim_id in ids] == ["edited during the merge"] * 4
    other.close()
    mine.close()


def _content(path):
    """Every table's rows, history included; not the word-form and full-text indexes,
    which only grow (a word once seen stays known)."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'document_fts%' AND name != 'word_form' ORDER BY name")]
        return {table: sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"'))) for table in tables}
    finally:
        connection.close()


def test_a_merge_is_undone_exactly_and_redone(base, tmp_path):
    from curator.merge import redo_merge, undo_merge

    mine = copy_project(base, tmp_path / "coordinator.curator", "Coordinator")
    theirs = copy_project(base, tmp_path / "volunteer.curator", "Volunteer")
    c900, c1279 = (_claim(mine, v).id for v in (900, 1279))
    ops.update_claim(theirs, c900, {"note": "volunteer's note"})
    ops.update_claim(mine, c900, {"note": "coordinator's note"})  # later: a conflict
    ops.delete_claim(theirs, c1279)
    added = claim_on(theirs, "Russian GRU General", "more than 700 Azov servicemen", subject="Azov servicemen")
    gone = document_titled(theirs, "Russia delaying")
    ops.delete_document(theirs, gone.id)  # a document deleted there: back whole, original file too, on undo
    theirs.close()
    mine.checkpoint()
    before = _content(mine.path)
    report = merge(mine, tmp_path / "volunteer.curator")
    mine.checkpoint()
    merged = _content(mine.path)
    assert merged != before and queries.claim(mine, added) is not None

    undo_merge(mine, report)
    mine.checkpoint()
    assert _content(mine.path) == before  # every record and the history, as before the merge
    redo_merge(mine, report)
    mine.checkpoint()
    assert _content(mine.path) == merged
    undo_merge(mine, report)
    assert merge(mine, tmp_path / "volunteer.curator").changes  # merged again: its records come again
    mine.close()


def test_undoing_a_merge_refuses_when_its_records_were_edited_since(base, tmp_path):
    from curator.errors import CuratorError
    from curator.merge import undo_merge

    mine = copy_project(base, tmp_path / "coordinator.curator", "Coordinator")
    theirs = copy_project(base, tmp_path / "volunteer.curator", "Volunteer")
    added = claim_on(theirs, "Russian GRU General", "more than 700 Azov servicemen", subject="Azov servicemen")
    theirs.close()
    report = merge(mine, tmp_path / "volunteer.curator")
    ops.update_claim(mine, added, {"status": "checked"})
    mine.checkpoint()
    edited = _content(mine.path)
    with pytest.raises(CuratorError, match="changed since by Coordinator"):
        undo_merge(mine, report)
    mine.checkpoint()
    assert _content(mine.path) == edited
    mine.close()


def test_a_preview_changes_nothing_and_says_what_the_merge_then_does(base, tmp_path):
    mine = copy_project(base, tmp_path / "coordinator.curator", "Coordinator")
    theirs = copy_project(base, tmp_path / "volunteer.curator", "Volunteer")
    c900, c1279, c1900, c2449 = (_claim(mine, v).id for v in (900, 1279, 1900, 2449))
    ops.update_claim(theirs, c1900, {"attributed_to": "Mayor of Mariupol", "status": "checked"})
    ops.update_claim(theirs, c900, {"note": "volunteer's note"})
    ops.update_claim(mine, c900, {"note": "coordinator's note"})
    ops.delete_claim(theirs, c1279)
    ops.update_claim(mine, c2449, {"status": "disputed"})
    ops.delete_claim(theirs, c2449)
    claim_on(theirs, "Russian GRU General", "more than 700 Azov servicemen", subject="Azov servicemen",
             measure="in captivity", qualifier="more than", value=700, reported_by="Ukrinform")
    theirs.close()
    mine.checkpoint()
    before = _content(mine.path)
    backups_before = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())

    preview = merge(mine, tmp_path / "volunteer.curator", dry_run=True)
    mine.checkpoint()
    assert _content(mine.path) == before  # nothing changed, not even history
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == backups_before  # no backup, no report
    lines = preview.preview()
    assert "  Azov servicemen · in captivity · more than 700 · no date · Ukrinform" in lines[
        lines.index("added: claim (1)") + 1]
    assert "  Azovstal garrison · in captivity · more than 1,900 · 2024-05-20 · Mayor of Mariupol " \
           "(Attributed to, Status)" in lines
    assert lines[lines.index("deleted: claim (1)") + 1] == \
           "  Azovstal garrison · returned · 1,279 · 2025-05-29 · no source"  # deleted there, unchanged here
    assert lines[lines.index("deleted: quoted text (1)") + 1].startswith("  “1,279 of them")  # its quote with it
    assert any(line.startswith("conflicts (2)") for line in lines)
    assert all(str(c900) not in line or "Mariupol defenders · in captivity · more than 900" in line for line in lines)
    from curator import i18n

    i18n.set_language("uk")  # what a Ukrainian coordinator reads in the preview
    try:
        said = preview.preview()
    finally:
        i18n.set_language("en")
    assert "  Azov servicemen · in captivity · понад 700 · без дати · Ukrinform" in said[
        said.index("додано: твердження (1)") + 1]
    assert said[said.index("видалено: цитата (1)") + 1].startswith("  “1,279 of them")
    assert said[said.index("змінено: твердження (1)") + 1].endswith("Mayor of Mariupol (Статус, Хто сказав)")
    conflicts = said[said.index("суперечності (2)") + 1:]
    assert len(conflicts) == 2 and all(line.startswith("  твердження ") and "; залишено " in line
                                       for line in conflicts), conflicts
    assert any("понад 900 · 2024-02-01" in line and ", змінив(ла) Coordinator " in line for line in conflicts)
    assert not any(word in line for line in said for word in ("added:", "deleted:", "conflicts (", "no source", "kept "))

    merged = merge(mine, tmp_path / "volunteer.curator")
    assert merged.preview() == lines and merged.summary().split(":", 1)[1] == preview.summary().split("bring", 1)[1]
    # The claim edited here and deleted there is kept with its evidence, not bare.
    assert [q.quote for q in queries.evidence(mine, c2449)] == [
        "A total of 2,449 defenders left the territory of Azovstal"]
    mine.close()


def test_cli_merge_dry_run(base, tmp_path):
    theirs = copy_project(base, tmp_path / "b.curator", "B")
    claim_on(theirs, "Russian GRU General", "more than 700 Azov servicemen", subject="Azov servicemen")
    theirs.close()
    target = base.path
    base.close()
    before = database_fingerprint(target)
    result = subprocess.run([sys.executable, "-m", "curator", "merge", "--dry-run", str(target),
                             str(tmp_path / "b.curator")], capture_output=True, text=True, timeout=120,
                            env={**os.environ})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Merging b.curator will bring 1 new claims")
    assert "  added: claim (1)\n    Azov servicemen · " in result.stdout
    assert database_fingerprint(target) == before


def _two_volunteers_in_conflict(base, tmp_path):
    """Both edited the 900 claim (note, and here also the status); there deleted the 2,449
    claim that was edited here; here deleted the 1,279 claim that was edited there."""
    mine = copy_project(base, tmp_path / "coordinator.curator", "Coordinator")
    theirs = copy_project(base, tmp_path / "volunteer.curator", "Volunteer")
    c900, c1279, c2449 = (_claim(mine, v).id for v in (900, 1279, 2449))
    ops.update_claim(theirs, c900, {"note": "volunteer's note", "status": "disputed", "as_of": "2024-02-02"})
    ops.update_claim(mine, c900, {"note": "coordinator's note", "attributed_to": "Denys Prokopenko"})
    ops.update_claim(mine, c2449, {"status": "checked"})
    ops.delete_claim(theirs, c2449)
    ops.update_claim(theirs, c1279, {"attributed_to": "Andriy Yusov"})
    ops.delete_claim(mine, c1279)
    theirs.close()
    return mine, c900, c1279, c2449


def test_every_conflict_is_kept_with_both_versions_until_resolved(base, tmp_path):
    mine, c900, c1279, c2449 = _two_volunteers_in_conflict(base, tmp_path)
    merge(mine, tmp_path / "volunteer.curator")
    found = {c.record_id: c for c in queries.conflicts(mine)}
    assert set(found) == {c900, c1279, c2449}
    both = found[c900]
    assert both.kind == "changed in both projects" and both.source == "volunteer.curator"
    assert set(both.fields) == {"note", "status", "attributed_to", "as_of"}
    assert (both.ours["note"], both.theirs["note"]) == ("coordinator's note", "volunteer's note")
    assert both.side("ours")[0] == "Coordinator" and both.side("theirs")[0] == "Volunteer"
    assert both.base is not None and both.base["note"] == ""  # where both started from
    assert both.title.startswith("Mariupol defenders · in captivity · more than 900")
    assert found[c2449].theirs is None and found[c1279].ours is None  # deleted on one side

    # Resolved field by field: the volunteer's status, our note and attribution.
    ops.resolve_conflict(mine, both.id, "theirs", ["status"])
    claim = queries.claim(mine, c900)
    # The merge had kept the later edit, ours: the status is now theirs, the rest still ours.
    assert (claim.status, claim.note, claim.attributed_to) == ("disputed", "coordinator's note", "Denys Prokopenko")
    assert c900 not in {c.record_id for c in queries.conflicts(mine)}
    resolved = next(c for c in queries.conflicts(mine, open_only=False) if c.record_id == c900)
    assert resolved.resolved_by == "Coordinator" and resolved.resolution == "kept theirs for status, ours for the rest"
    with pytest.raises(CuratorError, match="resolved already"):
        ops.resolve_conflict(mine, both.id, "ours")

    # Deleted there, edited here: the deletion wins when the curator says so.
    ops.resolve_conflict(mine, found[c2449].id, "theirs")
    assert queries.claim(mine, c2449) is None
    # Deleted here, edited there: kept.
    ops.resolve_conflict(mine, found[c1279].id, "theirs")
    assert queries.claim(mine, c1279).attributed_to == "Andriy Yusov"
    assert queries.conflicts(mine) == []
    mine.close()


def test_resolving_takes_either_side_for_any_field_and_is_undone_like_an_edit(base, tmp_path):
    mine, c900, _c1279, _c2449 = _two_volunteers_in_conflict(base, tmp_path)
    merge(mine, tmp_path / "volunteer.curator")
    both = next(c for c in queries.conflicts(mine) if c.record_id == c900)
    with pytest.raises(CuratorError, match="do not differ in: unit"):
        ops.resolve_conflict(mine, both.id, "ours", ["unit"])
    with pytest.raises(CuratorError, match="Keep “ours” or “theirs”"):
        ops.resolve_conflict(mine, both.id, "mine")
    changes = ops.resolve_conflict(mine, both.id, "theirs")  # every field as the volunteer had it
    claim = queries.claim(mine, c900)
    assert (claim.note, claim.status, claim.attributed_to) == ("volunteer's note", "disputed", "")
    assert claim.as_of == date(2024, 2, 2)
    mine.apply(changes.inverse())  # Edit → Undo
    assert next(c for c in queries.conflicts(mine) if c.record_id == c900).resolved_at is None
    claim = queries.claim(mine, c900)
    assert (claim.note, claim.status, claim.attributed_to) == ("coordinator's note", "draft", "Denys Prokopenko")
    mine.close()


def test_cli_lists_and_resolves_conflicts(base, tmp_path):
    mine, c900, _c1279, _c2449 = _two_volunteers_in_conflict(base, tmp_path)
    merge(mine, tmp_path / "volunteer.curator")
    path = mine.path
    mine.close()

    def curator(*args):
        return subprocess.run([sys.executable, "-m", "curator", *args], capture_output=True, text=True, timeout=120,
                              env={**os.environ})

    listed = curator("conflicts", str(path), "--json")
    assert listed.returncode == 0, listed.stderr
    found = {c["record_id"]: c for c in json.loads(listed.stdout)}
    both = found[str(c900)]
    assert both["kind"] == "changed in both projects" and set(both["fields"]) == {"note", "status", "attributed_to",
                                                                                   "as_of"}
    assert (both["ours"]["note"], both["theirs"]["note"]) == ("coordinator's note", "volunteer's note")
    assert (both["ours_author"], both["theirs_author"]) == ("Coordinator", "Volunteer")
    text = curator("conflicts", str(path)).stdout
    assert "claim Mariupol defenders · in captivity · more than 900" in text
    assert "    note: ours \"coordinator's note\", theirs \"volunteer's note\"" in text
    done = curator("resolve", str(path), both["id"], "--keep", "theirs", "--field", "note")  # ours for the rest
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Resolved; 2 open conflict(s) left."
    again = curator("resolve", str(path), both["id"], "--keep", "ours")
    assert again.returncode != 0 and "resolved already" in again.stderr and "Traceback" not in again.stderr
    with Project.open(path) as project:
        assert queries.claim(project, c900).note == "volunteer's note"


def test_the_history_of_a_claim_shows_every_change_and_restores_any_version(base, tmp_path):
    mine, c900, _c1279, _c2449 = _two_volunteers_in_conflict(base, tmp_path)
    merge(mine, tmp_path / "volunteer.curator")
    entries = queries.history(mine, c900)
    actions = [(e.table, e.action) for e in entries]
    assert actions[0] == ("claim", "insert") and ("evidence", "insert") in actions
    assert ("claim", "conflict") in actions  # the volunteer's version, set aside by the merge
    edit = next(e for e in entries if e.action == "update" and e.author == "Coordinator")
    assert ("note", "", "coordinator's note") in edit.differences()
    set_aside = next(e for e in entries if e.action == "conflict")
    assert set_aside.version["note"] == "volunteer's note"

    changes = ops.restore_version(mine, set_aside.id)  # the volunteer's version back, as a new edit
    claim = queries.claim(mine, c900)
    assert (claim.note, claim.status, claim.as_of) == ("volunteer's note", "disputed", date(2024, 2, 2))
    assert claim.author == "Coordinator"
    assert queries.history(mine, c900)[-1].operation == "Restore version"
    mine.apply(changes.inverse())  # undoable
    assert queries.claim(mine, c900).note == "coordinator's note"
    first = entries[0]
    ops.restore_version(mine, first.id)  # as it was created
    assert queries.claim(mine, c900).note == "" and queries.claim(mine, c900).attributed_to == ""
    path = mine.path
    mine.close()
    shown = subprocess.run([sys.executable, "-m", "curator", "history", str(path), str(c900)], capture_output=True,
                           text=True, timeout=120, env={**os.environ})
    assert shown.returncode == 0, shown.stderr
    assert "    note: '' → \"coordinator's note\"" in shown.stdout
    assert "set aside by the merge (Volunteer's version): as_of" in shown.stdout
    assert "note \"volunteer's note\" (kept \"coordinator's note\")" in shown.stdout
    assert "Restore version: claim update" in shown.stdout


def test_a_vocabulary_entry_changed_in_both_projects_is_a_conflict_to_resolve(base, tmp_path):
    mine = copy_project(base, tmp_path / "coordinator.curator", "Coordinator")
    theirs = copy_project(base, tmp_path / "volunteer.curator", "Volunteer")
    term = next(t for t in queries.terms(mine) if t.name == "Azovstal garrison")
    ops.update_term(theirs, term.id, {"aliases": ["defenders of Azovstal", "Azovstal defenders"]})
    ops.update_term(mine, term.id, {"aliases": ["defenders of Azovstal", "гарнізон Азовсталі"]})
    theirs.close()
    merge(mine, tmp_path / "volunteer.curator")
    (conflict,) = queries.conflicts(mine)
    assert (conflict.table, conflict.fields, conflict.title) == ("term", ["aliases"], "subject “Azovstal garrison”")
    ops.resolve_conflict(mine, conflict.id, "theirs")
    assert next(t for t in queries.terms(mine) if t.id == term.id).aliases == ["Azovstal defenders",
                                                                             "defenders of Azovstal"]
    assert queries.conflicts(mine) == []
    mine.close()


def test_a_coordinator_merges_three_volunteers_resolves_every_conflict_and_can_undo_each_merge(base, tmp_path):
    """Issue 15's whole story: three volunteers' copies, each edited its own way (two of
    them the same claim), merged one after another; every edit arrives, the clash is kept
    as a conflict with both versions and who made them, resolved, and the last merge
    can still be undone exactly, the ones before it staying."""
    from curator.merge import undo_merge

    coordinator = copy_project(base, tmp_path / "coordinator.curator", "Coordinator")
    c900, c1279, c2449 = (_claim(coordinator, v).id for v in (900, 1279, 2449))
    volunteers = {name: copy_project(base, tmp_path / f"{name}.curator", name.title()) for name in ("anna", "bohdan", "olha")}
    ops.update_claim(volunteers["anna"], c900, {"status": "checked", "note": "Anna checked the video"})
    ops.update_claim(volunteers["bohdan"], c900, {"status": "disputed", "note": "Bohdan: other sources say 700"})
    ops.update_claim(volunteers["bohdan"], c1279, {"attributed_to": "Andriy Yusov"})
    new_claim = claim_on(volunteers["olha"], "Russian GRU General", "more than 700 Azov servicemen",
                         subject="Azov servicemen", measure="in captivity")
    ops.add_term(volunteers["olha"], "person", "Andriy Yusov", ["Yusov"])
    ops.delete_claim(volunteers["olha"], c2449)
    for project in volunteers.values():
        project.close()

    # What each merge will do is shown first; nothing changes.
    coordinator.checkpoint()
    untouched = _content(coordinator.path)
    preview = merge(coordinator, tmp_path / "anna.curator", dry_run=True)
    lines = preview.preview()
    assert preview.dry_run and "updated: claim (1)" in lines
    assert any(line.startswith("  Mariupol defenders · in captivity · more than 900") and "Note, Status" in line
               for line in lines), lines
    coordinator.checkpoint()
    assert _content(coordinator.path) == untouched

    reports = [merge(coordinator, tmp_path / f"{name}.curator") for name in ("anna", "bohdan", "olha")]
    assert queries.claim(coordinator, new_claim) is not None
    assert queries.claim(coordinator, c1279).attributed_to == "Andriy Yusov"
    assert queries.claim(coordinator, c2449) is None
    assert "Andriy Yusov" in {t.name for t in queries.terms(coordinator, "person")}
    [clash] = queries.conflicts(coordinator)
    assert clash.record_id == c900 and clash.source == "bohdan.curator"
    assert {clash.side("ours")[0], clash.side("theirs")[0]} == {"Anna", "Bohdan"}
    assert {clash.ours["status"], clash.theirs["status"]} == {"checked", "disputed"}

    # Resolved from both sides: Bohdan's status, Anna's note.
    keep_status_from = "ours" if clash.ours["status"] == "disputed" else "theirs"
    ops.resolve_conflict(coordinator, clash.id, keep_status_from, ["status"])
    claim = queries.claim(coordinator, c900)
    note_side = clash.ours if keep_status_from == "theirs" else clash.theirs
    assert (claim.status, claim.note) == ("disputed", note_side["note"])
    assert queries.conflicts(coordinator) == []

    # The last merge undone exactly: Olha's claim and deletion gone, Anna's and Bohdan's kept.
    undo_merge(coordinator, reports[-1])
    assert queries.claim(coordinator, new_claim) is None
    assert queries.claim(coordinator, c2449) is not None
    assert queries.claim(coordinator, c1279).attributed_to == "Andriy Yusov"
    assert queries.claim(coordinator, c900).status == "disputed"
    coordinator.close()
