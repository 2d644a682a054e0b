# The documents keep the long lines of their real layouts.
# ruff: noqa: E501
"""Synthetic documents in the layouts users send, for the party reader.

All companies, people and numbers are made up, and the requisites pass their checks:
INN 7725012341, 5260012342, 7810000001 and 500100732259, OGRN 1225000000015, OGRNIP
304500116000157; BIK 044525225 with accounts 40702810500000001234 and
30101810400000000225; BIK 044525593 with 40702810600000000777, 40817810400000004321
and 30101810200000000593. The two INNs of the inline payment order, 7707083893 and
7708034472, are the ones the API tests use.
"""

from .sample import Sample

PAYMENT_ORDER_INLINE = Sample(
    "payment_order",
    "ru",
    """ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 57 от 14.02.2024
Сумма 12 500-00
Плательщик ООО "Ромашка" ИНН 7707083893 КПП 773601001
Сч. № 40702810938000000001
ПАО СБЕРБАНК г. Москва БИК 044525225 Сч. № 30101810400000000225
Получатель ИНН 7708034472 КПП 770801001
Назначение платежа: оплата по счету № 12
""",
    {
        "number": "57",
        "date": "2024-02-14",
        "total": "12500.00",
        "parties.payer.inn": "7707083893",
        "parties.payer.kpp": "773601001",
        "parties.payer.name": 'ООО "Ромашка"',
        "parties.payer.account": "40702810938000000001",
        "parties.payer.bik": "044525225",
        "parties.payer.correspondent_account": "30101810400000000225",
        "parties.payer.bank_name": "ПАО СБЕРБАНК г. Москва",
        "parties.payee.inn": "7708034472",
        "parties.payee.kpp": "770801001",
        "purpose": "оплата по счету № 12",
    },
)

PAYMENT_ORDER_EXPORT = Sample(
    "payment_order",
    "ru",
    """ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 318 от 20.03.2024
Вид платежа: электронно
Сумма: 45 600-00
Сумма прописью: Сорок пять тысяч шестьсот рублей 00 копеек
ПЛАТЕЛЬЩИК: ООО «Бета»
ИНН/КПП 5260012342/526001001
Р/сч. 40702810600000000777
БАНК ПЛАТЕЛЬЩИКА: АО «АЛЬФА-БАНК» г. Москва
БИК: 044525593, Кор. счет: 30101810200000000593
БАНК ПОЛУЧАТЕЛЯ: ПАО СБЕРБАНК г. Москва
БИК: 044525225, к/с 30101810400000000225
ПОЛУЧАТЕЛЬ: ООО «Альфа»
ИНН 7725012341, КПП 772501001
р/с 40702810500000001234
Очередность платежа: 5
Назначение платежа: Оплата по счету № 123 от 15.03.2024, в т.ч. НДС 20% 7600-00
""",
    {
        "number": "318",
        "date": "2024-03-20",
        "total": "45600.00",
        "parties.payer.name": "ООО «Бета»",
        "parties.payer.inn": "5260012342",
        "parties.payer.kpp": "526001001",
        "parties.payer.account": "40702810600000000777",
        "parties.payer.bank_name": "АО «АЛЬФА-БАНК» г. Москва",
        "parties.payer.bik": "044525593",
        "parties.payer.correspondent_account": "30101810200000000593",
        "parties.payee.bank_name": "ПАО СБЕРБАНК г. Москва",
        "parties.payee.bik": "044525225",
        "parties.payee.correspondent_account": "30101810400000000225",
        "parties.payee.name": "ООО «Альфа»",
        "parties.payee.inn": "7725012341",
        "parties.payee.kpp": "772501001",
        "parties.payee.account": "40702810500000001234",
        "purpose": "Оплата по счету № 123 от 15.03.2024, в т.ч. НДС 20% 7600-00",
        "payment_type": "электронно",
        "priority": "5",
    },
)

