"""The machine-readable zone (MRZ) of a passport's data page, per ICAO Doc 9303.

A passport (format TD3) ends with two lines of 44 characters from A-Z, 0-9 and the
filler "<". The second line carries the document number, the nationality, the
dates of birth and expiry and the sex, each number guarded by a check digit: the
sum of the character values (digits as themselves, A=10 ... Z=35, "<"=0) times
the repeating weights 7, 3, 1, modulo 10.

OCR reads the zone's digits as O, I or l now and then, so the numeric positions
are read with those letters as digits before the check digits are computed. A
field whose check digit fails is not used.
"""

import re
from dataclasses import dataclass
from datetime import date

from .context import ExtractionContext

# The second line, folded to lower case: number, check, nationality, birth date,
# check, sex, expiry date, check, optional data, check, overall check.
_SECOND_LINE_RE = re.compile(r"(?m)^[ \t]*(?P<line>[a-z0-9<]{44})[ \t]*$")
_NUMERIC_POSITIONS = (9, *range(13, 20), *range(21, 28), 42, 43)
_DIGIT_LOOKALIKES = str.maketrans("oilз", "0113")
_WEIGHTS = (7, 3, 1)
_CONFIDENCE = 0.95
# The date fields that the zone gives.
ZONE_DATES = ("birth_date", "expiry_date")
_MIN_PASSED_CHECKS = 2
# Letters that OCR reads for digits in the zone, upper-cased, and how many of them a
# number may have for every reading of them to be tried.
_NUMBER_LOOKALIKES = {"O": "0", "I": "1", "L": "1", "З": "3"}
_MAX_LOOKALIKES = 4
# A Russian passport's zone number: 3 digits of the series, then the 6-digit number.
_RUSSIAN_ZONE_NUMBER_LENGTH = 9
_RUSSIAN_SERIES_DIGITS = 3
# Letters for the nationality and M, F or "<" for the sex, which a run of digits
# lacks even when its check digits pass.
_ZONE_SHAPE_RE = re.compile(r".{10}[A-Z<]{3}.{7}[MFX<]")


@dataclass(frozen=True)
class MachineReadableZone:
    """The checked fields of a passport's MRZ and their spans in the folded text.

    A field is None when its check digit fails.
    """

    number: str | None
    number_span: tuple[int, int]
    nationality: str
    birth_date: date | None
    expiry_date: date | None
    line_span: tuple[int, int]


def check_digit(field: str) -> int:
    """Return the ICAO 9303 check digit of an upper-case MRZ field."""
    total = 0
    for index, char in enumerate(field):
        if char.isdigit():
            value = int(char)
        elif "A" <= char <= "Z":
            value = ord(char) - ord("A") + 10
        else:
            value = 0
        total += value * _WEIGHTS[index % 3]
    return total % 10


def find_mrz(context: ExtractionContext) -> MachineReadableZone | None:
    """Return the passport MRZ of the text, or None when no second line passes.

    A line counts as a zone when at least two of its check digits pass (number,
    birth date, expiry date, composite). A line of 44 characters that is not a
    zone is then not read, and one misread field does not lose the others.
    """
    for match in _SECOND_LINE_RE.finditer(context.text):
        printed = context.document.original[
            slice(*context.document.original_span(*match.span("line")))
        ]
        line = _with_digits(match.group("line")).upper()
        checks = (
            (line[0:9], line[9]),
            (line[13:19], line[19]),
            (line[21:27], line[27]),
            (line[0:10] + line[13:20] + line[21:43], line[43]),
        )
        passed = [
            check.isdigit() and check_digit(field) == int(check)
            for field, check in checks
        ]
        repaired = _repaired_number(line, printed)
        if repaired is not None:
            line = repaired + line[9:]
            passed[0] = passed[3] = True
        if sum(passed) < _MIN_PASSED_CHECKS or not _ZONE_SHAPE_RE.match(line):
            continue
        number_ok = passed[0]
        start = match.start("line")
        number = line[0:9].rstrip("<")
        return MachineReadableZone(
            number=number if number_ok and number else None,
            number_span=(start, start + len(number)),
            nationality=line[10:13].replace("<", ""),
            birth_date=_checked_date(line[13:19], line[19], birth=True),
            expiry_date=_checked_date(line[21:27], line[27], birth=False),
            line_span=match.span("line"),
        )
    return None


