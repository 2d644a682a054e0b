"""Parsing of dates, money amounts and currency markers in Russian and English text.

The `*_RE` patterns match folded text (see `text.fold`). The `parse_*` functions
take the raw text of a match, in any case and script. They return a normalized
value, or None when the text is not a valid date or amount. Only the ASCII digits
0-9 count as digits, because `\\d` would also accept Arabic-Indic, Devanagari and
other Unicode digits, which `int()` converts silently.
"""

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Literal

from .text import compile_folded, fold

DateOrder = Literal["dmy", "mdy"]

_MONTHS = {
    1: "январь января янв january jan janvier janvier januar januari",
    2: "февраль февраля фев february feb février fevrier februar februari",
    3: "март марта мар march mar mars märz maerz maart",
    4: "апрель апреля апр april apr avril",
    5: "май мая may mai mei",
    6: "июнь июня июн june jun juin juni",
    7: "июль июля июл july jul juillet juli",
    8: "август августа авг august aug août aout augustus",
    9: "сентябрь сентября сен сент september sep sept septembre",
    10: "октябрь октября окт october oct octobre oktober",
    11: "ноябрь ноября ноя нояб november nov novembre",
    12: "декабрь декабря дек december dec décembre decembre dezember",
}
MONTH_NUMBERS = {
    fold(name): number for number, names in _MONTHS.items() for name in names.split()
}
_MONTH_ALTERNATION = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_MONTH = rf"(?P<month_name>(?:{_MONTH_ALTERNATION}))\.?(?![^\W\d_])"

_NUMERIC_DATE = (
    r"(?<![0-9.])(?P<first>[0-9]{1,2})(?P<sep>[./-])(?P<second>[0-9]{1,2})(?P=sep)"
    r"(?P<year>[0-9]{4}|[0-9]{2})(?![0-9])"
)
# Year first: 2024-03-05 (ISO 8601), and 2024/03/05 or 2024.03.05 with one
# separator throughout.
_ISO_DATE = (
    r"(?<![0-9.])(?P<iso_year>[0-9]{4})(?P<iso_sep>[-/.])(?P<iso_month>[0-9]{1,2})"
    r"(?P=iso_sep)(?P<iso_day>[0-9]{1,2})(?![0-9])"
)
# A year ends at a non-digit, or at a time printed against it: "August 16,
# 201815:00".
_YEAR_END = r"(?:(?![0-9])|(?=[0-2][0-9]:[0-5][0-9]))"
# "5 January 2024", "5th January, 2024", "«05» января 2024 г." and "5-Jan-2024".
_DAY_MONTH_YEAR = (
    r"(?<![0-9])[«\"']?(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?[»\"']?(?:-|\s*)"
    + _MONTH
    + rf"(?:-|,?\s*)(?P<named_year>[0-9]{{4}}){_YEAR_END}(?:\s*(?:г\.|года|г\b))?"
)
_MONTH_DAY_YEAR = (
    _MONTH.replace("month_name", "month_name2")
    + r"\s+(?P<day2>[0-9]{1,2})(?:st|nd|rd|th)?\s*,?\s*"
    rf"(?P<named_year2>[0-9]{{4}}){_YEAR_END}"
)
# A bilingual travel document date: "12 JUN /JUIN 19" or "21 FEB/FEV 1982". The
# month is given in two languages, and the second name is not checked. OCR may lose
# the slash and garble the second name ("12 JAN ДАМУ 21"); then the two-digit year
# must end the line or its column.
# A Turkish passport prints its own month first: "08 HAZ/JUN 21".
_BILINGUAL_DATE = (
    r"(?<![0-9])(?P<day3>[0-9]{1,2})\s+(?:"
    + _MONTH.replace("month_name", "month_name3")
    + r"(?:[ \t]*/[ \t]*[^\W\d_]{3,9}\.?"
    r"|[ \t]+[^\W\d_]{3,5}(?=[ \t]+[0-9]{2}(?:[ \t]*(?:\n|$)|[ \t]{2})))"
    r"|[^\W\d_]{3,4}[ \t]*/[ \t]*"
    + _MONTH.replace("month_name", "month_name4")
    + r")[ \t]+(?P<year3>[0-9]{4}|[0-9]{2})(?![0-9])"
)

DATE_RE = compile_folded(
    "|".join(
        f"(?:{part})"
        for part in (
            _ISO_DATE,
            _NUMERIC_DATE,
            _DAY_MONTH_YEAR,
            _MONTH_DAY_YEAR,
            _BILINGUAL_DATE,
        )
    )
)


