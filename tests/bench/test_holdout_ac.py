"""Form and consistency of the set AC benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date
from decimal import Decimal
from functools import partial

import pytest

from bench.holdout_ac import load_holdout_ac
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    comparable,
    document_ids,
    is_printed,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet, VatRules

# Powers of attorney label their representative "attorney", as sets F to AB do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents and by the dirham.
# "рубл" covers "рубль", "рубля" and "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "GBP": ("GBP", "£"),
    "AED": ("AED", "dirham"),
}
# Cash register receipts that print no currency mark at all.
UNMARKED_ROUBLE_DOCUMENTS = {
    "ac-ru-receipt-shop-card-two-rates",
    "ac-ru-receipt-refund-fabric-shop",
    "ac-ru-receipt-grocery-faded-photo",
    "ac-ru-receipt-courier-cod-photo",
}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are states of
# account, the waybills, whose declared value, freight charge and COD are not a document
# value, and the agency contracts, whose fee is a percentage.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "ac-ru-bank-statement-seller-operating-day",
    "ac-en-bank-statement-eur-disbursement",
    "ac-ru-waybill-supply-to-warehouse-scan",
    "ac-en-waybill-courier-cod-photo",
    "ac-ru-contract-marketplace-agency",
    "ac-en-contract-marketplace-agency-agreement",
}
# The documents that imitate OCR of phone photos, faxes and poor scans.
NOISY_DOCUMENTS = {
    "ac-ru-invoice-fulfilment-advance-fax",
    "ac-ru-invoice-wholesaler-phone-photo",
    "ac-ru-act-returns-to-seller-scan",
    "ac-ru-act-pickup-point-scan",
    "ac-ru-receipt-grocery-faded-photo",
    "ac-ru-receipt-courier-cod-photo",
    "ac-ru-payment-order-marketplace-supplier-scan",
    "ac-ru-waybill-supply-to-warehouse-scan",
    "ac-ru-packing-list-marketplace-supply-scan",
    "ac-ru-passport-seller-verification-scan",
    "ac-en-invoice-payment-processor-fees-scan",
    "ac-en-receipt-refund-note-photo",
    "ac-en-upd-supplier-marketplace-translation-scan",
    "ac-en-waybill-courier-cod-photo",
    "ac-en-passport-seller-identity-scan",
}
# Russian documents that spell their total in words, checked against `amount_words_ru`.
TOTALS_IN_WORDS = {
    "ac-ru-invoice-marketplace-paid-services",
    "ac-ru-invoice-fulfilment-advance-fax",
    "ac-ru-invoice-wholesaler-phone-photo",
    "ac-ru-act-courier-cash-on-delivery",
    "ac-ru-act-returns-to-seller-scan",
    "ac-ru-act-fulfilment-monthly",
    "ac-ru-act-pickup-point-scan",
    "ac-ru-payment-order-marketplace-payout",
    "ac-ru-payment-order-courier-cod-transfer",
    "ac-ru-payment-order-seller-pays-fulfilment",
    "ac-ru-payment-order-marketplace-supplier-scan",
    "ac-ru-payment-order-refund-to-buyer",
}
# Amounts printed beside the total that are not the total. They are the sales,
# returns, penalties and payouts of the reports and the COD collected and transferred.
# Others are amounts due after an advance, a compensation or a fine, face values,
# cited purchases, payment lines, balances and net payouts.
COMPETING_AMOUNTS = {
    "ac-ru-invoice-marketplace-paid-services": ["12400.00"],
    "ac-ru-invoice-fulfilment-advance-fax": ["76000.00", "20000.00"],
    "ac-ru-act-marketplace-monthly-report": [
        "1284650.00",
        "62480.00",
        "1222170.00",
        "183325.50",
        "5000.00",
        "918962.50",
    ],
    "ac-ru-act-courier-cash-on-delivery": ["412350.00", "335004.75"],
    "ac-ru-act-fulfilment-monthly": ["4350.00", "251880.00"],
    "ac-ru-act-pickup-point-scan": ["6218440.00", "2500.00", "76854.00"],
    "ac-ru-receipt-refund-fabric-shop": ["5870.00"],
    "ac-ru-receipt-gift-cards-bookshop": ["3000.00", "6000.00"],
    "ac-ru-receipt-grocery-faded-photo": ["500.00", "800.00"],
    "ac-ru-receipt-courier-cod-photo": ["3500.00"],
    "ac-ru-payment-order-courier-cod-transfer": ["412350.00", "77345.25"],
    "ac-ru-payment-order-seller-pays-fulfilment": ["20000.00"],
    "ac-ru-letter-penalty-dispute": ["5000.00", "918962.50"],
    "ac-ru-other-weekly-sales-report": ["171240.00", "127430.20"],
    "ac-en-invoice-marketplace-seller-vat": ["50.49", "50.41"],
    "ac-en-invoice-marketplace-monthly-fees": ["0.00"],
    "ac-en-receipt-order-confirmation-email": ["64.00", "11.85"],
    "ac-en-receipt-refund-note-photo": ["41.97"],
    "ac-en-waybill-courier-cod-photo": ["1240.00", "18.00"],
    "ac-en-other-payout-report": ["12840.00", "11947.23"],
}
# Dates printed by an e-mail, an order, a bank's mark, a stamp, an upload or a
# signature, with the day each one states. None of them is the document's date.
OTHER_DATES = {
    "ac-ru-act-marketplace-monthly-report": [("05.03.2026 09:40", "2026-03-05")],
    "ac-ru-act-pickup-point-scan": [("ПPИHЯTO O3.O3.2O26", "2026-03-03")],
    "ac-ru-receipt-online-shop-email": [("TD-58214 от 10.03.2026", "2026-03-10")],
    "ac-ru-receipt-refund-fabric-shop": [("№ 41 от 28.02.2026", "2026-02-28")],
    "ac-ru-payment-order-seller-pays-fulfilment": [
        ("Списано со сч. плат.: 10.03.2026", "2026-03-10")
    ],
    "ac-ru-payment-order-marketplace-supplier-scan": [
        ("ПPOBEДEHO * l7.O3.2O26", "2026-03-17")
    ],
    "ac-ru-contract-marketplace-agency": [("УКЭП 16.01.2026", "2026-01-16")],
    "ac-ru-waybill-supply-to-warehouse-scan": [("25.O2.2O26 O7:lO", "2026-02-25")],
    "ac-ru-bank-statement-seller-operating-day": [
        ("сформирована 05.03.2026", "2026-03-05")
    ],
    "ac-ru-passport-seller-verification-scan": [("l7.Ol.2O26", "2026-01-17")],
    "ac-ru-letter-penalty-dispute": [("Вх. № 2291 10.03.2026", "2026-03-10")],
    "ac-en-invoice-marketplace-seller-vat": [("7 March 2026", "2026-03-07")],
    "ac-en-act-fulfilment-translation": [("5 March 2026", "2026-03-05")],
    "ac-en-receipt-refund-note-photo": [("2 Mar 2O26", "2026-03-02")],
    "ac-en-bank-statement-eur-disbursement": [("11 March 2026", "2026-03-11")],
    "ac-en-passport-seller-identity-scan": [("2O26-O2-ll", "2026-02-11")],
    "ac-en-other-payout-report": [("Expected arrival: March 12, 2026", "2026-03-12")],
}
# "№" read as "N2" or "Ne" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {
    "ac-ru-invoice-fulfilment-advance-fax": "Ne 131",
    "ac-ru-payment-order-marketplace-supplier-scan": "N2 5l76O",
    "ac-ru-waybill-supply-to-warehouse-scan": "Ne O4l7",
}
# INNs printed for a company with no role in the document: the shop for which the
# courier sells a COD parcel, and the marketplace named in the driver's power of
# attorney.
INNS_WITHOUT_ROLE = {
    "ac-ru-receipt-courier-cod-photo": ["543899235281"],
    "ac-ru-power-of-attorney-warehouse-driver": ["7777893281"],
}
# Settlements whose figures must add up: the amount, the amounts subtracted from it
# and the result, each printed in the document, and the payment order whose `total`
# is that result.
SETTLEMENTS = {
    "ac-ru-act-marketplace-monthly-report": (
        "1222170.00",
        ["298207.50", "5000.00"],
        "918962.50",
        "ac-ru-payment-order-marketplace-payout",
    ),
    "ac-ru-act-courier-cash-on-delivery": (
        "412350.00",
        ["77345.25"],
        "335004.75",
        "ac-ru-payment-order-courier-cod-transfer",
    ),
    "ac-ru-other-weekly-sales-report": (
        "163410.00",
        ["27779.70", "6880.00", "1320.10"],
        "127430.20",
        "ac-en-payment-order-marketplace-payout-translation",
    ),
}
# Clean receipts that print the QR string of a fiscal document, mapped to the
# operation it encodes: 1 for a sale (приход) and 2 for a refund (возврат прихода).
QR_RECEIPTS = {
    "ac-ru-receipt-shop-card-two-rates": "1",
    "ac-ru-receipt-refund-fabric-shop": "2",
    "ac-ru-receipt-online-shop-email": "1",
    "ac-ru-receipt-gift-cards-bookshop": "1",
}
QR_PATTERN = re.compile(
    r"t=(\d{8})T(\d{4})&s=(\d+\.\d{2})&fn=(\d{16})&i=(\d+)&fp=(\d{10})&n=(\d)"
)
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"ac-en-passport-seller-identity-scan"}
# Russian documents dated 2026 that charge VAT print the 2026 base rate of 22% or the
# reduced rate of 10%, never the 20% of 2025. OCR may read "НДС" with Latin letters.
VAT_RATE_PATTERN = re.compile(r"[НH]Д[СC]\D{0,12}?(\d{2})\s?%")
# An INN after its caption, in a text casefolded by `comparable`. A noisy text has no
# spaces left, and its "ИHH" reads as "инн".
INN_AFTER_CAPTION = re.compile(r"(?:инн|inn)\D{0,30}?(?<!\d)(\d{12}|\d{10})(?!\d)")
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRNIP|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
MAIN_TYPES = {"invoice", "act", "receipt", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_ac()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


# Amounts in noisy documents are also read with lost or doubled spaces mended.
read_amounts = partial(
    holdout_checks.read_amounts, mend_doubled_spaces=True, mend_lost_spaces=True
)


HOLDOUT_SET = HoldoutSet(
    name="ac",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        set(SETTLEMENTS),
        {payment for *_, payment in SETTLEMENTS.values()},
        set(QR_RECEIPTS),
    ),
    requisite_counts=(1, 15, 25),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=8,
    requisite_printed=is_printed,
    read_amounts=read_amounts,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    checks_number_and_date_labels=True,
    clean_documents_fit_a_page=True,
    vat=VatRules(minimum_counts={"22": 10, "10": 4}, pattern=VAT_RATE_PATTERN),
    other_dates=OTHER_DATES,
    competing_amounts=COMPETING_AMOUNTS,
    totals_in_words=TOTALS_IN_WORDS,
    number_sign_misreads=NUMBER_SIGN_READ_AS_N2,
    inns_without_role=INNS_WITHOUT_ROLE,
    mrz_documents=MRZ_DOCUMENTS,
    noisy_amount_sample=("ИTOГ =l289.44", "1289.44"),
    check_digit_samples=(
        (is_valid_ogrn, "1107718096793", "1107718096794"),
        (is_valid_ogrn, "318545953331234", "318545953331235"),
    ),
    amount_reader_samples=(
        ("Cyммa   475З2O-OO", True, "475320.00", True),
        ("Cyммa   475З2O-OO", False, "475320.00", False),
    ),
)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_document_without_currency_prints_no_mark(document):
    if document.expected.get("currency") is not None:
        return
    text = comparable(document.text, document.noisy)
    for currency, marks in CURRENCY_MARKS.items():
        for mark in marks:
            assert comparable(mark, document.noisy) not in text, (
                f"{currency} mark {mark!r} printed"
            )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_printed_inns_labelled_or_listed(document):
    """Check that every INN printed after its caption is labelled, unless the document
    type has no party labels or the INN is listed as having no role."""
    if document.document_type in {"letter", "other", "passport", "bank_statement"}:
        return
    labels = {value for value in document.expected.values() if value is not None}
    text = comparable(document.text, document.noisy)
    printed = set(INN_AFTER_CAPTION.findall(text))
    unlabelled = {inn for inn in printed if inn not in labels}
    unlabelled -= set(INNS_WITHOUT_ROLE.get(document.id, []))
    assert not unlabelled, f"INNs printed but not labelled: {sorted(unlabelled)}"


@pytest.mark.parametrize(
    ("document_id", "settlement"),
    sorted(SETTLEMENTS.items()),
    ids=sorted(SETTLEMENTS),
)
def test_settlement_adds_up_to_payment(document_id, settlement):
    gross, deductions, result, payment_id = settlement
    document = DOCUMENTS_BY_ID[document_id]
    printed = read_amounts(document.text, document.noisy)
    for amount in [gross, *deductions, result]:
        assert amount in printed, f"{amount} not printed"
    computed = Decimal(gross) - sum(Decimal(amount) for amount in deductions)
    assert computed == Decimal(result), f"{gross} less deductions is {computed}"
    assert DOCUMENTS_BY_ID[payment_id].expected["total"] == result, payment_id


@pytest.mark.parametrize(
    ("document_id", "operation"), sorted(QR_RECEIPTS.items()), ids=sorted(QR_RECEIPTS)
)
def test_receipt_qr_string_repeats_labels(document_id, operation):
    document = DOCUMENTS_BY_ID[document_id]
    found = QR_PATTERN.findall(document.text)
    assert len(found) == 1, f"{len(found)} QR strings"
    day, _time, amount, fn, fd, fp, kind = found[0]
    label_date = date.fromisoformat(document.expected["date"])
    assert day == f"{label_date:%Y%m%d}", f"QR date {day}"
    assert amount == document.expected["total"], f"QR sum {amount}"
    assert kind == operation, f"QR operation {kind}"
    assert f"ФН {fn}" in document.text, "QR fn is not the printed ФН"
    assert f"ФД {fd}" in document.text, "QR i is not the printed ФД"
    assert f"ФП {fp}" in document.text, "QR fp is not the printed ФП"
    assert fd != document.expected["number"], "the fiscal document is the number"


def test_qr_pattern_reads_receipt_string():
    text = "t=20260305T1207&s=3290.00&fn=7380440800458823&i=19364&fp=0846527193&n=2"
    found = QR_PATTERN.findall(text)
    assert found == [
        ("20260305", "1207", "3290.00", "7380440800458823", "19364", "0846527193", "2")
    ]


def test_inn_caption_pattern_reads_noisy_and_english():
    noisy = comparable("ИHH 78l23lOO7O", noisy=True)
    assert INN_AFTER_CAPTION.findall(noisy) == ["7812310070"]
    english = comparable("Seller's INN/KPP: 6371156768/637101001", noisy=False)
    assert INN_AFTER_CAPTION.findall(english) == ["6371156768"]
    texts = [comparable(document.text, document.noisy) for document in DOCUMENTS]
    found = sum(len(INN_AFTER_CAPTION.findall(text)) for text in texts)
    assert found >= 60, f"only {found} INNs after a caption found"
