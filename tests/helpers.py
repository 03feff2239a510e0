"""Small builders of test inputs (PDF, DOCX) and of database snapshots."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import zipfile
from pathlib import Path


def minimal_pdf(lines: list[str], title: str = "") -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Latin-1 text, Helvetica), with
    ``title`` in its document information."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines
    ) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({title}) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def docx_bytes(paragraphs: list[str], title: str = "") -> bytes:
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def replace_in_zip(data: bytes, member: str, new_content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, new_content if item.filename == member else source.read(item))
    return out.getvalue()


def database_fingerprint(path: Path) -> str:
    """A digest of every row of the user tables: equal fingerprints, equal content."""
    connection = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'document_fts%' ORDER BY name"
        )]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        connection.close()


def make_newer_project(path: Path) -> Path:
    """A project file as a future Curator would leave it: a schema this one does not know."""
    from curator.storage import Project

    Project.open(path, create=True).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    return path


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_TEXT_BOX = (
    '<w:r {w} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
    '<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>'
    '<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>'
    '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>'
    '<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
    '</mc:AlternateContent></w:r>'
)
_FOOTNOTES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {w}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote></w:footnotes>'
)


def docx_with_everything(body: str, nested: str, box: str, footnote: str, header: str) -> bytes:
    """A Word document with text in each place python-docx's body iteration misses: a
    table inside a table cell, a text box (written twice, as Word does), a footnote and
    a header."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph(body)
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Outer cell"
    outer.cell(0, 1).add_table(rows=1, cols=1).cell(0, 0).text = nested
    anchor = document.add_paragraph("Box follows")
    anchor._p.append(parse_xml(_TEXT_BOX.format(w=_W, text=box)))
    document.sections[0].header.paragraphs[0].text = header
    out = io.BytesIO()
    document.save(out)
    data = out.getvalue()
    rels = zipfile.ZipFile(io.BytesIO(data)).read("word/_rels/document.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'footnotes" Target="footnotes.xml"/></Relationships>')
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").replace(
        b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.footnotes+xml"/></Types>')
    data = replace_in_zip(data, "word/_rels/document.xml.rels", rels)
    data = replace_in_zip(data, "[Content_Types].xml", types)
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a") as package:
        package.writestr("word/footnotes.xml", _FOOTNOTES.format(w=_W, text=footnote))
    return out.getvalue()
