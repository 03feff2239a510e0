"""A sorted interval index: which spans overlap a range, fast enough to ask per line.

Spans are kept sorted by start; with the longest span's length known, the spans that
overlap ``[start, end)`` all start in ``[start - longest, end)``, found by bisection.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

K = TypeVar("K")


@dataclass(frozen=True, order=True)
class Interval(Generic[K]):
    start: int
    end: int
    key: K = field(compare=False)


def _position(interval: Interval) -> tuple[int, int]:
    return interval.start, interval.end


class IntervalIndex(Generic[K]):
    def __init__(self, intervals: Iterable[Interval[K]] = ()) -> None:
        self._items = sorted(intervals, key=_position)
        self._starts = [item.start for item in self._items]
        self._longest = max((item.end - item.start for item in self._items), default=0)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def overlapping(self, start: int, end: int) -> list[Interval[K]]:
        """Intervals with ``interval.start < end`` and ``interval.end > start``
        (an empty interval counts when it lies inside the range)."""
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, end)
        return [item for item in self._items[first:last] if item.end > start or item.start == item.end >= start]

    def at(self, position: int) -> list[Interval[K]]:
        return [item for item in self.overlapping(position, position + 1) if item.start <= position < item.end]


def segments(intervals: list[Interval[K]]) -> list[tuple[int, int, tuple[int, ...]]]:
    """The covered stretches in order, split wherever the set of covering intervals
    changes: ``(start, end, members)`` with ``members`` the positions in ``intervals``
    of the intervals covering that stretch."""
    events: list[tuple[int, int, int]] = []
    for number, item in enumerate(intervals):
        if item.end > item.start:
            events.append((item.start, 1, number))
            events.append((item.end, 0, number))
    events.sort()
    active: dict[int, None] = {}
    result: list[tuple[int, int, tuple[int, ...]]] = []
    position = 0
    for point, is_start, number in events:
        if active and point > position:
            result.append((position, point, tuple(active)))
        if is_start:
            active[number] = None
        else:
            del active[number]
        position = point
    return result
