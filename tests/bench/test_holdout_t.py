"""Form and consistency of the set T benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import pytest

from bench import holdout_t
from bench.holdout_t import load_holdout_t
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    comparable,
    document_ids,
    printed_in_groups,
)
from tests.bench.holdout_codes import is_valid_ogrn
from tests.bench.holdout_sets import HoldoutSet

# Powers of attorney label their representative "attorney", as sets F to R do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by "рубл" ("Российский рубль" in the UPD currency field,
# "российский рубль" in the statement), the pound of the British invoice and the
# dirham of the Dubai receipt.
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "рубл"),
    "GBP": ("GBP", "£"),
    "AED": ("AED", "dirham"),
}
# Every rouble document of this set prints a rouble mark.
UNMARKED_ROUBLE_DOCUMENTS: set[str] = set()
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents of other types whose `total` is None: the defect act names the price of
# the faulty goods, which is a claim, not the value of the act.
TOTAL_NONE_DOCUMENTS = {"t-ru-act-defects-scan"}
# Documents with no `total` label at all: the reconciliation act and the statements,
# whose balances are not a document value, and the waybills that print no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "t-ru-act-reconciliation",
    "t-ru-bank-statement-order-and-request",
    "t-en-bank-statement-usd-account",
    "t-ru-waybill-transport",
    "t-en-waybill-cmr-scan",
    "t-en-waybill-bill-of-lading",
    "t-en-waybill-delivery-note",
}
# The reconciliation act prints no number, so its `number` label is absent.
DOCUMENTS_WITHOUT_NUMBER_LABEL = {"t-ru-act-reconciliation"}
# Headings as printed at the start of a line, mapped to the type they show. An English
# "ACCOUNT STATEMENT" is a bank's, and a "STATEMENT OF ACCOUNT" is a supplier's summary
# of open invoices, which is `other`.
TYPE_BY_HEADING = {
    "СЧЕТ НА ОПЛАТУ": "invoice",
    "СЧЕТ-ПРОФОРМА": "invoice",
    "СЧЕТ-ОФЕРТА": "invoice",
    "COMMERCIAL INVOICE": "invoice",
    "INVOICE": "invoice",
    "УНИВЕРСАЛЬНЫЙ ПЕРЕДАТОЧНЫЙ ДОКУМЕНТ": "upd",
    "УНИВЕРСАЛЬНЫЙ": "upd",
    "СЧЕТ-ФАКТУРА": "upd",
    "АКТ ОБ ОКАЗАНИИ УСЛУГ": "act",
    "АКТ СВЕРКИ": "act",
    "АКТ ПРИЕМА-ПЕРЕДАЧИ": "act",
    "АКТ О ВЫЯВЛЕННЫХ НЕДОСТАТКАХ": "act",
    "ACCEPTANCE CERTIFICATE": "act",
    "ТОВАРНАЯ НАКЛАДНАЯ": "waybill",
    "ТРАНСПОРТНАЯ НАКЛАДНАЯ": "waybill",
    "CMR": "waybill",
    "BILL OF LADING": "waybill",
    "DELIVERY NOTE": "waybill",
    "УПАКОВОЧНЫЙ ЛИСТ": "packing_list",
    "PACKING LIST": "packing_list",
    "ДОГОВОР ПОСТАВКИ": "contract",
    "ДОГОВОР АРЕНДЫ": "contract",
    "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ": "contract",
    "СПЕЦИФИКАЦИЯ": "contract",
    "ADDENDUM": "contract",
    "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ": "payment_order",
    "ПЛАТЕЖНОЕ ТРЕБОВАНИЕ": "payment_order",
    "APPLICATION FOR TRANSFER": "payment_order",
    "ВЫПИСКА ПО СЧЕТУ": "bank_statement",
    "ACCOUNT STATEMENT": "bank_statement",
    "ТОВАРНЫЙ ЧЕК": "receipt",
    "OFFICIAL RECEIPT": "receipt",
    "ПАСПОРТ ГРАЖДАНИНА": "passport",
    "CESTOVNI PAS": "passport",
    "ДОВЕРЕННОСТЬ": "power_of_attorney",
    "POWER OF ATTORNEY": "power_of_attorney",
    "ОБ УТОЧНЕНИИ НАЗНАЧЕНИЯ ПЛАТЕЖА": "letter",
    "ПРЕТЕНЗИЯ": "letter",
    "PAYMENT REMINDER": "letter",
    "ПРАЙС-ЛИСТ": "other",
    "СЛУЖЕБНАЯ ЗАПИСКА": "other",
    "ПРОТОКОЛ СОВЕЩАНИЯ": "other",
    "STATEMENT OF ACCOUNT": "other",
    "REMITTANCE ADVICE": "other",
    "PURCHASE ORDER": "other",
}
# The heading that each document prints, from the keys of TYPE_BY_HEADING.
HEADINGS = {
    "t-ru-invoice-bill-tax-invoice-to-follow": "СЧЕТ НА ОПЛАТУ",
    "t-ru-invoice-proforma-prepayment": "СЧЕТ-ПРОФОРМА",
    "t-ru-invoice-offer-photo": "СЧЕТ-ОФЕРТА",
    "t-ru-upd-status-one-poa-receipt": "УНИВЕРСАЛЬНЫЙ ПЕРЕДАТОЧНЫЙ ДОКУМЕНТ",
    "t-ru-upd-status-two-scan": "УНИВЕРСАЛЬНЫЙ",
    "t-ru-upd-tax-invoice-standalone": "СЧЕТ-ФАКТУРА",
    "t-ru-act-services-paid-in-part": "АКТ ОБ ОКАЗАНИИ УСЛУГ",
    "t-ru-act-reconciliation": "АКТ СВЕРКИ",
    "t-ru-act-acceptance-equipment": "АКТ ПРИЕМА-ПЕРЕДАЧИ",
    "t-ru-act-defects-scan": "АКТ О ВЫЯВЛЕННЫХ НЕДОСТАТКАХ",
    "t-ru-waybill-torg12": "ТОВАРНАЯ НАКЛАДНАЯ",
    "t-ru-waybill-transport": "ТРАНСПОРТНАЯ НАКЛАДНАЯ",
    "t-ru-packing-list-cites-upd": "УПАКОВОЧНЫЙ ЛИСТ",
    "t-ru-contract-supply-poa-cited": "ДОГОВОР ПОСТАВКИ",
    "t-ru-contract-supplementary-agreement": "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ",
    "t-ru-contract-specification": "СПЕЦИФИКАЦИЯ",
    "t-ru-contract-lease-passport-copy": "ДОГОВОР АРЕНДЫ",
    "t-ru-payment-order-invoice-purpose": "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ",
    "t-ru-payment-order-payment-request-scan": "ПЛАТЕЖНОЕ ТРЕБОВАНИЕ",
    "t-ru-bank-statement-order-and-request": "ВЫПИСКА ПО СЧЕТУ",
    "t-ru-receipt-sales-slip-photo": "ТОВАРНЫЙ ЧЕК",
    "t-ru-passport-scan": "ПАСПОРТ ГРАЖДАНИНА",
    "t-ru-power-of-attorney-goods": "ДОВЕРЕННОСТЬ",
    "t-ru-letter-payment-purpose": "ОБ УТОЧНЕНИИ НАЗНАЧЕНИЯ ПЛАТЕЖА",
    "t-ru-letter-claim-defects": "ПРЕТЕНЗИЯ",
    "t-ru-other-price-list": "ПРАЙС-ЛИСТ",
    "t-ru-other-memo-pay-invoice": "СЛУЖЕБНАЯ ЗАПИСКА",
    "t-ru-other-minutes": "ПРОТОКОЛ СОВЕЩАНИЯ",
    "t-en-invoice-commercial-cites-proforma": "COMMERCIAL INVOICE",
    "t-en-invoice-paid-stamp-receipt-wording": "INVOICE",
    "t-en-act-acceptance-certificate": "ACCEPTANCE CERTIFICATE",
    "t-en-contract-addendum": "ADDENDUM",
    "t-en-waybill-cmr-scan": "CMR",
    "t-en-waybill-bill-of-lading": "BILL OF LADING",
    "t-en-waybill-delivery-note": "DELIVERY NOTE",
    "t-en-packing-list-cites-invoice": "PACKING LIST",
    "t-en-payment-order-transfer-application": "APPLICATION FOR TRANSFER",
    "t-en-bank-statement-usd-account": "ACCOUNT STATEMENT",
    "t-en-receipt-payment-of-invoice": "OFFICIAL RECEIPT",
    "t-en-passport-scan": "CESTOVNI PAS",
    "t-en-power-of-attorney-addenda": "POWER OF ATTORNEY",
    "t-en-letter-payment-reminder": "PAYMENT REMINDER",
    "t-en-other-statement-of-account": "STATEMENT OF ACCOUNT",
    "t-en-other-remittance-advice": "REMITTANCE ADVICE",
    "t-en-other-purchase-order": "PURCHASE ORDER",
}
# Documents that name a document of a neighbouring type below their heading, mapped
# to that name and the type it would suggest.
NEIGHBOUR_MENTIONS = {
    "t-ru-invoice-bill-tax-invoice-to-follow": ("Счет-фактура", "upd"),
    "t-ru-invoice-proforma-prepayment": ("УПД", "upd"),
    "t-ru-invoice-offer-photo": ("договор", "contract"),
    "t-ru-upd-status-one-poa-receipt": ("Транспортная накладная", "waybill"),
    "t-ru-upd-status-two-scan": ("транспортная накладная", "waybill"),
    "t-ru-upd-tax-invoice-standalone": (
        "платежно-расчетному документу",
        "payment_order",
    ),
    "t-ru-act-services-paid-in-part": ("счет №", "invoice"),
    "t-ru-act-reconciliation": ("УПД", "upd"),
    "t-ru-act-acceptance-equipment": ("Спецификации", "contract"),
    "t-ru-act-defects-scan": ("УПД", "upd"),
    "t-ru-waybill-torg12": ("по доверенности", "power_of_attorney"),
    "t-ru-waybill-transport": ("договору перевозки", "contract"),
    "t-ru-packing-list-cites-upd": ("УПД", "upd"),
    "t-ru-contract-supply-poa-cited": ("доверенности", "power_of_attorney"),
    "t-ru-contract-supplementary-agreement": ("протоколу совещания", "other"),
    "t-ru-contract-specification": ("акта приема-передачи", "act"),
    "t-ru-contract-lease-passport-copy": ("ПАСПОРТ ГРАЖДАНИНА", "passport"),
    "t-ru-payment-order-invoice-purpose": ("по счету", "invoice"),
    "t-ru-payment-order-payment-request-scan": ("по акту", "act"),
    "t-ru-bank-statement-order-and-request": ("Плат. поруч.", "payment_order"),
    "t-ru-power-of-attorney-goods": ("универсальные передаточные документы", "upd"),
    "t-ru-letter-payment-purpose": ("платежном поручении", "payment_order"),
    "t-ru-letter-claim-defects": ("Актом о выявленных недостатках", "act"),
    "t-ru-other-price-list": ("запросите счет", "invoice"),
    "t-ru-other-memo-pay-invoice": ("оплату счета", "invoice"),
    "t-ru-other-minutes": ("дополнительное соглашение", "contract"),
    "t-en-invoice-commercial-cites-proforma": ("B/L No.", "waybill"),
    "t-en-invoice-paid-stamp-receipt-wording": ("receipt of payment", "receipt"),
    "t-en-act-acceptance-certificate": ("Invoice No.", "invoice"),
    "t-en-waybill-cmr-scan": ("Packing list", "packing_list"),
    "t-en-waybill-bill-of-lading": ("Commercial invoice", "invoice"),
    "t-en-waybill-delivery-note": ("Your order", "other"),
    "t-en-packing-list-cites-invoice": ("Commercial Invoice No.", "invoice"),
    "t-en-payment-order-transfer-application": ("Commercial Invoice", "invoice"),
    "t-en-bank-statement-usd-account": ("Addendum No. 1", "contract"),
    "t-en-receipt-payment-of-invoice": ("Invoice No.", "invoice"),
    "t-en-power-of-attorney-addenda": ("acceptance certificates", "act"),
    "t-en-letter-payment-reminder": ("Acceptance Certificate No. 5", "act"),
    "t-en-other-statement-of-account": ("Invoice EXP-25-0703", "invoice"),
    "t-en-other-remittance-advice": (
        "application for transfer No. 88",
        "payment_order",
    ),
    "t-en-other-purchase-order": ("your invoice and UPD", "invoice"),
}
# Documents whose type the heading does not make certain without a labelling note,
# mapped to the note's subject. The test checks that the set's notes mention it.
TYPE_NOTES = {
    "t-ru-invoice-offer-photo": "счет-оферта",
    "t-ru-upd-tax-invoice-standalone": "счет-фактура",
    "t-ru-act-acceptance-equipment": "акт приема-передачи",
    "t-ru-act-defects-scan": "акт о выявленных недостатках",
    "t-ru-contract-supplementary-agreement": "дополнительное соглашение",
    "t-ru-contract-specification": "спецификация",
    "t-ru-contract-lease-passport-copy": "copy of the landlord's passport",
    "t-ru-payment-order-payment-request-scan": "платежное требование",
    "t-ru-letter-payment-purpose": "назначения платежа",
    "t-ru-letter-claim-defects": "претензия",
    "t-ru-other-memo-pay-invoice": "служебная записка",
    "t-ru-other-minutes": "протокол совещания",
    "t-en-invoice-paid-stamp-receipt-wording": "receipt of payment",
    "t-en-contract-addendum": "addendum",
    "t-en-receipt-payment-of-invoice": "official receipt",
    "t-en-letter-payment-reminder": "payment reminder",
    "t-en-other-statement-of-account": "statement of account",
    "t-en-other-remittance-advice": "remittance advice",
    "t-en-other-purchase-order": "purchase order",
}
# Numbers of other documents that each document cites. None of them is its number.
CITED_NUMBERS = {
    "t-ru-upd-status-one-poa-receipt": "112/25",
    "t-ru-upd-tax-invoice-standalone": "3318",
    "t-ru-act-services-paid-in-part": "ИС-00418",
    "t-ru-act-acceptance-equipment": "ТВ-1102",
    "t-ru-act-defects-scan": "ТВ-1102",
    "t-ru-waybill-torg12": "0511/04",
    "t-ru-waybill-transport": "2871",
    "t-ru-packing-list-cites-upd": "СУ-3391",
    "t-ru-contract-supplementary-agreement": "118-П",
    "t-ru-contract-specification": "56/25",
    "t-ru-contract-lease-passport-copy": "604218",
    "t-ru-payment-order-invoice-purpose": "ИС-00418",
    "t-ru-payment-order-payment-request-scan": "0987",
    "t-ru-bank-statement-order-and-request": "2518",
    "t-ru-receipt-sales-slip-photo": "4471",
    "t-ru-power-of-attorney-goods": "112/25",
    "t-ru-letter-payment-purpose": "3391",
    "t-ru-letter-claim-defects": "ТВ-1102",
    "t-ru-other-memo-pay-invoice": "ИС-00418",
    "t-ru-other-minutes": "118-П",
    "t-en-invoice-commercial-cites-proforma": "HZ-PI-25-0882",
    "t-en-act-acceptance-certificate": "25-1031",
    "t-en-contract-addendum": "77/2025-EXP",
    "t-en-waybill-bill-of-lading": "HZ-CI-25-0917",
    "t-en-waybill-delivery-note": "PO-4471",
    "t-en-packing-list-cites-invoice": "HZ-CI-25-0917",
    "t-en-payment-order-transfer-application": "HZ-CI-25-0917",
    "t-en-bank-statement-usd-account": "3307",
    "t-en-receipt-payment-of-invoice": "EXP-INV-25-0448",
    "t-en-power-of-attorney-addenda": "77/2025-EXP",
    "t-en-letter-payment-reminder": "25-1031",
    "t-en-other-statement-of-account": "EXP-25-0703",
    "t-en-other-remittance-advice": "HZ-CI-25-0917",
    "t-en-other-purchase-order": "KP-25/0977",
}
MAIN_TYPES = {"invoice", "act", "contract", "waybill", "other"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 17
MIN_NOISY_COUNT = 8
DOCUMENTS = load_holdout_t()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def heading_line_index(document) -> int | None:
    """Return the index of the first line that starts with the document's heading."""
    heading = comparable(HEADINGS[document.id], document.noisy)
    for index, line in enumerate(document.text.splitlines()):
        if comparable(line, document.noisy).strip().startswith(heading):
            return index
    return None


