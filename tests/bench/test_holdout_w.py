"""Form and consistency of the set W benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import dataclasses
import re
from datetime import date

import pytest

from bench.holdout import is_valid_iban
from bench.holdout_w import load_holdout_w
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    comparable,
    printed_after_normalising,
    printed_amounts,
    printed_in_groups,
    read_amounts_with_indian_groups,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_german_vat,
    is_valid_gstin,
    is_valid_kz_bin,
    is_valid_ogrn,
    is_valid_usci,
    mrz_check_digit,
    mrz_lines,
    td3_errors,
)
from tests.bench.holdout_sets import HoldoutSet, TradeTerms

# Powers of attorney label their representative "attorney", as sets F to U do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words that this set's documents use and by the
# currencies of its foreign partners. "рубл" covers "рубль" and "рублей", "белорусск"
# the Belarusian rouble and "юан" the yuan.
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "доллар"),
    "EUR": (*holdout_checks.CURRENCY_MARKS["EUR"], "евро"),
    "CNY": (*holdout_checks.CURRENCY_MARKS["CNY"], "юан"),
    "KZT": ("KZT", "₸", "тенге"),
    "BYN": ("BYN", "белорусск"),
    "AED": ("AED", "Dirham"),
    "TRY": ("TRY", "₺"),
    "INR": ("INR", "₹", "Rupees"),
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
# document value, the CMRs, which print no money, and the transport waybill, whose
# freight charge is not a document value.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "w-ru-bank-statement-usd-account",
    "w-en-bank-statement-eur-account",
    "w-ru-waybill-cmr-belarus-scan",
    "w-ru-waybill-transport-imported-pumps",
    "w-en-waybill-cmr-germany-scan",
}
# Registration codes of foreign parties, printed in each document and never labelled:
# Belarusian УНП, Kazakh БИН and ИИН, Uzbek and Armenian taxpayer numbers (printed as
# "ИНН"), Turkish Vergi No, UAE TRN, Indian GSTIN, Chinese USCI, German USt-IdNr. and
# IBANs.
FOREIGN_IDENTIFIERS = {
    "w-ru-invoice-belarus-proforma-byn": {
        "192847365": "unp",
        "BY57SVSL30120000847261500000": "iban",
    },
    "w-ru-invoice-kazakh-seller-tenge": {
        "070740014582": "kz_bin_iin",
        "KZ54947KZT5004100152": "iban",
    },
    "w-ru-invoice-export-usd-uzbek-buyer": {"306912485": "uz_tin"},
    "w-ru-invoice-armenian-seller-roubles": {"02587341": "am_tin"},
    "w-ru-act-agent-report-lira-payment": {"3250481764": "vergi_no"},
    "w-ru-act-bilingual-lines-eur": {"DE814726355": "de_vat"},
    "w-ru-act-tenge-services-scan": {"180940226717": "kz_bin_iin"},
    "w-ru-upd-export-kazakhstan-zero-vat": {"120340072150": "kz_bin_iin"},
    "w-ru-upd-export-armenia-usd-scan": {"00471258": "am_tin"},
    "w-ru-payment-order-nonresident-vo-code": {"400218736": "unp"},
    "w-ru-contract-bilingual-two-columns-eur": {
        "4810257396": "vergi_no",
        "TR960058200000128463091002": "iban",
    },
    "w-ru-waybill-cmr-belarus-scan": {"192847365": "unp"},
    "w-ru-packing-list-uzbek-textiles": {"305482917": "uz_tin"},
    "w-ru-receipt-minsk-fuel-photo": {"191584736": "unp"},
    "w-ru-other-kazakh-id-card": {"880514400121": "kz_bin_iin"},
    "w-en-invoice-india-gstin-lakh": {"24AAKCS7315M1ZZ": "gstin"},
    "w-en-invoice-china-cny-deposit": {"91330206MA2H7K4R9C": "usci"},
    "w-en-invoice-turkey-lira-dot-decimal": {
        "3250481764": "vergi_no",
        "TR210047100000391847250017": "iban",
    },
    "w-en-invoice-uae-aed-day-first": {
        "100384729100003": "trn",
        "AE150471008274619300015": "iban",
    },
    "w-en-act-german-commissioning": {
        "DE814726355": "de_vat",
        "DE21350604170047281630": "iban",
    },
    "w-en-upd-translation-export-kazakhstan": {"151140039823": "kz_bin_iin"},
    "w-en-contract-bilingual-paragraphs-cny": {"91330206MA2H7K4R9C": "usci"},
    "w-en-waybill-cmr-germany-scan": {"DE814726355": "de_vat"},
    "w-en-bank-statement-eur-account": {"DE21350604170047281630": "iban"},
    "w-en-power-of-attorney-german-principal": {"DE814726355": "de_vat"},
}
# The digits of the codes whose check is not verified here: УНП 9, Uzbek taxpayer
# number 9, Armenian taxpayer number 8, Vergi No 10 and TRN 15.
FOREIGN_IDENTIFIER_DIGITS = {
    "unp": 9,
    "uz_tin": 9,
    "am_tin": 8,
    "vergi_no": 10,
    "trn": 15,
}
# INNs printed for a Russian company that has no role in the document: a payment agent
# on a Turkish invoice and a customs broker as notify party on a packing list.
INNS_WITHOUT_ROLE = {
    "w-en-invoice-turkey-lira-dot-decimal": ["7704192862"],
    "w-en-packing-list-china-scan": ["7805189432"],
}
# Documents whose date can be read with day and month swapped, mapped to the order
# their country uses, the separator, and another date printed in the same order that
# settles it. When a number of days is given, the two dates lie that many days apart
# only in the stated order. Without one, the other date has a day above 12, so it
# cannot be read in the other order.
SWAPPABLE_DATES = {
    "w-en-invoice-india-gstin-lakh": ("day-first", "/", "2025-02-17", None),
    "w-en-invoice-turkey-lira-dot-decimal": ("day-first", ".", "2025-04-14", None),
    "w-en-invoice-uae-aed-day-first": ("day-first", "/", "2025-05-10", 30),
    "w-en-payment-order-transfer-inr": ("day-first", ".", "2025-03-14", None),
    "w-en-receipt-us-hotel-month-first": ("month-first", "/", "2025-03-31", None),
    "w-en-passport-india-scan": ("day-first", "/", "1985-06-23", None),
}
# Documents whose total is printed in a national number style.
TOTAL_NUMBER_STYLES = {
    "w-ru-invoice-belarus-proforma-byn": "space-groups-comma-decimal",
    "w-ru-invoice-kazakh-seller-tenge": "space-groups-comma-decimal",
    "w-ru-act-bilingual-lines-eur": "space-groups-comma-decimal",
    "w-en-invoice-india-gstin-lakh": "indian-lakh",
    "w-en-invoice-china-cny-deposit": "comma-groups-point-decimal",
    "w-en-invoice-turkey-lira-dot-decimal": "dot-groups-comma-decimal",
    "w-en-invoice-uae-aed-day-first": "comma-groups-point-decimal",
    "w-en-act-german-commissioning": "dot-groups-comma-decimal",
    "w-en-payment-order-transfer-inr": "comma-groups-point-decimal",
}
# Commercial invoices and supply contracts print an Incoterms rule with its place, an
# HS (ТН ВЭД) code and the country of origin.
TRADE_TERMS_DOCUMENTS = {
    "w-ru-invoice-belarus-proforma-byn",
    "w-ru-invoice-kazakh-seller-tenge",
    "w-ru-invoice-export-usd-uzbek-buyer",
    "w-ru-invoice-armenian-seller-roubles",
    "w-ru-contract-bilingual-two-columns-eur",
    "w-en-invoice-india-gstin-lakh",
    "w-en-invoice-china-cny-deposit",
    "w-en-invoice-turkey-lira-dot-decimal",
    "w-en-invoice-uae-aed-day-first",
    "w-en-contract-bilingual-paragraphs-cny",
}
INCOTERMS_PATTERN = re.compile(
    r"\b(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP) [A-ZА-ЯЁa-zа-яё.]"
)
HS_CAPTION_PATTERN = re.compile(r"ТН ВЭД|HS [Cc]ode|GTİP")
ORIGIN_PATTERN = re.compile(r"происхождени|[Oo]rigin")
# Bilingual documents mapped to their Russian and English headings and their layout:
# "columns" prints both headings on one line, "paragraphs" on separate lines.
BILINGUAL_DOCUMENTS = {
    "w-ru-act-bilingual-lines-eur": ("АКТ № 7", "ACT No. 7", "paragraphs"),
    "w-ru-contract-bilingual-two-columns-eur": (
        "КОНТРАКТ № KF-KK/2025-02",
        "CONTRACT No. KF-KK/2025-02",
        "columns",
    ),
    "w-en-contract-bilingual-paragraphs-cny": (
        "КОНТРАКТ КУПЛИ-ПРОДАЖИ № NHP-RU-2025/01",
        "SALES CONTRACT No. NHP-RU-2025/01",
        "paragraphs",
    ),
}
# Packing lists mapped to their printed net and gross weight totals.
PACKING_WEIGHTS = {
    "w-ru-packing-list-uzbek-textiles": ("6 715,0", "6 973,0"),
    "w-en-packing-list-china-scan": ("9,860", "11,244"),
}
# Identity documents with a machine-readable zone. Passports use the TD3 form (two
# lines of 44 characters), and the Kazakh identity card the TD1 form (three lines of
# 30 characters).
MRZ_DOCUMENTS = {
    "w-ru-passport-belarus": "TD3",
    "w-en-passport-india-scan": "TD3",
    "w-ru-other-kazakh-id-card": "TD1",
}
# The rouble payment to a non-resident carries a currency operation code such as
# "{VO11100}", whose Latin "O" beside digits is not OCR damage.
CURRENCY_OPERATION_CODE = re.compile(r"\{VO\d{5}\}")
NONRESIDENT_PAYMENT = "w-ru-payment-order-nonresident-vo-code"
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
MIN_NOISY_COUNT = 9
DOCUMENTS = load_holdout_w()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def td1_errors(first: str, second: str) -> list[str]:
    """Return the fields of an identity card's MRZ whose check digit is wrong."""
    fields = {
        "number": (first[5:14], first[14]),
        "birth": (second[0:6], second[6]),
        "expiry": (second[8:14], second[14]),
        "composite": (
            first[5:30] + second[0:7] + second[8:15] + second[18:29],
            second[29],
        ),
    }
    return [
        name
        for name, (value, check) in fields.items()
        if mrz_check_digit(value) != check
    ]


