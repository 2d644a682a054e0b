"""The total amount, its currency and the VAT amount."""

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from .amount_words import AMOUNT_WORDS_RE, amount_from_words_match, amount_words_end
from .context import AmountHit, ExtractionContext
from .parsing import currency_code, format_amount
from .text import compile_folded, count_letters

# Total labels by confidence. The strongest name the amount to pay, and the weaker ones
# may also head a column or a subtotal.
_TOTAL_LABELS = (
    (
        0.95,
        compile_folded(
            r"\b(?:(?:всего|итого|сумма)\s+к\s+оплате|к\s+оплате"
            r"|(?:всего|итого)\s+с\s+ндс"
            r"|итог\b|total\s+amount\s+due|(?:amount|balance|total)\s+due|grand\s+total"
            r"|total\s+for\s+this\s+invoice|invoice\s+total|(?:total|amount)\s+payable"
            r"|(?:total|montant)\s+ttc|gesamtbetrag|rechnungsbetrag"
            r"|totaal\s+te\s+betalen"
            r"|należność\s+ogółem|do\s+zapłaty)"
        ),
    ),
    (
        0.8,
        compile_folded(
            r"\b(?:итого\b(?!\s+без)"
            r"|всего\b(?!\s+(?:наименований|оказано|отпущено|мест))"
            r"|сумма\b(?!\s*(?:прописью|ндс|без|в\s+т))"
            r"|(?<!sub-)(?<!sub\s)(?:total|totaal)\b"
            r"(?!\s*(?:ht|excl|net|tax|vat|hors|\(?[0-9]+\s?%))"
            r"|summe\b|razem\b)"
        ),
    ),
    (0.6, compile_folded(r"\bamount\b(?!\s+in\s+words)")),
)
_VAT_LABELS = (
    (
        0.9,
        compile_folded(
            r"\b(?:(?:в\s+т(?:ом)?\.?\s*ч(?:исле)?\.?|сумма|итого)\s+ндс"
            r"|vat\s+amount|total\s+vat|tax\s+amount)"
        ),
    ),
    (
        0.7,
        compile_folded(
            r"(?<!excl\.\s)(?<!incl\.\s)(?<!exclusief\s)"
            r"\b(?:ндс|vat|tax|tva|btw|mwst|ust|gst|iva)\b"
            # A VAT number or a VAT invoice, not a VAT amount, follows these.
            r"(?!\s*(?:/|number|no\b|reg|id\b|invoice|nl[0-9]))"
        ),
    ),
)
_NO_VAT_RE = compile_folded(
    r"\bбез\s+(?:налога\s+\()?ндс\)?|\bндс\s+не\s+облагается|\bне\s+облагается\s+ндс"
)

_MAX_GAP_CHARS = 60
_MAX_TOTAL_GAP_LETTERS = 15
_MAX_VAT_GAP_LETTERS = 8
_CURRENCY_SCAN_RE = compile_folded(
    r"[$€£₽₹¥₸]|(?<!\w)р\.(?!\w)|zł|\bus\s+dollars?\b"
    r"|\b(?:руб(?:лей|ля|ль)?|rub|rur|usd|eur|euro|евро|gbp|inr|rs|cny|kzt|pln|chf|jpy"
    r"|byn|uah)\b"
)
_FALLBACK_TOTAL_CONFIDENCE = 0.4
# A whole number without currency after "Total" may be a count ("Total packages: 10").
_BARE_INTEGER_FACTOR = 0.75


@dataclass(frozen=True)
class LabeledAmount:
    """An amount that follows a label, with the label's confidence."""

    amount: AmountHit
    confidence: float
    label_start: int


def find_total(context: ExtractionContext) -> tuple[dict, AmountHit] | None:
    """Find the total: the amount after the strongest label, the last of equal ones.

    Without any label, the largest amount with a currency marker is the total, at low
    confidence. Returns the field and the amount it came from.
    """
    labeled = _labeled_amounts(
        context, _TOTAL_LABELS, _MAX_TOTAL_GAP_LETTERS, next_line=True
    )
    if labeled:
        best = max(
            labeled, key=lambda item: (_total_confidence(item), item.label_start)
        )
        return _amount_field(context, best.amount, _total_confidence(best)), best.amount
    marked = [hit for hit in context.amounts if hit.currency]
    if not marked:
        return None
    largest = max(marked, key=lambda hit: hit.value)
    return _amount_field(context, largest, _FALLBACK_TOTAL_CONFIDENCE), largest


def _total_confidence(labeled: LabeledAmount) -> float:
    if labeled.amount.has_fraction or labeled.amount.currency:
        return labeled.confidence
    return labeled.confidence * _BARE_INTEGER_FACTOR


