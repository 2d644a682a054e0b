"""Form and consistency of the set AF benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date
from decimal import Decimal
from functools import partial

import pytest

from bench.formats import MONTHS_EN
from bench.holdout import is_valid_iban
from bench.holdout_af import load_holdout_af
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES,
    MAX_CLEAN_LINE_LENGTH,
    OGRN_PATTERN,
    comparable,
    date_forms,
    document_ids,
    printed_with_b_as_six,
    prints_currency_mark,
    read_with_b_as_six,
    repaired_with_b_as_six,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet, TradeTerms, VatRules

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
# The fuel receipt prints "ИТОГ =38343,74" and no currency mark at all.
UNMARKED_ROUBLE_DOCUMENTS = {"af-ru-receipt-fuel-station-trucks"}
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
    "af-ru-bank-statement-haulage-company",
    "af-ru-waybill-transport-oversize-scan",
    "af-en-bank-statement-usd-drilling-contractor",
    "af-en-waybill-bill-of-lading-coal-scan",
}
# The documents that imitate OCR of scans, faxes and phone photos.
NOISY_DOCUMENTS = {
    "af-ru-invoice-drilling-services-scan",
    "af-ru-invoice-crane-rent-fax",
    "af-ru-act-turbine-repair-scan",
    "af-ru-act-pipeline-diagnostics-scan",
    "af-ru-upd-drill-pipe-scan",
    "af-ru-upd-sole-proprietor-repair-status2",
    "af-ru-payment-order-ks3-stage-scan",
    "af-ru-waybill-transport-oversize-scan",
    "af-ru-receipt-fuel-station-trucks",
    "af-ru-passport-rotation-worker-scan",
    "af-ru-other-quality-certificate-pipes-scan",
    "af-en-invoice-mining-tyres-usd-scan",
    "af-en-waybill-bill-of-lading-coal-scan",
    "af-en-letter-ice-delay-fax",
    "af-en-other-mill-test-certificate-scan",
}
# Documents printed on several pages, mapped to their number of pages. Each page prints
# a marker such as "Страница 2 из 3", "Лист 2", "стр. 2 из 2", "Page 1 of 2" or
# "Sheet 2 of 2".
MULTI_PAGE_DOCUMENTS = {
    "af-ru-invoice-rolled-steel-two-pages": 2,
    "af-ru-invoice-drilling-services-scan": 2,
    "af-ru-invoice-coal-freight-rail": 2,
    "af-ru-invoice-crane-rent-fax": 2,
    "af-ru-invoice-cable-advance-deducted": 2,
    "af-ru-act-ks2-substation": 3,
    "af-ru-act-turbine-repair-scan": 2,
    "af-ru-act-ore-haulage-monthly": 2,
    "af-ru-act-pipeline-diagnostics-scan": 2,
    "af-ru-upd-rolled-steel-status1": 2,
    "af-ru-upd-drill-pipe-scan": 2,
    "af-ru-upd-diesel-fuel-status1": 2,
    "af-ru-upd-sole-proprietor-repair-status2": 2,
    "af-ru-contract-supply-mining-equipment": 4,
    "af-ru-contract-bridge-subcontract": 3,
    "af-ru-waybill-torg12-pipes-three-pages": 3,
    "af-ru-waybill-transport-oversize-scan": 2,
    "af-ru-packing-list-transformer-parts": 2,
    "af-ru-bank-statement-haulage-company": 2,
    "af-ru-power-of-attorney-steel-collection": 2,
    "af-ru-letter-claim-late-transformer": 2,
    "af-ru-other-quality-certificate-pipes-scan": 2,
    "af-en-invoice-compressor-parts-eur": 2,
    "af-en-invoice-mining-tyres-usd-scan": 2,
    "af-en-invoice-translated-heat-supply": 2,
    "af-en-act-commissioning-gas-turbine": 2,
    "af-en-upd-translation-drill-bits": 2,
    "af-en-contract-epc-pumping-station": 3,
    "af-en-waybill-bill-of-lading-coal-scan": 2,
    "af-en-packing-list-gas-turbine-modules": 2,
    "af-en-bank-statement-usd-drilling-contractor": 2,
    "af-en-receipt-aberdeen-hotel-folio": 2,
    "af-en-letter-ice-delay-fax": 2,
    "af-en-other-mill-test-certificate-scan": 2,
    "af-en-other-daily-drilling-report": 2,
}
# Page markers, read after look-alike letters are mapped as `comparable` maps them, so
# "Page" reads "раgе", "Sheet" reads "shееt" and the "З" of "ИЗ" reads "3". A fax
# header's "P.01/02" needs its page count, so that "P.O." is not read as a page, and
# a page number must not run into letters, so that the steel "Лист 09Г2С" is not one.
PAGE_MARKER_PATTERN = re.compile(
    r"(?<![^\W\d_])(?:(?:страница|стр\.|лист|раgе|shееt)\s*(\d+)(?![^\W_])"
    r"(?:\s*(?:из|и3|оf|0f|/)\s*(\d+))?|р\.(\d+)/(\d+))"
)
# Running heads printed on more than one page, each with the document's number.
RUNNING_HEADS = {
    "af-ru-invoice-rolled-steel-two-pages": "Счет на оплату № СМК-00412/26 от 16 марта",
    "af-ru-invoice-cable-advance-deducted": "Счет № 0219-К от",
    "af-ru-act-ks2-substation": "Акт № 14 от 25.03.2026 (форма КС-2)",
    "af-ru-upd-diesel-fuel-status1": "Счет-фактура № ТЛ-000286 от 31.03.2026",
    "af-ru-contract-supply-mining-equipment": "Договор поставки № ГМС-26/014",
    "af-ru-contract-bridge-subcontract": "Договор субподряда № СП-07/2026",
    "af-ru-waybill-torg12-pipes-three-pages": "Товарная накладная № ТН-00731",
    "af-en-invoice-compressor-parts-eur": "Invoice No. RV-2026-00418",
    "af-en-invoice-translated-heat-supply": "Invoice No. 2026-03/1184",
    "af-en-act-commissioning-gas-turbine": "No. ADT-NK-03",
    "af-en-contract-epc-pumping-station": "EPC Contract No. EPC-PS/2026-03",
    "af-en-packing-list-gas-turbine-modules": "PACKING LIST No. PL-ADT-26-014",
}
# Amounts that add up to another printed amount: page sums to a grand sum, sections and
# stages to a price, payments to a schedule's total, lines carried forward to a folio.
SUMMED_AMOUNTS = {
    "af-ru-invoice-rolled-steel-two-pages": [
        (("10103967.00", "3573953.00"), "13677920.00"),
    ],
    "af-ru-invoice-coal-freight-rail": [
        (("1516745.07", "1131503.69"), "2648248.76"),
        (("2648248.76", "53760.00", "17857.00"), "2719865.76"),
    ],
    "af-ru-invoice-cable-advance-deducted": [
        (("15054760.00", "533400.00"), "15588160.00"),
        (("2000000.00", "17017555.20"), "19017555.20"),
    ],
    "af-ru-act-ks2-substation": [
        (("9411371.20", "3596468.00"), "13007839.20"),
        (("793478.19", "15076085.63"), "15869563.82"),
    ],
    "af-ru-act-ore-haulage-monthly": [
        (("47217804.00", "13215910.40", "13733649.60"), "74167364.00"),
    ],
    "af-ru-upd-rolled-steel-status1": [
        (("9690452.68", "2525953.27"), "12216405.95"),
        (("7942994.00", "2070453.50"), "10013447.50"),
    ],
    "af-ru-upd-diesel-fuel-status1": [
        (("15865742.05", "11239925.70"), "27105667.75"),
        (("2861035.45", "2026871.85"), "4887907.30"),
    ],
    "af-ru-contract-supply-mining-equipment": [
        (("10569604.20", "21139208.40", "3523201.40"), "35232014.00"),
    ],
    "af-ru-contract-bridge-subcontract": [
        (
            ("4250000.00", "18640000.00", "15920000.00", "21370000.00", "4620000.00"),
            "64800000.00",
        ),
    ],
    "af-ru-waybill-torg12-pipes-three-pages": [
        (("19591898.26", "5347868.78", "1018700.00"), "25958467.04"),
        (("16058933.00", "4383499.00", "835000.00"), "21277432.00"),
    ],
    "af-ru-bank-statement-haulage-company": [
        (("14286412.55", "90612584.08"), "104898996.63"),
        (("16954500.00", "87944496.63"), "104898996.63"),
    ],
    "af-en-invoice-compressor-parts-eur": [
        (("138679.20", "5173.80", "11980.00"), "155833.00"),
        (("155833.00", "1240.00", "3860.00"), "160933.00"),
        (("48279.90", "112653.10"), "160933.00"),
    ],
    "af-en-invoice-translated-heat-supply": [
        (("9592330.25", "1017041.37", "184875.60"), "10794247.22"),
    ],
    "af-en-act-commissioning-gas-turbine": [
        (("172460.00", "24000.00", "22000.00"), "218460.00"),
        (("21846.00", "196614.00"), "218460.00"),
    ],
    "af-en-upd-translation-drill-bits": [
        (("8596364.00", "135054.00", "120633.60"), "8852051.60"),
    ],
    "af-en-contract-epc-pumping-station": [
        (("38400000.00", "246800000.00", "98200000.00", "29200000.00"), "412600000.00"),
        (("75505800.00", "377529000.00", "50337200.00"), "503372000.00"),
    ],
    "af-en-bank-statement-usd-drilling-contractor": [
        (("1284612.40", "508740.00"), "1793352.40"),
        (("913103.25", "880249.15"), "1793352.40"),
    ],
    "af-en-receipt-aberdeen-hotel-folio": [
        (("1780.30", "18.40", "64.80", "48.25", "21.60", "38.00"), "1971.35"),
    ],
}
# Sums that the statements imply but do not print: the opening balance plus credits,
# which equals the debits plus the closing balance.
UNPRINTED_SUMS = {"104898996.63", "1793352.40"}
# VAT printed beside the amounts it belongs to: the amount without VAT (None when the
# document prints VAT included in the total only), the VAT, the amount with VAT and the
# rate in percent. Per-line rounding lets VAT differ from the rate by a few kopecks.
VAT_BREAKDOWNS = {
    "af-ru-invoice-rolled-steel-two-pages": (None, "2466510.16", "13677920.00", 22),
    "af-ru-invoice-drilling-services-scan": (
        "30520400.00",
        "6714488.00",
        "37234888.00",
        22,
    ),
    "af-ru-invoice-cable-advance-deducted": (
        "15588160.00",
        "3429395.20",
        "19017555.20",
        22,
    ),
    "af-ru-invoice-crane-rent-fax": (None, "529283.93", "2935120.00", 22),
    "af-ru-act-ks2-substation": ("13007839.20", "2861724.62", "15869563.82", 22),
    "af-ru-act-turbine-repair-scan": ("10755000.00", "2366100.00", "13121100.00", 22),
    "af-ru-act-ore-haulage-monthly": ("74167364.00", "16316820.08", "90484184.08", 22),
    "af-ru-act-pipeline-diagnostics-scan": (
        "5814200.00",
        "1279124.00",
        "7093324.00",
        22,
    ),
    "af-ru-upd-rolled-steel-status1": ("10013447.50", "2202958.45", "12216405.95", 22),
    "af-ru-upd-drill-pipe-scan": ("41802600.00", "9196572.00", "50999172.00", 22),
    "af-ru-upd-diesel-fuel-status1": ("22217760.45", "4887907.30", "27105667.75", 22),
    "af-ru-payment-order-energy-power-bill": (None, "3415825.80", "18942306.71", 22),
    "af-ru-contract-supply-mining-equipment": (
        "28878700.00",
        "6353314.00",
        "35232014.00",
        22,
    ),
    "af-ru-contract-bridge-subcontract": (
        "64800000.00",
        "14256000.00",
        "79056000.00",
        22,
    ),
    "af-ru-waybill-torg12-pipes-three-pages": (
        "21277432.00",
        "4681035.04",
        "25958467.04",
        22,
    ),
    "af-ru-receipt-fuel-station-trucks": (None, "6914.45", "38343.74", 22),
    "af-en-invoice-translated-heat-supply": (
        "10794247.22",
        "2374734.39",
        "13168981.61",
        22,
    ),
    "af-en-upd-translation-drill-bits": ("7255780.00", "1596271.60", "8852051.60", 22),
    "af-en-contract-epc-pumping-station": (
        "412600000.00",
        "90772000.00",
        "503372000.00",
        22,
    ),
    "af-en-receipt-aberdeen-hotel-folio": ("1642.79", "328.56", "1971.35", 20),
}
MAX_VAT_ROUNDING = Decimal("0.05")
# Russian documents that spell their total in words as `amount_words_ru` does, checked
# after the look-alike repair.
TOTALS_IN_WORDS = {
    "af-ru-invoice-rolled-steel-two-pages",
    "af-ru-invoice-coal-freight-rail",
    "af-ru-invoice-cable-advance-deducted",
    "af-ru-invoice-crane-rent-fax",
    "af-ru-act-ks2-substation",
    "af-ru-act-ore-haulage-monthly",
    "af-ru-act-pipeline-diagnostics-scan",
    "af-ru-upd-diesel-fuel-status1",
    "af-ru-payment-order-steel-invoice",
    "af-ru-payment-order-ks3-stage-scan",
    "af-ru-payment-order-carrier-freight",
    "af-ru-payment-order-energy-power-bill",
    "af-ru-contract-supply-mining-equipment",
    "af-ru-waybill-torg12-pipes-three-pages",
}
# Amounts printed beside the total that are not the total: page and section sums, VAT,
# advances, retentions, balances due, prepayments and values cited by a payment.
COMPETING_AMOUNTS = {
    "af-ru-invoice-rolled-steel-two-pages": ["10103967.00", "2466510.16"],
    "af-ru-invoice-drilling-services-scan": ["27966300.00", "30520400.00"],
    "af-ru-invoice-coal-freight-rail": ["1516745.07", "2648248.76"],
    "af-ru-invoice-cable-advance-deducted": ["2000000.00", "17017555.20"],
    "af-ru-invoice-crane-rent-fax": ["2646900.00"],
    "af-ru-act-ks2-substation": ["793478.19", "15076085.63", "48620400.00"],
    "af-ru-act-ore-haulage-monthly": ["47217804.00", "74167364.00"],
    "af-ru-upd-rolled-steel-status1": ["9690452.68", "10013447.50"],
    "af-ru-payment-order-ks3-stage-scan": ["15869563.82", "793478.19"],
    "af-ru-contract-supply-mining-equipment": ["10569604.20", "28878700.00"],
    "af-ru-contract-bridge-subcontract": ["11858400.00", "64800000.00"],
    "af-ru-letter-claim-late-transformer": ["48360000.00", "1402440.00", "2014840.00"],
    "af-en-invoice-compressor-parts-eur": ["48279.90", "112653.10", "155833.00"],
    "af-en-invoice-mining-tyres-usd-scan": ["171804.90", "400878.10", "558083.00"],
    "af-en-act-commissioning-gas-turbine": ["172460.00", "196614.00"],
    "af-en-contract-epc-pumping-station": ["412600000.00", "75505800.00"],
}
# Dates printed by cited documents, banks, stamps, fax headers, deliveries and birth
# or expiry, each with the day it states. None of them is the document's date.
OTHER_DATES = {
    "af-ru-invoice-rolled-steel-two-pages": [
        ("12.11.2025", "2025-11-12"),
        ("02.03.2026", "2026-03-02"),
    ],
    "af-ru-invoice-drilling-services-scan": [("O6.O4.2O26", "2026-04-06")],
    "af-ru-invoice-coal-freight-rail": [("15.01.2024", "2024-01-15")],
    "af-ru-invoice-crane-rent-fax": [("O1.O9.2O25", "2025-09-01")],
    "af-ru-act-ks2-substation": [("14.07.2025", "2025-07-14")],
    "af-ru-act-turbine-repair-scan": [("O6.O3.2O26", "2026-03-06")],
    "af-ru-upd-rolled-steel-status1": [
        ("05.03.2026", "2026-03-05"),
        ("19 марта 2026 г.", "2026-03-19"),
    ],
    "af-ru-upd-drill-pipe-scan": [("l2.O2.2O26", "2026-02-12")],
    "af-ru-payment-order-steel-invoice": [("19.03.2026", "2026-03-19")],
    "af-ru-payment-order-ks3-stage-scan": [("O3.O4.2O26", "2026-04-03")],
    "af-ru-payment-order-carrier-freight": [("07.04.2026 09:12", "2026-04-07")],
    "af-ru-payment-order-energy-power-bill": [("10.04.2026", "2026-04-10")],
    "af-ru-waybill-transport-oversize-scan": [("29.O3.2O26", "2026-03-29")],
    "af-ru-bank-statement-haulage-company": [("07.04.2026", "2026-04-07")],
    "af-ru-passport-rotation-worker-scan": [("O3.O5.l994", "1994-05-03")],
    "af-ru-letter-claim-late-transformer": [("25.03.2026", "2026-03-25")],
    "af-en-invoice-compressor-parts-eur": [("11 March 2026", "2026-03-11")],
    "af-en-upd-translation-drill-bits": [("17.03.2026", "2026-03-17")],
    "af-en-payment-order-translated-rail-freight": [("09.04.2026", "2026-04-09")],
    "af-en-waybill-bill-of-lading-coal-scan": [("O2 FEB 2O26", "2026-02-02")],
    "af-en-passport-commissioning-engineer": [("17 OCT 2032", "2032-10-17")],
    "af-en-letter-ice-delay-fax": [("2O-FEB-2O26 O9:l4", "2026-02-20")],
    "af-en-other-daily-drilling-report": [("23 March 2026", "2026-03-23")],
}
# Numbers of other documents that a document cites: contracts, specifications, orders,
# invoices, acts, waybills and powers of attorney. None of them is the number label.
CITED_NUMBERS = {
    "af-ru-invoice-rolled-steel-two-pages": ["118/25-П"],
    "af-ru-invoice-coal-freight-rail": ["45-ТЭО/2024", "0045812"],
    "af-ru-invoice-cable-advance-deducted": ["ЭРВ-14/2025", "1184"],
    "af-ru-act-ks2-substation": ["СК-2025/031", "02-01-01"],
    "af-ru-act-ore-haulage-monthly": ["12-Т/2024"],
    "af-ru-upd-rolled-steel-status1": ["2207-ОП/25", "1487-ТН", "3318"],
    "af-ru-payment-order-steel-invoice": ["СМК-00412/26", "118/25-П"],
    "af-ru-payment-order-energy-power-bill": ["59-Э-0418", "0418/03-26"],
    "af-ru-contract-bridge-subcontract": ["ГП-2025/118"],
    "af-ru-waybill-torg12-pipes-three-pages": ["МС-17/25", "731-ТН"],
    "af-ru-packing-list-transformer-parts": ["26-СТЗ/ЭН-04"],
    "af-ru-power-of-attorney-steel-collection": ["1487", "2207-ОП/25"],
    "af-ru-letter-claim-late-transformer": ["26-СТЗ/ЭН-04", "118-СТЗ"],
    "af-en-invoice-compressor-parts-eur": ["RV-GKS/2024-07", "GKS-PO-2026/031"],
    "af-en-act-commissioning-gas-turbine": ["ADT-NKG-2025/02", "ADT-NK-02"],
    "af-en-payment-order-translated-rail-freight": ["UR-2026/0387"],
    "af-en-power-of-attorney-customs-broker": ["RV-2026-00418"],
}
# INNs printed for companies with no labelled role: a statement's counterparties and
# the sender of a letter, whose parties are not labelled.
INNS_WITHOUT_ROLE = {
    "af-ru-bank-statement-haulage-company": [
        "4272940551",
        "4213301754",
        "428394906693",
        "4217620960",
    ],
    "af-ru-letter-claim-late-transformer": ["5987663442"],
}
# Foreign identifiers printed and never labelled: the German seller's IBAN.
FOREIGN_IBANS = {"af-en-invoice-compressor-parts-eur": "DE27700500000002847163"}
# Commercial invoices that print an Incoterms rule with its place, an HS code and the
# country of origin. The tyre invoice prints them as a scan, so it is read after repair.
TRADE_TERMS_DOCUMENTS = {
    "af-en-invoice-compressor-parts-eur",
    "af-en-invoice-mining-tyres-usd-scan",
}
INCOTERMS_PATTERN = re.compile(
    r"\b(?:EXW|FCA|CPT|CIP|DAP|DDP|FOB|CFR|CIF) [A-Z][A-Za-z]"
)
HS_CAPTION_PATTERN = re.compile(r"HS (?:Code|CODE)")
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"af-en-passport-commissioning-engineer"}
# Russian documents dated 2026 that charge VAT print the 2026 base rate of 22%, the
# reduced rate of 10% or the export rate of 0%, never the 20% of 2025.
VAT_RATE_PATTERN = re.compile(r"НДС\D{0,12}?(\d{1,2})\s?%")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
MIN_NOISY_COUNT = 15
# Each page of a clean document must fit a printed page.
MAX_CLEAN_LINES_PER_PAGE = 70
DOCUMENTS = load_holdout_af()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


# Amounts in noisy documents are also read with lost or doubled spaces mended.
read_amounts = partial(
    holdout_checks.read_amounts, mend_doubled_spaces=True, mend_lost_spaces=True
)


def extra_date_forms(value: date) -> list[str]:
    """Return the upper-case "FEB 17, 2026", "14 MAR 2026" and "20-FEB-2026" forms,
    which a noisy text maps differently from the mixed-case forms of `date_forms`."""
    month = MONTHS_EN[value.month - 1][:3].upper()
    return [
        f"{month} {value.day}, {value.year}",
        f"{value:%d} {month} {value.year}",
        f"{value:%d}-{month}-{value.year}",
    ]


def page_markers(text: str) -> list[tuple[int, int | None]]:
    """Return the (page, page count) pairs that the page markers of a text state.

    The text is read as `comparable` reads a noisy one, but with its spaces kept.
    """
    normalised = text.translate(holdout_checks.LOOK_ALIKES).casefold()
    markers = []
    for page, count, fax_page, fax_count in PAGE_MARKER_PATTERN.findall(normalised):
        page, count = (page, count) if page else (fax_page, fax_count)
        markers.append((int(page), int(count) if count else None))
    return markers


def marker_segments(text: str) -> list[int]:
    """Return the number of lines from each page marker line to the next one.

    The text before the first marker and after the last one make a segment too. A
    page prints its marker as a running head, a footer or both, so every segment
    spans at most one page and the gap to the next page's head.
    """
    segments = [0]
    for line in text.splitlines():
        segments[-1] += 1
        if page_markers(line):
            segments.append(0)
    return segments


def other_date_forms(value: date) -> list[str]:
    """Return the forms in which a date of OTHER_DATES may state its day."""
    return date_forms(value) + extra_date_forms(value)


HOLDOUT_SET = HoldoutSet(
    name="af",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=MIN_NOISY_COUNT,
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        set(MULTI_PAGE_DOCUMENTS),
        set(RUNNING_HEADS),
        set(SUMMED_AMOUNTS),
        set(VAT_BREAKDOWNS),
        set(CITED_NUMBERS),
        set(FOREIGN_IBANS),
    ),
    requisite_counts=(1, 15, 25),
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
    checks_unlabelled_currency=True,
    requisite_repair=repaired_with_b_as_six,
    checks_number_and_date_labels=True,
    vat=VatRules(
        minimum_counts={"22": 10},
        pattern=VAT_RATE_PATTERN,
        look_alikes=holdout_checks.LOOK_ALIKES,
        rates_2026=frozenset({"0", "10", "22"}),
    ),
    other_dates=OTHER_DATES,
    other_date_forms=other_date_forms,
    other_date_reading=read_with_b_as_six,
    competing_amounts=COMPETING_AMOUNTS,
    totals_in_words=TOTALS_IN_WORDS,
    inns_without_role=INNS_WITHOUT_ROLE,
    mrz_documents=MRZ_DOCUMENTS,
    trade_terms=TradeTerms(
        documents=TRADE_TERMS_DOCUMENTS,
        incoterms=INCOTERMS_PATTERN,
        hs_caption=HS_CAPTION_PATTERN,
        edition=re.compile("(?i)incoterms"),
        origin=re.compile("(?i)origin"),
        hs_code_look_alikes=AMOUNT_DIGIT_LOOK_ALIKES,
    ),
    noisy_amount_sample=("Bcегo к oплaтe: 2 935 l2O,OO", "2935120.00"),
    check_digit_samples=((is_valid_ogrn, "1206691141700", "1206691141701"),),
    currency_mark_samples=(
        ("Итого 12 321,00 pyб.", "руб", True, True),
        ("ТPУБЫ CТAЛЬНЫE", "руб", True, False),
        ("Трубы стальные", "руб", False, False),
    ),
    amount_reader_samples=(
        ("Bceгo c HДC: 7O93 324,OO pyб.", True, "7093324.00", True),
        ("Bceгo c HДC: 7O93 324,OO pyб.", False, "7093324.00", False),
    ),
)


def test_most_documents_have_several_pages():
    assert len(MULTI_PAGE_DOCUMENTS) * 3 >= len(DOCUMENTS) * 2, (
        f"only {len(MULTI_PAGE_DOCUMENTS)} documents have several pages"
    )


@pytest.mark.parametrize(
    "document_id",
    sorted(UNMARKED_ROUBLE_DOCUMENTS),
    ids=sorted(UNMARKED_ROUBLE_DOCUMENTS),
)
def test_unmarked_document_prints_no_mark(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    for currency, marks in CURRENCY_MARKS.items():
        for mark in marks:
            printed = prints_currency_mark(document.text, mark, document.noisy)
            assert not printed, f"{currency} mark {mark!r} printed"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_inn_labels_have_ten_or_twelve_digits(document):
    for path, value in document.expected.items():
        if path.endswith(".inn"):
            assert len(value) in (10, 12), f"{path} has {len(value)} digits"


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_clean_document_pages_fit(document):
    lines = document.text.splitlines()
    page_count = MULTI_PAGE_DOCUMENTS.get(document.id, 1)
    max_lines = MAX_CLEAN_LINES_PER_PAGE * page_count
    assert len(lines) <= max_lines, f"{len(lines)} lines on {page_count} pages"
    segments = marker_segments(document.text)
    assert max(segments) <= MAX_CLEAN_LINES_PER_PAGE, f"page of {max(segments)} lines"
    longest = max(len(line) for line in document.text.splitlines())
    assert longest <= MAX_CLEAN_LINE_LENGTH, f"line of {longest} characters"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_page_markers_match_page_count(document):
    markers = page_markers(document.text)
    page_count = MULTI_PAGE_DOCUMENTS.get(document.id)
    if page_count is None:
        assert markers == [], f"single-page document prints markers {markers}"
        return
    pages = {page for page, _ in markers}
    assert pages == set(range(1, page_count + 1)), f"pages {sorted(pages)} printed"
    counts = {count for _, count in markers if count is not None}
    assert counts <= {page_count}, f"page counts {sorted(counts)} printed"


@pytest.mark.parametrize(
    ("document_id", "head"), sorted(RUNNING_HEADS.items()), ids=sorted(RUNNING_HEADS)
)
def test_running_head_repeated(document_id, head):
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(document.text, document.noisy)
    count = text.count(comparable(head, document.noisy))
    assert count >= 2, f"{head!r} printed {count} times"
    assert document.expected["number"] in head, "running head lacks the number"


@pytest.mark.parametrize(
    ("document_id", "sums"), sorted(SUMMED_AMOUNTS.items()), ids=sorted(SUMMED_AMOUNTS)
)
def test_summed_amounts_add_up(document_id, sums):
    document = DOCUMENTS_BY_ID[document_id]
    printed = read_amounts(document.text, document.noisy)
    for parts, total in sums:
        for part in parts:
            assert part in printed, f"{part} not printed"
        if total not in UNPRINTED_SUMS:
            assert total in printed, f"{total} not printed"
        added = sum(Decimal(part) for part in parts)
        assert added == Decimal(total), f"{parts} add up to {added}, not {total}"


@pytest.mark.parametrize(
    ("document_id", "breakdown"),
    sorted(VAT_BREAKDOWNS.items()),
    ids=sorted(VAT_BREAKDOWNS),
)
def test_vat_breakdown_consistent(document_id, breakdown):
    document = DOCUMENTS_BY_ID[document_id]
    net, vat, gross, rate = breakdown
    printed = read_amounts(document.text, document.noisy)
    assert vat in printed, f"VAT {vat} not printed"
    assert gross in printed, f"{gross} not printed"
    if net is None:
        computed = Decimal(gross) * rate / (100 + rate)
    else:
        assert net in printed, f"{net} not printed"
        assert Decimal(net) + Decimal(vat) == Decimal(gross), "net and VAT miss gross"
        computed = Decimal(net) * rate / 100
    difference = abs(computed - Decimal(vat))
    assert difference <= MAX_VAT_ROUNDING, f"VAT {vat} is not {rate}% ({computed})"


def test_vat_breakdowns_end_at_totals():
    """Check that each breakdown's amount with VAT is its document's total label."""
    for document_id, (_, _, gross, _) in VAT_BREAKDOWNS.items():
        total = DOCUMENTS_BY_ID[document_id].expected.get("total")
        assert gross == total, f"{document_id}: {gross} is not the total {total}"


@pytest.mark.parametrize(
    ("document_id", "numbers"), sorted(CITED_NUMBERS.items()), ids=sorted(CITED_NUMBERS)
)
def test_cited_numbers_printed_not_labelled(document_id, numbers):
    document = DOCUMENTS_BY_ID[document_id]
    for number in numbers:
        assert number in document.text, f"{number} not printed"
        assert number != document.expected["number"], f"{number} is the number label"


@pytest.mark.parametrize(
    ("document_id", "iban"), sorted(FOREIGN_IBANS.items()), ids=sorted(FOREIGN_IBANS)
)
def test_foreign_iban_printed_not_labelled(document_id, iban):
    document = DOCUMENTS_BY_ID[document_id]
    assert is_valid_iban(iban), f"IBAN {iban} has a wrong key"
    assert iban in document.text, f"{iban} not printed"
    assert iban not in document.expected.values(), f"{iban} is a label"


def test_page_markers_read_look_alikes():
    assert page_markers("CTPAHИЦA l ИЗ 2") == [(1, 2)]
    assert page_markers("PAGE 2 OF 2") == [(2, 2)]
    assert page_markers("Sheet 1 of 2") == [(1, 2)]
    assert page_markers("Лист 3") == [(3, None)]
    assert page_markers("FAX +7 343  P.O2/O2") == [(2, 2)]
    assert page_markers("P.O.: AB-PO-26/O4") == []
    assert page_markers("пр. 5, корп. 2") == []
    assert page_markers("Лист 09Г2С 16х2000х6000") == []


def test_marker_segments_split_at_markers():
    text = "head\nline\nСтраница 1 из 2\nСтраница 2 из 2 head\nline\nend"
    assert marker_segments(text) == [3, 1, 2]
