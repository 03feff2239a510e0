"""The core's enumerations as a curator reads them: the English labels, marked for the
translators in the context "labels". The window's labels (``curator.ui.labels``) and
the core's records in words (``curator.records``) both read them from here, so each
is written once. No database or Qt here: the window imports it before it paints."""

from __future__ import annotations

from curator.enums import Qualifier
from curator.i18n import QT_TRANSLATE_NOOP

#: Each qualifier as the window names it.
QUALIFIER_LABELS = {
    Qualifier.EXACT: QT_TRANSLATE_NOOP("labels", "exact"),
    Qualifier.APPROXIMATELY: QT_TRANSLATE_NOOP("labels", "about"),
    Qualifier.MORE_THAN: QT_TRANSLATE_NOOP("labels", "more than"),
    Qualifier.AT_LEAST: QT_TRANSLATE_NOOP("labels", "at least"),
    Qualifier.LESS_THAN: QT_TRANSLATE_NOOP("labels", "less than"),
    Qualifier.AT_MOST: QT_TRANSLATE_NOOP("labels", "at most"),
    Qualifier.RANGE: QT_TRANSLATE_NOOP("labels", "range"),
}

#: Each field of a record as the claim form and the document's details name it (for a
#: merge's preview and the Conflicts window).
FIELD_LABELS = {
    "subject": QT_TRANSLATE_NOOP("fields", "Subject"), "measure": QT_TRANSLATE_NOOP("fields", "Measure"),
    "value": QT_TRANSLATE_NOOP("fields", "Value"), "upper_value": QT_TRANSLATE_NOOP("fields", "Upper value"),
    "qualifier": QT_TRANSLATE_NOOP("fields", "Qualifier"), "unit": QT_TRANSLATE_NOOP("fields", "Unit"),
    "as_of": QT_TRANSLATE_NOOP("fields", "As of"), "as_of_precision": QT_TRANSLATE_NOOP("fields", "Date known to the"),
    "attributed_to": QT_TRANSLATE_NOOP("fields", "Attributed to"),
    "reported_by": QT_TRANSLATE_NOOP("fields", "Reported by"), "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "note": QT_TRANSLATE_NOOP("fields", "Note"), "tags": QT_TRANSLATE_NOOP("fields", "Tags"),
    "title": QT_TRANSLATE_NOOP("fields", "Title"), "outlet": QT_TRANSLATE_NOOP("fields", "Outlet"),
    "authors": QT_TRANSLATE_NOOP("fields", "Authors"), "url": "URL", "published": QT_TRANSLATE_NOOP("fields", "Date"),
    "published_precision": QT_TRANSLATE_NOOP("fields", "Date known to the"),
    "language": QT_TRANSLATE_NOOP("fields", "Language"), "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"), "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "aliases": QT_TRANSLATE_NOOP("fields", "Aliases"),
}
