"""Form and consistency of the set AR benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest

from bench.holdout import is_valid_iban
from bench.holdout_ar import load_holdout_ar
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES,
    OGRN_PATTERN,
    amount_value,
    is_printed,
    read_amounts,
    repaired,
    repaired_without_underscores,
    stamp_date_forms,
    upper_case_month_forms,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_imo_number,
    is_valid_kz_bin,
    is_valid_ogrn,
    is_valid_wagon_number,
    mrz_lines,
)
from tests.bench.holdout_sets import HoldoutSet, TradeTerms, VatRules

# Powers of attorney label their representative "attorney", as set AP does.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents, the tenge and the
# Turkish lira. "рубл" covers "рубль" and "рублей", and "rouble" the English word.
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar"),
    "KZT": ("KZT", "tenge", "тенге", "₸"),
    "TRY": ("TRY", "TL", "₺"),
}
# The filling station's cash receipt prints no currency mark, as Russian cash
# receipts do.
UNMARKED_ROUBLE_DOCUMENTS = {"ar-ru-receipt-fuel-station-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are states of
# account, the railway waybill, whose freight charge is no document value, and the
# bill of lading, which names no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "ar-ru-bank-statement-holding",
    "ar-en-bank-statement-usd",
    "ar-ru-waybill-railway-scan",
    "ar-en-waybill-bill-of-lading",
}
# The documents that imitate OCR of scans, faxes and phone photos.
NOISY_DOCUMENTS = {
    "ar-ru-invoice-fuel-fax",
    "ar-ru-act-combine-repair-photo",
    "ar-ru-upd-fuel-scan",
    "ar-ru-upd-kfh-barley-photo",
    "ar-ru-payment-order-fuel-scan",
    "ar-ru-payment-order-kfh-scan",
    "ar-ru-other-vet-certificate-scan",
    "ar-ru-waybill-railway-scan",
    "ar-ru-receipt-fuel-station-photo",
    "ar-ru-passport-kfh-head-scan",
    "ar-en-invoice-survey-fax",
    "ar-en-other-vet-certificate-scan",
    "ar-en-packing-list-fertiliser-photo",
    "ar-en-receipt-mersin-hotel-photo",
    "ar-en-passport-turkish-buyer-scan",
}
# Russian documents that spell their rouble total in words, checked against
# `amount_words_ru` after the look-alike repair.
TOTALS_IN_WORDS = {
    "ar-ru-invoice-lease-payment",
    "ar-ru-invoice-seeds-fertiliser",
    "ar-ru-act-elevator-february",
    "ar-ru-payment-order-lease",
    "ar-ru-payment-order-exporter-advance",
    "ar-ru-payment-order-fuel-scan",
    "ar-ru-payment-order-kfh-scan",
    "ar-ru-contract-wheat-forward",
}
# Dates printed by a fax, a camera, a bank, a stamp, a scanner or a translator, with
# the day each one states. Contracts, requests, deliveries, arrivals, surveys, births
# and validity are listed too. None of them is the document's date.
OTHER_DATES = {
    "ar-ru-invoice-lease-payment": [
        ("№ ДЛ-26/0107 от 16.01.2026", "2026-01-16"),
        ("Оплатить до 10.03.2026", "2026-03-10"),
    ],
    "ar-ru-invoice-fuel-fax": [("27/O2/2O26 O8:41", "2026-02-27")],
    "ar-ru-invoice-elevator": [("оплачен 10.02.2026", "2026-02-10")],
    "ar-ru-invoice-wheat-lot1": [("№ 1146 от 27.01.2026", "2026-01-27")],
    "ar-ru-act-elevator-february": [("№ 318 от 19.09.2025", "2025-09-19")],
    "ar-ru-act-combine-handover": [("уплачен 21.01.2026", "2026-01-21")],
    "ar-ru-act-combine-repair-photo": [("IMG_2O26O313_O9l544", "2026-03-13")],
    "ar-ru-act-grain-lab": [("№ КЗ-0316 от 14.03.2026", "2026-03-14")],
    "ar-ru-upd-seeds-fertiliser": [("Дата получения 18.03.2026", "2026-03-18")],
    "ar-ru-upd-fuel-scan": [("ПPИHЯTO  O4.O3.2O26", "2026-03-04")],
    "ar-ru-upd-kfh-barley-photo": [("IMG_2O26O3O5_l62O4l", "2026-03-05")],
    "ar-ru-upd-wheat-lot1": [("Дата получения 17.03.2026", "2026-03-17")],
    "ar-ru-payment-order-exporter-advance": [("ПРОВЕДЕНО 28.01.2026", "2026-01-28")],
    "ar-ru-contract-wheat-forward": [("до 30.06.2026", "2026-06-30")],
    "ar-ru-contract-kfh-barley": [("до 10.03.2026", "2026-03-10")],
    "ar-ru-other-vet-certificate-scan": [("CKAHИPOBAHO O3.O3.2O26", "2026-03-03")],
    "ar-ru-other-quality-certificate": [("Пробы отобраны 11.03.2026", "2026-03-11")],
    "ar-ru-waybill-railway-scan": [
        ("l6.O3.2O26", "2026-03-16"),
        ("Пpибытиe нa cтанцию нaзначения: l5.O3.2026", "2026-03-15"),
    ],
    "ar-ru-bank-statement-holding": [("Сформирована: 07.03.2026", "2026-03-07")],
    "ar-ru-receipt-fuel-station-photo": [("IMG_2O26O32O_O7l233", "2026-03-20")],
    "ar-ru-passport-kfh-head-scan": [
        ("KOПИЯ BEPHA   ИП глава КФХ Литвиненко С.П.   O2.O3.2O26", "2026-03-02"),
        ("0З.l1.l976", "1976-11-03"),
    ],
    "ar-ru-power-of-attorney-driver": [("по 31 марта 2026 г.", "2026-03-31")],
    "ar-ru-letter-elevator-shortage": [("№ 58 от 28.02.2026", "2026-02-28")],
    "ar-en-invoice-turkish-barley-usd": [("dated 04.03.2026", "2026-03-04")],
    "ar-en-invoice-survey-fax": [("O7-MAR-2O26 O8:l2", "2026-03-07")],
    "ar-en-upd-wheat-lot2-translation": [("14 April 2026", "2026-04-14")],
    "ar-en-payment-order-mt103-kzt": [("Printed: 03.03.2026", "2026-03-03")],
    "ar-en-other-vet-certificate-scan": [("SCAN O5.O3.2O26", "2026-03-05")],
    "ar-en-other-draft-survey-report": [("02.03.2026 08:30", "2026-03-02")],
    "ar-en-waybill-bill-of-lading": [("CHARTER PARTY DATED 20.02.2026", "2026-02-20")],
    "ar-en-bank-statement-usd": [("Generated on 14.03.2026", "2026-03-14")],
    "ar-en-receipt-mersin-hotel-photo": [("Arrivаl: O9.O3.2026", "2026-03-09")],
    "ar-en-passport-turkish-buyer-scan": [
        ("12.O4.1979", "1979-04-12"),
        ("l6.O5.2O32", "2032-05-16"),
    ],
    "ar-en-power-of-attorney-surveyor": [("until 31 March 2026", "2026-03-31")],
    "ar-en-letter-turkish-quality-claim": [("of 5 March 2026", "2026-03-05")],
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {
    "ar-ru-invoice-fuel-fax": "N2 O227",
    "ar-ru-act-combine-repair-photo": "N2 l12",
    "ar-ru-upd-fuel-scan": "N2 O4l2",
    "ar-ru-upd-kfh-barley-photo": "N2 l4",
    "ar-ru-payment-order-fuel-scan": "N2 296",
    "ar-ru-payment-order-kfh-scan": "N2 32l",
    "ar-ru-other-vet-certificate-scan": "N2 4827l9З",
    "ar-ru-waybill-railway-scan": "N2 ЭГ718204",
    "ar-ru-receipt-fuel-station-photo": "N2 63",
}
# Codes of foreign parties, printed and never labelled: the Turkish tax numbers of the
# buyer and the hotel, the Turkish IBAN, and the Kazakh BIN and IBAN.
FOREIGN_IDENTIFIERS = {
    "ar-en-invoice-turkish-barley-usd": {"6120487153": "tr_tax_number"},
    "ar-en-contract-turkish-barley": {
        "6120487153": "tr_tax_number",
        "TR770006400000681247319024": "iban",
    },
    "ar-en-invoice-kazakh-fertiliser-kzt": {
        "081234483475": "kz_bin",
        "KZ62722S00018472651": "iban",
    },
    "ar-en-payment-order-mt103-kzt": {
        "081234483475": "kz_bin",
        "KZ62722S00018472651": "iban",
    },
    "ar-en-packing-list-fertiliser-photo": {"081234483475": "kz_bin"},
    "ar-en-receipt-mersin-hotel-photo": {"2741058369": "tr_tax_number"},
}
# The check for each kind of code in FOREIGN_IDENTIFIERS. The BIN and the IBAN are
# checked by their check digits, and the Turkish tax number (VKN) by its form only.
FOREIGN_IDENTIFIER_CHECKS = {
    "kz_bin": is_valid_kz_bin,
    "iban": is_valid_iban,
    "tr_tax_number": form_check(r"\d{10}"),
}
# INNs printed for a company with no role in the document. They belong to the
# combine's dealer and to the owner, the elevator and the laboratory in the
# certificates. Others belong to the seed supplier named in the power of attorney, the
# counterparties of the statement and the holding in the export papers.
INNS_WITHOUT_ROLE = {
    "ar-ru-act-combine-handover": ("6165507523",),
    "ar-ru-other-quality-certificate": ("2309760184", "2369526012", "2369518195"),
    "ar-ru-other-vet-certificate-scan": ("615384656381", "2369526012"),
    "ar-ru-power-of-attorney-driver": ("6111390999",),
    "ar-ru-bank-statement-holding": (
        "2369797220",
        "2311628190",
        "6163016618",
        "2353285837",
        "615384656381",
    ),
    "ar-en-other-vet-certificate-scan": ("2369526012",),
    "ar-en-other-draft-survey-report": ("2315711474", "2369526012"),
}
# Amounts printed beside the total that are not the total. They are the asset's cost
# and the advance, sum and rest of the lease, sums without VAT and VAT. Others are
# earlier invoices, advances offset, rests to pay, lots, warranty work and claims.
COMPETING_AMOUNTS = {
    "ar-ru-invoice-lease-payment": [
        "28548000.00",
        "7137000.00",
        "38010600.00",
        "28300800.00",
        "231973.77",
    ],
    "ar-ru-invoice-seeds-fertiliser": ["1746000.00", "172200.00"],
    "ar-ru-invoice-fuel-fax": ["1407000.00", "309540.00", "1352780.00"],
    "ar-ru-invoice-elevator": ["1295100.00", "1412760.00"],
    "ar-ru-invoice-wheat-lot1": [
        "27520000.00",
        "9081600.00",
        "21190400.00",
        "28380000.00",
    ],
    "ar-ru-act-elevator-february": ["1295100.00", "284922.00"],
    "ar-ru-act-combine-handover": ["5148000.00", "7137000.00", "1286400.00"],
    "ar-ru-act-combine-repair-photo": ["100700.00", "28600.00"],
    "ar-ru-act-grain-lab": ["67600.00", "14872.00"],
    "ar-ru-upd-kfh-barley-photo": ["4553978.00", "2359500.00"],
    "ar-ru-upd-wheat-lot1": ["8968080.00", "20925520.00"],
    "ar-ru-payment-order-kfh-scan": ["5009375.80", "2359500.00"],
    "ar-ru-payment-order-exporter-advance": ["94600000.00"],
    "ar-ru-contract-wheat-forward": ["28380000.00", "8600000.00"],
    "ar-ru-contract-kfh-barley": ["2359500.00", "858000.00"],
    "ar-ru-letter-elevator-shortage": ["168560.00", "1580022.00", "1411462.00"],
    "ar-en-invoice-turkish-barley-usd": ["137100.00", "545296.97"],
    "ar-en-invoice-kazakh-fertiliser-kzt": ["32220000.00", "17580000.00"],
    "ar-en-invoice-survey-fax": ["254500.00", "55990.00"],
    "ar-en-upd-wheat-lot2-translation": ["29240000.00", "9649200.00"],
    "ar-en-contract-turkish-barley": ["137100.00", "8000.00"],
    "ar-en-letter-turkish-quality-claim": ["4094.38", "682396.97"],
}
# Numbers that are neither a label nor part of one: contracts, other papers of the
# deal, serial, engine and ЭПСМ numbers, wagons, seals, the payer code and the
# Mercury entry of the veterinary certificate.
OTHER_NUMBERS = {
    "ar-ru-invoice-lease-payment": ("ДЛ-26/0107", "12А0417"),
    "ar-ru-act-combine-handover": (
        "ДЛ-26/0107",
        "12А0417",
        "86271934",
        "310301004182735",
        "ДТ-0093",
    ),
    "ar-ru-upd-wheat-lot1": ("ФК-26/014", "ЭГ718204", "СК-0311", "КЗ-0316"),
    "ar-ru-waybill-railway-scan": ("95911160", "8004127", "418270"),
    "ar-ru-other-vet-certificate-scan": ("8c41f2e7-5a1b-4d09-b3e6-2f77c0a91d48",),
    "ar-ru-payment-order-lease": ("ЛП-0342", "ДЛ-26/0107"),
    "ar-en-invoice-turkish-barley-usd": ("SK-TR-26/03", "KVK-MER-0214"),
    "ar-en-payment-order-mt103-kzt": ("KAT-26/0117", "KAT/SK-2026/02"),
}
# Documents of one deal mapped to the documents whose numbers they print.
CITATIONS = {
    "ar-ru-payment-order-lease": ("ar-ru-invoice-lease-payment",),
    "ar-ru-invoice-elevator": ("ar-ru-act-elevator-february",),
    "ar-ru-letter-elevator-shortage": (
        "ar-ru-act-elevator-february",
        "ar-ru-invoice-elevator",
    ),
    "ar-ru-invoice-wheat-lot1": (
        "ar-ru-contract-wheat-forward",
        "ar-ru-payment-order-exporter-advance",
    ),
    "ar-ru-payment-order-exporter-advance": ("ar-ru-contract-wheat-forward",),
    "ar-ru-upd-wheat-lot1": (
        "ar-ru-contract-wheat-forward",
        "ar-ru-payment-order-exporter-advance",
        "ar-ru-invoice-wheat-lot1",
        "ar-ru-waybill-railway-scan",
        "ar-ru-other-quality-certificate",
    ),
    "ar-ru-act-grain-lab": (
        "ar-ru-contract-wheat-forward",
        "ar-ru-other-quality-certificate",
    ),
    "ar-ru-other-quality-certificate": ("ar-ru-contract-wheat-forward",),
    "ar-en-upd-wheat-lot2-translation": (
        "ar-ru-contract-wheat-forward",
        "ar-ru-payment-order-exporter-advance",
    ),
    "ar-ru-upd-seeds-fertiliser": (
        "ar-ru-invoice-seeds-fertiliser",
        "ar-ru-power-of-attorney-driver",
        "ar-ru-packing-list-seeds",
    ),
    "ar-ru-packing-list-seeds": ("ar-ru-upd-seeds-fertiliser",),
    "ar-ru-power-of-attorney-driver": ("ar-ru-invoice-seeds-fertiliser",),
    "ar-ru-upd-fuel-scan": ("ar-ru-invoice-fuel-fax",),
    "ar-ru-payment-order-fuel-scan": (
        "ar-ru-invoice-fuel-fax",
        "ar-ru-upd-fuel-scan",
    ),
    "ar-ru-upd-kfh-barley-photo": (
        "ar-ru-contract-kfh-barley",
        "ar-ru-other-vet-certificate-scan",
    ),
    "ar-ru-payment-order-kfh-scan": (
        "ar-ru-upd-kfh-barley-photo",
        "ar-ru-contract-kfh-barley",
    ),
    "ar-ru-bank-statement-holding": (
        "ar-ru-payment-order-fuel-scan",
        "ar-ru-payment-order-lease",
        "ar-ru-payment-order-kfh-scan",
        "ar-ru-invoice-fuel-fax",
    ),
    "ar-en-invoice-turkish-barley-usd": (
        "ar-en-contract-turkish-barley",
        "ar-en-waybill-bill-of-lading",
        "ar-en-other-draft-survey-report",
    ),
    "ar-en-waybill-bill-of-lading": ("ar-en-other-draft-survey-report",),
    "ar-en-invoice-survey-fax": (
        "ar-en-act-survey-services",
        "ar-en-waybill-bill-of-lading",
    ),
    "ar-en-act-survey-services": ("ar-en-other-draft-survey-report",),
    "ar-en-power-of-attorney-surveyor": ("ar-en-contract-turkish-barley",),
    "ar-en-bank-statement-usd": (
        "ar-en-invoice-turkish-barley-usd",
        "ar-en-contract-turkish-barley",
    ),
    "ar-en-letter-turkish-quality-claim": (
        "ar-en-invoice-turkish-barley-usd",
        "ar-en-contract-turkish-barley",
        "ar-en-waybill-bill-of-lading",
    ),
    "ar-en-packing-list-fertiliser-photo": ("ar-en-invoice-kazakh-fertiliser-kzt",),
    "ar-en-payment-order-mt103-kzt": ("ar-en-invoice-kazakh-fertiliser-kzt",),
}
# Statements mapped to the documents whose total one of their lines moves.
STATEMENT_PAYMENTS = {
    "ar-ru-bank-statement-holding": (
        "ar-ru-payment-order-fuel-scan",
        "ar-ru-payment-order-lease",
        "ar-ru-payment-order-kfh-scan",
    ),
}
# Statements mapped to their opening balance, incoming and outgoing lines, closing
# balance and printed turnovers (debit, credit), as printed.
STATEMENT_TURNOVERS = {
    "ar-ru-bank-statement-holding": (
        "3 184 935,17",
        ("4 812 600,00", "1 266 000,00"),
        ("1 716 540,00", "1 286 400,00", "2 649 875,80", "2 450,00"),
        "3 608 269,37",
        ("5 655 265,80", "6 078 600,00"),
    ),
    "ar-en-bank-statement-usd": (
        "4,812.40",
        ("545,296.97",),
        ("500,000.00", "45.00"),
        "50,064.37",
        ("500,045.00", "545,296.97"),
    ),
}
# UPD mapped to their item lines (quantity, price, value without VAT, VAT rate, VAT,
# value with VAT) as printed.
UPD_LINES = {
    "ar-ru-upd-seeds-fertiliser": (
        ("60", "9 800,00", "588 000,00", "10", "58 800,00", "646 800,00"),
        ("40", "7 450,00", "298 000,00", "10", "29 800,00", "327 800,00"),
        ("20", "41 800,00", "836 000,00", "10", "83 600,00", "919 600,00"),
        ("1", "24 000,00", "24 000,00", "22", "5 280,00", "29 280,00"),
    ),
    "ar-ru-upd-wheat-lot1": (
        ("1580", "17 200,00", "27 176 000,00", "10", "2 717 600,00", "29 893 600,00"),
    ),
    "ar-en-upd-wheat-lot2-translation": (
        ("1700", "17,200.00", "29,240,000.00", "10", "2,924,000.00", "32,164,000.00"),
    ),
}
# The MT103 print mapped to its field 32A: value date, currency and amount.
MT103_FIELDS = {"ar-en-payment-order-mt103-kzt": "260302KZT17580000,00"}
# The Russian passport mapped to the series printed before its six-digit number.
PASSPORT_SERIES = {"ar-ru-passport-kfh-head-scan": "60 14"}
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"ar-en-passport-turkish-buyer-scan"}
# The hotel receipt's total: three nights, the accommodation tax and the minibar.
TOTAL_TERMS = {"ar-en-receipt-mersin-hotel-photo": ["8850.00", "177.00", "340.00"]}
# The export invoices name their Incoterms rule, HS code and origin.
TRADE_TERMS = TradeTerms(
    documents={
        "ar-en-invoice-turkish-barley-usd",
        "ar-en-invoice-kazakh-fertiliser-kzt",
    },
    incoterms=re.compile(r"\b(?:FOB|DAP) [A-Z][a-z]+"),
    hs_caption=re.compile("HS code"),
)
# The forward contract: tonnes, price per tonne without VAT, VAT rate and the share
# of the advance, with the lots billed and delivered.
FORWARD = {
    "contract": "ar-ru-contract-wheat-forward",
    "advance": "ar-ru-payment-order-exporter-advance",
    "invoice": "ar-ru-invoice-wheat-lot1",
    "lot1_upd": "ar-ru-upd-wheat-lot1",
    "lot2_upd": "ar-en-upd-wheat-lot2-translation",
    "tonnes": 5000,
    "price": Decimal("17200.00"),
    "vat": Decimal("0.10"),
    "advance_share": Decimal("0.30"),
    "invoice_tonnes": 1600,
}
# The lease: the asset's cost, the advance share, the monthly payment, the number of
# monthly payments and the buyout price.
LEASE = {
    "cost": Decimal("28548000.00"),
    "advance_share": Decimal("0.25"),
    "monthly": Decimal("1286400.00"),
    "payments": 24,
    "buyout": Decimal("12200.00"),
}
# The railway waybill's wagons with their net mass in kilograms, as printed after
# the look-alike repair.
WAGONS = {
    "95911160": 66150,
    "95094942": 65900,
    "95951547": 66300,
    "95847836": 66050,
    "95421913": 65750,
    "95735825": 66200,
}
CENT = Decimal("0.01")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_ar()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def total_of(document_id: str) -> Decimal:
    return Decimal(DOCUMENTS_BY_ID[document_id].expected["total"])


HOLDOUT_SET = HoldoutSet(
    name="ar",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        {FORWARD[key] for key in ("contract", "advance", "invoice")},
        {FORWARD["lot1_upd"], FORWARD["lot2_upd"]},
    ),
    requisite_counts=(2, 18, 22),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=10,
    ogrnip_required=True,
    requisite_printed=is_printed,
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
    # or the reduced rate of 10% of grain, seeds and agrochemicals, never the 20% of
    # 2025.
    vat=VatRules(minimum_counts={"22": 8, "10": 6}),
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
    statement_turnovers={
        statement_id: turnover[:4]
        for statement_id, turnover in STATEMENT_TURNOVERS.items()
    },
    passport_series=PASSPORT_SERIES,
    other_numbers=OTHER_NUMBERS,
    upd_lines=UPD_LINES,
    mt103_fields=MT103_FIELDS,
    total_terms=TOTAL_TERMS,
    trade_terms=TRADE_TERMS,
    noisy_amount_sample=("Bcегo к oплaтe: l 7l6 54O,OO pyб.", "1716540.00"),
    look_alike_sample=("ИHH 6l5З84656381", "ИНН 615384656381"),
    check_digit_samples=(
        (is_valid_ogrn, "1152369787789", "1152369787788"),
        (is_valid_ogrn, "318619645384010", "318619645384011"),
        (is_valid_kz_bin, "081234483475", "081234483476"),
        (is_valid_iban, "TR770006400000681247319024", "TR770006400000681247319025"),
        (is_valid_wagon_number, "95911160", "95911161"),
        (is_valid_imo_number, "9412347", "9412348"),
    ),
)


def test_forward_contract_price_and_advance():
    contract = total_of(FORWARD["contract"])
    value = FORWARD["tonnes"] * FORWARD["price"]
    assert value * (1 + FORWARD["vat"]) == contract, f"contract {contract}"
    advance = (contract * FORWARD["advance_share"]).quantize(CENT)
    assert total_of(FORWARD["advance"]) == advance, "advance is not 30%"


def test_forward_lot_invoice_and_offset():
    invoice_value = FORWARD["invoice_tonnes"] * FORWARD["price"] * (1 + FORWARD["vat"])
    assert total_of(FORWARD["invoice"]) == invoice_value, "invoice is not 1 600 t"
    text = DOCUMENTS_BY_ID[FORWARD["invoice"]].text
    offset = (invoice_value * FORWARD["advance_share"]).quantize(CENT)
    assert f"-{offset:,.2f}".replace(",", " ").replace(".", ",") in text, "offset"
    rest = invoice_value - offset
    assert f"{rest:,.2f}".replace(",", " ").replace(".", ",") in text, "rest to pay"


def test_forward_lots_within_contract():
    """Check that the delivered lots use the contract price and stay within the
    contract's tonnes, and that each UPD offsets 30% of its value."""
    delivered = 0
    for upd_id in (FORWARD["lot1_upd"], FORWARD["lot2_upd"]):
        ((quantity, price, *_),) = UPD_LINES[upd_id]
        assert amount_value(price) == FORWARD["price"], f"{upd_id} price"
        delivered += int(quantity)
        offset = (total_of(upd_id) * FORWARD["advance_share"]).quantize(CENT)
        printed = read_amounts(DOCUMENTS_BY_ID[upd_id].text, False)
        assert f"{offset}" in printed, f"{upd_id} offset {offset} not printed"
    assert delivered <= FORWARD["tonnes"], f"{delivered} t delivered"


