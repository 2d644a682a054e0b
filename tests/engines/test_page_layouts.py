"""Layouts beyond one block per line: header grids, numbered boxes in two columns,
an e-mail that carries the document, stamps, ledger rows, passport spreads read by
OCR, and a statement whose header table stops before its operations."""

import pytest

from ai_agents.engines import get_engine

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


GRID_INVOICE = """ООО «Северный лак»
ИНН 5406128730 | КПП 540601001

                          СЧЕТ НА ОПЛАТУ
Номер        | Дата         | Валюта | Срок оплаты  | Менеджер
СЛ-00412     | 03.12.2025   | RUB    | 10.12.2025   | Орлова Е. В.

Основание: договор № 11/П от 12.01.2025
Итого к оплате: 48 300,00 руб.
"""

GRID_APPLICATION = """APPLICATION FOR TRANSFER IN FOREIGN CURRENCY
Application No. | Date       | Currency | Amount     | Value date
47              | 02.12.2025 | EUR      | 12,480.00  | 04.12.2025

70  Details of payment: invoice No. 251130 of 30.11.2025
"""

TABLE_OF_GOODS = """Счет на оплату № 88 от 01.12.2025
№ | Товар            | Дата поставки | Сумма
1 | Кабель ВВГ 3х2,5 | 05.12.2025    | 12 000,00
2 | Кабель ВВГ 3х4   | 05.12.2025    | 18 000,00
"""

REGISTER = """Дата       | Контрагент | Сумма
01.12.2025 | ООО «Юг»   | 100,00
02.12.2025 | ООО «Дон»  | 200,00
"""


def test_header_grid_number_and_date():
    fields = extract(GRID_INVOICE, "invoice")

    assert value_of(fields, "number") == "СЛ-00412"
    assert value_of(fields, "date") == "2025-12-03"


def test_header_grid_amount_under_caption():
    fields = extract(GRID_APPLICATION, "payment_order")

    assert value_of(fields, "number") == "47"
    assert value_of(fields, "date") == "2025-12-02"
    assert value_of(fields, "total") == "12480.00"
    assert value_of(fields, "currency") == "EUR"


def test_goods_table_not_header_grid():
    fields = extract(TABLE_OF_GOODS, "invoice")

    assert value_of(fields, "number") == "88"
    assert value_of(fields, "total") != "12000.00"


def test_register_rows_not_header_grid():
    assert value_of(extract(REGISTER, "invoice"), "total") != "100.00"


EMAIL_COVER = """От: Ирина Лесова <i.lesova@example.org>
Кому: buh@example.net
Дата: среда, 3 декабря 2025 г. 10:12
Тема: Счет № 57 на монтаж

Добрый день! Направляю счет.

----- вложение -----
Счет на оплату № 57 от 28 ноября 2025 г.
Итого к оплате: 21 000,00 руб.
"""


def test_email_cover_grid_number_first():
    text = EMAIL_COVER.replace(
        "Счет на оплату № 57 от 28 ноября 2025 г.\n",
        "СЧЕТ НА ОПЛАТУ\n"
        "Номер     | Дата       | Валюта\n"
        "СЛ-00412  | 28.11.2025 | RUB\n",
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "number") == "СЛ-00412"
    assert value_of(fields, "date") == "2025-11-28"


def test_email_header_date_skipped():
    fields = extract(EMAIL_COVER, "invoice")

    assert value_of(fields, "number") == "57"
    assert value_of(fields, "date") == "2025-11-28"


def test_stamp_date_skipped():
    text = (
        "| RECEIVED 09.12.2025 |\n"
        "CERTIFICATE OF ORIGIN No. DO 25 0031901\n"
        "Place and date of issue: Dortmund, 01.12.2025\n"
    )

    assert value_of(extract(text, "other"), "date") == "2025-12-01"


RECONCILIATION = """АКТ СВЕРКИ ВЗАИМНЫХ РАСЧЕТОВ
за период: 01.10.2025 – 30.11.2025
г. Воронеж                                                   2 декабря 2025 г.
Дата      Документ           Дебет       Кредит      | Дата      Документ
14.10.25  УПД № 117       286 440,00                 | 14.10.25  Приход № 117
21.11.25  Оплата п/п 36               286 440,00     | 21.11.25  Оплата п/п 36
"""


