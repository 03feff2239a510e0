"""The core's enumerations, free of any dependency so that every layer can use them."""

from __future__ import annotations

import enum


class Precision(enum.StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Qualifier(enum.StrEnum):
    EXACT = "exact"
    APPROXIMATELY = "approximately"
    MORE_THAN = "more than"
    AT_LEAST = "at least"
    LESS_THAN = "less than"
    AT_MOST = "at most"
    RANGE = "range"


class Status(enum.StrEnum):
    DRAFT = "draft"
    CHECKED = "checked"
    DISPUTED = "disputed"
    REJECTED = "rejected"


class TermKind(enum.StrEnum):
    SUBJECT = "subject"
    MEASURE = "measure"
    PERSON = "person"
    ORGANISATION = "organisation"
