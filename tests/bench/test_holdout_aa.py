"""Form and consistency of the set AA benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from collections import Counter
from functools import partial

import pytest

from bench.holdout import is_valid_inn, is_valid_kpp
from bench.holdout_aa import load_holdout_aa
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    comparable,
    document_ids,
    printed_in_groups,
    repaired,
    upper_case_month_forms,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_aba,
    is_valid_ogrn,
    strict_td3_errors,
)
from tests.bench.holdout_sets import HoldoutSet, VatRules

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
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_aa()

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


def printed_verbatim(value: str, text: str, noisy: bool) -> bool:
    """Check that `value` is printed in `text` exactly, in any document."""
    return value in text


HOLDOUT_SET = HoldoutSet(
    name="aa",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(set(OTHER_NUMBERS),),
    requisite_counts=(0, 15, 18),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=8,
    requisite_printed=printed_in_groups,
    treasury_biks=TREASURY_BIKS,
    treasury_document_ids=TREASURY_DOCUMENTS,
    extra_date_forms=upper_case_month_forms,
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
    vat=VatRules(minimum_counts={"22": 10, "10": 2}),
    other_dates=OTHER_DATES,
    competing_amounts=COMPETING_AMOUNTS,
    totals_in_words=TOTALS_IN_WORDS,
    number_sign_misreads=NUMBER_SIGN_READ_AS_N2,
    inns_without_role=INNS_WITHOUT_ROLE,
    foreign_identifiers=FOREIGN_IDENTIFIERS,
    foreign_identifier_checks=FOREIGN_IDENTIFIER_CHECKS,
    foreign_identifier_printed=printed_verbatim,
    mrz_documents=MRZ_DOCUMENTS,
    mrz_line_errors=strict_td3_errors,
    noisy_amount_sample=("Bceгo зa мapт 4l 977,8O руб.", "41977.80"),
    check_digit_samples=(
        (is_valid_ogrn, "1143914006257", "1143914006258"),
        (is_valid_aba, "031307620", "031307621"),
    ),
    treasury_key_sample=(
        "017502903",
        "03234643567010000101",
        "03234643567010000102",
        "045617238",
    ),
    amount_reader_samples=(
        ("4 862  4OO,O0 руб.", True, "4862400.00", True),
        ("4 862  4OO,O0 руб.", False, "4862400.00", False),
    ),
)


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


def test_treasury_bik_pattern_finds_biks():
    texts = " ".join(
        comparable(document.text, document.noisy) for document in DOCUMENTS
    )
    found = Counter(TREASURY_BIK_PATTERN.findall(texts))
    assert set(found) == set(TREASURY_BIKS), sorted(found)
