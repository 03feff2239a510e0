"""Suggested claims: the figures a document states, with their qualifier, unit, the date
they hold for and who said them, found by rules and small dictionaries (English and
Ukrainian), offline.

:func:`suggest` reads one text; :func:`for_documents` reads a project's documents and
leaves out what a curator already made evidence of or rejected. A curator decides on
every suggestion: accepting one is :func:`curator.operations.accept_suggestions`,
rejecting one :func:`curator.operations.reject_suggestions`.

What is a figure: a quantity stated in the text (a count, an amount, a percentage, a
duration), in digits or in words, with the words that qualify it ("more than", "близько")
or make it a range ("between 1,200 and 1,500", "від 1200 до 1500"). What is not: dates,
times, years, ordinals, numbers in names ("Su-25", "1,000-for-1,000"), identifiers,
phone numbers and page furniture ("2 min read"). Qt-free.
"""

from __future__ import annotations

import re
import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate

from curator import numerals
from curator.enums import Precision, Qualifier
from curator.figures import _NUMBER, _qualifier_before, parse_number
from curator.jobs import CancelCheck, Progress, check, never_cancelled, no_progress

#: Which rules made a suggestion; a claim accepted from one records it (``suggested_by``).
EXTRACTOR = "curator-figures 1"


@dataclass(frozen=True)
class Suggestion:
    """A figure found in a text: code-point offsets into it and the fields of a claim."""

    start: int
    end: int
    quote: str
    value: float
    qualifier: Qualifier = Qualifier.EXACT
    upper_value: float | None = None
    unit: str = ""
    as_of: date | None = None
    as_of_precision: Precision | None = None
    attributed_to: str = ""
    measure: str = ""
    subject: str = ""
    confidence: float = 0.5
    document_id: uuid.UUID | None = None

    def claim_values(self) -> dict:
        """The claim this suggestion proposes, as :func:`curator.operations.create_claim` takes it."""
        return {"value": self.value, "upper_value": self.upper_value, "qualifier": self.qualifier,
                "unit": self.unit, "as_of": self.as_of, "as_of_precision": self.as_of_precision,
                "attributed_to": self.attributed_to, "measure": self.measure, "subject": self.subject,
                "suggested_by": EXTRACTOR}

    def as_json(self) -> dict:
        data = asdict(self)
        data["document_id"] = str(self.document_id) if self.document_id else None
        data["qualifier"] = self.qualifier.value
        data["as_of"] = self.as_of.isoformat() if self.as_of else None
        data["as_of_precision"] = self.as_of_precision.value if self.as_of_precision else None
        return data


@dataclass(frozen=True)
class Vocabulary:
    """The project's names, to put a near name in place of the words found:
    (kind, name, aliases) for subjects, measures, people and organisations."""

    entries: tuple[tuple[str, str, tuple[str, ...]], ...] = ()


class Spans:
    """Stretches of text, (start, end) pairs, asked whether they overlap or cover a
    stretch in logarithmic time (a long document has thousands of each)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.spans = ordered
        #: the furthest end among the spans up to each one: any overlap shows in it
        self.reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end

    def around(self, position: int) -> tuple[int, int] | None:
        """The last span starting at or before ``position`` that holds it."""
        i = bisect_right(self.starts, position)
        while i > 0:
            i -= 1
            if self.spans[i][1] > position:
                return self.spans[i]
            if self.reach[i] <= position:
                return None
        return None


# ---------------------------------------------------------------------------
# Sentences

_ABBREVIATIONS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "st", "lt", "col", "gen", "maj", "capt", "sgt", "prof", "no", "vs", "etc", "approx", "est", "dept", "gov", "sen", "rep", "u.s", "u.k", "e.g", "i.e", "inc", "ltd", "co", "corp", "jr", "sr", "ім", "ст", "вул", "р", "тис", "млн", "млрд", "грн", "див", "пор", "напр", "т.зв", "др", "проф", "акад", "ген", "полк", "підполк"])
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»']?\s+(?=[\"“«'‘(\[]?[A-ZА-ЯІЇЄҐ0-9])|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split at a full stop, question or exclamation mark
    before a capital (not after "Feb." or "Lt."), and at every line break."""
    bounds = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().strip("\n") == match.group() or "\n" not in match.group():
            before = text[start: match.start()]
            word = re.search(r"([\w.]+)\.[\"”»']?$", before)
            if word and (word[1].lower() in _ABBREVIATIONS or (len(word[1]) == 1 and word[1].isupper())):
                continue
        if text[start: match.start()].strip():
            bounds.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        bounds.append((start, len(text)))
    return bounds


# ---------------------------------------------------------------------------
# Dates

_EN_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
              "oct": 10, "nov": 11, "dec": 12}
_UK_MONTHS = {"січ": 1, "лют": 2, "берез": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8,
              "верес": 9, "жовт": 10, "листопад": 11, "груд": 12}
_EN_MONTH = (r"(?:January|Jan\.?|February|Feb\.?|March|Mar\.|April|Apr\.?|May|June|Jun\.|July|Jul\.|August|Aug\.?"
             r"|September|Sept?\.?|October|Oct\.?|November|Nov\.?|December|Dec\.?)(?![\w])")
