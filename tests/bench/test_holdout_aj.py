"""Form and consistency of the set AJ benchmark documents."""

import re
from collections import Counter
from datetime import date
from decimal import Decimal

import pytest

from bench.formats import amount_words_ru
from bench.holdout import is_valid_iban, is_valid_inn
from bench.holdout_aj import load_holdout_aj
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES,
    amount_value,
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
    date_forms,
    document_ids,
    is_printed,
    prints_currency_mark,
    read_amounts,
    repaired,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_foreign_identifier,
    is_valid_kz_bin,
    is_valid_ogrn,
    is_valid_usci,
    td3_errors,
)

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
HS_CODE_PATTERN = re.compile(r"\b\d{4}[ .]\d{2}(?:[ .]\d{1,3}){0,2}\b")
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
# Russian documents dated 2026 that charge VAT print the 2026 base rate of 22% or the
# reduced rate of 10%, never the 20% of 2025.
VAT_RATE_PATTERN = re.compile(r"(?:НДС|HДC)\D{0,12}?(\d{2})\s?%")
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"aj-en-passport-kazakh-driver-scan"}
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
# Clean documents are rendered to page images, so they must fit on one page.
MAX_CLEAN_LINES = 70
MAX_CLEAN_LINE_LENGTH = 110
DOCUMENTS = load_holdout_aj()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
NOISY_DOCUMENT_LIST = [document for document in DOCUMENTS if document.noisy]
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


def test_set_size_and_languages():
    check_set_size_and_languages(DOCUMENTS, RUSSIAN_COUNT, ENGLISH_COUNT)


def test_document_ids_unique():
    check_document_ids_unique(DOCUMENTS)


def test_type_counts():
    check_type_counts(DOCUMENTS, ROLES_BY_TYPE, MAIN_TYPES)


def test_types_in_both_languages():
    for document_type in ROLES_BY_TYPE:
        languages = Counter(
            document.language
            for document in DOCUMENTS
            if document.document_type == document_type
        )
        assert languages["ru"] >= 1, f"no Russian {document_type}"
        assert languages["en"] >= 1, f"no English {document_type}"


def test_noisy_documents_present():
    check_noisy_documents_present(DOCUMENTS, len(NOISY_DOCUMENTS))


def test_noisy_flags_match_notes():
    flagged = {document.id for document in NOISY_DOCUMENT_LIST}
    assert flagged == NOISY_DOCUMENTS, sorted(flagged ^ NOISY_DOCUMENTS)


def test_listed_ids_exist():
    check_listed_ids_exist(
        DOCUMENTS,
        UNMARKED_ROUBLE_DOCUMENTS,
        DOCUMENTS_WITHOUT_TOTAL_LABEL,
        NOISY_DOCUMENTS,
        TOTALS_IN_WORDS,
        set(OTHER_DATES),
        set(NUMBER_SIGN_READ_AS_N2),
        set(FOREIGN_IDENTIFIERS),
        set(INNS_WITHOUT_ROLE),
        set(COMPETING_AMOUNTS),
        TRADE_TERMS_DOCUMENTS,
        set(VEHICLES),
        set(CITATIONS),
        {cited for cited_ids in CITATIONS.values() for cited in cited_ids},
        set(STATEMENT_PAYMENTS),
        {paid for paid_ids in STATEMENT_PAYMENTS.values() for paid in paid_ids},
        set(STATEMENT_TURNOVERS),
        set(PAYMENT_PARTS),
        {corrected for _, corrected in PAYMENT_PARTS.values()},
        set(CORRECTED_UPD),
        set(PERSONAL_ACCOUNTS),
        set(PASSPORT_SERIES),
        MRZ_DOCUMENTS,
    )


