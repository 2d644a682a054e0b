"""Form and consistency of the set D benchmark documents.

All checks of the set run in test_holdout_sets.py with the options in HOLDOUT_SET.
"""

from bench.holdout_d import load_holdout_d
from tests.bench.holdout_checks import (
    CURRENCY_MARKS,
    ROLES_BY_TYPE,
    amounts_as_printed,
)
from tests.bench.holdout_sets import HoldoutSet

# Rouble documents that print no currency mark at all (see bench.holdout_d).
UNMARKED_ROUBLE_DOCUMENTS = {
    "d-ru-invoice-sole-trader-no-mark",
    "d-ru-cash-register-receipt",
}
DOCUMENTS = load_holdout_d()


HOLDOUT_SET = HoldoutSet(
    name="d",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=26,
    english_count=18,
    min_noisy_count=6,
    checks_listed_ids=False,
    checks_party_labels=False,
    checks_noisy_flag=False,
    checks_printed_requisites=False,
    read_amounts=amounts_as_printed,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
)
