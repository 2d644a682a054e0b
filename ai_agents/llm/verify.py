"""Checking LLM values against the document text.

A value is supported when text that normalizes to the same value is found in the
document. The search tries the quote verbatim, then the quote with case and
spacing folded, then a date or amount inside the found quote. Next come the
value's own text (verbatim, folded, or its digits with optional spaces between
them), and last any date or amount of the document equal to the value. The
field's "span" and "raw" point to that text. For amount fields, an amount
outside the quote and the table row counts only when it looks like an amount:
it has a decimal part, a currency marker or grouped thousands. A bare integer
such as a row number does not.

Confidences are fixed and not calibrated, because the API reports no certainty
per value:

- SUPPORTED_CONFIDENCE (0.9): found through its quote. Party requisites and
  table cells have no quote in the reply, so their own text counts as one, and
  so does any match inside the cell's table row.
- VALUE_ONLY_CONFIDENCE (0.6): the quote was not found, or the reply gave none
  for a scalar field, and the value was found elsewhere in the document.
- UNSUPPORTED_CONFIDENCE (0.2): not found. The value is kept without a span.
"""

import logging
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import cached_property

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

logger = logging.getLogger(__name__)

SUPPORTED_CONFIDENCE = 0.9
VALUE_ONLY_CONFIDENCE = 0.6
UNSUPPORTED_CONFIDENCE = 0.2
# Bounds on the CPU time one reply can cost. Real documents have far fewer rows
# per chunk and parties, so these cut only hostile or runaway replies.
MAX_LINE_ITEMS = 1000
MAX_PARTIES = 50

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
_AMOUNT_KINDS = frozenset({"amount", "amount_words"})
_HIT_AMOUNT_KINDS = frozenset({"amount", "amount_words", "quantity"})
# A letter or digit, as \w without the underscore.
_WORD_CHAR_RE = re.compile(r"[^\W_]")
# Two digits around a decimal mark or a thousands separator.
_GROUPED_DIGITS_RE = re.compile(r"[0-9][ \u00a0\u202f'’.,][0-9]")
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
        self._amount_hits: dict[str, dict[str, list[tuple[tuple[int, int], bool]]]] = {}

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
        """Build the parties map, naming repeated roles role, role_2, role_3, ...

        Only the first MAX_PARTIES parties are read.
        """
        parties: dict = {}
        # NOTE: parties past MAX_PARTIES are dropped without a trace in the output.
        for answer in _capped(answers, MAX_PARTIES, "parties"):
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
        Only the first MAX_LINE_ITEMS rows are read.
        """
        rows = []
        # NOTE: rows past MAX_LINE_ITEMS are dropped, so the table checks run on a
        # shorter table than the reply and may fail its sum.
        for answer in _capped(answers, MAX_LINE_ITEMS, "table rows"):
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
            for (start, end), anchored in self._candidate_spans(
                kind, expected, quote, hint, window
            ):
                span = self._supporting_span(kind, expected, start, end)
                if span is not None:
                    confidence = (
                        SUPPORTED_CONFIDENCE if anchored else VALUE_ONLY_CONFIDENCE
                    )
                    return _located(expected, self.text, span, confidence)
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
    ) -> Iterator[tuple[tuple[int, int], bool]]:
        """Yield the spans to test, best first, each with whether it is anchored
        to the quote or the table row (see the module docstring)."""
        lower, upper = window or (0, len(self.text))
        in_row = window is not None
        quote_spans: list[tuple[int, int]] = []
        if quote:
            quote_spans += self._verbatim(quote, hint, lower, upper)
            quote_spans += self._folded(quote, hint, lower, upper)
            yield from ((span, True) for span in quote_spans)

        hits = [
            (span, amount_like)
            for span, amount_like in self._typed_hits(kind, expected)
            if lower <= span[0] and span[1] <= upper
        ]

        # Prefer a date or amount inside the quote, as in a quote "Итого: 100,00".
        inside_quote = {
            span
            for span, _ in hits
            if any(start <= span[0] and span[1] <= end for start, end in quote_spans)
        }
        yield from ((span, True) for span, _ in hits if span in inside_quote)

        value_anchored = not quote or in_row
        value_spans = [
            *self._verbatim(expected, hint, lower, upper),
            *self._folded(expected, hint, lower, upper),
        ]
        if kind in _DIGIT_KINDS:
            value_spans += self._digits(expected, lower, upper)
        yield from ((span, value_anchored) for span in value_spans)

        for span, amount_like in hits:
            if span in inside_quote:
                continue
            if kind in _AMOUNT_KINDS and not in_row and not amount_like:
                continue
            yield span, in_row

    def _typed_hits(
        self, kind: str, expected: str
    ) -> list[tuple[tuple[int, int], bool]]:
        """Return the original spans of the dates, amounts or currency markers that
        the embedded parsers read as `expected`, each with whether it looks like
        an amount."""
        if kind == "date":
            return self._date_hits.get(expected, [])
        if kind in _HIT_AMOUNT_KINDS:
            if kind not in self._amount_hits:
                self._amount_hits[kind] = self._index_amounts(kind)
            return self._amount_hits[kind].get(expected, [])
        if kind == "currency":
            return self._currency_hits.get(expected, [])
        return []

    @cached_property
    def _date_hits(self) -> dict[str, list[tuple[tuple[int, int], bool]]]:
        document = self.context.document
        index: dict[str, list[tuple[tuple[int, int], bool]]] = {}
        for hit in self.context.dates:
            span = document.original_span(hit.start, hit.end)
            index.setdefault(hit.parsed.iso, []).append((span, False))
        return index

    def _index_amounts(
        self, kind: str
    ) -> dict[str, list[tuple[tuple[int, int], bool]]]:
        """Group the document's amounts by their value normalized as `kind`."""
        document = self.context.document
        index: dict[str, list[tuple[tuple[int, int], bool]]] = {}
        for hit in self.context.amounts:
            value = self._normalize(kind, format_amount(hit.value))
            if value is None:
                continue
            amount_like = (
                hit.has_fraction
                or hit.marker_span is not None
                or _GROUPED_DIGITS_RE.search(self.context.text, hit.start, hit.end)
                is not None
            )
            span = document.original_span(hit.start, hit.end)
            index.setdefault(value, []).append((span, amount_like))
        return index

    @cached_property
    def _currency_hits(self) -> dict[str, list[tuple[tuple[int, int], bool]]]:
        document = self.context.document
        index: dict[str, list[tuple[tuple[int, int], bool]]] = {}
        for hit in self.context.amounts:
            if hit.currency is not None and hit.marker_span is not None:
                span = document.original_span(*hit.marker_span)
                index.setdefault(hit.currency, []).append((span, True))
        return index

    def _verbatim(
        self, needle: str, hint: int, lower: int, upper: int
    ) -> Iterator[tuple[int, int]]:
        """Yield the spans of `needle` as whole words, from `hint` on first.

        A literal search, unlike a regex that starts with a lookbehind, runs at
        C speed, which matters for replies with many table rows.
        """
        needle = needle.strip()
        if not needle:
            return
        start = min(max(hint, lower), upper)
        yield from self._whole_words(needle, start, upper)
        yield from self._whole_words(needle, lower, start)

    def _whole_words(
        self, needle: str, lower: int, upper: int
    ) -> Iterator[tuple[int, int]]:
        """Yield the spans of `needle` within text[lower:upper] whose ends that
        are letters or digits do not continue a word."""
        text = self.text
        check_start = needle[0].isalnum()
        check_end = needle[-1].isalnum()
        position = text.find(needle, lower, upper)
        while position != -1:
            end = position + len(needle)
            joined_before = (
                check_start
                and position > 0
                and _WORD_CHAR_RE.match(text, position - 1) is not None
            )
            joined_after = check_end and _WORD_CHAR_RE.match(text, end) is not None
            if joined_before or joined_after:
                position = text.find(needle, position + 1, upper)
                continue
            yield position, end
            position = text.find(needle, end, upper)

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


def _capped(answers: list[dict], limit: int, name: str) -> list[dict]:
    if len(answers) > limit:
        logger.warning(
            "LLM reply has %d %s; verifying the first %d", len(answers), name, limit
        )
    return answers[:limit]


def _located(value: str, text: str, span: tuple[int, int], confidence: float) -> dict:
    start, end = span
    return {
        "value": value,
        "raw": text[start:end],
        "confidence": confidence,
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
