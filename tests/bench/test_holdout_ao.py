"""Form and consistency of the set AO benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date
from decimal import Decimal

import pytest

from bench.holdout import is_valid_iban
from bench.holdout_ao import load_holdout_ao
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
    is_valid_foreign_identifier,
    is_valid_gstin,
    is_valid_kz_bin,
    is_valid_ogrn,
    is_valid_wagon_number,
    strict_td3_errors,
)
from tests.bench.holdout_sets import HoldoutSet, VatRules

# Powers of attorney label their representative "attorney", as sets F to AN do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents and by the currencies
# of its Kazakh, Norwegian and Indian partners. "рубл" covers "рубль", "рубля" and
# "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar"),
    "EUR": (*holdout_checks.CURRENCY_MARKS["EUR"], "euro", "евро"),
    "KZT": ("KZT", "₸", "тенге"),
    "NOK": ("NOK", "kroner"),
    "INR": ("INR", "₹", "Rupees"),
}
# The hotel's cash receipt prints no currency mark, as Russian cash receipts do.
UNMARKED_ROUBLE_DOCUMENTS = {"ao-ru-receipt-hotel-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are states of
# account, and the waybills, whose freight charge is not a document value or which
# name no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "ao-ru-bank-statement-contractor",
    "ao-en-bank-statement-usd",
    "ao-ru-waybill-rail-diesel-scan",
    "ao-en-waybill-bill-of-lading-scan",
    "ao-en-waybill-cmr-norway",
}
# The documents that imitate OCR of scans, faxes and phone photos.
NOISY_DOCUMENTS = {
    "ao-ru-invoice-crane-ip-photo",
    "ao-ru-invoice-helicopter-fax",
    "ao-ru-act-kazakh-directional-scan",
    "ao-ru-upd-diesel-rail-scan",
    "ao-ru-upd-camp-catering-scan",
    "ao-ru-payment-order-diesel-advance-scan",
    "ao-ru-other-daily-drilling-report-scan",
    "ao-ru-waybill-rail-diesel-scan",
    "ao-ru-receipt-hotel-photo",
    "ao-ru-passport-driller-scan",
    "ao-en-invoice-norwegian-service-nok-fax",
    "ao-en-other-mill-test-certificate-scan",
    "ao-en-waybill-bill-of-lading-scan",
    "ao-en-receipt-vadodara-hotel-photo",
    "ao-en-passport-indian-engineer-scan",
}
# Russian documents that spell their rouble total in words in one run of text. The
# payment orders on form 0401060 break the words with the caption "прописью" and are
# left out.
TOTALS_IN_WORDS = {
    "ao-ru-invoice-drilling-well-2417",
    "ao-ru-invoice-diesel-rail-tanks",
    "ao-ru-invoice-crane-ip-photo",
    "ao-ru-invoice-helicopter-fax",
    "ao-ru-act-geological-survey",
    "ao-ru-act-helicopter-shift-transfer",
    "ao-ru-act-crane-rental",
    "ao-ru-upd-equipment-rental",
    "ao-ru-payment-order-diesel-advance-scan",
    "ao-ru-payment-order-crane-ip-ibank",
    "ao-ru-contract-well-drilling",
    "ao-ru-contract-equipment-rental",
}
# Dates printed beside the document's date, with the day each one states: cited
# contracts, invoices, acts and payments, work periods, due dates, validity, fax
# headers, camera and scan file names, stamps, receipt, translation and birth dates.
OTHER_DATES = {
    "ao-ru-invoice-drilling-well-2417": [
        ("№ ВН-26/014-Б от 12.01.2026", "2026-01-12"),
        ("п/п № 112 от 20.01.2026", "2026-01-20"),
    ],
    "ao-ru-invoice-diesel-rail-tanks": [
        ("№ 72/26-Т от 15.01.2026", "2026-01-15"),
        ("действителен до 13.02.2026", "2026-02-13"),
    ],
    "ao-ru-invoice-crane-ip-photo": [
        ("IMG_20260302_091215", "2026-03-02"),
        ("от 12.01.2026", "2026-01-12"),
    ],
    "ao-ru-invoice-kazakh-directional-kzt": [
        ("от 24.11.2025", "2025-11-24"),
        ("№ 27 от 28.02.2026", "2026-02-28"),
    ],
    "ao-ru-invoice-helicopter-fax": [
        ("O3/O3/2O26 O9:4l", "2026-03-03"),
        ("Оплата до l2.O3.2026", "2026-03-12"),
    ],
    "ao-ru-act-geological-survey": [
        ("№ 12 от 25.02.2026", "2026-02-25"),
        ("п/п № 804 от 22.01.2026", "2026-01-22"),
    ],
    "ao-ru-act-kazakh-directional-scan": [("Дата пoдписaния 04.03.2026", "2026-03-04")],
    "ao-ru-act-helicopter-shift-transfer": [
        ("№ 7 от 03.02.2026", "2026-02-03"),
        ("от 14.01.2026", "2026-01-14"),
    ],
    "ao-ru-act-crane-rental": [("№ 6 от 16.02.2026", "2026-02-16")],
    "ao-ru-upd-diesel-rail-scan": [
        ("N2 318 от 10.02.2O26", "2026-02-10"),
        ("ПОЛУЧЕНО  21.O2.2O26", "2026-02-21"),
    ],
    "ao-ru-upd-drilling-well-2418": [
        ("дата получения 02.04.2026", "2026-04-02"),
        ("от 27.03.2026", "2026-03-27"),
    ],
    "ao-ru-upd-equipment-rental": [("№ 1 от 31.01.2026", "2026-01-31")],
    "ao-ru-upd-camp-catering-scan": [
        ("lMG_2O26O3O2_O9l5", "2026-03-02"),
        ("от 29.12.2025", "2025-12-29"),
    ],
    "ao-ru-payment-order-producer-drilling": [
        ("№ 412/ПР от 27.02.2026", "2026-02-27"),
        ("№ 37 от 02.03.2026", "2026-03-02"),
    ],
    "ao-ru-payment-order-diesel-advance-scan": [("от l5.0l.2026", "2026-01-15")],
    "ao-ru-payment-order-crane-ip-ibank": [
        ("до 14.10.2026", "2026-10-14"),
        ("№ 14 от 27.02.2026", "2026-02-27"),
    ],
    "ao-ru-payment-order-helicopter": [("№ 206 от 02.03.2026", "2026-03-02")],
    "ao-ru-contract-well-drilling": [
        ("01.02.2026", "2026-02-01"),
        ("до 31.12.2026", "2026-12-31"),
    ],
    "ao-ru-contract-equipment-rental": [
        ("по 01.05.2026", "2026-05-01"),
        ("до 30.01.2026", "2026-01-30"),
    ],
    "ao-ru-other-mutual-offset": [
        ("№ 52 от 31.03.2026", "2026-03-31"),
        ("от 15.01.2026", "2026-01-15"),
    ],
    "ao-ru-other-daily-drilling-report-scan": [
        ("CKAH_2O26O2l6_O7O2", "2026-02-16"),
        ("Bepтoлeтный рейс — 21.О2.2O26", "2026-02-21"),
    ],
    "ao-ru-waybill-rail-diesel-scan": [
        ("Срок доставки: 24.02.2026", "2026-02-24"),
        ("K BЬIДAЧE  2O.O2.2O26", "2026-02-20"),
    ],
    "ao-ru-packing-list-rental-equipment": [
        ("от 19.01.2026", "2026-01-19"),
        ("29.01.2026", "2026-01-29"),
    ],
    "ao-ru-bank-statement-contractor": [
        ("сформирована 12.03.2026 08:14", "2026-03-12"),
        ("на 04.03.2026", "2026-03-04"),
    ],
    "ao-ru-receipt-hotel-photo": [
        ("IMG_20260216_204907", "2026-02-16"),
        ("10.02.2026–13.О2.2026", "2026-02-10"),
    ],
    "ao-ru-passport-driller-scan": [
        ("03.05.1988", "1988-05-03"),
        ("О2.02.2026", "2026-02-02"),
    ],
    "ao-ru-power-of-attorney-receive-diesel": [
        ("28 февраля 2026", "2026-02-28"),
        ("22.07.2014", "2014-07-22"),
    ],
    "ao-ru-letter-claim-downtime": [
        ("№ 7 от 16.02.2026", "2026-02-16"),
        ("от 12.01.2026", "2026-01-12"),
    ],
    "ao-en-invoice-norwegian-parts-eur": [
        ("14 November 2025", "2025-11-14"),
        ("22 February 2026", "2026-02-22"),
    ],
    "ao-en-invoice-indian-casing-usd": [
        ("dated 20.01.2026", "2026-01-20"),
        ("paid 27.01.2026", "2026-01-27"),
    ],
    "ao-en-invoice-norwegian-service-nok-fax": [
        ("on site 24.O2.2026", "2026-02-24"),
        ("Due date: 08.04.2026", "2026-04-08"),
    ],
    "ao-en-act-norwegian-field-service": [
        ("16 February 2026", "2026-02-16"),
        ("4 March 2026", "2026-03-04"),
    ],
    "ao-en-upd-drilling-translation": [
        ("on 16 March 2026", "2026-03-16"),
        ("date of receipt 03.03.2026", "2026-03-03"),
    ],
    "ao-en-payment-order-mt103-casing": [("registered\n27.01.2026", "2026-01-27")],
    "ao-en-contract-indian-casing": [
        ("28 February 2026", "2026-02-28"),
        ("30 April 2026", "2026-04-30"),
    ],
    "ao-en-other-mill-test-certificate-scan": [
        ("on 10.O2.2026", "2026-02-10"),
        ("11.02.2O26", "2026-02-11"),
    ],
    "ao-en-waybill-bill-of-lading-scan": [("scan_20260305_bl", "2026-03-05")],
    "ao-en-waybill-cmr-norway": [("Nizhnevartovsk, 06.02.2026", "2026-02-06")],
    "ao-en-packing-list-norwegian-crates": [],
    "ao-en-bank-statement-usd": [("Generated on 07.03.2026", "2026-03-07")],
    "ao-en-receipt-vadodara-hotel-photo": [
        ("IMG_20260214_231955", "2026-02-14"),
        ("Arrival: 09.02.2026", "2026-02-09"),
    ],
    "ao-en-passport-indian-engineer-scan": [
        ("l7/О9/l986", "1986-09-17"),
        ("11/06/2033", "2033-06-11"),
    ],
    "ao-en-power-of-attorney-mill-inspection": [
        ("19.10.2017", "2017-10-19"),
        ("until 31 March 2026", "2026-03-31"),
    ],
    "ao-en-letter-norwegian-delay": [
        ("25 January 2026", "2026-01-25"),
        ("15 March 2026", "2026-03-15"),
    ],
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {
    "ao-ru-invoice-crane-ip-photo": "N2 14",
    "ao-ru-invoice-helicopter-fax": "N2 2О6",
    "ao-ru-upd-diesel-rail-scan": "N2 392",
    "ao-ru-upd-camp-catering-scan": "N2 84",
    "ao-ru-payment-order-diesel-advance-scan": "N2 318",
    "ao-ru-waybill-rail-diesel-scan": "N2 ЭЖ481726",
    "ao-ru-receipt-hotel-photo": "N2 211",
    "ao-ru-other-daily-drilling-report-scan": "N2 38",
}
# Codes of foreign parties, printed and never labelled: the Kazakh BIN, IIN and
# IBAN, the Norwegian organisation numbers and IBAN, the German IBAN of the Norwegian
# maker's euro account and the Indian GSTINs.
FOREIGN_IDENTIFIERS = {
    "ao-ru-invoice-kazakh-directional-kzt": {
        "KZ12965KZT4109466852": "iban",
        "150740076084": "kz_bin",
    },
    "ao-ru-act-kazakh-directional-scan": {
        "150740076084": "kz_bin",
        "861121393425": "kz_iin",
    },
    "ao-en-invoice-norwegian-parts-eur": {
        "DE42200411550418207300": "iban",
        "971218762": "no_org",
    },
    "ao-en-invoice-norwegian-service-nok-fax": {
        "NO8496080868917": "iban",
        "971218762": "no_org",
    },
    "ao-en-act-norwegian-field-service": {"971218762": "no_org"},
    "ao-en-waybill-cmr-norway": {"964377251": "no_org"},
    "ao-en-letter-norwegian-delay": {"971218762": "no_org"},
    "ao-en-invoice-indian-casing-usd": {"24AAKCS4821M1Z2": "gstin"},
    "ao-en-contract-indian-casing": {"24AAKCS4821M1Z2": "gstin"},
    "ao-en-power-of-attorney-mill-inspection": {"24AAKCS4821M1Z2": "gstin"},
    "ao-en-receipt-vadodara-hotel-photo": {"24AAGFV6153K1ZW": "gstin"},
}
# INNs printed for a company with no role in the document: the statement's
# counterparties, both sides of the offset act, the claim's sender, the supplier named
# in the power of attorney and the notify party of the bill of lading.
INNS_WITHOUT_ROLE = {
    "ao-ru-bank-statement-contractor": (
        "8603787784",
        "860350612391",
        "8602146107",
        "8602453845",
        "8604339070",
        "7203679292",
    ),
    "ao-ru-other-mutual-offset": ("8603787784", "8602921740"),
    "ao-ru-letter-claim-downtime": ("8603787784",),
    "ao-ru-power-of-attorney-receive-diesel": ("7203679292",),
    "ao-en-waybill-bill-of-lading-scan": ("2315945803",),
}
# Amounts printed beside the total that are not the total. They are sums without VAT
# and VAT, advances and rests to pay, and rates per metre, day, hour, tonne and
# person-day. Others are the railway tariff, penalties, a security deposit and the sums
# of an offset.
COMPETING_AMOUNTS = {
    "ao-ru-invoice-drilling-well-2417": [
        "17930000.00",
        "3944600.00",
        "3281190.00",
        "18593410.00",
        "412000.00",
    ],
    "ao-ru-invoice-diesel-rail-tanks": [
        "17818440.00",
        "10869248.40",
        "84058.00",
        "593440.00",
    ],
    "ao-ru-invoice-crane-ip-photo": ["379200.00", "3950.00", "14400.00"],
    "ao-ru-invoice-kazakh-directional-kzt": ["9240000.00", "310000.00"],
    "ao-ru-invoice-helicopter-fax": ["1700400.00", "160440.00", "286500.00"],
    "ao-ru-act-geological-survey": ["1145000.00", "419070.00", "977830.00"],
    "ao-ru-act-kazakh-directional-scan": ["9240000.00", "8060000.00"],
    "ao-ru-act-helicopter-shift-transfer": ["1700400.00", "160440.00", "21120.00"],
    "ao-ru-act-crane-rental": ["379200.00", "76000.00", "2400.00"],
    "ao-ru-upd-diesel-rail-scan": ["17700965.50", "10869248.40", "10725929.51"],
    "ao-ru-upd-drilling-well-2418": ["15772000.00", "3469840.00"],
    "ao-ru-upd-equipment-rental": ["5920000.00", "22582200.00", "128000.00"],
    "ao-ru-upd-camp-catering-scan": ["1916880.00", "421713.60", "1180.00"],
    "ao-ru-payment-order-producer-drilling": ["3281190.00", "222000.00"],
    "ao-ru-payment-order-diesel-advance-scan": ["1960028.40"],
    "ao-ru-payment-order-helicopter": ["160440.00", "21120.00"],
    "ao-ru-contract-well-drilling": [
        "48856000.00",
        "8940648.00",
        "412000.00",
        "18500.00",
    ],
    "ao-ru-contract-equipment-rental": ["18510000.00", "1500000.00", "64000.00"],
    "ao-ru-other-mutual-offset": ["2528175.74", "19241840.00", "16713664.26"],
    "ao-ru-letter-claim-downtime": ["222000.00", "46800.00"],
    "ao-en-invoice-norwegian-parts-eur": ["83600.00", "25515.00", "59535.00"],
    "ao-en-invoice-indian-casing-usd": ["101347.56", "405390.24", "301948.80"],
    "ao-en-invoice-norwegian-service-nok-fax": ["133200.00", "38460.00"],
    "ao-en-act-norwegian-field-service": ["133200.00", "14800.00"],
    "ao-en-upd-drilling-translation": ["17930000.00", "3944600.00"],
    "ao-en-contract-indian-casing": ["200400.00", "596400.00"],
    "ao-en-receipt-vadodara-hotel-photo": ["34600.00", "3114.00"],
    "ao-en-letter-norwegian-delay": ["29300.00", "3860.00", "85050.00", "59535.00"],
}
# Numbers that are neither a label nor part of one. They are contracts, orders,
# payments and waybills cited, a subsoil licence, wells, rigs and tank cars. Others are
# a payer code of the railway, fiscal data, a unit code, a currency control number, an
# export licence reference, heats and a part number.
OTHER_NUMBERS = {
    "ao-ru-invoice-drilling-well-2417": ("ВН-26/014-Б", "ХМН 04217 НЭ"),
    "ao-ru-invoice-diesel-rail-tanks": ("72/26-Т", "791405"),
    "ao-ru-upd-diesel-rail-scan": ("ЭЖ481726", "76503093"),
    "ao-ru-waybill-rail-diesel-scan": ("1004715382", "214127"),
    "ao-ru-payment-order-producer-drilling": ("412/ПР",),
    "ao-ru-act-helicopter-shift-transfer": ("RA-22841", "ПВ-26/03"),
    "ao-ru-other-daily-drilling-report-scan": ("2417", "1142"),
    "ao-ru-packing-list-rental-equipment": ("11-А/26",),
    "ao-ru-receipt-hotel-photo": ("7380440801235921", "0006418327055129"),
    "ao-ru-passport-driller-scan": ("860-021",),
    "ao-en-payment-order-mt103-casing": ("26010047/0725/0018/2/1",),
    "ao-en-invoice-indian-casing-usd": ("AD240326004471R", "MUN-BK-260211"),
    "ao-en-invoice-norwegian-parts-eur": ("SDE-SM-2025/03", "5620-118-00"),
    "ao-en-other-mill-test-certificate-scan": ("H26-0412A", "SM-POA-26/07"),
    "ao-en-waybill-bill-of-lading-scan": ("MUN-BK-260211",),
}
# Documents of one deal mapped to the documents whose numbers they print.
CITATIONS = {
    "ao-ru-invoice-drilling-well-2417": ("ao-ru-contract-well-drilling",),
    "ao-ru-payment-order-producer-drilling": (
        "ao-ru-invoice-drilling-well-2417",
        "ao-ru-contract-well-drilling",
        "ao-ru-letter-claim-downtime",
    ),
    "ao-ru-upd-drilling-well-2418": ("ao-ru-contract-well-drilling",),
    "ao-ru-other-mutual-offset": (
        "ao-ru-upd-drilling-well-2418",
        "ao-ru-contract-well-drilling",
    ),
    "ao-ru-letter-claim-downtime": (
        "ao-ru-contract-well-drilling",
        "ao-ru-other-daily-drilling-report-scan",
    ),
    "ao-ru-payment-order-diesel-advance-scan": ("ao-ru-invoice-diesel-rail-tanks",),
    "ao-ru-upd-diesel-rail-scan": (
        "ao-ru-payment-order-diesel-advance-scan",
        "ao-ru-waybill-rail-diesel-scan",
        "ao-ru-power-of-attorney-receive-diesel",
    ),
    "ao-ru-power-of-attorney-receive-diesel": (
        "ao-ru-invoice-diesel-rail-tanks",
        "ao-ru-waybill-rail-diesel-scan",
    ),
    "ao-ru-payment-order-crane-ip-ibank": (
        "ao-ru-invoice-crane-ip-photo",
        "ao-ru-act-crane-rental",
    ),
    "ao-ru-invoice-helicopter-fax": ("ao-ru-act-helicopter-shift-transfer",),
    "ao-ru-payment-order-helicopter": (
        "ao-ru-invoice-helicopter-fax",
        "ao-ru-act-helicopter-shift-transfer",
    ),
    "ao-ru-upd-camp-catering-scan": ("ao-ru-act-helicopter-shift-transfer",),
    "ao-ru-invoice-kazakh-directional-kzt": ("ao-ru-act-kazakh-directional-scan",),
    "ao-ru-upd-equipment-rental": ("ao-ru-contract-equipment-rental",),
    "ao-ru-packing-list-rental-equipment": ("ao-ru-contract-equipment-rental",),
    "ao-ru-bank-statement-contractor": (
        "ao-ru-invoice-drilling-well-2417",
        "ao-ru-upd-diesel-rail-scan",
        "ao-ru-upd-camp-catering-scan",
        "ao-ru-upd-equipment-rental",
        "ao-ru-invoice-helicopter-fax",
        "ao-ru-payment-order-producer-drilling",
    ),
    "ao-en-invoice-indian-casing-usd": (
        "ao-en-contract-indian-casing",
        "ao-en-other-mill-test-certificate-scan",
    ),
    "ao-en-waybill-bill-of-lading-scan": (
        "ao-en-invoice-indian-casing-usd",
        "ao-en-contract-indian-casing",
    ),
    "ao-en-payment-order-mt103-casing": (
        "ao-en-invoice-indian-casing-usd",
        "ao-en-contract-indian-casing",
    ),
    "ao-en-bank-statement-usd": (
        "ao-en-payment-order-mt103-casing",
        "ao-en-invoice-indian-casing-usd",
    ),
    "ao-en-other-mill-test-certificate-scan": (
        "ao-en-contract-indian-casing",
        "ao-en-power-of-attorney-mill-inspection",
    ),
    "ao-en-power-of-attorney-mill-inspection": ("ao-en-contract-indian-casing",),
    "ao-en-invoice-norwegian-parts-eur": ("ao-en-packing-list-norwegian-crates",),
    "ao-en-packing-list-norwegian-crates": ("ao-en-invoice-norwegian-parts-eur",),
    "ao-en-waybill-cmr-norway": (
        "ao-en-invoice-norwegian-parts-eur",
        "ao-en-packing-list-norwegian-crates",
    ),
    "ao-en-letter-norwegian-delay": (
        "ao-en-invoice-norwegian-parts-eur",
        "ao-en-waybill-cmr-norway",
    ),
    "ao-en-invoice-norwegian-service-nok-fax": ("ao-en-act-norwegian-field-service",),
}
# Statements mapped to the documents whose total one of their lines moves.
STATEMENT_PAYMENTS = {
    "ao-ru-bank-statement-contractor": (
        "ao-ru-payment-order-producer-drilling",
        "ao-ru-payment-order-crane-ip-ibank",
        "ao-ru-payment-order-helicopter",
        "ao-ru-upd-camp-catering-scan",
        "ao-ru-upd-equipment-rental",
    ),
    "ao-en-bank-statement-usd": ("ao-en-payment-order-mt103-casing",),
}
# Statements mapped to their opening balance, incoming and outgoing lines, closing
# balance and printed turnovers (debit, credit), as printed.
STATEMENT_TURNOVERS = {
    "ao-ru-bank-statement-contractor": (
        "32 418 906,37",
        ("24 680 150,00", "18 371 410,00"),
        (
            "31 796 268,75",
            "469 600,00",
            "1 881 960,00",
            "2 338 593,60",
            "7 222 400,00",
            "10 725 929,51",
            "3 500,00",
        ),
        "21 032 214,51",
        ("54 438 251,86", "43 051 560,00"),
    ),
    "ao-en-bank-statement-usd": (
        "12,406.18",
        ("405,500.00",),
        ("405,390.24", "45.00"),
        "12,470.94",
        ("405,435.24", "405,500.00"),
    ),
}
# The dollar purchase: dollars, rate and roubles as the rouble statement prints them,
# and the dollars and rate as the dollar statement prints them.
CURRENCY_PURCHASE = (
    "ao-ru-bank-statement-contractor",
    ("405 500,00", "78,4125", "31 796 268,75"),
    "ao-en-bank-statement-usd",
    ("405,500.00", "78.4125"),
)
# UPD mapped to their lines (quantity, price, value without VAT, VAT rate, VAT), as
# printed. An empty price marks a lump sum.
UPD_LINES = {
    "ao-ru-upd-drilling-well-2418": (
        ("3 120", "4 850,00", "15 132 000,00", 22, "3 329 040,00"),
        ("1", "", "640 000,00", 22, "140 800,00"),
    ),
    "ao-ru-upd-equipment-rental": (
        ("27", "128 000,00", "3456000,00", 22, "760320,00"),
        ("56", "36 500,00", "2044000,00", 22, "449680,00"),
        ("1", "420 000,00", "420000,00", 22, "92400,00"),
    ),
    "ao-ru-upd-camp-catering-scan": (
        ("1 596", "1 18О,00", "l 883 280,O0", 22, "414 32l,60"),
        ("80", "420,0O", "33 600,00", 22, "7 392,00"),
    ),
    "ao-en-upd-drilling-translation": (
        ("3,120", "4,850.00", "15,132,000.00", 22, "3,329,040.00"),
        ("1", "2,180,000.00", "2,180,000.00", 22, "479,600.00"),
        ("1.5", "412,000.00", "618,000.00", 22, "135,960.00"),
    ),
}
# The diesel tank cars: number, tonnes in the UPD, kilograms in the railway waybill,
# and value without VAT and VAT in the UPD, as printed. The railway tariff line, without
# VAT and VAT, completes the UPD's total.
DIESEL_TANKS = (
    ("76503093", "61,842", "61 842", "4 260 913,80", "937 401,04"),
    ("75293597", "62,105", "62 lO5", "4 279 034,50", "94l 387,59"),
    ("75945915", "61,930", "61 930", "4 266 977,0O", "938 734,94"),
    ("77279727", "62,418", "62 4l8", "4 300 6O0,20", "946 132,O4"),
)
DIESEL_PRICE_PER_TONNE = Decimal("68900.00")
DIESEL_TARIFF = ("593 44O,ОО", "130 556,80")
# The helicopter act: flight hours of the four flights, the rate per flight hour, and
# the standby hours and rate.
HELICOPTER_FLIGHTS = ("1,40", "1,35", "1,45", "1,40")
HELICOPTER_RATES = (Decimal("286500.00"), 2, Decimal("48000.00"))
# Drilling rates of the contract: metres per well, rate per metre, mobilisation, a rig
# move and the waiting day rate. The claim's penalty per hour, free hours and downtime
# hours follow.
DRILLING_RATES = (3120, Decimal("4850.00"), Decimal("2180000.00"), Decimal("640000.00"))
WAITING_DAY_RATE = Decimal("412000.00")
PENALTY = (Decimal("18500.00"), 12, 24)
# Work lines of the other acts and invoices: (quantity, rate, amount) as printed.
WORK_LINES = {
    "ao-ru-act-geological-survey": (
        ("180", "3 250,00", "585 000,00"),
        ("8", "14 800,00", "118 400,00"),
        ("46", "5 600,00", "257 600,00"),
        ("1", "184 000,00", "184 000,00"),
    ),
    "ao-ru-act-crane-rental": (
        ("96", "3 950,00", "379 200,00"),
        ("2", "38 000,00", "76 000,00"),
        ("6", "2 400,00", "14 400,00"),
    ),
    "ao-ru-invoice-kazakh-directional-kzt": (
        ("56", "165 000,00", "9 240 000,00"),
        ("26", "310 000,00", "8 060 000,00"),
        ("1", "1 450 000,00", "1 450 000,00"),
    ),
    "ao-en-act-norwegian-field-service": (
        ("9", "14,800.00", "133,200.00"),
        ("2", "9,600.00", "19,200.00"),
        ("14", "1,950.00", "27,300.00"),
        ("1", "38,460.00", "38,460.00"),
    ),
    "ao-en-invoice-norwegian-parts-eur": (
        ("12", "1 840,00", "22 080,00"),
        ("2", "14 650,00", "29 300,00"),
        ("6", "2 215,00", "13 290,00"),
        ("1", "18 930,00", "18 930,00"),
        ("1", "1 450,00", "1 450,00"),
    ),
}
# Casing lots: tonnes and price per tonne of each line, as the invoice prints them, and
# the contract's tonnes per lot.
CASING_LINES = (("212.640", "1,420", "301,948.80"), ("131.275", "1,560", "204,789.00"))
CASING_CONTRACT = ((420, Decimal("1420.00")), (260, Decimal("1560.00")))
# The Norwegian crates: crate, net and gross kilograms, as the packing list prints
# them. The CMR carries every crate except SDE-0147/3.
NORWEGIAN_CRATES = (
    ("SDE-0147/1", 96, 148),
    ("SDE-0147/2", 18, 52),
    ("SDE-0147/3", 210, 312),
    ("SDE-0147/4", 88, 176),
)
# The Russian passport mapped to the series printed before its six-digit number.
PASSPORT_SERIES = {"ao-ru-passport-driller-scan": "67 l9"}
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"ao-en-passport-indian-engineer-scan"}
# The MT103 print mapped to its field 32A: value date, currency and amount.
MT103_FIELDS = {"ao-en-payment-order-mt103-casing": "260305USD405390,24"}
# Russian documents dated 2026 that charge VAT print the 2026 base rate of 22% or the
# reduced rate of 10% of domestic air passenger carriage, never the 20% of 2025.
VAT_RATE_PATTERN = re.compile(r"(?:НДС|HДC|НДC|HДС)\D{0,12}?(\d{2})\s?%")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
_SURVEY_ACT = "ao-ru-act-geological-survey"
_CRANE_ACT = "ao-ru-act-crane-rental"
_KAZAKH_INVOICE = "ao-ru-invoice-kazakh-directional-kzt"
_SERVICE_ACT = "ao-en-act-norwegian-field-service"
_PARTS_INVOICE = "ao-en-invoice-norwegian-parts-eur"
DOCUMENTS = load_holdout_ao()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def figure_value(printed: str) -> Decimal:
    """Read one printed amount with `amount_value` after look-alike letters in it are
    read as digits, so a scan's "l 883 280,O0" is 1883280.00."""
    return amount_value(printed.translate(AMOUNT_DIGIT_LOOK_ALIKES))


