"""Form and consistency of the set R benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date

import pytest

from bench.formats import MONTHS_EN
from bench.holdout_r import load_holdout_r
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    comparable,
    date_forms,
    printed_in_groups,
    swapped,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet

# Powers of attorney label their representative "attorney", as sets F to P do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by "rouble" (the translated UPD prints "Russian rouble")
# and the pound of the British invoice and letter.
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble"),
    "GBP": ("GBP", "£"),
}
# The only document without a currency mark is the cash register receipt, whose
# amounts are printed as "=915.00".
UNMARKED_ROUBLE_DOCUMENTS = {"r-ru-receipt-photo-two-digit-year"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are not a
# document value, and the transport waybill and the bill of lading, which print no
# money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "r-ru-bank-statement-operating-day",
    "r-en-bank-statement-statement-date-period",
    "r-ru-waybill-transport-number-below-title",
    "r-en-waybill-bill-of-lading-issue-date",
}
# Documents without a number, mapped to the "б/н" caption they print, or to None when
# they print no number caption at all.
NUMBERLESS_DOCUMENTS = {
    "r-ru-invoice-bn-sole-proprietor": "СЧЕТ № б/н",
    "r-ru-act-bn-place-date-line": "АКТ № б/н",
    "r-ru-power-of-attorney-no-number-place-date": None,
    "r-en-power-of-attorney-ordinal-date-no-number": None,
    "r-en-letter-us-no-reference": None,
}
NUMBER_CAPTIONS = ("№", "No.", "No:", "Nr.", "#", "Ref")
# Numbers made of Cyrillic letters and digits, some of them in English documents.
CYRILLIC_LETTER_NUMBERS = {
    "r-ru-invoice-cyrillic-slash-number-footer",
    "r-ru-invoice-number-below-title",
    "r-ru-invoice-photo-pzn-number",
    "r-ru-act-single-letter-number-period",
    "r-ru-act-grid-slash-number",
    "r-ru-act-scan-zero-prefix-number",
    "r-ru-upd-sf-number-shipment-dates",
    "r-ru-upd-edo-captions-before-values",
    "r-ru-upd-scan-latin-lookalike-number",
    "r-ru-waybill-torg12-grid-form-codes",
    "r-ru-packing-list-number-below-title",
    "r-ru-letter-place-date-top-right",
    "r-ru-other-order-date-left-number-right",
    "r-ru-other-commercial-offer-validity",
    "r-ru-contract-place-date-line",
    "r-en-act-translation-cyrillic-number",
    "r-en-upd-translation-number-next-line",
}
# Numbers made of Latin letters and digits.
LATIN_LETTER_NUMBERS = {
    "r-en-invoice-us-month-first-po-reference",
    "r-en-invoice-uk-day-first-tax-point",
    "r-en-contract-latin-suffix-place-date",
    "r-en-waybill-bill-of-lading-issue-date",
    "r-en-packing-list-scan-ymd-dates",
    "r-en-letter-uk-date-under-address",
    "r-en-other-inspection-certificate-issue-date",
}
# Numbers that contain spaces or slashes.
SPACED_OR_SLASHED_NUMBERS = {
    "r-ru-invoice-cyrillic-slash-number-footer",
    "r-ru-invoice-spaced-number-corner-box",
    "r-ru-act-grid-slash-number",
    "r-ru-upd-sf-number-shipment-dates",
    "r-ru-upd-scan-latin-lookalike-number",
    "r-ru-waybill-transport-number-below-title",
    "r-ru-packing-list-number-below-title",
    "r-ru-other-commercial-offer-validity",
    "r-ru-contract-place-date-line",
    "r-en-act-translation-cyrillic-number",
    "r-en-contract-latin-suffix-place-date",
    "r-en-letter-uk-date-under-address",
    "r-en-other-inspection-certificate-issue-date",
}
# Documents whose number is printed on one of the four lines after a title or caption
# that does not contain it, mapped to that title or caption.
NUMBER_BELOW_TITLE = {
    "r-ru-invoice-number-below-title": "СЧЕТ НА ОПЛАТУ",
    "r-ru-upd-edo-captions-before-values": "Счет-фактура №",
    "r-ru-waybill-transport-number-below-title": "Транспортная накладная",
    "r-ru-packing-list-number-below-title": "УПАКОВОЧНЫЙ ЛИСТ",
    "r-en-upd-translation-number-next-line": "Invoice No.",
}
# Documents whose number is printed in a box or grid cell, on a line with "|" rules.
NUMBER_IN_BOX = {
    "r-ru-invoice-spaced-number-corner-box",
    "r-ru-act-grid-slash-number",
    "r-ru-waybill-torg12-grid-form-codes",
    "r-en-invoice-dutch-header-box-footer",
}
# Documents that print their number on two or more lines, mapped to another reference
# printed near it that is not the number.
NUMBER_REPEATED_BESIDE_REFERENCE = {
    "r-ru-invoice-cyrillic-slash-number-footer": "7781",
    "r-ru-invoice-photo-pzn-number": "533",
    "r-ru-upd-sf-number-shipment-dates": "217-ПР",
    "r-en-invoice-us-month-first-po-reference": "PO#88412",
    "r-en-invoice-uk-day-first-tax-point": "DN-44172",
    "r-en-invoice-dutch-header-box-footer": "100482",
}
# Dates printed in each document besides its own date: due, delivery, shipment,
# receipt, contract, period, signature, stamp, print, birth, expiry, registration,
# inspection and validity dates.
OTHER_DATES = {
    "r-ru-invoice-cyrillic-slash-number-footer": (
        "2025-11-10",
        "2025-11-19",
        "2024-01-15",
    ),
    "r-ru-invoice-number-below-title": ("2025-11-06", "2024-04-22", "2025-11-21"),
    "r-ru-invoice-spaced-number-corner-box": ("2025-11-25", "2025-11-12"),
    "r-ru-invoice-bn-sole-proprietor": ("2025-09-01", "2025-09-03"),
    "r-ru-invoice-photo-pzn-number": ("2025-11-17",),
    "r-ru-act-single-letter-number-period": (
        "2025-11-01",
        "2025-11-30",
        "2025-02-01",
        "2025-12-03",
    ),
    "r-ru-act-bn-place-date-line": (
        "2025-10-10",
        "2025-12-02",
        "2025-11-17",
        "2025-11-27",
    ),
    "r-ru-act-grid-slash-number": (
        "2025-03-03",
        "2025-10-01",
        "2025-11-25",
        "2025-12-01",
    ),
    "r-ru-act-scan-zero-prefix-number": ("2025-11-20",),
    "r-ru-upd-sf-number-shipment-dates": ("2025-11-18", "2025-11-20", "2025-02-10"),
    "r-ru-upd-edo-captions-before-values": ("2025-11-21", "2025-11-24", "2024-06-03"),
    "r-ru-upd-short-number-payment-reference": (
        "2025-11-19",
        "2025-11-27",
        "2025-09-02",
    ),
    "r-ru-upd-scan-latin-lookalike-number": ("2025-12-01", "2025-01-15"),
    "r-ru-payment-order-form-bank-dates-above": (
        "2025-11-25",
        "2025-11-12",
        "2024-01-15",
    ),
    "r-ru-payment-order-one-digit-number": ("2025-11-05", "2025-10-31", "2025-10-30"),
    "r-ru-payment-order-scan-rent-period": (
        "2025-11-01",
        "2025-11-30",
        "2023-03-01",
        "2025-10-31",
    ),
    "r-ru-payment-order-text-layer-bank-dates-first": ("2025-11-10", "2025-11-05"),
    "r-ru-waybill-torg12-grid-form-codes": ("2025-11-21", "2025-01-20", "1998-12-25"),
    "r-ru-waybill-transport-number-below-title": ("2025-11-17", "2025-11-21"),
    "r-ru-packing-list-number-below-title": ("2025-11-17",),
    "r-ru-bank-statement-operating-day": (
        "2025-11-12",
        "2025-11-17",
        "2025-11-13",
        "2025-11-07",
        "2025-11-10",
    ),
    "r-ru-passport-spread-vertical-number": ("1999-08-23", "2019-07-02"),
    "r-ru-power-of-attorney-no-number-place-date": ("2018-02-14", "2025-12-31"),
    "r-ru-letter-place-date-top-right": (
        "2025-10-28",
        "2025-02-14",
        "2025-11-20",
        "2025-10-10",
        "2025-10-24",
    ),
    "r-ru-other-order-date-left-number-right": (
        "2023-03-14",
        "2025-11-10",
        "1998-03-28",
        "2006-11-27",
    ),
    "r-ru-other-commercial-offer-validity": ("2025-11-20", "2025-11-01"),
    "r-ru-contract-place-date-line": ("2025-03-31", "2025-12-31"),
    "r-en-invoice-us-month-first-po-reference": ("2025-10-31", "2025-12-03"),
    "r-en-invoice-uk-day-first-tax-point": ("2025-10-31", "2025-12-04"),
    "r-en-invoice-dutch-header-box-footer": ("2025-11-05", "2025-12-07"),
    "r-en-act-translation-cyrillic-number": (
        "2025-11-01",
        "2025-11-30",
        "2025-12-04",
        "2024-04-15",
    ),
    "r-en-upd-translation-number-next-line": ("2025-11-20", "2025-11-21", "2025-07-01"),
    "r-en-payment-order-transfer-value-date-code": ("2025-11-14", "2025-11-03"),
    "r-en-contract-latin-suffix-place-date": ("2025-06-30", "2025-03-17", "2026-12-31"),
    "r-en-waybill-bill-of-lading-issue-date": ("2025-11-05", "2025-11-14"),
    "r-en-packing-list-scan-ymd-dates": ("2025-08-20",),
    "r-en-bank-statement-statement-date-period": (
        "2025-11-01",
        "2025-11-30",
        "2025-12-02",
    ),
    "r-en-receipt-us-two-digit-year": ("2025-12-07",),
    "r-en-passport-scan-issue-expiry": ("1988-11-03", "2031-03-15"),
    "r-en-power-of-attorney-ordinal-date-no-number": (
        "2026-12-31",
        "2019-09-12",
        "1987-06-14",
    ),
    "r-en-letter-uk-date-under-address": ("2025-10-28", "2025-12-15", "2026-01-01"),
    "r-en-letter-us-no-reference": (
        "2025-10-31",
        "2025-11-03",
        "2025-12-03",
        "2025-12-24",
        "2026-01-02",
        "2026-01-05",
    ),
    "r-en-other-inspection-certificate-issue-date": (
        "2025-11-04",
        "2025-08-20",
        "2025-11-05",
    ),
}
# Documents dated with slashes in an order that only the context settles, mapped to
# that order, a later date printed in the same order and the days between the two.
# In the other order the two dates would lie a different number of days apart.
SLASH_DATES = {
    "r-en-invoice-us-month-first-po-reference": ("month-first", "2025-12-03", 30),
    "r-en-invoice-uk-day-first-tax-point": ("day-first", "2025-12-04", 30),
    "r-en-receipt-us-two-digit-year": ("month-first", "2025-12-07", 30),
}
# Documents whose date shares a line with the place of signing, mapped to the place.
PLACE_AND_DATE_LINES = {
    "r-ru-act-bn-place-date-line": "г. Казань",
    "r-ru-power-of-attorney-no-number-place-date": "г. Самара",
    "r-ru-letter-place-date-top-right": "г. Казань",
    "r-ru-contract-place-date-line": "г. Нижний Новгород",
    "r-en-contract-latin-suffix-place-date": "Moscow",
}
# English letters whose date closes the sender's address block at the top.
DATE_UNDER_SENDER_ADDRESS = {
    "r-en-letter-uk-date-under-address",
    "r-en-letter-us-no-reference",
}
ORDINAL_SUFFIXES = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
MIN_NOISY_COUNT = 8
DOCUMENTS = load_holdout_r()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def extra_date_forms(value: date) -> list[str]:
    """Return this set's date forms that `date_forms` lacks: English ordinals ("3rd
    November 2025") and US dates with a two-digit year ("11/07/25")."""
    suffix = ORDINAL_SUFFIXES.get(value.day, "th")
    english = MONTHS_EN[value.month - 1]
    return [
        f"{value.day}{suffix} {english} {value.year}",
        f"{value:%m/%d/%y}",
    ]


