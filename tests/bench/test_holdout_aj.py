"""Form and consistency of the set AJ benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from decimal import Decimal

import pytest

from bench.holdout import is_valid_iban
from bench.holdout_aj import load_holdout_aj
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    amount_value,
    date_forms_with_compact,
    is_printed,
    read_amounts,
    repaired,
    repaired_without_underscores,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_kz_bin,
    is_valid_ogrn,
    is_valid_usci,
    strict_td3_errors,
)
from tests.bench.holdout_sets import HoldoutSet, TradeTerms, VatRules

# Powers of attorney label their representative "attorney", as sets F to AH do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents and by the dirham.
# "рубл" covers "рубль", "рубля" and "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar"),
    "AED": ("AED", "dirham"),
}
# The car wash receipt prints its total after "ИТОГ =" and no currency mark at all.
UNMARKED_ROUBLE_DOCUMENTS = {"aj-ru-receipt-car-wash-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are states of
# account, and the CMR, which prints no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "aj-ru-bank-statement-taxi-fleet",
    "aj-ru-bank-statement-management-company",
    "aj-en-bank-statement-usd-account",
    "aj-en-waybill-cmr-khorgos-scan",
}
# The documents that imitate OCR of scans, faxes and phone photos.
NOISY_DOCUMENTS = {
    "aj-ru-invoice-heat-supply-fax",
    "aj-ru-invoice-security-guarding-scan",
    "aj-ru-act-cleaning-showroom-scan",
    "aj-ru-act-car-sharing-corporate-photo",
    "aj-ru-upd-tyres-scan",
    "aj-ru-upd-tow-truck-sole-proprietor-photo",
    "aj-ru-payment-order-car-advance-scan",
    "aj-ru-packing-list-spare-parts-scan",
    "aj-ru-receipt-car-wash-photo",
    "aj-ru-passport-taxi-driver-scan",
    "aj-en-waybill-cmr-khorgos-scan",
    "aj-en-packing-list-brake-parts-photo",
    "aj-en-receipt-dubai-taxi-photo",
    "aj-en-passport-kazakh-driver-scan",
    "aj-en-other-vehicle-inspection-scan",
}
# Russian documents that spell their total in words, checked against
# `amount_words_ru` after the look-alike repair.
TOTALS_IN_WORDS = {
    "aj-ru-invoice-dealer-three-cars",
    "aj-ru-invoice-heat-supply-fax",
    "aj-ru-invoice-security-guarding-scan",
    "aj-ru-invoice-spare-parts-1c",
    "aj-ru-act-car-service-work-order",
    "aj-ru-act-cleaning-showroom-scan",
    "aj-ru-act-telecom-taxi-fleet",
    "aj-ru-act-car-sharing-corporate-photo",
    "aj-ru-upd-tow-truck-sole-proprietor-photo",
    "aj-ru-payment-order-heat-several-invoices",
    "aj-ru-payment-order-car-advance-scan",
    "aj-ru-payment-order-work-order-internet-bank",
    "aj-ru-payment-order-security",
    "aj-ru-contract-car-sale-vin",
    "aj-ru-contract-ddu-apartment",
    "aj-ru-waybill-torg12-spare-parts",
}
# Dates printed by a fax header, a camera, a stamp, a bank, an export, a correction, a
# registration or a translation, and other dates of the same paper, with the day each
# one states. None of them is the document's date.
OTHER_DATES = {
    "aj-ru-invoice-utility-bill-epd": [
        ("Оплатить до 10.04.2026", "2026-04-10"),
        ("приняты 23.03.2026", "2026-03-23"),
    ],
    "aj-ru-invoice-heat-supply-fax": [("01/04/2026 08:47", "2026-04-01")],
    "aj-ru-act-car-service-work-order": [("06.04.2026 17:40", "2026-04-06")],
    "aj-ru-act-cleaning-showroom-scan": [("ВХ. № 2l4 от O2.O4.2026", "2026-04-02")],
    "aj-ru-act-car-sharing-corporate-photo": [("IMG_2O26040З_101522", "2026-04-03")],
    "aj-ru-upd-heat-correction": [("Исправление № 1 от 12.03.2026", "2026-03-12")],
    "aj-ru-upd-tyres-scan": [("ВХOДЯЩИЙ № 88  03.04.2026", "2026-04-03")],
    "aj-ru-payment-order-car-advance-scan": [("ПPОВEДЕНО * 19.0З.2026", "2026-03-19")],
    "aj-ru-payment-order-work-order-internet-bank": [
        ("Документ выгружен: 10.04.2026", "2026-04-10")
    ],
    "aj-ru-contract-ddu-apartment": [("Дата регистрации 19.03.2026", "2026-03-19")],
    "aj-ru-bank-statement-taxi-fleet": [("сформирована 10.04.2026", "2026-04-10")],
    "aj-ru-bank-statement-management-company": [
        ("Дата формирования выписки: 09.04.2026", "2026-04-09")
    ],
    "aj-ru-receipt-car-wash-photo": [("IMG_2026O406_083Ol1", "2026-04-06")],
    "aj-ru-passport-taxi-driver-scan": [
        ("1l.07.l999", "1999-07-11"),
        ("25.03.2026", "2026-03-25"),
    ],
    "aj-ru-power-of-attorney-car-collection": [("по 25 апреля 2026 г.", "2026-04-25")],
    "aj-ru-other-epts-extract": [("27.03.2026 14:18", "2026-03-27")],
    "aj-en-invoice-telecom-monthly-plan": [("April 20, 2026", "2026-04-20")],
    "aj-en-upd-translation-car-sharing-fleet": [("April 2, 2026", "2026-04-02")],
    "aj-en-payment-order-mt103-brake-parts": [("Printed: 23.03.2026", "2026-03-23")],
    "aj-en-waybill-cmr-khorgos-scan": [
        ("24 Goods rесeivеd 04.O4.2026", "2026-04-04"),
        ("28.O3.2O26", "2026-03-28"),
    ],
    "aj-en-bank-statement-usd-account": [("generated on 21.03.2026", "2026-03-21")],
    "aj-en-receipt-dubai-taxi-photo": [("IMG_2O260307_092244", "2026-03-07")],
    "aj-en-passport-kazakh-driver-scan": [("l7.04.1983", "1983-04-17")],
    "aj-en-other-vehicle-inspection-scan": [("until 03-Apr-2026", "2026-04-03")],
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {
    "aj-ru-invoice-heat-supply-fax": "N2 О346",
    "aj-ru-payment-order-car-advance-scan": "N2 1187",
}
# Registration codes of foreign parties and persons, printed and never labelled: a
# Chinese USCI, a Kazakh BIN and IIN, UAE TRNs and a UAE IBAN.
FOREIGN_IDENTIFIERS = {
    "aj-en-invoice-china-brake-parts": {"91330212MA2J8K5T7W": "usci"},
    "aj-en-invoice-dubai-used-cars": {
        "100482716300003": "trn",
        "AE410470001048271630914": "iban",
    },
    "aj-en-waybill-cmr-khorgos-scan": {
        "91330212MA2J8K5T7W": "usci",
        "190840021573": "kz_bin_iin",
    },
    "aj-en-receipt-dubai-taxi-photo": {"100593827400003": "trn"},
    "aj-en-passport-kazakh-driver-scan": {"830417301503": "kz_bin_iin"},
}
# INNs printed for a company with no role in the document. They belong to the dealer
# named in the power of attorney and the inspection report, the owners in the ЭПТС
# extract and the escrow agent bank of the ДДУ. The senders of the letters and both
# companies of the repair estimate print theirs too.
INNS_WITHOUT_ROLE = {
    "aj-ru-power-of-attorney-car-collection": ("7604787785",),
    "aj-ru-other-epts-extract": ("7606290815", "7604787785"),
    "aj-ru-contract-ddu-apartment": ("7709742076",),
    "aj-ru-letter-developer-handover": ("7627777818",),
    "aj-en-letter-telecom-plan-change": ("7604007548",),
    "aj-en-other-vehicle-inspection-scan": ("7604787785",),
    "aj-en-other-service-estimate": ("7728495496", "7714171607"),
}
# Amounts printed beside the total that are not the total. They are advances and
# rests, the price of one car, VAT and sums without it, the sum with voluntary insurance
# and last month's payment. Others are the value first billed before a correction, parts
# of a payment, a fine billed apart and the invoice value cited by a partial payment.
# The rest are a price per square metre, a monthly fee and a liability cap.
COMPETING_AMOUNTS = {
    "aj-ru-invoice-dealer-three-cars": ["2418000.00", "1612000.00", "872065.56"],
    "aj-ru-invoice-utility-bill-epd": ["7598.59", "7214.35", "7599.01"],
    "aj-ru-invoice-heat-supply-fax": ["1536602.98"],
    "aj-ru-invoice-spare-parts-1c": ["170790.00"],
    "aj-ru-act-car-service-work-order": ["10824.00", "19200.00"],
    "aj-ru-act-telecom-taxi-fleet": ["31947.20"],
    "aj-ru-act-car-sharing-corporate-photo": ["3000.00"],
    "aj-ru-upd-heat-correction": ["1649133.86"],
    "aj-ru-payment-order-heat-several-invoices": ["1614956.25", "700000.00"],
    "aj-ru-payment-order-car-advance-scan": ["4836000.00"],
    "aj-ru-contract-car-sale-vin": ["2418000.00", "1612000.00"],
    "aj-ru-contract-ddu-apartment": ["142500.00"],
    "aj-en-invoice-telecom-monthly-plan": ["38412.50", "32046.20"],
    "aj-en-invoice-china-brake-parts": ["13776.00", "32144.00"],
    "aj-en-payment-order-mt103-brake-parts": ["45920.00"],
    "aj-en-contract-security-services": ["286000.00", "74500.00", "1000000.00"],
    "aj-en-upd-translation-car-sharing-fleet": ["2190000.00"],
}
# Commercial invoices print an Incoterms rule with its place, an HS code and the
# country of origin.
TRADE_TERMS_DOCUMENTS = {
    "aj-en-invoice-china-brake-parts",
    "aj-en-invoice-dubai-used-cars",
}
INCOTERMS_PATTERN = re.compile(r"\b(?:EXW|FCA|CPT|CIP|DAP|DDP|FOB|CIF) [A-Z][a-z]")
HS_CAPTION_PATTERN = re.compile(r"HS [Cc]ode")
# Vehicle identification numbers printed in each document.
VEHICLES = {
    "aj-ru-invoice-dealer-three-cars": (
        "XTAGFL114T0419263",
        "XTAGFL113T0419271",
        "XTAGFL119T0419288",
    ),
    "aj-ru-act-car-service-work-order": ("Z94C241B0LR162034",),
    "aj-ru-upd-dealer-three-cars": (
        "XTAGFL114T0419263",
        "XTAGFL113T0419271",
        "XTAGFL119T0419288",
    ),
    "aj-ru-contract-car-sale-vin": (
        "XTAGFL114T0419263",
        "XTAGFL113T0419271",
        "XTAGFL119T0419288",
    ),
    "aj-ru-power-of-attorney-car-collection": (
        "XTAGFL114T0419263",
        "XTAGFL113T0419271",
        "XTAGFL119T0419288",
    ),
    "aj-ru-other-epts-extract": ("XTAGFL114T0419263",),
    "aj-en-invoice-dubai-used-cars": ("JTMW43FV3RD140827", "KMHK381G2RU284615"),
    "aj-en-upd-translation-car-sharing-fleet": (
        "LVVDB21B9TD318452",
        "LVVDB21B0TD318467",
        "LVVDB21B2TD318471",
        "LVVDB21BXTD318489",
        "LVVDB21B1TD318493",
    ),
    "aj-en-other-vehicle-inspection-scan": ("JTMW43FV3RD140827",),
    "aj-en-other-service-estimate": ("LVVDB21B2TD318471",),
}
# Transliteration values and position weights of the VIN check digit, as the North
# American VIN rule defines it. The check digit is the ninth character, and a remainder
# of 10 is written "X".
VIN_VALUES = {
    **{str(digit): digit for digit in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
# Documents of one deal mapped to the documents whose numbers they print.
CITATIONS = {
    "aj-ru-invoice-dealer-three-cars": ("aj-ru-contract-car-sale-vin",),
    "aj-ru-payment-order-car-advance-scan": (
        "aj-ru-invoice-dealer-three-cars",
        "aj-ru-contract-car-sale-vin",
    ),
    "aj-ru-upd-dealer-three-cars": (
        "aj-ru-contract-car-sale-vin",
        "aj-ru-payment-order-car-advance-scan",
        "aj-ru-power-of-attorney-car-collection",
    ),
    "aj-ru-power-of-attorney-car-collection": ("aj-ru-contract-car-sale-vin",),
    "aj-ru-other-epts-extract": ("aj-ru-upd-dealer-three-cars",),
    "aj-ru-waybill-torg12-spare-parts": (
        "aj-ru-invoice-spare-parts-1c",
        "aj-ru-packing-list-spare-parts-scan",
    ),
    "aj-ru-packing-list-spare-parts-scan": ("aj-ru-waybill-torg12-spare-parts",),
    "aj-ru-payment-order-work-order-internet-bank": (
        "aj-ru-act-car-service-work-order",
    ),
    "aj-ru-payment-order-security": ("aj-ru-invoice-security-guarding-scan",),
    "aj-ru-payment-order-heat-several-invoices": (
        "aj-ru-upd-heat-correction",
        "aj-ru-invoice-heat-supply-fax",
    ),
    "aj-ru-bank-statement-taxi-fleet": (
        "aj-ru-payment-order-work-order-internet-bank",
        "aj-ru-upd-tyres-scan",
        "aj-ru-act-car-service-work-order",
    ),
    "aj-ru-bank-statement-management-company": (
        "aj-ru-payment-order-heat-several-invoices",
        "aj-ru-invoice-utility-bill-epd",
    ),
    "aj-en-invoice-china-brake-parts": ("aj-en-packing-list-brake-parts-photo",),
    "aj-en-payment-order-mt103-brake-parts": ("aj-en-invoice-china-brake-parts",),
    "aj-en-waybill-cmr-khorgos-scan": (
        "aj-en-invoice-china-brake-parts",
        "aj-en-packing-list-brake-parts-photo",
    ),
    "aj-en-bank-statement-usd-account": (
        "aj-en-payment-order-mt103-brake-parts",
        "aj-en-invoice-china-brake-parts",
    ),
    "aj-en-invoice-dubai-used-cars": ("aj-en-other-vehicle-inspection-scan",),
}
# Statements mapped to the documents whose total one of their lines moves.
STATEMENT_PAYMENTS = {
    "aj-ru-bank-statement-taxi-fleet": (
        "aj-ru-payment-order-work-order-internet-bank",
        "aj-ru-upd-tyres-scan",
        "aj-ru-act-telecom-taxi-fleet",
    ),
    "aj-ru-bank-statement-management-company": (
        "aj-ru-payment-order-heat-several-invoices",
        "aj-ru-invoice-utility-bill-epd",
    ),
    "aj-en-bank-statement-usd-account": ("aj-en-payment-order-mt103-brake-parts",),
}
# Statements mapped to their opening balance, incoming and outgoing lines and closing
# balance, as printed.
STATEMENT_TURNOVERS = {
    "aj-ru-bank-statement-taxi-fleet": (
        "2 146 873,15",
        ("1 318 406,70", "52 500,00"),
        ("29 482,80", "226 432,00", "32 864,50", "1 450,00"),
        "3 227 550,55",
    ),
    "aj-ru-bank-statement-management-company": (
        "1 214 608,90",
        ("1 846 512,34", "7 502,59"),
        ("2 373 372,67", "124 800,00", "980,00"),
        "569 471,16",
    ),
    "aj-en-bank-statement-usd-account": (
        "1,286.45",
        ("32,500.00",),
        ("32,144.00", "35.00"),
        "1,607.45",
    ),
}
# The payment order that pays several invoices, mapped to the parts its purpose line
# states, as printed, and to the corrected UPD that its first part pays in full.
PAYMENT_PARTS = {
    "aj-ru-payment-order-heat-several-invoices": (
        ("1614956-25", "58416-42", "700000-00"),
        "aj-ru-upd-heat-correction",
    ),
}
# The corrected UPD mapped to its correction line and the value first billed.
CORRECTED_UPD = {
    "aj-ru-upd-heat-correction": ("Исправление № 1 от 12.03.2026", "1649133.86"),
}
# Personal accounts (лицевой счет) of subscribers and residents. They are not bank
# accounts and not the document's number.
PERSONAL_ACCOUNTS = {
    "aj-ru-invoice-utility-bill-epd": "300417264",
    "aj-ru-act-telecom-taxi-fleet": "8810 4471 92",
    "aj-en-invoice-telecom-monthly-plan": "8810 5276 31",
}
# The Russian passport mapped to the series printed before its six-digit number.
PASSPORT_SERIES = {"aj-ru-passport-taxi-driver-scan": "78 19"}
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"aj-en-passport-kazakh-driver-scan"}
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_aj()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def is_valid_vin(vin: str) -> bool:
    """Check a VIN's form (17 characters without I, O and Q) and its check digit."""
    if re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", vin) is None:
        return False
    total = sum(
        VIN_VALUES[char] * weight for char, weight in zip(vin, VIN_WEIGHTS, strict=True)
    )
    check = total % 11
    return vin[8] == ("X" if check == 10 else str(check))


