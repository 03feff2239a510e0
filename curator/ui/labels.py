"""Translated labels for the core's enumerations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QUALIFIERS() -> dict[str, str]:
    return {
        "exact": QCoreApplication.translate("labels", "exact"), "approximately": QCoreApplication.translate("labels", "about"), "more than": QCoreApplication.translate("labels", "more than"),
        "at least": QCoreApplication.translate("labels", "at least"), "less than": QCoreApplication.translate("labels", "less than"), "at most": QCoreApplication.translate("labels", "at most"),
        "range": QCoreApplication.translate("labels", "range"),
    }


def STATUSES() -> dict[str, str]:
    return {"draft": QCoreApplication.translate("labels", "draft"), "checked": QCoreApplication.translate("labels", "checked"), "disputed": QCoreApplication.translate("labels", "disputed"),
            "rejected": QCoreApplication.translate("labels", "rejected")}


def PRECISIONS() -> dict[str, str]:
    return {"day": QCoreApplication.translate("labels", "day"), "month": QCoreApplication.translate("labels", "month"), "year": QCoreApplication.translate("labels", "year")}
