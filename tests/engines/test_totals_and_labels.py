"""Totals printed cell by cell or far from their label, sums that letters demand,
English requisite labels, bank blocks and the shipper role."""

import pytest

from ai_agents.engines.validators import (
    is_valid_bik,
    is_valid_inn,
    is_valid_settlement_account,
)

from .form_helpers import extract, parties_of, value_of

# Invented requisites. The INNs pass bench.holdout.inn_check_digit, and the account's
# control key matches BANK_BIK as bench.holdout.is_valid_settlement_account checks.
SELLER_INN = "7731528409"
SELLER_KPP = "773101001"
OTHER_INN = "5027184361"
OTHER_KPP = "502701001"
# SELLER_INN with its last digit changed, so its check digit fails.
INVALID_INN = "7731528408"
BANK_BIK = "044525318"
EURO_ACCOUNT = "40702978500000000431"


def total_of(text: str, document_type: str) -> str | None:
    return value_of(extract(text, document_type), "total")


def number_of(text: str, document_type: str) -> str | None:
    return value_of(extract(text, document_type), "number")


def test_invented_requisites_are_valid():
    assert is_valid_inn(SELLER_INN)
    assert is_valid_inn(OTHER_INN)
    assert not is_valid_inn(INVALID_INN)
    assert is_valid_bik(BANK_BIK)
    assert is_valid_settlement_account(EURO_ACCOUNT, BANK_BIK)


# Totals

UPD_TOTAL_CELL_PER_LINE = """Универсальный передаточный документ
Счет-фактура № 14 от 05.03.2025
Продавец: ООО «Берёзовая Роща»
Товар: фанера 20 шт.
Всего к оплате
48 000,00
X
9 600,00
57 600,00
Подпись руководителя
"""

UPD_TOTAL_WITHOUT_VAT_CELLS = """Универсальный передаточный документ
Всего к оплате
48 000,00
без НДС
48 000,00
Подпись руководителя
"""

# Three amounts on lines of their own, none the sum of the other two.
UPD_CELLS_WITHOUT_SUM = """Универсальный передаточный документ
Всего к оплате
1 000,00
2 000,00
5 000,00
Подпись руководителя
"""

INVOICE_TOTAL_THEN_VAT_LABEL = """Счет на оплату № 9 от 02.03.2025
Поставщик: ООО «Берёзовая Роща»
Итого к оплате:
15 400,00
в т.ч. НДС 20%:
2 566,67
"""

# The column gap alone is longer than the 60 characters allowed between a label
# and its amount.
WAYBILL_LABEL_FAR_LEFT = (
    "ТОВАРНАЯ НАКЛАДНАЯ № 41 от 11.02.2025\n"
    "     Всего по накладной" + " " * 70 + "64 900,00  12 980,00  77 880,00\n"
)

ACT_CLOSING_SUM = """АКТ № 17 от 31.03.2025
Исполнитель: ООО «Северный Ветер»
1. Консультации по учету  52 371,50
Итого 52 371,50
НДС 20% 10 474,30
Всего оказано услуг 1, на сумму 62 845 руб. 80 коп.
"""

ACT_WITHOUT_CLOSING_SUM = """АКТ № 17 от 31.03.2025
Исполнитель: ООО «Северный Ветер»
1. Консультации по учету  52 371,50
Итого 52 371,50
"""


@pytest.mark.parametrize(
    ("text", "document_type", "expected"),
    [
        pytest.param(UPD_TOTAL_CELL_PER_LINE, "upd", "57600.00", id="upd-cells"),
        pytest.param(
            UPD_TOTAL_WITHOUT_VAT_CELLS, "upd", "48000.00", id="upd-without-vat"
        ),
        pytest.param(UPD_CELLS_WITHOUT_SUM, "upd", "1000.00", id="cells-without-sum"),
        pytest.param(
            INVOICE_TOTAL_THEN_VAT_LABEL, "invoice", "15400.00", id="vat-label-after"
        ),
        pytest.param(WAYBILL_LABEL_FAR_LEFT, "waybill", "77880.00", id="wide-gap"),
        pytest.param(ACT_CLOSING_SUM, "act", "62845.80", id="act-closing-sum"),
        pytest.param(ACT_WITHOUT_CLOSING_SUM, "act", "52371.50", id="act-net-only"),
    ],
)
def test_total_layouts(text, document_type, expected):
    assert total_of(text, document_type) == expected


# Letters

CLAIM_LETTER = """ООО «Сибирский Лён»
Исх. № 58 от 14.04.2025
Генеральному директору ООО «Камская Мебель»

ПРЕТЕНЗИЯ
По договору поставки № 12 от 10.01.2025 товар оплачен не полностью.
На основании изложенного требуем в течение 10 дней перечислить 316 178,00 руб.
на наш расчетный счет.
"""

PAYMENT_REMINDER = """Harbor Lane Supplies Ltd
Ref. No. 2024/311
Date: 3 March 2025

Payment reminder

Dear Sir or Madam,
Our records show that invoices 118 and 121 remain unpaid.
The outstanding balance is USD 14,280.00.
Please settle it within 7 days.
"""

