"""Corpus search finds words in any of their forms (curator/wordforms.py), phrases in
quotes exactly, and opens each hit at the words it found."""

import sqlite3

import pytest

from curator import operations as ops
from curator import queries
from curator.exports import export_database
from curator.importers import import_paths

UKRAINIAN = ("Обмін полоненими\n\nСьогодні додому повернули 95 полонених оборонців Маріуполя. "
             "Серед звільнених є захисники Азовсталі. Їх чекали по всій території України.\n")
RUSSIAN = "Обмен пленными\n\nИз плена вернулись 95 защитников обороны Мариуполя. Обмен прошёл ночью.\n"
ENGLISH = "Swap\n\nThe defender spoke to journalists after the swap.\n"


@pytest.fixture
def corpus(project, tmp_path):
    for name, text in {"ukrainian.txt": UKRAINIAN, "russian.txt": RUSSIAN, "english.txt": ENGLISH}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        import_paths(project, [tmp_path / name])
    return project


def titles(project, words):
    return [hit.title for hit in queries.search(project, words)]


@pytest.mark.parametrize(("words", "found"), [
    ("полонений", "полонених"),     # the dictionary form finds an inflected one
    ("оборонець", "оборонців"),
    ("захисник", "захисники"),
    ("Україна", "України"),
    ("звільнені обмін", "звільнених"),
    ("defenders", "defender"),      # and an inflected form its dictionary form
    ("защитник", "защитников"),
])
def test_a_word_finds_its_other_forms_and_opens_at_them(corpus, words, found):
    (hit,) = queries.search(corpus, words)
    text = queries.document_text(corpus, hit.document_id)
    assert found in text
    terms = queries.parse_search(corpus, words)
    assert found in [text[start:end] for start, end in queries.occurrences(text, terms)]
    assert f"[{found}]" in hit.snippet or f"[{found.capitalize()}]" in hit.snippet


def test_phrases_in_quotes_match_exactly(corpus):
    assert titles(corpus, '"полонених оборонців"') == ["ukrainian"]
    assert titles(corpus, '"полонений оборонців"') == []
    assert titles(corpus, '"оборонців полонених"') == []
    (hit,) = queries.search(corpus, '"полонених оборонців"')
    text = queries.document_text(corpus, hit.document_id)
    assert text[hit.start:hit.end] == "полонених оборонців"
    terms = queries.parse_search(corpus, 'Маріуполя "полонених оборонців"')
    assert [text[s:e] for s, e in queries.occurrences(text, terms)] == ["полонених оборонців", "Маріуполя"]


def test_every_word_must_occur_in_some_form(corpus):
    assert titles(corpus, "полонений повернути") == ["ukrainian"]
    assert titles(corpus, "полонений defender") == []


def test_the_words_of_a_russian_document_are_not_read_as_ukrainian(corpus):
    """'оборонець' is a Ukrainian word; its Russian reading (оборона, defence) must not
    bring in every Russian text about defence."""
    assert titles(corpus, "оборонець") == ["ukrainian"]
    terms = queries.parse_search(corpus, "оборонець")
    assert "оборона" not in terms[0].forms


def test_a_document_of_unknown_language_is_read_by_its_script(project, tmp_path, monkeypatch):
    """A text whose language nobody could tell: its Cyrillic words are read as
    Ukrainian and as Russian, its Latin ones as English."""
    monkeypatch.setattr("curator.importers.plaintext.guess_language", lambda text: "")
    (tmp_path / "unknown.txt").write_text("Notes\n\nЗ полоненими, з пленными, with prisoners\n", encoding="utf-8")
    import_paths(project, [tmp_path / "unknown.txt"])
    assert [row.language for row in queries.documents(project)] == [""]
    for word in ("полонений", "пленный", "prisoner"):
        assert len(queries.search(project, word)) == 1, word


def test_an_export_holds_no_word_of_a_document_it_leaves_out(corpus, tmp_path):
    (hit,) = queries.search(corpus, "полонених")
    text = queries.document_text(corpus, hit.document_id)
    at = text.index("95 полонених")
    ops.create_claim(corpus, {"value": 95, "status": "checked"},
                     [ops.Selection(hit.document_id, at, at + len("95 полонених"))])
    export_database(corpus, tmp_path / "checked.sqlite", checked_only=True)
    connection = sqlite3.connect(tmp_path / "checked.sqlite")
    words = {w for (w,) in connection.execute("SELECT word FROM word_form")}
    connection.close()
    assert "полонених" in words and "оборонців" in words
    assert not words & {"защитников", "defender", "swap"}
