"""Publication dates as a curator would read them: only where the text states them."""

from __future__ import annotations

import re
from datetime import date

from curator.models import Precision

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"|(?:січ|лют|берез|квіт|трав|черв|лип|серп|вересн|жовт|листопад|груд)[а-яіїє]*"
)
#: "February 1, 2024", "1 February 2024", "1 лютого 2024 р."
_DATE = rf"(?:(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTH})\s+\d{{4}})"
_WRITTEN = re.compile(rf"\b{_DATE}", re.IGNORECASE)
#: 20.05.2024, as dates are written in Ukraine.
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
#: A line that is a publication date and nothing else: "Published 3 June 2024",
#: "Опубліковано 3 червня 2024, 14:05", "Укрінформ, 20 травня 2024 року", "20.05.2024".
#: (Sidebars and related-article lists put dates beside headlines, never alone.)
_DATELINE = re.compile(
    r"^(?:(?:published|posted|first published|опубліковано|оприлюднено|дата публікації|дата)\s*:?\s*(?:on\s+)?"
    r"|[^\d,:]{2,40},\s*)?"  # an outlet's name and a comma; never "Read also: …,"
    rf"(?P<date>{_DATE}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})"
    r"(?:\s*(?:року|р\.|р))?(?:,?\s*(?:о|at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*\.?$",
    re.IGNORECASE,
)


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    match = _ISO.search(value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def dateline(line: str) -> date | None:
    """The date of a line that states a publication date and nothing else, or None."""
    match = _DATELINE.match(line.strip())
    return written_date(match["date"]) if match else None


#: How far down a capture its dateline may be: the title, the standfirst, the byline.
HEAD_LINES = 8


def head_dateline(text: str) -> date | None:
    """The first dateline among the first lines of ``text``."""
    lines = [line for line in (raw.strip() for raw in text.split("\n")) if line][:HEAD_LINES]
    return next((found for line in lines if (found := dateline(line))), None)


def written_date(line: str) -> date | None:
    """The first full date (day, month and year) written out in ``line``."""
    match = _WRITTEN.search(line)
    if not match:
        if dotted := _DOTTED.search(line):
            try:
                return date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
            except ValueError:
                return None
        return parse_iso(line)
    import dateparser  # slow to import; only needed here

    parsed = dateparser.parse(
        match[0], languages=["en", "uk", "ru"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None


def day(value: date | None) -> tuple[date | None, Precision | None]:
    return (value, Precision.DAY) if value else (None, None)
