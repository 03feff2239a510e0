"""A document's language: Ukrainian, Russian and English by their telltale letters and
words (quick, and sure where langid confuses Ukrainian and Russian on short texts), any
other by py3langid's model of 97 languages; unknown ('') when a text is too short."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
_UKRAINIAN_ONLY = set("іїєґ")
_RUSSIAN_ONLY = set("ыэё")  # not ъ: Bulgarian writes it too
#: Ukrainian and Russian letters: a Cyrillic text with any other (ў, ј, љ, ѓ …) is in
#: another language (Belarusian, Serbian, Macedonian …).
_UKRAINIAN_OR_RUSSIAN = set("абвгдеєжзиіїйклмнопрстуфхцчшщьюяґыэъё")
_ENGLISH_WORDS = {"the", "and", "of", "to", "in", "is", "that", "for", "on", "was", "with", "said"}


#: Fewer letters than this tell no language apart.
_TOO_SHORT = 20


def guess_language(text: str, sample: int = 20000) -> str:
    """ISO 639-1 code; '' when the text is too short to tell."""
    words = _WORD.findall(text[:sample])
    if sum(map(len, words)) < _TOO_SHORT:
        return ""
    cyrillic = [w for w in words if "\u0400" <= w[0] <= "\u04ff"]
    if len(cyrillic) * 2 > len(words):
        letters = set("".join(cyrillic).lower())
        ukrainian, russian = len(letters & _UKRAINIAN_ONLY), len(letters & _RUSSIAN_ONLY)
        if letters <= _UKRAINIAN_OR_RUSSIAN and ukrainian + russian:
            return "uk" if ukrainian >= russian else "ru"
        return _model(" ".join(words))
    others = [w for w in words if not "\u0400" <= w[0] <= "\u04ff"]  # a sidebar in Cyrillic is not the text
    english = sum(1 for w in others if w.lower() in _ENGLISH_WORDS)
    if english * 5 >= len(others):  # a fifth of English prose is these words
        return "en"
    return _model(" ".join(others))


def _model(words: str) -> str:
    import py3langid  # its model loads on first use (most of a second): only texts the letters leave open

    language, _score = py3langid.classify(words)
    return language if language.isalpha() and len(language) == 2 else ""