def quantity_value(printed: str) -> Decimal:
    """Return a count or an hour figure printed as "3 120", "3,120", "1.5" or "1,40".

    A comma before exactly three digits groups thousands here, while `tonnes_value`
    reads the same form as a decimal comma.
    """
    return _quantity(printed, decimal_comma=False)


def tonnes_value(printed: str) -> Decimal:
    """Return a weight in tonnes printed with a decimal comma ("61,842")."""
    return _quantity(printed, decimal_comma=True)


def _quantity(printed: str, *, decimal_comma: bool) -> Decimal:
    digits = printed.translate(AMOUNT_DIGIT_LOOK_ALIKES).replace(" ", "")
    if re.fullmatch(r"\d+(?:[.,]\d+)?", digits) is None:
        raise ValueError(f"invalid quantity {printed!r}: expected a form like 3 120")
    if "," in digits and not decimal_comma and re.fullmatch(r"\d+,\d{3}", digits):
        return Decimal(digits.replace(",", ""))
    return Decimal(digits.replace(",", "."))


def is_valid_norwegian_organisation_number(number: str) -> bool:
    """Check a Norwegian organisation number: nine digits whose last is 11 minus the
    weighted sum of the first eight (weights 3, 2, 7, 6, 5, 4, 3, 2) mod 11."""
    if re.fullmatch(r"\d{9}", number) is None:
        return False
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    total = sum(int(d) * w for d, w in zip(number[:8], weights, strict=True))
    check = (11 - total % 11) % 11
    return check != 10 and check == int(number[8])


