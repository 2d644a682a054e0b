"""Form and consistency of the set AP benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest

from bench.holdout import is_valid_iban
from bench.holdout_ap import load_holdout_ap
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES,
    OGRN_PATTERN,
    amount_value,
    document_ids,
    is_printed,
    numeric_date,
    read_amounts,
    read_amounts_with_indian_groups,
    repaired,
    repaired_without_underscores,
    stamp_date_forms,
    swapped,
    treasury_documents,
    upper_case_month_forms,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_air_waybill,
    is_valid_german_vat,
    is_valid_gs1_number,
    is_valid_gstin,
    is_valid_ogrn,
    mrz_lines,
)
from tests.bench.holdout_sets import HoldoutSet, VatRules

# Powers of attorney label their representative "attorney", as sets F to AN do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents and by the Armenian
# dram. "рубл" covers "рубль" and "рублей", and "rouble" the singular English word.
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar"),
    "EUR": (*holdout_checks.CURRENCY_MARKS["EUR"], "euro"),
    "AMD": ("AMD", "dram"),
}
# The pharmacy's cash receipt prints no currency mark, as Russian cash receipts do.
UNMARKED_ROUBLE_DOCUMENTS = {"ap-ru-receipt-pharmacy-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are states of
# account, and the waybills, whose freight charges are no document value.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "ap-ru-bank-statement-distributor",
    "ap-en-bank-statement-usd",
    "ap-ru-waybill-medicines-scan",
    "ap-en-waybill-awb-generics-scan",
}
# The documents that imitate OCR of scans, faxes and phone photos.
NOISY_DOCUMENTS = {
    "ap-ru-invoice-oxygen-fax",
    "ap-ru-act-lab-analyzer-photo",
    "ap-ru-upd-oxygen-scan",
    "ap-ru-upd-lab-reagents-photo",
    "ap-ru-payment-order-security-scan",
    "ap-ru-payment-order-oxygen-scan",
    "ap-ru-waybill-medicines-scan",
    "ap-ru-packing-list-lot1-scan",
    "ap-ru-receipt-pharmacy-photo",
    "ap-ru-passport-pharmacist-scan",
    "ap-en-other-coa-ceftriaxone-scan",
    "ap-en-waybill-awb-generics-scan",
    "ap-en-packing-list-generics-photo",
    "ap-en-receipt-yerevan-hotel-photo",
    "ap-en-passport-indian-manager-scan",
}
# Russian documents that spell their rouble total in words, checked against
# `amount_words_ru` after the look-alike repair.
TOTALS_IN_WORDS = {
    "ap-ru-invoice-medicines-lot1",
    "ap-ru-invoice-oxygen-fax",
    "ap-ru-invoice-lab-reagents",
    "ap-ru-invoice-pharmacy-chain",
    "ap-ru-invoice-infusion-pumps",
    "ap-ru-act-acceptance-expertise",
    "ap-ru-act-oxygen-services",
    "ap-ru-act-lab-analyzer-photo",
    "ap-ru-act-pumps-installation",
    "ap-ru-payment-order-hospital-medicines",
    "ap-ru-payment-order-security-scan",
    "ap-ru-payment-order-oxygen-scan",
    "ap-ru-payment-order-pharmacy-chain",
    "ap-ru-contract-medicines-44fz",
}
# Dates printed by a fax, a camera, a bank, a stamp, a signature or a translator, with
# the day each one states. Other dates of the same paper are listed too: contracts,
# requests, protocols, deliveries, expiry, receipt, birth and validity. None of them
# is the document's date.
OTHER_DATES = {
    "ap-ru-invoice-medicines-lot1": [
        ("Контракт № Ф.2026.00417 от 20.02.2026", "2026-02-20"),
        ("до 13.03.2026", "2026-03-13"),
    ],
    "ap-ru-invoice-oxygen-fax": [
        ("O1/O4/2O26 O8:57", "2026-04-01"),
        ("29.12.2O25", "2025-12-29"),
    ],
    "ap-ru-invoice-lab-reagents": [
        ("№ 9-Р/26 от 02.02.2026", "2026-02-02"),
        ("УПД № 38 от 12.02.2026", "2026-02-12"),
    ],
    "ap-ru-invoice-pharmacy-chain": [
        ("№ З-0304 от 04.03.2026", "2026-03-04"),
        ("№ 3 от 10.01.2026", "2026-01-10"),
    ],
    "ap-ru-invoice-infusion-pumps": [
        ("№ ВФ-3365 от 20.03.2026", "2026-03-20"),
        ("от 16.02.2026", "2026-02-16"),
    ],
    "ap-ru-act-acceptance-expertise": [
        ("№ 9/26-Э от 18.03.2026", "2026-03-18"),
        ("товар доставлен 16.03.2026", "2026-03-16"),
        ("№ 01-14/612 от 20.03.2026", "2026-03-20"),
    ],
    "ap-ru-act-oxygen-services": [("№ 14-К/26 от 29.12.2025", "2025-12-29")],
    "ap-ru-act-lab-analyzer-photo": [
        ("IMG_2O26O4O2_1O1733", "2026-04-02"),
        ("ПOЛУЧEHO 02.O4.2O26", "2026-04-02"),
    ],
    "ap-ru-act-pumps-installation": [
        ("№ LMT-SC-26/0117 от 26.03.2026", "2026-03-26"),
        ("№ ВФ-1190 от 23.03.2026", "2026-03-23"),
    ],
    "ap-ru-upd-medicines-lot1": [("№ 14 от 02.03.2026", "2026-03-02")],
    "ap-ru-upd-oxygen-scan": [("O2.O4.2O26 Bx.", "2026-04-02")],
    "ap-ru-upd-pharmacy-chain": [("Дата получения: 07.03.2026", "2026-03-07")],
    "ap-ru-upd-lab-reagents-photo": [
        ("IMG_2O26O318_1O42O8", "2026-03-18"),
        ("Дaтa пoлучeния 18.O3.2O26", "2026-03-18"),
    ],
    "ap-ru-payment-order-hospital-medicines": [
        ("№ 17\nот 19.03.2026", "2026-03-19"),
    ],
    "ap-ru-payment-order-security-scan": [("ПPOBEДEHO 17.O2.2O26", "2026-02-17")],
    "ap-ru-payment-order-oxygen-scan": [("388 oт 31.O3.2O26", "2026-03-31")],
    "ap-ru-payment-order-pharmacy-chain": [("№ РБ-02/26 от 03.03.2026", "2026-03-03")],
    "ap-ru-contract-medicines-44fz": [
        ("протокол подведения итогов от 09.02.2026", "2026-02-09"),
        ("Поставщик 19.02.2026", "2026-02-19"),
    ],
    "ap-ru-contract-pumps-44fz": [
        ("№ 1187 от 16.02.2026", "2026-02-16"),
        ("до 20.03.2026", "2026-03-20"),
    ],
    "ap-ru-other-auction-protocol": [("размещено в ЕИС 28.01.2026", "2026-01-28")],
    "ap-ru-other-expert-conclusion": [
        ("получена 16.03.2026", "2026-03-16"),
        ("от 14.03.2024", "2024-03-14"),
    ],
    "ap-ru-waybill-medicines-scan": [("oт 13.O3.2O26", "2026-03-13")],
    "ap-ru-bank-statement-distributor": [("Сформирована: 28.03.2026", "2026-03-28")],
    "ap-ru-receipt-pharmacy-photo": [("IMG_2O26O323_O91522", "2026-03-23")],
    "ap-ru-passport-pharmacist-scan": [
        ("11.O5.1969", "1969-05-11"),
        ("O2.O3.2O26", "2026-03-02"),
    ],
    "ap-ru-power-of-attorney-pharmacist": [("03.06.2014", "2014-06-03")],
    "ap-ru-letter-claim-hospital": [("№ 17 от 19.03.2026", "2026-03-19")],
    "ap-en-invoice-indian-generics-usd": [
        ("received on 13/02/2026", "2026-02-13"),
        ("Balance payable by 28/04/2026", "2026-04-28"),
    ],
    "ap-en-invoice-german-pumps-eur": [("27.02.2026", "2026-02-27")],
    "ap-en-invoice-armenian-services-amd": [("of 12.02.2026", "2026-02-12")],
    "ap-en-act-commissioning-pumps": [("of 02.03.2026", "2026-03-02")],
    "ap-en-upd-lot2-translation": [("Rudneva, 20 April 2026", "2026-04-20")],
    "ap-en-payment-order-mt103-eur": [("Printed: 12.03.2026", "2026-03-12")],
    "ap-en-contract-indian-supply": [("by 28 February 2026", "2026-02-28")],
    "ap-en-other-coa-ceftriaxone-scan": [("SCANNED 17.O3.2O26", "2026-03-17")],
    "ap-en-other-eu-declaration-pumps": [("of 6 June 2023", "2023-06-06")],
    "ap-en-waybill-awb-generics-scan": [("RECEIVED SVO 28.O2.2O26", "2026-02-28")],
    "ap-en-packing-list-generics-photo": [("IMG_2O26O228_l648O2", "2026-02-28")],
    "ap-en-bank-statement-usd": [("Generated on 01.04.2026", "2026-04-01")],
    "ap-en-receipt-yerevan-hotel-photo": [("Arrival: 16.O3.2O26", "2026-03-16")],
    "ap-en-passport-indian-manager-scan": [
        ("23/O6/l984", "1984-06-23"),
        ("24.O3.2O26", "2026-03-24"),
    ],
    "ap-en-power-of-attorney-customs-broker": [("31 December 2026", "2026-12-31")],
    "ap-en-letter-indian-batch-replacement": [
        ("e-mail of 20 March 2026", "2026-03-20")
    ],
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {
    "ap-ru-invoice-oxygen-fax": "N2 388",
    "ap-ru-act-lab-analyzer-photo": "N2 14",
    "ap-ru-upd-oxygen-scan": "N2 312",
    "ap-ru-upd-lab-reagents-photo": "N2 61",
    "ap-ru-payment-order-security-scan": "N2 1187",
    "ap-ru-payment-order-oxygen-scan": "N2 1618",
    "ap-ru-waybill-medicines-scan": "N2 O316/O2",
    "ap-ru-packing-list-lot1-scan": "N2 УЛ-3318",
    "ap-ru-receipt-pharmacy-photo": "N2 146",
}
# Codes of foreign parties, printed and never labelled: the Indian GSTIN and PAN (also
# the IEC), the German USt-IdNr. and IBAN, and the Armenian TIN and dram account.
FOREIGN_IDENTIFIERS = {
    "ap-en-invoice-indian-generics-usd": {
        "24AAKCS4718M1ZY": "gstin",
        "AAKCS4718M": "pan",
    },
    "ap-en-contract-indian-supply": {"24AAKCS4718M1ZY": "gstin"},
    "ap-en-packing-list-generics-photo": {"24AAKCS4718M1ZY": "gstin"},
    "ap-en-invoice-german-pumps-eur": {
        "DE274618398": "de_vat",
        "DE44513602180048217936": "iban",
    },
    "ap-en-act-commissioning-pumps": {
        "DE274618398": "de_vat",
        "DE44513602180048217936": "iban",
    },
    "ap-en-payment-order-mt103-eur": {"DE44513602180048217936": "iban"},
    "ap-en-invoice-armenian-services-amd": {
        "02587413": "am_tin",
        "2470041827360010": "am_account",
    },
}
# INNs printed for a company with no role in the document. They belong to the customs
# broker as notify party, the hospital as end user and the bidders and the supplier in
# the protocol and the expert conclusion. Others belong to the suppliers named in the
# power of attorney and the counterparties of the statement.
INNS_WITHOUT_ROLE = {
    "ap-en-invoice-indian-generics-usd": ("5262147306",),
    "ap-en-act-commissioning-pumps": ("3329051847",),
    "ap-ru-other-auction-protocol": (
        "3329051847",
        "5260318475",
        "3302145079",
        "5269053181",
    ),
    "ap-ru-other-expert-conclusion": ("5260318475",),
    "ap-ru-power-of-attorney-pharmacist": ("5260318475", "3305091720", "3328046139"),
    "ap-ru-bank-statement-distributor": (
        "3315027467",
        "3329051847",
        "3328114090",
        "330508142718",
        "7704182631",
    ),
}
# Amounts printed beside the total that are not the total. They are sums without VAT
# and VAT, contract prices and initial maximum prices, lots delivered, rejected and
# accepted, penalties, fines and securities. Others are advances, balances, earlier
# deliveries, deposits, bonuses, bank fees and a dollar equivalent.
COMPETING_AMOUNTS = {
    "ap-ru-invoice-medicines-lot1": ["439360.00", "43936.00", "1417284.00"],
    "ap-ru-invoice-oxygen-fax": ["428820.00", "36624.00", "13767.60", "451806.40"],
    "ap-ru-invoice-lab-reagents": ["401200.00", "141860.00"],
    "ap-ru-invoice-pharmacy-chain": ["166520.00", "4210.00", "10490.00", "13556.40"],
    "ap-ru-invoice-infusion-pumps": [
        "2334000.00",
        "2238000.00",
        "117756.00",
        "24126.00",
        "2412600.00",
    ],
    "ap-ru-act-acceptance-expertise": [
        "483296.00",
        "33880.00",
        "773.27",
        "448642.73",
        "1417284.00",
        "40856.00",
    ],
    "ap-ru-act-oxygen-services": [
        "62580.00",
        "13767.60",
        "402864.00",
        "479211.60",
        "392000.00",
    ],
    "ap-ru-act-lab-analyzer-photo": ["43500.00", "12400.00", "223600.00"],
    "ap-ru-act-pumps-installation": [
        "96000.00",
        "21120.00",
        "2238000.00",
        "2355120.00",
    ],
    "ap-ru-upd-medicines-lot1": ["439360.00", "43936.00", "33880.00"],
    "ap-ru-upd-oxygen-scan": ["366240.00", "36624.00", "330000.00"],
    "ap-ru-upd-pharmacy-chain": ["166520.00", "24046.40"],
    "ap-ru-payment-order-hospital-medicines": ["773.27", "40856.00"],
    "ap-ru-payment-order-security-scan": ["2412600.00", "2355120.00"],
    "ap-ru-payment-order-oxygen-scan": ["36624.00", "13767.60"],
    "ap-ru-payment-order-pharmacy-chain": ["190566.40", "4210.00", "10490.00"],
    "ap-ru-contract-medicines-44fz": [
        "1498650.00",
        "128844.00",
        "141728.40",
        "70864.20",
        "1288440.00",
    ],
    "ap-ru-contract-pumps-44fz": [
        "2412600.00",
        "117756.00",
        "24126.00",
        "235512.00",
        "2238000.00",
        "117120.00",
    ],
    "ap-en-invoice-indian-generics-usd": ["4027.50", "9397.50"],
    "ap-en-invoice-german-pumps-eur": ["5490.00", "12810.00", "17760.00"],
    "ap-en-invoice-armenian-services-amd": ["1260000.00", "84000.00", "3449.96"],
    "ap-en-act-commissioning-pumps": ["18300.00", "1900.00", "640.00"],
    "ap-en-upd-lot2-translation": ["424540.00", "42454.00"],
    "ap-en-payment-order-mt103-eur": ["18300.00", "5490.00", "2450.00"],
    "ap-en-contract-indian-supply": ["43200.00", "10500.00"],
    "ap-en-receipt-yerevan-hotel-photo": ["126000.00", "22083.33", "6500.00"],
}
# Numbers that are neither a label nor part of one, with the document that prints
# each: contract registry numbers, ИКЗ, notices, licences, customs declarations,
# GTINs, SSCC, loggers, requests, orders, budget codes, the bids' ids and the
# numbers of other papers of the deal.
OTHER_NUMBERS = {
    "ap-ru-invoice-medicines-lot1": (
        "2332905184726000041",
        "262332905184733290100100170012120244",
        "Л042-00110-52/00284519",
    ),
    "ap-ru-upd-medicines-lot1": (
        "2332905184726000041",
        "10005030/270226/3041877/1",
        "08906012470317",
        "0316/02",
    ),
    "ap-ru-act-acceptance-expertise": ("ВФ-3318", "9/26-Э", "112-о", "01-14/612"),
    "ap-ru-payment-order-hospital-medicines": (
        "ВФ-3318",
        "01-14/612",
        "00000000000000000244",
    ),
    "ap-ru-payment-order-security-scan": (
        "0128200000126000342",
        "00000000000000000510",
    ),
    "ap-ru-other-auction-protocol": ("0128200000126000318",),
    "ap-ru-waybill-medicines-scan": ("ГП-03/16", "TL-48217"),
    "ap-ru-packing-list-lot1-scan": ("146300520000031818", "146300520000031825"),
    "ap-ru-invoice-infusion-pumps": ("ВФ-3365", "1187"),
    "ap-en-invoice-indian-generics-usd": ("VF-IMP-2026/003", "AD2403250118374"),
    "ap-en-invoice-german-pumps-eur": ("40318", "VF-ZK-2026/014", "020-58314270"),
    "ap-en-payment-order-mt103-eur": ("26010118/2981/0000/2/1", "9260147"),
    "ap-en-other-coa-ceftriaxone-scan": ("FP/24/0217",),
    "ap-en-other-eu-declaration-pumps": ("MCP-QS-21/0917", "LMT-DoC-SP3-2023/02"),
}
# Documents of one deal mapped to the documents whose numbers they print.
CITATIONS = {
    "ap-ru-invoice-medicines-lot1": ("ap-ru-contract-medicines-44fz",),
    "ap-ru-upd-medicines-lot1": (
        "ap-ru-contract-medicines-44fz",
        "ap-ru-waybill-medicines-scan",
    ),
    "ap-ru-act-acceptance-expertise": (
        "ap-ru-contract-medicines-44fz",
        "ap-ru-upd-medicines-lot1",
        "ap-ru-other-expert-conclusion",
        "ap-ru-letter-claim-hospital",
    ),
    "ap-ru-payment-order-hospital-medicines": (
        "ap-ru-contract-medicines-44fz",
        "ap-ru-upd-medicines-lot1",
        "ap-ru-letter-claim-hospital",
    ),
    "ap-ru-letter-claim-hospital": (
        "ap-ru-contract-medicines-44fz",
        "ap-ru-upd-medicines-lot1",
        "ap-ru-other-expert-conclusion",
    ),
    "ap-ru-other-expert-conclusion": (
        "ap-ru-contract-medicines-44fz",
        "ap-ru-upd-medicines-lot1",
        "ap-ru-waybill-medicines-scan",
        "ap-en-other-coa-ceftriaxone-scan",
    ),
    "ap-ru-waybill-medicines-scan": (
        "ap-ru-upd-medicines-lot1",
        "ap-ru-packing-list-lot1-scan",
    ),
    "ap-ru-packing-list-lot1-scan": (
        "ap-ru-upd-medicines-lot1",
        "ap-ru-contract-medicines-44fz",
    ),
    "ap-ru-contract-medicines-44fz": ("ap-ru-other-auction-protocol",),
    "ap-ru-invoice-oxygen-fax": ("ap-ru-upd-oxygen-scan", "ap-ru-act-oxygen-services"),
    "ap-ru-act-oxygen-services": ("ap-ru-invoice-oxygen-fax", "ap-ru-upd-oxygen-scan"),
    "ap-ru-payment-order-oxygen-scan": (
        "ap-ru-invoice-oxygen-fax",
        "ap-ru-act-oxygen-services",
    ),
    "ap-ru-upd-lab-reagents-photo": ("ap-ru-invoice-lab-reagents",),
    "ap-ru-invoice-infusion-pumps": (
        "ap-ru-contract-pumps-44fz",
        "ap-ru-payment-order-security-scan",
    ),
    "ap-ru-contract-pumps-44fz": ("ap-ru-payment-order-security-scan",),
    "ap-ru-act-pumps-installation": (
        "ap-ru-contract-pumps-44fz",
        "ap-ru-invoice-infusion-pumps",
        "ap-en-act-commissioning-pumps",
    ),
    "ap-ru-upd-pharmacy-chain": ("ap-ru-invoice-pharmacy-chain",),
    "ap-ru-payment-order-pharmacy-chain": (
        "ap-ru-invoice-pharmacy-chain",
        "ap-ru-upd-pharmacy-chain",
    ),
    "ap-ru-bank-statement-distributor": (
        "ap-ru-payment-order-hospital-medicines",
        "ap-ru-payment-order-pharmacy-chain",
        "ap-ru-contract-medicines-44fz",
        "ap-ru-invoice-pharmacy-chain",
        "ap-ru-waybill-medicines-scan",
    ),
    "ap-en-invoice-indian-generics-usd": ("ap-en-contract-indian-supply",),
    "ap-en-packing-list-generics-photo": (
        "ap-en-invoice-indian-generics-usd",
        "ap-en-contract-indian-supply",
    ),
    "ap-en-waybill-awb-generics-scan": ("ap-en-invoice-indian-generics-usd",),
    "ap-en-bank-statement-usd": (
        "ap-en-invoice-indian-generics-usd",
        "ap-en-contract-indian-supply",
    ),
    "ap-en-letter-indian-batch-replacement": (
        "ap-en-contract-indian-supply",
        "ap-en-invoice-indian-generics-usd",
        "ap-ru-other-expert-conclusion",
    ),
    "ap-en-act-commissioning-pumps": ("ap-en-invoice-german-pumps-eur",),
    "ap-en-payment-order-mt103-eur": ("ap-en-invoice-german-pumps-eur",),
    "ap-en-upd-lot2-translation": (
        "ap-ru-contract-medicines-44fz",
        "ap-en-contract-indian-supply",
    ),
    "ap-en-power-of-attorney-customs-broker": ("ap-en-contract-indian-supply",),
}
# Statements mapped to the documents whose total one of their lines moves.
STATEMENT_PAYMENTS = {
    "ap-ru-bank-statement-distributor": (
        "ap-ru-payment-order-hospital-medicines",
        "ap-ru-payment-order-pharmacy-chain",
    ),
}
# Statements mapped to their opening balance, incoming and outgoing lines, closing
# balance and printed turnovers (debit, credit), as printed.
STATEMENT_TURNOVERS = {
    "ap-ru-bank-statement-distributor": (
        "1 284 617,35",
        ("96 418,70", "448 642,73", "186 356,40"),
        ("777 167,80", "6 800,00", "412 800,00", "1 250,00"),
        "818 017,38",
        ("1 198 017,80", "731 417,83"),
    ),
    "ap-en-bank-statement-usd": (
        "614.20",
        ("5,000.00", "9,422.50"),
        ("4,860.00", "9,397.50", "25.00"),
        "754.20",
        ("14,282.50", "14,422.50"),
    ),
}
# The purchase of dollars for the Indian balance: the rouble statement's line, the
# dollar statement's line, the rate and the roubles debited, as printed.
CURRENCY_PURCHASE = (
    "ap-ru-bank-statement-distributor",
    "Покупка 9 422,50 USD по курсу 82,4800",
    "ap-en-bank-statement-usd",
    "Purchase of USD 9,422.50 from acc. 40702810542000031874 at 82.4800",
    "777 167,80",
)
# The Indian balance: 70% of the invoice, paid by the dollar statement with a fee
# that the dollars bought cover exactly.
INDIAN_BALANCE = ("9 422,50", "9,397.50", "25.00")
# UPD mapped to their item lines (quantity, price, value without VAT, VAT rate, VAT,
# value with VAT) as printed.
UPD_LINES = {
    "ap-ru-upd-medicines-lot1": (
        ("24", "1 925,00", "46 200,00", "10", "4 620,00", "50 820,00"),
        ("16", "1 925,00", "30 800,00", "10", "3 080,00", "33 880,00"),
        ("50", "4 120,00", "206 000,00", "10", "20 600,00", "226 600,00"),
        ("300", "296,40", "88 920,00", "10", "8 892,00", "97 812,00"),
        ("800", "84,30", "67 440,00", "10", "6 744,00", "74 184,00"),
    ),
    "ap-ru-upd-pharmacy-chain": (
        ("600", "78,40", "47 040,00", "10", "4 704,00", "51 744,00"),
        ("400", "96,50", "38 600,00", "10", "3 860,00", "42 460,00"),
        ("300", "64,20", "19 260,00", "10", "1 926,00", "21 186,00"),
        ("240", "118,00", "28 320,00", "22", "6 230,40", "34 550,40"),
        ("360", "92,50", "33 300,00", "22", "7 326,00", "40 626,00"),
    ),
    "ap-en-upd-lot2-translation": (
        ("40", "1,925.00", "77,000.00", "10", "7,700.00", "84,700.00"),
        ("50", "4,120.00", "206,000.00", "10", "20,600.00", "226,600.00"),
        ("250", "296.40", "74,100.00", "10", "7,410.00", "81,510.00"),
        ("800", "84.30", "67,440.00", "10", "6,744.00", "74,184.00"),
    ),
}
# The medicines contract's specification: packs and price per pack without VAT of
# each line, in the order of the lots' lines.
CONTRACT_SPECIFICATION = (
    "ap-ru-contract-medicines-44fz",
    ((120, "1 925,00"), (150, "4 120,00"), (800, "296,40"), (2400, "84,30")),
)
# The first lot's acceptance: delivered value, rejected packs and price, accepted
# value, penalty rate (key rate, days) and the payment that withholds the penalty.
ACCEPTANCE = {
    "upd": "ap-ru-upd-medicines-lot1",
    "act": "ap-ru-act-acceptance-expertise",
    "payment": "ap-ru-payment-order-hospital-medicines",
    "rejected_packs": 16,
    "rejected_price": Decimal("1925.00"),
    "key_rate": Decimal("0.16"),
    "due": date(2026, 3, 13),
    "delivered": date(2026, 3, 16),
    "penalty": "773,27",
}
# The pumps contract: pumps, price, services without VAT, the НМЦК, the security paid
# and the warranty security, with the documents that state them.
PUMPS = {
    "contract": "ap-ru-contract-pumps-44fz",
    "security": "ap-ru-payment-order-security-scan",
    "invoice": "ap-ru-invoice-infusion-pumps",
    "act": "ap-ru-act-pumps-installation",
    "pumps": 12,
    "price": Decimal("186500.00"),
    "services": Decimal("96000.00"),
    "initial_price": Decimal("2412600.00"),
    "warranty_security": Decimal("24126.00"),
}
# The oxygen bill: the invoice requests the UPD and the act, and the payment pays it.
OXYGEN = (
    "ap-ru-invoice-oxygen-fax",
    "ap-ru-upd-oxygen-scan",
    "ap-ru-act-oxygen-services",
    "ap-ru-payment-order-oxygen-scan",
)
# The pharmacy chain's payment: the invoice less the retro bonus.
PHARMACY_PAYMENT = (
    "ap-ru-invoice-pharmacy-chain",
    "ap-ru-payment-order-pharmacy-chain",
    Decimal("4210.00"),
)
# The German invoice: the advance received and the balance that the MT103 pays.
GERMAN_BALANCE = (
    "ap-en-invoice-german-pumps-eur",
    "ap-en-payment-order-mt103-eur",
    Decimal("0.30"),
)
# The MT103 print mapped to its field 32A: value date, currency and amount.
MT103_FIELDS = {"ap-en-payment-order-mt103-eur": "260311EUR12810,00"}
# A date printed day-first that could be read month-first, with the other date of
# the document that settles it and the days between them.
SWAPPABLE_DATES = {
    "ap-en-invoice-german-pumps-eur": ("01.04.2026 (30 days net)", "2026-04-01", 30),
}
# The Indian invoice's rupee value: the total times the rate, printed in lakh groups.
RUPEE_VALUE = ("ap-en-invoice-indian-generics-usd", Decimal("86.45"), "11,60,591.25")
# The treasury (TOFK) BIK of the hospital's treasury body mapped to its single
# treasury account (ЕКС).
TREASURY_BIKS = {"011708412": "40102810645370000074"}
# An ИКЗ of the hospital's purchases: 36 digits of the year, budget level 2, the
# customer's INN and KPP, plan and schedule positions, ОКПД2 class and expense type.
IKZ_PATTERN = re.compile(r"ИКЗ:?\s+(\d{36})(?!\d)")
# A 44-ФЗ contract registry number: 2, the customer's INN, the year and a serial.
REGISTRY_NUMBER = "2332905184726000041"
# GTINs printed in the UPD, the Indian invoice and the German invoice.
GTINS = (
    "08906012470317",
    "04607184004174",
    "04607184005249",
    "04607184006314",
    "04603021187468",
    "04603021188533",
    "04603021189608",
    "04262381300179",
)
# Air waybill numbers: airline prefix, seven digits and a check digit mod 7.
AIR_WAYBILLS = {
    "ap-en-waybill-awb-generics-scan": "589-41736284",
    "ap-en-invoice-german-pumps-eur": "020-58314270",
}
# The Russian passport mapped to the series printed before its six-digit number.
PASSPORT_SERIES = {"ap-ru-passport-pharmacist-scan": "17 14"}
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"ap-en-passport-indian-manager-scan"}
CENT = Decimal("0.01")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_ap()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}
TREASURY_DOCUMENTS = treasury_documents(DOCUMENTS, TREASURY_BIKS)


def total_of(document_id: str) -> Decimal:
    return Decimal(DOCUMENTS_BY_ID[document_id].expected["total"])


# The check for each kind of code in FOREIGN_IDENTIFIERS. The GSTIN, the USt-IdNr. and
# the IBAN are checked by their check characters. The PAN (five letters, four digits,
# a letter), the Armenian TIN (8 digits) and the Armenian account (16 digits) are
# checked by form only.
FOREIGN_IDENTIFIER_CHECKS = {
    "gstin": is_valid_gstin,
    "de_vat": is_valid_german_vat,
    "iban": is_valid_iban,
    "pan": form_check(r"[A-Z]{5}\d{4}[A-Z]"),
    "am_tin": form_check(r"\d{8}"),
    "am_account": form_check(r"\d{16}"),
}


HOLDOUT_SET = HoldoutSet(
    name="ap",
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
        {CONTRACT_SPECIFICATION[0]},
        {ACCEPTANCE["upd"], ACCEPTANCE["act"], ACCEPTANCE["payment"]},
        {PUMPS["contract"], PUMPS["security"], PUMPS["invoice"], PUMPS["act"]},
        set(OXYGEN),
        set(PHARMACY_PAYMENT[:2]),
        set(GERMAN_BALANCE[:2]),
        set(SWAPPABLE_DATES),
        {RUPEE_VALUE[0]},
        set(AIR_WAYBILLS),
    ),
    requisite_counts=(2, 12, 25),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=8,
    requisite_printed=is_printed,
    treasury_biks=TREASURY_BIKS,
    repaired=repaired,
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
    # or the reduced rate of 10% of medicines, never the 20% of 2025.
    vat=VatRules(minimum_counts={"22": 5, "10": 8}),
    other_dates=OTHER_DATES,
    other_date_forms=stamp_date_forms,
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
    passport_series=PASSPORT_SERIES,
    other_numbers=OTHER_NUMBERS,
    upd_lines=UPD_LINES,
    mt103_fields=MT103_FIELDS,
    noisy_amount_sample=("Bceгo к oплaтe: 479 2l1,6O pyб.", "479211.60"),
    look_alike_sample=("ИHH 33O5O9172O", "ИНН 3305091720"),
    check_digit_samples=(
        (is_valid_ogrn, "1155260018748", "1155260018749"),
        (is_valid_ogrn, "318330500018421", "318330500018422"),
        (is_valid_gstin, "24AAKCS4718M1ZY", "24AAKCS4718M1ZX"),
        (is_valid_german_vat, "DE274618398", "DE274618397"),
        (is_valid_iban, "DE44513602180048217936", "DE44513602180048217937"),
        (is_valid_air_waybill, "589-41736284", "589-41736285"),
    ),
    treasury_key_sample=(
        "011708412",
        "03224643170000002500",
        "03224643170000002600",
        "042202981",
    ),
)


@pytest.mark.parametrize(
    "document_id", sorted(MRZ_DOCUMENTS), ids=sorted(MRZ_DOCUMENTS)
)
def test_passport_expires_ten_years_after_issue(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    lines = mrz_lines(document.text, 44)
    issue = date.fromisoformat(document.expected["date"])
    expiry = date(issue.year + 10, issue.month, issue.day) - timedelta(days=1)
    assert lines[1][21:27] == f"{expiry:%y%m%d}", "expiry is not ten years after issue"


@pytest.mark.parametrize(
    ("document_id", "series"),
    sorted(PASSPORT_SERIES.items()),
    ids=sorted(PASSPORT_SERIES),
)
def test_power_of_attorney_cites_passport(document_id, series):
    number = DOCUMENTS_BY_ID[document_id].expected["number"]
    power = DOCUMENTS_BY_ID["ap-ru-power-of-attorney-pharmacist"].text
    assert f"{series} № {number}" in power, "the power of attorney cites no passport"


def test_treasury_documents_found():
    found = set(document_ids(TREASURY_DOCUMENTS))
    assert len(found) == 9, sorted(found)
    assert "ap-ru-payment-order-security-scan" in found, "security payee missing"


def test_security_paid_to_temporary_disposal_account():
    """Check that the security goes to the 03222 account of funds in temporary
    disposal, and the hospital pays from its 03224 account of budget institutions."""
    security = DOCUMENTS_BY_ID[PUMPS["security"]].expected
    assert security["parties.payee.account"].startswith("03222"), "security account"
    for document in TREASURY_DOCUMENTS:
        if document.id == PUMPS["security"]:
            continue
        for path, value in document.expected.items():
            if path.endswith(".account") and value.startswith("03"):
                assert value.startswith("03224"), f"{document.id} {path}"


@pytest.mark.parametrize(
    ("statement_id", "turnover"),
    sorted(STATEMENT_TURNOVERS.items()),
    ids=sorted(STATEMENT_TURNOVERS),
)
def test_statement_balances_add_up(statement_id, turnover):
    opening, credits, debits, closing, (debit_total, credit_total) = turnover
    text = DOCUMENTS_BY_ID[statement_id].text
    for printed in (opening, *credits, *debits, closing, debit_total, credit_total):
        assert printed in text, f"{printed!r} not printed"
    incoming = sum(amount_value(printed) for printed in credits)
    outgoing = sum(amount_value(printed) for printed in debits)
    assert incoming == amount_value(credit_total), f"credits {incoming}"
    assert outgoing == amount_value(debit_total), f"debits {outgoing}"
    expected_closing = amount_value(opening) + incoming - outgoing
    assert expected_closing == amount_value(closing), f"closing {expected_closing}"


def test_currency_purchase_matches_both_statements():
    rouble_id, rouble_line, dollar_id, dollar_line, roubles = CURRENCY_PURCHASE
    rouble_text = DOCUMENTS_BY_ID[rouble_id].text
    dollar_text = DOCUMENTS_BY_ID[dollar_id].text
    assert rouble_line in rouble_text, "purchase line missing in roubles"
    assert dollar_line in dollar_text, "purchase line missing in dollars"
    dollars = Decimal("9422.50")
    rate = Decimal("82.48")
    assert dollars * rate == amount_value(roubles), roubles


def test_indian_balance_uses_dollars_bought():
    bought, balance, fee = INDIAN_BALANCE
    invoice_total = total_of("ap-en-invoice-indian-generics-usd")
    assert amount_value(balance) == invoice_total * Decimal("0.70"), "balance 70%"
    assert amount_value(balance) + amount_value(fee) == amount_value(bought)
    letter = DOCUMENTS_BY_ID["ap-en-letter-indian-batch-replacement"].text
    assert f"USD {balance}" in letter, "the letter does not cite the balance"


def test_lots_fit_contract_specification():
    """Check that the lots use the contract's prices, stay within its quantities and
    that the specification makes the contract price with VAT 10%."""
    contract_id, specification = CONTRACT_SPECIFICATION
    contract = DOCUMENTS_BY_ID[contract_id]
    for _, price in specification:
        assert price in contract.text, f"price {price} not in the contract"
    value = sum(packs * amount_value(price) for packs, price in specification)
    with_vat = (value * Decimal("1.10")).quantize(CENT)
    assert with_vat == Decimal(contract.expected["total"]), f"spec makes {with_vat}"
    lot1 = UPD_LINES["ap-ru-upd-medicines-lot1"]
    lot1_packs = [int(lot1[0][0]) + int(lot1[1][0])] + [int(row[0]) for row in lot1[2:]]
    lot2_packs = [int(row[0]) for row in UPD_LINES["ap-en-upd-lot2-translation"]]
    for (packs, _), first, second in zip(
        specification, lot1_packs, lot2_packs, strict=True
    ):
        assert first + second <= packs, f"lots exceed {packs} packs"


def test_acceptance_and_payment_add_up():
    """Check the first lot: delivered less rejected is accepted, the penalty is 1/300
    of the key rate per day of delay on the lot, and the payment withholds it."""
    delivered = total_of(ACCEPTANCE["upd"])
    rejected = ACCEPTANCE["rejected_packs"] * ACCEPTANCE["rejected_price"]
    rejected_with_vat = (rejected * Decimal("1.10")).quantize(CENT)
    accepted = total_of(ACCEPTANCE["act"])
    assert delivered - rejected_with_vat == accepted, f"accepted {accepted}"
    days = (ACCEPTANCE["delivered"] - ACCEPTANCE["due"]).days
    assert days == 3, f"{days} days of delay"
    penalty = (delivered * ACCEPTANCE["key_rate"] / 300 * days).quantize(
        CENT, rounding=ROUND_HALF_UP
    )
    assert penalty == amount_value(ACCEPTANCE["penalty"]), f"penalty {penalty}"
    for document_id in (ACCEPTANCE["act"], "ap-ru-letter-claim-hospital"):
        text = DOCUMENTS_BY_ID[document_id].text
        assert ACCEPTANCE["penalty"] in text, f"penalty not in {document_id}"
    assert total_of(ACCEPTANCE["payment"]) == accepted - penalty, "payment"


def test_pumps_totals_add_up():
    pumps_value = PUMPS["pumps"] * PUMPS["price"]
    services_vat = (PUMPS["services"] * Decimal("0.22")).quantize(CENT)
    contract_total = total_of(PUMPS["contract"])
    assert pumps_value + PUMPS["services"] + services_vat == contract_total
    assert total_of(PUMPS["invoice"]) == contract_total, "invoice"
    assert total_of(PUMPS["act"]) == PUMPS["services"] + services_vat, "act"
    security = (contract_total * Decimal("0.05")).quantize(CENT)
    assert total_of(PUMPS["security"]) == security, "security is not 5%"
    warranty = (PUMPS["initial_price"] * Decimal("0.01")).quantize(CENT)
    assert warranty == PUMPS["warranty_security"], "warranty security is not 1%"
    security_date = DOCUMENTS_BY_ID[PUMPS["security"]].expected["date"]
    assert security_date < DOCUMENTS_BY_ID[PUMPS["contract"]].expected["date"]


def test_oxygen_invoice_bills_upd_and_act():
    invoice_id, upd_id, act_id, payment_id = OXYGEN
    assert total_of(invoice_id) == total_of(upd_id) + total_of(act_id), "invoice"
    assert total_of(payment_id) == total_of(invoice_id), "payment"


def test_pharmacy_payment_deducts_bonus():
    invoice_id, payment_id, bonus = PHARMACY_PAYMENT
    assert total_of(payment_id) == total_of(invoice_id) - bonus, "payment"
    upd = DOCUMENTS_BY_ID["ap-ru-upd-pharmacy-chain"]
    assert total_of(upd.id) == total_of(invoice_id), "UPD and invoice differ"


def test_mt103_pays_german_balance():
    invoice_id, payment_id, advance_share = GERMAN_BALANCE
    invoice_total = total_of(invoice_id)
    advance = (invoice_total * advance_share).quantize(CENT)
    assert total_of(payment_id) == invoice_total - advance, "balance"
    assert "-5.490,00 EUR" in DOCUMENTS_BY_ID[invoice_id].text, "advance not printed"


@pytest.mark.parametrize(
    ("document_id", "reading"),
    sorted(SWAPPABLE_DATES.items()),
    ids=sorted(SWAPPABLE_DATES),
)
def test_swappable_date_settled_by_other_date(document_id, reading):
    printed_other, other_iso, days = reading
    document = DOCUMENTS_BY_ID[document_id]
    label = date.fromisoformat(document.expected["date"])
    other = date.fromisoformat(other_iso)
    printed_label = numeric_date(label, "day-first", ".")
    assert printed_label in document.text, "date not printed day-first"
    assert printed_other in document.text, f"{printed_other!r} not printed"
    assert label.day <= 12, "the date cannot be read month-first"
    assert (other - label).days == days, "dates not the stated days apart"
    assert (swapped(other) - swapped(label)).days != days, "other order fits as well"


def test_german_total_printed_in_german_style():
    document = DOCUMENTS_BY_ID["ap-en-invoice-german-pumps-eur"]
    assert document.expected["total"] == "18300.00", "total label"
    assert "Invoice total" in document.text, "caption missing"
    assert "18.300,00 EUR" in document.text, "German form missing"


def test_rupee_value_in_lakh_groups():
    document_id, rate, printed = RUPEE_VALUE
    document = DOCUMENTS_BY_ID[document_id]
    assert f"₹ {printed}" in document.text, f"{printed} not printed"
    rupees = printed.replace(",", "")
    amounts = read_amounts_with_indian_groups(document.text, document.noisy)
    assert rupees in amounts, f"{printed} not read in lakh groups"
    assert total_of(document_id) * rate == Decimal(rupees), f"rupees {rupees}"
    assert rupees != document.expected["total"], "rupees are the total"


def test_armenian_dollar_reference():
    document = DOCUMENTS_BY_ID["ap-en-invoice-armenian-services-amd"]
    dollars = (total_of(document.id) / Decimal("389.57")).quantize(CENT)
    assert f"USD {dollars:,}" in document.text, f"USD {dollars} not printed"
    services = Decimal("960000.00") + Decimal("300000.00")
    assert services + Decimal("84000.00") == total_of(document.id), "lines"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_ikz_names_the_hospital(document):
    """Check every ИКЗ that the pattern finds: its year, the regional budget level,
    the hospital's INN and KPP and the expense type 244.

    A noisy ИКЗ whose caption OCR read with a Latin "K" is not found.
    """
    text = document.text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    for ikz in IKZ_PATTERN.findall(re.sub(r"(?<=\d)\n(?=\d)", "", text)):
        assert ikz[:2] in ("25", "26"), f"ИКЗ {ikz} year"
        assert ikz[2] == "2", f"ИКЗ {ikz} is not of a regional customer"
        assert ikz[3:13] == "3329051847", f"ИКЗ {ikz} INN"
        assert ikz[13:22] == "332901001", f"ИКЗ {ikz} KPP"
        assert ikz[33:] == "244", f"ИКЗ {ikz} expense type"


def test_ikz_pattern_finds_codes():
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    found = set(IKZ_PATTERN.findall(texts))
    assert len(found) >= 3, f"only {len(found)} ИКЗ found"


def test_registry_number_names_the_hospital():
    assert REGISTRY_NUMBER[0] == "2", "not a contract registry number"
    assert REGISTRY_NUMBER[1:11] == "3329051847", "customer INN"
    assert REGISTRY_NUMBER[11:13] == "26", "year"
    printing = [
        document.id for document in DOCUMENTS if REGISTRY_NUMBER in document.text
    ]
    assert len(printing) >= 4, printing


def test_gtins_carry_valid_check_digits():
    texts = " ".join(document.text for document in DOCUMENTS)
    for gtin in GTINS:
        assert gtin in texts, f"GTIN {gtin} not printed"
        assert is_valid_gs1_number(gtin), f"GTIN {gtin} has a wrong check digit"


def test_sscc_carry_valid_check_digits():
    document = DOCUMENTS_BY_ID["ap-ru-packing-list-lot1-scan"]
    text = document.text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    found = re.findall(r"(?<!\d)(1\d{17})(?!\d)", text)
    assert len(found) == 2, f"{len(found)} SSCC found"
    for sscc in found:
        assert is_valid_gs1_number(sscc), f"SSCC {sscc} has a wrong check digit"


@pytest.mark.parametrize(
    ("document_id", "number"), sorted(AIR_WAYBILLS.items()), ids=sorted(AIR_WAYBILLS)
)
def test_air_waybill_check_digit(document_id, number):
    document = DOCUMENTS_BY_ID[document_id]
    assert is_printed(number, document.text, document.noisy), f"{number} missing"
    assert is_valid_air_waybill(number), f"{number} has a wrong check digit"
