"""Form and consistency of the set AD benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

from datetime import date
from functools import partial

import pytest

from bench.formats import MONTHS_EN
from bench.holdout import is_valid_iban, is_valid_settlement_account
from bench.holdout_ad import load_holdout_ad
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES_WITH_B,
    OGRN_PATTERN,
    document_ids,
    printed_with_b_as_six,
    repaired_with_b_as_six,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet, VatRules

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
MAIN_TYPES = {"invoice", "contract", "payment_order", "bank_statement"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_ad()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


# Amounts in noisy documents are also read with "б" as 6 and with lost or doubled
# spaces mended.
read_amounts = partial(
    holdout_checks.read_amounts,
    digit_look_alikes=AMOUNT_DIGIT_LOOK_ALIKES_WITH_B,
    mend_doubled_spaces=True,
    mend_lost_spaces=True,
)


def extra_date_forms(value: date) -> list[str]:
    """Return the upper-case "09 MAR 2022" and "28 APRIL 2026" forms, which a noisy
    text maps differently from the mixed-case forms of `date_forms`."""
    month = MONTHS_EN[value.month - 1]
    return [
        f"{value:%d} {month[:3].upper()} {value.year}",
        f"{value.day} {month.upper()} {value.year}",
    ]


HOLDOUT_SET = HoldoutSet(
    name="ad",
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
        set(ACCOUNTS_WITHOUT_LABEL),
        set(BANK_PARTIES),
        set(FOREIGN_IBANS),
    ),
    requisite_counts=(3, 15, 25),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=8,
    requisite_printed=printed_with_b_as_six,
    repaired=repaired_with_b_as_six,
    extra_date_forms=extra_date_forms,
    read_amounts=read_amounts,
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
    mrz_documents=MRZ_DOCUMENTS,
    noisy_amount_sample=("ИTOГ =8 4l2,З6", "8412.36"),
    check_digit_samples=((is_valid_ogrn, "1025251438442", "1025251438443"),),
    currency_mark_samples=(
        ("ИТОГ =8 412,36 pyб.", "руб", True, True),
        ("EUROPE", "EUR", False, False),
    ),
    amount_reader_samples=(
        ("Итoгo: 1O6 95O,O0", True, "106950.00", True),
        ("Cyммa: lOб 950,00", True, "106950.00", True),
        ("Итoгo: 1O6 95O,O0", False, "106950.00", False),
    ),
)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_statement_labels_holder_only(document):
    if document.document_type != "bank_statement":
        return
    roles = {path.split(".")[1] for path in document.expected if "." in path}
    assert roles == {"account_holder"}, f"statement roles {sorted(roles)}"
    kinds = {path.split(".")[2] for path in document.expected if "." in path}
    assert kinds == {"inn", "kpp", "bik", "account"}, f"holder kinds {sorted(kinds)}"


@pytest.mark.parametrize(
    ("document_id", "accounts"),
    sorted(ACCOUNTS_WITHOUT_LABEL.items()),
    ids=sorted(ACCOUNTS_WITHOUT_LABEL),
)
def test_accounts_without_label(document_id, accounts):
    document = DOCUMENTS_BY_ID[document_id]
    for account, bik in accounts.items():
        assert is_valid_settlement_account(account, bik), f"{account} has a wrong key"
        assert printed_with_b_as_six(account, document.text, document.noisy), (
            f"{account} missing"
        )
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
    assert printed_with_b_as_six(iban, document.text, document.noisy), (
        f"{iban} not printed"
    )
    assert iban not in document.expected.values(), f"{iban} is a label"
