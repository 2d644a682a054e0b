"""Form and consistency of the set Z benchmark documents."""

import re
from collections import Counter
from decimal import Decimal
from functools import partial

import pytest

from bench.formats import amount_words_ru
from bench.holdout import is_valid_iban, is_valid_inn
from bench.holdout_z import load_holdout_z
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
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
    check_type_counts,
    comparable,
    document_ids,
    printed_amounts,
    prints_currency_mark,
    repaired_with_b_as_six,
    upper_case_month_forms,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_foreign_identifier,
    is_valid_german_vat,
    is_valid_kz_bin,
    is_valid_ogrn,
    is_valid_usci,
    td3_errors,
)

# Powers of attorney label their representative "attorney", as sets F to Y do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents and by the lira.
# "рубл" covers "рубль", "рубля" and "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar"),
    "EUR": (*holdout_checks.CURRENCY_MARKS["EUR"], "euro"),
    "CNY": (*holdout_checks.CURRENCY_MARKS["CNY"], "yuan"),
    "TRY": ("TRY", "TL", "₺"),
}
# The fuel receipt prints "ИТОГ =12 321,00" and no currency mark at all.
UNMARKED_ROUBLE_DOCUMENTS = {"z-ru-receipt-fuel-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the reconciliation act and the statements,
# whose balances are states of account, the CMR, which prints no money, and the
# transport waybill, whose freight charge is not a document value.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "z-ru-act-reconciliation-fittings",
    "z-ru-waybill-transport-scan",
    "z-ru-bank-statement-furniture-factory",
    "z-en-waybill-cmr-bursa-scan",
    "z-en-bank-statement-usd-account",
}
# The reconciliation act prints no number.
DOCUMENTS_WITHOUT_NUMBER_LABEL = {"z-ru-act-reconciliation-fittings"}
# The documents that imitate OCR of phone photos, faxes and poor scans.
NOISY_DOCUMENTS = {
    "z-ru-invoice-packaging-phone-photo",
    "z-ru-invoice-metal-fax",
    "z-ru-invoice-timber-sole-proprietor-crumpled",
    "z-ru-act-press-repair-scan",
    "z-ru-act-carrier-sole-proprietor-photo",
    "z-ru-upd-dairy-status2-scan",
    "z-ru-upd-sawmill-branch-photo",
    "z-ru-payment-order-metal-advance-scan",
    "z-ru-payment-order-carrier-scan",
    "z-ru-waybill-transport-scan",
    "z-ru-packing-list-furniture-scan",
    "z-ru-receipt-fuel-photo",
    "z-ru-passport-driver-scan",
    "z-en-invoice-turkish-needles-fax",
    "z-en-act-commissioning-certificate-scan",
    "z-en-waybill-cmr-bursa-scan",
    "z-en-packing-list-yarn-photo",
    "z-en-receipt-bursa-hotel-photo",
    "z-en-passport-china-engineer-scan",
    "z-en-other-mill-certificate-scan",
}
# Letters read for digits inside amounts. Table rules ("|") are left alone here, so a
# rule that touches an amount does not join it to the next figure.
AMOUNT_DIGIT_LOOK_ALIKES = str.maketrans("OОlЗб", "00136")
# Documents whose total figure is illegible (a fold or a signature crosses a digit),
# mapped to the total in words as printed and the label that the words state.
TOTALS_ONLY_IN_WORDS = {
    "z-ru-invoice-timber-sole-proprietor-crumpled": (
        "Двести шестьдесят семь тысяч сто тридцать рублей 00 копеек",
        "267130.00",
    ),
    "z-ru-act-press-repair-scan": (
        "Чeтыpecтa ceмьдecят пять тыcяч двecти пятьдecят oдин pyбль OO кoпeeк",
        "475251.00",
    ),
}
# The illegible figures as printed, which must not read as the label.
ILLEGIBLE_TOTAL_FIGURES = {
    "z-ru-invoice-timber-sole-proprietor-crumpled": "26/ 1ЗO pyб. OO к",
    "z-ru-act-press-repair-scan": "4/5 25l,OO",
}
# Russian documents that spell their total in words, checked against
# `amount_words_ru` after the look-alike repair.
TOTALS_IN_WORDS = {
    "z-ru-invoice-1c-fittings",
    "z-ru-invoice-packaging-phone-photo",
    "z-ru-invoice-metal-fax",
    "z-ru-invoice-bricks-advance-deducted",
    "z-ru-invoice-timber-sole-proprietor-crumpled",
    "z-ru-act-plasma-cutting-tolling",
    "z-ru-act-press-repair-scan",
    "z-ru-act-carrier-sole-proprietor-photo",
    "z-ru-payment-order-fittings-0401060",
    "z-ru-payment-order-metal-advance-scan",
    "z-ru-payment-order-carrier-scan",
    "z-ru-payment-order-internet-bank",
    "z-ru-waybill-torg12-furniture",
    "z-ru-contract-packaging-specification",
}
# Amounts whose spaces the scan lost or doubled, as printed, with the label they
# state. The shared amount reader misses them.
DAMAGED_SPACING_TOTALS = {
    "z-ru-invoice-metal-fax": ("1454 36O,OO", "1  454 360,00"),
}
# Requisites cut off by the page edge: the labels are absent, because the text keeps
# only the start of the value.
CUT_OFF_REQUISITES = {
    "z-ru-invoice-packaging-phone-photo": {
        "parties.buyer.account": ("40702810292622", 20),
        "parties.buyer.bik": ("04192", 9),
    },
}
# Requisites whose own printing is damaged beyond the look-alike repair, mapped to
# the damaged form. Another line of the same document prints the value: the payer's
# bank in the carrier's payment scan is also the payee's bank.
DAMAGED_REQUISITES_SETTLED_ELSEWHERE = {
    "z-ru-payment-order-carrier-scan": {"parties.payer.bik": "O434789T7"},
}
# Dates printed by a fax header, a camera, an e-mail, a stamp or a handwritten mark,
# with the day each one states. None of them is the document's date.
OTHER_DATES = {
    "z-ru-invoice-metal-fax": [("16/03/2026 09:14", "2026-03-16")],
    "z-ru-invoice-timber-sole-proprietor-crumpled": [("Кypaкинa  l7.O3", "2026-03-17")],
    "z-ru-upd-dairy-status2-scan": [("ПPИHЯTO  18.O3.2O26", "2026-03-18")],
    "z-ru-upd-sawmill-branch-photo": [("Ne 371 oт O2.O3.2O2б", "2026-03-02")],
    "z-ru-payment-order-metal-advance-scan": [("2O.O3.2O2б", "2026-03-20")],
    "z-ru-payment-order-carrier-scan": [("Oтпpaвлeнo: 07.04.2026", "2026-04-07")],
    "z-ru-receipt-fuel-photo": [("2O26/O3/l9 O8:l2", "2026-03-19")],
    "z-ru-passport-driver-scan": [("l0.O3.2O2б", "2026-03-10")],
    "z-ru-letter-claim-knitwear-shortage": [("Вх. № 206  19.03.2026", "2026-03-19")],
    "z-en-invoice-turkish-needles-fax": [("16-MAR-2O26 1O:22", "2026-03-16")],
    "z-en-upd-translation-bed-frames": [("Kostroma, April 6, 2026", "2026-04-06")],
    "z-en-passport-china-engineer-scan": [("l6.O3.2O26", "2026-03-16")],
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {
    "z-ru-invoice-metal-fax": "N2 417/T",
    "z-ru-payment-order-metal-advance-scan": "N2 583",
}
# Noisy documents whose number OCR read with a letter in the other script, mapped to a
# clean document that prints the number in the script of the paper.
NUMBER_SCRIPT_SETTLED_BY = {
    "z-ru-invoice-metal-fax": "z-ru-letter-reconciliation-debt",
}
# Registration codes of foreign parties, printed and never labelled: Turkish Vergi No,
# German USt-IdNr., Kazakh BIN, Chinese USCI and IBANs.
FOREIGN_IDENTIFIERS = {
    "z-en-invoice-turkish-needles-fax": {
        "6410385527": "vergi_no",
        "TR220082900000184273560019": "iban",
    },
    "z-en-invoice-german-plasma-consumables": {
        "DE284666394": "de_vat",
        "DE47610990000417326850": "iban",
    },
    "z-en-invoice-furniture-export-usd": {
        "110340581784": "kz_bin",
        "KZ62998KZT2203418756": "iban",
    },
    "z-en-act-commissioning-certificate-scan": {"91320214MA1N7K3P4A": "usci"},
    "z-en-payment-order-eur-transfer": {"DE47610990000417326850": "iban"},
    "z-en-contract-yarn-supply-cny": {"91330681MA2D8H5R2K": "usci"},
    "z-en-bank-statement-usd-account": {"110340581784": "kz_bin"},
    "z-en-other-spare-parts-quotation": {"91320214MA1N7K3P4A": "usci"},
}
# INNs printed for a company with no role in the document: the supplier that the power
# of attorney collects from and the customer of a quotation.
INNS_WITHOUT_ROLE = {
    "z-ru-power-of-attorney-goods-collection": "5260462817",
    "z-en-other-spare-parts-quotation": "7411815901",
}
# Amounts printed beside the total that are not the total. They are a deducted advance
# and the rest to pay, a 50% prepayment, the value of customer-supplied steel, the
# invoice total cited by its partial payment and a contract advance. The English ones
# are a machine's contract price, a prepayment with the price per tonne, and a line.
COMPETING_AMOUNTS = {
    "z-ru-invoice-bricks-advance-deducted": ["500000.00", "1628400.00"],
    "z-ru-invoice-metal-fax": ["727180.00"],
    "z-ru-act-plasma-cutting-tolling": ["1142400.00"],
    "z-ru-payment-order-metal-advance-scan": ["1454360.00"],
    "z-ru-contract-packaging-specification": ["643980.00"],
    "z-en-act-commissioning-certificate-scan": ["186400.00"],
    "z-en-contract-yarn-supply-cny": ["205200.00", "17100.00"],
    "z-en-invoice-furniture-export-usd": ["7950.00"],
}
# Commercial invoices and the supply contract print an Incoterms rule with its place,
# an HS code and the country of origin.
TRADE_TERMS_DOCUMENTS = {
    "z-en-invoice-turkish-needles-fax",
    "z-en-invoice-german-plasma-consumables",
    "z-en-invoice-furniture-export-usd",
    "z-en-contract-yarn-supply-cny",
}
INCOTERMS_PATTERN = re.compile(r"\b(?:EXW|FCA|CPT|CIP|DAP|DDP|FOB|CIF) [A-Z][a-z]")
HS_CAPTION_PATTERN = re.compile(r"HS [Cc]ode|HS \d")
HS_CODE_PATTERN = re.compile(r"\b\d{4}[ .]\d{2}(?:[ .]\d{1,3}){0,2}\b")
# Russian documents dated 2026 that charge VAT print the 2026 base rate of 22% or the
# reduced rate of 10%, never the 20% of 2025.
VAT_RATE_PATTERN = re.compile(r"(?:НДС|HДC)\D{0,12}?(\d{2})\s?%")
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"z-en-passport-china-engineer-scan"}
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
# Clean documents are rendered to page images, so they must fit on one page.
MAX_CLEAN_LINES = 70
MAX_CLEAN_LINE_LENGTH = 110
DOCUMENTS = load_holdout_z()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
NOISY_DOCUMENT_LIST = [document for document in DOCUMENTS if document.noisy]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


