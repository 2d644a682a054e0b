"""Fields of particular document types: fiscal data of receipts, passport data."""

import re
from collections.abc import Callable

from .context import ExtractionContext
from .header_fields import FOREIGN_CAPTION, caption_above
from .names import name_field
from .ocr_repairs import CODE_DIGIT_LOOKALIKES, DIGIT_LOOKALIKES
from .payment_fields import payment_order_fields
from .text import compile_folded

_RECEIPT_PATTERNS = (
    (
        "fiscal_drive_number",
        compile_folded(r"\bфн\b\s*[:№]?\s*(?P<value>[0-9]{16})(?![0-9])"),
    ),
    (
        "fiscal_document_number",
        compile_folded(r"\bфд\b\s*[:№]?\s*(?P<value>[0-9]{1,10})(?![0-9])"),
    ),
    (
        "fiscal_sign",
        compile_folded(r"\bфпд?\b\s*[:№]?\s*(?P<value>[0-9]{1,10})(?![0-9])"),
    ),
)

_SERIES_NUMBER_RE = compile_folded(
    r"\bсерия\s*:?\s*(?P<series>[0-9]{2}\s?[0-9]{2})"
    r"\s*(?:№|номер)?\s*:?\s*(?P<number>[0-9]{6})(?![0-9])"
)
# The series and number printed down the page's edge, read across the page by OCR:
# "22 19" and "583021" apart, the number also in two groups ("5830 21"), with l or
# o for 1 or 0 ("22 l9   58302l") and б for 6 ("34 Oб"). A text layer may put the
# number on the line under the series.
_PASSPORT_DIGIT = r"[0-9olзб]"
_BARE_SERIES_NUMBER_RE = re.compile(
    rf"(?<![\w.,])(?P<series>[0-9]{_PASSPORT_DIGIT}\s{_PASSPORT_DIGIT}{{2}})"
    r"(?:[ \t]{1,60}+|[ \t]*+\n[ \t]*+)"
    rf"(?P<number>{_PASSPORT_DIGIT}{{6}}|{_PASSPORT_DIGIT}{{4}}\s{_PASSPORT_DIGIT}{{2}})"
    r"(?![\w.,])"
)
# A Russian passport for travel abroad prints two series digits and a 7-digit
# number after its label: "Номер паспорта / Passport No. 75 1234567".
_FOREIGN_PASSPORT_NUMBER_RE = compile_folded(
    r"\b(?:номер\s+паспорта|passport\s+no\.?|passport\s+number)[^\n0-9]{0,40}?"
    r"(?P<number>[0-9]{2}\s[0-9]{7})(?![0-9])"
)
_DIVISION_CODE_RE = compile_folded(
    r"\bкод\s+подразделения\s*:?\s*(?P<value>[0-9]{3}\s*-\s*[0-9]{3})(?![0-9])"
)
# A caption may repeat itself in other languages: "Geburtstag/Date of birth",
# "Name/Surname/Nom", "出生日期/Date of birth".
# Each other-language caption has up to 3 words ("Lieu de naissance") and ends at a
# slash, a colon or the end of its line, so that a value after it on the line
# ("Place of birth BERLIN") is not taken for a caption.
_CAPTION_WORD = r"[^\W\d_][^\W\d_'’.-]*"
_OTHER_LANGUAGES = (
    rf"(?:[ \t]*/[ \t]*{_CAPTION_WORD}(?:[ ]{_CAPTION_WORD}){{0,2}}"
    r"(?=[ \t]*[/:]|[ \t]*\n))*"
)
_BIRTH_CAPTION = r"(?:дата\s+рождения|date\s+of\s+birth|birth\s+date|geburtstag)"
_BIRTH_DATE_LABEL_RE = compile_folded(
    r"\b" + _BIRTH_CAPTION + _OTHER_LANGUAGES + r"\s*:?\s*$"
)
_BIRTH_DATE_CAPTION_RE = compile_folded(
    r"[ \t|]*" + FOREIGN_CAPTION + r"(?:[^\W\d_]+/)*" + _BIRTH_CAPTION
)
# The place of birth runs to the end of its line or to a wide gap before another
# caption ("Место рождения: ГОР. МОСКВА", "Geburtsort/Place of birth: OFFENBACH").
_BIRTH_PLACE_RE = compile_folded(
    r"\b(?:место\s+рождения|place\s+of\s+birth|geburtsort)"
    + _OTHER_LANGUAGES
    # The value may stand on the caption's line or on the next one.
    + r"[ \t]*:?[ \t]*(?:\n[ \t]*)?(?P<value>[^\W_][^\n]*?)(?=[ \t]{3}|[ \t]*(?:\n|\Z))"
)
# The text after a caption on its line is another caption when captions form a row
# over their values: "出生地点/Place of birth        签发地点/Place of issue".
_NEXT_CAPTION_RE = compile_folded(
    r"(?:[^\n/]{0,20}/[ \t]*)?(?:place|date|дата|место|authority|sex|пол|"
    r"nationality|surname|given)\b"
)
_CELL_RE = re.compile(r"\S+(?: \S+)*")
# How far a cell below may start to the right of its caption's column.
_CELL_SHIFT_CHARS = 8
_ISSUED_BY_RE = compile_folded(
    r"\b(?:паспорт\s+выдан|authority|behörde)"
    + _OTHER_LANGUAGES
    + r"\s*:?\s*(?P<value>[^\W_][^\n]*)"
)
_ISSUED_BY_END_RE = compile_folded(r"\s*(?:дата\s+выдачи|код\s+подразделения)")
# A name ends at a wide gap, which may open another caption on the same line.
_NAME_VALUE = r"(?P<value>[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?(?:[ ,]{1,2}[^\W\d_]+)*)"
_PERSON_NAME_PATTERNS = (
    (
        "surname",
        compile_folded(
            r"\b(?:фамилия|surname)" + _OTHER_LANGUAGES + r"\s*:?[ \t]*" + _NAME_VALUE
        ),
    ),
    (
        "given_name",
        compile_folded(
            r"\b(?:имя|given\s+names?)"
            + _OTHER_LANGUAGES
            + r"\s*:?[ \t]*"
            + _NAME_VALUE
        ),
    ),
    (
        "patronymic",
        compile_folded(r"\bотчество\s*:?[ \t]*(?P<value>[^\W\d_]+)"),
    ),
)
_NAME_PARTS = ("surname", "given_name", "patronymic")


