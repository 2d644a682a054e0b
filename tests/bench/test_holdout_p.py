"""Form and consistency of the set P benchmark documents."""

import re
from datetime import date

import pytest

from bench.holdout_p import load_holdout_p
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    check_amount_read_through_look_alikes,
    check_currency_mark,
    check_date_label,
    check_document_id_and_type,
    check_document_ids_unique,
    check_listed_ids_exist,
    check_noisy_documents_present,
    check_noisy_flag,
    check_number_label,
    check_party_labels,
    check_printed_requisite_counts,
    check_printed_requisites,
    check_requisites,
    check_set_size_and_languages,
    check_total_label,
    check_total_labels_follow_notes,
    check_type_counts,
    document_ids,
    printed_amounts,
    printed_in_groups,
)
from tests.bench.holdout_codes import is_valid_ogrn

# Powers of attorney label their representative "attorney", as sets F to N do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The only rouble document without a currency mark is the bakery's cash register
# receipt, whose amounts are printed as "=3 985.25".
UNMARKED_ROUBLE_DOCUMENTS = {"p-ru-receipt-cash-register-qr"}
# Types labelled with `total` None. None of their documents prints a price of its own.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, the reconciliation act,
# and the transport waybill, the CMR and the bill of lading, which print no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "p-ru-bank-statement-two-sheets",
    "p-en-bank-statement-usd-two-pages",
    "p-ru-act-reconciliation-two-columns",
    "p-ru-waybill-transport-side-by-side-scan",
    "p-en-waybill-cmr-boxes-two-columns",
    "p-en-waybill-bill-of-lading-scan",
}
# Documents whose text runs over two or three pages or sheets, each with its own
# page marker.
MULTI_PAGE_DOCUMENTS = {
    "p-ru-invoice-two-pages-carried-total": 2,
    "p-ru-act-three-pages-carried-total": 3,
    "p-ru-upd-two-sheets-sheet-totals": 2,
    "p-ru-waybill-torg12-two-pages": 2,
    "p-ru-contract-two-pages-requisites-columns": 2,
    "p-ru-packing-list-two-pages-sscc": 2,
    "p-ru-bank-statement-two-sheets": 2,
    "p-ru-passport-spread-two-pages": 2,
    "p-en-invoice-two-pages-carried-forward": 2,
    "p-en-upd-translation-two-sheets": 2,
    "p-en-contract-two-pages-details-columns": 2,
    "p-en-packing-list-three-pages": 3,
    "p-en-bank-statement-usd-two-pages": 2,
}
# The passport spread's OCR reads its first page marker as "стр. l".
PAGE_MARKER = re.compile(r"Страница \d|Лист \d|стр\. [\dl]|Page \d|Sheet \d")
# Lines that carry a page subtotal or a balance from one page to the next.
CARRIED_TOTAL_LINE = re.compile(
    r"Итого по (?:странице|листу)|Перенос|Carried forward|Brought forward"
    r"|Total for sheet",
    re.IGNORECASE,
)
# Stamps and marks whose dates are not the document's date.
STAMP_LINE = re.compile(
    r"ОПЛАЧЕНО|ПРОВЕДЕНО|КОПИЯ ВЕРНА|Вх\. №|RECEIVED|ACCEPTED|EXECUTED|исполнено"
)
STAMP_DATE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})")
# OGRN (13 digits) and OGRNIP (15 digits) printed after their captions.
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 26
ENGLISH_COUNT = 18
MIN_NOISY_COUNT = 8
MAX_NOISY_SHARE = 0.25
DOCUMENTS = load_holdout_p()
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
DOCUMENTS_WITH_TOTAL = [
    document for document in DOCUMENTS if document.expected.get("total") is not None
]


def test_set_size_and_languages():
    check_set_size_and_languages(DOCUMENTS, RUSSIAN_COUNT, ENGLISH_COUNT)


def test_document_ids_unique():
    check_document_ids_unique(DOCUMENTS)


def test_type_counts():
    check_type_counts(DOCUMENTS, ROLES_BY_TYPE, MAIN_TYPES)


def test_noisy_documents_present():
    check_noisy_documents_present(DOCUMENTS, MIN_NOISY_COUNT)


def test_noisy_share_at_most_a_quarter():
    noisy_count = sum(document.noisy for document in DOCUMENTS)
    assert noisy_count <= MAX_NOISY_SHARE * len(DOCUMENTS), f"{noisy_count} noisy"


