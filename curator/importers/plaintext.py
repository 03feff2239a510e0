"""Plain text and Markdown: decoding, and the title, date and source a reader would see.

Many sources are captures of web pages saved as text: menus and newsletter boxes
around the article. The headline is read from the top of the file only: the line
before a byline, the rest of a leading ``date YYYY-MM-DD`` marker, or the first line
shaped like a headline. A date is taken only from that marker or from a byline;
dates in sidebars and footers ("Wednesday January 22nd, 2025") are not publication
dates, so a file without either keeps its date unknown.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from curator.errors import ImportProblem
from curator.i18n import translate
from curator.importers.dates import day, head_dateline, parse_iso, written_date
from curator.importers.extracted import Extracted
from curator.importers.language import guess_language
from curator.normalise import normalise_text

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$")
#: The capture tool's header at the very start of a file (" date 2025-05-29 "): metadata,
#: not the article's text.
_CAPTURE_HEADER = re.compile(r"\A\s*date\s+\d{4}-\d{2}-\d{2}[ \t]*")
_BYLINE = re.compile(r"^\s*(?:by|автор(?:ка)?:?)\s+(.+)$", re.IGNORECASE)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_ORIGINAL_SOURCE = re.compile(r"^\s*Read the original article on\s+(.+?)\s*\.?\s*$", re.IGNORECASE | re.MULTILINE)
_NEWS_DESK = re.compile(r"\b((?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+news desk\b")
_HEAD_LINES = 12
_BODY_LINE = 250


#: Among equally plausible guesses, the code pages Curator's users actually have.
_PREFERRED = ("cp1252", "cp1251", "koi8_u", "koi8_r", "iso8859_1", "iso8859_5")


def _best_guess(data: bytes):
    """charset-normalizer's best match, ties broken in favour of :data:`_PREFERRED`."""
    matches = list(from_bytes(data))
    if not matches:
        return None
    top = (matches[0].chaos, -matches[0].coherence)
    tied = [m for m in matches if (m.chaos, -m.coherence) == top]

    def rank(match) -> int:
        names = [match.encoding, *match.could_be_from_charset]
        return min((_PREFERRED.index(n) for n in names if n in _PREFERRED), default=len(_PREFERRED))

    return min(tied, key=rank)


def decode(data: bytes, name: str) -> str:
    """Bytes of a text file as text; an ImportProblem when they are not text."""
    text = _decoded(data, name)
    sample = text[:8192]
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or c == "\x7f")
    if controls * 10 > len(sample):  # more than 1 in 10: NUL padding, a program, an image
        raise ImportProblem(translate("import", "{name}: binary file, not text").format(name=name))
    return text


def _decoded(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise ImportProblem(translate("import", "{name}: binary file, not text").format(name=name))
    best = _best_guess(data)
    if best is None:
        raise ImportProblem(translate("import", "{name}: cannot decode the text (unknown character encoding)")
            .format(name=name))
    return str(best)


def _title_like(line: str) -> bool:
    line = line.strip()
    return len(line.split()) >= 3 and len(line) <= 200 and not line.endswith((".", ",", ":", ";"))


def read_metadata(text: str) -> Extracted:
    """Title, date, authors and outlet from the top (and source line) of a text capture."""
    found = Extracted(text=text, media_type="text/plain")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    head: list[str] = []
    for line in lines[:_HEAD_LINES]:
        if head and len(line) > _BODY_LINE:
            break
        head.append(line)
    if head and (marker := _DATE_MARKER.match(head[0])):
        found.published, found.precision = day(parse_iso(marker[1]))
        head[0] = marker[2]
    title_candidates = head
    if not found.published:  # a dateline at the top: "Published 3 June 2024", "Укрінформ, 20 травня 2024 року"
        found.published, found.precision = day(head_dateline("\n".join(head)))
    for i, line in enumerate(head):
        byline = _BYLINE.match(line)
        if byline and _YEAR.search(line):
            published = written_date(line)
            if published and not found.published:
                found.published, found.precision = day(published)
                authors = byline[1][: byline[1].find(str(published.year))]
                found.authors = re.sub(r"\s*(?:\w+\.?\s+\d{1,2},?|\d{1,2}\s+\w+)\s*$", "", authors).strip()
            title_candidates = list(reversed(head[:i]))
            break
    found.title = next((line for line in title_candidates if _title_like(line)), "")
    if source := _ORIGINAL_SOURCE.search(text):
        found.outlet = source[1]
    elif desk := _NEWS_DESK.search(found.authors):
        found.outlet = desk[1]
    return found


def extract_text(data: bytes, name: str, markdown: bool = False) -> Extracted:
    text = normalise_text(decode(data, name))
    if not text.strip():
        raise ImportProblem(translate("import", "{name}: the file holds no text").format(name=name))
    heading = ""
    if markdown:  # stored as a reader sees it; the file itself is kept as the original
        from curator.importers.markdown import render

        rendered = render(text)
        text, heading = normalise_text(rendered.text), rendered.title
    found = read_metadata(text)
    if found.published and (header := _CAPTURE_HEADER.match(text)):
        found.text = text[header.end():]
    if markdown:
        found.media_type = "text/markdown"
        found.title = heading or found.title
    found.language = guess_language(text)
    return found