#: Ukrainian months in the genitive ("20 травня") and in the locative ("у травні").
_UK_MONTH_OF = r"(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)"
_UK_MONTH_IN = r"(?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні)"
_UK_MONTH_NAMED = r"(?:січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень)"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_DAY_JOIN = r"\s*(?:-|–|—|and|&|і|та|й|,)\s*"
#: Each date pattern, and the precision it states; groups: day, month, year (any may be absent).
_DATE_PATTERNS = [
    (re.compile(rf"\b(?P<month>{_EN_MONTH})\s+(?P<day>\d{{1,2}}){_ORD}"
                rf"(?:{_DAY_JOIN}(?:{_EN_MONTH}\s+)?(?P<last>\d{{1,2}}){_ORD})?"
                rf"(?:,?\s+(?P<year>{_YEAR}))?(?![\d])"), Precision.DAY),
    (re.compile(rf"\b(?P<day>\d{{1,2}}){_ORD}(?:{_DAY_JOIN}(?P<last>\d{{1,2}}){_ORD})?\s+(?:of\s+)?"
                rf"(?P<month>{_EN_MONTH}|{_UK_MONTH_OF})(?:,?\s+(?P<year>{_YEAR})(?:\s*(?:року|р\.))?)?",
                re.IGNORECASE), Precision.DAY),
    (re.compile(rf"\b(?P<month>{_EN_MONTH}|{_UK_MONTH_NAMED}|{_UK_MONTH_NAMED.title()})\s+(?P<year>{_YEAR})\b"),
     Precision.MONTH),
    (re.compile(rf"\b(?i:in|during|by|of|since|until|early|late|mid-?|earlier in|later in|end of)\s+"
                rf"(?P<month>{_EN_MONTH})(?!\s*\d)"), Precision.MONTH),
    (re.compile(rf"(?<!\w)(?:у|в|на початку|наприкінці|до кінця)\s+(?P<month>{_UK_MONTH_IN})(?:\s+(?P<year>{_YEAR}))?",
                re.IGNORECASE), Precision.MONTH),
    (re.compile(r"\b(?P<day>\d{1,2})\.(?P<monthnum>\d{1,2})\.(?P<year>(?:19|20)\d{2})\b"), Precision.DAY),
    (re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<monthnum>\d{2})-(?P<day>\d{2})\b"), Precision.DAY),
    (re.compile(rf"\b(?:in|as of|since|by|of|during|until|throughout|end of)\s+(?P<year>{_YEAR})\b", re.IGNORECASE),
     Precision.YEAR),
    (re.compile(rf"(?<!\w)(?P<year>{_YEAR})\s*(?:року|році|рік|р\.)", re.IGNORECASE), Precision.YEAR),
]
#: Words that put a date at the publication's day or before it.
_RELATIVE = re.compile(
    r"(?<!\w)(?P<word>today|yesterday|this week|this year|last year|сьогодні|нині|станом на сьогодні|учора|вчора"
    r"|минулої доби|за минулу добу|за добу|цього року|торік|минулого року)(?!\w)", re.IGNORECASE)
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
             "понеділок": 0, "вівторок": 1, "середу": 2, "четвер": 3, "п'ятницю": 4, "суботу": 5, "неділю": 6}
#: "on Monday", "у неділю": the last such day on or before the publication.
_WEEKDAY = re.compile(r"(?<!\w)(?:on|last|у|в|минулого|минулої)\s+(?P<day>" + "|".join(_WEEKDAYS) + r")(?!\w)",
                      re.IGNORECASE)
