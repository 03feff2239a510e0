"""Translated labels for the core's enumerations, keyed by their members (which are
strings too, so a stored value finds its label as well)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from curator.enums import Precision, Qualifier, Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def QUALIFIERS() -> dict[Qualifier, str]:
    return {
        Qualifier.EXACT: _tr("exact"), Qualifier.APPROXIMATELY: _tr("about"), Qualifier.MORE_THAN: _tr("more than"),
        Qualifier.AT_LEAST: _tr("at least"), Qualifier.LESS_THAN: _tr("less than"), Qualifier.AT_MOST: _tr("at most"),
        Qualifier.RANGE: _tr("range"),
    }


def STATUSES() -> dict[Status, str]:
    return {Status.DRAFT: _tr("draft"), Status.CHECKED: _tr("checked"), Status.DISPUTED: _tr("disputed"),
            Status.REJECTED: _tr("rejected")}


def PRECISIONS() -> dict[Precision, str]:
    return {Precision.DAY: _tr("day"), Precision.MONTH: _tr("month"), Precision.YEAR: _tr("year")}