# The check for each kind of code in FOREIGN_IDENTIFIERS. A Kazakh БИН and ИИН share
# one check.
FOREIGN_IDENTIFIER_CHECKS = {
    "iban": is_valid_iban,
    "kz_bin": is_valid_kz_bin,
    "kz_iin": is_valid_kz_bin,
    "no_org": is_valid_norwegian_organisation_number,
    "gstin": is_valid_gstin,
}


def vat(amount: Decimal, rate: int) -> Decimal:
    """Return the VAT at `rate` percent of `amount`, rounded to kopecks."""
    return (amount * rate / 100).quantize(Decimal("0.01"))


def other_date_forms(value: date) -> list[str]:
    """Return the forms in which a date of OTHER_DATES may state its day."""
    return [*date_forms_with_compact(value), f"{value:%d-%b-%Y}".upper()]


HOLDOUT_SET = HoldoutSet(
    name="ao",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        set(STATEMENT_TURNOVERS),
        {CURRENCY_PURCHASE[0], CURRENCY_PURCHASE[2]},
        set(UPD_LINES),
        set(WORK_LINES),
    ),
    requisite_counts=(1, 10, 15),
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
    vat=VatRules(minimum_counts={"22": 10, "10": 2}, pattern=VAT_RATE_PATTERN),
    other_dates=OTHER_DATES,
    other_date_forms=other_date_forms,
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
    passport_series=PASSPORT_SERIES,
    other_numbers=OTHER_NUMBERS,
    mt103_fields=MT103_FIELDS,
    noisy_amount_sample=("Всего к оплате: 469 60O,ОО", "469600.00"),
    look_alike_sample=("ИHH 86O292l74O", "ИНН 8602921740"),
    check_digit_samples=(
        (is_valid_ogrn, "1178602218090", "1178602218091"),
        (is_valid_ogrn, "318860301007723", "318860301007724"),
        (is_valid_kz_bin, "150740076084", "150740076085"),
        (is_valid_norwegian_organisation_number, "971218762", "971218763"),
        (is_valid_gstin, "24AAKCS4821M1Z2", "24AAKCS4821M1Z3"),
        (is_valid_iban, "NO8496080868917", "NO8496080868918"),
        (is_valid_wagon_number, "76503093", "76503094"),
    ),
    digit_group_sample=(
        "Счет 4070 2810 6837 8326 6166, ИНН 8602921740.",
        "40702810683783266166",
        "8602921740",
    ),
)


