"""Form and consistency of the set L benchmark documents."""

import re

import pytest

from bench.holdout_l import load_holdout_l
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
from tests.bench.holdout_codes import is_valid_ogrn

# Powers of attorney label their representative "attorney", as sets F to K do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The only rouble document without a currency mark is the cash register receipt, whose
# amounts are printed as "=2 340.00".
UNMARKED_ROUBLE_DOCUMENTS = {"l-ru-receipt-cash-register-photo"}
# Types labelled with `total` None. None of their documents prints a price.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, and the transport waybill
# and the CMR, which print no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "l-ru-bank-statement-internet-bank",
    "l-en-bank-statement-eur-account",
    "l-ru-waybill-transport-scan",
    "l-en-waybill-cmr-scan",
}
# The treasury (TOFK) BIK of the tax payment, mapped to the single treasury account
# (ЕКС) printed as its correspondent account.
TREASURY_BIKS = {"017508104": "40102810245370000018"}
# OGRN (13 digits) and OGRNIP (15 digits) printed after their captions.
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 26
ENGLISH_COUNT = 16
MIN_NOISY_COUNT = 13
DOCUMENTS = load_holdout_l()

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
        DOCUMENTS, DOCUMENTS_WITHOUT_TOTAL_LABEL, UNMARKED_ROUBLE_DOCUMENTS
    )


def test_treasury_documents_found():
    assert document_ids(TREASURY_DOCUMENTS) == ["l-ru-payment-order-single-tax-payment"]


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    check_document_id_and_type(document, "l", ROLES_BY_TYPE)


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


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_labels_follow_notes(document):
    check_total_labels_follow_notes(
        document, TYPES_WITHOUT_TOTAL, DOCUMENTS_WITHOUT_TOTAL_LABEL
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_currency_matches_printed_mark(document):
    check_currency_mark(
        document, holdout_checks.CURRENCY_MARKS, UNMARKED_ROUBLE_DOCUMENTS
    )


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
    """Check the tax payee's TOFK BIK, its treasury account and the ЕКС."""
    check_treasury_requisites(document, TREASURY_BIKS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_party_labels_follow_notes(document):
    check_party_labels(document)


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_printed_requisites_valid(document):
    check_printed_requisites(document)


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_printed_ogrn_valid(document):
    for ogrn in OGRN_PATTERN.findall(document.text):
        assert is_valid_ogrn(ogrn), f"OGRN {ogrn} has a wrong key"


def test_ogrn_pattern_finds_numbers():
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    found = OGRN_PATTERN.findall(texts)
    assert len(found) >= 5, f"only {len(found)} OGRN found"


def test_ogrn_check_rejects_wrong_key():
    assert is_valid_ogrn("1798372462480")
    assert not is_valid_ogrn("1798372462481")
    assert is_valid_ogrn("332892034667823")
    assert not is_valid_ogrn("332892034667824")


def test_requisite_checks_find_ibans_and_accounts():
    check_printed_requisite_counts(
        CLEAN_DOCUMENTS,
        min_ibans=4,
        min_correspondent_accounts=15,
        min_settlement_accounts=20,
    )


def test_treasury_checks_reject_a_wrong_key():
    check_treasury_key_rejection(
        "017508104", "03100643800000017600", "03100643900000017600", "043601877"
    )


def test_thin_space_amounts_read():
    # The sole proprietor's invoice separates thousands with thin spaces (U+2009).
    assert "37500.00" in printed_amounts("Итого: 37\u2009500,00", False)
    assert "37500.00" in printed_amounts("Итого: 37\u202f500,00", False)


def test_noisy_amounts_read_look_alikes():
    check_amount_read_through_look_alikes("Итого: 612 48О,ОО", "612480.00")
