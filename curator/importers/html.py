"""HTML pages: the article's text and metadata through trafilatura, furniture dropped.

trafilatura parses the markup with lxml: scripts never run and nothing remote is
fetched. Dates come from the page's own metadata, or from a dateline at the top of the
article (no guessing from the body).
"""

from __future__ import annotations

import logging
import warnings

from curator.errors import ImportProblem
from curator.i18n import QT_TRANSLATE_NOOP, translate
from curator.importers.dates import day, head_dateline, parse_iso
from curator.importers.extracted import Extracted
from curator.importers.language import guess_language
from curator.importers.plaintext import decode
from curator.normalise import normalise_text

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


#: trafilatura's elements that are blocks of their own: a blank line between them.
_LISTS, _TABLES = {"list"}, {"table"}


def paragraphs(body) -> str:
    """The article's text from trafilatura's XML body: a blank line between paragraphs,
    headings and quotes (trafilatura's own text runs them together), list items and
    table rows on lines of their own."""
    blocks = []
    for block in body:
        if block.tag in _LISTS:
            blocks.append("\n".join("• " + _text(item).strip() for item in block.iter("item")))
        elif block.tag in _TABLES:
            blocks.append("\n".join("\t".join(_text(cell).strip() for cell in row.iter("cell"))
                                    for row in block.iter("row")))
        else:
            blocks.append(_text(block).strip())
    return "\n\n".join(b for b in blocks if b)


#: Blocks that can sit inside another (a paragraph in a table cell): set off by a space.
_NESTED_BLOCKS = {"p", "head", "quote", "list", "item", "table", "row", "cell"}


def _text(element) -> str:
    """An element's text with its line breaks (``<lb/>``)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        else:
            inner = _text(child)
            if child.tag in _NESTED_BLOCKS and parts[-1] and not parts[-1][-1].isspace():
                inner = " " + inner
            parts.append(inner)
        parts.append(child.tail or "")
    return "".join(parts)


#: An article under this share of its page's text, on a page of at least this many
#: characters, may be a caption or a teaser rather than the article: the import says so.
SMALL_SHARE, LONG_PAGE = 0.2, 1500
#: Between the article and the rest of a page kept whole.
REST_OF_PAGE = QT_TRANSLATE_NOOP("import", "The rest of the page (menus, captions, links: not recognised as the article)")


#: Elements that start a line of a page's text; elements nobody reads.
_BLOCK = ("p", "div", "section", "article", "aside", "header", "footer", "nav", "main", "li", "ul", "ol", "dl", "dt",
          "dd", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure",
          "figcaption", "br", "hr", "form", "address", "caption")
_UNREAD = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object")


def page_text(markup: str) -> str:
    """All the text a reader could see on the page, a line per block (lxml; nothing run)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in list(root.iter(*_UNREAD)):
        element.drop_tree()
    for element in root.iter(*_BLOCK):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def with_rest_of_page(article: str, page: str) -> str:
    """The article, then under a line that says so, every line of the page the article
    does not hold: nothing of the page lost, the furniture marked as such."""
    held = {" ".join(line.split()) for line in article.split("\n")}
    rest = [line for line in (" ".join(raw.split()) for raw in page.split("\n"))
            if line and line not in held and line not in article]
    if not rest:
        return article
    return f"{article}\n\n──── {translate('import', REST_OF_PAGE)} ────\n\n" + "\n".join(rest)


def extract_html(data: bytes, name: str, whole_page: bool = False) -> Extracted:
    import trafilatura  # heavy; imported on first HTML import only

    markup = decode(data, name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    body = getattr(result, "body", None) if result is not None else None
    text = normalise_text(paragraphs(body) if body is not None else getattr(result, "text", None) or "")
    if not text.strip():
        raise ImportProblem(translate("import", "{name}: no article text found in the HTML page").format(name=name))
    # The page's metadata first; else a dateline at the top of the article's own text
    # ("Опубліковано 3 червня 2024, 14:05"), never a date from elsewhere in the body.
    published, precision = day(parse_iso(result.date) or head_dateline(text))
    page = normalise_text(page_text(markup))
    partial = len(page) >= LONG_PAGE and len(text) < SMALL_SHARE * len(page)
    if whole_page:
        text, partial = with_rest_of_page(text, page), False
    return Extracted(
        text=text,
        media_type="text/html",
        title=normalise_text(result.title or ""),
        outlet=normalise_text(result.sitename or ""),
        authors=normalise_text(result.author or ""),
        url=result.url or "",
        published=published,
        precision=precision,
        language=guess_language(text),
        partial_page=partial,
    )