def find_vat(context: ExtractionContext) -> dict | None:
    """Find the VAT amount: the first amount after the strongest VAT label.

    "Без НДС" and "НДС не облагается" give a VAT of 0.00 when no amount is stated.
    """
    labeled = _labeled_amounts(
        context, _VAT_LABELS, _MAX_VAT_GAP_LETTERS, next_line=False
    )
    if labeled:
        best = max(labeled, key=lambda item: (item.confidence, -item.label_start))
        return _amount_field(context, best.amount, best.confidence)
    no_vat = _NO_VAT_RE.search(context.text)
    if no_vat is None:
        return None
    return context.build_field(no_vat.start(), no_vat.end(), "0.00", 0.8)


def find_total_in_words(context: ExtractionContext) -> dict | None:
    """Find a Russian amount in words, which repeats the total on payment orders."""
    match = AMOUNT_WORDS_RE.search(context.text)
    if match is None:
        return None
    value = format_amount(amount_from_words_match(match))
    return context.build_field(match.start(), amount_words_end(match), value, 0.8)


def find_currency(context: ExtractionContext, total: AmountHit | None) -> dict | None:
    """Find the currency: the total's own marker, else the most frequent marker.

    A marker beside an amount with a decimal fraction counts twice, because a
    symbol that OCR made of a digit ("$60067" for a postal code 560067) is next to
    a whole number.
    """
    if total is not None and total.currency and total.marker_span:
        start, end = total.marker_span
        return context.build_field(start, end, total.currency, 0.9)
    priced = {
        hit.marker_span for hit in context.amounts if hit.currency and hit.has_fraction
    }
    found: dict[str, list[re.Match[str]]] = {}
    counts: Counter[str] = Counter()
    for match in _CURRENCY_SCAN_RE.finditer(context.text):
        code = currency_code(match.group(0))
        if code:
            found.setdefault(code, []).append(match)
            counts[code] += 2 if match.span() in priced else 1
    if not found:
        return None
    code = counts.most_common(1)[0][0]
    first = found[code][0]
    return context.build_field(first.start(), first.end(), code, 0.6)


def _labeled_amounts(
    context: ExtractionContext,
    labels: tuple[tuple[float, re.Pattern[str]], ...],
    max_gap_letters: int,
    *,
    next_line: bool,
) -> list[LabeledAmount]:
    found = []
    for confidence, pattern in labels:
        for label in pattern.finditer(context.text):
            allow_next_line = next_line and _opens_line(context, label.start())
            amount = _amount_after(
                context, label.end(), max_gap_letters, next_line=allow_next_line
            )
            if amount is not None:
                found.append(LabeledAmount(amount, confidence, label.start()))
    return found


def _amount_after(
    context: ExtractionContext, position: int, max_gap_letters: int, *, next_line: bool
) -> AmountHit | None:
    """Return the first amount after a label on its line, or opening the next line.

    The next line counts only when `next_line` is set and nothing follows the label.
    The gap between label and amount may hold dates, punctuation and a few words
    ("Total amount due on August 3, 2014 $4.11"), but not a sentence.
    """
    line_end = context.document.line_end(position)
    index = bisect_left(context.amount_starts, position)
    if index < len(context.amounts) and context.amounts[index].start <= line_end:
        hit = context.amounts[index]
        return (
            hit
            if _gap_is_short(context, position, hit.start, max_gap_letters)
            else None
        )
    if not next_line or count_letters(context.text[position:line_end]) > 0:
        return None
    return _amount_opening_next_line(context, line_end)


def _opens_line(context: ExtractionContext, position: int) -> bool:
    """Return whether only punctuation precedes `position` on its line."""
    before = context.text[context.document.line_start(position) : position]
    return not any(char.isalnum() for char in before)


def _gap_is_short(
    context: ExtractionContext, start: int, end: int, max_letters: int
) -> bool:
    if end - start > _MAX_GAP_CHARS:
        return False
    gap = context.text[start:end]
    for hit in context.dates:
        if start <= hit.start and hit.end <= end:
            gap = gap.replace(context.text[hit.start : hit.end], " ")
    return count_letters(gap) <= max_letters


def _amount_opening_next_line(
    context: ExtractionContext, line_end: int
) -> AmountHit | None:
    next_start = line_end + 1
    while next_start < len(context.text) and context.text[next_start] in "\n \t":
        next_start += 1
    index = bisect_left(context.amount_starts, next_start)
    if index == len(context.amounts):
        return None
    hit = context.amounts[index]
    opening = context.text[next_start : hit.start]
    return hit if len(opening.strip()) <= 3 and count_letters(opening) == 0 else None


def _amount_field(
    context: ExtractionContext, amount: AmountHit, confidence: float
) -> dict:
    return context.build_field(
        amount.start, amount.end, format_amount(amount.value), confidence
    )
