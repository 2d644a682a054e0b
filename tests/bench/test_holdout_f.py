"""Form and consistency of the set F benchmark documents.

All checks of the set run in test_holdout_sets.py with the options in HOLDOUT_SET.
"""

from bench.holdout_f import load_holdout_f
from tests.bench import holdout_checks
from tests.bench.holdout_checks import printed_in_groups
from tests.bench.holdout_sets import HoldoutSet

# Set F invoices may also label a consignee, and powers of attorney label "attorney"
# where the other sets label "agent".
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "invoice": {"seller", "buyer", "consignee"},
    "power_of_attorney": {"principal", "attorney"},
}
# Set F has no yuan documents, so a CNY label is an error here.
CURRENCY_MARKS = {
    currency: marks
    for currency, marks in holdout_checks.CURRENCY_MARKS.items()
    if currency != "CNY"
}
# Rouble documents that print no currency mark at all (see bench.holdout_f).
UNMARKED_ROUBLE_DOCUMENTS = {"f-ru-cash-register-receipt-scan-ocr"}
# Types whose set F documents print no price or amount, so `total` is None.
TYPES_WITHOUT_TOTAL = {"passport", "power_of_attorney", "letter", "packing_list"}
RUSSIAN_COUNT = 24
ENGLISH_COUNT = 16
MIN_NOISY_COUNT = 8
DOCUMENTS = load_holdout_f()
# Documents with no `total` label at all: the bank statements and the reconciliation
# act.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    document.id
    for document in DOCUMENTS
    if document.document_type == "bank_statement" or "reconciliation" in document.id
}


HOLDOUT_SET = HoldoutSet(
    name="f",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    min_noisy_count=MIN_NOISY_COUNT,
    checks_listed_ids=False,
    checks_party_labels=False,
    checks_noisy_flag=False,
    checks_printed_requisites=False,
    requisite_printed=printed_in_groups,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    digit_group_sample=(
        "р/с 4080 2810 6989 2107 5240, ИНН 7703705134",
        "40802810698921075240",
        "7703705134",
    ),
)
