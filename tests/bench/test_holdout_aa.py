"""Form and consistency of the set AA benchmark documents."""

import re
from collections import Counter
from decimal import Decimal
from functools import partial

import pytest

from bench.formats import amount_words_ru
from bench.holdout import is_valid_inn, is_valid_kpp
from bench.holdout_aa import load_holdout_aa
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES,
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
    check_treasury_key_rejection,
    check_treasury_requisites,
    check_type_counts,
    comparable,
    document_ids,
    printed_in_groups,
    prints_currency_mark,
    treasury_documents,
    upper_case_month_forms,
    without_treasury_labels,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_aba,
    is_valid_foreign_identifier,
    is_valid_ogrn,
    td3_errors,
)

# Powers of attorney label their representative "attorney", as sets F to Z do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents. "рубл" covers
# "рубль", "рубля" and "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar"),
}
# The hospital's cash register receipt prints "ИТОГ =3270.00" and no currency mark.
UNMARKED_ROUBLE_DOCUMENTS = {"aa-ru-receipt-hospital-paid-services-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are states of
# account, and the bill of lading, which names no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "aa-ru-bank-statement-supplier-treasury-receipts",
    "aa-en-bank-statement-charity-grant",
    "aa-en-waybill-bill-of-lading-lab-freight-scan",
}
# The documents that imitate OCR of scans, faxes and phone photos.
NOISY_DOCUMENTS = {
    "aa-ru-invoice-telecom-school-photo",
    "aa-ru-invoice-electricity-kindergarten-fax",
    "aa-ru-act-cleaning-polyclinic-scan",
    "aa-ru-upd-canteen-food-scan",
    "aa-ru-upd-stationery-sole-proprietor-scan",
    "aa-ru-payment-order-penalty-status-08-scan",
    "aa-ru-packing-list-kitchen-equipment-scan",
    "aa-ru-receipt-hospital-paid-services-photo",
    "aa-ru-passport-contract-manager-scan",
    "aa-ru-other-bank-guarantee-scan",
    "aa-en-invoice-city-utility-bill-scan",
    "aa-en-waybill-bill-of-lading-lab-freight-scan",
    "aa-en-receipt-city-permit-photo",
    "aa-en-passport-norway-researcher-scan",
    "aa-en-other-remittance-advice-county-fax",
}
# Each treasury (TOFK) BIK of the set mapped to its single treasury account (ЕКС).
TREASURY_BIKS = {
    "017502903": "40102810245370000029",
    "012541908": "40102810545370000061",
    "016573916": "40102810945370000044",
    "010507952": "40102810045370000059",
}
# The documents that label a party with treasury requisites.
TREASURY_DOCUMENTS = {
    "aa-ru-invoice-hospital-consumables-44fz",
    "aa-ru-invoice-heat-library",
    "aa-ru-invoice-rent-hospital",
    "aa-ru-invoice-electricity-kindergarten-fax",
    "aa-ru-act-roof-stage-acceptance",
    "aa-ru-act-telecom-school",
    "aa-ru-act-cleaning-polyclinic-scan",
    "aa-ru-act-waste-removal-hospital",
    "aa-ru-payment-order-hospital-pays-pharmacy",
    "aa-ru-payment-order-contract-security",
    "aa-ru-payment-order-library-single-tax",
    "aa-ru-payment-order-penalty-status-08-scan",
    "aa-ru-payment-order-school-pays-telecom",
    "aa-ru-contract-44fz-kitchen-equipment",
    "aa-ru-contract-223fz-disinfectants",
    "aa-ru-waybill-torg12-dairy-kindergarten",
    "aa-ru-power-of-attorney-contract-manager",
    "aa-en-act-stage-acceptance-university",
    "aa-en-payment-order-university-treasury",
}
# A TOFK BIK printed after "БИК" or "BIK". Bank BIKs start with "04".
TREASURY_BIK_PATTERN = re.compile(r"(?:бик|bik)\D{0,12}?(0[0-35-9]\d{7})(?!\d)")
# Numbers printed in a document that are not its number and not a label, with their
# kind: a purchase code (ИКЗ), a 44-ФЗ contract registry number, a 44-ФЗ or 223-ФЗ
# notice number, a treasury personal account (л/с), a payment's УИН, КБК and ОКТМО, or
# a customer's account at a utility.
OTHER_NUMBERS = {
    "aa-ru-invoice-hospital-consumables-44fz": {
        "262391204785139120100100150013250244": "ikz",
        "2391204785126000041": "contract_registry",
        "20456Ч41870": "personal_account",
    },
    "aa-ru-invoice-heat-library": {
        "263391315029839130100100010013530244": "ikz",
        "20456Э01152": "personal_account",
        "0471-Б": "customer_account",
    },
    "aa-ru-invoice-telecom-school-photo": {"5300471282": "customer_account"},
    "aa-ru-invoice-rent-hospital": {
        "252391204785139120100100380016820244": "ikz",
        "2391204785125000219": "contract_registry",
    },
    "aa-ru-invoice-electricity-kindergarten-fax": {"20186Ш00140": "personal_account"},
    "aa-ru-act-roof-stage-acceptance": {
        "263391302846739130100100020014391243": "ikz",
        "3391302846726000012": "contract_registry",
        "20456Э07120": "personal_account",
    },
    "aa-ru-act-telecom-school": {
        "263391302846739130100100010016110244": "ikz",
        "3391302846726000003": "contract_registry",
        "5300471282": "customer_account",
    },
    "aa-ru-act-cleaning-polyclinic-scan": {
        "32515498706": "notice_223",
        "30186Ш00330": "personal_account",
    },
    "aa-ru-act-waste-removal-hospital": {
        "262391204785139120100100040013821244": "ikz",
    },
    "aa-ru-upd-medicines-hospital": {
        "262391204785139120100100210012120244": "ikz",
        "2391204785126000058": "contract_registry",
    },
    "aa-ru-upd-computers-municipal-consignee": {
        "263391727405439170100100050012620244": "ikz",
        "3391727405426000007": "contract_registry",
    },
    "aa-ru-payment-order-hospital-pays-pharmacy": {
        "262391204785139120100100210012120244": "ikz",
        "20456Ч41870": "personal_account",
    },
    "aa-ru-payment-order-contract-security": {
        "262391204785139120100100170012893244": "ikz",
        "0139200000126000412": "notice_44",
    },
    "aa-ru-payment-order-library-single-tax": {
        "18201061201010000510": "kbk",
        "20456Э01152": "personal_account",
    },
    "aa-ru-payment-order-penalty-status-08-scan": {
        "263391727405439170100100050012620244": "ikz",
        "90100000000260004728": "uin",
        "90111607010140000140": "kbk",
        "56612000": "oktmo",
        "04456Ц01120": "personal_account",
    },
    "aa-ru-payment-order-school-pays-telecom": {
        "263391302846739130100100010016110244": "ikz",
        "20456Э07120": "personal_account",
    },
    "aa-ru-contract-44fz-kitchen-equipment": {
        "262391204785139120100100170012893244": "ikz",
        "2391204785126000063": "contract_registry",
        "0139200000126000412": "notice_44",
    },
    "aa-ru-contract-223fz-disinfectants": {"32615873012": "notice_223"},
    "aa-ru-waybill-torg12-dairy-kindergarten": {
        "263250914637325090100100070011051244": "ikz",
    },
    "aa-ru-packing-list-kitchen-equipment-scan": {
        "262391204785139120100100170012893244": "ikz",
    },
    "aa-ru-letter-claim-late-delivery": {
        "262391204785139120100100210012120244": "ikz",
        "2391204785126000058": "contract_registry",
    },
    "aa-ru-other-bank-guarantee-scan": {
        "263391302846739130100100020014391243": "ikz",
        "0339300004126000071": "notice_44",
    },
    "aa-en-invoice-city-utility-bill-scan": {"0041-2287-03": "customer_account"},
    "aa-en-act-stage-acceptance-university": {
        "261470812356847080100100080012825244": "ikz",
        "1470812356826000009": "contract_registry",
        "20546Ф73810": "personal_account",
    },
    "aa-en-upd-reagents-university": {
        "261470812356847080100100310012013244": "ikz",
        "1470812356826000031": "contract_registry",
    },
    "aa-en-payment-order-university-treasury": {
        "261470812356847080100100080012825244": "ikz",
    },
}
OTHER_NUMBER_FORMS = {
    "ikz": re.compile(r"2[56][123]\d{33}"),
    "contract_registry": re.compile(r"[123]\d{10}2[56]\d{6}"),
    "notice_44": re.compile(r"0\d{18}"),
    "notice_223": re.compile(r"3\d{10}"),
    "personal_account": re.compile(r"\d{5}[А-Я]\d{5}"),
    "uin": re.compile(r"\d{20}|\d{25}"),
    "kbk": re.compile(r"\d{20}"),
    "oktmo": re.compile(r"\d{8}"),
    "customer_account": re.compile(r"[\d-]+[А-Я]?"),
}
# Dates printed by registries, signatures, commissions, stamps, faxes, cameras, banks,
# meters, due dates and validity terms, with the day each one states. None of them is
# the document's date.
OTHER_DATES = {
    "aa-ru-invoice-hospital-consumables-44fz": [
        ("02.03.2026", "2026-03-02"),
        ("27.02.2026", "2026-02-27"),
    ],
    "aa-ru-invoice-heat-library": [
        ("на 28.02.2026", "2026-02-28"),
        ("до 10.03.2026", "2026-03-10"),
    ],
    "aa-ru-invoice-telecom-school-photo": [
        ("2O26-O4-O2 O9:14", "2026-04-02"),
        ("l2.Ol.2O26", "2026-01-12"),
    ],
    "aa-ru-invoice-rent-hospital": [
        ("29.12.2025", "2025-12-29"),
        ("14.01.2026", "2026-01-14"),
    ],
    "aa-ru-invoice-electricity-kindergarten-fax": [
        ("O1/O4/2O26 1O:42", "2026-04-01"),
        ("18.O4.2O26", "2026-04-18"),
    ],
    "aa-ru-act-roof-stage-acceptance": [
        ("Подписан ЭП Заказчика 14.04.2026", "2026-04-14"),
        ("05.04.2026", "2026-04-05"),
        ("19.01.2026", "2026-01-19"),
    ],
    "aa-ru-act-telecom-school": [("12.01.2026", "2026-01-12")],
    "aa-ru-act-cleaning-polyclinic-scan": [
        ("2O.12.2O25", "2025-12-20"),
        ("17.03.2026", "2026-03-17"),
    ],
    "aa-ru-act-waste-removal-hospital": [
        ("18.12.2025", "2025-12-18"),
        ("11.01.2026", "2026-01-11"),
    ],
    "aa-ru-upd-medicines-hospital": [
        ("20 марта 2026 г.", "2026-03-20"),
        ("24.02.2026", "2026-02-24"),
    ],
    "aa-ru-upd-canteen-food-scan": [("16.O3.2O26", "2026-03-16")],
    "aa-ru-upd-computers-municipal-consignee": [
        ("16.02.2026", "2026-02-16"),
        ("03.04.2026", "2026-04-03"),
    ],
    "aa-ru-upd-stationery-sole-proprietor-scan": [("02.03.2026", "2026-03-02")],
    "aa-ru-payment-order-hospital-pays-pharmacy": [
        ("03.04.2026", "2026-04-03"),
        ("27.03.2026", "2026-03-27"),
    ],
    "aa-ru-payment-order-penalty-status-08-scan": [
        ("ПРОВЕДЕНО 15.O4.2O26", "2026-04-15"),
        ("09.04.2026", "2026-04-09"),
    ],
    "aa-ru-payment-order-school-pays-telecom": [
        ("печать 09.04.2026", "2026-04-09"),
        ("31.03.2026", "2026-03-31"),
    ],
    "aa-ru-contract-44fz-kitchen-equipment": [
        ("реестр контрактов 06.03.2026", "2026-03-06"),
        ("Поставщик — 03.03.2026", "2026-03-03"),
        ("20.02.2026", "2026-02-20"),
    ],
    "aa-ru-contract-223fz-disinfectants": [("11.03.2026", "2026-03-11")],
    "aa-ru-waybill-torg12-dairy-kindergarten": [
        ("15.01.2026", "2026-01-15"),
        ("25.12.98", "1998-12-25"),
    ],
    "aa-ru-packing-list-kitchen-equipment-scan": [("04.03.2026", "2026-03-04")],
    "aa-ru-bank-statement-supplier-treasury-receipts": [
        ("08.04.2026 09:12", "2026-04-08"),
        ("03.04.2026", "2026-04-03"),
    ],
    "aa-ru-passport-contract-manager-scan": [
        ("l2.O8.1984", "1984-08-12"),
        ("2l.O6.2O2l", "2021-06-21"),
    ],
    "aa-ru-power-of-attorney-contract-manager": [
        ("17.06.2021", "2021-06-17"),
        ("09.01.2026", "2026-01-09"),
        ("31.12.2026", "2026-12-31"),
    ],
    "aa-ru-letter-claim-late-delivery": [
        ("19.03.2026", "2026-03-19"),
        ("24.02.2026", "2026-02-24"),
    ],
    "aa-ru-other-bank-guarantee-scan": [("28.O2.2027", "2027-02-28")],
    "aa-en-invoice-university-lab-supplies": [("April 17, 2026", "2026-04-17")],
    "aa-en-invoice-city-utility-bill-scan": [
        ("O4/14/2O26", "2026-04-14"),
        ("O3/09/2026", "2026-03-09"),
    ],
    "aa-en-act-stage-acceptance-university": [
        ("24 March 2026", "2026-03-24"),
        ("12 January 2026", "2026-01-12"),
    ],
    "aa-en-upd-reagents-university": [
        ("March 13, 2026", "2026-03-13"),
        ("2 March 2026", "2026-03-02"),
    ],
    "aa-en-payment-order-university-treasury": [("06.04.2026", "2026-04-06")],
    "aa-en-contract-grant-agreement": [("02/11/2026", "2026-02-11")],
    "aa-en-waybill-bill-of-lading-lab-freight-scan": [
        ("O3/23/2O26 lO:4O", "2026-03-23")
    ],
    "aa-en-bank-statement-charity-grant": [
        ("17 March 2026, 08:05", "2026-03-17"),
        ("12 March 2026", "2026-03-12"),
    ],
    "aa-en-receipt-city-permit-photo": [("04/11/2026", "2026-04-11")],
    "aa-en-passport-norway-researcher-scan": [
        ("14 MAY 1988", "1988-05-14"),
        ("11 JAN 2032", "2032-01-11"),
    ],
    "aa-en-power-of-attorney-charity-project-manager": [
        ("14 August 2019", "2019-08-14"),
        ("27 February 2026", "2026-02-27"),
    ],
    "aa-en-letter-university-invoicing-rules": [("April 1, 2026", "2026-04-01")],
    "aa-en-other-purchase-order-acknowledgement": [("March 4, 2026", "2026-03-04")],
    "aa-en-other-remittance-advice-county-fax": [("04/17/2026 O8:03", "2026-04-17")],
}
# Amounts printed beside the total that are not the total. They are contract prices,
# initial maximum prices, advances, performance and warranty security, guarantee sums,
# penalties and fines, and earlier and later stages. Others are sums left after a
# deduction, previous payments and debts, deposits, late amounts and grant installments.
COMPETING_AMOUNTS = {
    "aa-ru-invoice-hospital-consumables-44fz": ["1284600.00", "64230.00"],
    "aa-ru-invoice-heat-library": ["198640.22", "1284.17", "164756.31"],
    "aa-ru-invoice-telecom-school-photo": ["7724.65"],
    "aa-ru-invoice-rent-hospital": ["146400.00", "1756800.00"],
    "aa-ru-invoice-electricity-kindergarten-fax": ["28976.74", "13001.06", "612.48"],
    "aa-ru-act-roof-stage-acceptance": [
        "4862400.00",
        "1458720.00",
        "1457160.00",
        "6228.86",
        "1940291.14",
    ],
    "aa-ru-act-cleaning-polyclinic-scan": ["204885.10", "5000.00"],
    "aa-ru-act-waste-removal-hospital": ["71208.40", "144756.18"],
    "aa-ru-payment-order-hospital-pays-pharmacy": ["172282.00", "735.07"],
    "aa-ru-payment-order-contract-security": ["3418900.00"],
    "aa-ru-payment-order-penalty-status-08-scan": [
        "1085263.20",
        "4630.46",
        "5000.00",
    ],
    "aa-ru-contract-44fz-kitchen-equipment": [
        "3602400.00",
        "1025670.00",
        "341890.00",
        "34189.00",
        "170945.00",
    ],
    "aa-ru-contract-223fz-disinfectants": ["24366.00", "4873.20"],
    "aa-ru-letter-claim-late-delivery": ["735.07", "172282.00", "688560.00"],
    "aa-ru-other-bank-guarantee-scan": ["486240.00", "4862400.00", "4926800.00"],
    "aa-en-invoice-nonprofit-print-shop": ["1200.00", "1208.76"],
    "aa-en-invoice-city-utility-bill-scan": ["227.79", "212.40"],
    "aa-en-act-stage-acceptance-university": [
        "6845000.00",
        "821400.00",
        "1916600.00",
    ],
    "aa-en-payment-order-university-treasury": ["2738000.00", "821400.00"],
    "aa-en-contract-grant-agreement": ["29100.00", "19400.00", "12125.00", "4850.00"],
    "aa-en-other-purchase-order-acknowledgement": ["4648.80"],
    "aa-en-other-remittance-advice-county-fax": ["1845.66"],
}
# Russian documents that spell their total in words, checked against
# `amount_words_ru`.
TOTALS_IN_WORDS = {
    "aa-ru-invoice-hospital-consumables-44fz",
    "aa-ru-invoice-heat-library",
    "aa-ru-invoice-rent-hospital",
    "aa-ru-act-roof-stage-acceptance",
    "aa-ru-act-telecom-school",
    "aa-ru-payment-order-hospital-pays-pharmacy",
    "aa-ru-payment-order-contract-security",
    "aa-ru-payment-order-library-single-tax",
    "aa-ru-payment-order-penalty-status-08-scan",
    "aa-ru-payment-order-school-pays-telecom",
    "aa-ru-contract-44fz-kitchen-equipment",
    "aa-ru-contract-223fz-disinfectants",
    "aa-ru-waybill-torg12-dairy-kindergarten",
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {"aa-ru-payment-order-penalty-status-08-scan": "N2 512"}
# INNs printed for counterparties of a statement, which are not labelled.
INNS_WITHOUT_ROLE = {
    "aa-ru-bank-statement-supplier-treasury-receipts": [
        "3912047851",
        "2512075940",
        "6672184039",
    ],
    "aa-en-bank-statement-charity-grant": ["2508417260", "2510068391"],
}
# US bank routing numbers (ABA, checked by the 3-7-1 weights) and employer
# identification numbers (EIN, nine digits with no check digit). Neither is a label.
FOREIGN_IDENTIFIERS = {
    "aa-en-invoice-university-lab-supplies": {
        "031307620": "aba",
        "23-4718265": "ein",
    },
    "aa-en-invoice-nonprofit-print-shop": {"041203918": "aba"},
    "aa-en-contract-grant-agreement": {
        "01-0584217": "ein",
        "47-2210984": "ein",
    },
}
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"aa-en-passport-norway-researcher-scan"}
# Russian documents dated 2026 that charge VAT print the 2026 base rate of 22% or the
# reduced rate of 10%, never the 20% of 2025.
VAT_RATE_PATTERN = re.compile(r"(?:НДС|HДC)\D{0,12}?(\d{2})\s?%")
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
# Clean documents are rendered to page images, so they must fit on one page.
MAX_CLEAN_LINES = 70
MAX_CLEAN_LINE_LENGTH = 110
DOCUMENTS = load_holdout_aa()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
NOISY_DOCUMENT_LIST = [document for document in DOCUMENTS if document.noisy]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


