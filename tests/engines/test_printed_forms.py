"""Totals, currencies, numbers and dates as printed forms and their scans show them:
currencies named in words, a payment's purpose under its text, copy numbers, ruled
header boxes, table columns of dates, "б/н", unlabelled addressee blocks and hotel
folios."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.ocr_repairs import repair_number_digits

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


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "СЧЕТ № 318 от 19.11.2025\nВалюта платежа: белорусский рубль.\n"
            "Итого: 28 186,56\nВсего: двадцать восемь тысяч белорусских рублей.\n"
            f"ИНН {BUYER_INN}\n",
            "BYN",
        ),
        (
            "СЧЕТ № 7 от 06.11.2025\nЦена: 48 600,00 (Сорок восемь тысяч шестьсот) "
            "долларов США 00 центов.\nОплата в рублях по курсу ЦБ РФ.\n"
            f"ИНН {BUYER_INN}\n",
            "USD",
        ),
        (
            "COMMERCIAL INVOICE No. 5\n| Item | Amount, TRY |\n"
            "| Towels | 284.400,00 |\n"
            "TOTAL AMOUNT: 284.400,00\n",
            "TRY",
        ),
    ],
)
def test_currency_named_in_words(text, currency):
    assert value_of(extract(text, "invoice"), "currency") == currency


def test_lowercase_try_not_lira():
    text = "INVOICE No. 5\nPlease try to pay by Friday.\nTotal: 1,200.00\n"

    assert value_of(extract(text, "invoice"), "currency") != "TRY"


def test_statement_currency_from_header_account():
    text = (
        "ВЫПИСКА ИЗ ЛИЦЕВОГО СЧЕТА № 218 за 17.11.2025\n"
        "Счет: 40702840915806998339\n"
        f"Владелец: ООО «Композит», ИНН {SELLER_INN}\n\n"
        "Дата     | № док. | Контрагент                 |    Дебет |   Кредит\n"
        "17.11.25 | 55102  | ООО «Альфа» 40702810544000016385 |          | 48 200.00\n"
    )

    assert value_of(extract(text, "bank_statement"), "currency") == "USD"


PAYMENT_FORM = f"""ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 736            09.12.2025
ИНН {SELLER_INN}          КПП {SELLER_KPP}          Сумма      150000-00
ООО «Элеватор»
Плательщик
Получатель                                     Код               Рез. поле

