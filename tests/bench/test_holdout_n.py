"""Form and consistency of the set N benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date

import pytest

from bench.formats import MONTHS_EN, MONTHS_RU_GENITIVE
from bench.holdout_n import load_holdout_n
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    comparable,
    date_forms,
    printed_in_groups,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet

# Powers of attorney label their representative "attorney", as sets F to L do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The UK invoice is labelled GBP, which the shared marks do not list.
CURRENCY_MARKS = {**holdout_checks.CURRENCY_MARKS, "GBP": ("GBP", "£")}
# The only rouble document without a currency mark is the cash register receipt, whose
# amounts are printed as "=2 795.00".
UNMARKED_ROUBLE_DOCUMENTS = {"n-ru-receipt-cash-register-short-year"}
# Types labelled with `total` None. None of their documents prints a price.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, and the delivery note, which
# prints no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "n-ru-bank-statement-operating-day",
    "n-en-bank-statement-usd-iso-dates",
    "n-en-waybill-delivery-note-several-numbers",
}
# Numbers that a document prints but that are not its own: contracts, orders, delivery
# notes, references and incoming stamps.
CITED_NUMBERS = {
    "n-ru-invoice-1c-number-on-next-line": ("47/П-24", "УТ-0932"),
    "n-ru-invoice-erp-latin-number-iso-dates": (
        "4500183726",
        "80011472",
        "NT-DP-2023/118",
        "100427",
    ),
    "n-ru-invoice-slash-number-order-contract": ("З-5521", "88-ОП/2024", "КП-219"),
    "n-ru-act-number-in-table-cell": ("12/24-ТО",),
    "n-ru-act-contract-number-printed-first": ("ТУ-114/2025",),
    "n-ru-upd-erp-prefix-several-numbers": ("1418", "15/25-П", "3318"),
    "n-ru-waybill-torg12-number-cell": ("1193-ТН", "0412/03/25-Р", "88-ОП/2024"),
    "n-ru-payment-order-0401060-invoice-cited": ("УТ-1187", "47/П-24"),
    "n-ru-letter-incoming-stamp": ("1147", "ТУ-114/2025"),
    "n-ru-other-document-register": ("MSK-0219", "MSK-0226"),
    "n-en-invoice-us-month-first-dates": ("AC-PO-25-0093", "SO 118274"),
    "n-en-invoice-uk-day-first-references": ("PO 7731", "Q-2025-118", "DN 44018"),
    "n-en-invoice-exporter-cyrillic-number": ("EXP-2024/09", "LH-2025-031"),
    "n-en-invoice-german-number-on-next-line": (
        "10442",
        "KP-114",
        "AB-25-0731",
        "LS-80011472",
    ),
    "n-en-act-acceptance-cyrillic-number": ("SRV-2024/031",),
    "n-en-payment-order-usd-application-iso-date": (
        "2025-0417",
        "25030087/0394/0012/2/1",
    ),
    "n-en-packing-list-invoice-cited": ("GB-25/0318",),
    "n-en-letter-date-at-signature": ("KP-114", "0381"),
    "n-en-other-certificate-origin-spaced-number": ("LS-80011472", "RE 2025 00388"),
}
# Dates that a document prints next to its own: contract, order, shipment, due,
# period, bank, birth, expiry and validity dates.
CITED_DATES = {
    "n-ru-invoice-1c-number-on-next-line": ("2024-01-09", "2025-03-11", "2025-03-21"),
    "n-ru-invoice-erp-latin-number-iso-dates": (
        "2025-03-12",
        "2025-03-15",
        "2025-04-14",
    ),
    "n-ru-act-number-in-table-cell": (
        "2025-03-01",
        "2025-03-31",
        "2024-01-15",
        "2025-03-18",
    ),
    "n-ru-act-date-in-signature-line": ("2025-03-31", "2024-11-22"),
    "n-ru-upd-erp-prefix-several-numbers": ("2025-03-14", "2025-03-24", "2025-01-10"),
    "n-ru-payment-order-bank-stamp-later-date": ("2025-04-08", "2025-04-02"),
    "n-ru-waybill-torg12-number-cell": ("2025-03-25", "2025-03-19"),
    "n-ru-bank-statement-operating-day": ("2025-03-25", "2025-03-27"),
    "n-ru-passport-main-page-spread": ("1987-11-03", "2021-07-22"),
    "n-ru-power-of-attorney-validity-and-passport": (
        "2025-12-31",
        "2017-02-28",
        "1990-08-19",
    ),
    "n-ru-power-of-attorney-date-at-signature": ("2025-04-30",),
    "n-en-invoice-us-month-first-dates": ("2025-04-14", "2025-03-13"),
    "n-en-invoice-uk-day-first-references": ("2025-04-17",),
    "n-en-invoice-german-number-on-next-line": (
        "2025-03-10",
        "2025-03-21",
        "2025-04-24",
    ),
    "n-en-passport-uk-bilingual-dates": ("1986-08-07", "2032-04-12"),
    "n-en-power-of-attorney-cyrillic-number": (
        "2025-12-31",
        "2019-06-15",
        "1988-07-11",
    ),
    "n-en-bank-statement-usd-iso-dates": ("2025-03-24", "2025-03-26"),
    "n-en-letter-date-at-signature": ("2025-03-31", "2025-04-24"),
    "n-en-other-certificate-origin-spaced-number": ("2025-03-21", "2025-03-25"),
}
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 26
ENGLISH_COUNT = 18
MIN_NOISY_COUNT = 6
MAX_NOISY_COUNT = 8
DOCUMENTS = load_holdout_n()
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def date_in_style(value: date, style: str) -> str:
    """Return `value` printed in one of the date styles that the set covers."""
    day, month, year = value.day, value.month, value.year
    english = MONTHS_EN[month - 1]
    russian = MONTHS_RU_GENITIVE[month - 1]
    styles = {
        "dd.mm.yyyy": f"{day:02}.{month:02}.{year}",
        "«dd» month yyyy": f"«{day:02}» {russian} {year}",
        "d month yyyy года": f"{day} {russian} {year} года",
        "yyyy-mm-dd": value.isoformat(),
        "Month d, yyyy": f"{english} {day}, {year}",
        "d Month yyyy": f"{day} {english} {year}",
        "dd/mm/yyyy": f"{day:02}/{month:02}/{year}",
        "mm/dd/yyyy": f"{month:02}/{day:02}/{year}",
        "dd.mm.yy": f"{day:02}.{month:02}.{year % 100:02}",
        "dd-Mon-yyyy": f"{day:02}-{english[:3]}-{year}",
    }
    return styles[style]


DATE_STYLES = [
    "dd.mm.yyyy",
    "«dd» month yyyy",
    "d month yyyy года",
    "yyyy-mm-dd",
    "Month d, yyyy",
    "d Month yyyy",
    "dd/mm/yyyy",
    "mm/dd/yyyy",
    "dd.mm.yy",
    "dd-Mon-yyyy",
]


def is_date_printed(value: date, document) -> bool:
    text = comparable(document.text, document.noisy)
    return any(comparable(form, document.noisy) in text for form in date_forms(value))


HOLDOUT_SET = HoldoutSet(
    name="n",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    max_noisy_count=MAX_NOISY_COUNT,
    listed_ids=(
        set(CITED_NUMBERS),
        set(CITED_DATES),
    ),
    requisite_counts=(3, 20, 30),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=10,
    requisite_printed=printed_in_groups,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    noisy_amount_sample=("Итого: 45 O3O,OO", "45030.00"),
    check_digit_samples=(
        (is_valid_ogrn, "1187746312050", "1187746312051"),
        (is_valid_ogrn, "323169000412562", "323169000412563"),
    ),
)


def test_passports_and_powers_of_attorney_counted():
    russian_passports = [
        document
        for document in DOCUMENTS
        if document.document_type == "passport" and document.language == "ru"
    ]
    foreign_passports = [
        document
        for document in DOCUMENTS
        if document.document_type == "passport" and document.language == "en"
    ]
    powers_of_attorney = [
        document
        for document in DOCUMENTS
        if document.document_type == "power_of_attorney"
    ]
    assert len(russian_passports) >= 2, "fewer than 2 Russian passports"
    assert len(foreign_passports) >= 2, "fewer than 2 foreign passports"
    assert len(powers_of_attorney) >= 2, "fewer than 2 powers of attorney"


@pytest.mark.parametrize("document_id", sorted(CITED_NUMBERS))
def test_cited_numbers_printed_not_labelled(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(document.text, document.noisy)
    for number in CITED_NUMBERS[document_id]:
        assert comparable(number, document.noisy) in text, f"{number} not printed"
        assert number != document.expected.get("number"), f"{number} is the label"


@pytest.mark.parametrize("document_id", sorted(CITED_DATES))
def test_cited_dates_printed_not_labelled(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    for cited in CITED_DATES[document_id]:
        assert is_date_printed(date.fromisoformat(cited), document), (
            f"{cited} not printed"
        )
        assert cited != document.expected.get("date"), f"{cited} is the label"


@pytest.mark.parametrize("style", DATE_STYLES)
def test_date_style_labelled(style):
    """Check that some document prints its labelled date in `style`."""
    found = []
    for document in DOCUMENTS:
        if document.expected.get("date") is None:
            continue
        printed = date_in_style(date.fromisoformat(document.expected["date"]), style)
        text = comparable(document.text, document.noisy)
        if comparable(printed, document.noisy) in text:
            found.append(document.id)
    assert found, f"no labelled date printed as {style}"


def test_number_forms_labelled():
    numbers = {
        document.id: document.expected["number"]
        for document in DOCUMENTS
        if document.expected.get("number")
    }
    spaced = [id_ for id_, number in numbers.items() if " " in number]
    cyrillic_in_english = [
        id_
        for id_, number in numbers.items()
        if id_.startswith("n-en-") and re.search(r"[А-Яа-я]", number)
    ]
    latin_in_russian = [
        id_
        for id_, number in numbers.items()
        if id_.startswith("n-ru-") and re.search(r"[A-Za-z]", number)
    ]
    dotted = [id_ for id_, number in numbers.items() if re.search(r"\w\.\w", number)]
    assert len(spaced) >= 2, f"spaced numbers {spaced}"
    assert len(cyrillic_in_english) >= 3, (
        f"Cyrillic English numbers {cyrillic_in_english}"
    )
    assert len(latin_in_russian) >= 2, f"Latin Russian numbers {latin_in_russian}"
    assert dotted, "no dotted number labelled"


def test_us_and_uk_slash_dates_differ():
    # The US invoice prints month-first and the UK invoice day-first.
    us = DOCUMENTS_BY_ID["n-en-invoice-us-month-first-dates"]
    uk = DOCUMENTS_BY_ID["n-en-invoice-uk-day-first-references"]
    assert "Invoice Date:     03/15/2025" in us.text
    assert us.expected["date"] == "2025-03-15"
    assert "Invoice date:       18/03/2025" in uk.text
    assert uk.expected["date"] == "2025-03-18"
