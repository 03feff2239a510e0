"""Offsets are code points into the stored text, whatever the characters."""

import pytest

from curator import operations as ops
from curator import queries
from curator.anchoring import anchor, locate
from curator.errors import CuratorError
from curator.importers import import_paths

MIXED = (
    "Заголовок 🇺🇦 Понад 900 захисників 🙏🏽 залишаються в полоні.\n"
    "Cafe\u0301 e\u0301\u0301 — 1,279 returned 👨‍👩‍👧. Ще близько 2500 👍."
)


@pytest.mark.parametrize("needle", ["Понад 900", "1,279 returned", "близько 2500", "🙏🏽", "👨‍👩‍👧"])
def test_spans_round_trip_through_the_database(project, tmp_path, needle):
    path = tmp_path / "mixed.txt"
    path.write_text(MIXED, encoding="utf-8")
    (result,) = import_paths(project, [path]).imported
    stored = queries.document_text(project, result.document_id)
    start = stored.index(needle)
    ops.create_claim(project, {}, [ops.Selection(result.document_id, start, start + len(needle))])
    (span,) = queries.spans(project, result.document_id)
    assert stored[span.start:span.end] == span.quote == needle


def test_combining_characters_are_composed_on_import(project, tmp_path):
    path = tmp_path / "combining.txt"
    path.write_text(MIXED, encoding="utf-8")
    (result,) = import_paths(project, [path]).imported
    stored = queries.document_text(project, result.document_id)
    assert "Café" in stored and "e\u0301" not in stored.replace("é\u0301", "")


def test_anchor_keeps_context_and_trims_spaces():
    text = "a" * 40 + "  More than 900  " + "b" * 40
    where = anchor(text, 40, 57)
    assert where.quote == "More than 900"
    assert where.prefix == "a" * 30 + "  " and len(where.prefix) == 32
    assert where.suffix == "  " + "b" * 30
    with pytest.raises(CuratorError):
        anchor(text, 0, 0)
    with pytest.raises(CuratorError):
        anchor(text, 10, 1000)


def test_locate_picks_the_occurrence_whose_context_fits():
    text = "Zelensky: 900 remain. Prokopenko: 900 remain. Mayor: 900 remain."
    second = text.index("Prokopenko: 900") + len("Prokopenko: ")
    assert locate(text, "900", prefix="Prokopenko: ", suffix=" remain") == (second, second + 3)
    assert locate(text, "900", hint=len(text)) == (text.rindex("900"), text.rindex("900") + 3)
    assert locate(text, "1,900") is None
