"""What the chart shows, decided in the core: grouping, fading, conflicts kept per
series, hover text and the plotted points as CSV. No display needed."""

from __future__ import annotations

import csv
from datetime import date

from curator import operations as ops
from curator import plotting, queries
from curator.exports.points import POINT_COLUMNS, write_points
from curator.series import APPROXIMATE, EXACT, PointList, SeriesKey
from tests.curation_helpers import claim_on

GARRISON = SeriesKey("Azovstal garrison", "left Azovstal")


def _sample(project):
    """The sample conflict: 2,500 (16 May, checked), 2,449 (20 May, draft), around 2,500
    (20 May), and a claim of another series."""
    day = {"subject": "Azovstal garrison", "measure": "left Azovstal", "as_of_precision": "day"}
    evacuated = claim_on(project, "Over 1,900 defenders", "the evacuation of 2,500 Ukrainian soldiers",
                         as_of=date(2022, 5, 16), status="checked", reported_by="Ukrainska Pravda", **day)
    left = claim_on(project, "Russian GRU General", "A total of 2,449 defenders left the territory of Azovstal",
                    as_of=date(2022, 5, 20), reported_by="RBC-Ukraine", **day)
    around = claim_on(project, "Over 1,200 Azovstal", "around 2,500 defenders from various units",
                      as_of=date(2022, 5, 20), status="checked", **day)
    other = claim_on(project, "Russia delaying exchange", "more than 2,500 defenders from Azovstal",
                     subject="Azovstal defenders", measure="in captivity", as_of=date(2023, 1, 1))
    return evacuated, left, around, other


def test_layout_groups_by_source_kind_and_shade(seeded):
    evacuated, left, around, _other = _sample(seeded)
    chart = plotting.Chart(seeded)
    layout = chart.layout(plotting.View(frozenset({GARRISON})))
    assert {p.claim_id for p in layout.points} == {evacuated, left, around}
    assert layout.sources == ["(unknown)", "RBC-Ukraine", "Ukrainska Pravda"]
    assert {key: [p.claim_id for p in layout.members(key)] for key in layout.groups} == {
        ("Ukrainska Pravda", EXACT, False): [evacuated],
        ("RBC-Ukraine", EXACT, True): [left],  # a draft: faded
        ("(unknown)", APPROXIMATE, False): [around],
    }
    assert layout.highest == 2500 and layout.lowest == 2449
    hidden = chart.layout(plotting.View(frozenset({GARRISON}), show_faded=False))
    assert {p.claim_id for p in hidden.points} == {evacuated, around}
    assert {key: [p.claim_id for p in hidden.members(key)] for key in hidden.groups} == {
        ("Ukrainska Pravda", EXACT, False): [evacuated], ("(unknown)", APPROXIMATE, False): [around]}
    by_person = chart.layout(plotting.View(frozenset({GARRISON}), colour_by="person"))
    assert by_person.sources == ["(unknown)"]
    both = frozenset({GARRISON, SeriesKey("Azovstal defenders", "in captivity")})
    by_series = chart.layout(plotting.View(both, colour_by="series", show_faded=False))
    assert {key: [p.claim_id for p in by_series.members(key)] for key in by_series.groups} == {
        (GARRISON.label, EXACT, False): [evacuated], (GARRISON.label, APPROXIMATE, False): [around]}
    for drawn in (layout, hidden, by_person, by_series):  # the arrays are the points, in their order
        assert drawn.columns.x.tolist() == [p.x for p in drawn.points]
        assert drawn.columns.value.tolist() == [p.value for p in drawn.points]


def test_a_drawn_point_is_found_by_its_claim(seeded):
    evacuated, left, _around, other = _sample(seeded)
    chart = plotting.Chart(seeded)
    view = plotting.View(frozenset({GARRISON}))
    assert chart.find(view, evacuated).claim_id == evacuated
    assert chart.find(view, other) is None  # its series is not ticked
    assert chart.find(plotting.View(frozenset({GARRISON}), show_faded=False), left) is None  # a draft, hidden
    assert sorted(chart.layout(view).columns.value.tolist()) == [2449, 2500, 2500]
    assert chart.apply(ops.update_claim(seeded, left, {"value": 2450, "status": "checked"}))
    assert chart.find(view, left).value == 2450  # the point as it is now, and its arrays too
    assert sorted(chart.layout(view).columns.value.tolist()) == [2450, 2500, 2500]
    assert chart.find(plotting.View(frozenset({GARRISON}), show_faded=False), left).value == 2450


def test_conflicts_are_kept_per_series_and_found_again_only_where_claims_changed(seeded, monkeypatch):
    evacuated, left, _around, other = _sample(seeded)
    chart = plotting.Chart(seeded)
    both = plotting.View(frozenset({GARRISON, SeriesKey("Azovstal defenders", "in captivity")}))
    assert [set(c.claim_ids) for c in chart.conflicts(both)] == [{evacuated, left}]
    looked, around = [], []
    real, real_around = plotting.conflicts_of, plotting.conflicts_around
    monkeypatch.setattr(plotting, "conflicts_of",
                        lambda columns, window: looked.append(PointList(columns)) or real(columns, window))
    monkeypatch.setattr(plotting, "conflicts_around", lambda cached, before, after, changed, window: (
        around.append(changed) or real_around(cached, before, after, changed, window)))
    chart.conflicts(both)
    assert looked == []  # nothing changed: nothing computed again
    assert chart.apply(ops.update_claim(seeded, other, {"value": 3000}))
    assert [set(c.claim_ids) for c in chart.conflicts(both)] == [{evacuated, left}]
    assert looked == [] and around == [{str(other)}]  # around the edited claim, in its series only
    assert chart.apply(ops.update_claim(seeded, left, {"value": 2500}))  # the figures now agree
    assert chart.conflicts(both) == []
    narrower = plotting.View(both.ticked, window_days=2)
    assert chart.conflicts(narrower) == [] and chart.conflicts(both).total == 0