def _repaired_number(line: str, printed: str) -> str | None:
    """Return the reading of the document number that passes its own check digit
    and the composite one, or None when no reading or more than one does.

    An "O", "I", "L" or "З" in the number may be a letter or a digit, so every
    reading of them is tried. The zone has upper-case letters only, so a lower-case
    "l" or "o" in `printed`, the line as OCR gave it, is most likely a digit. The
    preferred reading takes such letters for digits and keeps upper-case ones as
    letters, because L counts 21 and the checks alone cannot tell "L" from "1".
    """
    number, check, composite = line[0:9], line[9], line[43]
    if not check.isdigit() or not composite.isdigit() or len(printed) != len(line):
        return None
    positions = [i for i, char in enumerate(number) if char in _NUMBER_LOOKALIKES]
    if len(positions) > _MAX_LOOKALIKES:
        return None
    # The optional data is often a personal number, whose digits OCR misreads too.
    optional = line[28:43]
    optional_digits = "".join(_NUMBER_LOOKALIKES.get(char, char) for char in optional)
    scored: dict[int, set[str]] = {}
    for choice in range(2 ** len(positions)):
        chars = list(number)
        score = 0
        for bit, position in enumerate(positions):
            as_digit = bool(choice >> bit & 1)
            if as_digit:
                chars[position] = _NUMBER_LOOKALIKES[chars[position]]
            score += as_digit == printed[position].islower()
        variant = "".join(chars)
        if check_digit(variant) != int(check):
            continue
        head = variant + line[9:10] + line[13:20] + line[21:28]
        if any(
            check_digit(head + data) == int(composite)
            for data in {optional, optional_digits}
        ):
            scored.setdefault(score, set()).add(variant)
    if not scored:
        return None
    best = scored[max(scored)]
    return best.pop() if len(best) == 1 else None


def _with_digits(line: str) -> str:
    chars = list(line)
    for position in _NUMERIC_POSITIONS:
        chars[position] = chars[position].translate(_DIGIT_LOOKALIKES)
    return "".join(chars)


def _checked_date(digits: str, check: str, *, birth: bool) -> date | None:
    """Return the date of a YYMMDD field whose check digit passes, or None.

    A year of birth later than this year belongs to the last century. An expiry
    year is always in this century.
    """
    if not digits.isdigit() or not check.isdigit():
        return None
    if check_digit(digits) != int(check):
        return None
    year, month, day = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    century = 2000
    if birth and 2000 + year > date.today().year:
        century = 1900
    try:
        return date(century + year, month, day)
    except ValueError:
        return None


def mrz_fields(
    context: ExtractionContext, printed_number: dict | None
) -> tuple[dict, list[dict]]:
    """Return the passport fields that the MRZ confirms or supplies, and its check.

    The printed number keeps its span, with its value read from the MRZ, when the
    two agree once look-alike letters are read as digits. Otherwise the MRZ
    number replaces it, because its check digit passed.
    """
    zone = find_mrz(context)
    if zone is None:
        return {}, []
    fields: dict = {}
    if zone.number is not None:
        fields["number"] = _number_field(context, zone, printed_number)
    line_start = zone.line_span[0]
    dated = zip(ZONE_DATES, (zone.birth_date, zone.expiry_date), (13, 21), strict=True)
    for key, value, offset in dated:
        if value is not None:
            start = line_start + offset
            fields[key] = context.build_field(
                start, start + 6, value.isoformat(), _CONFIDENCE
            )
    if zone.nationality:
        start = line_start + 10
        fields["nationality"] = context.build_field(
            start, start + 3, zone.nationality, _CONFIDENCE
        )
    passed = zone.number is not None
    if passed:
        message = f"MRZ document number {zone.number} matches its check digit."
    else:
        message = (
            "The MRZ document number does not match its check digit, so the "
            "number printed on the page is kept."
        )
    check = {
        "code": "mrz_check_digits",
        "fields": ["number"],
        "passed": passed,
        "message": message,
    }
    return fields, [check]


def _number_field(
    context: ExtractionContext, zone: MachineReadableZone, printed: dict | None
) -> dict:
    if printed is not None and _same_number(printed["raw"], zone.number or ""):
        return {**printed, "value": zone.number, "confidence": _CONFIDENCE}
    if printed is not None and _is_russian_series_and_number(printed, zone):
        return {**printed, "confidence": _CONFIDENCE}
    return context.build_field(*zone.number_span, zone.number, _CONFIDENCE)


def _is_russian_series_and_number(printed: dict, zone: MachineReadableZone) -> bool:
    """Return whether the zone of a Russian passport gives the first 3 digits of the
    series and then the printed 6-digit number ("362731859" for "36 21 731859").
    The printed number is then the passport's number."""
    number = zone.number or ""
    return (
        zone.nationality == "RUS"
        and len(number) == _RUSSIAN_ZONE_NUMBER_LENGTH
        and number.isdigit()
        and printed["value"] == number[_RUSSIAN_SERIES_DIGITS:]
    )


def _same_number(printed: str, number: str) -> bool:
    compact = re.sub(r"[^0-9A-Za-zА-Яа-я]", "", printed).upper()
    if len(compact) != len(number):
        return False
    return all(
        found == expected
        or (
            expected.isdigit()
            and found.lower().translate(_DIGIT_LOOKALIKES) == expected
        )
        for found, expected in zip(compact, number, strict=True)
    )
