"""Parsing of dates, amounts, currency markers and Russian amounts in words."""

from decimal import Decimal

import pytest

from ai_agents.engines.amount_words import is_kopeck_word, parse_amount_words
from ai_agents.engines.parsing import (
    AMOUNT_RE,
    amount_from_match,
    currency_code,
    format_amount,
    parse_amount,
    parse_date,
)
from ai_agents.engines.text import fold

DATE_FORMS = (
    ("15.03.2024", "2024-03-15"),
    ("«15» марта 2024 г.", "2024-03-15"),
    ('"15" марта 2024 года', "2024-03-15"),
    ("15 марта 2024", "2024-03-15"),
    ("15 МАРТА 2024", "2024-03-15"),
    ("1 мая 2024", "2024-05-01"),
    ("2024-03-15", "2024-03-15"),
    ("March 15, 2024", "2024-03-15"),
    ("15 March 2024", "2024-03-15"),
    ("15th March 2024", "2024-03-15"),
    ("15/03/2024", "2024-03-15"),
    ("15-03-2024", "2024-03-15"),
    ("Aug 3 , 2014", "2014-08-03"),
    ("Sept. 9, 2021", "2021-09-09"),
    ("19 april 2014", "2014-04-19"),
    ("28 novembre 2022", "2022-11-28"),
    ("12.07.19", "2019-07-12"),
    ("01.01.99", "1999-01-01"),
    ("12 JUN /JUIN 19", "2019-06-12"),
    ("12 JAN ДАМУ 21", "2021-01-12"),
)


@pytest.mark.parametrize(("raw", "expected"), DATE_FORMS)
def test_date_forms_parse_to_iso(raw, expected):
    parsed = parse_date(raw)

    assert parsed is not None
    assert parsed.iso == expected


@pytest.mark.parametrize(
    "raw",
    (
        *("31.02.2024", "15.13.2024", "32 марта 2024", "2024-02-30", "15.03"),
        *("марта 2024", "15 March item 20 pcs"),
    ),
)
def test_invalid_dates_return_none(raw):
    parsed = parse_date(raw)

    assert parsed is None


def test_swappable_date_day_first():
    parsed = parse_date("03/04/2024", "dmy")

    assert parsed.iso == "2024-04-03"
    assert parsed.ambiguous is True


def test_swappable_date_month_first():
    parsed = parse_date("03/04/2024", "mdy")

    assert parsed.iso == "2024-03-04"
    assert parsed.ambiguous is True


@pytest.mark.parametrize(
    ("raw", "expected"), (("28/11/2022", "2022-11-28"), ("11/28/2022", "2022-11-28"))
)
def test_day_above_twelve_decides_order(raw, expected):
    day_first = parse_date(raw, "dmy")
    month_first = parse_date(raw, "mdy")

    assert day_first.iso == expected
    assert month_first.iso == expected
    assert day_first.ambiguous is False


@pytest.mark.parametrize("raw", ("03.04.2024", "04/04/2024", "March 4, 2024"))
def test_unswappable_dates_not_ambiguous(raw):
    parsed = parse_date(raw, "mdy")

    assert parsed.ambiguous is False


def test_dotted_dates_always_day_first():
    parsed = parse_date("03.04.2024", "mdy")

    assert parsed.iso == "2024-04-03"


AMOUNT_FORMS = (
    ("5 250,90", "5250.90"),
    ("5\u00a0250,90", "5250.90"),
    ("5,250.90", "5250.90"),
    ("5.250,90", "5250.90"),
    ("5250.90", "5250.90"),
    ("5250,90", "5250.90"),
    ("5250-90", "5250.90"),
    ("12 500-00", "12500.00"),
    ("1\u00a0234\u00a0567-89", "1234567.89"),
    ("5250 руб. 90 коп.", "5250.90"),
    ("5 250 рублей 90 копеек", "5250.90"),
    ("1 234 567,89", "1234567.89"),
    ("1,234", "1234.00"),
    ("4.11", "4.11"),
    ("$4.11", "4.11"),
    ("€ 717,97", "717.97"),
    ("56,02 €", "56.02"),
    ("Rs 1939", "1939.00"),
    ("Rs -40.00", "-40.00"),
    ("12 500 р.", "12500.00"),
    ("USD 48,000.00", "48000.00"),
    ("100 ₽", "100.00"),
    # A rouble mark against the number, as printed or as OCR reads "₽".
    ("65 000,00₽", "65000.00"),
    ("65 000,00Р", "65000.00"),
    ("1 250,00руб.", "1250.00"),
    ("900р", "900.00"),
    ("SGD 7,286.00", "7286.00"),
    ("2,469, 200.00", "2469200.00"),
    # Dinars and Omani rials have three decimals: thousandths beside their code.
    ("12 496,000 TND", "12496.000"),
    ("TND 12 496,000", "12496.000"),
    ("12496,000 TND", "12496.000"),
    ("KWD 1,250.500", "1250.500"),
    ("1.250,500 OMR", "1250.500"),
    ("TND 1250.50", "1250.50"),
)