def test_listed_ids_exist():
    check_listed_ids_exist(
        DOCUMENTS,
        DOCUMENTS_WITHOUT_TOTAL_LABEL,
        UNMARKED_ROUBLE_DOCUMENTS,
        set(MULTI_PAGE_DOCUMENTS),
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    check_document_id_and_type(document, "p", ROLES_BY_TYPE)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_noisy_flag_matches_damage(document):
    check_noisy_flag(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_number_label_printed(document):
    check_number_label(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_date_label_printed(document):
    check_date_label(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_label_printed(document):
    check_total_label(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_labels_follow_notes(document):
    check_total_labels_follow_notes(
        document, TYPES_WITHOUT_TOTAL, DOCUMENTS_WITHOUT_TOTAL_LABEL
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_currency_matches_printed_mark(document):
    check_currency_mark(
        document, holdout_checks.CURRENCY_MARKS, UNMARKED_ROUBLE_DOCUMENTS
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_requisites_valid(document):
    check_requisites(document, ROLES_BY_TYPE, is_printed=printed_in_groups)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_party_labels_follow_notes(document):
    check_party_labels(document)


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_printed_requisites_valid(document):
    check_printed_requisites(document)


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_printed_ogrn_valid(document):
    for ogrn in OGRN_PATTERN.findall(document.text):
        assert is_valid_ogrn(ogrn), f"OGRN {ogrn} has a wrong key"


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_clean_document_fits_a_page(document):
    lines = document.text.splitlines()
    assert len(lines) <= 70, f"{len(lines)} lines"
    longest = max(len(line) for line in lines)
    assert longest <= 110, f"a line of {longest} characters"


@pytest.mark.parametrize(
    ("document_id", "page_count"),
    sorted(MULTI_PAGE_DOCUMENTS.items()),
)
def test_multi_page_document_marks_pages(document_id, page_count):
    markers = PAGE_MARKER.findall(DOCUMENTS_BY_ID[document_id].text)
    assert len(markers) >= page_count, f"only {len(markers)} page markers"


@pytest.mark.parametrize(
    "document", DOCUMENTS_WITH_TOTAL, ids=document_ids(DOCUMENTS_WITH_TOTAL)
)
def test_carried_totals_differ_from_total(document):
    """A page subtotal or a carried balance is never the document's total."""
    total = document.expected["total"]
    for line in document.text.splitlines():
        if CARRIED_TOTAL_LINE.search(line):
            carried = printed_amounts(line, document.noisy)
            assert total not in carried, f"total {total} in {line.strip()!r}"


def test_carried_total_lines_found():
    carried_lines = [
        line
        for document in DOCUMENTS
        for line in document.text.splitlines()
        if CARRIED_TOTAL_LINE.search(line)
    ]
    assert len(carried_lines) >= 15, f"only {len(carried_lines)} carried lines"


def stamp_dates(text: str) -> list[tuple[str, str]]:
    """Return (ISO date, stamp line) for every date after a stamp's caption, on its
    line or on the two lines after it, where a boxed stamp prints its date."""
    lines = text.splitlines()
    found = []
    for index, line in enumerate(lines):
        caption = STAMP_LINE.search(line)
        if caption is None:
            continue
        stamp_text = [line[caption.start() :], *lines[index + 1 : index + 3]]
        for stamp_line in stamp_text:
            for day, month, year in STAMP_DATE.findall(stamp_line):
                stamped = date(int(year), int(month), int(day)).isoformat()
                found.append((stamped, line.strip()))
    return found


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_stamp_dates_differ_from_date(document):
    """A date on a stamp (paid, posted, received, certified copy, executed) differs
    from the date label, so a stamp cannot stand in for the document's date."""
    label = document.expected.get("date")
    for stamped, line in stamp_dates(document.text):
        assert stamped != label, f"stamp date {stamped} near {line!r}"


def test_stamp_dates_found():
    found = [
        stamped
        for document in CLEAN_DOCUMENTS
        for stamped, _ in stamp_dates(document.text)
    ]
    assert len(found) >= 8, f"only {len(found)} stamp dates"


def test_ogrn_pattern_finds_numbers():
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    found = OGRN_PATTERN.findall(texts)
    assert len(found) >= 10, f"only {len(found)} OGRN found"


def test_ogrn_check_rejects_wrong_key():
    assert is_valid_ogrn("1237793166104")
    assert not is_valid_ogrn("1237793166105")
    assert is_valid_ogrn("324505952229345")
    assert not is_valid_ogrn("324505952229346")


def test_requisite_checks_find_ibans_and_accounts():
    check_printed_requisite_counts(
        CLEAN_DOCUMENTS,
        min_ibans=6,
        min_correspondent_accounts=20,
        min_settlement_accounts=30,
    )


def test_noisy_amounts_read_look_alikes():
    check_amount_read_through_look_alikes("Итого: 473 76О,ОО", "473760.00")
