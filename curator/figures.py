"""Reading a figure from the words a curator selected.

"More than 900 defenders" → 900, more than; "around 2,500" → 2500, approximately;
"понад 900" → 900, more than; "between 1,200 and 1,500" → 1200–1500, range.
Qt-free, so the claim form, the command line and tests share it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from curator.enums import Qualifier

# Words before a number that qualify it, longest first within each qualifier.
_QUALIFIERS: list[tuple[Qualifier, tuple[str, ...]]] = [
    (Qualifier.MORE_THAN, ("more than", "over", "upwards of", "in excess of", "above", "exceeding",
                           "понад", "більше ніж", "більш ніж", "більше", "більш як", "свыше", "более")),
    (Qualifier.AT_LEAST, ("at least", "no fewer than", "no less than", "not less than", "a minimum of",
                          "щонайменше", "принаймні", "не менше ніж", "не менше як", "не менш ніж",
                          "не менше", "не менее", "как минимум")),
    (Qualifier.LESS_THAN, ("less than", "fewer than", "under", "below", "менше ніж", "менш ніж",
                           "менше", "менее")),
    (Qualifier.AT_MOST, ("at most", "up to", "as many as", "no more than", "not more than", "a maximum of",
                         "не більше ніж", "не більше як", "не більше", "до", "не более")),
    (Qualifier.APPROXIMATELY, ("around", "about", "approximately", "roughly", "nearly", "almost", "some",
                               "an estimated", "close to", "circa", "близько", "майже", "приблизно",
                               "орієнтовно", "почти", "около", "примерно", "~", "≈")),
]
#: Numbers written as words before a scale: "двох тисяч" (2,000), "півтори тисячі"
#: (1,500), "three thousand", "a thousand"; alone, the scale is one of it ("тисячі").
_WORD_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "один": 1, "одна": 1, "одну": 1, "однієї": 1, "два": 2, "дві": 2, "двох": 2, "три": 3, "трьох": 3,
    "чотири": 4, "чотирьох": 4, "п'ять": 5, "п'яти": 5, "шість": 6, "шести": 6, "сім": 7, "семи": 7, "вісім": 8,
    "восьми": 8, "дев'ять": 9, "дев'яти": 9, "десять": 10, "десяти": 10, "півтори": 1.5, "півтора": 1.5,
    "полтора": 1.5, "полторы": 1.5, "две": 2, "двух": 2, "трех": 3,
}
#: Words that scale a figure, in English, Ukrainian and Russian ("2,5 тис.", "1.2 million", "2 тыс.").
_SCALE_WORDS = (r"thousand|тисяч[аіу]?|тис\.?|тысяч[аиу]?|тыс\.?|million|мільйон(?:и|ів|а)?|миллион(?:ы|ов|а)?"
                r"|млн\.?|billion|мільярд(?:и|ів|а)?|миллиард(?:ы|ов|а)?|млрд\.?")
#: The factor of each scale word, by how it starts (billions first: "мільярд" starts as "міль").
_FACTORS = ((("billion", "мільярд", "миллиард", "млрд"), 1e9), (("million", "міль", "милл", "млн"), 1e6),
            (("thousand", "тис", "тыс"), 1e3))
_WRITTEN_FIGURE = re.compile(
    rf"(?<![\w'’])(?:(?P<word>{'|'.join(sorted(map(re.escape, _WORD_NUMBERS), key=len, reverse=True))})\s+)?"
    rf"(?P<scale>{_SCALE_WORDS})(?![\w])",
    re.IGNORECASE,
)
_SPACE = "[ \u00a0\u202f\u2009]"
# 1,279 | 2 500 | 2500 | 1.5 | 1,5 (decimal comma when not three digits follow)
_NUMBER = rf"\d{{1,3}}(?:(?:,|{_SPACE}|\.)\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_RANGE_JOIN = r"\s*(?:-|–|—|to|and|до|і|й|та)\s*"
_FIGURE = re.compile(rf"(?P<low>{_NUMBER})(?:{_RANGE_JOIN}(?P<high>{_NUMBER}))?(?:\s*(?P<scale>[^\W\d]+\.?))?",
                     re.IGNORECASE)
_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
           r"|(?:січ|лют|берез|квіт|трав|черв|лип|серп|вересн|жовт|листопад|груд)[а-яіїє]*")
_MONTH_BEFORE = re.compile(rf"(?:{_MONTHS})\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^\s*(?:{_MONTHS})\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|from|від|між)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    value: float
    qualifier: Qualifier = Qualifier.EXACT
    upper_value: float | None = None


def parse_number(text: str) -> float | None:
    """'1,279' → 1279; '2 500' → 2500; '1.5' → 1.5; '1,5' → 1.5; else None."""
    text = text.strip()
    if not re.fullmatch(_NUMBER, text):
        return None
    grouped = re.fullmatch(rf"\d{{1,3}}(?:(,|{_SPACE}|\.)\d{{3}})+(?:([.,])\d+)?", text)
    if grouped:
        separator = grouped[1]
        integer, _, fraction = text.partition(grouped[2]) if grouped[2] and grouped[2] != separator else (text, "", "")
        digits = re.sub(r"\D", "", integer)
        return float(f"{digits}.{fraction}") if fraction else float(digits)
    return float(text.replace(",", "."))


def _qualifier_before(prefix: str) -> Qualifier | None:
    tail = prefix.lower().rstrip()
    for qualifier, words in _QUALIFIERS:
        for word in sorted(words, key=len, reverse=True):
            if tail.endswith(word) and (len(tail) == len(word) or not tail[-len(word) - 1].isalnum()
                                        or not word[0].isalnum()):
                return qualifier
    return None


def _scale(word: str) -> float | None:
    """What a scale word multiplies by (1,000 for "тис.", "тыс.", "thousand"…); None
    when the word is no scale."""
    if not re.fullmatch(_SCALE_WORDS, word, re.IGNORECASE):
        return None
    word = word.lower()
    return next(factor for starts, factor in _FACTORS if word.startswith(starts))


def _written_figure(text: str, before: int) -> Figure | None:
    """A figure written in words ("близько двох тисяч") starting before ``before``."""
    match = _WRITTEN_FIGURE.search(text.replace("’", "'"), 0, before)
    if match is None:
        return None
    qualifier = _qualifier_before(text[: match.start()])
    if not match["word"] and qualifier is None:
        return None  # "тисячі людей" is thousands, not a figure; "близько тисячі" is about 1,000
    units = _WORD_NUMBERS[match["word"].lower()] if match["word"] else 1
    return Figure(units * _scale(match["scale"]), qualifier or Qualifier.EXACT)


def parse_figure(text: str) -> Figure | None:
    """The first figure in ``text`` with the words that qualify it, or None."""
    numeric = _numeric_figure(text)
    first_digit = re.search(r"\d", text)
    written = _written_figure(text, first_digit.start() if first_digit else len(text))
    return written or numeric


def _numeric_figure(text: str) -> Figure | None:
    for match in _FIGURE.finditer(text):
        low = parse_number(match["low"])
        if low is None:
            continue
        # Dates are not figures: "On May 16, 2022, 2,500 ..." → 2,500.
        is_day = _MONTH_BEFORE.search(text[: match.start()]) or _MONTH_AFTER.match(text[match.end("low"):])
        is_year = re.fullmatch(r"(19|20)\d{2}", match["low"]) and not match["high"]
        if (is_day or is_year) and _FIGURE.search(text, match.end()):
            continue
        scale = _scale(match["scale"] or "") or 1.0
        prefix = text[: match.start()]
        if match["high"]:
            high = parse_number(match["high"])
            joined = text[match.end("low"): match.start("high")].strip().lower()
            if high is not None and high > low and (joined in ("-", "–", "—", "to", "до") or _BETWEEN.search(prefix)):
                return Figure(low * scale, Qualifier.RANGE, high * scale)
        qualifier = _qualifier_before(prefix) or Qualifier.EXACT
        return Figure(low * scale, qualifier)
    return None


def format_value(value: float | None) -> str:
    """900.0 → '900'; 1279.0 → '1,279'; 1.5 → '1.5'."""
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
