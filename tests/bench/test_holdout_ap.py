"""Form and consistency of the set AP benchmark documents."""

import re
from collections import Counter
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest

from bench.formats import amount_words_ru
from bench.holdout import is_valid_iban, is_valid_inn
from bench.holdout_ap import load_holdout_ap
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
    check_treasury_key_rejection,
    check_treasury_requisites,
    check_type_counts,
    comparable,
    date_forms,
    document_ids,
    is_printed,
    numeric_date,
    prints_currency_mark,
    read_amounts,
    read_amounts_with_indian_groups,
    repaired,
    swapped,
    treasury_documents,
    upper_case_month_forms,
    without_treasury_labels,
)

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
# Russian documents dated 2026 that charge VAT print the 2026 base rate of 22% or the
# reduced rate of 10% of medicines, never the 20% of 2025.
VAT_RATE_PATTERN = re.compile(r"(?:НДС|HДC)\D{0,12}?(\d{2})\s?%")
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
# Characters of a GSTIN, whose 15th character checks the first 14 by a mod-36 sum.
GSTIN_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CENT = Decimal("0.01")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
# Clean documents are rendered to page images, so they must fit on one page.
MAX_CLEAN_LINES = 70
MAX_CLEAN_LINE_LENGTH = 110
DOCUMENTS = load_holdout_ap()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
NOISY_DOCUMENT_LIST = [document for document in DOCUMENTS if document.noisy]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}
TREASURY_DOCUMENTS = treasury_documents(DOCUMENTS, TREASURY_BIKS)


def total_of(document_id: str) -> Decimal:
    return Decimal(DOCUMENTS_BY_ID[document_id].expected["total"])


def is_valid_ogrn(ogrn: str) -> bool:
    """Check the OGRN key: the first 12 digits mod 11, or for an OGRNIP the first 14
    digits mod 13, then mod 10, equals the last digit."""
    if len(ogrn) == 13:
        return int(ogrn[:12]) % 11 % 10 == int(ogrn[12])
    if len(ogrn) == 15:
        return int(ogrn[:14]) % 13 % 10 == int(ogrn[14])
    return False


def gs1_check_digit(digits: str) -> str:
    """Return the GS1 check digit of `digits`: weights 3 and 1 from the right, then the
    distance to the next multiple of 10."""
    total = sum(
        int(digit) * (3 if index % 2 == 0 else 1)
        for index, digit in enumerate(reversed(digits))
    )
    return str(-total % 10)


def is_valid_gs1_number(number: str) -> bool:
    """Check a GTIN or an SSCC: its last digit is the GS1 check digit of the rest."""
    return number.isdigit() and number[-1] == gs1_check_digit(number[:-1])


def is_valid_gstin(gstin: str) -> bool:
    """Check an Indian GSTIN: a state code, a PAN, an entity digit, "Z" and a check
    character. The check makes the sum of the 15 characters, each valued 0-35 and
    weighted 1 and 2 alternately with the product's base-36 digits added, a
    multiple of 36."""
    if re.fullmatch(r"\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z]", gstin) is None:
        return False
    total = 0
    for index, char in enumerate(gstin[:14]):
        product = GSTIN_CHARACTERS.index(char) * (1 if index % 2 == 0 else 2)
        total += product // 36 + product % 36
    return gstin[14] == GSTIN_CHARACTERS[-total % 36]


def is_valid_german_vat(vat: str) -> bool:
    """Check a German USt-IdNr. by ISO 7064 MOD 11,10 over its first eight digits."""
    if re.fullmatch(r"DE\d{9}", vat) is None:
        return False
    product = 10
    for digit in vat[2:10]:
        remainder = (int(digit) + product) % 10 or 10
        product = 2 * remainder % 11
    return int(vat[10]) == (11 - product) % 10


