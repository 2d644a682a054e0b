"""Unit cells of any word, the VAT of an offset advance, a stamp duty after the
VAT, statement periods with month names, requisites headed by a lessor, bank
transfer prints with captions, and a courier's receipt with form captions."""

import pytest

from ai_agents.engines import get_engine

from .form_helpers import (
    ACCOUNT,
    BANK_BIK,
    BUYER_INN,
    BUYER_KPP,
    SELLER_INN,
    SELLER_KPP,
    extract,
    parties_of,
    value_of,
)


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def _rows(text: str) -> list[dict[str, str]]:
    return [
        {key: cell["value"] for key, cell in row.items()}
        for row in extract(text, "invoice")["line_items"]
    ]


def test_any_word_fills_unit_column():
    text = (
        "INVOICE No. 5\nDate: 2 March 2026\n"
        "Item | Description | Qty | Unit | Price | Amount\n"
        "1 | Copy paper A4 | 40 | ream | 18.50 | 740.00\n"
        "2 | CRM licence | 3 | seat | 100.00 | 300.00\n"
        "Total: USD 1,040.00\n"
    )

    rows = _rows(text)

    assert [(row["description"], row["quantity"], row["unit"]) for row in rows] == [
        ("Copy paper A4", "40", "ream"),
        ("CRM licence", "3", "seat"),
    ]


def test_unit_cell_before_quantity():
    text = (
        "Счет № 7 от 02.03.2026\n"
        "| № | Товар | Ед. | Кол-во | Цена | Сумма |\n"
        "| 1 | Монтаж | чел.-ч | 12 | 1 500,00 | 18 000,00 |\n"
        "| 2 | Выезд | выезд | 1 | 2 000,00 | 2 000,00 |\n"
        "Итого: 20 000,00\n"
    )

    rows = _rows(text)

    assert [(row["description"], row["unit"]) for row in rows] == [
        ("Монтаж", "чел.-ч"),
        ("Выезд", "выезд"),
    ]


def test_measure_ends_description_without_unit_column():
    text = (
        "INVOICE No. 6\nDate: 2 March 2026\n"
        "Description | Qty | Unit price | Amount\n"
        "Air compressor 50 L | 2 | 2,350.00 | 4,700.00\n"
        "Total: USD 4,700.00\n"
    )

    rows = _rows(text)

    assert rows[0]["description"] == "Air compressor 50 L"
    assert "unit" not in rows[0]


ADVANCE_UPD = (
    "Универсальный передаточный документ\nСчет-фактура № 145 от 03.06.2024\n"
    f"ИНН/КПП продавца: {SELLER_INN}/{SELLER_KPP}\n"
    "| № | Товар | Ед. | Кол-во | Цена | Без НДС | Ставка | НДС | С НДС |\n"
    "| 1 | Кабель | м | 1000 | 67,50 | 67 500,00 | 20% | 13 500,00 | 81 000,00 |\n"
    "| 2 | Автомат | шт | 30 | 75,00 | 13 500,00 | 20% | 2 700,00 | 16 200,00 |\n"
    "|   | Всего к оплате (9) | | | | 81 000,00 | X | 16 200,00 | 97 200,00 |\n\n"
    "Зачтён аванс по платёжному поручению № 77 от 20.05.2024: 40 000,00 руб., "
    "в т.ч. НДС 6 666,67 руб.\n"
    "Остаток к оплате: 57 200,00 руб.\n"
)


def test_advance_vat_is_not_document_vat():
    fields = extract(ADVANCE_UPD, "upd")

    assert value_of(fields, "vat") == "16200.00"
    assert value_of(fields, "total") == "97200.00"
    assert value_of(fields, "amount_due") == "57200.00"


STAMPED_INVOICE = (
    "FACTURE N° TN-2026/044\nDate : 14/03/2026\n"
    "Total HT : 10 500,000 TND\n"
    "TVA 19 % : 1 995,000 TND\n"
    "Timbre fiscal : 1,000 TND\n"
    "Total TTC : 12 496,000 TND\n"
)


def test_stamp_duty_completes_total(engine):
    extraction = engine.extract(STAMPED_INVOICE, document_type="invoice")
    checks = {check["code"]: check for check in extraction.checks}

    assert extraction.fields["total"]["value"] == "12496.000"
    assert checks["subtotal_vat_total"]["passed"] is True
    assert "other charges 1.000" in checks["subtotal_vat_total"]["message"]


