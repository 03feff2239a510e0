"""HTML pages: the article's text and metadata through trafilatura, furniture dropped.

trafilatura parses the markup with lxml: scripts never run and nothing remote is
fetched. Dates come from the page's own metadata, or from a dateline at the top of the
article (no guessing from the body).
"""

from __future__ import annotations

import logging
import warnings

from curator.errors import ImportProblem
from curator.i18n import translate
from curator.importers.dates import day, head_dateline, parse_iso
from curator.importers.extracted import Extracted
from curator.importers.language import guess_language
from curator.importers.plaintext import decode
from curator.normalise import normalise_text

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def extract_html(data: bytes, name: str) -> Extracted:
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
    text = normalise_text(getattr(result, "text", None) or "") if result is not None else ""
    if not text.strip():
        raise ImportProblem(translate("import", "{name}: no article text found in the HTML page").format(name=name))
    # The page's metadata first; else a dateline at the top of the article's own text
    # ("Опубліковано 3 червня 2024, 14:05"), never a date from elsewhere in the body.
    published, precision = day(parse_iso(result.date) or head_dateline(text))
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
    )