@dataclass(frozen=True)
class ParsedDate:
    """A date read from text, `ambiguous` when its day and month could be swapped."""

    value: date
    ambiguous: bool = False

    @property
    def iso(self) -> str:
        """The date in ISO 8601 form, YYYY-MM-DD."""
        return self.value.isoformat()


def parse_date(raw: str, order: DateOrder = "dmy") -> ParsedDate | None:
    """Parse one date written in any supported form, or return None if it is invalid.

    `order` decides numeric dates with '/' or '-' where both parts could be the month
    (03/04/2024): "dmy" reads day first, "mdy" month first, and the result is marked
    ambiguous. A part above 12 must be the day, whatever the order. Dates with dots
    are always read day first, as no common convention writes the month first with
    dots. Two-digit years map to 2000-2049 and 1950-1999.
    """
    match = DATE_RE.fullmatch(fold(raw).strip())
    if match is None:
        return None
    return date_from_match(match, order)


def date_from_match(
    match: re.Match[str], order: DateOrder = "dmy"
) -> ParsedDate | None:
    """Build a `ParsedDate` from a `DATE_RE` match, or None if the date is invalid."""
    groups = match.groupdict()
    if groups["iso_year"]:
        return _make_date(
            int(groups["iso_year"]), int(groups["iso_month"]), int(groups["iso_day"])
        )
    if groups["first"]:
        return _numeric_date(groups, order)
    if groups["month_name"]:
        month = MONTH_NUMBERS[groups["month_name"]]
        return _make_date(int(groups["named_year"]), month, int(groups["day"]))
    if groups["month_name2"]:
        month = MONTH_NUMBERS[groups["month_name2"]]
        return _make_date(int(groups["named_year2"]), month, int(groups["day2"]))
    month = MONTH_NUMBERS[groups["month_name3"] or groups["month_name4"]]
    return _make_date(_full_year(groups["year3"]), month, int(groups["day3"]))


def _numeric_date(groups: dict[str, str], order: DateOrder) -> ParsedDate | None:
    first, second = int(groups["first"]), int(groups["second"])
    year = _full_year(groups["year"])
    if groups["sep"] == "." or first > 12:
        return _make_date(year, second, first)
    if second > 12:
        return _make_date(year, first, second)
    day, month = (first, second) if order == "dmy" else (second, first)
    parsed = _make_date(year, month, day)
    if parsed is None:
        return None
    return ParsedDate(parsed.value, ambiguous=first != second)


def _full_year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 4:
        # OCR reads the 0 of "2025" as 6, 8 or 9 ("2625"), a year no business
        # paper prints.
        if digits[0] == "2" and digits[1] in _YEAR_ZERO_MISREADS:
            return int("20" + digits[2:])
        return year
    return 2000 + year if year < 50 else 1900 + year


_YEAR_ZERO_MISREADS = "689"


def _make_date(year: int, month: int, day: int) -> ParsedDate | None:
    try:
        return ParsedDate(date(year, month, day))
    except ValueError:
        return None


# Amounts. Currency markers are folded like the text they are matched against.
_CURRENCY_MARKERS = {
    # A bare "р" is the rouble sign as OCR reads it ("140 760,00 Р"); the amount
    # pattern takes it only right after a number.
    "RUB": ("₽", "руб", "руб.", "рублей", "рубля", "рубль", "р.", "р", "rub", "rur"),
    "USD": ("$", "usd", "us$", "us dollars"),
    "CAD": ("ca$", "c$"),
    "AUD": ("au$", "a$"),
    "HKD": ("hk$",),
    "NZD": ("nz$",),
    "SGD": ("s$", "5$"),
    "EUR": ("€", "eur", "euro", "евро"),
    "GBP": ("£", "gbp"),
    "INR": ("₹", "rs", "rs.", "inr"),
    "CNY": ("¥", "cny", "юаней", "юаня", "юань", "юани"),
    "KZT": ("₸", "kzt", "тенге"),
    "PLN": ("zł", "pln"),
    "KRW": ("₩", "krw"),
    "TRY": ("₺",),
    "AMD": ("֏", "драм", "драмов"),
    "GEL": ("₾",),
    "TND": ("dt",),
}
# Currencies whose minor unit is a thousandth (ISO 4217): "12 496,000 TND" is
# twelve thousand dinars.
THREE_DECIMAL_CURRENCIES = ("TND", "KWD", "BHD", "OMR", "JOD", "IQD", "LYD")
_ISO_CODES = (
    *("RUB", "USD", "EUR", "GBP", "INR", "CNY", "KZT", "PLN", "CHF", "JPY"),
    *("BYN", "UAH", "CZK", "SEK", "NOK", "DKK", "TRY", "AED", "CAD", "AUD"),
    *("SGD", "HKD", "KRW", "BRL", "MXN", "ZAR", "SAR", "THB", "MYR", "NZD"),
    *("HUF", "BGN", "RSD", "UZS", "ILS", "IDR", "VND", "AZN"),
    # "KGS" is left out: bills of lading weigh in "KGS" far more often than they
    # price in Kyrgyz som.
    *("AMD", "GEL", "TJS", "MDL", "MNT", "EGP", "QAR", "PKR"),
    *THREE_DECIMAL_CURRENCIES,
)
CURRENCY_BY_MARKER = {
    fold(marker): code
    for code, markers in _CURRENCY_MARKERS.items()
    for marker in markers
}
CURRENCY_BY_MARKER.update({code.lower(): code for code in _ISO_CODES})