def extra_date_forms(value: date) -> list[str]:
    """Return the Chinese "2025/02/14" form, which `date_forms` lacks."""
    return [f"{value:%Y/%m/%d}"]


def group_digits(integer: str, separator: str, indian: bool = False) -> str:
    """Group the digits of a whole number by thousands, or by the Indian system."""
    if indian and len(integer) > 3:
        head, tail = integer[:-3], integer[-3:]
        pairs = []
        while len(head) > 2:
            pairs.insert(0, head[-2:])
            head = head[:-2]
        return separator.join([head, *pairs, tail])
    groups = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    return separator.join([integer, *groups])


def styled_amount(total: str, style: str) -> str:
    """Return a "12345.67" label in a national number style."""
    integer, cents = total.split(".")
    if style == "space-groups-comma-decimal":
        return f"{group_digits(integer, ' ')},{cents}"
    if style == "dot-groups-comma-decimal":
        return f"{group_digits(integer, '.')},{cents}"
    if style == "comma-groups-point-decimal":
        return f"{group_digits(integer, ',')}.{cents}"
    if style == "indian-lakh":
        return f"{group_digits(integer, ',', indian=True)}.{cents}"
    raise ValueError(f"unknown number style {style!r}")


def without_currency_operation_codes(document):
    """Return the document with its "{VO.....}" codes removed from the text."""
    text = CURRENCY_OPERATION_CODE.sub("", document.text)
    return dataclasses.replace(document, text=text)


