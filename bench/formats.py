"""Ways of writing dates and amounts in Russian and English documents."""

import random
from datetime import date
from decimal import Decimal

MONTHS_RU_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Currency -> spellings after (ru) or around (en) an amount.
CURRENCY_WORDS_RU = {
    "RUB": ("руб.", "рублей", "₽", "RUB", "руб"),
    "USD": ("долл. США", "USD", "$"),
    "EUR": ("евро", "EUR", "€"),
    "CNY": ("юаней", "CNY"),
}
CURRENCY_WORDS_EN = {
    "USD": ("USD", "$", "US$"),
    "EUR": ("EUR", "€"),
    "GBP": ("GBP", "£"),
    "RUB": ("RUB", "₽"),
}
NBSP = "\u00a0"
_SYMBOLS = {"$", "€", "£", "₽", "US$"}


def date_ru(rng: random.Random, day: date) -> str:
    """Return `day` in one of the usual Russian spellings."""
    month = MONTHS_RU_GENITIVE[day.month - 1]
    style = rng.randrange(6)
    if style == 0:
        return f"{day:%d.%m.%Y}"
    if style == 1:
        return f"«{day:%d}» {month} {day.year} г."
    if style == 2:
        return f"{day.day} {month} {day.year} года"
    if style == 3:
        return f'"{day:%d}" {month} {day.year}г.'
    if style == 4:
        return f"{day:%d.%m.%Y} г."
    return f"{day.day} {month} {day.year} г."


def date_en(rng: random.Random, day: date) -> str:
    """Return `day` in an English spelling whose day and month cannot be swapped."""
    month = MONTHS_EN[day.month - 1]
    style = rng.randrange(6)
    if style == 0:
        return f"{month} {day.day}, {day.year}"
    if style == 1:
        return f"{day.day} {month} {day.year}"
    if style == 2:
        return day.isoformat()
    if style == 3:
        return f"{month[:3]} {day.day}, {day.year}"
    if style == 4:
        return f"{day.day}-{month[:3]}-{day.year}"
    return f"{day.day} {month[:3]}. {day.year}"


def _group(integer: int, separator: str) -> str:
    return f"{integer:,}".replace(",", separator)


def number_ru(rng: random.Random, amount: Decimal) -> str:
    """Return an amount as Russian documents print it, without a currency."""
    integer = int(amount)
    cents = f"{int((amount - integer) * 100):02d}"
    style = rng.randrange(5)
    if style == 0:
        return f"{_group(integer, ' ')},{cents}"
    if style == 1:
        return f"{_group(integer, NBSP)},{cents}"
    if style == 2:
        return f"{integer},{cents}"
    if style == 3:
        return f"{integer}.{cents}"
    return f"{_group(integer, ' ')}.{cents}"


def number_en(rng: random.Random, amount: Decimal) -> str:
    """Return an amount as English documents print it, without a currency."""
    integer = int(amount)
    cents = f"{int((amount - integer) * 100):02d}"
    if rng.randrange(4) == 0:
        return f"{integer}.{cents}"
    return f"{_group(integer, ',')}.{cents}"


def money_ru(rng: random.Random, amount: Decimal, currency: str) -> str:
    """Return an amount followed by one of the currency's Russian spellings."""
    word = rng.choice(CURRENCY_WORDS_RU[currency])
    return f"{number_ru(rng, amount)} {word}"


def money_en(rng: random.Random, amount: Decimal, currency: str) -> str:
    """Return an amount with a currency code or symbol before or after it."""
    word = rng.choice(CURRENCY_WORDS_EN[currency])
    number = number_en(rng, amount)
    if word in _SYMBOLS:
        return f"{word}{number}"
    if rng.randrange(2):
        return f"{word} {number}"
    return f"{number} {word}"


def iso_amount(amount: Decimal) -> str:
    """Return an amount as the engine reports it: digits, a point and 2 decimals."""
    return f"{amount:.2f}"


_UNITS = (
    ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"),
    ("", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"),
)
_TEENS = (
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
)
_TENS = (
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
)
_HUNDREDS = (
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
)
# Forms for 1, 2-4 and 5-20 of each power of a thousand; gender 1 is feminine.
_SCALES = (
    (("рубль", "рубля", "рублей"), 0),
    (("тысяча", "тысячи", "тысяч"), 1),
    (("миллион", "миллиона", "миллионов"), 0),
)


def _plural(number: int, forms: tuple[str, str, str]) -> str:
    if number % 100 in range(11, 20):
        return forms[2]
    if number % 10 == 1:
        return forms[0]
    if number % 10 in (2, 3, 4):
        return forms[1]
    return forms[2]


def _triple_words(number: int, gender: int) -> list[str]:
    words = [_HUNDREDS[number // 100]]
    rest = number % 100
    if 10 <= rest < 20:
        words.append(_TEENS[rest - 10])
    else:
        words += [_TENS[rest // 10], _UNITS[gender][rest % 10]]
    return [word for word in words if word]


def amount_words_ru(amount: Decimal) -> str:
    """Return a ruble amount in words, as "Сумма прописью" prints it.

    Supports amounts below one billion rubles.
    """
    rubles = int(amount)
    kopecks = int((amount - rubles) * 100)
    words: list[str] = []
    for power in (2, 1, 0):
        part = rubles // 1000**power % 1000
        forms, gender = _SCALES[power]
        if part:
            words += [*_triple_words(part, gender), _plural(part, forms)]
        elif power == 0:
            words += ["ноль"] * (rubles == 0) + [forms[2]]
    text = " ".join(words)
    kopeck_word = _plural(kopecks, ("копейка", "копейки", "копеек"))
    return f"{text[0].upper()}{text[1:]} {kopecks:02d} {kopeck_word}"