def test_lease_schedule_adds_up():
    document = DOCUMENTS_BY_ID["ar-ru-invoice-lease-payment"]
    advance = LEASE["cost"] * LEASE["advance_share"]
    lease_sum = advance + LEASE["payments"] * LEASE["monthly"]
    rest = (LEASE["payments"] - 2) * LEASE["monthly"]
    amounts = read_amounts(document.text, document.noisy)
    for value in (advance, lease_sum, rest, LEASE["cost"], LEASE["buyout"]):
        assert f"{value:.2f}" in amounts, f"{value} not printed"
    assert total_of(document.id) == LEASE["monthly"], "invoice is not one payment"
    assert total_of("ar-ru-payment-order-lease") == LEASE["monthly"], "payment"
    assert total_of("ar-ru-act-combine-handover") == LEASE["cost"], "handover act"
    vat = (LEASE["monthly"] * 22 / 122).quantize(CENT, rounding=ROUND_HALF_UP)
    assert f"{vat}" in amounts, f"VAT {vat} not printed"


def test_farm_payment_deducts_advance():
    contract = total_of("ar-ru-contract-kfh-barley")
    advance = contract * Decimal("0.25")
    upd = total_of("ar-ru-upd-kfh-barley-photo")
    assert total_of("ar-ru-payment-order-kfh-scan") == upd - advance, "payment"
    assert upd == (Decimal("318.460") * 14300 * Decimal("1.10")).quantize(CENT)


