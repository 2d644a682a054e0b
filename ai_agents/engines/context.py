"""State shared by the field finders of one extraction: text, dates, amounts."""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from .amount_words import AMOUNT_WORDS_RE
from .date_words import find_word_dates
from .parsing import (
    AMOUNT_RE,
    DATE_RE,
    DateOrder,
    ParsedDate,
    ThousandthsCurrency,
    amount_from_match,
    currency_code,
    date_from_match,
    thousandths_currency,
)
from .stacks import find_stacked_cells
from .text import NormalizedText, compile_folded

# The header lines of an e-mail that carries a document in its body.
_EMAIL_HEADER_LINE_RE = compile_folded(
    r"[ \t]*+(?:от|кому|копия|дата|тема|отправлено|from|to|cc|sent|date|subject)"
    r"[ \t]*+:[^\n]*(?:\n|$)"
)
# The opening run of dashes is possessive, so that a long run without a line break
# fails in linear time instead of trying every split of the run.
# The title of a shared construction contract: "Договор участия в долевом
# строительстве". A contract for works on such a house, or one that assigns a
# participant's claim, has other roles.
_SHARED_CONSTRUCTION_RE = compile_folded(
    r"\bдоговор(?!у)\w*(?:\s+№\s*\S+)?\s+участия\s+в\s+долевом\s+строительстве"
)
# A contract to make goods to order, whose maker is the seller, unless another
# party sells them and the maker only made them.
_MAKER_RE = compile_folded(r"\b(?:изготовитель|manufacturer)\b")
_OTHER_SELLER_RE = compile_folded(
    r"\b(?:поставщик|продавец|исполнитель|подрядчик|арендодатель|лизингодатель"
    r"|лицензиар|страховщик|хранитель|supplier|seller|vendor|contractor|lessor"
    r"|licensor|landlord)\b"
)
_ASSIGNMENT_RE = compile_folded(r"\b(?:уступк\w*|цесси\w*)")
# A seller's role word in an act, which keeps the franchise and fair words off.
_ACT_SELLER_RE = compile_folded(
    r"\b(?:поставщик|продавец|исполнитель|подрядчик|(?:суб)?лицензиар|агент"
    r"|экспедитор|supplier|seller|vendor|contractor|(?:sub)?licensor|agent"
    r"|forwarder)\b"
)
# The role words of a franchise's act and of a trade fair's act, which `roles`
# binds to the seller and the buyer under those schemes.
RIGHT_HOLDER_WORDS = r"правообладатель|франчайзер|franchisor"
RIGHT_USER_WORDS = r"пользователь|франчайзи|franchisee"
ORGANISER_WORDS = r"организатор|organi[sz]er"
EXHIBITOR_WORDS = r"экспонент|exhibitor"


def _opening_label(words: str) -> re.Pattern[str]:
    return compile_folded(rf"(?m)^[ \t]*(?:{words})[ \t]*:")


