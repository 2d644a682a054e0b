"""Field extraction: runs every field finder on a document and validates the result."""

from .checks import check_division_code, check_parties, check_total_in_words
from .context import ExtractionContext
from .header_fields import find_date, find_number
from .money_fields import find_currency, find_total, find_total_in_words, find_vat
from .parties import find_parties
from .schema_fields import schema_fields
from .taxonomy import FieldSpec
from .text import NormalizedText
from .type_fields import TYPE_FIELDS

# Amounts on these documents are weights, counts or fees of other papers, never a total.
_TYPES_WITHOUT_MONEY = frozenset({"passport", "packing_list"})


class FieldExtractor:
    """Extracts number, date, total, currency, VAT, parties and type-specific fields."""

    def __init__(self, title_lines: int = 20) -> None:
        self.title_lines = title_lines

    def extract(
        self,
        document: NormalizedText,
        document_type: str,
        schema: tuple[FieldSpec, ...] = (),
    ) -> tuple[dict, tuple[dict, ...]]:
        """Return the fields found in the document and the checks run on them.

        `document_type` selects the built-in rules. Fields of `schema` that have
        labels are added after the built-in fields and never replace one of them.
        """
        context = ExtractionContext(document, document_type, self.title_lines)
        fields: dict = {}
        number = find_number(context)
        if number is not None:
            fields["number"] = number[0]
        date = find_date(context, number[1] if number else None)
        if date is not None:
            fields["date"] = date
        if document_type not in _TYPES_WITHOUT_MONEY:
            self._add_money(context, fields)
        parties = find_parties(context)
        if parties:
            fields["parties"] = parties
        type_fields = TYPE_FIELDS.get(document_type)
        if type_fields is not None:
            fields.update(type_fields(context))
        checks = (
            check_parties(parties)
            + check_division_code(fields)
            + check_total_in_words(fields)
        )
        labeled, labeled_checks = schema_fields(context, schema, fields)
        fields.update(labeled)
        return fields, tuple(checks + labeled_checks)

    @staticmethod
    def _add_money(context: ExtractionContext, fields: dict) -> None:
        total = find_total(context)
        if total is not None:
            fields["total"] = total[0]
        currency = find_currency(context, total[1] if total else None)
        if currency is not None:
            fields["currency"] = currency
        vat = find_vat(context)
        if vat is not None:
            fields["vat"] = vat
        in_words = find_total_in_words(context)
        if in_words is not None:
            fields["total_in_words"] = in_words
