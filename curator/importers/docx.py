"""Word documents through python-docx, after checks against zip bombs and entity attacks."""

from __future__ import annotations

import io
import re
import zipfile

from curator.errors import ImportProblem
from curator.i18n import translate
from curator.importers.extracted import MAX_TEXT_CHARS, Extracted, junk_title
from curator.importers.language import guess_language
from curator.importers.plaintext import read_metadata
from curator.normalise import normalise_text

#: Uncompressed size of all parts together, and the largest compression ratio allowed.
MAX_UNPACKED = 256 * 1024 * 1024
MAX_RATIO = 200
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _check_package(data: bytes, name: str) -> None:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ImportProblem(translate("import", "{name}: not a valid .docx file (damaged or not a Word document)")
            .format(name=name)) from error
    with package:
        members = package.infolist()
        if "word/document.xml" not in package.namelist():
            raise ImportProblem(translate("import", "{name}: not a Word document (no word/document.xml inside)")
                .format(name=name))
        unpacked = sum(member.file_size for member in members)
        packed = max(1, sum(member.compress_size for member in members))
        if unpacked > MAX_UNPACKED or unpacked / packed > MAX_RATIO:
            raise ImportProblem(translate("import", "{name}: refused: it unpacks to {megabytes} MB (a zip bomb?)")
                .format(name=name, megabytes=unpacked // (1024 * 1024)))
        for member in members:
            if member.filename.endswith((".xml", ".rels")):
                with package.open(member) as part:
                    if _DTD.search(part.read(MAX_UNPACKED)):
                        raise ImportProblem(
                            translate("import", "{name}: refused: {part} declares XML entities (an entity attack?)")
                            .format(name=name, part=member.filename))


def extract_docx(data: bytes, name: str) -> Extracted:
    _check_package(data, name)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds on damaged files
        raise ImportProblem(translate("import", "{name}: damaged Word document ({kind})")
            .format(name=name, kind=type(error).__name__)) from error
    blocks = list(_blocks(document.element.body))
    blocks += _notes(document)
    blocks += _headers_and_footers(document)
    text = normalise_text("\n".join(blocks))
    if len(text) > MAX_TEXT_CHARS:
        raise ImportProblem(translate("import", "{name}: the document's text is too long to import").format(name=name))
    if not text.strip():
        raise ImportProblem(translate("import", "{name}: the Word document holds no text").format(name=name))
    found = read_metadata(text)
    found.media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    title = (document.core_properties.title or "").strip()
    found.title = (title if not junk_title(title) else "") or _heading(document) or found.title
    found.authors = found.authors or (document.core_properties.author or "").strip()
    found.language = guess_language(text)
    return found


# -- the text of a document, in reading order ---------------------------------------------------
# python-docx's iter_inner_content() gives the body's own paragraphs and tables only: a
# table in a table cell, a text box, footnotes, headers and footers were dropped.

def _blocks(container) -> list[str]:
    """The lines of a body, a table cell, a text box or a note: paragraphs (with the text
    boxes anchored in them after them), tables row by row (cells separated by tabs, a
    table in a cell inside its cell), content controls."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(Paragraph(child, None).text)
            for box in child.iter(qn("w:txbxContent")):
                if not _in_fallback(box, child):  # Word writes each box twice: new (Choice) and old (Fallback)
                    lines.extend(_blocks(box))
        elif child.tag == qn("w:tbl"):
            for row in child.iterchildren(qn("w:tr")):
                cells = ["\n".join(line for line in _blocks(cell) if line.strip())
                         for cell in row.iterchildren(qn("w:tc"))]
                lines.append("\t".join(cells))
        elif child.tag == qn("w:sdt"):
            for content in child.iterchildren(qn("w:sdtContent")):
                lines.extend(_blocks(content))
    return lines


def _in_fallback(element, paragraph) -> bool:
    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    parent = element.getparent()
    while parent is not None and parent is not paragraph:
        if parent.tag == fallback:
            return True
        parent = parent.getparent()
    return False


def _notes(document) -> list[str]:
    """Footnotes and endnotes, each as "[n] text", after the body."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    lines: list[str] = []
    for kind in ("footnotes", "endnotes"):
        part = next((rel.target_part for rel in document.part.rels.values()
                     if not rel.is_external and rel.reltype.endswith("/" + kind)), None)
        if part is None:
            continue
        for note in parse_xml(part.blob).iterchildren(qn("w:" + kind[:-1])):
            if note.get(qn("w:type")) in (None, "normal"):  # not the separator lines
                text = " ".join(line for line in _blocks(note) if line.strip()).strip()
                if text:
                    lines.append(f"[{note.get(qn('w:id'))}] {text}")
    return lines


def _headers_and_footers(document) -> list[str]:
    """The text of every header and footer, once each, after the notes."""
    seen: dict[str, None] = {}
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header,
                     section.footer, section.first_page_footer, section.even_page_footer):
            if not part.is_linked_to_previous:
                text = "\n".join(line for line in _blocks(part._element) if line.strip())
                if text.strip():
                    seen.setdefault(text)
    return list(seen)


def _heading(document) -> str:
    """The first paragraph styled as a title or first-level heading."""
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if paragraph.text.strip() and style in ("Title", "Heading 1"):
            return paragraph.text.strip()
    return ""