# Both labels of such an act, each opening a line.
_FRANCHISE_LABELS = (
    _opening_label(RIGHT_HOLDER_WORDS),
    _opening_label(RIGHT_USER_WORDS),
)
_FAIR_LABELS = (_opening_label(ORGANISER_WORDS), _opening_label(EXHIBITOR_WORDS))
_TITLE_CHARS = 600
_FORWARDED_LINE_RE = compile_folded(r"[ \t\n]*+-{2,}+[^\n]{0,40}-{2,}+[ \t]*\n")
_EMAIL_HEADER_LINES = 3
# The first line of a bank statement's operations table, or of its balances.
_OPERATIONS_TABLE_RE = compile_folded(
    r"(?m)^[^\w\n]*(?:(?:входящий|исходящий)\s+остаток|остаток\s+(?:на\s+начало|входящий)"
    r"|(?:opening|closing)\s+balance|дата\b[^\n]*(?:дебет|списани|сумма)"
    r"|date\b[^\n]*(?:debit|amount))"
    # A table header without a date column: "| № | № док. | ВО | Корреспондент |
    # Дебет | Кредит |", whose cells open with the two words.
    r"|^(?=[^\n]*?\|[ \t]*(?:дебет|debit)\b)(?=[^\n]*?\|[ \t]*(?:кредит|credit)\b)"
)
# Countries that write the day first, as the end of an issuer's address names
# them: "Sadama 25, 10111 Tallinn, Estonia", not "Turkey Creek Farms LLC".
_DAY_FIRST_COUNTRY_RE = compile_folded(
    r",[ \t]*(?:estonia|latvia|lithuania|germany|deutschland|france|united\s+kingdom"
    r"|netherlands|belgium|austria|switzerland|italy|spain|portugal|poland|czech"
    r"|finland|sweden|norway|denmark|ireland|t[uü]rkiye|turkey|india|russia"
    r"|kazakhstan|uzbekistan|armenia|serbia|cyprus|greece|israel"
    r"|united\s+arab\s+emirates|uae|egypt|tunisia|morocco|brazil|argentina"
    r"|australia|new\s+zealand|singapore|malaysia|vietnam|thailand|indonesia)"
    r"[ \t.]*(?:\n|$)"
)
# A US address: the country, or a state's code before a ZIP code ("Poland, ME
# 04274").
_US_COUNTRY_RE = compile_folded(
    r"\b(?:usa|u\.s\.a\.?|united\s+states)\b|,[ \t]*(?:al|ak|az|ar|ca|co|ct|de|fl"
    r"|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd"
    r"|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc)[ \t]+[0-9]{5}\b"
)
# The caption of the customer's block, which ends the issuer's lines.
_CUSTOMER_CAPTION_RE = compile_folded(
    r"(?m)^[ \t]*(?:sold\s+to|bill(?:ed)?\s+to|ship\s+to|invoice\s+to|buyer|customer"
    r"|consignee|to)[ \t]*:"
)
# How many lines from the top name the issuer and its country.
_ISSUER_LINES = 6
_US_MARKER_RE = compile_folded(r"\$|\busd\b|\bus\s+dollars?\b")
_CYRILLIC_RE = re.compile(r"[А-Яа-яЁё]")
# The number of a contract clause, which looks like an amount: "2.2", "10.1".
_CLAUSE_NUMBER_RE = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}")
# A number grouped by spaces with a three-digit decimal fraction is a weight or a
# quantity, "1 250,500" kg, and no part of it is money.
# Amounts in dinars and Omani rials have three decimals (ISO 4217): "12 496,000
# TND".
_MEASURE_RE = compile_folded(
    r"(?<![\w.,])[0-9]{1,3}(?:[ \u00a0][0-9]{3})+,[0-9]{3}(?![0-9])"
    r"(?![ \t]?(?:tnd|kwd|bhd|omr|jod|iqd|lyd|dt)\b)"
)
# A weight or a volume keeps its unit even where amounts have three decimals.
_MEASURE_UNIT_AFTER_RE = compile_folded(
    r"[ \t]?(?:kg|кг|t|т|tn|тн|l|л|m3|м3|g|г|гр|km|км|m|м)\b"
)
_LATIN_RE = re.compile(r"[A-Za-z]")
# Letters with no look-alike in the other script, which OCR cannot have swapped.
_DISTINCT_CYRILLIC_RE = re.compile(r"[БбГгДдЖжЗзИиЙйЛлПпФфЦцЧчШшЩщЪъЫыЬьЭэЮюЯя]")
_DISTINCT_LATIN_RE = re.compile(r"[DdFfGgIiJjLlNnQqRrSsUuVvWwZz]")
# A label word before a value.
_LABEL_WORD_RE = re.compile(r"[^\W\d_]{3,}")
# How far back on its line a label may stand before its value, in characters.
LABEL_CHARS = 40
_RUBLE_WORD_RE = compile_folded(r"руб|р\.")
# A rate: "8%", "8 %", "8 (восемь) процентов", "5 percent".
_PERCENT_AFTER_RE = compile_folded(
    r"\s?%|(?:\s*\([^()\n]{1,60}\))?\s+(?:процент\w*|percent\b|per\s+cent\b)"
)


@dataclass(frozen=True)
class DateHit:
    """A valid date found in the normalized text."""

    start: int
    end: int
    parsed: ParsedDate


@dataclass(frozen=True)
class AmountHit:
    """A money amount found in the normalized text, with its currency marker if any."""

    start: int
    end: int
    value: Decimal
    currency: str | None = None
    marker_span: tuple[int, int] | None = None
    has_fraction: bool = True


