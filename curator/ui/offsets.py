"""The one place where code-point offsets (the core's) meet Qt's UTF-16 positions.

Characters beyond the Basic Multilingual Plane (most emoji, some CJK) take two UTF-16
code units and one code point. A text without any of them needs no conversion at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Map:
    def __init__(self, text: str) -> None:
        # Code-point indices of astral characters; usually empty (the fast path).
        has_astral = not text.isascii() and len(text.encode("utf-16-le")) != 2 * len(text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if has_astral else []
        # Their UTF-16 positions.
        self._astral_u16 = [index + n for n, index in enumerate(self._astral)]
        self.length = len(text) + len(self._astral)

    @property
    def identity(self) -> bool:
        return not self._astral

    def to_utf16(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def to_code_points(self, position: int) -> int:
        """A UTF-16 position back to code points; a position inside a surrogate pair
        snaps to the start of its character."""
        if not self._astral:
            return position
        full = bisect_right(self._astral_u16, position - 2)  # astral characters wholly before
        inside = full < len(self._astral_u16) and self._astral_u16[full] == position - 1
        return position - full - (1 if inside else 0)