def test_every_document_has_currency_key():
    for document in DOCUMENTS:
        assert "currency" in document.expected, f"{document.id} has no currency key"


@pytest.mark.parametrize(
    ("statement_id", "turnover"),
    sorted(STATEMENT_TURNOVERS.items()),
    ids=sorted(STATEMENT_TURNOVERS),
)
def test_statement_balances_add_up(statement_id, turnover):
    opening, credits, debits, closing, (debit_sum, credit_sum) = turnover
    text = DOCUMENTS_BY_ID[statement_id].text
    for printed in (opening, *credits, *debits, closing, debit_sum, credit_sum):
        assert printed in text, f"{printed!r} not printed"
    incoming = sum(figure_value(printed) for printed in credits)
    outgoing = sum(figure_value(printed) for printed in debits)
    assert incoming == figure_value(credit_sum), f"credits make {incoming}"
    assert outgoing == figure_value(debit_sum), f"debits make {outgoing}"
    expected_closing = figure_value(opening) + incoming - outgoing
    assert expected_closing == figure_value(closing), f"closing {expected_closing}"


def test_currency_purchase_matches_both_statements():
    rouble_id, (dollars, rate, roubles), dollar_id, (dollars_en, rate_en) = (
        CURRENCY_PURCHASE
    )
    rouble_text = DOCUMENTS_BY_ID[rouble_id].text
    dollar_text = DOCUMENTS_BY_ID[dollar_id].text
    assert f"Покупка {dollars} USD по курсу" in rouble_text, dollars
    assert roubles in rouble_text, f"{roubles!r} not printed"
    assert f"{rate} на счет" in rouble_text, rate
    assert f"Purchase of USD {dollars_en} at" in dollar_text, dollars_en
    assert rate_en in dollar_text, rate_en
    rate_value = Decimal(rate.replace(",", "."))
    assert rate_value == Decimal(rate_en), "rates differ"
    assert figure_value(dollars) * rate_value == figure_value(roubles), roubles
    assert figure_value(dollars) == figure_value(dollars_en), dollars_en
    dollar_account = DOCUMENTS_BY_ID[dollar_id].expected[
        "parties.account_holder.account"
    ]
    assert dollar_account in rouble_text, "dollar account not in the rouble statement"