def slash_date(value: date, order: str, two_digit_year: bool) -> str:
    """Return `value` with slashes, day-first or month-first."""
    year = f"{value:%y}" if two_digit_year else f"{value:%Y}"
    if order == "day-first":
        return f"{value:%d/%m}/{year}"
    return f"{value:%m/%d}/{year}"


HOLDOUT_SET = HoldoutSet(
    name="r",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    max_noisy_count=len(DOCUMENTS) // 4,
    listed_ids=(
        set(NUMBERLESS_DOCUMENTS),
        CYRILLIC_LETTER_NUMBERS,
        LATIN_LETTER_NUMBERS,
        SPACED_OR_SLASHED_NUMBERS,
        set(NUMBER_BELOW_TITLE),
        NUMBER_IN_BOX,
        set(NUMBER_REPEATED_BESIDE_REFERENCE),
        set(SLASH_DATES),
        set(PLACE_AND_DATE_LINES),
        DATE_UNDER_SENDER_ADDRESS,
    ),
    requisite_counts=(3, 15, 20),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=5,
    requisite_printed=printed_in_groups,
    extra_date_forms=extra_date_forms,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    checks_number_and_date_labels=True,
    number_label_may_be_none=True,
    clean_documents_fit_a_page=True,
    other_date_values=OTHER_DATES,
    noisy_amount_sample=("ИТOГ =9l5.OO", "915.00"),
    look_alike_sample=("Ne ПЗH-OOO533", "Ne ПЗН-000533"),
    check_digit_samples=(
        (is_valid_ogrn, "1165211002330", "1165211002331"),
        (is_valid_ogrn, "322169232073207", "322169232073208"),
    ),
)