def headings_starting(line: str, noisy: bool) -> list[str]:
    """Return the headings of TYPE_BY_HEADING that start `line`."""
    start = comparable(line, noisy).strip()
    return [
        heading
        for heading in TYPE_BY_HEADING
        if start.startswith(comparable(heading, noisy))
    ]


HOLDOUT_SET = HoldoutSet(
    name="t",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    max_noisy_count=len(DOCUMENTS) // 4,
    listed_ids=(
        TOTAL_NONE_DOCUMENTS,
        DOCUMENTS_WITHOUT_NUMBER_LABEL,
        set(NEIGHBOUR_MENTIONS),
        set(TYPE_NOTES),
        set(CITED_NUMBERS),
    ),
    requisite_counts=(3, 15, 20),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=5,
    requisite_printed=printed_in_groups,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    clean_documents_fit_a_page=True,
    noisy_amount_sample=("Итого: 8 29O,OO руб.", "8290.00"),
    look_alike_sample=("ИHH l658929l2892", "ИНН 165892912892"),
    check_digit_samples=(
        (is_valid_ogrn, "1166366852343", "1166366852344"),
        (is_valid_ogrn, "315542564076535", "315542564076536"),
    ),
)


def test_every_document_has_heading():
    ids = set(document_ids(DOCUMENTS))
    assert set(HEADINGS) == ids, f"headings missing for {sorted(ids - set(HEADINGS))}"


