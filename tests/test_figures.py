"""The figure a curator selected, read as the claim form will fill it."""

import pytest

from curator.figures import Figure, format_value, parse_figure, parse_number
from curator.models import Qualifier as Q

CASES = [
    ("More than 900 defenders of Mariupol remain in Russian captivity", Figure(900, Q.MORE_THAN)),
    ("1,279 of them have already been returned", Figure(1279, Q.EXACT)),
    ("2 500 захисників", Figure(2500, Q.EXACT)),
    ("2\u00a0500", Figure(2500, Q.EXACT)),
    ("around 2,500 defenders from various units", Figure(2500, Q.APPROXIMATELY)),
    ("Over 1,900 soldiers from Azovstal are still in captivity", Figure(1900, Q.MORE_THAN)),
    ("понад 900 захисників", Figure(900, Q.MORE_THAN)),
    ("близько 2500 військових", Figure(2500, Q.APPROXIMATELY)),
    ("щонайменше 700 бійців", Figure(700, Q.AT_LEAST)),
    ("at least every day", None),
    ("less than 10 percent", Figure(10, Q.LESS_THAN)),
    ("up to 3,000 people", Figure(3000, Q.AT_MOST)),
    ("between 1,200 and 1,500 fighters", Figure(1200, Q.RANGE, 1500)),
    ("1,200–1,500", Figure(1200, Q.RANGE, 1500)),
    ("від 200 до 300 полонених", Figure(200, Q.RANGE, 300)),
    ("almost 20 months", Figure(20, Q.APPROXIMATELY)),
    ("3.5 thousand", Figure(3500, Q.EXACT)),
    ("1,5 тис.", Figure(1500, Q.EXACT)),
    ("On May 16, 2022, the evacuation of 2,500 Ukrainian soldiers", Figure(2500, Q.EXACT)),
    ("16 травня 2022 року вийшли 2449 захисників", Figure(2449, Q.EXACT)),
    ("A total of 2,449 defenders left the territory of Azovstal.", Figure(2449, Q.EXACT)),
    ("including more than 700 Azov servicemen", Figure(700, Q.MORE_THAN)),
    ("The Azov Regiment", None),
    # Ukrainian and Russian forms, written numbers and scales
    ("понад 2,5 тис. військових", Figure(2500, Q.MORE_THAN)),
    ("около 2 тыс. военнопленных", Figure(2000, Q.APPROXIMATELY)),  # Russian scales too
    ("более 1,5 млн человек", Figure(1_500_000, Q.MORE_THAN)),
    ("около 3 миллионов", Figure(3_000_000, Q.APPROXIMATELY)),
    ("2 мільярди гривень", Figure(2_000_000_000)),
    ("більше ніж 700 бійців", Figure(700, Q.MORE_THAN)),
    ("більш як 700 бійців", Figure(700, Q.MORE_THAN)),
    ("не менше ніж 300 осіб", Figure(300, Q.AT_LEAST)),
    ("майже 2 500 захисників", Figure(2500, Q.APPROXIMATELY)),
    ("приблизно 1200", Figure(1200, Q.APPROXIMATELY)),
    ("до 1500 осіб", Figure(1500, Q.AT_MOST)),
    ("менше ніж 100", Figure(100, Q.LESS_THAN)),
    ("близько двох тисяч захисників", Figure(2000, Q.APPROXIMATELY)),
    ("майже дві тисячі", Figure(2000, Q.APPROXIMATELY)),
    ("понад півтори тисячі полонених", Figure(1500, Q.MORE_THAN)),
    ("близько тисячі", Figure(1000, Q.APPROXIMATELY)),
    ("тисячі людей чекають, 900 повернулися", Figure(900, Q.EXACT)),  # "thousands" is no figure
    ("более 2 тысяч", Figure(2000, Q.MORE_THAN)),
    # English
    ("nearly 2,500 defenders", Figure(2500, Q.APPROXIMATELY)),
    ("some 2,000 soldiers", Figure(2000, Q.APPROXIMATELY)),
    ("as many as 3,000 people", Figure(3000, Q.AT_MOST)),
    ("1.2 million people", Figure(1_200_000, Q.EXACT)),
    ("three thousand prisoners", Figure(3000, Q.EXACT)),
    ("a thousand soldiers", Figure(1000, Q.EXACT)),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_parse_figure(text, expected):
    assert parse_figure(text) == expected


def test_parse_number_and_format():
    assert parse_number("1,279") == 1279
    assert parse_number("1.279") == 1279
    assert parse_number("12,5") == 12.5
    assert parse_number("abc") is None
    assert format_value(1279.0) == "1,279"
    assert format_value(12.5) == "12.5"
    assert format_value(None) == ""
