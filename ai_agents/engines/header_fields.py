"""The document number and the document date."""

import re

from .context import DateHit, ExtractionContext
from .number_rules import (
    belongs_to_other_document,
    find_number_cell,
    find_reference,
    trim_glued_word,
)
from .text import compile_folded, fold

# Title words that precede the number, per document type.
_TYPE_TITLE_WORDS = {
    "invoice": (
        r"сч[её]т(?:[- ]?фактура)?(?:\s+на\s+оплату)?|инвойс|invoice|facture|factuur|"
        r"rechnung|fattura|factura|faktura"
    ),
    "contract": r"договор\w*|контракт\w*|соглашение|contract|agreement",
    "act": r"акт\w*|certificate\s+of\s+(?:completion|acceptance)|act",
    "payment_order": r"пл[ао]т[её]жное\s+поручение|payment\s+order",
    "receipt": r"(?:кассовый\s+|товарный\s+)?чек|квитанция|receipt",
    "passport": r"паспорт|passport",
    "waybill": (
        r"(?:товарная\s+|транспортная\s+)?накладная|торг-12|cmr|waybill|"
        r"bill\s+of\s+lading|consignment\s+note|delivery\s+note"
    ),
    "letter": r"исх\.?|письмо|our\s+ref\.?",
    "upd": (
        r"сч[её]т[- ]?фактура|упд|передаточный\s+документ|"
        r"universal\s+transfer\s+document"
    ),
    "packing_list": r"упаковочный\s+лист|packing\s+list",
    "bank_statement": r"выписка\w*|statement",
    "power_of_attorney": r"доверенность|power\s+of\s+attorney",
}
# A passport number quoted in another document is not that document's number.
_GENERIC_TITLE_WORDS = "|".join(
    words for code, words in _TYPE_TITLE_WORDS.items() if code != "passport"
)
_NUMBER_SIGN = r"(?:№|n[o°º](?!\w)\.?|nr\b\.?|#|number|nummer|num\b\.?|номер)"
_NUMBER_VALUE = r"(?P<value>[^\W_][\w/.-]*)"


def _title_number_pattern(title_words: str) -> re.Pattern[str]:
    """Compile a pattern for a title word followed by a number sign and the number.

    The sign must follow within 30 characters on the same line.
    """
    return compile_folded(
        rf"(?<![\w/])(?:{title_words})(?:[^\w\n№#][^\n№#]{{0,30}}?)?"
        rf"{_NUMBER_SIGN}\s*[:.]?\s*#?\s*{_NUMBER_VALUE}"
    )


_TYPE_TITLE_NUMBER_RES = {
    code: _title_number_pattern(words) for code, words in _TYPE_TITLE_WORDS.items()
}
_TITLE_NUMBER_RE = _title_number_pattern(_GENERIC_TITLE_WORDS)
_SIGN_NUMBER_RE = compile_folded(rf"(?:№|\bn[o°º](?!\w)\.?)\s*[:.]?\s*{_NUMBER_VALUE}")
_HASH_NUMBER_RE = re.compile(rf"(?m)^[ \t]*#[ \t]*{_NUMBER_VALUE}")
# A receipt without a numbered title is identified by its booking, order or
# transaction ID, which may be on the line below its label.
_RECEIPT_ID_LABEL = (
    r"\b(?:booking|reservation|order|transaction|номер\s+заказа|заказ)"
    rf"[ \t]*(?:id\b|{_NUMBER_SIGN})?"
)
_RECEIPT_ID_RE = compile_folded(
    rf"{_RECEIPT_ID_LABEL}[ \t]*[:.]?\s*#?[ \t]*{_NUMBER_VALUE}"
)
# A label opening a row of captions has its value opening the row below it:
# "Booking ID Payment Mode" over "IBZY2087 Cash at Hotel".
_RECEIPT_ID_BELOW_RE = compile_folded(
    rf"(?m)^[ \t]*{_RECEIPT_ID_LABEL}[^\n]*\n[ \t]*#?[ \t]*{_NUMBER_VALUE}"
)
# A number printed as a short letter series and a coded part: "F 1234K20/1234/12".
_SERIES_RE = compile_folded(r"(?P<series>[^\W\d_]{1,3}) (?=[\w/.-]*\d)[\w/.-]+")
# Words that follow an empty number sign and are not a series: "Счет № от ...".
_NOT_SERIES = frozenset(
    fold(word) for word in ("от", "of", "to", "на", "за", "для", "по", "и", "and", "no")
)

_DATE_LABEL_RE = compile_folded(
    r"(?:\b(?:invoice\s+date|date\s+of\s+issue|issue\s+date"
    r"|дата\s+(?:документа|составления|счета|выдачи)|"
    r"factuurdatum|rechnungsdatum|date\s+de\s+facturation|data\s+wystawienia|date|дата|"
    r"datum)|\bот)\s*[:.]?\s*$"
)
_NEGATIVE_DATE_RE = compile_folded(
    r"\b(?:(?:due|order|delivery|ship\w*|expiry|expiration|birth|payment|start|end|"
    r"check[- ]?(?:in|out))\s+date|"
    r"date\s+of\s+(?:birth|expiry)"
    r"|дата\s+(?:рождения|окончания|оплаты|поставки|отгрузки)|"
    r"срок\w*|orderdatum|vervaldatum|действ\w+\s+до|due\s+on|по\s+требованию|"
    r"valid\s+(?:until|through)|until|expir\w*)\b"
)

