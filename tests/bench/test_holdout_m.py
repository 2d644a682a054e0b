"""Form and consistency of the set M benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import pytest

from bench.holdout_m import load_holdout_m
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    comparable,
    printed_amounts,
    printed_in_groups,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet

# Powers of attorney label their representative "attorney", as sets F to L do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks cover RUB, USD, EUR and CNY. Set M adds the currencies of its
# Kazakh, Belarusian, UAE, Turkish, British and Uzbek documents.
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "CNY": ("CNY", "¥", "юан"),
    "KZT": ("KZT", "₸", "тенге", "tenge"),
    "BYN": ("BYN", "белорусских рубл"),
    "AED": ("AED", "dirham"),
    "TRY": ("TRY", "₺", "Türk lirası"),
    "GBP": ("GBP", "£"),
    "UZS": ("UZS", "so'm"),
}
# The pharmacy receipt prints its amounts as "=89.00" and "≡2418.00", with no mark.
UNMARKED_ROUBLE_DOCUMENTS = {"m-ru-receipt-pharmacy-unmarked"}
# Types labelled with `total` None. None of their documents requests a payment.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, and the transport waybill,
# whose declared cargo value and freight charge are not a document total.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "m-ru-bank-statement-day-turnover",
    "m-en-bank-statement-yuan-account",
    "m-ru-waybill-transport-declared-value",
}
# Documents that print a second currency beside the labelled one, mapped to it. The
# label is the currency in which the document requests payment.
SECOND_CURRENCIES = {
    "m-ru-invoice-usd-payable-roubles": "USD",
    "m-ru-invoice-tenge-export-vat0": "RUB",
    "m-ru-act-belarusian-roubles": "RUB",
    "m-ru-contract-yuan-import": "RUB",
    "m-en-act-euro-rouble-reference": "RUB",
    "m-en-contract-usd-rouble-reference": "RUB",
    "m-en-payment-order-usd-transfer": "RUB",
}
# Amounts printed next to the total that are not the total: subtotals before a
# discount, balances after an advance, prepayments, converted equivalents and the
# invoice a credit note or a correction refers to.
DISTRACTOR_AMOUNTS = {
    "m-ru-invoice-1c-label-column": ["74270.00", "14854.00"],
    "m-ru-invoice-discount-delivery-far-right": ["152400.00", "70380.00"],
    "m-ru-invoice-advance-vat22-photo": ["410000.00", "150000.00", "350200.00"],
    "m-ru-invoice-usd-payable-roubles": ["4850.00", "63422.48"],
    "m-ru-invoice-tenge-export-vat0": ["2921093.33"],
    "m-ru-act-belarusian-roubles": ["1277719.56"],
    "m-ru-upd-correction-decrease": ["110400.00", "100800.00"],
    "m-ru-payment-order-partial-vat22": ["1220000.00", "720000.00"],
    "m-ru-contract-supply-price-kopecks": ["1085535.18", "2532915.42"],
    "m-ru-contract-yuan-import": ["5268240.00", "145800.00"],
    "m-ru-waybill-torg12-totals-unlabelled": ["703160.00"],
    "m-en-invoice-us-deposit-balance": ["1186420.00", "818634.18"],
    "m-en-invoice-uk-credit-note": ["21960.00", "18300.00"],
    "m-en-invoice-turkish-lira-dot-groups": ["1386400.00"],
    "m-en-invoice-swiss-apostrophe-usd": ["374619.15", "874111.35"],
    "m-en-act-euro-rouble-reference": ["2651424.00"],
    "m-en-payment-order-usd-transfer": ["1169477.40", "350843.22"],
    "m-en-contract-usd-rouble-reference": ["7457280.00", "38400.00"],
}
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 26
ENGLISH_COUNT = 18
MIN_NOISY_COUNT = 6
# Most documents stay clean, because the benchmark also renders the clean ones to
# images and reads them back with OCR.
MAX_NOISY_COUNT = 8
DOCUMENTS = load_holdout_m()
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def is_currency_printed(currency: str, document) -> bool:
    text = comparable(document.text, document.noisy)
    marks = CURRENCY_MARKS[currency]
    return any(comparable(mark, document.noisy) in text for mark in marks)


HOLDOUT_SET = HoldoutSet(
    name="m",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    max_noisy_count=MAX_NOISY_COUNT,
    listed_ids=(
        set(SECOND_CURRENCIES),
        set(DISTRACTOR_AMOUNTS),
    ),
    requisite_counts=(5, 20, 30),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=6,
    requisite_printed=printed_in_groups,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    noisy_amount_sample=("Итого: 41O OOO,OO", "410000.00"),
    check_digit_samples=(
        (is_valid_ogrn, "1057106592245", "1057106592246"),
        (is_valid_ogrn, "322772434725672", "322772434725673"),
    ),
)


@pytest.mark.parametrize(
    ("document_id", "second_currency"), sorted(SECOND_CURRENCIES.items())
)
def test_second_currency_printed(document_id, second_currency):
    document = DOCUMENTS_BY_ID[document_id]
    currency = document.expected["currency"]
    assert currency != second_currency, f"second currency {second_currency} labelled"
    assert is_currency_printed(currency, document), f"{currency} not printed"
    assert is_currency_printed(second_currency, document), (
        f"{second_currency} not printed"
    )


@pytest.mark.parametrize(("document_id", "amounts"), sorted(DISTRACTOR_AMOUNTS.items()))
def test_distractor_amounts_printed(document_id, amounts):
    document = DOCUMENTS_BY_ID[document_id]
    total = document.expected["total"]
    printed = printed_amounts(document.text, document.noisy)
    for amount in amounts:
        assert amount != total, f"distractor {amount} equals the total"
        assert amount in printed, f"distractor {amount} not printed"


@pytest.mark.parametrize(
    ("printed", "amount"),
    [
        ("Итого: 1 234 567,89", "1234567.89"),
        ("Total: 1,234,567.89", "1234567.89"),
        ("Toplam: 1.234.567,89 TRY", "1234567.89"),
        ("Total US$ 1'234'567.89", "1234567.89"),
        ("Сумма 1234567-89", "1234567.89"),
        ("ИТОГ =1234567.89", "1234567.89"),
        ("ИТОГ ≡2418.00", "2418.00"),
        ("Цена 1 234 567 руб. 89 коп.", "1234567.89"),
    ],
)
def test_amount_forms_read(printed, amount):
    assert amount in printed_amounts(printed, False), f"{amount} not read"