def test_only_listed_documents_lack_number():
    numberless = {
        document.id
        for document in DOCUMENTS
        if document.expected.get("number", "absent") is None
    }
    assert numberless == set(NUMBERLESS_DOCUMENTS)


@pytest.mark.parametrize(
    ("document_id", "caption"),
    sorted(NUMBERLESS_DOCUMENTS.items()),
    ids=sorted(NUMBERLESS_DOCUMENTS),
)
def test_numberless_document_prints_no_number(document_id, caption):
    document = DOCUMENTS_BY_ID[document_id]
    assert document.expected["number"] is None, "number label is not None"
    if caption is not None:
        assert caption in document.text, f"{caption!r} not printed"
        return
    printed = [mark for mark in NUMBER_CAPTIONS if mark in document.text]
    assert not printed, f"number captions {printed} printed"


@pytest.mark.parametrize(
    "document_id", sorted(CYRILLIC_LETTER_NUMBERS), ids=sorted(CYRILLIC_LETTER_NUMBERS)
)
def test_number_has_cyrillic_letters(document_id):
    number = DOCUMENTS_BY_ID[document_id].expected["number"]
    assert re.search(r"[А-Яа-яЁё]", number), f"{number} has no Cyrillic letter"
    assert re.search(r"\d", number), f"{number} has no digit"
    assert not re.search(r"[A-Za-z]", number), f"{number} has a Latin letter"


