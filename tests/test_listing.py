"""Listings (curator.listing): SQLite's order of claims and documents is the order a
curator expects (any case, any script, undated and unvalued rows where the window has
always put them), the place of a single row asked of SQLite is its place in the whole
listing, and filters find words in any case and statuses by their label."""

from __future__ import annotations

import random
from datetime import date

import pytest

from curator import queries
from curator.listing import CLAIMS, DOCUMENTS, Criteria
from curator.storage import Project

SUBJECTS = ["Azovstal garrison", "azov regiment", "Захисники Маріуполя", "захисники Азовсталі", "АЗОВ", "marines",
            "Яма", "азов", ""]
PEOPLE = ["Denys Prokopenko", "Andriy Yusov", "Дмитро Лубінець", "petro"]


@pytest.fixture
def listed(project: Project):
    """60 claims on 6 documents, with values, dates and names in both scripts and cases,
    some without a value or a date."""
    rng = random.Random(7)
    with project.write("Listed") as writer:
        documents = writer.insert_many("document", [
            {"title": title, "language": "en", "text": f"{title} text", "text_sha256": str(i), "original": b"",
             "original_name": f"{i}.txt", "media_type": "text/plain", "original_sha256": str(i),
             "published": None if i == 3 else date(2023, 1 + i, 1), "published_precision": None if i == 3 else "month",
             "outlet": outlet}
            for i, (title, outlet) in enumerate([("Звіт штабу", "Суспільне"), ("azov report", "Kyiv Independent"),
                                                  ("Exchange", "ukrinform"), ("Undated page", ""),
                                                  ("Ще один звіт", "Укрінформ"), ("Backlog", "Reuters")])])
        claims = writer.insert_many("claim", [
            {"subject": rng.choice(SUBJECTS), "measure": rng.choice(["in captivity", "returned", "Повернуто"]),
             "value": None if i % 9 == 0 else float(rng.randrange(-5, 3000)),
             "as_of": None if i % 7 == 0 else date(2022 + i % 3, 1 + i % 12, 1 + i % 27),
             "as_of_precision": None if i % 7 == 0 else "day", "attributed_to": rng.choice(PEOPLE),
             "status": rng.choice(["draft", "checked", "disputed", "rejected"])}
            for i in range(60)])
        spans = writer.insert_many("span", [
            {"document_id": documents[i % 5], "start": 0, "end": 4, "quote": "text", "prefix": "", "suffix": ""}
            for i in range(60)])
        writer.insert_many("evidence", [{"claim_id": c, "span_id": s} for c, s in zip(claims, spans, strict=True)])
    return project, documents, claims


def _all(project: Project, listing):
    rowids = listing.order(project, Criteria(next(iter(listing.orders))))
    return listing.rows(project, list(rowids))


#: What the window has always sorted by (before listings asked SQLite): text without
#: case, undated last, no value first.
EXPECTED = {
    "value": lambda c: c.value if c.value is not None else float("-inf"),
    "qualifier": lambda c: c.qualifier.value,
    "subject": lambda c: c.subject.casefold(),
    "measure": lambda c: c.measure.casefold(),
    "as_of": lambda c: c.as_of.isoformat() if c.as_of else "9999",
    "attributed_to": lambda c: c.attributed_to.casefold(),
    "status": lambda c: c.status.value,
    "author": lambda c: c.author.casefold(),
}


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("order", sorted(CLAIMS.orders))
def test_claims_are_listed_in_the_order_a_curator_expects_and_each_knows_its_place(listed, order, descending,
                                                                                   monkeypatch):
    project, _documents, _claims = listed
    rows = _all(project, CLAIMS)
    key = EXPECTED[order]
    expected = sorted(rows, key=lambda rowid: (key(rows[rowid]), rowid), reverse=descending)
    criteria = Criteria(order, descending)
    listing = list(CLAIMS.order(project, criteria))
    assert listing == expected
    assert [CLAIMS.place(project, rowid, criteria) for rowid in listing] == list(range(len(listing)))
    # Counted from the end for the rows near it (all of them here, then the last three).
    assert [CLAIMS.place(project, rowid, criteria, len(listing)) for rowid in listing] == list(range(len(listing)))
    monkeypatch.setattr(type(CLAIMS), "NEAR_END", 3)
    assert [CLAIMS.place(project, rowid, criteria, len(listing)) for rowid in listing] == list(range(len(listing)))


def test_text_is_ordered_without_case_in_any_script(listed):
    project, _documents, _claims = listed
    rows = _all(project, CLAIMS)
    subjects = [rows[r].subject for r in CLAIMS.order(project, Criteria("subject"))]
    firsts = list(dict.fromkeys(s.casefold() for s in subjects))
    assert firsts.index("азов") < firsts.index("захисники азовсталі") < firsts.index("яма")  # not by code point
    assert subjects.index("АЗОВ") < subjects.index("Яма") and {"азов", "АЗОВ"} <= set(subjects)


