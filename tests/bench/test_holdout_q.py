"""Form and consistency of the set Q benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from decimal import Decimal
from functools import partial

import pytest

from bench.holdout_q import load_holdout_q
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    lines_with_total,
    printed_amounts,
    printed_in_groups,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet

# Powers of attorney label their representative "attorney", as sets F to P do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the spellings and the currencies of this set. "рубл"
# covers "рублей" and "рублях", "доллар" covers "Доллар США" and "долларов", "юан"
# covers "юани" and "юаней", "белорусск" the Belarusian rouble in words, and "TL" the
# Turkish lira.
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "рубл", "rubles"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "доллар"),
    "CNY": (*holdout_checks.CURRENCY_MARKS["CNY"], "юан"),
    "BYN": ("BYN", "белорусск"),
    "KZT": ("KZT", "₸", "тенге"),
    "UAH": ("UAH", "₴", "грн"),
    "AED": ("AED", "дирхам", "Dirham"),
    "TRY": ("TRY", "TL", "₺", "TURKISH LIRA"),
    "GBP": ("GBP", "£"),
}
# ISO 4217 numeric codes that a Russian account number carries in digits 6 to 8.
# Accounts keep 810, the rouble's code before 1998, for roubles.
ACCOUNT_CURRENCY_CODES = {"810": "RUB", "840": "USD", "978": "EUR", "156": "CNY"}
# Documents that state their currency only by the account number, mapped to that
# account. They print no mark of that currency.
CURRENCY_BY_ACCOUNT_ONLY = {
    "q-ru-payment-order-internet-bank-account-only": "40702810005269251039",
    "q-ru-bank-statement-currency-account-code-only": "40702840915806998339",
}
# The cash register receipt prints its amounts as "=8 940.00" with no currency mark.
UNMARKED_ROUBLE_DOCUMENTS = {"q-ru-receipt-certificate-card-cash-photo"}
# Types labelled with `total` None. None of their documents requests a payment.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances and turnovers
# are not a document value, and the transport waybill, whose declared cargo value and
# freight charge are not its total.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "q-ru-bank-statement-currency-account-code-only",
    "q-en-bank-statement-yuan-account",
    "q-ru-waybill-transport-declared-value",
}
# Documents whose totals row under a wide table starts with the caption, carries the
# amount without VAT, the VAT and the total in its last three amount columns, and
# prints its first figure far from the caption.
TOTALS_ROWS = {
    "q-ru-invoice-wide-table-header-summary": "Итого:",
    "q-ru-invoice-belarusian-roubles-totals-row": "Итого",
    "q-ru-act-wide-columns-totals-row": "Итого",
    "q-ru-act-forwarding-yuan-rouble-reference": "Итого",
    "q-ru-upd-fertiliser-totals-row-three-amounts": "Всего к оплате (9)",
    "q-ru-upd-export-timber-dollar-currency-field": "Всего к оплате (9)",
    "q-ru-waybill-torg12-two-totals-rows": "Всего по накладной",
    "q-en-act-translation-totals-row": "Total",
}
# Minimum number of characters between the end of a totals row caption and its first
# figure.
MIN_CAPTION_GAP = 20
# Documents whose totals stack prints these captions, in this order, each at the start
# of a line, mapped to the captions and the caption whose line ends with the total.
TOTALS_STACKS = {
    "q-ru-invoice-usd-prices-paid-in-roubles": (
        ("Итого без НДС, USD:", "НДС 20%, USD:", "Всего к оплате, USD:"),
        "Всего к оплате, USD:",
    ),
    "q-ru-invoice-sole-trader-whole-amounts": (
        ("Итого:", "Без налога (НДС)", "Всего к оплате:"),
        "Всего к оплате:",
    ),
    "q-ru-invoice-packaging-scan": (
        ("Итого:", "В том числе НДС", "Всего к оплате:"),
        "Всего к оплате:",
    ),
    "q-ru-act-discount-minus-vat-22": (
        (
            "Итого по акту:",
            "Скидка 5% (п. 4.3 договора):",
            "Итого без НДС:",
            "НДС 22%:",
            "Всего с НДС:",
        ),
        "Всего с НДС:",
    ),
    "q-en-invoice-us-stack-deposit-balance-header": (
        (
            "Subtotal",
            "Discount (5%, PO over $5,000)",
            "Taxable amount",
            "Sales tax (NY, 8.875%)",
            "Shipping (LTL freight)",
            "Invoice total",
            "Deposit received 11/03/2025",
            "Balance due",
        ),
        "Invoice total",
    ),
    "q-en-invoice-credit-note-minus-euro": (
        ("Net amount", "VAT 0% (export of goods)", "TOTAL CREDIT"),
        "TOTAL CREDIT",
    ),
}
# Printed amounts that add up to the total, with the sign they take in the sum: the
# parts of a totals stack, the payment lines of a receipt less the change, and the
# instalments of a contract.
TOTAL_TERMS = {
    "q-ru-invoice-usd-prices-paid-in-roubles": ("13350.00", "2670.00"),
    "q-ru-act-discount-minus-vat-22": ("182800.00", "-9140.00", "38205.20"),
    "q-en-invoice-us-stack-deposit-balance-header": (
        "5525.00",
        "-276.25",
        "465.83",
        "185.00",
    ),
    "q-ru-receipt-certificate-card-cash-photo": (
        "3000.00",
        "5000.00",
        "1000.00",
        "-60.00",
    ),
    "q-ru-receipt-kazakh-tenge-card-and-cash": ("20000.00", "3500.00", "-20.00"),
    "q-en-receipt-hotel-hryvnia-split-payment": ("6000.00", "2900.00", "-1.00"),
    "q-ru-contract-dollar-price-rouble-payment": ("14580.00", "34020.00"),
    "q-en-contract-dirham-total-and-instalments": ("385200.00", "898800.00"),
}
# Printed amounts near the total that are not the total. They are a balance after a
# deposit in a header box, a total in conventional units and a rouble reference figure.
# The others are the invoice sum of a partial payment, advances, instalments, VAT
# amounts and a receipt's card and gift certificate payments.
AMOUNTS_NOT_TOTAL = {
    "q-en-invoice-us-stack-deposit-balance-header": ("3899.58",),
    "q-ru-invoice-conventional-units-rouble-total": ("1893.80", "29496.60"),
    "q-ru-act-forwarding-yuan-rouble-reference": ("538455.72",),
    "q-ru-payment-order-part-of-invoice": ("312000.00", "25000.00"),
    "q-ru-contract-dollar-price-rouble-payment": ("14580.00", "8100.00"),
    "q-en-contract-dirham-total-and-instalments": ("385200.00", "898800.00"),
    "q-ru-receipt-certificate-card-cash-photo": ("5000.00", "3000.00"),
}
# Documents that print the total in words as well as in figures, with the words.
TOTALS_IN_WORDS = {
    "q-ru-invoice-wide-table-header-summary": (
        "Двести семьдесят четыре тысячи семьсот восемьдесят восемь рублей"
    ),
    "q-ru-invoice-usd-prices-paid-in-roubles": (
        "Шестнадцать тысяч двадцать долларов США"
    ),
    "q-ru-invoice-sole-trader-whole-amounts": "Сто двадцать семь тысяч пятьсот рублей",
    "q-ru-invoice-belarusian-roubles-totals-row": (
        "двадцать восемь тысяч сто восемьдесят шесть белорусских рублей"
    ),
    "q-ru-invoice-packaging-scan": "Сто шесть тысяч семьсот рублей",
    "q-ru-act-wide-columns-totals-row": "Двести восемьдесят восемь тысяч триста",
    "q-ru-act-training-vat-exempt-thin-spaces": "Сто сорок семь тысяч рублей",
    "q-ru-act-discount-minus-vat-22": "Двести одиннадцать тысяч восемьсот",
    "q-ru-act-forwarding-yuan-rouble-reference": (
        "Сорок девять тысяч пятьсот двадцать юаней"
    ),
    "q-ru-act-carrier-scan-rouble-abbreviation": "Шестьдесят четыре тысячи триста",
    "q-ru-payment-order-part-of-invoice": "Сто пятьдесят тысяч рублей 00 копеек",
    "q-ru-payment-order-scan-amount-box": "Тридцать семь тысяч шестьсот восемнадцать",
    "q-ru-payment-order-dirham-transfer-application": (
        "Сто восемьдесят четыре тысячи двести пятьдесят дирхамов ОАЭ"
    ),
    "q-ru-waybill-torg12-two-totals-rows": (
        "Триста двадцать пять тысяч пятьсот шестьдесят рублей"
    ),
    "q-ru-contract-dollar-price-rouble-payment": "Сорок восемь тысяч шестьсот",
    "q-en-invoice-turkish-lira-scan": "ONE MILLION NINETY-THREE THOUSAND THREE HUNDRED",
    "q-en-act-translation-totals-row": "four hundred ninety-three thousand nine",
    "q-en-payment-order-translation-amount-box": (
        "Three hundred twelve thousand four hundred rubles"
    ),
    "q-en-contract-dirham-total-and-instalments": (
        "One million two hundred eighty-four"
    ),
}
# Documents whose only currency mark is in the total in words, mapped to the words.
# Their figures and column headers carry no mark.
CURRENCY_ONLY_IN_WORDS = {
    "q-ru-invoice-sole-trader-whole-amounts": (
        "Сто двадцать семь тысяч пятьсот рублей 00 копеек"
    ),
    "q-ru-payment-order-part-of-invoice": "Сто пятьдесят тысяч рублей 00 копеек",
    "q-en-payment-order-translation-amount-box": (
        "Three hundred twelve thousand four hundred rubles 00 kopecks"
    ),
}
# Documents that print the total as a whole number without decimals, with that form.
WHOLE_NUMBER_TOTALS = {"q-ru-invoice-sole-trader-whole-amounts": "127 500"}
# Documents whose total is grouped by a no-break, narrow no-break or thin space.
SPACED_TOTALS = {
    "q-ru-act-training-vat-exempt-thin-spaces": "147\u202f000,00",
    "q-ru-receipt-kazakh-tenge-card-and-cash": "23\u00a0480,00",
    "q-ru-invoice-conventional-units-rouble-total": "176\u2009979,59",
}
# Documents that print a discount or a credit with a minus sign, with that amount.
# Their `total` labels carry no sign.
NEGATIVE_AMOUNTS = {
    "q-ru-act-discount-minus-vat-22": "−9 140,00",
    "q-en-invoice-us-stack-deposit-balance-header": "-276.25",
    "q-en-invoice-credit-note-minus-euro": "EUR -4,860.00",
}
# Documents that print the total on two or more lines: a header summary and the
# table, a totals row and a sentence, or two totals rows.
TOTALS_PRINTED_TWICE = {
    "q-ru-invoice-wide-table-header-summary",
    "q-ru-invoice-sole-trader-whole-amounts",
    "q-ru-invoice-packaging-scan",
    "q-ru-act-wide-columns-totals-row",
    "q-ru-act-discount-minus-vat-22",
    "q-ru-waybill-torg12-two-totals-rows",
    "q-en-act-translation-totals-row",
    "q-en-invoice-credit-note-minus-euro",
}
# Documents priced in one currency and paid or converted in another, mapped to a
# phrase that names the other currency. The label follows the stated total.
TWO_CURRENCY_DOCUMENTS = {
    "q-ru-invoice-usd-prices-paid-in-roubles": "в российских рублях",
    "q-ru-invoice-conventional-units-rouble-total": "у.е.",
    "q-ru-act-forwarding-yuan-rouble-reference": "руб. за 1 юань",
    "q-ru-contract-dollar-price-rouble-payment": "в российских рублях",
}
# OGRN (13 digits) and OGRNIP (15 digits) printed after their captions.
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRNIP|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
# A field of a table row: the text between column rules or runs of two spaces.
FIELD_SEPARATOR = re.compile(r"\s*\|\s*| {2,}")
# An amount with two decimals, alone in its field: "1 577 000,00", "411,600.00".
DECIMAL_AMOUNT = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009,.]\d{3})*[.,]\d{2}")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 30
ENGLISH_COUNT = 14
MIN_NOISY_COUNT = 8
DOCUMENTS = load_holdout_q()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


count_currency_marks = partial(
    holdout_checks.count_currency_marks, currency_marks=CURRENCY_MARKS
)


def lines_starting_with(document, caption: str) -> list[str]:
    return [
        line for line in document.text.splitlines() if line.strip().startswith(caption)
    ]


def last_field(line: str) -> str:
    """Return the text after the last column rule or wide gap of a line."""
    fields = [field for field in FIELD_SEPARATOR.split(line.strip()) if field]
    return fields[-1]


def amount_fields(line: str) -> list[Decimal]:
    """Return the fields of a table row that are amounts with two decimals."""
    amounts = []
    for field in FIELD_SEPARATOR.split(line.strip()):
        if DECIMAL_AMOUNT.fullmatch(field):
            digits = re.sub(r"\D", "", field)
            amounts.append(Decimal(digits[:-2] + "." + digits[-2:]))
    return amounts


HOLDOUT_SET = HoldoutSet(
    name="q",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    max_noisy_count=len(DOCUMENTS) // 4,
    listed_ids=(
        set(TOTALS_ROWS),
        set(TOTALS_STACKS),
        set(AMOUNTS_NOT_TOTAL),
        set(CURRENCY_ONLY_IN_WORDS),
        set(WHOLE_NUMBER_TOTALS),
        set(SPACED_TOTALS),
        set(NEGATIVE_AMOUNTS),
        set(TWO_CURRENCY_DOCUMENTS),
    ),
    requisite_counts=(4, 20, 25),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=5,
    requisite_printed=printed_in_groups,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    currency_by_account_only=CURRENCY_BY_ACCOUNT_ONLY,
    clean_documents_fit_a_page=True,
    totals_printed_twice=TOTALS_PRINTED_TWICE,
    totals_also_in_words=TOTALS_IN_WORDS,
    total_terms=TOTAL_TERMS,
    check_digit_samples=(
        (is_valid_ogrn, "5077726176622", "5077726176623"),
        (is_valid_ogrn, "323772188719949", "323772188719940"),
    ),
)


@pytest.mark.parametrize(
    ("document_id", "account"),
    sorted(CURRENCY_BY_ACCOUNT_ONLY.items()),
    ids=sorted(CURRENCY_BY_ACCOUNT_ONLY),
)
def test_currency_stated_only_by_account(document_id, account):
    document = DOCUMENTS_BY_ID[document_id]
    currency = document.expected["currency"]
    assert account in document.text, f"account {account} not printed"
    code = account[5:8]
    assert ACCOUNT_CURRENCY_CODES.get(code) == currency, (
        f"account code {code} is not {currency}"
    )
    marks = count_currency_marks(document.text, currency)
    assert marks == 0, f"{marks} marks of {currency} printed"


@pytest.mark.parametrize(
    ("document_id", "caption"), sorted(TOTALS_ROWS.items()), ids=sorted(TOTALS_ROWS)
)
def test_totals_row_ends_with_total(document_id, caption):
    document = DOCUMENTS_BY_ID[document_id]
    total = Decimal(document.expected["total"])
    rows = [
        line
        for line in lines_starting_with(document, caption)
        if len(amount_fields(line)) >= 3
    ]
    assert rows, f"no row starting with {caption!r} carries three amounts"
    for row in rows:
        net, vat, gross = amount_fields(row)[-3:]
        assert gross == total, f"row {row!r} ends with {gross}, not {total}"
        assert net + vat == gross, f"row {row!r}: {net} + {vat} is not {gross}"
        stripped = row.strip()
        first_digit = re.search(r"\d", stripped[len(caption) :]).start()
        assert first_digit >= MIN_CAPTION_GAP, f"figures {first_digit} after caption"


@pytest.mark.parametrize(
    ("document_id", "stack"), sorted(TOTALS_STACKS.items()), ids=sorted(TOTALS_STACKS)
)
def test_totals_stack_order_and_total(document_id, stack):
    document = DOCUMENTS_BY_ID[document_id]
    captions, total_caption = stack
    lines = [line.strip() for line in document.text.splitlines()]
    positions = []
    for caption in captions:
        found = [index for index, line in enumerate(lines) if line.startswith(caption)]
        assert found, f"no line starts with {caption!r}"
        positions.append(found[-1])
    assert positions == sorted(positions), f"captions out of order {positions}"
    total_line = lines[positions[captions.index(total_caption)]]
    end = last_field(total_line)
    assert document.expected["total"] in printed_amounts(end, document.noisy), (
        f"line {total_line!r} does not end with the total"
    )


@pytest.mark.parametrize(
    ("document_id", "amounts"),
    sorted(AMOUNTS_NOT_TOTAL.items()),
    ids=sorted(AMOUNTS_NOT_TOTAL),
)
def test_amounts_near_total_printed_and_differ(document_id, amounts):
    document = DOCUMENTS_BY_ID[document_id]
    printed = printed_amounts(document.text, document.noisy)
    for amount in amounts:
        assert amount in printed, f"{amount} not printed"
        assert amount != document.expected["total"], f"{amount} is the total"


@pytest.mark.parametrize(
    ("document_id", "words"),
    sorted(CURRENCY_ONLY_IN_WORDS.items()),
    ids=sorted(CURRENCY_ONLY_IN_WORDS),
)
def test_currency_marked_only_in_words(document_id, words):
    document = DOCUMENTS_BY_ID[document_id]
    currency = document.expected["currency"]
    assert words in document.text, "total in words missing"
    marked_lines = [
        line
        for line in document.text.splitlines()
        if count_currency_marks(line, currency)
    ]
    assert marked_lines, f"no mark of {currency} printed"
    for line in marked_lines:
        assert words in line, f"mark of {currency} outside the words: {line!r}"


@pytest.mark.parametrize(
    ("document_id", "printed"),
    sorted(WHOLE_NUMBER_TOTALS.items()),
    ids=sorted(WHOLE_NUMBER_TOTALS),
)
def test_total_printed_without_decimals(document_id, printed):
    document = DOCUMENTS_BY_ID[document_id]
    assert re.search(rf"{re.escape(printed)}(?![\d,.])", document.text), (
        f"{printed!r} not printed as a whole number"
    )
    assert not re.search(rf"{re.escape(printed)}[,.]\d", document.text), (
        f"{printed!r} printed with decimals"
    )
    assert document.expected["total"] == printed.replace(" ", "") + ".00"


@pytest.mark.parametrize(
    ("document_id", "printed"), sorted(SPACED_TOTALS.items()), ids=sorted(SPACED_TOTALS)
)
def test_total_grouped_by_special_space(document_id, printed):
    document = DOCUMENTS_BY_ID[document_id]
    assert printed in document.text, f"{printed!r} not printed"
    assert " " not in printed, "total grouped by a plain space"
    assert document.expected["total"] in printed_amounts(printed, noisy=False)


@pytest.mark.parametrize(
    ("document_id", "printed"),
    sorted(NEGATIVE_AMOUNTS.items()),
    ids=sorted(NEGATIVE_AMOUNTS),
)
def test_negative_amount_printed_and_total_unsigned(document_id, printed):
    document = DOCUMENTS_BY_ID[document_id]
    assert printed in document.text, f"{printed!r} not printed"
    assert re.search(r"[-−]\d", printed), f"{printed!r} has no minus sign"
    assert not document.expected["total"].startswith("-"), "total has a sign"


@pytest.mark.parametrize(
    ("document_id", "phrase"),
    sorted(TWO_CURRENCY_DOCUMENTS.items()),
    ids=sorted(TWO_CURRENCY_DOCUMENTS),
)
def test_second_currency_printed(document_id, phrase):
    document = DOCUMENTS_BY_ID[document_id]
    assert phrase in document.text, f"{phrase!r} not printed"
    for line in lines_with_total(document):
        marks = count_currency_marks(line, document.expected["currency"])
        other_marks = [
            currency
            for currency in CURRENCY_MARKS
            if currency != document.expected["currency"]
            and count_currency_marks(line, currency)
        ]
        assert marks or not other_marks, f"total line marked {other_marks}: {line!r}"


def test_amount_fields_read_totals_row():
    row = "Итого        23   24 330   266   271 300,00   54 260,00   325 560,00"
    assert amount_fields(row) == [
        Decimal("271300.00"),
        Decimal("54260.00"),
        Decimal("325560.00"),
    ]
    assert amount_fields("Total | 411,600.00 | 82,320.00") == [
        Decimal("411600.00"),
        Decimal("82320.00"),
    ]


def test_currency_mark_count_ignores_case_and_words():
    assert count_currency_marks("Сумма, руб. ... рублей", "RUB") == 2
    assert count_currency_marks("Amount, usd", "USD") == 1
    assert count_currency_marks("Труба профильная", "RUB") == 0
    assert count_currency_marks("Сумма 84 500.00", "RUB") == 0
