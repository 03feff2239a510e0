"""Series, bounds, date spans and conflicts, computed without a display."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import numpy as np
import pytest

from curator import operations as ops
from curator import queries
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


def test_points_read_as_arrays_are_the_points_each_claim_makes(project):
    """The chart reads a series' figures straight into numpy arrays; every qualifier,
    precision and status gives the point :func:`point_from_claim` gives, in date order,
    and claims without a value or a date are listed apart."""
    from itertools import product

    from curator.series import Columns, SeriesSet

    made = []
    for n, (qualifier, precision, status) in enumerate(product(
            ["exact", "approximately", "more than", "at least", "less than", "at most", "range"],
            ["day", "month", "year", None], ["draft", "checked", "disputed"])):
        values = {"subject": "Garrison ", "measure": "held", "value": -40.0 + n * 7.5, "qualifier": qualifier,
                  "upper_value": (n * 11.0 if n % 3 else None) if qualifier == "range" else None,
                  "as_of": date(2020 + n % 4, 1 + n % 12, 1 + n % 28), "as_of_precision": precision,
                  "status": status, "unit": " people" if n % 2 else "", "attributed_to": f"p{n % 3}",
                  "reported_by": f"o{n % 5}"}
        made.append(ops.create_claim(project, values).result)
    undated = ops.create_claim(project, {"subject": "Garrison", "measure": "held", "value": 5}).result
    ops.create_claim(project, {"subject": "Garrison", "measure": "held", "value": 5, "status": "rejected",
                               "as_of": date(2022, 1, 1)})
    ops.create_claim(project, {"subject": "other", "measure": "held", "value": 5, "as_of": date(2022, 1, 1)})

    key = SeriesKey("Garrison", "held")
    kept = SeriesSet(project)
    assert kept.series[key].count == len(made) + 1 and not kept.series[key].loaded  # counted, not read
    read = kept.series[key]
    expected = sorted((point_from_claim(claim, key) for claim in queries.claims(project)
                       if claim.id in set(made)), key=lambda p: p.start)
    assert list(read.points) == expected
    assert read.unplotted == [undated]
    by_hand = Columns.of(expected)
    for name in Columns.ARRAYS:
        assert np.array_equal(getattr(read.columns, name), getattr(by_hand, name)), name
    for name in Columns.CATEGORIES:
        values = getattr(read.columns, name)
        assert [values[i] for i in range(len(made))] == [getattr(by_hand, name)[i] for i in range(len(made))], name


def test_edits_keep_a_read_series_as_if_read_again(project):
    """An edit, a new claim, a deletion and a rejection change a series that was read
    in place; the result is what reading it again gives."""
    from curator.series import SeriesSet

    key = SeriesKey("garrison", "held")
    ids = [ops.create_claim(project, {"subject": "garrison", "measure": "held", "value": v,
                                      "as_of": date(2022, 5, v)}).result for v in (1, 2, 3, 4)]
    kept = SeriesSet(project)
    assert [p.value for p in kept.series[key].points] == [1, 2, 3, 4]
    for edit in (lambda: ops.update_claim(project, ids[0], {"as_of": date(2022, 5, 9), "value": 9}),
                 lambda: ops.create_claim(project, {"subject": "garrison", "measure": "held", "value": 5,
                                                    "as_of": date(2022, 5, 5)}),
                 lambda: ops.delete_claim(project, ids[1]),
                 lambda: ops.update_claim(project, ids[2], {"status": "rejected"}),
                 lambda: ops.update_claim(project, ids[3], {"as_of": None})):
        assert kept.apply(edit()) == {key}
        again = SeriesSet(project).series[key]
        assert list(kept.series[key].points) == list(again.points)
        assert kept.series[key].unplotted == again.unplotted and kept.series[key].count == again.count
    assert [p.value for p in kept.series[key].points] == [5, 9]


def test_conflicts_found_around_an_edit_are_those_found_over_the_whole_series():
    """After edits of a few claims, the conflicts found again around them alone are the
    conflicts of the whole series found again (pairs and total), whatever the edits."""
    import random

    from curator.series import Columns, conflicts_around, conflicts_of

    rng = random.Random(17)
    qualifiers = ["exact", "approximately", "more than", "at least", "less than", "at most", "range"]

    def random_point(claim_id=None):
        made = point(rng.choice([100, 110, 120, 200]), rng.choice(qualifiers), day=f"2024-0{rng.randint(1, 6)}-1{rng.randint(0, 9)}",
                     precision=rng.choice(["day", "day", "month", "year"]), upper=rng.choice([150, 90]))
        if claim_id is not None:
            made.claim_id = claim_id
        return made

    def by_start(points):
        return Columns.of(sorted(points, key=lambda p: p.start))

    def pairs(found):
        return {frozenset(c.claim_ids) for c in found}

    points = [random_point() for _ in range(80)]
    for _ in range(12):
        before = by_start(points)
        cached = conflicts_of(before, limit=10_000)
        edited = rng.sample(range(len(points)), rng.randint(1, 4))
        for i in edited:
            points[i] = random_point(points[i].claim_id)
        after = by_start(points)
        changed = {str(points[i].claim_id) for i in edited}
        found = conflicts_around(cached, before, after, changed, limit=10_000)
        whole = conflicts_of(after, limit=10_000)
        assert pairs(found) == pairs(whole) and found.total == whole.total == len(whole)
        assert all(c.a.start <= c.b.start for c in found)


def test_a_series_too_dense_to_compare_every_pair_says_how_many_it_found_at_least():
    """Comparing stops after so many pairs, nearest in time first: the conflicts listed
    are true ones, the total is a lower bound and the list says it is not complete;
    an edit afterwards keeps it a lower bound."""
    import dataclasses

    from curator.series import Columns, conflicts_around, conflicts_of

    days = [f"2024-05-{1 + i % 28:02d}" for i in range(60)]
    points = sorted((point(100 + i, day=day) for i, day in enumerate(days)), key=lambda p: p.start)
    columns = Columns.of(points)
    every = conflicts_of(columns, limit=10_000)
    assert every.complete and every.total == len(every) == 60 * 59 // 2
    few = conflicts_of(columns, limit=10_000, compared=200)
    assert not few.complete and 0 < few.total == len(few) < every.total
    assert {c.claim_ids for c in few} <= {c.claim_ids for c in every}
    edited = dataclasses.replace(points[5], value=1.0, low=1.0, high=1.0)
    changed = Columns.of([*points[:5], edited, *points[6:]])
    after = conflicts_around(few, columns, changed, {str(edited.claim_id)}, limit=10_000)
    truth = conflicts_of(changed, limit=10_000)
    assert not after.complete and len(after) <= after.total <= truth.total
    assert {c.claim_ids for c in after} <= {c.claim_ids for c in truth}


def test_many_claims_changed_at_once_keep_a_read_series_as_if_read_again(project):
    """A merge or an import writes many claims in one operation: the series read is
    changed in one pass, and is what reading it again gives."""
    from curator.series import SeriesSet
    from curator.storage.changes import Changes

    key = SeriesKey("garrison", "held")
    ids = [ops.create_claim(project, {"subject": "garrison", "measure": "held", "value": v,
                                      "as_of": date(2022, 5, 1 + v)}).result for v in range(25)]
    kept = SeriesSet(project)
    assert len(kept.series[key].points) == 25
    edits = [ops.update_claim(project, claim_id, {"value": 100 + i}) for i, claim_id in enumerate(ids[:20])]
    edits.append(ops.delete_claim(project, ids[20]))
    assert kept.apply(Changes("merge", [row for edit in edits for row in edit.rows])) == {key}
    again = SeriesSet(project).series[key]
    assert list(kept.series[key].points) == list(again.points) and len(again.points) == 24
