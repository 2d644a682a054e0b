"""Form and consistency of the set AD benchmark documents."""

import re
from collections import Counter
from datetime import date
from decimal import Decimal
from functools import partial

import pytest

from bench.formats import MONTHS_EN, amount_words_ru
from bench.holdout import is_valid_iban, is_valid_inn, is_valid_settlement_account
from bench.holdout_ad import load_holdout_ad
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
    prints_currency_mark,
    repaired_with_b_as_six,
)
from tests.bench.holdout_codes import is_valid_ogrn, td3_errors

# Powers of attorney label their representative "attorney", as sets F to AB do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents. "рубл" covers
# "рубль", "рубля" and "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar"),
    "EUR": (*holdout_checks.CURRENCY_MARKS["EUR"], "euro", "евро"),
}
# The 1C export prints no currency mark and is labelled RUB from its account.
UNMARKED_ROUBLE_DOCUMENTS = {"ad-ru-bank-statement-1c-export"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances and fees are
# not a document value, and the bill of lading, which prints no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "ad-ru-bank-statement-1c-export",
    "ad-ru-bank-statement-internet-bank-58",
    "ad-ru-bank-statement-card-account-photo",
    "ad-en-bank-statement-usd-14",
    "ad-en-bank-statement-fee-charges",
    "ad-en-waybill-bill-of-lading-scan",
}
# The 1C export, the card account statement and the currency control certificate print
# no number of their own.
DOCUMENTS_WITHOUT_NUMBER_LABEL = {
    "ad-ru-bank-statement-1c-export",
    "ad-ru-bank-statement-card-account-photo",
    "ad-ru-other-currency-control-certificate",
}
# The documents that imitate OCR of phone photos, faxes and scans.
NOISY_DOCUMENTS = {
    "ad-ru-invoice-insurance-premium-photo",
    "ad-ru-invoice-collateral-appraisal-scan",
    "ad-ru-act-leasing-acceptance-scan",
    "ad-ru-upd-leasing-buyout-scan",
    "ad-ru-waybill-torg12-grader-scan",
    "ad-ru-payment-order-interest-scan",
    "ad-ru-bank-statement-card-account-photo",
    "ad-ru-receipt-osago-photo",
    "ad-ru-passport-director-scan",
    "ad-ru-letter-rate-change-fax",
    "ad-en-invoice-broker-debit-note-fax",
    "ad-en-waybill-bill-of-lading-scan",
    "ad-en-receipt-premium-photo",
    "ad-en-passport-cyprus-scan",
    "ad-en-other-lc-advice-fax",
}
# Letters read for digits inside amounts. Table rules ("|") are left alone here, so a
# rule that touches an amount does not join it to the next figure.
AMOUNT_DIGIT_LOOK_ALIKES = str.maketrans("OОlЗб", "00136")
# Russian documents whose total in words, after the look-alike repair, is the phrase
# that `amount_words_ru` spells for the label.
TOTALS_IN_WORDS = {
    "ad-ru-invoice-leasing-payment-1",
    "ad-ru-invoice-insurance-premium-photo",
    "ad-ru-invoice-bank-limit-commission",
    "ad-ru-invoice-leasing-advance",
    "ad-ru-invoice-collateral-appraisal-scan",
    "ad-ru-contract-insurance-policy",
    "ad-ru-payment-order-loan-principal",
    "ad-ru-payment-order-interest-scan",
    "ad-ru-payment-order-leasing-payment-1",
    "ad-ru-payment-order-factoring-financing",
    "ad-ru-waybill-torg12-grader-scan",
}
# Amounts printed beside the total that are not the total: principal, balances,
# interest, limits and fees, asset costs, advances, totals of lease payments, buyout
# prices, sums insured, deductibles, whole premiums, assigned claims, financing and
# collateral values.
COMPETING_AMOUNTS = {
    "ad-ru-invoice-leasing-payment-1": [
        "23108600.00",
        "4650000.00",
        "17946200.00",
        "12200.00",
    ],
    "ad-ru-invoice-insurance-premium-photo": ["18600000.00", "213900.00", "50000.00"],
    "ad-ru-invoice-bank-limit-commission": ["45000000.00", "225000.00"],
    "ad-ru-invoice-leasing-advance": ["9760000.00", "11987400.00"],
    "ad-ru-invoice-collateral-appraisal-scan": ["61480000.00", "43036000.00"],
    "ad-ru-contract-credit-line-schedule": [
        "54235240.04",
        "9235240.04",
        "225000.00",
        "43036000.00",
        "1875000.00",
    ],
    "ad-ru-contract-leasing-grader": ["18600000.00", "4650000.00", "512400.00"],
    "ad-ru-contract-insurance-policy": ["18600000.00", "106950.00", "50000.00"],
    "ad-ru-act-factoring-services": ["3486250.00", "2789000.00"],
    "ad-ru-act-leasing-acceptance-scan": ["512400.00"],
    "ad-ru-upd-leasing-buyout-scan": ["6842700.00"],
    "ad-ru-payment-order-loan-principal": ["43125000.00"],
    "ad-ru-payment-order-interest-scan": ["45000000.00"],
    "ad-ru-payment-order-factoring-financing": ["3486250.00"],
    "ad-en-invoice-interest-period": ["1200000.00", "375000.00", "3000000.00"],
    "ad-en-invoice-broker-debit-note-fax": ["6500000.00", "75000.00"],
    "ad-en-invoice-lease-rental-1": ["412000.00", "460120.00", "61800.00"],
    "ad-en-contract-lease-schedule-3": [
        "412000.00",
        "10950.00",
        "61800.00",
        "4120.00",
        "398300.00",
    ],
    "ad-en-contract-facility-agreement": ["30000.00", "375000.00", "500000.00"],
    "ad-en-act-lease-acceptance": ["10950.00"],
}
# Dates printed by fax headers, cameras, banks' print and generation times, stamps,
# copy certifications, validity, periods, shipment and birth, with the day each one
# states. None of them is the document's date.
OTHER_DATES = {
    "ad-ru-invoice-insurance-premium-photo": [("IMG_20260304_101722", "2026-03-04")],
    "ad-ru-invoice-collateral-appraisal-scan": [("O3.03.2O26", "2026-03-03")],
    "ad-ru-upd-leasing-services-march": [("Дата получения: 02.04.2026", "2026-04-02")],
    "ad-ru-upd-leasing-buyout-scan": [("l7.03.2026", "2026-03-17")],
    "ad-ru-waybill-torg12-grader-scan": [("ПPИHЯTO 12.O2.2026", "2026-02-12")],
    "ad-ru-bank-statement-1c-export": [("ДатаСоздания=12.03.2026", "2026-03-12")],
    "ad-ru-bank-statement-internet-bank-58": [
        ("Сформировано: 11.03.2026", "2026-03-11"),
        ("Дата предыдущей операции: 06.03.2026", "2026-03-06"),
    ],
    "ad-ru-bank-statement-card-account-photo": [("Ol.O4.2026 O9:l2", "2026-04-01")],
    "ad-ru-passport-director-scan": [
        ("12.OЗ.2026", "2026-03-12"),
        ("O3.05.1978", "1978-05-03"),
    ],
    "ad-ru-power-of-attorney-bank-documents": [("по 31.12.2026", "2026-12-31")],
    "ad-ru-letter-rate-change-fax": [("17/03/2026 09:05", "2026-03-17")],
    "ad-en-invoice-broker-debit-note-fax": [("18-MAR-2026 08:41", "2026-03-18")],
    "ad-en-payment-order-mt103-interest": [("Printed: 03.03.2026", "2026-03-03")],
    "ad-en-bank-statement-usd-14": [("generated 03.03.2026", "2026-03-03")],
    "ad-en-bank-statement-fee-charges": [("28 February 2026", "2026-02-28")],
    "ad-en-waybill-bill-of-lading-scan": [("ON BOARD 27 APRIL 2O26", "2026-04-27")],
    "ad-en-receipt-premium-photo": [("value 26 March 2026", "2026-03-26")],
    "ad-en-passport-cyprus-scan": [("l4 OCT 1979", "1979-10-14")],
    "ad-en-other-lc-advice-fax": [("20-MAR-2026 14:06", "2026-03-20")],
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {"ad-ru-payment-order-interest-scan": "N2 3l8"}
# INNs printed for a company with no role in the document: the equipment supplier of
# the lease, the beneficiary of the policy, the lessor on the packing list, and the
# counterparties of the statements.
INNS_WITHOUT_ROLE = {
    "ad-ru-contract-leasing-grader": ["6640710779"],
    "ad-ru-contract-insurance-policy": ["5210455317"],
    "ad-ru-packing-list-grader": ["5210455317"],
    "ad-ru-bank-statement-1c-export": ["1671420510", "6165918594"],
    "ad-ru-bank-statement-internet-bank-58": [
        "5210455317",
        "7752191121",
        "1671420510",
    ],
}
# Accounts printed that are not labels: loan accounts (45206) named for reference and
# settlement accounts of statements' counterparties, mapped to the BIK of their bank.
ACCOUNTS_WITHOUT_LABEL = {
    "ad-ru-contract-credit-line-schedule": {"45206810950092002252": "046127583"},
    "ad-ru-invoice-bank-limit-commission": {"45206810950092002252": "046127583"},
    "ad-ru-payment-order-loan-principal": {"45206810950092002252": "046127583"},
    "ad-ru-bank-statement-1c-export": {
        "40702810772377482578": "045773641",
        "40702810935741778568": "046127583",
    },
    "ad-ru-bank-statement-card-account-photo": {
        "40702810192670656565": "046577482",
    },
}
# Banks that are parties, mapped to the bank's role and INN. Each is labelled with the
# transit account (47422) that the document prints for payments to it.
BANK_PARTIES = {
    "ad-ru-invoice-bank-limit-commission": ("seller", "6165918594"),
    "ad-ru-payment-order-loan-principal": ("payee", "6165918594"),
    "ad-ru-payment-order-interest-scan": ("payee", "6165918594"),
}
# Foreign identifiers printed and never labelled: the lender's, the lessor's and the
# broker's IBANs.
FOREIGN_IBANS = {
    "ad-en-invoice-interest-period": "CY38002001280000001204718301",
    "ad-en-payment-order-mt103-interest": "CY38002001280000001204718301",
    "ad-en-bank-statement-usd-14": "CY38002001280000001204718301",
    "ad-en-invoice-lease-rental-1": "DE61200505501508734412",
    "ad-en-invoice-broker-debit-note-fax": "GB98NWBK60730131882046",
}
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"ad-en-passport-cyprus-scan"}
# The UPD are Russian only, because an English UPD makes little sense in this theme.
RUSSIAN_ONLY_TYPES = {"upd"}
# Russian documents dated 2026 that charge VAT print the 2026 base rate of 22% or the
# reduced rate of 10%, never the 20% of 2025.
VAT_RATE_PATTERN = re.compile(r"(?:НДС|HДC)\D{0,12}?(\d{2})\s?%")
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
MAIN_TYPES = {"invoice", "contract", "payment_order", "bank_statement"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
# Clean documents are rendered to page images, so they must fit on one page.
MAX_CLEAN_LINES = 70
MAX_CLEAN_LINE_LENGTH = 110
DOCUMENTS = load_holdout_ad()

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


def extra_date_forms(value: date) -> list[str]:
    """Return the upper-case "09 MAR 2022" and "28 APRIL 2026" forms, which a noisy
    text maps differently from the mixed-case forms of `date_forms`."""
    month = MONTHS_EN[value.month - 1]
    return [
        f"{value:%d} {month[:3].upper()} {value.year}",
        f"{value.day} {month.upper()} {value.year}",
    ]


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
        if document_type not in RUSSIAN_ONLY_TYPES:
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
        TOTALS_IN_WORDS,
        set(COMPETING_AMOUNTS),
        set(OTHER_DATES),
        set(NUMBER_SIGN_READ_AS_N2),
        set(INNS_WITHOUT_ROLE),
        set(ACCOUNTS_WITHOUT_LABEL),
        set(BANK_PARTIES),
        set(FOREIGN_IBANS),
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
    check_document_id_and_type(document, "ad", ROLES_BY_TYPE)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_noisy_flag_matches_damage(document):
    check_noisy_flag(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_number_label_printed(document):
    check_number_label(document, repaired=repaired_with_b_as_six)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_date_label_printed(document):
    check_date_label(
        document, extra_forms=extra_date_forms, repaired=repaired_with_b_as_six
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
    check_requisites(document, ROLES_BY_TYPE, is_printed=is_printed)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_party_labels_follow_notes(document):
    check_party_labels(document)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_statement_labels_holder_only(document):
    if document.document_type != "bank_statement":
        return
    roles = {path.split(".")[1] for path in document.expected if "." in path}
    assert roles == {"account_holder"}, f"statement roles {sorted(roles)}"
    kinds = {path.split(".")[2] for path in document.expected if "." in path}
    assert kinds == {"inn", "kpp", "bik", "account"}, f"holder kinds {sorted(kinds)}"


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
    ("document_id", "inns"),
    sorted(INNS_WITHOUT_ROLE.items()),
    ids=sorted(INNS_WITHOUT_ROLE),
)
def test_inns_without_role_not_labelled(document_id, inns):
    document = DOCUMENTS_BY_ID[document_id]
    for inn in inns:
        assert is_valid_inn(inn), f"INN {inn} has a wrong key"
        assert is_printed(inn, document.text, document.noisy), f"{inn} not printed"
        assert inn not in document.expected.values(), f"{inn} is a label"


@pytest.mark.parametrize(
    ("document_id", "accounts"),
    sorted(ACCOUNTS_WITHOUT_LABEL.items()),
    ids=sorted(ACCOUNTS_WITHOUT_LABEL),
)
def test_accounts_without_label(document_id, accounts):
    document = DOCUMENTS_BY_ID[document_id]
    for account, bik in accounts.items():
        assert is_valid_settlement_account(account, bik), f"{account} has a wrong key"
        assert is_printed(account, document.text, document.noisy), f"{account} missing"
        assert account not in document.expected.values(), f"{account} is a label"


@pytest.mark.parametrize(
    ("document_id", "party"), sorted(BANK_PARTIES.items()), ids=sorted(BANK_PARTIES)
)
def test_bank_party_labels_transit_account(document_id, party):
    role, inn = party
    expected = DOCUMENTS_BY_ID[document_id].expected
    assert expected[f"parties.{role}.inn"] == inn, f"{role} is not the bank"
    account = expected[f"parties.{role}.account"]
    assert account.startswith("47422"), f"{role} account {account} is not 47422"


@pytest.mark.parametrize(
    ("document_id", "iban"), sorted(FOREIGN_IBANS.items()), ids=sorted(FOREIGN_IBANS)
)
def test_foreign_ibans_printed_not_labelled(document_id, iban):
    document = DOCUMENTS_BY_ID[document_id]
    assert is_valid_iban(iban), f"IBAN {iban} has a wrong key"
    assert is_printed(iban, document.text, document.noisy), f"{iban} not printed"
    assert iban not in document.expected.values(), f"{iban} is a label"


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
    assert is_valid_ogrn("1025251438442")
    assert not is_valid_ogrn("1025251438443")


def test_amount_reader_mends_look_alikes():
    assert "106950.00" in read_amounts("Итoгo: 1O6 95O,O0", noisy=True)
    assert "106950.00" in read_amounts("Cyммa: lOб 950,00", noisy=True)
    assert "106950.00" not in read_amounts("Итoгo: 1O6 95O,O0", noisy=False)


def test_currency_mark_search_needs_word_start():
    assert prints_currency_mark("ИТОГ =8 412,36 pyб.", "руб", noisy=True)
    assert not prints_currency_mark("EUROPE", "EUR", noisy=False)


def test_noisy_amounts_read_look_alikes():
    check_amount_read_through_look_alikes("ИTOГ =8 4l2,З6", "8412.36")
