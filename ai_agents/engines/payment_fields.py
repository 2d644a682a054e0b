"""Payment order fields besides the parties: tax codes, purpose, type and priority.

The tax row of the bank form 0401060 starts with the budget classification code
(КБК, field 104, 20 digits) and the OKTMO code (field 105, 8 or 11 digits).
Exports label them ("КБК: ...", "ОКТМО: ..."). The purpose of payment (field 24)
sits above its caption "Назначение платежа" on the form and after it in exports.
"""

import re

from .context import ExtractionContext
from .names import name_field
from .signals import SWIFT_PRINT_32A_RE
from .text import compile_folded

TAX_ROW_RE = re.compile(
    r"(?<![0-9])(?P<kbk>[0-9]{20})[ \t|\[\]]*(?P<oktmo>[0-9]{11}|[0-9]{8})(?![0-9])"
)
_KBK_RE = compile_folded(r"\bкбк\b[ \t:№]*(?P<value>[0-9]{20})(?![0-9])")
_OKTMO_RE = compile_folded(r"\bоктмо\b[ \t:№]*(?P<value>[0-9]{11}|[0-9]{8})(?![0-9])")
# A SWIFT transfer application may prefix the caption with its field tag: "70
# Remittance information:".
PURPOSE_CAPTION_RE = compile_folded(
    r"(?m)^[^\w\n]*(?:[0-9]{2}[a-z]?[ \t]+)?"
    r"(?:назначение\s+платежа|(?:details|purpose)\s+of\s+payment"
    r"|payment\s+(?:purpose|details)|remittance\s+information)\b(?P<colon>[ \t]*:)?"
)
# The small captions of the form between the payee and the purpose. OCR may read
# some letters as Latin look-alikes (u for и, a for д, n for п, s or 3 for з).
FIELD_CAPTION_RE = compile_folded(
    r"(?m)^[^\w\n]*(?:в[иu][дa]\s+о[пn]\b|с?рок\s+пл|на[з3s]\.?\s*пл|о?ч[её]р\.?\s*пл"
    r"|код\b|рез\.?\s*поле|получатель\b)"
)
_TWENTY_DIGITS_RE = re.compile(r"(?<![0-9])[0-9]{20}(?![0-9])")
_END_CAPTION_RE = compile_folded(r"[^\w\n]*(?:подписи|отметки|м\.\s?п\.)")
_PAYMENT_TYPES = r"электронно|срочно|почтой|телеграфом"
_PAYMENT_TYPE_RE = compile_folded(
    rf"\bвид\s+платежа\b[ \t:]*(?P<value>{_PAYMENT_TYPES})\b"
)
_TITLE_PAYMENT_TYPE_RE = compile_folded(
    rf"пл[ао]т[её]жное\s+поручение\b[^\n]*?\b(?P<value>{_PAYMENT_TYPES})\b"
)
_PRIORITY_RE = compile_folded(
    r"\b(?:очередность(?:\s+платежа)?|оч[её]р(?:едн)?\.?[ \t]*пл(?:ат)?\.?)"
    r"[ \t:]*(?P<value>[1-5])(?![0-9])"
)
_MAX_PURPOSE_LINES = 5
_LABELED_CONFIDENCE = 0.9
_POSITIONAL_CONFIDENCE = 0.7
_PURPOSE_ABOVE_CONFIDENCE = 0.75
_PURPOSE_AFTER_ROW_CONFIDENCE = 0.5


def payment_order_fields(context: ExtractionContext) -> dict:
    """Return "kbk", "oktmo", "purpose", "payment_type" and "priority" as found."""
    fields = {}
    tax_row = TAX_ROW_RE.search(context.text)
    for key, pattern in (("kbk", _KBK_RE), ("oktmo", _OKTMO_RE)):
        found = _labeled_value(context, pattern)
        if found is None and tax_row is not None:
            found = _value_field(context, tax_row.span(key), _POSITIONAL_CONFIDENCE)
        if found is not None:
            fields[key] = found
    purpose = find_purpose(context, tax_row)
    if purpose is not None:
        fields["purpose"] = purpose
    for key, pattern in (
        ("payment_type", _PAYMENT_TYPE_RE),
        ("payment_type", _TITLE_PAYMENT_TYPE_RE),
        ("priority", _PRIORITY_RE),
    ):
        if key not in fields:
            found = _labeled_value(context, pattern)
            if found is not None:
                found["value"] = found["value"].lower()
                fields[key] = found
    return fields


