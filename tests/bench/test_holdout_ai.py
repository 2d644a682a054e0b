"""Form and consistency of the set AI benchmark documents."""

import re
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

import pytest

from bench.formats import amount_words_ru
from bench.holdout import is_valid_iban, is_valid_inn
from bench.holdout_ai import load_holdout_ai
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
    check_treasury_key_rejection,
    check_treasury_requisites,
    check_type_counts,
    comparable,
    document_ids,
    prints_currency_mark,
    repaired_with_b_as_six,
    treasury_documents,
    upper_case_month_forms,
    without_treasury_labels,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_foreign_identifier,
    is_valid_gb_vat,
    is_valid_german_vat,
    is_valid_ogrn,
    td3_errors,
)

# Powers of attorney label their representative "attorney", as the tests of sets W
# and Z do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents, the pound and the
# dirham. "рубл" covers "рубль", "рубля" and "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "GBP": ("GBP", "£"),
    "AED": ("AED", "dirham"),
}
# The pharmacy receipt prints "ИТОГ =944.4O" and no currency mark at all.
UNMARKED_ROUBLE_DOCUMENTS = {"ai-ru-receipt-pharmacy-cash-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are states of
# account, and the waybills, whose freight charges are not a document value.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "ai-ru-waybill-ultrasound-transport-scan",
    "ai-ru-bank-statement-clinic-day",
    "ai-en-waybill-air-ultrasound-scan",
    "ai-en-bank-statement-eur-account",
}
# The documents that imitate OCR of scans, faxes and phone photos.
NOISY_DOCUMENTS = {
    "ai-ru-invoice-journal-advertising-fax",
    "ai-ru-invoice-decorator-sole-proprietor-photo",
    "ai-ru-act-conference-organisation-scan",
    "ai-ru-act-ultrasound-installation-scan",
    "ai-ru-upd-ultrasound-system-scan",
    "ai-ru-upd-conference-print-photo",
    "ai-ru-payment-order-ultrasound-balance-scan",
    "ai-ru-waybill-ultrasound-transport-scan",
    "ai-ru-receipt-pharmacy-cash-photo",
    "ai-ru-passport-tourist-scan",
    "ai-en-invoice-dubai-exhibition-stand-fax",
    "ai-en-upd-translation-medical-consumables-scan",
    "ai-en-waybill-air-ultrasound-scan",
    "ai-en-receipt-london-hotel-folio-photo",
    "ai-en-passport-canada-speaker-scan",
}
# Letters read for digits inside amounts. Table rules ("|") are left alone here, so a
# rule that touches an amount does not join it to the next figure.
AMOUNT_DIGIT_LOOK_ALIKES = str.maketrans("OОlЗб", "00136")
# Russian documents that spell their total in words, checked against
# `amount_words_ru` after the look-alike repair.
TOTALS_IN_WORDS = {
    "ai-ru-invoice-clinic-checkups-exempt",
    "ai-ru-invoice-ultrasound-system-mixed-vat",
    "ai-ru-invoice-hotel-conference-package",
    "ai-ru-invoice-journal-advertising-fax",
    "ai-ru-invoice-decorator-sole-proprietor-photo",
    "ai-ru-act-advertising-campaign-stages",
    "ai-ru-act-conference-organisation-scan",
    "ai-ru-act-nurse-training-exempt",
    "ai-ru-act-ultrasound-installation-scan",
    "ai-ru-payment-order-university-tuition-treasury",
    "ai-ru-payment-order-clinic-checkups",
    "ai-ru-payment-order-ultrasound-balance-scan",
    "ai-ru-payment-order-author-royalty",
    "ai-ru-contract-tour-operator-corporate-trip",
    "ai-ru-contract-advertising-campaign",
}
# Letters that spell a sum in words although their `total` is None, mapped to the sum.
SUMS_IN_WORDS_WITHOUT_TOTAL = {
    "ai-ru-letter-publisher-royalty": "249307.00",
    "ai-ru-letter-guarantee-speaker-rooms": "310800.00",
}
# The English act spells its total in English words.
ENGLISH_TOTALS_IN_WORDS = {
    "ai-en-act-conference-broadcast": (
        "six hundred sixty-three thousand six hundred eighty roubles 00 kopecks"
    ),
}
# Dates printed by a fax header, a camera file name, a stamp, a bank, a payment
# deadline, a birth or a certification, with the day each one states. None of them
# is the document's date.
OTHER_DATES = {
    "ai-ru-invoice-clinic-checkups-exempt": [
        ("от 17.06.2020", "2020-06-17"),
        ("не позднее 02.03.2026", "2026-03-02"),
    ],
    "ai-ru-invoice-journal-advertising-fax": [("11/03/2026 09:12", "2026-03-11")],
    "ai-ru-invoice-decorator-sole-proprietor-photo": [
        ("IMG_2O26O317_l94O22", "2026-03-17")
    ],
    "ai-ru-act-conference-organisation-scan": [("l4l  O2.O4.2O26", "2026-04-02")],
    "ai-ru-upd-conference-print-photo": [("IMG_2O26O3l4_lO2231", "2026-03-14")],
    "ai-ru-payment-order-ultrasound-balance-scan": [("3O.O3.2O26", "2026-03-30")],
    "ai-ru-waybill-ultrasound-transport-scan": [("l8.O3.2O26 lO:45", "2026-03-18")],
    "ai-ru-bank-statement-clinic-day": [("27.02.2026 08:15", "2026-02-27")],
    "ai-ru-receipt-pharmacy-cash-photo": [("IMG_2O26O312_O9l544", "2026-03-12")],
    "ai-ru-passport-tourist-scan": [
        ("O7.ll.1988", "1988-11-07"),
        ("l8.O2.2O26", "2026-02-18"),
    ],
    "ai-ru-other-device-registration-certificate": [("02.03.2026", "2026-03-02")],
    "ai-en-invoice-german-ultrasound-maker": [("13 February 2026", "2026-02-13")],
    "ai-en-invoice-dubai-exhibition-stand-fax": [("13-JAN-2O26 11:O4", "2026-01-13")],
    "ai-en-upd-translation-medical-consumables-scan": [("l2.O3.2O26", "2026-03-12")],
    "ai-en-bank-statement-eur-account": [("07.03.2026 at 08:02", "2026-03-07")],
    "ai-en-passport-canada-speaker-scan": [("l7.O3.2O26", "2026-03-17")],
    "ai-en-letter-congress-invitation": [("2 September 1976", "1976-09-02")],
    "ai-en-other-declaration-of-conformity": [
        ("15 March 2022", "2022-03-15"),
        ("04.03.2026", "2026-03-04"),
    ],
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {
    "ai-ru-invoice-journal-advertising-fax": "N2 64/P",
    "ai-ru-act-conference-organisation-scan": "N2 И-O329",
    "ai-ru-payment-order-ultrasound-balance-scan": "N2 268",
}
# Amounts printed beside the total that are not the total. They are advances,
# balances, rests to pay, deposits, a contract price and a gross royalty with the tax
# withheld from it. Others are a financial guarantee, a price per tourist, a declared
# value and sums without VAT.
COMPETING_AMOUNTS = {
    "ai-ru-invoice-ultrasound-system-mixed-vat": ["2130120.00", "4970280.00"],
    "ai-ru-invoice-hotel-conference-package": ["881920.00", "1322880.00"],
    "ai-ru-act-advertising-campaign-stages": [
        "4148000.00",
        "1244400.00",
        "2684000.00",
        "219600.00",
    ],
    "ai-ru-act-conference-organisation-scan": ["1345000.00"],
    "ai-ru-act-ultrasound-installation-scan": ["6978400.00"],
    "ai-ru-payment-order-ultrasound-balance-scan": ["7100400.00", "2130120.00"],
    "ai-ru-payment-order-author-royalty": ["286560.00", "37253.00"],
    "ai-ru-contract-tour-operator-corporate-trip": [
        "2238000.00",
        "500000.00",
        "186500.00",
    ],
    "ai-ru-contract-advertising-campaign": ["1244400.00", "748000.00"],
    "ai-ru-waybill-ultrasound-transport-scan": ["64800.00", "6978400.00"],
    "ai-en-invoice-dubai-exhibition-stand-fax": ["36881.25", "70250.00"],
    "ai-en-invoice-uk-publisher-translation-rights": ["13000.00", "6500.00"],
    "ai-en-act-conference-broadcast": ["544000.00"],
    "ai-en-contract-resort-group-meeting": ["22608.00", "30144.00"],
    "ai-en-receipt-london-hotel-folio-photo": ["826.17"],
}
# Documents mapped to the documents whose numbers they cite: the threads of one deal.
CITATIONS = {
    "ai-ru-invoice-ultrasound-system-mixed-vat": [
        "ai-ru-other-device-registration-certificate"
    ],
    "ai-ru-upd-ultrasound-system-scan": ["ai-ru-waybill-ultrasound-transport-scan"],
    "ai-ru-act-ultrasound-installation-scan": [
        "ai-ru-invoice-ultrasound-system-mixed-vat",
        "ai-ru-upd-ultrasound-system-scan",
    ],
    "ai-ru-payment-order-ultrasound-balance-scan": [
        "ai-ru-invoice-ultrasound-system-mixed-vat",
        "ai-ru-upd-ultrasound-system-scan",
        "ai-ru-act-ultrasound-installation-scan",
    ],
    "ai-ru-waybill-ultrasound-transport-scan": ["ai-ru-upd-ultrasound-system-scan"],
    "ai-ru-payment-order-clinic-checkups": ["ai-ru-invoice-clinic-checkups-exempt"],
    "ai-ru-bank-statement-clinic-day": [
        "ai-ru-invoice-clinic-checkups-exempt",
        "ai-ru-payment-order-clinic-checkups",
    ],
    "ai-ru-upd-pharmacy-wholesale-two-rates": [
        "ai-ru-power-of-attorney-pharmacist-goods"
    ],
    "ai-ru-act-advertising-campaign-stages": ["ai-ru-contract-advertising-campaign"],
    "ai-ru-packing-list-conference-print": ["ai-ru-upd-conference-print-photo"],
    "ai-ru-payment-order-author-royalty": ["ai-ru-letter-publisher-royalty"],
    "ai-en-invoice-german-ultrasound-maker": [
        "ai-en-waybill-air-ultrasound-scan",
        "ai-en-packing-list-ultrasound-maker",
        "ai-ru-other-device-registration-certificate",
    ],
    "ai-en-packing-list-ultrasound-maker": [
        "ai-en-invoice-german-ultrasound-maker",
        "ai-en-waybill-air-ultrasound-scan",
    ],
    "ai-en-payment-order-mt103-equipment": ["ai-en-invoice-german-ultrasound-maker"],
    "ai-en-bank-statement-eur-account": [
        "ai-en-invoice-german-ultrasound-maker",
        "ai-en-payment-order-mt103-equipment",
    ],
    "ai-en-contract-resort-group-meeting": ["ai-en-power-of-attorney-events-manager"],
}
# Documents that pay or repeat another document's total, mapped to that document.
SHARED_TOTALS = {
    "ai-ru-payment-order-clinic-checkups": "ai-ru-invoice-clinic-checkups-exempt",
    "ai-en-payment-order-mt103-equipment": "ai-en-invoice-german-ultrasound-maker",
}
# The stage list of the advertising act: the contract prints every stage with VAT, and
# the act's total is the sum of the stages it accepts.
ACCEPTED_STAGES = {
    "ai-ru-act-advertising-campaign-stages": (
        "ai-ru-contract-advertising-campaign",
        ("512 400,00", "1 049 200,00", "2 366 800,00"),
    ),
}
# Totals that include VAT at one rate, with the VAT the document prints.
VAT_INCLUDED = {
    "ai-ru-act-advertising-campaign-stages": (22, "708 400,00"),
    "ai-ru-act-conference-organisation-scan": (22, "485 O81,97"),
    "ai-ru-act-ultrasound-installation-scan": (22, "22 OOO,OO"),
    "ai-ru-contract-advertising-campaign": (22, "748 000,00"),
    "ai-en-act-conference-broadcast": (22, "119,680.00"),
    "ai-en-upd-translation-medical-consumables-scan": (10, "2O,O6O.OO"),
}
# Documents exempt from VAT, mapped to the provision of the Tax Code they cite.
VAT_EXEMPTIONS = {
    "ai-ru-invoice-clinic-checkups-exempt": "пп. 2 п. 2 ст. 149 НК РФ",
    "ai-ru-invoice-ultrasound-system-mixed-vat": "пп. 1 п. 2 ст. 149 НК РФ",
    "ai-ru-act-nurse-training-exempt": "пп. 14 п. 2 ст. 149 НК РФ",
    "ai-ru-contract-tour-operator-corporate-trip": "пп. 39 п. 3 ст. 149 НК РФ",
}
# INNs printed for a company with no role in the document: the supplier named in the
# power of attorney and a counterparty of the statement.
INNS_WITHOUT_ROLE = {
    "ai-ru-power-of-attorney-pharmacist-goods": "6315620841",
    "ai-ru-bank-statement-clinic-day": "7804156272",
}
# Registration codes of foreign parties, printed and never labelled: a German
# USt-IdNr., UK VAT numbers, a UAE TRN, a Turkish Vergi No and IBANs.
FOREIGN_IDENTIFIERS = {
    "ai-en-invoice-german-ultrasound-maker": {
        "DE284617390": "de_vat",
        "DE76210903170048172635": "iban",
    },
    "ai-en-invoice-dubai-exhibition-stand-fax": {
        "100284617300003": "uae_trn",
        "AE460870000012748391602": "iban",
    },
    "ai-en-invoice-uk-publisher-translation-rights": {
        "GB694281993": "uk_vat",
        "GB68CLRB20841763518240": "iban",
    },
    "ai-en-payment-order-mt103-equipment": {"DE76210903170048172635": "iban"},
    "ai-en-bank-statement-eur-account": {"DE76210903170048172635": "iban"},
    "ai-en-contract-resort-group-meeting": {
        "6080417325": "vergi_no",
        "TR570018300000418273956124": "iban",
    },
    "ai-en-receipt-london-hotel-folio-photo": {"GB318472649": "uk_vat"},
    "ai-en-receipt-congress-registration": {"GB271583939": "uk_vat"},
}
# The university is paid through the Federal Treasury: its TOFK BIK mapped to the
# single treasury account (ЕКС) printed beside it.
TREASURY_BIKS = {"016902417": "40102810245370000058"}
# The Russian passport, labelled with its six-digit number, mapped to its series.
RUSSIAN_PASSPORTS = {"ai-ru-passport-tourist-scan": "4519"}
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"ai-en-passport-canada-speaker-scan"}
# Russian documents dated 2026 that charge VAT print the 2026 base rate of 22% or the
# reduced rate of 10%, never the 20% of 2025.
VAT_RATE_PATTERN = re.compile(r"(?:НДС|HДC)\D{0,12}?(\d{2})\s?%")
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
# Clean documents are rendered to page images, so they must fit on one page.
MAX_CLEAN_LINES = 70
MAX_CLEAN_LINE_LENGTH = 110
DOCUMENTS = load_holdout_ai()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
NOISY_DOCUMENT_LIST = [document for document in DOCUMENTS if document.noisy]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