# The check for each kind of code in FOREIGN_IDENTIFIERS. The UAE TRN is checked by
# form only.
FOREIGN_IDENTIFIER_CHECKS = {
    "iban": is_valid_iban,
    "kz_bin_iin": is_valid_kz_bin,
    "usci": is_valid_usci,
    "trn": form_check(r"100\d{12}"),
}


HOLDOUT_SET = HoldoutSet(
    name="aj",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        set(VEHICLES),
        set(PAYMENT_PARTS),
        {corrected for _, corrected in PAYMENT_PARTS.values()},
        set(CORRECTED_UPD),
        set(PERSONAL_ACCOUNTS),
    ),
    requisite_counts=(1, 15, 25),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=8,
    requisite_printed=is_printed,
    repaired=repaired,
    read_amounts=read_amounts,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    checks_unlabelled_currency=True,
    requisite_repair=repaired,
    checks_number_and_date_labels=True,
    clean_documents_fit_a_page=True,
    # Russian documents dated 2026 that charge VAT print the 2026 base rate of 22%
    # or the reduced rate of 10%, never the 20% of 2025.
    vat=VatRules(minimum_counts={"22": 10}),
    other_dates=OTHER_DATES,
    other_date_forms=date_forms_with_compact,
    other_date_reading=repaired_without_underscores,
    competing_amounts=COMPETING_AMOUNTS,
    totals_in_words=TOTALS_IN_WORDS,
    number_sign_misreads=NUMBER_SIGN_READ_AS_N2,
    inns_without_role=INNS_WITHOUT_ROLE,
    foreign_identifiers=FOREIGN_IDENTIFIERS,
    foreign_identifier_checks=FOREIGN_IDENTIFIER_CHECKS,
    checks_inn_labels_russian=True,
    mrz_documents=MRZ_DOCUMENTS,
    mrz_line_errors=strict_td3_errors,
    citations=CITATIONS,
    statement_payments=STATEMENT_PAYMENTS,
    statement_turnovers=STATEMENT_TURNOVERS,
    passport_series=PASSPORT_SERIES,
    trade_terms=TradeTerms(
        documents=TRADE_TERMS_DOCUMENTS,
        incoterms=INCOTERMS_PATTERN,
        hs_caption=HS_CAPTION_PATTERN,
    ),
    noisy_amount_sample=("ИТОГ =1 85О,00", "1850.00"),
    look_alike_sample=("ИНН 760497926l", "ИНН 7604979261"),
    check_digit_samples=(
        (is_valid_ogrn, "1137693287929", "1137693287920"),
        (is_valid_ogrn, "318764288497363", "318764288497364"),
        (is_valid_usci, "91330212MA2J8K5T7W", "91330212MA2J8K5T7X"),
        (is_valid_kz_bin, "190840021573", "190840021574"),
        (is_valid_iban, "AE410470001048271630914", "AE410470001048271630915"),
    ),
    amount_value_samples={
        "2 146 873,15": "2146873.15",
        "1614956-25": "1614956.25",
        "32,144.00": "32144.00",
    },
)