@pytest.mark.parametrize(
    ("document_id", "lines"), sorted(UPD_LINES.items()), ids=sorted(UPD_LINES)
)
def test_upd_lines_make_total(document_id, lines):
    document = DOCUMENTS_BY_ID[document_id]
    total = Decimal(0)
    for quantity, price, without_vat, rate, printed_vat in lines:
        for printed in (price, without_vat, printed_vat):
            assert printed in document.text, f"{printed!r} not printed"
        if price:
            value = quantity_value(quantity) * figure_value(price)
            assert value == figure_value(without_vat), without_vat
        assert vat(figure_value(without_vat), rate) == figure_value(printed_vat)
        total += figure_value(without_vat) + figure_value(printed_vat)
    assert total == Decimal(document.expected["total"]), f"lines make {total}"


@pytest.mark.parametrize(
    ("document_id", "lines"), sorted(WORK_LINES.items()), ids=sorted(WORK_LINES)
)
def test_work_lines_multiply_out(document_id, lines):
    document = DOCUMENTS_BY_ID[document_id]
    for quantity, rate, amount in lines:
        for printed in (rate, amount):
            assert printed in document.text, f"{printed!r} not printed"
        product = quantity_value(quantity) * figure_value(rate)
        assert product == figure_value(amount), f"{quantity} x {rate}"