# Amounts in noisy documents are also read through this set's AMOUNT_DIGIT_LOOK_ALIKES.
read_amounts = partial(
    holdout_checks.read_amounts, digit_look_alikes=AMOUNT_DIGIT_LOOK_ALIKES
)
# Requisites in noisy documents are also found with "б" read as 6.
is_printed = partial(holdout_checks.is_printed, repair=repaired_with_b_as_six)


# The check for each kind of code in FOREIGN_IDENTIFIERS. The UAE TRN and the Vergi No
# are checked by form only.
FOREIGN_IDENTIFIER_CHECKS = {
    "iban": is_valid_iban,
    "de_vat": is_valid_german_vat,
    "uk_vat": is_valid_gb_vat,
    "uae_trn": form_check(r"100\d{12}"),
    "vergi_no": form_check(r"\d{10}"),
}


def decimal_amount(printed: str) -> Decimal:
    """Read a printed amount such as "485 O81,97" or "119,680.00" as a Decimal."""
    amounts = read_amounts(printed, noisy=True)
    assert amounts, f"{printed!r} is not an amount"
    # The reader also returns parts of the amount, such as "81.97" of "485 081,97".
    return max(Decimal(amount) for amount in amounts)


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
        set(SUMS_IN_WORDS_WITHOUT_TOTAL),
        set(ENGLISH_TOTALS_IN_WORDS),
        set(OTHER_DATES),
        set(NUMBER_SIGN_READ_AS_N2),
        set(COMPETING_AMOUNTS),
        set(CITATIONS),
        {cited for cited_ids in CITATIONS.values() for cited in cited_ids},
        set(SHARED_TOTALS),
        set(SHARED_TOTALS.values()),
        set(ACCEPTED_STAGES),
        {contract for contract, _ in ACCEPTED_STAGES.values()},
        set(VAT_INCLUDED),
        set(VAT_EXEMPTIONS),
        set(INNS_WITHOUT_ROLE),
        set(FOREIGN_IDENTIFIERS),
        set(RUSSIAN_PASSPORTS),
        MRZ_DOCUMENTS,
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_number_and_date_labelled(document):
    assert document.expected.get("number"), "no number label"
    assert document.expected.get("date"), "no date label"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_id_and_type(document):
    check_document_id_and_type(document, "ai", ROLES_BY_TYPE)


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
    check_requisites(
        without_treasury_labels(document, TREASURY_BIKS),
        ROLES_BY_TYPE,
        is_printed=is_printed,
    )


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


