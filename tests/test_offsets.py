"""Code points ↔ UTF-16, checked against Qt's own count of positions."""

import pytest

from curator.spanindex import Interval, IntervalIndex
from curator.ui.offsets import Utf16Map

TEXTS = [
    "plain ASCII text",
    "Понад 900 захисників Маріуполя",
    "emoji 😀 and flags 🇺🇦🇬🇧 and family 👨‍👩‍👧 end",
    "Cafe\u0301 combining e\u0301\u0301 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math",
    "😀",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_span_selects_exactly_its_characters_in_the_document_view(qtbot, text):
    """Every span (start, end) in code points, selected in the document view, selects
    exactly ``text[start:end]``, and the view reports the same span back: spans that
    start or end right after an astral character, inside flag pairs, before combining
    marks included."""
    from curator.ui.document_view import DocumentView

    view = DocumentView()
    qtbot.addWidget(view)
    view.show_document(None, text, [])
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            view.select(start, end)
            assert view.textCursor().selectedText() == text[start:end], (start, end)
            assert view.selection() == ((start, end) if end > start else None)


@pytest.mark.parametrize("text", TEXTS)
def test_each_position_round_trips_and_qt_agrees(qapp, text):
    from PySide6.QtGui import QTextCursor, QTextDocument

    document = QTextDocument(text)
    mapping = Utf16Map(text)
    assert mapping.length == document.characterCount() - 1  # Qt counts a final paragraph separator
    cursor = QTextCursor(document)
    for offset in range(len(text) + 1):
        position = mapping.to_utf16(offset)
        assert mapping.to_code_points(position) == offset
        cursor.setPosition(position)
        assert cursor.position() == position  # a character boundary Qt accepts as it is


def test_inside_a_surrogate_pair_snaps_to_the_character():
    mapping = Utf16Map("a😀b")
    assert [mapping.to_code_points(p) for p in range(5)] == [0, 1, 1, 2, 3]
    assert mapping.identity is False and Utf16Map("Київ").identity is True


def test_interval_index_finds_overlaps():
    spans = [Interval(0, 5, "a"), Interval(3, 10, "b"), Interval(20, 25, "c"), Interval(22, 23, "d")]
    index = IntervalIndex(spans)
    assert [i.key for i in index.overlapping(4, 6)] == ["a", "b"]
    assert [i.key for i in index.overlapping(10, 20)] == []
    assert [i.key for i in index.overlapping(21, 30)] == ["c", "d"]
    assert [i.key for i in index.at(22)] == ["c", "d"]
    assert len(IntervalIndex()) == 0 and IntervalIndex().overlapping(0, 10) == []


def test_segments_split_where_coverage_changes():
    from curator.spanindex import segments

    found = segments([Interval(0, 10, ("a",)), Interval(5, 15, ("b",)), Interval(20, 22, ("c", "d"))])
    assert found == [(0, 5, (0,)), (5, 10, (0, 1)), (10, 15, (1,)), (20, 22, (2,))]
    assert segments([]) == [] and segments([Interval(3, 3, ("empty",))]) == []
