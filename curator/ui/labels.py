"""Translated labels for the core's enumerations, keyed by their members (which are
strings too, so a stored value finds its label as well).

Each label is a literal ``QCoreApplication.translate("labels", …)`` call, so that
pyside6-lupdate finds it for the translators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from curator.enums import Precision, Qualifier, Status


def QUALIFIERS() -> dict[Qualifier, str]:
    return {
        Qualifier.EXACT: QCoreApplication.translate("labels", "exact"),
        Qualifier.APPROXIMATELY: QCoreApplication.translate("labels", "about"),
        Qualifier.MORE_THAN: QCoreApplication.translate("labels", "more than"),
        Qualifier.AT_LEAST: QCoreApplication.translate("labels", "at least"),
        Qualifier.LESS_THAN: QCoreApplication.translate("labels", "less than"),
        Qualifier.AT_MOST: QCoreApplication.translate("labels", "at most"),
        Qualifier.RANGE: QCoreApplication.translate("labels", "range"),
    }


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