@pytest.mark.parametrize(
    "document", NOISY_DOCUMENT_LIST, ids=document_ids(NOISY_DOCUMENT_LIST)
)
def test_noisy_ogrn_valid_after_repair(document):
    text = document.text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    for ogrn in OGRN_PATTERN.findall(text):
        assert is_valid_ogrn(ogrn), f"OGRN {ogrn} has a wrong key"


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_clean_document_fits_a_page(document):
    lines = document.text.splitlines()
    assert len(lines) <= MAX_CLEAN_LINES, f"{len(lines)} lines"
    longest = max(len(line) for line in lines)
    assert longest <= MAX_CLEAN_LINE_LENGTH, f"line of {longest} characters"


@pytest.mark.parametrize(
    "document",
    treasury_documents(DOCUMENTS, TREASURY_BIKS),
    ids=document_ids(treasury_documents(DOCUMENTS, TREASURY_BIKS)),
)
def test_treasury_requisites_valid(document):
    check_treasury_requisites(document, TREASURY_BIKS)


def test_treasury_payment_present():
    found = document_ids(treasury_documents(DOCUMENTS, TREASURY_BIKS))
    assert found == ["ai-ru-payment-order-university-tuition-treasury"], found


def test_treasury_checks_reject_wrong_keys():
    check_treasury_key_rejection(
        "016902417", "03214643100000016500", "03214643100000016501", "046902751"
    )


