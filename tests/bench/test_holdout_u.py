"""Form and consistency of the set U benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re

import pytest

from bench.holdout import is_valid_iban, is_valid_inn, is_valid_settlement_account
from bench.holdout_u import load_holdout_u
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    OGRN_PATTERN,
    comparable,
    document_ids,
    printed_in_groups,
)
from tests.bench.holdout_codes import (
    is_valid_aba,
    is_valid_gb_vat,
    is_valid_german_vat,
    is_valid_ogrn,
)
from tests.bench.holdout_sets import HoldoutSet

# Powers of attorney label their representative "attorney", as sets F to R do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by "rouble" (the translated UPD prints "Russian rouble")
# and the pound of the British invoice and letter.
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble"),
    "GBP": ("GBP", "£"),
}
# The only document without a currency mark is the cash register receipt, whose
# amounts are printed as "=879O.OO".
UNMARKED_ROUBLE_DOCUMENTS = {"u-ru-receipt-photo-buyer-inn-cashier-inn"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are not a
# document value, and the transport waybill and the CMR, which print no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "u-ru-bank-statement-branch-bank-counterparties",
    "u-en-bank-statement-eur-account-iban-counterparties",
    "u-ru-waybill-transport-sole-trader-carrier",
    "u-en-waybill-cmr-scan-russian-consignee",
}
# The company card prints no number and no date.
DOCUMENTS_WITHOUT_NUMBER_AND_DATE = {"u-ru-other-company-card-two-banks"}
# Documents where the labelled party prints a second account of its own, mapped to the
# role and that unlabelled account. The third item is the caption or clause that names
# the labelled account for this document's payments, printed on that account's line.
SECOND_ACCOUNTS = {
    "u-ru-invoice-1c-payment-block-second-bank": (
        "seller",
        "40702810045333147893",
        "Сч. №",
    ),
    "u-ru-contract-side-by-side-two-accounts": (
        "seller",
        "40702810387909165549",
        "на расчетный счет Поставщика №",
    ),
    "u-en-contract-italian-seller-russian-buyer-two-accounts": (
        "buyer",
        "40702810298366660330",
        "from its EUR account No.",
    ),
    "u-en-payment-order-swift-application-eur": (
        "payer",
        "40702810761201890246",
        "Account No.",
    ),
}
# Documents whose two parties' requisites are printed side by side, so that one line
# prints the INN of both roles.
SIDE_BY_SIDE_REQUISITES = {
    "u-ru-act-two-column-footer-requisites": ("seller", "buyer"),
    "u-ru-act-caption-column-requisites-table": ("seller", "buyer"),
    "u-ru-contract-side-by-side-two-accounts": ("seller", "buyer"),
}
# Documents whose requisites table has its captions in the left column, mapped to
# captions that start table rows ("| БИК ...").
CAPTION_COLUMN_TABLES = {
    "u-ru-act-caption-column-requisites-table": (
        "ИНН / КПП",
        "ОГРН",
        "Расч. счет",
        "Банк",
        "БИК",
        "Кор. счет",
    ),
    "u-ru-invoice-photo-caption-column-table": ("Получатель", "Р/сч", "Кор. счет"),
}
# Documents whose seller prints all its requisites in a run-on letterhead that ends at
# the first blank or rule line.
RUN_ON_LETTERHEADS = {"u-ru-invoice-run-on-letterhead"}
# Documents that print the buyer's block, with its caption, before the seller's.
BUYER_BLOCK_FIRST = {
    "u-ru-invoice-buyer-block-first-branch-bank": (
        "ПЛАТЕЛЬЩИК (ПОКУПАТЕЛЬ)",
        "ПОЛУЧАТЕЛЬ (ПОСТАВЩИК)",
    ),
}
# Roles whose INN and KPP are printed on one line as "ИНН 6671147789 КПП 667101001".
INN_AND_KPP_ON_ONE_LINE = {
    "u-ru-invoice-run-on-letterhead": ("buyer",),
    "u-ru-act-two-column-footer-requisites": ("seller", "buyer"),
    "u-ru-payment-order-form-branch-payer-bank": ("payer", "payee"),
    "u-ru-payment-order-third-party-inn-in-purpose": ("payer", "payee"),
}
# Documents whose labelled BIK belongs to a bank branch, mapped to the role and the
# branch name, which is printed on the BIK's line or on one of the two lines above it.
BRANCH_BANKS = {
    "u-ru-invoice-1c-payment-block-second-bank": (
        "seller",
        "Филиал «Петербургский» АО «Банк Меридиан»",
    ),
    "u-ru-invoice-buyer-block-first-branch-bank": (
        "seller",
        "в Филиале «Приволжский» ПАО «Банк Северный Альянс»",
    ),
    "u-ru-act-caption-column-requisites-table": (
        "seller",
        "Филиал «Сибирский» АО «Банк Меридиан»",
    ),
    "u-ru-payment-order-form-branch-payer-bank": (
        "payer",
        "Филиал «Центральный» ПАО «Банк Северный Альянс»",
    ),
    "u-ru-payment-order-bank-client-sole-trader-payee": (
        "payee",
        "Филиал «Центральный» ПАО «Банк Северный Альянс»",
    ),
    "u-ru-waybill-torg12-four-parties-banks": ("buyer", "в Филиале «Центральный»"),
    "u-ru-bank-statement-branch-bank-counterparties": (
        "account_holder",
        "Филиал «Сибирский» АО «Банк Меридиан»",
    ),
    "u-ru-power-of-attorney-principal-bank-attorney-inn": (
        "principal",
        "в Филиале «Центральный» ПАО «Банк Северный Альянс»",
    ),
    "u-en-invoice-russian-exporter-eur-account": (
        "seller",
        "Privolzhsky Branch of PJSC Bank Severny Alliance",
    ),
    "u-en-act-russian-contractor-uae-customer": (
        "seller",
        "Central Branch of PJSC Bank Severny Alliance",
    ),
    "u-en-payment-order-swift-application-eur": (
        "payer",
        "Petersburg Branch of JSC Bank Meridian",
    ),
    "u-en-power-of-attorney-bank-account-attorney-inn": (
        "principal",
        "Central Branch of PJSC Bank Severny Alliance",
    ),
}
# Sole proprietors (ИП), mapped to their role, whether their KPP is labelled None (the
# roles set D lists) or left out (a buyer), and the OGRNIP printed for them, if any.
SOLE_PROPRIETORS = {
    "u-ru-invoice-sole-trader-ogrnip": ("seller", True, "315164627025820"),
    "u-ru-act-sole-trader-customer-bank": ("buyer", False, "320614064785920"),
    "u-ru-upd-status-two-sole-trader": ("seller", True, "319635754626730"),
    "u-ru-payment-order-bank-client-sole-trader-payee": ("payee", True, None),
    "u-ru-payment-order-scan-sole-trader-payer": ("payer", True, None),
    "u-ru-waybill-transport-sole-trader-carrier": ("carrier", True, "320368234462175"),
    "u-ru-contract-agency-sole-trader-agent": ("agent", True, "315618649795216"),
}
# Documents that label a shipper and a consignee besides the seller and the buyer.
FOUR_PARTY_DOCUMENTS = {
    "u-ru-upd-shipper-branch-third-party-consignee",
    "u-ru-waybill-torg12-four-parties-banks",
    "u-en-upd-translation-four-parties",
}
# INNs and KPPs that are not labels. They belong to a bank, a cashier, a third party
# named in a payment's purpose, or a supplier named in a power of attorney. Others
# belong to a carrier or notify party, which a packing list has no role for, or to the
# head office of a party that is a branch.
UNLABELLED_INNS = {
    "u-ru-payment-order-third-party-inn-in-purpose": ("1655740537",),
    "u-ru-contract-side-by-side-two-accounts": ("7831840361",),
    "u-ru-packing-list-shipper-consignee-carrier": ("7453890690",),
    "u-ru-receipt-photo-buyer-inn-cashier-inn": ("780290262654",),
    "u-ru-power-of-attorney-principal-bank-attorney-inn": ("7722306086",),
    "u-en-packing-list-notify-party-forwarder": ("2309578560",),
}
UNLABELLED_KPPS = {
    "u-ru-contract-side-by-side-two-accounts": ("783501001",),
    "u-ru-act-scan-customer-branch": ("772201001",),
    "u-en-packing-list-notify-party-forwarder": ("230901001",),
}
# Every IBAN that the documents print, with or without spaces.
PRINTED_IBANS = {
    "u-en-invoice-uk-sort-code-vat-number": ("GB33NGCB30471861893402",),
    "u-en-invoice-russian-exporter-eur-account": ("DE75370502990014827356",),
    "u-en-invoice-scan-dutch-iban-russian-buyer": ("NL58ZWBK0473819265",),
    "u-en-act-russian-contractor-uae-customer": ("AE610471018274639205512",),
    "u-en-payment-order-swift-application-eur": ("DE36600400710527413890",),
    "u-en-contract-italian-seller-russian-buyer-two-accounts": (
        "IT55K0503411701000000418273",
    ),
    "u-en-bank-statement-eur-account-iban-counterparties": (
        "DE39500700100918273645",
        "AT611904300234573201",
        "FR5330004000310001234567891",
    ),
    "u-en-receipt-trade-fair-russian-payer": ("DE29210501700038291746",),
    "u-en-letter-uk-supplier-new-bank-details": (
        "GB33NGCB30471861893402",
        "GB16HTWB60821427419035",
    ),
}
# British bank details: sort code, account number and the IBAN that contains both.
UK_BANK_DETAILS = {
    "u-en-invoice-uk-sort-code-vat-number": (
        ("30-47-18", "61893402", "GB33NGCB30471861893402"),
    ),
    "u-en-letter-uk-supplier-new-bank-details": (
        ("30-47-18", "61893402", "GB33NGCB30471861893402"),
        ("60-82-14", "27419035", "GB16HTWB60821427419035"),
    ),
}
# ABA routing numbers of US banks, printed after "ABA routing number".
ABA_ROUTING_NUMBERS = {"u-en-invoice-us-aba-routing-buyer-usd-account": "073920146"}
# British VAT registration numbers (printed in groups "GB 412 8803 65") and German
# USt-IdNr., none of which is a label.
VAT_NUMBERS = {
    "u-en-invoice-uk-sort-code-vat-number": ("GB412880365",),
    "u-en-letter-uk-supplier-new-bank-details": ("GB412880365",),
    "u-en-invoice-russian-exporter-eur-account": ("DE814273650",),
    "u-en-payment-order-swift-application-eur": ("DE293817466",),
    "u-en-receipt-trade-fair-russian-payer": ("DE168273413",),
}
SWIFT_PATTERN = re.compile(
    r"(?:SWIFT/BIC|SWIFT|BIC):?\s+([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b"
)
# Russian requisite captions that the set prints besides "ИНН", "КПП" and "БИК".
REQUISITE_CAPTIONS = (
    "р/с",
    "Р/с",
    "Р/сч",
    "Расч. счет",
    "Расчетный счет",
    "к/с",
    "Кор. счет",
    "Корр. счет",
    "Кор/сч",
    "БИК банка",
    "ИНН/КПП",
    "ИНН / КПП",
    "Сч. №",
)
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
MIN_NOISY_COUNT = 8
DOCUMENTS = load_holdout_u()

CLEAN_DOCUMENTS = [document for document in DOCUMENTS if not document.noisy]
ENGLISH_DOCUMENTS = [document for document in DOCUMENTS if document.language == "en"]
DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def without_spaces(text: str) -> str:
    return re.sub(r"\s+", "", text)


def label_values(document) -> set[str]:
    return {
        value
        for path, value in document.expected.items()
        if path.startswith("parties.") and value is not None
    }


HOLDOUT_SET = HoldoutSet(
    name="u",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    max_noisy_count=len(DOCUMENTS) // 4,
    listed_ids=(
        DOCUMENTS_WITHOUT_NUMBER_AND_DATE,
        set(SECOND_ACCOUNTS),
        set(SIDE_BY_SIDE_REQUISITES),
        set(CAPTION_COLUMN_TABLES),
        RUN_ON_LETTERHEADS,
        set(BUYER_BLOCK_FIRST),
        set(INN_AND_KPP_ON_ONE_LINE),
        set(BRANCH_BANKS),
        set(SOLE_PROPRIETORS),
        FOUR_PARTY_DOCUMENTS,
        set(UNLABELLED_INNS),
        set(UNLABELLED_KPPS),
        set(PRINTED_IBANS),
        set(UK_BANK_DETAILS),
        set(ABA_ROUTING_NUMBERS),
        set(VAT_NUMBERS),
    ),
    requisite_counts=(3, 25, 40),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=10,
    ogrnip_required=True,
    requisite_printed=printed_in_groups,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    clean_documents_fit_a_page=True,
    noisy_amount_sample=("ИТОГ =879O.OO", "8790.00"),
    look_alike_sample=("ИHH 77Ol025l65", "ИНН 7701025165"),
    check_digit_samples=(
        (is_valid_ogrn, "1157701728744", "1157701728745"),
        (is_valid_ogrn, "315164627025820", "315164627025821"),
        (is_valid_aba, "073920146", "073920147"),
        (is_valid_gb_vat, "GB412880365", "GB412880366"),
        (is_valid_german_vat, "DE814273650", "DE814273651"),
    ),
)


def test_only_listed_documents_lack_number_and_date():
    for document in DOCUMENTS:
        listed = document.id in DOCUMENTS_WITHOUT_NUMBER_AND_DATE
        for path in ("number", "date"):
            assert path in document.expected, f"{document.id} has no {path} label"
            missing = document.expected[path] is None
            assert missing == listed, f"{document.id} {path} {document.expected[path]}"


@pytest.mark.parametrize(
    "document", ENGLISH_DOCUMENTS, ids=document_ids(ENGLISH_DOCUMENTS)
)
def test_english_labels_only_russian_parties(document):
    """Foreign parties have no labels, so every labelled INN follows "INN"."""
    text = comparable(document.text, document.noisy)
    for path, value in document.expected.items():
        if not path.endswith(".inn"):
            continue
        pattern = "inn" + r"\D{0,20}?" + re.escape(comparable(value, document.noisy))
        assert re.search(pattern, text), f"{path} {value} not printed after INN"


@pytest.mark.parametrize(
    ("document_id", "second_account"),
    sorted(SECOND_ACCOUNTS.items()),
    ids=sorted(SECOND_ACCOUNTS),
)
def test_second_account_printed_not_labelled(document_id, second_account):
    role, other_account, cue = second_account
    document = DOCUMENTS_BY_ID[document_id]
    labelled = document.expected[f"parties.{role}.account"]
    assert other_account != labelled, "the second account is the label"
    assert other_account not in label_values(document), "second account labelled"
    assert printed_in_groups(other_account, document.text, document.noisy)
    biks = re.findall(r"(?<!\d)04\d{7}(?!\d)", document.text)
    matches = [bik for bik in biks if is_valid_settlement_account(other_account, bik)]
    assert matches, f"{other_account} matches no BIK in the text"
    lines = document.text.splitlines()
    labelled_lines = [line for line in lines if labelled in line]
    assert any(cue in line for line in labelled_lines), f"{cue!r} not beside label"
    other_lines = [line for line in lines if other_account in line]
    assert not any(cue in line for line in other_lines), f"{cue!r} beside the other"


@pytest.mark.parametrize(
    ("document_id", "roles"),
    sorted(SIDE_BY_SIDE_REQUISITES.items()),
    ids=sorted(SIDE_BY_SIDE_REQUISITES),
)
def test_side_by_side_requisites_share_lines(document_id, roles):
    document = DOCUMENTS_BY_ID[document_id]
    first, second = (document.expected[f"parties.{role}.inn"] for role in roles)
    shared = [
        line for line in document.text.splitlines() if first in line and second in line
    ]
    assert shared, f"no line prints both {first} and {second}"
    for kind in ("bik", "account"):
        values = [document.expected.get(f"parties.{role}.{kind}") for role in roles]
        assert all(values), f"{kind} not labelled for both roles"


@pytest.mark.parametrize(
    ("document_id", "captions"),
    sorted(CAPTION_COLUMN_TABLES.items()),
    ids=sorted(CAPTION_COLUMN_TABLES),
)
def test_caption_column_rows_printed(document_id, captions):
    document = DOCUMENTS_BY_ID[document_id]
    rows = [line.lstrip("| ") for line in document.text.splitlines()]
    for caption in captions:
        assert any(row.startswith(caption) for row in rows), f"{caption!r} row missing"


@pytest.mark.parametrize("document_id", sorted(RUN_ON_LETTERHEADS))
def test_run_on_letterhead_holds_requisites(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    lines = document.text.splitlines()
    end = next(
        index
        for index, line in enumerate(lines)
        if not line.strip() or set(line.strip()) == {"="}
    )
    letterhead = " ".join(lines[:end])
    assert 2 <= end <= 3, f"letterhead of {end} lines"
    for kind in ("inn", "kpp", "bik", "account"):
        value = document.expected[f"parties.seller.{kind}"]
        assert value in letterhead, f"seller {kind} not in the letterhead"
    inn = document.expected["parties.seller.inn"]
    kpp = document.expected["parties.seller.kpp"]
    assert f"ИНН/КПП {inn}/{kpp}" in letterhead, "no ИНН/КПП slash pair"
    assert "к/с 30101" in letterhead, "no correspondent account"


@pytest.mark.parametrize(
    ("document_id", "captions"),
    sorted(BUYER_BLOCK_FIRST.items()),
    ids=sorted(BUYER_BLOCK_FIRST),
)
def test_buyer_block_printed_first(document_id, captions):
    document = DOCUMENTS_BY_ID[document_id]
    buyer_caption, seller_caption = captions
    text = document.text
    assert text.index(buyer_caption) < text.index(seller_caption), "captions order"
    for kind in ("inn", "account"):
        buyer = document.expected[f"parties.buyer.{kind}"]
        seller = document.expected[f"parties.seller.{kind}"]
        assert text.index(buyer) < text.index(seller), f"buyer {kind} not first"


@pytest.mark.parametrize(
    ("document_id", "roles"),
    sorted(INN_AND_KPP_ON_ONE_LINE.items()),
    ids=sorted(INN_AND_KPP_ON_ONE_LINE),
)
def test_inn_and_kpp_on_one_line(document_id, roles):
    document = DOCUMENTS_BY_ID[document_id]
    for role in roles:
        inn = document.expected[f"parties.{role}.inn"]
        kpp = document.expected[f"parties.{role}.kpp"]
        pattern = rf"ИНН {inn}\s+КПП {kpp}"
        assert re.search(pattern, document.text), f"{role} INN and KPP not on a line"


@pytest.mark.parametrize(
    ("document_id", "branch"),
    sorted(BRANCH_BANKS.items()),
    ids=sorted(BRANCH_BANKS),
)
def test_branch_bank_printed_beside_bik(document_id, branch):
    role, name = branch
    document = DOCUMENTS_BY_ID[document_id]
    bik = document.expected[f"parties.{role}.bik"]
    lines = document.text.splitlines()
    bik_indexes = [index for index, line in enumerate(lines) if bik in line]
    assert bik_indexes, f"BIK {bik} not printed"
    near = [
        index
        for index in bik_indexes
        if any(name in line for line in lines[max(index - 2, 0) : index + 1])
    ]
    assert near, f"{name!r} not printed beside BIK {bik}"


@pytest.mark.parametrize(
    ("document_id", "proprietor"),
    sorted(SOLE_PROPRIETORS.items()),
    ids=sorted(SOLE_PROPRIETORS),
)
def test_sole_proprietor_labels(document_id, proprietor):
    role, kpp_is_none, ogrnip = proprietor
    document = DOCUMENTS_BY_ID[document_id]
    inn = document.expected[f"parties.{role}.inn"]
    assert len(inn) == 12, f"{role} INN {inn} is not a person's"
    kpp_path = f"parties.{role}.kpp"
    if kpp_is_none:
        assert kpp_path in document.expected, "KPP label missing"
        assert document.expected[kpp_path] is None, "KPP label is not None"
    else:
        assert kpp_path not in document.expected, "buyer's KPP is labelled"
    if ogrnip is not None:
        assert is_valid_ogrn(ogrnip), f"OGRNIP {ogrnip} has a wrong key"
        assert f"ОГРНИП {ogrnip}" in document.text, "OGRNIP not printed"
        assert ogrnip not in label_values(document), "OGRNIP labelled"


@pytest.mark.parametrize("document_id", sorted(FOUR_PARTY_DOCUMENTS))
def test_four_party_roles_labelled(document_id):
    document = DOCUMENTS_BY_ID[document_id]
    roles = ("seller", "buyer", "shipper", "consignee")
    pairs = {
        (
            document.expected[f"parties.{role}.inn"],
            document.expected[f"parties.{role}.kpp"],
        )
        for role in roles
    }
    assert len(pairs) == len(roles), "two roles share an INN and KPP"


@pytest.mark.parametrize(
    ("document_id", "inns"),
    sorted(UNLABELLED_INNS.items()),
    ids=sorted(UNLABELLED_INNS),
)
def test_unlabelled_inns_printed_and_valid(document_id, inns):
    document = DOCUMENTS_BY_ID[document_id]
    for inn in inns:
        assert is_valid_inn(inn), f"INN {inn} has a wrong key"
        assert printed_in_groups(inn, document.text, document.noisy), f"{inn} missing"
        assert inn not in label_values(document), f"INN {inn} labelled"


@pytest.mark.parametrize(
    ("document_id", "kpps"),
    sorted(UNLABELLED_KPPS.items()),
    ids=sorted(UNLABELLED_KPPS),
)
def test_unlabelled_kpps_printed(document_id, kpps):
    document = DOCUMENTS_BY_ID[document_id]
    for kpp in kpps:
        assert printed_in_groups(kpp, document.text, document.noisy), f"{kpp} missing"
        assert kpp not in label_values(document), f"KPP {kpp} labelled"


@pytest.mark.parametrize(
    ("document_id", "ibans"),
    sorted(PRINTED_IBANS.items()),
    ids=sorted(PRINTED_IBANS),
)
def test_printed_ibans_valid(document_id, ibans):
    document = DOCUMENTS_BY_ID[document_id]
    text = comparable(without_spaces(document.text), document.noisy)
    for iban in ibans:
        assert is_valid_iban(iban), f"IBAN {iban} fails mod 97"
        assert comparable(iban, document.noisy) in text, f"IBAN {iban} not printed"
        assert iban not in label_values(document), f"IBAN {iban} labelled"


@pytest.mark.parametrize(
    "document",
    [document for document in ENGLISH_DOCUMENTS if not document.noisy],
    ids=document_ids(
        [document for document in ENGLISH_DOCUMENTS if not document.noisy]
    ),
)
def test_every_unspaced_iban_listed(document):
    found = re.findall(r"\b[A-Z]{2}\d{2}[A-Z0-9]{12,30}\b", document.text)
    listed = set(PRINTED_IBANS.get(document.id, ()))
    unlisted = sorted(set(found) - listed)
    assert not unlisted, f"IBANs {unlisted} not listed"


@pytest.mark.parametrize(
    ("document_id", "details"),
    sorted(UK_BANK_DETAILS.items()),
    ids=sorted(UK_BANK_DETAILS),
)
def test_uk_iban_contains_sort_code_and_account(document_id, details):
    document = DOCUMENTS_BY_ID[document_id]
    for sort_code, account_number, iban in details:
        assert sort_code in document.text, f"sort code {sort_code} not printed"
        assert account_number in document.text, f"account {account_number} missing"
        assert iban[8:14] == sort_code.replace("-", ""), "sort code not in IBAN"
        assert iban[14:] == account_number, "account number not in IBAN"


@pytest.mark.parametrize(
    ("document_id", "routing_number"),
    sorted(ABA_ROUTING_NUMBERS.items()),
    ids=sorted(ABA_ROUTING_NUMBERS),
)
def test_aba_routing_number_valid(document_id, routing_number):
    document = DOCUMENTS_BY_ID[document_id]
    assert is_valid_aba(routing_number), routing_number
    assert re.search(rf"ABA routing number:\s+{routing_number}", document.text)
    assert routing_number not in label_values(document), "routing number labelled"


@pytest.mark.parametrize(
    ("document_id", "vat_numbers"),
    sorted(VAT_NUMBERS.items()),
    ids=sorted(VAT_NUMBERS),
)
def test_vat_numbers_valid_not_labelled(document_id, vat_numbers):
    document = DOCUMENTS_BY_ID[document_id]
    for vat_number in vat_numbers:
        if vat_number.startswith("GB"):
            assert is_valid_gb_vat(vat_number), vat_number
        else:
            assert is_valid_german_vat(vat_number), vat_number
        assert vat_number in without_spaces(document.text), f"{vat_number} missing"
        assert vat_number[2:] not in label_values(document), f"{vat_number} labelled"


@pytest.mark.parametrize("document", CLEAN_DOCUMENTS, ids=document_ids(CLEAN_DOCUMENTS))
def test_swift_codes_not_labelled(document):
    for code in SWIFT_PATTERN.findall(document.text):
        assert code not in label_values(document), f"SWIFT {code} labelled"
        assert not code[4:6].isdigit(), f"SWIFT {code} has no country code"


def test_swift_pattern_finds_codes():
    texts = " ".join(document.text for document in CLEAN_DOCUMENTS)
    codes = set(SWIFT_PATTERN.findall(texts))
    assert len(codes) >= 10, f"only {len(codes)} SWIFT codes found"
    assert {code[4:6] for code in codes} >= {"RU", "GB", "US", "DE"}


@pytest.mark.parametrize("caption", REQUISITE_CAPTIONS)
def test_requisite_caption_printed(caption):
    russian = [
        document.text
        for document in CLEAN_DOCUMENTS
        if document.language == "ru" and caption in document.text
    ]
    assert russian, f"{caption!r} not printed in a clean Russian document"
