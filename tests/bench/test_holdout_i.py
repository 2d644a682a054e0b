"""Form and consistency of the set I benchmark documents."""

import pytest

from bench.holdout_i import load_holdout_i
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    check_amount_read_through_look_alikes,
    check_currency_mark,
    check_date_label,
    check_document_id_and_type,
    check_document_ids_unique,
    check_listed_ids_exist,
    check_noisy_documents_present,
    check_noisy_flag,
    check_number_label,
    check_party_labels,
    check_printed_requisite_counts,
    check_printed_requisites,
    check_requisites,
    check_set_size_and_languages,
    check_total_label,
    check_total_labels_follow_notes,
    check_treasury_key_rejection,
    check_treasury_requisites,
    check_type_counts,
    document_ids,
    printed_in_groups,
    treasury_documents,
    without_treasury_labels,
)

# Powers of attorney label their representative "attorney", as sets F, G and H do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# Set I also has a pound invoice, and its translated UPD names the "Russian rouble".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble"),
    "GBP": ("GBP", "£"),
}
# Rouble documents that print no currency mark: the online shop's receipt and the 1C
# exchange file, whose amounts are bare numbers.
UNMARKED_ROUBLE_DOCUMENTS = {
    "i-ru-receipt-online-shop-ofd",
    "i-ru-payment-order-1c-exchange-file",
}
# Types labelled with `total` None. Their documents print no amount, except the letters
# and the marketplace sales report, which name sums but are not payment documents.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements and the two waybills, which
# print no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "i-ru-bank-statement-debit-credit",
    "i-en-bank-statement-usd-debit-credit",
    "i-ru-waybill-transport-grain-scan",
    "i-en-waybill-air-waybill-scan",
}
# Documents whose total is printed only in words, with the phrase and the label.
TOTALS_IN_WORDS = {
    "i-ru-invoice-email-forward-seeds": (
        "Двести девяносто четыре тысячи триста десять рублей 00 копеек",
        "294310.00",
    ),
}
# Treasury (TOFK) BIKs, each mapped to the single treasury account (ЕКС) printed as
# its correspondent account.
TREASURY_BIKS = {"018714207": "40102810445370000071"}
# The types that the set has the most of.
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
MIN_NOISY_COUNT = 12
DOCUMENTS = load_holdout_i()

TREASURY_DOCUMENTS = treasury_documents(DOCUMENTS, TREASURY_BIKS)
CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]


def test_set_size_and_languages():
    check_set_size_and_languages(DOCUMENTS, RUSSIAN_COUNT, ENGLISH_COUNT)


def test_document_ids_unique():
    check_document_ids_unique(DOCUMENTS)


def test_type_counts():
    check_type_counts(DOCUMENTS, ROLES_BY_TYPE, MAIN_TYPES)


def test_noisy_documents_present():
    check_noisy_documents_present(DOCUMENTS, MIN_NOISY_COUNT)


def test_listed_ids_exist():
    check_listed_ids_exist(
        DOCUMENTS,
        DOCUMENTS_WITHOUT_TOTAL_LABEL,
        UNMARKED_ROUBLE_DOCUMENTS,
        set(TOTALS_IN_WORDS),
    )


def test_treasury_documents_found():
    assert document_ids(TREASURY_DOCUMENTS) == ["i-ru-payment-order-treasury-payee"]


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    check_document_id_and_type(document, "i", ROLES_BY_TYPE)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_noisy_flag_matches_damage(document):
    check_noisy_flag(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_number_label_printed(document):
    check_number_label(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_date_label_printed(document):
    check_date_label(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_label_printed(document):
    check_total_label(document, totals_in_words=TOTALS_IN_WORDS)


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
    """Check the requisites by the shared rules, except the treasury BIK and account."""
    check_requisites(
        without_treasury_labels(document, TREASURY_BIKS),
        ROLES_BY_TYPE,
        is_printed=printed_in_groups,
    )


@pytest.mark.parametrize(
    "document", TREASURY_DOCUMENTS, ids=document_ids(TREASURY_DOCUMENTS)
)
def test_treasury_requisites_valid(document):
    """Check the treasury payee's TOFK BIK, its treasury account and the ЕКС."""
    check_treasury_requisites(document, TREASURY_BIKS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_party_labels_follow_notes(document):
    check_party_labels(document)


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_printed_requisites_valid(document):
    check_printed_requisites(document)


def test_requisite_checks_find_ibans_and_accounts():
    check_printed_requisite_counts(
        CLEAN_DOCUMENTS,
        min_ibans=5,
        min_correspondent_accounts=15,
        min_settlement_accounts=15,
    )


def test_treasury_checks_reject_a_wrong_key():
    check_treasury_key_rejection(
        "018714207", "03100643400000013600", "03100643500000013600", "044525731"
    )


def test_noisy_amounts_read_look_alikes():
    check_amount_read_through_look_alikes("Итого: 1O2 718,56", "102718.56")
