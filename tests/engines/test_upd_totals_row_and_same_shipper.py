"""A UPD whose totals row is its only subtotal and whose shipper is "он же"."""

from .form_helpers import (
    BUYER_INN,
    BUYER_KPP,
    SELLER_INN,
    SELLER_KPP,
    extract,
    parties_of,
    value_of,
)

UPD = (
    "Универсальный передаточный документ\n"
    "Счет-фактура № 412 от 14 марта 2026 г. (1)\n"
    "Статус: 1\n"
    "Продавец: ООО «Вектор» (2)\n"
    f"ИНН/КПП продавца: {SELLER_INN}/{SELLER_KPP} (2б)\n"
    "Грузоотправитель и его адрес: он же (3)\n"
    "Грузополучатель и его адрес: ООО «Ромашка», г. Санкт-Петербург (4)\n"
    "Покупатель: ООО «Ромашка» (6)\n"
    f"ИНН/КПП покупателя: {BUYER_INN}/{BUYER_KPP} (6б)\n"
    "| № | Товар            | Ед. | Кол-во | Цена   | Без НДС    | Ставка | НДС       "
    "| С НДС      |\n"
    "| 1 | Кабель ВВГ 3х2,5 | м   | 1000   | 85,00  | 85 000,00  | 22%    | 18 700,00 "
    "| 103 700,00 |\n"
    "| 2 | Автомат 16А      | шт  | 40     | 650,00 | 26 000,00  | 22%    | 5 720,00  "
    "| 31 720,00  |\n"
    "| Всего к оплате   |     |        |        | 111 000,00 | X      | 24 420,00 "
    "| 135 420,00 |\n"
)


def test_subtotal_is_net_column_of_totals_row():
    fields = extract(UPD, "upd")

    assert value_of(fields, "subtotal") == "111000.00"
    assert value_of(fields, "vat") == "24420.00"
    assert value_of(fields, "total") == "135420.00"


def test_totals_row_after_cell_rule():
    rows = extract(UPD, "upd")["line_items"]

    assert [row["description"]["value"] for row in rows] == [
        "Кабель ВВГ 3х2,5",
        "Автомат 16А",
    ]


def test_totals_row_without_vat_column_gives_no_subtotal():
    text = UPD.replace("| X      | 24 420,00 ", "| X      |           ")

    assert value_of(extract(text, "upd"), "subtotal") is None


def test_shipper_he_same_takes_seller_name():
    parties = parties_of(UPD, "upd")

    assert parties["shipper"] == {"name": "ООО «Вектор»"}


def test_shipper_he_same_without_seller_name_dropped():
    text = UPD.replace("Продавец: ООО «Вектор» (2)\n", "")

    assert "shipper" not in parties_of(text, "upd")