def test_work_lines_make_totals():
    """Check the sums of the work lines against each document's total and VAT."""
    survey = sum(figure_value(line[2]) for line in WORK_LINES[_SURVEY_ACT])
    assert survey + vat(survey, 22) == Decimal(
        DOCUMENTS_BY_ID[_SURVEY_ACT].expected["total"]
    )
    for document_id in (_CRANE_ACT, _KAZAKH_INVOICE, _SERVICE_ACT, _PARTS_INVOICE):
        lines_sum = sum(figure_value(line[2]) for line in WORK_LINES[document_id])
        total = Decimal(DOCUMENTS_BY_ID[document_id].expected["total"])
        assert lines_sum == total, f"{document_id} lines make {lines_sum}"


def test_crane_documents_agree():
    """Check that the crane invoice, act and payment state one total, which the crane
    owner's statement line repeats, and that the act's hours match the invoice."""
    ids = (
        "ao-ru-invoice-crane-ip-photo",
        _CRANE_ACT,
        "ao-ru-payment-order-crane-ip-ibank",
    )
    totals = {DOCUMENTS_BY_ID[document_id].expected["total"] for document_id in ids}
    assert totals == {"469600.00"}, totals
    invoice = DOCUMENTS_BY_ID[ids[0]].text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    assert "маш.-ч  |   96 |  3 950,00 | 379 200,00" in invoice, "invoice hours"


