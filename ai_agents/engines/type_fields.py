"""Fields of particular document types: fiscal data of receipts, passport data."""

import re
from collections.abc import Callable

from .context import ExtractionContext
from .names import name_field
from .ocr_repairs import CODE_DIGIT_LOOKALIKES
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
_BARE_SERIES_NUMBER_RE = re.compile(
    r"(?<![0-9])(?P<series>[0-9]{2}\s[0-9]{2})\s(?P<number>[0-9]{6})(?![0-9])"
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
_BIRTH_DATE_LABEL_RE = compile_folded(r"\bдата\s+рождения\s*:?\s*$")
_ISSUED_BY_RE = compile_folded(r"\bпаспорт\s+выдан\s*:?\s*(?P<value>[^\n]+)")
_ISSUED_BY_END_RE = compile_folded(r"\s*(?:дата\s+выдачи|код\s+подразделения)")
_PERSON_NAME_PATTERNS = (
    (
        "surname",
        compile_folded(
            r"\bфамилия\s*:?\s*(?P<value>[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?)"
        ),
    ),
    ("given_name", compile_folded(r"\bимя\s*:?\s*(?P<value>[^\W\d_]+)")),
    ("patronymic", compile_folded(r"\bотчество\s*:?\s*(?P<value>[^\W\d_]+)")),
)


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
        code["value"] = re.sub(r"\s", "", code["raw"])
        fields["issuer_code"] = code
    birth_date = _labeled_date(context, _BIRTH_DATE_LABEL_RE)
    if birth_date:
        fields["birth_date"] = birth_date
    issued_by = _issued_by(context)
    if issued_by:
        fields["issued_by"] = issued_by
    for key, pattern in _PERSON_NAME_PATTERNS:
        match = pattern.search(context.text)
        if match:
            fields[key] = _raw_value_field(context, match.span("value"), 0.7)
    return fields


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
    digits = found["raw"].translate(CODE_DIGIT_LOOKALIKES)
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
