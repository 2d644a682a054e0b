"""Documents that misled this session's rules, each with what the engine must read.

They cover processors named "AMD" in a rouble invoice, VAT notes that cite a law, a
contract or a base in figures, and notes that leave rows out. Parties printed as "он
же", captions of bank details, and banks after "открытый в" follow. Then come acts
that cite their bill or earlier stages, a share of a contract's price in words and
item rows that open with "Total" or "Итоговая". A set-off agreement, a resolution's
own date, an Italian VAT number and "N2" after an act's title words follow. The
last ones are totals rows with a currency, laws cited in any case, drams without
kopecks and demands, withheld penalties and earlier stages worded otherwise."""

import pytest

from ai_agents.engines import get_engine


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def _read(engine, text: str, path: str):
    """Return what `path` names in the engine's reading of `text`: "type", the
    count of "line_items", "parties.<role>.<key>", "checks.<code>" (True when all
    such checks pass, False when one fails, None without any) or a field."""
    if path == "type":
        return engine.classify(text).document_type
    extraction = engine.extract(text)
    fields = extraction.fields
    if path == "line_items.count":
        return len(fields.get("line_items", []))
    if path.startswith("checks."):
        code = path.removeprefix("checks.")
        passed = [
            check["passed"] for check in extraction.checks if check["code"] == code
        ]
        return all(passed) if passed else None
    if path.startswith("parties."):
        _, role, key = path.split(".", 2)
        found = fields.get("parties", {}).get(role, {}).get(key)
    else:
        found = fields.get(path)
    return None if found is None else found["value"]


