"""Number signs that OCR misread after spaced or two-word titles, extracts from
registers, paper names in sentences, air waybill corners, SWIFT remittance lines,
statement tables without a date column, overall prices and blanks inside amounts."""

import pytest

from ai_agents.engines import get_engine

from .form_helpers import (
    ACCOUNT,
    BANK_BIK,
    BUYER_INN,
    SELLER_INN,
    extract,
    parties_of,
    value_of,
)


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def test_spaced_title_before_misread_sign(engine):
    text = (
        "АО «Теплосбыт», ИНН 7604979261\n\n"
        "                 С Ч Е Т   N2 О346   от 3l.O3.2026\n\n"
        "Плательщик: ООО «УК «Речной квартал»\n"
        "Договор теплоснабжения № 1146-Т от 01.10.2024\n"
        "| N | Наименование | Ед. | Кол-во | Тариф | Сумма |\n"
        "| 1 | Тепловая энергия | Гкал | 418,627 | 2 874,16 | 1 203 200,98 |\n"
        "Всего к оплате: 1 203 200,98\n"
    )

    assert engine.classify(text).document_type == "invoice"
    fields = extract(text, "invoice")
    assert value_of(fields, "number") == "0346"
    assert value_of(fields, "date") == "2026-03-31"


def test_cited_payment_sign_misread():
    text = (
        "                         AKT N2 И-O329\n"
        "             oб oкaзaнии ycлyг\n"
        "r. Mocквa                                 3O мapтa 2O26 r.\n\n"
        f"Иcпoлнитeль: OOO «Пoлилoг», ИHH {SELLER_INN}\n"
        "Bcero oкaзaнo ycлyг нa cyммy: 2 69O OOO,OO pyб.\n"
        "Aвaнc 5O% oплaчeн п/п N2 87 oт 2O.O1.2O26.\n"
    )

    assert value_of(extract(text, "act"), "date") == "2026-03-30"


def test_two_word_title_sign_misread():
    text = (
        "AKT N2 57\n"
        "cдaчи-пpиeмки paбoт\n"
        "r. Яpocлaвль                       «2O» мapтa 2O26 r.\n"
        f"Пoдpядчик: OOO «MeдBижн», ИHH {SELLER_INN}\n"
        "Дoгoвop пocтaвки N2 O211-MИ/2б oт 27.O2.2O26\n"
        "Итoгo: 122 OOO,OO pyб.\n"
    )

    assert value_of(extract(text, "act"), "date") == "2026-03-20"


def test_misread_sign_kept_for_vehicle_class():
    text = (
        "АКТ № 12 от 05.03.2026\n"
        "Перевозка грузовым автомобилем категории N2 18 рейсов\n"
        "Итого: 54 000,00 руб.\n"
    )

    assert value_of(extract(text, "act"), "number") == "12"


def test_digit_before_capitals_kept():
    text = "СЧЕТ НА ОПЛАТУ № 3А-0457 от 12.03.2026\nИтого к оплате: 1 200,00 руб.\n"

    assert value_of(extract(text, "invoice"), "number") == "3А-0457"


VEHICLE_EXTRACT = (
    "                 ВЫПИСКА ИЗ ЭЛЕКТРОННОГО ПАСПОРТА ТРАНСПОРТНОГО СРЕДСТВА\n\n"
    "Номер электронного паспорта:              164301047319262\n"
    "Статус электронного паспорта:             действующий\n"
    "Дата оформления электронного паспорта:    19.02.2026\n\n"
    "Идентификационный номер (VIN):            XTAGFL114T0419263\n"
    "Собственник:   ООО «Таксопарк «Гранит», ИНН 7606290815\n"
    "Выписка сформирована в электронной форме и подписана электронной подписью.\n"
)


def test_extract_from_register_is_other(engine):
    assert engine.classify(VEHICLE_EXTRACT).document_type == "other"


