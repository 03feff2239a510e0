"""What an importer extracts from one file, before it is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from curator.models import Precision

#: Largest text source (.txt, .md, .html) Curator imports.
MAX_TEXT_BYTES = 20 * 1024 * 1024
#: Largest container (.pdf, .docx) Curator imports.
MAX_CONTAINER_BYTES = 100 * 1024 * 1024
#: Largest extracted text, in characters.
MAX_TEXT_CHARS = 20 * 1024 * 1024


@dataclass
class Extracted:
    text: str
    media_type: str
    title: str = ""
    outlet: str = ""
    authors: str = ""
    url: str = ""
    published: date | None = None
    precision: Precision | None = None
    language: str = ""


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
