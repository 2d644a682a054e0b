"""Line-item rows of acts, units after a comma, OCR look-alikes and broken groups."""

import pytest

from ai_agents.engines import get_engine

RU_HEADER = (
    "Счет на оплату № 14 от 02.04.2024\n\n№  Наименование  Кол-во  Ед.  Цена  Сумма\n"
)
EN_HEADER = "INVOICE No. 14\nDate: 2 April 2024\n\nItem  Quantity  Price  Total\n"

ACT = """АКТ СДАЧИ-ПРИЁМКИ ОКАЗАННЫХ УСЛУГ № 2682/20 ОТ 29 АПРЕЛЯ 2025 ГОДА

Заказчик: ЗАО «Химлогистик»
Исполнитель: ЗАО "Строймаш"

№  Наименование  Кол-во  Ед.  Цена  Сумма
1  Юридическая консультация  18  усл  41506,64  747119,52
2  Настройка сетевого оборудования  24  усл  42 326,00  1 015 824,00
Итого: 1762943,52 рублей
Перечисленные работы выполнены в установленный срок и в полном объёме.
"""


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def extract_rows(engine, text: str, document_type: str = "invoice") -> list[dict]:
    extraction = engine.extract(text, document_type=document_type)
    return extraction.fields.get("line_items", [])


def values(row: dict) -> dict[str, str]:
    return {column: cell["value"] for column, cell in row.items()}


def only_row(engine, header: str, line: str, document_type: str = "invoice") -> dict:
    rows = extract_rows(engine, f"{header}{line}\nИтого: 1,00\n", document_type)
    assert len(rows) == 1, rows
    return values(rows[0])


def test_act_rows_read(engine):
    rows = [values(row) for row in extract_rows(engine, ACT, "act")]

    assert len(rows) == 2
    assert rows[0] == {
        "description": "Юридическая консультация",
        "quantity": "18",
        "unit": "усл",
        "unit_price": "41506.64",
        "amount": "747119.52",
    }
    assert rows[1]["description"] == "Настройка сетевого оборудования"
    assert rows[1]["amount"] == "1015824.00"


def test_act_without_table_has_no_rows(engine):
    text = "АКТ № 5 от 01.04.2024\nУслуги оказаны полностью.\nИтого: 5 000,00\n"

    extraction = engine.extract(text, document_type="act")

    assert "line_items" not in extraction.fields


def test_row_number_glued_to_header(engine):
    text = (
        "Акт № 9129/18 от 14.10.2024\n\n№Товар Кол. Цена Сумма\n"
        "1  Техническое обслуживание котельной 10  усл  37 663.00  376630.00\n"
        "Итого: 376 630,00\n"
    )

    rows = [values(row) for row in extract_rows(engine, text, "act")]

    assert [row["description"] for row in rows] == [
        "Техническое обслуживание котельной"
    ]
    assert rows[0]["quantity"] == "10"


@pytest.mark.parametrize(
    ("line", "description"),
    [
        (
            "Cable tie 300 mm, pack  22  57,674.00  1,268,828.00",
            "Cable tie 300 mm, pack",
        ),
        ("Safety goggles, box  3  10.00  30.00", "Safety goggles, box"),
        ("Gloves,  pcs  3  10.00  30.00", "Gloves, pcs"),
    ],
    ids=["pack", "box", "two-spaces"],
)
def test_unit_after_comma_stays_in_description(engine, line, description):
    row = only_row(engine, EN_HEADER, line)

    assert row["description"] == description
    assert "unit" not in row
    assert row["quantity"] == line.split()[-3]


def test_unit_without_comma_is_unit(engine):
    row = only_row(engine, EN_HEADER, "Cable tie 300 mm pack  22  57.00  1,254.00")

    assert row["description"] == "Cable tie 300 mm"
    assert row["unit"] == "pack"
    assert row["quantity"] == "22"


def test_unit_after_name_comma_and_count(engine):
    row = only_row(
        engine, RU_HEADER, "1  Перчатки нитриловые, уп. 28  шт  48724,00  1364272,00"
    )

    assert row["description"] == "Перчатки нитриловые, уп."
    assert row["unit"] == "шт"
    assert row["quantity"] == "28"


