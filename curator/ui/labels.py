"""Translated labels for the core's enumerations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def QUALIFIERS() -> dict[str, str]:  # noqa: N802 - reads like the constant it stands for
    return {
        "exact": _tr("exact"), "approximately": _tr("about"), "more than": _tr("more than"),
        "at least": _tr("at least"), "less than": _tr("less than"), "at most": _tr("at most"),
        "range": _tr("range"),
    }


def STATUSES() -> dict[str, str]:  # noqa: N802
    return {"draft": _tr("draft"), "checked": _tr("checked"), "disputed": _tr("disputed"),
            "rejected": _tr("rejected")}


def PRECISIONS() -> dict[str, str]:  # noqa: N802
    return {"day": _tr("day"), "month": _tr("month"), "year": _tr("year")}
