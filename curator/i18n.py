"""The core's and the command line's messages in the curator's language.

One catalogue per language serves the window and the core alike:
``resources/translations/curator_LANG.ts``, the file translators edit in Qt Linguist
and ``make translations`` refreshes from the code (pyside6-lupdate finds the
``translate("context", "text")`` calls here as it finds the window's). The window reads
the compiled ``.qm`` through Qt; this module reads the ``.ts`` itself with the standard
library, so the command line and the core run without Qt. Why not gettext: a second
catalogue format, a second tool for translators and a second build step, for the same
sentences.

Plural forms follow Qt's rules for each language (Ukrainian has three: 1 твердження,
2 твердження, 5 тверджень); ``%n`` in a message is the count.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from functools import cache

from curator.paths import resource

#: The interface language Curator starts in when it is told nothing: its source texts'.
SOURCE_LANGUAGE = "en"


def languages() -> list[str]:
    """Every language Curator's interface is in: those with a catalogue, and English."""
    found = {path.stem.split("_", 1)[1] for path in resource("translations").glob("curator_*.ts")}
    return sorted(found | {SOURCE_LANGUAGE})


def _english(n: int) -> int:
    return 0 if n == 1 else 1


def _east_slavic(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


#: Which plural form a count takes, per language (as Qt's own rules for them).
PLURAL_RULES: dict[str, Callable[[int], int]] = {"en": _english, "uk": _east_slavic, "ru": _east_slavic}

_language = SOURCE_LANGUAGE


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """The language the system asks for (POSIX variables; the window asks Qt instead)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for value in environ.get(name, "").split(":"):
            code = value.split(".")[0].split("_")[0].lower()
            if code and code not in ("c", "posix"):
                return code
    return SOURCE_LANGUAGE


def choose(preference: str = "", system: str | None = None) -> str:
    """The language to speak: the curator's choice, else the system's when Curator
    speaks it, else English."""
    wanted = preference or (system if system is not None else system_language())
    return wanted if wanted in languages() else SOURCE_LANGUAGE


def set_language(language: str) -> None:
    global _language
    _language = language if language in languages() else SOURCE_LANGUAGE


def current_language() -> str:
    return _language


@cache
def _catalogue(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the translation's forms, finished entries only."""
    path = resource("translations", f"curator_{language}.ts")
    found: dict[tuple[str, str], list[str]] = {}
    if not path.exists():
        return found
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            found[(name, message.findtext("source", ""))] = forms
    return found


class Messages:
    """A context for messages that count something: pyside6-lupdate reads plural forms
    only from ``self.tr(text, "", n)`` calls, in the context named after the class (as a
    QObject's ``tr``)."""

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(type(self).__name__, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for the catalogue where it is defined; :func:`translate` it where
    it is shown (a table of messages made before the language is known)."""
    return source


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language (as ``QCoreApplication.translate``), ``%n``
    replaced by ``n``."""
    forms = _catalogue(_language).get((context, source))
    if forms is None and n >= 0:
        forms = _catalogue(SOURCE_LANGUAGE).get((context, source))  # English plural forms
    if forms is None:
        text = source
    else:
        rule = PLURAL_RULES.get(_language if (context, source) in _catalogue(_language) else SOURCE_LANGUAGE,
                                _english)
        text = forms[min(rule(n), len(forms) - 1)] if n >= 0 and len(forms) > 1 else forms[0]
    return text.replace("%n", str(n)) if n >= 0 else text