@pytest.mark.parametrize(
    "document_id", sorted(TOTALS_IN_WORDS), ids=sorted(TOTALS_IN_WORDS)
)
def test_total_in_words_spells_label(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    words = amount_words_ru(Decimal(document.expected["total"]))
    assert repaired_with_b_as_six(words) in repaired_with_b_as_six(document.text), (
        f"{words!r} not printed"
    )


@pytest.mark.parametrize(
    ("document_id", "amount"),
    sorted(SUMS_IN_WORDS_WITHOUT_TOTAL.items()),
    ids=sorted(SUMS_IN_WORDS_WITHOUT_TOTAL),
)
def test_sum_in_words_without_total(document_id, amount):
    document = DOCUMENTS_BY_ID[document_id]
    words = amount_words_ru(Decimal(amount))
    assert comparable(words, False) in comparable(document.text, False), words
    assert document.expected["total"] is None, "letter has a total"
    assert amount in read_amounts(document.text, document.noisy), f"{amount} missing"


@pytest.mark.parametrize(
    ("document_id", "words"),
    sorted(ENGLISH_TOTALS_IN_WORDS.items()),
    ids=sorted(ENGLISH_TOTALS_IN_WORDS),
)
def test_english_total_in_words_printed(document_id, words):
    document = DOCUMENTS_BY_ID[document_id]
    assert words in document.text, f"{words!r} not printed"


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
    ("document_id", "cited_ids"), sorted(CITATIONS.items()), ids=sorted(CITATIONS)
)
def test_deal_citations_printed(document_id, cited_ids):
    text = repaired_with_b_as_six(DOCUMENTS_BY_ID[document_id].text)
    for cited_id in cited_ids:
        number = DOCUMENTS_BY_ID[cited_id].expected["number"]
        assert repaired_with_b_as_six(number) in text, (
            f"{cited_id} number {number} not cited"
        )