@pytest.mark.parametrize(("raw", "expected"), AMOUNT_FORMS)
def test_amount_forms_parse_to_decimal(raw, expected):
    amount = parse_amount(raw)

    assert amount is not None
    assert format_amount(amount) == expected


@pytest.mark.parametrize(
    "raw",
    (
        *("", "abc", "12.07.2019", "5 25,90", "1,2,3", "65 000,00рп", "12кг"),
        *("10 kgs", "999999999999999999999999999"),
    ),
)
def test_invalid_amounts_return_none(raw):
    amount = parse_amount(raw)

    assert amount is None


# Lines of text with the amounts that AMOUNT_RE finds on them. OCR may run the
# first two groups of an amount together in a table's cell ("|1932 000,00"), but a
# group that opens with a zero after a number is never an amount of its own.
AMOUNTS_ON_LINES = (
    ("| 1932 000,00 | X | 425 040,00 |", ["1932000.00", "425040.00"]),
    ("[1746 000,00 | X |177 480,00", ["1746000.00", "177480.00"]),
    ("Итого 1932 000,00", ["1932.00"]),
    ("шт 1000 450,00", ["1000.00", "450.00"]),
)


@pytest.mark.parametrize(("line", "expected"), AMOUNTS_ON_LINES)
def test_amounts_found_on_line(line, expected):
    found = [
        format_amount(amount_from_match(match))
        for match in AMOUNT_RE.finditer(fold(line))
    ]

    assert found == expected


def test_format_amount_keeps_extra_decimals():
    formatted = format_amount(Decimal("0.125"))

    assert formatted == "0.125"


@pytest.mark.parametrize(
    ("marker", "expected"),
    (
        ("руб.", "RUB"),
        ("рублей", "RUB"),
        ("₽", "RUB"),
        ("$", "USD"),
        ("USD", "USD"),
        ("€", "EUR"),
        ("EUR", "EUR"),
        ("£", "GBP"),
        ("Rs", "INR"),
        ("CHF", "CHF"),
        ("РУБ", "RUB"),
    ),
)
def test_currency_markers_map_to_iso(marker, expected):
    code = currency_code(marker)

    assert code == expected


def test_unknown_currency_marker_none():
    code = currency_code("doubloons")

    assert code is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    (
        ("Пять тысяч двести пятьдесят рублей 90 копеек", Decimal("5250.90")),
        ("Пятнадцать тысяч девятьсот шестьдесят три рубля 00 копеек", Decimal("15963")),
        ("Один миллион двести тысяч рублей", Decimal("1200000")),
        ("Тысяча рублей", Decimal("1000")),
        ("сто двадцать один рубль 5 копеек", Decimal("121.05")),
        ("Две тысячи двести два рубля", Decimal("2202")),
    ),
)
def test_amount_words_parse(raw, expected):
    amount = parse_amount_words(raw)

    assert amount == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    (
        ("Сто рублей 05 копеик", Decimal("100.05")),
        ("Сто рублей 05 кoпеек", Decimal("100.05")),
        ("Сто рублей 05 копек", Decimal("100.05")),
        ("Сто рублей 05 коп.", Decimal("100.05")),
        ("Сто рублей 05 копейки", Decimal("100.05")),
    ),
)
def test_amount_words_kopeck_forms(raw, expected):
    amount = parse_amount_words(raw)

    assert amount == expected


@pytest.mark.parametrize(
    "raw",
    (
        "двести",
        "пять долларов",
        "рублей 90 копеек",
        "сто рублей 5 дней",
        "сто рублей 5 копейками",
    ),
)
def test_amount_words_invalid_none(raw):
    amount = parse_amount_words(raw)

    assert amount is None


@pytest.mark.parametrize(
    ("word", "expected"),
    (
        ("копеек", True),
        ("КОПЕЕК", True),
        ("копеик", True),
        ("копейка", True),
        ("коп", True),
        ("копее", True),
        ("копейкам", True),
        ("копилка", False),
        ("рублей", False),
        ("копеечка", False),
    ),
)
def test_kopeck_word(word, expected):
    assert is_kopeck_word(word) is expected
