"""The files Curator imports, in one table that the file dialog, the folder walk, the
messages and the extractor chain all read. Dependency-free, so the window can name
the formats without loading the importers."""

from __future__ import annotations

#: Every file Curator imports: suffix → the kind of document, which chooses its extractor.
FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
           ".pdf": "pdf", ".docx": "docx"}
#: Kinds stored in a container (binary, larger limit) rather than as text.
CONTAINER_KINDS = {"pdf", "docx"}
SUFFIXES = set(FORMATS)
TEXT_SUFFIXES = {suffix for suffix, kind in FORMATS.items() if kind not in CONTAINER_KINDS}
#: One suffix per kind, as messages name them: .txt, .md, .html, .pdf, .docx.
MAIN_SUFFIXES = list({kind: suffix for suffix, kind in reversed(FORMATS.items())}.values())[::-1]
#: Curator's own JSON export, imported back (merged) when named one by one; a folder's
#: .json files are not taken.
CURATOR_EXPORT_SUFFIX = ".json"
#: A REFI-QDA project (QualCoder, NVivo, ATLAS.ti, MAXQDA, or Curator's own export),
#: imported when named one by one.
QDPX_SUFFIX = ".qdpx"
#: Files that bring records rather than a document, merged into the project.
EXCHANGE_SUFFIXES = (CURATOR_EXPORT_SUFFIX, QDPX_SUFFIX)
