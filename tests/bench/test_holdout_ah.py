"""Form and consistency of the set AH benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from collections import Counter
from datetime import date
from decimal import Decimal
from functools import partial

import pytest

from bench.formats import MONTHS_EN, MONTHS_RU_GENITIVE, amount_words_ru
from bench.holdout import is_valid_iban
from bench.holdout_ah import load_holdout_ah
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    MAX_CLEAN_LINE_LENGTH,
    OGRN_PATTERN,
    amounts_in_text,
    comparable,
    date_forms,
    document_ids,
    read_amounts,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_aba,
    is_valid_gb_vat,
    is_valid_kz_bin,
    is_valid_ogrn,
    is_valid_usci,
    mrz_lines,
)
from tests.bench.holdout_sets import HoldoutSet, VatRules

# Powers of attorney label their representative "attorney", as sets F to AF do.
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
# The coworking receipt prints "ИТОГ =1 110.00" and no currency mark at all.
UNMARKED_ROUBLE_DOCUMENTS = {"ah-ru-receipt-coworking-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are states of
# account, and the waybills, whose freight charge and declared value are not a
# document value.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "ah-ru-waybill-transport-scan",
    "ah-ru-bank-statement-sole-proprietor",
    "ah-en-waybill-courier-photo",
    "ah-en-bank-statement-usd-account",
}
# A UPD is a Russian form, so the set has no English one.
RUSSIAN_ONLY_TYPES = {"upd"}
# The documents that imitate OCR of phone photos, faxes and scans.
NOISY_DOCUMENTS = {
    "ah-ru-invoice-fulfilment-fax",
    "ah-ru-invoice-online-school-scan",
    "ah-ru-invoice-coworking-photo",
    "ah-ru-act-courier-scan",
    "ah-ru-upd-accessories-scan",
    "ah-ru-upd-photographer-photo",
    "ah-ru-payment-order-developer-scan",
    "ah-ru-waybill-transport-scan",
    "ah-ru-receipt-coworking-photo",
    "ah-ru-passport-seller-scan",
    "ah-en-invoice-uk-freelancer-scan",
    "ah-en-waybill-courier-photo",
    "ah-en-packing-list-shenzhen-photo",
    "ah-en-passport-uk-scan",
    "ah-en-letter-payment-reminder-scan",
}
# "№" as OCR reads it in this set's noisy documents.
NUMBER_SIGN_READINGS = ("N2 ", "Ne ")
# Documents that spell their rouble total in words, checked against
# `amount_words_ru` after the look-alike repair.
TOTALS_IN_WORDS = {
    "ah-ru-invoice-office-rent-sole-proprietor",
    "ah-ru-invoice-fulfilment-fax",
    "ah-ru-invoice-online-school-scan",
    "ah-ru-invoice-coworking-photo",
    "ah-ru-invoice-it-studio-vat-5",
    "ah-ru-act-design-stage-one",
    "ah-ru-act-courier-scan",
    "ah-ru-act-freelance-developer",
    "ah-ru-act-saas-licence-exempt",
    "ah-ru-upd-accessories-scan",
    "ah-ru-payment-order-office-rent",
    "ah-ru-payment-order-fulfilment-internet-bank",
    "ah-ru-payment-order-developer-scan",
    "ah-ru-payment-order-self-employed",
    "ah-ru-contract-design-services",
    "ah-en-invoice-bilingual-rub-usd",
}
# Dates printed by a fax header, a camera, an e-mail, a stamp, a signature, a print
# or a later step of the deal, with the day each one states. None of them is the
# document's date.
OTHER_DATES = {
    "ah-ru-invoice-fulfilment-fax": [("01/04/2026 09:12", "2026-04-01")],
    "ah-ru-invoice-coworking-photo": [("IMG_2O260328", "2026-03-28")],
    "ah-ru-act-design-stage-one": [("Подписано простой ЭП 16.03.2026", "2026-03-16")],
    "ah-ru-act-courier-scan": [("ПОЛУЧЕНО 02.04.2026", "2026-04-02")],
    "ah-ru-upd-fulfilment-status-1": [
        ("Дата получения (приемки): 02.04.2026", "2026-04-02")
    ],
    "ah-ru-upd-accessories-scan": [("CKЛAД 16.03.2026", "2026-03-16")],
    "ah-ru-upd-it-studio-vat-5": [
        ("Дата получения (приемки): 25.03.2026", "2026-03-25")
    ],
    "ah-ru-payment-order-developer-scan": [("ПPOBEДEHO  07.04.2026", "2026-04-07")],
    "ah-ru-bank-statement-sole-proprietor": [
        ("Выписка сформирована 04.04.2026", "2026-04-04")
    ],
    "ah-ru-passport-seller-scan": [
        ("05.11.1999", "1999-11-05"),
        ("14.03.2020", "2020-03-14"),
        ("02.02.2026", "2026-02-02"),
    ],
    "ah-ru-letter-rent-indexation": [("Вх. № 87 от 23.03.2026", "2026-03-23")],
    "ah-ru-other-self-employed-registration": [("22.05.2023", "2023-05-22")],
    "ah-en-invoice-saas-subscription": [("March 31, 2026", "2026-03-31")],
    "ah-en-invoice-uk-freelancer-scan": [("RECEIVED 17 MAR 2026", "2026-03-17")],
    "ah-en-act-consulting-stage-one": [("delivered on March 24, 2026", "2026-03-24")],
    "ah-en-payment-order-mt103": [("Printed 2026-03-06 09:14:52", "2026-03-06")],
    "ah-en-contract-mutual-nda": [("Date: 11 March 2026", "2026-03-11")],
    "ah-en-waybill-courier-photo": [("GOOD ORDER 19.03.2026", "2026-03-19")],
    "ah-en-passport-uk-scan": [
        ("14 AUG /AOUT 91", "1991-08-14"),
        ("BRISTOL 17/03/2026", "2026-03-17"),
    ],
    "ah-en-letter-payment-reminder-scan": [("Sent: 21/04/2026 09:14", "2026-04-21")],
}
# "№" read as "N2" or "Ne" in front of the document's number, as printed.
NUMBER_SIGN_MISREAD = {
    "ah-ru-invoice-fulfilment-fax": "Ne C-04l2",
    "ah-ru-invoice-online-school-scan": "N2 CЗ-l18",
    "ah-ru-act-courier-scan": "Ne KЭ-00731",
    "ah-ru-upd-accessories-scan": "N2 ТА-l187",
    "ah-ru-upd-photographer-photo": "Ne l4",
    "ah-ru-payment-order-developer-scan": "N2 46З",
    "ah-ru-receipt-coworking-photo": "Ne l12",
}
# Codes of foreign parties and banks, printed and never labelled: US ABA routing
# numbers and an EIN, a UK VAT number, IBANs, a Kazakh BIN and IIN, and a Chinese
# USCI.
FOREIGN_IDENTIFIERS = {
    "ah-en-invoice-saas-subscription": {"071002943": "aba", "87-3150264": "ein"},
    "ah-en-invoice-us-contractor": {"314977188": "aba"},
    "ah-en-invoice-uk-freelancer-scan": {
        "284619331": "uk_vat",
        "GB76ACRE40182261830294": "iban",
    },
    "ah-en-invoice-bilingual-rub-usd": {"180840014529": "kz_bin"},
    "ah-en-payment-order-mt103": {"071002943": "aba"},
    "ah-en-waybill-courier-photo": {"91440300MA5G7R2KXD": "usci"},
    "ah-en-bank-statement-usd-account": {"RS42160005080006824519": "iban"},
    "ah-en-power-of-attorney-kazakh-representative": {"940314401275": "kz_bin"},
    "ah-en-letter-payment-reminder-scan": {"284619331": "uk_vat"},
}
# INNs printed for a party with no role. They belong to a marketplace named in a power
# of attorney, the counterparties of a statement and a party of a mutual NDA. The
# issuers of a letter, an offer and a tax certificate have no party labels either.
INNS_WITHOUT_ROLE = {
    "ah-ru-power-of-attorney-fulfilment": ("7714283967",),
    "ah-ru-bank-statement-sole-proprietor": (
        "7714283967",
        "6604025182",
        "668521904702",
    ),
    "ah-ru-letter-rent-indexation": ("526210483785",),
    "ah-ru-other-commercial-offer": ("5260481739",),
    "ah-ru-other-self-employed-registration": ("166039281700",),
    "ah-en-contract-mutual-nda": ("1655238711",),
}
# Amounts printed beside the total that are not the total: contract prices, stages,
# advances, rests to pay, deposits, declared values, amounts without VAT, VAT, a
# retainer, a reference conversion, caps and expenses.
COMPETING_AMOUNTS = {
    "ah-ru-invoice-office-rent-sole-proprietor": ["145000.00", "15624.00"],
    "ah-ru-invoice-it-studio-vat-5": ["1848000.00", "588000.00", "640000.00"],
    "ah-ru-act-design-stage-one": ["186000.00", "48000.00", "90000.00"],
    "ah-ru-act-courier-scan": ["438600.00", "74310.00", "16348.20"],
    "ah-ru-upd-accessories-scan": ["212600.00", "46772.00"],
    "ah-ru-contract-design-services": ["96000.00", "90000.00", "2500.00"],
    "ah-ru-letter-rent-indexation": ["152250.00", "160624.00"],
    "ah-ru-other-commercial-offer": ["339000.00", "355950.00", "18000.00"],
    "ah-en-invoice-saas-subscription": ["8700.00", "792.00"],
    "ah-en-invoice-us-contractor": ["7115.00", "2000.00"],
    "ah-en-invoice-bilingual-rub-usd": ["13586.96"],
    "ah-en-act-consulting-stage-one": ["600000.00", "1098000.00", "1830000.00"],
    "ah-en-contract-consulting-vat": ["1500000.00", "732000.00", "120000.00"],
    "ah-en-power-of-attorney-kazakh-representative": ["500000.00"],
    "ah-en-other-us-estimate": ["16080.00", "4020.00"],
}
# Citations of another document of the set, as printed in the citing document. Each
# names the cited document's number and, unless listed in REFERENCES_WITHOUT_DATE,
# its date.
DEAL_REFERENCES = {
    "ah-ru-payment-order-office-rent": [
        ("ah-ru-invoice-office-rent-sole-proprietor", "по счету № 31 от 02.03.2026")
    ],
    "ah-ru-letter-rent-indexation": [
        ("ah-ru-invoice-office-rent-sole-proprietor", "по счету № 31 от 02.03.2026"),
        ("ah-ru-payment-order-office-rent", "поручение № 418 от 04.03.2026"),
    ],
    "ah-ru-upd-fulfilment-status-1": [
        ("ah-ru-invoice-fulfilment-fax", "счет на оплату № С-0412 от 31.03.2026")
    ],
    "ah-ru-payment-order-fulfilment-internet-bank": [
        ("ah-ru-invoice-fulfilment-fax", "по счету № С-0412 от 31.03.2026")
    ],
    "ah-ru-bank-statement-sole-proprietor": [
        ("ah-ru-invoice-fulfilment-fax", "по счету № С-0412 от 31.03.2026"),
        ("ah-ru-upd-photographer-photo", "по УПД № 14 от 18.03.2026"),
    ],
    "ah-ru-act-design-stage-one": [
        ("ah-ru-contract-design-services", "№ Д-14/26 от 16.02.2026")
    ],
    "ah-ru-upd-it-studio-vat-5": [
        ("ah-ru-invoice-it-studio-vat-5", "счет на оплату № 57 от 16.03.2026")
    ],
    "ah-ru-payment-order-developer-scan": [
        ("ah-ru-act-freelance-developer", "по акту № 9 от 31.03.2026")
    ],
    "ah-ru-upd-accessories-scan": [
        ("ah-ru-power-of-attorney-fulfilment", "доверенности № 3 от 02.02.2026")
    ],
    "ah-ru-waybill-transport-scan": [
        ("ah-ru-packing-list-marketplace-supply", "лист № УЛ-0331 от 31.03.2026"),
        ("ah-ru-power-of-attorney-fulfilment", "доверенность № 3 от 02.02.2026"),
    ],
    "ah-ru-packing-list-marketplace-supply": [
        ("ah-ru-power-of-attorney-fulfilment", "доверенности № 3 от 02.02.2026")
    ],
    "ah-en-payment-order-mt103": [
        ("ah-en-invoice-saas-subscription", "/INV/SW-2026-031877 DD 01.03.2026")
    ],
    "ah-en-bank-statement-usd-account": [
        ("ah-en-payment-order-mt103", "charges OUR, KG260305-01"),
        ("ah-en-invoice-saas-subscription", "inv. SW-2026-031877 of 01.03.2026"),
    ],
    "ah-en-act-consulting-stage-one": [
        ("ah-en-contract-consulting-vat", "No. CT-2026/015 dated March 2, 2026")
    ],
    "ah-en-letter-payment-reminder-scan": [
        ("ah-en-invoice-uk-freelancer-scan", "HO-2026-019 dated 15 March 2026")
    ],
    "ah-en-other-us-estimate": [
        ("ah-en-invoice-us-contractor", "invoice JW-0142 of 03/17/2026")
    ],
    "ah-en-waybill-courier-photo": [
        ("ah-en-packing-list-shenzhen-photo", "Shipper ref: YF-PL-260311")
    ],
    "ah-en-packing-list-shenzhen-photo": [
        ("ah-en-waybill-courier-photo", "Waybill: SkyBridge 5127 4409 83")
    ],
}
# Citations that name the cited document's number only.
REFERENCES_WITHOUT_DATE = {
    "charges OUR, KG260305-01",
    "Shipper ref: YF-PL-260311",
    "Waybill: SkyBridge 5127 4409 83",
}
# References to papers outside the set (contracts, orders, supplies) that two or more
# documents of one deal print.
SHARED_REFERENCES = {
    "А-07/2025": (
        "ah-ru-invoice-office-rent-sole-proprietor",
        "ah-ru-payment-order-office-rent",
        "ah-ru-letter-rent-indexation",
    ),
    "ФФ-2025/118": (
        "ah-ru-invoice-fulfilment-fax",
        "ah-ru-upd-fulfilment-status-1",
        "ah-ru-payment-order-fulfilment-internet-bank",
    ),
    "Р-2026/03": ("ah-ru-invoice-it-studio-vat-5", "ah-ru-upd-it-studio-vat-5"),
    "2025/11-Л": (
        "ah-ru-act-freelance-developer",
        "ah-ru-payment-order-developer-scan",
    ),
    "05/26-И": (
        "ah-ru-payment-order-self-employed",
        "ah-ru-receipt-my-tax-self-employed",
    ),
    "2026-0331-118": (
        "ah-ru-waybill-transport-scan",
        "ah-ru-packing-list-marketplace-supply",
    ),
    "KDO-0219": ("ah-en-waybill-courier-photo", "ah-en-packing-list-shenzhen-photo"),
}
# Documents printed with dates month first, as US documents print them, mapped to the
# reading that settles the order. "day above 12" means that the date label has a day
# above 12, so it cannot be read day first. "language" means that every numeric date
# of the document could be read both ways, and only the English language and the US
# address of the issuer make it month first.
MONTH_FIRST_DOCUMENTS = {
    "ah-en-invoice-us-contractor": "day above 12",
    "ah-en-other-us-estimate": "day above 12",
    "ah-en-receipt-payment-processor": "language",
}
MONTH_FIRST_DATE = re.compile(r"(?<![\d/])(\d{2})/(\d{2})/(\d{4})(?![\d/])")
# The SWIFT MT103 print, whose values are printed on the line under each caption.
MT103_DOCUMENT = "ah-en-payment-order-mt103"
MT103_CAPTION = re.compile(r"^:(\d{2}[A-Z]?):\s+\S")
# The bilingual invoice: its rouble total comes before a dollar line converted at the
# printed rate, which is not the total.
BILINGUAL_DOCUMENT = "ah-en-invoice-bilingual-rub-usd"
BILINGUAL_RATE = Decimal("92.0000")
# The consulting agreement states its fee excluding and including VAT in one sentence.
VAT_BOTH_WAYS_DOCUMENT = "ah-en-contract-consulting-vat"
RUSSIAN_VAT_RATE_2026 = Decimal("0.22")
# Russian documents whose seller is on the simplified tax system (УСН) and charges
# VAT at 5%, as the 2026 rules allow it.
SIMPLIFIED_TAX_VAT_DOCUMENTS = {
    "ah-ru-invoice-it-studio-vat-5",
    "ah-ru-upd-it-studio-vat-5",
    "ah-ru-other-commercial-offer",
}
VAT_RATE_PATTERN = re.compile(r"[НH]Д[СC]\D{0,12}?(\d{1,2})\s?%")
# Clean documents of several pages, mapped to the marker each page ends with and the
# number of pages.
PAGE_MARKERS = {
    "ah-ru-contract-design-services": ("Страница {page} из {pages}", 2),
    "ah-en-contract-consulting-vat": ("Page {page} of {pages}", 2),
}
# Documents whose label date is printed in a given style, so that the set covers the
# usual Russian and English forms.
DATE_STYLES = {
    "ah-ru-payment-order-office-rent": "dd.mm.yyyy",
    "ah-ru-invoice-it-studio-vat-5": "«dd» month yyyy г.",
    "ah-ru-power-of-attorney-fulfilment": "d month yyyy г.",
    "ah-ru-receipt-my-tax-self-employed": "dd.mm.yy",
    "ah-en-bank-statement-usd-account": "yyyy-mm-dd",
    "ah-en-invoice-saas-subscription": "Month d, yyyy",
    "ah-en-invoice-uk-freelancer-scan": "dd Mon yyyy",
    "ah-en-invoice-us-contractor": "mm/dd/yyyy",
    "ah-en-act-consulting-stage-one": "d Month yyyy",
}
# Documents whose total is printed in a given number style.
AMOUNT_STYLES = {
    "ah-ru-act-freelance-developer": "246 000,00",
    "ah-ru-act-saas-licence-exempt": "89.250,00",
    "ah-ru-receipt-my-tax-self-employed": "48 000 ₽",
    "ah-ru-payment-order-office-rent": "160624-00",
    "ah-en-invoice-us-contractor": "$9,115.00",
    "ah-en-payment-order-mt103": "USD9108,00",
}
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"ah-en-passport-uk-scan"}
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
# Clean documents are rendered to page images, so each page fits on one sheet.
MAX_PAGE_LINES = 70
DOCUMENTS = load_holdout_ah()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def repaired(text: str) -> str:
    """Return a text compared as a noisy one, with "N2" and "Ne" read as "№"."""
    for reading in NUMBER_SIGN_READINGS:
        text = text.replace(reading, "№ ")
    return comparable(text, noisy=True)


is_printed = partial(holdout_checks.is_printed, repair=repaired)


def extra_date_forms(value: date) -> list[str]:
    """Return the upper-case "12 MAR 2026" form and the day-first form without
    leading zeros, which `date_forms` lacks."""
    month = MONTHS_EN[value.month - 1][:3].upper()
    return [f"{value:%d} {month} {value.year}", f"{value.day} {month} {value.year}"]


def styled_date(value: date, style: str) -> str:
    """Return `value` in one of the styles of DATE_STYLES."""
    russian = MONTHS_RU_GENITIVE[value.month - 1]
    english = MONTHS_EN[value.month - 1]
    styles = {
        "dd.mm.yyyy": f"{value:%d.%m.%Y}",
        "dd.mm.yy": f"{value:%d.%m.%y}",
        "«dd» month yyyy г.": f"«{value:%d}» {russian} {value.year} г.",
        "d month yyyy г.": f"{value.day} {russian} {value.year} г.",
        "yyyy-mm-dd": value.isoformat(),
        "Month d, yyyy": f"{english} {value.day}, {value.year}",
        "dd Mon yyyy": f"{value:%d} {english[:3]} {value.year}",
        "d Month yyyy": f"{value.day} {english} {value.year}",
        "mm/dd/yyyy": f"{value:%m/%d/%Y}",
    }
    return styles[style]


# The check for each kind of code in FOREIGN_IDENTIFIERS. The EIN carries no check
# digit, so only its form is checked.
FOREIGN_IDENTIFIER_CHECKS = {
    "iban": is_valid_iban,
    "aba": is_valid_aba,
    "uk_vat": is_valid_gb_vat,
    "kz_bin": is_valid_kz_bin,
    "usci": is_valid_usci,
    "ein": form_check(r"\d{2}-\d{7}"),
}


def pages_of(text: str, marker: str, page_count: int) -> list[list[str]]:
    """Split a text into pages after the lines that hold each page's marker."""
    lines = text.splitlines()
    pages = []
    start = 0
    for page in range(1, page_count + 1):
        label = marker.format(page=page, pages=page_count)
        ends = [i for i, line in enumerate(lines) if line.strip() == label]
        assert len(ends) == 1, f"marker {label!r} printed {len(ends)} times"
        pages.append(lines[start : ends[0] + 1])
        start = ends[0] + 1
    assert not "".join(lines[start:]).strip(), "text after the last page marker"
    return pages