def receipt_fields(context: ExtractionContext) -> dict:
    """Return the fiscal drive number (ФН), document number (ФД) and sign (ФП)."""
    fields = {}
    for key, pattern in _RECEIPT_PATTERNS:
        match = pattern.search(context.text)
        if match:
            fields[key] = _raw_value_field(context, match.span("value"), 0.9)
    return fields


def passport_fields(context: ExtractionContext) -> dict:
    """Return a passport's series, number, division code, dates, issuer and holder."""
    fields = {}
    series_number = _SERIES_NUMBER_RE.search(
        context.text
    ) or _BARE_SERIES_NUMBER_RE.search(context.text)
    if series_number:
        confidence = 0.9 if series_number.re is _SERIES_NUMBER_RE else 0.6
        fields["series"] = _digits_field(
            context, series_number.span("series"), confidence
        )
        fields["number"] = _digits_field(
            context, series_number.span("number"), confidence
        )
    if "number" not in fields:
        foreign = _FOREIGN_PASSPORT_NUMBER_RE.search(context.text)
        if foreign:
            number = _digits_field(context, foreign.span("number"), 0.8)
            fields["number"] = number
    division = _DIVISION_CODE_RE.search(context.text)
    if division:
        code = context.build_field(*division.span("value"), "", 0.9)
        code["value"] = re.sub(r"\s", "", code["raw"].translate(CODE_DIGIT_LOOKALIKES))
        fields["issuer_code"] = code
    birth_date = _birth_date(context)
    if birth_date:
        fields["birth_date"] = birth_date
    birth_place = _birth_place(context)
    if birth_place:
        fields["birth_place"] = birth_place
    issued_by = _issued_by(context)
    if issued_by:
        fields["issued_by"] = issued_by
    for key, pattern in _PERSON_NAME_PATTERNS:
        match = pattern.search(context.text)
        if match:
            fields[key] = _raw_value_field(context, match.span("value"), 0.7)
    full_name = _full_name(context, fields)
    if full_name:
        fields["full_name"] = full_name
    return fields


def _full_name(context: ExtractionContext, fields: dict) -> dict | None:
    """Join the holder's surname, given name and patronymic in that order.

    The evidence spans from the first part to the last, labels between them included.
    """
    parts = [fields[key] for key in _NAME_PARTS if key in fields]
    if "surname" not in fields or len(parts) < 2:
        return None
    start = min(part["span"][0] for part in parts)
    end = max(part["span"][1] for part in parts)
    confidence = min(part["confidence"] for part in parts)
    found = context.build_field(start, end, "", confidence)
    found["value"] = " ".join(part["value"] for part in parts)
    return found


