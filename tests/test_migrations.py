"""Schema versions: the migrations build exactly the models' schema; older projects are
backed up and upgraded; newer ones and non-projects are refused."""

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from curator import queries
from curator.errors import ProjectError
from curator.models import SQLModel
from curator.storage import Project, migrate
from curator.storage.engine import APPLICATION_ID
from tests.helpers import make_newer_project

#: Tables made from the documents for search, not models of their own.
DERIVED = ("document_fts", "word_form")
#: Columns made from a row for people reading the file with other tools (0005).
LABELS = {("claim", "title"), ("span", "title")}


def _derived(difference) -> bool:
    if difference[0] == "remove_table":
        return difference[1].name.startswith(DERIVED)
    if difference[0] == "remove_column":
        return (difference[2], difference[3].name) in LABELS and difference[3].computed is not None
    return False


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migrations_match_the_models(project):
    engine = create_engine(f"sqlite:///{project.path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        diff = [d for d in compare_metadata(context, SQLModel.metadata) if not _derived(d)]
    engine.dispose()
    assert diff == []


def test_the_default_listings_are_read_from_their_indexes_not_sorted(project):
    """Half a million claims listed by date come from an index in order (migration 0008),
    and the documents list sorts without reading every text: the index and the
    listing's expression must stay the same (SQLite uses an expression index only for
    that very expression)."""
    from curator.listing import CLAIMS, DOCUMENTS

    for listing, order in ((CLAIMS, "as_of"), (DOCUMENTS, "published")):
        table, expression = listing.table, listing.orders[order].expression
        with project.engine.connect() as connection:
            plan = connection.exec_driver_sql(
                f"EXPLAIN QUERY PLAN SELECT {table}.rowid FROM {table} ORDER BY {expression}, {table}.rowid").fetchall()
        assert [step[-1] for step in plan] == [f"SCAN {table} USING INDEX ix_{table}_listed_{order}"]


def project_at(path, revision):
    """A project file as an older Curator left it, with one document in it."""
    project = Project(path, "old")
    with project.engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    migrate.upgrade(project.engine, revision)
    with project.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO document (id, created_at, updated_at, author, title, outlet, authors, url, language, "
            "text, text_sha256, original_name, media_type, original_sha256, imported_at, notes) VALUES "
            "('3f1c1f6e-0f5a-4a59-9a2e-6f6d6b1e0001', '2024-01-01T00:00:00+00:00', "
            "'2024-01-01T00:00:00+00:00', 'old', 'Old article', '', '', '', 'uk', "
            "'Понад 900 захисників Маріуполя', 'x', 'old.txt', 'text/plain', 'y', "
            "'2024-01-01T00:00:00+00:00', '')"
        )
    project.close()


def test_an_older_project_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.curator"
    project_at(path, "0001")
    with Project.open(path) as project:
        assert project.upgraded_from == "0001"
        assert project.schema_version == migrate.head_revision()
        assert project.backup.exists()
        # The new full-text index covers the document the old version stored.
        assert [h.title for h in queries.search(project, "захисників")] == ["Old article"]
        # ... and the words of that document in any of their forms (0004).
        assert [h.title for h in queries.search(project, "захисника")] == ["Old article"]
    backup = sqlite3.connect(project.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backup.execute("SELECT title FROM document").fetchall() == [("Old article",)]
    backup.close()


def test_a_project_of_0004_is_upgraded_to_read_well_in_other_tools(tmp_path):
    """0005: the full-text index as Datasette detects it, still covering the stored
    document; claims titled; the views."""
    path = tmp_path / "old.curator"
    project_at(path, "0004")
    with Project.open(path) as project:
        assert [h.title for h in queries.search(project, "захисників")] == ["Old article"]
    plain = sqlite3.connect(path)
    (sql,) = plain.execute("SELECT sql FROM sqlite_master WHERE name = 'document_fts'").fetchone()
    assert 'content="document"' in sql
    assert plain.execute("SELECT title FROM documents_without_originals").fetchall() == [("Old article",)]
    assert plain.execute("SELECT count(*) FROM claims_with_evidence").fetchone() == (0,)
    plain.close()


def test_a_project_from_a_newer_curator_is_refused(tmp_path):
    path = make_newer_project(tmp_path / "new.curator")
    with pytest.raises(ProjectError, match="newer version of Curator"):
        Project.open(path)


def test_files_that_are_not_projects_are_refused(tmp_path):
    text = tmp_path / "notes.curator"
    text.write_text("hello")
    with pytest.raises(ProjectError, match="not an SQLite database"):
        Project.open(text)
    other = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(ProjectError, match="another program"):
        Project.open(other)
    with pytest.raises(ProjectError, match="is a folder"):
        Project.open(tmp_path)
    with pytest.raises(ProjectError, match="no such project"):
        Project.open(tmp_path / "missing.curator")


def test_json_columns_are_rewritten_as_utf8_text(tmp_path):
    path = tmp_path / "old.curator"
    project_at(path, "0002")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO claim (id, created_at, updated_at, author, subject, measure, qualifier, unit, attributed_to, "
        "reported_by, status, note, tags) VALUES ('3f1c1f6e-0f5a-4a59-9a2e-6f6d6b1e0002', "
        "'2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00', 'old', '', '', 'exact', '', '', '', 'draft', "
        "'', ?)", ('["\\u0410\\u0437\\u043e\\u0432", "captivity"]',))
    connection.commit()
    connection.close()
    with Project.open(path) as project:
        (claim,) = queries.claims(project)
        assert claim.tags == ["Азов", "captivity"]
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT tags FROM claim WHERE tags LIKE '%Азов%'").fetchall() == \
        [('["Азов", "captivity"]',)]
    connection.close()
