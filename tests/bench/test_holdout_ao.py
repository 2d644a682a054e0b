"""Form and consistency of the set AO benchmark documents."""

import re
from collections import Counter
from datetime import date
from decimal import Decimal

import pytest

from bench.formats import amount_words_ru
from bench.holdout import is_valid_iban, is_valid_inn
from bench.holdout_ao import load_holdout_ao
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES,
    amount_value,
    check_amount_read_through_look_alikes,
    check_currency_mark,
    check_date_label,
    check_digit_groups_read,
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
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
# Characters of a GSTIN check: digits and capital letters, in order of value.
GSTIN_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
# Clean documents are rendered to page images, so they must fit on one page.
MAX_CLEAN_LINES = 70
MAX_CLEAN_LINE_LENGTH = 110
_SURVEY_ACT = "ao-ru-act-geological-survey"
_CRANE_ACT = "ao-ru-act-crane-rental"
_KAZAKH_INVOICE = "ao-ru-invoice-kazakh-directional-kzt"
_SERVICE_ACT = "ao-en-act-norwegian-field-service"
_PARTS_INVOICE = "ao-en-invoice-norwegian-parts-eur"
DOCUMENTS = load_holdout_ao()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
NOISY_DOCUMENT_LIST = [document for document in DOCUMENTS if document.noisy]
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


def is_valid_ogrn(ogrn: str) -> bool:
    """Check the OGRN key: the first 12 digits mod 11, or for an OGRNIP the first 14
    digits mod 13, then mod 10, equals the last digit."""
    if len(ogrn) == 13:
        return int(ogrn[:12]) % 11 % 10 == int(ogrn[12])
    if len(ogrn) == 15:
        return int(ogrn[:14]) % 13 % 10 == int(ogrn[14])
    return False


def is_valid_kz_code(code: str) -> bool:
    """Check a Kazakh BIN or IIN: the weighted sum of the first 11 digits with weights
    1 to 11 mod 11 is the check digit. A remainder of 10 repeats the sum with weights
    3 to 11, 1, 2, and a second 10 makes the code invalid."""
    if re.fullmatch(r"\d{12}", code) is None:
        return False
    digits = [int(char) for char in code]
    for weights in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
        remainder = sum(d * w for d, w in zip(digits[:11], weights, strict=True)) % 11
        if remainder != 10:
            return remainder == digits[11]
    return False


def is_valid_norwegian_organisation_number(number: str) -> bool:
    """Check a Norwegian organisation number: nine digits whose last is 11 minus the
    weighted sum of the first eight (weights 3, 2, 7, 6, 5, 4, 3, 2) mod 11."""
    if re.fullmatch(r"\d{9}", number) is None:
        return False
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    total = sum(int(d) * w for d, w in zip(number[:8], weights, strict=True))
    check = (11 - total % 11) % 11
    return check != 10 and check == int(number[8])


def is_valid_gstin(gstin: str) -> bool:
    """Check an Indian GSTIN: state code, PAN, entity number, "Z" and a check
    character computed by the Luhn mod 36 algorithm over the first 14 characters."""
    if re.fullmatch(r"\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z]", gstin) is None:
        return False
    total = 0
    for index, char in enumerate(gstin[:14]):
        product = GSTIN_CHARACTERS.index(char) * (2 if index % 2 else 1)
        total += product // 36 + product % 36
    return gstin[14] == GSTIN_CHARACTERS[-total % 36]


def is_valid_foreign_identifier(value: str, kind: str) -> bool:
    """Check a foreign code of one of the kinds that FOREIGN_IDENTIFIERS lists."""
    checks = {
        "iban": is_valid_iban,
        "kz_bin": is_valid_kz_code,
        "kz_iin": is_valid_kz_code,
        "no_org": is_valid_norwegian_organisation_number,
        "gstin": is_valid_gstin,
    }
    if kind not in checks:
        raise ValueError(f"invalid identifier kind {kind!r}: expected one of {checks}")
    return checks[kind](value)


def is_valid_wagon_number(number: str) -> bool:
    """Check a Russian railway wagon number: eight digits whose last makes the sum of
    the digits of the first seven, doubled at odd positions, a multiple of 10."""
    if re.fullmatch(r"\d{8}", number) is None:
        return False
    total = 0
    for index, digit in enumerate(number[:7]):
        product = int(digit) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (total + int(number[7])) % 10 == 0


def mrz_check_digit(field: str) -> str:
    """Return an MRZ check digit: weights 7, 3, 1 over digits, letters (A=10 ...
    Z=35) and fillers ("<" = 0), mod 10."""
    total = 0
    for index, char in enumerate(field):
        if char == "<":
            value = 0
        elif char.isdigit():
            value = int(char)
        else:
            value = ord(char) - ord("A") + 10
        total += value * (7, 3, 1)[index % 3]
    return str(total % 10)


def td3_errors(line: str) -> list[str]:
    """Return the fields of a passport's second MRZ line whose check digit is wrong."""
    fields = {
        "number": (line[0:9], line[9]),
        "birth": (line[13:19], line[19]),
        "expiry": (line[21:27], line[27]),
        "personal": (line[28:42], line[42]),
        "composite": (line[0:10] + line[13:20] + line[21:43], line[43]),
    }
    return [
        name
        for name, (value, check) in fields.items()
        if mrz_check_digit(value) != check
    ]


