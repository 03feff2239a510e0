"""What an importer extracts from one file, before it is stored."""

from __future__ import annotations

import re
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
    #: A page whose article, as found, is a small part of its text (a caption, a teaser):
    #: said in the import's summary; the whole page can be kept instead.
    partial_page: bool = False


#: Titles that tools write into a file's properties by themselves ("Binder1.pdf",
#: "Microsoft Word - report.docx", "Untitled", "Document1"): not a title a person gave.
_JUNK_TITLE = re.compile(
    r"""^(?:
        .*\.(?:pdf|docx?|odt|rtf|txt|html?|indd|qxp|pub|pptx?|xlsx?)   # a file name
      | (?:microsoft\s+)?(?:word|excel|powerpoint)\s*-\s*.*            # "Microsoft Word - x"
      | (?:untitled|document|binder|presentation|slide|book)\s*-?\s*\d*  # "Untitled", "Binder1"
      | [\W\d_]*                                                        # no letters at all
    )$""", re.IGNORECASE | re.VERBOSE)


def junk_title(title: str) -> bool:
    """Whether a title from a file's properties is one no person gave it."""
    return bool(_JUNK_TITLE.match(title.strip()))


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
