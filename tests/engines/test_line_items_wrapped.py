"""Line items whose description wraps onto lines that carry no numbers."""

import pytest

from ai_agents.engines import get_engine

# The name goes on below the line with the numbers, as 1C prints long names.
INVOICE_RU_AFTER = """Счет на оплату № 51 от 12.04.2024
Поставщик: ООО «Северный ветер», ИНН 7702123454
Покупатель: ООО «Сосна»

№ | Товары (работы, услуги) | Кол-во | Ед. | Цена | Сумма
1 | Бумага офисная А4 марки «Снегурочка» | 10 | пач | 250,00 | 2 500,00
  | плотность 80 г/м2, 500 листов
2 | Кабель силовой ВВГнг(А)-LS | 150 | м | 80,00 | 12 000,00
  | 3х2,5 мм, медный,
  | в бухтах по 50 м
3 | Доставка | 1 | усл. ед. | 600,00 | 600,00
Итого: 15 100,00
В том числе НДС 20%: 2 516,67
Всего к оплате: 15 100,00
Всего наименований 3, на сумму 15 100,00 руб.
Пятнадцать тысяч сто рублей 00 копеек
"""

# OCR text, where the columns collapse into single spaces and rows have no numbers.
INVOICE_EN_AFTER = """INVOICE No. 2024-131
Date: April 15, 2024
Bill To: Harbor Supplies Ltd

Description Qty Unit Unit Price Amount
Stainless steel bracket, 25 pcs $4.20 $105.00
galvanized, M8 thread
Installation and commissioning 3 hours $80.00 $240.00
service on site
Subtotal: $345.00
VAT (20%): $69.00
Total: $414.00
"""

# The name starts above the numbers, which sit on the last line of the cell.
WAYBILL_RU_BEFORE = """ТОВАРНАЯ НАКЛАДНАЯ № 14 от 18.04.2024
Унифицированная форма № ТОРГ-12
Номер по порядку   Товар, наименование   Ед. изм.   Количество   Цена   Сумма
1   Насос циркуляционный
    Grundfos UPS 25-60,
    с гайками   шт   4   12 500,00   50 000,00
2   Плитка настенная   м2   30   900,00   27 000,00
Итого: 77 000,00
Отпуск груза разрешил __________ Петров П.П.
"""

INVOICE_EN_BEFORE = """INVOICE No. 2024-140
Date: April 20, 2024

Description   Qty   Unit   Unit Price   Amount
Annual support subscription,
premium tier   1   set   $1,200.00   $1,200.00
Onsite training session,
two trainers   2   hours   $150.00   $300.00

Total: $1,500.00
Authorized by: ____________ J. Smith
"""

# The line with the numbers has no text of its own.
INVOICE_EN_NUMBERS_ONLY = """INVOICE No. 2024-144
Description   Qty   Unit   Unit Price   Amount
Cable ties   100   pcs   $0.10   $10.00
Heavy duty extension cord,
10 m, black
                             2   pcs   $12.00   $24.00
Total: $34.00
"""

INVOICE_RU_FLAT = """Счет на оплату № 45 от 02.04.2024
Поставщик: ООО «Северный ветер», ИНН 7702123454

№ | Товары (работы, услуги) | Кол-во | Ед. | Цена | Сумма
1 | Бумага офисная А4 | 10 | пач | 250,00 | 2 500,00
2 | Ручка шариковая синяя | 40 | шт | 12,50 | 500,00
Итого: 3 000,00
Без налога (НДС)
Руководитель __________ Иванов И.И.
"""

INVOICE_EN_FLAT = """INVOICE No. 2024-118
Description            Qty   Unit    Unit Price    Amount
Steel bracket           25   pcs         $4.20   $105.00
Installation service     3   hours      $80.00   $240.00
Subtotal: $345.00
Thank you for your business!
"""

# A last row followed straight away by text that is not part of its name.
INVOICE_RU_FOOTER = """Счет на оплату № 60 от 22.04.2024
№ | Товары (работы, услуги) | Кол-во | Ед. | Цена | Сумма
1 | Картридж лазерный | 2 | шт | 3 500,00 | 7 000,00
Сумма прописью: семь тысяч рублей 00 копеек
Семь тысяч рублей 00 копеек
"""