def test_missing_charge_still_fails(engine):
    text = STAMPED_INVOICE.replace("Timbre fiscal : 1,000 TND\n", "")

    extraction = engine.extract(text, document_type="invoice")
    checks = {check["code"]: check for check in extraction.checks}

    assert checks["subtotal_vat_total"]["passed"] is False


@pytest.mark.parametrize(
    "period",
    [
        "Statement period: 01 Mar 2024 - 31 Mar 2024",
        "Statement period: 01 Mar 2024 \u2013 31 Mar 2024",
        "Period: 1 March 2024 to 31 March 2024",
    ],
)
def test_statement_dated_by_period_end(period):
    text = (
        f"ACCOUNT STATEMENT No. 3\n{period}\n"
        "Opening balance: GBP 1,000.00\nClosing balance: GBP 2,000.00\n"
    )

    assert value_of(extract(text, "bank_statement"), "date") == "2024-03-31"


def test_lessor_requisites_heading():
    text = (
        "ДОГОВОР АРЕНДЫ № 12/24\n"
        "г. Москва                                              01.03.2024\n"
        "Арендная плата составляет 172 800,00 рублей в месяц.\n\n"
        f"Реквизиты Арендодателя: р/с {ACCOUNT} в АО «Банк Примерный», "
        f"БИК {BANK_BIK}\n"
        f"Реквизиты Арендатора: ООО «Бета», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
    )

    parties = parties_of(text, "contract")

    assert parties["seller"]["account"] == ACCOUNT
    assert parties["seller"]["bik"] == BANK_BIK
    assert parties["buyer"]["inn"] == BUYER_INN


BANK_TRANSFER_PRINT = (
    "Outgoing message MT202 - General Financial Institution Transfer\n"
    ":20: Transaction Reference Number  FT24158009312\n"
    ":21: Related Reference  NW240606-07\n"
    ":32A: Value Date/Currency/Amount  240606EUR250000,00\n"
    ":52A: Ordering Institution  KDRBRUMMXXX\n"
    ":57A: Account With Institution  ORVLDEFFXXX\n"
    ":58A: Beneficiary Institution  /DE95500105170648512937\n"
    "ORVLDEFFXXX\n"
    ":72: Sender to Receiver Information  /BNF/COVER PAYMENT\n"
)


def test_bank_transfer_print_with_captions(engine):
    assert engine.classify(BANK_TRANSFER_PRINT).document_type == "payment_order"

    parties = parties_of(BANK_TRANSFER_PRINT, "payment_order")

    assert parties["payer"]["swift"] == "KDRBRUMMXXX"
    assert parties["payee"]["swift"] == "ORVLDEFFXXX"


def test_courier_receipt_with_form_captions():
    text = (
        f"ООО «Гермес Экспресс», ИНН {SELLER_INN}, КПП {SELLER_KPP} — курьерская "
        "служба\n"
        "                                     ЭКСПЕДИТОРСКАЯ РАСПИСКА № ГЭ-77120\n"
        "                                     от 12.03.2026\n"
        "ОТПРАВИТЕЛЬ\n"
        f"Организация: ООО «Северный Ветер», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
        "Адрес: 190000, г. Санкт-Петербург, ул. Садовая, д. 10\n\n"
        "ПОЛУЧАТЕЛЬ\n"
        "Организация: ООО «Южный Берег»\n"
    )

    parties = parties_of(text, "waybill")

    assert parties["carrier"]["inn"] == SELLER_INN
    assert parties["carrier"]["name"] == "ООО «Гермес Экспресс»"
    assert parties["shipper"]["inn"] == BUYER_INN
    assert parties["shipper"]["name"] == "ООО «Северный Ветер»"
    assert parties["consignee"]["name"] == "ООО «Южный Берег»"


def test_compound_title_with_number_and_date(engine):
    text = (
        "ООО «СкороКур» — курьерская служба\n"
        f"ИНН {SELLER_INN}, КПП {SELLER_KPP}, 125040, г. Москва\n\n"
        "ЭКСПРЕСС-НАКЛАДНАЯ № СК-0418527 от 14.03.2026\n\n"
        "Отправитель: ООО «Вектор», г. Химки\n"
        "Получатель: ООО «Дельта», г. Казань\n"
        "Стоимость доставки: 850,00 руб.\n"
    )

    assert engine.classify(text).document_type == "waybill"