def test_fuel_payment_and_upd_match_invoice():
    invoice = total_of("ar-ru-invoice-fuel-fax")
    assert total_of("ar-ru-upd-fuel-scan") == invoice, "UPD"
    assert total_of("ar-ru-payment-order-fuel-scan") == invoice, "payment"


def test_seed_and_elevator_papers_agree():
    seeds = total_of("ar-ru-invoice-seeds-fertiliser")
    assert total_of("ar-ru-upd-seeds-fertiliser") == seeds, "seed UPD"
    elevator = total_of("ar-ru-act-elevator-february")
    assert total_of("ar-ru-invoice-elevator") == elevator, "elevator invoice"


def test_elevator_claim_adds_up():
    """Check the shortage beyond the natural loss of 0.09% at the contract price, and
    the undisputed part of the invoice."""
    shortage = Decimal("4200.000") - Decimal("4186.420")
    excess = shortage - Decimal("4200.000") * Decimal("0.0009")
    claim = excess * FORWARD["price"]
    letter = DOCUMENTS_BY_ID["ar-ru-letter-elevator-shortage"]
    amounts = read_amounts(letter.text, letter.noisy)
    assert f"{claim:.2f}" in amounts, f"claim {claim} not printed"
    undisputed = total_of("ar-ru-invoice-elevator") - claim
    assert f"{undisputed:.2f}" in amounts, f"{undisputed} not printed"


