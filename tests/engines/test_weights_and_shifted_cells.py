"""Weight columns in goods tables and totals rows, net-amount captions that are not
an exemption, and a form's number row shifted one cell to the left by a scan."""

from ai_agents.engines.extractor import FieldExtractor
from ai_agents.engines.text import NormalizedText

from .form_helpers import BUYER_INN, SELLER_INN, extract, value_of

WEIGHT_WAYBILL = (
    "ТОВАРНАЯ НАКЛАДНАЯ № 118 от 12.03.2026\n"
    f"Поставщик: ООО «Зерно-Трейд», ИНН {SELLER_INN}\n"
    f"Покупатель: ООО «Мукомол», ИНН {BUYER_INN}\n\n"
    "№  Наименование        Ед.  Кол-во   Масса нетто, кг   Цена       "
    "Сумма без НДС   НДС 10%     Сумма с НДС\n"
    "1  Пшеница 3 класса    т    25       25 000,000        15 000,00  "
    "375 000,00      37 500,00   412 500,00\n"
    "2  Мешки полипропилен  шт   500      1 250,500         20,00      "
    "10 000,00       1 000,00    11 000,00\n"
    "   Итого                    525      26 250,500                   "
    "385 000,00      38 500,00   423 500,00\n\n"
    "Всего отпущено на сумму: четыреста двадцать три тысячи пятьсот рублей 00 копеек\n"
)


def _rows(fields: dict) -> list[dict[str, str]]:
    return [
        {key: cell["value"] for key, cell in row.items()}
        for row in fields["line_items"]
    ]


def test_weight_column_before_price():
    rows = _rows(extract(WEIGHT_WAYBILL, "waybill"))

    assert [
        (row["quantity"], row["unit_price"], row["amount"], row["vat_amount"])
        for row in rows
    ] == [
        ("25", "15000.00", "375000.00", "37500.00"),
        ("500", "20.00", "10000.00", "1000.00"),
    ]
    assert [row["amount_with_vat"] for row in rows] == ["412500.00", "11000.00"]
    assert [row["unit"] for row in rows] == ["т", "шт"]
    assert [row["description"] for row in rows] == [
        "Пшеница 3 класса",
        "Мешки полипропилен",
    ]


def test_vat_from_totals_row_of_worded_total():
    fields, checks = FieldExtractor().extract(NormalizedText(WEIGHT_WAYBILL), "waybill")

    assert value_of(fields, "total") == "423500.00"
    assert value_of(fields, "subtotal") == "385000.00"
    # "Сумма без НДС" captions the net column; it does not exempt the goods.
    assert value_of(fields, "vat") == "38500.00"
    failed = [check["code"] for check in checks if not check["passed"]]
    assert failed == []


def test_weight_alone_in_totals_row_is_no_subtotal():
    text = (
        "Счет на оплату № 46 от 02.04.2026\n"
        f"Поставщик: ООО «Зерно-Трейд», ИНН {SELLER_INN}\n\n"
        "Товар                  Кол-во   Вес, кг      Цена      Сумма\n"
        "Мешки полипропилен     500      1 250,500    20,00     10 000,00\n"
        "Итого:   1 250,500\n"
        "Итого к оплате 10 000,00 руб., в том числе НДС 20% 1 666,67\n"
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "subtotal") is None
    assert value_of(fields, "total") == "10000.00"
    assert value_of(fields, "vat") == "1666.67"


def test_weight_before_amount_in_totals_row():
    text = (
        "Счет на оплату № 45 от 02.04.2026\n"
        f"Поставщик: ООО «Зерно-Трейд», ИНН {SELLER_INN}\n\n"
        "Товар                  Кол-во   Вес, кг      Цена      Сумма\n"
        "Мешки полипропилен     500      1 250,500    20,00     10 000,00\n"
        "Итого                           1 250,500              10 000,00\n"
        "В том числе НДС 20%                                     1 666,67\n"
        "Всего к оплате: 10 000,00 руб.\n"
    )

    assert value_of(extract(text, "invoice"), "subtotal") == "10000.00"


def test_exempt_goods_still_read_as_no_vat():
    text = (
        "Счет на оплату № 47 от 02.04.2026\n"
        f"Поставщик: ИП Иванов, ИНН {SELLER_INN}\n"
        "Итого к оплате: 8 400,00 руб.\n"
        "Без НДС (упрощенная система налогообложения)\n"
    )

    assert value_of(extract(text, "invoice"), "vat") == "0.00"


def test_form_number_row_shifted_left():
    text = (
        "Унифицированная форма № ТОРГ-12\n"
        f"Поставщик: ООО «Кормовая база», ИНН {SELLER_INN}\n\n"
        "                 ТОВАРНАЯ НАКЛАДНАЯ | Номер документа | Дата составления\n"
        "                            | КБ-0093    | 05.03.2026   |\n\n"
        "Всего отпущено на сумму 1 330 560,00 руб.\n"
    )

    fields = extract(text, "waybill")

    assert value_of(fields, "number") == "КБ-0093"
    assert value_of(fields, "date") == "2026-03-05"


def test_form_number_row_in_place():
    text = (
        "                 ТОВАРНАЯ НАКЛАДНАЯ | Номер документа | Дата составления\n"
        "                                    | 0093            | 05.03.2026\n"
    )

    assert value_of(extract(text, "waybill"), "number") == "0093"
