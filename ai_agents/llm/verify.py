"""Checking LLM values against the document text.

A value is supported when text that normalizes to the same value is found in the
document: the quote verbatim, then the quote with case and spacing folded, then
the digits of the value with optional spaces between them, then any date or
amount of the document equal to the value. The field's "span" and "raw" point to
that text. A value that cannot be found keeps its value, gets no span and gets
UNSUPPORTED_CONFIDENCE.

Confidences are fixed and not calibrated. Only whether the document supports a
value counts, because the API reports no certainty per value.
"""

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from ai_agents.engines.amount_words import parse_amount_words
from ai_agents.engines.checks import (
    check_arithmetic,
    check_division_code,
    check_parties,
    check_passport_formats,
    check_total_in_words,
)
from ai_agents.engines.context import ExtractionContext
from ai_agents.engines.parsing import (
    DateOrder,
    currency_code,
    format_amount,
    parse_amount,
    parse_date,
)
from ai_agents.engines.schema_fields import requisite_checks
from ai_agents.engines.taxonomy import OTHER, FieldSpec
from ai_agents.engines.text import NormalizedText, compile_phrase, fold
from ai_agents.engines.totals import vat_terms

from .schemas import LINE_ITEMS, PARTIES

SUPPORTED_CONFIDENCE = 0.9
UNSUPPORTED_CONFIDENCE = 0.2

# Kinds of party requisites and table columns, in the terms of `normalize_value`.
PARTY_KEY_KINDS = {
    "name": "text",
    "inn": "inn",
    "kpp": "kpp",
    "ogrn": "ogrn",
    "address": "text",
    "bank_name": "text",
    "bik": "bik",
    "account": "account",
    "correspondent_account": "account",
    "swift": "code",
    "iban": "iban",
    "vat_id": "code",
}
LINE_ITEM_KINDS = {
    "description": "text",
    "quantity": "quantity",
    "unit": "text",
    "unit_price": "amount",
    "amount": "amount",
    "vat_rate": "quantity",
    "vat_amount": "amount",
    "hs_code": "digits",
    "country_of_origin": "text",
}
_DIGIT_KINDS = frozenset({"inn", "ogrn", "bik", "account", "digits"})
_CODE_KINDS = frozenset({"kpp", "iban", "code"})
_TEXT_KINDS = frozenset({"text", "number"})
_ROW_WINDOW_LINES = 3
# The types whose totals the embedded extractor adds up, as in its extractor.
_TYPES_WITH_SUBTOTAL = frozenset({"invoice", "upd", "waybill"})


def normalize_value(kind: str, raw: str, order: DateOrder = "dmy") -> str | None:
    """Return the normalized form of `raw` for a field of `kind`, or None.

    `kind` is a FieldSpec kind or one of "quantity", "digits" and "code". None
    means that `raw` cannot be read as that kind, such as "soon" for a date.
    """
    text = " ".join(raw.split())
    if not text:
        return None
    if kind == "date":
        parsed = parse_date(text, order)
        return parsed.iso if parsed else None
    if kind == "amount":
        amount = parse_amount(text)
        return format_amount(amount) if amount is not None else None
    if kind == "quantity":
        number = parse_amount(text.removesuffix("%").strip())
        return _plain_decimal(number) if number is not None else None
    if kind == "currency":
        code = currency_code(text)
        if code is None and re.fullmatch(r"[A-Za-z]{3}", text):
            code = text.upper()
        return code
    if kind in _DIGIT_KINDS:
        digits = re.sub(r"[\s-]", "", text)
        return digits if digits.isascii() and digits.isdigit() else None
    if kind in _CODE_KINDS:
        code = re.sub(r"\s", "", text).upper()
        return code if code.isascii() and code.isalnum() else None
    return text


def _plain_decimal(number: Decimal) -> str:
    return f"{number.normalize():f}"


def _folded_words(text: str) -> str:
    return " ".join(fold(text).split())