Частичная оплата по счету № 118 от 02.12.2025 (сумма счета 312 000-00)
Назначение платежа
"""


def test_payment_total_above_purpose_text():
    assert value_of(extract(PAYMENT_FORM, "payment_order"), "total") == "150000.00"


@pytest.mark.parametrize(
    "header",
    [
        "ТРАНСПОРТНАЯ НАКЛАДНАЯ\nЭкземпляр № 1     Дата 12.12.2025     № 1209/ОМ\n",
        "ТРАНСПОРТНАЯ НАКЛАДНАЯ        Экземпляр № 2\n"
        "Транспортная накладная        Заказ (заявка)\n"
        "Дата 12.12.2025   № 1209/ОМ   Дата 10.12.2025   № 5517\n",
    ],
)
def test_copy_number_not_document_number(header):
    assert value_of(extract(header, "waybill"), "number") == "1209/ОМ"


def test_credit_note_numbered_by_title():
    text = (
        "CREDIT NOTE No. CN-2025-014\nDate: 2 December 2025\n"
        "Refers to invoice No. EXP-2025-0388 of 14 October 2025\n"
    )

    assert value_of(extract(text, "invoice"), "number") == "CN-2025-014"


def test_our_bank_details_are_sellers():
    text = (
        f"INVOICE No. 5\nINN {SELLER_INN}, KPP {SELLER_KPP}\n\n"
        f"Customer: Peetri Ajamid OU\nTallinn, Estonia\n\n"
        f'Our bank details: account {ACCOUNT} (EUR) with JSC "Bank Volga", Samara,\n'
        f"BIC {BANK_BIK}.\n"
    )

    seller = parties_of(text, "invoice")["seller"]

    assert seller["account"] == ACCOUNT
    assert seller["bik"] == BANK_BIK
    assert seller["bank_name"].startswith('JSC "Bank Volga"')


def test_bank_of_owned_account_follows_owner():
    text = (
        "Счет-фактура № 0744 от 26.11.2025\nПродавец: ООО «Комбинат»\n"
        f"ИНН/КПП продавца: {SELLER_INN}/{SELLER_KPP}\n"
        "Покупатель: ТОО «Импэкс»\n\n"
        "Всего к оплате 36 876,00\n\n"
        f"Оплата на валютный счет продавца № {ACCOUNT}\n"
        f"в ПАО «Банк Енисейский», г. Красноярск, БИК {BANK_BIK}.\n"
    )

    assert parties_of(text, "upd")["seller"]["bik"] == BANK_BIK


@pytest.mark.parametrize(
    ("read", "number"),
    [
        ("25-ll-O734", "25-11-0734"),
        ("25-lI-0734", "25-11-0734"),
        ("12-II-2025", "12-II-2025"),
        ("OOГУ-OOO2l9", "00ГУ-000219"),
        ("ll8", "118"),
        ("ЗЗ1", "ЗЗ1"),
    ],
)
def test_number_groups_read_as_letters(read, number):
    assert repair_number_digits(read) == number


FOLIO = """HOTEL TEATRALNYI DVIR
GUEST FOLIO / RECEIPT
Folio No: 25-11-0734      Room: 412
Arrival: 17.11.2025   Departure: 20.11.2025
Date      Description                        Qty   Amount, UAH
17.11.25  Accommodation                       1      2,450.00
18.11.25  Accommodation                       1      2,450.00
TOTAL                                                4,900.00 UAH
"""


def test_date_column_rows_not_document_date():
    assert value_of(extract(FOLIO, "receipt"), "date") == "2025-11-20"


def test_unnumbered_invoice_dated_by_title():
    text = (
        "СЧЕТ № б/н от «05» ноября 2025 г.\n"
        "Основание: Договор № 17 от 01.09.2025, техническое задание от 03.09.2025\n"
        "Итого: 92 300,00 руб.\n"
    )

    found = extract(text, "invoice")

    assert value_of(found, "number") is None
    assert value_of(found, "date") == "2025-11-05"


def test_place_and_date_in_right_column():
    text = (
        "ООО «Приборный цех»                          г. Казань, 3 ноября 2025 г.\n"
        "Исх. № 418-ЮО\n"
        "На № 77/12 от 28.10.2025\n\n"
        "ПРЕТЕНЗИЯ\n"
    )

    assert value_of(extract(text, "letter"), "date") == "2025-11-03"


DUTCH_INVOICE = f"""VAN DIJK KASSYSTEMEN B.V.       +--------------+--------------+
Westlandseweg 118               | Invoice no.  | 2025-11-0193 |
The Netherlands                 | Invoice date | 7 Nov 2025   |
                                +--------------+--------------+

Baltic Agrotechnika LLC
INN {BUYER_INN}, KPP {BUYER_KPP}
236016 Kaliningrad, Russian Federation

INVOICE

Total           EUR       56,740.00
"""


def test_ruled_box_number_cell():
    assert value_of(extract(DUTCH_INVOICE, "invoice"), "number") == "2025-11-0193"


def test_unlabelled_block_above_title_is_buyer():
    buyer = parties_of(DUTCH_INVOICE, "invoice")["buyer"]

    assert buyer["inn"] == BUYER_INN
    assert buyer["kpp"] == BUYER_KPP


def test_forwarding_act_roles():
    text = (
        "АКТ № ВТЭ-0923 от 28.11.2025\n"
        f"Экспедитор: ООО «Волга-Транзит», ИНН {SELLER_INN}, КПП {SELLER_KPP}\n"
        f"Клиент: ООО «Подшипниковый дом», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
    )

    parties = parties_of(text, "act")

    assert parties["seller"]["inn"] == SELLER_INN
    assert parties["buyer"]["inn"] == BUYER_INN


def test_invoice_protocol_is_invoice(engine):
    text = (
        "ООО «Неманская арматура»\n"
        "СЧЕТ-ПРОТОКОЛ СОГЛАСОВАНИЯ ЦЕНЫ № 318 от 19.11.2025\n"
        "Контракт № NA-RU/14 от 21.01.2025.\nИтого 28 186,56\n"
        "Счет является протоколом согласования цены к контракту.\n"
    )

    assert engine.classify(text).document_type == "invoice"


def test_letter_date_under_sender_address():
    text = (
        "                                        Whitcombe Instruments Ltd\n"
        "                                        Telford TF7 4QT\n"
        "                                        3rd November 2025\n\n"
        "Our ref: JW/ACC/2025-117\n\n"
        "Thank you for your letter of 28 October 2025.\n"
    )

    assert value_of(extract(text, "letter"), "date") == "2025-11-03"


def test_place_and_date_of_issue():
    text = (
        "BILL OF LADING    B/L No.: PCLSHA25110672\n"
        "Shipped on board: 05 NOV 2025\n"
        "Place and date of issue: SHANGHAI, 06 NOV 2025\n"
    )

    assert value_of(extract(text, "waybill"), "date") == "2025-11-06"


def test_translated_act_keeps_cyrillic_number(engine):
    text = (
        "(Translation from Russian)\n"
        "            CERTIFICATE OF SERVICES RENDERED (ACT)\n"
        "            No. АВ-118/25 dated December 1, 2025\n"
        "Grounds: Contract No. 2024/ПЕР-17 dated 15.04.2024\n"
        "Total: 342,960.00\n"
    )

    assert engine.classify(text).document_type == "act"
    assert value_of(extract(text, "act"), "number") == "АВ-118/25"


SWIFT_TRANSFER = f"""APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 57
Date: 2025-11-13
:32A: Value date, currency, amount 251117USD30552,00
:50K: Ordering customer            /40702840751817560480
                                   GIDROAVTOMATIKA-M LLC
                                   INN {SELLER_INN}, KPP {SELLER_KPP}