PRICE_CHANGE_NOTICE = """ООО «Сибирский Лён»
Исх. № 61 от 20.04.2025
Уведомление об изменении цен
С 01.05.2025 цена ткани льняной составит 420,00 руб. за метр,
цена ткани хлопковой 310,00 руб. за метр.
"""

PRICE_CHANGE_NOTICE_EN = """Northgate Paper Ltd
Notice of price change
From 1 May 2025 the price of A4 paper is EUR 4.20 per pack
and of A3 paper EUR 7.90 per pack.
"""


@pytest.mark.parametrize(
    ("text", "expected_due", "expected_currency"),
    [
        pytest.param(CLAIM_LETTER, "316178.00", "RUB", id="claim"),
        pytest.param(PAYMENT_REMINDER, "14280.00", "USD", id="reminder"),
    ],
)
def test_letter_demanded_sum(text, expected_due, expected_currency):
    fields = extract(text, "letter")

    assert value_of(fields, "amount_due") == expected_due
    assert value_of(fields, "currency") == expected_currency
    assert "total" not in fields


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(PRICE_CHANGE_NOTICE, id="price-notice"),
        pytest.param(PRICE_CHANGE_NOTICE_EN, id="price-notice-en"),
    ],
)
def test_letter_without_demand_has_no_total(text):
    assert total_of(text, "letter") is None


def test_letter_reference_number():
    assert number_of(PAYMENT_REMINDER, "letter") == "2024/311"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Invoice No. 5\nRef. No. PO-77\nTotal: EUR 10.00\n", id="ref-line-after"
        ),
        pytest.param(
            "Ref. No. PO-77\nInvoice No. 5\nTotal: EUR 10.00\n", id="ref-line-before"
        ),
        pytest.param(
            "Invoice No. 5   Ref. No. PO-77\nTotal: EUR 10.00\n", id="ref-after-gap"
        ),
        pytest.param(
            "Ref. No. PO-77, Invoice No. 5\nTotal: EUR 10.00\n", id="ref-first-on-line"
        ),
        pytest.param(
            "INVOICE No. 5 dated 04.03.2025\nRef. No. PO-77\nTotal: EUR 10.00\n",
            id="title-with-number",
        ),
        pytest.param(
            "INVOICE\nRef. No. PO-77\nInvoice No. 5\nTotal: EUR 10.00\n",
            id="title-over-ref",
        ),
    ],
)
def test_invoice_keeps_own_number_beside_reference(text):
    assert number_of(text, "invoice") == "5"


# Requisites


@pytest.mark.parametrize(
    ("requisites_line", "inn", "kpp"),
    [
        pytest.param(
            f"TIN {SELLER_INN} / KPP {SELLER_KPP}", SELLER_INN, SELLER_KPP, id="tin"
        ),
        pytest.param(
            f"Tax ID {OTHER_INN}, KPP {OTHER_KPP}", OTHER_INN, OTHER_KPP, id="tax-id"
        ),
    ],
)
def test_tin_and_kpp_line(requisites_line, inn, kpp):
    text = (
        "INVOICE No. 12 dated 05.03.2025\n"
        "Seller: Volga Timber LLC\n"
        f"{requisites_line}\n"
        "Buyer: Nordic Crafts AB\n"
        "Total: EUR 5,000.00\n"
    )

    seller = parties_of(text, "invoice").get("seller", {})

    assert seller.get("inn") == inn
    assert seller.get("kpp") == kpp
    assert seller.get("name") == "Volga Timber LLC"


def test_tin_and_kpp_on_name_line():
    text = (
        "INVOICE No. 12 dated 05.03.2025\n"
        f"Seller: Volga Timber LLC, Tax ID {OTHER_INN}, KPP {OTHER_KPP}\n"
        "Total: EUR 5,000.00\n"
    )

    seller = parties_of(text, "invoice").get("seller", {})

    assert seller.get("inn") == OTHER_INN
    assert seller.get("kpp") == OTHER_KPP
    assert seller.get("name") == "Volga Timber LLC"


def test_tin_with_invalid_check_digit_not_inn():
    text = (
        "INVOICE No. 12 dated 05.03.2025\n"
        "Seller: Volga Timber LLC\n"
        f"TIN {INVALID_INN} / KPP {SELLER_KPP}\n"
        "Total: EUR 5,000.00\n"
    )

    seller = parties_of(text, "invoice").get("seller", {})

    assert "inn" not in seller


def test_bracketed_labels_of_bik_and_account():
    text = (
        "INVOICE No. 12 dated 05.03.2025\n"
        "Supplier: Volga Timber LLC\n"
        f"Account (EUR): {EURO_ACCOUNT}\n"
        f"BIC (BIK): {BANK_BIK}\n"
    )

    seller = parties_of(text, "invoice").get("seller", {})

    assert seller.get("account") == EURO_ACCOUNT
    assert seller.get("bik") == BANK_BIK