#: A date that starts a period ("since February 2022") is not the date a figure holds for.
_SINCE = re.compile(r"(?:since|from|starting|з|із|від|починаючи з|з початку)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Date:
    start: int
    end: int
    value: date | None
    precision: Precision | None
    since: bool = False


def _month_number(word: str) -> int:
    word = word.lower()
    for stem, number in _UK_MONTHS.items():
        if word.startswith(stem):
            return number
    return _EN_MONTHS[word[:3]]


def _resolved(year: int | None, month: int, day: int, published: date | None) -> date | None:
    """A date; without a year, the publication's year (or the year before, when that
    would put it after the publication)."""
    try:
        if year is not None:
            return date(year, month, day)
        if published is None:
            return None
        found = date(published.year, month, day)
        return found if found <= published else date(published.year - 1, month, day)
    except ValueError:
        return None


def dates_in(text: str, published: date | None) -> list[_Date]:
    """Every date a text states, resolved against the publication date."""
    found: list[_Date] = []
    for pattern, precision in _DATE_PATTERNS:
        taken = Spans((d.start, d.end) for d in found)
        for match in pattern.finditer(text):
            if taken.overlaps(match.start(), match.end()):
                continue
            groups = match.groupdict()
            year = int(groups["year"]) if groups.get("year") else None
            if groups.get("month"):
                month = _month_number(groups["month"])
            elif groups.get("monthnum"):
                month = int(groups["monthnum"])
            else:
                month = 1
            day_text = groups.get("last") or groups.get("day")
            day = int(day_text) if day_text and precision is Precision.DAY else 1
            if not 1 <= month <= 12:
                continue
            value = _resolved(year, month, day, published)
            if value is None and year is None and precision is Precision.MONTH and published is not None:
                value = _resolved(None, month, 1, published)
            since = bool(_SINCE.search(text[max(0, match.start() - 25): match.start()]))
            found.append(_Date(match.start(), match.end(), value, precision, since))
    taken = Spans((d.start, d.end) for d in found)
    for match in _RELATIVE.finditer(text):
        if published is None or taken.overlaps(match.start(), match.end()):
            continue
        word = match["word"].lower()
        if word in ("yesterday", "учора", "вчора", "минулої доби", "за минулу добу", "за добу"):
            found.append(_Date(match.start(), match.end(), published - timedelta(days=1), Precision.DAY))
        elif word in ("this year", "цього року"):
            found.append(_Date(match.start(), match.end(), date(published.year, 1, 1), Precision.YEAR))
        elif word in ("last year", "торік", "минулого року"):
            found.append(_Date(match.start(), match.end(), date(published.year - 1, 1, 1), Precision.YEAR))
        else:
            found.append(_Date(match.start(), match.end(), published, Precision.DAY))
    for match in _WEEKDAY.finditer(text):
        if published is None or taken.overlaps(match.start(), match.end()):
            continue
        back = (published.weekday() - _WEEKDAYS[match["day"].lower().replace("’", "'")]) % 7
        found.append(_Date(match.start(), match.end(), published - timedelta(days=back), Precision.DAY))
    found.sort(key=lambda d: d.start)
    return found


# ---------------------------------------------------------------------------
# Figures

_SCALE_AFTER = (r"thousand|million|billion|тис\.?|тисяч[аіуеої]?\w*|млн\.?|мільйон\w*|млрд\.?|мільярд\w*"
                r"|тыс\.?|миллион\w*")
_CURRENCY_BEFORE = {"$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH"}
_UNIT_AFTER = [
    (re.compile(r"\s?(?:%|per\s?cent\b|percent\b|відсот\w*|процент\w*)", re.IGNORECASE), "%"),
    (re.compile(r"\s(?:US\s)?(?:dollars|dollar|USD|доларів|долари|долара|дол\.)(?!\w)", re.IGNORECASE), "USD"),
    (re.compile(r"\s(?:euros?|EUR|євро)(?!\w)", re.IGNORECASE), "EUR"),
    (re.compile(r"\s(?:hryvnias?|hryvnia|UAH|гривень|гривні|гривня|грн\.?)(?!\w)", re.IGNORECASE), "UAH"),
]
#: Durations: the unit as a curator writes it, in the document's language.
_DURATIONS = [
    (re.compile(r"\s(?:days?)\b", re.IGNORECASE), "days"), (re.compile(r"\s(?:weeks?)\b", re.IGNORECASE), "weeks"),
    (re.compile(r"\s(?:months?)\b", re.IGNORECASE), "months"), (re.compile(r"\s(?:years?)\b", re.IGNORECASE), "years"),
    (re.compile(r"\s(?:hours?)\b", re.IGNORECASE), "hours"),
    (re.compile(r"\s(?:днів|дні|день|доби|діб)(?!\w)", re.IGNORECASE), "днів"),
    (re.compile(r"\s(?:тижнів|тижні|тиждень)(?!\w)", re.IGNORECASE), "тижнів"),
    (re.compile(r"\s(?:місяців|місяці|місяць)(?!\w)", re.IGNORECASE), "місяців"),
    (re.compile(r"\s(?:років|роки|рік)(?!\w)", re.IGNORECASE), "років"),
    (re.compile(r"\s(?:годин|години|годину)(?!\w)", re.IGNORECASE), "годин"),
]
#: A number in digits that stands alone: not inside a word, an id, a time or a name.
_DIGITS = re.compile(
    rf"(?<![\w.,:/#№+@])(?<![^\W\d_][-–])(?<!\s-)(?P<currency>[$€£₴]\s?|(?:USD|EUR|UAH|US\$)\s)?(?P<number>{_NUMBER})"
    rf"(?:\s?(?P<scale>{_SCALE_AFTER})(?![\w]))?(?![\w/]|:\d|[.,]\d)", re.IGNORECASE)
_WORDY = re.compile(r"(?<![\w'’ʼ-])" + numerals.WORD.pattern)
#: A word that may be a number ("a" before it kept for "a thousand"), without a final full stop.
_NUMBER_WORD = re.compile(r"(?<![\w'’ʼ`-])(?:(?P<article>an?)\s+)?(?P<word>[^\W\d_]+(?:['’ʼ`-][^\W\d_]+)*)")
_NOT_AFTER = re.compile(
    r"(?:-[^\W\d_]|\s?min(?:ute)?s?\s+read|\s?(?:a\.?m\.?|p\.?m\.?)\b|-?(?:й|го|ї|ий|ого|ої|ої|ому|ій|ша|ше|ше)\b"
    r"|\s+(?:years?|роки|років|рік)\s+(?:old|ago|тому)\b|\s+(?:years? of age|річн\w*))", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"(?:№|#|\bno\.|\bnumber|\bномер|\bpage|\bстор\.|\bp\.|\bphoto|\bфото|\bтел\.?|\bphone|"
                         r"\baged|\bвіком|\bу віці|\bкод|\bid|\bartic\w* id)[\s:]*$", re.IGNORECASE)
_PHONE = re.compile(r"\+?\d{1,3}[\s(.-]{1,2}\d{2,4}[\s).-]{1,2}\d{2,4}[\s.-]\d{2}[\s.-]?\d{2}\b"
                    r"|(?:\+|\b0)\d*(?:[\s()-]{1,2}\d{2,4}){2,}\b")
#: "Page 1 of 2", "Photo: 3/12", "Фото: 3 з 10": where a reader is, not a figure.
_COUNTER = re.compile(r"\b(?:[Pp]age|PAGE|[Pp]hoto|PHOTO|[Ii]mage|[Ss]lide|[Сс]торінка|[Сс]тор\.|[Фф]ото|ФОТО|[Сс]лайд)"
                      r"\s*:?\s*\d+\s*(?:of|з|із|/)\s*\d+")
#: A person's age after their name in a byline: "Olena Marchenko, 34," / "Ірина Коваль, 41 рік".
_AGE = re.compile(r"[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+,\s*(?P<age>\d{1,3})(?:\s*(?:рік|роки|років|years? old))?\s*[,.;)](?!\d)")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_LIST_MARK = re.compile(r"(?m)^\s*\d{1,2}[.)]\s")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)(?:\s*(?:[ap]\.?m\.?|год))?", re.IGNORECASE)
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|of|by|until|till|from|to|and|year|the|early|late|mid|summer|spring|autumn|fall|winter|"
    r"before|after|during|throughout|between|у|в|з|до|від|по|на|року|рік|році|та|і|й|весни|осені|зими|літа)|[-–—])"
    r"\s*$", re.IGNORECASE)