_SYMBOLS = r"[$€£₽₹¥₸₩₺֏₾]"
# "DT" marks dinars only after three decimals ("4 201,700 DT"), because Russian
# reconciliation acts mark debits "1 250,00 Dt".
_DINAR_MARK = r"(?:(?<=[.,][0-9]{3})|(?<=[.,][0-9]{3}[ \t]))dt\b"
_CODES = "|".join(
    sorted({code.lower() for code in _ISO_CODES} | {"rs"}, key=len, reverse=True)
)
# OCR reads the S of "S$2,250.00" as 5, glued to the figures.
# A code after a dash belongs to another code: "truck DO-RS 418".
_PREFIX = rf"(?P<prefix>us\$|5\$(?=[0-9])|{_SYMBOLS}|\b(?<!-)(?:{_CODES})\b\.?)"
# Belarusian roubles are written out ("12 500,00 белорусских рублей", "бел. руб.").
_BELARUSIAN_ROUBLES = r"бел(?:орусских|\.)\s?руб(?:лей|ля|ль)?\b\.?"
_SUFFIX = (
    # A bare "р" opens "р/с", the label of an account, not a rouble ("р/мес" is).
    rf"(?P<suffix>{_SYMBOLS}|{_BELARUSIAN_ROUBLES}|руб(?:лей|ля|ль)?\b\.?|р\."
    rf"|р\b(?![ \t]*/[ \t]*с)|zł|(?:{_CODES})\b|евро\b|тенге\b|юаней\b"
    # Tunisian papers mark dinars "DT" after the amount: "4 201,700 DT".
    rf"|{_DINAR_MARK})"
)
# A rouble mark printed against the number: "1 250,00руб." or "65 000,00₽", which
# OCR reads as "65 000,00Р", and a currency code against an amount with a decimal
# part: "1529623.50RUB".
_ISO_CODE_ALTERNATION = "|".join(code.lower() for code in _ISO_CODES)
_GLUED_SUFFIX = (
    rf"(?:руб(?:лей|ля|ль)?\b|р\b|(?<=[.,][0-9]{{2}})(?:{_ISO_CODE_ALTERNATION})\b)"
)
_RUBLES_KOPECKS = (
    r"(?P<rubles>[0-9]{1,3}(?:[ ][0-9]{3})+|[0-9]+)\s*(?:руб(?:лей|ля|ль)?\b\.?|р\.)\s*"
    r"(?P<kopecks>[0-9]{2})\s*(?:коп(?:еек|ейки|ейка)?\b\.?|к\.)"
)
_THREE_DECIMAL_CODES = "|".join(code.lower() for code in THREE_DECIMAL_CURRENCIES)
# Fixed-width lookbehinds for a three-decimal currency's code before the amount,
# with and without a space.
_AFTER_THREE_DECIMAL_CODE = "|".join(
    rf"(?<={code.lower()}{space})"
    for code in THREE_DECIMAL_CURRENCIES
    for space in ("", " ")
)
# Thousandths need a decimal mark that differs from the group mark ("12 496,000",
# "1,250.500", "1.250,500"), a point after ungrouped figures ("45.250") or a comma
# after four figures or more ("12496,000"). "15,000,000" and "12,500" group
# thousands.
_THOUSANDTHS = (
    r"(?:[0-9]{1,3}(?:[ '][0-9]{3})+[.,]|[0-9]{1,3}(?:,[0-9]{3})+\."
    r"|[0-9]{1,3}(?:\.[0-9]{3})+,|[0-9]+\.|[0-9]{4,},)[0-9]{3}"
)
_THOUSANDTHS_RE = re.compile(_THOUSANDTHS)
# Tunisian papers are written in French, where a comma marks the decimals: "1,000
# TND" is one dinar.
_COMMA_THOUSANDTHS_RE = re.compile(r"[0-9]{1,3}(?:[ .][0-9]{3})*,[0-9]{3}")
_NUMBER = (
    r"(?P<number>"
    # 12 496,000 TND and KWD 1,250.500: three decimals beside such a currency.
    rf"(?:{_AFTER_THREE_DECIMAL_CODE}){_THOUSANDTHS}(?![0-9])"
    rf"|{_THOUSANDTHS}(?=\s?(?:{_THREE_DECIMAL_CODES}|dt)\b)"
    # 5250-90 and 12 500-00: a dash before kopecks
    r"|(?:[0-9]{1,3}(?:[ ][0-9]{3})+|[0-9]+)-[0-9]{2}(?![0-9-])"
    # 1 988  782,00: OCR doubled one space between groups. Read only after a group
    # with one space and before a decimal part, so that two columns of a table
    # ("1 500  250,00") stay two amounts unless both conditions hold.
    r"|[0-9]{1,3}(?: [0-9]{3})+  [0-9]{3}(?: [0-9]{3})*[.,][0-9]{2}"
    # |1932 000,00: OCR ran the first two groups together in a table's cell or
    # after a label's colon or dash ("Итого по акту: 1932 000,00", "Итого —
    # 1932 000,00"; the text is folded, so the dash is "-").
    r"|(?:(?<=[|\[\]:])|(?<=[|\[\]:-] ))[0-9]{4}(?: [0-9]{3})+[.,][0-9]{2}"
    # 3 208, 33: OCR put a space after the decimal comma of a grouped amount.
    r"|[0-9]{1,3}(?: [0-9]{3})+, [0-9]{2}(?![0-9])"
    r"|[0-9]{1,3}(?:[ '’][0-9]{3})+(?:[.,][0-9]{1,2})?"  # 5 250,90
    # 2,469, 200.00: OCR put a space after a comma between groups of thousands.
    r"|[0-9]{1,3}(?:,[0-9]{3})+, [0-9]{3}(?:,[0-9]{3})*\.[0-9]{2}"
    # 4,12,500.00: Indian grouping in lakhs, read only with its paise.
    r"|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}\.[0-9]{2}"
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,2})?"  # 5,250.90
    r"|[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]{1,2})?"  # 5.250,90
    r"|[0-9]+(?:[.,][0-9]{1,2})?"  # 5250.90, 5250,90, 5250
    r")"
)
_BELARUSIAN_ROUBLES_RE = compile_folded(_BELARUSIAN_ROUBLES)
# A group that opens with a zero after a number and a space is the tail of an
# amount whose first group OCR ran together ("1932 000,00" for "1 932 000,00"),
# never an amount of its own.
AMOUNT_RE = compile_folded(
    rf"(?<![\w.,])(?!(?<=[0-9] )0[0-9])(?:{_RUBLES_KOPECKS}"
    rf"|(?:{_PREFIX}\s?)?(?P<minus>-)?{_NUMBER}"
    rf"(?!(?!{_GLUED_SUFFIX})\w|[.,][0-9])(?:\s?{_SUFFIX})?)"
)