# Amounts in noisy documents are also read with doubled spaces mended.
read_amounts = partial(holdout_checks.read_amounts, mend_doubled_spaces=True)


# The check for each kind of code in FOREIGN_IDENTIFIERS.
FOREIGN_IDENTIFIER_CHECKS = {
    "aba": is_valid_aba,
    "ein": form_check(r"\d{2}-\d{7}"),
}


def label_values(document) -> set[str]:
    return {value for value in document.expected.values() if value is not None}


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
        TREASURY_DOCUMENTS,
        set(OTHER_NUMBERS),
        set(OTHER_DATES),
        set(COMPETING_AMOUNTS),
        TOTALS_IN_WORDS,
        set(NUMBER_SIGN_READ_AS_N2),
        set(INNS_WITHOUT_ROLE),
        set(FOREIGN_IDENTIFIERS),
        MRZ_DOCUMENTS,
    )


def test_every_document_labels_number_and_date():
    for document in DOCUMENTS:
        assert document.expected.get("number"), f"{document.id} has no number label"
        assert document.expected.get("date"), f"{document.id} has no date label"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    check_document_id_and_type(document, "aa", ROLES_BY_TYPE)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_noisy_flag_matches_damage(document):
    check_noisy_flag(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_number_label_printed(document):
    check_number_label(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_date_label_printed(document):
    check_date_label(document, extra_forms=upper_case_month_forms)


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
    """Check the bank requisites. Treasury requisites have their own test."""
    bank_labels = without_treasury_labels(document, TREASURY_BIKS)
    check_requisites(bank_labels, ROLES_BY_TYPE, is_printed=printed_in_groups)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_party_labels_follow_notes(document):
    check_party_labels(document)


def test_treasury_documents_match_notes():
    found = {document.id for document in treasury_documents(DOCUMENTS, TREASURY_BIKS)}
    assert found == TREASURY_DOCUMENTS, sorted(found ^ TREASURY_DOCUMENTS)


@pytest.mark.parametrize(
    "document_id", sorted(TREASURY_DOCUMENTS), ids=sorted(TREASURY_DOCUMENTS)
)
def test_treasury_requisites_valid(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    check_treasury_requisites(document, TREASURY_BIKS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_printed_treasury_biks_known(document):
    """Check that every TOFK BIK printed after "БИК" or "BIK" is one of the set's.

    A statement prints a treasury counterparty's BIK without the single treasury
    account, so the account is checked only for labelled parties, by
    `check_treasury_requisites`.
    """
    text = comparable(document.text, document.noisy)
    for bik in TREASURY_BIK_PATTERN.findall(text):
        assert bik in TREASURY_BIKS, f"unknown treasury BIK {bik}"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_single_treasury_account_never_labelled(document):
    for path, value in document.expected.items():
        if path.endswith(".account") and value is not None:
            assert not value.startswith("40102"), f"{path} is a single account"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_treasury_account_labels_have_treasury_bik(document):
    for path, value in document.expected.items():
        if not (path.endswith(".account") and value and value.startswith("03")):
            continue
        bik = document.expected[path.removesuffix(".account") + ".bik"]
        assert bik in TREASURY_BIKS, f"{path} has the bank BIK {bik}"


def test_treasury_key_rejects_changed_digit():
    check_treasury_key_rejection(
        "017502903", "03234643567010000101", "03234643567010000102", "045617238"
    )


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
    text = comparable(document.text, noisy=True)
    for path, value in document.expected.items():
        if path.startswith("parties.") and value is not None:
            assert comparable(value, noisy=True) in text, f"{path} {value} not readable"


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_clean_document_fits_a_page(document):
    lines = document.text.splitlines()
    assert len(lines) <= MAX_CLEAN_LINES, f"{len(lines)} lines"
    longest = max(len(line) for line in lines)
    assert longest <= MAX_CLEAN_LINE_LENGTH, f"line of {longest} characters"


@pytest.mark.parametrize(
    ("document_id", "numbers"), sorted(OTHER_NUMBERS.items()), ids=sorted(OTHER_NUMBERS)
)
def test_other_numbers_printed_not_labelled(document_id, numbers):
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(document.text, document.noisy)
    for value, kind in numbers.items():
        assert comparable(value, document.noisy) in text, f"{kind} {value} missing"
        assert value not in label_values(document), f"{kind} {value} is a label"
        assert OTHER_NUMBER_FORMS[kind].fullmatch(value), f"{kind} {value} malformed"


@pytest.mark.parametrize(
    ("document_id", "numbers"), sorted(OTHER_NUMBERS.items()), ids=sorted(OTHER_NUMBERS)
)
def test_purchase_codes_name_printed_customer(document_id, numbers):
    """Check that an ИКЗ or a contract registry number carries a valid customer INN
    (and an ИКЗ its KPP) that the document prints."""
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(document.text, document.noisy)
    for value, kind in numbers.items():
        if kind == "ikz":
            inn, kpp = value[3:13], value[13:22]
            assert is_valid_kpp(kpp), f"ИКЗ {value} has the KPP {kpp}"
            assert comparable(kpp, document.noisy) in text, f"KPP {kpp} not printed"
        elif kind == "contract_registry":
            inn = value[1:11]
        else:
            continue
        assert is_valid_inn(inn), f"{kind} {value} has the INN {inn}"
        assert comparable(inn, document.noisy) in text, f"INN {inn} not printed"


@pytest.mark.parametrize(
    ("document_id", "dates"), sorted(OTHER_DATES.items()), ids=sorted(OTHER_DATES)
)
def test_other_dates_printed_not_labelled(document_id, dates):
    document = DOCUMENTS_BY_ID[document_id]
    for printed, iso in dates:
        assert printed in document.text, f"{printed!r} not printed"
        assert iso != document.expected["date"], f"{printed!r} is the date label"


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
    "document_id", sorted(TOTALS_IN_WORDS), ids=sorted(TOTALS_IN_WORDS)
)
def test_total_in_words_spells_label(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    words = amount_words_ru(Decimal(document.expected["total"]))
    text = comparable(document.text, document.noisy)
    assert comparable(words, document.noisy) in text, f"{words!r} not printed"


@pytest.mark.parametrize(
    ("document_id", "printed"),
    sorted(NUMBER_SIGN_READ_AS_N2.items()),
    ids=sorted(NUMBER_SIGN_READ_AS_N2),
)
def test_number_sign_read_as_n2(document_id, printed):
    document = DOCUMENTS_BY_ID[document_id]
    assert printed in document.text, f"{printed!r} not printed"
    number = printed.removeprefix("N2 ")
    assert comparable(number, True) == comparable(document.expected["number"], True)


@pytest.mark.parametrize(
    ("document_id", "inns"),
    sorted(INNS_WITHOUT_ROLE.items()),
    ids=sorted(INNS_WITHOUT_ROLE),
)
def test_inns_without_role_not_labelled(document_id, inns):
    document = DOCUMENTS_BY_ID[document_id]
    for inn in inns:
        assert is_valid_inn(inn), f"INN {inn} has a wrong key"
        assert printed_in_groups(inn, document.text, document.noisy), (
            f"{inn} not printed"
        )
        assert inn not in label_values(document), f"{inn} is a label"


@pytest.mark.parametrize(
    ("document_id", "identifiers"),
    sorted(FOREIGN_IDENTIFIERS.items()),
    ids=sorted(FOREIGN_IDENTIFIERS),
)
def test_foreign_identifiers_printed_not_labelled(document_id, identifiers):
    document = DOCUMENTS_BY_ID[document_id]
    for value, kind in identifiers.items():
        assert value in document.text, f"{kind} {value} not printed"
        assert value not in label_values(document), f"{kind} {value} is a label"
        valid = is_valid_foreign_identifier(value, kind, FOREIGN_IDENTIFIER_CHECKS)
        assert valid, f"{kind} {value} invalid"


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
    assert rates["10"] >= 2, f"only {rates['10']} rates of 10% found"


def test_ogrn_pattern_finds_numbers():
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    found = OGRN_PATTERN.findall(texts)
    assert len(found) >= 8, f"only {len(found)} OGRN found"


def test_requisite_checks_find_accounts():
    check_printed_requisite_counts(
        CLEAN_DOCUMENTS,
        min_ibans=0,
        min_correspondent_accounts=15,
        min_settlement_accounts=18,
    )


def test_treasury_bik_pattern_finds_biks():
    texts = " ".join(
        comparable(document.text, document.noisy) for document in DOCUMENTS
    )
    found = Counter(TREASURY_BIK_PATTERN.findall(texts))
    assert set(found) == set(TREASURY_BIKS), sorted(found)


def test_ogrn_check_rejects_wrong_key():
    assert is_valid_ogrn("1143914006257")
    assert not is_valid_ogrn("1143914006258")


def test_aba_check_rejects_wrong_key():
    assert is_valid_aba("031307620")
    assert not is_valid_aba("031307621")


def test_amount_reader_mends_spacing():
    assert "4862400.00" in read_amounts("4 862  4OO,O0 руб.", noisy=True)
    assert "4862400.00" not in read_amounts("4 862  4OO,O0 руб.", noisy=False)


def test_noisy_amounts_read_look_alikes():
    check_amount_read_through_look_alikes("Bceгo зa мapт 4l 977,8O руб.", "41977.80")