HOLDOUT_SET = HoldoutSet(
    name="ah",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    russian_only_types=RUSSIAN_ONLY_TYPES,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        TOTALS_IN_WORDS,
        set(NUMBER_SIGN_MISREAD),
        set(DEAL_REFERENCES),
        {cited for refs in DEAL_REFERENCES.values() for cited, _ in refs},
        {id_ for ids in SHARED_REFERENCES.values() for id_ in ids},
        set(MONTH_FIRST_DOCUMENTS),
        {MT103_DOCUMENT, BILINGUAL_DOCUMENT, VAT_BOTH_WAYS_DOCUMENT},
        set(PAGE_MARKERS),
        set(DATE_STYLES),
        set(AMOUNT_STYLES),
    ),
    requisite_counts=(1, 15, 25),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=10,
    ogrnip_required=True,
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
    vat=VatRules(
        minimum_counts={"22": 5, "5": 2},
        pattern=VAT_RATE_PATTERN,
        simplified_tax_documents=SIMPLIFIED_TAX_VAT_DOCUMENTS,
    ),
    other_dates=OTHER_DATES,
    competing_amounts=COMPETING_AMOUNTS,
    inns_without_role=INNS_WITHOUT_ROLE,
    foreign_identifiers=FOREIGN_IDENTIFIERS,
    foreign_identifier_checks=FOREIGN_IDENTIFIER_CHECKS,
    mrz_documents=MRZ_DOCUMENTS,
    noisy_amount_sample=("Bceгo к oплaтe: 1З4 373,24", "134373.24"),
    check_digit_samples=(
        (is_valid_ogrn, "1215200347185", "1215200347186"),
        (is_valid_ogrn, "320665800124736", "320665800124737"),
        (is_valid_aba, "071002943", "071002944"),
        (is_valid_gb_vat, "284619331", "284619332"),
        (is_valid_kz_bin, "180840014529", "180840014528"),
        (is_valid_usci, "91440300MA5G7R2KXD", "91440300MA5G7R2KXE"),
        (is_valid_iban, "GB76ACRE40182261830294", "GB76ACRE40182261830295"),
    ),
    currency_mark_samples=(
        ("ИTOГO: 99 6OO,OO PУБ.", "руб", True, True),
        ("EUROPEAN", "EUR", False, False),
    ),
)


