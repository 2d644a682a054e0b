"""Form and consistency of the set X benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from bench.holdout import is_valid_iban
from bench.holdout_x import load_holdout_x
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    comparable,
    document_ids,
    printed_after_normalising,
    printed_amounts,
    printed_in_groups,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_aba,
    is_valid_gb_vat,
    is_valid_ogrn,
    mrz_check_digit,
)
from tests.bench.holdout_sets import HoldoutSet

# Powers of attorney label their representative "attorney", as sets F to W do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words that this set's documents use. "рубл" covers
# "рубль", "рубля" and "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "GBP": ("GBP", "£"),
}
# The coffee shop's cash register receipt prints no currency mark at all.
UNMARKED_ROUBLE_DOCUMENTS = {"x-ru-receipt-coffee-shop-vat5-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are not a
# document value, and the transport waybill, whose carrier's charge is not one either.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "x-ru-bank-statement-sole-proprietor-day",
    "x-en-bank-statement-sole-proprietor-usd",
    "x-ru-waybill-transport-marketplace-supply",
}
NOISY_DOCUMENTS = {
    "x-ru-invoice-packaging-2025-photo",
    "x-ru-act-courier-vat22-scan",
    "x-ru-upd-usn-vat7-honey-scan",
    "x-ru-payment-order-cafe-two-rates-scan",
    "x-ru-receipt-coffee-shop-vat5-photo",
    "x-ru-passport-sole-proprietor-scan",
    "x-en-receipt-uk-yarn-shop-photo",
    "x-en-packing-list-czech-beads-scan",
    "x-en-passport-uk-sole-trader-scan",
}
# The invented TOFK BIK of the single tax payment, mapped to its single treasury
# account (ЕКС).
TREASURY_BIKS = {"012908105": "40102810829370000081"}
SINGLE_TAX_PAYMENT = "x-ru-payment-order-single-tax-payment"
# The budget classification code (КБК) of the single tax payment.
SINGLE_TAX_PAYMENT_KBK = "18201061201010000510"
# VAT printed by each document: the amount without VAT (None when the price includes
# VAT), the total VAT and the rates. With an amount without VAT, that amount plus the
# VAT is the total. Without one, a single rate's VAT is the total times
# rate / (100 + rate).
VAT_BREAKDOWNS = {
    "x-ru-invoice-usn-vat5-sole-proprietor": (None, "6333.33", (5,)),
    "x-ru-invoice-vat22-and-10-grocery": ("63820.00", "12408.40", (22, 10)),
    "x-ru-invoice-packaging-2025-photo": (None, "11680.00", (20,)),
    "x-ru-invoice-rent-landlord-vat22": ("46170.00", "10157.40", (22,)),
    "x-ru-act-marketplace-commission-report": (None, "16617.21", (22,)),
    "x-ru-act-adjustment-2025-services": ("15250.00", "3050.00", (20,)),
    "x-ru-act-usn-vat7-advertising": ("69000.00", "4830.00", (7,)),
    "x-ru-act-courier-vat22-scan": (None, "11786.23", (22,)),
    "x-ru-upd-status1-food-vat10-22": ("57680.00", "7064.00", (10, 22)),
    "x-ru-upd-status2-hosting-vat22": ("7250.00", "1595.00", (22,)),
    "x-ru-upd-corrective-increase-vat20": ("8200.00", "1640.00", (20,)),
    "x-ru-upd-usn-vat7-honey-scan": ("83400.00", "5838.00", (7,)),
    "x-ru-payment-order-boxed-pays-vat5-invoice": (None, "6333.33", (5,)),
    "x-ru-waybill-torg12-textile-vat22": ("205000.00", "45100.00", (22,)),
    "x-ru-receipt-coffee-shop-vat5-photo": (None, "73.10", (5,)),
    "x-en-upd-translation-print-shop-vat22": ("19800.00", "4356.00", (22,)),
}
# VAT rates by the year of the document's date: 22% and 10% on the general system from
# 2026, 20% and 10% in 2025, and 5% or 7% on the simplified system in both years.
VAT_RATES_BY_YEAR = {2025: {20, 10, 7, 5}, 2026: {22, 10, 7, 5}}
# Corrections issued in 2026 for supplies of 2025, mapped to the date of the document
# they correct. They keep the 2025 rate of 20%.
CORRECTIONS_OF_2025_SUPPLIES = {
    "x-ru-act-adjustment-2025-services": "30.11.2025",
    "x-ru-upd-corrective-increase-vat20": "18.12.2025",
}
# Documents that print "Без налога (НДС)" or state in English that no VAT or sales tax
# is charged, mapped to that statement.
DOCUMENTS_WITHOUT_VAT = {
    "x-ru-invoice-usn-exempt-bookkeeping": "Без налога (НДС)",
    "x-en-invoice-uk-sole-trader-gbp": "Not registered for VAT",
    "x-en-invoice-germany-small-business-eur": "§ 19 UStG",
    "x-en-invoice-us-llc-usd-net15": "Sales tax (resale, out of state)        $0.00",
    "x-en-invoice-estonia-services-eur": "Estonian VAT is not charged",
}
# Russian totals that the documents also print in words, as `amount_words_ru` spells
# them.
TOTALS_IN_WORDS = {
    "x-ru-invoice-usn-vat5-sole-proprietor",
    "x-ru-invoice-vat22-and-10-grocery",
    "x-ru-invoice-usn-exempt-bookkeeping",
    "x-ru-invoice-packaging-2025-photo",
    "x-ru-invoice-rent-landlord-vat22",
    "x-ru-act-marketplace-commission-report",
    "x-ru-act-adjustment-2025-services",
    "x-ru-act-usn-vat7-advertising",
    "x-ru-act-courier-vat22-scan",
    "x-ru-upd-status2-hosting-vat22",
    "x-ru-payment-order-single-tax-payment",
    "x-ru-payment-order-rent-to-individual",
    "x-ru-payment-order-boxed-pays-vat5-invoice",
    "x-ru-payment-order-cafe-two-rates-scan",
    "x-ru-waybill-torg12-textile-vat22",
}
# Amounts printed near the total that are not the total: deposits, prepayments,
# penalties, amounts without VAT, budgets paid directly, balances and other documents'
# sums.
COMPETING_AMOUNTS = {
    "x-ru-invoice-usn-vat5-sole-proprietor": ("64800.00",),
    "x-ru-invoice-vat22-and-10-grocery": ("63820.00", "15000.00"),
    "x-ru-invoice-packaging-2025-photo": ("35040.00",),
    "x-ru-invoice-rent-landlord-vat22": ("46170.00", "49896.00", "338.20"),
    "x-ru-act-marketplace-commission-report": (
        "486200.00",
        "473800.00",
        "1500.00",
        "380150.00",
    ),
    "x-ru-act-adjustment-2025-services": ("114000.00", "95700.00", "15250.00"),
    "x-ru-act-usn-vat7-advertising": ("69000.00", "40000.00"),
    "x-ru-act-courier-vat22-scan": ("128640.00",),
    "x-ru-upd-status2-hosting-vat22": ("10000.00", "1155.00"),
    "x-ru-upd-corrective-increase-vat20": ("147600.00", "139200.00", "8200.00"),
    "x-ru-payment-order-rent-to-individual": ("50000.00", "6500.00"),
    "x-ru-contract-lease-private-landlord": ("50000.00", "43500.00"),
    "x-en-invoice-uk-sole-trader-gbp": ("1360.00", "500.00"),
    "x-en-invoice-germany-small-business-eur": ("1199.50", "40.50"),
    "x-en-invoice-us-llc-usd-net15": ("2298.00", "114.90"),
    "x-en-act-acceptance-sole-proprietor-usd": ("5920.00",),
    "x-en-receipt-online-payment-usd": ("120.00", "24.00"),
    "x-en-receipt-uk-yarn-shop-photo": ("82.00", "12.30"),
    "x-en-contract-ireland-service-agreement": ("800.00", "45.00"),
}
# The marketplace report's lines: goods sold, returns, fee, logistics, storage,
# penalty and the sum transferred to the seller.
COMMISSION_REPORT = "x-ru-act-marketplace-commission-report"
COMMISSION_REPORT_LINES = {
    "sold": "486200.00",
    "returned": "12400.00",
    "fee": "71070.00",
    "logistics": "18430.00",
    "storage": "2650.00",
    "penalty": "1500.00",
    "transferred": "380150.00",
}
COMMISSION_RATE = Decimal("0.15")
# The rent payment to a private landlord: accrued rent and the withheld income tax.
RENT_PAYMENT = "x-ru-payment-order-rent-to-individual"
RENT_ACCRUED = "50000.00"
PERSONAL_INCOME_TAX_RATE = Decimal("0.13")
# Documents of one deal that print the same amount: the first document's `total`
# label, or the listed amount, is printed in the second document.
SHARED_AMOUNTS = [
    ("x-ru-upd-status1-food-vat10-22", "x-ru-payment-order-cafe-two-rates-scan", None),
    (
        "x-ru-invoice-usn-vat5-sole-proprietor",
        "x-ru-payment-order-boxed-pays-vat5-invoice",
        None,
    ),
    (
        "x-en-invoice-germany-small-business-eur",
        "x-en-payment-order-transfer-eur-germany",
        None,
    ),
    (
        "x-en-act-acceptance-sole-proprietor-usd",
        "x-en-bank-statement-sole-proprietor-usd",
        None,
    ),
    (
        "x-ru-act-marketplace-commission-report",
        "x-ru-bank-statement-sole-proprietor-day",
        "380150.00",
    ),
    (
        "x-ru-payment-order-rent-to-individual",
        "x-ru-contract-lease-private-landlord",
        None,
    ),
]
# Roles in which a sole proprietor's KPP is None rather than left out, by type, as sets
# D, F and I rule.
KPP_NONE_ROLES = {
    "invoice": {"seller"},
    "act": {"seller"},
    "upd": {"seller"},
    "payment_order": {"payer", "payee"},
    "waybill": {"carrier"},
}
# Registration codes and bank identifiers of foreign parties, printed in each document
# and never labelled. British VAT numbers are listed as printed, with spaces.
FOREIGN_IDENTIFIERS = {
    "x-en-invoice-uk-sole-trader-gbp": {"GB55LDRB40271853104672": "iban"},
    "x-en-invoice-germany-small-business-eur": {
        "DE14860529171048273650": "iban",
        "231/284/51937": "de_tax_number",
    },
    "x-en-invoice-us-llc-usd-net15": {
        "86-2947153": "us_ein",
        "322074196": "aba_routing",
    },
    "x-en-invoice-estonia-services-eur": {
        "EE537700771003819264": "iban",
        "16824091": "ee_registry_code",
    },
    "x-en-act-acceptance-sole-proprietor-usd": {"84127390": "nl_kvk"},
    "x-en-payment-order-transfer-eur-germany": {"DE14860529171048273650": "iban"},
    "x-en-receipt-uk-yarn-shop-photo": {"GB 284 7391 22": "gb_vat"},
    "x-en-contract-ireland-service-agreement": {"IE42ERIN93115247108364": "iban"},
    "x-en-packing-list-czech-beads-scan": {"27193846": "cz_ico"},
    "x-en-bank-statement-sole-proprietor-usd": {"NL28KRAN0418273659": "iban"},
    "x-en-power-of-attorney-us-llc-representative": {"86-2947153": "us_ein"},
    "x-en-letter-uk-supplier-export-prices": {"GB 284 7391 22": "gb_vat"},
    "x-en-other-quotation-netherlands-eur": {"80341297": "nl_kvk"},
}
# Digit counts of the codes whose check digits this test does not verify.
FOREIGN_IDENTIFIER_DIGITS = {
    "de_tax_number": 11,
    "us_ein": 9,
    "ee_registry_code": 8,
    "nl_kvk": 8,
    "cz_ico": 8,
}
# INNs printed for someone who has no role in the document: the marketplace named in
# a power of attorney, a statement's counterparties, and the holder, sender or
# addressee of documents that have no party labels.
INNS_WITHOUT_ROLE = {
    "x-ru-power-of-attorney-warehouse-delivery": ("7715881399",),
    "x-ru-bank-statement-sole-proprietor-day": (
        "7715881399",
        "6684697885",
        "667904435130",
    ),
    "x-ru-other-patent-tax-system": ("508205258961",),
    "x-ru-letter-usn-vat5-from-2026": ("5459874718",),
    "x-en-other-quotation-netherlands-eur": ("712717625132",),
}
# Documents whose date can be read with day and month swapped, mapped to the order
# their country uses, the separator, and another date printed in the same order that
# settles it. When a number of days is given, the two dates lie that many days apart
# only in the stated order. Without one, the other date has a day above 12.
SWAPPABLE_DATES = {
    "x-en-invoice-uk-sole-trader-gbp": ("day-first", "/", "2026-03-07", 30),
    "x-en-invoice-us-llc-usd-net15": ("month-first", "/", "2026-02-18", None),
    "x-en-receipt-uk-yarn-shop-photo": ("day-first", "/", "2026-04-03", 28),
}
# Identity documents with a machine-readable zone of the TD3 form (two lines of 44
# characters).
MRZ_DOCUMENTS = {"x-en-passport-uk-sole-trader-scan"}
# OGRN (13 digits) and OGRNIP (15 digits) printed after their captions.
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRNIP|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
MIN_NOISY_COUNT = 9
CENT = Decimal("0.01")
DOCUMENTS = load_holdout_x()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


# The check for each kind of code in FOREIGN_IDENTIFIERS. The codes of
# FOREIGN_IDENTIFIER_DIGITS are checked by their number of digits only, and other
# characters may stand between the digits.
FOREIGN_IDENTIFIER_CHECKS = {
    **{
        kind: form_check(rf"\D*(?:\d\D*){{{digits}}}")
        for kind, digits in FOREIGN_IDENTIFIER_DIGITS.items()
    },
    "iban": is_valid_iban,
    "gb_vat": is_valid_gb_vat,
    "aba_routing": is_valid_aba,
}


def td3_errors(line: str) -> list[str]:
    """Return the names of the TD3 second-line check digits that do not match.

    A check digit printed as the filler "<" counts as 0, the filler's value.
    """
    fields = {
        "number": (line[0:9], line[9]),
        "birth": (line[13:19], line[19]),
        "expiry": (line[21:27], line[27]),
        "personal": (line[28:42], line[42]),
    }
    errors = [
        name
        for name, (value, check) in fields.items()
        if mrz_check_digit(value) != check.replace("<", "0")
    ]
    composite = line[0:10] + line[13:20] + line[21:43]
    if mrz_check_digit(composite) != line[43]:
        errors.append("composite")
    return errors


def vat_included(total: Decimal, rate: int) -> Decimal:
    """Return the VAT contained in a price that includes VAT at `rate` percent."""
    return (total * rate / (100 + rate)).quantize(CENT, rounding=ROUND_HALF_UP)


def vat_on_top(amount: Decimal, rate: int) -> Decimal:
    """Return the VAT at `rate` percent charged on top of `amount`."""
    return (amount * rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)


HOLDOUT_SET = HoldoutSet(
    name="x",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    max_noisy_count=len(DOCUMENTS) // 4,
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        {SINGLE_TAX_PAYMENT, COMMISSION_REPORT, RENT_PAYMENT},
        set(VAT_BREAKDOWNS),
        set(CORRECTIONS_OF_2025_SUPPLIES),
        set(DOCUMENTS_WITHOUT_VAT),
        {first for first, _, _ in SHARED_AMOUNTS},
        {second for _, second, _ in SHARED_AMOUNTS},
    ),
    requisite_counts=(5, 15, 20),
    ogrn_pattern=OGRN_PATTERN,
    requisite_printed=printed_in_groups,
    treasury_biks=TREASURY_BIKS,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    checks_number_and_date_labels=True,
    clean_documents_fit_a_page=True,
    competing_amounts=COMPETING_AMOUNTS,
    totals_in_words=TOTALS_IN_WORDS,
    inns_without_role=INNS_WITHOUT_ROLE,
    foreign_identifiers=FOREIGN_IDENTIFIERS,
    foreign_identifier_checks=FOREIGN_IDENTIFIER_CHECKS,
    foreign_identifier_printed=printed_after_normalising,
    mrz_documents=MRZ_DOCUMENTS,
    mrz_line_errors=td3_errors,
    swappable_dates=SWAPPABLE_DATES,
    noisy_amount_sample=("ИТОГ =l535.OO", "1535.00"),
    look_alike_sample=("ИНН 52l584645O62", "ИНН 521584645062"),
    check_digit_samples=(
        (is_valid_ogrn, "1227786987977", "1227786987978"),
        (is_valid_ogrn, "321662105218546", "321662105218547"),
        (is_valid_gb_vat, "GB 284 7391 22", "GB 284 7391 23"),
        (is_valid_aba, "322074196", "322074197"),
        (is_valid_iban, "GB55LDRB40271853104672", "GB55LDRB40271853104673"),
    ),
    treasury_key_sample=(
        "012908105",
        "03100643900000012900",
        "03100643900000012901",
        "046577534",
    ),
)


def test_dates_in_2025_and_2026():
    for document in DOCUMENTS:
        if document.document_type == "passport":
            continue
        year = date.fromisoformat(document.expected["date"]).year
        assert year in (2025, 2026), f"{document.id} dated {year}"


def test_single_tax_payment_treasury_requisites():
    """Check the single tax payment beyond its treasury labels, which
    test_holdout_sets.py checks with `check_treasury_requisites`."""
    document = DOCUMENTS_BY_ID[SINGLE_TAX_PAYMENT]
    assert document.expected["parties.payee.bik"] in TREASURY_BIKS, "payee BIK"
    assert SINGLE_TAX_PAYMENT_KBK in document.text, "КБК of the ЕНП missing"
    assert "Единый налоговый платеж" in document.text, "purpose missing"
    assert "Казначейство России (ФНС России)" in document.text, "payee missing"
    single_account = TREASURY_BIKS[document.expected["parties.payee.bik"]]
    assert single_account not in document.expected.values(), "ЕКС is a label"


@pytest.mark.parametrize(
    ("document_id", "breakdown"),
    sorted(VAT_BREAKDOWNS.items()),
    ids=sorted(VAT_BREAKDOWNS),
)
def test_vat_adds_up_to_total(document_id, breakdown):
    document = DOCUMENTS_BY_ID[document_id]
    without_vat, vat, rates = breakdown
    total = Decimal(document.expected["total"])
    amounts = printed_amounts(document.text, document.noisy)
    assert vat in amounts, f"VAT {vat} not printed"
    text = comparable(document.text, document.noisy)
    for rate in rates:
        assert comparable(f"{rate}%", document.noisy) in text, f"{rate}% not printed"
    if without_vat is not None:
        assert without_vat in amounts, f"amount without VAT {without_vat} not printed"
        assert Decimal(without_vat) + Decimal(vat) == total, "parts do not add up"
        if len(rates) == 1:
            expected_vat = vat_on_top(Decimal(without_vat), rates[0])
            assert Decimal(vat) == expected_vat, f"VAT is not {expected_vat}"
        return
    assert len(rates) == 1, "VAT included in the price needs a single rate"
    expected_vat = vat_included(total, rates[0])
    assert Decimal(vat) == expected_vat, f"VAT is not {expected_vat}"


@pytest.mark.parametrize(
    ("document_id", "breakdown"),
    sorted(VAT_BREAKDOWNS.items()),
    ids=sorted(VAT_BREAKDOWNS),
)
def test_vat_rate_fits_document_year(document_id, breakdown):
    document = DOCUMENTS_BY_ID[document_id]
    rates = set(breakdown[2])
    year = date.fromisoformat(document.expected["date"]).year
    if document_id in CORRECTIONS_OF_2025_SUPPLIES:
        assert year == 2026, f"correction dated {year}"
        assert rates == {20}, f"correction of a 2025 supply at {rates}"
        return
    allowed = VAT_RATES_BY_YEAR[year]
    assert rates <= allowed, f"rates {rates} in a document of {year}"


@pytest.mark.parametrize(
    ("document_id", "corrected_date"),
    sorted(CORRECTIONS_OF_2025_SUPPLIES.items()),
    ids=sorted(CORRECTIONS_OF_2025_SUPPLIES),
)
def test_correction_cites_2025_document(document_id, corrected_date):
    document = DOCUMENTS_BY_ID[document_id]
    assert corrected_date in document.text, f"{corrected_date} not printed"
    assert corrected_date.endswith(".2025"), "corrected document not of 2025"
    label = date.fromisoformat(document.expected["date"])
    assert f"{label:%d.%m.%Y}" != corrected_date, "dated by the corrected document"


@pytest.mark.parametrize(
    ("document_id", "statement"),
    sorted(DOCUMENTS_WITHOUT_VAT.items()),
    ids=sorted(DOCUMENTS_WITHOUT_VAT),
)
def test_documents_without_vat_state_it(document_id, statement):
    document = DOCUMENTS_BY_ID[document_id]
    assert statement in document.text, f"{statement!r} not printed"
    assert document_id not in VAT_BREAKDOWNS, "document also lists VAT"


def test_commission_report_adds_up():
    document = DOCUMENTS_BY_ID[COMMISSION_REPORT]
    lines = {name: Decimal(value) for name, value in COMMISSION_REPORT_LINES.items()}
    printed = printed_amounts(document.text, document.noisy)
    for name, value in COMMISSION_REPORT_LINES.items():
        assert value in printed, f"{name} {value} not printed"
    net_sales = lines["sold"] - lines["returned"]
    assert f"{net_sales:.2f}" in printed, f"net sales {net_sales} not printed"
    assert lines["fee"] == net_sales * COMMISSION_RATE, "fee is not 15% of sales"
    services = lines["fee"] + lines["logistics"] + lines["storage"]
    assert f"{services:.2f}" == document.expected["total"], "services are not total"
    transferred = net_sales - services - lines["penalty"]
    assert transferred == lines["transferred"], "transfer does not add up"


def test_rent_payment_withholds_income_tax():
    document = DOCUMENTS_BY_ID[RENT_PAYMENT]
    accrued = Decimal(RENT_ACCRUED)
    tax = (accrued * PERSONAL_INCOME_TAX_RATE).quantize(CENT)
    printed = printed_amounts(document.text, document.noisy)
    assert RENT_ACCRUED in printed, "accrued rent not printed"
    assert f"{tax:.2f}" in printed, f"tax {tax} not printed"
    assert f"{accrued - tax:.2f}" == document.expected["total"], "total is not net"
    assert document.expected["parties.payee.account"].startswith("40817")
    assert "parties.payee.kpp" not in document.expected, "private person has KPP"


@pytest.mark.parametrize(
    ("first_id", "second_id", "amount"),
    SHARED_AMOUNTS,
    ids=[f"{first}-{second}" for first, second, _ in SHARED_AMOUNTS],
)
def test_deal_documents_share_amount(first_id, second_id, amount):
    first = DOCUMENTS_BY_ID[first_id]
    second = DOCUMENTS_BY_ID[second_id]
    shared = amount or first.expected["total"]
    assert shared in printed_amounts(first.text, first.noisy), "not in first"
    assert shared in printed_amounts(second.text, second.noisy), "not in second"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_sole_proprietor_kpp_labels(document):
    roles = KPP_NONE_ROLES.get(document.document_type, set())
    for path, value in document.expected.items():
        if not (path.endswith(".inn") and len(value) == 12):
            continue
        role = path.split(".")[1]
        kpp_path = f"parties.{role}.kpp"
        if role in roles and kpp_path in document.expected:
            assert document.expected[kpp_path] is None, f"{kpp_path} not None"
        else:
            assert kpp_path not in document.expected, f"{kpp_path} labelled"


def test_self_employed_receipt_form():
    document = DOCUMENTS_BY_ID["x-ru-receipt-self-employed-my-tax"]
    assert "НПД" in document.text, "tax regime not printed"
    assert "Мой налог" in document.text, "app not named"
    assert len(document.expected["parties.seller.inn"]) == 12, "seller is a person"
    assert "КПП" not in document.text, "receipt prints a KPP"


def test_ogrn_pattern_finds_numbers():
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    found = OGRN_PATTERN.findall(texts)
    assert len([ogrn for ogrn in found if len(ogrn) == 13]) >= 5, "too few OGRN"
    assert len([ogrn for ogrn in found if len(ogrn) == 15]) >= 5, "too few OGRNIP"


def test_vat_helpers_round_half_up():
    assert vat_included(Decimal("1535.00"), 5) == Decimal("73.10")
    assert vat_included(Decimal("92150.00"), 22) == Decimal("16617.21")
    assert vat_on_top(Decimal("69000.00"), 7) == Decimal("4830.00")