def is_valid_foreign_identifier(value: str, kind: str) -> bool:
    """Check a foreign code. The GSTIN, the USt-IdNr. and the IBAN are checked by their
    check characters. The PAN (five letters, four digits, a letter), the Armenian
    TIN (8 digits) and the Armenian account (16 digits) are checked by form only."""
    if kind == "gstin":
        return is_valid_gstin(value)
    if kind == "de_vat":
        return is_valid_german_vat(value)
    if kind == "iban":
        return is_valid_iban(value)
    if kind == "pan":
        return re.fullmatch(r"[A-Z]{5}\d{4}[A-Z]", value) is not None
    if kind == "am_tin":
        return re.fullmatch(r"\d{8}", value) is not None
    if kind == "am_account":
        return re.fullmatch(r"\d{16}", value) is not None
    raise ValueError(
        f"invalid identifier kind {kind!r}: expected gstin, de_vat, iban, pan, "
        "am_tin or am_account"
    )


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
    """Return the fields of a passport's second MRZ line whose check digit is wrong.

    A personal number of fillers may carry "<" as its check digit.
    """
    fields = {
        "number": (line[0:9], line[9]),
        "birth": (line[13:19], line[19]),
        "expiry": (line[21:27], line[27]),
        "personal": (line[28:42], line[42]),
        "composite": (line[0:10] + line[13:20] + line[21:43], line[43]),
    }
    errors = []
    for name, (value, check) in fields.items():
        filler_check = check == "<" and set(value) == {"<"}
        if not filler_check and mrz_check_digit(value) != check:
            errors.append(name)
    return errors


def is_valid_air_waybill(number: str) -> bool:
    """Check an air waybill number: the eighth serial digit is the first seven mod 7."""
    match = re.fullmatch(r"\d{3}-(\d{7})(\d)", number)
    return match is not None and int(match.group(1)) % 7 == int(match.group(2))


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
        {CONTRACT_SPECIFICATION[0]},
        {ACCEPTANCE["upd"], ACCEPTANCE["act"], ACCEPTANCE["payment"]},
        {PUMPS["contract"], PUMPS["security"], PUMPS["invoice"], PUMPS["act"]},
        set(OXYGEN),
        set(PHARMACY_PAYMENT[:2]),
        set(GERMAN_BALANCE[:2]),
        set(MT103_FIELDS),
        set(SWAPPABLE_DATES),
        {RUPEE_VALUE[0]},
        set(AIR_WAYBILLS),
        set(PASSPORT_SERIES),
        MRZ_DOCUMENTS,
    )