def test_ledger_row_number_skipped():
    fields = extract(RECONCILIATION, "act")

    assert value_of(fields, "number") is None
    assert value_of(fields, "date") == "2025-12-02"


CMR = f"""INTERNATIONAL CONSIGNMENT NOTE CMR                          No. PL 2025/0502
1 Sender (name, address, country)          | 16 Carrier (name, address, country)
Wisla Meble Sp. z o.o.                     | Sibtrans LLC
ul. Gorna 9, 61-564 Poznan, Poland         | 60 Stantsionnaya St., Novosibirsk,
NIP 7831049265                             | Russia, INN {SELLER_INN}, KPP {SELLER_KPP}
2 Consignee (name, address, country)       | 17 Successive carriers
Don Wholesale LLC                          | --
3 Sholokhova St., Rostov-on-Don,           | 18 Carrier's reservations
Russia, INN {BUYER_INN}, KPP {BUYER_KPP}   | none
"""


def test_numbered_boxes_two_columns():
    parties = parties_of(CMR, "waybill")

    assert parties["carrier"]["inn"] == SELLER_INN
    assert parties["consignee"]["inn"] == BUYER_INN
    assert parties["consignee"]["kpp"] == BUYER_KPP
    assert "inn" not in parties.get("shipper", {})


STATEMENT = f"""ПАО «Банк Балтика», БИК {BANK_BIK}, к/с 30101810400000000774
ВЫПИСКА ИЗ ЛИЦЕВОГО СЧЕТА № 52 за 02.12.2025
Владелец счета: ООО «Ладога», ИНН {SELLER_INN}, КПП {SELLER_KPP}
Счет: {ACCOUNT}

Дата     № док.  Корреспондент (ИНН, счет, БИК банка)        Дебет        Кредит
02.12    77      ООО «Пермь-Холод», ИНН {BUYER_INN},                   186 000,00
                 40702810720376789271, БИК 045773603
"""


def test_statement_holder_bank():
    parties = parties_of(STATEMENT, "bank_statement")

    assert parties["account_holder"]["bik"] == BANK_BIK
    assert parties["account_holder"]["account"] == ACCOUNT
    counterparty = next(
        party for role, party in parties.items() if party.get("inn") == BUYER_INN
    )
    assert counterparty["bik"] == "045773603"


CONTRACT = f"""SERVICE AGREEMENT No. SA-2025/19
Moscow                                                        1 December 2025

Baltic Code LLC, Russia (the "Contractor"), and Caspian Retail Group LLC,
Azerbaijan (the "Customer"), have agreed as follows.

DETAILS OF THE PARTIES
Contractor                                     | Customer
INN {SELLER_INN}, KPP {SELLER_KPP}             | TIN 1405627391
For the Contractor ________ K. D. Veresov      | IBAN AZ21NABZ00000000137010001944
"""


def test_bracketed_definition_names_party():
    parties = parties_of(CONTRACT, "contract")

    assert parties["seller"]["name"] == "Baltic Code LLC"
    assert parties["seller"]["inn"] == SELLER_INN
    assert parties["buyer"]["name"] == "Caspian Retail Group LLC"


def test_iban_with_lettered_bank_code():
    parties = parties_of(CONTRACT, "contract")

    assert parties["buyer"]["iban"] == "AZ21NABZ00000000137010001944"
    assert "account" not in parties["buyer"]


def test_licensor_licensee_roles():
    text = (
        "LICENCE AGREEMENT No. LA-7\n"
        f"Licensor: Van Berg B.V., IBAN NL91ABNA0417164300\n"
        f"Licensee: INN {BUYER_INN}, KPP {BUYER_KPP}\n"
    )

    parties = parties_of(text, "contract")

    assert parties["buyer"]["inn"] == BUYER_INN
    assert parties["seller"]["iban"] == "NL91ABNA0417164300"