:59:  Beneficiary                  /4471902283
                                   CARRINGTON VALVE SUPPLY LLC
"""


def test_swift_fields_amount_and_payer():
    found = extract(SWIFT_TRANSFER, "payment_order")
    payer = parties_of(SWIFT_TRANSFER, "payment_order")["payer"]

    assert value_of(found, "total") == "30552.00"
    assert value_of(found, "currency") == "USD"
    assert payer["account"] == "40702840751817560480"
    assert payer["inn"] == SELLER_INN


def test_euro_pallet_not_currency():
    text = (
        "УПАКОВОЧНЫЙ ЛИСТ № УЛ-0912/25 от 18.11.2025\n"
        "| Место | Паллета | Наименование        | Брутто, кг |\n"
        "| 1/2   | EUR 1   | Масло подсолнечное  |      301,5 |\n"
        "| 2/2   | EUR 2   | Крупа гречневая     |      748,0 |\n"
    )

    assert value_of(extract(text, "packing_list"), "currency") is None


def test_number_under_stacked_captions():
    text = (
        "Универсальный передаточный документ\nСчет-фактура №\nот\n"
        "Исправление №\nот\nУТ-3318\n20.11.2025\n--\n--\n"
        "Основание: Договор поставки № 88/Я от 03.06.2024\n"
    )

    found = extract(text, "upd")

    assert value_of(found, "number") == "УТ-3318"
    assert value_of(found, "date") == "2025-11-20"


def test_contract_price_of_equipment():
    text = (
        "ДОГОВОР ПОСТАВКИ № 45/2025\n"
        "2.1. Общая стоимость оборудования по настоящему договору составляет "
        "48 600,00 долларов США, в том числе НДС 20% — 8 100,00 долларов США.\n"
        "2.2. Оплата производится в российских рублях по курсу ЦБ РФ.\n"
    )

    found = extract(text, "contract")

    assert value_of(found, "total") == "48600.00"
    assert value_of(found, "currency") == "USD"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Baltic Timber SIA, Brivibas iela 44, Riga, LV-1050", "Baltic Timber SIA"),
        ("SIA «Baltic Timber», LV-1050, Latvia, Riga", "SIA «Baltic Timber»"),
    ],
)
def test_foreign_name_ends_before_address(line, name):
    text = f"CREDIT NOTE No. CN-2025-0042\nBill to: {line}\nTotal credit EUR -290.00\n"

    assert parties_of(text, "invoice")["buyer"]["name"] == name


def test_bare_vat_caption_before_prefixed_number():
    text = (
        "CREDIT NOTE No. CN-2025-0042\n"
        "Bill to: Baltic Timber SIA, Brivibas iela 44, Riga\nVAT LV40003245752\n"
        "VAT 0% (intra-EU supply)                                       0.00\n"
    )

    assert parties_of(text, "invoice")["buyer"]["vat_id"] == "LV40003245752"


def test_belarusian_account_and_bank_code():
    text = (
        "СЧЕТ-ПРОТОКОЛ № 214 от 17 октября 2025 г.\n"
        "Поставщик: ООО «БелТехСнаб», 220030, г. Минск, УНП 191234567\n"
        "р/с BY37 ALFA 3012 0000 0000 0000 0000 в ЗАО «Альфа-Банк», БИК ALFABY2X\n"
    )

    seller = parties_of(text, "invoice")["seller"]

    assert seller["iban"] == "BY37ALFA30120000000000000000"
    assert seller["swift"] == "ALFABY2X"


def test_shipper_he_same_law_clause():
    text = (
        "Счет-фактура № 0744 от 26.11.2025 (1)\n"
        "Продавец: ООО «Комбинат» (2)\n"
        f"ИНН/КПП продавца: {SELLER_INN}/{SELLER_KPP} (2б)\n"
        "Грузоотправитель и его адрес: он же, ст. Базаиха (3)\n"
        "Всего к оплате (9)      36 876,00     X        0,00     36 876,00\n"
        "Экспорт, ставка НДС 0% (пп. 1 п. 1 ст. 164 НК РФ).\n"
    )

    found = extract(text, "upd")

    assert found["parties"]["shipper"]["name"]["value"] == "ООО «Комбинат»"
    assert value_of(found, "vat") != "1.00"


def test_scanned_upd_number_and_latin_total_caption():
    text = (
        "Счет-фактура № C®-17/11 от 17 ноября 2025 г. (1)\n"
        "| 3 | Соус | шт | 480 | 62,00 | 29 760,00 | 20% | 5 952,00 | 35 712,00 |\n"
        "|    | Bcero k onnate (9) |  |  |  | 29 760,00 | Х | 5 952,00 | 35 712,00 |\n"
    )

    found = extract(text, "upd")

    assert value_of(found, "number") == "СФ-17/11"
    assert value_of(found, "total") == "35712.00"


def test_tenge_sign_read_as_t():
    text = (
        "Т00 «Алматы Хоз-Маркет»\nБИН 190540021876\nФИСКАЛЬНЫЙ ЧЕК № 0418\n"
        "итого:                                              23 480,00 T\n"
    )

    assert value_of(extract(text, "receipt"), "currency") == "KZT"


def test_t_after_sum_outside_kazakhstan_not_tenge():
    text = "INVOICE No. 5\nSteel coil 12 500,00 T\nTotal: 12 500,00\n"

    assert value_of(extract(text, "invoice"), "currency") != "KZT"


def test_single_cyrillic_letter_in_english_number_turns_latin():
    text = "CONTRACT No. 15/2025-К\nLondon, 3 November 2025\n"

    assert value_of(extract(text, "contract"), "number") == "15/2025-K"


RUSSIAN_FOLIO = f"""ГОСТИНИЦА «СЕВЕРНАЯ ЗВЕЗДА»
ООО «Северная Звезда», ИНН {SELLER_INN}, КПП {SELLER_KPP}