UPD_RU_SIGNATURE = """Универсальный передаточный документ
Счет-фактура № 61 от 23.04.2024
№ | Наименование товара | Кол-во | Ед. | Цена | Сумма
1 | Перчатки нитриловые | 20 | уп | 450,00 | 9 000,00
Товар (груз) передал __________ Петров П.П.
Товар (груз) получил __________ Сидоров С.С.
"""

INVOICE_EN_SENTENCE = """INVOICE No. 2024-152
Description   Qty   Unit   Unit Price   Amount
Office chair   2   pcs   $120.00   $240.00
Goods remain the property of the seller until paid in full.
Thank you for your business!
"""

INVOICE_EN_SECTION = """INVOICE No. 2024-150
Description   Qty   Unit   Unit Price   Amount
Section A: Hardware
Network switch 24 ports   1   pcs   $320.00   $320.00
Section B - Services
Configuration   2   hours   $90.00   $180.00
Received by: J. Smith
"""

ALL_TABLES = [
    (INVOICE_RU_AFTER, "invoice"),
    (INVOICE_EN_AFTER, "invoice"),
    (WAYBILL_RU_BEFORE, "waybill"),
    (INVOICE_EN_BEFORE, "invoice"),
    (INVOICE_EN_NUMBERS_ONLY, "invoice"),
    (INVOICE_RU_FLAT, "invoice"),
    (INVOICE_EN_FLAT, "invoice"),
    (INVOICE_RU_FOOTER, "invoice"),
    (UPD_RU_SIGNATURE, "upd"),
    (INVOICE_EN_SENTENCE, "invoice"),
    (INVOICE_EN_SECTION, "invoice"),
]
ALL_IDS = [
    "ru-after",
    "en-after",
    "ru-before",
    "en-before",
    "en-numbers-only",
    "ru-flat",
    "en-flat",
    "ru-footer",
    "ru-signature",
    "en-sentence",
    "en-section",
]


@pytest.fixture(scope="module")
def engine():
    return get_engine()


def extract_rows(engine, text: str, document_type: str) -> list[dict]:
    extraction = engine.extract(text, document_type=document_type)
    return extraction.fields.get("line_items", [])


def descriptions(rows: list[dict]) -> list[str]:
    return [row["description"]["value"] for row in rows]


def test_ru_continuation_after_numbers(engine):
    rows = extract_rows(engine, INVOICE_RU_AFTER, "invoice")

    assert descriptions(rows) == [
        "Бумага офисная А4 марки «Снегурочка» плотность 80 г/м2, 500 листов",
        "Кабель силовой ВВГнг(А)-LS 3х2,5 мм, медный, в бухтах по 50 м",
        "Доставка",
    ]


def test_ru_wrapped_rows_keep_numbers(engine):
    rows = extract_rows(engine, INVOICE_RU_AFTER, "invoice")

    second = rows[1]
    assert second["quantity"]["value"] == "150"
    assert second["unit"]["value"] == "м"
    assert second["unit_price"]["value"] == "80.00"
    assert second["amount"]["value"] == "12000.00"


def test_en_continuation_after_numbers(engine):
    rows = extract_rows(engine, INVOICE_EN_AFTER, "invoice")

    assert descriptions(rows) == [
        "Stainless steel bracket, galvanized, M8 thread",
        "Installation and commissioning service on site",
    ]
    assert rows[1]["amount"]["value"] == "240.00"


def test_ru_name_before_numbers(engine):
    rows = extract_rows(engine, WAYBILL_RU_BEFORE, "waybill")

    assert descriptions(rows) == [
        "Насос циркуляционный Grundfos UPS 25-60, с гайками",
        "Плитка настенная",
    ]
    first = rows[0]
    assert first["quantity"]["value"] == "4"
    assert first["unit"]["value"] == "шт"
    assert first["amount"]["value"] == "50000.00"


def test_en_name_before_numbers(engine):
    rows = extract_rows(engine, INVOICE_EN_BEFORE, "invoice")

    assert descriptions(rows) == [
        "Annual support subscription, premium tier",
        "Onsite training session, two trainers",
    ]
    assert rows[1]["quantity"]["value"] == "2"
    assert rows[0]["unit_price"]["value"] == "1200.00"