# The check for each kind of code in FOREIGN_IDENTIFIERS. The codes of
# FOREIGN_IDENTIFIER_DIGITS are checked by their number of digits only.
FOREIGN_IDENTIFIER_CHECKS = {
    **{
        kind: form_check(rf"\d{{{digits}}}")
        for kind, digits in FOREIGN_IDENTIFIER_DIGITS.items()
    },
    "kz_bin_iin": is_valid_kz_bin,
    "gstin": is_valid_gstin,
    "usci": is_valid_usci,
    "de_vat": is_valid_german_vat,
    "iban": is_valid_iban,
}


HOLDOUT_SET = HoldoutSet(
    name="w",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    max_noisy_count=len(DOCUMENTS) // 4,
    listed_ids=(
        set(TOTAL_NUMBER_STYLES),
        set(BILINGUAL_DOCUMENTS),
        set(PACKING_WEIGHTS),
        set(MRZ_DOCUMENTS),
        {NONRESIDENT_PAYMENT},
    ),
    requisite_counts=(6, 15, 20),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=5,
    noisy_flag_view=without_currency_operation_codes,
    requisite_printed=printed_in_groups,
    extra_date_forms=extra_date_forms,
    read_amounts=read_amounts_with_indian_groups,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    checks_number_and_date_labels=True,
    clean_documents_fit_a_page=True,
    inns_without_role=INNS_WITHOUT_ROLE,
    foreign_identifiers=FOREIGN_IDENTIFIERS,
    foreign_identifier_checks=FOREIGN_IDENTIFIER_CHECKS,
    foreign_identifier_printed=printed_after_normalising,
    checks_inn_labels_russian=True,
    swappable_dates=SWAPPABLE_DATES,
    trade_terms=TradeTerms(
        documents=TRADE_TERMS_DOCUMENTS,
        incoterms=INCOTERMS_PATTERN,
        hs_caption=HS_CAPTION_PATTERN,
        edition=re.compile("Incoterms|Инкотермс"),
        origin=ORIGIN_PATTERN,
    ),
    noisy_amount_sample=("ИTOГO: l 238,4O BYN", "1238.40"),
    look_alike_sample=("УНП l92847365", "УНП 192847365"),
    check_digit_samples=(
        (is_valid_ogrn, "1135476024903", "1135476024904"),
        (is_valid_ogrn, "318673300018420", "318673300018421"),
        (is_valid_kz_bin, "070740014582", "070740014583"),
        (is_valid_gstin, "24AAKCS7315M1ZZ", "24AAKCS7315M1ZY"),
        (is_valid_usci, "91330206MA2H7K4R9C", "91330206MA2H7K4R9D"),
        (is_valid_german_vat, "DE814726355", "DE814726356"),
    ),
)


