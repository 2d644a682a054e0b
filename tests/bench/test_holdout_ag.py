"""Form and consistency of the set AG benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from datetime import date
from decimal import Decimal

import pytest

from bench.formats import amount_words_ru
from bench.holdout import is_valid_iban
from bench.holdout_ag import load_holdout_ag
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    MAX_CLEAN_LINE_LENGTH,
    MAX_CLEAN_LINES,
    OGRN_PATTERN,
    comparable,
    date_forms,
    document_ids,
    is_printed,
    read_amounts,
    repaired,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_ogrn,
    is_valid_tc_kimlik,
)
from tests.bench.holdout_sets import HoldoutSet, TradeTerms, VatRules

# Powers of attorney label their representative "attorney", as sets F to AF do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents and by the Turkish
# lira of the Mersin hotel. "рубл" covers "рубль" and "рублей".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar", "доллар"),
    "EUR": (*holdout_checks.CURRENCY_MARKS["EUR"], "euro", "евро"),
    "TRY": ("TRY", "TL", "₺"),
}
# The farm supply shop's receipt prints "ИТОГ =6 O4O,OO" and no currency mark at all.
UNMARKED_ROUBLE_DOCUMENTS = {"ag-ru-receipt-agro-store-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the transport waybill, whose freight charge
# is not a document value, the CMR, which prints no money, and the statements, whose
# balances are states of account.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "ag-ru-waybill-fish-transport-scan",
    "ag-ru-bank-statement-greenhouse",
    "ag-en-waybill-cmr-citrus-scan",
    "ag-en-bank-statement-usd-wheat",
}
# The documents that imitate OCR of phone photos, faxes and poor scans.
NOISY_DOCUMENTS = {
    "ag-ru-invoice-fertiliser-farm-photo",
    "ag-ru-invoice-frozen-fish-fax",
    "ag-ru-act-veterinary-scan",
    "ag-ru-act-dairy-carrier-photo",
    "ag-ru-upd-meat-scan",
    "ag-ru-upd-greenhouse-status2-scan",
    "ag-ru-payment-order-dairy-scan",
    "ag-ru-waybill-fish-transport-scan",
    "ag-ru-receipt-agro-store-photo",
    "ag-ru-passport-carrier-scan",
    "ag-en-invoice-dutch-seeds-fax",
    "ag-en-waybill-cmr-citrus-scan",
    "ag-en-receipt-mersin-hotel-photo",
    "ag-en-passport-turkish-driver-scan",
    "ag-en-other-phytosanitary-scan",
}
# Russian documents that spell their total in words, checked against
# `amount_words_ru`. The noisy ones are compared after the look-alike repair.
TOTALS_IN_WORDS = {
    "ag-ru-invoice-customs-broker-citrus",
    "ag-ru-invoice-fertiliser-farm-photo",
    "ag-ru-invoice-elevator-key-value",
    "ag-ru-invoice-frozen-fish-fax",
    "ag-ru-invoice-retail-promo-services",
    "ag-ru-act-elevator-storage",
    "ag-ru-act-veterinary-scan",
    "ag-ru-act-cold-storage-murmansk",
    "ag-ru-act-dairy-carrier-photo",
    "ag-ru-payment-order-customs-broker",
    "ag-ru-payment-order-dairy-scan",
    "ag-ru-payment-order-farm-prepayment",
    "ag-ru-waybill-torg12-feed",
}
# Dates printed by a camera, a fax header, a stamp, a handwritten mark, a bank, a
# translator or a validity clause, with the day each one states. None of them is the
# document's date.
OTHER_DATES = {
    "ag-ru-invoice-fertiliser-farm-photo": [("IMG_2O26O212_O91544", "2026-02-12")],
    "ag-ru-invoice-frozen-fish-fax": [("O6/O3/2O26 O8:51", "2026-03-06")],
    "ag-ru-act-veterinary-scan": [("пoлyчeнo 24.O2.26", "2026-02-24")],
    "ag-ru-act-dairy-carrier-photo": [("IMG_2O26O4Ol_O9l2", "2026-04-01")],
    "ag-ru-upd-dairy-distribution-centre": [("«11» марта 2026 г.", "2026-03-11")],
    "ag-ru-upd-meat-scan": [("Дaтa пoлyчeния: l8.O3.2O26", "2026-03-18")],
    "ag-ru-upd-greenhouse-status2-scan": [("PЦ КЛИMOBCК, 2O.O3.2O26", "2026-03-20")],
    "ag-ru-payment-order-dairy-scan": [("25.O3.2O26", "2026-03-25")],
    "ag-ru-waybill-fish-transport-scan": [("O8.O3.2O26 l4:2O", "2026-03-08")],
    "ag-ru-bank-statement-greenhouse": [("сформирована 28.03.2026", "2026-03-28")],
    "ag-ru-passport-carrier-scan": [
        ("O2.O3.2O26", "2026-03-02"),
        ("22.O5.l973", "1973-05-22"),
    ],
    "ag-ru-power-of-attorney-distribution-centre": [("31 марта 2026 г.", "2026-03-31")],
    "ag-en-invoice-dutch-seeds-fax": [("18-FEB-2O26 1O:O6", "2026-02-18")],
    "ag-en-upd-translation-frozen-fish": [
        ("Translation date: 12.03.2026", "2026-03-12")
    ],
    "ag-en-waybill-cmr-citrus-scan": [("lO.O3.2O26  l6:4O", "2026-03-10")],
    "ag-en-bank-statement-usd-wheat": [("Generated 04.04.2026", "2026-04-04")],
    "ag-en-receipt-mersin-hotel-photo": [("Arrival: Ol.O3.2O26", "2026-03-01")],
    "ag-en-passport-turkish-driver-scan": [("ll AUG 2O3l", "2031-08-11")],
    "ag-en-power-of-attorney-export-manager": [("31 December 2026", "2026-12-31")],
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {
    "ag-ru-invoice-frozen-fish-fax": "N2 O4l8",
    "ag-ru-payment-order-dairy-scan": "N2 39l7",
}
# Registration codes and accounts of foreign parties, printed and never labelled:
# Turkish Vergi No and T.C. Kimlik No, the Egyptian tax registration number, the Dutch
# VAT number and IBANs.
FOREIGN_IDENTIFIERS = {
    "ag-ru-contract-sunflower-oil-bilingual": {
        "3217846059": "vergi_no",
        "TR190014200000261093847702": "iban",
    },
    "ag-en-invoice-turkish-citrus": {
        "0381645297": "vergi_no",
        "TR630014200000184762390115": "iban",
    },
    "ag-en-invoice-wheat-export-bilingual": {"318-472-905": "eg_tax_id"},
    "ag-en-invoice-dutch-seeds-fax": {
        "NL815729364B01": "nl_vat",
        "NL94ZWLB0618274935": "iban",
    },
    "ag-en-payment-order-mt103-citrus": {"TR630014200000184762390115": "iban"},
    "ag-en-contract-wheat-egypt": {
        "318-472-905": "eg_tax_id",
        "EG690047031200000921834750216": "iban",
    },
    "ag-en-packing-list-citrus": {"0381645297": "vergi_no"},
    "ag-en-bank-statement-usd-wheat": {"EG690047031200000921834750216": "iban"},
    "ag-en-receipt-mersin-hotel-photo": {"6021847395": "vergi_no"},
    "ag-en-passport-turkish-driver-scan": {"38472615040": "tc_kimlik"},
}
# INNs printed for a Russian company that has no role in the document: the supplier
# named in a power of attorney, the issuers of certificates and the senders of letters.
INNS_WITHOUT_ROLE = {
    "ag-ru-power-of-attorney-distribution-centre": ["3189368560"],
    "ag-ru-letter-dairy-price-change": ["4025060552"],
    "ag-ru-other-veterinary-certificate": ["3189368560"],
    "ag-ru-other-grain-quality-certificate": ["6153629534"],
    "ag-en-letter-shipment-notice": ["6184556815"],
    "ag-en-other-wheat-quality-certificate": ["2344266108"],
}
# Amounts printed beside the total that are not the total. They are the broker's
# services with VAT and the customs fee it passes on, sums without VAT, VAT, and the
# invoice that a prepayment cites. The others are an advance for a contract's first
# lot, the seed house's subtotal and advance, and the wheat contract's demurrage rate.
COMPETING_AMOUNTS = {
    "ag-ru-invoice-customs-broker-citrus": ["39406.00", "8530.00"],
    "ag-ru-invoice-elevator-key-value": ["3547948.50", "780548.67"],
    "ag-ru-payment-order-farm-prepayment": ["2410500.00"],
    "ag-ru-upd-fertiliser-farm": ["1975819.67", "434680.33"],
    "ag-ru-contract-sunflower-oil-bilingual": ["85875.00"],
    "ag-en-invoice-dutch-seeds-fax": ["28025.00", "55600.00"],
    "ag-en-contract-wheat-egypt": ["12000.00"],
}
# Documents that pay, bill or carry the same amount as another document of their deal,
# mapped to that document.
EQUAL_TOTALS = {
    "ag-ru-payment-order-customs-broker": "ag-ru-invoice-customs-broker-citrus",
    "ag-ru-payment-order-dairy-scan": "ag-ru-upd-dairy-distribution-centre",
    "ag-ru-payment-order-elevator-internet-bank": "ag-ru-invoice-elevator-key-value",
    "ag-ru-invoice-elevator-key-value": "ag-ru-act-elevator-storage",
    "ag-ru-upd-fertiliser-farm": "ag-ru-invoice-fertiliser-farm-photo",
    "ag-en-payment-order-mt103-citrus": "ag-en-invoice-turkish-citrus",
    "ag-en-upd-translation-frozen-fish": "ag-ru-invoice-frozen-fish-fax",
}
# The farm's payment that covers half of the fertiliser invoice.
HALF_PREPAYMENT = (
    "ag-ru-payment-order-farm-prepayment",
    "ag-ru-invoice-fertiliser-farm-photo",
)
# Statements mapped to the document whose total one of their credits receives.
STATEMENT_CREDITS = {
    "ag-ru-bank-statement-greenhouse": "ag-ru-upd-greenhouse-status2-scan",
    "ag-en-bank-statement-usd-wheat": "ag-en-invoice-wheat-export-bilingual",
}
# Documents that cite another document of the same deal: (citing, cited, whether the
# cited date is printed too). The cited number, and the date when flagged, must be
# printed in the citing document.
DEAL_REFERENCES = [
    ("ag-ru-invoice-customs-broker-citrus", "ag-en-invoice-turkish-citrus", True),
    ("ag-ru-invoice-customs-broker-citrus", "ag-en-waybill-cmr-citrus-scan", True),
    ("ag-ru-payment-order-customs-broker", "ag-ru-invoice-customs-broker-citrus", True),
    ("ag-en-payment-order-mt103-citrus", "ag-en-invoice-turkish-citrus", True),
    ("ag-en-packing-list-citrus", "ag-en-invoice-turkish-citrus", True),
    ("ag-en-waybill-cmr-citrus-scan", "ag-en-invoice-turkish-citrus", True),
    ("ag-en-waybill-cmr-citrus-scan", "ag-en-other-phytosanitary-scan", False),
    ("ag-en-waybill-cmr-citrus-scan", "ag-en-passport-turkish-driver-scan", False),
    ("ag-ru-invoice-elevator-key-value", "ag-ru-act-elevator-storage", True),
    (
        "ag-ru-payment-order-elevator-internet-bank",
        "ag-ru-invoice-elevator-key-value",
        True,
    ),
    ("ag-ru-payment-order-elevator-internet-bank", "ag-ru-act-elevator-storage", True),
    ("ag-ru-payment-order-dairy-scan", "ag-ru-upd-dairy-distribution-centre", True),
    ("ag-ru-act-dairy-carrier-photo", "ag-ru-upd-dairy-distribution-centre", False),
    ("ag-ru-letter-dairy-price-change", "ag-ru-upd-dairy-distribution-centre", True),
    (
        "ag-ru-payment-order-farm-prepayment",
        "ag-ru-invoice-fertiliser-farm-photo",
        True,
    ),
    ("ag-ru-upd-fertiliser-farm", "ag-ru-invoice-fertiliser-farm-photo", True),
    ("ag-ru-upd-fertiliser-farm", "ag-ru-payment-order-farm-prepayment", True),
    ("ag-ru-waybill-fish-transport-scan", "ag-ru-invoice-frozen-fish-fax", True),
    ("ag-ru-waybill-fish-transport-scan", "ag-en-upd-translation-frozen-fish", True),
    ("ag-en-upd-translation-frozen-fish", "ag-ru-invoice-frozen-fish-fax", True),
    ("ag-ru-bank-statement-greenhouse", "ag-ru-upd-greenhouse-status2-scan", True),
    ("ag-ru-other-veterinary-certificate", "ag-ru-upd-meat-scan", True),
    ("ag-ru-upd-meat-scan", "ag-ru-other-veterinary-certificate", True),
    ("ag-ru-upd-meat-scan", "ag-ru-power-of-attorney-distribution-centre", True),
    (
        "ag-ru-packing-list-sunflower-oil-bilingual",
        "ag-ru-contract-sunflower-oil-bilingual",
        True,
    ),
    ("ag-en-invoice-wheat-export-bilingual", "ag-en-contract-wheat-egypt", True),
    (
        "ag-en-invoice-wheat-export-bilingual",
        "ag-en-power-of-attorney-export-manager",
        True,
    ),
    ("ag-en-act-surveyor-loading", "ag-en-other-wheat-quality-certificate", False),
    ("ag-en-letter-shipment-notice", "ag-en-invoice-wheat-export-bilingual", True),
    ("ag-en-letter-shipment-notice", "ag-en-contract-wheat-egypt", True),
    ("ag-en-bank-statement-usd-wheat", "ag-en-invoice-wheat-export-bilingual", True),
    ("ag-en-other-wheat-quality-certificate", "ag-en-contract-wheat-egypt", True),
]
# Commercial invoices and foreign trade contracts print an Incoterms rule with its
# place, an HS (ТН ВЭД) code and the country of origin.
TRADE_TERMS_DOCUMENTS = {
    "ag-ru-contract-sunflower-oil-bilingual",
    "ag-en-invoice-turkish-citrus",
    "ag-en-invoice-wheat-export-bilingual",
    "ag-en-contract-wheat-egypt",
}
INCOTERMS_PATTERN = re.compile(
    r"\b(?:EXW|FCA|CPT|CIP|DAP|DDP|FOB|CFR|CIF) [A-ZА-Яa-zа-я]"
)
HS_CAPTION_PATTERN = re.compile(r"ТН ВЭД|HS [Cc]ode")
ORIGIN_PATTERN = re.compile(r"происхождени|[Oo]rigin")
# Bilingual documents mapped to their Russian and English headings and their layout:
# "columns" prints both headings on one line, "lines" on consecutive lines. The
# language label is the language printed first.
BILINGUAL_DOCUMENTS = {
    "ag-ru-contract-sunflower-oil-bilingual": (
        "КОНТРАКТ № DD-EY/2026-01",
        "CONTRACT No. DD-EY/2026-01",
        "columns",
    ),
    "ag-ru-packing-list-sunflower-oil-bilingual": (
        "УПАКОВОЧНЫЙ ЛИСТ № DD-014",
        "PACKING LIST No. DD-014",
        "lines",
    ),
    "ag-en-invoice-wheat-export-bilingual": (
        "КОММЕРЧЕСКИЙ ИНВОЙС № YZE-EX-0327",
        "COMMERCIAL INVOICE No. YZE-EX-0327",
        "columns",
    ),
}
# Packing lists mapped to their printed net and gross weight totals in kilograms.
PACKING_WEIGHTS = {
    "ag-ru-packing-list-sunflower-oil-bilingual": ("248 400,0", "266 770,0"),
    "ag-en-packing-list-citrus": ("18,600.0", "20,644.0"),
}
# Documents printed on several pages, mapped to their page count. Each page ends with
# a marker line "Page N of M", in bilingual documents after "Стр. N из M /".
MULTI_PAGE_DOCUMENTS = {
    "ag-ru-contract-sunflower-oil-bilingual": 2,
    "ag-en-contract-wheat-egypt": 2,
}
PAGE_MARKER_PATTERN = re.compile(
    r"^[ \t]*(?:Стр\. (\d+) из (\d+) / )?Page (\d+) of (\d+)[ \t]*$", re.MULTILINE
)
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"ag-en-passport-turkish-driver-scan"}
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_ag()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
SINGLE_PAGE_CLEAN_DOCUMENTS = [
    document for document in CLEAN_DOCUMENTS if document.id not in MULTI_PAGE_DOCUMENTS
]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def spelled(text: str, noisy: bool) -> str:
    """Return a text prepared for comparing totals in words.

    The look-alike repair reads a capital "О" as the digit 0, so a word printed in upper
    case ("KOПEEK") no longer equals its lower-case spelling ("копеек"). In a noisy
    text the lower-case "о" is read as 0 as well, on both sides of the comparison.
    """
    compared = comparable(text, noisy)
    return compared.replace("о", "0") if noisy else compared


# The check for each kind of code in FOREIGN_IDENTIFIERS. The Vergi No, the Egyptian
# tax registration number and the Dutch VAT number are checked by form only.
FOREIGN_IDENTIFIER_CHECKS = {
    "iban": is_valid_iban,
    "tc_kimlik": is_valid_tc_kimlik,
    "vergi_no": form_check(r"\d{10}"),
    "eg_tax_id": form_check(r"\d{3}-\d{3}-\d{3}"),
    "nl_vat": form_check(r"NL\d{9}B\d{2}"),
}


def kilograms(weight: str) -> Decimal:
    """Read a printed weight with one decimal: "248 400,0" or "18,600.0"."""
    match = re.fullmatch(r"(\d{1,3}(?:[ ,]\d{3})*)[.,](\d)", weight)
    assert match, f"weight {weight!r} not in a known form"
    return Decimal(re.sub(r"\D", "", match.group(1)) + "." + match.group(2))


def pages(text: str) -> list[list[str]]:
    """Split a text into pages, each ending with its page marker line."""
    result: list[list[str]] = [[]]
    for line in text.splitlines():
        result[-1].append(line)
        if PAGE_MARKER_PATTERN.match(line):
            result.append([])
    if not any(line.strip() for line in result[-1]):
        result.pop()
    return result


HOLDOUT_SET = HoldoutSet(
    name="ag",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        TOTALS_IN_WORDS,
        set(EQUAL_TOTALS),
        set(EQUAL_TOTALS.values()),
        set(HALF_PREPAYMENT),
        set(STATEMENT_CREDITS),
        set(STATEMENT_CREDITS.values()),
        {cited for _, cited, _ in DEAL_REFERENCES},
        {citing for citing, _, _ in DEAL_REFERENCES},
        set(BILINGUAL_DOCUMENTS),
        set(PACKING_WEIGHTS),
    ),
    requisite_counts=(3, 15, 20),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=8,
    requisite_printed=is_printed,
    repaired=repaired,
    read_amounts=read_amounts,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    checks_unlabelled_currency=True,
    requisite_repair=repaired,
    checks_number_and_date_labels=True,
    clean_documents_fit_a_page=True,
    multi_page_documents=MULTI_PAGE_DOCUMENTS,
    # Russian documents dated 2026 that charge VAT print the 2026 base rate of 22%
    # or the reduced rate of 10% for food, never the 20% of 2025.
    vat=VatRules(minimum_counts={"22": 10, "10": 4}),
    other_dates=OTHER_DATES,
    competing_amounts=COMPETING_AMOUNTS,
    number_sign_misreads=NUMBER_SIGN_READ_AS_N2,
    inns_without_role=INNS_WITHOUT_ROLE,
    foreign_identifiers=FOREIGN_IDENTIFIERS,
    foreign_identifier_checks=FOREIGN_IDENTIFIER_CHECKS,
    checks_inn_labels_russian=True,
    mrz_documents=MRZ_DOCUMENTS,
    trade_terms=TradeTerms(
        documents=TRADE_TERMS_DOCUMENTS,
        incoterms=INCOTERMS_PATTERN,
        hs_caption=HS_CAPTION_PATTERN,
        edition=re.compile("Incoterms|Инкотермс"),
        origin=ORIGIN_PATTERN,
    ),
    noisy_amount_sample=("ИTOГ =6 O4O,OO", "6040.00"),
    check_digit_samples=(
        (is_valid_ogrn, "1026102193578", "1026102193579"),
        (is_valid_ogrn, "318402737275992", "318402737275993"),
        (is_valid_tc_kimlik, "38472615040", "38472615041"),
        (
            is_valid_iban,
            "EG690047031200000921834750216",
            "EG690047031200000921834750217",
        ),
    ),
    currency_mark_samples=(
        ("ИTOГ 6 O4O,OO pyб.", "руб", True, True),
        ("BROKER RUBEZH-BROKER", "RUB", True, False),
    ),
)


@pytest.mark.parametrize(
    "document",
    SINGLE_PAGE_CLEAN_DOCUMENTS,
    ids=document_ids(SINGLE_PAGE_CLEAN_DOCUMENTS),
)
def test_single_page_document_prints_no_page_marker(document):
    assert not PAGE_MARKER_PATTERN.search(document.text), "page marker printed"


@pytest.mark.parametrize(
    ("document_id", "page_count"),
    sorted(MULTI_PAGE_DOCUMENTS.items()),
    ids=sorted(MULTI_PAGE_DOCUMENTS),
)
def test_multi_page_document_pages(document_id, page_count):
    document = DOCUMENTS_BY_ID[document_id]
    assert not document.noisy, "multi-page document is noisy"
    printed_pages = pages(document.text)
    assert len(printed_pages) == page_count, f"{len(printed_pages)} pages"
    for number, page in enumerate(printed_pages, start=1):
        marker = PAGE_MARKER_PATTERN.match(page[-1])
        assert marker, f"page {number} does not end with a marker"
        printed = [int(group) for group in marker.groups() if group is not None]
        assert printed[-2:] == [number, page_count], f"page {number} marker {printed}"
        assert len(page) <= MAX_CLEAN_LINES, f"page {number} has {len(page)} lines"
        longest = max(len(line) for line in page)
        assert longest <= MAX_CLEAN_LINE_LENGTH, f"page {number} line of {longest}"


@pytest.mark.parametrize(
    "document_id", sorted(TOTALS_IN_WORDS), ids=sorted(TOTALS_IN_WORDS)
)
def test_total_in_words_spells_label(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    assert document.expected["currency"] == "RUB", "total in words not in roubles"
    words = amount_words_ru(Decimal(document.expected["total"]))
    text = spelled(document.text, document.noisy)
    assert spelled(words, document.noisy) in text, f"{words!r} not printed"


@pytest.mark.parametrize(
    ("document_id", "other_id"), sorted(EQUAL_TOTALS.items()), ids=sorted(EQUAL_TOTALS)
)
def test_deal_totals_equal(document_id, other_id):
    total = DOCUMENTS_BY_ID[document_id].expected["total"]
    other = DOCUMENTS_BY_ID[other_id].expected["total"]
    assert total == other, f"total {total}, {other_id} total {other}"


def test_prepayment_is_half_of_invoice():
    payment_id, invoice_id = HALF_PREPAYMENT
    paid = Decimal(DOCUMENTS_BY_ID[payment_id].expected["total"])
    invoiced = Decimal(DOCUMENTS_BY_ID[invoice_id].expected["total"])
    assert paid * 2 == invoiced, f"paid {paid} of {invoiced}"


@pytest.mark.parametrize(
    ("statement_id", "paid_id"),
    sorted(STATEMENT_CREDITS.items()),
    ids=sorted(STATEMENT_CREDITS),
)
def test_statement_credits_paid_total(statement_id, paid_id):
    statement = DOCUMENTS_BY_ID[statement_id]
    total = DOCUMENTS_BY_ID[paid_id].expected["total"]
    assert total in read_amounts(statement.text, statement.noisy), f"{total} missing"
    assert (
        statement.expected["currency"] == DOCUMENTS_BY_ID[paid_id].expected["currency"]
    ), "statement and paid document differ in currency"


@pytest.mark.parametrize(
    ("citing_id", "cited_id", "cites_date"),
    DEAL_REFERENCES,
    ids=[f"{citing}>{cited}" for citing, cited, _ in DEAL_REFERENCES],
)
def test_deal_documents_cite_each_other(citing_id, cited_id, cites_date):
    citing = DOCUMENTS_BY_ID[citing_id]
    cited = DOCUMENTS_BY_ID[cited_id].expected
    text = comparable(citing.text, citing.noisy)
    number = comparable(cited["number"], citing.noisy)
    assert number in text, f"{cited['number']} not cited"
    if not cites_date:
        return
    forms = date_forms(date.fromisoformat(cited["date"]))
    printed = [form for form in forms if comparable(form, citing.noisy) in text]
    assert printed, f"{cited['date']} not cited in a known form"


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
    first_russian, first_english = russian_lines[0], english_lines[0]
    if layout == "columns":
        assert first_russian == first_english, "headings not on one line"
        line = lines[first_russian]
        russian_first = line.index(russian) < line.index(english)
    else:
        assert abs(first_russian - first_english) == 1, "headings not consecutive"
        russian_first = first_russian < first_english
    expected_language = "ru" if russian_first else "en"
    assert document.language == expected_language, "language is not the first printed"
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
    net, gross = weights
    assert net in document.text, f"net {net} not printed"
    assert gross in document.text, f"gross {gross} not printed"
    assert kilograms(net) < kilograms(gross), "net weight not below gross"


def test_page_split_finds_markers():
    text = "a\n   Page 1 of 2\nb\nСтр. 2 из 2 / Page 2 of 2\n"
    assert pages(text) == [["a", "   Page 1 of 2"], ["b", "Стр. 2 из 2 / Page 2 of 2"]]


def test_spelled_reads_upper_case_words():
    upper = "ПЯTЬ MИЛЛИOHOB PУБЛEЙ OO KOПEEK"
    assert spelled("Пять миллионов рублей 00 копеек", True) in spelled(upper, True)
    assert spelled("Пять миллионов", False) not in spelled(upper, False)
