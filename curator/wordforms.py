"""Words in any of their forms, so that corpus search finds "полонених" for "полонений",
"оборонців" for "оборонці" and "defenders" for "defender".

Every distinct word of a document is kept once per project in the ``word_form`` table
with its lemma, as simplemma gives it in the document's language (Ukrainian, Russian or
English; a document of unknown language by its script: Cyrillic words as Ukrainian and
as Russian, Latin ones as English). A searched word is expanded to the stored words that
share one of its lemmas, and the full-text index matches those exact words, so snippets,
ranking and the offsets of each hit stay those of the stored text.

Only words are kept, never where they occur, and the table is derived: :func:`rebuild`
makes it again from the documents (after a repair, and in exports, so that a copy holds
no word of a document it leaves out).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from functools import lru_cache

import simplemma
from sqlalchemy import Connection

#: The languages whose lemmas Curator knows (simplemma's data for them ships in its wheel).
LEMMA_LANGUAGES = ("uk", "ru", "en")

#: A word as the full-text index (unicode61) cuts it: letters only; digits and
#: punctuation, apostrophes included, separate words.
WORD = re.compile(r"[^\W\d_]{2,}")

CREATE = ("CREATE TABLE word_form (language TEXT NOT NULL, lemma TEXT NOT NULL, "
          "word TEXT NOT NULL, PRIMARY KEY (language, lemma, word)) WITHOUT ROWID")


def _cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


@lru_cache(maxsize=500_000)
def languages_of(word: str, language: str = "") -> tuple[str, ...]:
    """The languages a case-folded word is read in: the document's when Curator knows
    it; else those of its script whose dictionary knows the word ("оборонець" is a
    Ukrainian word, not a Russian one), or all of them when none does."""
    if language in LEMMA_LANGUAGES:
        return (language,)
    if _cyrillic(word):
        candidates: tuple[str, ...] = ("uk", "ru")
    elif word[0].isascii():
        candidates = ("en",)
    else:
        return ()
    return tuple(each for each in candidates if simplemma.is_known(word, lang=each)) or candidates


@lru_cache(maxsize=500_000)
def lemma(word: str, language: str) -> str:
    """The lemma of a case-folded word in one of :data:`LEMMA_LANGUAGES`."""
    return simplemma.lemmatize(word, lang=language).casefold()


def prepare() -> None:
    """Load every language's dictionary now (they take most of a second), not at the
    first word that needs one."""
    for language in LEMMA_LANGUAGES:
        simplemma.is_known("a", lang=language)


def forms(text: str, language: str = "") -> set[tuple[str, str, str]]:
    """(language, lemma, word) for every distinct word of ``text``."""
    rows = set()
    for word in {w.casefold() for w in WORD.findall(text)}:
        for each in languages_of(word, language):
            rows.add((each, lemma(word, each), word))
    return rows


def _run(connection: Connection | sqlite3.Connection, sql: str, parameters=()):
    """A statement on SQLAlchemy's connection or on the driver's (exports work on the latter)."""
    if isinstance(connection, sqlite3.Connection):
        many = isinstance(parameters, list)
        return connection.executemany(sql, parameters) if many else connection.execute(sql, parameters)
    return connection.exec_driver_sql(sql, parameters)


def index(connection: Connection | sqlite3.Connection, documents: Iterable[tuple[str, str]]) -> None:
    """Keep the words of these (text, language) documents; words already kept stay once."""
    rows: set[tuple[str, str, str]] = set()
    for text, language in documents:
        rows |= forms(text, language)
    if rows:
        _run(connection, "INSERT OR IGNORE INTO word_form (language, lemma, word) VALUES (?, ?, ?)", sorted(rows))


def rebuild(connection: Connection | sqlite3.Connection) -> None:
    """The table made again from the documents the project holds now."""
    _run(connection, "DELETE FROM word_form")
    documents = _run(connection, "SELECT text, language FROM document")
    while batch := documents.fetchmany(200):
        index(connection, batch)


def expand(connection: Connection | sqlite3.Connection, word: str) -> tuple[str, ...]:
    """``word`` and every stored word sharing one of its lemmas, ``word`` first."""
    word = word.casefold()
    keys = sorted({(language, lemma(word, language)) for language in languages_of(word)}) if WORD.fullmatch(
        word) else []
    found: set[str] = set()
    for language, lemma_ in keys:
        found.update(w for (w,) in _run(connection, "SELECT word FROM word_form WHERE language = ? AND lemma = ?",
                                        (language, lemma_)))
    found.discard(word)
    return (word, *sorted(found))