# Amounts in noisy documents are also read through this set's AMOUNT_DIGIT_LOOK_ALIKES
# and with lost or doubled spaces mended.
read_amounts = partial(
    holdout_checks.read_amounts,
    digit_look_alikes=AMOUNT_DIGIT_LOOK_ALIKES,
    mend_doubled_spaces=True,
    mend_lost_spaces=True,
)
# Requisites in noisy documents are also found with "б" read as 6.
is_printed = partial(holdout_checks.is_printed, repair=repaired_with_b_as_six)


# The check for each kind of code in FOREIGN_IDENTIFIERS. The Vergi No is checked by
# form only.
FOREIGN_IDENTIFIER_CHECKS = {
    "iban": is_valid_iban,
    "de_vat": is_valid_german_vat,
    "kz_bin": is_valid_kz_bin,
    "usci": is_valid_usci,
    "vergi_no": form_check(r"\d{10}"),
}


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
        DOCUMENTS_WITHOUT_NUMBER_LABEL,
        NOISY_DOCUMENTS,
        set(TOTALS_ONLY_IN_WORDS),
        set(ILLEGIBLE_TOTAL_FIGURES),
        TOTALS_IN_WORDS,
        set(DAMAGED_SPACING_TOTALS),
        set(CUT_OFF_REQUISITES),
        set(DAMAGED_REQUISITES_SETTLED_ELSEWHERE),
        set(OTHER_DATES),
        set(NUMBER_SIGN_READ_AS_N2),
        set(NUMBER_SCRIPT_SETTLED_BY),
        set(NUMBER_SCRIPT_SETTLED_BY.values()),
        set(FOREIGN_IDENTIFIERS),
        set(INNS_WITHOUT_ROLE),
        set(COMPETING_AMOUNTS),
        TRADE_TERMS_DOCUMENTS,
        MRZ_DOCUMENTS,
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_number_and_date_labelled(document):
    assert document.expected.get("date"), "no date label"
    if document.id in DOCUMENTS_WITHOUT_NUMBER_LABEL:
        assert "number" not in document.expected, "numberless document has a number"
    else:
        assert document.expected.get("number"), "no number label"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    check_document_id_and_type(document, "z", ROLES_BY_TYPE)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_noisy_flag_matches_damage(document):
    check_noisy_flag(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_number_label_printed(document):
    check_number_label(document, repaired=repaired_with_b_as_six)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_date_label_printed(document):
    check_date_label(
        document, extra_forms=upper_case_month_forms, repaired=repaired_with_b_as_six
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_total_label_printed(document):
    check_total_label(
        document, read_amounts=read_amounts, totals_in_words=TOTALS_ONLY_IN_WORDS
    )


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
    check_requisites(document, ROLES_BY_TYPE, is_printed=is_printed)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_party_labels_follow_notes(document):
    check_party_labels(document)


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
    text = repaired_with_b_as_six(document.text)
    for path, value in document.expected.items():
        if path.startswith("parties.") and value is not None:
            assert repaired_with_b_as_six(value) in text, f"{path} {value} not readable"


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
    ("document_id", "figure"),
    sorted(ILLEGIBLE_TOTAL_FIGURES.items()),
    ids=sorted(ILLEGIBLE_TOTAL_FIGURES),
)
def test_illegible_total_figure_not_read_as_label(document_id, figure):
    document = DOCUMENTS_BY_ID[document_id]
    assert figure in document.text, f"{figure!r} not printed"
    assert document.expected["total"] not in read_amounts(figure, noisy=True)
    assert document_id in TOTALS_ONLY_IN_WORDS, "no total in words settles it"


@pytest.mark.parametrize(
    ("document_id", "printed"),
    sorted(DAMAGED_SPACING_TOTALS.items()),
    ids=sorted(DAMAGED_SPACING_TOTALS),
)
def test_damaged_spacing_totals_read(document_id, printed):
    document = DOCUMENTS_BY_ID[document_id]
    total = document.expected["total"]
    for amount in printed:
        assert amount in document.text, f"{amount!r} not printed"
        assert total in read_amounts(amount, noisy=True), f"{amount!r} not read"
        assert total not in printed_amounts(amount, noisy=True), f"{amount!r} read"


@pytest.mark.parametrize(
    ("document_id", "fragments"),
    sorted(CUT_OFF_REQUISITES.items()),
    ids=sorted(CUT_OFF_REQUISITES),
)
def test_cut_off_requisites_not_labelled(document_id, fragments):
    document = DOCUMENTS_BY_ID[document_id]
    for path, (fragment, full_length) in fragments.items():
        assert path not in document.expected, f"{path} is labelled"
        assert len(fragment) < full_length, f"{path} fragment is whole"
        ends = re.search(rf"{fragment}(?!\d)", document.text)
        assert ends, f"{path} fragment {fragment} not printed as the line's end"


@pytest.mark.parametrize(
    ("document_id", "damaged"),
    sorted(DAMAGED_REQUISITES_SETTLED_ELSEWHERE.items()),
    ids=sorted(DAMAGED_REQUISITES_SETTLED_ELSEWHERE),
)
def test_damaged_requisite_settled_elsewhere(document_id, damaged):
    document = DOCUMENTS_BY_ID[document_id]
    for path, printed in damaged.items():
        value = document.expected[path]
        assert printed in document.text, f"{printed!r} not printed"
        assert repaired_with_b_as_six(printed) != repaired_with_b_as_six(value), (
            f"{printed!r} reads as the value"
        )
        assert repaired_with_b_as_six(value) in repaired_with_b_as_six(document.text), (
            f"{value} not printed"
        )


@pytest.mark.parametrize(
    ("document_id", "dates"), sorted(OTHER_DATES.items()), ids=sorted(OTHER_DATES)
)
def test_other_dates_printed_not_labelled(document_id, dates):
    document = DOCUMENTS_BY_ID[document_id]
    for printed, iso in dates:
        assert printed in document.text, f"{printed!r} not printed"
        assert iso != document.expected["date"], f"{printed!r} is the date label"


@pytest.mark.parametrize(
    ("document_id", "printed"),
    sorted(NUMBER_SIGN_READ_AS_N2.items()),
    ids=sorted(NUMBER_SIGN_READ_AS_N2),
)
def test_number_sign_read_as_n2(document_id, printed):
    document = DOCUMENTS_BY_ID[document_id]
    assert printed in document.text, f"{printed!r} not printed"
    number = printed.removeprefix("N2 ")
    assert comparable(number, True) == comparable(document.expected["number"], True)


@pytest.mark.parametrize(
    ("document_id", "clean_id"),
    sorted(NUMBER_SCRIPT_SETTLED_BY.items()),
    ids=sorted(NUMBER_SCRIPT_SETTLED_BY),
)
def test_number_script_settled_by_clean_document(document_id, clean_id):
    document = DOCUMENTS_BY_ID[document_id]
    clean = DOCUMENTS_BY_ID[clean_id]
    number = document.expected["number"]
    assert document.noisy, "the document is not noisy"
    assert not clean.noisy, "the settling document is noisy"
    assert number not in document.text, f"{number} printed in its own script"
    assert number in clean.text, f"{number} not printed in {clean_id}"


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
        valid = is_valid_foreign_identifier(value, kind, FOREIGN_IDENTIFIER_CHECKS)
        assert valid, f"{kind} {value} invalid"


@pytest.mark.parametrize(
    ("document_id", "inn"),
    sorted(INNS_WITHOUT_ROLE.items()),
    ids=sorted(INNS_WITHOUT_ROLE),
)
def test_inn_without_role_not_labelled(document_id, inn):
    document = DOCUMENTS_BY_ID[document_id]
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
    "document_id", sorted(TRADE_TERMS_DOCUMENTS), ids=sorted(TRADE_TERMS_DOCUMENTS)
)
def test_trade_terms_printed(document_id):
    text = DOCUMENTS_BY_ID[document_id].text
    assert INCOTERMS_PATTERN.search(text), "no Incoterms rule with a place"
    assert "Incoterms" in text, "Incoterms edition not named"
    assert HS_CAPTION_PATTERN.search(text), "no HS code caption"
    assert HS_CODE_PATTERN.search(text), "no HS code"
    assert re.search(r"[Oo]rigin", text), "no country of origin"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_russian_vat_rates_of_2026(document):
    if document.language != "ru" or not document.expected["date"].startswith("2026"):
        return
    text = document.text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    for rate in VAT_RATE_PATTERN.findall(text):
        assert rate in ("22", "10"), f"VAT {rate}% in a 2026 document"
    assert not re.search(r"(?<![\d,.])20\s?%", text), "a rate of 20% is printed"


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


