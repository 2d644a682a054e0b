"""Forms of freight, customs and garment trade papers.

They cover a statement's currency from its account, a block whose details are "the
same", a transport order's carrier and freight, and numbers OCR filled with O and
I. Headings of papers of no built-in type, a railway bill's consignment number, a
Turkish passport's dates and the roles of franchises and trade fairs follow."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.ocr_repairs import repair_number_digits
from ai_agents.engines.parsing import parse_date

from .form_helpers import extract, parties_of, value_of


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


STATEMENT = (
    "АО «Банк», БИК 044525318\n"
    "ВЫПИСКА № 16 ИЗ ЛИЦЕВОГО СЧЕТА 40702810727720029989\n"
    "Владелец счета: ООО «Вектор Транзит», ИНН 7722041584, КПП 772201001\n"
    "Входящий остаток на 13.04.2026: 2 846 315,27\n"
    "| Дата  | № | Назначение платежа                     | Дебет     | Кредит |\n"
    "| 15.04 | 518 | Оплата № 27: 760,00 USD по курсу 82,91 | 63 014,26 |        |\n"
    "| 16.04 | 523 | Покупка 1 000,00 USD по курсу 85,97    | 85 970,00 |        |\n"
    "Исходящий остаток на 17.04.2026: 2 697 331,01\n"
)


def test_statement_currency_is_its_account_currency():
    assert value_of(extract(STATEMENT, "bank_statement"), "currency") == "RUB"


def test_statement_currency_follows_dollar_account():
    text = STATEMENT.replace("40702810727720029989", "40702840427720029989")

    assert value_of(extract(text, "bank_statement"), "currency") == "USD"


@pytest.mark.parametrize(
    ("caption", "code"),
    [
        ("Валюта счета: российский рубль", "RUB"),
        ("Валюта: Российский рубль", "RUB"),
        ("Валюта счета: белорусский рубль", "BYN"),
        ("Currency: EUR", "EUR"),
        ("Валюта: доллар США", "USD"),
    ],
)
def test_currency_caption_in_words(caption, code):
    text = f"Выписка № 3 за 01.03.2026\n{caption}\nОплата 100,00 USD по курсу 90,00\n"

    assert value_of(extract(text, "bank_statement"), "currency") == code


def test_block_with_same_details_takes_them():
    text = (
        "ТОВАРНАЯ НАКЛАДНАЯ № ШМ-0412 от 03.03.2026\n"
        "Грузоотправитель: ООО «Мануфактура», ИНН 3706168970, КПП 370601001,\n"
        "р/с 40702810068469788093 в ПАО «Банк», БИК 042406633\n"
        "Грузополучатель: ООО «Уводь», ИНН 3702158812, КПП 370201001\n"
        "Поставщик: ООО «Мануфактура», реквизиты те же\n"
        "Плательщик: ООО «Уводь», реквизиты те же\n"
    )

    parties = parties_of(text, "waybill")

    assert parties["seller"]["inn"] == "3706168970"
    assert parties["seller"]["account"] == "40702810068469788093"
    assert parties["buyer"]["inn"] == "3702158812"
    assert parties["buyer"]["name"] == "ООО «Уводь»"


def test_block_of_other_company_copies_nothing():
    text = (
        "ТОВАРНАЯ НАКЛАДНАЯ № 5 от 03.03.2026\n"
        "Грузоотправитель: ООО «Мануфактура», ИНН 3706168970, КПП 370601001\n"
        "Поставщик: ООО «Торговый дом», реквизиты те же\n"
    )

    assert "inn" not in parties_of(text, "waybill")["seller"]


TRANSPORT_ORDER = (
    "ДОГОВОР-ЗАЯВКА № 318 от 30.03.2026\n"
    "на перевозку груза автомобильным транспортом\n\n"
    "Заказчик:    ООО «Вектор Транзит», ИНН 7722041584, КПП 772201001\n"
    "Перевозчик:  ИП Гусейнов Рашид Алиевич, ИНН 695027947391,\n"
    "             р/с 40802810938179637127, БИК 042809514\n\n"
    "| Маршрут | г. Санкт-Петербург — г. Подольск                  |\n"
    "| Ставка  | 136 000 руб. (2 а/м x 68 000 руб.), без НДС (УСН) |\n"
    "1. За срыв подачи ТС Перевозчик уплачивает штраф 10 000 руб.\n"
)


def test_transport_order_carrier_sells_carriage():
    parties = parties_of(TRANSPORT_ORDER, "contract")

    assert parties["seller"]["inn"] == "695027947391"
    assert parties["buyer"]["inn"] == "7722041584"
    assert "carrier" not in parties


def test_transport_order_freight_is_its_total():
    fields = extract(TRANSPORT_ORDER, "contract")

    assert value_of(fields, "total") == "136000.00"


def test_vat_rate_caption_is_no_freight():
    text = TRANSPORT_ORDER.replace("| Ставка  |", "| Ставка НДС |")

    assert value_of(extract(text, "contract"), "total") != "136000.00"


def test_waybill_carrier_keeps_its_role():
    text = (
        "CMR № 7731\nОтправитель: ООО «Вектор», ИНН 7722041584\n"
        "Перевозчик: ИП Гусейнов Рашид Алиевич, ИНН 695027947391\n"
    )

    assert "carrier" in parties_of(text, "waybill")


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("KRT2O26OOOOOOI84", "KRT2026000000184"),
        ("AB2OOO", "AB2OOO"),  # too few figures to call the O zeros
        ("ЗН-2O26", "ЗН-2026"),
    ],
)
def test_long_figure_run_after_prefix(printed, number):
    assert repair_number_digits(printed) == number


def test_delivery_order_numbered_under_heading(engine):
    text = (
        "ORIENT STAR SHIPPING LLC\nGeneral agents for ORIENT STAR LINES LTD.\n\n"
        "                  DELIVERY ORDER\n"
        "No. DO-SPB-260330-0117                          Date: 30 March 2026\n\n"
        "To: Nevsky Container Terminal LLC\n"
        "B/L No.:  OSCLNGB2602147        Vessel / voyage: ORIENT HARMONY / 026W\n"
        "| Container   | Type | Seal      | Packages   |\n"
        "| OSCU4827166 | 40HC | OS2604817 | 23 pallets |\n"
    )

    assert engine.classify(text).document_type == "other"
    assert value_of(extract(text, "other"), "number") == "DO-SPB-260330-0117"


def test_stocktaking_list_is_other_with_its_number(engine):
    text = (
        "ООО «Лён и Хлопок», ИНН 7604205998\n"
        "Структурное подразделение: магазин № 3\n\n"
        "ИНВЕНТАРИЗАЦИОННАЯ ОПИСЬ ТОВАРНО-МАТЕРИАЛЬНЫХ ЦЕННОСТЕЙ № 03-07/26\n"
        "Дата составления 31.03.2026\n"
        "| № | Товар   | Цена, руб. | Факт, шт. | Факт, сумма |\n"
        "| 1 | Платье  |   3 290,00 |        24 |   78 960,00 |\n"
    )

    assert engine.classify(text).document_type == "other"
    assert value_of(extract(text, "other"), "number") == "03-07/26"


def test_railway_bill_numbered_by_consignment():
    text = (
        "НАКЛАДНАЯ СМГС                         Отправка № 20716354\n"
        "1 Отправитель: АО «Упа-Химпром», ИНН 7116050910, КПП 711601001\n"
        "11 Документы: сертификат качества № 318\n"
    )

    assert value_of(extract(text, "waybill"), "number") == "20716354"


@pytest.mark.parametrize(
    ("printed", "iso"),
    [("08 HAZ/JUN 21", "2021-06-08"), ("14 EYL/SEP 81", "1981-09-14")],
)
def test_turkish_month_before_english_one(printed, iso):
    assert parse_date(printed).iso == iso


@pytest.mark.parametrize(
    ("seller_word", "buyer_word"),
    [("Правообладатель", "Пользователь"), ("Organiser", "Exhibitor")],
)
def test_franchise_and_fair_roles(seller_word, buyer_word):
    text = (
        "АКТ № 7 от 31.03.2026\n"
        f"{seller_word}: ООО «Лён и Хлопок», ИНН 7604205998, КПП 760401001\n"
        f"{buyer_word}: ООО «Уводь», ИНН 3702158812, КПП 370201001\n"
        "Всего к оплате: 151 560,60 руб.\n"
    )

    parties = parties_of(text, "act")

    assert parties["seller"]["inn"] == "7604205998"
    assert parties["buyer"]["inn"] == "3702158812"


def test_receipt_user_is_seller():
    text = (
        "КАССОВЫЙ ЧЕК № 12\nПРИХОД\n"
        "Пользователь: ООО «Лён и Хлопок», ИНН 7604205998\n"
        "ИТОГ: 3 290,00\n"
    )

    assert parties_of(text, "receipt")["seller"]["inn"] == "7604205998"


def test_swift_tag_read_with_quote_types_transfer(engine):
    text = (
        "Outgoing SWIFT message - customer copy\n"
        ":20: Sender's Reference\n    UV260312-01\n"
        ":32A: Value Date / Currency / Amount\n    260312USD42315,00\n"
        "‘50K: Ordering Customer\n    /40702840817075364556\n    OOO UVOD\n"
        ":59: Beneficiary Customer\n    /TR510006704533314789328804\n"
        "    EGE DENIM TEKSTIL A.S.\n"
    )

    assert engine.classify(text).document_type == "payment_order"


def test_rule_read_as_bracket_parts_totals_row():
    text = (
        "Счет-фактура № МР-0317 от 17.03.2026\n"
        "|№|Наименование |Кол-во| Цена    | Без НДС  |НДС| Сумма НДС | С НДС |\n"
        "|1|Ботинки      | 60   |6 300,00 |378 000,00|22%| 83 160,00 | 461 160,00|\n"
        "|Всего к оплате (9) | 60 | |378 000,00] Х |83 160,00]461 160,00]\n"
    )

    assert value_of(extract(text, "upd"), "total") == "461160.00"


@pytest.mark.parametrize(
    "title_line",
    ["Invoice №.: NBS-EX-260206", "INVOICE Мо. NBS-EX-260206"],
)
def test_number_signs_as_ocr_reads_them(title_line):
    text = f"COMMERCIAL INVOICE\n\n{title_line}      Date: Feb 6, 2026\n"

    assert value_of(extract(text, "invoice"), "number") == "NBS-EX-260206"