@pytest.mark.parametrize(
    "title",
    [
        "ВЫПИСКА ИЗ ВАЛЮТНОГО СЧЕТА № 40702840100000000123",
        "Выписка из системы «Клиент-Банк» по счету № 40702840100000000123",
    ],
)
def test_extract_from_other_accounts_is_statement(engine, title):
    text = (
        f"{title}\n"
        "за период с 01.03.2026 по 31.03.2026\n"
        "Входящий остаток: 12 000,00 USD\n"
        "| Дата | Документ | Дебет | Кредит |\n"
        "| 03.03.2026 | 17 | 2 000,00 | |\n"
        "Исходящий остаток: 10 000,00 USD\n"
    )

    assert engine.classify(text).document_type == "bank_statement"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Срочное платежное поручение № 583", "payment_order"),
        ("Электронный кассовый чек № 0021", "receipt"),
    ],
)
def test_title_after_capital_adjective(engine, title, code):
    text = {
        "payment_order": (
            f"{title}\n03.03.2026\nСумма 12 000,00\nПлательщик ООО «Альфа»\n"
            "Получатель ООО «Бета»\nНазначение платежа: оплата по счету 5\n"
        ),
        "receipt": f"{title}\nСмена 12\nХлеб 1 x 45,00 = 45,00\nИТОГ =45,00\n",
    }[code]

    assert engine.classify(text).document_type == code


def test_extract_from_account_stays_statement(engine):
    text = (
        "ПАО «Ярославский земельный банк», БИК 047888742\n"
        "            ВЫПИСКА № 69 ИЗ ЛИЦЕВОГО СЧЕТА 40702810157938347017\n"
        "                         за 09.04.2026\n"
        "Владелец счета: ООО «Таксопарк «Гранит», ИНН 7606290815\n"
        "Входящий остаток: 2 146 873,15\n"
        "| № | № док. | Корреспондент | Дебет | Кредит |\n"
        "| 1 | 2291 | ООО «ТаксиПульс» |  | 1 318 406,70 |\n"
        "Исходящий остаток: 3 465 279,85\n"
    )

    assert engine.classify(text).document_type == "bank_statement"


def test_lower_case_paper_name_is_mention(engine):
    text = (
        "                                  ДОВЕРЕННОСТЬ № 27\n"
        "г. Ярославль                                        25.03.2026\n\n"
        "ООО «Таксопарк «Гранит», ИНН 7606290815, в лице директора Оленева В. Г.,\n"
        "настоящей доверенностью уполномочивает водителя Громова А. В.\n"
        "получить от ООО «Северный Луч Моторс» три автомобиля LADA Vesta\n"
        "и подписать от имени доверителя универсальный передаточный документ.\n"
        "Доверенность выдана без права передоверия.\n"
    )

    assert engine.classify(text).document_type == "power_of_attorney"


def test_small_l_title_counts(engine):
    text = (
        "0FFICINE RINALDI S.r.l.\n"
        "PR0FORMA lNVOICE\n"
        "No. PI-7731 Date 06/1O/2025\n"
        "Buyer: KUBAN AGRO LLC\n"
        "ltem Description Qty Unit price EUR Amount EUR\n"
        "1 Rotary harrow RH-300 2 7,850.00 15,700.00\n"
        "T0TAL EXW Correggio EUR 15,700.00\n"
        "This proforma invoice is not a tax document.\n"
    )

    assert engine.classify(text).document_type == "invoice"


def test_air_waybill_number_in_top_corner():
    text = (
        "617-48173624                                       617 FRA 48173624\n"
        "SHIPPER'S NAME AND ADDRESS    NOT NEGOTIABLE  AIR WAYBILL  ISSUED BY CARGO\n"
        "KESSLER SONOMED GMBH, KIEL, GERMANY\n"
        "EXECUTED ON 13 FEB 2026 AT FRANKFURT\n"
    )

    assert value_of(extract(text, "waybill"), "number") == "617-48173624"


def test_swift_remittance_total_ignored():
    text = (
        "Message type:   MT103 Single Customer Credit Transfer\n"
        ":20: Sender's Reference\n"
        "NW260320-01\n"
        ":32A: Value Date/Currency/Interbank Settled Amount\n"
        "260320USD32144,00\n"
        ":50K: Ordering Customer\n"
        "/40702840510924834352\n"
        "NORDWERK AUTO PARTS LLC\n"
        ":70: Remittance Information\n"
        "BALANCE 70 PCT INV HC-EX-260311 DD 11.03.2026 TOTAL USD 45920,00\n"
        ":71A: Details of Charges\n"
        "OUR\n"
    )

    fields = extract(text, "payment_order")

    assert value_of(fields, "total") == "32144.00"
    assert value_of(fields, "currency") == "USD"


