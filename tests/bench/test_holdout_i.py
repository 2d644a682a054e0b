"""Form and consistency of the set I benchmark documents.

All checks of the set run in test_holdout_sets.py with the options in HOLDOUT_SET.
"""

from bench.holdout_i import load_holdout_i
from tests.bench import holdout_checks
from tests.bench.holdout_checks import printed_in_groups
from tests.bench.holdout_sets import HoldoutSet

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


HOLDOUT_SET = HoldoutSet(
    name="i",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    requisite_counts=(5, 15, 15),
    requisite_printed=printed_in_groups,
    treasury_biks=TREASURY_BIKS,
    treasury_document_ids={"i-ru-payment-order-treasury-payee"},
    totals_only_in_words=TOTALS_IN_WORDS,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    noisy_amount_sample=("Итого: 1O2 718,56", "102718.56"),
    treasury_key_sample=(
        "018714207",
        "03100643400000013600",
        "03100643500000013600",
        "044525731",
    ),
)
