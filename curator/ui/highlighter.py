"""Span highlights on the document view, never written into the document itself.

A ``QSyntaxHighlighter`` over a sorted interval index: each text block asks the index
for the spans it overlaps. Three layers, weakest first: a span, overlapping spans
(darker, so overlaps stay visible), and the spans of the selected claims (strongest).
When spans or the selection change, only the blocks they touch are highlighted again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from curator.spanindex import Interval, IntervalIndex


def _format(background: str, underline: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(background))
    if underline:
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(QColor("#8a4b00"))
    return fmt


class SpanHighlighter(QSyntaxHighlighter):
    """Highlights spans given in UTF-16 positions; ``key`` of each interval is the
    tuple of claim ids that cite it."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.index: IntervalIndex[tuple[uuid.UUID, ...]] = IntervalIndex()
        self.selected: frozenset[uuid.UUID] = frozenset()
        self.span_format = _format("#fff3b0")
        self.overlap_format = _format("#ffd54f")
        self.selected_format = _format("#ffab40", underline=True)

    # -- what to draw ----------------------------------------------------------------
    def set_spans(self, intervals: Iterable[Interval], rehighlight: bool = True) -> None:
        old = set(self.index)
        self.index = IntervalIndex(intervals)
        if rehighlight:
            self._rehighlight_ranges(old.symmetric_difference(self.index))

    def set_selected(self, claim_ids: Iterable[uuid.UUID]) -> None:
        selected = frozenset(claim_ids)
        if selected == self.selected:
            return
        changed = self.selected.symmetric_difference(selected)
        self.selected = selected
        self._rehighlight_ranges(i for i in self.index if changed.intersection(i.key))

    def _rehighlight_ranges(self, intervals: Iterable[Interval]) -> None:
        document = self.document()
        done: set[int] = set()
        for interval in intervals:
            block = document.findBlock(interval.start)
            while block.isValid() and block.position() <= interval.end:
                if block.blockNumber() not in done:
                    done.add(block.blockNumber())
                    self.rehighlightBlock(block)
                block = block.next()

    # -- QSyntaxHighlighter ------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        if not len(self.index):
            return
        start = self.currentBlock().position()
        end = start + len(text)
        hits = self.index.overlapping(start, end)
        if not hits:
            return
        points = sorted({start, end, *(max(start, min(end, p)) for i in hits for p in (i.start, i.end))})
        for a, b in zip(points, points[1:]):
            covering = [i for i in hits if i.start < b and i.end > a]
            if not covering:
                continue
            if any(self.selected.intersection(i.key) for i in covering):
                fmt = self.selected_format
            elif len(covering) > 1:
                fmt = self.overlap_format
            else:
                fmt = self.span_format
            self.setFormat(a - start, b - a, fmt)
