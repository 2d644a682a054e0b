"""Field extraction: runs every field finder on a document and validates the result."""

from decimal import localcontext

from .checks import (
    check_arithmetic,
    check_division_code,
    check_parties,
    check_passport_formats,
    check_total_in_words,
)
from .context import ExtractionContext
from .exchange_file import exchange_fields, exchange_statement_fields
from .header_fields import find_date, find_number
from .line_items import find_line_items, strip_private_keys
from .money_fields import (
    find_charges,
    find_currency,
    find_total,
    find_total_in_words,
    find_vat,
    net_of_total_rows,
    total_joined_by_rows,
    total_of_rows,
    words_follow_total_label,
)
from .mrz import ZONE_DATES, mrz_fields
from .parties import find_parties
from .reconciliation import is_reconciliation_act
from .schema_fields import schema_fields
from .signals import is_supplier_statement
from .snils import find_snils
from .taxonomy import OTHER, FieldSpec
from .text import NormalizedText
from .totals import find_subtotal, vat_terms
from .type_fields import TYPE_FIELDS

# Amounts on these documents are weights, counts or fees of other papers, never a total.
# A packing list may state the value of the goods it lists, read as its total
# under a strong or a shipment value label (see money_fields._total_labels).
_TYPES_WITHOUT_MONEY = frozenset({"passport"})
# A statement's rows pay taxes ("НДС за 4 квартал", "HMRC VAT 3,115.00"); the
# statement itself charges none.
_NO_VAT_TYPES = frozenset({"bank_statement"})
# Documents that list goods or services in a table.
_TYPES_WITH_LINE_ITEMS = frozenset({"invoice", "act", "upd", "waybill", "packing_list"})
_TYPES_WITH_SUBTOTAL = frozenset({"invoice", "act", "upd", "waybill"})
_DECIMAL_PRECISION = 80
_LETTER_TYPE = "letter"
_ACT_TYPE = "act"
# Types whose amount in words is their total when no figure is found for it.
_TYPES_WITH_PRICE = frozenset(
    {"invoice", "act", "upd", "waybill", "payment_order", "receipt", "contract"}
)
_WORDS_TOTAL_CONFIDENCE = 0.7


