"""Form and consistency of the set AM benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date
from decimal import Decimal

import pytest

from bench.formats import MONTHS_EN
from bench.holdout import is_valid_iban
from bench.holdout_am import load_holdout_am
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES,
    OGRN_PATTERN,
    amount_value,
    date_forms_with_compact,
    document_ids,
    is_printed,
    read_amounts,
    repaired,
    repaired_without_underscores,
)
from tests.bench.holdout_codes import (
    is_valid_imo_number,
    is_valid_kz_bin,
    is_valid_ogrn,
    is_valid_tc_kimlik,
    is_valid_usci,
    is_valid_wagon_number,
    strict_td3_errors,
)
from tests.bench.holdout_sets import HoldoutSet, VatRules

# Powers of attorney label their representative "attorney", as sets F to AL do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents and by the UAE
# dirham. "рубл" covers "рубль", "рубля" and "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar", "доллар"),
    "EUR": (*holdout_checks.CURRENCY_MARKS["EUR"], "euro", "евро"),
    "AED": ("AED", "dirham", "дирхам"),
}
# The filling station's receipt prints "=32365,35" and no currency mark.
UNMARKED_ROUBLE_DOCUMENTS = {"am-ru-receipt-fuel-station-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all. The statements' balances are states of
# account. The waybills name no money or a carrier's charge that is not a document
# value. The framework forwarding contract sets its prices in each order.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "am-ru-contract-transport-forwarding",
    "am-ru-waybill-transport-container",
    "am-ru-waybill-smgs-fertiliser-scan",
    "am-ru-bank-statement-forwarder-april",
    "am-en-waybill-bill-of-lading-scan",
    "am-en-waybill-cmr-istanbul-moscow-scan",
    "am-en-bank-statement-forwarder-eur",
}
# The documents that imitate OCR of scans, faxes, screenshots and phone photos.
NOISY_DOCUMENTS = {
    "am-ru-invoice-railway-tariff-fax",
    "am-ru-invoice-customs-broker-scan",
    "am-ru-act-wagon-rent-photo",
    "am-ru-act-truck-carrier-photo",
    "am-ru-upd-toll-roads-scan",
    "am-ru-payment-order-forwarding-rest-scan",
    "am-ru-waybill-smgs-fertiliser-scan",
    "am-ru-receipt-fuel-station-photo",
    "am-ru-passport-driver-scan",
    "am-en-invoice-turkish-carrier-scan",
    "am-en-waybill-bill-of-lading-scan",
    "am-en-waybill-cmr-istanbul-moscow-scan",
    "am-en-packing-list-led-lights-photo",
    "am-en-receipt-jebel-ali-port-screenshot",
    "am-en-passport-turkish-driver-scan",
}
# Russian documents that spell their total in words as `amount_words_ru` does.
TOTALS_IN_WORDS = {
    "am-ru-invoice-port-terminal-handling",
    "am-ru-invoice-railway-tariff-fax",
    "am-ru-invoice-customs-broker-scan",
    "am-ru-act-forwarding-sea-containers",
    "am-ru-act-wagon-rent-photo",
    "am-ru-act-bonded-warehouse-storage",
    "am-ru-act-truck-carrier-photo",
    "am-ru-payment-order-customs-advance",
    "am-ru-payment-order-railway-prepayment",
    "am-ru-payment-order-forwarding-rest-scan",
    "am-ru-payment-order-sole-proprietor-carrier",
}
# Turkish passports print the month in Turkish and in English: "08 HAZ/JUN 21".
TURKISH_MONTHS = (
    "OCA",
    "ŞUB",
    "MAR",
    "NİS",
    "MAY",
    "HAZ",
    "TEM",
    "AĞU",
    "EYL",
    "EKİ",
    "KAS",
    "ARA",
)
# Dates printed by a camera, a screenshot, a fax, a bank or a copy note, and other dates
# of the same paper (discharge, free time, due dates, periods, validity, births), with
# the day each one states. None of them is the document's date.
OTHER_DATES = {
    "am-ru-invoice-port-terminal-handling": [
        ("выгрузка 27.03.2026", "2026-03-27"),
        ("Оплатить не позднее 08.04.2026", "2026-04-08"),
        ("от 12.09.2023", "2023-09-12"),
    ],
    "am-ru-invoice-railway-tariff-fax": [("не позднее O6.O3.2О26", "2026-03-06")],
    "am-ru-invoice-customs-broker-scan": [
        ("O8.O4.2O26", "2026-04-08"),
        ("OЗ.O4.2O26", "2026-04-03"),
    ],
    "am-ru-invoice-kazakh-forwarder-rub": [
        ("до 20.03.2026", "2026-03-20"),
        ("от 24.11.2025", "2025-11-24"),
    ],
    "am-ru-invoice-container-demurrage-usd": [
        ("сданы 13.04.2026", "2026-04-13"),
        ("по 09.04.2026", "2026-04-09"),
    ],
    "am-ru-act-forwarding-sea-containers": [
        ("от 20.02.2026", "2026-02-20"),
        ("от 15.01.2025", "2025-01-15"),
    ],
    "am-ru-act-wagon-rent-photo": [
        ("IMG_2O26O4Ol_lOl522", "2026-04-01"),
        ("O9.Ol.2O26", "2026-01-09"),
    ],
    "am-ru-act-bonded-warehouse-storage": [
        ("выпуск 09.04.2026", "2026-04-09"),
        ("от 22.01.2026", "2026-01-22"),
    ],
    "am-ru-act-truck-carrier-photo": [("ЗO.OЗ.2O26", "2026-03-30")],
    "am-ru-upd-fuel-cards-march": [
        ("Дата получения (приемки): 03.04.2026", "2026-04-03"),
        ("от 02.03.2026", "2026-03-02"),
    ],
    "am-ru-upd-toll-roads-scan": [("O2.O4.2O26", "2026-04-02")],
    "am-ru-upd-port-terminal": [("Дата получения (приемки): 02.04.2026", "2026-04-02")],
    "am-ru-upd-forwarder-truck-istanbul": [
        ("Дата получения (приемки): 16.03.2026", "2026-03-16")
    ],
    "am-ru-payment-order-railway-prepayment": [("от 02.03.2026", "2026-03-02")],
    "am-ru-payment-order-forwarding-rest-scan": [("lO.O4.2O26", "2026-04-10")],
    "am-ru-payment-order-sole-proprietor-carrier": [("от 03.04.2026", "2026-04-03")],
    "am-ru-contract-transport-forwarding": [("до 31.12.2025", "2025-12-31")],
    "am-ru-contract-transport-order-trucks": [("01.04.2026, 08:00", "2026-04-01")],
    "am-ru-waybill-transport-container": [
        ("прибытия 02.04.2026 06:55", "2026-04-02"),
        ("дата 30.03.2026", "2026-03-30"),
    ],
    "am-ru-waybill-smgs-fertiliser-scan": [("l9.Ol.2O26", "2026-01-19")],
    "am-ru-packing-list-fertiliser-wagons": [("от 11.03.2026", "2026-03-11")],
    "am-ru-bank-statement-forwarder-april": [
        ("сформирована 18.04.2026 08:02", "2026-04-18"),
        ("с 13.04.2026", "2026-04-13"),
    ],
    "am-ru-receipt-fuel-station-photo": [("IMG_2O26O3l9_O7l244", "2026-03-19")],
    "am-ru-passport-driver-scan": [
        ("O3.O6.l974", "1974-06-03"),
        ("ЗO.OЗ.2O26", "2026-03-30"),
    ],
    "am-ru-power-of-attorney-driver-containers": [
        ("по 30 апреля 2026 г.", "2026-04-30"),
        ("21.06.2019", "2019-06-21"),
    ],
    "am-ru-letter-customs-inspection-delay": [
        ("поданной 06.04.2026", "2026-04-06"),
        ("до 12:00 08.04.2026", "2026-04-08"),
    ],
    "am-ru-other-forwarding-instruction": [
        ("от 06.02.2026", "2026-02-06"),
        ("10.02.2026", "2026-02-10"),
    ],
    "am-en-invoice-chinese-supplier-usd": [
        ("Nov 20, 2025", "2025-11-20"),
        ("ETD Feb 14, 2026", "2026-02-14"),
        ("Dec 2, 2025", "2025-12-02"),
    ],
    "am-en-invoice-ocean-freight-surcharges": [
        ("14-Feb-2026", "2026-02-14"),
        ("23-Feb-2026", "2026-02-23"),
    ],
    "am-en-invoice-turkish-carrier-scan": [
        ("O5.O3.2O26", "2026-03-05"),
        ("l2.O3.2O26", "2026-03-12"),
    ],
    "am-en-act-uae-agent-services-aed": [
        ("25 February 2026", "2026-02-25"),
        ("20 January 2026", "2026-01-20"),
    ],
    "am-en-upd-translated-3pl-warehouse": [
        ("April 6, 2026", "2026-04-06"),
        ("02.04.2026", "2026-04-02"),
    ],
    "am-en-contract-road-carriage-turkey": [("31 December 2026", "2026-12-31")],
    "am-en-bank-statement-forwarder-eur": [("Generated on 21.03.2026", "2026-03-21")],
    "am-en-waybill-cmr-istanbul-moscow-scan": [("l2.O3.2O26", "2026-03-12")],
    "am-en-packing-list-led-lights-photo": [("IMG_2O26O2O9_l4O3l2", "2026-02-09")],
    "am-en-other-container-delivery-order": [
        ("27 March 2026", "2026-03-27"),
        ("until 9 April 2026", "2026-04-09"),
    ],
    "am-en-passport-turkish-driver-scan": [
        ("l4 EYL/SEP 8l", "1981-09-14"),
        ("O7 HAZ/JUN 3l", "2031-06-07"),
    ],
    "am-en-power-of-attorney-uae-agent": [("31 December 2026", "2026-12-31")],
    "am-en-letter-uae-agent-vessel-delay": [
        ("18 February 2026", "2026-02-18"),
        ("9 March 2026", "2026-03-09"),
    ],
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {
    "am-ru-invoice-railway-tariff-fax": "N2 77OO-O3O2/l48",
    "am-ru-payment-order-forwarding-rest-scan": "N2 264",
}
# Codes of foreign parties, printed and never labelled: the Kazakh БИН and IBAN, the
# Turkish and UAE IBANs, the Chinese USCI and the Turkish driver's T.C. Kimlik number.
FOREIGN_IDENTIFIERS = {
    "am-ru-invoice-kazakh-forwarder-rub": {
        "KZ309641000048172639": "iban",
        "150740045331": "bin",
    },
    "am-ru-waybill-smgs-fertiliser-scan": {"080540094585": "bin"},
    "am-ru-packing-list-fertiliser-wagons": {"080540094585": "bin"},
    "am-en-invoice-chinese-supplier-usd": {"91330206MA2H4K7R1D": "usci"},
    "am-en-invoice-turkish-carrier-scan": {"TR030015800000129847361062": "iban"},
    "am-en-contract-road-carriage-turkey": {"TR030015800000129847361062": "iban"},
    "am-en-payment-order-mt103-turkish-carrier": {"TR030015800000129847361062": "iban"},
    "am-en-bank-statement-forwarder-eur": {"TR030015800000129847361062": "iban"},
    "am-en-act-uae-agent-services-aed": {"AE070610004827163901527": "iban"},
    "am-en-passport-turkish-driver-scan": {"38472916550": "tckn"},
}
# INNs printed for a company with no role in the document: the terminal where the
# containers are taken, the parties of the forwarding instruction, the notify party of
# the bill of lading and the parties named in the delivery order.
INNS_WITHOUT_ROLE = {
    "am-ru-waybill-transport-container": ("7805744615",),
    "am-ru-power-of-attorney-driver-containers": ("7805744615",),
    "am-ru-other-forwarding-instruction": ("7716044153", "7722041584"),
    "am-en-waybill-bill-of-lading-scan": ("7722041584",),
    "am-en-other-container-delivery-order": ("7841773185", "7716044153"),
}
# Amounts printed beside the total that are not the total. They are sums without VAT,
# VAT, single rows, advances and rests, and rouble equivalents of dollar sums. Others
# are the customs value, deposits and balances, rates per trip or day, fees and the
# port charge before VAT.
COMPETING_AMOUNTS = {
    "am-ru-invoice-port-terminal-handling": ["74300.00", "16346.00", "49000.00"],
    "am-ru-invoice-railway-tariff-fax": ["1146720.00", "17324.00", "3124.00"],
    "am-ru-invoice-customs-broker-scan": ["18800.00", "4136.00", "4018362.44"],
    "am-ru-invoice-kazakh-forwarder-rub": ["248100.00", "14400.00"],
    "am-ru-invoice-container-demurrage-usd": ["380.00", "62807.54", "95.00"],
    "am-ru-act-forwarding-sea-containers": [
        "705900.00",
        "350000.00",
        "357770.00",
        "1870.00",
        "396800.00",
    ],
    "am-ru-act-wagon-rent-photo": ["159100.00", "110580.00"],
    "am-ru-act-bonded-warehouse-storage": ["71340.00", "15694.80", "34960.00"],
    "am-ru-act-truck-carrier-photo": ["68000.00", "6000.00"],
    "am-ru-upd-fuel-cards-march": [
        "190634.94",
        "41939.69",
        "250000.00",
        "17425.37",
    ],
    "am-ru-upd-toll-roads-scan": ["201650.00", "44363.00", "199165.00"],
    "am-ru-upd-port-terminal": ["74300.00", "16346.00"],
    "am-ru-upd-forwarder-truck-istanbul": [
        "310333.64",
        "328333.64",
        "3400.00",
        "3960.00",
    ],
    "am-ru-payment-order-railway-prepayment": ["3124.00"],
    "am-ru-payment-order-forwarding-rest-scan": ["1870.00"],
    "am-ru-contract-transport-order-trucks": ["68000.00", "1500.00", "10000.00"],
    "am-ru-receipt-fuel-station-photo": ["5836.37"],
    "am-en-invoice-chinese-supplier-usd": ["14586.00", "34034.00", "29520.00"],
    "am-en-invoice-ocean-freight-surcharges": ["3700.00", "620.00"],
    "am-en-act-uae-agent-services-aed": ["734.10", "1020.00"],
    "am-en-upd-translated-3pl-warehouse": ["216690.00", "47671.80"],
    "am-en-contract-road-carriage-turkey": ["2850.00", "150.00", "300000.00"],
    "am-en-payment-order-mt103-turkish-carrier": ["35.00"],
    "am-en-receipt-jebel-ali-port-screenshot": ["120.00", "6.00"],
}
# Numbers that are neither a label nor part of one: bills of lading, containers, seals,
# customs declarations, contracts and orders cited, railway payer codes, fuel cards, a
# transponder, budget codes, driver's licences and fiscal data.
OTHER_NUMBERS = {
    "am-ru-invoice-port-terminal-handling": (
        "OSCLNGB2602147",
        "OSCU4827166",
        "НКТ-Д-23/0871",
    ),
    "am-ru-invoice-railway-tariff-fax": ("1004738215",),
    "am-ru-invoice-customs-broker-scan": ("10013160/060426/3018472", "ТП-118/25"),
    "am-ru-invoice-kazakh-forwarder-rub": ("20716354", "DTS-RU/2025-11"),
    "am-ru-invoice-container-demurrage-usd": ("OSCLNGB2602147",),
    "am-ru-act-forwarding-sea-containers": ("ТЭ-25/014", "OSCLNGB2602147"),
    "am-ru-act-bonded-warehouse-storage": (
        "10013160/020426/0004418",
        "10013160/060426/3018472",
        "10013/151225/10047",
    ),
    "am-ru-upd-fuel-cards-march": ("ТЛК-1187/24", "7826 0100 4418 0031"),
    "am-ru-upd-toll-roads-scan": ("4630 0047 1128 56",),
    "am-ru-upd-port-terminal": ("НКТ-0401/112",),
    "am-ru-upd-forwarder-truck-istanbul": ("0305471", "ТЭ-26/003"),
    "am-ru-payment-order-customs-advance": (
        "15311009000010000180",
        "45328000",
        "10000010",
    ),
    "am-ru-payment-order-railway-prepayment": ("7700-0302/148", "1004738215"),
    "am-ru-payment-order-forwarding-rest-scan": ("ВТ-0410/03",),
    "am-ru-contract-transport-order-trucks": ("99 27 481563",),
    "am-ru-waybill-transport-container": (
        "10216100/310326/0041875",
        "OS2604817",
    ),
    "am-ru-waybill-smgs-fertiliser-scan": ("1004738215", "95641833"),
    "am-ru-packing-list-fertiliser-wagons": ("20716354", "УХП-KZ/2026-03"),
    "am-ru-bank-statement-forwarder-april": ("9031",),
    "am-ru-receipt-fuel-station-photo": ("52318", "7380440800412187"),
    "am-ru-power-of-attorney-driver-containers": (
        "DO-SPB-260330-0117",
        "OSCLNGB2602147",
    ),
    "am-ru-letter-customs-inspection-delay": ("10013160/060426/3018472",),
    "am-ru-other-forwarding-instruction": ("NBS-EX-260206",),
    "am-en-invoice-chinese-supplier-usd": ("BSL-LE-2025/118", "PI-BSL-251120"),
    "am-en-invoice-ocean-freight-surcharges": ("OSCLNGB2602147", "NGB-BK-2602-3318"),
    "am-en-invoice-turkish-carrier-scan": ("0305471", "VT-KRT/2026-01"),
    "am-en-act-uae-agent-services-aed": ("VT/POA-2026/04", "RCPT-26-0224-77183"),
    "am-en-upd-translated-3pl-warehouse": ("LK-3PL/24-09",),
    "am-en-payment-order-mt103-turkish-carrier": ("KRT2026000000184",),
    "am-en-bank-statement-forwarder-eur": ("VT260320-01", "KRT2026000000184"),
    "am-en-waybill-bill-of-lading-scan": ("NBS-EX-260206", "OSCU4827166"),
    "am-en-waybill-cmr-istanbul-moscow-scan": ("26341300EX012847", "XK 48271936"),
    "am-en-packing-list-led-lights-photo": ("NBS-EX-260206",),
    "am-en-other-container-delivery-order": ("OSCLNGB2602147",),
    "am-en-receipt-jebel-ali-port-screenshot": ("40871",),
    "am-en-passport-turkish-driver-scan": ("38472916550",),
    "am-en-letter-uae-agent-vessel-delay": ("VT-JEA-2602",),
}
# Documents of one deal mapped to the documents whose numbers they print.
CITATIONS = {
    "am-ru-upd-port-terminal": ("am-ru-invoice-port-terminal-handling",),
    "am-ru-payment-order-railway-prepayment": ("am-ru-invoice-railway-tariff-fax",),
    "am-ru-act-forwarding-sea-containers": (
        "am-ru-contract-transport-forwarding",
        "am-ru-other-forwarding-instruction",
        "am-en-waybill-bill-of-lading-scan",
    ),
    "am-ru-payment-order-forwarding-rest-scan": (
        "am-ru-act-forwarding-sea-containers",
        "am-ru-contract-transport-forwarding",
    ),
    "am-ru-act-truck-carrier-photo": ("am-ru-contract-transport-order-trucks",),
    "am-ru-payment-order-sole-proprietor-carrier": (
        "am-ru-act-truck-carrier-photo",
        "am-ru-contract-transport-order-trucks",
    ),
    "am-ru-waybill-transport-container": (
        "am-ru-contract-transport-order-trucks",
        "am-en-waybill-bill-of-lading-scan",
        "am-en-invoice-chinese-supplier-usd",
        "am-en-packing-list-led-lights-photo",
    ),
    "am-ru-power-of-attorney-driver-containers": (
        "am-en-other-container-delivery-order",
        "am-en-waybill-bill-of-lading-scan",
        "am-ru-passport-driver-scan",
    ),
    "am-ru-letter-customs-inspection-delay": ("am-ru-contract-transport-forwarding",),
    "am-ru-invoice-customs-broker-scan": ("am-ru-payment-order-customs-advance",),
    "am-ru-bank-statement-forwarder-april": (
        "am-ru-invoice-port-terminal-handling",
        "am-ru-act-truck-carrier-photo",
        "am-ru-upd-forwarder-truck-istanbul",
        "am-ru-act-forwarding-sea-containers",
        "am-ru-invoice-container-demurrage-usd",
    ),
    "am-ru-invoice-kazakh-forwarder-rub": ("am-ru-waybill-smgs-fertiliser-scan",),
    "am-ru-packing-list-fertiliser-wagons": ("am-ru-waybill-smgs-fertiliser-scan",),
    "am-ru-waybill-smgs-fertiliser-scan": ("am-ru-packing-list-fertiliser-wagons",),
    "am-ru-upd-forwarder-truck-istanbul": ("am-en-waybill-cmr-istanbul-moscow-scan",),
    "am-ru-invoice-container-demurrage-usd": ("am-en-waybill-bill-of-lading-scan",),
    "am-ru-other-forwarding-instruction": (
        "am-en-invoice-chinese-supplier-usd",
        "am-ru-contract-transport-forwarding",
    ),
    "am-en-invoice-ocean-freight-surcharges": ("am-en-waybill-bill-of-lading-scan",),
    "am-en-waybill-bill-of-lading-scan": ("am-en-invoice-chinese-supplier-usd",),
    "am-en-packing-list-led-lights-photo": ("am-en-invoice-chinese-supplier-usd",),
    "am-en-other-container-delivery-order": ("am-en-waybill-bill-of-lading-scan",),
    "am-en-invoice-turkish-carrier-scan": (
        "am-en-waybill-cmr-istanbul-moscow-scan",
        "am-en-contract-road-carriage-turkey",
    ),
    "am-en-payment-order-mt103-turkish-carrier": (
        "am-en-invoice-turkish-carrier-scan",
        "am-en-contract-road-carriage-turkey",
    ),
    "am-en-bank-statement-forwarder-eur": (
        "am-en-payment-order-mt103-turkish-carrier",
        "am-en-invoice-turkish-carrier-scan",
    ),
    "am-en-waybill-cmr-istanbul-moscow-scan": (
        "am-en-passport-turkish-driver-scan",
        "am-en-contract-road-carriage-turkey",
    ),
    "am-en-act-uae-agent-services-aed": (
        "am-en-power-of-attorney-uae-agent",
        "am-en-receipt-jebel-ali-port-screenshot",
    ),
}
# Statements mapped to the documents whose total one of their lines moves.
STATEMENT_PAYMENTS = {
    "am-ru-bank-statement-forwarder-april": (
        "am-ru-invoice-port-terminal-handling",
        "am-ru-payment-order-sole-proprietor-carrier",
        "am-ru-payment-order-forwarding-rest-scan",
        "am-ru-upd-forwarder-truck-istanbul",
    ),
    "am-en-bank-statement-forwarder-eur": (
        "am-en-payment-order-mt103-turkish-carrier",
        "am-en-invoice-turkish-carrier-scan",
    ),
}
# Statements mapped to their opening balance, incoming and outgoing lines, printed
# turnovers (debit, credit) and closing balance, as printed.
STATEMENT_TURNOVERS = {
    "am-ru-bank-statement-forwarder-april": (
        "2 846 315,27",
        ("332 293,64", "357 770,00"),
        ("90 646,00", "142 000,00", "63 014,26", "250 000,00", "1 450,00"),
        ("547 110,26", "690 063,64"),
        "2 989 268,65",
    ),
    "am-en-bank-statement-forwarder-eur": (
        "1,214.60",
        ("2,900.00",),
        ("2,850.00", "35.00"),
        ("2,885.00", "2,900.00"),
        "1,229.60",
    ),
}
# Table rows as (quantity, price, amount): the price and the amount as printed, read
# after the look-alike repair in noisy documents, and the quantity as a number.
ROW_PRODUCTS = {
    "am-ru-invoice-port-terminal-handling": (
        ("2", "24 500,00", "49 000,00"),
        ("6", "1 850,00", "11 100,00"),
        ("2", "6 200,00", "12 400,00"),
        ("2", "900,00", "1 800,00"),
    ),
    "am-ru-invoice-customs-broker-scan": (
        ("1", "9 500,00", "9 500,00"),
        ("4", "1 200,00", "4 800,00"),
        ("1", "4 500,00", "4 500,00"),
    ),
    "am-ru-invoice-kazakh-forwarder-rub": (
        ("6", "41 350,00", "248 100,00"),
        ("6", "2 400,00", "14 400,00"),
    ),
    "am-ru-invoice-container-demurrage-usd": (
        ("4", "95,00", "380,00"),
        ("4", "95,00", "380,00"),
    ),
    "am-ru-act-forwarding-sea-containers": (
        ("2", "198 400,00", "396 800,00"),
        ("2", "58 300,00", "116 600,00"),
        ("2", "92 000,00", "184 000,00"),
        ("1", "8 500,00", "8 500,00"),
    ),
    "am-ru-act-wagon-rent-photo": (
        ("14", "2 150,00", "30 100,00"),
        ("14", "2 150,00", "30 100,00"),
        ("12", "2 150,00", "25 800,00"),
        ("12", "2 150,00", "25 800,00"),
        ("11", "2 150,00", "23 650,00"),
        ("11", "2 150,00", "23 650,00"),
        ("6", "18 430,00", "110 580,00"),
    ),
    "am-ru-act-bonded-warehouse-storage": (
        ("368", "95,00", "34 960,00"),
        ("2", "7 800,00", "15 600,00"),
        ("1", "12 500,00", "12 500,00"),
        ("46", "180,00", "8 280,00"),
    ),
    "am-ru-act-truck-carrier-photo": (
        ("1", "68 000,00", "68 000,00"),
        ("1", "68 000,00", "68 000,00"),
        ("4", "1 500,00", "6 000,00"),
    ),
    "am-ru-upd-fuel-cards-march": (
        ("3184.50", "56,20", "178 968,90"),
        ("212.40", "52,10", "11 066,04"),
        ("4", "150,00", "600,00"),
    ),
    "am-ru-upd-port-terminal": (
        ("2", "24 500,00", "49 000,00"),
        ("6", "1 850,00", "11 100,00"),
        ("2", "6 200,00", "12 400,00"),
        ("2", "900,00", "1 800,00"),
    ),
    "am-ru-receipt-fuel-station-photo": (("412.35", "78,49", "32365,35"),),
    "am-en-invoice-chinese-supplier-usd": (
        ("4800", "6.15", "29,520.00"),
        ("1200", "11.40", "13,680.00"),
        ("2000", "2.71", "5,420.00"),
    ),
    "am-en-invoice-ocean-freight-surcharges": (
        ("2", "1,850.00", "3,700.00"),
        ("2", "310.00", "620.00"),
        ("2", "45.00", "90.00"),
        ("2", "145.00", "290.00"),
        ("2", "12.00", "24.00"),
        ("1", "65.00", "65.00"),
    ),
    "am-en-act-uae-agent-services-aed": (
        ("2", "450.00", "900.00"),
        ("1", "650.00", "650.00"),
        ("12", "85.00", "1,020.00"),
        ("1", "126.00", "126.00"),
    ),
    "am-en-upd-translated-3pl-warehouse": (
        ("1240", "92.00", "114,080.00"),
        ("3860", "18.50", "71,410.00"),
        ("5200", "6.00", "31,200.00"),
    ),
    "am-en-contract-road-carriage-turkey": (("16", "2,850.00", "45,600.00"),),
}
# Documents whose rows above add up to a printed sum, with that sum.
ROW_SUMS = {
    "am-ru-invoice-port-terminal-handling": "74 300,00",
    "am-ru-invoice-customs-broker-scan": "18 800,00",
    "am-ru-invoice-kazakh-forwarder-rub": "262 500,00",
    "am-ru-invoice-container-demurrage-usd": "760,00",
    "am-ru-act-forwarding-sea-containers": "705 900,00",
    "am-ru-act-wagon-rent-photo": "269 680,00",
    "am-ru-act-bonded-warehouse-storage": "71 340,00",
    "am-ru-act-truck-carrier-photo": "142 000,00",
    "am-ru-upd-fuel-cards-march": "190 634,94",
    "am-ru-upd-port-terminal": "74 300,00",
    "am-en-invoice-chinese-supplier-usd": "48,620.00",
    "am-en-invoice-ocean-freight-surcharges": "4,789.00",
    "am-en-act-uae-agent-services-aed": "2,696.00",
    "am-en-upd-translated-3pl-warehouse": "216,690.00",
}
# VAT charged on a printed base, as (base, VAT, rate in percent), all as printed. The
# fuel receipt's VAT, included in its total at 22/122, has a test of its own.
VAT_AMOUNTS = {
    "am-ru-invoice-port-terminal-handling": (("74 300,00", "16 346,00", "22"),),
    "am-ru-invoice-railway-tariff-fax": (("14 200,00", "3 124,00", "22"),),
    "am-ru-invoice-customs-broker-scan": (("18 800,00", "4 136,00", "22"),),
    "am-ru-act-forwarding-sea-containers": (("8 500,00", "1 870,00", "22"),),
    "am-ru-act-bonded-warehouse-storage": (("71 340,00", "15 694,80", "22"),),
    "am-ru-upd-fuel-cards-march": (
        ("178 968,90", "39 373,16", "22"),
        ("11 066,04", "2 434,53", "22"),
        ("600,00", "132,00", "22"),
    ),
    "am-ru-upd-toll-roads-scan": (
        ("163 250,00", "35 915,00", "22"),
        ("38 400,00", "8 448,00", "22"),
    ),
    "am-ru-upd-port-terminal": (
        ("49 000,00", "10 780,00", "22"),
        ("11 100,00", "2 442,00", "22"),
        ("12 400,00", "2 728,00", "22"),
        ("1 800,00", "396,00", "22"),
    ),
    "am-ru-upd-forwarder-truck-istanbul": (("18 000,00", "3 960,00", "22"),),
    "am-en-upd-translated-3pl-warehouse": (
        ("114,080.00", "25,097.60", "22"),
        ("71,410.00", "15,710.20", "22"),
        ("31,200.00", "6,864.00", "22"),
    ),
    "am-en-receipt-jebel-ali-port-screenshot": (("120.00", "6.00", "5"),),
}
# Printed parts whose sum is the document's total label.
TOTAL_PARTS = {
    "am-ru-invoice-port-terminal-handling": ("74 300,00", "16 346,00"),
    "am-ru-invoice-railway-tariff-fax": ("1 146 720,00", "17 324,00"),
    "am-ru-invoice-customs-broker-scan": ("18 800,00", "4 136,00"),
    "am-ru-act-forwarding-sea-containers": ("705 900,00", "1 870,00"),
    "am-ru-act-bonded-warehouse-storage": ("71 340,00", "15 694,80"),
    "am-ru-upd-fuel-cards-march": ("190 634,94", "41 939,69"),
    "am-ru-upd-toll-roads-scan": ("201 650,00", "44 363,00"),
    "am-ru-upd-port-terminal": ("74 300,00", "16 346,00"),
    "am-ru-upd-forwarder-truck-istanbul": ("310 333,64", "18 000,00", "3 960,00"),
    "am-en-upd-translated-3pl-warehouse": ("216,690.00", "47,671.80"),
    "am-en-receipt-jebel-ali-port-screenshot": ("120.00", "6.00"),
    "am-en-invoice-chinese-supplier-usd": ("14,586.00", "34,034.00"),
}
# The forwarding act's advance and rest to pay, as printed, and the payment of the rest.
ADVANCE_AND_REST = (
    "am-ru-act-forwarding-sea-containers",
    "350 000,00",
    "357 770,00",
    "am-ru-payment-order-forwarding-rest-scan",
)
# Currency conversions as (foreign amount, rate, converted amount), as printed: euros
# of the carriage, dollars of detention at two days' rates and euros bought for the
# transfer, each multiplied by its rate and rounded to cents.
CONVERSIONS = {
    "am-ru-upd-forwarder-truck-istanbul": (("3 400,00", "91,2746", "310 333,64"),),
    "am-ru-invoice-container-demurrage-usd": (("760,00", "82,6415", "62 807,54"),),
    "am-ru-bank-statement-forwarder-april": (("760,00", "82,9135", "63 014,26"),),
    "am-en-bank-statement-forwarder-eur": (("2,900.00", "91.3540", "264,926.60"),),
}
# Dirhams converted to dollars at the UAE peg, divided by it and rounded to cents.
PEGGED_CONVERSIONS = {
    "am-en-act-uae-agent-services-aed": ("2,696.00", "3.6725", "734.10"),
}
# Free time and detention: the discharge day, the free days, the last free day and the
# day the empty containers were returned, with the days charged per container.
DETENTION = {
    "am-ru-invoice-container-demurrage-usd": (
        "2026-03-27",
        14,
        "2026-04-09",
        "2026-04-13",
        4,
    ),
}
# The container numbers of the set, each with an ISO 6346 check digit.
CONTAINER_NUMBERS = {"OSCU4827166", "OSCU5190431", "OSCU3076250", "OSCU6128548"}
CONTAINER_PATTERN = re.compile(r"\b[A-Z]{3}U\d{7}\b")
# The six hopper wagons of the fertiliser, each printed in these documents.
WAGON_NUMBERS = (
    "95641833",
    "95642070",
    "95718326",
    "95719407",
    "95881264",
    "95883419",
)
WAGON_DOCUMENTS = {
    "am-ru-act-wagon-rent-photo",
    "am-ru-waybill-smgs-fertiliser-scan",
    "am-ru-packing-list-fertiliser-wagons",
}
# Vessels' IMO numbers and the documents that print them.
IMO_NUMBERS = {
    "9481738": "am-en-waybill-bill-of-lading-scan",
    "9736523": "am-en-act-uae-agent-services-aed",
}
# The TOFK BIK of the customs payee mapped to its single treasury account (ЕКС).
TREASURY_BIKS = {"024501938": "40102810445370000084"}
# The Russian passport mapped to the series printed before its six-digit number.
PASSPORT_SERIES = {"am-ru-passport-driver-scan": "46 19"}
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"am-en-passport-turkish-driver-scan"}
# Russian documents dated 2026 that charge VAT print the 2026 base rate of 22% or the
# rate of 0% for international carriage, never the 20% of 2025.
VAT_RATE_PATTERN = re.compile(r"(?:НДС|HДC)\D{0,12}?(\d{1,2})\s?%")
# A rate with four decimals after a comma or a point.
RATE_PATTERN = re.compile(r"(\d+)[,.](\d{4})")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_am()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def digit_text(document) -> str:
    """Return the text with look-alike letters read as digits when it is noisy."""
    if document.noisy:
        return document.text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    return document.text


def rate_value(printed: str) -> Decimal:
    """Return the value of an exchange rate printed with four decimals ("91,2746").

    Raises ValueError when `printed` is not such a rate.
    """
    match = RATE_PATTERN.fullmatch(printed)
    if match is None:
        raise ValueError(f"invalid rate {printed!r}: expected a form like 91,2746")
    return Decimal(f"{match.group(1)}.{match.group(2)}")


def extra_date_forms(value: date) -> list[str]:
    """Return the forms of a date that `date_forms` lacks: the Turkish passport's
    "08 HAZ/JUN 21" and the upper-case "14 FEB 2026" of a bill of lading.

    The upper-case form matters in noisy documents, whose repair maps the capitals
    "E" and "B" to Cyrillic letters but leaves the lower-case "b" alone.
    """
    turkish = TURKISH_MONTHS[value.month - 1]
    english = MONTHS_EN[value.month - 1][:3].upper()
    return [
        f"{value.day:02} {turkish}/{english} {value.year % 100:02}",
        f"{value.day:02} {english} {value.year}",
    ]


# The check for each kind of code in FOREIGN_IDENTIFIERS.
FOREIGN_IDENTIFIER_CHECKS = {
    "iban": is_valid_iban,
    "bin": is_valid_kz_bin,
    "usci": is_valid_usci,
    "tckn": is_valid_tc_kimlik,
}


def iso6346_check_digit(code: str) -> str:
    """Return the ISO 6346 check digit of a container's owner code and serial.

    Letters count from A = 10 upwards, skipping multiples of 11. Each of the ten
    characters is weighted 2 to the power of its place, and the sum is taken mod 11,
    then mod 10.
    """
    values = {}
    value = 10
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if value % 11 == 0:
            value += 1
        values[letter] = value
        value += 1
    total = sum(
        (values[char] if char.isalpha() else int(char)) * 2**place
        for place, char in enumerate(code)
    )
    return str(total % 11 % 10)


def is_valid_container_number(number: str) -> bool:
    if re.fullmatch(r"[A-Z]{3}[UJZ]\d{7}", number) is None:
        return False
    return iso6346_check_digit(number[:10]) == number[10]


def other_date_forms(value: date) -> list[str]:
    """Return the forms in which a date of OTHER_DATES may state its day."""
    return [*date_forms_with_compact(value), *extra_date_forms(value)]


HOLDOUT_SET = HoldoutSet(
    name="am",
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
        set(ROW_PRODUCTS),
        set(ROW_SUMS),
        set(VAT_AMOUNTS),
        set(TOTAL_PARTS),
        set(CONVERSIONS),
        set(PEGGED_CONVERSIONS),
        set(DETENTION),
        {ADVANCE_AND_REST[0], ADVANCE_AND_REST[3]},
        WAGON_DOCUMENTS,
        set(IMO_NUMBERS.values()),
    ),
    requisite_counts=(3, 18, 25),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=8,
    requisite_printed=is_printed,
    treasury_biks=TREASURY_BIKS,
    treasury_document_ids={"am-ru-payment-order-customs-advance"},
    repaired=repaired,
    extra_date_forms=extra_date_forms,
    read_amounts=read_amounts,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    checks_unlabelled_currency=True,
    requisite_repair=repaired,
    checks_number_and_date_labels=True,
    clean_documents_fit_a_page=True,
    vat=VatRules(
        minimum_counts={"22": 6, "0": 3},
        pattern=VAT_RATE_PATTERN,
        rates_2026=frozenset({"0", "22"}),
    ),
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
    noisy_amount_sample=("Итого: l42 OOO,OO", "142000.00"),
    look_alike_sample=("ИНН 7722O4l584", "ИНН 7722041584"),
    check_digit_samples=(
        (is_valid_wagon_number, "95641833", "95641834"),
        (is_valid_imo_number, "9074729", "9074728"),
        (is_valid_ogrn, "1197720619854", "1197720619855"),
        (is_valid_ogrn, "318698028186905", "318698028186906"),
        (is_valid_kz_bin, "150740045331", "150740045332"),
        (is_valid_usci, "91330206MA2H4K7R1D", "91330206MA2H4K7R1E"),
        (is_valid_tc_kimlik, "38472916550", "38472916551"),
        (is_valid_iban, "AE070610004827163901527", "AE070610004827163901528"),
    ),
    treasury_key_sample=(
        "024501938",
        "03100643400000017384",
        "03100643400000017385",
        "044525741",
    ),
    amount_value_samples={
        "2 846 315,27": "2846315.27",
        "1460000-00": "1460000.00",
        "1,214.60": "1214.60",
    },
)


@pytest.mark.parametrize(
    ("statement_id", "turnover"),
    sorted(STATEMENT_TURNOVERS.items()),
    ids=sorted(STATEMENT_TURNOVERS),
)
def test_statement_balances_add_up(statement_id, turnover):
    opening, credits, debits, printed_totals, closing = turnover
    text = DOCUMENTS_BY_ID[statement_id].text
    for printed in (opening, *credits, *debits, *printed_totals, closing):
        assert printed in text, f"{printed!r} not printed"
    assert credits, "no incoming line"
    assert debits, "no outgoing line"
    incoming = sum(amount_value(printed) for printed in credits)
    outgoing = sum(amount_value(printed) for printed in debits)
    debit_total, credit_total = (amount_value(printed) for printed in printed_totals)
    assert outgoing == debit_total, f"debit lines make {outgoing}"
    assert incoming == credit_total, f"credit lines make {incoming}"
    expected_closing = amount_value(opening) + incoming - outgoing
    assert expected_closing == amount_value(closing), f"closing {expected_closing}"


@pytest.mark.parametrize(
    ("document_id", "rows"), sorted(ROW_PRODUCTS.items()), ids=sorted(ROW_PRODUCTS)
)
def test_rows_multiply_out(document_id, rows):
    text = digit_text(DOCUMENTS_BY_ID[document_id])
    for quantity, price, amount in rows:
        assert price in text, f"price {price!r} not printed"
        assert amount in text, f"amount {amount!r} not printed"
        product = (Decimal(quantity) * amount_value(price)).quantize(Decimal("0.01"))
        assert product == amount_value(amount), f"{quantity} x {price} is {product}"


@pytest.mark.parametrize(
    ("document_id", "printed_sum"), sorted(ROW_SUMS.items()), ids=sorted(ROW_SUMS)
)
def test_rows_add_up_to_printed_sum(document_id, printed_sum):
    text = digit_text(DOCUMENTS_BY_ID[document_id])
    assert printed_sum in text, f"sum {printed_sum!r} not printed"
    rows_sum = sum(amount_value(amount) for _, _, amount in ROW_PRODUCTS[document_id])
    assert rows_sum == amount_value(printed_sum), f"rows make {rows_sum}"


@pytest.mark.parametrize(
    ("document_id", "lines"), sorted(VAT_AMOUNTS.items()), ids=sorted(VAT_AMOUNTS)
)
def test_vat_amounts_match_rates(document_id, lines):
    text = digit_text(DOCUMENTS_BY_ID[document_id])
    for base, vat, rate in lines:
        assert base in text, f"base {base!r} not printed"
        assert vat in text, f"VAT {vat!r} not printed"
        expected = (amount_value(base) * Decimal(rate) / 100).quantize(Decimal("0.01"))
        assert expected == amount_value(vat), f"{rate}% of {base} is {expected}"


def test_fuel_receipt_vat_included():
    text = digit_text(DOCUMENTS_BY_ID["am-ru-receipt-fuel-station-photo"])
    assert "НДС 22%" in text, "VAT rate not printed"
    assert "=5836,37" in text, "VAT amount not printed"
    included = (Decimal("32365.35") * 22 / 122).quantize(Decimal("0.01"))
    assert included == Decimal("5836.37"), f"VAT 22/122 is {included}"


@pytest.mark.parametrize(
    ("document_id", "parts"), sorted(TOTAL_PARTS.items()), ids=sorted(TOTAL_PARTS)
)
def test_parts_make_total(document_id, parts):
    document = DOCUMENTS_BY_ID[document_id]
    text = digit_text(document)
    for part in parts:
        assert part in text, f"part {part!r} not printed"
    value = sum(amount_value(part) for part in parts)
    assert value == Decimal(document.expected["total"]), f"parts make {value}"


def test_rest_payment_pays_act_less_advance():
    act_id, advance, rest, payment_id = ADVANCE_AND_REST
    act = DOCUMENTS_BY_ID[act_id]
    for printed in (advance, rest):
        assert printed in act.text, f"{printed!r} not printed"
    act_total = Decimal(act.expected["total"])
    assert amount_value(advance) + amount_value(rest) == act_total, "parts differ"
    payment_total = DOCUMENTS_BY_ID[payment_id].expected["total"]
    assert Decimal(payment_total) == amount_value(rest), "payment is not the rest"


@pytest.mark.parametrize(
    ("document_id", "conversions"),
    sorted(CONVERSIONS.items()),
    ids=sorted(CONVERSIONS),
)
def test_currency_conversions_multiply_out(document_id, conversions):
    text = DOCUMENTS_BY_ID[document_id].text
    for foreign, rate, converted in conversions:
        for printed in (foreign, rate, converted):
            assert printed in text, f"{printed!r} not printed"
        value = (amount_value(foreign) * rate_value(rate)).quantize(Decimal("0.01"))
        assert value == amount_value(converted), f"{foreign} x {rate} is {value}"


@pytest.mark.parametrize(
    ("document_id", "conversion"),
    sorted(PEGGED_CONVERSIONS.items()),
    ids=sorted(PEGGED_CONVERSIONS),
)
def test_pegged_conversion_divides_out(document_id, conversion):
    text = DOCUMENTS_BY_ID[document_id].text
    local, peg, converted = conversion
    for printed in conversion:
        assert printed in text, f"{printed!r} not printed"
    value = (amount_value(local) / rate_value(peg)).quantize(Decimal("0.01"))
    assert value == amount_value(converted), f"{local} / {peg} is {value}"


@pytest.mark.parametrize(
    ("document_id", "timeline"), sorted(DETENTION.items()), ids=sorted(DETENTION)
)
def test_detention_days_follow_free_time(document_id, timeline):
    discharge, free_days, last_free, returned, charged = timeline
    text = DOCUMENTS_BY_ID[document_id].text
    for iso in (discharge, last_free, returned):
        assert f"{date.fromisoformat(iso):%d.%m.%Y}" in text, f"{iso} not printed"
    assert f"{free_days} суток" in text, "free time not printed"
    first, last = date.fromisoformat(discharge), date.fromisoformat(last_free)
    assert (last - first).days + 1 == free_days, "free time does not end on its day"
    over = (date.fromisoformat(returned) - last).days
    assert over == charged, f"{over} days beyond the free time"


def test_container_numbers_valid():
    for number in CONTAINER_NUMBERS:
        assert is_valid_container_number(number), f"container {number} check digit"


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_printed_containers_known(document):
    for number in CONTAINER_PATTERN.findall(document.text):
        assert number in CONTAINER_NUMBERS, f"unknown container {number}"


def test_container_pattern_finds_numbers():
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    found = set(CONTAINER_PATTERN.findall(texts))
    assert found == CONTAINER_NUMBERS, sorted(found ^ CONTAINER_NUMBERS)


def test_container_check_rejects_wrong_digit():
    assert is_valid_container_number("OSCU4827166")
    assert not is_valid_container_number("OSCU4827167")
    # A widely published example of a valid container number, CSQU 305438 3.
    assert is_valid_container_number("CSQU3054383")


@pytest.mark.parametrize("document_id", sorted(WAGON_DOCUMENTS))
def test_wagon_numbers_printed_and_valid(document_id):
    text = repaired(DOCUMENTS_BY_ID[document_id].text)
    for number in WAGON_NUMBERS:
        assert is_valid_wagon_number(number), f"wagon {number} check digit"
        assert number in text, f"wagon {number} not printed"


@pytest.mark.parametrize(("number", "document_id"), sorted(IMO_NUMBERS.items()))
def test_imo_numbers_printed_and_valid(number, document_id):
    document = DOCUMENTS_BY_ID[document_id]
    assert is_valid_imo_number(number), f"IMO {number} check digit"
    assert is_printed(f"IMO {number}", document.text, document.noisy), "not printed"


def test_rate_value_reads_printed_forms():
    assert rate_value("91,2746") == Decimal("91.2746")
    assert rate_value("3.6725") == Decimal("3.6725")
    with pytest.raises(ValueError, match="invalid rate"):
        rate_value("91,27")