def test_survey_act_matches_invoice():
    invoice = total_of("ar-en-invoice-survey-fax")
    assert total_of("ar-en-act-survey-services") == invoice, "act"
    assert invoice == Decimal("254500.00") * Decimal("1.22"), "VAT 22%"


def test_barley_invoice_follows_draft_survey():
    tonnes = Decimal("2986.420")
    price = Decimal("228.50")
    invoice = total_of("ar-en-invoice-turkish-barley-usd")
    assert invoice == (tonnes * price).quantize(CENT), f"invoice {invoice}"
    advance = total_of("ar-en-contract-turkish-barley") * Decimal("0.20")
    statement = DOCUMENTS_BY_ID["ar-en-bank-statement-usd"].text
    assert f"{invoice - advance:,.2f}" in statement, "balance not received"
    discount = (invoice * Decimal("0.006")).quantize(CENT)
    letter = DOCUMENTS_BY_ID["ar-en-letter-turkish-quality-claim"].text
    assert f"USD {discount:,.2f}" in letter, f"discount {discount} not printed"
    for document_id in (
        "ar-en-other-draft-survey-report",
        "ar-en-waybill-bill-of-lading",
    ):
        assert "2,986.420 MT" in DOCUMENTS_BY_ID[document_id].text, document_id


def test_kazakh_balance_is_half_of_invoice():
    invoice = total_of("ar-en-invoice-kazakh-fertiliser-kzt")
    assert total_of("ar-en-payment-order-mt103-kzt") == invoice / 2, "balance"


