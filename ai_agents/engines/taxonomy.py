"""The document types that engines classify into, and the fields each type has.

Built-in types come with the engine. Operators may define more at run time, or add
keywords, example texts and fields to a built-in type, and `merge_types` combines the
two lists.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

# Field kinds. A field's kind decides how its value is parsed, normalized and validated.
FIELD_KINDS = (
    "text",
    "number",
    "date",
    "amount",
    "currency",
    "inn",
    "kpp",
    "ogrn",
    "bik",
    "account",
    "iban",
)

_FIELD_NAME_RE = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class FieldSpec:
    """A field of a document type's schema.

    `name` is the key in `Extraction.fields`. `kind`, one of FIELD_KINDS, decides
    how the value is parsed, normalized and validated. `labels` are the texts, in
    any language, that precede the value in documents. Built-in fields have no
    labels because the extractor finds them by its own rules.
    Raises ValueError for an invalid name or an unknown kind.
    """

    name: str
    kind: str
    labels: tuple[str, ...] = ()
    description: str = ""

    def __post_init__(self) -> None:
        if not _FIELD_NAME_RE.fullmatch(self.name):
            raise ValueError(
                f"Invalid field name {self.name!r}. Use lower-case Latin letters, "
                "digits and underscores, starting with a letter."
            )
        if self.kind not in FIELD_KINDS:
            known = ", ".join(FIELD_KINDS)
            raise ValueError(
                f"Unknown kind {self.kind!r} of field {self.name!r}. "
                f"Known kinds: {known}."
            )
        object.__setattr__(self, "labels", tuple(self.labels))


@dataclass(frozen=True)
class DocumentType:
    """A document type: its stable code, display names, description and schema.

    `keywords` and `examples` are extra evidence for the classifier: words or
    phrases typical of the type, and whole example texts. `fields` is the schema.
    For a built-in type it lists what the extractor returns, and for an operator
    type it lists what to find after the fields' labels. `external_code` is an
    informational code from an outside register, such as a customs document code.
    """

    code: str
    name_ru: str
    name_en: str
    description: str
    keywords: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    fields: tuple[FieldSpec, ...] = ()
    external_code: str = ""
    builtin: bool = True

    def __post_init__(self) -> None:
        if not self.code or not self.code.strip():
            raise ValueError("A document type code must not be empty.")
        for name in ("keywords", "examples", "fields"):
            object.__setattr__(self, name, tuple(getattr(self, name)))


def _field(name: str, kind: str, description: str) -> FieldSpec:
    return FieldSpec(name, kind, (), description)


_NUMBER = _field("number", "number", "Document number from the title or header.")
_DATE = _field("date", "date", "Document date, ISO 8601.")
_TOTAL = _field(
    "total", "amount", "Full value of the document, VAT included, due or paid."
)
_AMOUNT_DUE = _field(
    "amount_due",
    "amount",
    "Rest to pay when the document deducts an advance or deposit from its total, "
    "or the sum that a letter demands or reports as outstanding.",
)
_CURRENCY = _field("currency", "currency", "Currency of the total, ISO 4217.")
_VAT = _field("vat", "amount", "VAT amount.")
_TOTAL_IN_WORDS = _field(
    "total_in_words", "amount", "Total written in words, read as an amount."
)
# NOTE: "parties" is a nested map, not a scalar, and FIELD_KINDS has no kind for it,
# so its spec uses "text" and only describes the structure.
_PARTIES = _field(
    "parties",
    "text",
    "Map of party role (seller, buyer, payer, payee, ...) to its name, bank_name, "
    "inn, kpp, ogrn, bik, account, correspondent_account, iban, swift and vat_id.",
)
_SUBTOTAL = _field("subtotal", "amount", "Amount before VAT, or the table's Итого.")
# NOTE: "line_items" is a list of rows, and FIELD_KINDS has no kind for it, so its
# spec uses "text" and only describes the structure.
_LINE_ITEMS = _field(
    "line_items",
    "text",
    "List of table rows, each a map of description, quantity, unit (with its OKEI "
    "code), unit_price, amount, vat_rate, vat_amount, amount_with_vat, hs_code, "
    "country_of_origin and product_code where the row has them.",
)
_COMMON_FIELDS = (
    _NUMBER,
    _DATE,
    _TOTAL,
    _AMOUNT_DUE,
    _CURRENCY,
    _VAT,
    _TOTAL_IN_WORDS,
    _PARTIES,
)
# A letter has no value of its own: the sum it demands is its amount_due.
_LETTER_FIELDS = tuple(field for field in _COMMON_FIELDS if field is not _TOTAL)
_TABLE_FIELDS = (*_COMMON_FIELDS, _SUBTOTAL, _LINE_ITEMS)
_NO_MONEY_FIELDS = (_NUMBER, _DATE, _PARTIES)

_PAYMENT_ORDER_FIELDS = (
    _field("kbk", "number", "Budget classification code (КБК), 20 digits."),
    _field("oktmo", "number", "OKTMO territory code, 8 or 11 digits."),
    _field("purpose", "text", "Purpose of payment."),
    _field(
        "payment_type", "text", "Payment type: электронно, срочно, почтой, телеграфом."
    ),
    _field("priority", "number", "Payment priority (очерёдность), 1 to 5."),
)
_RECEIPT_FIELDS = (
    _field("fiscal_drive_number", "number", "Fiscal drive number (ФН), 16 digits."),
    _field("fiscal_document_number", "number", "Fiscal document number (ФД)."),
    _field("fiscal_sign", "number", "Fiscal sign (ФП or ФПД)."),
)
_PASSPORT_FIELDS = (
    _field("series", "number", "Passport series, 4 digits."),
    _field(
        "number",
        "number",
        "Passport number: 6 digits for a Russian passport, or the document number "
        "that the machine-readable zone checks.",
    ),
    _field("issuer_code", "text", "Issuing division code, NNN-NNN."),
    _field("birth_date", "date", "Holder's date of birth, ISO 8601."),
    _field("birth_place", "text", "Holder's place of birth as printed."),
    _field("issued_by", "text", "Authority that issued the passport."),
    _field("expiry_date", "date", "Date of expiry from the machine-readable zone."),
    _field(
        "nationality", "text", "Holder's nationality from the machine-readable zone."
    ),
    _field("surname", "text", "Holder's surname."),
    _field("given_name", "text", "Holder's given name."),
    _field("patronymic", "text", "Holder's patronymic."),
    _field(
        "full_name",
        "text",
        "Holder's surname, given name and patronymic, in that order.",
    ),
    _field("date", "date", "Date of issue or another date in the header, ISO 8601."),
    _PARTIES,
)


OTHER = "other"

DOCUMENT_TYPES: tuple[DocumentType, ...] = (
    DocumentType(
        "invoice",
        "Счёт",
        "Invoice",
        "Invoice or bill for payment, including commercial, proforma and tax invoices.",
        fields=_TABLE_FIELDS,
    ),
    DocumentType(
        "contract",
        "Договор",
        "Contract",
        "Contract, agreement or its supplement.",
        fields=_COMMON_FIELDS,
    ),
    DocumentType(
        "act",
        "Акт",
        "Certificate of completion",
        "Act of completed work, rendered services or acceptance.",
        fields=_TABLE_FIELDS,
    ),
    DocumentType(
        "payment_order",
        "Платёжное поручение",
        "Payment order",
        "Bank payment order, such as the Russian form 0401060.",
        fields=_COMMON_FIELDS + _PAYMENT_ORDER_FIELDS,
    ),
    DocumentType(
        "receipt",
        "Чек",
        "Receipt",
        "Cash register or sales receipt.",
        fields=_COMMON_FIELDS + _RECEIPT_FIELDS,
    ),
    DocumentType(
        "passport",
        "Паспорт",
        "Passport",
        "Identity document of a person.",
        fields=_PASSPORT_FIELDS,
    ),
    DocumentType(
        "waybill",
        "Накладная",
        "Waybill",
        "Consignment or transport note: TORG-12, CMR, bill of lading.",
        fields=_TABLE_FIELDS,
    ),
    DocumentType(
        "letter",
        "Письмо",
        "Letter",
        "Business letter or other correspondence.",
        fields=_LETTER_FIELDS,
    ),
    DocumentType(
        "upd",
        "УПД",
        "Universal transfer document",
        "Russian universal transfer document (VAT invoice and delivery note in one),"
        " and a Russian VAT invoice (счёт-фактура) printed alone.",
        fields=_TABLE_FIELDS,
    ),
    DocumentType(
        "packing_list",
        "Упаковочный лист",
        "Packing list",
        "List of packages and their contents.",
        fields=(*_NO_MONEY_FIELDS, _TOTAL, _CURRENCY, _LINE_ITEMS),
    ),
    DocumentType(
        "bank_statement",
        "Выписка по счёту",
        "Bank statement",
        "Statement of account transactions.",
        fields=_COMMON_FIELDS,
    ),
    DocumentType(
        "power_of_attorney",
        "Доверенность",
        "Power of attorney",
        "Authorization to act on someone's behalf.",
        fields=_COMMON_FIELDS,
    ),
    DocumentType(
        OTHER, "Другое", "Other", "Any document that matches none of the types above."
    ),
)

_CODES = tuple(document_type.code for document_type in DOCUMENT_TYPES)
_BUILTIN_BY_CODE = {
    document_type.code: document_type for document_type in DOCUMENT_TYPES
}


# The kind of every field name that a built-in schema lists. An operator field may
# take such a name only with the same kind, so that clients always get the kind the
# schema promises. "parties" and "line_items" are structures and take none.
_BUILTIN_FIELD_KINDS = {
    spec.name: spec.kind
    for document_type in DOCUMENT_TYPES
    for spec in document_type.fields
}
# The extractor also returns a SNILS found in any document, as text.
_BUILTIN_FIELD_KINDS["snils"] = "text"
_STRUCTURED_FIELDS = frozenset({"parties", "line_items", "checks"})


def check_operator_field(name: str, kind: str) -> None:
    """Raise ValueError when an operator's field would change a built-in field."""
    if name in _STRUCTURED_FIELDS:
        raise ValueError(
            f"Field name {name!r} is reserved for the built-in {name} structure. "
            "Choose another name."
        )
    builtin_kind = _BUILTIN_FIELD_KINDS.get(name)
    if builtin_kind is not None and builtin_kind != kind:
        raise ValueError(
            f"Field {name!r} is a built-in field of kind {builtin_kind!r}, so it "
            f"cannot have kind {kind!r}. Use kind {builtin_kind!r} to read it from "
            "your labels, or choose another name."
        )


