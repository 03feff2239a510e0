"""The project file: pragmas, one transaction per operation, history, undo by inverse."""

import sqlite3
import uuid
from datetime import datetime

import pytest
from sqlmodel import select

from curator import operations as ops
from curator import queries
from curator.errors import CuratorError, StaleChange
from curator.models import Claim, History
from curator.storage import Project


def _first_document(project):
    row = queries.documents(project)[0]
    return row, queries.document_text(project, row.id)


def _select(text, needle):
    start = text.index(needle)
    return start, start + len(needle)


def test_pragmas_and_application_id(project):
    with project.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA application_id").fetchone()[0] == 0x43555241


def test_claim_with_evidence_and_its_history(seeded):
    row, text = _first_document(seeded)
    start, end = _select(text, "More than 900 defenders of Mariupol remain in Russian captivity")
    changes = ops.create_claim(
        seeded, {"subject": "Mariupol defenders", "measure": "in captivity", "value": 900,
                 "qualifier": "more than", "tags": "azov, captivity ,azov"},
        [ops.Selection(row.id, start, end)],
    )
    assert changes.tables == {"claim", "span", "evidence"}
    claim = queries.claim(seeded, changes.result)
    assert claim.tags == ["azov", "captivity"]
    assert claim.author == "Tester"
    assert claim.created_at.tzinfo is not None
    (evidence,) = queries.evidence(seeded, claim.id)
    assert evidence.quote == "More than 900 defenders of Mariupol remain in Russian captivity"
    with seeded.session() as session:
        history = session.exec(select(History).where(History.operation == "New claim")).all()
    assert {(h.table_name, h.action) for h in history} == {("claim", "insert"), ("span", "insert"), ("evidence", "insert")}
    assert all(h.author == "Tester" for h in history)


def test_every_edit_undoes_and_redoes(seeded):
    row, text = _first_document(seeded)
    s1 = ops.Selection(row.id, *_select(text, "More than 900 defenders"))
    s2 = ops.Selection(row.id, *_select(text, "207 Ukrainian POWs"))
    steps = []
    steps.append(ops.create_claim(seeded, {"value": 900, "qualifier": "more than"}, [s1]))
    claim_id = steps[0].result
    steps.append(ops.update_claim(seeded, claim_id, {"subject": "Azovstal garrison", "status": "checked"}))
    steps.append(ops.add_evidence(seeded, claim_id, s2))
    steps.append(ops.remove_evidence(seeded, steps[-1].result))
    steps.append(ops.delete_claim(seeded, claim_id))

    def state():
        counts = queries.counts(seeded)
        return (counts.documents, counts.spans, counts.claims, counts.evidence), [(c.subject, c.status) for c in queries.claims(seeded)]

    states = [state()]
    # Rebuild the states by undoing everything, then redo it all.
    for step in reversed(steps):
        seeded.apply(step.inverse())
        states.append(state())
    assert states[-1] == ((5, 0, 0, 0), [])
    assert states[1] == ((5, 1, 1, 1), [("Azovstal garrison", "checked")])  # after undoing the delete
    for step in steps:
        seeded.apply(step)
    assert state() == states[0] == ((5, 0, 0, 0), [])


def test_undo_refuses_to_overwrite_a_later_edit(seeded):
    changes = ops.create_claim(seeded, {"value": 1})
    ops.update_claim(seeded, changes.result, {"value": 2})
    with pytest.raises(StaleChange, match="Cannot undo “New claim”: the claim was changed since by Tester"):
        seeded.apply(changes.inverse())
    assert queries.claim(seeded, changes.result).value == 2


def test_undoing_a_claim_whose_words_another_claim_cites_keeps_them_for_it(seeded):
    """Two claims cite the same words (one span). Undoing the first claim's creation
    removes it and its evidence link; the span stays, cited by the second. Redo brings
    the first back on the same span."""
    row, _text = _first_document(seeded)
    first = ops.create_claim(seeded, {"value": 1}, [ops.Selection(row.id, 0, 10)])
    second = ops.create_claim(seeded, {"value": 2}, [ops.Selection(row.id, 0, 10)])
    (span,) = queries.spans(seeded, row.id)
    assert set(span.claim_ids) == {first.result, second.result}
    undone = seeded.apply(first.inverse())
    assert queries.claim(seeded, first.result) is None
    assert [s.claim_ids for s in queries.spans(seeded, row.id)] == [(second.result,)]
    assert "span" not in undone.tables
    seeded.apply(first)  # redo
    (span,) = queries.spans(seeded, row.id)
    assert set(span.claim_ids) == {first.result, second.result}
    assert [e.quote for e in queries.evidence(seeded, first.result)] == [span.quote]


def test_undoing_a_claim_that_gained_evidence_since_is_refused_in_words(seeded):
    row, text = _first_document(seeded)
    created = ops.create_claim(seeded, {"value": 1}, [ops.Selection(row.id, 0, 10)])
    ops.add_evidence(seeded, created.result, ops.Selection(row.id, *_select(text, text.split()[5])))
    before = queries.counts(seeded)
    with pytest.raises(StaleChange, match=r"Cannot undo “New claim”: 1 piece of evidence added since still refers "
                                          r"to the claim\. Undo or remove it first\."):
        seeded.apply(created.inverse())
    assert queries.counts(seeded) == before


def test_a_failing_operation_leaves_nothing_behind(seeded):
    row, _text = _first_document(seeded)
    before = queries.counts(seeded)
    with pytest.raises(CuratorError):  # the second selection is blank
        ops.create_claim(seeded, {"value": 1}, [ops.Selection(row.id, 0, 10), ops.Selection(row.id, 5, 5)])
    assert queries.counts(seeded) == before


