"""What a change means, in the core: the facts views refresh from, and the one claim-row
type built from SQL and from row images alike."""

from __future__ import annotations

from datetime import date

from curator import operations as ops
from curator import queries
from curator.enums import Precision, Qualifier, Status
from curator.models import Claim
from curator.records import CLAIM_COLUMNS, ClaimRow
from tests.curation_helpers import claim_on, document_titled


def test_the_claim_row_follows_the_model():
    assert ClaimRow._fields == CLAIM_COLUMNS == tuple(Claim.__table__.columns.keys())


def test_rows_from_sql_and_from_changes_are_the_same(seeded):
    """The table reads claims through SQL and updates rows in place from changes: both
    must give equal rows, with enumerations decided (never their stored strings)."""
    claim_id = claim_on(seeded, "Over 1,900 defenders", "the evacuation of 2,500 Ukrainian soldiers")
    changes = ops.update_claim(seeded, claim_id, {
        "subject": "Azovstal garrison", "qualifier": "approximately", "as_of": date(2022, 5, 1),
        "as_of_precision": "month", "status": "checked", "tags": "b, a"})
    from_changes = changes.claims()[claim_id]
    from_sql = queries.claim(seeded, claim_id)
    assert from_changes == from_sql
    assert (from_sql.qualifier, from_sql.as_of_precision, from_sql.status, from_sql.tags) == (
        Qualifier.APPROXIMATELY, Precision.MONTH, Status.CHECKED, ["a", "b"])
    assert type(from_sql.qualifier) is Qualifier and type(from_changes.status) is Status
    assert queries.claims(seeded) == [from_sql]


def test_facts_of_each_kind_of_edit(seeded):
    document = document_titled(seeded, "Over 1,900 defenders")
    created = ops.claim_from_selection(seeded, ops.Selection(document.id, 0, 10))
    claim_id = created.result
    assert created.inserted("claim") == {claim_id} and not created.updated("claim") and not created.deleted("claim")
    assert created.span_documents() == {document.id} and created.evidence_changed
    assert not created.vocabulary_changed

    edited = ops.update_claim(seeded, claim_id, {"subject": "POWs", "note": "checked twice"})
    assert edited.updated("claim") == {claim_id} and not edited.inserted("claim")
    assert edited.changed_fields("claim") == {"subject", "note", "updated_at"}
    assert not edited.span_documents() and not edited.evidence_changed

    undone = seeded.apply(edited.inverse())
    assert undone.updated("claim") == {claim_id}
    assert undone.claims()[claim_id].subject == ""

    deleted = ops.delete_claim(seeded, claim_id)
    assert deleted.deleted("claim") == {claim_id} and deleted.claims() == {claim_id: None}
    assert deleted.span_documents() == {document.id} and deleted.evidence_changed
    restored = seeded.apply(deleted.inverse())
    assert restored.inserted("claim") == {claim_id}

    term = ops.add_term(seeded, "subject", "Azovstal garrison", ["Azovstal defenders"])
    assert term.vocabulary_changed and not term.touches("claim")


def test_an_insert_then_delete_in_one_operation_is_no_row():
    """Net effect per row: what existed before the operation and after it."""
    import uuid

    from curator.storage.changes import Changes, RowChange

    row_id = uuid.uuid4()
    changes = Changes("x", [RowChange("claim", row_id, None, {"subject": "a"}),
                            RowChange("claim", row_id, {"subject": "a"}, None)])
    assert not changes.inserted("claim") and not changes.deleted("claim") and not changes.updated("claim")


def test_the_forms_completions_follow_new_claims_without_reading_every_claim_again(seeded):
    """New claims only add names: what the form offers is updated from the changes and
    equals what reading every claim again gives. A name may go with a deletion, an edit
    of a named field or a vocabulary change: then it says to read again."""

    found = queries.suggestions(seeded)
    made = ops.create_claim(seeded, {"subject": "Azovstal nurses", "measure": "freed", "attributed_to": "Lubinets",
                                     "reported_by": "Suspilne"})
    after = queries.suggestions_after(found, made)
    assert after == queries.suggestions(seeded) and "Azovstal nurses" in after["subject"] != found["subject"]
    value = ops.update_claim(seeded, made.result, {"value": 5})
    assert queries.suggestions_after(after, value) == after == queries.suggestions(seeded)
    for changes in (ops.update_claim(seeded, made.result, {"subject": "nurses"}), ops.delete_claim(seeded, made.result),
                    ops.add_term(seeded, "subject", "medics")):
        assert queries.suggestions_after(after, changes) is None
