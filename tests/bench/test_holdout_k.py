"""Form and consistency of the set K benchmark documents."""

import re
from collections import Counter
from datetime import date

import pytest

from bench.holdout_k import load_holdout_k
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    LOOK_ALIKES,
    amounts_in_text,
    check_currency_mark,
    check_party_labels,
    check_printed_requisites,
    check_requisites,
    check_type_counts,
    comparable,
    date_forms,
    document_ids,
    has_ocr_damage,
    printed_in_groups,
)

# Powers of attorney label their representative "attorney", as sets F to I do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# Set K prices goods in the currencies of the countries Russian importers buy from,
# and its translated documents name the "Russian rouble".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble"),
    "TRY": ("TRY", "₺"),
    "KZT": ("KZT", "тенге", "₸"),
    "AED": ("AED", "Dirham"),
    "BYN": ("BYN", "белорусск"),
}
# The cash register receipt of the temporary storage warehouse prints no currency mark.
UNMARKED_ROUBLE_DOCUMENTS = {"k-ru-receipt-temporary-storage-warehouse-scan"}
# Types labelled with `total` None. The letters and the bank control statement name
# sums but are not payment documents, and the others print no amount.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements and the CMRs.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "k-ru-bank-statement-usd-account",
    "k-en-bank-statement-cny-account-scan",
    "k-ru-waybill-cmr-belarus-scan",
    "k-en-waybill-cmr-germany",
}
# Registration numbers of foreign parties, printed in the documents under their own
# names (УНП, BIN, TRN, USCI, USt-IdNr., Steuernummer, Vergi No, VKN, GSTIN, IEC).
# Several have 10 or 12 digits like an INN, and none of them may be labelled.
FOREIGN_REGISTRATION_NUMBERS = {
    "290456712": "Belarusian УНП of the Brest seller",
    "191408527": "Belarusian УНП of the Brest carrier",
    "190540012347": "Kazakh BIN of the lentil exporter",
    "170840023319": "Kazakh BIN of the rail forwarder",
    "100234567800003": "UAE TRN of the Dubai seller",
    "91330206MA2H7K3X5Q": "Chinese USCI of the Ningbo seller",
    "91440101MA5CQ8LW2R": "Chinese USCI of the Guangzhou seller",
    "DE287654319": "German USt-IdNr. of the Stuttgart seller",
    "99015/12345": "German Steuernummer of the Stuttgart seller",
    "DE318402756": "German VAT No. of the Cologne sender",
    "9870123456": "Turkish Vergi No of the Bursa seller",
    "0680412397": "Turkish Vergi No of the Mersin seller",
    "1804627395": "Turkish VKN of the Istanbul hotel",
    "24AAJCS4821K1Z7": "Indian GSTIN of the Ahmedabad seller",
    "0815012345": "Indian IEC of the Ahmedabad seller",
}
# The types that the set has the most of.
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 22
ENGLISH_COUNT = 22
MIN_NOISY_COUNT = 14
DOCUMENTS = load_holdout_k()
CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]


def printed_amounts(text: str, noisy: bool) -> set[str]:
    """Find the amounts of a text, reading a noisy text's look-alikes as digits."""
    amounts = amounts_in_text(text)
    if noisy:
        amounts |= amounts_in_text(text.translate(LOOK_ALIKES))
    return amounts


def test_set_size_and_languages():
    languages = Counter(document.language for document in DOCUMENTS)
    assert languages == {"ru": RUSSIAN_COUNT, "en": ENGLISH_COUNT}
    leading = [document.language for document in DOCUMENTS[:RUSSIAN_COUNT]]
    assert leading == ["ru"] * RUSSIAN_COUNT


def test_document_ids_unique():
    ids = document_ids(DOCUMENTS)
    assert len(ids) == len(set(ids))


def test_type_counts():
    check_type_counts(DOCUMENTS, ROLES_BY_TYPE, MAIN_TYPES)


def test_noisy_documents_present():
    noisy = [document for document in DOCUMENTS if document.noisy]
    assert len(noisy) >= MIN_NOISY_COUNT
    assert {document.language for document in noisy} == {"ru", "en"}


def test_listed_ids_exist():
    ids = set(document_ids(DOCUMENTS))
    assert ids >= DOCUMENTS_WITHOUT_TOTAL_LABEL
    assert ids >= UNMARKED_ROUBLE_DOCUMENTS


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    assert document.id.startswith(f"k-{document.language}-")
    assert document.document_type in ROLES_BY_TYPE


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_noisy_flag_matches_damage(document):
    assert has_ocr_damage(document.text) == document.noisy


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_number_label_printed(document):
    number = document.expected.get("number")
    if number is None:
        return
    printed = comparable(number, document.noisy) in comparable(
        document.text, document.noisy
    )
    assert printed, f"number {number} missing"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_date_label_printed(document):
    if document.expected.get("date") is None:
        return
    value = date.fromisoformat(document.expected["date"])
    text = comparable(document.text, document.noisy)
    printed = [
        form for form in date_forms(value) if comparable(form, document.noisy) in text
    ]
    assert printed, f"date {value} not printed in any known form"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_label_printed(document):
    total = document.expected.get("total")
    if total is None:
        return
    assert re.fullmatch(r"\d+\.\d{2}", total), f"total {total!r} is not 1234.56"
    amounts = printed_amounts(document.text, document.noisy)
    assert total in amounts, f"total {total} not among amounts {sorted(amounts)}"


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
    check_party_labels(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_foreign_numbers_not_labelled(document):
    labelled = set(document.expected.values())
    for number, owner in FOREIGN_REGISTRATION_NUMBERS.items():
        assert number not in labelled, f"{owner} {number} is labelled"


@pytest.mark.parametrize("number", sorted(FOREIGN_REGISTRATION_NUMBERS))
def test_foreign_number_printed(number):
    printed = [
        document.id
        for document in DOCUMENTS
        if comparable(number, document.noisy)
        in comparable(document.text, document.noisy)
    ]
    assert printed, f"{FOREIGN_REGISTRATION_NUMBERS[number]} {number} not printed"


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_printed_requisites_valid(document):
    check_printed_requisites(document)


def test_requisite_checks_find_ibans_and_accounts():
    """Guard the scans above against finding nothing because of a broken pattern."""
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    assert len(re.findall(r"IBAN:?\s+[A-Z]{2}\d{2}", texts)) >= 6
    assert len(re.findall(r"(?<!\d)30101\d{15}(?!\d)", texts)) >= 12
    assert len(re.findall(r"(?<!\d)40[5-8]\d{17}(?!\d)", texts)) >= 15


def test_noisy_amounts_read_look_alikes():
    assert "1323100.00" in printed_amounts("TRY l.323.lOO,OO", noisy=True)
    assert "1323100.00" not in printed_amounts("TRY l.323.lOO,OO", noisy=False)
