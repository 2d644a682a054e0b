"""Form and consistency of the set J benchmark documents."""

import dataclasses
import re
from collections import Counter
from datetime import date

import pytest

from bench.holdout import ACCOUNT_KEY_WEIGHTS
from bench.holdout_j import load_holdout_j
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    LOOK_ALIKES,
    amounts_in_text,
    check_currency_mark,
    check_party_labels,
    check_printed_requisites,
    check_requisites,
    check_type_counts,
    comparable,
    date_forms,
    document_ids,
    has_ocr_damage,
    printed_in_groups,
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
# Treasury (TOFK) BIKs start with "0" and a digit other than 4, so `is_valid_bik`
# rejects them. Each maps to the single treasury account (ЕКС) printed beside it.
TREASURY_BIKS = {"018073401": "40102810045370000067"}
# The types that the set has the most of.
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 30
ENGLISH_COUNT = 14
MIN_NOISY_COUNT = 14
DOCUMENTS = load_holdout_j()


def account_key_matches(prefix: str, account: str) -> bool:
    """Check an account's control key: the weighted sum of prefix and account."""
    digits = prefix + account
    weights = ACCOUNT_KEY_WEIGHTS[: len(digits)]
    total = sum(
        int(digit) * weight for digit, weight in zip(digits, weights, strict=True)
    )
    return total % 10 == 0


def is_valid_treasury_bik(bik: str) -> bool:
    """Check a TOFK BIK form: 9 digits starting with "0" and not with "04"."""
    return re.fullmatch(r"0[0-35-9]\d{7}", bik) is not None


def printed_amounts(text: str, noisy: bool) -> set[str]:
    """Find the amounts of a text, reading a noisy text's look-alikes as digits."""
    amounts = amounts_in_text(text)
    if noisy:
        amounts |= amounts_in_text(text.translate(LOOK_ALIKES))
    return amounts


def without_treasury_labels(document):
    """Return the document without its labels that contain a treasury BIK or account."""
    treasury_roles = {
        path.split(".")[1]
        for path, value in document.expected.items()
        if path.endswith(".bik") and value in TREASURY_BIKS
    }
    expected = {
        path: value
        for path, value in document.expected.items()
        if not (
            path.startswith("parties.")
            and path.split(".")[1] in treasury_roles
            and path.endswith((".bik", ".account"))
        )
    }
    return dataclasses.replace(document, expected=expected)


TREASURY_DOCUMENTS = [
    document
    for document in DOCUMENTS
    if without_treasury_labels(document).expected != document.expected
]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def test_set_size_and_languages():
    languages = Counter(document.language for document in DOCUMENTS)
    assert languages == {"ru": RUSSIAN_COUNT, "en": ENGLISH_COUNT}
    leading = [document.language for document in DOCUMENTS[:RUSSIAN_COUNT]]
    assert leading == ["ru"] * RUSSIAN_COUNT


def test_document_ids_unique():
    ids = document_ids(DOCUMENTS)
    assert len(ids) == len(set(ids))


def test_type_counts():
    check_type_counts(DOCUMENTS, ROLES_BY_TYPE, MAIN_TYPES)


def test_noisy_documents_present():
    noisy = [document for document in DOCUMENTS if document.noisy]
    assert len(noisy) >= MIN_NOISY_COUNT
    assert {document.language for document in noisy} == {"ru", "en"}


def test_listed_ids_exist():
    ids = set(DOCUMENTS_BY_ID)
    assert ids >= DOCUMENTS_WITHOUT_TOTAL_LABEL
    assert ids >= UNMARKED_ROUBLE_DOCUMENTS
    assert ids >= set(BALANCES_AFTER_DEDUCTION)