@pytest.mark.parametrize(
    "document_id", sorted(LATIN_LETTER_NUMBERS), ids=sorted(LATIN_LETTER_NUMBERS)
)
def test_number_has_latin_letters(document_id):
    number = DOCUMENTS_BY_ID[document_id].expected["number"]
    assert re.search(r"[A-Za-z]", number), f"{number} has no Latin letter"
    assert re.search(r"\d", number), f"{number} has no digit"
    assert not re.search(r"[А-Яа-яЁё]", number), f"{number} has a Cyrillic letter"


@pytest.mark.parametrize(
    "document_id",
    sorted(SPACED_OR_SLASHED_NUMBERS),
    ids=sorted(SPACED_OR_SLASHED_NUMBERS),
)
def test_number_has_spaces_or_slashes(document_id):
    number = DOCUMENTS_BY_ID[document_id].expected["number"]
    assert " " in number or "/" in number, f"{number} has no space or slash"


@pytest.mark.parametrize(
    ("document_id", "title"),
    sorted(NUMBER_BELOW_TITLE.items()),
    ids=sorted(NUMBER_BELOW_TITLE),
)
def test_number_printed_below_title(document_id, title):
    document = DOCUMENTS_BY_ID[document_id]
    number = document.expected["number"]
    lines = document.text.splitlines()
    title_index = next(
        (index for index, line in enumerate(lines) if title in line), None
    )
    assert title_index is not None, f"title {title!r} not printed"
    assert number not in lines[title_index], "number on the title line"
    following = lines[title_index + 1 : title_index + 5]
    assert any(number in line for line in following), "number not below the title"