def find_purpose(
    context: ExtractionContext, tax_row: re.Match[str] | None
) -> dict | None:
    """Find the purpose of payment by its caption, or after the tax row without it.

    Text after "Назначение платежа:" is the purpose of an export, on the caption's
    line or the paragraph below it. A caption without a colon is the form's, and
    the purpose is the lines above it, up to the tax row, a caption or a blank line.
    Without the caption the purpose is the paragraph after the tax row, at low
    confidence.
    """
    found = purpose_span(context, tax_row)
    return None if found is None else name_field(context, *found)


def purpose_span(
    context: ExtractionContext, tax_row: re.Match[str] | None
) -> tuple[tuple[int, int], float] | None:
    """Return the span of the purpose of payment and its confidence, or None."""
    document = context.document
    caption = PURPOSE_CAPTION_RE.search(context.text)
    if caption is None:
        if tax_row is None:
            return None
        span = _paragraph_after(context, document.line_end(tax_row.end()))
        confidence = _PURPOSE_AFTER_ROW_CONFIDENCE
    else:
        line_end = document.line_end(caption.end())
        span = _strip(context.text, caption.end(), line_end)
        confidence = _LABELED_CONFIDENCE
        if span is None and caption.group("colon"):
            span = _paragraph_after(context, line_end)
        elif span is None:
            span = _lines_above(context, document.line_start(caption.start()))
            confidence = _PURPOSE_ABOVE_CONFIDENCE
    return None if span is None else (span, confidence)


def _lines_above(context: ExtractionContext, line_start: int) -> tuple[int, int] | None:
    """Return the span of the purpose lines that end just above `line_start`."""
    document = context.document
    start = end = None
    lines = 0
    position = line_start
    while position > 0 and lines < _MAX_PURPOSE_LINES:
        previous_start = document.line_start(position - 1)
        line = (previous_start, position - 1)
        position = previous_start
        if not context.text[line[0] : line[1]].strip():
            if end is None:
                continue
            break
        if _ends_purpose(context, *line):
            break
        start = line[0]
        end = end if end is not None else line[1]
        lines += 1
    if start is None or end is None:
        return None
    return _strip(context.text, start, end)


def _paragraph_after(
    context: ExtractionContext, position: int
) -> tuple[int, int] | None:
    """Return the span of the first paragraph that starts after `position`."""
    document = context.document
    start = end = None
    lines = 0
    while position < len(context.text) and lines < _MAX_PURPOSE_LINES:
        line = (position + 1, document.line_end(position + 1))
        position = line[1]
        if not context.text[line[0] : line[1]].strip():
            if start is None:
                continue
            break
        if _END_CAPTION_RE.match(context.text, *line) or _ends_purpose(context, *line):
            break
        start = start if start is not None else line[0]
        end = line[1]
        lines += 1
    if start is None or end is None:
        return None
    return _strip(context.text, start, end)


def _ends_purpose(context: ExtractionContext, start: int, end: int) -> bool:
    """Return whether a line is the tax row, a form caption or contains an account."""
    text = context.text
    return (
        FIELD_CAPTION_RE.match(text, start, end) is not None
        or TAX_ROW_RE.search(text, start, end) is not None
        or _TWENTY_DIGITS_RE.search(text, start, end) is not None
    )


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in " \t:-|[":
        start += 1
    while end > start and text[end - 1] in " \t|]":
        end -= 1
    return (start, end) if end > start else None


def _labeled_value(context: ExtractionContext, pattern: re.Pattern[str]) -> dict | None:
    match = pattern.search(context.text)
    if match is None:
        return None
    return _value_field(context, match.span("value"), _LABELED_CONFIDENCE)


def _value_field(
    context: ExtractionContext, span: tuple[int, int], confidence: float
) -> dict:
    found = context.build_field(span[0], span[1], "", confidence)
    found["value"] = found["raw"]
    return found


# The captioned lines under a printed field 32A ("Date :", "Currency :", "Amount :").
_SWIFT_PRINT_LINES = 4


def swift_print_32a_block(context: ExtractionContext) -> tuple[int, int] | None:
    """Return the span of the lines under a bank system's printed field 32A, or
    None when the text has no such field (see signals.SWIFT_PRINT_32A_RE)."""
    tag = SWIFT_PRINT_32A_RE.search(context.text)
    if tag is None:
        return None
    end = tag.end()
    for _ in range(_SWIFT_PRINT_LINES):
        end = context.document.line_end(min(end + 1, len(context.text)))
    return tag.end(), end