@pytest.mark.parametrize(
    ("statement_id", "turnover"),
    sorted(STATEMENT_TURNOVERS.items()),
    ids=sorted(STATEMENT_TURNOVERS),
)
def test_statement_turnovers_printed(statement_id, turnover):
    _, credits, debits, _, (debit_total, credit_total) = turnover
    text = DOCUMENTS_BY_ID[statement_id].text
    assert debit_total in text, f"{debit_total!r} not printed"
    assert credit_total in text, f"{credit_total!r} not printed"
    incoming = sum(amount_value(printed) for printed in credits)
    outgoing = sum(amount_value(printed) for printed in debits)
    assert incoming == amount_value(credit_total), f"credits {incoming}"
    assert outgoing == amount_value(debit_total), f"debits {outgoing}"


def test_railway_wagons_valid_and_add_up():
    document = DOCUMENTS_BY_ID["ar-ru-waybill-railway-scan"]
    text = document.text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    for wagon in WAGONS:
        assert is_valid_wagon_number(wagon), f"wagon {wagon} has a wrong check digit"
        assert wagon in text, f"wagon {wagon} not printed"
    net = sum(WAGONS.values())
    assert f"{net // 1000} {net % 1000:03d}" in text, f"net mass {net} kg not printed"


def test_freight_charge_adds_vat():
    document = DOCUMENTS_BY_ID["ar-ru-waybill-railway-scan"]
    amounts = read_amounts(document.text, document.noisy)
    freight = Decimal("338390.16")
    vat = (freight * Decimal("0.22")).quantize(CENT, rounding=ROUND_HALF_UP)
    for value in (freight, vat, freight + vat):
        assert f"{value}" in amounts, f"{value} not printed"


