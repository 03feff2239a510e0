"""The chart's time axis, decided without Qt: ticks that always carry the context a
reader needs, and a sensible range around a few points."""

from __future__ import annotations

import re
from datetime import date

import pytest

from curator.timeaxis import DAY, ticks, x_range
from curator.timeaxis import seconds as at

#: A label is a year, a month (with or without its year), or a day (alone, or with its
#: month and year): never hours, seconds or fractions.
LABEL = re.compile(r"^(\d{4}|[A-Z][a-z]{2}( \d{4})?|\d{1,2}( [A-Z][a-z]{2} \d{4})?)$")


def labels(first: date, last: date, most: int = 10) -> list[str]:
    return [t.label for t in ticks(at(first), at(last), most)]


def test_one_point_is_shown_a_month_either_side_with_its_month_and_year():
    start, end = x_range(at(date(2024, 5, 20)), at(date(2024, 5, 21)))
    assert round((end - start) / DAY) == 61
    found = [t.label for t in ticks(start, end, 10)]
    assert any("May 2024" in label for label in found)
    assert all(LABEL.match(label) for label in found), found


def test_days_carry_their_month_and_year_at_the_start_and_at_each_new_month():
    found = labels(date(2024, 5, 17), date(2024, 6, 3), most=20)
    assert found[0] == "17 May 2024" and "1 Jun 2024" in found
    assert found[1:5] == ["18", "19", "20", "21"]


def test_months_carry_their_year_at_the_start_and_each_january():
    found = labels(date(2023, 11, 1), date(2024, 8, 1))
    assert found[:4] == ["Nov 2023", "Dec", "Jan 2024", "Feb"]


def test_the_widest_zoom_shows_years():
    assert labels(date(1990, 1, 1), date(2025, 1, 1)) == [str(y) for y in range(1990, 2026, 5)]


@pytest.mark.parametrize("days", [1, 3, 10, 40, 100, 400, 1500, 8000, 40000])
@pytest.mark.parametrize("most", [3, 8, 15])
def test_every_zoom_reads_as_dates_and_keeps_to_the_room_it_has(days, most):
    start = at(date(2022, 2, 24))
    found = ticks(start, start + days * DAY, most)
    assert 1 <= len(found) <= most or days < 1
    assert all(LABEL.match(t.label) for t in found), [t.label for t in found]
    assert re.search(r"\d{4}", " ".join(t.label for t in found))  # the year is somewhere on the axis


def test_the_language_of_the_window_names_the_months():
    months = ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."]
    found = [t.label for t in ticks(at(date(2024, 5, 17)), at(date(2024, 5, 25)), 10, months)]
    assert found[0] == "17 трав. 2024"


def test_zoomed_into_one_day_the_day_is_named():
    start = at(date(2024, 5, 20)) + 3600
    assert [t.label for t in ticks(start, start + 7200, 10)] == ["20 May 2024"]


def test_with_room_for_one_label_the_middle_is_named_by_month_and_year():
    start, end = x_range(at(date(2022, 5, 20)), at(date(2022, 5, 21)))
    assert [t.label for t in ticks(start, end, 1)] == ["May 2022"]