def merge_types(custom: Iterable[DocumentType]) -> tuple[DocumentType, ...]:
    """Combine the built-in types with operator-defined ones, `other` last.

    A custom type whose code is built-in adds its keywords, examples and fields to
    the built-in type. A custom field named like a built-in field replaces that
    field's spec. Non-empty names, description and external code of such a type
    override the built-in ones. Other custom types are appended in the given order
    with `builtin` set to False. Keywords and examples given to `other` are kept
    but the classifier does not use them, because `other` is what remains when no
    type has enough evidence. Raises ValueError when two custom types share a code.
    """
    merged = {code: _BUILTIN_BY_CODE[code] for code in _CODES}
    custom_codes = []
    for document_type in custom:
        code = document_type.code
        if code in custom_codes:
            raise ValueError(
                f"Document type {code!r} is defined twice. Merge the definitions "
                "or give one of them another code."
            )
        custom_codes.append(code)
        if code in merged:
            merged[code] = _extend_builtin(merged[code], document_type)
        else:
            merged[code] = replace(document_type, builtin=False)
    other = merged.pop(OTHER)
    return (*merged.values(), other)


def _extend_builtin(builtin: DocumentType, extra: DocumentType) -> DocumentType:
    extra_names = {spec.name for spec in extra.fields}
    fields = tuple(spec for spec in builtin.fields if spec.name not in extra_names)
    return replace(
        builtin,
        name_ru=extra.name_ru or builtin.name_ru,
        name_en=extra.name_en or builtin.name_en,
        description=extra.description or builtin.description,
        external_code=extra.external_code or builtin.external_code,
        keywords=_unique(builtin.keywords + extra.keywords),
        examples=_unique(builtin.examples + extra.examples),
        fields=fields + extra.fields,
        builtin=True,
    )


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def document_type_codes() -> tuple[str, ...]:
    """Return the codes of the built-in document types, `other` last."""
    return _CODES


def validate_codes(
    codes: str | Iterable[str], known: tuple[str, ...] = _CODES
) -> tuple[str, ...]:
    """Return `codes` as a tuple after checking that each is one of `known`.

    `known` defaults to the built-in codes. Raises ValueError naming the first
    unknown code, or when `codes` is empty.
    """
    if isinstance(codes, str):
        codes = (codes,)
    checked = tuple(codes)
    if not checked:
        raise ValueError(
            "Candidates must not be empty. Pass None to consider every document type."
        )
    for code in checked:
        if code not in known:
            listed = ", ".join(known)
            raise ValueError(f"Unknown document type {code!r}. Known types: {listed}.")
    return checked
