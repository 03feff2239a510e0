"""Suggested claims (issue #16): the figures found in a text, their dates and speakers,
over the gold set and over the traps one by one; accepting and rejecting them."""

from __future__ import annotations

import json
from datetime import date

import pytest

from benchmarks.suggestions import evaluate, same_speaker
from curator import operations, queries
from curator.cli import run
from curator.enums import Precision, Qualifier
from curator.errors import CuratorError
from curator.suggestions import EXTRACTOR, for_documents, suggest


def figures(text: str, published: date | None = date(2025, 3, 12)) -> list[tuple[str, float, str, float | None]]:
    return [(s.quote, s.value, s.qualifier.value, s.upper_value) for s in suggest(text, published)]


def only(text: str, published: date | None = date(2025, 3, 12)):
    found = suggest(text, published)
    assert len(found) == 1, [s.quote for s in found]
    return found[0]


# -- the gold set -----------------------------------------------------------------


def test_the_gold_set_is_found_with_its_dates_and_speakers():
    score = evaluate()
    assert score.gold >= 90
    assert score.recall >= 0.95, [g.words for g in score.missed]
    assert score.precision >= 0.60, [s.quote for s in score.wrong]
    assert score.date_accuracy >= 0.80, [(g.words, s.as_of) for g, s in score.wrong_date]
    assert score.attribution_accuracy >= 0.70, [(g.words, s.attributed_to) for g, s in score.wrong_speaker]


def test_speakers_are_compared_in_any_grammatical_case():
    assert same_speaker("Дмитро Лубінець", "омбудсмана Дмитра Лубінця")
    assert same_speaker("Coordination Headquarters for the Treatment of Prisoners of War", "the headquarters")
    assert not same_speaker("Red Cross", "the organisation")
    assert not same_speaker("", "Ukraine") and same_speaker("", "")


# -- what is a figure --------------------------------------------------------------


@pytest.mark.parametrize(("text", "value", "qualifier", "upper"), [
    ("Ukraine brought home two hundred and fifty service members.", 250, "exact", None),
    ("Forty-five drones were lost.", 45, "exact", None),
    ("About 1.2 million people had been displaced.", 1_200_000, "approximately", None),
    ("Among them were some 300 defenders.", 300, "approximately", None),
    ("Between 1,200 and 1,500 of them were defenders of Azovstal.", 1200, "range", 1500),
    ("Release was promised within three to four months.", 3, "range", 4),
    ("На зустріч прийшли двісті п'ятдесят людей.", 250, "exact", None),
    ("З полону повернули понад 2,5 тис. українців.", 2500, "more than", None),
    ("Близько двох тисяч оборонців досі в полоні.", 2000, "approximately", None),
    ("Від 1200 до 1500 з них – бійці Азову.", 1200, "range", 1500),
    ("У полоні лишаються півтори тисячі захисників.", 1500, "exact", None),
    ("Щонайменше 900 бійців досі в полоні.", 900, "at least", None),
    ("Прийшли до 500 осіб.", 500, "at most", None),
])
def test_figures_in_digits_and_words_with_their_qualifiers(text, value, qualifier, upper):
    found = only(text)
    assert (found.value, found.qualifier.value, found.upper_value) == (value, qualifier, upper)


@pytest.mark.parametrize(("text", "unit"), [
    ("Roughly 10% of them are civilians.", "%"),
    ("Up to 15 percent of them need care.", "%"),
    ("Не менше 40 відсотків звернень стосуються зниклих.", "%"),
    ("Each family received a grant of UAH 25,000.", "UAH"),
    ("The company raised $17 million.", "USD"),
    ("He spent 736 days in captivity.", "days"),
    ("Він провів у полоні двісті тридцять днів.", "днів"),
])
def test_units(text, unit):
    assert only(text).unit == unit


