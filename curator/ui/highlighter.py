"""Span highlights on the document view, never written into the document itself.

A ``QSyntaxHighlighter`` over a sorted interval index. The spans are cut once into
segments (stretches covered by the same spans), so each text block only bisects
them. Three layers, weakest first: a span, overlapping spans (darker, so overlaps
stay visible), the spans of the selected claims (strongest).

Opening a document highlights the blocks on screen first and the rest in small
chunks while the application is idle; blocks scrolled into view are done at once.
Later changes (a new span, another claim selected) highlight only the blocks they
touch.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from curator.spanindex import Interval, IntervalIndex, segments

#: Blocks highlighted per idle tick while a document is being opened.
CHUNK = 400


def _format(background: str, underline: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(background))
    if underline:
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(QColor("#8a4b00"))
    return fmt


class SpanHighlighter(QSyntaxHighlighter):
    """Highlights spans given in UTF-16 positions; ``key`` of each interval is the
    tuple of ids (text) of the claims citing it."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.index: IntervalIndex[tuple[str, ...]] = IntervalIndex()
        self.selected: frozenset[str] = frozenset()
        self.span_format = _format("#fff3b0")
        self.overlap_format = _format("#ffd54f")
        self.selected_format = _format("#ffab40", underline=True)
        self._intervals: list[Interval] = []
        self._segments: list[tuple[int, int, tuple[int, ...]]] = []
        self._segment_starts: list[int] = []
        self._suspended = False
        self._pending: list[int] = []  # block numbers still to highlight, in order
        self._done: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_chunk)

    # -- what to draw ----------------------------------------------------------------
    def _install(self, intervals: Iterable[Interval]) -> None:
        self.index = IntervalIndex(intervals)
        self._intervals = list(self.index)
        self._segments = segments(self._intervals)
        self._segment_starts = [segment[0] for segment in self._segments]

    def prepare(self, intervals: Iterable[Interval]) -> None:
        """Before the document's text is set: take the spans, draw nothing yet."""
        self._timer.stop()
        self._install(intervals)
        self._suspended = True

    def start(self, block_starts: list[int], first_block: int, last_block: int) -> None:
        """After the text is set: highlight the blocks on screen now, the rest soon.
        ``block_starts``: the position where each block begins, in order."""
        self._suspended = False
        self._done = set()
        wanted: list[int] = []
        block, blocks = 0, len(block_starts)
        for segment_start, segment_end, _members in self._segments:
            while block + 1 < blocks and block_starts[block + 1] <= segment_start:
                block += 1
            last = block
            while last + 1 < blocks and block_starts[last + 1] < segment_end:
                last += 1
            wanted.extend(range(max(block, wanted[-1] + 1 if wanted else 0), last + 1))
        self._pending = wanted
        self.ensure(first_block, last_block)
        if self._pending:
            self._timer.start()

    def ensure(self, first_block: int, last_block: int) -> None:
        """Highlight the blocks in this range that are still waiting."""
        if not self._pending:
            return
        low = bisect_left(self._pending, first_block)
        high = bisect_right(self._pending, last_block)
        self._highlight_numbers(self._pending[low:high])
        del self._pending[low:high]

    def _next_chunk(self) -> None:
        chunk, self._pending = self._pending[:CHUNK], self._pending[CHUNK:]
        self._highlight_numbers(chunk)
        if not self._pending:
            self._timer.stop()

    @property
    def complete(self) -> bool:
        return not self._pending and not self._suspended

    def _highlight_numbers(self, numbers: Iterable[int]) -> None:
        document = self.document()
        for number in numbers:
            if number not in self._done:
                self._done.add(number)
                self.rehighlightBlock(document.findBlockByNumber(number))

    def set_spans(self, intervals: Iterable[Interval]) -> None:
        """The spans changed (an edit, an undo): highlight again where they differ."""
        old = set(self.index)
        self._install(intervals)
        self._rehighlight_ranges(old.symmetric_difference(self.index))

    def set_selected(self, claim_ids: Iterable[str]) -> None:
        selected = frozenset(claim_ids)
        if selected == self.selected:
            return
        changed = self.selected.symmetric_difference(selected)
        self.selected = selected
        self._rehighlight_ranges(i for i in self.index if not changed.isdisjoint(i.key))

    def _rehighlight_ranges(self, intervals: Iterable[Interval]) -> None:
        document = self.document()
        numbers: set[int] = set()
        for interval in intervals:
            block = document.findBlock(interval.start)
            while block.isValid() and block.position() <= interval.end:
                numbers.add(block.blockNumber())
                block = block.next()
        for number in sorted(numbers):
            self._done.add(number)
            self.rehighlightBlock(document.findBlockByNumber(number))

    # -- QSyntaxHighlighter ------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        segments = self._segments
        if self._suspended or not segments:
            return
        start = self.currentBlock().position()
        end = start + len(text)
        index = max(0, bisect_right(self._segment_starts, start) - 1)
        selected, intervals = self.selected, self._intervals
        while index < len(segments):
            segment_start, segment_end, members = segments[index]
            index += 1
            if segment_start >= end:
                break
            if segment_end <= start:
                continue
            if selected and any(not selected.isdisjoint(intervals[m].key) for m in members):
                fmt = self.selected_format
            elif len(members) > 1:
                fmt = self.overlap_format
            else:
                fmt = self.span_format
            a = max(segment_start, start)
            self.setFormat(a - start, min(segment_end, end) - a, fmt)