_RANGE_DASH = re.compile(r"^\s?(?:-|–|—)\s?$|^\s+(?:to|до)\s+$", re.IGNORECASE)
_RANGE_AND = re.compile(r"^\s+(?:and|і|й|та)\s+$", re.IGNORECASE)
_BETWEEN = re.compile(r"(?:\bbetween|\bfrom|(?<!\w)від|(?<!\w)між)\s+(?:about\s+|близько\s+)?$", re.IGNORECASE)
#: Number words alone that are pronouns more often than figures ("one of the largest").
_WEAK_WORDS = frozenset({"one", "a", "an", "один", "одна", "одне", "одного", "одної", "однієї", "одному", "одній",
                         "одним", "одною", "однією", "одну", "zero"})


@dataclass
class _Figure:
    start: int
    end: int
    value: float
    scaled: bool
    unit: str = ""
    upper: float | None = None
    qualifier: Qualifier = Qualifier.EXACT
    worded: bool = False


def _is_year(text: str, start: int, number: str, sentence_start: int) -> bool:
    if not re.fullmatch(r"(?:19|20)\d{2}", number):
        return False
    before = text[max(sentence_start, start - 30): start]
    after = text[start + len(number): start + len(number) + 12]
    if not re.match(r"\s+[^\W\d_]", after) or re.match(r"\s*(?:р\.|рр|року|рік|році|years?\b)", after):
        return True
    if _YEAR_BEFORE.search(before):
        return True
    previous = re.search(r"([^\W\d_][\w'’-]*)\s*$", before)
    return bool(previous and previous[1][0].isupper() and before.strip() != previous[1]
                and _qualifier_before(previous[1]) is None)


def _unit_after(text: str, end: int) -> tuple[str, int]:
    tail = text[end: end + 30]
    for pattern, unit in _UNIT_AFTER + _DURATIONS:
        if match := pattern.match(tail):
            return unit, end + match.end()
    return "", end


def _digit_figures(text: str, sentence: tuple[int, int], dates: Spans, excluded) -> list[_Figure]:
    start, end = sentence
    found = []
    for match in _DIGITS.finditer(text, start, end):
        number = match["number"]
        s, e = match.start("number"), match.end()
        if excluded(s, e) or dates.covers(s, match.end("number")):
            continue
        if _NOT_AFTER.match(text, match.end("number")) or _NOT_BEFORE.search(text[max(start, s - 12): s]):
            continue
        if not match["scale"] and _is_year(text, s, number, start):
            continue
        value = parse_number(number)
        if value is None:
            continue
        if len(re.sub(r"\D", "", number)) >= 7 and not re.search(r"[, .\u00a0\u202f]", number):
            continue  # an identifier, not a figure
        scale = numerals.scale_word(match["scale"]) or numerals.scale_word((match["scale"] or "").rstrip(".")) \
            if match["scale"] else None
        currency = (match["currency"] or "").strip()
        unit = _CURRENCY_BEFORE.get(currency, "USD" if currency == "US$" else currency)
        after_unit, unit_end = _unit_after(text, e)
        if after_unit and not unit:
            unit, e = after_unit, unit_end
        found.append(_Figure(match.start(), e, value * (scale or 1), bool(scale), unit))
    return found


def _word_figures(text: str, sentence: tuple[int, int], starts: list[int], excluded) -> list[_Figure]:
    """Figures written in words ("two hundred and fifty", "близько двох тисяч"), from
    ``starts``, the number words of the sentence (and "a" or "an" before a scale)."""
    start, end = sentence
    found = []
    until = start
    for candidate in starts:
        if candidate < until:
            continue
        # the words that follow with only spaces between them, a few at most
        run: list[tuple[int, int, str]] = []
        for match in _WORDY.finditer(text, candidate, min(end, candidate + 120)):
            if run and (text[run[-1][1]: match.start()].strip() or len(run) == 8):
                break
            run.append((match.start(), match.end(), match.group()))
        read = numerals.read_words([w for _, _, w in run])
        if read is None:
            continue
        value, used = read
        first, last = run[0], run[used - 1]
        until = last[1]
        single = numerals.normal(first[2]).rstrip(".")
        scaled = any(numerals.scale_word(numerals.normal(w).rstrip(".")) for _, _, w in run[:used])
        if (used == 1 and single in _WEAK_WORDS) or excluded(first[0], last[1]):
            continue
        # "тисячі людей" are thousands, not a figure; "близько тисячі" is about 1,000
        if used == 1 and numerals.scale_word(single) and _qualifier_before(text[start: first[0]]) is None:
            continue
        e = last[1]
        if text[e - 1] == "." and not numerals.scale_word(numerals.normal(last[2])):
            e -= 1
        if _NOT_AFTER.match(text, e):
            continue
        unit, e = _unit_after(text, e)
        found.append(_Figure(first[0], e, value, scaled, unit, worded=True))
    return found


