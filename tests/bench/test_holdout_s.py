"""Form and consistency of the set S benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from decimal import Decimal

import pytest

from bench.formats import amount_words_ru
from bench.holdout import is_valid_inn
from bench.holdout_s import load_holdout_s
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    comparable,
    printed_amounts,
    printed_in_groups,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet

# Powers of attorney label their representative "attorney", as sets F to R do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the currency words of this set. "рубл" covers "рубля",
# "рублей" and "рубль", and "rouble" is printed by the translated UPD. "евро" is printed
# in the conventional unit's clause and "доллар" in the Russian contract. The tenge, the
# Belarusian rouble, the pound and the Swiss franc get their codes, symbols and words.
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "рубл", "rouble"),
    "EUR": (*holdout_checks.CURRENCY_MARKS["EUR"], "евро"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "доллар", "US dollars"),
    "KZT": ("KZT", "₸", "тенге"),
    "BYN": ("BYN", "белорусск"),
    "GBP": ("GBP", "£"),
    "CHF": ("CHF",),
}
# The only document without a currency mark is the pet shop's cash register receipt,
# whose amounts are printed as "=3 662.25".
UNMARKED_ROUBLE_DOCUMENTS = {"s-ru-receipt-photo-discount-advance-offset"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are not a
# document value, and the delivery note, which prints no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "s-ru-bank-statement-sole-proprietor-day",
    "s-en-bank-statement-sole-proprietor-usd",
    "s-en-waybill-delivery-note-scan",
}
# Each listed total exactly as the document prints it, OCR damage included.
TOTAL_FORMS = {
    "s-ru-invoice-sole-proprietor-dash-kopecks": "42 000-00",
    "s-ru-invoice-shop-discount-advance-balance": "48 471,60 руб.",
    "s-ru-invoice-self-employed-rouble-r": "18500 р.",
    "s-ru-invoice-conventional-units-euro-rate": "1 240,00 у.е.",
    "s-ru-invoice-dot-thousands-comma-kopecks": "57.600,00",
    "s-ru-invoice-photo-rouble-prefix": "руб. 36 75O",
    "s-ru-act-warranty-repair-zero-total": "0,00 руб.",
    "s-ru-act-scan-self-employed-translator": "27 3OO р.",
    "s-ru-upd-photo-tenge-in-words": "l 282 OOO,OO",
    "s-ru-upd-correction-decrease-minus": "-12 360,00",
    "s-ru-payment-order-to-sole-proprietor-dash": "42000-00",
    "s-ru-payment-order-partial-payment-balance": "10 000,00 ₽",
    "s-ru-payment-order-scan-prepayment": "4OOOO-OO",
    "s-ru-payment-order-vat-22-roubles-kopecks": "213 378 руб. 00 коп.",
    "s-ru-receipt-photo-discount-advance-offset": "=3 662.25",
    "s-ru-receipt-refund-rouble-sign": "3 490,00 ₽",
    "s-en-invoice-freelancer-deposit-balance-due": "$4,730.65",
    "s-en-invoice-small-shop-comma-decimals-euro": "1.250,00 €",
    "s-en-invoice-swiss-sole-trader-apostrophe": "CHF 1'240.50",
    "s-en-act-sole-proprietor-euro-whole-amount": "EUR 980",
    "s-en-upd-translation-sole-proprietor-without-vat": "RUB 156,800.00",
    "s-en-payment-order-transfer-dollars-in-words": "USD 2 400.00",
    "s-en-contract-freelance-retainer-total-fee": "USD 7,500",
    "s-en-receipt-restaurant-tip-written-in": "$88.15",
    "s-en-receipt-refund-negative-scan": "-£42.l8",
}
# Totals printed with a minus. Their labels carry no sign.
SIGNED_TOTALS = {
    "s-ru-upd-correction-decrease-minus",
    "s-en-receipt-refund-negative-scan",
}
# Documents whose full value is zero.
ZERO_TOTALS = {"s-ru-act-warranty-repair-zero-total"}
# Rouble documents that print their total in words, as `amount_words_ru` writes it.
ROUBLE_TOTALS_IN_WORDS = {
    "s-ru-invoice-sole-proprietor-dash-kopecks",
    "s-ru-invoice-shop-discount-advance-balance",
    "s-ru-invoice-self-employed-rouble-r",
    "s-ru-invoice-dot-thousands-comma-kopecks",
    "s-ru-act-sole-proprietor-advance-balance",
    "s-ru-act-warranty-repair-zero-total",
    "s-ru-act-simplified-tax-vat-five-discount",
    "s-ru-payment-order-to-sole-proprietor-dash",
    "s-ru-payment-order-partial-payment-balance",
    "s-ru-payment-order-vat-22-roubles-kopecks",
    "s-ru-waybill-torg12-sole-proprietor-without-vat",
}
# Documents in other currencies that print their total in words, with the words.
OTHER_TOTALS_IN_WORDS = {
    "s-ru-upd-photo-tenge-in-words": (
        "Один миллион двести восемьдесят две тысячи тенге"
    ),
    "s-ru-contract-sole-proprietor-us-dollars-words": (
        "2 400 (Две тысячи четыреста) долларов США"
    ),
    "s-en-upd-translation-sole-proprietor-without-vat": (
        "one hundred fifty-six thousand eight hundred roubles"
    ),
    "s-en-payment-order-transfer-dollars-in-words": (
        "Two thousand four hundred US dollars"
    ),
    "s-en-contract-freelance-retainer-total-fee": (
        "seven thousand five hundred US dollars"
    ),
}
# Amounts printed near the total that are not the total: discounts, prepayments,
# partial payments, balances, deposits, VAT, tips, sums before a discount, estimates,
# quotes, cancelled invoices and amounts billed separately.
AMOUNTS_BESIDE_TOTAL = {
    "s-ru-invoice-sole-proprietor-dash-kopecks": ("21000.00",),
    "s-ru-invoice-shop-discount-advance-balance": (
        "52120.00",
        "3648.40",
        "2308.17",
        "20000.00",
        "28471.60",
    ),
    "s-ru-invoice-self-employed-rouble-r": ("12000.00", "9500.00"),
    "s-ru-invoice-conventional-units-euro-rate": ("780.00", "2400.00"),
    "s-ru-invoice-dot-thousands-comma-kopecks": ("48000.00", "9600.00", "12000.00"),
    "s-ru-invoice-photo-rouble-prefix": ("41200.00",),
    "s-ru-act-sole-proprietor-advance-balance": ("30000.00", "34500.00", "8000.00"),
    "s-ru-act-warranty-repair-zero-total": ("10750.00", "2800.00"),
    "s-ru-act-simplified-tax-vat-five-discount": (
        "106200.00",
        "5310.00",
        "100890.00",
        "5044.50",
    ),
    "s-ru-upd-sole-proprietor-status-two-partly-paid": ("40000.00", "34360.00"),
    "s-ru-upd-status-one-vat-22-discount-in-price": (
        "174900.00",
        "38478.00",
        "6390.00",
    ),
    "s-ru-upd-photo-tenge-in-words": ("384600.00",),
    "s-ru-upd-correction-decrease-minus": ("87600.00", "11160.00", "10300.00"),
    "s-ru-payment-order-partial-payment-balance": ("18471.60", "476.19"),
    "s-ru-payment-order-vat-22-roubles-kopecks": ("38478.00",),
    "s-ru-waybill-torg12-sole-proprietor-without-vat": ("8880.00",),
    "s-ru-contract-sole-proprietor-us-dollars-words": ("960.00", "1440.00", "45.00"),
    "s-ru-receipt-photo-discount-advance-offset": (
        "3855.00",
        "192.75",
        "1000.00",
        "2662.25",
    ),
    "s-ru-receipt-refund-rouble-sign": ("5980.00", "581.67"),
    "s-en-invoice-freelancer-deposit-balance-due": (
        "4720.00",
        "10.65",
        "1250.00",
        "3480.65",
    ),
    "s-en-invoice-small-shop-comma-decimals-euro": (
        "1362.00",
        "136.20",
        "24.20",
        "208.33",
    ),
    "s-en-invoice-swiss-sole-trader-apostrophe": ("1180.00", "990.00"),
    "s-en-act-sole-proprietor-euro-whole-amount": ("1120.00", "770.00"),
    "s-en-upd-translation-sole-proprietor-without-vat": ("4500.00",),
    "s-en-payment-order-transfer-dollars-in-words": ("7200.00", "4800.00"),
    "s-en-contract-freelance-retainer-total-fee": ("1250.00", "25.00"),
    "s-en-receipt-restaurant-tip-written-in": ("68.40", "74.47", "13.68", "15.05"),
}
# Totals stacks whose printed terms add up to the total: subtotals, discounts,
# shipping, taxes and tips.
TOTAL_STACKS = {
    "s-ru-invoice-shop-discount-advance-balance": ("52120.00", "-3648.40"),
    "s-ru-act-simplified-tax-vat-five-discount": ("106200.00", "-5310.00", "5044.50"),
    "s-ru-upd-status-one-vat-22-discount-in-price": ("174900.00", "38478.00"),
    "s-ru-receipt-photo-discount-advance-offset": ("3855.00", "-192.75"),
    "s-en-invoice-freelancer-deposit-balance-due": ("4720.00", "10.65"),
    "s-en-invoice-small-shop-comma-decimals-euro": ("1362.00", "-136.20", "24.20"),
    "s-en-invoice-swiss-sole-trader-apostrophe": ("990.00", "212.50", "38.00"),
    "s-en-receipt-restaurant-tip-written-in": ("68.40", "6.07", "13.68"),
}
# VAT included in the total: the rate in percent and the printed VAT.
VAT_INCLUDED = {
    "s-ru-invoice-shop-discount-advance-balance": (5, "2308.17"),
    "s-ru-invoice-dot-thousands-comma-kopecks": (20, "9600.00"),
    "s-ru-receipt-refund-rouble-sign": (20, "581.67"),
    "s-en-invoice-small-shop-comma-decimals-euro": (20, "208.33"),
}
# VAT added on top of the amount without VAT: the rate, that amount and the VAT.
VAT_ADDED = {
    "s-ru-act-simplified-tax-vat-five-discount": (5, "100890.00", "5044.50"),
    "s-ru-upd-status-one-vat-22-discount-in-price": (22, "174900.00", "38478.00"),
}
# Documents that charge no VAT, mapped to the printed phrase that states it.
WITHOUT_VAT = {
    "s-ru-invoice-sole-proprietor-dash-kopecks": "НДС не облагается",
    "s-ru-invoice-self-employed-rouble-r": "Без НДС",
    "s-ru-invoice-conventional-units-euro-rate": "НДС не облагается",
    "s-ru-act-sole-proprietor-advance-balance": "НДС не облагается",
    "s-ru-act-warranty-repair-zero-total": "Без налога (НДС)",
    "s-ru-upd-sole-proprietor-status-two-partly-paid": "без НДС",
    "s-ru-payment-order-to-sole-proprietor-dash": "НДС не облагается",
    "s-ru-waybill-torg12-sole-proprietor-without-vat": "без НДС",
    "s-en-invoice-swiss-sole-trader-apostrophe": "Not subject to VAT",
    "s-en-act-sole-proprietor-euro-whole-amount": "Without VAT",
    "s-en-upd-translation-sole-proprietor-without-vat": "without VAT",
}
# Sole proprietors in a role whose KPP is labelled None, as sets D and I list the roles.
SOLE_PROPRIETOR_KPP_NONE = {
    "s-ru-invoice-sole-proprietor-dash-kopecks": "seller",
    "s-ru-invoice-conventional-units-euro-rate": "seller",
    "s-ru-invoice-photo-rouble-prefix": "seller",
    "s-ru-act-sole-proprietor-advance-balance": "seller",
    "s-ru-upd-sole-proprietor-status-two-partly-paid": "seller",
    "s-ru-upd-photo-tenge-in-words": "seller",
    "s-ru-payment-order-to-sole-proprietor-dash": "payee",
    "s-ru-payment-order-partial-payment-balance": "payer",
    "s-ru-payment-order-scan-prepayment": "payee",
    "s-ru-waybill-torg12-sole-proprietor-without-vat": "seller",
    "s-ru-contract-sole-proprietor-us-dollars-words": "seller",
    "s-en-act-sole-proprietor-euro-whole-amount": "seller",
    "s-en-upd-translation-sole-proprietor-without-vat": "seller",
    "s-en-contract-freelance-retainer-total-fee": "seller",
}
# Documents whose sole-proprietor seller prints an OGRNIP. Payment orders print none.
SOLE_PROPRIETORS_WITH_OGRNIP = {
    document_id
    for document_id, role in SOLE_PROPRIETOR_KPP_NONE.items()
    if role == "seller"
}
# Sole proprietors, self-employed people and private persons labelled without a KPP.
PARTIES_WITHOUT_KPP_LABEL = {
    ("s-ru-invoice-shop-discount-advance-balance", "buyer"),
    ("s-ru-invoice-self-employed-rouble-r", "seller"),
    ("s-ru-invoice-dot-thousands-comma-kopecks", "buyer"),
    ("s-ru-act-scan-self-employed-translator", "seller"),
    ("s-ru-waybill-torg12-sole-proprietor-without-vat", "shipper"),
    ("s-ru-packing-list-declared-value-roubles", "shipper"),
    ("s-ru-bank-statement-sole-proprietor-day", "account_holder"),
    ("s-ru-receipt-photo-discount-advance-offset", "seller"),
    ("s-ru-power-of-attorney-cash-limit-roubles", "principal"),
    ("s-ru-power-of-attorney-cash-limit-roubles", "attorney"),
    ("s-en-packing-list-declared-value-pounds", "consignee"),
    ("s-en-bank-statement-sole-proprietor-usd", "account_holder"),
    ("s-en-power-of-attorney-payment-limit-dollars", "principal"),
    ("s-en-power-of-attorney-payment-limit-dollars", "attorney"),
}
# Self-employed sellers (НПД), paid to a personal account 40817....
SELF_EMPLOYED_SELLERS = {
    "s-ru-invoice-self-employed-rouble-r",
    "s-ru-act-scan-self-employed-translator",
}
# Currencies named only in words: no code or symbol of the currency is printed.
CURRENCY_ONLY_IN_WORDS = {
    "s-ru-invoice-conventional-units-euro-rate": ("евро", ("EUR", "€")),
    "s-ru-upd-photo-tenge-in-words": ("тенге", ("KZT", "₸")),
    "s-ru-contract-sole-proprietor-us-dollars-words": ("долларов США", ("USD", "$")),
    "s-ru-letter-debt-belarusian-roubles": ("белорусских рублей", ("BYN",)),
}
# Currencies named only by a symbol: the symbol is printed and the code is not.
CURRENCY_ONLY_BY_SYMBOL = {
    "s-ru-payment-order-partial-payment-balance": ("₽", ("RUB",)),
    "s-ru-receipt-refund-rouble-sign": ("₽", ("RUB", "руб")),
    "s-en-invoice-freelancer-deposit-balance-due": ("$", ("USD",)),
    "s-en-invoice-small-shop-comma-decimals-euro": ("€", ("EUR",)),
    "s-en-receipt-restaurant-tip-written-in": ("$", ("USD",)),
    "s-en-receipt-refund-negative-scan": ("£", ("GBP",)),
    "s-en-other-supplier-statement-credit-balance": ("£", ("GBP",)),
}
# Documents dated in 2026, when the VAT rate rose from 20% to 22%.
DATED_2026_AT_22_PERCENT = {
    "s-ru-upd-status-one-vat-22-discount-in-price",
    "s-ru-payment-order-vat-22-roubles-kopecks",
}
OGRNIP_PATTERN = re.compile(r"(?:ОГРНИП|OGRNIP)\D{0,3}?(\d{15})(?!\d)")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
MIN_NOISY_COUNT = 8
DOCUMENTS = load_holdout_s()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def printed_ogrnips(document) -> list[str]:
    """Find the 15-digit OGRNIP printed after "ОГРНИП" or "OGRNIP".

    A noisy text is read through `comparable`, which removes spaces and maps the
    Cyrillic "О" of "ОГРНИП" to "0", and look-alike letters in the number to digits.
    """
    if not document.noisy:
        return OGRNIP_PATTERN.findall(document.text)
    text = comparable(document.text, True)
    return re.findall(r"(?:0грнип|0gрnip)(\d{15})(?!\d)", text)


HOLDOUT_SET = HoldoutSet(
    name="s",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    max_noisy_count=len(DOCUMENTS) // 4,
    listed_ids=(
        set(TOTAL_FORMS),
        SIGNED_TOTALS,
        ZERO_TOTALS,
        ROUBLE_TOTALS_IN_WORDS,
        set(OTHER_TOTALS_IN_WORDS),
        set(AMOUNTS_BESIDE_TOTAL),
        set(VAT_INCLUDED),
        set(VAT_ADDED),
        set(WITHOUT_VAT),
        set(SOLE_PROPRIETOR_KPP_NONE),
        {document_id for document_id, _ in PARTIES_WITHOUT_KPP_LABEL},
        SELF_EMPLOYED_SELLERS,
        set(CURRENCY_ONLY_IN_WORDS),
        set(CURRENCY_ONLY_BY_SYMBOL),
        DATED_2026_AT_22_PERCENT,
    ),
    requisite_counts=(4, 15, 20),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=15,
    requisite_printed=printed_in_groups,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    checks_number_and_date_labels=True,
    number_label_may_be_none=True,
    clean_documents_fit_a_page=True,
    total_terms=TOTAL_STACKS,
    noisy_amount_sample=("ИTOГ: руб. 36 75O", "36750.00"),
    look_alike_sample=("ИHH 74O477201l96", "ИНН 740477201196"),
    check_digit_samples=(
        (is_valid_ogrn, "1126307986947", "1126307986948"),
        (is_valid_ogrn, "315639616271861", "315639616271862"),
    ),
)


@pytest.mark.parametrize(
    ("document_id", "form"), sorted(TOTAL_FORMS.items()), ids=sorted(TOTAL_FORMS)
)
def test_total_form_printed_and_read(document_id, form):
    document = DOCUMENTS_BY_ID[document_id]
    assert form in document.text, f"{form!r} not printed"
    total = document.expected["total"]
    assert total in printed_amounts(form, document.noisy), (
        f"{form!r} does not read {total}"
    )


@pytest.mark.parametrize(
    "document_id", sorted(SIGNED_TOTALS), ids=sorted(SIGNED_TOTALS)
)
def test_signed_total_labelled_without_sign(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    form = TOTAL_FORMS[document_id]
    assert form.startswith("-"), f"{form!r} has no minus"
    assert not document.expected["total"].startswith("-"), "total label has a sign"


@pytest.mark.parametrize("document_id", sorted(ZERO_TOTALS), ids=sorted(ZERO_TOTALS))
def test_zero_total_labelled(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    assert document.expected["total"] == "0.00", "zero total is not 0.00"
    assert document.expected["currency"] is not None, "zero total has no currency"


@pytest.mark.parametrize(
    "document_id", sorted(ROUBLE_TOTALS_IN_WORDS), ids=sorted(ROUBLE_TOTALS_IN_WORDS)
)
def test_rouble_total_printed_in_words(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    assert document.expected["currency"] == "RUB", "not a rouble document"
    words = amount_words_ru(Decimal(document.expected["total"]))
    text = comparable(document.text, document.noisy)
    assert comparable(words, document.noisy) in text, f"{words!r} not printed"


@pytest.mark.parametrize(
    ("document_id", "words"),
    sorted(OTHER_TOTALS_IN_WORDS.items()),
    ids=sorted(OTHER_TOTALS_IN_WORDS),
)
def test_other_total_printed_in_words(document_id, words):
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(document.text, document.noisy)
    assert comparable(words, document.noisy) in text, f"{words!r} not printed"


@pytest.mark.parametrize(
    ("document_id", "amounts"),
    sorted(AMOUNTS_BESIDE_TOTAL.items()),
    ids=sorted(AMOUNTS_BESIDE_TOTAL),
)
def test_amounts_beside_total_printed_and_not_label(document_id, amounts):
    document = DOCUMENTS_BY_ID[document_id]
    printed = printed_amounts(document.text, document.noisy)
    for amount in amounts:
        assert amount != document.expected["total"], f"{amount} is the total label"
        assert amount in printed, f"{amount} not printed"


@pytest.mark.parametrize(
    ("document_id", "vat"), sorted(VAT_INCLUDED.items()), ids=sorted(VAT_INCLUDED)
)
def test_included_vat_matches_total(document_id, vat):
    rate, printed_vat = vat
    document = DOCUMENTS_BY_ID[document_id]
    total = Decimal(document.expected["total"])
    computed = (total * rate / (100 + rate)).quantize(Decimal("0.01"))
    assert f"{computed}" == printed_vat, f"VAT {rate}% of {total} is {computed}"
    assert printed_vat in printed_amounts(document.text, document.noisy), (
        "VAT not printed"
    )
    assert f"{rate}%" in document.text, f"rate {rate}% not printed"


@pytest.mark.parametrize(
    ("document_id", "vat"), sorted(VAT_ADDED.items()), ids=sorted(VAT_ADDED)
)
def test_added_vat_makes_total(document_id, vat):
    rate, base, printed_vat = vat
    document = DOCUMENTS_BY_ID[document_id]
    computed = (Decimal(base) * rate / 100).quantize(Decimal("0.01"))
    assert f"{computed}" == printed_vat, f"VAT {rate}% of {base} is {computed}"
    total = Decimal(base) + Decimal(printed_vat)
    assert f"{total:.2f}" == document.expected["total"], f"{base} + VAT is {total}"
    assert f"{rate}%" in document.text, f"rate {rate}% not printed"


@pytest.mark.parametrize(
    ("document_id", "phrase"), sorted(WITHOUT_VAT.items()), ids=sorted(WITHOUT_VAT)
)
def test_without_vat_phrase_printed(document_id, phrase):
    document = DOCUMENTS_BY_ID[document_id]
    assert phrase in document.text, f"{phrase!r} not printed"


@pytest.mark.parametrize(
    ("document_id", "role"),
    sorted(SOLE_PROPRIETOR_KPP_NONE.items()),
    ids=sorted(SOLE_PROPRIETOR_KPP_NONE),
)
def test_sole_proprietor_kpp_none(document_id, role):
    document = DOCUMENTS_BY_ID[document_id]
    inn = document.expected[f"parties.{role}.inn"]
    assert len(inn) == 12, f"INN {inn} is not 12 digits"
    assert document.expected[f"parties.{role}.kpp"] is None, "KPP label is not None"


@pytest.mark.parametrize(
    ("document_id", "role"),
    sorted(PARTIES_WITHOUT_KPP_LABEL),
    ids=[
        f"{document_id}-{role}"
        for document_id, role in sorted(PARTIES_WITHOUT_KPP_LABEL)
    ],
)
def test_party_without_kpp_label(document_id, role):
    document = DOCUMENTS_BY_ID[document_id]
    inn = document.expected[f"parties.{role}.inn"]
    assert len(inn) == 12, f"INN {inn} is not 12 digits"
    assert f"parties.{role}.kpp" not in document.expected, "KPP is labelled"


@pytest.mark.parametrize(
    "document_id",
    sorted({*SOLE_PROPRIETOR_KPP_NONE, *SELF_EMPLOYED_SELLERS}),
    ids=sorted({*SOLE_PROPRIETOR_KPP_NONE, *SELF_EMPLOYED_SELLERS}),
)
def test_twelve_digit_inn_printed_without_kpp(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    role = SOLE_PROPRIETOR_KPP_NONE.get(document_id, "seller")
    inn = document.expected[f"parties.{role}.inn"]
    pair = re.search(
        rf"{inn}\W{{0,12}}(?:КПП|KPP)?\W{{0,5}}\d{{9}}(?!\d)", document.text
    )
    assert pair is None, f"a KPP is printed after {inn}"


@pytest.mark.parametrize(
    "document_id",
    sorted(SOLE_PROPRIETORS_WITH_OGRNIP),
    ids=sorted(SOLE_PROPRIETORS_WITH_OGRNIP),
)
def test_sole_proprietor_prints_valid_ogrnip(document_id):
    found = printed_ogrnips(DOCUMENTS_BY_ID[document_id])
    assert found, "no OGRNIP printed"
    for ogrnip in found:
        assert is_valid_ogrn(ogrnip), f"OGRNIP {ogrnip} has a wrong key"


@pytest.mark.parametrize(
    "document_id", sorted(SELF_EMPLOYED_SELLERS), ids=sorted(SELF_EMPLOYED_SELLERS)
)
def test_self_employed_seller_paid_to_personal_account(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    expected = document.expected
    assert "профессиональн" in document.text, "professional income tax not named"
    assert "parties.seller.kpp" not in expected, "KPP is labelled"
    assert expected["parties.seller.account"].startswith("40817"), "not a 40817 account"
    assert is_valid_inn(expected["parties.seller.inn"]), "invalid INN"
    assert "ОГРНИП" not in document.text, "a self-employed person has no OGRNIP"


@pytest.mark.parametrize(
    ("document_id", "naming"),
    sorted(CURRENCY_ONLY_IN_WORDS.items()),
    ids=sorted(CURRENCY_ONLY_IN_WORDS),
)
def test_currency_named_only_in_words(document_id, naming):
    words, codes = naming
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(document.text, document.noisy)
    assert comparable(words, document.noisy) in text, f"{words!r} not printed"
    for code in codes:
        assert comparable(code, document.noisy) not in text, f"{code!r} printed"


@pytest.mark.parametrize(
    ("document_id", "naming"),
    sorted(CURRENCY_ONLY_BY_SYMBOL.items()),
    ids=sorted(CURRENCY_ONLY_BY_SYMBOL),
)
def test_currency_named_only_by_symbol(document_id, naming):
    symbol, codes = naming
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(document.text, document.noisy)
    assert symbol in document.text, f"{symbol!r} not printed"
    for code in codes:
        assert comparable(code, document.noisy) not in text, f"{code!r} printed"


@pytest.mark.parametrize(
    "document_id",
    sorted(DATED_2026_AT_22_PERCENT),
    ids=sorted(DATED_2026_AT_22_PERCENT),
)
def test_vat_22_percent_only_in_2026(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    assert document.expected["date"].startswith("2026-"), "not dated in 2026"
    assert "22%" in document.text, "22% not printed"