FINNISH_PASSPORT = """PASSI   PASS   PASSPORT
Sukunimi / Efternamn / Surname
LAHTINEN
Sukupuoli / Kon / Sex        Syntymapaikka / Fodelseort / Place of birth
N                            OULU
Myontamispaiva / Utfardandedatum / Date of issue   Viranomainen / Myndighet / Authority
02.09.2024                                         POLIISI / OULU
Voimassa / Giltig till / Date of expiry
02.09.2029
"""


def test_passport_three_language_captions():
    fields = extract(FINNISH_PASSPORT, "passport")

    assert value_of(fields, "date") == "2024-09-02"
    assert value_of(fields, "issued_by") == "POLIISI / OULU"
    assert value_of(fields, "birth_place") == "OULU"


def test_passport_spread_series_number():
    text = (
        "Паспорт выдан    ГУ МВД РОССИИ ПО НИЖЕГОРОДСКОЙ ОБЛАСТИ\n"
        "Дата выдачи  l4.O6.2Ol9        Код подразделения  52O-OO6\n"
        "22 l9                                                   58302l\n"
    )

    fields = extract(text, "passport")

    assert value_of(fields, "series") == "2219"
    assert value_of(fields, "number") == "583021"


HOTEL_FOLIO = """HOTEL AUGARTEN RESlDENZ, Wien
GUEST FOLlO / RECElPT            Folio No. F-251202-0772
Arrival 28.11.2025               Departure 02.12.2025
Accommodation, 4 nights                      672.00
                                   TOTAL EUR 672.00
"""


def test_hotel_folio_receipt_date(engine):
    assert engine.classify(HOTEL_FOLIO).document_type == "receipt"
    fields = extract(HOTEL_FOLIO, "receipt")
    assert value_of(fields, "date") == "2025-12-02"


def test_acceptance_protocol_is_act(engine):
    text = (
        "ACCEPTANCE PROTOCOL No. 14/11/2025\n"
        "Client: Volga Retail LLC\n"
        "Backend development   160 h   33 600,00 zł\n"
        "Total for November 2025: 33 600,00 zł\n"
        "For the Contractor ________   For the Client ________\n"
    )

    assert engine.classify(text).document_type == "act"


TRANSPORT_WAYBILL_SCAN = f"""ТРАНСПОРТНАЯ НАКЛАДНАЯ                       Ne ТН-О4l9
l. Грузоотправитель                          2. Грузополучатель
AO «Пермский хладокомбинат»                  OOO «Камская торговая сеть»
ИНН {SELLER_INN} КПП {SELLER_KPP}                 ИНН {BUYER_INN} КПП {BUYER_KPP}
6. Перевозчик                                 7. Водитель
ИП Вахрушев Анатолий Ильич                    Вахрушев А. И.
ИНН 660312381934                              тел. +7 912 480-17-33
"""


def test_box_numbers_read_with_l():
    parties = parties_of(TRANSPORT_WAYBILL_SCAN, "waybill")

    assert parties["shipper"]["inn"] == SELLER_INN
    assert parties["consignee"]["kpp"] == BUYER_KPP
    assert parties["carrier"]["inn"] == "660312381934"


def test_kpp_small_l_stays_digit():
    text = "PAYMENT ORDER No. 563\nPAYER\nINN 7722265l36  KPP 7722OlOOl\n"

    assert parties_of(text, "payment_order")["payer"]["kpp"] == "772201001"


FORWARDED_INVOICE = """---------- Forwarded message ---------
From: Anna Berg <anna@northwind.example>
Sent: Tuesday, 28 October 2026 10:02
To: ap@bluefjord.example
Subject: Invoice INV-5521

INVOICE
Invoice No: INV-5521
Invoice date: 27 October 2026
Supplier: Northwind Analytics Ltd.
Bill to: Bluefjord Systems Inc.
Amount due: USD 4,800.00
"""


def test_email_from_and_to_not_parties():
    parties = parties_of(FORWARDED_INVOICE, "invoice")
    fields = extract(FORWARDED_INVOICE, "invoice")

    assert parties["seller"]["name"] == "Northwind Analytics Ltd."
    assert parties["buyer"]["name"] == "Bluefjord Systems Inc."
    assert value_of(fields, "date") == "2026-10-27"