def test_statement_header_without_date_column():
    text = (
        f"ПАО «Банк», г. Ярославль, БИК {BANK_BIK}\n\n"
        f"            ВЫПИСКА № 69 ИЗ ЛИЦЕВОГО СЧЕТА {ACCOUNT}\n"
        "                         за 09.04.2026\n\n"
        f"Владелец счета:   ООО «Таксопарк «Гранит», ИНН {BUYER_INN}\n"
        "Дата предыдущей операции: 08.04.2026      Входящий остаток: 2 146 873,15\n\n"
        "| № | № док. | Корреспондент                        | Дебет | Кредит       |\n"
        f"| 1 | 2291   | ООО «ТаксиПульс», ИНН {SELLER_INN}  |       | 1 318 406,70 |\n"
        "|   |        | сч. 40702810713361485405, БИК 044525917 |    |              |\n"
    )

    holder = parties_of(text, "bank_statement")["account_holder"]

    assert holder["inn"] == BUYER_INN
    assert holder["account"] == ACCOUNT
    assert holder["bik"] == BANK_BIK


def test_overall_price_of_tour():
    text = (
        "                     ДОГОВОР № БИТ-2026/058\n"
        "                о реализации туристского продукта\n"
        "г. Иркутск                                          «10» февраля 2026 г.\n\n"
        "2.1. Общая цена туристского продукта составляет 4 476 000,00 (Четыре\n"
        "миллиона четыреста семьдесят шесть тысяч рублей 00 копеек) руб. из расчета\n"
        "186 500,00 руб. на одного туриста. НДС не облагается.\n"
        "2.2. Общая сумма перечисляемого аванса составляет 2 238 000,00 руб.\n"
    )

    assert value_of(extract(text, "contract"), "total") == "4476000.00"


def test_price_of_works_over_part_sums():
    text = (
        "ДОГОВОР ПОДРЯДА № 12/П-26\n"
        "2. Цена работ составляет 2 400 000,00 рублей, в том числе НДС 20%.\n"
        "3. Общая стоимость давальческих материалов Заказчика составляет 650 000,00.\n"
        "4. Общая сумма гарантийного удержания составляет 120 000,00 рублей.\n"
    )

    assert value_of(extract(text, "contract"), "total") == "2400000.00"


def test_sentence_after_amount_keeps_blank():
    text = "INVOICE No. 88\nTotal fee: USD 12,500. 30 days net from the invoice date.\n"

    assert value_of(extract(text, "invoice"), "total") == "12500.00"


def test_card_row_is_no_operations_header():
    text = (
        "ACCOUNT STATEMENT No. 3\n"
        "| Card | Visa Debit **** 4821 | Credit limit | 0.00 |\n"
        "Account: 40702840100000000123 (USD)\n"
        "Opening balance: 1,000.00\n"
        "| Date | Description | Debit | Credit |\n"
        "| 03.03.2026 | Fee | 10.00 | |\n"
        "Closing balance: 990.00\n"
    )

    assert value_of(extract(text, "bank_statement"), "currency") == "USD"


def test_blank_inside_grouped_amount():
    text = (
        "TAX INVOICE\n"
        "Invoice No.: TLP-2604-00871            Invoice date: April 1, 2026\n"
        "Current charges                                   39, 096.36\n"
        "Total amount due by April 20, 2026            RUB 39, 096.36\n"
        "| Total excluding VAT |  32,046. 20 |\n"
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "total") == "39096.36"
    assert fields["total"]["raw"] == "RUB 39, 096.36"


def test_title_in_lower_case_scan(engine):
    text = (
        "ооо ромашка   счет на оплату № 45 от 12.03.2026\n"
        "поставщик: ооо ромашка, инн 7707083893\n"
        "покупатель: ооо лютик\n"
        "всего к оплате: 12 000,00 руб.\n"
    )

    assert engine.classify(text).document_type == "invoice"
