"""Line items read from the goods tables of synthetic invoices and delivery notes."""

import pytest

from ai_agents.engines import get_engine

INVOICE_1C = """Счет на оплату № 45 от 02.04.2024
Поставщик: ООО «Северный ветер», ИНН 7702123454
Покупатель: ООО «Сосна»

№ | Товары (работы, услуги) | Кол-во | Ед. | Цена | Сумма
1 | Бумага офисная А4 | 10 | пач | 250,00 | 2 500,00
2 | Ручка шариковая синяя | 40 | шт | 12,50 | 500,00
3 | Доставка | 1 | усл. ед. | 600,00 | 600,00

Итого: 3 600,00
В том числе НДС 20%: 600,00
Всего к оплате: 3 600,00
Всего наименований 3, на сумму 3 600,00 руб.
"""

GAP = "   "  # text layers set columns apart with runs of spaces

UPD = "\n".join(
    [
        "Универсальный передаточный документ",
        "Счет-фактура № 12 от 05.04.2024",
        "Продавец: ООО «Северный ветер»",
        "Покупатель: ООО «Сосна»",
        "№ п/п   Наименование товара   Код вида товара (ТН ВЭД)   Единица измерения",
        "        код   условное обозначение   Количество   Цена за единицу",
        "        Стоимость без налога   Акциз   Налоговая ставка   Сумма налога",
        "        Стоимость с налогом   Страна происхождения   Номер ДТ",
        GAP.join(
            [
                "1",
                "Насос циркуляционный",
                "8413810000",
                "796",
                "шт",
                "4",
                "12 500,00",
                "50 000,00",
                "без акциза",
                "20%",
                "10 000,00",
                "60 000,00",
                "156",
                "Китай",
                "10702070/010124/0001234",
            ]
        ),
        GAP.join(
            [
                "2",
                "Кабель силовой",
                "8544499108",
                "006",
                "м",
                "150",
                "80,00",
                "12 000,00",
                "без акциза",
                "20%",
                "2 400,00",
                "14 400,00",
                "643",
                "Россия",
                "-",
            ]
        ),
        "Всего к оплате   62 000,00   12 400,00   74 400,00",
        "Стоимость без НДС: 62 000,00",
        "Сумма НДС: 12 400,00",
        "Всего к оплате: 74 400,00 руб.",
        "",
    ]
)

TORG_12 = "\n".join(
    [
        "ТОВАРНАЯ НАКЛАДНАЯ № 7 от 08.04.2024",
        "Унифицированная форма № ТОРГ-12",
        GAP.join(
            [
                "Номер по порядку",
                "Товар, наименование",
                "Ед. изм.",
                "Количество",
                "Цена",
                "Сумма без учета НДС",
                "Ставка НДС",
                "Сумма с учетом НДС",
            ]
        ),
        "1   Плитка настенная   м2   30   900,00   27 000,00   без НДС   27 000,00",
        "2   Клей плиточный   кг   50   40,00   2 000,00   без НДС   2 000,00",
        "Итого: 29 000,00",
        "Без НДС",
        "Всего по накладной: 29 000,00",
        "",
    ]
)

INVOICE_EN = """INVOICE No. 2024-118
Date: April 9, 2024
Bill To: Harbor Supplies Ltd

Description            Qty   Unit    Unit Price    Amount
Steel bracket           25   pcs         $4.20   $105.00
Installation service     3   hours      $80.00   $240.00

Subtotal: $345.00
VAT (20%): $69.00
Total: $414.00
"""

# OCR output: the columns collapse into single spaces, and "10 250,00" could be read
# as ten thousand two hundred fifty.
INVOICE_OCR = """СЧЕТ НА ОПЛАТУ № 9 от 10.04.2024
№ Товары (работы, услуги) Кол-во Ед. Цена Сумма
1 Бумага офисная А4 10 250,00 2 500,00
2 Папка-регистратор 75 мм 5 шт 180,00 900,00
Итого: 3 400,00
Без НДС
Всего к оплате: 3 400,00
"""

PACKING_LIST = """PACKING LIST No. PL-77
Description   HS code   Qty   Unit   Country of origin
Cotton T-shirts   6109100000   500   pcs   China
"""


