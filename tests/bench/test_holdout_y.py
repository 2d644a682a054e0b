"""Form and consistency of the set Y benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from bench.formats import MONTHS_EN, amount_words_ru
from bench.holdout import is_valid_iban, is_valid_inn
from bench.holdout_y import load_holdout_y
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    check_noisy_documents_present,
    comparable,
    document_ids,
    printed_after_normalising,
    printed_amounts,
    printed_in_groups,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_aba,
    is_valid_gb_vat,
    is_valid_german_vat,
    is_valid_nl_vat,
    is_valid_ogrn,
)
from tests.bench.holdout_sets import HoldoutSet

# Powers of attorney label their representative "attorney", as sets F to W do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents and by the
# currencies of its foreign sellers. "рубл" covers "рублей", and "rouble" covers
# "roubles".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "US dollar"),
    "GBP": ("GBP", "£"),
    "CAD": ("CAD", "C$"),
    "AUD": ("AUD", "A$"),
    "SGD": ("SGD", "S$"),
    "CHF": ("CHF",),
}
# Every document that names money prints a mark of its currency.
UNMARKED_ROUBLE_DOCUMENTS: set[str] = set()
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are not a
# document value, and the delivery note, which prints no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "y-ru-bank-statement-cloud-provider",
    "y-en-bank-statement-usd-developer",
    "y-en-waybill-delivery-note-scan",
}
# Registration, bank and payment codes of foreign parties, as printed, mapped to
# their kind. None of them is ever a label.
FOREIGN_IDENTIFIERS = {
    "y-en-invoice-saas-us-sales-tax": {"111904710": "aba", "74-3318205": "us_ein"},
    "y-en-invoice-canada-consulting-scan": {"383236403": "ca_bn"},
    "y-en-invoice-uk-vat-managed-it": {
        "GB 945 8073 39": "gb_vat",
        "GB98LOYD30947158203614": "iban",
    },
    "y-en-invoice-eu-reverse-charge": {
        "DE475277208": "de_vat",
        "NL859304139B01": "nl_vat",
        "DE32300209004417280365": "iban",
    },
    "y-en-invoice-australia-gst": {
        "12 819 303 642": "abn",
        "98 621 299 722": "abn",
    },
    "y-en-invoice-singapore-gst": {"201834567K": "sg_uen"},
    "y-en-invoice-swiss-chf-qr-bill": {
        "CHE-562.241.549": "ch_uid",
        "CH61 3080 8004 7259 1361 8": "iban",
        "21 00000 00003 13947 14300 09017": "qr_reference",
    },
    "y-en-invoice-credit-note-gbp": {"GB 945 8073 39": "gb_vat"},
    "y-en-act-milestone-acceptance-usd": {"00891457": "am_tin"},
    "y-en-act-singapore-phase-acceptance": {"201834567K": "sg_uen"},
    "y-en-contract-software-development": {"00891457": "am_tin"},
    "y-en-other-statement-of-account-chf": {"CHE-562.241.549": "ch_uid"},
    "y-en-other-cloud-quotation-sgd": {"201834567K": "sg_uen"},
    "y-en-waybill-delivery-note-scan": {"GB 021 5736 03": "gb_vat"},
    "y-en-packing-list-network-gear": {"200914826M": "sg_uen"},
    "y-en-receipt-electronics-photo": {"201608812E": "sg_uen"},
}
# Documents whose date can be read with day and month swapped, mapped to the order
# of their country, the separator and another date of the same document. That other
# date is printed in the same order, and its day is above 12, so it settles the order.
SWAPPABLE_DATES = {
    "y-en-invoice-uk-vat-managed-it": ("day-first", "/", "2026-10-31"),
    "y-en-receipt-electronics-photo": ("day-first", "/", "2026-05-26"),
    "y-en-payment-order-translated-rub": ("day-first", ".", "2026-06-30"),
}
# Documents whose date label is printed with an English ordinal day.
ORDINAL_DATES = {
    "y-en-invoice-saas-us-sales-tax": "Dec. 5th, 2026",
    "y-en-invoice-swiss-chf-qr-bill": "Dec. 5th, 2026",
}
# Totals as printed, with their currency marks and national digit groups.
PRINTED_TOTALS = {
    "y-ru-invoice-integrator-two-column": "1 098 000,00",
    "y-ru-payment-order-licences-0401060": "1386000-00",
    "y-ru-payment-order-advance-cells": "549000-00",
    "y-en-invoice-saas-us-sales-tax": "$2,101.06",
    "y-en-invoice-canada-consulting-scan": "CAD 14,365.13",
    "y-en-invoice-uk-vat-managed-it": "£2,240.64",
    "y-en-invoice-eu-reverse-charge": "18.809,00 €",
    "y-en-invoice-australia-gst": "A$17,534.00",
    "y-en-invoice-singapore-gst": "S$4,850.50",
    "y-en-invoice-swiss-chf-qr-bill": "CHF 4'756.40",
    "y-en-invoice-credit-note-gbp": "-£439.20",
    "y-en-act-milestone-acceptance-usd": "USD 38,400.00",
    "y-en-act-translated-it-support": "RUB 372,100.00",
    "y-en-payment-order-usd-transfer-application": "USD 12600,00",
    "y-en-payment-order-translated-rub": "372100-00",
    "y-en-receipt-saas-subscription": "$1,254.24",
    "y-en-receipt-electronics-photo": "S$  826.90",
}
# Net amount, tax rate in percent, tax and total of the documents that print a tax
# breakdown. The tax is the net amount times the rate, rounded half up to cents.
TAX_BREAKDOWNS = {
    "y-ru-invoice-integrator-two-column": (
        "900000.00",
        "22",
        "198000.00",
        "1098000.00",
    ),
    "y-ru-act-implementation-22": ("900000.00", "22", "198000.00", "1098000.00"),
    "y-ru-upd-servers-branch-consignee": (
        "2924000.00",
        "22",
        "643280.00",
        "3567280.00",
    ),
    "y-ru-upd-cloud-usage-scan": ("128500.00", "22", "28270.00", "156770.00"),
    "y-ru-waybill-torg12-network": ("1520000.00", "22", "334400.00", "1854400.00"),
    "y-en-act-translated-it-support": ("305000.00", "22", "67100.00", "372100.00"),
    "y-en-upd-translated-cloud-services": (
        "212000.00",
        "22",
        "46640.00",
        "258640.00",
    ),
    "y-en-invoice-saas-us-sales-tax": ("1904.00", "10.35", "197.06", "2101.06"),
    "y-en-invoice-canada-consulting-scan": ("12712.50", "13", "1652.63", "14365.13"),
    "y-en-invoice-uk-vat-managed-it": ("1867.20", "20", "373.44", "2240.64"),
    "y-en-invoice-credit-note-gbp": ("366.00", "20", "73.20", "439.20"),
    "y-en-invoice-australia-gst": ("15940.00", "10", "1594.00", "17534.00"),
    "y-en-invoice-singapore-gst": ("4450.00", "9", "400.50", "4850.50"),
    "y-en-invoice-swiss-chf-qr-bill": ("4400.00", "8.1", "356.40", "4756.40"),
    "y-en-act-singapore-phase-acceptance": ("27250.00", "9", "2452.50", "29702.50"),
    "y-en-receipt-saas-subscription": ("1152.00", "8.875", "102.24", "1254.24"),
}
# Russian documents without VAT, mapped to the legal ground they print: the
# software licence exemption or the simplified tax system.
VAT_EXEMPT_DOCUMENTS = {
    "y-ru-invoice-licences-vat-exempt": "пп. 26 п. 2 ст. 149",
    "y-ru-upd-licences-edo-cells": "пп. 26 п. 2 ст. 149",
    "y-ru-payment-order-licences-0401060": "НДС не облагается",
    "y-ru-contract-licence-agreement": "пп. 26 п. 2 ст. 149",
    "y-ru-act-developer-scan": "УСН",
    "y-ru-payment-order-developer-scan": "Без налога (НДС)",
    "y-en-upd-translated-exclusive-right-scan": "simplified tax system",
}
# Rouble totals also printed in words, as `amount_words_ru` spells them.
RUSSIAN_TOTALS_IN_WORDS = {
    "y-ru-invoice-integrator-two-column",
    "y-ru-invoice-licences-vat-exempt",
    "y-ru-act-implementation-22",
    "y-ru-act-developer-scan",
    "y-ru-upd-servers-branch-consignee",
    "y-ru-upd-cloud-usage-scan",
    "y-ru-payment-order-licences-0401060",
    "y-ru-payment-order-advance-cells",
    "y-ru-payment-order-developer-scan",
    "y-ru-contract-licence-agreement",
    "y-ru-waybill-torg12-network",
}
# Amounts printed near the total that are not the total: amounts due after a
# credit or an advance, advances, contract prices, milestones, estimates, the
# corrected invoice of a credit note and a retainer held on file.
COMPETING_AMOUNTS = {
    "y-ru-invoice-integrator-two-column": ("549000.00", "1464000.00", "900000.00"),
    "y-ru-act-implementation-22": ("549000.00", "900000.00"),
    "y-ru-payment-order-advance-cells": ("1098000.00", "99000.00"),
    "y-ru-contract-licence-agreement": ("1386000.00", "9800.00"),
    "y-en-invoice-saas-us-sales-tax": ("2051.06", "24000.00", "1904.00"),
    "y-en-invoice-canada-consulting-scan": ("5000.00", "12712.50"),
    "y-en-invoice-singapore-gst": ("3650.50", "1200.00", "4450.00"),
    "y-en-invoice-swiss-chf-qr-bill": ("4400.00", "356.40"),
    "y-en-invoice-credit-note-gbp": ("2240.64", "1801.44", "366.00"),
    "y-en-act-milestone-acceptance-usd": ("115200.00",),
    "y-en-act-singapore-phase-acceptance": ("41000.00", "27250.00", "25000.00"),
    "y-en-contract-software-development": ("38400.00", "55.00"),
}
# Deductions printed under a total, mapped to the deduction and the amount left to
# pay, which the total minus the deduction must give. For the credit note the pair is
# the corrected invoice's total and its balance, which that total less the credit gives.
DEDUCTIONS = {
    "y-ru-act-implementation-22": ("549000.00", "549000.00"),
    "y-en-invoice-saas-us-sales-tax": ("50.00", "2051.06"),
    "y-en-invoice-singapore-gst": ("1200.00", "3650.50"),
    "y-en-invoice-credit-note-gbp": ("2240.64", "1801.44"),
}
# Pairs of documents of one deal: the first document's total is printed in the
# second one, which pays, lists, corrects or confirms it.
DEAL_TOTALS = [
    ("y-ru-invoice-integrator-two-column", "y-ru-act-implementation-22"),
    ("y-ru-invoice-integrator-two-column", "y-ru-payment-order-advance-cells"),
    ("y-ru-invoice-licences-vat-exempt", "y-ru-payment-order-licences-0401060"),
    ("y-ru-act-developer-scan", "y-ru-payment-order-developer-scan"),
    ("y-ru-upd-cloud-usage-scan", "y-ru-bank-statement-cloud-provider"),
    ("y-en-act-translated-it-support", "y-en-payment-order-translated-rub"),
    ("y-en-invoice-uk-vat-managed-it", "y-en-invoice-credit-note-gbp"),
    ("y-en-invoice-swiss-chf-qr-bill", "y-en-other-statement-of-account-chf"),
    ("y-en-act-milestone-acceptance-usd", "y-en-bank-statement-usd-developer"),
    ("y-en-contract-software-development", "y-en-act-milestone-acceptance-usd"),
]
# Text layers that print a caption on one line and its value on a later line, as
# two-column PDF layouts come out in reading order.
CAPTIONS_BEFORE_VALUES = {
    "y-ru-invoice-integrator-two-column": ("Всего к оплате:", "1 098 000,00"),
    "y-ru-invoice-licences-vat-exempt": ("Итого к оплате:", "1 386 000,00"),
    "y-ru-upd-licences-edo-cells": ("Счет-фактура №", "КГ-0211"),
    "y-ru-payment-order-advance-cells": ("ИНН плательщика", "6340261402"),
    "y-ru-other-commercial-offer-stage3": ("Стоимость, руб. без НДС", "630 000,00"),
    "y-en-invoice-saas-us-sales-tax": ("Invoice #", "BWC-2026-118734"),
    "y-en-invoice-eu-reverse-charge": ("Invoice no.", "2026-11873"),
    "y-en-invoice-australia-gst": ("Invoice Date", "31/03/2026"),
    "y-en-act-singapore-phase-acceptance": ("Certificate No.", "AC-2026-014"),
    "y-en-receipt-saas-subscription": ("AMOUNT PAID", "$1,254.24"),
}
# Documents whose left column (the first caption) is printed whole before their
# right column (the second caption), with a line of the left column between them.
COLUMNS_READ_IN_SEQUENCE = {
    "y-ru-invoice-licences-vat-exempt": (
        "ПРОДАВЕЦ (ЛИЦЕНЗИАР)",
        "ПОКУПАТЕЛЬ (ЛИЦЕНЗИАТ)",
        "7856321223",
    ),
    "y-ru-upd-servers-branch-consignee": ("Продавец:", "Покупатель:", "7799351814"),
    "y-en-invoice-saas-us-sales-tax": ("BILL TO", "REMIT TO", "Seattle, WA 98101"),
}
# Page headers and footers that a text layer repeats.
REPEATED_PAGE_MARKS = {
    "y-ru-invoice-licences-vat-exempt": (
        "ООО «КодГрад» · Счет № КГ-0147/26 от 16.03.2026"
    ),
    "y-ru-act-implementation-22": "Акт № 41 от 27.03.2026",
}
CREDIT_NOTES = {"y-en-invoice-credit-note-gbp"}
MRZ_DOCUMENTS = {"y-en-passport-canada-scan", "y-en-passport-singapore"}
# INN printed beside a KPP "0" or "--" for a sole proprietor, who has no KPP.
SOLE_PROPRIETOR_INN = "776613186006"
RUSSIAN_VAT_RATE_PATTERN = re.compile(r"НДС[^\d\n]{0,12}(\d+)\s?%")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 16
ENGLISH_COUNT = 28
NOISY_COUNT = 9
ORDINAL_SUFFIXES = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
DOCUMENTS = load_holdout_y()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def ordinal_day(day: int) -> str:
    return f"{day}{ORDINAL_SUFFIXES.get(day, 'th')}"


def extra_date_forms(value: date) -> list[str]:
    """Return the English ordinal forms ("Dec. 5th, 2026"), which `date_forms` lacks."""
    month = MONTHS_EN[value.month - 1]
    day = ordinal_day(value.day)
    return [
        f"{month[:3]}. {day}, {value.year}",
        f"{month} {day}, {value.year}",
        f"{day} {month} {value.year}",
    ]


def money(value: str) -> Decimal:
    return Decimal(value)


def is_valid_abn(abn: str) -> bool:
    """Check an Australian ABN: subtract 1 from the first digit, then the weighted
    sum (10, 1, 3, 5, ..., 19) is a multiple of 89."""
    digits = [int(char) for char in re.sub(r"\D", "", abn)]
    if len(digits) != 11:
        return False
    digits[0] -= 1
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    return sum(d * w for d, w in zip(digits, weights, strict=True)) % 89 == 0


def passes_luhn(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char) * (2 if index % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def is_valid_swiss_uid(uid: str) -> bool:
    """Check a Swiss UID (CHE-123.456.789): weights 5, 4, 3, 2, 7, 6, 5, 4, and
    11 minus the sum mod 11 is the check digit (11 gives 0, 10 is invalid)."""
    digits = re.sub(r"\D", "", uid)
    if len(digits) != 9:
        return False
    weights = (5, 4, 3, 2, 7, 6, 5, 4)
    check = 11 - sum(int(d) * w for d, w in zip(digits[:8], weights, strict=True)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[8])


def is_valid_qr_reference(reference: str) -> bool:
    """Check a Swiss QR reference: 27 digits whose last is the recursive mod 10 key."""
    digits = re.sub(r"\s", "", reference)
    if re.fullmatch(r"\d{27}", digits) is None:
        return False
    table = (0, 9, 4, 6, 8, 2, 7, 1, 3, 5)
    carry = 0
    for digit in digits[:-1]:
        carry = table[(carry + int(digit)) % 10]
    return (10 - carry) % 10 == int(digits[-1])


# The check for each kind of code in FOREIGN_IDENTIFIERS, applied to the code without
# its spaces. NOTE: the Singapore UEN check letter, the US EIN and the Armenian taxpayer
# number are checked for their form only.
FOREIGN_IDENTIFIER_CHECKS = {
    "iban": is_valid_iban,
    "gb_vat": is_valid_gb_vat,
    "de_vat": is_valid_german_vat,
    "nl_vat": is_valid_nl_vat,
    "abn": is_valid_abn,
    "ca_bn": lambda number: len(number) == 9 and passes_luhn(number),
    "ch_uid": is_valid_swiss_uid,
    "aba": is_valid_aba,
    "qr_reference": is_valid_qr_reference,
    "sg_uen": form_check(r"\d{9}[A-Z]"),
    "us_ein": form_check(r"\d{2}-\d{7}"),
    "am_tin": form_check(r"\d{8}"),
}


def first_line_index(lines: list[str], fragment: str) -> int:
    for index, line in enumerate(lines):
        if fragment in line:
            return index
    raise AssertionError(f"{fragment!r} not printed")


HOLDOUT_SET = HoldoutSet(
    name="y",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    listed_ids=(
        set(SWAPPABLE_DATES),
        set(ORDINAL_DATES),
        set(PRINTED_TOTALS),
        set(TAX_BREAKDOWNS),
        set(VAT_EXEMPT_DOCUMENTS),
        RUSSIAN_TOTALS_IN_WORDS,
        set(DEDUCTIONS),
        {document_id for pair in DEAL_TOTALS for document_id in pair},
        set(CAPTIONS_BEFORE_VALUES),
        set(COLUMNS_READ_IN_SEQUENCE),
        set(REPEATED_PAGE_MARKS),
        CREDIT_NOTES,
    ),
    requisite_counts=(2, 10, 20),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=5,
    requisite_printed=printed_in_groups,
    extra_date_forms=extra_date_forms,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    checks_number_and_date_labels=True,
    clean_documents_fit_a_page=True,
    competing_amounts=COMPETING_AMOUNTS,
    foreign_identifiers=FOREIGN_IDENTIFIERS,
    foreign_identifier_checks=FOREIGN_IDENTIFIER_CHECKS,
    foreign_identifier_printed=printed_after_normalising,
    checks_inn_labels_russian=True,
    mrz_documents=MRZ_DOCUMENTS,
    noisy_amount_sample=("TOTAL  S$  826.9O", "826.90"),
    check_digit_samples=(
        (is_valid_ogrn, "1197852890784", "1197852890785"),
        (is_valid_inn, "776613186006", "776613186007"),
        (is_valid_gb_vat, "945807339", "945807338"),
        (is_valid_german_vat, "DE475277208", "DE475277209"),
        (is_valid_nl_vat, "NL859304139B01", "NL859304138B01"),
        (is_valid_abn, "12819303642", "12819303643"),
        (passes_luhn, "383236403", "383236404"),
        (is_valid_swiss_uid, "CHE-562.241.549", "CHE-562.241.548"),
        (is_valid_aba, "111904710", "111904712"),
        (
            is_valid_qr_reference,
            "210000000003139471430009017",
            "210000000003139471430009018",
        ),
    ),
)


def test_noisy_documents_count():
    check_noisy_documents_present(DOCUMENTS, NOISY_COUNT)
    noisy = [document for document in DOCUMENTS if document.noisy]
    assert len(noisy) == NOISY_COUNT, f"{len(noisy)} noisy documents"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_date_label_in_2025_or_2026(document):
    year = date.fromisoformat(document.expected["date"]).year
    assert year in (2025, 2026), f"date in {year}"


@pytest.mark.parametrize(
    ("document_id", "reading"),
    sorted(SWAPPABLE_DATES.items()),
    ids=sorted(SWAPPABLE_DATES),
)
def test_swappable_date_settled_by_other_date(document_id, reading):
    order, separator, other_iso = reading
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(document.text, document.noisy)
    label = date.fromisoformat(document.expected["date"])
    other = date.fromisoformat(other_iso)
    assert order == "day-first", "only day-first dates are listed"
    printed = comparable(f"{label:%d}{separator}{label:%m}{separator}{label:%Y}", True)
    assert printed in comparable(document.text, True), "date not printed day-first"
    assert label.day <= 12, "the date label cannot be read the other way"
    assert label.day != label.month, "day and month are equal"
    other_printed = f"{other:%d}{separator}{other:%m}{separator}{other:%Y}"
    assert comparable(other_printed, document.noisy) in text, f"{other_iso} missing"
    assert other.day > 12, f"{other_iso} can be read in the other order"


@pytest.mark.parametrize(
    ("document_id", "printed"), sorted(ORDINAL_DATES.items()), ids=sorted(ORDINAL_DATES)
)
def test_ordinal_date_printed(document_id, printed):
    document = DOCUMENTS_BY_ID[document_id]
    label = date.fromisoformat(document.expected["date"])
    assert printed in document.text, f"{printed!r} not printed"
    assert printed in extra_date_forms(label), f"{printed!r} is not the date label"


@pytest.mark.parametrize(
    ("document_id", "printed"),
    sorted(PRINTED_TOTALS.items()),
    ids=sorted(PRINTED_TOTALS),
)
def test_total_printed_in_listed_form(document_id, printed):
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(document.text, document.noisy)
    assert comparable(printed, document.noisy) in text, f"{printed!r} not printed"
    assert document.expected["total"] in printed_amounts(printed, False), (
        f"{printed!r} does not read as {document.expected['total']}"
    )


@pytest.mark.parametrize(
    ("document_id", "breakdown"),
    sorted(TAX_BREAKDOWNS.items()),
    ids=sorted(TAX_BREAKDOWNS),
)
def test_tax_breakdown_adds_up(document_id, breakdown):
    document = DOCUMENTS_BY_ID[document_id]
    net, rate, tax, total = breakdown
    expected_tax = (money(net) * money(rate) / 100).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    assert expected_tax == money(tax), f"tax {tax} is not {rate}% of {net}"
    assert money(net) + money(tax) == money(total), "net plus tax is not the total"
    assert total == document.expected["total"], "breakdown total is not the label"
    amounts = printed_amounts(document.text, document.noisy)
    assert net in amounts, f"net {net} not printed"
    assert tax in amounts, f"tax {tax} not printed"
    assert f"{rate}%" in re.sub(r"\s", "", document.text), f"rate {rate}% not printed"


@pytest.mark.parametrize(
    "document",
    [document for document in DOCUMENTS if document.language == "ru"],
    ids=document_ids([document for document in DOCUMENTS if document.language == "ru"]),
)
def test_russian_vat_rate_follows_date(document):
    """Check that a Russian document of 2026 charges VAT only at 22%."""
    rates = set(RUSSIAN_VAT_RATE_PATTERN.findall(document.text))
    year = date.fromisoformat(document.expected["date"]).year
    if year == 2026:
        assert rates <= {"22"}, f"VAT rates {sorted(rates)} in a 2026 document"


def test_russian_vat_rate_pattern_finds_rates():
    russian = [document for document in DOCUMENTS if document.language == "ru"]
    with_rate = [
        document
        for document in russian
        if RUSSIAN_VAT_RATE_PATTERN.search(document.text)
    ]
    assert len(with_rate) >= 5, f"only {len(with_rate)} documents print a VAT rate"


@pytest.mark.parametrize(
    ("document_id", "ground"),
    sorted(VAT_EXEMPT_DOCUMENTS.items()),
    ids=sorted(VAT_EXEMPT_DOCUMENTS),
)
def test_vat_exempt_documents_print_ground(document_id, ground):
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(document.text, document.noisy)
    assert comparable(ground, document.noisy) in text, f"{ground!r} not printed"
    assert not RUSSIAN_VAT_RATE_PATTERN.search(document.text), "a VAT rate is printed"


@pytest.mark.parametrize(
    "document_id", sorted(RUSSIAN_TOTALS_IN_WORDS), ids=sorted(RUSSIAN_TOTALS_IN_WORDS)
)
def test_russian_total_in_words_matches_label(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    words = amount_words_ru(money(document.expected["total"]))
    text = comparable(document.text, document.noisy)
    assert comparable(words, document.noisy) in text, f"{words!r} not printed"


@pytest.mark.parametrize(
    ("document_id", "deduction"), sorted(DEDUCTIONS.items()), ids=sorted(DEDUCTIONS)
)
def test_deduction_leaves_printed_balance(document_id, deduction):
    document = DOCUMENTS_BY_ID[document_id]
    deducted, balance = deduction
    printed = printed_amounts(document.text, document.noisy)
    assert deducted in printed, f"deduction {deducted} not printed"
    assert balance in printed, f"balance {balance} not printed"
    total = money(document.expected["total"])
    if document_id in CREDIT_NOTES:
        # A credit note's balance is the corrected invoice less the credit.
        assert money(deducted) - total == money(balance), "balance does not add up"
    else:
        assert total - money(deducted) == money(balance), "balance does not add up"


@pytest.mark.parametrize(
    ("labelled_id", "other_id"), DEAL_TOTALS, ids=[pair[1] for pair in DEAL_TOTALS]
)
def test_deal_total_printed_in_other_document(labelled_id, other_id):
    total = DOCUMENTS_BY_ID[labelled_id].expected["total"]
    other = DOCUMENTS_BY_ID[other_id]
    assert total in printed_amounts(other.text, other.noisy), (
        f"{total} not in {other_id}"
    )


@pytest.mark.parametrize(
    ("document_id", "pair"),
    sorted(CAPTIONS_BEFORE_VALUES.items()),
    ids=sorted(CAPTIONS_BEFORE_VALUES),
)
def test_caption_printed_above_its_value(document_id, pair):
    caption, value = pair
    lines = DOCUMENTS_BY_ID[document_id].text.splitlines()
    caption_index = first_line_index(lines, caption)
    value_index = first_line_index(lines, value)
    assert value_index > caption_index, "value printed before its caption"
    assert value not in lines[caption_index], "value on the caption's line"


@pytest.mark.parametrize(
    ("document_id", "columns"),
    sorted(COLUMNS_READ_IN_SEQUENCE.items()),
    ids=sorted(COLUMNS_READ_IN_SEQUENCE),
)
def test_left_column_printed_before_right(document_id, columns):
    left, right, left_line = columns
    lines = DOCUMENTS_BY_ID[document_id].text.splitlines()
    left_index = first_line_index(lines, left)
    right_index = first_line_index(lines, right)
    line_index = first_line_index(lines, left_line)
    assert left_index < line_index < right_index, "left column not printed first"


@pytest.mark.parametrize(
    ("document_id", "mark"),
    sorted(REPEATED_PAGE_MARKS.items()),
    ids=sorted(REPEATED_PAGE_MARKS),
)
def test_page_mark_repeated(document_id, mark):
    lines = DOCUMENTS_BY_ID[document_id].text.strip().splitlines()
    assert mark in lines[0], "page header missing"
    assert mark in lines[-1], "page footer missing"


@pytest.mark.parametrize("document_id", sorted(CREDIT_NOTES), ids=sorted(CREDIT_NOTES))
def test_credit_note_labelled_as_invoice_without_sign(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    assert document.document_type == "invoice", "credit note is not an invoice"
    assert "CREDIT NOTE" in document.text, "heading missing"
    total = document.expected["total"]
    assert not total.startswith("-"), "total label carries a sign"
    assert f"-£{total}" in document.text, "credit not printed with a minus"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_sole_proprietor_has_no_kpp_label(document):
    for path, value in document.expected.items():
        if value == SOLE_PROPRIETOR_INN:
            kpp_path = path.removesuffix(".inn") + ".kpp"
            assert document.expected.get(kpp_path, "absent") is None, kpp_path


def test_ordinal_forms():
    assert extra_date_forms(date(2026, 12, 5))[0] == "Dec. 5th, 2026"
    assert ordinal_day(22) == "22nd"
    assert ordinal_day(11) == "11th"


def test_listed_total_forms_read():
    assert "4756.40" in printed_amounts("CHF 4'756.40", False)
    assert "18809.00" in printed_amounts("18.809,00 €", False)
    assert "12600.00" in printed_amounts("USD 12600,00", False)
