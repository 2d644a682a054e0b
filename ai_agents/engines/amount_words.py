"""Russian amounts written in words ("Пять тысяч двести пятьдесят рублей 90 копеек")."""

import re
from decimal import Decimal

from .text import compile_folded, fold

_NUMBER_WORDS = {
    "ноль": 0,
    "один": 1,
    "одна": 1,
    "два": 2,
    "две": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "шестнадцать": 16,
    "семнадцать": 17,
    "восемнадцать": 18,
    "девятнадцать": 19,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "шестьдесят": 60,
    "семьдесят": 70,
    "восемьдесят": 80,
    "девяносто": 90,
    "сто": 100,
    "двести": 200,
    "триста": 300,
    "четыреста": 400,
    "пятьсот": 500,
    "шестьсот": 600,
    "семьсот": 700,
    "восемьсот": 800,
    "девятьсот": 900,
}
_SCALE_WORDS = {
    "тысяча": 1_000,
    "тысячи": 1_000,
    "тысяч": 1_000,
    "миллион": 1_000_000,
    "миллиона": 1_000_000,
    "миллионов": 1_000_000,
    "миллиард": 1_000_000_000,
    "миллиарда": 1_000_000_000,
    "миллиардов": 1_000_000_000,
}
_VALUES = {fold(word): value for word, value in _NUMBER_WORDS.items()}
_SCALES = {fold(word): value for word, value in _SCALE_WORDS.items()}
_WORD = "|".join(sorted((*_NUMBER_WORDS, *_SCALE_WORDS), key=len, reverse=True))

AMOUNT_WORDS_RE = compile_folded(
    rf"\b(?P<words>(?:(?:{_WORD})\s+)*(?:{_WORD}))\s+руб(?:лей|ля|ль)\b"
    r"(?:\s*(?P<kopecks>\d{1,2})\s*коп(?:еек|ейки|ейка)\b)?"
)


def parse_amount_words(raw: str) -> Decimal | None:
    """Parse a Russian amount in words with rubles and optional kopecks in digits."""
    match = AMOUNT_WORDS_RE.fullmatch(fold(raw).strip())
    return None if match is None else amount_from_words_match(match)


def amount_from_words_match(match: re.Match[str]) -> Decimal:
    """Return the amount of an `AMOUNT_WORDS_RE` match."""
    total = 0
    current = 0
    for word in match.group("words").split():
        if word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            current += _VALUES[word]
    kopecks = int(match.group("kopecks") or 0)
    return Decimal(total + current) + Decimal(kopecks) / 100