def parse_amount(raw: str) -> Decimal | None:
    """Parse a money amount written in any supported form, ignoring currency markers.

    A single ',' or '.' followed by exactly 3 digits groups thousands (1,234 is one
    thousand two hundred thirty-four). With both separators the last one is the
    decimal point. A dash before 2 final digits separates kopecks (5250-90, 12 500-00).
    """
    match = AMOUNT_RE.fullmatch(fold(raw).strip())
    if match is None:
        return None
    return amount_from_match(match)


@dataclass(frozen=True)
class ThousandthsCurrency:
    """The three-decimal currency a document states its amounts in."""

    code: str
    # Whether a comma marks its decimals ("4 201,700 DT") rather than a point.
    decimal_comma: bool


def amount_from_match(
    match: re.Match[str], document_currency: ThousandthsCurrency | None = None
) -> Decimal | None:
    """Build the amount of an `AMOUNT_RE` match, or None if it cannot be read.

    `document_currency` is the three-decimal currency the document states its
    amounts in (see `thousandths_currency`). An amount without a mark of its own
    is read in it: a table cell "18,500" of a Tunisian invoice that puts a comma
    before its decimals is eighteen and a half dinars.
    """
    if match.group("rubles"):
        rubles = match.group("rubles").replace(" ", "")
        return _to_decimal(f"{rubles}.{match.group('kopecks')}")
    number = match.group("number")
    marker = fold(match.group("prefix") or match.group("suffix") or "").rstrip(".")
    code = CURRENCY_BY_MARKER.get(marker, marker.upper()) if marker else None
    decimal_comma = True
    if code is None and document_currency is not None:
        code, decimal_comma = document_currency.code, document_currency.decimal_comma
    if code in THREE_DECIMAL_CURRENCIES and (
        _THOUSANDTHS_RE.fullmatch(number)
        or (code == "TND" and decimal_comma and _COMMA_THOUSANDTHS_RE.fullmatch(number))
    ):
        compact = re.sub(r"[ '’]", "", number)
        whole, fraction = compact[:-4], compact[-3:]
        value = _to_decimal(re.sub(r"[.,]", "", whole) + "." + fraction)
    else:
        value = _to_decimal(_canonical_number(number))
    if value is not None and match.group("minus"):
        return -value
    return value


