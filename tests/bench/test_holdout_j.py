"""Form and consistency of the set J benchmark documents."""

import pytest

from bench.holdout_j import load_holdout_j
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
    printed_amounts,
    printed_in_groups,
    treasury_documents,
    without_treasury_labels,
)

# Powers of attorney label their representative "attorney", as sets F to I do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# Set J writes currencies as words: "тенге", "белорусских рублей", "юаней", "tenge".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble"),
    "CNY": (*holdout_checks.CURRENCY_MARKS["CNY"], "юан"),
    "KZT": ("KZT", "₸", "тенге", "tenge"),
    "BYN": ("BYN", "белорусских рубл", "Belarusian rubles"),
}
# Rouble documents that print no currency mark: the pharmacy's cash register receipt.
UNMARKED_ROUBLE_DOCUMENTS = {"j-ru-receipt-pharmacy-photo"}
# Types labelled with `total` None. The letters and the procurement protocol name sums
# but are not payment documents, and the other types print no amount to pay.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements and the CMR, which prints no
# money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "j-ru-bank-statement-agrochemicals",
    "j-en-bank-statement-euro-account",
    "j-en-waybill-cmr-pharmaceuticals-scan",
}
# Documents that print an amount payable after an advance, deposit, penalty or
# retention is deducted. The label is the full value, and this balance is not.
BALANCES_AFTER_DEDUCTION = {
    "j-ru-invoice-subcontract-advance-offset": "1386000.00",
    "j-ru-act-subcontract-penalty-scan": "1104000.00",
    "j-ru-act-equipment-rental-photo": "93000.00",
    "j-ru-act-catering-section-subtotals": "412800.00",
    "j-ru-upd-construction-advance-offset": "843520.00",
    "j-en-invoice-china-yuan-deposit": "353500.00",
    "j-en-act-advertising-penalty": "602820.00",
}
# Treasury (TOFK) BIKs, each mapped to the single treasury account (ЕКС) printed
# beside it.
TREASURY_BIKS = {"018073401": "40102810045370000067"}
# The types that the set has the most of.
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 30
ENGLISH_COUNT = 14
MIN_NOISY_COUNT = 14
DOCUMENTS = load_holdout_j()

TREASURY_DOCUMENTS = treasury_documents(DOCUMENTS, TREASURY_BIKS)
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}
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
        set(BALANCES_AFTER_DEDUCTION),
    )


def test_treasury_documents_found():
    assert document_ids(TREASURY_DOCUMENTS) == [
        "j-ru-contract-procurement-44fz-school-meals"
    ]


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    check_document_id_and_type(document, "j", ROLES_BY_TYPE)


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
    check_total_label(document)


@pytest.mark.parametrize(
    ("document_id", "balance"),
    sorted(BALANCES_AFTER_DEDUCTION.items()),
)
def test_balance_after_deduction_printed(document_id, balance):
    """Check that the payable balance is printed and is below the total label."""
    document = DOCUMENTS_BY_ID[document_id]
    total = document.expected["total"]
    assert balance in printed_amounts(document.text, document.noisy)
    assert float(balance) < float(total), f"balance {balance} is not below {total}"


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
    """Check the treasury customer's TOFK BIK, its treasury account and the ЕКС."""
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
        min_ibans=4,
        min_correspondent_accounts=15,
        min_settlement_accounts=15,
    )


def test_treasury_checks_reject_a_wrong_key():
    check_treasury_key_rejection(
        "018073401", "03234643407350000100", "03234643507350000100", "044652915"
    )


def test_noisy_amounts_read_look_alikes():
    check_amount_read_through_look_alikes("Всего: 338 88O,OO", "338880.00")