# The bank form's order with no bank captions: both banks sit between the payer's
# and the payee's lines.
PAYMENT_ORDER_FORM_ORDER = Sample(
    "payment_order",
    "ru",
    """Платежное поручение № 9 от 01.04.2024
Сумма 1 000-00
Плательщик: ИП Петров Петр Петрович, ИНН 500100732259
р/с 40817810400000004321
АО "АЛЬФА-БАНК" г. Москва, БИК 044525593, к/с 30101810200000000593
ПАО СБЕРБАНК г. Москва, БИК 044525225, к/с 30101810400000000225
Получатель: ООО "Альфа", ИНН 7725012341, КПП 772501001, р/с 40702810500000001234
Назначение платежа: оплата по договору № 7, НДС не облагается
""",
    {
        "parties.payer.name": "ИП Петров Петр Петрович",
        "parties.payer.inn": "500100732259",
        "parties.payer.account": "40817810400000004321",
        "parties.payer.bik": "044525593",
        "parties.payer.correspondent_account": "30101810200000000593",
        "parties.payer.bank_name": 'АО "АЛЬФА-БАНК" г. Москва',
        "parties.payee.bik": "044525225",
        "parties.payee.correspondent_account": "30101810400000000225",
        "parties.payee.bank_name": "ПАО СБЕРБАНК г. Москва",
        "parties.payee.name": 'ООО "Альфа"',
        "parties.payee.inn": "7725012341",
        "parties.payee.account": "40702810500000001234",
        "purpose": "оплата по договору № 7, НДС не облагается",
    },
)

# A 1C invoice: the payee block printed like a payment order, captions under content.
INVOICE_1C = Sample(
    "invoice",
    "ru",
    """ООО «Альфа»
125009, г. Москва, ул. Тверская, д. 7, тел. +7 495 123-45-67

ПАО СБЕРБАНК г. Москва                                 БИК      044525225
                                                       Сч. №    30101810400000000225
Банк получателя
ИНН 7725012341      КПП 772501001                      Сч. №    40702810500000001234
ООО «Альфа»
Получатель

Счет на оплату № 123 от 15 марта 2024 г.

Поставщик
(Исполнитель):  ООО «Альфа», ИНН 7725012341, КПП 772501001, 125009, г. Москва,
                ул. Тверская, д. 7
Покупатель
(Заказчик):     ООО «Бета», ИНН 5260012342, КПП 526001001, 603000,
                г. Нижний Новгород, ул. Минина, д. 1
Основание:      Договор № 15 от 01.02.2024

№   Товары (работы, услуги)          Кол-во   Ед.    Цена        Сумма
1   Монитор 24 дюйма                 2        шт.    4 000,00    8 000,00
2   Клавиатура                       4        шт.    1 000,00    4 000,00

                                                         Итого:     12 000,00
                                          В том числе НДС (20%):     2 000,00
                                                 Всего к оплате:    12 000,00

Всего наименований 2, на сумму 12 000,00 руб.
Двенадцать тысяч рублей 00 копеек

Руководитель ____________ Иванов И.И.     Бухгалтер ____________ Иванова А.А.
""",
    {
        "number": "123",
        "date": "2024-03-15",
        "total": "12000.00",
        "vat": "2000.00",
        "parties.seller.name": "ООО «Альфа»",
        "parties.seller.inn": "7725012341",
        "parties.seller.kpp": "772501001",
        "parties.seller.bik": "044525225",
        "parties.seller.account": "40702810500000001234",
        "parties.seller.correspondent_account": "30101810400000000225",
        "parties.seller.bank_name": "ПАО СБЕРБАНК г. Москва",
        "parties.buyer.name": "ООО «Бета»",
        "parties.buyer.inn": "5260012342",
        "parties.buyer.kpp": "526001001",
    },
)

# The same kind of invoice typed by hand: labels first, upper case, one line each.
INVOICE_TYPED = Sample(
    "invoice",
    "ru",
    """СЧЕТ НА ОПЛАТУ № 45 ОТ 02.04.2024
БАНК ПОЛУЧАТЕЛЯ: АО "АЛЬФА-БАНК" Г. МОСКВА БИК: 044525593 КОР. СЧЕТ: 30101810200000000593
ПОЛУЧАТЕЛЬ: ИП СИДОРОВ С.С. ИНН 500100732259 Р/СЧ 40817810400000004321
ПОКУПАТЕЛЬ: ООО "БЕТА", ИНН/КПП 5260012342/526001001
Итого к оплате: 3 500,00 руб. Без НДС
""",
    {
        "number": "45",
        "total": "3500.00",
        "vat": "0.00",
        "parties.seller.name": "ИП СИДОРОВ С.С.",
        "parties.seller.inn": "500100732259",
        "parties.seller.account": "40817810400000004321",
        "parties.seller.bik": "044525593",
        "parties.seller.correspondent_account": "30101810200000000593",
        "parties.seller.bank_name": 'АО "АЛЬФА-БАНК" Г. МОСКВА',
        "parties.buyer.name": 'ООО "БЕТА"',
        "parties.buyer.inn": "5260012342",
        "parties.buyer.kpp": "526001001",
    },
)

