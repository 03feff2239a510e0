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
_WRITTEN = re.compile(
    rf"\b(?:(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTH})\s+\d{{4}})",
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


def written_date(line: str) -> date | None:
    """The first full date (day, month and year) written out in ``line``."""
    match = _WRITTEN.search(line)
    if not match:
        return parse_iso(line)
    import dateparser  # slow to import; only needed here

    parsed = dateparser.parse(
        match[0], languages=["en", "uk", "ru"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None


def day(value: date | None) -> tuple[date | None, Precision | None]:
    return (value, Precision.DAY) if value else (None, None)
