"""Form and consistency of the set AB benchmark documents.

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
from bench.holdout_ab import load_holdout_ab
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES,
    OGRN_PATTERN,
    comparable,
    date_forms,
    is_printed,
    repaired,
)
from tests.bench.holdout_codes import (
    is_valid_german_vat,
    is_valid_kz_bin,
    is_valid_ogrn,
    strict_td3_errors,
)
from tests.bench.holdout_sets import HoldoutSet, VatRules

# Powers of attorney label their representative "attorney", as sets F to Z do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words that this set's documents use. "рубл" covers
# "рубль" and "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar"),
    "EUR": (*holdout_checks.CURRENCY_MARKS["EUR"], "euro", "евро"),
}
# The cash receipt prints "ИТОГ ≡3120.00" and no currency mark at all.
UNMARKED_ROUBLE_DOCUMENTS = {"ab-ru-receipt-ofd-phone-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the reconciliation act and the statements,
# whose balances are states of account, and the waybills, which print no money or only
# a carrier's charge.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "ab-ru-act-reconciliation-edo",
    "ab-ru-bank-statement-internet-bank-day",
    "ab-ru-bank-statement-numbered-cards",
    "ab-ru-waybill-electronic-transport",
    "ab-en-waybill-sap-delivery-note-scan",
    "ab-en-bank-statement-eur-account",
}
# The reconciliation act prints no number, and the internet bank's statement prints
# "№" only before its account number.
DOCUMENTS_WITHOUT_NUMBER_LABEL = {
    "ab-ru-act-reconciliation-edo",
    "ab-ru-bank-statement-internet-bank-day",
}
# The documents that imitate OCR of phone photos, faxes and scans of printouts.
NOISY_DOCUMENTS = {
    "ab-ru-invoice-1c-phone-photo",
    "ab-ru-invoice-edo-print-scan",
    "ab-ru-act-carrier-edo-print-scan",
    "ab-ru-upd-status2-edo-print-scan",
    "ab-ru-payment-order-internet-bank-scan",
    "ab-ru-packing-list-warehouse-scan",
    "ab-ru-receipt-ofd-phone-photo",
    "ab-ru-passport-for-certificate-scan",
    "ab-ru-power-of-attorney-mchd-company-scan",
    "ab-ru-letter-annul-duplicate-upd-scan",
    "ab-en-invoice-oracle-credit-memo-scan",
    "ab-en-waybill-sap-delivery-note-scan",
    "ab-en-receipt-conference-photo",
    "ab-en-passport-serbia-scan",
    "ab-en-other-remittance-advice-fax",
}
# Dates printed by signature stamps, operators, banks, ERP systems, stamps and notes,
# and the dates of cited documents and validity periods, with the day each one states.
# None of them is the document's date.
OTHER_DATES = {
    "ab-ru-invoice-1c-note-signed": [
        ("до 20.02.2026", "2026-02-20"),
        ("от 14.04.2025", "2025-04-14"),
        ("с 12.01.2026 по 12.04.2027", "2026-01-12"),
    ],
    "ab-ru-invoice-edo-web-export": [
        ("Выгружен 04.03.2026 09:12", "2026-03-04"),
        ("Просмотрен получателем: 04.03.2026 08:58", "2026-03-04"),
        ("Оплатить до 13.03.2026", "2026-03-13"),
        ("№ 311 от 27.02.2026", "2026-02-27"),
    ],
    "ab-ru-invoice-1c-phone-photo": [("oт O3.O3.2O25", "2025-03-03")],
    "ab-ru-invoice-sole-proprietor-signed": [
        ("Оплатить до 12.03.2026", "2026-03-12"),
        ("от 16.02.2026", "2026-02-16"),
    ],
    "ab-ru-invoice-edo-print-scan": [
        ("25.O2.2O26 O9:4l", "2026-02-25"),
        ("l5.O7.2O24", "2024-07-15"),
    ],
    "ab-ru-act-edo-two-signatures": [
        ("Подписан: 03.03.2026 10:44", "2026-03-03"),
        ("от 01.09.2025", "2025-09-01"),
    ],
    "ab-ru-act-reconciliation-edo": [
        ("01.10.2025 - 31.12.2025", "2025-12-31"),
        ("подписано 21.01.2026 09:05", "2026-01-21"),
    ],
    "ab-ru-act-carrier-edo-print-scan": [
        ("Пoдпиcaн l6.O3.2O26 l4:O2", "2026-03-16"),
        ("oт O2.O3.2O26", "2026-03-02"),
    ],
    "ab-ru-act-licences-vat-exempt": [
        ("подписан 02.02.2026 10:17", "2026-02-02"),
        ("подписан 03.02.2026 16:48", "2026-02-03"),
        ("№ РК-0112 от 30.01.2026", "2026-01-30"),
    ],
    "ab-ru-upd-edo-status1-signed": [
        ("Дата получения (приемки) (16): 13.02.2026", "2026-02-13"),
        ("от 26.12.2011 № 1137", "2011-12-26"),
        ("Подписан 13.02.2026 09:31", "2026-02-13"),
    ],
    "ab-ru-upd-corrected-edo": [
        ("Исправление № 1 от 05.02.2026", "2026-02-05"),
        ("подписан 06.02.2026 08:50", "2026-02-06"),
        ("№ 96 от 19.01.2026", "2026-01-19"),
    ],
    "ab-ru-upd-ukd-price-discount": [
        ("№ 271 от 15.01.2026", "2026-01-15"),
        ("подписан 19.02.2026 09:12", "2026-02-19"),
    ],
    "ab-ru-upd-status2-edo-print-scan": [
        ("пoдпиcaн 27.O2.2O26 O8:l5", "2026-02-27"),
        ("пoдпиcaн O2.O3.2O26 ll:4O", "2026-03-02"),
    ],
    "ab-ru-payment-order-internet-bank-export": [
        ("ПРОВЕДЕНО 19.02.2026", "2026-02-19"),
        ("от 16.02.2026", "2026-02-16"),
    ],
    "ab-ru-payment-order-internet-bank-scan": [
        ("ПPOBEДEHO  O6.O3.2O26", "2026-03-06"),
        ("oт O3.O3.2O26", "2026-03-03"),
    ],
    "ab-ru-payment-order-after-ukd": [
        ("Списано со счета плательщика: 24.02.2026", "2026-02-24"),
        ("Выгружено: 24.02.2026 11:26", "2026-02-24"),
        ("№ 12-К от 18.02.2026", "2026-02-18"),
    ],
    "ab-ru-payment-order-sole-proprietor-payee": [
        ("№ 31 от 13.03.2026", "2026-03-13"),
    ],
    "ab-ru-contract-supply-edo-signed": [
        ("23.01.2026 10:02", "2026-01-23"),
        ("до 31.12.2026", "2026-12-31"),
    ],
    "ab-ru-waybill-electronic-transport": [
        ("с 12.01.2026 по 12.04.2027", "2026-01-12"),
    ],
    "ab-ru-bank-statement-internet-bank-day": [
        ("Дата формирования: 20.02.2026 08:03", "2026-02-20"),
        ("Дата предыдущей операции по счету: 18.02.2026", "2026-02-18"),
    ],
    "ab-ru-bank-statement-numbered-cards": [
        ("02.03.2026 09:40", "2026-03-02"),
        ("Дата последней операции по счету: 26.02.2026", "2026-02-26"),
    ],
    "ab-ru-passport-for-certificate-scan": [
        ("Koпия вepнa  l9.Ol.2O26", "2026-01-19"),
        ("O3.ll.l99O", "1990-11-03"),
    ],
    "ab-ru-power-of-attorney-mchd-employee": [
        ("по 18.01.2027", "2027-01-18"),
        ("дата рождения: 12.05.1991", "1991-05-12"),
        ("Статус в реестре на 05.03.2026", "2026-03-05"),
    ],
    "ab-ru-power-of-attorney-mchd-company-scan": [
        ("Дeйcтвуeт пo: Ol.O2.2O28", "2028-02-01"),
    ],
    "ab-ru-letter-annul-duplicate-upd-scan": [
        ("Bx. Ne 64  O4.O3.2O26", "2026-03-04"),
        ("oт l2.O2.2O26", "2026-02-12"),
    ],
    "ab-ru-other-edo-document-register": [
        ("уточнении 24.02.2026", "2026-02-24"),
        ("истекает 10.03.2026", "2026-03-10"),
    ],
    "ab-en-invoice-sap-posting-stamp": [
        ("RECEIVED 13.02.2026", "2026-02-13"),
        ("Posting date 16.02.2026", "2026-02-16"),
        ("due 12.03.2026", "2026-03-12"),
        ("4500018273 of 12.01.2026", "2026-01-12"),
    ],
    "ab-en-invoice-peppol-ubl-render": [
        ("Due date:                2026-03-19", "2026-03-19"),
        ("prepayment 03-02-2026", "2026-02-03"),
    ],
    "ab-en-invoice-oracle-credit-memo-scan": [
        ("GL Date              l6-FEB-2O26", "2026-02-16"),
        ("Invoice Date         l4-JAN-2O26", "2026-01-14"),
    ],
    "ab-en-act-acceptance-esignature": [
        ("Signed: 02 Mar 2026 09:18:44", "2026-03-02"),
        ("of November 14, 2025", "2025-11-14"),
    ],
    "ab-en-upd-edo-english-view": [
        ("Printed 24.02.2026 10:05", "2026-02-24"),
        ("Date of receipt (16): 20.02.2026", "2026-02-20"),
    ],
    "ab-en-payment-order-internet-bank": [
        ("EXECUTED 24.02.2026", "2026-02-24"),
        ("dated 16.02.2026", "2026-02-16"),
    ],
    "ab-en-contract-licence-esignature": [
        ("signed 27.01.2026 09:41:12", "2026-01-27"),
        ("signed 29.01.2026 14:05:55", "2026-01-29"),
        ("until January 31, 2029", "2029-01-31"),
    ],
    "ab-en-waybill-sap-delivery-note-scan": [
        ("Planned arrival    l7.O2.2O26", "2026-02-17"),
    ],
    "ab-en-bank-statement-eur-account": [
        ("Exported 18.02.2026 07:55", "2026-02-18"),
        ("No. 17 for 16.02.2026", "2026-02-16"),
    ],
    "ab-en-receipt-conference-photo": [("dated O2 Mar 2O26", "2026-03-02")],
    "ab-en-passport-serbia-scan": [
        ("l7.O9.l984", "1984-09-17"),
        ("l3.O6.2O32", "2032-06-13"),
    ],
    "ab-en-power-of-attorney-mchd-translation": [
        ("St. Petersburg, 15 January 2026", "2026-01-15"),
        ("11 January 2027", "2027-01-11"),
    ],
    "ab-en-letter-peppol-invoicing-rules": [
        ("From 1 April 2026", "2026-04-01"),
        ("of 17 February 2026", "2026-02-17"),
    ],
    "ab-en-other-remittance-advice-fax": [
        ("O2-MAR-2O26 O9:l4", "2026-03-02"),
        ("l7.O2.2O26", "2026-02-17"),
    ],
    "ab-en-other-customer-statement": [
        ("14-Jan-2026", "2026-01-14"),
        ("18-Mar-2026", "2026-03-18"),
    ],
}
# EDO participant ids printed in the clean documents: "2BE" and 32 hexadecimal digits,
# or "2AL-", a GUID and a five-digit suffix.
OPERATOR_IDS = {
    "ab-ru-invoice-1c-note-signed": ["2BE9273d7cee9d9136682575250def91799"],
    "ab-ru-invoice-edo-web-export": [
        "2BEe2786d3748421599e3e9c8fe21da8027",
        "2AL-48ca7651-92f5-4f7b-8323-d342df6a8f93-00001",
    ],
    "ab-ru-act-edo-two-signatures": [
        "2BEf7e4c6428da8099f4efbacea67c7d1af",
        "2AL-1d34d08e-7a4c-45d4-9c99-e04cf0e98b3b-00002",
    ],
    "ab-ru-act-licences-vat-exempt": [
        "2AL-cfa701cd-2631-400b-a6d7-94d30db95301-00003",
        "2BE52eb9d8e96cf37cb990c801f97b76843",
    ],
    "ab-ru-upd-edo-status1-signed": [
        "2BEcc4f14a3e3e04d42f8ac2acaf127972d",
        "2AL-afbb411a-a123-4a8c-93b7-a88612f70c97-00001",
    ],
    "ab-ru-upd-corrected-edo": [
        "2BE0815fe85df2fbdaa35adf9c1e2a8a3c0",
        "2BEed16bfe16849ef307590d273e34f98df",
    ],
    "ab-ru-upd-ukd-price-discount": [
        "2BE33e5901a19bbd47d5552c7f47e8e80e9",
        "2BEb81d4f0c7e29a35d6f48c1e0a7b93d25",
    ],
    "ab-ru-contract-supply-edo-signed": [
        "2BEd41c7b06a95e3f28c14d0b7a6e92f5c3",
        "2AL-9e4b7c21-3d58-4a06-bf19-6c2e8d07a4f1-00001",
    ],
    "ab-ru-waybill-electronic-transport": [
        "2BEd41c7b06a95e3f28c14d0b7a6e92f5c3",
        "2AL-9e4b7c21-3d58-4a06-bf19-6c2e8d07a4f1-00001",
    ],
    "ab-ru-power-of-attorney-mchd-employee": [
        "2AL-afbb411a-a123-4a8c-93b7-a88612f70c97-00001",
    ],
    "ab-ru-other-edo-document-register": ["2BEcc4f14a3e3e04d42f8ac2acaf127972d"],
    "ab-en-upd-edo-english-view": [
        "2BE4a9e1c07d38b52f6e09a7c14d2b83f6e",
        "2AL-b2d83f4e-6c19-4a70-85e3-d94a1f07c62b-00001",
    ],
    "ab-en-power-of-attorney-mchd-translation": [
        "2BEcc4f14a3e3e04d42f8ac2acaf127972d",
    ],
}
OPERATOR_ID_PATTERN = re.compile(
    r"2BE[0-9a-f]{32}|2AL-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-\d{5}"
)
# Serial numbers of signature certificates in the clean documents: 32 to 40
# hexadecimal digits.
CERTIFICATE_SERIAL_PATTERN = re.compile(r"(?<![0-9A-F])[0-9A-F]{32,40}(?![0-9A-F])")
# Clean documents whose signature stamps print certificate serials, with how many.
CERTIFICATE_SERIAL_COUNTS = {
    "ab-ru-invoice-1c-note-signed": 1,
    "ab-ru-invoice-edo-web-export": 1,
    "ab-ru-invoice-sole-proprietor-signed": 1,
    "ab-ru-act-edo-two-signatures": 2,
    "ab-ru-act-reconciliation-edo": 2,
    "ab-ru-act-licences-vat-exempt": 2,
    "ab-ru-upd-edo-status1-signed": 2,
    "ab-ru-upd-corrected-edo": 2,
    "ab-ru-upd-ukd-price-discount": 2,
    "ab-ru-payment-order-internet-bank-export": 2,
    "ab-ru-payment-order-after-ukd": 1,
    "ab-ru-contract-supply-edo-signed": 2,
    "ab-ru-waybill-electronic-transport": 3,
    "ab-ru-bank-statement-internet-bank-day": 1,
    "ab-ru-power-of-attorney-mchd-employee": 1,
    "ab-en-act-acceptance-esignature": 2,
    "ab-en-upd-edo-english-view": 2,
    "ab-en-contract-licence-esignature": 2,
    "ab-en-power-of-attorney-mchd-translation": 1,
}
GUID_PATTERN = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE
)
# GUIDs printed in a document that are not its number: EDO document ids, envelope ids,
# message ids, the ids of an electronic waybill and the powers of attorney of signers.
GUIDS_NOT_NUMBERS = {
    "ab-ru-invoice-edo-web-export": ["7de31a51-6694-4343-90ba-58e3d2762bdc"],
    "ab-ru-act-edo-two-signatures": [
        "4ac9778d-8da8-4ee4-8df5-6ac6f96b648a",
        "a34b6cf6-2053-4a42-b1af-db65b289f224",
    ],
    "ab-ru-upd-edo-status1-signed": [
        "5b9d2e47-0c3a-4f81-9e6d-2a7c41f08b93",
        "1a432f0a-7daa-49f0-80b6-fce2de53790a",
    ],
    "ab-ru-upd-corrected-edo": ["e3f1a9c2-6b04-4d7e-8a15-9c2b7d40e6f8"],
    "ab-ru-upd-ukd-price-discount": ["7f3c0a92-1e5b-4c68-b4d7-90a2e61f3c85"],
    "ab-ru-waybill-electronic-transport": ["1d34d08e-7a4c-45d4-9c99-e04cf0e98b3b"],
    "ab-en-invoice-peppol-ubl-render": ["c3e81f5a-92d7-4b06-a1e4-6f0d27b9c8a3"],
    "ab-en-act-acceptance-esignature": ["6d0f2b91-4c7a-4e35-9b18-e27a5c3f8d04"],
    "ab-en-upd-edo-english-view": ["0e7d5c39-a1f2-4b86-9d40-3c2f8a61e5b7"],
    "ab-en-contract-licence-esignature": ["8b5e3d17-f2a4-4c90-b6e1-07d9a2c54f38"],
}
# Machine-readable powers of attorney, numbered by the GUID of the FNS register, with
# the internal number that each prints and that is not the label.
MCHD_INTERNAL_NUMBERS = {
    "ab-ru-power-of-attorney-mchd-employee": "52/ЭД-01",
    "ab-ru-power-of-attorney-mchd-company-scan": "7-Д",
    "ab-en-power-of-attorney-mchd-translation": "BK-14/2026",
}
# The UPD whose number and date stay those of the invoice it corrects, with the
# heading line of that invoice and of the correction.
CORRECTED_UPD = (
    "ab-ru-upd-corrected-edo",
    "Счет-фактура № 318 от 22.01.2026",
    "Исправление № 1 от 05.02.2026",
)
# The УКД, whose total ends its "Всего уменьшение" row. Its "Всего увеличение" row
# prints zeros.
UKD_DOCUMENT = "ab-ru-upd-ukd-price-discount"
# The Peppol e-invoice, whose total is the amount with VAT. Its amount due is that
# total less the prepaid amount.
PEPPOL_INVOICE = "ab-en-invoice-peppol-ubl-render"
# The credit memo prints its negative amounts in brackets.
CREDIT_MEMO = "ab-en-invoice-oracle-credit-memo-scan"
# The reconciliation act, with the closing balance that both halves print.
RECONCILIATION_ACT = ("ab-ru-act-reconciliation-edo", "286 150,00")
# Payment orders exported from internet banks with the abbreviated receipt and debit
# captions of form 0401060 and the payment type "ЭЛЕКТРОННО".
INTERNET_BANK_PAYMENT_ORDERS = {
    "ab-ru-payment-order-internet-bank-export",
    "ab-ru-payment-order-internet-bank-scan",
    "ab-ru-payment-order-sole-proprietor-payee",
}
# Amounts printed beside the total that are not the total: QR sums in kopecks, amounts
# without VAT, VAT, advances, contract prices, cited invoices, values before and after
# a correction, prepaid amounts and balances.
COMPETING_AMOUNTS = {
    "ab-ru-invoice-edo-web-export": ["32051840.00", "262720.00"],
    "ab-ru-act-edo-two-signatures": ["188400.00", "41448.00"],
    "ab-ru-act-licences-vat-exempt": ["945000.00", "828000.00"],
    "ab-ru-upd-ukd-price-discount": ["2166720.00", "2034960.00", "131760.00"],
    "ab-ru-payment-order-after-ukd": ["2418040.00", "151280.00"],
    "ab-ru-contract-supply-edo-signed": ["1464000.00", "880000.00"],
    "ab-en-invoice-sap-posting-stamp": ["29700.00", "1220.50"],
    "ab-en-invoice-peppol-ubl-render": ["5367.69", "6089.00", "2000.00"],
    "ab-en-invoice-oracle-credit-memo-scan": ["18420.00", "16269.60"],
    "ab-en-act-acceptance-esignature": ["128600.00", "71400.00"],
    "ab-en-contract-licence-esignature": ["46000.00", "23000.00", "13200.00"],
    "ab-en-receipt-conference-photo": ["959.68", "230.32"],
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {
    "ab-ru-invoice-edo-print-scan": "N2 ПX-OO871",
    "ab-ru-act-carrier-edo-print-scan": "N2 3l",
}
# INNs of general directors who sign a power of attorney for its principal. They have
# no role in it.
INNS_WITHOUT_ROLE = {
    "ab-ru-power-of-attorney-mchd-employee": ["523520416920"],
    "ab-ru-power-of-attorney-mchd-company-scan": ["781473138374"],
    "ab-en-power-of-attorney-mchd-translation": ["694379947289"],
}
# Registration codes of foreign parties and foreign accounts, printed and never
# labelled: IBANs, the German USt-IdNr. and the Kazakh BIN.
FOREIGN_IDENTIFIERS = {
    "ab-en-invoice-sap-posting-stamp": {
        "DE96440501990418273650": "iban",
        "DE276159387": "de_vat",
    },
    "ab-en-invoice-peppol-ubl-render": {"NL82INGB0007412836": "iban"},
    "ab-en-contract-licence-esignature": {
        "KZ186018711000438215": "iban",
        "180240019776": "kz_bin",
    },
    "ab-en-packing-list-sap-handling-units": {"DE276159387": "de_vat"},
    "ab-en-bank-statement-eur-account": {
        "LT427300010089412736": "iban",
        "FI9240500090418275": "iban",
        "DE58200505501238471902": "iban",
    },
    "ab-en-other-remittance-advice-fax": {
        "NL82INGB0007412836": "iban",
        "NL15ABNA0518372946": "iban",
    },
}
# СНИЛС numbers of the persons in the clean МЧД and its translation, as printed.
SNILS_NUMBERS = {
    "ab-ru-power-of-attorney-mchd-employee": ["073-415-286 53", "148-592-374 05"],
    "ab-en-power-of-attorney-mchd-translation": ["211-640-953 28"],
}
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"ab-en-passport-serbia-scan"}
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_ab()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


# Amounts in noisy documents are also read with lost spaces mended.
read_amounts = partial(holdout_checks.read_amounts, mend_lost_spaces=True)


def extra_date_forms(value: date) -> list[str]:
    """Return the upper-case "12-FEB-2026" form of Oracle prints, which a noisy text
    maps differently from the mixed-case form of `date_forms`."""
    month = MONTHS_EN[value.month - 1][:3].upper()
    return [f"{value:%d}-{month}-{value.year}"]


# The check for each kind of code in FOREIGN_IDENTIFIERS.
FOREIGN_IDENTIFIER_CHECKS = {
    "iban": is_valid_iban,
    "de_vat": is_valid_german_vat,
    "kz_bin": is_valid_kz_bin,
}


def is_valid_snils(snils: str) -> bool:
    """Check a СНИЛС key: the digits weighted 9 down to 1, taken mod 101 when above
    101, with 100 and 101 written as 00."""
    digits = re.sub(r"\D", "", snils)
    if len(digits) != 11:
        return False
    total = sum(
        int(digit) * weight
        for digit, weight in zip(digits[:9], range(9, 0, -1), strict=True)
    )
    if total > 101:
        total %= 101
    key = 0 if total in (100, 101) else total
    return digits[9:] == f"{key:02d}"


def amount_label(printed: str) -> str:
    """Return a printed "1 234,56" or "1,234.56" amount as a "1234.56" label."""
    digits = re.sub(r"[^\d]", "", printed)
    return f"{Decimal(digits) / 100:.2f}"


def other_date_forms(value: date) -> list[str]:
    """Return the forms in which a date of OTHER_DATES may state its day."""
    return [*date_forms(value), *extra_date_forms(value), f"{value:%d-%m-%Y}"]


HOLDOUT_SET = HoldoutSet(
    name="ab",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        set(OPERATOR_IDS),
        set(CERTIFICATE_SERIAL_COUNTS),
        set(GUIDS_NOT_NUMBERS),
        set(MCHD_INTERNAL_NUMBERS),
        {CORRECTED_UPD[0], UKD_DOCUMENT, PEPPOL_INVOICE, CREDIT_MEMO},
        {RECONCILIATION_ACT[0]},
        INTERNET_BANK_PAYMENT_ORDERS,
        set(SNILS_NUMBERS),
    ),
    requisite_counts=(6, 15, 25),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=6,
    requisite_printed=is_printed,
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
    documents_without_number_label=DOCUMENTS_WITHOUT_NUMBER_LABEL,
    clean_documents_fit_a_page=True,
    # Russian documents dated 2026 that charge VAT print the 2026 base rate of 22%
    # or the reduced rate of 10%, never the 20% of 2025.
    vat=VatRules(minimum_counts={"22": 10}),
    other_dates=OTHER_DATES,
    other_date_forms=other_date_forms,
    competing_amounts=COMPETING_AMOUNTS,
    number_sign_misreads=NUMBER_SIGN_READ_AS_N2,
    inns_without_role=INNS_WITHOUT_ROLE,
    foreign_identifiers=FOREIGN_IDENTIFIERS,
    foreign_identifier_checks=FOREIGN_IDENTIFIER_CHECKS,
    mrz_documents=MRZ_DOCUMENTS,
    mrz_line_errors=strict_td3_errors,
    noisy_amount_sample=("ИTOГ    ≡3l2O.OO", "3120.00"),
    check_digit_samples=(
        (is_valid_ogrn, "1107710336656", "1107710336657"),
        (is_valid_ogrn, "321508620277608", "321508620277609"),
        (is_valid_german_vat, "DE276159387", "DE276159388"),
        (is_valid_kz_bin, "180240019776", "180240019777"),
        (is_valid_iban, "NL82INGB0007412836", "NL82INGB0007412837"),
        (is_valid_snils, "073-415-286 53", "073-415-286 54"),
    ),
    currency_mark_samples=(
        ("Итого 3 120,00 pyб.", "руб", True, True),
        ("EUROPEAN PALLET", "EUR", False, False),
        ("Брутто, кг", "руб", False, False),
    ),
    amount_reader_samples=(
        ("Bceгo к oплaтe:   9l5 9O7,68", True, "915907.68", True),
        ("Cуммa  | 32O5l8-4O", True, "320518.40", True),
        ("9l5 9O7,68", False, "915907.68", False),
    ),
)


@pytest.mark.parametrize(
    ("document_id", "identifiers"),
    sorted(OPERATOR_IDS.items()),
    ids=sorted(OPERATOR_IDS),
)
def test_operator_ids_printed_not_labelled(document_id, identifiers):
    document = DOCUMENTS_BY_ID[document_id]
    assert not document.noisy, "ids are listed for clean documents only"
    printed = OPERATOR_ID_PATTERN.findall(document.text)
    assert sorted(set(printed)) == sorted(set(identifiers)), printed
    for identifier in identifiers:
        assert identifier not in document.expected.values(), f"{identifier} labelled"


@pytest.mark.parametrize(
    ("document_id", "count"),
    sorted(CERTIFICATE_SERIAL_COUNTS.items()),
    ids=sorted(CERTIFICATE_SERIAL_COUNTS),
)
def test_certificate_serials_printed_not_labelled(document_id, count):
    document = DOCUMENTS_BY_ID[document_id]
    assert not document.noisy, "serials are counted in clean documents only"
    serials = CERTIFICATE_SERIAL_PATTERN.findall(document.text)
    assert len(set(serials)) == count, serials
    for serial in serials:
        assert re.search(r"[A-F]", serial), f"{serial} has no hexadecimal letter"
        assert serial not in document.expected.values(), f"{serial} labelled"
    validity = r"(?:с|from)?\s?\d{2}\.\d{2}\.\d{4}\s?(?:по|to|-)\s?\d{2}\.\d{2}\.\d{4}"
    assert re.search(validity, document.text), "no validity period printed"


@pytest.mark.parametrize(
    ("document_id", "guids"),
    sorted(GUIDS_NOT_NUMBERS.items()),
    ids=sorted(GUIDS_NOT_NUMBERS),
)
def test_guids_printed_not_numbers(document_id, guids):
    document = DOCUMENTS_BY_ID[document_id]
    for guid in guids:
        assert GUID_PATTERN.fullmatch(guid), f"{guid} is not a GUID"
        assert guid in document.text, f"{guid} not printed"
        assert guid != document.expected.get("number"), f"{guid} is the number"


@pytest.mark.parametrize(
    ("document_id", "internal"),
    sorted(MCHD_INTERNAL_NUMBERS.items()),
    ids=sorted(MCHD_INTERNAL_NUMBERS),
)
def test_mchd_number_is_register_guid(document_id, internal):
    document = DOCUMENTS_BY_ID[document_id]
    number = document.expected["number"]
    assert document.document_type == "power_of_attorney"
    assert len(number) == 36, f"{number} is not 36 characters"
    assert GUID_PATTERN.fullmatch(number), f"{number} is not a GUID"
    assert comparable(internal, document.noisy) in comparable(
        document.text, document.noisy
    ), f"internal number {internal} not printed"
    assert internal != number
    assert document.expected["total"] is None
    assert "parties.principal.inn" in document.expected
    assert "parties.attorney.inn" in document.expected


def test_corrected_upd_keeps_corrected_invoice():
    document_id, invoice, correction = CORRECTED_UPD
    document = DOCUMENTS_BY_ID[document_id]
    assert invoice in document.text, f"{invoice!r} not printed"
    assert correction in document.text, f"{correction!r} not printed"
    assert document.expected["number"] == "318"
    assert document.expected["date"] == "2026-01-22"


def test_ukd_total_ends_reduction_row():
    document = DOCUMENTS_BY_ID[UKD_DOCUMENT]
    lines = document.text.splitlines()
    reduction = [line for line in lines if line.startswith("| Всего уменьшение")]
    increase = [line for line in lines if line.startswith("| Всего увеличение")]
    assert len(reduction) == 1, reduction
    assert len(increase) == 1, increase
    cells = [cell.strip() for cell in reduction[0].split("|") if cell.strip()]
    assert amount_label(cells[-1]) == document.expected["total"], cells
    net, tax = amount_label(cells[1]), amount_label(cells[3])
    assert Decimal(net) + Decimal(tax) == Decimal(document.expected["total"])
    zero_cells = [cell.strip() for cell in increase[0].split("|")[2:] if cell.strip()]
    assert [cell for cell in zero_cells if cell != "X"] == ["0,00"] * 3, zero_cells


def test_peppol_total_is_amount_with_vat():
    document = DOCUMENTS_BY_ID[PEPPOL_INVOICE]
    values = {}
    for line in document.text.splitlines():
        match = re.match(
            r"(Invoice total amount with VAT|Paid amount|Amount due)", line
        )
        if match:
            values[match.group(1)] = Decimal(line.split()[-1].replace(",", ""))
    assert len(values) == 3, values
    total = Decimal(document.expected["total"])
    assert values["Invoice total amount with VAT"] == total
    assert values["Amount due"] == total - values["Paid amount"]


def test_credit_memo_total_printed_in_brackets():
    document = DOCUMENTS_BY_ID[CREDIT_MEMO]
    text = document.text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    integer, cents = document.expected["total"].split(".")
    grouped = f"{int(integer):,}.{cents}"
    assert f"({grouped})" in text, f"({grouped}) not printed"


def test_reconciliation_act_balance_not_total():
    document_id, balance = RECONCILIATION_ACT
    document = DOCUMENTS_BY_ID[document_id]
    assert document.text.count(balance) >= 3, f"{balance} not printed in both halves"
    assert "Сальдо конечное" in document.text
    assert "total" not in document.expected
    assert "number" not in document.expected


@pytest.mark.parametrize(
    "document_id",
    sorted(INTERNET_BANK_PAYMENT_ORDERS),
    ids=sorted(INTERNET_BANK_PAYMENT_ORDERS),
)
def test_bank_export_dated_by_date_field(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(document.text, document.noisy)
    for caption in ("Поступ. в банк плат.", "Списано со сч. плат.", "ЭЛЕКТРОННО"):
        assert comparable(caption, document.noisy) in text, f"{caption!r} missing"
    heading = next(
        line
        for line in document.text.splitlines()
        if comparable("ПОРУЧЕНИЕ", document.noisy) in comparable(line, document.noisy)
    )
    label = date.fromisoformat(document.expected["date"])
    assert comparable(f"{label:%d.%m.%Y}", document.noisy) in comparable(
        heading, document.noisy
    ), "the date field does not hold the date label"


@pytest.mark.parametrize(
    ("document_id", "numbers"), sorted(SNILS_NUMBERS.items()), ids=sorted(SNILS_NUMBERS)
)
def test_snils_printed_valid_not_labelled(document_id, numbers):
    document = DOCUMENTS_BY_ID[document_id]
    for snils in numbers:
        assert snils in document.text, f"{snils} not printed"
        assert is_valid_snils(snils), f"СНИЛС {snils} has a wrong key"
        assert snils not in document.expected.values(), f"{snils} is a label"


def test_operator_id_pattern_rejects_short_ids():
    assert OPERATOR_ID_PATTERN.fullmatch("2BE9273d7cee9d9136682575250def91799")
    assert not OPERATOR_ID_PATTERN.fullmatch("2BE9273d7cee9d9136682575250def9179")
