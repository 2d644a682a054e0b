"""Form and consistency of the set AK benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest

from bench.holdout import is_valid_iban
from bench.holdout_ak import load_holdout_ak
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
    is_valid_imo_number,
    is_valid_nl_vat,
    is_valid_ogrn,
)
from tests.bench.holdout_sets import HoldoutSet, TradeTerms, VatRules

# Powers of attorney label their representative "attorney", as sets F to AJ do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents and by the won.
# "рубл" covers "рубль", "рубля" and "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar"),
    "KRW": ("KRW", "₩", "won"),
}
# The pharmacy receipt prints its total after "ИТОГ =" and no currency mark at all.
UNMARKED_ROUBLE_DOCUMENTS = {"ak-ru-receipt-vet-pharmacy-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are states of
# account, the transport waybill, whose freight charge is not a document value, and the
# bill of lading, which prints no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "ak-ru-bank-statement-farm",
    "ak-ru-waybill-transport-wheat",
    "ak-en-bank-statement-usd",
    "ak-en-waybill-bill-of-lading-scan",
}
# The documents that imitate OCR of scans, faxes and phone photos.
NOISY_DOCUMENTS = {
    "ak-ru-invoice-flour-bakery-fax",
    "ak-ru-invoice-sausages-retail-scan",
    "ak-ru-act-tractor-service-scan",
    "ak-ru-upd-raw-milk-scan",
    "ak-ru-upd-fertiliser-scan",
    "ak-ru-payment-order-mill-advance-scan",
    "ak-ru-packing-list-frozen-fish-scan",
    "ak-ru-receipt-vet-pharmacy-photo",
    "ak-ru-passport-forwarder-scan",
    "ak-ru-other-warehouse-receipt-photo",
    "ak-en-waybill-bill-of-lading-scan",
    "ak-en-packing-list-fish-korea-photo",
    "ak-en-receipt-busan-hotel-photo",
    "ak-en-passport-korean-master-scan",
    "ak-en-other-phytosanitary-scan",
}
# Russian documents that spell their total in words, checked against
# `amount_words_ru` after the look-alike repair.
TOTALS_IN_WORDS = {
    "ak-ru-invoice-fertiliser-1c",
    "ak-ru-invoice-flour-bakery-fax",
    "ak-ru-invoice-leasing-advance",
    "ak-ru-invoice-sausages-retail-scan",
    "ak-ru-invoice-frozen-fish",
    "ak-ru-act-elevator-drying-storage",
    "ak-ru-act-tractor-service-scan",
    "ak-ru-act-vet-herd-vaccination",
    "ak-ru-payment-order-mill-advance-scan",
    "ak-ru-payment-order-farm-elevator",
    "ak-ru-payment-order-fertiliser-internet-bank",
    "ak-ru-payment-order-dairy-raw-milk",
    "ak-ru-contract-wheat-supply",
    "ak-ru-contract-leasing-combine",
}
# Dates printed by a fax header, a camera, a stamp, a bank, an export, a translation or
# a generation, and other dates of the same paper (shipment, due date, harvest,
# production, validity, birth), with the day each one states. None of them is the
# document's date.
OTHER_DATES = {
    "ak-ru-invoice-flour-bakery-fax": [("07/04/2026 08:52", "2026-04-07")],
    "ak-ru-invoice-leasing-advance": [("до 18.03.2026", "2026-03-18")],
    "ak-ru-invoice-frozen-fish": [("полученная 06.04.2026", "2026-04-06")],
    "ak-ru-act-leasing-handover-combine": [
        ("ЭПСМ № 364302019417253 от 18.03.2026", "2026-03-18")
    ],
    "ak-ru-act-tractor-service-scan": [("ВХ. № 77 ОТ 10.04.2О26", "2026-04-10")],
    "ak-ru-act-vet-herd-vaccination": [("учтены 23.03.2026", "2026-03-23")],
    "ak-ru-upd-wheat-farm-to-mill": [("Дата отгрузки: 16.03.2026", "2026-03-16")],
    "ak-ru-upd-raw-milk-scan": [("ПPИНЯТО 02.04.2026", "2026-04-02")],
    "ak-ru-upd-fertiliser-scan": [
        ("IMG_20260409_141207", "2026-04-09"),
        ("Дата получения O8.O4.2026", "2026-04-08"),
    ],
    "ak-ru-payment-order-mill-advance-scan": [("ПРOВЕДЕНО O6.03.2O26", "2026-03-06")],
    "ak-ru-payment-order-fertiliser-internet-bank": [
        ("Документ выгружен: 06.04.2026", "2026-04-06")
    ],
    "ak-ru-contract-leasing-combine": [("до 18.03.2026", "2026-03-18")],
    "ak-ru-bank-statement-farm": [("сформирована 06.04.2026", "2026-04-06")],
    "ak-ru-receipt-vet-pharmacy-photo": [("IMG_20260411_093518", "2026-04-11")],
    "ak-ru-passport-forwarder-scan": [
        ("Дата рождения 11.05.1995", "1995-05-11"),
        ("l3.03.2026", "2026-03-13"),
    ],
    "ak-ru-power-of-attorney-mill-forwarder": [("по 31 марта 2026 г.", "2026-03-31")],
    "ak-ru-letter-crop-insurance": [("№ 36-118 от 09.04.2026", "2026-04-09")],
    "ak-ru-other-vsd-mercury": [("Годен до: 22.04.2026", "2026-04-22")],
    "ak-ru-other-warehouse-receipt-photo": [
        ("IMG_20260312_102244", "2026-03-12"),
        ("28.07.2025", "2025-07-28"),
        ("ДО 30.06.2026", "2026-06-30"),
    ],
    "ak-en-invoice-wheat-egypt": [("Balance due by April 20, 2026", "2026-04-20")],
    "ak-en-upd-translation-wheat": [("Voronezh, April 2, 2026", "2026-04-02")],
    "ak-en-payment-order-mt103-seeds": [("Printed: 19.03.2026", "2026-03-19")],
    "ak-en-waybill-bill-of-lading-scan": [
        ("DATED 24.03.2О26", "2026-03-24"),
        ("RECEIVED 10.04.2O26", "2026-04-10"),
    ],
    "ak-en-bank-statement-usd": [("Generated on 15.04.2026", "2026-04-15")],
    "ak-en-receipt-busan-hotel-photo": [
        ("IMG_20260420_073115", "2026-04-20"),
        ("Arrival 16/04/2О26", "2026-04-16"),
    ],
    "ak-en-passport-korean-master-scan": [
        ("23 АUG 1976", "1976-08-23"),
        ("14 MAR 2О32", "2032-03-14"),
    ],
    "ak-en-letter-seeds-shipment": [("received on 19 March 2026", "2026-03-19")],
    "ak-en-other-phytosanitary-scan": [
        ("10-APR-2026 09:41", "2026-04-10"),
        ("Inspected on 07.04.2026", "2026-04-07"),
    ],
    "ak-en-other-fish-veterinary-certificate": [("until April 25, 2026", "2026-04-25")],
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {
    "ak-ru-invoice-flour-bakery-fax": "N2 412",
    "ak-ru-payment-order-mill-advance-scan": "N2 274",
}
# Registration codes of foreign parties, printed and never labelled: a Dutch VAT number
# and IBAN, Korean business registration numbers and an Egyptian IBAN.
FOREIGN_IDENTIFIERS = {
    "ak-en-invoice-seeds-netherlands": {
        "NL12ZLBK0872507845": "iban",
        "NL854173298B01": "nl_vat",
    },
    "ak-en-payment-order-mt103-seeds": {"NL12ZLBK0872507845": "iban"},
    "ak-en-invoice-fish-korea": {"602-81-47213": "kr_brn"},
    "ak-en-packing-list-fish-korea-photo": {"602-81-47213": "kr_brn"},
    "ak-en-receipt-busan-hotel-photo": {"617-86-20394": "kr_brn"},
    "ak-en-contract-wheat-sale": {"EG170072014319493970281116760": "iban"},
    "ak-en-bank-statement-usd": {"EG170072014319493970281116760": "iban"},
}
# INNs printed for a company or person with no role in the document: the elevator as a
# loading point, the dealer that sells the leased combine, statement counterparties,
# and the INNs that letters and `other` papers print.
INNS_WITHOUT_ROLE = {
    "ak-ru-invoice-leasing-advance": ("3665249628",),
    "ak-ru-act-leasing-handover-combine": ("3665249628",),
    "ak-ru-contract-leasing-combine": ("3665249628",),
    "ak-ru-upd-wheat-farm-to-mill": ("3602939234",),
    "ak-ru-contract-wheat-supply": ("3602939234",),
    "ak-ru-waybill-transport-wheat": ("3602939234",),
    "ak-ru-power-of-attorney-mill-forwarder": ("3602939234",),
    "ak-ru-bank-statement-farm": (
        "3664991763",
        "3662676188",
        "3602939234",
        "7705961197",
    ),
    "ak-ru-letter-crop-insurance": ("7703991020", "360258822805"),
    "ak-ru-other-vsd-mercury": ("4802092469", "4826722649"),
    "ak-ru-other-warehouse-receipt-photo": ("3602939234", "360258822805"),
}
# Amounts printed beside the total that are not the total. They are VAT and sums
# without it, advances, prepayments and rests, and prices per tonne. Others are the cost
# of a leased asset and its monthly payment, a crate deposit, warranty work, a contract
# value cited by an advance and a demurrage rate. The letter's are the sum insured, the
# loss and the indemnity.
COMPETING_AMOUNTS = {
    "ak-ru-invoice-fertiliser-1c": ["1131400.00", "408045.90", "31800.00"],
    "ak-ru-invoice-flour-bakery-fax": ["153127.27", "1100000.00"],
    "ak-ru-invoice-leasing-advance": [
        "24631800.00",
        "31482420.00",
        "732890.00",
        "888360.00",
    ],
    "ak-ru-invoice-sausages-retail-scan": ["24000.00", "99404.55"],
    "ak-ru-invoice-frozen-fish": ["5466400.00", "993890.91"],
    "ak-ru-act-elevator-drying-storage": ["184473.04", "40584.07", "49866.64"],
    "ak-ru-act-leasing-handover-combine": ["4441800.00", "732890.00", "23119000.00"],
    "ak-ru-act-tractor-service-scan": ["146950.00", "12400.00"],
    "ak-ru-act-vet-herd-vaccination": ["92800.00"],
    "ak-ru-upd-wheat-farm-to-mill": [
        "7537980.00",
        "2475000.00",
        "5816778.00",
        "15000.00",
    ],
    "ak-ru-upd-raw-milk-scan": ["7364673.60", "3000000.00"],
    "ak-ru-upd-combine-dealer": ["20190000.00", "4441800.00"],
    "ak-ru-upd-fertiliser-scan": ["1854754.10", "408045.90"],
    "ak-ru-payment-order-mill-advance-scan": ["8250000.00", "16500.00"],
    "ak-ru-payment-order-dairy-raw-milk": ["8101140.96", "3000000.00"],
    "ak-ru-contract-wheat-supply": ["2475000.00", "16500.00", "750000.00"],
    "ak-ru-contract-leasing-combine": [
        "24631800.00",
        "4926360.00",
        "732890.00",
        "172020.00",
    ],
    "ak-ru-letter-crop-insurance": ["2592000.00", "18900000.00", "2880000.00"],
    "ak-en-invoice-wheat-egypt": ["745500.00", "6812021.16"],
    "ak-en-invoice-seeds-netherlands": ["46020.00", "810.00"],
    "ak-en-invoice-fish-korea": ["50568.00", "202272.00"],
    "ak-en-act-terminal-services": ["36519246.88", "15000000.00", "29553481.19"],
    "ak-en-upd-translation-wheat": ["202180860.00", "100000000.00"],
    "ak-en-contract-wheat-sale": ["745500.00", "12000.00", "248.50"],
    "ak-en-receipt-busan-hotel-photo": ["504000.00", "50400.00"],
}
# Commercial invoices and the sale contract print an Incoterms rule with its place, an
# HS code and the country of origin.
TRADE_TERMS_DOCUMENTS = {
    "ak-en-invoice-wheat-egypt",
    "ak-en-invoice-seeds-netherlands",
    "ak-en-invoice-fish-korea",
    "ak-en-contract-wheat-sale",
}
INCOTERMS_PATTERN = re.compile(r"\b(?:EXW|FCA|CPT|CIP|DAP|DDP|FOB|CFR|CIF) [A-Z][a-z]")
HS_CAPTION_PATTERN = re.compile(r"HS [Cc]ode")
# IMO numbers of the trawler, the bulk carrier and the reefer vessel in each document.
VESSELS = {
    "ak-ru-invoice-frozen-fish": ("9271640",),
    "ak-en-invoice-wheat-egypt": ("9384722",),
    "ak-en-invoice-fish-korea": ("9615389", "9271640"),
    "ak-en-act-terminal-services": ("9384722",),
    "ak-en-waybill-bill-of-lading-scan": ("9384722",),
    "ak-en-packing-list-fish-korea-photo": ("9615389",),
    "ak-en-power-of-attorney-surveyor": ("9384722",),
    "ak-en-other-phytosanitary-scan": ("9384722",),
    "ak-en-other-fish-veterinary-certificate": ("9271640", "9615389"),
}
# The caption may be damaged in noisy documents ("IMО" with a Cyrillic "О").
IMO_CAPTION_PATTERN = re.compile(r"(?:I[MМ][OО0]|ИМ[О0]) (\d{7})\b")
# Serial, engine and electronic passport (ЭПСМ) numbers of the combine, its header and
# the tractor. They are never a label.
MACHINE_SERIALS = {
    "ak-ru-upd-combine-dealer": (
        "595P26-01473",
        "60318472",
        "25-7214",
        "364302019417253",
    ),
    "ak-ru-act-leasing-handover-combine": (
        "595P26-01473",
        "60318472",
        "25-7214",
        "364302019417253",
    ),
    "ak-ru-contract-leasing-combine": ("595P26-01473", "25-7214"),
    "ak-ru-act-tractor-service-scan": ("1027146", "50418726"),
}
# Documents of one deal mapped to the documents whose numbers they print.
CITATIONS = {
    "ak-ru-upd-wheat-farm-to-mill": (
        "ak-ru-contract-wheat-supply",
        "ak-ru-payment-order-mill-advance-scan",
        "ak-ru-power-of-attorney-mill-forwarder",
        "ak-ru-other-warehouse-receipt-photo",
    ),
    "ak-ru-payment-order-mill-advance-scan": ("ak-ru-contract-wheat-supply",),
    "ak-ru-waybill-transport-wheat": (
        "ak-ru-contract-wheat-supply",
        "ak-ru-power-of-attorney-mill-forwarder",
        "ak-ru-other-warehouse-receipt-photo",
    ),
    "ak-ru-power-of-attorney-mill-forwarder": (
        "ak-ru-contract-wheat-supply",
        "ak-ru-other-warehouse-receipt-photo",
    ),
    "ak-ru-contract-wheat-supply": ("ak-ru-other-warehouse-receipt-photo",),
    "ak-ru-act-elevator-drying-storage": ("ak-ru-other-warehouse-receipt-photo",),
    "ak-ru-payment-order-farm-elevator": ("ak-ru-act-elevator-drying-storage",),
    "ak-ru-payment-order-fertiliser-internet-bank": ("ak-ru-invoice-fertiliser-1c",),
    "ak-ru-upd-fertiliser-scan": (
        "ak-ru-invoice-fertiliser-1c",
        "ak-ru-payment-order-fertiliser-internet-bank",
    ),
    "ak-ru-bank-statement-farm": (
        "ak-ru-invoice-fertiliser-1c",
        "ak-ru-act-elevator-drying-storage",
        "ak-ru-contract-leasing-combine",
        "ak-ru-upd-wheat-farm-to-mill",
    ),
    "ak-ru-invoice-leasing-advance": ("ak-ru-contract-leasing-combine",),
    "ak-ru-upd-combine-dealer": ("ak-ru-contract-leasing-combine",),
    "ak-ru-act-leasing-handover-combine": (
        "ak-ru-contract-leasing-combine",
        "ak-ru-upd-combine-dealer",
    ),
    "ak-ru-payment-order-dairy-raw-milk": ("ak-ru-upd-raw-milk-scan",),
    "ak-ru-invoice-sausages-retail-scan": ("ak-ru-other-vsd-mercury",),
    "ak-ru-other-vsd-mercury": ("ak-ru-invoice-sausages-retail-scan",),
    "ak-ru-invoice-frozen-fish": ("ak-ru-packing-list-frozen-fish-scan",),
    "ak-ru-packing-list-frozen-fish-scan": ("ak-ru-invoice-frozen-fish",),
    "ak-en-invoice-wheat-egypt": (
        "ak-en-contract-wheat-sale",
        "ak-en-waybill-bill-of-lading-scan",
        "ak-en-other-phytosanitary-scan",
    ),
    "ak-en-waybill-bill-of-lading-scan": ("ak-en-contract-wheat-sale",),
    "ak-en-act-terminal-services": ("ak-en-waybill-bill-of-lading-scan",),
    "ak-en-bank-statement-usd": (
        "ak-en-invoice-wheat-egypt",
        "ak-en-contract-wheat-sale",
    ),
    "ak-en-power-of-attorney-surveyor": ("ak-en-contract-wheat-sale",),
    "ak-en-payment-order-mt103-seeds": ("ak-en-invoice-seeds-netherlands",),
    "ak-en-letter-seeds-shipment": ("ak-en-invoice-seeds-netherlands",),
    "ak-en-invoice-fish-korea": (
        "ak-en-other-fish-veterinary-certificate",
        "ak-en-packing-list-fish-korea-photo",
    ),
    "ak-en-packing-list-fish-korea-photo": ("ak-en-invoice-fish-korea",),
}
# Statements mapped to the documents whose total one of their lines moves.
STATEMENT_PAYMENTS = {
    "ak-ru-bank-statement-farm": (
        "ak-ru-payment-order-fertiliser-internet-bank",
        "ak-ru-invoice-fertiliser-1c",
        "ak-ru-payment-order-farm-elevator",
        "ak-ru-act-elevator-drying-storage",
    ),
}
# Statements mapped to their opening balance, incoming and outgoing lines and closing
# balance, as printed.
STATEMENT_TURNOVERS = {
    "ak-ru-bank-statement-farm": (
        "612 480,35",
        ("5 816 778,00",),
        ("2 262 800,00", "225 057,11", "732 890,00", "1 900,00"),
        "3 206 611,24",
    ),
    "ak-en-bank-statement-usd": (
        "1,204,318.40",
        ("6,812,021.16",),
        ("150.00", "2,000,000.00"),
        "6,016,189.56",
    ),
}
# Documents that print what is left of another document's total after an advance,
# mapped to that document and the advance as a label-form amount.
RESTS_AFTER_ADVANCE = {
    "ak-ru-bank-statement-farm": ("ak-ru-upd-wheat-farm-to-mill", "2475000.00"),
    "ak-ru-payment-order-dairy-raw-milk": ("ak-ru-upd-raw-milk-scan", "3000000.00"),
    "ak-en-bank-statement-usd": ("ak-en-invoice-wheat-egypt", "745500.00"),
}
# Quantities, prices per unit (tonne, kilogram, tonne-month, tonne-percent) and the
# amounts they make, as printed, with the number style of the document.
PRICED_QUANTITIES = {
    "ak-ru-upd-wheat-farm-to-mill": [("502,532", "15 000,00", "7 537 980,00", "ru")],
    "ak-ru-upd-raw-milk-scan": [("200 127", "36,80", "7 364 673,60", "ru")],
    "ak-ru-act-elevator-drying-storage": [
        ("524,912", "95,00", "49 866,64", "ru"),
        ("512,840", "120,00", "61 540,80", "ru"),
        ("691,360", "85,00", "58 765,60", "ru"),
    ],
    "ak-ru-contract-wheat-supply": [("500", "16 500,00", "8 250 000,00", "ru")],
    "ak-ru-invoice-frozen-fish": [("18 000", "468,00", "8 424 000,00", "ru")],
    "ak-en-invoice-wheat-egypt": [("30,412.560", "248.50", "7,557,521.16", "en")],
    "ak-en-act-terminal-services": [("30,412.560", "1,150.00", "34,974,444.00", "en")],
    "ak-en-upd-translation-wheat": [
        ("12,480.300", "16,200.00", "202,180,860.00", "en")
    ],
    "ak-en-invoice-fish-korea": [("42,000", "4.85", "203,700.00", "en")],
}
# Weight deductions as printed: the physical weight, the deduction and the credited
# weight (зачетный вес) left after it.
WEIGHT_DEDUCTIONS = {
    "ak-ru-upd-wheat-farm-to-mill": ("512,840", "10,308", "502,532"),
    "ak-ru-other-warehouse-receipt-photo": ("538 460", "13 548", "524 912"),
}
# The raw milk UPD recalculates the physical mass to the base fat: physical mass, actual
# fat, base fat and credited mass, as printed.
FAT_RECALCULATION = {
    "ak-ru-upd-raw-milk-scan": ("186 420", "3,65", "3,4", "200 127"),
}
# VAT as printed: the rate, the sum it is computed from, the VAT, and whether that sum
# includes VAT or VAT is charged on top of it.
VAT_AMOUNTS = {
    "ak-ru-invoice-fertiliser-1c": (22, "2 262 800,00", "408 045,90", "included"),
    "ak-ru-invoice-leasing-advance": (22, "4 926 360,00", "888 360,00", "included"),
    "ak-ru-invoice-frozen-fish": (10, "10 932 800,00", "993 890,91", "included"),
    "ak-ru-act-elevator-drying-storage": (22, "184 473,04", "40 584,07", "on top"),
    "ak-ru-upd-wheat-farm-to-mill": (10, "7 537 980,00", "753 798,00", "on top"),
    "ak-ru-upd-combine-dealer": (22, "20 190 000,00", "4 441 800,00", "on top"),
    "ak-ru-contract-wheat-supply": (10, "8 250 000,00", "750 000,00", "included"),
    "ak-ru-contract-leasing-combine": (
        22,
        "31 482 420,00",
        "5 677 157,70",
        "included",
    ),
    "ak-en-act-terminal-services": (22, "36,519,246.88", "8,034,234.31", "on top"),
    "ak-en-upd-translation-wheat": (10, "202,180,860.00", "20,218,086.00", "on top"),
}
# The Russian passport mapped to the series printed before its six-digit number.
PASSPORT_SERIES = {"ak-ru-passport-forwarder-scan": "20 15"}
# Russian documents dated 2026 that charge VAT print the 2026 base rate of 22% or the
# reduced rate of 10% for foods, never the 20% of 2025. Other shares of 20% are printed
# on purpose (a 20% lease advance, a 20% drug), so only a VAT rate or the 20/120
# fraction counts as a VAT rate of 20%.
VAT_RATE_PATTERN = re.compile(r"(?:НДС|HДC|НДC|HДС)\D{0,12}?(\d{2})\s?%")
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"ak-en-passport-korean-master-scan"}
# Weights of the Korean business registration number's check digit.
KR_BRN_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_ak()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def quantity_value(printed: str, style: str) -> Decimal:
    """Return a printed quantity or price: "ru" groups thousands by spaces and uses a
    decimal comma ("502,532"), "en" groups by commas and uses a decimal point."""
    if style == "ru":
        return Decimal(printed.replace(" ", "").replace(",", "."))
    if style == "en":
        return Decimal(printed.replace(",", ""))
    raise ValueError(f"invalid number style {style!r}: expected ru or en")


def is_valid_kr_brn(code: str) -> bool:
    """Check a Korean business registration number ("602-81-47213"): the weighted sum
    of the first nine digits plus the tens of the ninth digit times 5, subtracted from
    a multiple of 10, gives the tenth digit."""
    if re.fullmatch(r"\d{3}-\d{2}-\d{5}", code) is None:
        return False
    digits = [int(char) for char in code.replace("-", "")]
    total = sum(
        digit * weight for digit, weight in zip(digits[:9], KR_BRN_WEIGHTS, strict=True)
    )
    total += digits[8] * 5 // 10
    return (10 - total % 10) % 10 == digits[9]


# The check for each kind of code in FOREIGN_IDENTIFIERS.
FOREIGN_IDENTIFIER_CHECKS = {
    "iban": is_valid_iban,
    "kr_brn": is_valid_kr_brn,
    "nl_vat": is_valid_nl_vat,
}


HOLDOUT_SET = HoldoutSet(
    name="ak",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        set(VESSELS),
        set(MACHINE_SERIALS),
        set(RESTS_AFTER_ADVANCE),
        {source for source, _ in RESTS_AFTER_ADVANCE.values()},
        set(PRICED_QUANTITIES),
        set(WEIGHT_DEDUCTIONS),
        set(FAT_RECALCULATION),
        set(VAT_AMOUNTS),
    ),
    requisite_counts=(3, 15, 25),
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
    vat=VatRules(
        minimum_counts={"22": 8, "10": 6},
        pattern=VAT_RATE_PATTERN,
        forbidden=re.compile(r"(?<!\d)20/120"),
    ),
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
    citations=CITATIONS,
    statement_payments=STATEMENT_PAYMENTS,
    statement_turnovers=STATEMENT_TURNOVERS,
    passport_series=PASSPORT_SERIES,
    trade_terms=TradeTerms(
        documents=TRADE_TERMS_DOCUMENTS,
        incoterms=INCOTERMS_PATTERN,
        hs_caption=HS_CAPTION_PATTERN,
    ),
    noisy_amount_sample=("BСЕГО С НДС: l79 279,00 РУБ.", "179279.00"),
    look_alike_sample=("ИНН З665249628", "ИНН 3665249628"),
    check_digit_samples=(
        (is_valid_imo_number, "9384722", "9384723"),
        (is_valid_imo_number, "9271640", "927164"),
        (is_valid_kr_brn, "602-81-47213", "602-81-47214"),
        (is_valid_nl_vat, "NL854173298B01", "NL854173297B01"),
        (is_valid_iban, "NL12ZLBK0872507845", "NL12ZLBK0872507846"),
        (is_valid_ogrn, "1123688768103", "1123688768104"),
        (is_valid_ogrn, "311369071878249", "311369071878240"),
    ),
    amount_value_samples={
        "3 206 611,24": "3206611.24",
        "225057-11": "225057.11",
        "7,557,521.16": "7557521.16",
    },
)


@pytest.mark.parametrize(
    ("document_id", "numbers"), sorted(VESSELS.items()), ids=sorted(VESSELS)
)
def test_imo_numbers_printed_and_valid(document_id, numbers):
    document = DOCUMENTS_BY_ID[document_id]
    text = document.text
    if document.noisy:
        text = text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    printed = set(IMO_CAPTION_PATTERN.findall(text))
    for number in numbers:
        assert is_valid_imo_number(number), f"IMO {number} has a wrong check digit"
        assert number in printed, f"IMO {number} not printed after its caption"
        assert number not in document.expected.values(), f"IMO {number} is a label"
        assert number not in document.expected["number"], "number holds an IMO"


@pytest.mark.parametrize(
    ("document_id", "serials"),
    sorted(MACHINE_SERIALS.items()),
    ids=sorted(MACHINE_SERIALS),
)
def test_machine_serials_not_labelled(document_id, serials):
    document = DOCUMENTS_BY_ID[document_id]
    for serial in serials:
        assert is_printed(serial, document.text, document.noisy), f"{serial} missing"
        assert serial not in document.expected.values(), f"{serial} is a label"
        assert serial not in document.expected["number"], "number holds a serial"


@pytest.mark.parametrize(
    ("document_id", "source"),
    sorted(RESTS_AFTER_ADVANCE.items()),
    ids=sorted(RESTS_AFTER_ADVANCE),
)
def test_rest_after_advance_printed(document_id, source):
    source_id, advance = source
    document = DOCUMENTS_BY_ID[document_id]
    source_document = DOCUMENTS_BY_ID[source_id]
    assert advance in read_amounts(source_document.text, source_document.noisy)
    rest = Decimal(source_document.expected["total"]) - Decimal(advance)
    rest_label = f"{rest:.2f}"
    assert rest_label in read_amounts(document.text, document.noisy), rest_label
    total = document.expected.get("total")
    if total is not None:
        assert total == rest_label, f"total {total} is not the rest {rest_label}"


@pytest.mark.parametrize(
    ("document_id", "rows"),
    sorted(PRICED_QUANTITIES.items()),
    ids=sorted(PRICED_QUANTITIES),
)
def test_priced_quantities_multiply(document_id, rows):
    document = DOCUMENTS_BY_ID[document_id]
    for quantity, price, amount, style in rows:
        for printed in (quantity, price, amount):
            assert printed in document.text, f"{printed!r} not printed"
        product = quantity_value(quantity, style) * quantity_value(price, style)
        rounded = product.quantize(Decimal("0.01"), ROUND_HALF_UP)
        assert rounded == amount_value(amount), f"{quantity} x {price} is {rounded}"


@pytest.mark.parametrize(
    ("document_id", "weights"),
    sorted(WEIGHT_DEDUCTIONS.items()),
    ids=sorted(WEIGHT_DEDUCTIONS),
)
def test_weight_deductions_add_up(document_id, weights):
    document = DOCUMENTS_BY_ID[document_id]
    physical, deduction, credited = weights
    for printed in weights:
        assert printed in document.text, f"{printed!r} not printed"
    left = quantity_value(physical, "ru") - quantity_value(deduction, "ru")
    assert left == quantity_value(credited, "ru"), f"credited weight {left}"


@pytest.mark.parametrize(
    ("document_id", "figures"),
    sorted(FAT_RECALCULATION.items()),
    ids=sorted(FAT_RECALCULATION),
)
def test_milk_recalculated_to_base_fat(document_id, figures):
    document = DOCUMENTS_BY_ID[document_id]
    physical, actual_fat, base_fat, credited = figures
    for printed in figures:
        assert printed in document.text, f"{printed!r} not printed"
    mass = quantity_value(physical, "ru") * quantity_value(actual_fat, "ru")
    mass /= quantity_value(base_fat, "ru")
    rounded = mass.quantize(Decimal("1"), ROUND_HALF_UP)
    assert rounded == quantity_value(credited, "ru"), f"credited mass {rounded}"


@pytest.mark.parametrize(
    ("document_id", "vat"), sorted(VAT_AMOUNTS.items()), ids=sorted(VAT_AMOUNTS)
)
def test_vat_amount_matches_rate(document_id, vat):
    rate, base, tax, mode = vat
    document = DOCUMENTS_BY_ID[document_id]
    assert base in document.text, f"{base!r} not printed"
    assert tax in document.text, f"{tax!r} not printed"
    assert re.search(rf"{rate}\s?%", document.text), f"rate {rate}% not printed"
    divisor = Decimal(100 + rate) if mode == "included" else Decimal(100)
    computed = (amount_value(base) * rate / divisor).quantize(
        Decimal("0.01"), ROUND_HALF_UP
    )
    assert computed == amount_value(tax), f"VAT {rate}% of {base} is {computed}"


def test_quantity_value_reads_styles():
    assert quantity_value("502,532", "ru") == Decimal("502.532")
    assert quantity_value("16 500,00", "ru") == Decimal("16500.00")
    assert quantity_value("30,412.560", "en") == Decimal("30412.560")
    with pytest.raises(ValueError, match="invalid number style"):
        quantity_value("1,5", "de")