def test_imo_number_printed_and_valid():
    texts = " ".join(document.text for document in DOCUMENTS)
    for imo in re.findall(r"IMO (\d{7})", texts):
        assert is_valid_imo_number(imo), f"IMO {imo} has a wrong check digit"
    assert "IMO 9412347" in texts, "IMO number not printed"


def test_passport_expiry_printed_in_mrz():
    document = DOCUMENTS_BY_ID["ar-en-passport-turkish-buyer-scan"]
    lines = mrz_lines(document.text, 44)
    issue = date.fromisoformat(document.expected["date"])
    expiry = date(issue.year + 10, issue.month, issue.day) - timedelta(days=1)
    assert lines[1][21:27] == f"{expiry:%y%m%d}", "expiry is not ten years after issue"


def test_sole_proprietor_labels():
    """Check that the farm head's 12-digit INN is labelled with KPP None wherever it
    has a role, and that his OGRNIP is printed in the contract."""
    for document in DOCUMENTS:
        for path, value in document.expected.items():
            if path.endswith(".inn") and value == "615384656381":
                kpp = document.expected[path.removesuffix(".inn") + ".kpp"]
                assert kpp is None, f"{document.id} {path}"
    contract = DOCUMENTS_BY_ID["ar-ru-contract-kfh-barley"].text
    assert "ОГРНИП 318619645384010" in contract, "OGRNIP not printed"


def test_receipt_vat_is_included_share():
    document = DOCUMENTS_BY_ID["ar-ru-receipt-fuel-station-photo"]
    total = total_of(document.id)
    vat = (total * 22 / 122).quantize(CENT, rounding=ROUND_HALF_UP)
    assert f"{vat}" in read_amounts(document.text, document.noisy), f"VAT {vat}"
    assert Decimal("85.40") * Decimal("69.90") == total, "litres times price"