def test_a_vocabulary_change_regroups_the_series(seeded):
    _sample(seeded)
    chart = plotting.Chart(seeded)
    assert SeriesKey("Azovstal defenders", "in captivity") in chart.series
    assert chart.apply(ops.add_term(seeded, "subject", "Azovstal garrison", ["Azovstal defenders"]))
    assert SeriesKey("Azovstal garrison", "in captivity") in chart.series
    assert SeriesKey("Azovstal defenders", "in captivity") not in chart.series


def test_hover_text_reads_the_quote_once_and_again_after_evidence_changes(seeded, monkeypatch):
    evacuated, *_ = _sample(seeded)
    chart = plotting.Chart(seeded)
    (point,) = [p for p in chart.series[GARRISON].points if p.claim_id == evacuated]
    reads = []
    real = queries.first_quotes
    monkeypatch.setattr(queries, "first_quotes", lambda project, ids: reads.append(ids) or real(project, ids))
    said = chart.describe(point)
    assert (said.value, said.when, said.reported_by, said.status) == ("2,500", "2022-05-16", "Ukrainska Pravda",
                                                                       "checked")
    assert said.quote == "the evacuation of 2,500 Ukrainian soldiers"
    chart.describe(point)
    assert len(reads) == 1  # hovering again asks nothing of the database
    (evidence,) = queries.evidence(seeded, evacuated)
    chart.apply(ops.remove_evidence(seeded, evidence.id))
    assert chart.describe(point).quote == "" and len(reads) == 2
    chart.describe(point)
    assert len(reads) == 2


def test_plotted_points_as_csv(seeded, tmp_path):
    _evacuated, _left, around, _other = _sample(seeded)
    chart = plotting.Chart(seeded)
    layout = chart.layout(plotting.View(frozenset({GARRISON})))
    titles = queries.cited_titles(seeded, [p.claim_id for p in layout.points])
    write_points(tmp_path / "points.csv", layout.points, titles)
    with (tmp_path / "points.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(POINT_COLUMNS) and len(rows) == 3
    row = next(r for r in rows if r["claim_id"] == str(around))
    assert (row["series"], row["value"], row["qualifier"], row["low"], row["high"], row["as_of"], row["precision"]) == (
        "Azovstal garrison · left Azovstal", "2500", "approximately", "2250", "2750", "2022-05-20", "day")
    assert row["documents"] == "Over 1,200 Azovstal Defenders Returned From Russian Captivity Yusov"


def test_the_value_axis_names_the_measure_and_unit_or_says_they_differ():
    from curator.plotting import Layout

    point = object()
    assert Layout().value_axis() == ""
    assert Layout([point], measures=["in captivity"], units=["people"]).value_axis() == "in captivity · people"
    assert Layout([point], measures=["in captivity", "returned"]).value_axis() == "in captivity / returned"
    assert (Layout([point], measures=["in captivity"], units=["%", "people"]).value_axis()
            == "in captivity · mixed units: %, people")
    many = ["captured", "in captivity", "left Azovstal", "returned"]
    assert Layout([point], measures=many, units=["people"]).value_axis() == "Value · people"  # too long to fit


def test_a_series_is_identified_by_its_vocabulary_entries_not_its_spelling(seeded):
    claim_on(seeded, "Azov commander says", "More than 900 defenders of Mariupol remain in Russian captivity",
             subject="Mariupol defenders", measure="in captivity")
    term_id = ops.add_term(seeded, "subject", "Mariupol defenders").result
    chart = plotting.Chart(seeded)
    (key,) = chart.series
    identity = chart.identity(key)
    assert identity.startswith(str(term_id))
    ops.update_term(seeded, term_id, {"name": "Defenders of Mariupol", "aliases": ["Mariupol defenders"]})
    renamed = plotting.Chart(seeded)
    (new_key,) = renamed.series
    assert new_key.label == "Defenders of Mariupol · in captivity"
    assert renamed.identity(new_key) == identity and renamed.keys_of([identity]) == {new_key}


def test_only_ticked_series_are_read_and_those_set_aside_are_let_go_beyond_a_bound(seeded, monkeypatch):
    """The chart knows every series' size without reading a claim; a series' points are
    read when it is ticked, kept when it is unticked (ticking it again is instant) and
    let go once more than ``KEEP_POINTS`` are set aside."""
    _sample(seeded)
    chart = plotting.Chart(seeded)
    other = SeriesKey("Azovstal defenders", "in captivity")
    assert {key: each.count for key, each in chart.series.items()} == {GARRISON: 3, other: 1}

    def read() -> set[SeriesKey]:
        return {key for key, each in chart.series.items() if each.loaded}

    assert read() == set()
    assert len(chart.layout(plotting.View(frozenset({GARRISON}))).points) == 3
    assert read() == {GARRISON}
    chart.layout(plotting.View(frozenset({other})))
    assert read() == {GARRISON, other}
    monkeypatch.setattr(plotting, "KEEP_POINTS", 2)
    chart.layout(plotting.View(frozenset({other})))
    assert read() == {other}
