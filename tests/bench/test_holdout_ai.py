"""Form and consistency of the set AI benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

import pytest

from bench.formats import amount_words_ru
from bench.holdout import is_valid_iban
from bench.holdout_ai import load_holdout_ai
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES_WITH_B,
    OGRN_PATTERN,
    comparable,
    document_ids,
    printed_with_b_as_six,
    read_with_b_as_six,
    repaired_with_b_as_six,
    upper_case_month_forms,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_gb_vat,
    is_valid_german_vat,
    is_valid_ogrn,
)
from tests.bench.holdout_sets import HoldoutSet, VatRules

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
    "ai-ru-power-of-attorney-pharmacist-goods": ["6315620841"],
    "ai-ru-bank-statement-clinic-day": ["7804156272"],
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
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_ai()

NOISY_DOCUMENT_LIST = [document for document in DOCUMENTS if document.noisy]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


# Amounts in noisy documents are also read with "б" as 6.
read_amounts = partial(
    holdout_checks.read_amounts, digit_look_alikes=AMOUNT_DIGIT_LOOK_ALIKES_WITH_B
)


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


HOLDOUT_SET = HoldoutSet(
    name="ai",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        set(SUMS_IN_WORDS_WITHOUT_TOTAL),
        set(ENGLISH_TOTALS_IN_WORDS),
        set(CITATIONS),
        {cited for cited_ids in CITATIONS.values() for cited in cited_ids},
        set(SHARED_TOTALS),
        set(SHARED_TOTALS.values()),
        set(ACCEPTED_STAGES),
        {contract for contract, _ in ACCEPTED_STAGES.values()},
        set(VAT_INCLUDED),
        set(VAT_EXEMPTIONS),
        set(RUSSIAN_PASSPORTS),
    ),
    requisite_counts=(3, 15, 20),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=10,
    requisite_printed=printed_with_b_as_six,
    treasury_biks=TREASURY_BIKS,
    treasury_document_ids={"ai-ru-payment-order-university-tuition-treasury"},
    repaired=repaired_with_b_as_six,
    extra_date_forms=upper_case_month_forms,
    read_amounts=read_amounts,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    checks_unlabelled_currency=True,
    requisite_repair=repaired_with_b_as_six,
    checks_number_and_date_labels=True,
    clean_documents_fit_a_page=True,
    # Russian documents dated 2026 that charge VAT print the 2026 base rate of 22%
    # or the reduced rate of 10%, never the 20% of 2025.
    vat=VatRules(
        minimum_counts={"22": 10, "10": 2}, look_alikes=AMOUNT_DIGIT_LOOK_ALIKES_WITH_B
    ),
    other_dates=OTHER_DATES,
    competing_amounts=COMPETING_AMOUNTS,
    totals_in_words=TOTALS_IN_WORDS,
    total_words_reading=read_with_b_as_six,
    number_sign_misreads=NUMBER_SIGN_READ_AS_N2,
    inns_without_role=INNS_WITHOUT_ROLE,
    foreign_identifiers=FOREIGN_IDENTIFIERS,
    foreign_identifier_checks=FOREIGN_IDENTIFIER_CHECKS,
    mrz_documents=MRZ_DOCUMENTS,
    noisy_amount_sample=("ИTOГ =944.4O", "944.40"),
    check_digit_samples=(
        (is_valid_ogrn, "1127847025613", "1127847025614"),
        (is_valid_ogrn, "321525800072360", "321525800072361"),
        (is_valid_german_vat, "DE284617390", "DE284617391"),
        (is_valid_gb_vat, "GB694281993", "GB694281994"),
        (is_valid_iban, "GB68CLRB20841763518240", "GB68CLRB20841763518241"),
    ),
    treasury_key_sample=(
        "016902417",
        "03214643100000016500",
        "03214643100000016501",
        "046902751",
    ),
    currency_mark_samples=(
        ("Bcero 11O OOO,OO pyб.", "руб", True, True),
        ("RUBBER GLOVES", "RUB", False, False),
    ),
)


@pytest.mark.parametrize(
    "document", NOISY_DOCUMENT_LIST, ids=document_ids(NOISY_DOCUMENT_LIST)
)
def test_noisy_ogrn_valid_after_repair(document):
    text = document.text.translate(AMOUNT_DIGIT_LOOK_ALIKES_WITH_B)
    for ogrn in OGRN_PATTERN.findall(text):
        assert is_valid_ogrn(ogrn), f"OGRN {ogrn} has a wrong key"


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


def test_repair_reads_six_from_be():
    assert repaired_with_b_as_six("oт l8.O3.2O2б") == repaired_with_b_as_six(
        "от 18.03.2026"
    )
    assert repaired_with_b_as_six("2б") != comparable("2б", noisy=True)