def _birth_place(context: ExtractionContext) -> dict | None:
    """Return the place of birth after its caption, or in the cell under a caption
    in a row of captions."""
    match = _BIRTH_PLACE_RE.search(context.text)
    if match is None:
        return None
    span = match.span("value")
    if "\n" in context.text[match.start() : span[0]]:
        span = _own_cell_below(context, match.start()) or span
    elif _NEXT_CAPTION_RE.match(context.text, span[0]):
        caption_start = match.start()
        line_start = context.document.line_start(caption_start)
        while (
            caption_start > line_start and not context.text[caption_start - 1].isspace()
        ):
            caption_start -= 1
        below = _cell_below(context, caption_start)
        if below is None:
            return None
        span = below
    return _raw_value_field(context, span, 0.7)


def _own_cell_below(
    context: ExtractionContext, caption_start: int
) -> tuple[int, int] | None:
    """Return the cell under a caption that follows other captions on its line.

    A caption in a row of captions heads only its own cell below: "Sex   Place of
    birth" over "M   TAMPERE". Returns None when the caption opens its line or its
    column below is empty, and the value is then the whole next line, as a form
    that prints it left-aligned under the row has it.
    """
    text = context.text
    line_start = context.document.line_start(caption_start)
    before = text[line_start:caption_start]
    cell_start = max(before.rfind("  "), before.rfind("\t"), before.rfind("|"))
    if cell_start == -1 or not before[:cell_start].strip(" \t|"):
        return None
    return _cell_below(context, line_start + cell_start + 1)


def _cell_below(context: ExtractionContext, position: int) -> tuple[int, int] | None:
    """Return the span of the next line's cell that starts under `position`."""
    document = context.document
    column = position - document.line_start(position)
    next_start = document.line_end(position) + 1
    if next_start >= len(context.text):
        return None
    next_end = document.line_end(next_start)
    for cell in _CELL_RE.finditer(context.text, next_start, next_end):
        cell_column = cell.start() - next_start
        if (
            cell_column <= column + _CELL_SHIFT_CHARS
            and cell.end() - next_start > column
        ):
            return cell.span()
    return None


def _birth_date(context: ExtractionContext) -> dict | None:
    """Return the date after a birth date label, or the one in a cell under it."""
    found = _labeled_date(context, _BIRTH_DATE_LABEL_RE)
    if found is not None:
        return found
    for hit in context.dates:
        line_start = context.document.line_start(hit.start)
        before = context.text[line_start : hit.start]
        above = caption_above(context, hit, before)
        if above and _BIRTH_DATE_CAPTION_RE.match(above):
            return context.build_field(hit.start, hit.end, hit.parsed.iso, 0.8)
    return None


def _raw_value_field(
    context: ExtractionContext, span: tuple[int, int], confidence: float
) -> dict:
    found = context.build_field(span[0], span[1], "", confidence)
    found["value"] = found["raw"]
    return found


def _digits_field(
    context: ExtractionContext, span: tuple[int, int], confidence: float
) -> dict:
    found = context.build_field(span[0], span[1], "", confidence)
    digits = found["raw"].translate(DIGIT_LOOKALIKES)
    found["value"] = re.sub(r"[^0-9]", "", digits)
    return found


def _labeled_date(context: ExtractionContext, label: re.Pattern[str]) -> dict | None:
    for hit in context.dates:
        before = context.text[context.document.line_start(hit.start) : hit.start]
        if label.search(before):
            return context.build_field(hit.start, hit.end, hit.parsed.iso, 0.85)
    return None


def _issued_by(context: ExtractionContext) -> dict | None:
    match = _ISSUED_BY_RE.search(context.text)
    if match is None:
        return None
    start, end = match.span("value")
    if "\n" in context.text[match.start() : start]:
        start, end = _own_cell_below(context, match.start()) or (start, end)
    stop = _ISSUED_BY_END_RE.search(context.text, start, end)
    if stop:
        end = stop.start()
    end = len(context.text[start:end].rstrip(" ,;")) + start
    return name_field(context, (start, end), 0.7) if end > start else None


TYPE_FIELDS: dict[str, Callable[[ExtractionContext], dict]] = {
    "receipt": receipt_fields,
    "passport": passport_fields,
    "payment_order": payment_order_fields,
}
