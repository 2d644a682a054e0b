"""Form and consistency of the set O benchmark documents."""

import re
from functools import partial

import pytest

from bench.holdout_o import load_holdout_o
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    amounts_in_text,
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
    comparable,
    document_ids,
    printed_in_groups,
    read_amounts_with_indian_groups,
)
from tests.bench.holdout_codes import is_valid_ogrn

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
# OGRN (13 digits) and OGRNIP (15 digits) printed after their captions.
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 26
ENGLISH_COUNT = 18
MIN_NOISY_COUNT = 8
# Clean documents are rendered to page images, so they must fit on one page.
MAX_CLEAN_LINES = 70
MAX_CLEAN_LINE_LENGTH = 110
DOCUMENTS = load_holdout_o()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
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


def test_set_size_and_languages():
    check_set_size_and_languages(DOCUMENTS, RUSSIAN_COUNT, ENGLISH_COUNT)


def test_document_ids_unique():
    check_document_ids_unique(DOCUMENTS)


def test_type_counts():
    check_type_counts(DOCUMENTS, ROLES_BY_TYPE, MAIN_TYPES)


def test_noisy_documents_present():
    check_noisy_documents_present(DOCUMENTS, MIN_NOISY_COUNT)


def test_noisy_documents_at_most_a_quarter():
    noisy = [document for document in DOCUMENTS if document.noisy]
    assert len(noisy) * 4 <= len(DOCUMENTS), f"{len(noisy)} noisy documents"


def test_listed_ids_exist():
    check_listed_ids_exist(
        DOCUMENTS,
        DOCUMENTS_WITHOUT_TOTAL_LABEL,
        UNMARKED_ROUBLE_DOCUMENTS,
        set(CURRENCY_STATED_ONCE),
        set(TOTAL_AT_END_OF_CAPTION_LINE),
        set(TOTALS_ALSO_IN_WORDS),
        TOTALS_PRINTED_TWICE,
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    check_document_id_and_type(document, "o", ROLES_BY_TYPE)


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
    check_total_label(document, read_amounts=read_amounts_with_indian_groups)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_labels_follow_notes(document):
    check_total_labels_follow_notes(
        document, TYPES_WITHOUT_TOTAL, DOCUMENTS_WITHOUT_TOTAL_LABEL
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_currency_matches_printed_mark(document):
    check_currency_mark(document, CURRENCY_MARKS, UNMARKED_ROUBLE_DOCUMENTS)


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


@pytest.mark.parametrize(
    ("document_id", "words"),
    sorted(TOTALS_ALSO_IN_WORDS.items()),
    ids=sorted(TOTALS_ALSO_IN_WORDS),
)
def test_total_printed_in_words_and_figures(document_id, words):
    document = DOCUMENTS_BY_ID[document_id]
    assert words in document.text, "total in words missing"
    assert lines_with_total(document), "total in figures missing"


@pytest.mark.parametrize(
    "document_id", sorted(TOTALS_PRINTED_TWICE), ids=sorted(TOTALS_PRINTED_TWICE)
)
def test_total_printed_twice(document_id):
    lines = lines_with_total(DOCUMENTS_BY_ID[document_id])
    assert len(lines) >= 2, f"total printed on {len(lines)} line"


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
    assert len(lines) <= MAX_CLEAN_LINES, f"{len(lines)} lines"
    longest = max(len(line) for line in lines)
    assert longest <= MAX_CLEAN_LINE_LENGTH, f"line of {longest} characters"


def test_ogrn_pattern_finds_numbers():
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    found = OGRN_PATTERN.findall(texts)
    assert len(found) >= 5, f"only {len(found)} OGRN found"


def test_ogrn_check_rejects_wrong_key():
    assert is_valid_ogrn("1193039955151")
    assert not is_valid_ogrn("1193039955152")
    assert is_valid_ogrn("328898370853868")
    assert not is_valid_ogrn("328898370853869")


def test_requisite_checks_find_ibans_and_accounts():
    check_printed_requisite_counts(
        CLEAN_DOCUMENTS,
        min_ibans=2,
        min_correspondent_accounts=15,
        min_settlement_accounts=20,
    )


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


def test_noisy_amounts_read_look_alikes():
    check_amount_read_through_look_alikes("Итого: 77 72О,ОО₽", "77720.00")


def test_noisy_text_compares_through_look_alikes():
    assert comparable("ИHH 16O490741849", True) == comparable("ИНН 160490741849", True)
