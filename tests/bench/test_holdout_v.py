"""Form and consistency of the set V benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date
from decimal import Decimal

import pytest

from bench.formats import amount_words_ru
from bench.holdout_v import load_holdout_v
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    comparable,
    date_forms,
    printed_amounts,
    printed_in_groups,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet

# Powers of attorney label their representative "attorney", as sets F to U do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by "rouble": the translated UPD prints "Russian rouble".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble"),
}
# The clinic's cash register receipt prints its amounts as "=4980.00" with no mark.
UNMARKED_ROUBLE_DOCUMENTS = {"v-ru-receipt-clinic-advance-offset-vaccine-dose"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all. The bank statements' balances are not a
# document value, and neither are the transport waybill's freight charge and declared
# cargo value. The CMR prints no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "v-ru-bank-statement-landlord-rent-receipts",
    "v-en-bank-statement-forwarder-usd-account",
    "v-ru-waybill-transport-container-leg-freight-charge",
    "v-en-waybill-cmr-seeder-parts-scan",
}
NOISY_DOCUMENTS = {
    "v-ru-invoice-elevator-storage-drying-photo",
    "v-ru-act-clinic-checkups-penalty-scan",
    "v-ru-upd-carrier-sole-proprietor-scan",
    "v-ru-payment-order-clinic-after-penalty-scan",
    "v-ru-passport-scan-issue-date-birth-date",
    "v-en-invoice-wheat-export-fob-prepayment-scan",
    "v-en-waybill-cmr-seeder-parts-scan",
    "v-en-receipt-urgent-care-insurance-adjustment-photo",
}
# Amounts printed in a document that compete with its total but are not it: advances,
# deposits and prepayments, balances left or brought forward, amounts passed through or
# withheld, penalties, VAT, amounts without VAT, unit prices and reference values.
AMOUNTS_THAT_ARE_NOT_TOTAL = {
    "v-ru-invoice-forwarder-sea-ferry-legs-advance": (
        "250000.00",
        "251950.00",
        "298400.00",
        "3200.00",
    ),
    "v-ru-invoice-customs-broker-duties-passed-through": (
        "22000.00",
        "1080556.50",
        "6842300.00",
        "150000.00",
    ),
    "v-ru-invoice-rent-utilities-meter-table": (
        "93703.42",
        "3120.00",
        "173160.00",
        "86580.00",
    ),
    "v-ru-invoice-software-licences-vat-exempt-words": (
        "420000.00",
        "744000.00",
        "19800.00",
    ),
    "v-ru-invoice-elevator-storage-drying-photo": ("20565270.00", "135647.69"),
    "v-ru-act-ks2-monolithic-frame": ("48600000.00", "6887050.00", "1377410.00"),
    "v-ru-act-ks3-cost-reference-cumulative": (
        "21790380.00",
        "18048300.00",
        "5371899.00",
        "2479338.00",
        "413223.00",
    ),
    "v-ru-act-saas-subscriptions-sla-recalculation": ("51950.00", "2207.50"),
    "v-ru-act-clinic-checkups-penalty-scan": ("627155.10", "6334.90"),
    "v-ru-upd-grain-elevator-shipper-branch-consignee": ("3633699.76", "365616.25"),
    "v-ru-upd-laptops-licences-mixed-vat": ("799200.00", "1351800.00"),
    "v-ru-upd-carrier-sole-proprietor-scan": ("36000.00",),
    "v-ru-payment-order-customs-broker-reimbursement": ("22000.00", "1080556.50"),
    "v-ru-payment-order-rent-sole-proprietor-payer": ("86580.00", "3120.00"),
    "v-ru-payment-order-grain-advance-contract-sum": (
        "20160000.00",
        "549818.18",
        "16800.00",
    ),
    "v-ru-payment-order-clinic-after-penalty-scan": ("6334.90",),
    "v-ru-contract-grain-supply-price-per-tonne": (
        "6048000.00",
        "16800.00",
        "1832727.27",
    ),
    "v-ru-contract-construction-subcontract-retention": (
        "14580000.00",
        "8100000.00",
        "50000.00",
    ),
    "v-ru-waybill-torg12-grain-credit-weight": ("14900.00",),
    "v-ru-receipt-clinic-advance-offset-vaccine-dose": ("2000.00", "2980.00"),
    "v-en-invoice-rail-forwarder-legs-deposit": ("5000.00", "9749.60", "186400.00"),
    "v-en-invoice-software-licence-balance-brought-forward": ("2150.00", "11570.00"),
    "v-en-invoice-wheat-export-fob-prepayment-scan": ("150255.00", "601020.00"),
    "v-en-act-office-fit-out-penalty-retention": (
        "2415000.00",
        "34776.00",
        "144900.00",
        "2718324.00",
    ),
    "v-en-upd-translation-medical-equipment-branch": ("2540800.00", "1278790.00"),
    "v-en-payment-order-eur-transfer-part-of-invoice": ("23300.00",),
    "v-en-contract-software-licence-two-years": ("36000.00", "21240.00"),
    "v-en-receipt-urgent-care-insurance-adjustment-photo": ("365.00", "120.00"),
}
# Documents that print amounts deducted from their total and the balance left, mapped
# to the deductions and that balance: the total minus the deductions is the balance.
DEDUCTIONS_AND_BALANCE = {
    "v-ru-invoice-forwarder-sea-ferry-legs-advance": (("250000.00",), "251950.00"),
    "v-ru-invoice-rent-utilities-meter-table": (("3120.00",), "93703.42"),
    "v-ru-act-ks3-cost-reference-cumulative": (
        ("2479338.00", "413223.00"),
        "5371899.00",
    ),
    "v-ru-act-clinic-checkups-penalty-scan": (("6334.90",), "627155.10"),
    "v-ru-receipt-clinic-advance-offset-vaccine-dose": (("2000.00",), "2980.00"),
    "v-en-invoice-rail-forwarder-legs-deposit": (("5000.00",), "9749.60"),
    "v-en-invoice-wheat-export-fob-prepayment-scan": (("150255.00",), "601020.00"),
    "v-en-act-office-fit-out-penalty-retention": (
        ("34776.00", "144900.00"),
        "2718324.00",
    ),
}
# Documents whose total is the sum of printed parts (lines, sections, the amount
# without VAT and the VAT), mapped to those parts. A minus marks a correction line.
TOTAL_PARTS = {
    "v-ru-invoice-forwarder-sea-ferry-legs-advance": (
        "298400.00",
        "18750.00",
        "36000.00",
        "112300.00",
        "14500.00",
        "22000.00",
    ),
    "v-ru-invoice-customs-broker-duties-passed-through": ("22000.00", "1080556.50"),
    "v-ru-invoice-rent-utilities-meter-table": ("86580.00", "10243.42"),
    "v-ru-invoice-elevator-storage-drying-photo": (
        "224348.40",
        "260493.42",
        "149565.60",
        "179478.72",
    ),
    "v-ru-act-ks2-monolithic-frame": ("6887050.00", "1377410.00"),
    "v-ru-act-ks3-cost-reference-cumulative": ("6887050.00", "1377410.00"),
    "v-ru-act-saas-subscriptions-sla-recalculation": (
        "37250.00",
        "6900.00",
        "7800.00",
        "-2207.50",
    ),
    "v-ru-act-clinic-checkups-penalty-scan": ("323400.00", "170940.00", "139150.00"),
    "v-ru-upd-grain-elevator-shipper-branch-consignee": ("3633699.76", "365616.25"),
    "v-ru-upd-laptops-licences-mixed-vat": ("1351800.00", "246600.00"),
    "v-ru-upd-carrier-sole-proprietor-scan": ("36000.00", "3600.00"),
    "v-ru-payment-order-rent-sole-proprietor-payer": (
        "86580.00",
        "10243.42",
        "-3120.00",
    ),
    "v-ru-receipt-clinic-advance-offset-vaccine-dose": (
        "2400.00",
        "1480.00",
        "450.00",
        "650.00",
    ),
    "v-en-invoice-rail-forwarder-legs-deposit": (
        "1150.00",
        "9700.00",
        "640.00",
        "2560.00",
        "420.00",
        "279.60",
    ),
    "v-en-invoice-software-licence-balance-brought-forward": (
        "6300.00",
        "1800.00",
        "1320.00",
    ),
    "v-en-act-office-fit-out-penalty-retention": ("2415000.00", "483000.00"),
    "v-en-upd-translation-medical-equipment-branch": ("2540800.00", "16780.00"),
    "v-en-contract-software-licence-two-years": ("36000.00", "6480.00"),
    "v-en-receipt-urgent-care-insurance-adjustment-photo": ("365.00", "-120.00"),
}
# Rouble totals printed in words as well as in figures, mapped to the words, which
# `amount_words_ru` spells for the total label.
TOTALS_IN_WORDS = {
    "v-ru-invoice-forwarder-sea-ferry-legs-advance": (
        "Пятьсот одна тысяча девятьсот пятьдесят рублей 00 копеек"
    ),
    "v-ru-invoice-customs-broker-duties-passed-through": (
        "Один миллион сто две тысячи пятьсот пятьдесят шесть рублей 50 копеек"
    ),
    "v-ru-invoice-software-licences-vat-exempt-words": (
        "Восемьсот сорок тысяч рублей 00 копеек"
    ),
    "v-ru-act-saas-subscriptions-sla-recalculation": (
        "Сорок девять тысяч семьсот сорок два рубля 50 копеек"
    ),
    "v-ru-payment-order-customs-broker-reimbursement": (
        "Один миллион сто две тысячи пятьсот пятьдесят шесть рублей 50 копеек"
    ),
    "v-ru-payment-order-rent-sole-proprietor-payer": (
        "Девяносто три тысячи семьсот три рубля 42 копейки"
    ),
    "v-ru-payment-order-grain-advance-contract-sum": (
        "Шесть миллионов сорок восемь тысяч рублей 00 копеек"
    ),
    "v-ru-payment-order-clinic-after-penalty-scan": (
        "Шестьсот двадцать семь тысяч сто пятьдесят пять рублей 10 копеек"
    ),
    "v-ru-contract-grain-supply-price-per-tonne": (
        "Двадцать миллионов сто шестьдесят тысяч рублей 00 копеек"
    ),
    "v-ru-contract-construction-subcontract-retention": (
        "Сорок восемь миллионов шестьсот тысяч рублей 00 копеек"
    ),
    "v-ru-waybill-torg12-grain-credit-weight": (
        "Один миллион двести восемьдесят три тысячи сто сорок три рубля 30 копеек"
    ),
}
# Unit prices printed larger than the whole total, mapped per document: the clinic
# sells one dose from a pack of ten at the pack's price times 0.1.
UNIT_PRICES_ABOVE_TOTAL = {
    "v-ru-receipt-clinic-advance-offset-vaccine-dose": "14800.00",
}
# Pairs of documents of one deal, in which an amount printed in the first document is
# the `total` label of the second. The pairs are invoices and acts with their payments,
# a КС-2 with the КС-3 of the same month and a contract with its advance payment.
SAME_DEAL_AMOUNTS = [
    (
        "v-ru-invoice-customs-broker-duties-passed-through",
        "v-ru-payment-order-customs-broker-reimbursement",
    ),
    (
        "v-ru-invoice-rent-utilities-meter-table",
        "v-ru-payment-order-rent-sole-proprietor-payer",
    ),
    (
        "v-ru-act-clinic-checkups-penalty-scan",
        "v-ru-payment-order-clinic-after-penalty-scan",
    ),
    (
        "v-ru-contract-grain-supply-price-per-tonne",
        "v-ru-payment-order-grain-advance-contract-sum",
    ),
    ("v-ru-act-ks2-monolithic-frame", "v-ru-act-ks3-cost-reference-cumulative"),
]
# The date label of each document as it is printed, OCR damage included.
PRINTED_DATES = {
    "v-ru-invoice-forwarder-sea-ferry-legs-advance": "«18» марта 2025 г.",
    "v-ru-invoice-customs-broker-duties-passed-through": "17.03.2025",
    "v-ru-invoice-rent-utilities-meter-table": "14 марта 2025 г.",
    "v-ru-invoice-software-licences-vat-exempt-words": "20.03.2025",
    "v-ru-invoice-elevator-storage-drying-photo": "«О7» апреля 2О25 г.",
    "v-ru-act-ks2-monolithic-frame": "31.03.2025",
    "v-ru-act-ks3-cost-reference-cumulative": "31.03.2025",
    "v-ru-act-saas-subscriptions-sla-recalculation": "31 марта 2025 г.",
    "v-ru-act-clinic-checkups-penalty-scan": "О4.О4.2025",
    "v-ru-upd-grain-elevator-shipper-branch-consignee": "21 марта 2025 г.",
    "v-ru-upd-laptops-licences-mixed-vat": "26.03.2025",
    "v-ru-upd-carrier-sole-proprietor-scan": "l9.O3.2025",
    "v-ru-payment-order-customs-broker-reimbursement": "18.03.2025",
    "v-ru-payment-order-rent-sole-proprietor-payer": "17.03.2025",
    "v-ru-payment-order-grain-advance-contract-sum": "12.03.2025",
    "v-ru-payment-order-clinic-after-penalty-scan": "1O.04.2025",
    "v-ru-contract-grain-supply-price-per-tonne": "«03» марта 2025 г.",
    "v-ru-contract-construction-subcontract-retention": "«18» ноября 2024 г.",
    "v-ru-waybill-torg12-grain-credit-weight": "24.03.2025",
    "v-ru-waybill-transport-container-leg-freight-charge": "14.03.2025",
    "v-ru-packing-list-ultrasound-branch-consignee": "29.03.2025",
    "v-ru-bank-statement-landlord-rent-receipts": "18.03.2025",
    "v-ru-receipt-clinic-advance-offset-vaccine-dose": "22.03.25",
    "v-ru-passport-scan-issue-date-birth-date": "О3.О9.2019",
    "v-ru-power-of-attorney-m2-grain-pickup": "20 марта 2025 г.",
    "v-ru-letter-customs-declaration-value-adjustment": "14.03.2025",
    "v-ru-letter-rent-indexation-deposit-top-up": "25 марта 2025 г.",
    "v-ru-other-meter-readings-register": "03.03.2025",
    "v-en-invoice-rail-forwarder-legs-deposit": "March 11, 2025",
    "v-en-invoice-software-licence-balance-brought-forward": "2025-03-31",
    "v-en-invoice-wheat-export-fob-prepayment-scan": "l5 Mar 2O25",
    "v-en-act-office-fit-out-penalty-retention": "April 2, 2025",
    "v-en-upd-translation-medical-equipment-branch": "29.03.2025",
    "v-en-payment-order-eur-transfer-part-of-invoice": "17/03/2025",
    "v-en-contract-software-licence-two-years": "01 April 2025",
    "v-en-waybill-cmr-seeder-parts-scan": "24.03.2025",
    "v-en-packing-list-furniture-hardware-cartons": "07 Mar 2025",
    "v-en-bank-statement-forwarder-usd-account": "21 March 2025",
    "v-en-receipt-urgent-care-insurance-adjustment-photo": "O3/14/2O25",
    "v-en-passport-portugal-issue-date-mrz": "09 JUN 2021",
    "v-en-power-of-attorney-port-representative-limit": "March 20, 2025",
    "v-en-letter-container-detention-charges": "24 March 2025",
    "v-en-other-rail-rate-quotation-estimate": "March 28, 2025",
    "v-en-other-software-licence-certificate": "2025-04-03",
}
# The date forms that the set promises, as patterns of a whole printed date label.
# Each must be the form of at least one clean document's date.
DATE_STYLES = {
    "dotted": r"\d{2}\.\d{2}\.\d{4}",
    "dotted, two-digit year": r"\d{2}\.\d{2}\.\d{2}",
    "day in guillemets": r"«\d{2}» [а-я]+ \d{4} г\.",
    "Russian month word": r"\d{1,2} [а-я]+ \d{4} г\.",
    "ISO": r"\d{4}-\d{2}-\d{2}",
    "English month first": r"[A-Z][a-z]+ \d{1,2}, \d{4}",
    "English day first": r"\d{1,2} [A-Z][a-z]+ \d{4}",
    "day-first slashes": r"\d{2}/\d{2}/\d{4}",
    "abbreviated month": r"\d{2} [A-Z][a-z]{2} \d{4}",
}
# Dates printed in each document besides its own date: contract, order, period, due,
# payment, shipment, receipt, meter reading, validity, birth and statement dates.
OTHER_DATES = {
    "v-ru-invoice-forwarder-sea-ferry-legs-advance": (
        "2024-11-12",
        "2025-02-03",
        "2025-02-05",
        "2025-02-14",
        "2025-03-25",
    ),
    "v-ru-invoice-customs-broker-duties-passed-through": (
        "2025-02-11",
        "2025-03-15",
        "2025-02-26",
        "2025-03-10",
    ),
    "v-ru-invoice-rent-utilities-meter-table": (
        "2023-06-01",
        "2025-02-28",
        "2025-03-01",
        "2025-03-20",
    ),
    "v-ru-invoice-software-licences-vat-exempt-words": ("2025-03-27", "2025-03-11"),
    "v-ru-act-ks2-monolithic-frame": ("2024-11-18", "2025-03-01", "2025-01-09"),
    "v-ru-act-ks3-cost-reference-cumulative": ("2024-11-18", "2025-03-01"),
    "v-ru-act-saas-subscriptions-sla-recalculation": (
        "2025-03-01",
        "2024-09-15",
        "2025-03-14",
    ),
    "v-ru-act-clinic-checkups-penalty-scan": ("2025-01-20", "2025-03-03", "2025-03-21"),
    "v-ru-upd-grain-elevator-shipper-branch-consignee": (
        "2025-03-12",
        "2025-03-03",
        "2025-03-22",
    ),
    "v-ru-upd-laptops-licences-mixed-vat": ("2025-03-24", "2025-03-17", "2025-03-27"),
    "v-ru-upd-carrier-sole-proprietor-scan": ("2024-12-05", "2025-03-13", "2025-03-20"),
    "v-ru-payment-order-grain-advance-contract-sum": ("2025-03-03",),
    "v-ru-payment-order-clinic-after-penalty-scan": ("2025-04-04", "2025-01-20"),
    "v-ru-contract-grain-supply-price-per-tonne": (
        "2025-03-15",
        "2025-04-30",
        "2025-12-31",
    ),
    "v-ru-contract-construction-subcontract-retention": ("2024-12-02", "2025-09-30"),
    "v-ru-waybill-torg12-grain-credit-weight": ("2025-02-20",),
    "v-ru-waybill-transport-container-leg-freight-charge": ("2025-03-13", "2025-03-15"),
    "v-ru-packing-list-ultrasound-branch-consignee": ("2025-03-03", "2025-03-31"),
    "v-ru-bank-statement-landlord-rent-receipts": (
        "2025-03-17",
        "2025-03-19",
        "2025-03-14",
    ),
    "v-ru-passport-scan-issue-date-birth-date": ("1985-02-11",),
    "v-ru-power-of-attorney-m2-grain-pickup": (
        "2025-04-30",
        "2014-08-14",
        "2025-03-03",
    ),
    "v-ru-letter-customs-declaration-value-adjustment": (
        "2025-03-12",
        "2025-02-26",
        "2025-03-17",
        "2024-11-05",
        "2025-03-10",
    ),
    "v-ru-letter-rent-indexation-deposit-top-up": (
        "2025-05-01",
        "2025-05-15",
        "2025-07-01",
        "2023-06-01",
    ),
    "v-ru-other-meter-readings-register": ("2025-02-28", "2025-01-31"),
    "v-en-invoice-rail-forwarder-legs-deposit": (
        "2025-04-10",
        "2025-01-15",
        "2025-02-20",
    ),
    "v-en-invoice-software-licence-balance-brought-forward": (
        "2025-04-15",
        "2024-10-01",
        "2025-02-28",
    ),
    "v-en-invoice-wheat-export-fob-prepayment-scan": (
        "2025-01-27",
        "2025-03-14",
        "2025-03-05",
    ),
    "v-en-act-office-fit-out-penalty-retention": (
        "2024-09-16",
        "2025-02-03",
        "2025-03-21",
        "2025-03-09",
    ),
    "v-en-upd-translation-medical-equipment-branch": (
        "2025-03-21",
        "2025-03-03",
        "2025-03-31",
        "2025-04-03",
    ),
    "v-en-payment-order-eur-transfer-part-of-invoice": ("2025-03-19", "2025-02-28"),
    "v-en-contract-software-licence-two-years": ("2027-03-31", "2026-04-01"),
    "v-en-waybill-cmr-seeder-parts-scan": ("2025-03-21",),
    "v-en-bank-statement-forwarder-usd-account": ("2025-03-20", "2025-03-22"),
    "v-en-passport-portugal-issue-date-mrz": ("2026-06-09",),
    "v-en-power-of-attorney-port-representative-limit": (
        "1986-06-14",
        "2006-06-19",
        "2025-01-27",
        "2025-12-31",
    ),
    "v-en-letter-container-detention-charges": (
        "2025-03-11",
        "2025-03-10",
        "2025-03-15",
        "2025-03-26",
    ),
    "v-en-other-rail-rate-quotation-estimate": ("2025-04-30", "2025-03-26"),
    "v-en-other-software-licence-certificate": ("2025-04-01", "2027-03-31"),
}
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_v()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def is_amount_printed(document, amount: str) -> bool:
    """Check that an amount ("1234.56", a leading minus ignored) is printed."""
    return amount.lstrip("-") in printed_amounts(document.text, document.noisy)


HOLDOUT_SET = HoldoutSet(
    name="v",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    max_noisy_count=len(DOCUMENTS) // 4,
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        set(AMOUNTS_THAT_ARE_NOT_TOTAL),
        set(DEDUCTIONS_AND_BALANCE),
        set(TOTAL_PARTS),
        set(TOTALS_IN_WORDS),
        set(UNIT_PRICES_ABOVE_TOTAL),
        {document_id for pair in SAME_DEAL_AMOUNTS for document_id in pair},
        set(PRINTED_DATES),
    ),
    requisite_counts=(3, 15, 20),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=5,
    requisite_printed=printed_in_groups,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    checks_number_and_date_labels=True,
    clean_documents_fit_a_page=True,
    other_date_values=OTHER_DATES,
    noisy_amount_sample=("Всего к оплате: 8l3 886,14", "813886.14"),
    look_alike_sample=("ИHH 6l63679534", "ИНН 6163679534"),
    check_digit_samples=(
        (is_valid_ogrn, "1216385298733", "1216385298734"),
        (is_valid_ogrn, "317616416123295", "317616416123296"),
    ),
)


@pytest.mark.parametrize(
    ("document_id", "amounts"),
    sorted(AMOUNTS_THAT_ARE_NOT_TOTAL.items()),
    ids=sorted(AMOUNTS_THAT_ARE_NOT_TOTAL),
)
def test_competing_amounts_printed_and_not_total(document_id, amounts):
    document = DOCUMENTS_BY_ID[document_id]
    for amount in amounts:
        assert amount != document.expected["total"], f"{amount} is the total label"
        assert is_amount_printed(document, amount), f"{amount} not printed"


@pytest.mark.parametrize(
    ("document_id", "deductions_and_balance"),
    sorted(DEDUCTIONS_AND_BALANCE.items()),
    ids=sorted(DEDUCTIONS_AND_BALANCE),
)
def test_total_minus_deductions_is_balance(document_id, deductions_and_balance):
    document = DOCUMENTS_BY_ID[document_id]
    deductions, balance = deductions_and_balance
    for amount in (*deductions, balance):
        assert is_amount_printed(document, amount), f"{amount} not printed"
    total = Decimal(document.expected["total"])
    rest = total - sum(Decimal(amount) for amount in deductions)
    assert rest == Decimal(balance), f"{total} minus deductions is {rest}"


@pytest.mark.parametrize(
    ("document_id", "parts"),
    sorted(TOTAL_PARTS.items()),
    ids=sorted(TOTAL_PARTS),
)
def test_total_parts_add_up(document_id, parts):
    document = DOCUMENTS_BY_ID[document_id]
    for part in parts:
        assert is_amount_printed(document, part), f"{part} not printed"
    added = sum(Decimal(part) for part in parts)
    assert added == Decimal(document.expected["total"]), f"parts add up to {added}"


@pytest.mark.parametrize(
    ("document_id", "words"),
    sorted(TOTALS_IN_WORDS.items()),
    ids=sorted(TOTALS_IN_WORDS),
)
def test_total_in_words_spells_label(document_id, words):
    document = DOCUMENTS_BY_ID[document_id]
    assert document.expected["currency"] == "RUB", "words spell roubles"
    flat_text = re.sub(r"\s+", " ", document.text)
    assert words in flat_text, "words not printed"
    assert words == amount_words_ru(Decimal(document.expected["total"]))


@pytest.mark.parametrize(
    ("document_id", "price"),
    sorted(UNIT_PRICES_ABOVE_TOTAL.items()),
    ids=sorted(UNIT_PRICES_ABOVE_TOTAL),
)
def test_unit_price_above_total(document_id, price):
    document = DOCUMENTS_BY_ID[document_id]
    assert is_amount_printed(document, price), f"{price} not printed"
    assert Decimal(price) > Decimal(document.expected["total"]), "price below total"


@pytest.mark.parametrize(
    ("first_id", "second_id"), SAME_DEAL_AMOUNTS, ids=[b for _, b in SAME_DEAL_AMOUNTS]
)
def test_same_deal_amount_is_other_total(first_id, second_id):
    first = DOCUMENTS_BY_ID[first_id]
    second = DOCUMENTS_BY_ID[second_id]
    total = second.expected["total"]
    assert is_amount_printed(first, total), f"{total} not printed in {first_id}"


@pytest.mark.parametrize(
    ("document_id", "printed"),
    sorted(PRINTED_DATES.items()),
    ids=sorted(PRINTED_DATES),
)
def test_printed_date_is_label(document_id, printed):
    document = DOCUMENTS_BY_ID[document_id]
    assert printed in document.text, f"{printed!r} not printed"
    value = date.fromisoformat(document.expected["date"])
    seen = comparable(printed, document.noisy)
    matching = [
        form for form in date_forms(value) if comparable(form, document.noisy) in seen
    ]
    assert matching, f"{printed!r} is not the date {value}"


def test_every_document_date_listed():
    assert set(PRINTED_DATES) == set(DOCUMENTS_BY_ID)


@pytest.mark.parametrize("style", sorted(DATE_STYLES), ids=sorted(DATE_STYLES))
def test_date_style_used(style):
    pattern = re.compile(DATE_STYLES[style])
    clean = [
        printed
        for document_id, printed in PRINTED_DATES.items()
        if not DOCUMENTS_BY_ID[document_id].noisy and pattern.fullmatch(printed)
    ]
    assert clean, f"no clean document dated in the {style} form"
