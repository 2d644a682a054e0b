"""Form and consistency of the set G benchmark documents."""

from collections import Counter

import pytest

from bench.holdout_g import load_holdout_g
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    check_currency_mark,
    check_requisites,
    check_scalar_labels,
    document_ids,
    has_ocr_damage,
    printed_in_groups,
)

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
DOCUMENTS = load_holdout_g()


def test_set_size_and_languages():
    languages = Counter(document.language for document in DOCUMENTS)
    assert languages == {"ru": RUSSIAN_COUNT, "en": ENGLISH_COUNT}
    leading = [document.language for document in DOCUMENTS[:RUSSIAN_COUNT]]
    assert leading == ["ru"] * RUSSIAN_COUNT


def test_document_ids_unique():
    ids = document_ids(DOCUMENTS)
    assert len(ids) == len(set(ids))


def test_every_type_covered_twice():
    types = Counter(document.document_type for document in DOCUMENTS)
    for document_type in ROLES_BY_TYPE:
        assert types[document_type] >= 2, document_type


def test_noisy_documents_present():
    noisy = [document for document in DOCUMENTS if document.noisy]
    assert len(noisy) >= 10
    assert {document.language for document in noisy} == {"ru", "en"}


def test_listed_ids_exist():
    ids = set(document_ids(DOCUMENTS))
    assert ids >= UNMARKED_ROUBLE_DOCUMENTS
    assert ids >= DOCUMENTS_WITHOUT_TOTAL_LABEL


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    assert document.id.startswith(f"g-{document.language}-")
    assert document.document_type in ROLES_BY_TYPE


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_noisy_flag_matches_damage(document):
    assert has_ocr_damage(document.text) == document.noisy


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_scalar_labels_in_text(document):
    check_scalar_labels(document, total_in_repaired_text=True)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_labels_follow_notes(document):
    expected = document.expected
    if document.document_type in TYPES_WITHOUT_TOTAL:
        assert "total" in expected
        assert expected["total"] is None
    if document.id in DOCUMENTS_WITHOUT_TOTAL_LABEL:
        assert "total" not in expected
    else:
        assert "total" in expected
    if expected.get("total") is not None:
        assert expected.get("currency") is not None


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_currency_matches_printed_mark(document):
    check_currency_mark(document, CURRENCY_MARKS, UNMARKED_ROUBLE_DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_requisites_valid(document):
    check_requisites(document, ROLES_BY_TYPE, is_printed=printed_in_groups)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_party_labels_follow_notes(document):
    paths = [path for path in document.expected if path.startswith("parties.")]
    if document.document_type in {"letter", "other", "passport"}:
        assert paths == []
    for path in paths:
        if path.endswith(".kpp") and document.expected[path] is not None:
            inn = document.expected.get(path.removesuffix(".kpp") + ".inn")
            assert inn is not None, f"{path} has no INN beside it"
            assert len(inn) == 10, f"{path} labelled for a 12-digit INN"


def test_requisite_match_reads_digit_groups():
    text = "Счет 40702 81077 27745 96477, ИНН 5023830078"
    assert printed_in_groups("40702810772774596477", text, noisy=False)
    assert printed_in_groups("5023830078", text, noisy=False)
    assert not printed_in_groups("502383007", text, noisy=False)
