"""Translated labels for the core's enumerations, keyed by their members (which are
strings too, so a stored value finds its label as well).

Each label is a literal ``QCoreApplication.translate("labels", …)`` call, so that
pyside6-lupdate finds it for the translators; the qualifiers' are marked where the
core names claims in words too (``curator.labels.QUALIFIER_LABELS``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from curator.enums import Precision, Qualifier, Status
from curator.labels import QUALIFIER_LABELS


def QUALIFIERS() -> dict[Qualifier, str]:
    return {qualifier: QCoreApplication.translate("labels", label) for qualifier, label in QUALIFIER_LABELS.items()}


def STATUSES() -> dict[Status, str]:
    return {
        Status.DRAFT: QCoreApplication.translate("labels", "draft"),
        Status.CHECKED: QCoreApplication.translate("labels", "checked"),
        Status.DISPUTED: QCoreApplication.translate("labels", "disputed"),
        Status.REJECTED: QCoreApplication.translate("labels", "rejected"),
    }


def PRECISIONS() -> dict[Precision, str]:
    return {Precision.DAY: QCoreApplication.translate("labels", "day"), Precision.MONTH: QCoreApplication.translate("labels", "month"),
            Precision.YEAR: QCoreApplication.translate("labels", "year")}


def local_date(value: date | None, precision: Precision | str | None, short: bool = False) -> str:
    """A date as the interface's language writes it, to its precision: "20 травня 2024",
    "травень 2024", "2024"; "20 May 2024", "May 2024". ``short`` (tables and fields):
    "20 трав. 2024", "трав. 2024"; "20 May 2024". Read back by parse_partial_date."""
    if value is None:
        return ""
    precision = Precision(precision) if precision else Precision.DAY
    if precision is Precision.YEAR:
        return str(value.year)
    locale = QLocale()
    if precision is Precision.MONTH:
        kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return f"{locale.standaloneMonthName(value.month, kind)} {value.year}"
    return locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy" if short else "d MMMM yyyy")


def widest_date(metrics) -> int:
    """The width of the widest short date of the interface's language, in pixels."""
    return max(metrics.horizontalAdvance(local_date(date(2024, month, 28), Precision.DAY, short=True))
               for month in range(1, 13))


def local_number(value: float | None) -> str:
    """A figure as the interface's language writes it: "2 500" and "12,5" in Ukrainian,
    "2,500" and "12.5" in English. Read back by parse_number."""
    if value is None:
        return ""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