def test_kazakh_invoice_and_act_agree():
    invoice = DOCUMENTS_BY_ID[_KAZAKH_INVOICE]
    act = DOCUMENTS_BY_ID["ao-ru-act-kazakh-directional-scan"]
    assert invoice.expected["total"] == act.expected["total"], "totals differ"
    assert invoice.expected["currency"] == act.expected["currency"] == "KZT"
    act_text = act.text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    for printed in ("9 240 000,00", "8 060 000,00", "1 450 000,00"):
        assert printed in act_text, f"{printed!r} not in the act"
    assert "аренда за 2 суток не начислена" in invoice.text, "repair days not printed"
    assert "01.02–28.02.2026" in invoice.text, "service month not printed"
    assert "|   26 | 310 000,00 |" in invoice.text, "MWD days are not 28 less 2"


def test_drilling_contract_price_adds_up():
    metres, rate, mobilisation, rig_move = DRILLING_RATES
    document = DOCUMENTS_BY_ID["ao-ru-contract-well-drilling"]
    net = 3 * metres * rate + mobilisation + 2 * rig_move
    assert "48 856 000,00" in document.text, "net price not printed"
    assert net == Decimal("48856000.00"), f"net {net}"
    assert net + vat(net, 22) == Decimal(document.expected["total"]), "price with VAT"
    advance = Decimal(document.expected["total"]) * Decimal("0.15")
    assert "8 940 648,00" in document.text, "advance not printed"
    assert advance == Decimal("8940648.00"), f"advance {advance}"


def test_drilling_invoice_and_payment_add_up():
    """Check the invoice's lines, its 15% advance credit and the payment less the
    advance and the penalty of the claim."""
    metres, rate, mobilisation, _ = DRILLING_RATES
    invoice = DOCUMENTS_BY_ID["ao-ru-invoice-drilling-well-2417"]
    net = metres * rate + mobilisation + Decimal("1.5") * WAITING_DAY_RATE
    total = net + vat(net, 22)
    assert total == Decimal(invoice.expected["total"]), f"invoice {total}"
    advance = (total * Decimal("0.15")).quantize(Decimal("0.01"))
    assert "3 281 190,00" in invoice.text, "advance credit not printed"
    assert advance == Decimal("3281190.00"), f"advance {advance}"
    per_hour, free_hours, downtime_hours = PENALTY
    letter = DOCUMENTS_BY_ID["ao-ru-letter-claim-downtime"].text
    assert f"{downtime_hours} часа" in letter, "downtime hours not in the claim"
    penalty = per_hour * (downtime_hours - free_hours)
    assert "222 000,00" in letter, "penalty not in the claim"
    assert penalty == Decimal("222000.00"), f"penalty {penalty}"
    payment = DOCUMENTS_BY_ID["ao-ru-payment-order-producer-drilling"]
    paid = total - advance - penalty
    assert paid == Decimal(payment.expected["total"]), f"payment {paid}"
    assert "3312877-21" in payment.text, "VAT of the payment not printed"
    assert (paid * 22 / 122).quantize(Decimal("0.01")) == Decimal("3312877.21")


def test_translated_upd_repeats_invoice_total():
    translation = DOCUMENTS_BY_ID["ao-en-upd-drilling-translation"]
    invoice = DOCUMENTS_BY_ID["ao-ru-invoice-drilling-well-2417"]
    assert translation.expected["total"] == invoice.expected["total"]
    assert translation.expected["currency"] == "RUB", "translation is not RUB"


def test_second_well_and_offset_add_up():
    metres, rate, _, rig_move = DRILLING_RATES
    upd = DOCUMENTS_BY_ID["ao-ru-upd-drilling-well-2418"]
    net = metres * rate + rig_move
    assert net + vat(net, 22) == Decimal(upd.expected["total"]), "UPD 52 value"
    offset = DOCUMENTS_BY_ID["ao-ru-other-mutual-offset"].text
    camp = 612 * Decimal("1450.00")
    power = 184560 * Decimal("6.42")
    for printed, value in (("887 400,00", camp), ("1 184 875,20", power)):
        assert printed in offset, f"{printed!r} not printed"
        assert figure_value(printed) == value, printed
    camp_vat = vat(camp, 22) + vat(power, 22)
    assert figure_value("455 900,54") == camp_vat, f"VAT {camp_vat}"
    offset_sum = camp + power + camp_vat
    assert offset_sum == Decimal("2528175.74"), f"offset {offset_sum}"
    rest = Decimal(upd.expected["total"]) - offset_sum
    assert "16 713 664,26" in offset, "rest not printed"
    assert rest == Decimal("16713664.26"), f"rest {rest}"


def test_diesel_documents_add_up():
    """Check each tank car's weight in the UPD against the railway waybill, the value
    and VAT per car, the tariff, the UPD total, the advance and the rest paid."""
    upd = DOCUMENTS_BY_ID["ao-ru-upd-diesel-rail-scan"]
    waybill = DOCUMENTS_BY_ID["ao-ru-waybill-rail-diesel-scan"]
    upd_text = upd.text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    waybill_text = waybill.text.translate(AMOUNT_DIGIT_LOOK_ALIKES)

    total = Decimal(0)
    tonnes = Decimal(0)
    for wagon, weight, kilograms, value, printed_vat in DIESEL_TANKS:
        assert is_valid_wagon_number(wagon), f"wagon {wagon}"
        assert wagon in repaired(waybill.text), f"wagon {wagon} not in the waybill"
        assert weight in upd_text, f"{weight} not in the UPD"
        assert kilograms.translate(AMOUNT_DIGIT_LOOK_ALIKES) in waybill_text
        assert tonnes_value(weight) * 1000 == quantity_value(kilograms), wagon
        line = tonnes_value(weight) * DIESEL_PRICE_PER_TONNE
        assert line.quantize(Decimal("0.01")) == figure_value(value), wagon
        assert vat(figure_value(value), 22) == figure_value(printed_vat), wagon
        total += figure_value(value) + figure_value(printed_vat)
        tonnes += tonnes_value(weight)

    tariff, tariff_vat = DIESEL_TARIFF
    assert vat(figure_value(tariff), 22) == figure_value(tariff_vat), "tariff VAT"
    total += figure_value(tariff) + figure_value(tariff_vat)
    assert total == Decimal(upd.expected["total"]), f"UPD lines make {total}"
    assert "248,295 т" in upd_text, "tonnes not printed"
    assert tonnes == Decimal("248.295"), f"tonnes {tonnes}"
    assert "593440-00" in waybill.text, "railway tariff not in the waybill"

    invoice = DOCUMENTS_BY_ID["ao-ru-invoice-diesel-rail-tanks"]
    advance = DOCUMENTS_BY_ID["ao-ru-payment-order-diesel-advance-scan"]
    assert Decimal(invoice.expected["total"]) / 2 == Decimal(advance.expected["total"])
    rest = total - Decimal(advance.expected["total"])
    assert rest == Decimal("10725929.51"), f"rest {rest}"
    statement = DOCUMENTS_BY_ID["ao-ru-bank-statement-contractor"].text
    assert "10 725 929,51" in statement, "rest not paid in the statement"


