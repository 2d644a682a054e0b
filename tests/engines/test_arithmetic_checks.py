"""Arithmetic checks of line items, subtotal, VAT and total on synthetic invoices."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.checks import check_arithmetic

from .test_line_items import INVOICE_1C, INVOICE_EN, UPD

ARITHMETIC_CODES = {"line_amount", "line_items_sum", "subtotal_vat_total", "vat_rate"}


@pytest.fixture(scope="module")
def engine():
    return get_engine()


def arithmetic_checks(engine, text: str, document_type: str = "invoice") -> list:
    extraction = engine.extract(text, document_type=document_type)
    return [check for check in extraction.checks if check["code"] in ARITHMETIC_CODES]


def checks_by_code(checks: list, code: str) -> list:
    return [check for check in checks if check["code"] == code]


@pytest.mark.parametrize(
    ("text", "document_type"),
    [(INVOICE_1C, "invoice"), (UPD, "upd"), (INVOICE_EN, "invoice")],
    ids=["1c", "upd", "en"],
)
def test_consistent_documents_pass(engine, text, document_type):
    checks = arithmetic_checks(engine, text, document_type)

    assert {check["code"] for check in checks} == ARITHMETIC_CODES
    for check in checks:
        assert check["passed"], check["message"]


def test_line_amount_fails_on_wrong_row(engine):
    text = INVOICE_EN.replace("$240.00\n", "$250.00\n")

    checks = checks_by_code(arithmetic_checks(engine, text), "line_amount")

    failed = [check for check in checks if not check["passed"]]
    assert len(failed) == 1
    assert failed[0]["fields"] == [
        "line_items.1.quantity",
        "line_items.1.unit_price",
        "line_items.1.amount",
    ]
    assert "240.00" in failed[0]["message"]
    assert "250.00" in failed[0]["message"]


def test_failed_check_keeps_values(engine):
    text = INVOICE_EN.replace("$240.00\n", "$250.00\n")

    extraction = engine.extract(text, document_type="invoice")

    row = extraction.fields["line_items"][1]
    assert row["amount"]["value"] == "250.00"
    assert row["unit_price"]["value"] == "80.00"


def test_line_items_sum_fails(engine):
    text = INVOICE_EN.replace("Subtotal: $345.00", "Subtotal: $355.00")

    checks = checks_by_code(arithmetic_checks(engine, text), "line_items_sum")

    assert len(checks) == 1
    assert checks[0]["passed"] is False
    assert checks[0]["fields"][-1] == "subtotal"
    assert "345.00" in checks[0]["message"]
    assert "355.00" in checks[0]["message"]


def test_line_items_sum_against_total(engine):
    fields = {
        "total": {"value": "30.00"},
        "vat": {"value": "0.00"},
        "line_items": [{"amount": {"value": "10.00"}}, {"amount": {"value": "20.00"}}],
    }

    checks = check_arithmetic(fields, None, vat_included=False)

    assert checks[0]["code"] == "line_items_sum"
    assert checks[0]["passed"] is True
    assert checks[0]["fields"] == [
        "line_items.0.amount",
        "line_items.1.amount",
        "total",
    ]


def test_subtotal_vat_total_fails(engine):
    text = INVOICE_EN.replace("Total: $414.00", "Total: $424.00")

    checks = checks_by_code(arithmetic_checks(engine, text), "subtotal_vat_total")

    assert len(checks) == 1
    assert checks[0]["passed"] is False
    assert checks[0]["fields"] == ["subtotal", "vat", "total"]
    assert "424.00" in checks[0]["message"]


def test_vat_rate_fails(engine):
    text = INVOICE_EN.replace("VAT (20%): $69.00", "VAT (20%): $59.00").replace(
        "Total: $414.00", "Total: $404.00"
    )

    checks = checks_by_code(arithmetic_checks(engine, text), "vat_rate")

    assert len(checks) == 1
    assert checks[0]["passed"] is False
    assert "69.00" in checks[0]["message"]
    assert "59.00" in checks[0]["message"]


def test_vat_rate_included_in_total(engine):
    checks = checks_by_code(arithmetic_checks(engine, INVOICE_1C), "vat_rate")

    assert len(checks) == 1
    assert checks[0]["passed"] is True
    assert checks[0]["fields"][:2] == ["vat", "total"]


def test_vat_rate_included_fails(engine):
    text = INVOICE_1C.replace("НДС 20%: 600,00", "НДС 20%: 720,00")

    checks = checks_by_code(arithmetic_checks(engine, text), "vat_rate")

    assert len(checks) == 1
    assert checks[0]["passed"] is False
    assert "720.00" in checks[0]["message"]


def test_line_amount_rounding(engine):
    fields = {
        "line_items": [
            {
                "quantity": {"value": "3"},
                "unit_price": {"value": "33.333"},
                "amount": {"value": "100.00"},
            }
        ]
    }

    checks = check_arithmetic(fields, None, vat_included=False)

    assert checks[0]["code"] == "line_amount"
    assert checks[0]["passed"] is True


def test_line_amount_zero_decimal_currency():
    fields = {
        "currency": {"value": "JPY"},
        "line_items": [
            {
                "quantity": {"value": "3"},
                "unit_price": {"value": "333.5"},
                "amount": {"value": "1001"},
            }
        ],
    }

    checks = check_arithmetic(fields, None, vat_included=False)

    assert checks[0]["passed"] is True


def test_checks_change_no_value():
    fields = {
        "subtotal": {"value": "100.00"},
        "vat": {"value": "25.00"},
        "total": {"value": "130.00"},
    }

    checks = check_arithmetic(fields, None, vat_included=False)

    assert checks[0]["passed"] is False
    assert fields["total"]["value"] == "130.00"
    assert fields["vat"]["value"] == "25.00"


ACT_VAT_INSIDE = """АКТ № 12 от 28.02.2024
Исполнитель: ООО «Север»
Заказчик: ООО «Юг»
№  Наименование услуги        Ед.    Кол-во  Цена        Сумма
1  Техническое обслуживание   мес.   1       1 000,00    1 000,00
2  Выезд инженера             выезд  1         200,00      200,00
Итого: 1 200,00
НДС 20%: 200,00
"""


def test_act_rows_include_vat(engine):
    checks = checks_by_code(
        arithmetic_checks(engine, ACT_VAT_INSIDE, "act"), "line_items_sum"
    )

    assert len(checks) == 1
    assert checks[0]["passed"], checks[0]["message"]


def test_act_vat_added_to_rows(engine):
    text = ACT_VAT_INSIDE.replace("Итого: 1 200,00", "Итого: 1 200,00\nВсего: 1 440,00")
    text = text.replace("НДС 20%: 200,00", "НДС 20%: 240,00")

    checks = checks_by_code(arithmetic_checks(engine, text, "act"), "line_items_sum")

    assert len(checks) == 1
    assert checks[0]["passed"], checks[0]["message"]


def test_act_rows_wrong_sum_fails(engine):
    text = ACT_VAT_INSIDE.replace("Итого: 1 200,00", "Итого: 1 300,00")

    checks = checks_by_code(arithmetic_checks(engine, text, "act"), "line_items_sum")

    assert len(checks) == 1
    assert not checks[0]["passed"]


def test_act_vat_below_net_total(engine):
    text = ACT_VAT_INSIDE.replace("НДС 20%: 200,00", "НДС 20%: 240,00")

    checks = arithmetic_checks(engine, text, "act")
    sums = checks_by_code(checks, "line_items_sum")

    assert len(sums) == 1
    assert sums[0]["passed"], sums[0]["message"]


def test_act_subtotal_and_gross_total(engine):
    text = ACT_VAT_INSIDE.replace(
        "НДС 20%: 200,00", "НДС 20%: 240,00\nВсего (с учетом НДС): 1 440,00"
    )

    extraction = engine.extract(text, document_type="act")
    checks = [check for check in extraction.checks if check["code"] in ARITHMETIC_CODES]

    assert extraction.fields["subtotal"]["value"] == "1200.00"
    assert extraction.fields["total"]["value"] == "1440.00"
    assert checks_by_code(checks, "subtotal_vat_total")[0]["passed"]


PART_VAT_INVOICE = (
    "СЧЕТ НА ОПЛАТУ № 118 от 12 марта 2026 г.\n"
    "| № | Наименование              | Кол-во | Ед. | Цена      | Сумма     |\n"
    "| 1 | Монтаж оборудования       | 1      | усл | 50 000,00 | 50 000,00 |\n"
    "| 2 | Пусконаладочные работы    | 1      | усл | 30 000,00 | 30 000,00 |\n"
    "| 3 | Обучение персонала        | 1      | усл | 20 000,00 | 20 000,00 |\n"
    "| 4 | Учебные пособия           | 10     | шт  | 1 500,00  | 15 000,00 |\n"
    "Итого без НДС: 115 000,00\n"
    "НДС 22% (на услуги по п. 1-3): 22 000,00\n"
    "Всего к оплате: 137 000,00\n"
)


@pytest.mark.parametrize(
    "note",
    ["(на услуги по п. 1-3)", "(только на поз. 1, 2 и 3)", "(on items 1 to 3)"],
)
def test_vat_on_named_rows_checked_against_their_amounts(engine, note):
    text = PART_VAT_INVOICE.replace("(на услуги по п. 1-3)", note)
    [check] = checks_by_code(arithmetic_checks(engine, text), "vat_rate")

    assert check["passed"], check["message"]
    assert check["fields"] == [
        "vat",
        "line_items.0.amount",
        "line_items.1.amount",
        "line_items.2.amount",
    ]


def test_vat_on_named_rows_fails_on_wrong_amount(engine):
    text = PART_VAT_INVOICE.replace(": 22 000,00", ": 21 000,00").replace(
        "137 000,00", "136 000,00"
    )
    [check] = checks_by_code(arithmetic_checks(engine, text), "vat_rate")

    assert not check["passed"]
    assert "100000.00 × 22% = 22000.00" in check["message"]


def test_vat_on_unnamed_part_unchecked(engine):
    text = PART_VAT_INVOICE.replace("(на услуги по п. 1-3)", "(на услуги)")
    checks = arithmetic_checks(engine, text)

    assert checks_by_code(checks, "vat_rate") == []
    assert all(check["passed"] for check in checks), checks


@pytest.mark.parametrize("note", ["(по ставке 22%)", "(на всю сумму)"])
def test_vat_note_on_whole_paper_checks_the_subtotal(engine, note):
    text = PART_VAT_INVOICE.replace("(на услуги по п. 1-3)", note)
    [check] = checks_by_code(arithmetic_checks(engine, text), "vat_rate")

    assert not check["passed"]
    assert check["fields"] == ["vat", "subtotal"]