@pytest.mark.parametrize("text", [
    "On May 16, 2022, the evacuation began.",
    "By Olena Marchenko, 34, staff correspondent | 14:35, 12 March 2025 | 3 min read",
    "Article ID 20250312118",
    "Families can call the hotline at +380 44 287 31 12.",
    "Контакт-центр працює за номером 0 800 300 582.",
    "The exchange was the 62nd since February 2022.",
    "Page 1 of 2",
    "Фото: 3 з 10",
    "Автор: Ірина Коваль, 41 рік.",
    "Наступна акція – 1 грудня о 12:00.",
    "Read also: '1,000-for-1,000' exchange",
    "An Su-25 and a 28-year-old marine were seen in 2023.",
    "Posted 2:18 AM (Updated: 10:35 AM)",
    "It is one of the largest exchanges.",
    "Тисячі людей вийшли на акцію.",
])
def test_dates_times_years_ages_ids_phones_and_furniture_are_not_figures(text):
    assert figures(text) == []


def test_a_figure_beside_a_date_is_found_and_the_date_is_not():
    assert figures("On May 16, 2022, 2,500 soldiers left the plant.") == [("2,500", 2500, "exact", None)]
    assert figures("16-17 травня вийшли 2439 захисників.") == [("2439", 2439, "exact", None)]


# -- the date a figure holds for --------------------------------------------------------


def test_a_day_without_a_year_takes_the_publications_year_or_the_one_before():
    published = date(2025, 1, 5)
    assert only("On Jan. 3, 207 POWs returned.", published).as_of == date(2025, 1, 3)
    assert only("On Dec. 30, 207 POWs returned.", published).as_of == date(2024, 12, 30)
    assert only("30 грудня повернули 207 полонених.", published).as_of == date(2024, 12, 30)


def test_dates_keep_their_precision_and_fall_back_to_the_publication():
    published = date(2024, 5, 20)
    month = only("In March, fewer than 30 came back.", published)
    assert (month.as_of, month.as_of_precision) == (date(2024, 3, 1), Precision.MONTH)
    year = only("As of 2023, only every fifth of almost 2,500 captured defenders was returned.", published)
    assert (year.as_of, year.as_of_precision) == (date(2023, 1, 1), Precision.YEAR)
    today = only("As of today, 1,279 of them have been returned.", published)
    assert (today.as_of, today.as_of_precision) == (published, Precision.DAY)
    monday = only("As many as 1,900 are still held, the brigade said on Monday.", date(2024, 5, 22))
    assert monday.as_of == date(2024, 5, 20)
    stated = only("207 Ukrainian POWs returned home.", published)
    assert (stated.as_of, stated.as_of_precision) == (published, Precision.DAY)
    assert only("207 Ukrainian POWs returned home.", None).as_of is None


def test_a_date_that_starts_a_period_is_not_the_figures_date():
    found = only("Since February 2022, 3,035 Ukrainians have been returned.", date(2024, 2, 1))
    assert found.as_of == date(2024, 2, 1)


# -- who said it -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("More than 900 defenders remain in captivity, Denys Prokopenko, commander of the Azov Regiment, told media.",
     "Denys Prokopenko"),
    ("According to Ombudsman Dmytro Lubinets, 3,035 Ukrainians have been returned.", "Ombudsman Dmytro Lubinets"),
    ("President Volodymyr Zelenskyy said on June 6, 2022 that more than 2,500 defenders were held.",
     "President Volodymyr Zelenskyy"),
    ("We will return 900 captured Azov fighters home, said the Azov regiment.", "the Azov regiment"),
    ("За словами Дмитра Лубінця, з полону повернули понад 4,5 тис. українців.", "Дмитра Лубінця"),
    ("Понад 1900 захисників досі в полоні, повідомили в Координаційному штабі.", "Координаційному штабі"),
    ("Прийшли до 500 осіб, повідомила поліція.", "поліція"),
    ("Генштаб: ворог завдав 23 авіаудари.", "Генштаб"),
    ("Ukraine brought home 250 service members on March 11, the Coordination Headquarters for the Treatment of "
     "Prisoners of War said.", "the Coordination Headquarters for the Treatment of Prisoners of War"),
])
def test_speakers(text, speaker):
    assert only(text).attributed_to == speaker


def test_a_quote_belongs_to_whoever_the_words_after_it_name_even_in_the_next_sentence():
    text = ("«Близько двох тисяч оборонців досі в полоні», – сказав Лубінець. «Від 1200 до 1500 з них – бійці Азову». "
            "Він також зазначив, що приблизно 10% звільнених потребують реабілітації.")
    assert [s.attributed_to for s in suggest(text, date(2025, 2, 6))] == ["Лубінець"] * 3
    english = ('"In total, around 2,500 defenders were evacuated. As of today, 1,279 of them have been returned," '
               "Yusov said. He added that 455 of those freed were Azov fighters.")
    assert [s.attributed_to for s in suggest(english, date(2025, 5, 29))] == ["Yusov"] * 3


