"""Russian amounts written in words ("Пять тысяч двести пятьдесят рублей 90 копеек").

The word after the kopecks may carry one OCR error ("копеик" for "копеек"), so it
is matched loosely and checked against the known forms with an edit distance of 1.
"""

import re
from dataclasses import dataclass
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

# The longest amount below a trillion in words has 12 number and scale words
# ("девятьсот девяносто девять миллиардов ..."). The bound keeps a run of
# thousands of number words from making the search quadratic.
_MAX_WORDS = 15
AMOUNT_WORDS_RE = compile_folded(
    rf"\b(?P<words>(?:(?:{_WORD})\s+){{0,{_MAX_WORDS - 1}}}(?:{_WORD}))"
    r"\s+(?P<rubles>руб(?:лей|ля|ль))\b"
    r"(?:\s*(?P<kopecks>[0-9]{1,2})\s*(?P<kopeck_word>[^\W\d_]{1,9})(?![^\W\d_])"
    r"(?P<dot>\.)?)?"
)
_KOPECK_WORDS = tuple(
    fold(word) for word in ("копеек", "копейки", "копейка", "копейку")
)
_KOPECK_ABBREVIATIONS = frozenset(fold(word) for word in ("коп", "к"))


def parse_amount_words(raw: str) -> Decimal | None:
    """Parse a Russian amount in words with rubles and optional kopecks in digits."""
    match = AMOUNT_WORDS_RE.fullmatch(fold(raw).strip())
    if match is None:
        return None
    if match.group("kopecks") and not _has_kopeck_word(match):
        return None
    return amount_from_words_match(match)


def amount_from_words_match(match: re.Match[str]) -> Decimal:
    """Return the amount of an `AMOUNT_WORDS_RE` match.

    Digits after the rubles count as kopecks only when a kopeck word follows them.
    """
    total = 0
    current = 0
    for word in match.group("words").split():
        if word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            current += _VALUES[word]
    kopecks = int(match.group("kopecks")) if _has_kopeck_word(match) else 0
    return Decimal(total + current) + Decimal(kopecks) / 100


def amount_words_end(match: re.Match[str]) -> int:
    """Return where the amount of an `AMOUNT_WORDS_RE` match ends in the text.

    That is after the kopeck word, with the dot of "коп.", or after the ruble word
    when no kopeck word follows.
    """
    if not _has_kopeck_word(match):
        return match.end("rubles")
    if match.group("dot") and match.group("kopeck_word") in _KOPECK_ABBREVIATIONS:
        return match.end("dot")
    return match.end("kopeck_word")


def is_kopeck_word(word: str) -> bool:
    """Return whether a word is "копеек", "копейки", "копейка", "коп" or "к".

    One inserted, dropped or replaced letter is allowed in the full forms.
    """
    folded = fold(word)
    if folded in _KOPECK_ABBREVIATIONS:
        return True
    return any(_within_one_edit(folded, known) for known in _KOPECK_WORDS)


def _has_kopeck_word(match: re.Match[str]) -> bool:
    word = match.group("kopeck_word")
    return word is not None and is_kopeck_word(word)


def _within_one_edit(word: str, known: str) -> bool:
    """Return whether `word` turns into `known` with at most one letter edit."""
    if abs(len(word) - len(known)) > 1:
        return False
    if len(word) == len(known):
        return sum(a != b for a, b in zip(word, known, strict=True)) <= 1
    shorter, longer = sorted((word, known), key=len)
    for index in range(len(longer)):
        if longer[:index] + longer[index + 1 :] == shorter:
            return True
    return False


# An amount in digits repeated in words in brackets, then the currency and kopecks:
# "1 284 000 (Один миллион двести восемьдесят четыре тысячи) рублей 00 копеек".
# Matched on the folded text right after the digits.
_BRACKETED_RUBLES_RE = compile_folded(
    r"\s*\((?P<words>[^()0-9]{3,200})\)\s*"
    r"(?P<rubles>руб(?:лей|ля|ль)\b|руб\.|р\.)"
    r"(?:\s*(?P<kopecks>[0-9]{2})\s*(?P<kopeck_word>коп(?:еек|ейки|ейка|ейку)?\b\.?))?"
)


@dataclass(frozen=True)
class BracketedRubles:
    """The "(words) рублей 00 копеек" that follows an amount in digits."""

    words_value: int | None
    kopecks: int
    marker_span: tuple[int, int]
    end: int


def bracketed_rubles_after(text: str, position: int) -> BracketedRubles | None:
    """Read "(words) рублей NN копеек" starting at `position` of the folded text.

    `words_value` is None when the bracket contains words that are not a number.
    """
    match = _BRACKETED_RUBLES_RE.match(text, position)
    if match is None:
        return None
    kopecks = int(match.group("kopecks")) if match.group("kopecks") else 0
    end = match.end("kopeck_word") if match.group("kopecks") else match.end("rubles")
    return BracketedRubles(
        parse_number_words(match.group("words")), kopecks, match.span("rubles"), end
    )


def parse_number_words(words: str) -> int | None:
    """Parse a whole number written in Russian words, or return None.

    "Один миллион двести восемьдесят четыре тысячи" gives 1284000.
    """
    tokens = fold(words).split()
    if not tokens or len(tokens) > _MAX_WORDS:
        return None
    total = 0
    current = 0
    for token in tokens:
        if token in _SCALES:
            total += max(current, 1) * _SCALES[token]
            current = 0
        elif token in _VALUES:
            current += _VALUES[token]
        else:
            return None
    return total + current