@pytest.mark.parametrize(
    ("document_id", "style"),
    sorted(TOTAL_NUMBER_STYLES.items()),
    ids=sorted(TOTAL_NUMBER_STYLES),
)
def test_total_printed_in_national_style(document_id, style):
    document = DOCUMENTS_BY_ID[document_id]
    styled = styled_amount(document.expected["total"], style)
    assert styled in document.text, f"{styled} not printed"


@pytest.mark.parametrize(
    ("document_id", "headings"),
    sorted(BILINGUAL_DOCUMENTS.items()),
    ids=sorted(BILINGUAL_DOCUMENTS),
)
def test_bilingual_document_prints_both_languages(document_id, headings):
    russian, english, layout = headings
    document = DOCUMENTS_BY_ID[document_id]
    lines = document.text.splitlines()
    russian_lines = [index for index, line in enumerate(lines) if russian in line]
    english_lines = [index for index, line in enumerate(lines) if english in line]
    assert russian_lines, f"{russian!r} not printed"
    assert english_lines, f"{english!r} not printed"
    if layout == "columns":
        assert russian_lines[0] == english_lines[0], "headings not on one line"
    else:
        assert russian_lines[0] != english_lines[0], "headings on one line"
    number = document.expected["number"]
    assert number in russian, "Russian heading lacks the number"
    assert number in english, "English heading lacks the number"


@pytest.mark.parametrize(
    ("document_id", "weights"),
    sorted(PACKING_WEIGHTS.items()),
    ids=sorted(PACKING_WEIGHTS),
)
def test_packing_list_weights(document_id, weights):
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(document.text, document.noisy)
    net, gross = weights
    assert comparable(net, document.noisy) in text, f"net {net} not printed"
    assert comparable(gross, document.noisy) in text, f"gross {gross} not printed"

    def kilograms(weight: str) -> float:
        return float(re.sub(r"[ ,]", "", weight.replace(",0", "")))

    assert kilograms(net) < kilograms(gross), "net weight not below gross"


@pytest.mark.parametrize(
    ("document_id", "form"), sorted(MRZ_DOCUMENTS.items()), ids=sorted(MRZ_DOCUMENTS)
)
def test_machine_readable_zone_valid(document_id, form):
    document = DOCUMENTS_BY_ID[document_id]
    number = document.expected["number"]
    if form == "TD3":
        lines = mrz_lines(document.text, 44)
        assert len(lines) == 2, f"{len(lines)} MRZ lines"
        assert lines[1][0:9].rstrip("<") == number, "MRZ number is not the label"
        assert td3_errors(lines[1]) == [], td3_errors(lines[1])
        return
    lines = mrz_lines(document.text, 30)
    assert len(lines) == 3, f"{len(lines)} MRZ lines"
    assert lines[0][5:14] == number, "MRZ number is not the label"
    assert td1_errors(lines[0], lines[1]) == [], td1_errors(lines[0], lines[1])


def test_nonresident_payment_prints_currency_operation_code():
    document = DOCUMENTS_BY_ID[NONRESIDENT_PAYMENT]
    assert CURRENCY_OPERATION_CODE.search(document.text), "no {VO.....} code"
    assert document.expected["parties.payee.account"].startswith("40807")
    assert "parties.payee.inn" not in document.expected, "non-resident payee has INN"


def test_indian_grouping_read():
    text = "Total Invoice Value (CIF)   ₹ 38,23,218.75"
    assert "3823218.75" in read_amounts_with_indian_groups(text, False)
    assert "3823218.75" not in printed_amounts(text, False)


def test_national_styles_format_totals():
    assert styled_amount("3823218.75", "indian-lakh") == "38,23,218.75"
    assert styled_amount("1186450.00", "dot-groups-comma-decimal") == "1.186.450,00"
    assert styled_amount("20676.00", "space-groups-comma-decimal") == "20 676,00"
    assert styled_amount("157240.00", "comma-groups-point-decimal") == "157,240.00"
