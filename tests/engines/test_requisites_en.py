"""English requisite labels of Russian companies, and digits outside ASCII."""

import pytest

from ai_agents.engines import get_engine

from .test_extraction import field_at

SUPPLY_INVOICE = """COMMERCIAL INVOICE No. 2024/118
Date: 14 February 2024

Supplier: Volga Timber Ltd
Taxpayer ID 7707083893, KPP 773601001, OGRN 1027700132195
Bank: Sberbank, BIK 044525225
Corr. account 30101810400000000225
Settlement account 40702810938000012345

Customer: Baltic Pulp JSC
INN/KPP: 7736050003/773601002
Current account: 40702810600000000777

Total: RUB 84,250.00
"""

SUPPLY_INVOICE_VALUES = (
    ("parties.seller.inn", "7707083893"),
    ("parties.seller.kpp", "773601001"),
    ("parties.seller.ogrn", "1027700132195"),
    ("parties.seller.bik", "044525225"),
    ("parties.seller.correspondent_account", "30101810400000000225"),
    ("parties.seller.account", "40702810938000012345"),
    ("parties.buyer.inn", "7736050003"),
    ("parties.buyer.kpp", "773601002"),
    ("parties.buyer.account", "40702810600000000777"),
)

ACT_WITH_TIN = """CERTIFICATE OF ACCEPTANCE No. 31
Date: 2 April 2024
Contractor: Kama Engineering LLC
TIN (INN): 1655012345   KPP: 165501001
Bank details: Ak Bars Bank, BIC: 049205805, Correspondent account: 30101810000000000805
Account No.: 40702810100020003456
Customer: Ural Steel JSC, INN 6658012345, KPP 665801001
Total: 12 000,00 RUB
"""


@pytest.fixture(scope="module")
def engine():
    return get_engine()


@pytest.mark.parametrize(("path", "expected"), SUPPLY_INVOICE_VALUES)
def test_english_labels_invoice(engine, path, expected):
    fields = engine.extract(SUPPLY_INVOICE, document_type="invoice").fields

    found = field_at(fields, path)

    assert found is not None, f"{path} missing"
    assert found["value"] == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    (
        ("parties.seller.inn", "1655012345"),
        ("parties.seller.kpp", "165501001"),
        ("parties.seller.bik", "049205805"),
        ("parties.seller.account", "40702810100020003456"),
        ("parties.buyer.inn", "6658012345"),
        ("parties.buyer.kpp", "665801001"),
    ),
)
def test_english_labels_act(engine, path, expected):
    fields = engine.extract(ACT_WITH_TIN, document_type="act").fields

    found = field_at(fields, path)

    assert found is not None, f"{path} missing"
    assert found["value"] == expected


def test_swift_bic_stays_swift(engine):
    text = "INVOICE No. 5\nSeller: Alpine AG\nBank: UBS, BIC: UBSWCHZH80A\n"

    parties = engine.extract(text, document_type="invoice").fields["parties"]

    assert field_at(parties, "seller.swift")["value"] == "UBSWCHZH80A"
    assert field_at(parties, "seller.bik") is None


def test_inn_inside_word_ignored(engine):
    text = "INVOICE No. 6\nSeller: Dinner Club Ltd\nInnings 7707083893\n"

    parties = engine.extract(text, document_type="invoice").fields["parties"]

    assert field_at(parties, "seller.inn") is None


UNICODE_DIGIT_TEXTS = (
    pytest.param("INVOICE No. 12\nTotal due: \u1a86\u20ac\n", id="tai-tham-digit"),
    pytest.param("INVOICE No. 12\nTotal: \u0665\u0660 EUR\n", id="arabic-indic"),
    pytest.param(
        "INVOICE No. 12\nTotal: \u096a\u096b,\u0966\u0966 $\n", id="devanagari"
    ),
    pytest.param("INVOICE No. 12\nTotal: \uff15\uff10 USD\n", id="fullwidth"),
)


@pytest.mark.parametrize("text", UNICODE_DIGIT_TEXTS)
def test_unicode_digits_not_amounts(engine, text):
    fields = engine.extract(text, document_type="invoice").fields

    assert fields.get("total") is None


def test_unicode_digits_not_requisites(engine):
    arabic_inn = "".join(chr(0x0660 + int(digit)) for digit in "7707083893")
    text = f"INVOICE No. 3\nSeller: Nile Trading\nINN {arabic_inn}\n"

    parties = engine.extract(text, document_type="invoice").fields["parties"]

    assert field_at(parties, "seller.inn") is None


