"""Form and consistency of the set G benchmark documents."""

import pytest

from bench.holdout_g import load_holdout_g
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    check_currency_mark,
    check_digit_groups_read,
    check_document_id_and_type,
    check_document_ids_unique,
    check_listed_ids_exist,
    check_noisy_documents_present,
    check_noisy_flag,
    check_party_labels,
    check_requisites,
    check_scalar_labels,
    check_set_size_and_languages,
    check_total_labels_follow_notes,
    check_types_covered_twice,
    document_ids,
    printed_in_groups,
)

# Powers of attorney label their representative "attorney", as set F does, where the
# shared table has "agent".
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# Set G also has tenge, dirham, pound and lira documents.
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "KZT": ("KZT", "₸", "тенге", "tenge"),
    "AED": ("AED",),
    "GBP": ("GBP", "£"),
    "TRY": ("TRY", "₺"),
}
# Rouble documents that print no currency mark at all (see bench.holdout_g).
UNMARKED_ROUBLE_DOCUMENTS = {
    "g-ru-receipt-cash-register-cash",
    "g-ru-receipt-pharmacy-card-photo",
}
# Types labelled with `total` None. Their documents print no amount, except the letters,
# which name sums but are not payment documents.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: statements, the reconciliation act and the
# transport documents that print no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "g-ru-bank-statement-operating-day",
    "g-en-bank-statement-usd-account",
    "g-ru-act-reconciliation-half-year",
    "g-ru-transport-waybill-scan-sole-carrier",
    "g-en-bill-of-lading-scan",
}
RUSSIAN_COUNT = 26
ENGLISH_COUNT = 16
MIN_NOISY_COUNT = 10
DOCUMENTS = load_holdout_g()


def test_set_size_and_languages():
    check_set_size_and_languages(DOCUMENTS, RUSSIAN_COUNT, ENGLISH_COUNT)


def test_document_ids_unique():
    check_document_ids_unique(DOCUMENTS)


def test_every_type_covered_twice():
    check_types_covered_twice(DOCUMENTS, ROLES_BY_TYPE)


def test_noisy_documents_present():
    check_noisy_documents_present(DOCUMENTS, MIN_NOISY_COUNT)


def test_listed_ids_exist():
    check_listed_ids_exist(
        DOCUMENTS, UNMARKED_ROUBLE_DOCUMENTS, DOCUMENTS_WITHOUT_TOTAL_LABEL
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    check_document_id_and_type(document, "g", ROLES_BY_TYPE)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_noisy_flag_matches_damage(document):
    check_noisy_flag(document)


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


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_party_labels_follow_notes(document):
    check_party_labels(document)


def test_requisite_match_reads_digit_groups():
    check_digit_groups_read(
        "Счет 40702 81077 27745 96477, ИНН 5023830078",
        account="40702810772774596477",
        inn="5023830078",
    )