def vat(amount: Decimal, rate: int) -> Decimal:
    """Return the VAT at `rate` percent of `amount`, rounded to kopecks."""
    return (amount * rate / 100).quantize(Decimal("0.01"))


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
        set(OTHER_NUMBERS),
        set(CITATIONS),
        {cited for cited_ids in CITATIONS.values() for cited in cited_ids},
        set(STATEMENT_PAYMENTS),
        {paid for paid_ids in STATEMENT_PAYMENTS.values() for paid in paid_ids},
        set(STATEMENT_TURNOVERS),
        {CURRENCY_PURCHASE[0], CURRENCY_PURCHASE[2]},
        set(UPD_LINES),
        set(WORK_LINES),
        set(PASSPORT_SERIES),
        MRZ_DOCUMENTS,
        set(MT103_FIELDS),
    )


def test_every_document_labels_number_and_date():
    for document in DOCUMENTS:
        assert document.expected.get("number"), f"{document.id} has no number label"
        assert document.expected.get("date"), f"{document.id} has no date label"
        assert "currency" in document.expected, f"{document.id} has no currency key"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    check_document_id_and_type(document, "ao", ROLES_BY_TYPE)


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
    if document.expected["currency"] is not None:
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
        day = date.fromisoformat(iso)
        forms = [*date_forms(day), f"{day:%Y%m%d}", f"{day:%d-%b-%Y}".upper()]
        compact = printed.replace("_", "")
        readings = [form for form in forms if repaired(form) in repaired(compact)]
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
        assert is_valid_foreign_identifier(value, kind), f"{kind} {value} invalid"


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
    ("document_id", "numbers"), sorted(OTHER_NUMBERS.items()), ids=sorted(OTHER_NUMBERS)
)
def test_other_numbers_printed_not_number(document_id, numbers):
    document = DOCUMENTS_BY_ID[document_id]
    label = repaired(document.expected["number"])
    for number in numbers:
        assert is_printed(number, document.text, document.noisy), f"{number} missing"
        assert repaired(number) != label, f"{number} is the number label"
        assert number not in document.expected.values(), f"{number} is a label"


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


@pytest.mark.parametrize(
    ("document_id", "field"), sorted(MT103_FIELDS.items()), ids=sorted(MT103_FIELDS)
)
def test_mt103_field_32a_matches_labels(document_id, field):
    document = DOCUMENTS_BY_ID[document_id]
    assert f":32A:{field}" in document.text, f"{field!r} not printed"
    match = re.fullmatch(r"(\d{2})(\d{2})(\d{2})([A-Z]{3})(\d+),(\d{2})", field)
    assert match, f"{field!r} is not a 32A value"
    year, month, day, currency, whole, cents = match.groups()
    assert f"20{year}-{month}-{day}" == document.expected["date"], "value date"
    assert currency == document.expected["currency"], "currency"
    assert f"{whole}.{cents}" == document.expected["total"], "amount"


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
    assert td3_errors(lines[1]) == [], td3_errors(lines[1])


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


def test_requisite_checks_find_ibans_and_accounts():
    check_printed_requisite_counts(
        CLEAN_DOCUMENTS,
        min_ibans=1,
        min_correspondent_accounts=10,
        min_settlement_accounts=15,
    )


def test_digit_groups_read_in_statement():
    check_digit_groups_read(
        "Счет 4070 2810 6837 8326 6166, ИНН 8602921740.",
        "40702810683783266166",
        "8602921740",
    )


def test_ogrn_check_rejects_wrong_key():
    assert is_valid_ogrn("1178602218090")
    assert not is_valid_ogrn("1178602218091")
    assert is_valid_ogrn("318860301007723")
    assert not is_valid_ogrn("318860301007724")


def test_foreign_checks_reject_wrong_keys():
    assert is_valid_kz_code("150740076084")
    assert not is_valid_kz_code("150740076085")
    assert is_valid_norwegian_organisation_number("971218762")
    assert not is_valid_norwegian_organisation_number("971218763")
    assert is_valid_gstin("24AAKCS4821M1Z2")
    assert not is_valid_gstin("24AAKCS4821M1Z3")
    assert is_valid_iban("NO8496080868917")
    assert not is_valid_iban("NO8496080868918")


def test_foreign_identifier_kind_rejected():
    with pytest.raises(ValueError, match="invalid identifier kind"):
        is_valid_foreign_identifier("971218762", "vat")


def test_wagon_check_rejects_wrong_digit():
    assert is_valid_wagon_number("76503093")
    assert not is_valid_wagon_number("76503094")


def test_mrz_check_digit_known_value():
    # The ICAO 9303 specimen passport number "L898902C3" has check digit 6.
    assert mrz_check_digit("L898902C3") == "6"
    assert mrz_check_digit("740812") == "2"


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


def test_noisy_amounts_read_look_alikes():
    check_amount_read_through_look_alikes("Всего к оплате: 469 60O,ОО", "469600.00")


def test_noisy_text_compares_through_look_alikes():
    assert repaired("ИHH 86O292l74O") == repaired("ИНН 8602921740")