BENEFICIARY_BANK_INVOICE = f"""INVOICE No. 12 dated 05.03.2025
Seller: Volga Timber LLC
TIN {SELLER_INN} / KPP {SELLER_KPP}
Buyer: Nordic Crafts AB
Total: EUR 5,000.00

Beneficiary bank details:
Account (EUR): {EURO_ACCOUNT}
Bank: JSC Ural Commerce Bank
BIC (BIK): {BANK_BIK}
"""

# The bank block has no "Bank:" line, so its first line names the bank.
BENEFICIARY_BANK_NAME_FIRST = f"""INVOICE No. 12 dated 05.03.2025
Seller: Volga Timber LLC
Total: EUR 5,000.00

Beneficiary bank details:
JSC Ural Commerce Bank
Account (EUR): {EURO_ACCOUNT}
BIC (BIK): {BANK_BIK}
"""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(BENEFICIARY_BANK_INVOICE, id="bank-line"),
        pytest.param(BENEFICIARY_BANK_NAME_FIRST, id="name-first"),
    ],
)
def test_beneficiary_bank_block_to_seller(text):
    parties = parties_of(text, "invoice")
    seller = parties.get("seller", {})

    assert seller.get("account") == EURO_ACCOUNT
    assert seller.get("bik") == BANK_BIK
    assert seller.get("bank_name") == "JSC Ural Commerce Bank"
    assert "account" not in parties.get("buyer", {})


# Roles


@pytest.mark.parametrize(
    "shipper_line",
    [
        pytest.param("Shipper / Exporter: Volga Timber LLC", id="label-only"),
        pytest.param(
            f"Shipper / Exporter: Volga Timber LLC TIN {SELLER_INN}", id="tin"
        ),
        pytest.param(
            f"Shipper / Exporter: Volga Timber LLC Tax No. {SELLER_INN}",
            id="tax-no",
        ),
    ],
)
def test_shipper_exporter_label(shipper_line):
    text = (
        "PACKING LIST No. 8 dated 06.03.2025\n"
        f"{shipper_line}\n"
        "Consignee: Nordic Crafts AB\n"
        "Total packages: 12\n"
    )

    parties = parties_of(text, "packing_list")

    assert parties.get("shipper", {}).get("name") == "Volga Timber LLC"
    assert parties.get("consignee", {}).get("name") == "Nordic Crafts AB"
    assert "seller" not in parties


def test_seller_slash_shipper_keeps_both_roles():
    text = (
        "PACKING LIST No. 8 dated 06.03.2025\n"
        "Seller / Shipper: Volga Timber LLC\n"
        "Consignee: Nordic Crafts AB\n"
    )

    parties = parties_of(text, "packing_list")

    assert parties.get("seller", {}).get("name") == "Volga Timber LLC"
    assert parties.get("shipper", {}).get("name") == "Volga Timber LLC"


@pytest.mark.parametrize(
    ("name_line", "expected"),
    [
        pytest.param(
            f"Seller: Volga Timber LLC TIN {OTHER_INN}", "Volga Timber LLC", id="tin"
        ),
        pytest.param(
            f"Seller: Volga Timber LLC Tax No. {OTHER_INN}",
            "Volga Timber LLC",
            id="tax-no",
        ),
        pytest.param(
            "Seller: Tintoretto Prints LLC", "Tintoretto Prints LLC", id="tin-in-word"
        ),
    ],
)
def test_name_ends_before_tax_label(name_line, expected):
    text = f"INVOICE No. 12 dated 05.03.2025\n{name_line}\n"

    seller = parties_of(text, "invoice").get("seller", {})

    assert seller.get("name") == expected


def test_letterhead_bank_shared_with_buyer():
    text = (
        f"ООО «Альфа»\nИНН {SELLER_INN}  КПП {SELLER_KPP}\n"
        f"Р/с {EURO_ACCOUNT} в АО «Банк»\nБИК {BANK_BIK}\n"
        "СЧЕТ № 12 от 19.03.2025\n"
        f"Покупатель: ООО «Бета», ИНН {OTHER_INN}, КПП {OTHER_KPP}\n"
        f"Р/с 40702810500000000432 в АО «Банк», БИК {BANK_BIK}\n"
        "Итого: 100,00\n"
    )

    parties = parties_of(text, "invoice")

    assert parties["seller"]["bik"] == BANK_BIK
    assert parties["buyer"]["bik"] == BANK_BIK


def test_customer_bank_details_are_buyer():
    text = (
        "ACCEPTANCE CERTIFICATE No. 31\n"
        f"Contractor: LLC Datastream, INN {SELLER_INN}, KPP {SELLER_KPP}\n"
        f"Customer: JSC Ural, INN {OTHER_INN}, KPP {OTHER_KPP}\n"
        "Total including VAT: RUB 426,600.00\n"
        f'Customer\'s bank details: account {EURO_ACCOUNT} with JSC "Uralbank",\n'
        f"Yekaterinburg, BIK {BANK_BIK}\n"
    )

    buyer = parties_of(text, "act")["buyer"]

    assert buyer["account"] == EURO_ACCOUNT
    assert buyer["bik"] == BANK_BIK
    assert buyer["bank_name"] == 'JSC "Uralbank"'
