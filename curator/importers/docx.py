"""Word documents through python-docx, after checks against zip bombs and entity attacks."""

from __future__ import annotations

import io
import re
import zipfile

from curator.errors import ImportProblem
from curator.i18n import translate
from curator.importers.extracted import MAX_TEXT_CHARS, Extracted
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
                            f"{name}: refused: {member.filename} declares XML entities (an entity attack?)"
                        )


def extract_docx(data: bytes, name: str) -> Extracted:
    _check_package(data, name)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds on damaged files
        raise ImportProblem(translate("import", "{name}: damaged Word document ({kind})")
            .format(name=name, kind=type(error).__name__)) from error
    blocks: list[str] = []
    heading = ""
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                blocks.append("\t".join(cell.text for cell in row.cells))
        else:
            blocks.append(block.text)
            style = (block.style.name if block.style is not None else "") or ""
            if not heading and block.text.strip() and style in ("Title", "Heading 1"):
                heading = block.text.strip()
    text = normalise_text("\n".join(blocks))
    if len(text) > MAX_TEXT_CHARS:
        raise ImportProblem(translate("import", "{name}: the document's text is too long to import").format(name=name))
    if not text.strip():
        raise ImportProblem(translate("import", "{name}: the Word document holds no text").format(name=name))
    found = read_metadata(text)
    found.media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    found.title = (document.core_properties.title or "").strip() or heading or found.title
    found.authors = found.authors or (document.core_properties.author or "").strip()
    found.language = guess_language(text)
    return found