class Verifier:
    """Locates LLM values in one document and builds the output fields."""

    def __init__(self, text: str, rules_type: str, title_lines: int = 20) -> None:
        self.text = text
        self.context = ExtractionContext(NormalizedText(text), rules_type, title_lines)
        self.folded = fold(text)

    @property
    def date_order(self) -> DateOrder:
        """Order of numeric dates in this document, as the embedded engine reads it."""
        return self.context.date_order

    def fields(self, reply: dict, specs: Sequence[FieldSpec], hint: int = 0) -> dict:
        """Build the output fields of a validated extraction reply.

        `hint` is the offset of the chunk the reply came from, where quotes are
        searched first. Null values are left out, as the embedded engine leaves
        out what it does not find.
        """
        fields: dict = {}
        for spec in specs:
            answer = reply.get(spec.name)
            if spec.name == PARTIES:
                parties = self.parties(answer or [], hint)
                if parties:
                    fields[PARTIES] = parties
            elif spec.name == LINE_ITEMS:
                rows = self.line_items(answer or [], hint)
                if rows:
                    fields[LINE_ITEMS] = rows
            elif answer and answer.get("value") not in (None, ""):
                kind = "amount_words" if spec.name == "total_in_words" else spec.kind
                fields[spec.name] = self.field(
                    kind, answer["value"], answer.get("quote"), hint
                )
        return fields

    def parties(self, answers: list[dict], hint: int = 0) -> dict:
        """Build the parties map, naming repeated roles role, role_2, role_3, ..."""
        parties: dict = {}
        for answer in answers:
            requisites = {
                key: self.field(kind, answer[key], None, hint)
                for key, kind in PARTY_KEY_KINDS.items()
                if answer.get(key) not in (None, "")
            }
            if not requisites:
                continue
            role = answer["role"]
            name, number = role, 2
            while name in parties:
                name, number = f"{role}_{number}", number + 1
            parties[name] = requisites
        return parties

    def line_items(self, answers: list[dict], hint: int = 0) -> list[dict]:
        """Build the table rows.

        Cells are searched in the lines from the row's description on, after the
        description first, so that a row number is not taken for a quantity.
        """
        rows = []
        for answer in answers:
            row: dict = {}
            window = None
            cell_hint = hint
            description = answer.get("description")
            if description:
                row["description"] = self.field("text", description, None, hint)
                if "span" in row["description"]:
                    start, cell_hint = row["description"]["span"]
                    window = self._row_window(start)
            for key, kind in LINE_ITEM_KINDS.items():
                value = answer.get(key)
                if key == "description" or value in (None, ""):
                    continue
                row[key] = self.field(kind, value, None, cell_hint, window)
            if row:
                rows.append(row)
        return rows

    def _row_window(self, start: int) -> tuple[int, int]:
        line_start = self.text.rfind("\n", 0, start) + 1
        end = start
        for _ in range(_ROW_WINDOW_LINES):
            newline = self.text.find("\n", end + 1)
            if newline == -1:
                return line_start, len(self.text)
            end = newline
        return line_start, end

    def field(
        self,
        kind: str,
        value: str,
        quote: str | None,
        hint: int = 0,
        window: tuple[int, int] | None = None,
    ) -> dict:
        """Build one output field for an LLM `value` and the `quote` it came from.

        `window` limits the search to text[start:end], for the cells of a row.
        """
        value = " ".join(str(value).split())
        expected = self._normalize(kind, value)
        if expected is not None:
            for start, end in self._candidate_spans(
                kind, expected, quote, hint, window
            ):
                span = self._supporting_span(kind, expected, start, end)
                if span is not None:
                    return _located(expected, self.text, span)
        return {
            "value": expected or value,
            "raw": quote if quote else value,
            "confidence": UNSUPPORTED_CONFIDENCE,
            "supported": False,
            "source": "llm",
        }

    def _normalize(self, kind: str, raw: str) -> str | None:
        if kind == "amount_words":
            amount = parse_amount(raw)
            if amount is None:
                amount = parse_amount_words(raw)
            return format_amount(amount) if amount is not None else None
        return normalize_value(kind, raw, self.date_order)

    def _supporting_span(
        self, kind: str, expected: str, start: int, end: int
    ) -> tuple[int, int] | None:
        """Return the span within text[start:end] that reads as `expected`, if any."""
        found = self.text[start:end]
        if kind in _TEXT_KINDS:
            if _folded_words(found) == _folded_words(expected):
                return start, end
            inner = compile_phrase(expected)
            match = inner.search(self.folded, start, end) if inner else None
            return match.span() if match else None
        if self._normalize(kind, found) == expected:
            return start, end
        return None

    def _candidate_spans(
        self,
        kind: str,
        expected: str,
        quote: str | None,
        hint: int,
        window: tuple[int, int] | None,
    ) -> Iterator[tuple[int, int]]:
        lower, upper = window or (0, len(self.text))
        quote_spans: list[tuple[int, int]] = []
        if quote:
            quote_spans += self._verbatim(quote, hint, lower, upper)
            quote_spans += self._folded(quote, hint, lower, upper)
            yield from quote_spans
        yield from self._verbatim(expected, hint, lower, upper)
        yield from self._folded(expected, hint, lower, upper)
        if kind in _DIGIT_KINDS:
            yield from self._digits(expected, lower, upper)
        hits = [
            span
            for span in self._typed_hits(kind, expected)
            if lower <= span[0] and span[1] <= upper
        ]
        # Prefer a date or amount inside the quote, as in a quote "Итого: 100,00".
        inside_quote = [
            span
            for span in hits
            if any(start <= span[0] and span[1] <= end for start, end in quote_spans)
        ]
        yield from inside_quote
        yield from (span for span in hits if span not in inside_quote)

    def _typed_hits(self, kind: str, expected: str) -> list[tuple[int, int]]:
        """Return the original spans of the dates, amounts or currency markers
        that the embedded parsers read as `expected`."""
        document = self.context.document
        if kind == "date":
            return [
                document.original_span(hit.start, hit.end)
                for hit in self.context.dates
                if hit.parsed.iso == expected
            ]
        if kind in ("amount", "amount_words", "quantity"):
            return [
                document.original_span(hit.start, hit.end)
                for hit in self.context.amounts
                if self._normalize(kind, format_amount(hit.value)) == expected
            ]
        if kind == "currency":
            return [
                document.original_span(*hit.marker_span)
                for hit in self.context.amounts
                if hit.currency == expected and hit.marker_span is not None
            ]
        return []

    def _verbatim(
        self, needle: str, hint: int, lower: int, upper: int
    ) -> Iterator[tuple[int, int]]:
        needle = needle.strip()
        if not needle:
            return
        pattern = re.compile(_bounded(re.escape(needle), needle))
        yield from _ordered_matches(pattern, self.text, hint, lower, upper)

    def _folded(
        self, needle: str, hint: int, lower: int, upper: int
    ) -> Iterator[tuple[int, int]]:
        pattern = compile_phrase(needle)
        if pattern is not None:
            yield from _ordered_matches(pattern, self.folded, hint, lower, upper)

    def _digits(self, digits: str, lower: int, upper: int) -> Iterator[tuple[int, int]]:
        pattern = re.compile(
            "(?<![0-9])"
            + "[ -]?".join(re.escape(digit) for digit in digits)
            + "(?![0-9])"
        )
        for match in pattern.finditer(self.text, lower, upper):
            yield match.span()


