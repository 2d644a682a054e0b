"""Form and consistency of the set Z benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from functools import partial

import pytest

from bench.holdout import is_valid_iban
from bench.holdout_z import load_holdout_z
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES_WITH_B,
    OGRN_PATTERN,
    printed_amounts,
    printed_with_b_as_six,
    repaired_with_b_as_six,
    upper_case_month_forms,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_german_vat,
    is_valid_kz_bin,
    is_valid_ogrn,
    is_valid_usci,
)
from tests.bench.holdout_sets import HoldoutSet, TradeTerms, VatRules

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
    "z-ru-power-of-attorney-goods-collection": ["5260462817"],
    "z-en-other-spare-parts-quotation": ["7411815901"],
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
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"z-en-passport-china-engineer-scan"}
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_z()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


# Amounts in noisy documents are also read with "б" as 6 and with lost or doubled
# spaces mended.
read_amounts = partial(
    holdout_checks.read_amounts,
    digit_look_alikes=AMOUNT_DIGIT_LOOK_ALIKES_WITH_B,
    mend_doubled_spaces=True,
    mend_lost_spaces=True,
)


# The check for each kind of code in FOREIGN_IDENTIFIERS. The Vergi No is checked by
# form only.
FOREIGN_IDENTIFIER_CHECKS = {
    "iban": is_valid_iban,
    "de_vat": is_valid_german_vat,
    "kz_bin": is_valid_kz_bin,
    "usci": is_valid_usci,
    "vergi_no": form_check(r"\d{10}"),
}


HOLDOUT_SET = HoldoutSet(
    name="z",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        set(ILLEGIBLE_TOTAL_FIGURES),
        set(DAMAGED_SPACING_TOTALS),
        set(CUT_OFF_REQUISITES),
        set(DAMAGED_REQUISITES_SETTLED_ELSEWHERE),
        set(NUMBER_SCRIPT_SETTLED_BY),
        set(NUMBER_SCRIPT_SETTLED_BY.values()),
    ),
    requisite_counts=(3, 15, 25),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=8,
    requisite_printed=printed_with_b_as_six,
    repaired=repaired_with_b_as_six,
    extra_date_forms=upper_case_month_forms,
    read_amounts=read_amounts,
    totals_only_in_words=TOTALS_ONLY_IN_WORDS,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    checks_unlabelled_currency=True,
    requisite_repair=repaired_with_b_as_six,
    checks_number_and_date_labels=True,
    documents_without_number_label=DOCUMENTS_WITHOUT_NUMBER_LABEL,
    clean_documents_fit_a_page=True,
    # Russian documents dated 2026 that charge VAT print the 2026 base rate of 22%
    # or the reduced rate of 10%, never the 20% of 2025.
    vat=VatRules(
        minimum_counts={"22": 10}, look_alikes=AMOUNT_DIGIT_LOOK_ALIKES_WITH_B
    ),
    other_dates=OTHER_DATES,
    competing_amounts=COMPETING_AMOUNTS,
    totals_in_words=TOTALS_IN_WORDS,
    number_sign_misreads=NUMBER_SIGN_READ_AS_N2,
    inns_without_role=INNS_WITHOUT_ROLE,
    foreign_identifiers=FOREIGN_IDENTIFIERS,
    foreign_identifier_checks=FOREIGN_IDENTIFIER_CHECKS,
    mrz_documents=MRZ_DOCUMENTS,
    trade_terms=TradeTerms(
        documents=TRADE_TERMS_DOCUMENTS,
        incoterms=INCOTERMS_PATTERN,
        hs_caption=HS_CAPTION_PATTERN,
    ),
    noisy_amount_sample=("ИTOГ =l2 321,OO", "12321.00"),
    check_digit_samples=(
        (is_valid_ogrn, "1044494061985", "1044494061986"),
        (is_valid_ogrn, "316448403075732", "316448403075733"),
        (is_valid_german_vat, "DE284666394", "DE284666395"),
        (is_valid_kz_bin, "110340581784", "110340581785"),
        (is_valid_usci, "91330681MA2D8H5R2K", "91330681MA2D8H5R2L"),
        (is_valid_iban, "TR220082900000184273560019", "TR220082900000184273560018"),
    ),
    currency_mark_samples=(
        ("Итого 12 321,00 pyб.", "руб", True, True),
        ("ANADOLU HAT LOJISTIK", "TL", True, False),
        ("Statistical No.", "TL", False, False),
    ),
    amount_reader_samples=(
        ("ИTOГO: 1454 36O,OO", True, "1454360.00", True),
        ("BCEГO: 1  454 360,00", True, "1454360.00", True),
        ("Итoгo: 1Об 4OO,OO", True, "106400.00", True),
        ("ИTOГO: 1454 36O,OO", False, "1454360.00", False),
    ),
)


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