@dataclass
class ExtractionContext:
    """The document being extracted and what every field finder needs from it."""

    document: NormalizedText
    document_type: str
    title_lines: int = 20
    # Whether an operator added the type in the admin. Such a type is extracted by
    # the rules of `other` with a few exceptions, such as reading every total label.
    operator_type: bool = False

    @cached_property
    def text(self) -> str:
        """The folded text that all patterns match against."""
        return self.document.text

    @cached_property
    def role_scheme(self) -> str:
        """Name the role words that apply: the document type, "shared_construction"
        for a shared construction contract (ДДУ), whose developer sells the flat,
        "made_to_order" for a contract whose maker sells what it makes, and
        "franchise" or "trade_fair" for an act between a right holder and its
        user or between a fair's organiser and its exhibitor."""
        if (
            self.document_type == "contract"
            and _SHARED_CONSTRUCTION_RE.search(self.text, 0, _TITLE_CHARS)
            and not _ASSIGNMENT_RE.search(self.text, 0, _TITLE_CHARS)
        ):
            return "shared_construction"
        if (
            self.document_type == "contract"
            and _MAKER_RE.search(self.text)
            and not _OTHER_SELLER_RE.search(self.text)
        ):
            return "made_to_order"
        if self.document_type == "act" and not _ACT_SELLER_RE.search(self.text):
            if all(label.search(self.text) for label in _FRANCHISE_LABELS):
                return "franchise"
            if all(label.search(self.text) for label in _FAIR_LABELS):
                return "trade_fair"
        return self.document_type

    @cached_property
    def email_header_end(self) -> int:
        """Offset where the header block of an e-mail that opens the text ends, or 0.

        The block is three or more lines such as "От:", "Кому:", "Дата:", "Тема:",
        "From:", "Sent:" or "Subject:" in a row, one of them with an address. Its
        date and its "From:" and "To:" belong to the e-mail, not to the document
        that the e-mail carries.
        """
        end = 0
        lines = 0
        has_address = False
        # An e-mail forwarded by another opens with a line such as "----- Forwarded
        # message -----".
        forwarded = _FORWARDED_LINE_RE.match(self.text)
        if forwarded is not None:
            end = forwarded.end()
        while (line := _EMAIL_HEADER_LINE_RE.match(self.text, end)) is not None:
            end = line.end()
            lines += 1
            has_address = has_address or "@" in line.group()
        return end if lines >= _EMAIL_HEADER_LINES and has_address else 0

    @cached_property
    def operations_start(self) -> int:
        """Offset where a bank statement's operations table starts, or 0.

        The header above the table names the account holder, its bank and the
        statement's day, while the rows name counterparties and dates of payments.
        """
        if self.document_type != "bank_statement":
            return 0
        table = _OPERATIONS_TABLE_RE.search(self.text)
        return table.start() if table else 0

    @cached_property
    def stacked_cells(self) -> dict[int, tuple[int, int]]:
        """{caption line start: value line span} of captions printed in a stack
        over a stack of their values (see `stacks`)."""
        return {
            cell.caption[0]: cell.value for cell in find_stacked_cells(self.document)
        }

    @cached_property
    def top_end(self) -> int:
        """Offset where the title zone, the first `title_lines` text lines, ends."""
        return self.document.top_end(self.title_lines)

    @cached_property
    def _letter_counts(self) -> tuple[int, int]:
        original = self.document.original
        return len(_CYRILLIC_RE.findall(original)), len(_LATIN_RE.findall(original))

    @cached_property
    def is_cyrillic(self) -> bool:
        """Whether the text has more Cyrillic letters than Latin ones, counting only
        letters without a look-alike, because OCR mixes those up in Russian scans."""
        original = self.document.original
        cyrillic = len(_DISTINCT_CYRILLIC_RE.findall(original))
        return cyrillic > len(_DISTINCT_LATIN_RE.findall(original))

    def label_is_cyrillic(self, position: int) -> bool | None:
        """Return the script of the last word of 3 or more letters before `position`
        on its line, or None when there is none or its letters could be either.

        A bilingual document prints a number in the script of the label before it:
        "Счет-фактура № ВК-1251 / Invoice No. ВК-1251". Short words such as "No"
        are skipped, because OCR reads "№" as "No" in Russian documents too.
        """
        document = self.document
        line_start = max(document.line_start(position), position - LABEL_CHARS)
        start, end = document.original_span(line_start, position)
        words = _LABEL_WORD_RE.findall(document.original[start:end])
        if not words:
            return None
        cyrillic = _DISTINCT_CYRILLIC_RE.search(words[-1]) is not None
        latin = _DISTINCT_LATIN_RE.search(words[-1]) is not None
        return cyrillic if cyrillic != latin else None

    @cached_property
    def date_order(self) -> DateOrder:
        """Order of numeric dates with slashes or dashes.

        The document's own dates decide first: a date that can be read one way
        only ("25/03/2024" is day first, "03/25/2024" month first) or a date with
        dots, which is always day first, shows how its writer orders them. Without
        such a date, the month comes first only in Latin text with US markers.
        """
        day_first = month_first = False
        for match in DATE_RE.finditer(self.text):
            first, second = match.group("first"), match.group("second")
            if first is None:
                continue
            if match.group("sep") == "." or int(first) > 12:
                day_first = True
            elif int(second) > 12:
                month_first = True
        if day_first != month_first:
            return "dmy" if day_first else "mdy"
        cyrillic, latin = self._letter_counts
        if latin > 2 * cyrillic and _US_MARKER_RE.search(self.text):
            # An issuer in Tallinn bills in dollars but dates day first: the
            # country of its letterhead's address decides over the currency.
            top = self.document.top_end(_ISSUER_LINES)
            caption = _CUSTOMER_CAPTION_RE.search(self.text, 0, top)
            if caption is not None:
                top = caption.start()
            if _DAY_FIRST_COUNTRY_RE.search(self.text, 0, top) and not (
                _US_COUNTRY_RE.search(self.text, 0, top)
            ):
                return "dmy"
            return "mdy"
        return "dmy"

    @cached_property
    def dates(self) -> list[DateHit]:
        """All valid dates in the text, in order."""
        hits = []
        for match in DATE_RE.finditer(self.text):
            parsed = date_from_match(match, self.date_order)
            if parsed is not None:
                hits.append(DateHit(match.start(), match.end(), parsed))
        words = [
            DateHit(start, end, ParsedDate(value))
            for start, end, value in find_word_dates(self.text)
        ]
        if words:
            hits = sorted(hits + words, key=lambda hit: hit.start)
        return hits

    @cached_property
    def amount_in_words(self) -> re.Match[str] | None:
        """The first Russian amount in words in the text, or None."""
        return AMOUNT_WORDS_RE.search(self.text)

    @cached_property
    def amounts(self) -> list[AmountHit]:
        """All amounts in the text that are not part of a date or a percentage."""
        hits = []
        currency = self.thousandths_currency
        measures = [
            match.span()
            for match in _MEASURE_RE.finditer(self.text)
            if currency is None or _MEASURE_UNIT_AFTER_RE.match(self.text, match.end())
        ]
        measure_starts = [start for start, _ in measures]
        for match in AMOUNT_RE.finditer(self.text):
            if self._inside_date(match.start(), match.end()) or self._is_percentage(
                match.end()
            ):
                continue
            index = bisect_right(measure_starts, match.start()) - 1
            if index >= 0 and match.start() < measures[index][1]:
                continue
            if _CLAUSE_NUMBER_RE.fullmatch(match.group(0)) and self._is_clause_number(
                match.start(), match.end()
            ):
                continue
            match = self._without_header_code(match)
            value = amount_from_match(match, currency) if match is not None else None
            if value is not None:
                hits.append(_amount_hit(match, value))
        return hits

    def _without_header_code(self, match: re.Match[str]) -> re.Match[str] | None:
        """Return the match, or the number alone when the currency code before it
        ends a line of other text on the line above.

        "Amount, EUR" over the row number "1" is a table header, while "EUR" alone
        on its line marks the amount under it.
        """
        if match.group("prefix") is None:
            return match
        text = self.text
        if "\n" not in text[match.end("prefix") : match.start("number")]:
            return match
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not text[line_start : match.start()].strip():
            return match
        return AMOUNT_RE.match(text, match.start("number"))

    @cached_property
    def thousandths_currency(self) -> ThousandthsCurrency | None:
        """The three-decimal currency the document states its amounts in, or None."""
        return thousandths_currency(self.text)

    @cached_property
    def amount_starts(self) -> list[int]:
        """Start offsets of `amounts`, for bisecting."""
        return [hit.start for hit in self.amounts]

    @cached_property
    def _date_starts(self) -> list[int]:
        return [hit.start for hit in self.dates]

    def _is_clause_number(self, start: int, end: int) -> bool:
        """Return whether "2.2" opens a line or a table cell and a dot follows it,
        as in a contract's "2.2. The total amount ..."."""
        if not self.text.startswith(".", end):
            return False
        before = self.text[self.document.line_start(start) : start].rstrip(" \t")
        return not before or before.endswith("|")

    def _inside_date(self, start: int, end: int) -> bool:
        index = bisect_left(self._date_starts, end) - 1
        return index >= 0 and start < self.dates[index].end

    def _is_percentage(self, end: int) -> bool:
        return _PERCENT_AFTER_RE.match(self.text, end) is not None

    def build_field(
        self, start: int, end: int, value: str, confidence: float, **extra: object
    ) -> dict:
        """Build the field for `text[start:end]` with the original raw text and span."""
        original_start, original_end = self.document.original_span(start, end)
        return {
            "value": value,
            "raw": self.document.original[original_start:original_end],
            "confidence": round(confidence, 3),
            "span": [original_start, original_end],
            **extra,
        }


def _amount_hit(match: re.Match[str], value: Decimal) -> AmountHit:
    if match.group("rubles"):
        marker = _RUBLE_WORD_RE.search(match.string, match.start(), match.end())
        span = marker.span() if marker else None
        return AmountHit(match.start(), match.end(), value, "RUB", span)
    has_fraction = _FRACTION_RE.search(match.group("number")) is not None
    for group in ("prefix", "suffix"):
        marker = match.group(group)
        if marker:
            code = currency_code(marker)
            return AmountHit(
                match.start(), match.end(), value, code, match.span(group), has_fraction
            )
    return AmountHit(match.start(), match.end(), value, has_fraction=has_fraction)


_FRACTION_RE = re.compile(r"(?:[.,-][0-9]{2}|[.,][0-9])$")
