"""Form and consistency of the set C benchmark documents."""

import re
from collections import Counter
from datetime import date

import pytest

from bench.holdout import (
    is_valid_bik,
    is_valid_inn,
    is_valid_kpp,
    is_valid_settlement_account,
)
from bench.holdout_c import load_holdout_c

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


def test_set_size_and_languages():
    languages = Counter(document.language for document in DOCUMENTS)
    assert languages == {"ru": 20, "en": 10}


def test_document_ids_unique():
    ids = _document_ids()
    assert len(ids) == len(set(ids))


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


@pytest.mark.parametrize("document", DOCUMENTS, ids=_document_ids())
def test_document_requisites_valid(document):
    roles = ROLES_BY_TYPE[document.document_type]
    for path, value in document.expected.items():
        if path in SCALAR_PATHS:
            continue
        prefix, role, kind = path.split(".")
        assert prefix == "parties", path
        assert role in roles, path
        assert value in document.text, path
        if kind == "inn":
            assert is_valid_inn(value), path
        elif kind == "kpp":
            assert is_valid_kpp(value), path
        elif kind == "bik":
            assert is_valid_bik(value), path
        elif kind == "account":
            bik = document.expected[f"parties.{role}.bik"]
            assert is_valid_settlement_account(value, bik), path
        else:
            pytest.fail(f"unknown requisite kind in {path}")
