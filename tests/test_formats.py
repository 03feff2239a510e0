"""Each supported format and text encoding comes in as readable text with its metadata."""

from datetime import date

import pytest

from curator import queries
from curator.importers import extract_file, import_paths
from tests.helpers import docx_bytes, minimal_pdf

UKRAINIAN = (
    "Понад 900 захисників Маріуполя залишаються в російському полоні, "
    "повідомив командир полку 'Азов' Денис Прокопенко. Близько 2500 військових вийшли з 'Азовсталі' "
    "у травні 2022 року. Їхні родини щодня вимагають обміну полонених і повернення всіх додому."
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-u"])
def test_ukrainian_text_in_common_encodings(tmp_path, encoding):
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(("Заголовок статті про полонених захисників\n\n" + UKRAINIAN).encode(encoding))
    _, found = extract_file(path)
    assert UKRAINIAN in found.text
    assert found.language == "uk"
    assert not found.text.startswith("\ufeff")


def test_western_text_in_cp1252(tmp_path):
    text = "Déclaration du maire : « plus de 1 900 défenseurs » restent en captivité à Mariupol."
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("cp1252"))
    _, found = extract_file(path)
    assert found.text == text


def test_line_ends_and_unicode_forms_are_normalised(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Cafe\u0301 line one\r\nline two\rline three".encode("utf-8"))
    _, found = extract_file(path)
    assert found.text == "Caf\u00e9 line one\nline two\nline three"


def test_html_keeps_the_article_and_drops_the_furniture(project, tmp_path):
    html = """<html><head><title>Azov commander: more than 900 remain | Kyiv Independent</title>
    <meta property="og:site_name" content="The Kyiv Independent">
    <meta name="author" content="Rachel Amran">
    <meta property="article:published_time" content="2024-02-01T17:25:00+00:00">
    <script>document.write("tracking")</script></head>
    <body><nav><a href="/">Home</a> | <a href="/news">News</a> | Subscribe now</nav>
    <article><h1>Azov commander says more than 900 defenders of Mariupol remain in captivity</h1>
    <p>More than 900 defenders of Mariupol remain in Russian captivity, Denys Prokopenko, commander of the
    Azov Regiment, told Ukrainian media on Feb. 1.</p>
    <p>The announcement comes after 207 Ukrainian POWs were returned home from Russian captivity on Jan. 31.</p>
    <img src="http://example.invalid/tracker.png"></article>
    <footer>Enter your email to subscribe. Copyright 2024.</footer></body></html>"""
    path = tmp_path / "article.html"
    path.write_text(html, encoding="utf-8")
    report = import_paths(project, [path])
    assert len(report.imported) == 1, report.results
    document = queries.document(project, report.imported[0].document_id)
    assert "More than 900 defenders of Mariupol remain in Russian captivity" in document.text
    assert "Subscribe now" not in document.text and "tracking" not in document.text
    assert "Enter your email" not in document.text
    assert document.title.startswith("Azov commander says more than 900")
    assert document.outlet == "The Kyiv Independent"
    assert document.authors == "Rachel Amran"
    assert document.published == date(2024, 2, 1)
    assert document.media_type == "text/html"


def test_pdf_text_layer(project, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(minimal_pdf(["Exchange report", "1,279 defenders of Azovstal have returned."]))
    report = import_paths(project, [path])
    assert len(report.imported) == 1, report.results
    document = queries.document(project, report.imported[0].document_id)
    assert "1,279 defenders of Azovstal have returned." in document.text
    assert document.media_type == "application/pdf"


def test_docx_paragraphs_and_title(project, tmp_path):
    path = tmp_path / "memo.docx"
    path.write_bytes(docx_bytes(
        ["Over 1,900 defenders of Azovstal are in Russian captivity", "The mayor of Mariupol said so."],
        title="Mayor's statement",
    ))
    report = import_paths(project, [path])
    assert len(report.imported) == 1, report.results
    document = queries.document(project, report.imported[0].document_id)
    assert document.text == "Over 1,900 defenders of Azovstal are in Russian captivity\nThe mayor of Mariupol said so."
    assert document.title == "Mayor's statement"


def test_markdown_title_from_heading(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("Intro line\n\n# Returned from captivity: 1,279\n\nBody text here.", encoding="utf-8")
    _, found = extract_file(path)
    assert found.title == "Returned from captivity: 1,279"
    assert found.media_type == "text/markdown"


def test_a_text_without_any_title_like_line_takes_the_file_name(tmp_path):
    path = tmp_path / "2024-05-20 mayor.txt"
    path.write_text("Short.\n", encoding="utf-8")
    _, found = extract_file(path)
    assert found.title == "2024-05-20 mayor"


@pytest.mark.parametrize("dateline, expected", [
    ("Укрінформ, 20 травня 2024 року", date(2024, 5, 20)),
    ("Опубліковано 3 червня 2024, 14:05", date(2024, 6, 3)),
    ("20.05.2024", date(2024, 5, 20)),
    ("Published 3 June 2024", date(2024, 6, 3)),
    ("June 3, 2024", date(2024, 6, 3)),
    ("Published: June 3, 2024 at 2:05 pm", date(2024, 6, 3)),
])
def test_a_dateline_under_the_title_is_the_publication_date(tmp_path, dateline, expected):
    path = tmp_path / "capture.txt"
    path.write_text(f"Понад 900 захисників Маріуполя залишаються в полоні\n\n{dateline}\n\n{UKRAINIAN}\n",
                    encoding="utf-8")
    _data, found = extract_file(path)
    assert (found.published, found.precision) == (expected, "day")


@pytest.mark.parametrize("text", [
    # a date beside a headline in a related-articles list, at the foot
    f"Понад 900 захисників Маріуполя залишаються в полоні\n\n{UKRAINIAN}\n\nЧитайте також: Обмін полоненими, 12 травня 2024\n",
    # a date inside a sentence of the body
    f"Понад 900 захисників Маріуполя залишаються в полоні\n\n{UKRAINIAN} Про це стало відомо 20 травня 2024 року.\n",
    # a date in a headline, not alone on its line
    "Обмін полоненими 20 травня 2024: що відомо\n\n" + UKRAINIAN + "\n",
])
def test_dates_elsewhere_are_not_taken_for_the_publication(tmp_path, text):
    path = tmp_path / "capture.txt"
    path.write_text(text, encoding="utf-8")
    _data, found = extract_file(path)
    assert found.published is None


def test_an_html_page_without_date_metadata_takes_its_dateline(project, tmp_path):
    html = f"""<html><head><title>Понад 900 захисників Маріуполя залишаються в полоні</title></head>
    <body><article><h1>Понад 900 захисників Маріуполя залишаються в полоні</h1>
    <p>Опубліковано 3 червня 2024, 14:05</p><p>{UKRAINIAN}</p>
    <p>{UKRAINIAN}</p></article>
    <aside><p>Обмін полоненими</p><p>12 травня 2024</p></aside></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    _data, found = extract_file(path)
    assert found.published == date(2024, 6, 3)


def test_docx_keeps_nested_tables_text_boxes_footnotes_and_headers(project, tmp_path):
    from tests.helpers import docx_with_everything

    path = tmp_path / "everything.docx"
    path.write_bytes(docx_with_everything(
        body="Звіт Координаційного штабу про обмін полоненими", nested="1,279 returned (nested table)",
        box="Text box: 2,449 left Azovstal", footnote="Source: Coordination Headquarters, 20 May 2024",
        header="Coordination Headquarters — internal"))
    report = import_paths(project, [path])
    assert len(report.imported) == 1, report.results
    text = queries.document(project, report.imported[0].document_id).text
    assert text.startswith("Звіт Координаційного штабу про обмін полоненими\nOuter cell\t1,279 returned")
    assert text.count("Text box: 2,449 left Azovstal") == 1  # Word's two copies of a box, read once
    assert "[1] Source: Coordination Headquarters, 20 May 2024" in text
    assert text.endswith("Coordination Headquarters — internal")


def test_pdf_words_hyphenated_at_line_ends_are_whole_and_junk_titles_ignored(project, tmp_path):
    """PDFium marks a hyphen at a line end with U+0002 ("dan\\x02gerous"): search and
    spreadsheets broke on it. A title such as "Binder1.pdf" in the file's properties is
    a tool's, not the author's: the first heading of the text is taken instead."""
    path = tmp_path / "report.pdf"
    path.write_bytes(minimal_pdf(["Prisoner exchange report", "The road was dan-", "gerous, the sol-", "diers said."],
                                 title="Binder1.pdf"))
    report = import_paths(project, [path])
    document = queries.document(project, report.imported[0].document_id)
    assert "The road was dangerous, the soldiers said." in document.text.replace("\n", " ")
    assert not any(ord(c) < 32 and c not in "\n\t" for c in document.text)
    assert document.title == "Prisoner exchange report"
    named = tmp_path / "named.pdf"
    named.write_bytes(minimal_pdf(["Prisoner exchange report", "Text."], title="Exchange of 20 May 2024"))
    assert import_paths(project, [named]).imported[0].title == "Exchange of 20 May 2024"


def test_control_characters_are_dropped_from_every_importers_text(project, tmp_path):
    path = tmp_path / "capture.txt"
    path.write_bytes(b"Over 1,900 defenders\x07 of Azovstal\x1b are\x0c in captivity\x02.\n\tIndented line.\n")
    report = import_paths(project, [path])
    text = queries.document(project, report.imported[0].document_id).text
    assert text == "Over 1,900 defenders of Azovstal are in captivity.\n\tIndented line.\n"


MARKDOWN = """# Over 1,900 defenders *remain* in captivity

By **Ukrinform**, 20 May 2024

More than [900 defenders](https://example.org/a) of Mariupol remain in `captivity`,
the commander said.

- first point
- second **point**
  1. nested one

| side | count |
| --- | --- |
| Ukraine | 1,279 |

![A photo of Azovstal](x.png)
"""


def test_markdown_is_stored_as_the_text_a_reader_sees(project, tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    report = import_paths(project, [path])
    document = queries.document(project, report.imported[0].document_id)
    assert document.text == (
        "Over 1,900 defenders remain in captivity\n\nBy Ukrinform, 20 May 2024\n\n"
        "More than 900 defenders of Mariupol remain in captivity,\nthe commander said.\n\n"
        "• first point\n• second point\n  1. nested one\n\nside\tcount\nUkraine\t1,279\n\nA photo of Azovstal\n")
    assert document.title == "Over 1,900 defenders remain in captivity"
    assert document.published == date(2024, 5, 20)
    assert (document.media_type, document.original) == ("text/markdown", MARKDOWN.encode())
