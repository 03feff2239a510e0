"""Every kind of bad input: a one-line message naming the file, nothing stored changes."""

import io
import os
import zipfile
from pathlib import Path

import pytest

from curator.importers import import_paths
from tests.helpers import database_fingerprint, docx_bytes, minimal_pdf, replace_in_zip


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip_bomb(path: Path) -> Path:
    good = docx_bytes(["A normal paragraph."])
    source = zipfile.ZipFile(io.BytesIO(good))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr("word/media/padding.bin", b"\0" * (40 * 1024 * 1024))
    return _write(path, out.getvalue())


def _entity_attack(path: Path) -> Path:
    good = docx_bytes(["placeholder"])
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _write(path, replace_in_zip(good, "word/document.xml", evil))


def _encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(minimal_pdf(["secret figures"]))))
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    return _write(path, out.getvalue())


def _scanned_pdf(path: Path) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    out = io.BytesIO()
    writer.write(out)
    return _write(path, out.getvalue())


def _link_loop(path: Path) -> Path:
    os.symlink(path, path)
    return path


def _folder_loop(path: Path) -> Path:
    path.mkdir()
    _write(path / "ok.txt", b"A real article about 2,449 defenders who left Azovstal.")
    os.symlink(path, path / "again")
    return path / "again"


CASES = {
    "empty.txt": (lambda p: _write(p, b""), "empty file"),
    "binary.txt": (lambda p: _write(p, bytes(range(256)) * 64), "binary file"),
    "image.txt": (lambda p: _write(p, b"\x89PNG\r\n\x1a\n" + b"\0" * 100), "a PNG image"),
    "table.xlsx": (lambda p: _write(p, b"PK\x03\x04rest"), "unsupported file type '.xlsx'"),
    "notes.pdf": (lambda p: _write(p, b"just some text, not a PDF"), "not a real .pdf file"),
    "undecodable.txt": (lambda p: _write(p, b"\x81\x8d\x8f\x90\x9d" * 400 + b"\x00\x01\x02" * 300), "binary file"),
    "nul-padded.txt": (lambda p: _write(p, b"\0" * 5000 + b"defenders" + b"\0" * 5000), "binary file"),
    "nul-padded.md": (lambda p: _write(p, b"\0" * 3000 + b"# Heading" + b"\0" * 3000), "binary file"),
    "huge.txt": (lambda p: _write(p, b"word " * (10 * 1024 * 1024)), "too large to import (50.0 MB"),
    "corrupt.pdf": (lambda p: _write(p, b"%PDF-1.4\n1 0 obj garbage"), "corrupt or unreadable PDF"),
    "encrypted.pdf": (_encrypted_pdf, "encrypted"),
    "scan.pdf": (_scanned_pdf, "no text layer"),
    "bomb.docx": (_zip_bomb, "zip bomb"),
    "entities.docx": (_entity_attack, "declares XML entities"),
    "broken.docx": (lambda p: _write(p, b"PK\x03\x04" + b"\0" * 200), "not a valid .docx"),
    "loop.txt": (_link_loop, "loops"),
    "folder": (_folder_loop, "link loop"),
}


@pytest.mark.parametrize("name", CASES)
def test_bad_input_is_reported_in_one_line_and_changes_nothing(seeded, tmp_path, name):
    make, expected = CASES[name]
    path = make(tmp_path / name)
    before = database_fingerprint(seeded.path)
    report = import_paths(seeded, [path])
    failures = report.failed
    assert len(failures) == 1, report.results
    message = failures[0].message
    assert expected in message
    assert str(path) in message or path.name in message
    assert "\n" not in message and "Traceback" not in message
    if name != "folder":  # the folder case also holds one good file, imported
        assert database_fingerprint(seeded.path) == before


def test_a_batch_carries_on_past_bad_files(project, tmp_path, seeds):
    (tmp_path / "in").mkdir()
    for seed in sorted(seeds.iterdir())[:2]:
        (tmp_path / "in" / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "in" / "aa-empty.txt").write_bytes(b"")
    (tmp_path / "in" / "skipped.exe").write_bytes(b"MZ")  # not an importable kind: not listed
    report = import_paths(project, [tmp_path / "in", tmp_path / "missing.txt"])
    assert report.summary() == "2 imported, 0 skipped as duplicate, 2 failed"
    assert "missing.txt: no such file" in report.failed[-1].message


def test_empty_folder_says_so(project, tmp_path):
    (tmp_path / "nothing").mkdir()
    report = import_paths(project, [tmp_path / "nothing"])
    assert "holds no files Curator can import" in report.failed[0].message