_DATE_NEAR_NUMBER_CHARS = 120
_DATE_START_RE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_LABEL_CHARS = 40


def find_number(context: ExtractionContext) -> tuple[dict, int] | None:
    """Find the document number, preferring one after the type's title near the top.

    Returns the field and the offset in the normalized text where the number ends.
    """
    own = _TYPE_TITLE_NUMBER_RES.get(context.document_type, _TITLE_NUMBER_RE)
    top, length = context.top_end, len(context.text)
    found = _first_number(context, ((own, 0, top, 0.9),))
    if found is not None:
        return found
    cell = find_number_cell(context)
    if cell is not None:
        return _spanned_number(context, *cell, 0.85)
    searches = (
        (_TITLE_NUMBER_RE, 0, top, 0.75),
        (_SIGN_NUMBER_RE, 0, top, 0.5),
        (_HASH_NUMBER_RE, 0, top, 0.4),
        (own, top, length, 0.6),
        (_TITLE_NUMBER_RE, top, length, 0.5),
    )
    found = _first_number(context, searches)
    if found is not None:
        return found
    if context.document_type == "receipt":
        found = _first_number(
            context,
            ((_RECEIPT_ID_RE, 0, length, 0.4), (_RECEIPT_ID_BELOW_RE, 0, length, 0.3)),
        )
        if found is not None:
            return found
    reference = find_reference(context)
    if reference is not None:
        return _spanned_number(context, *reference, 0.3)
    return None


def _first_number(
    context: ExtractionContext,
    searches: tuple[tuple[re.Pattern[str], int, int, float], ...],
) -> tuple[dict, int] | None:
    for pattern, start, end, confidence in searches:
        for match in pattern.finditer(context.text, start, end):
            if belongs_to_other_document(context, match.start("value")):
                continue
            found = _spanned_number(context, *match.span("value"), confidence)
            if found is not None:
                return found
    return None


def _spanned_number(
    context: ExtractionContext, start: int, end: int, confidence: float
) -> tuple[dict, int] | None:
    span = _number_token_span(context.text, start, end)
    if span is None:
        return None
    return _number_field(context, span, confidence), span[1]


def _number_token_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    series = _SERIES_RE.match(text, start)
    if (
        series is not None
        and series.group("series") not in _NOT_SERIES
        and not _DATE_START_RE.match(text, series.end("series") + 1)
    ):
        end = series.end()
    end = trim_glued_word(text, start, end)
    while end > start and text[end - 1] in ".,/-":
        end -= 1
    token = text[start:end]
    if not any("0" <= char <= "9" for char in token):
        return None
    if token.isascii() and token.isdigit() and len(token) == 20:
        return None  # a bank account after "Сч. №", not a document number
    return start, end


def _number_field(
    context: ExtractionContext, span: tuple[int, int], confidence: float
) -> dict:
    number = context.build_field(span[0], span[1], "", confidence)
    number["value"] = number["raw"]
    return number


def find_date(context: ExtractionContext, number_end: int | None) -> dict | None:
    """Find the document date: beside the number, labeled, near the top, or the first.

    Dates after words such as "due", "birth" or "срок" are never the document date.
    """
    before = _contexts_before(context)
    candidates = [
        hit for hit in context.dates if not _NEGATIVE_DATE_RE.search(before[hit.start])
    ]
    after_number = number_end is not None
    rules = (
        (0.95, lambda hit: after_number and _same_line(context, number_end, hit)),
        (0.9, lambda hit: _DATE_LABEL_RE.search(before[hit.start]) is not None),
        (0.8, lambda hit: after_number and _shortly_after(number_end, hit)),
        (0.6, lambda hit: hit.start < context.top_end),
        (0.4, lambda hit: True),
    )
    for confidence, applies in rules:
        hit = next((hit for hit in candidates if applies(hit)), None)
        if hit is not None:
            return _date_field(context, hit, confidence)
    return None


def _same_line(context: ExtractionContext, number_end: int, hit: DateHit) -> bool:
    return number_end <= hit.start <= context.document.line_end(number_end)


def _shortly_after(number_end: int, hit: DateHit) -> bool:
    return number_end <= hit.start <= number_end + _DATE_NEAR_NUMBER_CHARS


def _contexts_before(context: ExtractionContext) -> dict[int, str]:
    """Return, per date start, the text before the date that may label it.

    The context is at most 40 characters of the date's line and stops at the end of
    an earlier date on that line, whose label belongs to that date.
    """
    contexts = {}
    previous_end = 0
    for hit in context.dates:
        line_start = context.document.line_start(hit.start)
        start = max(line_start, hit.start - _LABEL_CHARS, previous_end)
        contexts[hit.start] = context.text[start : hit.start]
        previous_end = hit.end
    return contexts


def _date_field(context: ExtractionContext, hit: DateHit, confidence: float) -> dict:
    extra = {"ambiguous": True} if hit.parsed.ambiguous else {}
    return context.build_field(hit.start, hit.end, hit.parsed.iso, confidence, **extra)
