"""Form and consistency of the set F benchmark documents."""

import pytest

from bench.holdout_f import load_holdout_f
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    check_currency_mark,
    check_digit_groups_read,
    check_document_id_and_type,
    check_document_ids_unique,
    check_noisy_documents_present,
    check_requisites,
    check_scalar_labels,
    check_set_size_and_languages,
    check_total_labels_follow_notes,
    check_types_covered_twice,
    document_ids,
    printed_in_groups,
)

# Set F invoices may also label a consignee, and powers of attorney label "attorney"
# where the other sets label "agent".
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "invoice": {"seller", "buyer", "consignee"},
    "power_of_attorney": {"principal", "attorney"},
}
# Set F has no yuan documents, so a CNY label is an error here.
CURRENCY_MARKS = {
    currency: marks
    for currency, marks in holdout_checks.CURRENCY_MARKS.items()
    if currency != "CNY"
}
# Rouble documents that print no currency mark at all (see bench.holdout_f).
UNMARKED_ROUBLE_DOCUMENTS = {"f-ru-cash-register-receipt-scan-ocr"}
# Types whose set F documents print no price or amount, so `total` is None.
TYPES_WITHOUT_TOTAL = {"passport", "power_of_attorney", "letter", "packing_list"}
RUSSIAN_COUNT = 24
ENGLISH_COUNT = 16
MIN_NOISY_COUNT = 8
DOCUMENTS = load_holdout_f()
# Documents with no `total` label at all: the bank statements and the reconciliation
# act.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    document.id
    for document in DOCUMENTS
    if document.document_type == "bank_statement" or "reconciliation" in document.id
}


def test_set_size_and_languages():
    check_set_size_and_languages(DOCUMENTS, RUSSIAN_COUNT, ENGLISH_COUNT)


def test_document_ids_unique():
    check_document_ids_unique(DOCUMENTS)


def test_every_type_covered_twice():
    check_types_covered_twice(DOCUMENTS, ROLES_BY_TYPE)


def test_noisy_documents_present():
    check_noisy_documents_present(DOCUMENTS, MIN_NOISY_COUNT)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    check_document_id_and_type(document, "f", ROLES_BY_TYPE)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_scalar_labels_in_text(document):
    check_scalar_labels(document, total_in_repaired_text=True)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_labels_follow_notes(document):
    check_total_labels_follow_notes(
        document, TYPES_WITHOUT_TOTAL, DOCUMENTS_WITHOUT_TOTAL_LABEL
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_currency_matches_printed_mark(document):
    check_currency_mark(document, CURRENCY_MARKS, UNMARKED_ROUBLE_DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_requisites_valid(document):
    check_requisites(document, ROLES_BY_TYPE, is_printed=printed_in_groups)


def test_requisite_match_reads_digit_groups():
    check_digit_groups_read(
        "р/с 4080 2810 6989 2107 5240, ИНН 7703705134",
        account="40802810698921075240",
        inn="7703705134",
    )