def test_headings_of_different_types_not_prefixes():
    for heading, heading_type in TYPE_BY_HEADING.items():
        for other, other_type in TYPE_BY_HEADING.items():
            if heading_type == other_type:
                continue
            assert not other.startswith(heading), f"{heading!r} starts {other!r}"


def test_only_listed_documents_lack_number_label():
    lacking = {
        document.id for document in DOCUMENTS if "number" not in document.expected
    }
    assert lacking == DOCUMENTS_WITHOUT_NUMBER_LABEL


def test_every_document_labels_date():
    for document in DOCUMENTS:
        assert document.expected.get("date"), f"{document.id} has no date label"


def test_none_total_outside_types_listed():
    found = {
        document.id
        for document in DOCUMENTS
        if document.document_type not in TYPES_WITHOUT_TOTAL
        and "total" in document.expected
        and document.expected["total"] is None
    }
    assert found == TOTAL_NONE_DOCUMENTS


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_type_matches_heading(document):
    heading = HEADINGS[document.id]
    assert TYPE_BY_HEADING[heading] == document.document_type, (
        f"heading {heading!r} is {TYPE_BY_HEADING[heading]}"
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_heading_starts_a_line(document):
    assert heading_line_index(document) is not None, (
        f"no line starts with {HEADINGS[document.id]!r}"
    )


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_no_heading_of_other_type_above(document):
    index = heading_line_index(document)
    assert index is not None, "heading not printed"
    for line in document.text.splitlines()[:index]:
        for heading in headings_starting(line, document.noisy):
            assert TYPE_BY_HEADING[heading] == document.document_type, (
                f"line {line.strip()!r} above the heading starts with {heading!r}"
            )


@pytest.mark.parametrize(
    ("document_id", "mention"),
    sorted(NEIGHBOUR_MENTIONS.items()),
    ids=sorted(NEIGHBOUR_MENTIONS),
)
def test_neighbour_type_named_below_heading(document_id, mention):
    phrase, neighbour_type = mention
    document = DOCUMENTS_BY_ID[document_id]
    index = heading_line_index(document)
    assert index is not None, "heading not printed"
    below = "\n".join(document.text.splitlines()[index + 1 :])
    found = comparable(phrase, document.noisy) in comparable(below, document.noisy)
    assert found, f"{phrase!r} not printed below the heading"
    assert neighbour_type in ROLES_BY_TYPE, neighbour_type
    assert neighbour_type != document.document_type, "mention of the own type"


@pytest.mark.parametrize(
    ("document_id", "subject"), sorted(TYPE_NOTES.items()), ids=sorted(TYPE_NOTES)
)
def test_type_decision_has_note(document_id, subject):
    notes = " ".join(holdout_t.__doc__.split()).casefold()
    assert subject.casefold() in notes, f"no labelling note on {subject!r}"


@pytest.mark.parametrize(
    ("document_id", "cited"), sorted(CITED_NUMBERS.items()), ids=sorted(CITED_NUMBERS)
)
def test_cited_number_printed_and_not_label(document_id, cited):
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(document.text, document.noisy)
    assert comparable(cited, document.noisy) in text, f"{cited} not printed"
    assert document.expected.get("number") != cited, f"{cited} is the number label"


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_no_currency_label_without_money(document):
    if "currency" not in document.expected or document.expected["currency"]:
        return
    text = comparable(document.text, document.noisy)
    for currency, marks in CURRENCY_MARKS.items():
        for mark in marks:
            assert comparable(mark, document.noisy) not in text, (
                f"{currency} mark {mark!r} printed"
            )


def test_headings_starting_reads_noisy_lines():
    assert headings_starting("АКТ О ВЫЯВЛEННЫХ НEДОСТАТКАХ Ne 7", True) == [
        "АКТ О ВЫЯВЛЕННЫХ НЕДОСТАТКАХ"
    ]
    assert headings_starting("Транспортная накладная № 4471", False) == [
        "ТРАНСПОРТНАЯ НАКЛАДНАЯ"
    ]
    assert headings_starting("Актом о выявленных недостатках", False) == []
