"""PDF files: the text layer, page by page, through pypdfium2."""

from __future__ import annotations

from curator.errors import ImportProblem
from curator.i18n import translate
from curator.importers.extracted import MAX_TEXT_CHARS, Extracted, junk_title
from curator.importers.language import guess_language
from curator.importers.plaintext import read_metadata
from curator.normalise import normalise_text


def extract_pdf(data: bytes, name: str) -> Extracted:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise ImportProblem(translate("import", "{name}: the PDF is encrypted (password protected)")
                .format(name=name)) from error
        raise ImportProblem(translate("import", "{name}: corrupt or unreadable PDF").format(name=name)) from error
    try:
        pages = []
        size = 0
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
            size += len(pages[-1])
            if size > MAX_TEXT_CHARS:
                raise ImportProblem(translate("import", "{name}: the PDF's text is too long to import")
                    .format(name=name))
        metadata = pdf.get_metadata_dict(skip_empty=True)
    finally:
        pdf.close()
    text = normalise_text("\n\n".join(page.strip("\r\n") for page in pages))
    if not text.strip():
        raise ImportProblem(translate("import", "{name}: the PDF has no text layer (a scan? run OCR on it first)")
            .format(name=name))
    found = read_metadata(text)
    found.media_type = "application/pdf"
    title = metadata.get("Title", "").strip()
    found.title = title if title and not junk_title(title) else found.title  # else the first heading of the text
    found.authors = metadata.get("Author", "").strip() or found.authors
    found.language = guess_language(text)
    return found
