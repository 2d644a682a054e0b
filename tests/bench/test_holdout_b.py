"""Form and consistency of the second held-out benchmark set.

The checks of ids, types, lengths, paths, value forms and printed values that both
sets share run in test_holdout.py over both.
"""

import re
from collections import Counter

import pytest

from bench.holdout import (
    is_valid_inn,
)
from bench.holdout_b import load_holdout_b
from tests.bench.test_holdout import (
    DOCUMENT_TYPES,
    SCALAR_PATHS,
    _requisites_of_role,
)

DOCUMENTS_PER_TYPE = 2
NOISY_DOCUMENTS = 6
LANGUAGES = ("ru", "en")
# A word that mixes Cyrillic letters with the Latin look-alikes that OCR confuses.
MIXED_SCRIPT_WORD = re.compile(
    r"\b(?=\w*[А-Яа-яЁё])(?=\w*[AaCcEeOoPpXxBKMHT])[A-Za-zА-Яа-яЁё]+\b"
)
# Requisites that must carry a label wherever they are printed, except in
# statements, whose counterparties are not labelled.
PRINTED_INN = re.compile(r"(?:ИНН|INN)(?:/КПП|/KPP)?[^\d\n]{0,20}(\d{10,12})\b")
PRINTED_SETTLEMENT_ACCOUNT = re.compile(r"\b(40[78]02\d{15})\b")
PRINTED_BIK = re.compile(r"\b(04\d{7})\b")

DOCUMENTS = load_holdout_b()


def _ids(documents):
    return [document.id for document in documents]


def _labelled_values(document) -> set[str]:
    return {value for value in document.expected.values() if value is not None}


def test_holdout_b_languages_known():
    for document in DOCUMENTS:
        assert document.language in LANGUAGES, document.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_holdout_b_covers_every_type(language):
    counts = Counter(
        document.document_type
        for document in DOCUMENTS
        if document.language == language
    )
    wrong = {
        code: counts[code]
        for code in DOCUMENT_TYPES
        if counts[code] != DOCUMENTS_PER_TYPE
    }
    assert wrong == {}


def test_holdout_b_size():
    assert len(DOCUMENTS) == DOCUMENTS_PER_TYPE * len(DOCUMENT_TYPES) * len(LANGUAGES)


def test_holdout_b_noisy_count():
    noisy = [document.id for document in DOCUMENTS if document.noisy]
    assert len(noisy) == NOISY_DOCUMENTS, noisy


def test_holdout_b_noisy_russian_mixes_scripts():
    for document in DOCUMENTS:
        if document.language != "ru" or not document.noisy:
            continue
        assert len(MIXED_SCRIPT_WORD.findall(document.text)) >= 5, document.id


def test_holdout_b_clean_russian_has_no_mixed_words():
    for document in DOCUMENTS:
        if document.language != "ru" or document.noisy:
            continue
        assert MIXED_SCRIPT_WORD.findall(document.text) == [], document.id


@pytest.mark.parametrize("document", DOCUMENTS, ids=_ids(DOCUMENTS))
def test_holdout_b_scalar_paths_present(document):
    # Totals may be absent because a statement or a consignment note has no
    # single grand total. The other scalar fields are labelled, as None if missing.
    for path in SCALAR_PATHS - {"total"}:
        assert path in document.expected, path


@pytest.mark.parametrize("document", DOCUMENTS, ids=_ids(DOCUMENTS))
def test_holdout_b_printed_inns_valid(document):
    for inn in PRINTED_INN.findall(document.text):
        assert is_valid_inn(inn), inn


@pytest.mark.parametrize(
    "pattern",
    [PRINTED_INN, PRINTED_SETTLEMENT_ACCOUNT, PRINTED_BIK],
    ids=["inn", "account", "bik"],
)
def test_holdout_b_printed_requisites_labelled(pattern):
    for document in DOCUMENTS:
        if document.document_type == "bank_statement":
            continue
        labelled = _labelled_values(document)
        for value in pattern.findall(document.text):
            assert value in labelled, (document.id, value)


def test_holdout_b_statement_holder_labelled():
    for document in DOCUMENTS:
        if document.document_type == "bank_statement":
            assert _requisites_of_role(document, "account_holder"), document.id


def test_holdout_b_passports_have_no_total():
    for document in DOCUMENTS:
        if document.document_type == "passport":
            assert document.expected.get("total", "missing") is None, document.id
            assert document.expected.get("currency", "missing") is None, document.id