ACT_ONE_LINE = Sample(
    "act",
    "ru",
    """АКТ № 17 от 31 марта 2024 г.
об оказании услуг
Исполнитель: ООО «Альфа», ИНН 7725012341, КПП 772501001, Заказчик: ООО «Бета», ИНН 5260012342, КПП 526001001
Основание: договор № 15 от 01.02.2024

№  Наименование работ, услуг     Кол-во  Ед.  Цена        Сумма
1  Техническая поддержка          1       мес. 30 000,00   30 000,00
Итого: 30 000,00
В том числе НДС: 5 000,00
Всего оказано услуг 1, на сумму 30 000,00 руб.
""",
    {
        "number": "17",
        "total": "30000.00",
        "vat": "5000.00",
        "parties.seller.name": "ООО «Альфа»",
        "parties.seller.inn": "7725012341",
        "parties.seller.kpp": "772501001",
        "parties.buyer.name": "ООО «Бета»",
        "parties.buyer.inn": "5260012342",
        "parties.buyer.kpp": "526001001",
    },
)

ACT_COLUMNS = Sample(
    "act",
    "ru",
    """АКТ сдачи-приемки выполненных работ № 8 от 10.04.2024

Работы выполнены полностью и в срок. Заказчик претензий не имеет.
Итого: 48 000,00, без НДС

ИСПОЛНИТЕЛЬ:                              ЗАКАЗЧИК:
ООО «Альфа»                               ООО «Бета»
ИНН 7725012341                            ИНН 5260012342
КПП 772501001                             КПП 526001001
р/с 40702810500000001234                  р/с 40702810600000000777
БИК 044525225                             БИК 044525593
""",
    {
        "number": "8",
        "total": "48000.00",
        "parties.seller.name": "ООО «Альфа»",
        "parties.seller.inn": "7725012341",
        "parties.seller.kpp": "772501001",
        "parties.seller.account": "40702810500000001234",
        "parties.seller.bik": "044525225",
        "parties.buyer.name": "ООО «Бета»",
        "parties.buyer.inn": "5260012342",
        "parties.buyer.kpp": "526001001",
        "parties.buyer.account": "40702810600000000777",
        "parties.buyer.bik": "044525593",
    },
)

CONTRACT_NAMED_BLOCKS = Sample(
    "contract",
    "ru",
    """ДОГОВОР ПОСТАВКИ № 28/24
г. Москва                                                «10» января 2024 г.

Общество с ограниченной ответственностью «Альфа» (ООО «Альфа»), именуемое
в дальнейшем «Поставщик», в лице генерального директора Иванова Ивана Ивановича,
действующего на основании Устава, с одной стороны, и Общество с ограниченной
ответственностью «Бета», именуемое в дальнейшем «Покупатель», в лице директора
Петрова П.П., действующего на основании Устава, с другой стороны, заключили
настоящий Договор о нижеследующем:

1. ПРЕДМЕТ ДОГОВОРА
1.1. Поставщик обязуется поставить, а Покупатель принять и оплатить товар.
2. ЦЕНА ДОГОВОРА
2.1. Цена Договора составляет 360 000,00 рублей, в том числе НДС 20% 60 000,00 рублей.

10. РЕКВИЗИТЫ СТОРОН

ООО «Альфа»
Юридический адрес: 125009, г. Москва, ул. Тверская, д. 7
ИНН/КПП 7725012341/772501001
ОГРН 1225000000015
Р/сч 40702810500000001234
в ПАО СБЕРБАНК г. Москва
Кор/сч 30101810400000000225
БИК 044525225

ООО «Бета»
Юридический адрес: 603000, г. Нижний Новгород, ул. Минина, д. 1
ИНН/КПП 5260012342/526001001
Р/сч 40702810600000000777
в АО «АЛЬФА-БАНК»
Кор/сч 30101810200000000593
БИК 044525593

Поставщик: _____________ /Иванов И.И./        Покупатель: _____________ /Петров П.П./
""",
    {
        "number": "28/24",
        "parties.seller.name": "ООО «Альфа»",
        "parties.seller.inn": "7725012341",
        "parties.seller.kpp": "772501001",
        "parties.seller.ogrn": "1225000000015",
        "parties.seller.account": "40702810500000001234",
        "parties.seller.correspondent_account": "30101810400000000225",
        "parties.seller.bik": "044525225",
        "parties.seller.bank_name": "ПАО СБЕРБАНК г. Москва",
        "parties.buyer.name": "ООО «Бета»",
        "parties.buyer.inn": "5260012342",
        "parties.buyer.kpp": "526001001",
        "parties.buyer.account": "40702810600000000777",
        "parties.buyer.correspondent_account": "30101810200000000593",
        "parties.buyer.bik": "044525593",
        "parties.buyer.bank_name": "АО «АЛЬФА-БАНК»",
    },
)