@pytest.mark.parametrize(
    "document_id", sorted(NUMBER_IN_BOX), ids=sorted(NUMBER_IN_BOX)
)
def test_number_printed_in_box(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    number = document.expected["number"]
    cells = [
        line
        for line in document.text.splitlines()
        if number in line and line.strip().endswith("|")
    ]
    assert cells, f"number {number} not printed in a box cell"


@pytest.mark.parametrize(
    ("document_id", "reference"),
    sorted(NUMBER_REPEATED_BESIDE_REFERENCE.items()),
    ids=sorted(NUMBER_REPEATED_BESIDE_REFERENCE),
)
def test_number_repeated_beside_other_reference(document_id, reference):
    document = DOCUMENTS_BY_ID[document_id]
    number = comparable(document.expected["number"], document.noisy)
    lines = [
        line
        for line in document.text.splitlines()
        if number in comparable(line, document.noisy)
    ]
    assert len(lines) >= 2, f"number printed on {len(lines)} line"
    assert reference in document.text, f"reference {reference!r} not printed"
    assert reference != document.expected["number"], "reference is the number"


@pytest.mark.parametrize(
    ("document_id", "reading"),
    sorted(SLASH_DATES.items()),
    ids=sorted(SLASH_DATES),
)
def test_slash_date_order_settled_by_later_date(document_id, reading):
    order, later_iso, days = reading
    document = DOCUMENTS_BY_ID[document_id]
    label = date.fromisoformat(document.expected["date"])
    later = date.fromisoformat(later_iso)
    short_year = slash_date(label, order, False) not in document.text
    assert slash_date(label, order, short_year) in document.text, "date not printed"
    assert slash_date(later, order, short_year) in document.text, "later date missing"
    assert (later - label).days == days, "dates not the stated days apart"
    other_gap = (swapped(later) - swapped(label)).days
    assert other_gap != days, "the other order gives the same gap"


@pytest.mark.parametrize(
    ("document_id", "place"),
    sorted(PLACE_AND_DATE_LINES.items()),
    ids=sorted(PLACE_AND_DATE_LINES),
)
def test_place_and_date_share_line(document_id, place):
    document = DOCUMENTS_BY_ID[document_id]
    value = date.fromisoformat(document.expected["date"])
    forms = date_forms(value) + extra_date_forms(value)
    lines = [
        line
        for line in document.text.splitlines()
        if place in line and any(form in line for form in forms)
    ]
    assert lines, f"no line prints {place!r} with the date"


@pytest.mark.parametrize(
    "document_id",
    sorted(DATE_UNDER_SENDER_ADDRESS),
    ids=sorted(DATE_UNDER_SENDER_ADDRESS),
)
def test_letter_date_closes_sender_address(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    value = date.fromisoformat(document.expected["date"])
    forms = date_forms(value) + extra_date_forms(value)
    lines = document.text.splitlines()
    date_index = next(
        index for index, line in enumerate(lines) if any(form in line for form in forms)
    )
    assert date_index >= 3, "date above the sender's address"
    address_block = lines[:date_index]
    assert all(line.strip() for line in address_block), "blank line above the date"
    assert lines[date_index + 1].strip() == "", "date does not close the block"


def test_extra_date_forms():
    assert "3rd November 2025" in extra_date_forms(date(2025, 11, 3))
    assert "21st March 2025" in extra_date_forms(date(2025, 3, 21))
    assert "12th May 2025" in extra_date_forms(date(2025, 5, 12))
    assert "11/07/25" in extra_date_forms(date(2025, 11, 7))


def test_slash_date_orders():
    value = date(2025, 11, 4)
    assert slash_date(value, "day-first", False) == "04/11/2025"
    assert slash_date(value, "month-first", False) == "11/04/2025"
    assert slash_date(value, "month-first", True) == "11/04/25"
    assert swapped(value) == date(2025, 4, 11)