def _join_ranges(text: str, figures: list[_Figure], sentence_start: int) -> list[_Figure]:
    """Two figures joined by a dash or "to" ("2-4", "three to four", "від 1200 до 1500")
    are one range; with "and" only after "between", "from" or "від"."""
    figures.sort(key=lambda f: f.start)
    joined: list[_Figure] = []
    for figure in figures:
        if joined:
            low = joined[-1]
            between = text[low.end: figure.start] if not low.unit else text[low.end - 0: figure.start]
            prefix = text[sentence_start: low.start]
            dash = _RANGE_DASH.match(between)
            paired = _RANGE_AND.match(between) and _BETWEEN.search(prefix)
            if (dash or paired or (re.match(r"^\s+(?:до)\s+$", between) and _BETWEEN.search(prefix))) \
                    and low.upper is None and figure.upper is None:
                low_value = low.value
                if figure.scaled and not low.scaled:
                    scaled_low = low.value * (_scale_of(text, figure) or 1)
                    low_value = scaled_low if scaled_low < figure.value else low.value
                if figure.value > low_value:
                    joined[-1] = _Figure(low.start, figure.end, low_value, low.scaled or figure.scaled,
                                         figure.unit or low.unit, figure.value, Qualifier.RANGE,
                                         low.worded and figure.worded)
                    continue
        joined.append(figure)
    return joined


def _scale_of(text: str, figure: _Figure) -> int | None:
    match = re.search(rf"(?:{_SCALE_AFTER})", text[figure.start: figure.end], re.IGNORECASE)
    if not match:
        return None
    return numerals.scale_word(match.group()) or numerals.scale_word(match.group().rstrip("."))


# ---------------------------------------------------------------------------
# Who said it

_SAY_EN = (r"said|says|say|told|tells|stated|states|reported|reports|added|adds|noted|notes|announced|announces|"
           r"emphasized|emphasised|stressed|revealed|wrote|writes|claimed|claims|confirmed|confirms|explained|"
           r"declared|estimate|estimated|estimates|informed|specified|clarified|warned")
_SAY_UK = (r"сказа\w*|заяви\w*|заявля\w*|повідоми\w*|повідомля\w*|зазначи\w*|зазнача\w*|наголоси\w*|наголошу\w*|"
           r"розповіл?\w*|розповіда\w*|дода\w*|написа\w*|пише|підкресли\w*|уточни\w*|оголоси\w*|поінформува\w*|"
           r"інформу\w*|звітува\w*|проінформува\w*|каже|кажуть|повідомляють")
_SAY = re.compile(rf"(?<![\w-])(?:{_SAY_EN}|{_SAY_UK})(?![\w-])", re.IGNORECASE)
_ACCORDING = re.compile(
    r"(?<!\w)(?:according to|as reported (?:in|by)|as (?:said|stated|announced) by|за словами|за даними|за інформацією|як повідоми\w*|як заяви\w*|як зазначи\w*|"
    r"як розпові\w*|як сказа\w*|як наголоси\w*|повідомляє|повідомляють|пише|said by)\s+"
    r"(?P<name>[^,.;:!?()]+)", re.IGNORECASE)
_SAID_THEN_NAME = re.compile(
    rf"(?<![\w-])(?:said|says|reported|stated|wrote|added|{_SAY_UK})\s+(?:(?:в|у|на)\s+)?"
    r"(?P<name>(?:the\s+|[а-яіїєґ'’]+[\s,]+){0,6}[A-ZА-ЯІЇЄҐ][^,.;:!?\"“”«»()]*)(?:[,.;:!?]|\s*$)"
    rf"|(?<![\w-])(?:{_SAY_UK})\s+(?:(?:в|у|на)\s+)?(?P<common>[а-яіїєґ'’ ]{{3,60}})[.!?]?\s*$")
_DASH_NAME = re.compile(r"[,.]?\s+[–—]\s+(?P<name>[A-ZА-ЯІЇЄҐa-zа-яіїєґ][^,.;:!?\"“”«»()]{1,60}?)\s*\.?\s*$")
_PRONOUN = re.compile(r"^\s*[\"“«]?(?:he|she|they|він|вона|вони|за (?:його|її|їхніми|їх) словами|the (?:official|minister|ombudsman|spokesperson|"
                      r"spokesman|commander))\b", re.IGNORECASE)
_TRAILING = re.compile(r"(?:\s+(?:then|also|later|earlier|previously|has|had|have|was|were|is|has also|further|"
                       r"recently|once|again|publicly|officially|also|тоді|також|раніше|вже|згодом|ще))+\s*$",
                       re.IGNORECASE)
_LEADING = re.compile(r"^\s*(?:and|but|as|then|while|і|а|але|та|й|як|що|that)\s+", re.IGNORECASE)
#: A sentence that names the source of the one before it: "Про це повідомив штаб",
#: "The headquarters reports this on Telegram."
_BACK_REFERENCE = re.compile(r"^\s*(?:про це|це|об этом)\s|\b(?:reports?|reported|said|announced|stated) (?:this|it)\b"
                             r"|^\s*this was (?:reported|said|announced|stated) by", re.IGNORECASE)
