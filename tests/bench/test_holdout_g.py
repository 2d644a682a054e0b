"""Form and consistency of the set G benchmark documents.

All checks of the set run in test_holdout_sets.py with the options in HOLDOUT_SET.
"""

from bench.holdout_g import load_holdout_g
from tests.bench import holdout_checks
from tests.bench.holdout_checks import printed_in_groups
from tests.bench.holdout_sets import HoldoutSet

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


HOLDOUT_SET = HoldoutSet(
    name="g",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    min_noisy_count=MIN_NOISY_COUNT,
    checks_printed_requisites=False,
    requisite_printed=printed_in_groups,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    digit_group_sample=(
        "Счет 40702 81077 27745 96477, ИНН 5023830078",
        "40702810772774596477",
        "5023830078",
    ),
)