class FieldExtractor:
    """Extracts number, date, total, currency, VAT, parties and type-specific fields."""

    def __init__(self, title_lines: int = 20) -> None:
        self.title_lines = title_lines

    def extract(
        self,
        document: NormalizedText,
        document_type: str,
        schema: tuple[FieldSpec, ...] = (),
        *,
        operator_type: bool = False,
    ) -> tuple[dict, tuple[dict, ...]]:
        """Return the fields found in the document and the checks run on them.

        `document_type` selects the built-in rules, which are those of `other` for
        an `operator_type` added in the admin. Fields of `schema` that have labels
        are added after the built-in fields and never replace one of them.
        """
        # Amounts have up to 18 integer digits (see parsing), and their products in
        # the checks need more than the default 28 digits of precision.
        with localcontext() as decimal_context:
            decimal_context.prec = _DECIMAL_PRECISION
            return self._extract(document, document_type, schema, operator_type)

    def _extract(
        self,
        document: NormalizedText,
        document_type: str,
        schema: tuple[FieldSpec, ...],
        operator_type: bool,
    ) -> tuple[dict, tuple[dict, ...]]:
        context = ExtractionContext(
            document, document_type, self.title_lines, operator_type
        )
        fields: dict = {}
        number = find_number(context)
        if number is not None:
            fields["number"] = number[0]
        date = find_date(context, number[1] if number else None)
        if date is not None:
            fields["date"] = date
        if document_type not in _TYPES_WITHOUT_MONEY:
            self._add_money(context, fields)
        self._add_line_items(context, fields)
        if "total" in fields and "line_items" in fields:
            joined = total_joined_by_rows(
                context, fields["total"], fields["line_items"]
            )
            if joined is not None:
                fields["total"] = joined
        if (
            document_type in _TYPES_WITH_SUBTOTAL
            and "total" not in fields
            and "line_items" in fields
        ):
            self._add_total_of_rows(context, fields)
        parties = find_parties(context)
        type_fields = TYPE_FIELDS.get(document_type)
        if type_fields is not None:
            fields.update(type_fields(context))
        exchange = None
        if document_type == "payment_order":
            exchange = exchange_fields(context)
        elif document_type == "bank_statement":
            exchange = exchange_statement_fields(context)
        if exchange is not None:
            # An exchange file names every field by its key, which beats the layout.
            fields.update(exchange[0])
            parties = exchange[1] or parties
        if parties:
            fields["parties"] = parties
        mrz_checks: list[dict] = []
        if document_type == "passport":
            mrz, mrz_checks = mrz_fields(context, fields.get("number"))
            # Printed dates win over the zone's, and the zone's checked number
            # over the printed one.
            for key, found in mrz.items():
                if key == "number" or key not in fields:
                    fields[key] = found
            # A passport's date is its date of issue, which the zone does not
            # give. A header date equal to the birth or expiry date is not it.
            zone_dates = {mrz[key]["value"] for key in ZONE_DATES if key in mrz}
            if fields.get("date", {}).get("value") in zone_dates:
                del fields["date"]
        checks = (
            check_parties(parties)
            + check_division_code(fields)
            + check_passport_formats(fields)
            + check_total_in_words(fields)
            + mrz_checks
            + self._arithmetic_checks(context, fields)
        )
        snils = find_snils(context)
        if snils is not None:
            fields["snils"] = snils[0]
            checks.append(snils[1])
        labeled, labeled_checks = schema_fields(context, schema, fields)
        fields.update(labeled)
        return fields, tuple(checks + labeled_checks)

    @staticmethod
    def _add_money(context: ExtractionContext, fields: dict) -> None:
        total = find_total(context)
        if total is not None and (
            context.document_type == _LETTER_TYPE
            or (context.document_type == _ACT_TYPE and is_reconciliation_act(context))
            or (
                context.document_type == OTHER
                and is_supplier_statement(context.document)
            )
        ):
            # A letter has no value of its own. The sum that it demands or reports
            # as outstanding is the rest to pay of another paper, and the balance
            # that an act of reconciliation or a supplier's statement of account
            # states is a state of account.
            fields["amount_due"] = _unsigned(total.amount_due or total.field)
        elif total is not None:
            fields["total"] = _unsigned(total.field)
            if total.amount_due is not None:
                fields["amount_due"] = _unsigned(total.amount_due)
        currency = find_currency(context, total.amount if total else None)
        if currency is not None:
            fields["currency"] = currency
        vat = (
            None
            if context.document_type in _NO_VAT_TYPES
            else find_vat(context, total.amount if total else None)
        )
        if vat is not None:
            fields["vat"] = _unsigned(vat)
        in_words = find_total_in_words(context)
        if in_words is not None:
            fields["total_in_words"] = in_words
            if (
                "total" not in fields
                and context.document_type in _TYPES_WITH_PRICE
                and words_follow_total_label(context, in_words["span"][0])
            ):
                # OCR may garble the figures ("l l8l 4OO-OO") but not the words.
                fields["total"] = {**in_words, "confidence": _WORDS_TOTAL_CONFIDENCE}
        if context.document_type in _TYPES_WITH_SUBTOTAL:
            subtotal = find_subtotal(context)
            if subtotal is None and total is not None and "vat" in fields:
                subtotal = net_of_total_rows(context, total.amount)
            if subtotal is not None:
                fields["subtotal"] = _unsigned(subtotal)

    @staticmethod
    def _add_total_of_rows(context: ExtractionContext, fields: dict) -> None:
        """Add the total from a closing row that sums the table, and its currency
        when none was found before."""
        found = total_of_rows(context, fields["line_items"])
        if found is None:
            return
        fields["total"] = found.field
        if "currency" not in fields:
            currency = find_currency(context, found.amount)
            if currency is not None:
                fields["currency"] = currency

    @staticmethod
    def _add_line_items(context: ExtractionContext, fields: dict) -> None:
        """Add the table rows of documents that list goods, and of `other` documents
        whose table has a clear header and rows that add up."""
        document_type = context.document_type
        if document_type in _TYPES_WITH_LINE_ITEMS:
            rows = find_line_items(context)
        elif document_type == OTHER:
            rows = find_line_items(context, strict=True)
        else:
            return
        if rows:
            fields["line_items"] = strip_private_keys(rows)

    @staticmethod
    def _arithmetic_checks(context: ExtractionContext, fields: dict) -> list[dict]:
        # Other types state a VAT without a table to add up, such as the VAT in a
        # payment order's purpose, and get no arithmetic checks. `other` documents
        # are checked when they have a table.
        document_type = context.document_type
        has_table = document_type == OTHER and "line_items" in fields
        if document_type not in _TYPES_WITH_SUBTOTAL and not has_table:
            return []
        terms = vat_terms(context, fields.get("vat"))
        return check_arithmetic(
            fields,
            terms.rate,
            terms.included,
            find_charges(context),
            vat_rows=terms.rows if terms.partial else None,
        )


def _unsigned(field: dict) -> dict:
    """Return an amount printed with a minus as its size, marked `negative`.

    A credit note, a correction that lowers a sum and a refund receipt print their
    total, subtotal and VAT as "-4 860,00". The amount states how much the paper
    moves; the mark, and `raw`, keep the direction.
    """
    if not field["value"].startswith("-"):
        return field
    return {**field, "value": field["value"][1:], "negative": True}
