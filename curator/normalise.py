"""The one place where document text is normalised before it is stored.

Span offsets are code points into exactly this text, so every importer goes
through :func:`normalise_text` and nothing else changes stored text afterwards.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

#: A word hyphenated at a line end, as PDF text layers mark it: PDFium leaves U+0002
#: there ("dan\x02\ngerous"), others a soft hyphen (U+00AD).
_HYPHENATED = re.compile("[\x02\u00ad][ \t]*\n[ \t]*(?=\\w)")
#: Control characters (Unicode category Cc) but newline and tab: they break search,
#: spreadsheets refuse them in CSV files, and no reader sees them.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def normalise_text(text: str) -> str:
    """NFC, ``\\n`` line ends, no byte-order mark, words hyphenated at a line end joined
    again, no control characters but newline and tab."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HYPHENATED.sub("", text)
    text = _CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