CONTRACT_CAPTIONS = Sample(
    "contract",
    "ru",
    """ДОГОВОР № 5-У
возмездного оказания услуг
г. Нижний Новгород                                                      01.03.2024

Индивидуальный предприниматель Петров Петр Петрович, именуемый в дальнейшем
«Исполнитель», с одной стороны, и ООО «Бета» (далее - «Заказчик»), в лице
директора Сидорова С.С., с другой стороны, заключили настоящий договор.
1. Исполнитель оказывает услуги по настройке оборудования.
2. Стоимость услуг составляет 15 000,00 рублей, НДС не облагается.

7. АДРЕСА, РЕКВИЗИТЫ И ПОДПИСИ СТОРОН
ИСПОЛНИТЕЛЬ
ИП Петров Петр Петрович
ИНН 500100732259, ОГРНИП 304500116000157
р/с 40817810400000004321 в АО «АЛЬФА-БАНК»
к/с 30101810200000000593, БИК 044525593

ЗАКАЗЧИК
ООО «Бета»
ИНН 5260012342, КПП 526001001
р/с 40702810500000001234 в ПАО СБЕРБАНК
к/с 30101810400000000225, БИК 044525225
""",
    {
        "number": "5-У",
        "parties.seller.name": "ИП Петров Петр Петрович",
        "parties.seller.inn": "500100732259",
        "parties.seller.ogrn": "304500116000157",
        "parties.seller.account": "40817810400000004321",
        "parties.seller.bank_name": "АО «АЛЬФА-БАНК»",
        "parties.seller.bik": "044525593",
        "parties.buyer.name": "ООО «Бета»",
        "parties.buyer.inn": "5260012342",
        "parties.buyer.kpp": "526001001",
        "parties.buyer.bik": "044525225",
        "parties.buyer.bank_name": "ПАО СБЕРБАНК",
    },
)

# Requisites only in the preamble and in blocks headed by names, no role captions.
CONTRACT_PREAMBLE_ONLY = Sample(
    "contract",
    "ru",
    """ДОГОВОР АРЕНДЫ № 3
г. Москва                                                          01.02.2024

ООО «Альфа», ИНН 7725012341, именуемое в дальнейшем «Арендодатель», и ООО «Бета»,
ИНН 5260012342, именуемое в дальнейшем «Арендатор», заключили настоящий договор.
""",
    {
        "parties.seller.name": "ООО «Альфа»",
        "parties.buyer.name": "ООО «Бета»",
    },
)

UPD_FORM = Sample(
    "upd",
    "ru",
    """Универсальный передаточный документ
Счет-фактура № 112 от 25.03.2024                                          (1)
Исправление № --- от ---                                                  (1а)
Продавец: ООО «Альфа»                                                     (2)
Адрес: 125009, г. Москва, ул. Тверская, д. 7                               (2а)
ИНН/КПП продавца: 7725012341/772501001                                    (2б)
Грузоотправитель и его адрес: он же                                       (3)
Грузополучатель и его адрес: ООО «Гамма», 190000, г. Санкт-Петербург       (4)
К платежно-расчетному документу № 318 от 20.03.2024                       (5)
Покупатель: ООО «Бета»                                                    (6)
Адрес: 603000, г. Нижний Новгород, ул. Минина, д. 1                        (6а)
ИНН/КПП покупателя: 5260012342/526001001                                  (6б)
Валюта: наименование, код Российский рубль, 643                           (7)
""",
    {
        "number": "112",
        "date": "2024-03-25",
        "parties.seller.name": "ООО «Альфа»",
        "parties.seller.inn": "7725012341",
        "parties.seller.kpp": "772501001",
        "parties.consignee.name": "ООО «Гамма»",
        "parties.buyer.name": "ООО «Бета»",
        "parties.buyer.inn": "5260012342",
        "parties.buyer.kpp": "526001001",
    },
)