@pytest.mark.parametrize(
    ("document_id", "source_id"),
    sorted(SHARED_TOTALS.items()),
    ids=sorted(SHARED_TOTALS),
)
def test_payment_repeats_source_total(document_id, source_id):
    total = DOCUMENTS_BY_ID[document_id].expected["total"]
    assert total == DOCUMENTS_BY_ID[source_id].expected["total"], total


def test_balance_payment_completes_invoice():
    invoice = DOCUMENTS_BY_ID["ai-ru-invoice-ultrasound-system-mixed-vat"]
    payment = DOCUMENTS_BY_ID["ai-ru-payment-order-ultrasound-balance-scan"]
    advance = Decimal("2130120.00")
    balance = Decimal(payment.expected["total"])
    assert advance + balance == Decimal(invoice.expected["total"])


def test_upd_and_installation_act_complete_invoice():
    invoice = DOCUMENTS_BY_ID["ai-ru-invoice-ultrasound-system-mixed-vat"]
    upd = DOCUMENTS_BY_ID["ai-ru-upd-ultrasound-system-scan"]
    act = DOCUMENTS_BY_ID["ai-ru-act-ultrasound-installation-scan"]
    parts = Decimal(upd.expected["total"]) + Decimal(act.expected["total"])
    assert parts == Decimal(invoice.expected["total"])


