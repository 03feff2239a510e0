"""The core's and the command line's messages in Ukrainian, from the same catalogue as
the window, without Qt."""

import os
import subprocess
import sys

import pytest

from curator import i18n


@pytest.fixture
def ukrainian():
    i18n.set_language("uk")
    yield
    i18n.set_language("en")


def test_a_message_in_ukrainian_and_back(ukrainian):
    assert i18n.translate("undo", "someone") == "хтось"
    i18n.set_language("en")
    assert i18n.translate("undo", "someone") == "someone"


def test_unknown_messages_and_languages_fall_back_to_english(ukrainian):
    assert i18n.translate("undo", "a message nobody wrote") == "a message nobody wrote"
    i18n.set_language("xx")
    assert i18n.current_language() == "en"


@pytest.mark.parametrize(("n", "form"), [(1, "твердження"), (2, "твердження"), (4, "твердження"), (5, "тверджень"),
                                         (11, "тверджень"), (12, "тверджень"), (21, "твердження"),
                                         (25, "тверджень"), (111, "тверджень")])
def test_counts_take_their_ukrainian_form(ukrainian, n, form):
    from curator.storage.writer import Records

    assert Records().counted("claim", n) == f"{n} {form}"


@pytest.mark.parametrize(("n", "said"), [(1, "1 piece of evidence"), (2, "2 pieces of evidence"),
                                         (0, "0 pieces of evidence")])
def test_counts_take_their_english_form(n, said):
    from curator.storage.writer import Records

    assert Records().counted("evidence", n) == said


@pytest.mark.parametrize(("environment", "language"), [
    ({"LANGUAGE": "uk:en", "LANG": "en_US.UTF-8"}, "uk"),
    ({"LANG": "uk_UA.UTF-8"}, "uk"),
    ({"LC_ALL": "C", "LANG": "uk_UA.UTF-8"}, "uk"),
    ({"LANG": "de_DE.UTF-8"}, "en"),  # a language Curator does not speak: English
    ({}, "en"),
])
def test_the_language_follows_the_system_unless_the_curator_chose(environment, language):
    assert i18n.choose("", i18n.system_language(environment)) == language
    assert i18n.choose("en", i18n.system_language(environment)) == "en"


def test_the_languages_are_those_with_a_catalogue():
    assert i18n.languages() == ["en", "uk"]


def test_the_command_line_speaks_ukrainian(tmp_path):
    env = {**os.environ, "LANGUAGE": "uk", "CURATOR_CONFIG_DIR": str(tmp_path / "config")}
    (tmp_path / "empty.txt").write_bytes(b"")
    said = subprocess.run([sys.executable, "-m", "curator", "import", str(tmp_path / "p.curator"),
                           str(tmp_path / "empty.txt")], capture_output=True, text=True, env=env, timeout=120)
    assert f"помилка   {tmp_path / 'empty.txt'}: порожній файл" in said.stdout
    assert "імпортовано: 0, пропущено як дублікати: 0, з помилкою: 1" in said.stdout
    info = subprocess.run([sys.executable, "-m", "curator", "info", str(tmp_path / "p.curator")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert "документи:  0" in info.stdout
    missing = subprocess.run([sys.executable, "-m", "curator", "info", str(tmp_path / "none.curator")],
                             capture_output=True, text=True, env=env, timeout=120)
    assert missing.stderr.strip() == f"curator: {tmp_path / 'none.curator'}: такого проєкту немає"
