"""Spans of document text: offsets in code points, plus the quote that finds them again.

Every span keeps its exact quote with up to :data:`CONTEXT` characters before and
after it (the W3C TextQuoteSelector), so it can be found again in another copy of
the text even when the offsets no longer fit.
"""

from __future__ import annotations

from dataclasses import dataclass

from curator.errors import CuratorError

CONTEXT = 32


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def anchor(text: str, start: int, end: int) -> Anchor:
    """The anchor of ``text[start:end]``; refuses an empty or blank selection."""
    if not (0 <= start <= end <= len(text)):
        raise CuratorError(f"The selection {start}–{end} lies outside the document ({len(text)} characters).")
    quote = text[start:end]
    if not quote.strip():
        raise CuratorError("Select some text first: the selection is empty.")
    # A selection dragged across spaces keeps only the words.
    start += len(quote) - len(quote.lstrip())
    end -= len(quote) - len(quote.rstrip())
    return Anchor(start, end, text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT])


def locate(text: str, quote: str, prefix: str = "", suffix: str = "", hint: int | None = None) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text``: the occurrence whose context fits best,
    nearest to ``hint`` among equals. ``None`` when the quote is not there."""
    if not quote:
        return None
    best: tuple[int, int, int] | None = None  # (score, -distance, start)
    position = text.find(quote)
    while position != -1:
        score = _common_suffix(text[max(0, position - len(prefix)):position], prefix)
        end = position + len(quote)
        score += _common_prefix(text[end:end + len(suffix)], suffix)
        distance = abs(position - hint) if hint is not None else 0
        candidate = (score, -distance, position)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
        position = text.find(quote, position + 1)
    if best is None:
        return None
    return best[2], best[2] + len(quote)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