@pytest.mark.parametrize(
    "document_id", sorted(MRZ_DOCUMENTS), ids=sorted(MRZ_DOCUMENTS)
)
def test_passport_valid_for_ten_years(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    lines = mrz_lines(document.text, 44)
    issued = date.fromisoformat(document.expected["date"])
    expiry = lines[1][21:27]
    assert expiry == f"{issued.year + 10 - 2000:02}{issued:%m%d}", "not a 10-year term"


def test_main_types_most_numerous():
    counts = Counter(document.document_type for document in DOCUMENTS)
    ranked = [document_type for document_type, _ in counts.most_common(4)]
    assert set(ranked) == MAIN_TYPES, f"most numerous types {ranked}"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_sole_proprietor_kpp_is_none(document):
    """Check that every labelled 12-digit INN, a sole proprietor's or a self-employed
    person's, has its KPP labelled None, except on receipts, which label INNs only."""
    for path, value in document.expected.items():
        if not path.endswith(".inn"):
            continue
        kpp_path = path.removesuffix(".inn") + ".kpp"
        if document.document_type == "receipt":
            assert kpp_path not in document.expected, f"{kpp_path} labelled"
        elif len(value) == 12:
            assert kpp_path in document.expected, f"{kpp_path} missing"
            assert document.expected[kpp_path] is None, f"{kpp_path} is not None"


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_clean_document_pages_fit(document):
    if document.id in PAGE_MARKERS:
        marker, page_count = PAGE_MARKERS[document.id]
        pages = pages_of(document.text, marker, page_count)
    else:
        pages = [document.text.splitlines()]
    for number, lines in enumerate(pages, start=1):
        assert len(lines) <= MAX_PAGE_LINES, f"page {number} has {len(lines)} lines"
        longest = max(len(line) for line in lines)
        assert longest <= MAX_CLEAN_LINE_LENGTH, f"line of {longest} characters"


@pytest.mark.parametrize(
    ("document_id", "marker"), sorted(PAGE_MARKERS.items()), ids=sorted(PAGE_MARKERS)
)
def test_multi_page_documents_mark_pages(document_id, marker):
    pattern, page_count = marker
    document = DOCUMENTS_BY_ID[document_id]
    assert not document.noisy, "a noisy document"
    pages = pages_of(document.text, pattern, page_count)
    assert len(pages) == page_count
    assert all(len(lines) > 1 for lines in pages), "an empty page"


@pytest.mark.parametrize(
    "document_id", sorted(TOTALS_IN_WORDS), ids=sorted(TOTALS_IN_WORDS)
)
def test_total_in_words_spells_label(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    words = amount_words_ru(Decimal(document.expected["total"]))
    words_compared = comparable(words, document.noisy)
    text_compared = comparable(document.text, document.noisy)
    if document.noisy:
        # The look-alike repair reads a capital "О" as zero but keeps a small "о", so
        # words of an upper-case scan are compared with zeros read back as "о".
        words_compared = words_compared.replace("0", "о")
        text_compared = text_compared.replace("0", "о")
    assert words_compared in text_compared, f"{words!r} not printed"


@pytest.mark.parametrize(
    ("document_id", "printed"),
    sorted(NUMBER_SIGN_MISREAD.items()),
    ids=sorted(NUMBER_SIGN_MISREAD),
)
def test_number_sign_misread(document_id, printed):
    document = DOCUMENTS_BY_ID[document_id]
    assert document.noisy, "a clean document"
    assert printed in document.text, f"{printed!r} not printed"
    sign, number = printed.split(" ", 1)
    assert f"{sign} " in NUMBER_SIGN_READINGS, f"{sign!r} is not a reading of №"
    assert comparable(number, True) == comparable(document.expected["number"], True)


@pytest.mark.parametrize(
    ("document_id", "references"),
    sorted(DEAL_REFERENCES.items()),
    ids=sorted(DEAL_REFERENCES),
)
def test_deal_references_name_cited_document(document_id, references):
    document = DOCUMENTS_BY_ID[document_id]
    for cited_id, reference in references:
        cited = DOCUMENTS_BY_ID[cited_id]
        assert cited_id != document_id, "a document cites itself"
        if document.noisy:
            assert repaired(reference) in repaired(document.text), reference
        else:
            assert comparable(reference, False) in comparable(document.text, False)
        number = cited.expected["number"]
        assert repaired(number) in repaired(reference), f"{number} not in {reference}"
        if reference in REFERENCES_WITHOUT_DATE:
            continue
        cited_date = date.fromisoformat(cited.expected["date"])
        forms = date_forms(cited_date)
        assert any(form in reference for form in forms), f"{cited_date} not cited"


@pytest.mark.parametrize(
    ("reference", "document_ids_"),
    sorted(SHARED_REFERENCES.items()),
    ids=sorted(SHARED_REFERENCES),
)
def test_shared_references_printed(reference, document_ids_):
    assert len(document_ids_) >= 2, "a reference shared by one document"
    for document_id in document_ids_:
        document = DOCUMENTS_BY_ID[document_id]
        if document.noisy:
            assert repaired(reference) in repaired(document.text), document_id
        else:
            assert reference in document.text, document_id


@pytest.mark.parametrize(
    ("document_id", "reading"),
    sorted(MONTH_FIRST_DOCUMENTS.items()),
    ids=sorted(MONTH_FIRST_DOCUMENTS),
)
def test_month_first_dates(document_id, reading):
    document = DOCUMENTS_BY_ID[document_id]
    assert document.language == "en", "not an English document"
    label = date.fromisoformat(document.expected["date"])
    printed = MONTH_FIRST_DATE.findall(document.text)
    assert printed, "no numeric date"
    for month, day, year in printed:
        date(int(year), int(month), int(day))
    assert f"{label:%m/%d/%Y}" in document.text, "date label not printed month first"
    if reading == "day above 12":
        assert label.day > 12, f"{label} can be read day first"
        return
    assert reading == "language", reading
    assert all(int(day) <= 12 for _, day, _ in printed), "a date settles the order"
    swapped = date(label.year, label.day, label.month)
    assert swapped != label, "day and month are equal"
    assert f"{swapped:%d/%m/%Y}" in document.text, "the other reading is not printed"
    other_forms = [
        form
        for form in date_forms(label) + date_forms(swapped)
        if "/" not in form and form in document.text
    ]
    assert other_forms == [], f"dates in other forms {other_forms}"
    assert re.search(r"\bTX \d{5}\b", document.text), "no US address"


def test_mt103_values_under_captions():
    document = DOCUMENTS_BY_ID[MT103_DOCUMENT]
    lines = document.text.splitlines()
    captions = {}
    for index, line in enumerate(lines):
        match = MT103_CAPTION.match(line)
        if match is None:
            continue
        assert re.search(r"\d", line[match.end() - 1 :]) is None, f"value in {line!r}"
        value = lines[index + 1]
        assert value.startswith("  "), f"value under {line!r} not indented"
        assert value.strip(), f"no value under {line!r}"
        captions[match.group(1)] = value.strip()
    assert {"20", "32A", "50K", "59", "70", "71A"} <= set(captions), sorted(captions)
    expected = document.expected
    assert captions["20"] == expected["number"], "field 20 is not the number"
    value_date = date.fromisoformat(expected["date"])
    total = expected["total"].replace(".", ",")
    assert captions["32A"] == f"{value_date:%y%m%d}{expected['currency']}{total}"
    assert captions["50K"] == "/" + expected["parties.payer.account"]
    assert not any(path.startswith("parties.payee") for path in expected)


def test_bilingual_invoice_reference_conversion():
    document = DOCUMENTS_BY_ID[BILINGUAL_DOCUMENT]
    lines = document.text.splitlines()
    rouble_line = next(i for i, line in enumerate(lines) if "Итого к оплате" in line)
    dollar_line = next(i for i, line in enumerate(lines) if "Total due: USD" in line)
    assert rouble_line < dollar_line, "the dollar line comes first"
    total = Decimal(document.expected["total"])
    assert document.expected["currency"] == "RUB"
    converted = (total / BILINGUAL_RATE).quantize(Decimal("0.01"))
    assert f"USD {converted:,}" in lines[dollar_line], f"USD {converted} not printed"
    assert "reference" in lines[dollar_line], "conversion not marked as a reference"
    assert str(BILINGUAL_RATE) in lines[dollar_line], "rate not printed"


def test_fee_excluding_and_including_vat_in_one_sentence():
    document = DOCUMENTS_BY_ID[VAT_BOTH_WAYS_DOCUMENT]
    text = " ".join(document.text.split())
    sentences = [s for s in re.split(r"(?<=\.)\s+(?=\d|[A-Z])", text) if s]
    both = [s for s in sentences if "excluding VAT" in s and "including VAT" in s]
    assert len(both) >= 1, "no sentence with both"
    amounts = re.findall(r"RUB (\d{1,3}(?:,\d{3})*\.\d{2})", both[0])
    excluding, including = (Decimal(a.replace(",", "")) for a in amounts[:2])
    assert excluding * (1 + RUSSIAN_VAT_RATE_2026) == including
    assert f"{including:.2f}" == document.expected["total"], "total is not with VAT"


@pytest.mark.parametrize(
    ("document_id", "style"), sorted(DATE_STYLES.items()), ids=sorted(DATE_STYLES)
)
def test_date_printed_in_style(document_id, style):
    document = DOCUMENTS_BY_ID[document_id]
    printed = styled_date(date.fromisoformat(document.expected["date"]), style)
    if document.noisy:
        assert repaired(printed) in repaired(document.text), f"{printed!r} missing"
    else:
        assert printed in document.text, f"{printed!r} missing"


@pytest.mark.parametrize(
    ("document_id", "printed"), sorted(AMOUNT_STYLES.items()), ids=sorted(AMOUNT_STYLES)
)
def test_total_printed_in_style(document_id, printed):
    document = DOCUMENTS_BY_ID[document_id]
    assert printed in document.text, f"{printed!r} not printed"
    assert document.expected["total"] in amounts_in_text(printed), printed


def test_repair_reads_number_sign():
    assert repaired("N2 46З oт O6.O4.2O26") == repaired("№ 463 от 06.04.2026")
    assert repaired("Ne KЭ-00731") == repaired("№ КЭ-00731")