def test_treasury_documents_found():
    assert [document.id for document in TREASURY_DOCUMENTS] == [
        "j-ru-contract-procurement-44fz-school-meals"
    ]


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    assert document.id.startswith(f"j-{document.language}-")
    assert document.document_type in ROLES_BY_TYPE


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_noisy_flag_matches_damage(document):
    assert has_ocr_damage(document.text) == document.noisy


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_number_label_printed(document):
    number = document.expected.get("number")
    if number is None:
        return
    printed = comparable(number, document.noisy) in comparable(
        document.text, document.noisy
    )
    assert printed, f"number {number} missing"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_date_label_printed(document):
    if document.expected.get("date") is None:
        return
    value = date.fromisoformat(document.expected["date"])
    text = comparable(document.text, document.noisy)
    printed = [
        form for form in date_forms(value) if comparable(form, document.noisy) in text
    ]
    assert printed, f"date {value} not printed in any known form"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_label_printed(document):
    total = document.expected.get("total")
    if total is None:
        return
    assert re.fullmatch(r"\d+\.\d{2}", total), f"total {total!r} is not 1234.56"
    amounts = printed_amounts(document.text, document.noisy)
    assert total in amounts, f"total {total} not among amounts {sorted(amounts)}"


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
    expected = document.expected
    if document.document_type in TYPES_WITHOUT_TOTAL:
        assert "total" in expected
        assert expected["total"] is None
    if document.id in DOCUMENTS_WITHOUT_TOTAL_LABEL:
        assert "total" not in expected
    else:
        assert "total" in expected
    if expected.get("total") is not None:
        assert expected.get("currency") is not None


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_currency_matches_printed_mark(document):
    check_currency_mark(document, CURRENCY_MARKS, UNMARKED_ROUBLE_DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_requisites_valid(document):
    """Check the requisites by the shared rules, except the treasury BIK and account."""
    check_requisites(
        without_treasury_labels(document), ROLES_BY_TYPE, is_printed=printed_in_groups
    )


@pytest.mark.parametrize(
    "document", TREASURY_DOCUMENTS, ids=document_ids(TREASURY_DOCUMENTS)
)
def test_treasury_requisites_valid(document):
    """Check a treasury customer's TOFK BIK, its treasury account and the ЕКС.

    The treasury account's key uses the last three BIK digits, like a settlement
    account. The ЕКС key uses "0" and BIK digits 5-6, like a correspondent account.
    """
    for path, bik in document.expected.items():
        if not (path.endswith(".bik") and bik in TREASURY_BIKS):
            continue
        assert is_valid_treasury_bik(bik), path
        assert printed_in_groups(bik, document.text, document.noisy), path
        single_account = TREASURY_BIKS[bik]
        assert single_account.startswith("40102"), single_account
        assert account_key_matches("0" + bik[4:6], single_account), single_account
        assert printed_in_groups(single_account, document.text, document.noisy)
        account_path = path.removesuffix(".bik") + ".account"
        account = document.expected[account_path]
        assert re.fullmatch(r"03\d{18}", account), account_path
        assert account_key_matches(bik[-3:], account), account_path
        assert printed_in_groups(account, document.text, document.noisy), account_path


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_party_labels_follow_notes(document):
    check_party_labels(document)


CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_printed_requisites_valid(document):
    check_printed_requisites(document)


def test_requisite_checks_find_ibans_and_accounts():
    """Guard the scans above against finding nothing because of a broken pattern."""
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    assert len(re.findall(r"IBAN:?\s+[A-Z]{2}\d{2}", texts)) >= 4
    assert len(re.findall(r"(?<!\d)30101\d{15}(?!\d)", texts)) >= 15
    assert len(re.findall(r"(?<!\d)40[5-8]\d{17}(?!\d)", texts)) >= 15


def test_treasury_checks_reject_a_wrong_key():
    assert account_key_matches("401", "03234643407350000100")
    assert not account_key_matches("401", "03234643507350000100")
    assert is_valid_treasury_bik("018073401")
    assert not is_valid_treasury_bik("044652915")


def test_noisy_amounts_read_look_alikes():
    assert "338880.00" in printed_amounts("Всего: 338 88O,OO", noisy=True)
    assert "338880.00" not in printed_amounts("Всего: 338 88O,OO", noisy=False)
