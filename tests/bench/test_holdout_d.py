"""Form and consistency of the set D benchmark documents."""

from collections import Counter

import pytest

from bench.holdout_d import load_holdout_d
from tests.bench.holdout_checks import (
    CURRENCY_MARKS,
    ROLES_BY_TYPE,
    check_currency_mark,
    check_requisites,
    check_scalar_labels,
    document_ids,
)

# Rouble documents that print no currency mark at all (see bench.holdout_d).
UNMARKED_ROUBLE_DOCUMENTS = {
    "d-ru-invoice-sole-trader-no-mark",
    "d-ru-cash-register-receipt",
}
DOCUMENTS = load_holdout_d()


def test_set_size_and_languages():
    languages = Counter(document.language for document in DOCUMENTS)
    assert languages == {"ru": 26, "en": 18}
    assert [document.language for document in DOCUMENTS[:26]] == ["ru"] * 26


def test_document_ids_unique():
    ids = document_ids(DOCUMENTS)
    assert len(ids) == len(set(ids))


def test_every_type_covered_twice():
    types = Counter(document.document_type for document in DOCUMENTS)
    for document_type in ROLES_BY_TYPE:
        assert types[document_type] >= 2, document_type


def test_noisy_documents_present():
    noisy = [document.id for document in DOCUMENTS if document.noisy]
    assert len(noisy) >= 6


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    assert document.id.startswith(f"d-{document.language}-")
    assert document.document_type in ROLES_BY_TYPE


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_scalar_labels_in_text(document):
    check_scalar_labels(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_currency_matches_printed_mark(document):
    check_currency_mark(document, CURRENCY_MARKS, UNMARKED_ROUBLE_DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_requisites_valid(document):
    check_requisites(document, ROLES_BY_TYPE)