WAYBILL_TORG12 = Sample(
    "waybill",
    "ru",
    """Унифицированная форма № ТОРГ-12
Грузоотправитель  ООО «Альфа», ИНН 7725012341, 125009, г. Москва, ул. Тверская, д. 7, р/с 40702810500000001234 в ПАО СБЕРБАНК, БИК 044525225, к/с 30101810400000000225
Грузополучатель   ООО «Гамма», ИНН 7810000001, 190000, г. Санкт-Петербург, Невский пр., д. 1
Поставщик         ООО «Альфа», ИНН 7725012341, 125009, г. Москва, ул. Тверская, д. 7, р/с 40702810500000001234 в ПАО СБЕРБАНК, БИК 044525225, к/с 30101810400000000225
Плательщик        ООО «Бета», ИНН 5260012342, 603000, г. Нижний Новгород, ул. Минина, д. 1, р/с 40702810600000000777 в АО «АЛЬФА-БАНК», БИК 044525593, к/с 30101810200000000593
Основание         Договор поставки № 28/24 от 10.01.2024
                                      Номер документа   Дата составления
ТОВАРНАЯ НАКЛАДНАЯ                    311               25.03.2024
""",
    {
        "parties.shipper.name": "ООО «Альфа»",
        "parties.shipper.inn": "7725012341",
        "parties.consignee.name": "ООО «Гамма»",
        "parties.consignee.inn": "7810000001",
        "parties.seller.inn": "7725012341",
        "parties.seller.account": "40702810500000001234",
        "parties.seller.bik": "044525225",
        "parties.seller.bank_name": "ПАО СБЕРБАНК",
        "parties.buyer.name": "ООО «Бета»",
        "parties.buyer.inn": "5260012342",
        "parties.buyer.account": "40702810600000000777",
        "parties.buyer.bik": "044525593",
        "parties.buyer.bank_name": "АО «АЛЬФА-БАНК»",
    },
)

INVOICE_EN_SELLER = Sample(
    "invoice",
    "en",
    """INVOICE
Invoice No.: 2024-118
Invoice date: 05.04.2024

Seller: Nordic Parts GmbH
Hauptstrasse 5, 10115 Berlin, Germany
VAT ID: DE811907980
IBAN: DE89 3704 0044 0532 0130 00
SWIFT/BIC: COBADEFFXXX

Bill to:
Blue Harbor Imports Inc.
55 Ocean Drive, Newark, NJ 07102
VAT ID: US12345678

Description        Qty   Unit price   Amount
Brake pads          10      45.00      450.00
Subtotal: 450.00 EUR
VAT 19%: 85.50 EUR
Total due: 535.50 EUR
""",
    {
        "number": "2024-118",
        "total": "535.50",
        "currency": "EUR",
        "parties.seller.name": "Nordic Parts GmbH",
        "parties.seller.vat_id": "DE811907980",
        "parties.seller.iban": "DE89370400440532013000",
        "parties.seller.swift": "COBADEFFXXX",
        "parties.buyer.name": "Blue Harbor Imports Inc.",
        "parties.buyer.vat_id": "US12345678",
    },
)

INVOICE_EN_CAPTIONS = Sample(
    "invoice",
    "en",
    """TAX INVOICE
Invoice # 7781
Date: 12 April 2024

Supplier
Kestrel Software Ltd
10 Harbour Road, Felixstowe IP11 3AA, United Kingdom
VAT No: GB123456789

Customer
Northwind Trading Ltd.
1 Market Square, Leeds LS1 1AA

Item                         Amount
Annual licence             1,200.00
VAT (20%)                    240.00
Total                      1,440.00 GBP

Bank details: Barclays Bank PLC, Sort code 20-00-00
IBAN: GB29 NWBK 6016 1331 9268 19   SWIFT: NWBKGB2L
""",
    {
        "number": "7781",
        "total": "1440.00",
        "parties.seller.name": "Kestrel Software Ltd",
        "parties.seller.vat_id": "GB123456789",
        "parties.seller.iban": "GB29NWBK60161331926819",
        "parties.seller.swift": "NWBKGB2L",
        "parties.seller.bank_name": "Barclays Bank PLC",
        "parties.buyer.name": "Northwind Trading Ltd.",
    },
)

PARTY_SAMPLES = {
    "payment-order-inline": PAYMENT_ORDER_INLINE,
    "payment-order-export": PAYMENT_ORDER_EXPORT,
    "payment-order-form-order": PAYMENT_ORDER_FORM_ORDER,
    "invoice-1c": INVOICE_1C,
    "invoice-typed": INVOICE_TYPED,
    "act-one-line": ACT_ONE_LINE,
    "act-columns": ACT_COLUMNS,
    "contract-named-blocks": CONTRACT_NAMED_BLOCKS,
    "contract-captions": CONTRACT_CAPTIONS,
    "contract-preamble-only": CONTRACT_PREAMBLE_ONLY,
    "upd-form": UPD_FORM,
    "waybill-torg12": WAYBILL_TORG12,
    "invoice-en-seller": INVOICE_EN_SELLER,
    "invoice-en-captions": INVOICE_EN_CAPTIONS,
}