def test_helicopter_act_adds_up():
    rate, standby_hours, standby_rate = HELICOPTER_RATES
    act = DOCUMENTS_BY_ID["ao-ru-act-helicopter-shift-transfer"]
    hours = sum(quantity_value(printed) for printed in HELICOPTER_FLIGHTS)
    assert hours == Decimal("5.60"), f"flight hours {hours}"
    for printed in HELICOPTER_FLIGHTS:
        flight = rf"\|\s+{re.escape(printed)} \|"
        assert re.search(flight, act.text), f"flight of {printed} h not printed"
    carriage = hours * rate
    standby = standby_hours * standby_rate
    total = carriage + vat(carriage, 10) + standby + vat(standby, 22)
    assert total == Decimal(act.expected["total"]), f"act makes {total}"
    invoice = DOCUMENTS_BY_ID["ao-ru-invoice-helicopter-fax"]
    assert invoice.expected["total"] == act.expected["total"], "invoice differs"


def test_catering_person_days_match_camp():
    upd = DOCUMENTS_BY_ID["ao-ru-upd-camp-catering-scan"]
    act = DOCUMENTS_BY_ID["ao-ru-act-helicopter-shift-transfer"]
    assert "57 чел" in upd.text, "head count not printed"
    assert "| 1 596|" in upd.text, "person-days are not 57 people x 28 days"
    assert "| Итого      |         |                            |    80 |" in act.text
    assert "|   80 |" in upd.text, "dry rations do not match the passengers"


def test_rental_documents_add_up():
    contract = DOCUMENTS_BY_ID["ao-ru-contract-equipment-rental"]
    daily = Decimal("128000.00") + 2 * Decimal("36500.00")
    assert "201 000,00 руб./сут × 90 сут" in contract.text, "daily rent"
    net = daily * 90 + Decimal("420000.00")
    assert net + vat(net, 22) == Decimal(contract.expected["total"]), "contract"
    upd = DOCUMENTS_BY_ID["ao-ru-upd-equipment-rental"]
    assert "кроме 15.02" in upd.text, "the day of the failure is charged"
    assert "| сут  |   27 |" in upd.text, "top drive days are not 28 less 1"
    assert "| сут  |   56 |" in upd.text, "pump days are not 2 pumps x 28"


def test_casing_documents_add_up():
    invoice = DOCUMENTS_BY_ID["ao-en-invoice-indian-casing-usd"]
    total = Decimal(0)
    for tonnes, rate, amount in CASING_LINES:
        for printed in (tonnes, rate, amount):
            assert printed in invoice.text, f"{printed!r} not printed"
        value = Decimal(tonnes) * Decimal(rate.replace(",", ""))
        assert value == figure_value(amount), amount
        total += value
    assert total == Decimal(invoice.expected["total"]), f"lots make {total}"
    advance = (total * Decimal("0.20")).quantize(Decimal("0.01"))
    assert advance == Decimal("101347.56"), f"advance {advance}"
    payment = DOCUMENTS_BY_ID["ao-en-payment-order-mt103-casing"]
    assert total - advance == Decimal(payment.expected["total"]), "balance paid"
    contract = DOCUMENTS_BY_ID["ao-en-contract-indian-casing"]
    value = sum(tonnes * rate for tonnes, rate in CASING_CONTRACT)
    assert value == Decimal(contract.expected["total"]), f"contract {value}"
    assert "USD 200,400.00" in contract.text, "contract advance not printed"
    assert value * Decimal("0.20") == Decimal("200400.00"), "contract advance"


def test_norwegian_shipment_adds_up():
    invoice = DOCUMENTS_BY_ID[_PARTS_INVOICE]
    packing = DOCUMENTS_BY_ID["ao-en-packing-list-norwegian-crates"]
    cmr = DOCUMENTS_BY_ID["ao-en-waybill-cmr-norway"]
    net = sum(crate[1] for crate in NORWEGIAN_CRATES)
    gross = sum(crate[2] for crate in NORWEGIAN_CRATES)
    assert f"Net weight {net} kg, gross weight {gross} kg" in invoice.text
    assert f"|  21 |     {net} |       {gross} |" in packing.text, "packing totals"
    loaded = [crate for crate in NORWEGIAN_CRATES if crate[0] != "SDE-0147/3"]
    for crate, _, crate_gross in loaded:
        row = rf"\| {re.escape(crate)} \|.*\|\s+{crate_gross} \|"
        assert re.search(row, cmr.text), f"{crate} of {crate_gross} kg not in the CMR"
    loaded_gross = sum(crate[2] for crate in loaded)
    assert f"|          {loaded_gross} |" in cmr.text, "CMR gross weight"
    total = Decimal(invoice.expected["total"])
    assert total * Decimal("0.30") == Decimal("25515.00"), "advance"
    assert total - Decimal("25515.00") == Decimal("59535.00"), "balance"


def test_hotel_receipt_adds_up():
    receipt = DOCUMENTS_BY_ID["ao-en-receipt-vadodara-hotel-photo"]
    taxable = 4 * Decimal("8200.00") + Decimal("1800.00")
    tax = taxable * Decimal("0.09")
    assert tax == Decimal("3114.00"), f"CGST {tax}"
    assert taxable + 2 * tax == Decimal(receipt.expected["total"]), "receipt total"


def test_foreign_identifier_kind_rejected():
    with pytest.raises(ValueError, match="invalid identifier kind"):
        is_valid_foreign_identifier("971218762", "vat", FOREIGN_IDENTIFIER_CHECKS)


def test_figure_value_reads_damage():
    assert figure_value("l 883 280,O0") == Decimal("1883280.00")
    assert figure_value("593 44O,ОО") == Decimal("593440.00")
    assert figure_value("469600-00") == Decimal("469600.00")
    with pytest.raises(ValueError, match="invalid amount"):
        figure_value("1 2345,00")


def test_quantity_value_reads_printed_forms():
    assert quantity_value("3 120") == 3120
    assert quantity_value("3,120") == 3120
    assert quantity_value("1,40") == Decimal("1.40")
    assert tonnes_value("61,842") == Decimal("61.842")
    with pytest.raises(ValueError, match="invalid quantity"):
        quantity_value("3 1x0")
