"""Form and consistency of the set L benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

from bench.holdout_l import load_holdout_l
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    printed_amounts,
    printed_in_groups,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet

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
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 26
ENGLISH_COUNT = 16
MIN_NOISY_COUNT = 13
DOCUMENTS = load_holdout_l()


HOLDOUT_SET = HoldoutSet(
    name="l",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    requisite_counts=(4, 15, 20),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=5,
    requisite_printed=printed_in_groups,
    treasury_biks=TREASURY_BIKS,
    treasury_document_ids={"l-ru-payment-order-single-tax-payment"},
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=holdout_checks.CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    noisy_amount_sample=("Итого: 612 48О,ОО", "612480.00"),
    check_digit_samples=(
        (is_valid_ogrn, "1798372462480", "1798372462481"),
        (is_valid_ogrn, "332892034667823", "332892034667824"),
    ),
    treasury_key_sample=(
        "017508104",
        "03100643800000017600",
        "03100643900000017600",
        "043601877",
    ),
)


def test_thin_space_amounts_read():
    # The sole proprietor's invoice separates thousands with thin spaces (U+2009).
    assert "37500.00" in printed_amounts("Итого: 37\u2009500,00", False)
    assert "37500.00" in printed_amounts("Итого: 37\u202f500,00", False)