def test_a_sentence_that_names_the_source_of_the_one_before():
    text = "Україна повернула додому 150 військовослужбовців. Про це повідомив Координаційний штаб."
    assert only(text).attributed_to == "Координаційний штаб"


# -- a project's suggestions --------------------------------------------------------


@pytest.fixture
def suggested(seeded):
    """The seeded project and the suggestions of the Kyiv Independent article."""
    document = next(d for d in queries.documents(seeded, characters=False) if d.title.startswith("Azov commander"))
    return seeded, document, for_documents(seeded, [document.id])[document.id]


def test_accepting_makes_a_claim_citing_the_words_with_the_fields_filled(suggested):
    project, document, found = suggested
    chosen = next(s for s in found if s.quote == "More than 900")
    changes = operations.accept_suggestions(project, [chosen])
    claim = queries.claim(project, changes.result[0])
    assert (claim.value, claim.qualifier, claim.as_of, claim.as_of_precision) == (
        900, Qualifier.MORE_THAN, date(2024, 2, 1), Precision.DAY)
    assert claim.attributed_to == "Denys Prokopenko"
    assert claim.reported_by == "The Kyiv Independent" and claim.suggested_by == EXTRACTOR
    [evidence] = queries.evidence(project, claim.id)
    assert evidence.quote == "More than 900"
    # accepted, it is no longer suggested; undone, it is again
    assert chosen.start not in [s.start for s in for_documents(project, [document.id])[document.id]]
    project.apply(changes.inverse())
    assert queries.claim(project, claim.id) is None
    assert chosen.start in [s.start for s in for_documents(project, [document.id])[document.id]]


def test_accepting_several_at_once_is_one_step(suggested):
    project, document, found = suggested
    changes = operations.accept_suggestions(project, found[:3])
    assert len(changes.result) == 3
    assert len(for_documents(project, [document.id])[document.id]) == len(found) - 3


def test_accepting_words_already_evidence_is_refused(suggested):
    project, _document, found = suggested
    operations.accept_suggestions(project, [found[0]])
    with pytest.raises(CuratorError, match="already the evidence"):
        operations.accept_suggestions(project, [found[0]])


def test_a_rejected_suggestion_does_not_come_back_until_the_rejection_is_undone(suggested):
    project, document, found = suggested
    rejected = operations.reject_suggestions(project, [found[1]])
    again = for_documents(project, [document.id])[document.id]
    assert (found[1].start, found[1].end) not in [(s.start, s.end) for s in again]
    assert len(again) == len(found) - 1
    project.apply(rejected.inverse())
    assert len(for_documents(project, [document.id])[document.id]) == len(found)


def test_deleting_a_document_takes_its_rejections_with_it(suggested):
    project, document, found = suggested
    operations.reject_suggestions(project, found[:2])
    for claim in queries.claims(project, document.id):
        operations.delete_claim(project, claim.id)
    operations.delete_document(project, document.id)
    with project.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM rejection").scalar() == 0


# -- the command line -----------------------------------------------------------------


def test_suggest_prints_every_field_as_json(seeded, capsys):
    seeded.close()
    assert run(["suggest", str(seeded.path), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found) > 20
    first = next(s for s in found if s["quote"] == "More than 900")
    assert {"document_id", "start", "end", "quote", "value", "upper_value", "qualifier", "unit", "as_of",
            "as_of_precision", "attributed_to", "measure", "subject", "confidence"} <= set(first)
    assert (first["value"], first["qualifier"], first["as_of"]) == (900, "more than", "2024-02-01")


def test_an_unknown_command_prints_the_usage_and_exits_2(tmp_path, capsys):
    from curator.__main__ import main

    with pytest.raises(SystemExit) as exited:
        main(["suggestt", str(tmp_path / "p.curator")])
    assert exited.value.code == 2
    assert "usage" in capsys.readouterr().err
