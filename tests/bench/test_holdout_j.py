"""Form and consistency of the set J benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import pytest

from bench.holdout_j import load_holdout_j
from tests.bench import holdout_checks
from tests.bench.holdout_checks import printed_amounts, printed_in_groups
from tests.bench.holdout_sets import HoldoutSet

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

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


HOLDOUT_SET = HoldoutSet(
    name="j",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    listed_ids=(set(BALANCES_AFTER_DEDUCTION),),
    requisite_counts=(4, 15, 15),
    requisite_printed=printed_in_groups,
    treasury_biks=TREASURY_BIKS,
    treasury_document_ids={"j-ru-contract-procurement-44fz-school-meals"},
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    noisy_amount_sample=("Всего: 338 88O,OO", "338880.00"),
    treasury_key_sample=(
        "018073401",
        "03234643407350000100",
        "03234643507350000100",
        "044652915",
    ),
)


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