@pytest.fixture(scope="module")
def engine():
    return get_engine()


def values(row: dict) -> dict:
    return {name: found["value"] for name, found in row.items()}


def extract_rows(engine, text: str, document_type: str) -> list[dict]:
    extraction = engine.extract(text, document_type=document_type)
    return extraction.fields.get("line_items", [])


def test_1c_invoice_rows(engine):
    rows = extract_rows(engine, INVOICE_1C, "invoice")

    assert [values(row) for row in rows] == [
        {
            "description": "Бумага офисная А4",
            "quantity": "10",
            "unit": "пач",
            "unit_price": "250.00",
            "amount": "2500.00",
        },
        {
            "description": "Ручка шариковая синяя",
            "quantity": "40",
            "unit": "шт",
            "unit_price": "12.50",
            "amount": "500.00",
        },
        {
            "description": "Доставка",
            "quantity": "1",
            "unit": "усл. ед.",
            "unit_price": "600.00",
            "amount": "600.00",
        },
    ]


def test_upd_rows(engine):
    rows = extract_rows(engine, UPD, "upd")

    assert len(rows) == 2
    first = values(rows[0])
    assert first["description"] == "Насос циркуляционный"
    assert first["hs_code"] == "8413810000"
    assert first["unit"] == "шт"
    assert rows[0]["unit"]["code"] == "796"
    assert first["quantity"] == "4"
    assert first["unit_price"] == "12500.00"
    assert first["amount"] == "50000.00"
    assert first["vat_rate"] == "20"
    assert first["vat_amount"] == "10000.00"
    assert first["amount_with_vat"] == "60000.00"
    assert first["country_of_origin"] == "Китай"
    assert rows[0]["country_of_origin"]["code"] == "156"


def test_upd_second_row(engine):
    rows = extract_rows(engine, UPD, "upd")

    second = values(rows[1])
    assert second["description"] == "Кабель силовой"
    assert second["unit"] == "м"
    assert rows[1]["unit"]["code"] == "006"
    assert second["quantity"] == "150"
    assert second["amount_with_vat"] == "14400.00"
    assert second["country_of_origin"] == "Россия"


def test_torg12_rows_without_vat(engine):
    rows = extract_rows(engine, TORG_12, "waybill")

    assert len(rows) == 2
    first = values(rows[0])
    assert first["description"] == "Плитка настенная"
    assert first["unit"] == "м2"
    assert first["quantity"] == "30"
    assert first["amount"] == "27000.00"
    assert first["vat_rate"] == "0"
    assert rows[0]["vat_rate"]["no_vat"] is True
    assert rows[0]["vat_rate"]["raw"] == "без НДС"
    assert first["amount_with_vat"] == "27000.00"


def test_english_invoice_rows(engine):
    rows = extract_rows(engine, INVOICE_EN, "invoice")

    assert [values(row) for row in rows] == [
        {
            "description": "Steel bracket",
            "quantity": "25",
            "unit": "pcs",
            "unit_price": "4.20",
            "amount": "105.00",
        },
        {
            "description": "Installation service",
            "quantity": "3",
            "unit": "hours",
            "unit_price": "80.00",
            "amount": "240.00",
        },
    ]


def test_ocr_collapsed_columns(engine):
    rows = extract_rows(engine, INVOICE_OCR, "invoice")

    assert len(rows) == 2
    first = values(rows[0])
    assert first["description"] == "Бумага офисная А4"
    assert first["quantity"] == "10"
    assert first["unit_price"] == "250.00"
    assert first["amount"] == "2500.00"
    second = values(rows[1])
    assert second["description"] == "Папка-регистратор 75 мм"
    assert second["quantity"] == "5"
    assert second["unit"] == "шт"
    assert second["amount"] == "900.00"


def test_packing_list_hs_code(engine):
    rows = extract_rows(engine, PACKING_LIST, "packing_list")

    assert len(rows) == 1
    row = values(rows[0])
    assert row["description"] == "Cotton T-shirts"
    assert row["hs_code"] == "6109100000"
    assert row["quantity"] == "500"
    assert row["country_of_origin"] == "China"