def test_unicode_digits_not_dates(engine):
    text = "INVOICE No. 3\nDate: \u0665 January \u0662\u0660\u0662\u0664\n"

    fields = engine.extract(text, document_type="invoice").fields

    assert fields.get("date") is None


def test_unicode_digit_number_rejected(engine):
    text = "INVOICE No. \u0663\u0664\u0665\nTotal: 10.00 EUR\n"

    fields = engine.extract(text, document_type="invoice").fields

    assert fields.get("number") is None


def test_kpp_label_with_explanation(engine):
    text = (
        "COMMERCIAL INVOICE No. 77\nDate: 05.12.2025\n"
        "Seller: LLC Volga Pumps\n"
        "INN 7702620960 / KPP (tax registration reason code) 770201001\n"
        "Amount due: EUR 1,200.00\n"
    )

    parties = engine.extract(text, document_type="invoice").fields["parties"]

    assert field_at(parties, "seller.kpp")["value"] == "770201001"


@pytest.mark.parametrize(("code", "found"), (("SGD", "SGD"), ("HKD", "HKD")))
def test_currency_code_in_wide_total_row(engine, code, found):
    text = (
        "TAX INVOICE No.: SG-17\nDate: 05.12.2025\n"
        f"Item   Qty   Amount ({code})\nRope   3     4,440.00\n"
        f"                 Grand total    {code}      4,440.00\n"
    )

    fields = engine.extract(text, document_type="invoice").fields

    assert fields["currency"]["value"] == found


def test_owner_after_label_and_possessive(engine):
    text = (
        "UNIVERSAL TRANSFER DOCUMENT (UPD)\n"
        "Invoice No. 61 dated 2 December 2025                 (1)\n"
        "Seller: LLC Nordklimat                              (2)\n"
        "INN/KPP of the seller: 7702620960/770201001          (2b)\n"
        "Shipping document No. 1-2, No. 61 dated 02.12.2025   (5a)\n"
        "Buyer: JSC Kama                                      (6)\n"
        "INN/KPP of the buyer: 6312654289/631201001           (6b)\n"
        "Seller's bank details: account 40702810559665425987, BIK 044525593\n"
    )

    fields = engine.extract(text, document_type="upd").fields
    parties = fields["parties"]

    assert fields["number"]["value"] == "61"
    assert field_at(parties, "seller.kpp")["value"] == "770201001"
    assert field_at(parties, "buyer.inn")["value"] == "6312654289"
    assert field_at(parties, "seller.bik")["value"] == "044525593"


def test_payer_possessive_labels(engine):
    text = (
        "PAYMENT ORDER No. 73   17.12.2025\n"
        "Payer's INN 7702620960        Payer's KPP 770201001     Amount RUB 10.00\n"
        "Payer: LLC Dmitrov\nPayer's account: 40702810559665425987\n"
        "Payee's INN 6312654289        Payee's KPP 631201001\n"
        "Payee: LLC Rostov\n"
    )

    parties = engine.extract(text, document_type="payment_order").fields["parties"]

    assert field_at(parties, "payer.inn")["value"] == "7702620960"
    assert field_at(parties, "payee.kpp")["value"] == "631201001"


def test_consignee_name_and_address_label(engine):
    text = (
        "157-22041187 AIR WAYBILL\nShipper's Name and Address\nLumen Optics Co.\n"
        "Consignee's Name and Address\n"
        "OPTIKA LLC, INN 7702620960, KPP 770201001\nMoscow, Russia\n"
    )

    parties = engine.extract(text, document_type="waybill").fields["parties"]

    assert field_at(parties, "consignee.inn")["value"] == "7702620960"


def test_kpp_missing_a_digit_returned_invalid(engine):
    text = (
        "СЧЕТ № 5 от 01.12.2025\n"
        "Поставщик: ООО «Альфа», ИНН 7702620960, КПП 77020100\nИтого: 100,00 руб.\n"
    )

    extraction = engine.extract(text, document_type="invoice")
    kpp = extraction.fields["parties"]["seller"]["kpp"]
    failed = [check["code"] for check in extraction.checks if not check["passed"]]

    assert kpp["value"] == "77020100"
    assert kpp["valid"] is False
    assert failed == ["kpp_format"]