def test_words_are_found_in_any_case_and_statuses_by_their_label(listed):
    project, documents, _claims = listed
    rows = _all(project, CLAIMS)
    found = CLAIMS.order(project, Criteria("as_of", words="АЗОВ"))
    assert {rows[r].subject for r in found} == {s for s in SUBJECTS if "азов" in s.casefold()}
    found = CLAIMS.order(project, Criteria("as_of", words="перевірено", labels={"status": ["checked"]}))
    assert found and {rows[r].status.value for r in found} == {"checked"}
    assert not CLAIMS.order(project, Criteria("as_of", words="перевірено"))  # the label, not the stored word
    criteria = Criteria("subject", True, words="прокопенко")
    assert not CLAIMS.order(project, criteria)
    criteria = Criteria("subject", True, words="prokopenko")
    listing = list(CLAIMS.order(project, criteria))
    assert listing and [CLAIMS.place(project, r, criteria) for r in listing] == list(range(len(listing)))
    outside = next(r for r in rows if r not in listing)
    assert CLAIMS.place(project, outside, criteria) is None
    assert len(CLAIMS.order(project, Criteria("as_of", document_id=documents[0]))) == 12


def test_documents_are_listed_by_date_undated_last_with_their_claims_counted(listed):
    project, documents, _claims = listed
    rows = _all(project, DOCUMENTS)
    listing = list(DOCUMENTS.order(project, Criteria("published")))
    assert [rows[r].title for r in listing][-1] == "Undated page"
    assert {rows[r].title: rows[r].claims for r in listing} == {
        "Звіт штабу": 12, "azov report": 12, "Exchange": 12, "Undated page": 12, "Ще один звіт": 12, "Backlog": 0}
    by_outlet = [rows[r].outlet for r in DOCUMENTS.order(project, Criteria("outlet"))]
    assert by_outlet == sorted(by_outlet, key=str.casefold)
    criteria = Criteria("claims", True)
    listing = list(DOCUMENTS.order(project, criteria))
    assert rows[listing[-1]].title == "Backlog"
    assert [DOCUMENTS.place(project, r, criteria) for r in listing] == list(range(len(listing)))
    assert {rows[r].title for r in DOCUMENTS.order(project, Criteria("title", words="ЗВІТ"))} == {
        "Звіт штабу", "Ще один звіт"}
    assert DOCUMENTS.rowids(project, [documents[2]]) == {documents[2]: listing[[rows[r].id for r in listing].index(
        documents[2])]}


def test_document_ids_come_in_the_order_of_the_documents_without_counting_claims(seeded):
    """Find Suggestions in All Documents goes through the documents in the list's order,
    read without the count of claims per document."""
    from curator import operations as ops

    first = queries.documents(seeded)[0].id
    ops.update_document(seeded, first, {"published": None})  # undated: last
    assert queries.document_ids(seeded) == [d.id for d in queries.documents(seeded)]
    assert len(set(queries.document_ids(seeded))) == 5
    ids = queries.document_ids(seeded)  # oldest first, undated last
    dated = [d for d in queries.documents(seeded) if d.published is not None]
    assert [d.id for d in dated] == ids[:len(dated)] and first in ids[len(dated):]
    assert [d.published for d in dated] == sorted(d.published for d in dated)


def test_a_damaged_project_is_said_in_one_line_by_the_listings_too(tmp_path):
    """Listings read through the driver's own connection (for speed): a damaged file is
    still said as every other read says it, in one line naming the project."""
    from benchmarks.make_corpus import make_project
    from curator.errors import DamagedProject

    path = tmp_path / "damaged.curator"
    make_project(path, 40, 10).close()
    with Project.open(path) as project:
        rowids = list(CLAIMS.order(project, Criteria("as_of")))
    import sqlite3

    reader = sqlite3.connect(path)
    page_size = reader.execute("PRAGMA page_size").fetchone()[0]
    roots = [root for (root,) in reader.execute(
        "SELECT rootpage FROM sqlite_master WHERE name IN ('claim', 'ix_claim_listed_as_of')")]
    reader.close()
    with path.open("r+b") as file:  # the claims' table and the listing's index, overwritten
        for root in roots:
            file.seek((root - 1) * page_size)
            file.write(b"\xff" * page_size)
    with Project.open(path) as project:
        for read in (lambda: CLAIMS.order(project, Criteria("as_of")), lambda: CLAIMS.rows(project, rowids[:50])):
            with pytest.raises(DamagedProject) as raised:
                read()
            assert str(raised.value).startswith(str(path)) and "\n" not in str(raised.value)
