"""Form and consistency of the set C benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date

import pytest

from bench.holdout_c import load_holdout_c
from tests.bench.holdout_sets import HoldoutSet

ROLES_BY_TYPE = {
    "invoice": {"seller", "buyer"},
    "act": {"seller", "buyer"},
    "upd": {"seller", "buyer"},
    "contract": {"seller", "buyer"},
    "receipt": {"seller", "buyer"},
    "waybill": {"seller", "buyer", "shipper", "consignee", "carrier"},
    "packing_list": {"seller", "buyer", "shipper", "consignee"},
    "payment_order": {"payer", "payee"},
}
SCALAR_PATHS = {"number", "date", "total", "currency"}
CURRENCIES = {"RUB", "USD", "EUR", "GBP"}
DOCUMENTS = load_holdout_c()


def _amounts_in_text(text: str) -> set[str]:
    """Find every amount in the text and normalise it to the "12345.67" form."""
    amounts = set()
    pattern = r"\d{1,3}(?:[ ,]\d{3})*(?:[.,-]\d{2})(?!\d)|\d+[.,-]\d{2}(?!\d)"
    for match in re.findall(pattern, text):
        whole, cents = match[:-3], match[-2:]
        amounts.add(re.sub(r"[ ,.]", "", whole) + "." + cents)
    # Contracts may print whole roubles: "480 000 (четыреста ...) рублей 00 копеек".
    for match in re.findall(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,-])", text):
        amounts.add(match.replace(" ", "") + ".00")
    return amounts


def _document_ids() -> list[str]:
    return [document.id for document in DOCUMENTS]


HOLDOUT_SET = HoldoutSet(
    name="c",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=20,
    english_count=10,
    checks_type_coverage=False,
    checks_listed_ids=False,
    checks_id_and_type=False,
    checks_party_labels=False,
    checks_noisy_flag=False,
    checks_printed_requisites=False,
    checks_labels_printed=False,
)


@pytest.mark.parametrize("document", DOCUMENTS, ids=_document_ids())
def test_document_labels_well_formed(document):
    assert document.document_type in ROLES_BY_TYPE
    for path in ("number", "date", "total", "currency"):
        assert path in document.expected, path
    assert document.expected["number"] in document.text
    date.fromisoformat(document.expected["date"])
    assert re.fullmatch(r"\d+\.\d{2}", document.expected["total"])
    assert document.expected["total"] in _amounts_in_text(document.text)
    assert document.expected["currency"] in CURRENCIES