@pytest.mark.parametrize(
    ("document_id", "vins"), sorted(VEHICLES.items()), ids=sorted(VEHICLES)
)
def test_vins_printed_and_valid(document_id, vins):
    document = DOCUMENTS_BY_ID[document_id]
    for vin in vins:
        assert is_valid_vin(vin), f"VIN {vin} has a wrong check digit"
        assert is_printed(vin, document.text, document.noisy), f"VIN {vin} missing"
        assert vin not in document.expected.values(), f"VIN {vin} is a label"


@pytest.mark.parametrize(
    ("document_id", "parts"), sorted(PAYMENT_PARTS.items()), ids=sorted(PAYMENT_PARTS)
)
def test_payment_parts_sum_to_total(document_id, parts):
    printed_parts, corrected_id = parts
    document = DOCUMENTS_BY_ID[document_id]
    for printed in printed_parts:
        assert printed in document.text, f"{printed!r} not printed"
    paid = sum(amount_value(printed) for printed in printed_parts)
    assert paid == Decimal(document.expected["total"]), f"parts sum to {paid}"
    corrected_total = DOCUMENTS_BY_ID[corrected_id].expected["total"]
    first_part = amount_value(printed_parts[0])
    assert first_part == Decimal(corrected_total), "first part is not the UPD"