@pytest.mark.parametrize(
    ("text", "document_type"),
    [
        (INVOICE_1C, "invoice"),
        (UPD, "upd"),
        (TORG_12, "waybill"),
        (INVOICE_EN, "invoice"),
        (INVOICE_OCR, "invoice"),
        (PACKING_LIST, "packing_list"),
    ],
    ids=["1c", "upd", "torg12", "en", "ocr", "packing"],
)
def test_row_spans_match_raw(engine, text, document_type):
    rows = extract_rows(engine, text, document_type)

    assert rows
    for index, row in enumerate(rows):
        for name, found in row.items():
            start, end = found["span"]
            assert text[start:end] == found["raw"], f"{index}.{name}"
            assert 0 <= found["confidence"] <= 1, f"{index}.{name}"


@pytest.mark.parametrize(
    ("text", "document_type"),
    [(INVOICE_1C, "invoice"), (UPD, "upd"), (TORG_12, "waybill")],
    ids=["1c", "upd", "torg12"],
)
def test_no_rows_from_totals(engine, text, document_type):
    rows = extract_rows(engine, text, document_type)

    descriptions = [row["description"]["value"].lower() for row in rows]
    for word in ("итого", "всего", "ндс", "к оплате"):
        assert not any(word in found for found in descriptions), word


def test_no_rows_without_header(engine):
    text = "Счет № 5 от 01.04.2024\nИтого: 1 000,00\nНДС 20%: 166,67\nВсего: 1 000,00\n"

    assert extract_rows(engine, text, "invoice") == []


def test_column_numbers_line_skipped(engine):
    text = (
        "Счет № 6 от 01.04.2024\n"
        "№ | Товары | Кол-во | Цена | Сумма\n"
        "1 | 2 | 3 | 4 | 5\n"
        "1 | Скрепки | 2 | 50,00 | 100,00\n"
        "Итого: 100,00\n"
    )

    rows = extract_rows(engine, text, "invoice")

    assert [row["description"]["value"] for row in rows] == ["Скрепки"]


def test_other_needs_clear_table(engine):
    text = "Заметки\nТовар и цена обсуждались, сумма 5 000,00\nИтого 5 000,00\n"

    extraction = engine.extract(text, document_type="other")

    assert "line_items" not in extraction.fields


def test_other_with_clear_table(engine):
    rows = extract_rows(engine, INVOICE_EN, "other")

    assert len(rows) == 2


def test_subtotal_labels(engine):
    cases = [
        (INVOICE_EN, "invoice", "345.00"),
        (UPD, "upd", "62000.00"),
        (INVOICE_1C, "invoice", "3600.00"),
    ]
    for text, document_type, expected in cases:
        extraction = engine.extract(text, document_type=document_type)
        assert extraction.fields["subtotal"]["value"] == expected, document_type


# An act that lists its services with an amount each and no quantities or prices.
ACT_AMOUNT_LIST = """АКТ № 34 от 30.04.2026
Исполнитель: ООО «КонсалтПро», ИНН 7701456789, КПП 770101001
Заказчик: ООО «Гранит», ИНН 7706543210, КПП 770601001

| №  | Наименование работ, услуг               | Сумма      |
| 1  | Абонентское обслуживание за апрель 2026 | 30 000,00  |
| 2  | Ремонт 3 насосов НШ-10                  | 18 600,00  |
| 3  | Выезд специалиста (2 раза)              | 4 000,00   |
| Итого:                                       | 52 600,00  |
Без НДС (УСН).
"""


def test_amount_list_rows(engine):
    rows = extract_rows(engine, ACT_AMOUNT_LIST, "act")

    assert [values(row) for row in rows] == [
        {
            "description": "Абонентское обслуживание за апрель 2026",
            "amount": "30000.00",
        },
        {"description": "Ремонт 3 насосов НШ-10", "amount": "18600.00"},
        {"description": "Выезд специалиста (2 раза)", "amount": "4000.00"},
    ]


def test_amount_list_sums_to_total(engine):
    extraction = engine.extract(ACT_AMOUNT_LIST, document_type="act")

    sums = [check for check in extraction.checks if check["code"] == "line_items_sum"]
    assert sums
    assert all(check["passed"] for check in sums)
