"""The document types that engines classify into."""

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class DocumentType:
    """A document type: its stable code, display names and a one-line description."""

    code: str
    name_ru: str
    name_en: str
    description: str


OTHER = "other"

DOCUMENT_TYPES: tuple[DocumentType, ...] = (
    DocumentType(
        "invoice",
        "Счёт",
        "Invoice",
        "Invoice or bill for payment, including VAT invoices.",
    ),
    DocumentType(
        "contract", "Договор", "Contract", "Contract, agreement or its supplement."
    ),
    DocumentType(
        "act",
        "Акт",
        "Certificate of completion",
        "Act of completed work, rendered services or acceptance.",
    ),
    DocumentType(
        "payment_order",
        "Платёжное поручение",
        "Payment order",
        "Bank payment order, such as the Russian form 0401060.",
    ),
    DocumentType("receipt", "Чек", "Receipt", "Cash register or sales receipt."),
    DocumentType("passport", "Паспорт", "Passport", "Identity document of a person."),
    DocumentType(
        "waybill",
        "Накладная",
        "Waybill",
        "Consignment or transport note: TORG-12, CMR, bill of lading.",
    ),
    DocumentType(
        "letter", "Письмо", "Letter", "Business letter or other correspondence."
    ),
    DocumentType(
        "upd",
        "УПД",
        "Universal transfer document",
        "Russian universal transfer document: VAT invoice and delivery note in one.",
    ),
    DocumentType(
        "packing_list",
        "Упаковочный лист",
        "Packing list",
        "List of packages and their contents.",
    ),
    DocumentType(
        "bank_statement",
        "Выписка по счёту",
        "Bank statement",
        "Statement of account transactions.",
    ),
    DocumentType(
        "power_of_attorney",
        "Доверенность",
        "Power of attorney",
        "Authorization to act on someone's behalf.",
    ),
    DocumentType(
        OTHER, "Другое", "Other", "Any document that matches none of the types above."
    ),
)

_CODES = tuple(document_type.code for document_type in DOCUMENT_TYPES)


def document_type_codes() -> tuple[str, ...]:
    """Return the codes of all document types, `other` last."""
    return _CODES


def validate_codes(codes: str | Iterable[str]) -> tuple[str, ...]:
    """Return `codes` as a tuple after checking that each is a known type code.

    Raises ValueError naming the first unknown code, or when `codes` is empty.
    """
    if isinstance(codes, str):
        codes = (codes,)
    checked = tuple(codes)
    if not checked:
        raise ValueError(
            "Candidates must not be empty. Pass None to consider every document type."
        )
    for code in checked:
        if code not in _CODES:
            known = ", ".join(_CODES)
            raise ValueError(f"Unknown document type {code!r}. Known types: {known}.")
    return checked