#: "Генштаб: на Курському плацдармі…", "* Zelensky: 207 Ukrainian prisoners…": a name and a colon
#: at the start of a sentence or a bullet.
_COLON_NAME = re.compile(r"(?:^\s*|[*•]\s*)(?P<name>[A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]+){0,2}):\s")
_NOT_SPEAKERS = frozenset(["Update", "Updated", "Photo", "Video", "Watch", "Note", "Source", "Read", "Editors", "Key", "Фото", "Відео", "Джерело", "Оновлено", "Читайте", "Дивіться", "Увага", "UPDATE", "PHOTO", "VIDEO"])
_QUOTES = {"“": "”", "«": "»", '"': '"', "„": "“"}


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", re.sub(r"[\"“”«»]", "", name)).strip(" ,'–—-")
    name = re.sub(r"\s+(?:on|in|at|during|to|that|this|on the|що|у|в|під час|on\s+\w+\.?)\s*$", "", name)
    name = re.sub(r"\s+(?:on|in|at|during)\s+.*$", "", name) if re.search(r"\s(?:on|during)\s", name) else name
    name = _TRAILING.sub("", name)
    name = _LEADING.sub("", name).strip(" ,")
    return "" if re.fullmatch(r"(?:as|it|this|that|which|who|there|here|як|це|що|так|там)", name, re.IGNORECASE) else name


def _is_name(segment: str) -> bool:
    words = segment.split()
    return 0 < len(words) <= 6 and words[0][:1].isupper()


def _speaker_before_verb(clause: str) -> str:
    """The speaker in the words before a verb of saying: the last comma-separated part,
    or the one before when the last is an appositive ("Denys Prokopenko, commander of the
    Azov Regiment, told")."""
    for mark in "”»\"":
        if mark in clause:
            clause = clause[clause.rindex(mark) + 1:]
    parts = [p.strip() for p in re.split(r"[,;:]", clause)]
    while parts and not parts[-1]:
        parts.pop()
    if not parts:
        return ""
    last = _clean_name(parts[-1])
    if len(parts) >= 2 and last and last[0].islower() and _is_name(_clean_name(parts[-2])) \
            and not last.startswith(("the ", "a ")):
        return _clean_name(parts[-2])
    words = last.split()
    # a long name is an organisation's, its words capitalised ("the Coordination Headquarters
    # for the Treatment of Prisoners of War"); a long stretch of lower case is a clause
    capitalised = sum(word[0].isupper() for word in words)
    if not words or len(words) > 12 or (len(words) > 6 and capitalised * 2 < len(words)):
        return ""
    return last


def _attribution_in(text: str, start: int, end: int) -> tuple[str, bool]:
    """Who the sentence ``start:end`` attributes its words to, and whether it is a pronoun."""
    sentence = text[start:end]
    if (match := _COLON_NAME.search(sentence)) and match["name"].split()[0] not in _NOT_SPEAKERS:
        return match["name"], False
    if match := _ACCORDING.search(sentence):
        return _clean_name(match["name"]), False
    for match in _SAY.finditer(sentence):
        before = sentence[: match.start()]
        if _PRONOUN.match(before) and len(before.split()) <= 3:
            return "", True
        # "…, said the Azov regiment." / "повідомили в Координаційному штабі"
        if inverted := _SAID_THEN_NAME.match(sentence, match.start()):
            name = _clean_name(inverted["name"] or inverted["common"])
            after_a_clause = not before.strip() or before.rstrip().endswith((",", "”", "\"", "»", "–", "—")) \
                or re.fullmatch(r"\s*(?:про це|об этом|this was)\s*", before, re.IGNORECASE)
            if name and len(name.split()) <= 10 and not re.match(r"(?:that|що)\b", name, re.IGNORECASE) \
                    and after_a_clause:
                return name, False
        speaker = _speaker_before_verb(before)
        if speaker and not re.match(r"(?:it|this|which|that|who|це|що|який|яка)\b", speaker, re.IGNORECASE):
            if _PRONOUN.match(speaker + " ") and len(speaker.split()) == 1:
                return "", True
            if not re.search(r"\d", speaker):
                return speaker, False
    if match := _DASH_NAME.search(sentence):
        return _clean_name(match["name"]), False
    return "", bool(re.match(r"\s*за (?:його|її|їхніми|їх) словами", sentence, re.IGNORECASE))


