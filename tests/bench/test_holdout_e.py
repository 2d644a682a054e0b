"""Form and consistency of the set E benchmark documents."""

from collections import Counter

import pytest

from bench.holdout_e import load_holdout_e
from tests.bench.holdout_checks import (
    CURRENCY_MARKS,
    ROLES_BY_TYPE,
    check_currency_mark,
    check_requisites,
    check_scalar_labels,
    document_ids,
)

# Types that set E stresses with more documents than the two every type gets.
FREQUENT_TYPES = ("invoice", "upd", "act", "payment_order")
# Types whose documents state no amount, so `total` is None (see bench.holdout_e).
UNPRICED_TYPES = {"packing_list", "passport", "power_of_attorney", "letter", "other"}
# Types that, as in set D, carry no `total` label at all.
UNLABELLED_TOTAL_TYPES = {"waybill", "bank_statement"}
# Rouble documents that print no currency mark at all (see bench.holdout_e).
UNMARKED_ROUBLE_DOCUMENTS = {"e-ru-receipt-fuel-scan"}
DOCUMENTS = load_holdout_e()


def test_set_size_and_languages():
    languages = Counter(document.language for document in DOCUMENTS)
    assert languages == {"ru": 22, "en": 18}
    assert [document.language for document in DOCUMENTS[:22]] == ["ru"] * 22


def test_document_ids_unique():
    ids = document_ids(DOCUMENTS)
    assert len(ids) == len(set(ids))


def test_every_type_covered_twice():
    types = Counter(document.document_type for document in DOCUMENTS)
    for document_type in ROLES_BY_TYPE:
        assert types[document_type] >= 2, document_type


def test_frequent_types_covered_three_times():
    types = Counter(document.document_type for document in DOCUMENTS)
    for document_type in FREQUENT_TYPES:
        assert types[document_type] >= 3, document_type


def test_noisy_documents_present():
    noisy = [document.id for document in DOCUMENTS if document.noisy]
    assert len(noisy) >= len(DOCUMENTS) // 3


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    assert document.id.startswith(f"e-{document.language}-")
    assert document.document_type in ROLES_BY_TYPE


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_scalar_labels_in_text(document):
    check_scalar_labels(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_label_matches_type(document):
    if "total" not in document.expected:
        assert document.document_type in UNLABELLED_TOTAL_TYPES
    elif document.expected["total"] is None:
        assert document.document_type in UNPRICED_TYPES
    else:
        assert document.document_type not in UNPRICED_TYPES


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_currency_matches_printed_mark(document):
    check_currency_mark(document, CURRENCY_MARKS, UNMARKED_ROUBLE_DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_requisites_valid(document):
    check_requisites(document, ROLES_BY_TYPE)
