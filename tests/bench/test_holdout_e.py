"""Form and consistency of the set E benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

from collections import Counter

import pytest

from bench.holdout_e import load_holdout_e
from tests.bench.holdout_checks import (
    CURRENCY_MARKS,
    ROLES_BY_TYPE,
    amounts_as_printed,
    document_ids,
)
from tests.bench.holdout_sets import HoldoutSet

# Types that set E stresses with more documents than the two every type gets.
FREQUENT_TYPES = ("invoice", "upd", "act", "payment_order")
# Types whose documents state no amount, so `total` is None (see bench.holdout_e).
UNPRICED_TYPES = {"packing_list", "passport", "power_of_attorney", "letter", "other"}
# Types that, as in set D, carry no `total` label at all.
UNLABELLED_TOTAL_TYPES = {"waybill", "bank_statement"}
# Rouble documents that print no currency mark at all (see bench.holdout_e).
UNMARKED_ROUBLE_DOCUMENTS = {"e-ru-receipt-fuel-scan"}
DOCUMENTS = load_holdout_e()


HOLDOUT_SET = HoldoutSet(
    name="e",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=22,
    english_count=18,
    min_noisy_count=len(DOCUMENTS) // 3,
    checks_listed_ids=False,
    checks_party_labels=False,
    checks_noisy_flag=False,
    checks_printed_requisites=False,
    read_amounts=amounts_as_printed,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
)


def test_frequent_types_covered_three_times():
    types = Counter(document.document_type for document in DOCUMENTS)
    for document_type in FREQUENT_TYPES:
        assert types[document_type] >= 3, document_type


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_label_matches_type(document):
    if "total" not in document.expected:
        assert document.document_type in UNLABELLED_TOTAL_TYPES
    elif document.expected["total"] is None:
        assert document.document_type in UNPRICED_TYPES
    else:
        assert document.document_type not in UNPRICED_TYPES