def test_empty_selection_is_refused_with_a_message(seeded):
    row, _text = _first_document(seeded)
    with pytest.raises(CuratorError, match="Select some text first"):
        ops.create_claim(seeded, {}, [ops.Selection(row.id, 3, 3)])


def test_naive_datetimes_are_refused(project):
    with pytest.raises(Exception, match="naive datetime"), project.write("bad") as writer:
        writer.insert("claim", {"created_at": datetime(2024, 1, 1)})


def test_unknown_values_are_refused_in_words(seeded):
    with pytest.raises(CuratorError, match="'roughly' is not a possible qualifier \\(one of: exact, "):
        ops.create_claim(seeded, {"qualifier": "roughly"})
    with pytest.raises(CuratorError, match="'done' is not a possible status"):
        ops.create_claim(seeded, {"status": "done"})
    with pytest.raises(CuratorError, match="'20 May' is not a date"):
        ops.create_claim(seeded, {"as_of": "20 May"})
    made = ops.create_claim(seeded, {"as_of": "2024-05-20", "as_of_precision": "month"}).result
    assert queries.claim(seeded, made).as_of.isoformat() == "2024-05-20"
    with pytest.raises(CuratorError, match="Unknown claim field"):
        ops.create_claim(seeded, {"colour": "red"})


def test_acknowledged_edits_survive_a_killed_process(tmp_path):
    """Every committed edit is on disk: another connection sees it without a close."""
    path = tmp_path / "k.curator"
    project = Project.open(path, create=True)
    ops.create_claim(project, {"subject": "kept"})
    # No close, no checkpoint: read the file with a separate plain connection.
    other = sqlite3.connect(path)
    assert other.execute("SELECT subject FROM claim").fetchall() == [("kept",)]
    other.close()


def test_vocabulary_joins_aliases(project):
    first = ops.add_term(project, "subject", "Azovstal garrison", ["Azovstal defenders"])
    again = ops.add_term(project, "subject", "Azovstal garrison", ["defenders of Azovstal", "Azovstal garrison"])
    assert first.result == again.result
    (term,) = queries.terms(project, "subject")
    assert term.aliases == ["Azovstal defenders", "defenders of Azovstal"]


def test_search_follows_document_edits(seeded):
    hits = queries.search(seeded, "Prokopenko")
    assert {h.title[:10] for h in hits} == {"Azov comma", "Russian GR"}
    target = hits[0].document_id
    ops.update_document(seeded, target, {"title": "Renamed zebra title"})
    assert [h.document_id for h in queries.search(seeded, "zebra")] == [target]
    assert queries.search(seeded, "") == []
    assert queries.search(seeded, '"unbalanced') == []


def test_ids_are_uuids(seeded):
    for row in queries.documents(seeded):
        assert isinstance(row.id, uuid.UUID) and row.id.version == 4
    ops.create_claim(seeded, {"value": 1})
    with seeded.session() as session:
        (claim,) = session.exec(select(Claim)).all()
    assert isinstance(claim.id, uuid.UUID) and claim.id.version == 4
    assert claim.created_at.tzinfo is not None and claim.created_at.utcoffset().total_seconds() == 0


def test_a_deleted_document_leaves_full_text_search(project, seeds, tmp_path):
    """Search never finds a deleted document's words, not even in the document that
    takes its place in the table (SQLite reuses the highest row number)."""
    from curator.importers import import_paths

    others = [p for p in sorted(seeds.iterdir()) if "Yusov" not in p.read_text(encoding="utf-8")]
    import_paths(project, others)
    import_paths(project, [next(p for p in seeds.iterdir() if "Yusov" in p.read_text(encoding="utf-8"))])
    (hit,) = queries.search(project, "Yusov")
    changes = ops.delete_document(project, hit.document_id)
    assert queries.search(project, "Yusov") == []
    weather = tmp_path / "weather.txt"
    weather.write_text("Sunny weather in Kyiv\n\nA short note about the weather.", encoding="utf-8")
    import_paths(project, [weather])
    assert queries.search(project, "Yusov") == []
    assert [h.title for h in queries.search(project, "weather")] == ["Sunny weather in Kyiv"]
    project.apply(changes.inverse())  # undo brings it back, searchable again
    assert [h.document_id for h in queries.search(project, "Yusov")] == [hit.document_id]


def test_a_cited_document_cannot_be_deleted(seeded):
    row, text = _first_document(seeded)
    ops.create_claim(seeded, {"value": 1}, [ops.Selection(row.id, *_select(text, text.split()[0]))])
    with pytest.raises(CuratorError, match=r"cannot be deleted: it is the evidence of 1 claim\."):
        ops.delete_document(seeded, row.id)
    assert len(queries.documents(seeded)) == 5


def test_a_search_hit_points_at_the_occurrence_its_snippet_shows(project, tmp_path):
    """The snippet shows the passage where the words meet; the hit's offsets point there,
    not at the first place the first word happens to occur."""
    from curator.importers import import_paths

    article = tmp_path / "article.txt"
    filler = " ".join(["The city council met again and discussed the budget."] * 20)
    article.write_text("Exchange talks\n\nAzov was mentioned in passing. " + filler
                       + " Later the Azov fighters were returned, Yusov said.", encoding="utf-8")
    import_paths(project, [article])
    (hit,) = queries.search(project, "Azov Yusov")
    text = queries.document_text(project, hit.document_id)
    assert "[Yusov]" in hit.snippet and "[Azov]" in hit.snippet
    assert text[hit.start:hit.end] == "Azov" and hit.start == text.rindex("Azov")  # the second, shown
    (only_title,) = queries.search(project, "Exchange")
    assert only_title.start is None or text[only_title.start:only_title.end] == "Exchange"
