"""Series, bounds, date spans and conflicts, computed without a display."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from curator import operations as ops
from curator.records import claim_from_image
from curator.series import (
    APPROXIMATE,
    EXACT,
    LOWER_BOUND,
    RANGE,
    UPPER_BOUND,
    SeriesKey,
    conflicts,
    point_from_claim,
    read_series,
)
from tests.curation_helpers import claim_on

KEY = SeriesKey("Azovstal garrison", "left Azovstal")


def claim(value, qualifier="exact", day="2022-05-20", precision="day", upper=None, who="someone", status="checked"):
    """A claim row as the database would hold it (stored strings, decided at the boundary)."""
    now = datetime.now(UTC)
    return claim_from_image({
        "id": uuid.uuid4(), "created_at": now, "updated_at": now, "author": "", "subject": "", "measure": "",
        "value": value, "upper_value": upper, "qualifier": qualifier, "unit": "",
        "as_of": date.fromisoformat(day) if day else None, "as_of_precision": precision, "attributed_to": who,
        "reported_by": "", "status": status, "note": "", "tags": []})


def point(value, qualifier="exact", day="2022-05-20", precision="day", upper=None, who="someone"):
    return point_from_claim(claim(value, qualifier, day, precision, upper, who), KEY)


@pytest.mark.parametrize("qualifier, upper, kind, low, high, low_open, high_open", [
    ("exact", None, EXACT, 900, 900, False, False),
    ("approximately", None, APPROXIMATE, 810, 990, False, False),
    ("more than", None, LOWER_BOUND, 900, None, True, False),
    ("at least", None, LOWER_BOUND, 900, None, False, False),
    ("less than", None, UPPER_BOUND, None, 900, False, True),
    ("at most", None, UPPER_BOUND, None, 900, False, False),
    ("range", 1200, RANGE, 900, 1200, False, False),
])
def test_bounds_for_every_qualifier(qualifier, upper, kind, low, high, low_open, high_open):
    p = point(900, qualifier, upper=upper)
    assert (p.kind, p.low, p.high, p.low_open, p.high_open) == (kind, pytest.approx(low) if low else low,
                                                               pytest.approx(high) if high else high,
                                                               low_open, high_open)


def _utc(*args):
    return datetime(*args, tzinfo=UTC).timestamp()


def test_date_spans_follow_precision():
    assert (point(1, day="2024-05-20").start, point(1, day="2024-05-20").end) == (_utc(2024, 5, 20), _utc(2024, 5, 21))
    month = point(1, day="2024-02-01", precision="month")
    assert (month.start, month.end) == (_utc(2024, 2, 1), _utc(2024, 3, 1))  # a leap February
    year = point(1, day="2022-01-01", precision="year")
    assert (year.start, year.end) == (_utc(2022, 1, 1), _utc(2023, 1, 1))
    assert year.x == (year.start + year.end) / 2


def test_unknown_dates_are_listed_not_plotted():
    assert point_from_claim(claim(5, day=None, precision=None, status="draft"), KEY) is None


def test_conflicts_on_constructed_cases():
    exact_900, more_1900 = point(900, day="2024-02-01"), point(1900, "more than", day="2024-02-20")
    assert [c.claim_ids for c in conflicts([exact_900, more_1900])] == [(exact_900.claim_id, more_1900.claim_id)]
    # Far apart in time: figures change, no conflict.
    assert conflicts([exact_900, point(1900, "more than", day="2024-05-20")]) == []
    # ... unless the window is widened.
    assert len(conflicts([exact_900, point(1900, "more than", day="2024-05-20")], window_days=120)) == 1
    # Bounds that can both hold.
    assert conflicts([point(900, "more than"), point(1900, "more than")]) == []
    assert conflicts([point(900, "at least"), point(900, "at most")]) == []
    assert len(conflicts([point(900, "more than"), point(900, "less than")])) == 1
    assert conflicts([point(1000, "range", upper=1500), point(1200)]) == []
    # A month-precise claim spans its month.
    assert len(conflicts([point(10, day="2024-03-01", precision="month"), point(20, day="2024-04-25")])) == 1
    # Other series never conflict.
    other = point_from_claim(claim(5, who=""), SeriesKey("civilians", "evacuated"))
    assert conflicts([point(900), other]) == []


def test_the_sample_figures(seeded):
    """2,500 evacuated from 16 May 2022 and 2,449 left by 20 May 2022: a conflict;
    'around 2,500' agrees with both."""
    evacuated = claim_on(seeded, "Over 1,900 defenders", "the evacuation of 2,500 Ukrainian soldiers",
                         subject="Azovstal garrison", measure="left Azovstal", as_of=date(2022, 5, 16),
                         as_of_precision="day")
    left = claim_on(seeded, "Russian GRU General", "A total of 2,449 defenders left the territory of Azovstal",
                    subject="Azovstal defenders", measure="left Azovstal", as_of=date(2022, 5, 20),
                    as_of_precision="day")
    around = claim_on(seeded, "Over 1,200 Azovstal", "around 2,500 defenders from various units",
                      subject="Azovstal garrison", measure="left Azovstal", as_of=date(2022, 5, 20),
                      as_of_precision="day")
    undated = claim_on(seeded, "Russia delaying exchange", "more than 2,500 defenders from Azovstal",
                       subject="Azovstal garrison", measure="left Azovstal")
    ops.add_term(seeded, "subject", "Azovstal garrison", ["Azovstal defenders"])
    series = read_series(seeded)
    garrison = series[SeriesKey("Azovstal garrison", "left Azovstal")]  # the alias joined the series
    assert {p.claim_id for p in garrison.points} == {evacuated, left, around}
    assert garrison.unplotted == [undated] and garrison.count == 4
    found = conflicts(garrison.points)
    assert [set(c.claim_ids) for c in found] == [{evacuated, left}]
    assert "2,500 (2022-05-16" in found[0].reason and "2,449 (2022-05-20" in found[0].reason
    assert found[0].reason.endswith("4 days apart")


def test_rejected_claims_are_left_out(seeded):
    claim_on(seeded, "Russian GRU General", "A total of 2,449 defenders left the territory of Azovstal",
             subject="s", measure="m", as_of=date(2022, 5, 20), as_of_precision="day", status="rejected")
    assert read_series(seeded) == {}


def test_many_conflicts_are_counted_but_listing_stops():
    many = [point(1000 + i, day="2024-01-01") for i in range(60)]  # 60 different exact values, same day
    found = conflicts(many, limit=100)
    assert found.total == 60 * 59 // 2 and len(found) == 100


def test_a_year_long_claim_reaches_claims_inside_its_year():
    year = point(100, "approximately", day="2023-01-01", precision="year")
    dailies = [point(100, day=f"2023-0{m}-15") for m in range(1, 10)]
    odd = point(5000, day="2023-11-20")
    found = conflicts([year, *dailies, odd])
    assert {c.claim_ids for c in found} >= {(year.claim_id, odd.claim_id)}
    assert all(odd.claim_id in c.claim_ids for c in found)


def test_series_follow_changes_without_reading_again(seeded):
    from curator.series import SeriesSet

    first = claim_on(seeded, "Azov commander says", "More than 900 defenders of Mariupol remain in Russian captivity",
                     subject="Mariupol defenders", measure="in captivity")
    kept = SeriesSet(seeded)
    captivity = SeriesKey("Mariupol defenders", "in captivity")
    assert [p.value for p in kept.series[captivity].points] == [900]

    edit = ops.update_claim(seeded, first, {"value": 950})
    assert kept.apply(edit) == {captivity}
    assert [p.value for p in kept.series[captivity].points] == [950]

    moved = ops.update_claim(seeded, first, {"subject": "Azovstal garrison"})
    assert kept.apply(moved) == {captivity, SeriesKey("Azovstal garrison", "in captivity")}
    assert captivity not in kept.series

    rejected = ops.update_claim(seeded, first, {"status": "rejected"})
    kept.apply(rejected)
    assert kept.series == {}
    kept.apply(seeded.apply(rejected.inverse()))  # undo
    assert [p.value for p in kept.series[SeriesKey("Azovstal garrison", "in captivity")].points] == [950]
    assert {k: [p.claim_id for p in s.points] for k, s in kept.series.items()} == \
        {k: [p.claim_id for p in s.points] for k, s in read_series(seeded).items()}
