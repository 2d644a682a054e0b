"""Form and consistency of the set AL benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from decimal import Decimal

import pytest

from bench.holdout import is_valid_iban
from bench.holdout_al import load_holdout_al
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES,
    OGRN_PATTERN,
    amount_value,
    date_forms_with_compact,
    is_printed,
    read_amounts,
    repaired,
    repaired_without_underscores,
)
from tests.bench.holdout_codes import (
    is_valid_air_waybill,
    is_valid_gstin,
    is_valid_ogrn,
    strict_td3_errors,
)
from tests.bench.holdout_sets import HoldoutSet, VatRules

# Powers of attorney label their representative "attorney", as sets F to AJ do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents.
# "рубл" covers "рубль", "рубля" and "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar"),
    "EUR": (*holdout_checks.CURRENCY_MARKS["EUR"], "euro"),
}
# Every rouble document of the set prints a mark, the receipt of the self-employed
# designer included ("₽").
UNMARKED_ROUBLE_DOCUMENTS: set[str] = set()
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are states of
# account, and the waybills, whose declared values, cash on delivery and charges are
# not a document value.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "al-ru-bank-statement-startup-acquiring",
    "al-ru-bank-statement-marketplace-seller",
    "al-en-bank-statement-usd-startup",
    "al-ru-waybill-courier-cod",
    "al-en-waybill-air-servers-scan",
}
# The documents that imitate OCR of scans, faxes, screenshots and phone photos.
NOISY_DOCUMENTS = {
    "al-ru-invoice-print-house-fax",
    "al-ru-invoice-it-outsourcing-hours-scan",
    "al-ru-act-licence-transfer-scan",
    "al-ru-act-courier-services-photo",
    "al-ru-upd-print-house-scan",
    "al-ru-upd-sole-proprietor-integration-photo",
    "al-ru-payment-order-marketplace-payout-scan",
    "al-ru-packing-list-furniture-scan",
    "al-ru-receipt-self-employed-screenshot",
    "al-ru-passport-designer-scan",
    "al-en-invoice-indian-qa-gst-scan",
    "al-en-waybill-air-servers-scan",
    "al-en-packing-list-servers-photo",
    "al-en-passport-armenian-representative-scan",
    "al-en-receipt-domain-renewal-screenshot",
}
# Russian documents that spell their total in words, checked against
# `amount_words_ru` after the look-alike repair.
TOTALS_IN_WORDS = {
    "al-ru-invoice-licences-exempt-and-services",
    "al-ru-invoice-cloud-april-prepayment",
    "al-ru-invoice-print-house-fax",
    "al-ru-invoice-office-furniture",
    "al-ru-invoice-it-outsourcing-hours-scan",
    "al-ru-act-cloud-hosting-march",
    "al-ru-act-it-outsourcing-hours",
    "al-ru-act-licence-transfer-scan",
    "al-ru-act-courier-services-photo",
    "al-ru-upd-marketplace-commission",
    "al-ru-upd-sole-proprietor-integration-photo",
    "al-ru-payment-order-licence-advance",
    "al-ru-payment-order-self-employed-designer",
    "al-ru-payment-order-marketplace-payout-scan",
    "al-ru-payment-order-cod-remittance",
    "al-ru-contract-sublicence-software",
    "al-ru-contract-office-furniture",
}
# Dates printed by a camera, a stamp, a bank, an export, a translation or a copy note,
# and other dates of the same paper (due dates, periods, validity, births), with the
# day each one states. None of them is the document's date.
OTHER_DATES = {
    "al-ru-invoice-licences-exempt-and-services": [
        ("действителен до 13.03.2026", "2026-03-13")
    ],
    "al-ru-invoice-cloud-april-prepayment": [
        ("Оплатить до: 07.04.2026", "2026-04-07"),
        ("внесенный 12.01.2026", "2026-01-12"),
    ],
    "al-ru-invoice-office-furniture": [("ДМ-26/015 от 10.03.2026", "2026-03-10")],
    "al-ru-invoice-it-outsourcing-hours-scan": [
        ("«ПиксельБот» 03.04.2026", "2026-04-03")
    ],
    "al-ru-act-cloud-hosting-march": [("выгрузка от 01.04.2026", "2026-04-01")],
    "al-ru-act-it-outsourcing-hours": [("от 01.09.2025", "2025-09-01")],
    "al-ru-act-courier-services-photo": [("IMG_20260401_093518", "2026-04-01")],
    "al-ru-upd-office-furniture": [
        ("№ 355 от 12.03.2026", "2026-03-12"),
        ("завершены 09.04.2026", "2026-04-09"),
    ],
    "al-ru-upd-print-house-scan": [("БЕЛОВА И. А. 23.03.2026", "2026-03-23")],
    "al-ru-upd-marketplace-commission": [("Ефимов С. Б., 02.04.2026", "2026-04-02")],
    "al-ru-upd-sole-proprietor-integration-photo": [
        ("IMG_2026O331_201144", "2026-03-31"),
        ("З1.О3.2O26", "2026-03-31"),
    ],
    "al-ru-payment-order-licence-advance": [("ВС-0312 от 03.03.2026", "2026-03-03")],
    "al-ru-payment-order-self-employed-designer": [
        ("акт № 2 от 06.03.2026", "2026-03-06")
    ],
    "al-ru-payment-order-marketplace-payout-scan": [
        ("ПРОВЕДЕHО 08.04.2026", "2026-04-08")
    ],
    "al-ru-payment-order-cod-remittance": [("23.03.2026-29.03.2026", "2026-03-23")],
    "al-ru-contract-sublicence-software": [("№ 18427 от 14.09.2023", "2023-09-14")],
    "al-ru-bank-statement-startup-acquiring": [
        ("сформирована 07.04.2026 08:15", "2026-04-07")
    ],
    "al-ru-bank-statement-marketplace-seller": [
        ("Дата формирования: 09.04.2026", "2026-04-09")
    ],
    "al-ru-other-commission-agent-report": [
        ("продавца 01.04.2026 06:00", "2026-04-01"),
        ("до 10.04.2026", "2026-04-10"),
    ],
    "al-ru-waybill-courier-cod": [("доставки: 28.03.2026", "2026-03-28")],
    "al-ru-passport-designer-scan": [
        ("03.05.1998", "1998-05-03"),
        ("l6.02.2026", "2026-02-16"),
    ],
    "al-ru-power-of-attorney-furniture-acceptance": [
        ("по 30 апреля 2026 г.", "2026-04-30")
    ],
    "al-ru-letter-cloud-tariff-change": [("до 31.05.2026", "2026-05-31")],
    "al-en-invoice-saas-subscription-usd": [("April 15, 2026", "2026-04-15")],
    "al-en-invoice-serbian-dev-shop-eur": [
        ("13 March 2026", "2026-03-13"),
        ("30 March 2026", "2026-03-30"),
    ],
    "al-en-invoice-indian-qa-gst-scan": [("dated 27-Mar-2025", "2025-03-27")],
    "al-en-act-milestone-acceptance": [("builds of 11 March 2026", "2026-03-11")],
    "al-en-upd-translation-servers": [("Moscow, April 6, 2026", "2026-04-06")],
    "al-en-payment-order-mt103-dev-shop": [("Printed: 25.03.2026", "2026-03-25")],
    "al-en-contract-software-licence": [("from 1 March 2026", "2026-03-01")],
    "al-en-contract-statement-of-work": [("dated 15 October 2025", "2025-10-15")],
    "al-en-bank-statement-usd-startup": [("Generated on 11.04.2026", "2026-04-11")],
    "al-en-other-app-store-payout": [("6 April 2026", "2026-04-06")],
    "al-en-waybill-air-servers-scan": [("RЕCEIVED 22.O3.2026", "2026-03-22")],
    "al-en-passport-armenian-representative-scan": [
        ("14 JUN /JUIN 89", "1989-06-14"),
        ("l1 FEB /FÉVR З4", "2034-02-11"),
    ],
    "al-en-receipt-domain-renewal-screenshot": [("April 2, 2027", "2027-04-02")],
    "al-en-power-of-attorney-armenian-representative": [
        ("until 31 December 2026", "2026-12-31")
    ],
    "al-en-letter-saas-price-change": [("before May 31, 2026", "2026-05-31")],
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {
    "al-ru-invoice-print-house-fax": "N2 ТО-0417",
    "al-ru-payment-order-marketplace-payout-scan": "N2 90417",
}
# Codes of foreign parties, printed and never labelled: IBANs of a Cypriot vendor and
# a Serbian studio, the studio's PIB and an Indian vendor's GSTIN.
FOREIGN_IDENTIFIERS = {
    "al-en-invoice-saas-subscription-usd": {"CY60002001280000001204837215": "iban"},
    "al-en-invoice-serbian-dev-shop-eur": {
        "RS14160005012000417381": "iban",
        "112847363": "pib",
    },
    "al-en-act-milestone-acceptance": {"112847363": "pib"},
    "al-en-payment-order-mt103-dev-shop": {"RS14160005012000417381": "iban"},
    "al-en-invoice-indian-qa-gst-scan": {"29AAHCK4821M1Z3": "gstin"},
    "al-en-contract-statement-of-work": {"29AAHCK4821M1Z3": "gstin"},
}
# INNs printed for a company or person with no role in the document. They belong to
# the right holder of the software, the furniture maker named in the power of attorney
# and the counterparties of the statements. Both parties of the commission agent report
# and the sender of the letter print theirs too.
INNS_WITHOUT_ROLE = {
    "al-ru-contract-sublicence-software": ("1672536612",),
    "al-ru-power-of-attorney-furniture-acceptance": ("7390661422",),
    "al-ru-bank-statement-startup-acquiring": (
        "7822265130",
        "7768896159",
        "7109315474",
        "5255869727",
    ),
    "al-ru-bank-statement-marketplace-seller": (
        "666837074589",
        "7717827929",
        "7789958279",
        "5017871319",
    ),
    "al-ru-other-commission-agent-report": ("5017871319", "7836729021"),
    "al-ru-letter-cloud-tariff-change": ("7768896159",),
}
# Amounts printed beside the total that are not the total. They are advances and
# rests, VAT-exempt licences and taxed services alone, VAT and sums without it. Others
# are a deposit, an account balance, a grant credit, a discount, hourly sums, cash on
# delivery and the fees withheld from it, and marketplace sales, fees and fines. The
# rest are the price of one licence or server, agreement values and milestones,
# instalments, hourly rates and their cap, and bank charges.
COMPETING_AMOUNTS = {
    "al-ru-invoice-licences-exempt-and-services": [
        "469800.00",
        "720000.00",
        "39600.00",
        "900000.00",
    ],
    "al-ru-invoice-cloud-april-prepayment": ["50000.00", "1501.60", "123000.00"],
    "al-ru-invoice-print-house-fax": ["109620.00", "2880.00", "24116.40"],
    "al-ru-invoice-office-furniture": ["595482.00", "976200.00"],
    "al-ru-invoice-it-outsourcing-hours-scan": ["484000.00", "106480.00"],
    "al-ru-act-cloud-hosting-march": [
        "150000.00",
        "141720.00",
        "20000.00",
        "1501.60",
    ],
    "al-ru-act-it-outsourcing-hours": ["484000.00", "210800.00", "223600.00"],
    "al-ru-act-licence-transfer-scan": ["469800.00", "720000.00"],
    "al-ru-act-courier-services-photo": ["1628420.00", "24426.30", "336894.00"],
    "al-ru-upd-office-furniture": ["595482.00", "976200.00"],
    "al-ru-upd-print-house-scan": ["109620.00", "24116.40"],
    "al-ru-upd-marketplace-commission": ["2367850.00", "422785.17"],
    "al-ru-payment-order-licence-advance": [
        "939600.00",
        "360000.00",
        "109800.00",
        "19800.00",
    ],
    "al-ru-payment-order-marketplace-payout-scan": [
        "2367850.00",
        "515797.50",
        "3000.00",
    ],
    "al-ru-payment-order-cod-remittance": ["418640.00", "6279.60"],
    "al-ru-contract-sublicence-software": ["24000.00", "720000.00"],
    "al-ru-contract-office-furniture": ["595482.00", "119096.40"],
    "al-ru-other-commission-agent-report": [
        "2486300.00",
        "515797.50",
        "1849052.50",
    ],
    "al-en-invoice-saas-subscription-usd": ["900.00", "412.50", "90.00"],
    "al-en-invoice-serbian-dev-shop-eur": ["55200.00", "16800.00", "20000.00"],
    "al-en-invoice-indian-qa-gst-scan": ["9860.00", "29580.00", "616.00"],
    "al-en-act-milestone-acceptance": ["55200.00", "16800.00", "20000.00"],
    "al-en-upd-translation-servers": ["9491200.00", "3473779.20", "1186400.00"],
    "al-en-payment-order-mt103-dev-shop": ["2150.00"],
    "al-en-contract-software-licence": [
        "48000.00",
        "9600.00",
        "17280.00",
        "240.00",
    ],
    "al-en-contract-statement-of-work": ["9860.00", "3360.00", "28.00"],
    "al-en-other-app-store-payout": ["11420.00", "7842.16"],
    "al-en-receipt-domain-renewal-screenshot": ["249.00", "24.90"],
}
# Numbers that are neither a label nor part of one: licence keys, serial numbers,
# tickets, merchant ids, tracking numbers, register entries, customs declarations and
# other orders, with the document that prints each.
OTHER_NUMBERS = {
    "al-ru-invoice-licences-exempt-and-services": ("18427",),
    "al-ru-invoice-cloud-april-prepayment": ("7741-226", "ОГ-ДО-2025/7741"),
    "al-ru-invoice-print-house-fax": ("ЗК-26-1187",),
    "al-ru-act-it-outsourcing-hours": ("PB-1187", "PB-1263", "АС-ИТ/2025-19"),
    "al-ru-act-licence-transfer-scan": ("VRST-8K2M-47QX-T9LD-5520",),
    "al-ru-contract-sublicence-software": ("18427", "ЛД-12/2023"),
    "al-ru-bank-statement-startup-acquiring": ("7700284416", "52187"),
    "al-ru-other-commission-agent-report": ("558214", "0318-4471"),
    "al-ru-waybill-courier-cod": ("SK260327418527RU", "GD-26-88153"),
    "al-en-invoice-saas-subscription-usd": ("ACC-77120", "sub-9KQ2M7TX41", "INC-3318"),
    "al-en-upd-translation-servers": (
        "FRW24S0318001",
        "10005030/240326/5018472",
        "2026-T-0877",
    ),
    "al-en-packing-list-servers-photo": ("FRW24S0318004", "FRW-CI-260318"),
    "al-en-other-app-store-payout": ("3301928", "201934827K"),
    "al-en-receipt-domain-renewal-screenshot": ("44182907", "7H2Q9K"),
}
# Documents of one deal mapped to the documents whose numbers they print.
CITATIONS = {
    "al-ru-invoice-licences-exempt-and-services": (
        "al-ru-contract-sublicence-software",
    ),
    "al-ru-payment-order-licence-advance": (
        "al-ru-invoice-licences-exempt-and-services",
        "al-ru-contract-sublicence-software",
    ),
    "al-ru-act-licence-transfer-scan": (
        "al-ru-contract-sublicence-software",
        "al-ru-invoice-licences-exempt-and-services",
        "al-ru-payment-order-licence-advance",
    ),
    "al-ru-invoice-it-outsourcing-hours-scan": ("al-ru-act-it-outsourcing-hours",),
    "al-ru-bank-statement-startup-acquiring": (
        "al-ru-invoice-it-outsourcing-hours-scan",
        "al-ru-invoice-cloud-april-prepayment",
        "al-ru-invoice-print-house-fax",
    ),
    "al-ru-upd-print-house-scan": ("al-ru-invoice-print-house-fax",),
    "al-ru-invoice-office-furniture": ("al-ru-contract-office-furniture",),
    "al-ru-upd-office-furniture": (
        "al-ru-contract-office-furniture",
        "al-ru-invoice-office-furniture",
        "al-ru-packing-list-furniture-scan",
    ),
    "al-ru-packing-list-furniture-scan": (
        "al-ru-upd-office-furniture",
        "al-ru-contract-office-furniture",
    ),
    "al-ru-power-of-attorney-furniture-acceptance": (
        "al-ru-contract-office-furniture",
        "al-ru-invoice-office-furniture",
    ),
    "al-ru-upd-marketplace-commission": ("al-ru-other-commission-agent-report",),
    "al-ru-other-commission-agent-report": ("al-ru-upd-marketplace-commission",),
    "al-ru-payment-order-marketplace-payout-scan": (
        "al-ru-other-commission-agent-report",
    ),
    "al-ru-bank-statement-marketplace-seller": (
        "al-ru-payment-order-cod-remittance",
        "al-ru-payment-order-marketplace-payout-scan",
        "al-ru-act-courier-services-photo",
        "al-ru-other-commission-agent-report",
    ),
    "al-en-invoice-serbian-dev-shop-eur": ("al-en-act-milestone-acceptance",),
    "al-en-payment-order-mt103-dev-shop": ("al-en-invoice-serbian-dev-shop-eur",),
    "al-en-invoice-indian-qa-gst-scan": ("al-en-contract-statement-of-work",),
    "al-en-bank-statement-usd-startup": (
        "al-en-other-app-store-payout",
        "al-en-invoice-saas-subscription-usd",
    ),
    "al-en-waybill-air-servers-scan": ("al-en-packing-list-servers-photo",),
    "al-en-power-of-attorney-armenian-representative": (
        "al-en-contract-software-licence",
    ),
    "al-en-passport-armenian-representative-scan": (
        "al-en-power-of-attorney-armenian-representative",
    ),
}
# Statements mapped to the documents whose total one of their lines moves.
STATEMENT_PAYMENTS = {
    "al-ru-bank-statement-startup-acquiring": (
        "al-ru-invoice-it-outsourcing-hours-scan",
        "al-ru-invoice-cloud-april-prepayment",
        "al-ru-invoice-print-house-fax",
    ),
    "al-ru-bank-statement-marketplace-seller": (
        "al-ru-payment-order-cod-remittance",
        "al-ru-payment-order-marketplace-payout-scan",
        "al-ru-upd-sole-proprietor-integration-photo",
    ),
    "al-en-bank-statement-usd-startup": ("al-en-invoice-saas-subscription-usd",),
}
# Statements mapped to their opening balance, incoming and outgoing lines and closing
# balance, as printed.
STATEMENT_TURNOVERS = {
    "al-ru-bank-statement-startup-acquiring": (
        "1 284 516,32",
        ("2 500 000,00", "140 367,60", "183 417,60"),
        ("150 060,00", "133 736,40", "590 480,00", "1 820,00"),
        "3 232 205,12",
    ),
    "al-ru-bank-statement-marketplace-seller": (
        "612 408,17",
        ("412 360,40", "38 970,00", "1 849 052,50"),
        ("96 000,00", "336 894,00", "1 200,00"),
        "2 478 697,07",
    ),
    "al-en-bank-statement-usd-startup": (
        "3,418.27",
        ("7,842.16",),
        ("1,222.50", "25.00"),
        "10,012.93",
    ),
}
# Card acquiring lines of the start-up's statement: the sales, the acquirer's
# commission of 1.6% and the sum credited, as printed.
ACQUIRING_LINES = {
    "al-ru-bank-statement-startup-acquiring": (
        ("142 650,00", "2 282,40", "140 367,60"),
        ("186 400,00", "2 982,40", "183 417,60"),
    ),
}
ACQUIRING_RATE = Decimal("0.016")
# Documents that bill VAT-exempt licences beside services taxed at 22%, mapped to the
# licences, the services without VAT and the VAT, as printed.
EXEMPT_AND_TAXED = {
    "al-ru-invoice-licences-exempt-and-services": (
        "720 000,00",
        "180 000,00",
        "39 600,00",
    ),
    "al-ru-act-licence-transfer-scan": ("720 000,00", "180 000,00", "39 600,00"),
    "al-ru-contract-sublicence-software": ("720 000,00", "180 000,00", "39 600,00"),
}
EXEMPTION_GROUND = "подп. 26 п. 2 ст. 149 НК РФ"
# The hours act mapped to its rows (hours, rate, sum) as printed, and its VAT.
HOURLY_ROWS = {
    "al-ru-act-it-outsourcing-hours": (
        (
            ("62", "3 400,00", "210 800,00"),
            ("86", "2 600,00", "223 600,00"),
            ("16", "3 100,00", "49 600,00"),
        ),
        "106 480,00",
    ),
}
# The cloud act's consumption lines, the grant credited against them and the VAT, as
# printed.
CLOUD_ACT_LINES = {
    "al-ru-act-cloud-hosting-march": (
        ("57 600,00", "40 800,00", "21 360,00", "6 840,00", "3 120,00", "12 000,00"),
        "20 000,00",
        "26 778,40",
    ),
}
# The COD transfer mapped to the COD collected and the 1.5% fee withheld, as printed.
COD_TRANSFERS = {
    "al-ru-payment-order-cod-remittance": ("418640-00", "6279-60"),
}
COD_FEE_RATE = Decimal("0.015")
# The commission agent report, the UPD of its fees and the payout of what is left.
MARKETPLACE_SETTLEMENT = (
    "al-ru-other-commission-agent-report",
    "al-ru-upd-marketplace-commission",
    "al-ru-payment-order-marketplace-payout-scan",
)
# The report's sales, returns, sales net of returns, fees with VAT, fine and payout,
# as printed.
MARKETPLACE_REPORT = (
    "2 486 300,00",
    "118 450,00",
    "2 367 850,00",
    "515 797,50",
    "3 000,00",
    "1 849 052,50",
)
# The app store statement's gross sales, refunds, net sales, 15% commission, taxes and
# net proceeds, as printed.
APP_STORE_PAYOUT = {
    "al-en-other-app-store-payout": (
        "11,420.00",
        "312.40",
        "11,107.60",
        "1,666.14",
        "1,599.30",
        "7,842.16",
    ),
}
# The self-employed designer's receipt and the payment order that pays her.
SELF_EMPLOYED_RECEIPT = (
    "al-ru-receipt-self-employed-screenshot",
    "al-ru-payment-order-self-employed-designer",
)
# Air waybill numbers: a three-digit airline prefix and an eight-digit serial whose last
# digit is the first seven mod 7.
AIR_WAYBILLS = {"al-en-waybill-air-servers-scan"}
# Personal accounts of the cloud provider's client. They are not bank accounts and not
# the document's number.
PERSONAL_ACCOUNTS = {
    "al-ru-invoice-cloud-april-prepayment": "7741-226",
    "al-ru-act-cloud-hosting-march": "7741-226",
    "al-ru-letter-cloud-tariff-change": "7741-226",
}
# The Russian passport mapped to the series printed before its six-digit number.
PASSPORT_SERIES = {"al-ru-passport-designer-scan": "45 18"}
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"al-en-passport-armenian-representative-scan"}
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_al()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def is_valid_pib(code: str) -> bool:
    """Check a Serbian PIB: nine digits whose last is the ISO 7064 MOD 11,10 check."""
    if re.fullmatch(r"\d{9}", code) is None:
        return False
    product = 10
    for digit in code[:8]:
        remainder = (product + int(digit)) % 10 or 10
        product = remainder * 2 % 11
    return int(code[8]) == (11 - product) % 10


# The check for each kind of code in FOREIGN_IDENTIFIERS.
FOREIGN_IDENTIFIER_CHECKS = {
    "iban": is_valid_iban,
    "gstin": is_valid_gstin,
    "pib": is_valid_pib,
}


HOLDOUT_SET = HoldoutSet(
    name="al",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        set(ACQUIRING_LINES),
        set(EXEMPT_AND_TAXED),
        set(HOURLY_ROWS),
        set(CLOUD_ACT_LINES),
        set(COD_TRANSFERS),
        set(MARKETPLACE_SETTLEMENT),
        set(APP_STORE_PAYOUT),
        set(SELF_EMPLOYED_RECEIPT),
        AIR_WAYBILLS,
        set(PERSONAL_ACCOUNTS),
    ),
    requisite_counts=(2, 18, 20),
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
    other_numbers=OTHER_NUMBERS,
    noisy_amount_sample=("Итого: 85 O00 ₽", "85000.00"),
    look_alike_sample=("ИНН 783672902l", "ИНН 7836729021"),
    check_digit_samples=(
        (is_valid_ogrn, "1141625261898", "1141625261899"),
        (is_valid_ogrn, "324668394071691", "324668394071692"),
        (is_valid_gstin, "29AAHCK4821M1Z3", "29AAHCK4821M1Z4"),
        (is_valid_pib, "112847363", "112847364"),
        (is_valid_iban, "RS14160005012000417381", "RS14160005012000417382"),
        (is_valid_air_waybill, "612-48271635", "612-48271636"),
    ),
    amount_value_samples={
        "1 284 516,32": "1284516.32",
        "418640-00": "418640.00",
        "10,012.93": "10012.93",
    },
)


@pytest.mark.parametrize(
    ("statement_id", "lines"),
    sorted(ACQUIRING_LINES.items()),
    ids=sorted(ACQUIRING_LINES),
)
def test_acquiring_lines_net_of_commission(statement_id, lines):
    text = DOCUMENTS_BY_ID[statement_id].text
    for sales, commission, credited in lines:
        for printed in (sales, commission, credited):
            assert printed in text, f"{printed!r} not printed"
        sales_value = amount_value(sales)
        commission_value = amount_value(commission)
        assert commission_value == sales_value * ACQUIRING_RATE, f"{commission} rate"
        assert sales_value - commission_value == amount_value(credited), credited


@pytest.mark.parametrize(
    ("document_id", "parts"),
    sorted(EXEMPT_AND_TAXED.items()),
    ids=sorted(EXEMPT_AND_TAXED),
)
def test_exempt_licences_and_taxed_services_make_total(document_id, parts):
    document = DOCUMENTS_BY_ID[document_id]
    licences, services, vat = parts
    text = document.text
    if document.noisy:
        text = text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    for printed in parts:
        assert printed in text, f"{printed!r} not printed"
    ground = repaired(EXEMPTION_GROUND)
    assert ground in repaired(document.text), "VAT exemption ground not printed"
    assert amount_value(vat) == amount_value(services) * Decimal("0.22"), "VAT rate"
    value = amount_value(licences) + amount_value(services) + amount_value(vat)
    assert value == Decimal(document.expected["total"]), f"parts sum to {value}"


@pytest.mark.parametrize(
    ("document_id", "rows"), sorted(HOURLY_ROWS.items()), ids=sorted(HOURLY_ROWS)
)
def test_hourly_rows_make_total(document_id, rows):
    document = DOCUMENTS_BY_ID[document_id]
    lines, vat = rows
    without_vat = Decimal(0)
    for hours, rate, amount in lines:
        row = re.compile(
            rf"\|\s+{hours}\s+\|\s+{re.escape(rate)}\s+\|\s+{re.escape(amount)}\s+\|"
        )
        assert row.search(document.text), f"row {hours} h x {rate} not printed"
        assert int(hours) * amount_value(rate) == amount_value(amount), amount
        without_vat += amount_value(amount)
    assert vat in document.text, f"VAT {vat} not printed"
    assert amount_value(vat) == without_vat * Decimal("0.22"), "VAT rate"
    total = without_vat + amount_value(vat)
    assert total == Decimal(document.expected["total"]), f"rows make {total}"


@pytest.mark.parametrize(
    ("document_id", "parts"),
    sorted(CLOUD_ACT_LINES.items()),
    ids=sorted(CLOUD_ACT_LINES),
)
def test_cloud_act_grant_lowers_sum_before_vat(document_id, parts):
    document = DOCUMENTS_BY_ID[document_id]
    lines, grant, vat = parts
    for printed in (*lines, grant, vat):
        assert printed in document.text, f"{printed!r} not printed"
    assert f"-{grant}" in document.text, "grant is not a credit"
    net = sum(amount_value(printed) for printed in lines) - amount_value(grant)
    assert amount_value(vat) == net * Decimal("0.22"), "VAT is not 22% of the net"
    total = net + amount_value(vat)
    assert total == Decimal(document.expected["total"]), f"lines make {total}"


@pytest.mark.parametrize(
    ("document_id", "parts"), sorted(COD_TRANSFERS.items()), ids=sorted(COD_TRANSFERS)
)
def test_cod_transfer_is_collected_less_fee(document_id, parts):
    document = DOCUMENTS_BY_ID[document_id]
    collected, fee = parts
    for printed in parts:
        assert printed in document.text, f"{printed!r} not printed"
    assert amount_value(fee) == amount_value(collected) * COD_FEE_RATE, "fee rate"
    transferred = amount_value(collected) - amount_value(fee)
    assert transferred == Decimal(document.expected["total"]), f"{transferred}"


def test_marketplace_report_settles_upd_and_payout():
    report_id, upd_id, payout_id = MARKETPLACE_SETTLEMENT
    report = DOCUMENTS_BY_ID[report_id]
    sales, returns, net, fees, fine, payout = MARKETPLACE_REPORT
    for printed in MARKETPLACE_REPORT:
        assert printed in report.text, f"{printed!r} not printed"
    assert amount_value(sales) - amount_value(returns) == amount_value(net)
    rest = amount_value(net) - amount_value(fees) - amount_value(fine)
    assert rest == amount_value(payout), f"net less fees and fine is {rest}"
    upd_total = Decimal(DOCUMENTS_BY_ID[upd_id].expected["total"])
    assert upd_total == amount_value(fees), "UPD total is not the report's fees"
    payout_total = Decimal(DOCUMENTS_BY_ID[payout_id].expected["total"])
    assert payout_total == amount_value(payout), "payout is not the report's rest"
    assert report.expected["total"] is None, "the report has a total"


@pytest.mark.parametrize(
    ("document_id", "figures"),
    sorted(APP_STORE_PAYOUT.items()),
    ids=sorted(APP_STORE_PAYOUT),
)
def test_app_store_payout_adds_up(document_id, figures):
    document = DOCUMENTS_BY_ID[document_id]
    gross, refunds, net_sales, commission, taxes, proceeds = figures
    for printed in figures:
        assert printed in document.text, f"{printed!r} not printed"
    assert amount_value(gross) - amount_value(refunds) == amount_value(net_sales)
    expected_commission = (amount_value(net_sales) * Decimal("0.15")).quantize(
        Decimal("0.01")
    )
    assert amount_value(commission) == expected_commission, "commission is not 15%"
    rest = amount_value(net_sales) - amount_value(commission) - amount_value(taxes)
    assert rest == amount_value(proceeds), f"net proceeds {rest}"
    assert document.expected["total"] is None, "the payout statement has a total"


def test_self_employed_receipt_matches_payment():
    receipt_id, payment_id = SELF_EMPLOYED_RECEIPT
    receipt = DOCUMENTS_BY_ID[receipt_id].expected
    payment = DOCUMENTS_BY_ID[payment_id].expected
    seller_inn = receipt["parties.seller.inn"]
    assert len(seller_inn) == 12, "the self-employed seller has no 12-digit INN"
    assert "parties.seller.kpp" not in receipt, "a receipt labels INNs only"
    assert payment["parties.payee.inn"] == seller_inn, "payee is not the seller"
    assert payment["parties.payee.kpp"] is None, "a person's KPP is labelled"
    assert payment["parties.payee.account"].startswith("40817"), "not a card account"
    assert payment["total"] == receipt["total"], "receipt and payment differ"
    assert payment["parties.payer.inn"] == receipt["parties.buyer.inn"]


@pytest.mark.parametrize("document_id", sorted(AIR_WAYBILLS), ids=sorted(AIR_WAYBILLS))
def test_air_waybill_number_valid(document_id):
    number = DOCUMENTS_BY_ID[document_id].expected["number"]
    assert is_valid_air_waybill(number), f"air waybill {number} has a wrong check"


@pytest.mark.parametrize(
    ("document_id", "account"),
    sorted(PERSONAL_ACCOUNTS.items()),
    ids=sorted(PERSONAL_ACCOUNTS),
)
def test_personal_account_not_labelled(document_id, account):
    document = DOCUMENTS_BY_ID[document_id]
    assert account in document.text, f"{account} not printed"
    assert account not in document.expected.values(), f"{account} is a label"
    assert account not in document.expected["number"], "number holds the account"
