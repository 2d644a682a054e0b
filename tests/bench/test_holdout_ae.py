"""Form and consistency of the set AE benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

from decimal import ROUND_HALF_UP, Decimal
from functools import partial

import pytest

from bench.formats import amount_words_ru
from bench.holdout_ae import load_holdout_ae
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES_WITH_B,
    OGRN_PATTERN,
    comparable,
    date_forms,
    printed_with_b_as_six,
    repaired_with_b_as_six,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet, VatRules

# Powers of attorney label their representative "attorney", as sets F to AD do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents and by the pound.
# "рубл" covers "рубль", "рубля" and "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar"),
    "EUR": (*holdout_checks.CURRENCY_MARKS["EUR"], "euro"),
    "GBP": ("GBP", "£"),
}
# Every document that names money prints a mark of its currency.
UNMARKED_ROUBLE_DOCUMENTS: set[str] = set()
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances and turnovers
# are states of account, and the delivery note, which prints no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "ae-ru-bank-statement-clinic",
    "ae-en-bank-statement-hotel-eur",
    "ae-en-waybill-event-equipment",
}
# The documents that imitate OCR of phone photos, faxes and poor scans.
NOISY_DOCUMENTS = {
    "ae-ru-invoice-training-centre-scan",
    "ae-ru-invoice-telecom-phone-photo",
    "ae-ru-act-security-scan",
    "ae-ru-act-repair-photo",
    "ae-ru-upd-event-banquet-scan",
    "ae-ru-upd-realty-commission-scan",
    "ae-ru-payment-order-training-scan",
    "ae-ru-waybill-torg12-cleaning-supplies-scan",
    "ae-ru-receipt-pharmacy-photo",
    "ae-ru-passport-guest-scan",
    "ae-en-invoice-telecom-fax",
    "ae-en-act-cleaning-scan",
    "ae-en-receipt-hotel-folio-photo",
    "ae-en-passport-scan",
    "ae-en-other-attendance-certificate-scan",
}
# Russian documents that spell their total in words, checked against
# `amount_words_ru` after the look-alike repair, in mixed or upper case.
TOTALS_IN_WORDS = {
    "ae-ru-invoice-clinic-checkups",
    "ae-ru-invoice-training-centre-scan",
    "ae-ru-invoice-hotel-conference",
    "ae-ru-invoice-property-service-charges",
    "ae-ru-invoice-telecom-phone-photo",
    "ae-ru-act-legal-services",
    "ae-ru-act-cleaning-business-centre",
    "ae-ru-act-security-scan",
    "ae-ru-act-repair-photo",
    "ae-ru-upd-event-banquet-scan",
    "ae-ru-payment-order-clinic-checkups",
    "ae-ru-payment-order-rent-service-charges",
    "ae-ru-payment-order-training-scan",
    "ae-ru-waybill-torg12-cleaning-supplies-scan",
    "ae-ru-receipt-notary",
}
# Documents whose total includes VAT, mapped to the printed VAT amount and its rate.
VAT_INCLUDED = {
    "ae-ru-invoice-property-service-charges": ("98355.39", 22),
    "ae-ru-invoice-telecom-phone-photo": ("4844.51", 22),
    "ae-ru-act-legal-services": ("69426.23", 22),
    "ae-ru-act-security-scan": ("116051.80", 22),
    "ae-ru-payment-order-rent-service-charges": ("98355.39", 22),
    "ae-ru-payment-order-security-services": ("116051.80", 22),
    "ae-ru-contract-realty-agency": ("26400.00", 22),
    "ae-ru-receipt-pharmacy-photo": ("135.13", 10),
    "ae-en-act-cleaning-scan": ("35750.00", 22),
    "ae-en-payment-order-rent-sole-proprietor": ("42701.64", 22),
}
# Documents that charge VAT on top of the price, mapped to the printed amount without
# VAT, the VAT and the single rate. The rate is None when lines carry several rates.
VAT_ON_TOP = {
    "ae-ru-invoice-hotel-conference": ("161800.00", "21340.00", None),
    "ae-ru-act-cleaning-business-centre": ("210500.00", "46310.00", 22),
    "ae-ru-upd-pharmacy-clinic": ("71600.00", "9824.00", None),
    "ae-ru-upd-internet-provider": ("22500.00", "4950.00", 22),
    "ae-ru-upd-event-banquet-scan": ("504400.00", "110968.00", 22),
    "ae-ru-upd-realty-commission-scan": ("120000.00", "26400.00", 22),
    "ae-ru-waybill-torg12-cleaning-supplies-scan": ("75510.00", "16612.20", 22),
    "ae-en-invoice-hotel-event-eur": ("5670.00", "874.30", None),
    "ae-en-upd-internet-provider-translation": ("50000.00", "11000.00", 22),
}
# Documents for VAT-exempt services or sellers, mapped to the printed exemption.
VAT_EXEMPTIONS = {
    "ae-ru-invoice-clinic-checkups": "Без налога (НДС)",
    "ae-ru-invoice-training-centre-scan": "НДС не облагается",
    "ae-ru-act-repair-photo": "НДС не облагается",
    "ae-ru-payment-order-clinic-checkups": "НДС не облагается",
    "ae-ru-payment-order-training-scan": "НДС не облагается",
    "ae-ru-receipt-notary": "НДС не облагается",
    "ae-en-invoice-law-firm-gbp": "Outside the scope of UK VAT",
    "ae-en-receipt-dental-clinic": "exempt from VAT",
}
# Amounts printed beside the total that are not the total: prepayments, deposits,
# balances due, a security deposit, an expected monthly rent and a single line.
COMPETING_AMOUNTS = {
    "ae-ru-invoice-hotel-conference": ["50000.00", "133140.00"],
    "ae-ru-invoice-property-service-charges": ["452400.00"],
    "ae-ru-act-legal-services": ["240000.00"],
    "ae-ru-contract-realty-agency": ["140000.00"],
    "ae-en-invoice-hotel-event-eur": ["2000.00", "4544.30"],
    "ae-en-contract-corporate-training-eur": ["6200.00"],
}
# Dates printed by a camera, a fax header, a stamp, a translator or a term, with the
# day each one states. None of them is the document's date.
OTHER_DATES = {
    "ae-ru-invoice-training-centre-scan": [("O5.O3.2O2б", "2026-03-05")],
    "ae-ru-invoice-telecom-phone-photo": [("2O26-O4-O2 O9:17", "2026-04-02")],
    "ae-ru-upd-event-banquet-scan": [("1O.O2.2O2б", "2026-02-10")],
    "ae-ru-upd-realty-commission-scan": [("12.O3.2O2б", "2026-03-12")],
    "ae-ru-payment-order-training-scan": [("11.O3.2O2б", "2026-03-11")],
    "ae-ru-waybill-torg12-cleaning-supplies-scan": [("24.O3.2O2б", "2026-03-24")],
    "ae-ru-bank-statement-clinic": [("17.03.2026", "2026-03-17")],
    "ae-ru-passport-guest-scan": [("l7.O3.2O2б", "2026-03-17")],
    "ae-ru-power-of-attorney-realty-agency": [("30 апреля 2026 г.", "2026-04-30")],
    "ae-ru-letter-service-charge-indexation": [("20.03.2026", "2026-03-20")],
    "ae-en-invoice-telecom-fax": [("MAR-O4-2O26 11:O2", "2026-03-04")],
    "ae-en-act-cleaning-scan": [("O2.O3.2O26", "2026-03-02")],
    "ae-en-receipt-hotel-folio-photo": [("O9.O3.2O26", "2026-03-09")],
    "ae-en-power-of-attorney-law-firm": [("December 31, 2026", "2026-12-31")],
    "ae-en-letter-group-booking": [("10 February 2026", "2026-02-10")],
}
# INNs printed for companies with no role in the document: the owner of the rented
# premises, the opposing party of a court case and the counterparties of a statement.
INNS_WITHOUT_ROLE = {
    "ae-ru-invoice-property-service-charges": ["7803739240"],
    "ae-ru-act-legal-services": ["7709307330"],
    "ae-ru-bank-statement-clinic": ["5208844725", "5202705860"],
}
# Personal account numbers of service providers ("лицевой счет"), which are not bank
# accounts and must not be labelled.
PERSONAL_ACCOUNTS = {
    "ae-ru-invoice-telecom-phone-photo": "66O417753",
    "ae-ru-upd-internet-provider": "2208764",
}
# Passports with a machine-readable zone (TD3: two lines of 44 characters).
MRZ_DOCUMENTS = {"ae-en-passport-scan"}
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_ae()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


# Amounts in noisy documents are also read with "б" as 6.
read_amounts = partial(
    holdout_checks.read_amounts, digit_look_alikes=AMOUNT_DIGIT_LOOK_ALIKES_WITH_B
)


def extra_date_forms(value) -> list[str]:
    """Return the upper-case forms of `date_forms`, which upper-case scans print and
    which the look-alike map treats differently from mixed case."""
    return [form.upper() for form in date_forms(value)]


def vat_of_gross(total: str, rate: int) -> str:
    """Return the VAT within a gross amount at `rate` percent, rounded to kopecks."""
    vat = Decimal(total) * rate / (100 + rate)
    return str(vat.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def vat_on_net(net: str, rate: int) -> str:
    """Return the VAT on a net amount at `rate` percent, rounded to kopecks."""
    vat = Decimal(net) * rate / 100
    return str(vat.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


HOLDOUT_SET = HoldoutSet(
    name="ae",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        TOTALS_IN_WORDS,
        set(VAT_INCLUDED),
        set(VAT_ON_TOP),
        set(VAT_EXEMPTIONS),
        set(PERSONAL_ACCOUNTS),
    ),
    requisite_counts=(3, 12, 20),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=8,
    requisite_printed=printed_with_b_as_six,
    repaired=repaired_with_b_as_six,
    extra_date_forms=extra_date_forms,
    read_amounts=read_amounts,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    requisite_repair=repaired_with_b_as_six,
    checks_number_and_date_labels=True,
    clean_documents_fit_a_page=True,
    # Russian documents dated 2026 that charge VAT print the base rate of 22% or the
    # reduced rate of 10%, never the 20% of 2025.
    vat=VatRules(
        minimum_counts={"22": 8, "10": 1}, look_alikes=AMOUNT_DIGIT_LOOK_ALIKES_WITH_B
    ),
    other_dates=OTHER_DATES,
    competing_amounts=COMPETING_AMOUNTS,
    inns_without_role=INNS_WITHOUT_ROLE,
    mrz_documents=MRZ_DOCUMENTS,
    noisy_amount_sample=("ИTOГO: 88 6OO,OO pуб.", "88600.00"),
    check_digit_samples=((is_valid_ogrn, "1215211417079", "1215211417078"),),
    amount_reader_samples=(
        ("ИTOГO: б4З 56O,OO", True, "643560.00", True),
        ("ИTOГO: б4З 56O,OO", False, "643560.00", False),
    ),
)


@pytest.mark.parametrize(
    "document_id", sorted(TOTALS_IN_WORDS), ids=sorted(TOTALS_IN_WORDS)
)
def test_total_in_words_spells_label(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    words = amount_words_ru(Decimal(document.expected["total"]))
    text = repaired_with_b_as_six(document.text)
    spelled = [
        form for form in (words, words.upper()) if repaired_with_b_as_six(form) in text
    ]
    assert spelled, f"{words!r} not printed"


@pytest.mark.parametrize(
    ("document_id", "vat"), sorted(VAT_INCLUDED.items()), ids=sorted(VAT_INCLUDED)
)
def test_vat_included_in_total(document_id, vat):
    amount, rate = vat
    document = DOCUMENTS_BY_ID[document_id]
    printed = read_amounts(document.text, document.noisy)
    assert amount in printed, f"VAT {amount} not printed"
    assert f"{rate}%" in repaired_with_b_as_six(document.text), (
        f"rate {rate}% not printed"
    )
    expected_vat = vat_of_gross(document.expected["total"], rate)
    assert amount == expected_vat, f"VAT {amount} is not {expected_vat}"


@pytest.mark.parametrize(
    ("document_id", "amounts"), sorted(VAT_ON_TOP.items()), ids=sorted(VAT_ON_TOP)
)
def test_vat_on_top_adds_to_total(document_id, amounts):
    net, vat, rate = amounts
    document = DOCUMENTS_BY_ID[document_id]
    printed = read_amounts(document.text, document.noisy)
    assert net in printed, f"net {net} not printed"
    assert vat in printed, f"VAT {vat} not printed"
    total = Decimal(document.expected["total"])
    assert Decimal(net) + Decimal(vat) == total, f"{net} + {vat} is not {total}"
    if rate is not None:
        assert vat == vat_on_net(net, rate), f"VAT {vat} is not {rate}% of {net}"


@pytest.mark.parametrize(
    ("document_id", "exemption"),
    sorted(VAT_EXEMPTIONS.items()),
    ids=sorted(VAT_EXEMPTIONS),
)
def test_vat_exemption_printed(document_id, exemption):
    document = DOCUMENTS_BY_ID[document_id]
    text = repaired_with_b_as_six(document.text)
    assert repaired_with_b_as_six(exemption) in text, f"{exemption!r} not printed"
    assert document_id not in VAT_INCLUDED, "exempt document lists included VAT"
    assert document_id not in VAT_ON_TOP, "exempt document lists VAT on top"


@pytest.mark.parametrize(
    ("document_id", "personal_account"),
    sorted(PERSONAL_ACCOUNTS.items()),
    ids=sorted(PERSONAL_ACCOUNTS),
)
def test_personal_account_not_labelled(document_id, personal_account):
    document = DOCUMENTS_BY_ID[document_id]
    assert personal_account in document.text, f"{personal_account} not printed"
    account = document.expected.get("parties.seller.account")
    assert account is not None, "the seller's bank account is not labelled"
    assert repaired_with_b_as_six(personal_account) not in repaired_with_b_as_six(
        account
    ), "account confused"


def test_vat_helpers_round_to_kopecks():
    assert vat_of_gross("545425.32", 22) == "98355.39"
    assert vat_on_net("75510.00", 22) == "16612.20"


def test_repair_reads_six_from_be():
    assert repaired_with_b_as_six("oт O4.O3.2O2б") == repaired_with_b_as_six(
        "от 04.03.2026"
    )
    assert repaired_with_b_as_six("2O2б") != comparable("2O2б", noisy=True)