СЧЕТ ГОСТЯ (ФОЛИО) № 004512
Дата: 18.11.2025
Гость: Иванов Петр Сергеевич          Номер: 412
Плательщик: ООО «Вектор», ИНН {BUYER_INN}, КПП {BUYER_KPP}

Дата        Описание                          Кол-во    Цена        Сумма
15.11.2025  Проживание, стандарт                1       6 500,00    6 500,00
16.11.2025  Ресторан                            1       2 340,00    2 340,00

Итого:                                                              8 840,00
Оплачено:                                                           8 840,00
"""


def test_russian_guest_folio_is_receipt(engine):
    assert engine.classify(RUSSIAN_FOLIO).document_type == "receipt"


def test_description_column_named_opisanie():
    rows = extract(RUSSIAN_FOLIO, "invoice")["line_items"]

    assert [row["amount"]["value"] for row in rows] == ["6500.00", "2340.00"]
    assert rows[1]["description"]["value"].endswith("Ресторан")


def test_addressee_caption_names_invoice_buyer():
    text = (
        f"ООО «Вектор»\nИНН {SELLER_INN} КПП {SELLER_KPP}\n"
        f"р/с {ACCOUNT} в ПАО «Банк», БИК {BANK_BIK}\n\n"
        f"Кому: АО «Бета», ИНН {BUYER_INN}, КПП {BUYER_KPP}, р/с 40702810938000012345"
        " в ПАО Сбербанк\n\nСЧЕТ НА ОПЛАТУ № 77 от 14.11.2025\nИтого: 45 000,00\n"
    )

    parties = parties_of(text, "invoice")

    assert parties["buyer"]["inn"] == BUYER_INN
    assert parties["seller"]["inn"] == SELLER_INN
    assert parties["seller"]["account"] == ACCOUNT


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ООО «Северный Лес» Москва, ул. Лесная, 4", "ООО «Северный Лес»"),
        ("ООО «Северный Лес» Самара", "ООО «Северный Лес»"),
        ("ООО «Дом Москва» Казань", "ООО «Дом Москва»"),
    ],
)
def test_town_after_quoted_name_is_address(line, name):
    text = f"СЧЕТ № 45 от 12.11.2025\nПоставщик: {line}, ИНН {SELLER_INN}\n"

    assert parties_of(text, "invoice")["seller"]["name"] == name
