"""The subtotal before VAT and how the VAT relates to the total: its rate, and
whether the total includes it ("В том числе НДС") or adds it on top."""

import re
from dataclasses import dataclass
from decimal import Decimal

from .context import ExtractionContext
from .money_fields import (
    _amount_field,
    _labeled_amounts,
    is_vat_and_gross,
    row_amounts,
    row_sum,
)
from .text import compile_folded, fold

# Subtotal labels by confidence. A bare "Итого" sums the table's last column, which
# is the amount before VAT on most forms but may include VAT.
_SUBTOTAL_LABELS = (
    (
        0.9,
        compile_folded(
            r"\b(?:(?:сумма|итого|всего|стоимость)\s+без\s+(?:учета\s+)?ндс"
            r"|net\s+(?:amount|total)|total\s+net(?!\s+(?:weight|mass|wt\b))"
            r"|untaxed\s+amount"
            r"|total\s+(?:excl\.?|excluding|before)\s+(?:vat|tax)"
            r"|amount\s+(?:excl\.?|excluding)\s+(?:vat|tax)"
            r"|exclusief\s+btw|(?:total|montant)\s+ht\b|nettobetrag)"
        ),
    ),
    (0.8, compile_folded(r"\b(?:sub-?\s?total|subtotaal|zwischensumme)\b")),
    (0.6, compile_folded(r"\bитого\b(?!\s*(?:с\s+ндс|к\s+оплате|ндс|по\s+странице))")),
)
_MAX_SUBTOTAL_GAP_LETTERS = 8
_VAT_INCLUDED_RE = compile_folded(
    r"\b(?:в\s+т(?:ом)?\.?\s*ч(?:исле)?|включая|incl\.?|including|inclusive|inkl\.?)"
)
_RATE_RE = re.compile(r"(?<![0-9.,])(?P<rate>[0-9]{1,2}(?:[.,][0-9]{1,2})?)\s*%")
# A note after the rate that charges the VAT on part of the paper: "НДС 22% (на
# услуги по п. 1-3)", "VAT 20% (on items 1 and 2 only)". The row numbers it names,
# when it names any, are the VAT's base.
# "(по ставке 22%)", "(on the total)" and "(for all items)" charge the whole paper,
# and so do a cited law ("(по пп. 1 п. 2 ст. 164 НК РФ)"), a contract ("(по
# договору № 14/26)") and a base in figures ("(on GBP 3,420.00)"). "(кроме поз. 4)"
# leaves rows out, which names no base to check.
_PART_NOTE_RE = compile_folded(
    r"\(\s*(?:(?:только\s+)?(?:на|по)\s|(?:only\s+)?(?:on|for)\s|кроме\s"
    r"|except\s|excluding\s)"
    r"(?![^()\n]{0,80}\b(?:ставк|курс|вс[юеяё]\b|весь|rate|total|whole|all\b"
    r"|ст\.|стать|нк\b|кодекс|закон|основани|договор|контракт|article|section"
    r"|agreement|contract))"
    r"[^()\n]{0,80}\)"
)
# A base in figures ("(on GBP 3,420.00)") names no part unless rows are named too.
_BASE_AMOUNT_RE = re.compile(r"[0-9][ \u00a0.,]?[0-9]{3}[.,][0-9]{2}")
_EXCEPT_NOTE_RE = compile_folded(r"\(\s*(?:кроме|except|excluding)\s")
_ROW_REFERENCE_RE = compile_folded(
    r"\b(?:п\.|пп\.|пункт\w*|поз\w*\.?|позици\w+|строк\w*|items?|rows?|lines?"
    r"|positions?|nos?\.)"
    r"\s*(?P<rows>[0-9]{1,3}(?:\s*(?:-|–|,|и|and|to)\s*[0-9]{1,3})*)"
)
_ROW_RANGE_RE = re.compile(r"([0-9]{1,3})\s*(?:-|–|to)\s*([0-9]{1,3})|([0-9]{1,3})")
_MAX_RANGE_ROWS = 200


@dataclass(frozen=True)
class VatTerms:
    """The VAT rate stated next to the VAT amount, and whether the total includes it.

    `partial` is True when a note charges the VAT on part of the paper only, and
    `rows` contains the row numbers the note names, from 1, or is empty.
    """

    rate: Decimal | None
    included: bool
    partial: bool = False
    rows: tuple[int, ...] = ()


def find_subtotal(context: ExtractionContext) -> dict | None:
    """Find the amount before VAT: the amount after the strongest subtotal label.

    Among labels of equal confidence the last one wins, as the last "Итого" of a
    multi-page table sums all of it.
    """
    labeled = _labeled_amounts(
        context, _SUBTOTAL_LABELS, _MAX_SUBTOTAL_GAP_LETTERS, next_line=True
    )
    if not labeled:
        return None
    best = max(labeled, key=lambda item: (item.confidence, item.label_start))
    # On a table row "Итого | quantity | net | VAT | gross" the net amount is the
    # subtotal, not the quantity that opens the row.
    row = row_amounts(context, best.amount)
    parts = row_sum(row)
    amount = best.amount if parts is None else parts[0]
    if any(
        is_vat_and_gross(context, amount, later)
        for later in row[row.index(amount) + 1 :]
    ):
        # "Итого | 23 589,99 | 141 540,00" under "Сумма НДС | Сумма" prints the
        # VAT and the gross amount, and no amount before VAT.
        return None
    return _amount_field(context, amount, best.confidence)


def vat_terms(context: ExtractionContext, vat: dict | None) -> VatTerms:
    """Read the rate and the "included" wording on the line of the VAT amount."""
    if vat is None:
        return VatTerms(None, False)
    original = context.document.original
    start, end = vat["span"]
    line_start = original.rfind("\n", 0, start) + 1
    line_end = original.find("\n", end)
    line_end = len(original) if line_end == -1 else line_end
    rate_match = _RATE_RE.search(original, line_start, line_end)
    rate = Decimal(rate_match.group("rate").replace(",", ".")) if rate_match else None
    label = fold(original[line_start:start])
    included = _VAT_INCLUDED_RE.search(label) is not None
    line = fold(original[line_start:line_end])
    note = _PART_NOTE_RE.search(line)
    if rate_match is None or note is None:
        return VatTerms(rate, included)
    reference = _ROW_REFERENCE_RE.search(note.group())
    if reference is None and _BASE_AMOUNT_RE.search(note.group()):
        return VatTerms(rate, included)
    rows = _row_numbers(reference.group("rows")) if reference else ()
    if _EXCEPT_NOTE_RE.match(note.group()):
        rows = ()
    return VatTerms(rate, included, partial=True, rows=rows)


def _row_numbers(printed: str) -> tuple[int, ...]:
    """Return the row numbers of "1-3", "1, 2 и 4" or "1 to 3"."""
    numbers: list[int] = []
    for first, last, single in _ROW_RANGE_RE.findall(printed):
        if single:
            numbers.append(int(single))
            continue
        low, high = int(first), int(last)
        if high < low or high - low > _MAX_RANGE_ROWS:
            return ()
        numbers.extend(range(low, high + 1))
    return tuple(sorted(set(numbers)))
