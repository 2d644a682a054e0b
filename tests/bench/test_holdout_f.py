"""Form and consistency of the set F benchmark documents."""

from collections import Counter

import pytest

from bench.holdout_f import load_holdout_f
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    check_currency_mark,
    check_requisites,
    check_scalar_labels,
    document_ids,
    printed_in_groups,
)

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
DOCUMENTS = load_holdout_f()


def test_set_size_and_languages():
    languages = Counter(document.language for document in DOCUMENTS)
    assert languages == {"ru": 24, "en": 16}
    assert [document.language for document in DOCUMENTS[:24]] == ["ru"] * 24


def test_document_ids_unique():
    ids = document_ids(DOCUMENTS)
    assert len(ids) == len(set(ids))


def test_every_type_covered_twice():
    types = Counter(document.document_type for document in DOCUMENTS)
    for document_type in ROLES_BY_TYPE:
        assert types[document_type] >= 2, document_type


def test_noisy_documents_present():
    noisy = [document for document in DOCUMENTS if document.noisy]
    assert len(noisy) >= 8
    assert {document.language for document in noisy} == {"ru", "en"}


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    assert document.id.startswith(f"f-{document.language}-")
    assert document.document_type in ROLES_BY_TYPE


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_scalar_labels_in_text(document):
    check_scalar_labels(document, total_in_repaired_text=True)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_labels_follow_notes(document):
    expected = document.expected
    if document.document_type in TYPES_WITHOUT_TOTAL:
        assert "total" in expected
        assert expected["total"] is None
    if document.document_type == "bank_statement" or "reconciliation" in document.id:
        assert "total" not in expected
    if expected.get("total") is not None:
        assert expected.get("currency") is not None


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_currency_matches_printed_mark(document):
    check_currency_mark(document, CURRENCY_MARKS, UNMARKED_ROUBLE_DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_requisites_valid(document):
    check_requisites(document, ROLES_BY_TYPE, is_printed=printed_in_groups)


def test_requisite_match_reads_digit_groups():
    text = "р/с 4080 2810 6989 2107 5240, ИНН 7703705134"
    assert printed_in_groups("40802810698921075240", text, noisy=False)
    assert printed_in_groups("7703705134", text, noisy=False)
    assert not printed_in_groups("770370513", text, noisy=False)