def _quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation: curly and angle quotes paired, straight quotes
    alternating within a paragraph."""
    found = []
    for paragraph in re.finditer(r"[^\n]+", text):
        open_at: int | None = None
        closer = ""
        for match in re.finditer(r"[“”«»\"„]", paragraph.group()):
            mark = match.group()
            position = paragraph.start() + match.start()
            if open_at is None and mark in _QUOTES:
                open_at, closer = position, _QUOTES[mark]
            elif open_at is not None and mark == closer:
                if position - open_at > 20:
                    found.append((open_at, position + 1))
                open_at = None
    return found


# ---------------------------------------------------------------------------
# Measures and subjects

_MEASURES = [
    (re.compile(r"\b(?:in (?:russian )?captivity|in custody|held captive|captured|prisoners?|POWs?)\b|полон",
                re.IGNORECASE), "in captivity", "у полоні"),
    (re.compile(r"\b(?:returned|freed|released|brought (?:back )?home|swapped|exchanged)\b|поверну|повернен|звільн|"
                r"обмін", re.IGNORECASE), "returned", "повернуто"),
    (re.compile(r"\b(?:killed|died|dead|deaths?)\b|загину|загибл|вбит|смерт", re.IGNORECASE), "killed", "загинули"),
    (re.compile(r"\b(?:injured|wounded|injures?|injuring)\b|поранен|травмован", re.IGNORECASE), "injured",
     "поранені"),
    (re.compile(r"\b(?:evacuated|withdrawn|left)\b|евакуйов|евакуац|вийшли|вивели", re.IGNORECASE), "evacuated",
     "евакуйовані"),
    (re.compile(r"\b(?:missing)\b|зниклих|зникли", re.IGNORECASE), "missing", "зниклі безвісти"),
]
_STOP = re.compile(r"^(?:of|the|a|an|and|or|in|on|at|to|from|by|for|with|who|which|that|were|was|are|is|have|has|had|"
                   r"remain|remained|remains|will|would|could|still|already|have|been|their|its|his|her|"
                   r"з|із|у|в|на|до|від|та|і|й|що|які|який|яка|було|були|є|вже|досі|ще|за|про|для)$", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _lemma(word: str) -> str:
    import simplemma

    word = word.lower()
    language = "uk" if "\u0400" <= word[:1] <= "\u04ff" else "en"
    return simplemma.lemmatize(word, lang=language)


def _lemmas(text: str) -> list[str]:
    return [_lemma(w) for w in re.findall(r"[^\W\d_]{2,}", text)]


def _near_name(words: str, vocabulary: Vocabulary, kinds: Sequence[str]) -> str:
    """The vocabulary's name for ``words`` when all the lemmas of one of its spellings
    are among theirs ("Координаційному штабі" → "Координаційний штаб")."""
    if not words or not vocabulary.entries:
        return ""
    have = set(_lemmas(words))
    best = ("", 0)
    for kind, name, aliases in vocabulary.entries:
        if kind not in kinds:
            continue
        for spelling in (name, *aliases):
            need = _lemmas(spelling)
            if need and set(need) <= have and len(need) > best[1]:
                best = (name, len(need))
    return best[0]


def _noun_phrase(text: str, end: int, limit: int) -> str:
    """The words that say what a figure counts: up to three, stopping at a verb-like
    or function word ("2,500 Ukrainian soldiers from the plant" → "Ukrainian soldiers")."""
    words = []
    for match in re.finditer(r"[^\W\d_][\w'’-]*|[^\w\s]", text[end: limit]):
        word = match.group()
        if not word[0].isalpha() or _STOP.match(word) or len(words) == 3:
            break
        words.append(word)
    return " ".join(words)


# ---------------------------------------------------------------------------


def suggest(text: str, published: date | None = None, published_precision: Precision | None = None,
            vocabulary: Vocabulary = Vocabulary(), cancelled: CancelCheck = never_cancelled) -> list[Suggestion]:
    """Every figure ``text`` states, as suggested claims in the order they appear."""
    published_precision = Precision(published_precision) if published_precision else None
    dates = dates_in(text, published)
    blocked = [m.span() for pattern in (_PHONE, _TIME, _LIST_MARK, _COUNTER) for m in pattern.finditer(text)]
    if "://" in text or "www." in text or "@" in text:
        blocked += [m.span() for m in _URL.finditer(text)]
    blocked += [m.span("age") for m in _AGE.finditer(text)]

    excluded = Spans(blocked).overlaps
    date_spans = Spans((d.start, d.end) for d in dates)
    date_starts = [d.start for d in dates]
    quotations = Spans(_quotations(text))
    spelled = numerals.spellings()
    worded = []
    for match in _NUMBER_WORD.finditer(text):
        if match["word"] in spelled:
            worded.append(match.start("article") if match["article"] and numerals.scale_word(match["word"])
                          else match.start("word"))
    bounds = sentences(text)
    speakers: dict[int, tuple[str, bool]] = {}

    clauses: dict[tuple[int, int], tuple[str, bool]] = {}

    def speaker_of(index: int, figure_start: int) -> str:
        start, end = bounds[index]
        # a semicolon parts clauses that each name their own source
        clause_start = text.rfind(";", start, figure_start) + 1 or start
        clause_end = text.find(";", figure_start, end)
        clause = (clause_start, end if clause_end < 0 else clause_end)
        if clause not in clauses:
            clauses[clause] = _attribution_in(text, *clause)
        name, pronoun = clauses[clause]
        quote = quotations.around(figure_start)
        if quote is not None:
            # words in quotation marks belong to whoever the words after them name
            closing = next((i for i in range(index, min(index + 8, len(bounds))) if bounds[i][1] >= quote[1]), None)
            if closing is not None:
                after = text[quote[1]: bounds[closing][1]]
                if after.strip():
                    found, _ = _attribution_in(text, quote[1], bounds[closing][1])
                    if found:
                        return found
                opening = next((i for i in range(index, -1, -1) if bounds[i][0] <= quote[0]), index)
                before = text[bounds[opening][0]: quote[0]]
                if re.search(rf"(?:{_SAY.pattern})\s*[:,]?\s*$", before, re.IGNORECASE):
                    found, _ = _attribution_in(text, bounds[opening][0], quote[0])
                    if found:
                        return found
        if name:
            return name
        if index + 1 < len(bounds) and _BACK_REFERENCE.search(text[bounds[index + 1][0]: bounds[index + 1][1]]):
            if index + 1 not in speakers:
                speakers[index + 1] = _attribution_in(text, *bounds[index + 1])
            if speakers[index + 1][0]:
                return speakers[index + 1][0]
        if pronoun or quote is not None:
            for previous in range(index - 1, max(-1, index - 6), -1):
                if previous not in speakers:
                    speakers[previous] = _attribution_in(text, *bounds[previous])
                if speakers[previous][0]:
                    return speakers[previous][0]
        return ""

    found: list[Suggestion] = []
    for index, (start, end) in enumerate(bounds):
        if index % 200 == 0:
            check(cancelled)
        sentence = text[start:end]
        figures = _digit_figures(text, (start, end), date_spans, excluded) + _word_figures(
            text, (start, end), worded[bisect_left(worded, start): bisect_left(worded, end)], excluded)
        if not figures:
            continue
        figures = _join_ranges(text, figures, start)
        in_sentence = [d for d in dates[bisect_left(date_starts, start): bisect_left(date_starts, end)]
                       if not d.since and d.value is not None]
        for figure in figures:
            prefix = text[start: figure.start]
            qualifier = figure.qualifier
            if qualifier is not Qualifier.RANGE:
                qualifier = _qualifier_before(prefix[-40:]) or Qualifier.EXACT
            qualifier_start = figure.start
            if qualifier is not Qualifier.EXACT and qualifier is not Qualifier.RANGE:
                qualifier_start = _qualifier_start(text, start, figure.start)
            elif qualifier is Qualifier.RANGE and (between := _BETWEEN.search(prefix)):
                qualifier_start = start + between.start()
            if in_sentence:
                nearest = min(in_sentence, key=lambda d: min(abs(d.start - figure.end), abs(figure.start - d.end)))
                as_of, precision = nearest.value, nearest.precision
            elif published is not None:
                as_of, precision = published, published_precision or Precision.DAY
            else:
                as_of, precision = None, None
            attributed = speaker_of(index, figure.start)
            counted = _noun_phrase(text, figure.end, end)
            measure = _near_name(sentence, vocabulary, ("measure",)) or _measure_of(sentence)
            subject = _near_name(sentence, vocabulary, ("subject",)) or counted
            attributed = _near_name(attributed, vocabulary, ("person", "organisation")) or attributed
            confidence = 0.5 + 0.2 * bool(counted or figure.unit) + 0.1 * (qualifier is not Qualifier.EXACT) \
                + 0.1 * bool(attributed) + 0.1 * bool(in_sentence)
            if figure.worded and figure.value < 10:
                confidence -= 0.2
            if len(sentence.strip()) < 30:
                confidence -= 0.2
            found.append(Suggestion(
                start=qualifier_start, end=figure.end, quote=text[qualifier_start: figure.end], value=figure.value,
                qualifier=qualifier, upper_value=figure.upper, unit=figure.unit, as_of=as_of,
                as_of_precision=precision, attributed_to=attributed, measure=measure, subject=subject,
                confidence=round(max(0.05, min(confidence, 1.0)), 2)))
    return found


def _qualifier_start(text: str, sentence_start: int, figure_start: int) -> int:
    """Where the words that qualify a figure begin ("More than 900" → at "More")."""
    prefix = text[max(sentence_start, figure_start - 40): figure_start]
    lowered = prefix.lower().rstrip()
    from curator.figures import _QUALIFIERS

    for _qualifier, words in _QUALIFIERS:
        for word in sorted(words, key=len, reverse=True):
            if lowered.endswith(word):
                return figure_start - (len(prefix) - len(lowered)) - len(word)
    return figure_start


def _measure_of(sentence: str) -> str:
    cyrillic = len(re.findall(r"[\u0400-\u04ff]", sentence)) > len(re.findall(r"[a-zA-Z]", sentence))
    for pattern, english, ukrainian in _MEASURES:
        if pattern.search(sentence):
            return ukrainian if cyrillic else english
    return ""


# ---------------------------------------------------------------------------
# A project's documents


def open_suggestions(found: Iterable[Suggestion], taken: Iterable[tuple[int, int]],
                     rejected: Iterable[tuple[int, int]]) -> list[Suggestion]:
    """The suggestions still to decide on: not overlapping text already cited as
    evidence, and not rejected (same start and end)."""
    taken = Spans(taken)
    rejected = set(rejected)
    return [s for s in found if (s.start, s.end) not in rejected and not taken.overlaps(s.start, s.end)]


def vocabulary_of(project) -> Vocabulary:
    """The project's vocabulary, as :func:`suggest` takes it."""
    from curator import queries

    return Vocabulary(tuple((str(t.kind), t.name, tuple(t.aliases or ())) for t in queries.terms(project)))


