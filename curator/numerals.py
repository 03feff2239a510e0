"""Numbers written in words, in English and Ukrainian: "forty-five", "two hundred and
fifty", "двісті п'ятдесят", "двох тисяч", "півтори тисячі".

Every form a Ukrainian cardinal takes in its cases is made here from its stem and the
endings of its declension, so "п'ятьох", "п'ятьма" and "п'яти" all read as 5, while
ordinals ("п'ятий", "fifth") are not numbers at all. Qt-free.
"""

from __future__ import annotations

import re
from functools import cache

_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
#: Scales, in both languages and every case (a leading "a" or "one" is one of them).
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

#: Ukrainian cardinals 9–20 and 30 decline alike: п'ять, п'яти, п'ятьох, п'ятьом, п'ятьма, п'ятьома.
_UK_REGULAR = {
    "дев'ят": 9, "десят": 10, "одинадцят": 11, "дванадцят": 12,
    "тринадцят": 13, "чотирнадцят": 14, "п'ятнадцят": 15, "шістнадцят": 16, "сімнадцят": 17,
    "вісімнадцят": 18, "дев'ятнадцят": 19, "двадцят": 20, "тридцят": 30,
}
_UK_IRREGULAR = {
    1: "один одна одне одного одної однієї одному одній одним одною однією одну",
    2: "два дві двох двом двома", 3: "три трьох трьом трьома", 4: "чотири чотирьох чотирьом чотирма",
    5: "п'ять п'яти п'ятьох п'ятьом п'ятьма п'ятьома", 6: "шість шести шістьох шістьом шістьма шістьома",
    7: "сім семи сімох сімом сьома сімома", 8: "вісім восьми вісьмох вісьмом вісьма вісьмома",
    40: "сорок сорока", 90: "дев'яносто дев'яноста", 100: "сто ста",
    200: "двісті двохсот двомстам двомастами двохстах",
    300: "триста трьохсот трьомстам трьомастами трьохстах",
    400: "чотириста чотирьохсот чотирьомстам чотирмастами чотирьохстах",
    1.5: "півтори півтора",
}
_UK_TENS = {"п'ятдесят": 50, "шістдесят": 60, "сімдесят": 70, "вісімдесят": 80}
_UK_HUNDREDS = {"п'ят": 500, "шіст": 600, "сім": 700, "вісім": 800, "дев'ят": 900}
_UK_SCALES = {
    1_000: "тисяча тисячі тисяч тисячу тисячею тисячам тисячами тисячах тис тис.",
    1_000_000: "мільйон мільйона мільйону мільйоном мільйони мільйонів мільйонам мільйонами мільйонах млн млн.",
    1_000_000_000: "мільярд мільярда мільярду мільярдом мільярди мільярдів мільярдам мільярдами мільярдах "
                   "млрд млрд.",
}


@cache
def _words() -> tuple[dict[str, float], dict[str, int]]:
    """(number word → value, scale word → factor), every form of every word."""
    numbers: dict[str, float] = {word: i for i, word in enumerate(_EN_UNITS)}
    numbers.update(_EN_TENS)
    for tens, value in _EN_TENS.items():
        for unit in range(1, 10):
            numbers[f"{tens}-{_EN_UNITS[unit]}"] = value + unit
    scales: dict[str, int] = {}
    for word, factor in SCALES.items():
        scales[word] = scales[word + "s"] = factor
    for stem, value in _UK_REGULAR.items():
        for ending in ("ь", "и", "ьох", "ьом", "ьма", "ьома"):
            numbers[stem + ending] = value
    for value, forms in _UK_IRREGULAR.items():
        for form in forms.split():
            numbers[form] = value
    for stem, value in _UK_TENS.items():
        for ending in ("", "и", "ьох", "ьом", "ьма", "ьома"):
            numbers[stem + ending] = value
    for stem, value in _UK_HUNDREDS.items():
        oblique = {"п'ят": "п'яти", "шіст": "шести", "сім": "семи", "вісім": "восьми", "дев'ят": "дев'яти"}[stem]
        collective = {"п'ят": "п'ятьох", "шіст": "шістьох", "сім": "сімох", "вісім": "вісьмох",
                      "дев'ят": "дев'ятьох"}[stem]
        for form in (stem + "сот", oblique + "сот", collective + "сот", oblique + "стам", oblique + "стах"):
            numbers[form] = value
    for factor, forms in _UK_SCALES.items():
        for form in forms.split():
            scales[form] = factor
    return numbers, scales


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


def normal(word: str) -> str:
    """A word as the tables hold it: lower case, one kind of apostrophe."""
    return word.lower().translate(_APOSTROPHES)


@cache
def spellings() -> frozenset[str]:
    """Every number and scale word as it may be written: in lower case, capitalised and
    in capitals, with each kind of apostrophe, without a final full stop."""
    numbers, scales = _words()
    found = set()
    for form in (*numbers, *scales):
        word = form.rstrip(".")
        for cased in (word, word.capitalize(), word.upper()):
            for apostrophe in "'’ʼ`":
                found.add(cased.replace("'", apostrophe))
    return frozenset(found)


def number_word(word: str) -> float | None:
    """The value of one number word ("forty-five", "двохсот"), or None."""
    return _words()[0].get(normal(word))


def scale_word(word: str) -> int | None:
    """The factor of a scale word ("thousand", "тисяч", "млн"), or None."""
    return _words()[1].get(normal(word))


#: A word as numerals are written: letters, apostrophes inside, hyphens between
#: ("forty-five"), a full stop after an abbreviation ("тис.").
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`-][^\W\d_]+)*\.?")


def read_words(words: list[str]) -> tuple[float, int] | None:
    """The number the first words of ``words`` spell, and how many words it takes:
    ["two", "hundred", "and", "fifty", "soldiers"] → (250, 4). None when they spell none."""
    total = 0.0
    group = 0.0
    used = 0
    seen = article = False
    for i, raw in enumerate(words):
        word = normal(raw)
        bare = word.rstrip(".")
        value = number_word(bare)
        factor = scale_word(word) or scale_word(bare)
        if value is not None:
            if seen and group and value >= group:
                break  # "two three" is two numbers
            group += value
            seen = True
            used = i + 1
        elif factor is not None and (seen or article):
            if factor == 100:
                group = (group or 1) * 100
            else:
                total += (group or 1) * factor
                group = 0
            seen = True
            used = i + 1
        elif word in ("a", "an") and i == 0 and len(words) > 1 and scale_word(normal(words[1])):
            article = True
        elif word in ("and", "і", "й") and seen and i + 1 < len(words) and number_word(normal(words[i + 1])):
            continue  # "two hundred and fifty"
        else:
            break
    if not seen:
        return None
    return total + group, used
