"""Form and consistency of the set P benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date

import pytest

from bench.holdout_p import load_holdout_p
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    document_ids,
    printed_amounts,
    printed_in_groups,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet

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


HOLDOUT_SET = HoldoutSet(
    name="p",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    max_noisy_count=int(MAX_NOISY_SHARE * len(DOCUMENTS)),
    listed_ids=(set(MULTI_PAGE_DOCUMENTS),),
    requisite_counts=(6, 20, 30),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=10,
    requisite_printed=printed_in_groups,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=holdout_checks.CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    clean_documents_fit_a_page=True,
    noisy_amount_sample=("Итого: 473 76О,ОО", "473760.00"),
    check_digit_samples=(
        (is_valid_ogrn, "1237793166104", "1237793166105"),
        (is_valid_ogrn, "324505952229345", "324505952229346"),
    ),
)


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