def test_every_document_labels_number_and_date():
    for document in DOCUMENTS:
        assert document.expected.get("number"), f"{document.id} has no number label"
        assert document.expected.get("date"), f"{document.id} has no date label"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    check_document_id_and_type(document, "aj", ROLES_BY_TYPE)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_noisy_flag_matches_damage(document):
    check_noisy_flag(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_number_label_printed(document):
    check_number_label(document, repaired=repaired)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_date_label_printed(document):
    check_date_label(document, repaired=repaired)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_label_printed(document):
    check_total_label(document, read_amounts=read_amounts)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_labels_follow_notes(document):
    check_total_labels_follow_notes(
        document, TYPES_WITHOUT_TOTAL, DOCUMENTS_WITHOUT_TOTAL_LABEL
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_currency_matches_printed_mark(document):
    check_currency_mark(document, CURRENCY_MARKS, UNMARKED_ROUBLE_DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_without_currency_prints_no_mark(document):
    if "currency" not in document.expected or document.expected["currency"]:
        return
    for currency, marks in CURRENCY_MARKS.items():
        for mark in marks:
            printed = prints_currency_mark(document.text, mark, document.noisy)
            assert not printed, f"{currency} mark {mark!r} printed"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_requisites_valid(document):
    check_requisites(document, ROLES_BY_TYPE, is_printed=is_printed)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_party_labels_follow_notes(document):
    check_party_labels(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_inn_labels_are_russian(document):
    """Check that no INN label is one of the foreign codes the document prints."""
    foreign = set(FOREIGN_IDENTIFIERS.get(document.id, {}))
    for path, value in document.expected.items():
        if path.endswith(".inn"):
            assert value not in foreign, f"{path} is a foreign code"
            assert len(value) in (10, 12), f"{path} has {len(value)} digits"


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_printed_requisites_valid(document):
    check_printed_requisites(document)


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_printed_ogrn_valid(document):
    for ogrn in OGRN_PATTERN.findall(document.text):
        assert is_valid_ogrn(ogrn), f"OGRN {ogrn} has a wrong key"


@pytest.mark.parametrize(
    "document", NOISY_DOCUMENT_LIST, ids=document_ids(NOISY_DOCUMENT_LIST)
)
def test_noisy_requisite_labels_repaired_from_text(document):
    """Check that a noisy document's requisite labels are printed, damaged or not."""
    text = repaired(document.text)
    for path, value in document.expected.items():
        if path.startswith("parties.") and value is not None:
            assert repaired(value) in text, f"{path} {value} not readable"


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_clean_document_fits_a_page(document):
    lines = document.text.splitlines()
    assert len(lines) <= MAX_CLEAN_LINES, f"{len(lines)} lines"
    longest = max(len(line) for line in lines)
    assert longest <= MAX_CLEAN_LINE_LENGTH, f"line of {longest} characters"


@pytest.mark.parametrize(
    "document_id", sorted(TOTALS_IN_WORDS), ids=sorted(TOTALS_IN_WORDS)
)
def test_total_in_words_spells_label(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    words = amount_words_ru(Decimal(document.expected["total"]))
    text = comparable(document.text, document.noisy)
    assert comparable(words, document.noisy) in text, f"{words!r} not printed"


@pytest.mark.parametrize(
    ("document_id", "dates"), sorted(OTHER_DATES.items()), ids=sorted(OTHER_DATES)
)
def test_other_dates_printed_not_labelled(document_id, dates):
    document = DOCUMENTS_BY_ID[document_id]
    for printed, iso in dates:
        assert printed in document.text, f"{printed!r} not printed"
        assert iso != document.expected["date"], f"{printed!r} is the date label"
        forms = date_forms(date.fromisoformat(iso))
        compact = printed.replace("_", "")
        readings = [
            form
            for form in [*forms, f"{date.fromisoformat(iso):%Y%m%d}"]
            if repaired(form) in repaired(compact)
        ]
        assert readings, f"{printed!r} does not state {iso}"


@pytest.mark.parametrize(
    ("document_id", "printed"),
    sorted(NUMBER_SIGN_READ_AS_N2.items()),
    ids=sorted(NUMBER_SIGN_READ_AS_N2),
)
def test_number_sign_read_as_n2(document_id, printed):
    document = DOCUMENTS_BY_ID[document_id]
    assert printed in document.text, f"{printed!r} not printed"
    number = printed.removeprefix("N2 ")
    assert repaired(number) == repaired(document.expected["number"])


@pytest.mark.parametrize(
    ("document_id", "identifiers"),
    sorted(FOREIGN_IDENTIFIERS.items()),
    ids=sorted(FOREIGN_IDENTIFIERS),
)
def test_foreign_identifiers_printed_not_labelled(document_id, identifiers):
    document = DOCUMENTS_BY_ID[document_id]
    labels = {value for value in document.expected.values() if value is not None}
    for value, kind in identifiers.items():
        assert is_printed(value, document.text, document.noisy), f"{value} missing"
        assert value not in labels, f"{kind} {value} is a label"
        valid = is_valid_foreign_identifier(value, kind, FOREIGN_IDENTIFIER_CHECKS)
        assert valid, f"{kind} {value} invalid"


@pytest.mark.parametrize(
    ("document_id", "inns"),
    sorted(INNS_WITHOUT_ROLE.items()),
    ids=sorted(INNS_WITHOUT_ROLE),
)
def test_inn_without_role_not_labelled(document_id, inns):
    document = DOCUMENTS_BY_ID[document_id]
    for inn in inns:
        assert is_valid_inn(inn), f"INN {inn} has a wrong key"
        assert is_printed(inn, document.text, document.noisy), f"{inn} not printed"
        assert inn not in document.expected.values(), f"{inn} is a label"


@pytest.mark.parametrize(
    ("document_id", "amounts"),
    sorted(COMPETING_AMOUNTS.items()),
    ids=sorted(COMPETING_AMOUNTS),
)
def test_competing_amounts_printed_not_total(document_id, amounts):
    document = DOCUMENTS_BY_ID[document_id]
    printed = read_amounts(document.text, document.noisy)
    for amount in amounts:
        assert amount in printed, f"{amount} not printed"
        assert amount != document.expected.get("total"), f"{amount} is the total"


@pytest.mark.parametrize(
    "document_id", sorted(TRADE_TERMS_DOCUMENTS), ids=sorted(TRADE_TERMS_DOCUMENTS)
)
def test_trade_terms_printed(document_id):
    text = DOCUMENTS_BY_ID[document_id].text
    assert INCOTERMS_PATTERN.search(text), "no Incoterms rule with a place"
    assert "Incoterms" in text, "Incoterms edition not named"
    assert HS_CAPTION_PATTERN.search(text), "no HS code caption"
    assert HS_CODE_PATTERN.search(text), "no HS code"
    assert re.search(r"[Oo]rigin", text), "no country of origin"


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
    ("document_id", "cited_ids"), sorted(CITATIONS.items()), ids=sorted(CITATIONS)
)
def test_citations_print_cited_numbers(document_id, cited_ids):
    document = DOCUMENTS_BY_ID[document_id]
    text = repaired(document.text)
    for cited_id in cited_ids:
        number = DOCUMENTS_BY_ID[cited_id].expected["number"]
        assert repaired(number) in text, f"number {number} of {cited_id} missing"


@pytest.mark.parametrize(
    ("statement_id", "paid_ids"),
    sorted(STATEMENT_PAYMENTS.items()),
    ids=sorted(STATEMENT_PAYMENTS),
)
def test_statement_lines_move_document_totals(statement_id, paid_ids):
    statement = DOCUMENTS_BY_ID[statement_id]
    amounts = read_amounts(statement.text, statement.noisy)
    for paid_id in paid_ids:
        total = DOCUMENTS_BY_ID[paid_id].expected["total"]
        assert total in amounts, f"total {total} of {paid_id} not in the statement"


@pytest.mark.parametrize(
    ("statement_id", "turnover"),
    sorted(STATEMENT_TURNOVERS.items()),
    ids=sorted(STATEMENT_TURNOVERS),
)
def test_statement_balances_add_up(statement_id, turnover):
    opening, credits, debits, closing = turnover
    text = DOCUMENTS_BY_ID[statement_id].text
    for printed in (opening, *credits, *debits, closing):
        assert printed in text, f"{printed!r} not printed"
    assert credits, "no incoming line"
    assert debits, "no outgoing line"
    incoming = sum(amount_value(printed) for printed in credits)
    outgoing = sum(amount_value(printed) for printed in debits)
    expected_closing = amount_value(opening) + incoming - outgoing
    assert expected_closing == amount_value(closing), f"closing {expected_closing}"


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


@pytest.mark.parametrize(
    ("document_id", "series"),
    sorted(PASSPORT_SERIES.items()),
    ids=sorted(PASSPORT_SERIES),
)
def test_passport_number_without_series(document_id, series):
    document = DOCUMENTS_BY_ID[document_id]
    number = document.expected["number"]
    assert re.fullmatch(r"\d{6}", number), f"number {number} is not six digits"
    assert repaired(f"{series} {number}") in repaired(document.text), "series missing"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_russian_vat_rates_of_2026(document):
    if document.language != "ru" or not document.expected["date"].startswith("2026"):
        return
    text = document.text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    for rate in VAT_RATE_PATTERN.findall(text):
        assert rate in ("22", "10"), f"VAT {rate}% in a 2026 document"
    assert not re.search(r"(?<![\d,.])20\s?%", text), "a rate of 20% is printed"


@pytest.mark.parametrize(
    "document_id", sorted(MRZ_DOCUMENTS), ids=sorted(MRZ_DOCUMENTS)
)
def test_machine_readable_zone_valid(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    lines = [
        line.strip()
        for line in document.text.splitlines()
        if re.fullmatch(r"[A-Z0-9<]{44}", line.strip())
    ]
    assert len(lines) == 2, f"{len(lines)} MRZ lines"
    assert lines[1][0:9].rstrip("<") == document.expected["number"]
    errors = td3_errors(lines[1], allow_filler_check=False)
    assert errors == [], errors


def test_vat_rate_pattern_finds_rates():
    texts = " ".join(
        document.text for document in DOCUMENTS if document.language == "ru"
    )
    rates = Counter(VAT_RATE_PATTERN.findall(texts.translate(AMOUNT_DIGIT_LOOK_ALIKES)))
    assert rates["22"] >= 10, f"only {rates['22']} rates of 22% found"


def test_ogrn_pattern_finds_numbers():
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    found = OGRN_PATTERN.findall(texts)
    assert len(found) >= 8, f"only {len(found)} OGRN found"


def test_requisite_checks_find_ibans_and_accounts():
    check_printed_requisite_counts(
        CLEAN_DOCUMENTS,
        min_ibans=1,
        min_correspondent_accounts=15,
        min_settlement_accounts=25,
    )


def test_vin_check_rejects_wrong_digit():
    assert is_valid_vin("XTAGFL114T0419263")
    assert not is_valid_vin("XTAGFL115T0419263")
    assert is_valid_vin("LVVDB21BXTD318489")
    assert not is_valid_vin("LVVDB21B0TD318489")
    assert not is_valid_vin("XTAGFL114T04I9263")


def test_ogrn_check_rejects_wrong_key():
    assert is_valid_ogrn("1137693287929")
    assert not is_valid_ogrn("1137693287920")
    assert is_valid_ogrn("318764288497363")
    assert not is_valid_ogrn("318764288497364")


def test_foreign_checks_reject_wrong_keys():
    assert is_valid_usci("91330212MA2J8K5T7W")
    assert not is_valid_usci("91330212MA2J8K5T7X")
    assert is_valid_kz_bin("190840021573")
    assert not is_valid_kz_bin("190840021574")
    assert is_valid_iban("AE410470001048271630914")
    assert not is_valid_iban("AE410470001048271630915")


def test_amount_value_reads_printed_forms():
    assert amount_value("2 146 873,15") == Decimal("2146873.15")
    assert amount_value("1614956-25") == Decimal("1614956.25")
    assert amount_value("32,144.00") == Decimal("32144.00")
    with pytest.raises(ValueError, match="invalid amount"):
        amount_value("1 2345,00")


def test_noisy_amounts_read_look_alikes():
    check_amount_read_through_look_alikes("ИТОГ =1 85О,00", "1850.00")


def test_noisy_text_compares_through_look_alikes():
    assert repaired("ИНН 760497926l") == repaired("ИНН 7604979261")
