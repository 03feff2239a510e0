"""Work is never lost: kills at the worst moments, half-made files, other programs'
files, a full disk. Each kill is a real SIGKILL of a child process at a fixed point, so
a failure reproduces."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from curator import queries
from curator.errors import CuratorError, ProjectError
from curator.exports import ExportOptions, export
from curator.files import TEMPORARY_PREFIX
from curator.storage import Project, migrate
from tests.curation_helpers import claim_on
from tests.test_migrations import project_at

ROOT = Path(__file__).parent.parent

#: Kills the child process when an Alembic operation's SQL contains MARK.
KILL_IN_MIGRATION = """
import os, signal
from alembic.operations import Operations
_execute = Operations.execute
def execute(self, sql, *args, **kwargs):
    if MARK in str(sql):
        os.kill(os.getpid(), signal.SIGKILL)
    return _execute(self, sql, *args, **kwargs)
Operations.execute = execute
"""


def _run_killed(script: str) -> None:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == -9, result.stderr[-2000:]


def test_killed_during_an_upgrade_the_project_opens_with_everything(tmp_path):
    path = tmp_path / "old.curator"
    project_at(path, "0001")
    _run_killed(f"MARK = 'document_fts_delete'\n{KILL_IN_MIGRATION}\n"
                f"from curator.storage import Project\nProject.open({str(path)!r})\n")
    connection = sqlite3.connect(path)  # the killed upgrade left nothing: one transaction
    assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    assert connection.execute("SELECT name FROM sqlite_master WHERE name LIKE 'document_fts%'").fetchall() == []
    connection.close()
    with Project.open(path) as project:
        assert project.repaired_from is None
        assert project.schema_version == migrate.head_revision()
        assert [h.title for h in queries.search(project, "захисників")] == ["Old article"]


def test_killed_while_a_project_is_created_nothing_half_made_is_left(tmp_path):
    path = tmp_path / "new.curator"
    _run_killed(f"MARK = 'document_fts_update'\n{KILL_IN_MIGRATION}\n"
                f"from curator.storage import Project\nProject.open({str(path)!r}, create=True)\n")
    assert not path.exists()
    with Project.open(path, create=True) as project:
        assert project.schema_version == migrate.head_revision()


def test_a_project_half_upgraded_by_an_older_curator_is_rebuilt_from_its_backup(tmp_path):
    """Curator 0.1 ran each migration step in its own transaction and wrote a backup
    first: killed in the middle, the file held part of the next schema under the old
    version. Opening it now upgrades the backup instead and keeps the damaged file."""
    path = tmp_path / "old.curator"
    project_at(path, "0001")
    from curator.storage import backups

    backup = backups.make(path, migrate.upgrade_reason("0001"))
    connection = sqlite3.connect(path)
    connection.execute("CREATE VIRTUAL TABLE document_fts USING fts5(title, text, content='document')")
    connection.commit()
    connection.close()
    with Project.open(path) as project:
        assert project.repaired_from == backup
        assert project.schema_version == migrate.head_revision()
        assert [h.title for h in queries.search(project, "захисників")] == ["Old article"]
    assert list(tmp_path.glob("old.curator.half-upgraded-*"))
    assert not list(tmp_path.glob(f"{TEMPORARY_PREFIX}*"))


def test_a_half_upgraded_project_without_a_backup_is_refused_in_one_line(tmp_path):
    path = tmp_path / "old.curator"
    project_at(path, "0001")
    connection = sqlite3.connect(path)
    connection.execute("CREATE VIRTUAL TABLE document_fts USING fts5(title, text, content='document')")
    connection.commit()
    connection.close()
    with pytest.raises(ProjectError, match="half-upgraded and no backup of it was found") as caught:
        Project.open(path)
    assert "\n" not in str(caught.value)


def _foreign_database(path: Path) -> bytes:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA application_id=1234")
    connection.commit()
    connection.close()
    return path.read_bytes()


@pytest.mark.parametrize("command", [["info"], ["import", "SEEDS"], ["export", "--format", "json", "--out", "OUT"],
                                     ["documents"]])
def test_another_programs_empty_database_is_never_written(tmp_path, seeds, command):
    path = tmp_path / "theirs.db"
    before = _foreign_database(path)
    with pytest.raises(ProjectError, match="another program"):
        Project.open(path, create=True)
    argv = [a.replace("SEEDS", str(seeds)).replace("OUT", str(tmp_path / "out.json")) for a in command]
    result = subprocess.run([sys.executable, "-m", "curator", argv[0], str(path), *argv[1:]], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"curator: {path}: not a Curator project (an SQLite database "
                                                  "of another program)"]
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["theirs.db"]


def test_an_empty_file_is_not_a_project_and_stays_empty(tmp_path):
    path = tmp_path / "placeholder.curator"
    path.touch()
    with pytest.raises(ProjectError, match="the file is empty"):
        Project.open(path, create=True)
    assert path.read_bytes() == b""


FORMATS = [("csv", "claims.csv"), ("json", "x.json"), ("annotations", "a.jsonld"), ("datapackage", "pkg"),
           ("sqlite", "x.sqlite")]


@pytest.fixture
def curated(seeded):
    claim_on(seeded, "Azov commander says", "More than 900 defenders of Mariupol remain in Russian captivity",
             subject="Mariupol defenders", measure="in captivity")
    return seeded


@pytest.mark.parametrize("fmt, name", FORMATS)
def test_killed_while_exporting_no_cut_file_is_left_at_the_final_name(curated, tmp_path, fmt, name):
    """The child dies right before its first rename: every file at a final name is the
    previous export, whole."""
    out = tmp_path / "exports" / name
    out.parent.mkdir()
    export(curated, fmt, out, ExportOptions(exported_at="2026-01-01T00:00:00+00:00"))
    finals = {p: p.read_bytes() for p in out.parent.rglob("*") if p.is_file()}
    curated.close()
    _run_killed(f"""
        import os, signal
        os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
        from curator.exports import ExportOptions, export
        from curator.storage import Project
        with Project.open({str(curated.path)!r}) as project:
            export(project, {fmt!r}, {str(out)!r}, ExportOptions(exported_at="2027-01-01T00:00:00+00:00"))
        """)
    for path, data in finals.items():
        assert path.read_bytes() == data, path


@pytest.mark.parametrize("fmt, name", FORMATS)
def test_an_export_that_fails_midway_leaves_the_previous_one_and_no_temporaries(curated, tmp_path, monkeypatch,
                                                                                 fmt, name):
    out = tmp_path / name
    export(curated, fmt, out, ExportOptions(exported_at="2026-01-01T00:00:00+00:00"))
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}

    def full(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(CuratorError) as caught:
        export(curated, fmt, out, ExportOptions(exported_at="2027-01-01T00:00:00+00:00"))
    assert str(caught.value) == f"The disk holding {out.parent} is full; nothing was written."
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MiB tmpfs (root only; skipped elsewhere)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if result.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_an_export_to_a_full_disk_says_so_in_one_line(curated, small_disk):
    filler = _fill(small_disk)  # then free 16 KiB: less than the export
    os.truncate(filler, filler.stat().st_size - 16384)
    out = small_disk / "x.json"
    with pytest.raises(CuratorError) as caught:
        export(curated, "json", out, ExportOptions(with_text=True))
    assert str(caught.value) == f"The disk holding {small_disk} is full; nothing was written."
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def _damaged_copies(seeded: Project, folder: Path) -> dict[str, Path]:
    seeded.close()
    data = seeded.path.read_bytes()
    damage = {
        "truncated": lambda b: b[: len(b) // 2],
        "zeroed pages": lambda b: b[:4096] + b"\0" * 4096 * 3 + b[4096 * 4:],
        "flipped bytes": lambda b: b[:4096] + bytes(x ^ 0x5A for x in b[4096:4096 * 6]) + b[4096 * 6:],
    }
    copies = {}
    for name, change in damage.items():
        copies[name] = folder / f"{name.replace(' ', '-')}.curator"
        copies[name].write_bytes(change(data))
    bad_value = folder / "bad-value.curator"
    bad_value.write_bytes(data)
    connection = sqlite3.connect(bad_value)
    connection.execute("UPDATE claim SET tags = '[broken', created_at = '2024-13-99'")
    connection.commit()
    connection.close()
    copies["bad value"] = bad_value
    return copies


@pytest.mark.parametrize("damage", ["truncated", "zeroed pages", "flipped bytes", "bad value"])
def test_a_damaged_project_gets_one_line_that_names_it(curated, tmp_path, damage):
    path = _damaged_copies(curated, tmp_path)[damage]
    before = path.read_bytes()
    said = []
    for command in (["info"], ["documents"], ["export", "--format", "json", "--out", str(tmp_path / "x.json")],
                    ["export", "--format", "csv", "--out", str(tmp_path / "x.csv")]):
        result = subprocess.run([sys.executable, "-m", "curator", command[0], str(path), *command[1:]],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode in (0, 2), result.stderr
        if result.returncode == 2:
            (line,) = result.stderr.splitlines()
            assert line.startswith(f"curator: {path}: this project file is damaged (")
            said.append(line)
    assert said, "no command noticed the damage"
    assert path.read_bytes() == before


def test_a_copy_of_the_project_file_alone_holds_every_acknowledged_edit(project, tmp_path):
    """Another program (sqlite3, Datasette) reads the project while the curator edits:
    once it lets go, the next edit's checkpoint brings the file itself up to date, so a
    volunteer who sends only the .curator file sends all their work."""
    from curator import operations as ops

    reader = sqlite3.connect(project.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM claim").fetchone()  # holds a snapshot: no full checkpoint
    for value in range(3):
        ops.create_claim(project, {"value": value})
    reader.execute("COMMIT")  # idle now, but still connected (as a viewer that stays open)
    ops.create_claim(project, {"value": 3})
    copy = tmp_path / "sent.curator"
    copy.write_bytes(project.path.read_bytes())  # the file only, without its -wal
    connection = sqlite3.connect(copy)
    assert connection.execute("SELECT count(*) FROM claim").fetchone() == (4,)
    connection.close()
    reader.close()
    project.close()
    assert not Path(f"{project.path}-wal").exists() or Path(f"{project.path}-wal").stat().st_size == 0


def test_a_second_curator_is_told_who_has_the_project_and_may_read_it(tmp_path):
    from curator import operations as ops
    from curator.storage.lock import ProjectInUse

    path = tmp_path / "shared.curator"
    first = Project.open(path, create=True, author="Olena", lock=True)
    with pytest.raises(ProjectInUse, match=r"open in another Curator \(Olena on .+ since \d{4}-\d\d-\d\d") as caught:
        Project.open(path, author="Taras", lock=True)
    assert caught.value.holder.who == "Olena" and "\n" not in str(caught.value)
    with Project.open(path, author="Taras", read_only=True) as reader:
        assert queries.counts(reader).claims == 0
        with pytest.raises(ProjectError, match="open read-only"):
            ops.create_claim(reader, {"value": 1})
    ops.create_claim(first, {"value": 1})
    first.close()
    with Project.open(path, author="Taras", lock=True) as second:  # released on close
        assert queries.counts(second).claims == 1


def test_a_crashed_curator_leaves_no_lock_behind(tmp_path):
    path = tmp_path / "crashed.curator"
    Project.open(path, create=True).close()
    _run_killed(f"""
        import os, signal
        from curator.storage import Project
        project = Project.open({str(path)!r}, lock=True, author="Crashed")
        os.kill(os.getpid(), signal.SIGKILL)
        """)
    with Project.open(path, lock=True, author="Next") as project:
        assert project.schema_version == migrate.head_revision()


def test_the_command_line_refuses_to_write_to_a_project_open_elsewhere(tmp_path, seeds):
    path = tmp_path / "busy.curator"
    holder = Project.open(path, create=True, author="Olena", lock=True)
    try:
        result = subprocess.run([sys.executable, "-m", "curator", "import", str(path), str(seeds)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 2
        (line,) = result.stderr.splitlines()
        assert "this project is open in another Curator (Olena on" in line
        info = subprocess.run([sys.executable, "-m", "curator", "info", str(path)], capture_output=True,
                              text=True, timeout=120)
        assert info.returncode == 0 and "documents:  0" in info.stdout  # reading is fine
    finally:
        holder.close()


def test_backups_before_a_merge_daily_on_opening_and_thinned_by_the_rule(curated, tmp_path):
    from datetime import UTC, datetime, timedelta

    from curator.merge import merge
    from curator.storage import backups

    assert curated.back_up_if_due() is not None
    assert curated.back_up_if_due() is None  # once a day
    volunteer = tmp_path / "volunteer.curator"
    migrate.backup(curated.path, volunteer)
    merge(curated, volunteer)
    made = backups.listed(curated.path, counts=True)
    assert [b.reason for b in made] == ["before merge", "daily"]
    assert made[0].path.parent == tmp_path / "test backups" and (made[0].documents, made[0].claims) == (5, 1)
    # Thirty days of daily copies, one a day at noon: the rule keeps the last day's,
    # the newest of each of the last 7 days and of each of the 4 weeks before.
    now = datetime(2026, 3, 31, 12, tzinfo=UTC)
    for days in range(1, 31):
        stamp = now - timedelta(days=days)
        name = f"test {stamp:%Y-%m-%d %H%M%S} daily.curator"
        migrate.backup(curated.path, backups.folder_of(curated.path) / name)
    backups.thin(curated.path, now)
    ages = sorted((now - b.made).days for b in backups.listed(curated.path) if b.made < now - timedelta(hours=1))
    assert ages[:6] == [1, 2, 3, 4, 5, 6] and 6 < len(ages) <= 6 + 5 and max(ages) < 7 + 28
    # Restored as a new file, never over one.
    restored = backups.restore(made[0].path, tmp_path / "restored.curator")
    with Project.open(restored) as project:
        assert queries.counts(project).claims == 1
    with pytest.raises(ProjectError, match="exists already"):
        backups.restore(made[0].path, curated.path)


def _run_cli(*args):
    return subprocess.run([sys.executable, "-m", "curator", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_check_finds_damage_in_words_and_repair_fixes_what_it_can(curated, tmp_path):
    path = curated.path
    curated.close()
    assert _run_cli("check", path).stdout.splitlines()[-1] == "test.curator: no problems found"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys=OFF")
    # A document's row changed behind the search index's back, a quote moved, a link to nothing.
    connection.execute("DROP TRIGGER document_fts_update")
    connection.execute("UPDATE document SET title = 'Retitled without the index'")
    (span_id, start, end) = connection.execute('SELECT id, start, "end" FROM span').fetchone()
    connection.execute("UPDATE span SET start = start + 3, \"end\" = \"end\" + 3")
    connection.execute("INSERT INTO evidence (id, created_at, updated_at, author, claim_id, span_id) VALUES "
                       "('3f1c1f6e-0f5a-4a59-9a2e-6f6d6b1e0009', '2024-01-01T00:00:00+00:00', "
                       "'2024-01-01T00:00:00+00:00', 'x', '3f1c1f6e-0f5a-4a59-9a2e-6f6d6b1e0008', ?)", (span_id,))
    connection.commit()
    connection.close()
    checked = _run_cli("check", path)
    assert checked.returncode == 1
    lines = checked.stdout.splitlines()
    assert "problem   search index: the full-text index does not match the documents" in lines
    assert any(line.startswith("problem   link: a row of evidence") for line in lines)
    assert any(line.startswith("problem   quote: the quote “More than 900") and "moved from" in line for line in lines)
    assert lines[-1] == "test.curator: 3 problems found; Repair can fix them (a backup is made first)"
    repaired = _run_cli("check", path, "--repair")
    assert repaired.returncode == 0, repaired.stdout
    assert repaired.stdout.splitlines()[-1] == "test.curator: repaired (3 changes)"
    with Project.open(path) as project:
        assert [h.title for h in queries.search(project, "Retitled")] == ["Retitled without the index"] * 5
        span = queries.spans(project, queries.evidence(project, queries.claims(project)[0].id)[0].document_id)[0]
        assert (span.start, span.end) == (start, end)
    assert _run_cli("check", path).returncode == 0


def test_a_file_name_with_a_newline_cannot_split_a_result_line(tmp_path):
    odd = tmp_path / "two\nlines.txt"
    odd.write_text("Short text about 900 defenders", encoding="utf-8")
    result = _run_cli("import", tmp_path / "p.curator", odd)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == f"imported  {tmp_path}/two\\nlines.txt: Short text about 900 defenders"


def test_names_too_long_for_the_disk_get_one_line(tmp_path, seeds):
    article = seeds / "000_a08e55c72052c1e8.txt"
    too_long = tmp_path / ("a" * 250 + ".curator")
    result = _run_cli("import", too_long, article)
    assert result.returncode == 2
    assert result.stderr == f"curator: {too_long}: the file name is too long for this disk; nothing was opened.\n"
    longest = tmp_path / ("b" * 243 + ".curator")  # fits, but its lock, backups and temporaries must too
    assert _run_cli("import", longest, article).returncode == 0
    assert _run_cli("import", longest, seeds).returncode == 0  # with the daily backup due
    with Project.open(longest) as project:
        assert queries.counts(project).documents == 5


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def test_a_full_disk_during_import_and_edits_costs_nothing_and_work_resumes(small_disk, seeds):
    from curator import operations as ops
    from curator.importers import import_paths

    path = small_disk / "p.curator"
    project = Project.open(path, create=True, lock=True)
    import_paths(project, [seeds / "000_a08e55c72052c1e8.txt"])
    (document,) = queries.documents(project)
    claim = ops.create_claim(project, {"value": 900}, [ops.Selection(document.id, 0, 20)]).result
    filler = _fill(small_disk)
    before = queries.counts(project)
    report = import_paths(project, [seeds])
    assert report.stopped == f"{path}: the disk holding the project is full; nothing was changed."
    assert not report.complete and report.summary().endswith(f"; stopped: {report.stopped}")
    assert queries.counts(project).documents == before.documents + len(report.imported)  # what fitted, whole
    with pytest.raises(CuratorError) as caught:
        for n in range(200):  # until the full disk refuses a write
            ops.update_claim(project, claim, {"note": "x" * 4000 + str(n)})
    assert str(caught.value) == f"{path}: the disk holding the project is full; nothing was changed."
    filler.unlink()
    ops.update_claim(project, claim, {"note": "after the disk was freed"})
    assert queries.claim(project, claim).note == "after the disk was freed"
    from curator.checkup import check_project

    assert check_project(project).healthy
    project.close()


def test_backups_made_in_one_second_keep_their_order(curated):
    """Several copies in one second, for different reasons: none overwrites another and
    the newest is listed first (the restore dialog offers it first)."""
    from datetime import UTC, datetime

    from curator.storage import backups

    now = datetime(2026, 3, 31, 12, 0, 0, 250_000, tzinfo=UTC)
    for reason in ("daily", "before merge", "before repair"):
        backups.make(curated.path, reason, now)
    assert [b.reason for b in backups.listed(curated.path)] == ["before repair", "before merge", "daily"]