def test_royalty_letter_matches_payment():
    letter = DOCUMENTS_BY_ID["ai-ru-letter-publisher-royalty"]
    payment = DOCUMENTS_BY_ID["ai-ru-payment-order-author-royalty"]
    gross, tax = Decimal("286560.00"), Decimal("37253.00")
    # Personal income tax of 13% is withheld in whole roubles.
    assert tax == (gross * Decimal("0.13")).quantize(Decimal("1"), ROUND_HALF_UP)
    assert Decimal(payment.expected["total"]) == gross - tax
    assert payment.expected["total"] in read_amounts(letter.text, letter.noisy)


@pytest.mark.parametrize(
    ("document_id", "stages"),
    sorted(ACCEPTED_STAGES.items()),
    ids=sorted(ACCEPTED_STAGES),
)
def test_act_total_sums_accepted_stages(document_id, stages):
    contract_id, printed_stages = stages
    act = DOCUMENTS_BY_ID[document_id]
    contract = DOCUMENTS_BY_ID[contract_id]
    for stage in printed_stages:
        assert stage in act.text, f"stage {stage} not in the act"
        assert stage in contract.text, f"stage {stage} not in the contract"
    stage_sum = sum(decimal_amount(stage) for stage in printed_stages)
    assert stage_sum == Decimal(act.expected["total"]), stage_sum
    assert stage_sum < Decimal(contract.expected["total"]), "act covers the contract"