def test_numbers_line_takes_name_above(engine):
    rows = extract_rows(engine, INVOICE_EN_NUMBERS_ONLY, "invoice")

    assert descriptions(rows) == [
        "Cable ties",
        "Heavy duty extension cord, 10 m, black",
    ]
    assert rows[1]["quantity"]["value"] == "2"
    assert rows[1]["amount"]["value"] == "24.00"


def test_stray_numbers_not_a_row(engine):
    text = (
        "INVOICE No. 2024-150\n"
        "Description   Qty   Unit Price   Amount\n"
        "Memory card   1   $278.61   $278.61\n"
        "\n"
        "CST\n"
        "40.39   319.00\n"
    )

    rows = extract_rows(engine, text, "invoice")

    assert descriptions(rows) == ["Memory card"]


@pytest.mark.parametrize(
    ("text", "document_type", "expected"),
    [
        (INVOICE_RU_FLAT, "invoice", ["Бумага офисная А4", "Ручка шариковая синяя"]),
        (INVOICE_EN_FLAT, "invoice", ["Steel bracket", "Installation service"]),
    ],
    ids=["ru", "en"],
)
def test_unwrapped_rows_unchanged(engine, text, document_type, expected):
    rows = extract_rows(engine, text, document_type)

    assert descriptions(rows) == expected


@pytest.mark.parametrize(
    ("text", "document_type", "expected"),
    [
        (INVOICE_RU_FOOTER, "invoice", ["Картридж лазерный"]),
        (UPD_RU_SIGNATURE, "upd", ["Перчатки нитриловые"]),
        (INVOICE_EN_SENTENCE, "invoice", ["Office chair"]),
    ],
    ids=["amount-in-words", "signatures", "sentences"],
)
def test_footer_lines_not_joined(engine, text, document_type, expected):
    rows = extract_rows(engine, text, document_type)

    assert descriptions(rows) == expected


def test_section_headers_not_joined(engine):
    rows = extract_rows(engine, INVOICE_EN_SECTION, "invoice")

    assert descriptions(rows) == ["Network switch 24 ports", "Configuration"]


@pytest.mark.parametrize(("text", "document_type"), ALL_TABLES, ids=ALL_IDS)
def test_no_totals_or_signatures_joined(engine, text, document_type):
    rows = extract_rows(engine, text, document_type)

    assert rows
    for value in descriptions(rows):
        folded = value.lower()
        for word in ("итого", "всего", "ндс", "total", "subtotal", "прописью"):
            assert word not in folded, (word, value)
        assert "__" not in value, value
        assert "рублей" not in folded, value


@pytest.mark.parametrize(("text", "document_type"), ALL_TABLES, ids=ALL_IDS)
def test_description_span_covers_all_words(engine, text, document_type):
    rows = extract_rows(engine, text, document_type)

    for index, row in enumerate(rows):
        found = row["description"]
        start, end = found["span"]
        words = found["value"].split()
        assert text[start:end] == found["raw"], index
        assert text[start:end].startswith(words[0]), index
        assert text[start:end].endswith(words[-1]), index


@pytest.mark.parametrize(("text", "document_type"), ALL_TABLES, ids=ALL_IDS)
def test_all_row_spans_match_raw(engine, text, document_type):
    rows = extract_rows(engine, text, document_type)

    for index, row in enumerate(rows):
        for name, found in row.items():
            start, end = found["span"]
            assert text[start:end] == found["raw"], f"{index}.{name}"


def test_page_footer_and_repeated_header_not_wrapped(engine):
    text = (
        "INVOICE No. 2025-118\nDate: 03/04/2025\n"
        "Description            Qty   Unit price   Amount\n"
        "Widgets                10    5.00         50.00\n"
        "Gadgets                4     12.50        50.00\n"
        "Page 1 of 2\n\n"
        "Invoice No. 2025-118 (continued)\n"
        "Service fee            1     20.00        20.00\n"
        "Total                                     120.00\n"
    )

    rows = extract_rows(engine, text, "invoice")

    assert descriptions(rows) == ["Widgets", "Gadgets", "Service fee"]