def test_every_document_labels_number_and_date():
    for document in DOCUMENTS:
        assert document.expected.get("number"), f"{document.id} has no number label"
        assert document.expected.get("date"), f"{document.id} has no date label"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    check_document_id_and_type(document, "ap", ROLES_BY_TYPE)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_noisy_flag_matches_damage(document):
    check_noisy_flag(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_number_label_printed(document):
    check_number_label(document, repaired=repaired)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_date_label_printed(document):
    check_date_label(document, extra_forms=upper_case_month_forms, repaired=repaired)


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
    """Check the requisite labels, leaving treasury BIKs and accounts to the treasury
    check, because `is_valid_bik` accepts only bank BIKs."""
    bank_labels = without_treasury_labels(document, TREASURY_BIKS)
    check_requisites(bank_labels, ROLES_BY_TYPE, is_printed=is_printed)


@pytest.mark.parametrize(
    "document", TREASURY_DOCUMENTS, ids=document_ids(TREASURY_DOCUMENTS)
)
def test_treasury_requisites_valid(document):
    check_treasury_requisites(document, TREASURY_BIKS)


def test_treasury_documents_found():
    found = set(document_ids(TREASURY_DOCUMENTS))
    assert len(found) == 9, sorted(found)
    assert "ap-ru-payment-order-security-scan" in found, "security payee missing"


def test_treasury_checks_reject_wrong_key():
    check_treasury_key_rejection(
        "011708412", "03224643170000002500", "03224643170000002600", "042202981"
    )


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
        value = date.fromisoformat(iso)
        forms = [*date_forms(value), *upper_case_month_forms(value), f"{value:%Y%m%d}"]
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


@pytest.mark.parametrize(
    ("document_id", "lines"), sorted(UPD_LINES.items()), ids=sorted(UPD_LINES)
)
def test_upd_lines_make_total(document_id, lines):
    document = DOCUMENTS_BY_ID[document_id]
    total = Decimal(0)
    for quantity, price, without_vat, rate, vat, with_vat in lines:
        for printed in (price, without_vat, vat, with_vat):
            assert printed in document.text, f"{printed!r} not printed"
        assert f"{rate}%" in document.text, f"rate {rate}% not printed"
        assert int(quantity) * amount_value(price) == amount_value(without_vat)
        expected_vat = amount_value(without_vat) * Decimal(rate) / 100
        assert expected_vat == amount_value(vat), f"VAT of {without_vat}"
        line_total = amount_value(without_vat) + amount_value(vat)
        assert line_total == amount_value(with_vat), with_vat
        total += amount_value(with_vat)
    assert total == Decimal(document.expected["total"]), f"lines make {total}"


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
    power = DOCUMENTS_BY_ID["ap-ru-power-of-attorney-pharmacist"].text
    assert f"{series} № {number}" in power, "the power of attorney cites no passport"


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
    issue = date.fromisoformat(document.expected["date"])
    expiry = date(issue.year + 10, issue.month, issue.day) - timedelta(days=1)
    assert lines[1][21:27] == f"{expiry:%y%m%d}", "expiry is not ten years after issue"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_russian_vat_rates_of_2026(document):
    if document.language != "ru" or not document.expected["date"].startswith("2026"):
        return
    text = document.text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    for rate in VAT_RATE_PATTERN.findall(text):
        assert rate in ("22", "10"), f"VAT {rate}% in a 2026 document"
    assert not re.search(r"(?<![\d,.])20\s?%", text), "a rate of 20% is printed"


def test_vat_rate_pattern_finds_rates():
    texts = " ".join(
        document.text for document in DOCUMENTS if document.language == "ru"
    )
    rates = Counter(VAT_RATE_PATTERN.findall(texts.translate(AMOUNT_DIGIT_LOOK_ALIKES)))
    assert rates["22"] >= 5, f"only {rates['22']} rates of 22% found"
    assert rates["10"] >= 8, f"only {rates['10']} rates of 10% found"


def test_ogrn_pattern_finds_numbers():
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    found = OGRN_PATTERN.findall(texts)
    assert len(found) >= 8, f"only {len(found)} OGRN found"


def test_requisite_checks_find_ibans_and_accounts():
    check_printed_requisite_counts(
        CLEAN_DOCUMENTS,
        min_ibans=2,
        min_correspondent_accounts=12,
        min_settlement_accounts=25,
    )


def test_ogrn_check_rejects_wrong_key():
    assert is_valid_ogrn("1155260018748")
    assert not is_valid_ogrn("1155260018749")
    assert is_valid_ogrn("318330500018421")
    assert not is_valid_ogrn("318330500018422")


def test_foreign_checks_reject_wrong_keys():
    assert is_valid_gstin("24AAKCS4718M1ZY")
    assert not is_valid_gstin("24AAKCS4718M1ZX")
    assert is_valid_german_vat("DE274618398")
    assert not is_valid_german_vat("DE274618397")
    assert is_valid_iban("DE44513602180048217936")
    assert not is_valid_iban("DE44513602180048217937")
    assert is_valid_air_waybill("589-41736284")
    assert not is_valid_air_waybill("589-41736285")


def test_mrz_check_digit_known_value():
    # A known MRZ example: the number "L898902C3" has check digit 6.
    assert mrz_check_digit("L898902C3") == "6"
    assert mrz_check_digit("740812") == "2"


def test_noisy_amounts_read_look_alikes():
    check_amount_read_through_look_alikes(
        "Bceгo к oплaтe: 479 2l1,6O pyб.", "479211.60"
    )


def test_noisy_text_compares_through_look_alikes():
    assert repaired("ИHH 33O5O9172O") == repaired("ИНН 3305091720")