def of_document(project, document_id: uuid.UUID, vocabulary: Vocabulary | None = None,
                cancelled: CancelCheck = never_cancelled) -> list[Suggestion]:
    """Every figure the document states (decided on or not), or [] when it is gone."""
    from curator import queries

    source = queries.document(project, document_id)
    if source is None:
        return []
    found = suggest(source.text, source.published, source.published_precision,
                    vocabulary if vocabulary is not None else vocabulary_of(project), cancelled)
    return [replace(s, document_id=document_id) for s in found]


def still_open(project, document_id: uuid.UUID, found: Iterable[Suggestion]) -> list[Suggestion]:
    """Of a document's suggestions, those a curator has neither accepted (their words
    are evidence) nor rejected."""
    from curator import queries

    return open_suggestions(found, queries.evidence_positions(project, document_id),
                            queries.rejected_suggestions(project, document_id))


def for_documents(project, document_ids: Sequence[uuid.UUID] | None = None, progress: Progress = no_progress,
                  cancelled: CancelCheck = never_cancelled) -> dict[uuid.UUID, list[Suggestion]]:
    """The open suggestions of each document (all documents when ``document_ids`` is None)."""
    from curator import queries

    ids = list(document_ids) if document_ids is not None else queries.document_ids(project)
    vocabulary = vocabulary_of(project)
    result: dict[uuid.UUID, list[Suggestion]] = {}
    for done, document_id in enumerate(ids):
        check(cancelled)
        progress(done, len(ids), "")
        result[document_id] = still_open(project, document_id, of_document(project, document_id, vocabulary,
                                                                             cancelled))
    progress(len(ids), len(ids), "")
    return result
