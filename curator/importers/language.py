"""A small guess at a document's language: English, Ukrainian or Russian, else unknown."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
_UKRAINIAN_ONLY = set("іїєґІЇЄҐ")
_RUSSIAN_ONLY = set("ыэъёЫЭЪЁ")
_ENGLISH_WORDS = {"the", "and", "of", "to", "in", "is", "that", "for", "on", "was", "with", "said"}


def guess_language(text: str, sample: int = 20000) -> str:
    """ISO 639-1 code by majority script and telltale letters; '' when unsure."""
    words = _WORD.findall(text[:sample])
    if not words:
        return ""
    cyrillic = [w for w in words if "\u0400" <= w[0] <= "\u04ff"]
    if len(cyrillic) * 2 > len(words):
        letters = set("".join(cyrillic))
        if letters & _UKRAINIAN_ONLY and not letters & _RUSSIAN_ONLY:
            return "uk"
        if letters & _RUSSIAN_ONLY and not letters & _UKRAINIAN_ONLY:
            return "ru"
        return "uk" if len(letters & _UKRAINIAN_ONLY) >= len(letters & _RUSSIAN_ONLY) else "ru"
    english = sum(1 for w in words if w.lower() in _ENGLISH_WORDS)
    return "en" if english * 20 >= len(words) else ""