@pytest.mark.parametrize(
    ("preamble", "seller"),
    [
        (
            'between Harbor Lane Retail LLC (the "Customer") and Quillmark'
            ' Consulting Ltd (the "Supplier").',
            "Quillmark Consulting Ltd",
        ),
        (
            'between Harbor Lane Retail LLC ("Client") and Quillmark Consulting'
            ' Ltd ("Consultant").',
            "Quillmark Consulting Ltd",
        ),
        (
            'Harbor Lane Retail LLC (hereinafter the "Purchaser") and Quillmark'
            ' Trading Ltd (hereinafter the "Seller") agree as follows.',
            "Quillmark Trading Ltd",
        ),
    ],
)
def test_bracketed_definition_forms(preamble, seller):
    text = f"AGREEMENT No. 7/2026\nDated 14 May 2026\n{preamble}\n1. Subject.\n"

    parties = parties_of(text, "contract")

    assert parties["buyer"]["name"] == "Harbor Lane Retail LLC"
    assert parties["seller"]["name"] == seller


PERIOD_STATEMENT = f"""ВЫПИСКА ПО СЧЕТУ {ACCOUNT}
за период с 01.09.2026 по 30.09.2026
Владелец счета: ООО «Ладога», ИНН {SELLER_INN}
Входящий остаток: 10 000,00
Дата       № док.  Корреспондент                   Дебет       Кредит
02.09.2026 77      ООО «Пермь-Холод»                            5 000,00
Исходящий остаток: 15 000,00
"""


def test_statement_not_dated_by_operation():
    # The period's last day, near the top, not the first payment in the table.
    assert value_of(extract(PERIOD_STATEMENT, "bank_statement"), "date") == (
        "2026-09-30"
    )


# Box numbers as OCR may read them ("—", "N", "Ww") and captions printed in two
# languages.
CMR_GARBLED_BOXES = f"""CMR
INTERNATIONAL CONSIGNMENT NOTE / МЕЖДУНАРОДНАЯ ТОВАРНО-ТРАНСПОРТНАЯ НАКЛАДНАЯ
— Sender (name, address, country) / Отправитель
  OOO "Северный Лес", 162600, Вологодская обл., г. Череповец, Россия
  ИНН {SELLER_INN}
N Consignee (name, address, country) / Получатель
  Holzhandel Weber GmbH, Industriestr. 4, 04109 Leipzig, Germany
Ww Carrier (name, address, country) / Перевозчик
  ООО "ТрансЛогистик", 196084, г. Санкт-Петербург, Московский пр., д. 97
  ИНН {BUYER_INN}
"""


def test_cmr_garbled_box_numbers_and_bilingual_captions():
    parties = parties_of(CMR_GARBLED_BOXES, "waybill")

    assert parties["shipper"]["inn"] == SELLER_INN
    assert parties["consignee"]["name"] == "Holzhandel Weber GmbH"
    assert parties["carrier"]["inn"] == BUYER_INN


def test_letter_prefix_needs_bracketed_caption():
    text = f"Уважаемые коллеги!\nВ Покупатель вправе отказаться.\nИНН {BUYER_INN}\n"

    assert "buyer" not in parties_of(text, "contract")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ООО «Северный Лес», Россия, Вологодская обл.", "ООО «Северный Лес»"),
        ("ТОО «Астана Трейд» Казахстан, г. Астана", "ТОО «Астана Трейд»"),
        ("АО «АЛЬФА-БАНК» г. Москва", "АО «АЛЬФА-БАНК» г. Москва"),
    ],
)
def test_russian_name_ends_after_quoted_name(line, name):
    text = f"2 Получатель (наименование, адрес, страна)\n  {line}\n  ИНН {BUYER_INN}\n"

    assert parties_of(text, "waybill")["consignee"]["name"] == name


def test_nested_quote_not_cut_inside_name():
    text = f'2 Получатель\n  ООО "Дом "Альфа"", Россия\n  ИНН {BUYER_INN}\n'

    name = parties_of(text, "waybill")["consignee"]["name"]

    assert name.startswith('ООО "Дом "Альфа""')
