"""Form and consistency of the set O benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from functools import partial

import pytest

from bench.holdout_o import load_holdout_o
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    amounts_in_text,
    document_ids,
    printed_in_groups,
    read_amounts_with_indian_groups,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet

# Powers of attorney label their representative "attorney", as sets F to N do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the rouble spellings and the currencies of this set.
# "рубл" covers "рубля", "рублей" and "рублях". In this set "Fr." is the Swiss franc,
# "kr" the Swedish krona and "¥" the Japanese yen.
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "RUR", "Rbl", "rubles", "рубл"),
    "EUR": (*holdout_checks.CURRENCY_MARKS["EUR"], "евро"),
    "KZT": ("KZT", "₸", "тенге"),
    "GBP": ("GBP", "£"),
    "CHF": ("CHF", "Fr."),
    "INR": ("INR", "₹", "Rupees"),
    "KRW": ("KRW", "₩"),
    "PLN": ("PLN", "zł"),
    "JPY": ("JPY", "¥"),
    "SEK": ("SEK", "kr"),
}
# Currencies without minor units in practice. Their totals are still labelled with
# ".00", the form every `total` label takes.
WHOLE_UNIT_CURRENCIES = {"JPY", "KRW"}
# The only document without a currency mark is the cash register receipt, whose
# amounts are printed as "=1847.00".
UNMARKED_ROUBLE_DOCUMENTS = {"o-ru-receipt-cash-change"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances and turnovers
# are not a document value, and the CMR, which prints only the goods' invoice value.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "o-ru-bank-statement-balances-turnovers",
    "o-en-bank-statement-currency-header",
    "o-en-waybill-cmr-invoice-value-eur",
}
# Documents that name their currency once, far from the total, mapped to that phrase.
# Every other mark of the currency is absent, and the lines with the total carry none.
CURRENCY_STATED_ONCE = {
    "o-ru-invoice-column-header-rub": "Сумма, руб.",
    "o-ru-invoice-currency-line-eur": "Валюта: EUR",
    "o-ru-invoice-column-header-tenge": "Стоимость (тенге)",
    "o-ru-act-currency-in-clause": "в российских рублях",
    "o-ru-upd-currency-code-header": "Российский рубль, 643",
    "o-ru-upd-currency-code-eur": "Евро, 978",
    "o-ru-upd-fourteen-rows-two-rates": "Российский рубль, 643",
    "o-ru-bank-statement-balances-turnovers": "Валюта счета: Российский рубль",
    "o-en-invoice-column-header-usd": "Amount, USD",
    "o-en-invoice-currency-line-gbp": "Currency: GBP",
    "o-en-bank-statement-currency-header": "Account currency: USD",
}
# Documents whose total line starts with a caption and ends with the total: totals
# rows under item tables, dot leaders and right-aligned totals.
TOTAL_AT_END_OF_CAPTION_LINE = {
    "o-ru-invoice-column-header-rub": "Итого",
    "o-ru-invoice-dot-leaders-words": "Итого к оплате",
    "o-ru-invoice-column-header-tenge": "Всего к оплате:",
    "o-ru-invoice-currency-line-eur": "Итого к оплате:",
    "o-ru-upd-currency-code-header": "Всего к оплате",
    "o-ru-upd-currency-code-eur": "Всего к оплате",
    "o-ru-upd-status-two-scan": "Всего к оплате",
    "o-ru-upd-fourteen-rows-two-rates": "Всего к оплате",
    "o-ru-waybill-torg12-totals-row": "Всего по накладной",
    "o-ru-receipt-cash-change": "ИТОГ",
    "o-en-invoice-column-header-usd": "TOTAL",
    "o-en-invoice-currency-line-gbp": "TOTAL DUE",
    "o-en-invoice-franc-scan": "Total CHF",
    "o-en-invoice-rupee-lakh-groups": "Total CIF value",
    "o-en-upd-translation-rbl": "Total payable",
}
# Documents that print the total in words as well as in figures, with the words.
TOTALS_ALSO_IN_WORDS = {
    "o-ru-invoice-dot-leaders-words": (
        "Сто шесть тысяч пятьсот сорок два рубля 00 копеек"
    ),
    "o-ru-act-total-in-words": "Триста семьдесят тысяч двадцать рублей",
    "o-ru-payment-order-amount-in-words": (
        "Сто сорок семь тысяч двести пятьдесят рублей 50 копеек"
    ),
    "o-ru-payment-order-whole-roubles-equals": "Двести сорок тысяч рублей 00 копеек",
    "o-ru-payment-order-scan": "Тридцать одна тысяча двести восемнадцать рублей",
    "o-ru-contract-price-clause-instalments": "Два миллиона четыреста шестьдесят тысяч",
    "o-ru-waybill-torg12-totals-row": (
        "Три миллиона сто восемьдесят шесть тысяч пятьсот девяносто один"
    ),
    "o-en-invoice-rupee-lakh-groups": "Four Lakh Twelve Thousand Five Hundred",
    "o-en-act-rur-vat-beside-total": "Three hundred eighty-four thousand roubles",
    "o-en-payment-order-translation-rubles": (
        "Ninety-six thousand four hundred fifty rubles"
    ),
}
# Documents that print the total on two or more lines: a header summary and a table,
# a totals row repeated, a payment's amount box repeated in its purpose, or a code and
# a symbol.
TOTALS_PRINTED_TWICE = {
    "o-ru-invoice-rouble-sign-photo",
    "o-ru-invoice-currency-line-eur",
    "o-ru-invoice-column-header-tenge",
    "o-ru-act-total-in-words",
    "o-ru-payment-order-amount-in-words",
    "o-ru-payment-order-bank-client-rub-code",
    "o-ru-payment-order-scan",
    "o-ru-waybill-torg12-totals-row",
    "o-ru-receipt-card-photo",
    "o-en-payment-order-translation-rubles",
    "o-en-receipt-yen-scan",
    "o-en-contract-won-instalments",
}
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 26
ENGLISH_COUNT = 18
MIN_NOISY_COUNT = 8
DOCUMENTS = load_holdout_o()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


count_currency_marks = partial(
    holdout_checks.count_currency_marks, currency_marks=CURRENCY_MARKS
)
lines_with_total = partial(
    holdout_checks.lines_with_total, read_amounts=read_amounts_with_indian_groups
)


def last_field(line: str) -> str:
    """Return the text after the last column rule, dot leader or wide gap of a line."""
    stripped = line.strip().rstrip("|").strip()
    return re.split(r"\||\.{3,}| {2,}", stripped)[-1].strip()


HOLDOUT_SET = HoldoutSet(
    name="o",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    max_noisy_count=len(DOCUMENTS) // 4,
    listed_ids=(
        set(CURRENCY_STATED_ONCE),
        set(TOTAL_AT_END_OF_CAPTION_LINE),
    ),
    requisite_counts=(2, 15, 20),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=5,
    requisite_printed=printed_in_groups,
    read_amounts=read_amounts_with_indian_groups,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    clean_documents_fit_a_page=True,
    totals_printed_twice=TOTALS_PRINTED_TWICE,
    totals_also_in_words=TOTALS_ALSO_IN_WORDS,
    noisy_amount_sample=("Итого: 77 72О,ОО₽", "77720.00"),
    look_alike_sample=("ИHH 16O490741849", "ИНН 160490741849"),
    check_digit_samples=(
        (is_valid_ogrn, "1193039955151", "1193039955152"),
        (is_valid_ogrn, "328898370853868", "328898370853869"),
    ),
)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_whole_unit_totals_have_zero_cents(document):
    if document.expected.get("currency") not in WHOLE_UNIT_CURRENCIES:
        return
    total = document.expected.get("total")
    if total is not None:
        assert total.endswith(".00"), f"total {total} has cents"


@pytest.mark.parametrize(
    ("document_id", "phrase"),
    sorted(CURRENCY_STATED_ONCE.items()),
    ids=sorted(CURRENCY_STATED_ONCE),
)
def test_currency_stated_once(document_id, phrase):
    document = DOCUMENTS_BY_ID[document_id]
    currency = document.expected["currency"]
    assert document.text.count(phrase) == 1, f"{phrase!r} not printed once"
    marks = count_currency_marks(document.text, currency)
    assert marks == 1, f"{marks} marks of {currency} printed"


@pytest.mark.parametrize(
    "document_id", sorted(CURRENCY_STATED_ONCE), ids=sorted(CURRENCY_STATED_ONCE)
)
def test_total_lines_carry_no_currency_mark(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    if document.expected.get("total") is None:
        return
    lines = lines_with_total(document)
    assert lines, "total not found on any line"
    for line in lines:
        marks = count_currency_marks(line, document.expected["currency"])
        assert marks == 0, f"currency mark on the total line {line!r}"


@pytest.mark.parametrize(
    ("document_id", "caption"),
    sorted(TOTAL_AT_END_OF_CAPTION_LINE.items()),
    ids=sorted(TOTAL_AT_END_OF_CAPTION_LINE),
)
def test_caption_line_ends_with_total(document_id, caption):
    document = DOCUMENTS_BY_ID[document_id]
    lines = [
        line
        for line in document.text.splitlines()
        if line.strip().startswith(caption + " ")
    ]
    assert lines, f"no line starts with {caption!r}"
    ends = [last_field(line) for line in lines]
    assert any(
        document.expected["total"]
        in read_amounts_with_indian_groups(end, document.noisy)
        for end in ends
    ), f"lines {lines} do not end with the total"


def test_indian_grouping_read():
    text = "Total CIF value ₹ 4,12,500.00"
    assert "412500.00" in read_amounts_with_indian_groups(text, False)
    assert "412500.00" not in amounts_in_text(text)


def test_currency_mark_count_ignores_case():
    assert count_currency_marks("Сумма, руб. ... рублей", "RUB") == 2
    assert count_currency_marks("Amount, usd", "USD") == 1
    assert count_currency_marks("Труба профильная", "RUB") == 0


def test_last_field_splits_leaders_and_rules():
    assert last_field("Итого к оплате ........ 106 542,00") == "106 542,00"
    assert last_field("TOTAL        |   53,017.00 |") == "53,017.00"
    assert last_field("Total CHF     14'825.80") == "14'825.80"