def _bounded(pattern: str, needle: str) -> str:
    """Make a pattern for `needle` match only whole words at its alphanumeric ends."""
    if needle[0].isalnum():
        pattern = r"(?<![^\W_])" + pattern
    if needle[-1].isalnum():
        pattern += r"(?![^\W_])"
    return pattern


def _ordered_matches(
    pattern: re.Pattern[str], text: str, hint: int, lower: int, upper: int
) -> Iterator[tuple[int, int]]:
    """Yield matches from `hint` on first, then those before it."""
    start = min(max(hint, lower), upper)
    for match in pattern.finditer(text, start, upper):
        yield match.span()
    for match in pattern.finditer(text, lower, start):
        if match.end() <= start:
            yield match.span()


def _located(value: str, text: str, span: tuple[int, int]) -> dict:
    start, end = span
    return {
        "value": value,
        "raw": text[start:end],
        "confidence": SUPPORTED_CONFIDENCE,
        "span": [start, end],
        "supported": True,
        "source": "llm",
    }


def run_checks(
    fields: dict, context: ExtractionContext, specs: Sequence[FieldSpec]
) -> tuple[dict, ...]:
    """Run the embedded engine's checks on `fields`, setting their "valid" flags.

    These are the checks the embedded extractor runs, chosen by the same rules:
    requisites of parties, passport formats, total against the total in words, and
    the arithmetic of the table for types that have one. Top-level fields of kind
    inn, kpp, ogrn, bik, iban and account are checked as the embedded engine
    checks an operator's labeled fields. Values are never changed.
    """
    checks = (
        check_parties(fields.get(PARTIES, {}))
        + check_division_code(fields)
        + check_passport_formats(fields)
        + check_total_in_words(fields)
        + _arithmetic_checks(fields, context)
        + _requisite_field_checks(fields, specs)
    )
    return tuple(checks)


def _arithmetic_checks(fields: dict, context: ExtractionContext) -> list[dict]:
    document_type = context.document_type
    has_table = document_type == OTHER and LINE_ITEMS in fields
    if document_type not in _TYPES_WITH_SUBTOTAL and not has_table:
        return []
    vat = fields.get("vat")
    # The VAT rate and the "included" wording are read on the VAT's line, so an
    # unsupported VAT without a span has neither.
    terms = vat_terms(context, vat if vat and "span" in vat else None)
    return check_arithmetic(fields, terms.rate, terms.included)


def _requisite_field_checks(fields: dict, specs: Sequence[FieldSpec]) -> list[dict]:
    """Check the schema's scalar requisites as the embedded engine checks its own."""
    scalar_specs = [spec for spec in specs if spec.name not in (PARTIES, LINE_ITEMS)]
    return requisite_checks(scalar_specs, fields)
