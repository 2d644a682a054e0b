"""Russian dates written in words, as notarised powers of attorney print them.

"двенадцатое марта две тысячи двадцать четвертого года" is 12 March 2024: the day
is an ordinal, the month a genitive name and the year "две тысячи" followed by the
ordinal of its last two digits in the genitive.
"""

import re
from datetime import date

from .parsing import MONTH_NUMBERS
from .text import compile_folded, fold

# Ordinal stems by value, longest first within each group so that "девятнадцат"
# is tried before "девят". The endings (-ое, -ого, -ье, -ьего, -ый) are not checked,
# and folding reads "четвёрт" as "четверт".
_ORDINAL_STEMS = (
    ("одиннадцат", 11),
    ("двенадцат", 12),
    ("тринадцат", 13),
    ("четырнадцат", 14),
    ("пятнадцат", 15),
    ("шестнадцат", 16),
    ("семнадцат", 17),
    ("восемнадцат", 18),
    ("девятнадцат", 19),
    ("двадцат", 20),
    ("тридцат", 30),
    ("сороков", 40),
    ("пятидесят", 50),
    ("десят", 10),
    ("перв", 1),
    ("втор", 2),
    ("трет", 3),
    ("четверт", 4),
    ("пят", 5),
    ("шест", 6),
    ("седьм", 7),
    ("восьм", 8),
    ("девят", 9),
)
_FOLDED_STEMS = tuple((fold(stem), value) for stem, value in _ORDINAL_STEMS)
# The cardinal tens before a compound ordinal: "двадцать первое".
_TENS = {fold(word): value for word, value in (("двадцать", 20), ("тридцать", 30))}
_YEAR_TENS = {
    **_TENS,
    fold("сорок"): 40,
    fold("пятьдесят"): 50,
}
_MONTH_NAMES = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_WORD = r"[^\W\d_]+"
WORD_DATE_RE = compile_folded(
    rf"\b(?P<day>(?:(?:двадцать|тридцать)\s+)?{_WORD})\s+"
    rf"(?P<month>{_MONTH_NAMES})\s+"
    rf"две\s+тысячи(?P<year>(?:\s+{_WORD}){{1,2}}?)\s+год[а]?\b"
)
_SPACES_RE = re.compile(r"\s+")


def find_word_dates(text: str) -> list[tuple[int, int, date]]:
    """Return (start, end, date) of every valid date in words in folded `text`."""
    found = []
    for match in WORD_DATE_RE.finditer(text):
        day = _compound_ordinal(match.group("day"), _TENS)
        year = _compound_ordinal(match.group("year"), _YEAR_TENS)
        if day is None or year is None:
            continue
        try:
            value = date(2000 + year, MONTH_NUMBERS[match.group("month")], day)
        except ValueError:
            continue
        found.append((match.start(), match.end(), value))
    return found


def _compound_ordinal(words: str, tens: dict[str, int]) -> int | None:
    """Return the value of "двадцать четвертого" or "двенадцатое", or None."""
    parts = _SPACES_RE.split(words.strip())
    if len(parts) == 2:
        ten = tens.get(parts[0])
        unit = _ordinal(parts[1])
        if ten is None or unit is None or unit >= 10:
            return None
        return ten + unit
    if len(parts) == 1:
        return _ordinal(parts[0])
    return None


def _ordinal(word: str) -> int | None:
    for stem, value in _FOLDED_STEMS:
        if word.startswith(stem):
            return value
    return None