CASES = [
    pytest.param(
        (
            "ООО «Техносфера-Юг»\n"
            "ИНН 2409546113 КПП 240901001\n"
            "660049, г. Красноярск, ул. Карла Маркса, д. 48, оф. 12\n"
            "\n"
            "СЧЕТ НА ОПЛАТУ № 214 от 16 марта 2026 г.\n"
            "\n"
            "Поставщик: ООО «Техносфера-Юг», ИНН 2409546113, КПП 240901001\n"
            "Покупатель: ООО «Медиагрупп Сибирь», ИНН 5433907574, КПП 543301001\n"
            "\n"
            "| № | Наименование                                   | Кол-во | Ед. | "
            "Цена      | Сумма      |\n"
            "| 1 | Процессор AMD Ryzen 7 7700X BOX                | 4      | шт  | "
            "28 450,00 | 113 800,00 |\n"
            "| 2 | Материнская плата ASUS TUF Gaming B650-PLUS    | 4      | шт  | "
            "19 990,00 | 79 960,00  |\n"
            "| 3 | Видеокарта AMD Radeon RX 7600 8 ГБ             | 2      | шт  | "
            "31 200,00 | 62 400,00  |\n"
            "\n"
            "Итого: 256 160,00\n"
            "В том числе НДС (22%): 46 192,79\n"
            "Всего к оплате: 256 160,00\n"
            "\n"
            "Всего наименований 3, на сумму 256 160,00 руб.\n"
            "Двести пятьдесят шесть тысяч сто шестьдесят рублей 00 копеек\n"
            "\n"
            "Оплата настоящего счета означает согласие с условиями поставки товара."
            "\n"
            "Руководитель ____________ Лапин С. Г.        Бухгалтер ____________ Ор"
            "лова Е. В.\n"
        ),
        {"currency": "RUB"},
        id="amd_cpu_currency",
    ),
    pytest.param(
        (
            "ООО «Хлебный двор»\n"
            "ИНН 5441094668 КПП 544101001\n"
            "630099, г. Новосибирск, ул. Советская, д. 64\n"
            "\n"
            "СЧЕТ НА ОПЛАТУ № 582 от 18 марта 2026 г.\n"
            "\n"
            "Поставщик: ООО «Хлебный двор», ИНН 5441094668, КПП 544101001\n"
            "Покупатель: ООО «Столовая Лесная», ИНН 5497011769, КПП 549701001\n"
            "\n"
            "| № | Наименование               | Кол-во | Ед. | Цена   | Сумма     |"
            "\n"
            "| 1 | Хлеб пшеничный формовой    | 400    | шт  | 42,00  | 16 800,00 |"
            "\n"
            "| 2 | Батон нарезной             | 250    | шт  | 48,00  | 12 000,00 |"
            "\n"
            "| 3 | Мука пшеничная в/с 50 кг   | 10     | меш | 1 920,00 | 19 200,00"
            " |\n"
            "\n"
            "Итого без НДС: 48 000,00\n"
            "НДС 10% (по пп. 1 п. 2 ст. 164 НК РФ): 4 800,00\n"
            "Всего к оплате: 52 800,00\n"
            "\n"
            "Руководитель ____________ Зуев П. А.        Бухгалтер ____________ Зуе"
            "ва Н. И.\n"
        ),
        {"checks.vat_rate": True},
        id="vat10_tax_code_note",
    ),
    pytest.param(
        (
            "Northgate Analytics Ltd\n"
            "14 Wharf Street, Leeds LS2 7EQ, United Kingdom\n"
            "VAT Reg. No. GB 284 1937 56\n"
            "\n"
            "INVOICE No. NGA-2026-0318\n"
            "Date: 18 March 2026\n"
            "\n"
            "Bill to: Harwell Fabrications Ltd, 3 Mill Lane, Sheffield S3 8GG\n"
            "\n"
            "| # | Description                         | Qty | Unit price | Amount "
            "   |\n"
            "| 1 | Data pipeline audit, March 2026     | 1   | 2,400.00   | 2,400.0"
            "0  |\n"
            "| 2 | Dashboard maintenance, 12 hours     | 12  | 85.00      | 1,020.0"
            "0  |\n"
            "\n"
            "Net total: GBP 3,420.00\n"
            "VAT 20% (on GBP 3,420.00): GBP 648.00\n"
            "Total due: GBP 4,068.00\n"
            "\n"
            "Payment terms: 30 days. Bank: Barclays, sort code 20-32-06, account 43"
            "917265.\n"
        ),
        {"checks.vat_rate": False},
        id="vat_note_names_base_amount",
    ),
    pytest.param(
        (
            "АНО ДПО «Учебный центр Профразвитие»\n"
            "ИНН 6313846642 КПП 631301001\n"
            "443010, г. Самара, ул. Фрунзе, д. 96, оф. 4\n"
            "\n"
            "СЧЕТ НА ОПЛАТУ № 311 от 23 марта 2026 г.\n"
            "\n"
            "Поставщик: АНО ДПО «Учебный центр Профразвитие», ИНН 6313846642, КПП 6"
            "31301001\n"
            "Покупатель: ООО «Волжский трубный терминал», ИНН 6334514503, КПП 63340"
            "1001\n"
            "Основание: договор № 7-ОБ от 12.01.2026\n"
            "\n"
            "| № | Наименование                                   | Кол-во | Ед.  |"
            " Цена      | Сумма     |\n"
            "| 1 | Монтаж учебного стенда «Электробезопасность»    | 1      | усл  "
            "| 50 000,00 | 50 000,00 |\n"
            "| 2 | Пусконаладка стенда                             | 1      | усл  "
            "| 30 000,00 | 30 000,00 |\n"
            "| 3 | Инструктаж преподавателей заказчика             | 1      | усл  "
            "| 20 000,00 | 20 000,00 |\n"
            "| 4 | Учебные пособия по электробезопасности          | 10     | шт   "
            "| 1 500,00  | 15 000,00 |\n"
            "\n"
            "Итого без НДС: 115 000,00\n"
            "НДС 22% (кроме поз. 4): 22 000,00\n"
            "Всего к оплате: 137 000,00\n"
            "\n"
            "Руководитель ____________ Кравец Е. Н.        Главный бухгалтер ______"
            "______ Лыкова С. В.\n"
        ),
        {"checks.vat_rate": (True, None)},
        id="vat_note_except_row",
    ),
    pytest.param(
        (
            "Универсальный передаточный документ\n"
            "Счет-фактура № 418 от 25 марта 2026 г. (1)\n"
            "Статус: 1\n"
            "Продавец: ООО «Агропродукт Кубани» (2)\n"
            "ИНН/КПП продавца: 2373014786/237301001 (2б)\n"
            "Грузоотправитель и его адрес: он же (3)\n"
            "Грузополучатель и его адрес: он же (4)\n"
            "Покупатель: ООО «Торговый дом Тихорецкий» (6)\n"
            "ИНН/КПП покупателя: 6105602638/610501001 (6б)\n"
            "| № | Товар                 | Ед. | Кол-во | Цена   | Без НДС   | Став"
            "ка | НДС      | С НДС     |\n"
            "| 1 | Масло подсолнечное 5 л | шт  | 300    | 410,00 | 123 000,00 | 10"
            "%    | 12 300,00 | 135 300,00 |\n"
            "| Всего к оплате         |     |        |        | 123 000,00 | X     "
            " | 12 300,00 | 135 300,00 |\n"
        ),
        {"parties.consignee.name": (None, "ООО «Торговый дом Тихорецкий»")},
        id="upd_consignee_same_as",
    ),
    pytest.param(
        (
            "Унифицированная форма № ТОРГ-12\n"
            "Утверждена постановлением Госкомстата России от 25.12.98 № 132\n"
            "Форма по ОКУД 0330212\n"
            "Грузоотправитель: ООО «Агропродукт Кубани», ИНН 2373014786, 352120, Кр"
            "аснодарский край, г. Тихорецк, ул. Меньшикова, д. 12\n"
            "Грузополучатель: ООО «Торговый дом Тихорецкий», ИНН 6105602638, 344002"
            ", г. Ростов-на-Дону, ул. Пушкинская, д. 40\n"
            "Поставщик: он же\n"
            "Плательщик: он же\n"
            "Основание: договор поставки № 18/26 от 12.01.2026\n"
            "\n"
            "ТОВАРНАЯ НАКЛАДНАЯ № 418 от 25.03.2026\n"
            "\n"
            "| № | Товар                   | Ед. | Кол-во | Цена   | Сумма без НДС "
            "| НДС, %  | Сумма НДС | Сумма с НДС |\n"
            "| 1 | Масло подсолнечное 5 л  | шт  | 300    | 410,00 | 123 000,00    "
            "| 10      | 12 300,00 | 135 300,00  |\n"
            "| Итого                     |     | 300    |        | 123 000,00    | "
            "X       | 12 300,00 | 135 300,00  |\n"
            "\n"
            "Всего отпущено на сумму: Сто тридцать пять тысяч триста рублей 00 копе"
            "ек\n"
            "Отпуск груза разрешил ____________ Коваль А. П.     Груз получил _____"
            "_______ Нестеренко В. В.\n"
        ),
        {
            "parties.seller.name": (None, "ООО «Агропродукт Кубани»"),
            "parties.buyer.name": (None, "ООО «Торговый дом Тихорецкий»"),
        },
        id="torg12_supplier_payer_same_as",
    ),
    pytest.param(
        (
            "ООО «Северная логистика»\n"
            "ИНН 7752935959 КПП 775201001\n"
            "Банковские реквизиты: БИК 044525781, к/с 30101810300000000781, р/с 407"
            "02810728367916010\n"
            "127015, г. Москва, ул. Бутырская, д. 76, стр. 1\n"
            "\n"
            "СЧЕТ НА ОПЛАТУ № 305 от 19 марта 2026 г.\n"
            "\n"
            "Покупатель: ООО «Промтехкомплект», ИНН 7797222852, КПП 779701001\n"
            "\n"
            "| № | Наименование                            | Кол-во | Ед.  | Цена  "
            "    | Сумма     |\n"
            "| 1 | Доставка груза Москва — Тверь, фура 20 т | 2      | рейс | 38 00"
            "0,00 | 76 000,00 |\n"
            "\n"
            "Итого: 76 000,00\n"
            "В том числе НДС 22%: 13 704,92\n"
            "Всего к оплате: 76 000,00 руб.\n"
        ),
        {"parties.seller.bank_name": None},
        id="bank_details_caption_as_bank",
    ),
    pytest.param(
        (
            "ООО «Вектор-М»\n"
            "ИНН 7752935959 КПП 775201001\n"
            "Р/с 40702810728367916010, открытый в АО «Банк Северный Путь», БИК 0445"
            "25781\n"
            "127015, г. Москва, ул. Бутырская, д. 76, стр. 1, тел. +7 (495) 641-22-"
            "80\n"
            "\n"
            "СЧЕТ НА ОПЛАТУ № 118 от 12 марта 2026 г.\n"
            "\n"
            "Покупатель: ООО «Промтехкомплект», ИНН 7797222852, КПП 779701001\n"
            "\n"
            "| № | Наименование                                | Кол-во | Ед. | Цен"
            "а       | Сумма      |\n"
            "| 1 | Сервер стоечный 2U, 2×Xeon Silver 4410Y     | 1      | шт  | 112"
            " 300,00 | 112 300,00 |\n"
            "| 2 | Источник бесперебойного питания 3 кВА       | 1      | шт  | 24 "
            "700,00  | 24 700,00  |\n"
            "\n"
            "Итого: 137 000,00\n"
            "В том числе НДС 22%: 24 704,92\n"
            "Всего к оплате: 137 000,00 руб.\n"
            "\n"
            "Руководитель ____________ Лапин С. Г.\n"
        ),
        {"parties.seller.bank_name": "АО «Банк Северный Путь»"},
        id="account_opened_in_bank",
    ),
    pytest.param(
        (
            "АКТ № 58 от 31 марта 2026 г.\n"
            "сдачи-приемки оказанных услуг\n"
            "\n"
            "Исполнитель: ООО «Клининг Плюс», ИНН 1606602301, КПП 160601001\n"
            "Заказчик: АО «Казанский завод металлоконструкций», ИНН 1614610031, КПП"
            " 161401001\n"
            "Основание: договор № 12-К от 10.01.2026\n"
            "\n"
            "| № | Наименование услуги                           | Ед.  | Кол-во | "
            "Цена       | Сумма      |\n"
            "| 1 | Уборка производственных помещений, март 2026  | мес. | 1      | "
            "164 000,00 | 164 000,00 |\n"
            "| 2 | Мойка остекления фасада                       | м2   | 820    | "
            "95,00      | 77 900,00  |\n"
            "\n"
            "Итого: 241 900,00\n"
            "НДС 22%: 53 218,00\n"
            "Всего к оплате по счету № 58 от 31.03.2026: 295 118,00 руб.\n"
            "\n"
            "Вышеперечисленные услуги выполнены полностью и в срок. Заказчик претен"
            "зий по объему, качеству и срокам оказания услуг не имеет.\n"
            "\n"
            "Исполнитель ____________ Валиев Р. Р.          Заказчик ____________ Н"
            "уриев И. Ф.\n"
        ),
        {"total": "295118.00"},
        id="act_total_payable_by_invoice",
    ),
    pytest.param(
        (
            "ACT No. 14/2026\n"
            "of services rendered\n"
            "\n"
            "Moscow                                                        31 March"
            " 2026\n"
            "\n"
            "Contractor: Translink Consulting LLC, INN 7752935959\n"
            "Customer: Aurora Pharma Distribution JSC, INN 7797222852\n"
            "Under Service Agreement No. TC-07/2025 dated 15 September 2025\n"
            "\n"
            "| No. | Service                                        | Amount, USD |"
            "\n"
            "| 1   | Regulatory translation, 212 pages              | 6,360.00    |"
            "\n"
            "| 2   | Certified notarisation of translations          | 1,140.00    "
            "|\n"
            "\n"
            "Total: USD 7,500.00\n"
            "VAT 20%: USD 1,500.00\n"
            "Total payable under Invoice No. 14 dated 31 March 2026: USD 9,000.00\n"
            "\n"
            "The services have been rendered in full. The Customer has no claims as"
            " to the scope, quality and timing of the services.\n"
            "\n"
            "Contractor ____________ A. V. Rudenko          Customer ____________ P"
            ". S. Glebova\n"
        ),
        {"total": "9000.00"},
        id="act_total_payable_under_invoice_en",
    ),
    pytest.param(
        (
            "АКТ № 3 от 31 марта 2026 г.\n"
            "сдачи-приемки выполненных работ (этап 3)\n"
            "\n"
            "Исполнитель: ООО «ГеоПроект-Сибирь», ИНН 2458632157, КПП 245801001\n"
            "Заказчик: АО «Красноярская сетевая компания», ИНН 2409546113, КПП 2409"
            "01001\n"
            "Основание: договор № 41-ИИ от 15.11.2025\n"
            "\n"
            "| № | Наименование работ                                             |"
            " Сумма, руб. |\n"
            "| 1 | Инженерно-геодезические изыскания по трассе ВЛ 110 кВ, этап 3 | "
            "640 000,00  |\n"
            "\n"
            "Итого по акту: 640 000,00\n"
            "НДС 22%: 140 800,00\n"
            "Всего по акту с НДС: 780 800,00\n"
            "Ранее принято работ на сумму: 1 561 600,00 (акты № 1 от 31.01.2026, № "
            "2 от 28.02.2026)\n"
            "\n"
            "Работы выполнены в полном объеме. Заказчик претензий по объему, качест"
            "ву и срокам выполнения работ не имеет.\n"
            "\n"
            "Исполнитель ____________ Дорофеев К. С.          Заказчик ____________"
            " Юдина Т. М.\n"
        ),
        {"total": "780800.00"},
        id="act_previously_accepted_works",
    ),
    pytest.param(
        (
            "SUPPLY CONTRACT No. HL-2026/08\n"
            "\n"
            "Moscow                                                         10 Marc"
            "h 2026\n"
            "\n"
            "Hangzhou Lianfa Valve Co., Ltd, a company registered in the People's R"
            'epublic of China, hereinafter referred to as the "Seller", represented'
            ' by its General Manager Mr. Zhou Wei, and LLC "Promarmatura", INN 7752'
            '935959, hereinafter referred to as the "Buyer", represented by its Gen'
            "eral Director I. S. Laptev, together the Parties, have concluded this "
            "Contract as follows:\n"
            "\n"
            "1. SUBJECT OF THE CONTRACT\n"
            "1.1. The Seller shall deliver industrial valves according to Specifica"
            "tion No. 1, which is an integral part of this Contract.\n"
            "\n"
            "2. PRICE AND PAYMENT\n"
            "2.1. The total value of this Contract is USD 501,000.00 (five hundred "
            "and one thousand US dollars 00 cents), FOB Ningbo, Incoterms 2020.\n"
            "2.2. The Buyer shall pay an advance of thirty percent (30%) of the Con"
            "tract Price, USD 150,300.00, within 10 banking days after signing of t"
            "his Contract.\n"
            "2.3. The balance shall be paid within 30 days after delivery to the Bu"
            "yer's warehouse.\n"
            "\n"
            "3. GOVERNING LAW\n"
            "3.1. This Contract is governed by the laws of the Russian Federation.\n"
            "\n"
            'Seller: Hangzhou Lianfa Valve Co., Ltd            Buyer: LLC "Promarma'
            'tura"\n'
            "____________ Zhou Wei                              ____________ I. S. "
            "Laptev\n"
        ),
        {"total": "501000.00"},
        id="contract_advance_percent_in_words",
    ),
    pytest.param(
        (
            "GeoPoint Survey Equipment Ltd\n"
            "Unit 4, Riverside Park, Bristol BS2 0JA, United Kingdom\n"
            "VAT Reg. No. GB 331 8402 17\n"
            "\n"
            "INVOICE No. GP-4471\n"
            "Date: 24 March 2026\n"
            "Bill to: Marlow & Finch Civil Engineering LLP, 9 Kings Road, Reading R"
            "G1 3AX\n"
            "\n"
            "| Description                              | Qty | Unit price | Amount"
            "    |\n"
            '| Total station Leica TS07 1" R500         | 1   | 9,850.00   | 9,850.'
            "00  |\n"
            "| Prism pole GLS12, 2.6 m                  | 2   | 310.00     | 620.00"
            "    |\n"
            "| Tribrach GDF321 with optical plummet     | 2   | 455.00     | 910.00"
            "    |\n"
            "\n"
            "Subtotal: GBP 11,380.00\n"
            "VAT 20%: GBP 2,276.00\n"
            "Total due: GBP 13,656.00\n"
            "\n"
            "Payment within 30 days to HSBC UK, sort code 40-11-62, account 8172635"
            "4.\n"
        ),
        {"line_items.count": 3},
        id="total_station_item_row",
    ),
    pytest.param(
        (
            "АКТ № 19 от 27 марта 2026 г.\n"
            "сдачи-приемки оказанных образовательных услуг\n"
            "\n"
            "Исполнитель: АНО ДПО «Учебный центр Профразвитие», ИНН 6313846642, КПП"
            " 631301001\n"
            "Заказчик: ООО «Волжский трубный терминал», ИНН 6334514503, КПП 6334010"
            "01\n"
            "Основание: договор № 7-ОБ от 12.01.2026\n"
            "\n"
            "| Наименование услуги                                    | Ед.  | Кол-"
            "во | Цена     | Сумма     |\n"
            "| Обучение по программе «Охрана труда», 40 ч             | чел. | 12  "
            "   | 3 200,00 | 38 400,00 |\n"
            "| Итоговая аттестация слушателей в комиссии Исполнителя | чел. | 12   "
            "  | 600,00   | 7 200,00  |\n"
            "| Оформление удостоверений                               | шт.  | 12  "
            "   | 150,00   | 1 800,00  |\n"
            "\n"
            "Итого: 47 400,00\n"
            "НДС не облагается (пп. 14 п. 2 ст. 149 НК РФ)\n"
            "Всего к оплате: 47 400,00 руб.\n"
            "\n"
            "Услуги оказаны полностью и в срок. Заказчик претензий по объему, качес"
            "тву и срокам оказания услуг не имеет.\n"
            "\n"
            "Исполнитель ____________ Кравец Е. Н.          Заказчик ____________ Т"
            "итов А. А.\n"
        ),
        {"line_items.count": 3},
        id="final_assessment_item_row",
    ),
    pytest.param(
        (
            "SET-OFF AGREEMENT No. 3/2026\n"
            "\n"
            "Moscow                                                          31 Mar"
            "ch 2026\n"
            "\n"
            'Polar Freight Lines LLC (INN 7752935959), hereinafter referred to as "'
            'Party 1", represented by General Director I. S. Korneev, acting under '
            "the Charter, on the one hand, and\n"
            "Everest Trading House JSC (INN 7797222852), hereinafter referred to as"
            ' "Party 2", represented by General Director M. A. Shevtsova, acting un'
            "der the Charter, on the other hand,\n"
            "together referred to as the Parties, have entered into this Agreement "
            "as follows:\n"
            "\n"
            "1. The Parties agree to set off their mutual claims of the same kind:\n"
            "1.1. Party 1 owes Party 2 RUB 1,284,000.00 under Supply Contract No. 4"
            "4/2025 dated 10 October 2025 (invoice No. 512 dated 03.02.2026).\n"
            "1.2. Party 2 owes Party 1 RUB 1,284,000.00 under Forwarding Agreement "
            "No. PF-19 dated 15 January 2026 (act No. 77 dated 28.02.2026).\n"
            "2. After the set-off the obligations of the Parties under clauses 1.1 "
            "and 1.2 are terminated in full.\n"
            "3. This Agreement enters into force upon signing by both Parties and i"
            "s made in two copies of equal legal force.\n"
            "\n"
            "Party 1: Polar Freight Lines LLC                    Party 2: Everest T"
            "rading House JSC\n"
            "General Director ____________ I. S. Korneev         General Director _"
            "___________ M. A. Shevtsova\n"
        ),
        {"type": "contract"},
        id="set_off_agreement",
    ),
    pytest.param(
        (
            "ГЛАВНОЕ УПРАВЛЕНИЕ ФЕДЕРАЛЬНОЙ СЛУЖБЫ СУДЕБНЫХ ПРИСТАВОВ ПО НОВОСИБИРС"
            "КОЙ ОБЛАСТИ\n"
            "ОСП по Центральному району г. Новосибирска\n"
            "\n"
            "ПОСТАНОВЛЕНИЕ о взыскании исполнительского сбора от 12.03.2026\n"
            "№ 54012/26/118452\n"
            "\n"
            "Судебный пристав-исполнитель Белова Е. А., рассмотрев материалы исполн"
            "ительного производства № 18234/26/54012-ИП, возбужденного 10.02.2026 н"
            "а основании исполнительного листа ФС № 041827365 от 22.01.2026, выданн"
            "ого Арбитражным судом Новосибирской области, в отношении должника ООО "
            "«Хлебный двор», ИНН 5441094668,\n"
            "установил: требования исполнительного документа в срок для добровольно"
            "го исполнения не исполнены.\n"
            "Руководствуясь ст. 112 Федерального закона от 02.10.2007 № 229-ФЗ «Об "
            "исполнительном производстве»,\n"
            "постановил: взыскать с должника исполнительский сбор в размере 48 230,"
            "00 руб.\n"
            "\n"
            "Судебный пристав-исполнитель ____________ Белова Е. А.\n"
        ),
        {"date": "2026-03-12"},
        id="enforcement_resolution_date",
    ),
    pytest.param(
        (
            "Officine Meccaniche Brenta S.r.l.\n"
            "Via dell'Industria 27, 35129 Padova (PD), Italia\n"
            "Partita IVA: 03718290467\n"
            "Tel. +39 049 807 1144\n"
            "\n"
            "PROFORMA INVOICE No. 2026/117\n"
            "Date: 17 March 2026\n"
            "\n"
            'Buyer: LLC "Volga Pumps", INN 6313846642, ul. Novo-Sadovaya 106, Samar'
            "a, Russia\n"
            "\n"
            "| No. | Description                                   | Qty | Unit pri"
            "ce, EUR | Amount, EUR |\n"
            "| 1   | Centrifugal pump OMB CP-80/200, 15 kW         | 2   | 6,480.00"
            "        | 12,960.00   |\n"
            "| 2   | Mechanical seal kit CP-80                     | 4   | 395.00  "
            "        | 1,580.00    |\n"
            "\n"
            "Total EXW Padova: EUR 14,540.00\n"
            "VAT: non-taxable export supply, art. 8 DPR 633/72\n"
            "Payment: 100% prepayment by bank transfer.\n"
        ),
        {"vat": None},
        id="partita_iva_not_vat",
    ),
    pytest.param(
        (
            "Акт выполненных работ N2 58 от 31.03.2026\n"
            "Исполнитель: ООО «Клининг Плюс», ИНН 1606602301, КПП 160601001\n"
            "Заказчик: АО «Казанский завод металлоконструкций», ИНН 1614610031, КПП"
            " 161401001\n"
            "Основание: договор N2 12-К от 10.01.2026\n"
            "| N | Наименование работ                          | Ед.  | Кол-во | Це"
            "на       | Сумма      |\n"
            "| 1 | Уборка производственных помещений, март 2026 | мес. | 1      | 1"
            "64 000,00 | 164 000,00 |\n"
            "Итого: 164 000,00\n"
            "Без НДС (УСН)\n"
            "Всего к оплате: 164 000,00 руб.\n"
            "Работы выполнены полностью и в срок. Заказчик претензий по объему, кач"
            "еству и срокам не имеет.\n"
            "Исполнитель ____________ Валиев Р. Р.        Заказчик ____________ Нур"
            "иев И. Ф.\n"
        ),
        {"number": "58"},
        id="act_title_n2",
    ),
    pytest.param(
        (
            "ООО «Северный Мост»\n"
            "ИНН 7704125834, КПП 770401001\n"
            "Адрес: 119021, г. Москва, ул. Льва Толстого, д. 16\n"
            "р/с 40702810200000012345 в ПАО СБЕРБАНК, БИК 044525225, к/с 3010181040"
            "0000000225\n"
            "\n"
            "СЧЕТ НА ОПЛАТУ № 318 от 09 апреля 2026 г.\n"
            "\n"
            "Поставщик: ООО «Северный Мост», ИНН 7704125834, КПП 770401001\n"
            "Покупатель: ООО «Технопарк Вектор», ИНН 5027183640, КПП 502701001\n"
            "\n"
            "| № | Наименование                         | Кол-во | Ед. | Цена      "
            " | Сумма       |\n"
            "|---|--------------------------------------|--------|-----|-----------"
            "-|-------------|\n"
            "| 1 | Кабель ВВГнг-LS 3х2,5                | 200    | м   | 95,00     "
            " | 19 000,00   |\n"
            "| 2 | Автоматический выключатель 16А       | 40     | шт  | 350,00    "
            " | 14 000,00   |\n"
            "| 3 | Щит распределительный ЩРН-24         | 2      | шт  | 8 500,00  "
            " | 17 000,00   |\n"
            "| Итого, руб.                                                    |    "
            "        | 50 000,00   |\n"
            "| В том числе НДС 22%                                            |    "
            "        | 9 016,39    |\n"
            "| Всего к оплате                                                 |    "
            "        | 50 000,00   |\n"
            "\n"
            "Всего наименований 3, на сумму 50 000,00 руб.\n"
            "Пятьдесят тысяч рублей 00 копеек\n"
            "\n"
            "Руководитель ____________ Орлов П.С.\n"
            "Бухгалтер ____________ Орлова Е.В.\n"
        ),
        {"line_items.count": 3, "total": "50000.00"},
        id="table_itogo_comma_rub",
    ),
    pytest.param(
        (
            "COMMERCIAL INVOICE No. HK-26-0412\n"
            "Date: April 12, 2026\n"
            "\n"
            "Seller: Harbour Key Components Ltd., Unit 7, 18/F, Kwun Tong Road, Hon"
            "g Kong\n"
            "Buyer: OOO Severny Most, 16 Lva Tolstogo St., Moscow 119021, Russia\n"
            "Terms: FCA Hong Kong, payment 100% T/T within 30 days\n"
            "\n"
            "| Item | Description                     | Qty  | Unit Price | Amount "
            "    |\n"
            "|------|---------------------------------|------|------------|--------"
            "----|\n"
            "| 1    | Hall effect sensor HS-220       | 1000 | 2.40       | 2,400.0"
            "0   |\n"
            "| 2    | Relay module RM-12V             | 500  | 3.10       | 1,550.0"
            "0   |\n"
            "| 3    | Terminal block TB-6P            | 2000 | 0.45       | 900.00 "
            "    |\n"
            "| Total USD                                  |            | 4,850.00  "
            " |\n"
            "\n"
            "Country of origin: China\n"
            "Bank: HSBC Hong Kong, SWIFT HSBCHKHHHKH, account 004-512-345678-838\n"
        ),
        {"line_items.count": 3, "total": "4850.00"},
        id="table_total_usd_row",
    ),
    pytest.param(
        (
            "ООО «Технопарк Вектор»\n"
            "ИНН 5027183640, КПП 502701001\n"
            "140002, Московская обл., г. Люберцы, Октябрьский пр-т, д. 112\n"
            "\n"
            "Генеральному директору\n"
            "ООО «Северный Мост»\n"
            "Орлову П.С.\n"
            "\n"
            "Исх. № 74/26\n"
            "\n"
            "О возврате товара ненадлежащего качества\n"
            "\n"
            "Уважаемый Павел Сергеевич!\n"
            "\n"
            "В соответствии с Законом РФ от 07.02.1992 № 2300-1 и условиями договор"
            "а поставки\n"
            "просим принять обратно партию автоматических выключателей (40 шт.), по"
            "ставленных\n"
            "по накладной № 318, и вернуть уплаченные за них 14 000,00 руб.\n"
            "\n"
            "Генеральный директор ____________ Зайцев А.Н.\n"
            "Дата: 16.04.2026\n"
        ),
        {"date": "2026-04-16"},
        id="letter_zakonom_rf_date",
    ),
    pytest.param(
        (
            "ООО «Уральский Промснаб»\n"
            "ИНН 6620451935, КПП 662001001\n"
            "624600, Свердловская обл., г. Алапаевск, ул. Ленина, д. 8\n"
            "\n"
            "Исх. № 112\n"
            "\n"
            "Директору ООО «Балтийская Верфь Сервис»\n"
            "Кузнецову Д.А.\n"
            "\n"
            "Уведомление о прекращении отгрузок\n"
            "\n"
            "Основанием для приостановки отгрузок являются:\n"
            "- Федеральный закон от 26.10.2002 № 127-ФЗ «О несостоятельности (банкр"
            "отстве)»;\n"
            "- решение Арбитражного суда Свердловской области по делу № А60-11452/2"
            "026.\n"
            "\n"
            "До погашения задолженности по договору поставки № 17-П в размере 346 8"
            "00,00 руб.\n"
            "отгрузки по заявкам вашей организации производиться не будут.\n"
            "\n"
            "Директор ____________ Белов С.И.\n"
            "22.04.2026\n"
        ),
        {"date": "2026-04-22"},
        id="letter_federalny_zakon_nominative",
    ),
    pytest.param(
        (
            "ООО «Балтийская Верфь Сервис»\n"
            "ИНН 7810347525, КПП 781001001\n"
            "\n"
            "Исх. № 56-ЮР\n"
            "\n"
            "ООО «Уральский Промснаб»\n"
            "Белову С.И.\n"
            "\n"
            "О порядке расчетов\n"
            "\n"
            "Напоминаем, что расчеты по договору подряда № 9/26 ведутся в порядке, "
            "указанном\n"
            "в Федеральном законе от 29.12.2012 № 275-ФЗ «О государственном оборонн"
            "ом заказе»,\n"
            "через отдельный счет в уполномоченном банке.\n"
            "\n"
            "Главный бухгалтер ____________ Миронова Т.В.\n"
            "Дата: 23.04.2026\n"
        ),
        {"date": "2026-04-23"},
        id="letter_federalnom_zakone_date",
    ),
    pytest.param(
        (
            "INVOICE No. BW-2026-0193\n"
            "Date: 20 April 2026\n"
            "\n"
            "Supplier: Brightwater Software Ltd, 44 Queen Street, Edinburgh EH2 3NH"
            ", United Kingdom\n"
            "VAT Reg. No. GB 284 5517 90\n"
            "Customer: Nordlicht Consulting OÜ, Narva mnt 7, 10117 Tallinn, Estonia"
            "\n"
            "\n"
            "| Item | Description                          | Qty | Unit price | Amo"
            "unt     |\n"
            "|------|--------------------------------------|-----|------------|----"
            "--------|\n"
            "| 1    | Planning suite licence, 12 months    | 10  | 1,500.00   | 15,"
            "000.00  |\n"
            "| 2    | Priority support, 12 months          | 1   | 3,000.00   | 3,0"
            "00.00   |\n"
            "| 3    | On-site training (exempt)            | 1   | 7,000.00   | 7,0"
            "00.00   |\n"
            "\n"
            "Subtotal:                                              25,000.00\n"
            "VAT 20% (on items 1-2, GBP 18,000.00):                  3,600.00\n"
            "Total due:                                             28,600.00\n"
            "\n"
            "Currency: GBP. Payment within 30 days to Brightwater Software Ltd,\n"
            "sort code 80-22-60, account 10487732.\n"
        ),
        {"vat": "3600.00", "checks.vat_rate": (True, None)},
        id="invoice_vat_note_items_with_base",
    ),
    pytest.param(
        (
            "YEREVAN CITY SUPERMARKET\n"
            "Receipt No. 004518\n"
            "Date: 19.04.2026 14:32\n"
            "\n"
            "Coffee beans 1 kg                         9 800\n"
            "Mineral water 1.5 l x 6                   2 400\n"
            "Cheese Lori 0.5 kg                        3 300\n"
            "TOTAL AMD                                15 500\n"
            "Cash                                     20 000\n"
            "Change                                    4 500\n"
        ),
        {"total": "15500.00", "currency": "AMD"},
        id="receipt_amd_no_kopecks",
    ),
    pytest.param(
        (
            "ООО «Технопарк Вектор»\n"
            "ИНН 5027183640, КПП 502701001\n"
            "\n"
            "Исх. № 81/26\n"
            "\n"
            "В ООО «Северный Мост»\n"
            "\n"
            "О применении коэффициентов\n"
            "\n"
            "Сообщаем, что расчет стоимости работ выполнен по методике, изложенной "
            "в Постановлении\n"
            "Правительства РФ от 21.12.2020 № 2205, с учетом индексации на 2026 год"
            ".\n"
            "Просим согласовать дополнительное соглашение к договору.\n"
            "\n"
            "Генеральный директор ____________ Зайцев А.Н.\n"
            "Дата письма: 20.04.2026\n"
        ),
        {"date": "2026-04-20"},
        id="letter_postanovlenii_date",
    ),
    pytest.param(
        (
            "ООО «Северный Мост»\n"
            "ИНН 7704125834, КПП 770401001\n"
            "\n"
            "Исх. № 203 от 24.04.2026\n"
            "\n"
            "Генеральному директору ООО «Технопарк Вектор»\n"
            "Зайцеву А.Н.\n"
            "\n"
            "ПРЕТЕНЗИЯ\n"
            "об оплате задолженности по договору поставки № 45-П от 10.01.2026\n"
            "\n"
            "По товарной накладной № 318 от 09.04.2026 ООО «Северный Мост» поставил"
            "о товар\n"
            "на сумму 512 000,00 руб., в том числе НДС 22%. Оплата в установленный "
            "договором срок\n"
            "не поступила. Неустойка по п. 6.2 договора составляет 15 360,00 руб.\n"
            "\n"
            "Требуем в срок до 08.05.2026 перечислить на наш расчетный счет 527 360"
            ",00 руб.,\n"
            "включая основной долг и неустойку.\n"
            "\n"
            "Генеральный директор ____________ Орлов П.С.\n"
        ),
        {"amount_due": "527360.00"},
        id="claim_demand_with_deadline_date",
    ),
    pytest.param(
        (
            "АКТ № 14 сдачи-приемки выполненных работ от 30.04.2026\n"
            "по договору подряда № 9/26 от 15.02.2026\n"
            "\n"
            "Заказчик: ООО «Балтийская Верфь Сервис», ИНН 7810347525, КПП 781001001"
            "\n"
            "Подрядчик: ООО «Уральский Промснаб», ИНН 6620451935, КПП 662001001\n"
            "\n"
            "Подрядчик выполнил, а Заказчик принял работы по монтажу металлоконстру"
            "кций цеха № 3.\n"
            "\n"
            "Всего по акту: 1 220 000,00 руб., в том числе НДС 22% 220 000,00 руб.\n"
            "Удержана неустойка за нарушение срока (п. 8.3 Договора): 24 400,00 руб"
            ".\n"
            "Итого к перечислению Подрядчику, с учетом удержания неустойки: 1 195 6"
            "00,00 руб.\n"
            "\n"
            "Заказчик ____________ Кузнецов Д.А.      Подрядчик ____________ Белов "
            "С.И.\n"
        ),
        {"total": "1220000.00", "amount_due": "1195600.00"},
        id="act_withheld_penalty_comma",
    ),
    pytest.param(
        (
            "GRAND HOTEL ARAGATS\n"
            "Yerevan, 5 Abovyan St.\n"
            "RECEIPT No. 2291\n"
            "Date: 18.04.2026\n"
            "\n"
            "Guest: Mr. P. Orlov\n"
            "Room 412, 3 nights                               54,000.00\n"
            "Breakfast                                         9,000.00\n"
            "TOTAL AMD                                        63,000.00\n"
            "Including VAT at 20%                             10,500.00\n"
            "\n"
            "Paid by card VISA ****4417\n"
        ),
        {"total": "63000.00", "vat": "10500.00"},
        id="receipt_including_vat_at_rate",
    ),
    pytest.param(
        (
            "АКТ № 3 о приемке выполненных работ от 30.04.2026\n"
            "по договору подряда № 9/26 от 15.02.2026\n"
            "\n"
            "Заказчик: ООО «Балтийская Верфь Сервис», ИНН 7810347525\n"
            "Подрядчик: ООО «Уральский Промснаб», ИНН 6620451935\n"
            "\n"
            "Стоимость работ по договору: 3 660 000,00 руб.\n"
            "Ранее было принято работ на сумму 2 440 000,00 руб.\n"
            "Стоимость работ по настоящему акту: 1 220 000,00 руб., в том числе НДС"
            " 22% 220 000,00 руб.\n"
            "\n"
            "Заказчик ____________ Кузнецов Д.А.      Подрядчик ____________ Белов "
            "С.И.\n"
        ),
        {"total": "1220000.00"},
        id="act_earlier_was_accepted",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_reads_document(engine, text, expected):
    for path, accepted in expected.items():
        accepted = accepted if isinstance(accepted, tuple) else (accepted,)
        assert _read(engine, text, path) in accepted, path
