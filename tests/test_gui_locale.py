"""Dates and figures as the interface's language writes them, and read back as typed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from curator.enums import Precision
from curator.figures import parse_number
from curator.partialdate import parse_partial_date
from curator.ui.labels import local_date, local_number


@pytest.fixture(params=["uk", "en"])
def language(request):
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


WRITTEN = {
    "uk": {"day": "20 травня 2024", "month": "травень 2024", "year": "2024", "2500": "2\u00a0500", "12.5": "12,5",
           "1279000": "1\u00a0279\u00a0000"},
    "en": {"day": "20 May 2024", "month": "May 2024", "year": "2024", "2500": "2,500", "12.5": "12.5",
           "1279000": "1,279,000"},
}


SHORT = {"uk": {"day": "20 трав. 2024", "month": "трав. 2024", "year": "2024"},
         "en": {"day": "20 May 2024", "month": "May 2024", "year": "2024"}}


@pytest.mark.parametrize("precision", [Precision.DAY, Precision.MONTH, Precision.YEAR])
def test_a_date_is_written_in_the_language_and_read_back(language, precision):
    value = {Precision.DAY: date(2024, 5, 20), Precision.MONTH: date(2024, 5, 1),
             Precision.YEAR: date(2024, 1, 1)}[precision]
    written = local_date(value, precision)
    assert written == WRITTEN[language][precision.value]
    assert parse_partial_date(written) == (value, precision)
    short = local_date(value, precision, short=True)
    assert short == SHORT[language][precision.value]
    assert parse_partial_date(short) == (value, precision)


@pytest.mark.parametrize("number", [2500.0, 12.5, 1279000.0])
def test_a_figure_is_written_in_the_language_and_read_back(language, number):
    written = local_number(number)
    assert written == WRITTEN[language][f"{number:g}" if number != 1279000.0 else "1279000"]
    assert parse_number(written) == number


def test_either_form_is_read_whatever_the_language(language):
    for typed in ("20.05.2024", "2024-05-20", "20 травня 2024", "20 May 2024"):
        assert parse_partial_date(typed) == (date(2024, 5, 20), Precision.DAY), typed
    for typed in ("2 500", "2,500", "2500", "2\u00a0500"):
        assert parse_number(typed) == 2500, typed
