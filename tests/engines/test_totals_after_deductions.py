"""Totals beside deductions, on forms printed cell by cell, and of credit notes."""

import pytest

from .form_helpers import extract, value_of

ACT_WITH_ADVANCE = """АКТ № 24-11 от 29.11.2024
Итого: 97 500,00 руб.
НДС не облагается.
Зачтен аванс по платежному поручению № 611 от 05.11.2024: 30 000,00 руб.
Остаток к оплате: 67 500,00 руб.
"""

INVOICE_WITH_DEPOSIT = """INVOICE No. HS-104
TOTAL £7,416.00
50% deposit paid 30 Jan 2025 £3,708.00
Balance due on shipment £3,708.00
"""

INVOICE_WITH_DISCOUNT = """Счет на оплату № 9 от 01.02.2025
Итого: 10 000,00
Скидка: 1 000,00
Итого к оплате: 9 000,00
"""


@pytest.mark.parametrize(
    ("text", "document_type", "total", "amount_due"),
    [
        (ACT_WITH_ADVANCE, "act", "97500.00", "67500.00"),
        (INVOICE_WITH_DEPOSIT, "invoice", "7416.00", "3708.00"),
    ],
)
def test_total_before_advance_and_rest_due(text, document_type, total, amount_due):
    fields = extract(text, document_type)

    assert value_of(fields, "total") == total
    assert value_of(fields, "amount_due") == amount_due


def test_discount_is_no_advance():
    fields = extract(INVOICE_WITH_DISCOUNT, "invoice")

    assert value_of(fields, "total") == "9000.00"
    assert "amount_due" not in fields


def test_deduction_must_make_up_difference():
    text = ACT_WITH_ADVANCE.replace("30 000,00", "25 000,00")

    fields = extract(text, "act")

    assert value_of(fields, "total") == "67500.00"
    assert "amount_due" not in fields


UPD_CELLS = """Универсальный передаточный документ
Счет-фактура №
УТ-2291
Всего к оплате (9)
205 800,00
Х
41 160,00
246 960,00
Документ составлен на 1 листе
"""

TORG12_CELLS = """ТОВАРНАЯ НАКЛАДНАЯ № 318 от 11.08.2025
Итого
120
2 500,000
Х
100 000,00
Х
20 000,00
120 000,00
"""


def test_cells_under_column_number_give_total():
    assert value_of(extract(UPD_CELLS, "upd"), "total") == "246960.00"


def test_quantity_cell_kept_out_of_sum():
    assert value_of(extract(TORG12_CELLS, "waybill"), "total") == "120000.00"


def test_credit_note_total_not_cited_invoice():
    text = """CREDIT NOTE
Credit note no.: CN-81
Reference: invoice INV-1147 of 28.04.2025 (invoice total 24.870,00 €)
Net credit: 3.218,40 €
Total credit: 3.218,40 €
"""

    assert value_of(extract(text, "invoice"), "total") == "3218.40"


def test_contract_value_of_goods():
    text = """ДОГОВОР ПОСТАВКИ № 12
2.1. Цена одного агрегата составляет 306 000 рублей 00 копеек.
2.2. Общая стоимость Товара по настоящему Договору составляет 1 836 000 рублей
00 копеек.
"""

    assert value_of(extract(text, "contract"), "total") == "1836000.00"
