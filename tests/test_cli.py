"""The command line as a script would use it."""

import json
import subprocess
import sys
from pathlib import Path

from curator import __version__


def curator(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "curator", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


def test_import_then_documents_json(tmp_path, seeds):
    project = tmp_path / "azovstal.curator"
    result = curator("import", project, seeds)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "5 imported, 0 skipped as duplicate, 0 failed"
    documents = json.loads(curator("documents", project, "--json").stdout)
    assert {(d["title"], d["published"]) for d in documents} == {
        ("Azov commander says more than 900 defenders of Mariupol remain in captivity", "2024-02-01"),
        ("Over 1,900 defenders of Azovstal are in Russian captivity", "2024-05-20"),
        ("Over 1,200 Azovstal Defenders Returned From Russian Captivity Yusov", "2025-05-29"),
        ("Russia delaying exchange of captured Azov soldiers – coordination headquarters", None),
        ("Russian GRU General promised Azov Battalion security guarantees before Azovstal surrender", None),
    }
    assert all(len(d["original_sha256"]) == 64 and d["characters"] > 2000 for d in documents)

    again = curator("import", project, seeds / "001_849ddcc2e317e3da.txt")
    assert again.returncode == 0
    assert "already in the project" in again.stdout

    first = documents[0]
    text = curator("text", project, first["id"]).stdout
    assert len(text) == first["characters"]

    info = curator("info", project).stdout
    from curator.storage.migrate import head_revision

    assert "documents:  5" in info and f"schema:     {head_revision()}" in info


def test_failures_exit_1_with_one_line_each(tmp_path, seeds):
    bad = tmp_path / "bad.docx"
    bad.write_text("not a word file")
    result = curator("import", tmp_path / "p.curator", bad, seeds / "000_a08e55c72052c1e8.txt")
    assert result.returncode == 1
    assert f"failed    {bad}: not a real .docx file" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_errors_are_one_line_without_traceback(tmp_path):
    not_project = tmp_path / "x.curator"
    not_project.write_text("hello")
    result = curator("documents", not_project)
    assert result.returncode == 2
    assert result.stderr.strip() == f"curator: {not_project}: not a Curator project (the file is not an SQLite database)"
    result = curator("text", not_project, "not-an-id")
    assert result.stderr.strip() == "curator: not-an-id: not a document id (see 'curator documents')"


def test_version():
    result = curator("--version")
    assert result.stdout.strip() == f"curator {__version__}"


def test_search_prints_hits_with_their_offsets_in_the_stored_text(tmp_path, seeds):
    project = tmp_path / "search.curator"
    assert curator("import", project, seeds).returncode == 0
    result = curator("search", project, "Yusov", "--json")
    assert result.returncode == 0, result.stderr
    (hit,) = json.loads(result.stdout)
    text = curator("text", project, hit["document_id"]).stdout
    assert hit["title"].startswith("Over 1,200 Azovstal") and "[Yusov]" in hit["snippet"]
    assert [text[start:end] for start, end in hit["occurrences"]] == ["Yusov"] * len(hit["occurrences"]) != []
    start, end = hit["shown_at"]
    assert text[start:end] == "Yusov" and [start, end] in hit["occurrences"]
    plain = curator("search", project, "zebra")
    assert plain.returncode == 0 and plain.stdout.strip() == "no document holds: zebra"
    # A reader that goes away before the output ("| head -1") is no error.
    child = subprocess.Popen([sys.executable, "-m", "curator", "search", str(project), "Azov"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()
    assert child.wait(timeout=120) == 0 and child.stderr.read() == b""
    child.stderr.close()


def test_every_command_is_known_to_the_launcher():
    """The launcher names the commands (so that the window starts without the database
    layer): a command it does not know would open the window instead."""
    from curator import cli
    from curator.__main__ import COMMANDS

    assert set(COMMANDS) == set(cli.HANDLERS)


def test_keep_whole_page_from_the_command_line(tmp_path):
    page = Path(__file__).parent / "data" / "real" / "caption-page.html"
    project = tmp_path / "p.curator"
    imported = curator("import", str(project), str(page))
    assert imported.returncode == 0, imported.stderr
    note = next(line for line in imported.stdout.splitlines() if line.startswith("note"))
    assert "a small part of the page" in note and "curator keep-whole-page" in note
    document_id = note.split()[-1]
    kept = curator("keep-whole-page", str(project), document_id)
    assert kept.returncode == 0 and f"kept the whole page: {document_id}" in kept.stdout
    text = curator("text", str(project), document_id).stdout
    assert "──── The rest of the page" in text


def test_import_while_another_program_holds_the_project_says_so_in_one_line(tmp_path, seeds):
    """An sqlite3 shell (or DB Browser) in the middle of a write: after SQLite's
    10-second wait, one line naming the project, and nothing imported."""
    import sqlite3

    project = tmp_path / "p.curator"
    assert curator("import", project, seeds / "000_a08e55c72052c1e8.txt").returncode == 0
    holder = sqlite3.connect(project)
    holder.execute("BEGIN IMMEDIATE")  # another program's write lock
    try:
        result = curator("import", project, seeds / "001_849ddcc2e317e3da.txt")
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 1 and "Traceback" not in result.stderr + result.stdout
    (line,) = [line for line in result.stdout.splitlines() if "stopped" in line]
    assert f"{project}: another program is using this project and did not let go within 10 seconds" in line
    assert "SELECT" not in result.stdout + result.stderr and "[SQL" not in result.stdout + result.stderr
    listed = json.loads(curator("documents", project, "--json").stdout)
    assert len(listed) == 1
