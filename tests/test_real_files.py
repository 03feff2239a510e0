"""Real-world files from other projects' test suites (tests/data/real/README.md says
where each comes from and its licence), each with the outcome it must give."""

from __future__ import annotations

from pathlib import Path

import pytest

from curator import queries
from curator.importers import import_paths, keep_whole_page

REAL = Path(__file__).parent / "data" / "real"

#: file → (text the stored document holds, its language, its title) or the one-line refusal.
IMPORTED = {
    "wikimediafoundation.org.turkey.html": (
        "access to Wikipedia in Turkey is actively being restored", "en",
        "Access to Wikipedia restored in Turkey after more than two and a half years"),
    "en.wikipedia.org.tsne.html": (
        "T-distributed Stochastic Neighbor Embedding (t-SNE) is a machine learning algorithm for visualization",
        "en", "T-distributed stochastic neighbor embedding"),
    # PDFium marks the 160 words hyphenated at line ends with U+0002: joined again.
    "tracemonkey.pdf": ("Dynamic languages such as JavaScript are more difficult to compile than statically typed ones",
                        "en", "Trace-based Just-in-Time Type Specialization for Dynamic"),
    "hdr-header-footer.docx": ("Header for section-1", "en", "section with header"),
    "doc-odd-even-hdrs.docx": ("Even page header.", "en", "doc-odd-even-hdrs"),
}
REFUSED = {"blk-containing-table.docx": "the Word document holds no text"}


@pytest.mark.parametrize("name", IMPORTED)
def test_real_file_is_imported_with_its_text(project, name):
    holds, language, title = IMPORTED[name]
    report = import_paths(project, [REAL / name])
    assert len(report.imported) == 1, report.results
    document = queries.document(project, report.imported[0].document_id)
    assert holds in " ".join(document.text.split())
    assert not any(ord(c) < 32 and c not in "\n\t" for c in document.text)
    assert (document.language, document.title) == (language, title)
    assert not report.imported[0].partial_page


@pytest.mark.parametrize("name", REFUSED)
def test_real_file_is_refused_in_one_line(project, name):
    report = import_paths(project, [REAL / name])
    (failed,) = report.failed
    assert REFUSED[name] in failed.message and name in failed.message and "\n" not in failed.message


@pytest.mark.parametrize("name", ["wikimediafoundation.org.turkey.html", "en.wikipedia.org.tsne.html"])
def test_web_pages_keep_their_paragraphs(project, name):
    report = import_paths(project, [REAL / name])
    text = queries.document_text(project, report.imported[0].document_id)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert len(paragraphs) >= 8


def test_a_page_whose_article_is_a_caption_says_so_and_can_be_kept_whole(project):
    """Nothing silently lost: the import says the article is a small part of the page,
    and the curator can keep the rest of the page, marked as such, after it (undoable)."""
    report = import_paths(project, [REAL / "caption-page.html"])
    (result,) = report.imported
    assert result.partial_page and report.partial_pages == [result]
    assert "caption-page.html: the article found is a small part of the page" in result.notice
    article = queries.document_text(project, result.document_id)
    assert article.endswith("Photo: press service.") and "Related story" not in article
    changes = keep_whole_page(project, result.document_id)
    whole = queries.document_text(project, result.document_id)
    assert whole.startswith(article + "\n\n──── The rest of the page")
    assert "Related story 24: officials comment on another exchange" in whole and "cookie settings" in whole
    assert whole.count("Defenders of Azovstal after their return") == 1  # the article is not repeated
    assert [h.title for h in queries.search(project, "cookie")] == ["Photo: defenders of Azovstal"]
    assert changes.rows  # an edit like any other: the undo stack can take it back


def test_keeping_the_whole_page_is_refused_once_the_text_is_cited(project):
    from curator import operations as ops
    from curator.errors import CuratorError

    report = import_paths(project, [REAL / "caption-page.html", REAL / "tracemonkey.pdf"])
    page, pdf = (r.document_id for r in report.imported)
    ops.claim_from_selection(project, ops.Selection(page, 0, 6))
    with pytest.raises(CuratorError, match="already has evidence marked in its text"):
        keep_whole_page(project, page)
    with pytest.raises(CuratorError, match="is not a web page"):
        keep_whole_page(project, pdf)