@pytest.mark.parametrize(
    ("document_id", "correction"),
    sorted(CORRECTED_UPD.items()),
    ids=sorted(CORRECTED_UPD),
)
def test_corrected_upd_labels_corrected_value(document_id, correction):
    line, first_billed = correction
    document = DOCUMENTS_BY_ID[document_id]
    assert line in document.text, f"{line!r} not printed"
    assert first_billed in read_amounts(document.text, document.noisy)
    assert document.expected["total"] != first_billed, "total is the first value"
    assert document.expected["number"] not in line, "number taken from the correction"


@pytest.mark.parametrize(
    ("document_id", "account"),
    sorted(PERSONAL_ACCOUNTS.items()),
    ids=sorted(PERSONAL_ACCOUNTS),
)
def test_personal_account_not_labelled(document_id, account):
    document = DOCUMENTS_BY_ID[document_id]
    assert account in document.text, f"{account} not printed"
    compact = account.replace(" ", "")
    assert compact not in document.expected.values(), f"{account} is a label"
    assert compact not in document.expected["number"], "number holds the account"


def test_vin_check_rejects_wrong_digit():
    assert is_valid_vin("XTAGFL114T0419263")
    assert not is_valid_vin("XTAGFL115T0419263")
    assert is_valid_vin("LVVDB21BXTD318489")
    assert not is_valid_vin("LVVDB21B0TD318489")
    assert not is_valid_vin("XTAGFL114T04I9263")
