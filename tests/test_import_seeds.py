"""The five sample articles import as a curator would read them."""

from datetime import date

from curator import queries
from curator.importers import import_paths
from curator.normalise import sha256_text

EXPECTED = {
    "000_a08e55c72052c1e8.txt": (
        "Azov commander says more than 900 defenders of Mariupol remain in captivity", date(2024, 2, 1)),
    "001_849ddcc2e317e3da.txt": ("Over 1,900 defenders of Azovstal are in Russian captivity", date(2024, 5, 20)),
    "002_52df976b9cd9e051.txt": (
        "Over 1,200 Azovstal Defenders Returned From Russian Captivity Yusov", date(2025, 5, 29)),
    # Only sidebar dates ("Wednesday January 22nd, 2025"): the publication date is unknown.
    "003_d196b1db2b43dcf9.txt": (
        "Russia delaying exchange of captured Azov soldiers – coordination headquarters", None),
    # "published on Dec. 17" names no year: unknown rather than a guess.
    "004_d73107fb2a416f50.txt": (
        "Russian GRU General promised Azov Battalion security guarantees before Azovstal surrender", None),
}


def test_seeds_have_their_titles_and_stated_dates(seeded):
    by_sha = {row.original_sha256: row for row in queries.documents(seeded)}
    from sqlmodel import select

    from curator.models import Document

    with seeded.session() as session:
        names = {d.original_name: d for d in session.exec(select(Document)).all()}
    assert set(names) == set(EXPECTED)
    for name, (title, published) in EXPECTED.items():
        document = names[name]
        assert document.title == title, name
        assert document.published == published, name
        assert (document.published_precision is not None) == (published is not None)
        assert by_sha[document.original_sha256].language == "en"


def test_byline_gives_authors_and_source_line_gives_outlet(seeded):
    rows = {row.title[:20]: row for row in queries.documents(seeded)}
    assert rows["Azov commander says "].outlet == "The Kyiv Independent"
    assert rows["Russian GRU General "].outlet == "The New Voice of Ukraine"
    kyiv = queries.document(seeded, rows["Azov commander says "].id)
    assert kyiv.authors == "Rachel Amran and The Kyiv Independent news desk"


def test_stored_text_is_the_file_normalised_without_the_capture_header(seeded, seeds):
    """The capture tool's " date 2025-05-29 " before the headline is metadata (the
    publication date), not the article's text; the original file keeps it."""
    for row in queries.documents(seeded):
        stored = queries.document_text(seeded, row.id)
        document = queries.document(seeded, row.id)
        original = (seeds / document.original_name).read_text(encoding="utf-8").replace("\r\n", "\n")
        if original.startswith(" date "):
            assert stored == original[len(" date 2025-05-29 "):]
            assert stored.startswith(("May 20 is the second anniversary", "Over 1,200 Azovstal Defenders"))
        else:
            assert stored == original
        assert document.text_sha256 == sha256_text(stored)
        assert document.original == (seeds / document.original_name).read_bytes()


def test_importing_the_same_file_again_says_it_is_a_duplicate(seeded, seeds):
    report = import_paths(seeded, [seeds / "000_a08e55c72052c1e8.txt"])
    assert report.summary() == "0 imported, 1 skipped as duplicate, 0 failed"
    assert "already in the project as “Azov commander says" in report.duplicates[0].message
    assert len(queries.documents(seeded)) == 5


def test_cancel_stops_between_files_and_keeps_what_was_imported(project, seeds):
    calls = []
    report = import_paths(project, [seeds], progress=lambda d, t, w: calls.append(d),
                          cancelled=lambda: len(calls) >= 2)
    assert report.cancelled
    assert len(report.imported) == 2
    assert len(queries.documents(project)) == 2