# Rows whose quantity, price or amount OCR printed with O, l or З for 0, 1 or 3.
LOOKALIKE_ROWS = [
    pytest.param(
        RU_HEADER,
        "1  Профильная труба 40х20  l7  шт  32 224.00  547808,00",
        ("Профильная труба 40х20", "17", "32224.00", "547808.00"),
        id="ru-quantity-l",
    ),
    pytest.param(
        RU_HEADER,
        "3  Профильная труба 40х20  30  шт  23 590.00  7077O0.00",
        ("Профильная труба 40х20", "30", "23590.00", "707700.00"),
        id="ru-amount-o",
    ),
    pytest.param(
        RU_HEADER,
        "2  Кабель ВВГнг 3х2,5  19  шт l0 404,00  197 676.00",
        ("Кабель ВВГнг 3х2,5", "19", "10404.00", "197676.00"),
        id="ru-price-l",
    ),
    pytest.param(
        RU_HEADER,
        "1  Юридическая консультация  l  усл  41 506,64  41 506,64",
        ("Юридическая консультация", "1", "41506.64", "41506.64"),
        id="ru-lone-l-quantity",
    ),
    pytest.param(
        RU_HEADER,
        "1  Юридическая консультация  З  усл  1 506,00  4 518,00",
        ("Юридическая консультация", "3", "1506.00", "4518.00"),
        id="ru-lone-ze-quantity",
    ),
    pytest.param(
        RU_HEADER,
        "1  Юридическая консультация  1  усл  l 506,64  l 506,64",
        ("Юридическая консультация", "1", "1506.64", "1506.64"),
        id="ru-lone-l-groups",
    ),
    pytest.param(
        EN_HEADER,
        "Cable tie  22  57,674.00  l,268,828.00",
        ("Cable tie", "22", "57674.00", "1268828.00"),
        id="en-amount-leading-l",
    ),
    pytest.param(
        EN_HEADER,
        "Cable tie  12  5,OOO.00  60,000.00",
        ("Cable tie", "12", "5000.00", "60000.00"),
        id="en-price-group-of-o",
    ),
    pytest.param(
        EN_HEADER,
        "Cable tie  12  O.50  6.00",
        ("Cable tie", "12", "0.50", "6.00"),
        id="en-price-leading-o",
    ),
    pytest.param(
        EN_HEADER,
        "Cable tie  l  100.00  100.00",
        ("Cable tie", "1", "100.00", "100.00"),
        id="en-lone-l-quantity",
    ),
]


@pytest.mark.parametrize(("header", "line", "expected"), LOOKALIKE_ROWS)
def test_lookalike_digits_in_numbers(engine, header, line, expected):
    description, quantity, unit_price, amount = expected

    row = only_row(engine, header, line)

    assert row["description"] == description
    assert row["quantity"] == quantity
    assert row["unit_price"] == unit_price
    assert row["amount"] == amount


def test_lookalike_quantity_keeps_raw(engine):
    rows = extract_rows(
        engine,
        RU_HEADER + "1  Профильная труба 40х20  l7  шт  32 224.00  547808,00\n",
    )

    assert rows[0]["quantity"]["raw"] == "l7"
    assert rows[0]["quantity"]["value"] == "17"


def test_unchecked_lone_l_is_litre(engine):
    row = only_row(engine, EN_HEADER, "Distilled water  l  100.00  250.00")

    assert row["unit"] == "l"
    assert "quantity" not in row
    assert row["amount"] == "250.00"


def test_word_o_not_read_as_zero(engine):
    row = only_row(engine, EN_HEADER, "Ring type o  4  2.50  10.00")

    assert row["description"] == "Ring type o"
    assert row["quantity"] == "4"


@pytest.mark.parametrize(
    ("line", "quantity", "amount"),
    [
        (
            "4   Краска фасадная белая 10 л  37  шт  28582,84  1  057 565,08",
            "37",
            "1057565.08",
        ),
        (
            "2  Кабель ВВГнг 3х2,5  22  шт  59 080,00  1 299760.00",
            "22",
            "1299760.00",
        ),
    ],
    ids=["widened-gap", "closed-gap"],
)
def test_broken_digit_groups_join(engine, line, quantity, amount):
    row = only_row(engine, RU_HEADER, line)

    assert row["amount"] == amount
    assert row["quantity"] == quantity
    assert row["unit"] == "шт"
    assert row["description"].endswith(("10 л", "3х2,5"))


def test_spaced_columns_not_joined(engine):
    row = only_row(engine, RU_HEADER, "1  Краска фасадная  2  шт  150  301,00")

    assert row["quantity"] == "2"
    assert row["unit_price"] == "150.00"
    assert row["amount"] == "301.00"