def test_vat_rate_pattern_finds_rates():
    texts = " ".join(
        document.text for document in DOCUMENTS if document.language == "ru"
    )
    rates = Counter(VAT_RATE_PATTERN.findall(texts.translate(AMOUNT_DIGIT_LOOK_ALIKES)))
    assert rates["22"] >= 10, f"only {rates['22']} rates of 22% found"


def test_ogrn_pattern_finds_numbers():
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    found = OGRN_PATTERN.findall(texts)
    assert len(found) >= 8, f"only {len(found)} OGRN found"


def test_requisite_checks_find_ibans_and_accounts():
    check_printed_requisite_counts(
        CLEAN_DOCUMENTS,
        min_ibans=3,
        min_correspondent_accounts=15,
        min_settlement_accounts=25,
    )


def test_ogrn_check_rejects_wrong_key():
    assert is_valid_ogrn("1044494061985")
    assert not is_valid_ogrn("1044494061986")
    assert is_valid_ogrn("316448403075732")
    assert not is_valid_ogrn("316448403075733")


def test_foreign_checks_reject_wrong_keys():
    assert is_valid_german_vat("DE284666394")
    assert not is_valid_german_vat("DE284666395")
    assert is_valid_kz_bin("110340581784")
    assert not is_valid_kz_bin("110340581785")
    assert is_valid_usci("91330681MA2D8H5R2K")
    assert not is_valid_usci("91330681MA2D8H5R2L")
    assert is_valid_iban("TR220082900000184273560019")
    assert not is_valid_iban("TR220082900000184273560018")


def test_amount_reader_mends_spacing():
    assert "1454360.00" in read_amounts("ИTOГO: 1454 36O,OO", noisy=True)
    assert "1454360.00" in read_amounts("BCEГO: 1  454 360,00", noisy=True)
    assert "106400.00" in read_amounts("Итoгo: 1Об 4OO,OO", noisy=True)
    assert "1454360.00" not in read_amounts("ИTOГO: 1454 36O,OO", noisy=False)


def test_currency_mark_search_needs_word_start():
    assert prints_currency_mark("Итого 12 321,00 pyб.", "руб", noisy=True)
    assert not prints_currency_mark("ANADOLU HAT LOJISTIK", "TL", noisy=True)
    assert not prints_currency_mark("Statistical No.", "TL", noisy=False)


def test_noisy_amounts_read_look_alikes():
    check_amount_read_through_look_alikes("ИTOГ =l2 321,OO", "12321.00")