@pytest.mark.parametrize(
    ("document_id", "vat"), sorted(VAT_INCLUDED.items()), ids=sorted(VAT_INCLUDED)
)
def test_vat_included_in_total(document_id, vat):
    rate, printed = vat
    document = DOCUMENTS_BY_ID[document_id]
    assert printed in document.text, f"VAT {printed!r} not printed"
    total = Decimal(document.expected["total"])
    expected_vat = (total * rate / (100 + rate)).quantize(
        Decimal("0.01"), ROUND_HALF_UP
    )
    assert decimal_amount(printed) == expected_vat, f"VAT is not {expected_vat}"


@pytest.mark.parametrize(
    ("document_id", "provision"),
    sorted(VAT_EXEMPTIONS.items()),
    ids=sorted(VAT_EXEMPTIONS),
)
def test_vat_exemption_cited(document_id, provision):
    document = DOCUMENTS_BY_ID[document_id]
    assert provision in document.text, f"{provision!r} not cited"


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
    ("document_id", "series"),
    sorted(RUSSIAN_PASSPORTS.items()),
    ids=sorted(RUSSIAN_PASSPORTS),
)
def test_russian_passport_number_without_series(document_id, series):
    document = DOCUMENTS_BY_ID[document_id]
    number = document.expected["number"]
    assert re.fullmatch(r"\d{6}", number), f"number {number} is not six digits"
    assert repaired_with_b_as_six(series + number) in repaired_with_b_as_six(
        document.text
    ), "series not printed"


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
    assert rates["22"] >= 10, f"only {rates['22']} rates of 22% found"
    assert rates["10"] >= 2, f"only {rates['10']} rates of 10% found"


def test_ogrn_pattern_finds_numbers():
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    found = OGRN_PATTERN.findall(texts)
    assert len(found) >= 10, f"only {len(found)} OGRN found"


def test_requisite_checks_find_ibans_and_accounts():
    check_printed_requisite_counts(
        CLEAN_DOCUMENTS,
        min_ibans=3,
        min_correspondent_accounts=15,
        min_settlement_accounts=20,
    )


def test_ogrn_check_rejects_wrong_key():
    assert is_valid_ogrn("1127847025613")
    assert not is_valid_ogrn("1127847025614")
    assert is_valid_ogrn("321525800072360")
    assert not is_valid_ogrn("321525800072361")


def test_foreign_checks_reject_wrong_keys():
    assert is_valid_german_vat("DE284617390")
    assert not is_valid_german_vat("DE284617391")
    assert is_valid_gb_vat("GB694281993")
    assert not is_valid_gb_vat("GB694281994")
    assert is_valid_iban("GB68CLRB20841763518240")
    assert not is_valid_iban("GB68CLRB20841763518241")


def test_repair_reads_six_from_be():
    assert repaired_with_b_as_six("oт l8.O3.2O2б") == repaired_with_b_as_six(
        "от 18.03.2026"
    )
    assert repaired_with_b_as_six("2б") != comparable("2б", noisy=True)


def test_noisy_amounts_read_look_alikes():
    check_amount_read_through_look_alikes("ИTOГ =944.4O", "944.40")


def test_currency_mark_search_needs_word_start():
    assert prints_currency_mark("Bcero 11O OOO,OO pyб.", "руб", noisy=True)
    assert not prints_currency_mark("RUBBER GLOVES", "RUB", noisy=False)