_THREE_DECIMAL_MARK_RE = compile_folded(rf"\b(?:{_THREE_DECIMAL_CODES}|dt)\b")


def thousandths_currency(text: str) -> ThousandthsCurrency | None:
    """Return the three-decimal currency (TND, KWD ...) of a folded text, or None.

    The currency counts when more amounts written with three decimals carry its
    mark ("4 201,700 DT", "KWD 1,250.500") than carry any other currency's mark.
    A code alone, as in a list of accepted currencies, does not count, and
    neither does one stamp duty in dinars on a euro invoice.
    """
    if _THREE_DECIMAL_MARK_RE.search(text) is None:
        return None
    counts: Counter[str] = Counter()
    commas: Counter[str] = Counter()
    for match in AMOUNT_RE.finditer(text):
        marker = fold(match.group("prefix") or match.group("suffix") or "")
        code = CURRENCY_BY_MARKER.get(marker.rstrip("."))
        if code is None:
            continue
        number = match.group("number") or ""
        if code not in THREE_DECIMAL_CURRENCIES:
            counts[code] += 1
        elif _THOUSANDTHS_RE.fullmatch(number) or (
            code == "TND" and _COMMA_THOUSANDTHS_RE.fullmatch(number)
        ):
            counts[code] += 1
            commas[code] += number[-4] == ","
    ranked = counts.most_common(2)
    if not ranked or ranked[0][0] not in THREE_DECIMAL_CURRENCIES:
        return None
    code, count = ranked[0]
    if len(ranked) > 1 and ranked[1][1] == count:
        return None
    return ThousandthsCurrency(code, decimal_comma=commas[code] * 2 > count)


def _canonical_number(number: str) -> str:
    compact = re.sub(r"[ '’]", "", number)
    if re.fullmatch(r"[0-9]+-[0-9]{2}", compact):
        return compact.replace("-", ".")
    last_comma, last_dot = compact.rfind(","), compact.rfind(".")
    decimal_at = max(last_comma, last_dot)
    if decimal_at == -1:
        return compact
    if last_comma != -1 and last_dot != -1:
        separator = compact[decimal_at]
        grouping = "." if separator == "," else ","
        return compact.replace(grouping, "").replace(separator, ".")
    if len(compact) - decimal_at - 1 == 3:
        return compact.replace(compact[decimal_at], "")
    return compact.replace(",", ".")


# No business document states an amount of 10^18 or more, and longer numbers would
# exceed the 28 digits of decimal arithmetic once two decimal places are added.
_MAX_INTEGER_DIGITS = 18


def _to_decimal(text: str) -> Decimal | None:
    if len(text.split(".")[0].lstrip("-")) > _MAX_INTEGER_DIGITS:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def format_amount(value: Decimal) -> str:
    """Return an amount as a plain decimal string with at least 2 decimal places."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal("0.01"))
    return f"{value:f}"


def currency_code(marker: str) -> str | None:
    """Return the ISO 4217 code for a currency marker such as '$', 'руб.' or 'EUR'."""
    folded = fold(marker).strip()
    if _BELARUSIAN_ROUBLES_RE.fullmatch(folded):
        return "BYN"
    return CURRENCY_BY_MARKER.get(folded) or CURRENCY_BY_MARKER.get(folded.rstrip("."))
