"""Documents that misled the engine's newer rules, each with what the engine must
read. They cover grouped dinars, contracts on a shared house, and makers and rights
holders beside the seller. Others are shops that deliver, descriptions that end in
a unit word, due dates after a gap, cited records and the VAT spelled in words.
The rest are attorneys named after their powers, blank unit cells, prepayment
invoices and captions under their blocks. Later cases are attorneys' names in other
cases, first lines that name no issuer, a dinar stamp on a euro invoice, statements
with payer and payee columns, freight rates and a delivery's part counter. The
last ones are US issuers whose names or towns are countries, debits marked "Dt",
German bills that open with the recipient, INNs outside a statement's INN column
and a rent per square metre."""

import pytest

from ai_agents.engines import get_engine


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def _flat(value, prefix=""):
    """Flatten extracted fields to "parties.seller.inn" and "line_items[0].amount"."""
    if (
        isinstance(value, dict)
        and "value" in value
        and not isinstance(value["value"], dict | list)
    ):
        return {prefix: value["value"]}
    flat = {}
    if isinstance(value, dict):
        for key, item in value.items():
            flat.update(_flat(item, f"{prefix}.{key}" if prefix else key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            flat.update(_flat(item, f"{prefix}[{index}]"))
    return flat


def _same(found, expected):
    if found is None or expected is None:
        return found is expected
    try:
        return float(found) == float(expected)
    except ValueError:
        return found == expected


CASES = [
    pytest.param(
        (
            "INVOICE No. 2026/117\n"
            "Date: 12 March 2026\n"
            "\n"
            "Seller: Babylon Cables Co., Baghdad, Iraq\n"
            "Buyer: Rafidain Build LLC, Erbil, Iraq\n"
            "\n"
            "Description                         Qty    Unit Price        "
            "Amount\n"
            "Copper cable 3x2.5 mm, roll 100 m    40    IQD 375,000       IQD "
            "15,000,000\n"
            "\n"
            "Total amount due: IQD 15,000,000\n"
        ),
        [("total", "eq", "15000000")],
        id="iqd_grouped_thousands",
    ),
    pytest.param(
        (
            "SERVICE AGREEMENT No. KW-2026-04\n"
            "\n"
            "This Service Agreement is made on 2 March 2026 between Gulf Data "
            'Systems W.L.L., Kuwait City (the "Provider") and Al Salam Trading '
            'Co., Kuwait City (the "Client").\n'
            "\n"
            "1. The Provider shall maintain the Client's ERP system for twelve "
            "months.\n"
            "2. The total fee under this Agreement is KWD 12,500, payable "
            "quarterly.\n"
            "\n"
            "For the Provider                      For the Client\n"
        ),
        [("total", "eq", "12500")],
        id="kwd_comma_thousands",
    ),
    pytest.param(
        (
            "ДОГОВОР ПОДРЯДА № 5/26\n"
            "на выполнение отделочных работ на объекте долевого строительства\n"
            "\n"
            "г. Москва                                                     "
            "02.03.2026\n"
            "\n"
            "ООО «Специализированный застройщик «Северный квартал», ИНН "
            "7714123450, в лице генерального директора Орлова И. П., именуемое "
            "в дальнейшем «Застройщик», с одной стороны, и ООО «ОтделСтрой», "
            "ИНН 7728123459, в лице директора Лебедева К. А., именуемое в "
            "дальнейшем «Подрядчик», с другой стороны, заключили настоящий "
            "договор.\n"
            "\n"
            "1. Подрядчик обязуется выполнить отделочные работы в "
            "многоквартирном доме, а Застройщик обязуется принять и оплатить "
            "их.\n"
            "2. Цена работ составляет 4 800 000,00 рублей, в том числе НДС 20% "
            "800 000,00 рублей.\n"
            "\n"
            "Реквизиты сторон\n"
            "Застройщик: ООО «СЗ «Северный квартал», ИНН 7714123450, КПП "
            "771401001\n"
            "Подрядчик: ООО «ОтделСтрой», ИНН 7728123459, КПП 772801001\n"
        ),
        [
            ("parties.seller.name", "eq", "ООО «ОтделСтрой»"),
            ("parties.seller.inn", "eq", "7728123459"),
        ],
        id="works_contract_on_shared_house",
    ),
    pytest.param(
        (
            "ДОГОВОР № 14-У\n"
            "уступки права требования по договору участия в долевом "
            "строительстве\n"
            "\n"
            "г. Казань                                                    10 "
            "марта 2026 г.\n"
            "\n"
            "Гражданин Российской Федерации Петров Алексей Сергеевич, паспорт "
            "9204 123456, именуемый в дальнейшем «Цедент», с одной стороны, и "
            "гражданка Российской Федерации Смирнова Ольга Викторовна, паспорт "
            "9205 654321, именуемая в дальнейшем «Цессионарий», с другой "
            "стороны, заключили настоящий договор о нижеследующем.\n"
            "\n"
            "1. Цедент уступает, а Цессионарий принимает право требования к "
            "застройщику по Договору участия в долевом строительстве № 77-ДДУ "
            "от 12.01.2025.\n"
            "\n"
            "Застройщик: ООО «СЗ «Волга-Девелопмент», ИНН 1655123457, КПП "
            "165501001, ОГРН 1161690123456.\n"
            "\n"
            "2. Цена уступки составляет 6 200 000 (шесть миллионов двести "
            "тысяч) рублей 00 копеек.\n"
            "\n"
            "Цедент: Петров А. С.                     Цессионарий: Смирнова О. "
            "В.\n"
        ),
        [("parties.seller.inn", "ne", "1655123457")],
        id="assignment_of_shared_claim",
    ),
    pytest.param(
        (
            "ДОГОВОР ПОСТАВКИ № 31/26\n"
            "\n"
            "г. Екатеринбург                                               "
            "04.03.2026\n"
            "\n"
            "ООО «УралТехСнаб», именуемое в дальнейшем «Поставщик», и АО "
            "«Северсталь-Ремонт», именуемое в дальнейшем «Покупатель», "
            "заключили настоящий договор.\n"
            "\n"
            "1. Поставщик передает Покупателю насосное оборудование согласно "
            "спецификации.\n"
            "2. Общая стоимость оборудования по настоящему договору составляет "
            "2 940 000,00 рублей.\n"
            "\n"
            "Изготовитель: ООО «Завод Гидромаш», ИНН 5260123451, КПП 526001001\n"
            "\n"
            "Поставщик: ООО «УралТехСнаб», ИНН 6671123458, КПП 667101001\n"
            "Покупатель: АО «Северсталь-Ремонт», ИНН 3528123454, КПП 352801001\n"
        ),
        [("parties.seller.inn", "eq", "6671123458")],
        id="maker_beside_supplier",
    ),
    pytest.param(
        (
            "ООО «СофтЛайн Трейд»\n"
            "ИНН 7736227885 КПП 773601001\n"
            "\n"
            "Правообладатель: АО «Лаборатория Касперского»\n"
            "\n"
            "СЧЕТ НА ОПЛАТУ № 2041 от 05.03.2026\n"
            "\n"
            "Покупатель: ООО «Бета», ИНН 7702345678, КПП 770201001\n"
            "\n"
            "№ | Наименование | Кол-во | Ед. | Цена | Сумма\n"
            "1 | Kaspersky Endpoint Security, лицензия на 1 год | 25 | шт | 2 "
            "400,00 | 60 000,00\n"
            "\n"
            "Итого: 60 000,00\n"
            "Без НДС\n"
            "Всего к оплате: 60 000,00\n"
        ),
        [
            ("parties.seller.name", "eq", "ООО «СофтЛайн Трейд»"),
            ("parties.seller.inn", "eq", "7736227885"),
        ],
        id="rights_holder_on_resale",
    ),
    pytest.param(
        (
            "DELIVERY NOTE No. DN-2026-0412                      Date: "
            "06.03.2026\n"
            "Shipping method: express delivery, next working day\n"
            "\n"
            "Office Supply Hamburg GmbH\n"
            "VAT ID: DE312345678\n"
            "Hafenstrasse 12, 20457 Hamburg\n"
            "\n"
            "Consignee: Elbe Office GmbH, VAT ID: DE298765432, Speicherstadt "
            "3, 20457 Hamburg\n"
            "\n"
            "No. | Description | Qty | Unit\n"
            "1 | Toner cartridge HP 106A | 12 | pcs\n"
            "2 | Paper A4, 80 g/m2 | 20 | box\n"
        ),
        [("parties.carrier.vat_id", "ne", "DE312345678")],
        id="express_delivery_line",
    ),
    pytest.param(
        (
            "ООО «Экспресс-Офис» — канцелярские товары с курьерской доставкой\n"
            "ИНН 7701234567, КПП 770101001\n"
            "г. Москва, ул. Лесная, д. 5\n"
            "\n"
            "ТОВАРНАЯ НАКЛАДНАЯ № 342 от 06.03.2026\n"
            "\n"
            "Грузополучатель: ООО «Лютик», ИНН 7802345671, КПП 780201001\n"
            "\n"
            "№ | Товар | Кол-во | Ед. | Цена | Сумма\n"
            "1 | Картридж HP 106A | 12 | шт | 3 150,00 | 37 800,00\n"
            "\n"
            "Итого: 37 800,00\n"
        ),
        [("parties.carrier.inn", "ne", "7701234567")],
        id="shop_with_courier_delivery",
    ),
    pytest.param(
        (
            "INVOICE No. 5120\n"
            "Date: 10.03.2026\n"
            "\n"
            "Seller: Peak Outdoor Supply Ltd, 2 Station Road, Kendal LA9 6BT\n"
            "Buyer: Fell Rescue Team, 8 Market Place, Keswick CA12 5JB\n"
            "\n"
            "Description                      Qty    Unit Price    Amount\n"
            "First aid kit                    3      25.00         75.00\n"
            "Sleeping bag                     2      45.00         90.00\n"
            "Water bottle                     10     6.50          65.00\n"
            "Grease tube                      4      3.75          15.00\n"
            "\n"
            "Subtotal: 245.00\n"
            "VAT 20%: 49.00\n"
            "Total due: 294.00\n"
        ),
        [
            ("line_items[0].description", "eq", "First aid kit"),
            ("line_items[1].description", "eq", "Sleeping bag"),
            ("line_items[2].description", "eq", "Water bottle"),
            ("line_items[3].description", "eq", "Grease tube"),
        ],
        id="descriptions_ending_in_units",
    ),
    pytest.param(
        (
            "Harbour Fitouts Ltd\n"
            "3 Quay Street, Hull HU1 1AB\n"
            "\n"
            "INVOICE HF-2026-031\n"
            "Issued 2 March 2026\n"
            "Payment due        1 April 2026\n"
            "\n"
            "Bill to: Northgate Dental Practice, 12 Northgate, Wakefield WF1 "
            "3BJ\n"
            "\n"
            "Description                              Amount\n"
            "Reception joinery, supply and fit        4,200.00\n"
            "VAT 20%                                    840.00\n"
            "Total due                                5,040.00\n"
        ),
        [("date", "eq", "2026-03-02")],
        id="payment_due_gap_line",
    ),
    pytest.param(
        (
            "ООО «Ромашка»\n"
            "ИНН 7701234567 КПП 770101001\n"
            "\n"
            "Счет № 45\n"
            "Выставлен 02.03.2026\n"
            "Оплатить до        16.03.2026\n"
            "\n"
            "Покупатель: ООО «Лютик», ИНН 7702345678\n"
            "\n"
            "№ | Товар | Кол-во | Ед. | Цена | Сумма\n"
            "1 | Бумага А4 | 10 | пач | 350,00 | 3 500,00\n"
            "\n"
            "Итого к оплате: 3 500,00\n"
        ),
        [("date", "eq", "2026-03-02")],
        id="pay_until_gap_line",
    ),
    pytest.param(
        (
            "REMITTANCE ADVICE\n"
            "\n"
            "From: Northgate Dental Practice, 12 Northgate, Wakefield WF1 3BJ\n"
            "To: Harbour Fitouts Ltd, 3 Quay Street, Hull HU1 1AB\n"
            "\n"
            "We have paid the invoice below by bank transfer.\n"
            "\n"
            "Invoice number: HF-2026-031\n"
            "Date of invoice: 2 March 2026\n"
            "Amount paid: GBP 5,040.00\n"
            "Payment date: 27 March 2026\n"
        ),
        [("date", "eq", "2026-03-27")],
        id="remittance_advice_date",
    ),
    pytest.param(
        (
            "POWER OF ATTORNEY No. 12/2026\n"
            "\n"
            "Moscow, 3 March 2026\n"
            "\n"
            "This Power of Attorney is issued by Nordwind Trade LLC, INN "
            '7701234567, 125047, Moscow, Tverskaya St. 1 (the "Principal").\n'
            "\n"
            "The Principal authorises Mr Ivan Petrov, passport 4510 123456, to "
            "represent the Principal before the customs authorities of the "
            "Russian Federation, to sign and file customs declarations and to "
            "receive goods released for free circulation.\n"
            "\n"
            "This Power of Attorney is valid until 31 December 2026.\n"
            "\n"
            "General Director                                   A. V. Sokolov\n"
        ),
        [("parties.principal.name", "in", (None, "Nordwind Trade LLC"))],
        id="power_issued_by",
    ),
    pytest.param(
        (
            "MT103 SINGLE CUSTOMER CREDIT TRANSFER\n"
            ":20:FT2606912346\n"
            ":23B:CRED\n"
            ":32A:260310USD12500,00\n"
            ":50K:/40702840900000012345\n"
            "OOO ALFA\n"
            "MOSCOW, RUSSIA\n"
            ":57A:BOTKJPJTXXX\n"
            ":59:/JP0012345678901\n"
            "BRIDGESTONE\n"
            "TOKYO, JAPAN\n"
            ":70:PAYMENT FOR CONTRACT 15/2026\n"
            ":71A:SHA\n"
        ),
        [("parties.payee.name", "eq", "BRIDGESTONE")],
        id="one_word_beneficiary",
    ),
    pytest.param(
        (
            "СЧЕТ НА ОПЛАТУ № 118 от 05.03.2026\n"
            "\n"
            "Поставщик: ООО «Альфа», ИНН 7701234567, КПП 770101001\n"
            "Покупатель: ООО «Бета», ИНН 7702345678, КПП 770201001\n"
            "\n"
            "№ | Товар | Кол-во | Ед. | Цена | Сумма | в т.ч. НДС\n"
            "1 | Монитор Dell P2425 | 10 | шт | 24 000,00 | 240 000,00 | 40 "
            "000,00\n"
            "Итого к оплате: | | | | | 240 000,00 | 40 000,00\n"
            "\n"
            "Всего наименований 1, на сумму 240 000,00 руб.\n"
            "Сумма НДС: Сорок тысяч рублей 00 копеек\n"
        ),
        [("total", "eq", "240000")],
        id="vat_spelled_in_words",
    ),
    pytest.param(
        (
            "ACCEPTANCE CERTIFICATE No. 2\n"
            "to Software Development Agreement No. SD-2025/14 dated 10 "
            "November 2025\n"
            "\n"
            "Riga, 6 March 2026\n"
            "\n"
            "Contractor: Baltic Code SIA, reg. No. 40203123456, Brivibas iela "
            "10, Riga\n"
            "Customer: Nordwind Trade GmbH, Hafenstrasse 12, Hamburg\n"
            "\n"
            "1. The Contractor has delivered and the Customer has accepted "
            "Milestone 2 (mobile application, release 1.0).\n"
            "2. The value of Milestone 2 is EUR 18,400.00.\n"
            "3. The value of the completed Milestone 1 is EUR 12,000.00 and "
            "was paid under Certificate No. 1.\n"
            "4. The Customer has no claims regarding the quality or timing of "
            "the work.\n"
            "\n"
            "For the Contractor                          For the Customer\n"
        ),
        [("total", "eq", "18400")],
        id="earlier_completed_milestone",
    ),
    pytest.param(
        (
            "АКТ № 34 от 05.03.2026\n"
            "сдачи-приемки оказанных услуг по договору № 15/2026\n"
            "\n"
            "Исполнитель оказал, а Заказчик принял услуги по технической "
            "поддержке за февраль 2026 года на сумму 90 000,00 руб., в том "
            "числе НДС 15 000,00 руб.\n"
            "Услуги оказаны полностью, претензий не имеется.\n"
            "\n"
            "ООО «Альфа»\n"
            "ИНН 7701234567, КПП 770101001\n"
            "125047, г. Москва, ул. Тверская, д. 1\n"
            "\n"
            "Исполнитель\n"
            "Генеральный директор ____________ Соколов А. В.\n"
            "\n"
            "ООО «Бета»\n"
            "ИНН 7702345678, КПП 770201001\n"
            "300041, г. Тула, ул. Ленина, д. 3\n"
            "\n"
            "Заказчик\n"
            "Директор ____________ Иванов П. Р.\n"
        ),
        [
            ("parties.buyer.inn", "eq", "7702345678"),
            ("parties.buyer.name", "eq", "ООО «Бета»"),
        ],
        id="captions_under_blocks",
    ),
    pytest.param(
        (
            "ООО «Мясокомбинат «Заречный»\n"
            "ИНН 4205123456, 650000, г. Кемерово, ул. Заводская, д. 7\n"
            "\n"
            "ДОКУМЕНТ О КАЧЕСТВЕ № 318 от 04.03.2026\n"
            "Номер ВСД: 8b3c1f2a-77d4-4e1b-9c0a-5d6e7f8a9b01\n"
            "\n"
            "Продукция: Колбаса варёная «Докторская», ГОСТ Р 52196-2017\n"
            "Партия: 0403-12, масса нетто 480 кг\n"
            "Дата изготовления: 03.03.2026\n"
            "Срок годности: до 18.03.2026\n"
            "\n"
            "Продукция соответствует требованиям ТР ТС 034/2013.\n"
            "Начальник ОТК ________ Ковалева Н. И.\n"
        ),
        [("number", "eq", "318")],
        id="quality_document_citing_record",
    ),
    pytest.param(
        (
            "POWER OF ATTORNEY No. 7/2026\n"
            "\n"
            "Moscow, 3 March 2026\n"
            "\n"
            "Nordwind Trade LLC, INN 7701234567, KPP 770101001, represented by "
            "General Director A. V. Sokolov, hereby authorises to represent "
            "the company before the Central Customs Directorate, as its "
            "customs representative, Baltic Customs Brokers LLC, INN "
            "7709876543, KPP 770901001.\n"
            "\n"
            "The customs representative may file customs declarations, pay "
            "customs duties and receive released goods.\n"
            "\n"
            "Valid until 31 December 2026.\n"
        ),
        [
            ("parties.attorney.inn", "eq", "7709876543"),
            ("parties.attorney.kpp", "eq", "770901001"),
        ],
        id="broker_after_represent",
    ),
]


@pytest.mark.parametrize(("text", "checks"), CASES)
def test_rule_keeps_its_bounds(engine, text, checks):
    document_type = engine.classify(text).document_type
    fields = _flat(engine.extract(text, document_type=document_type).fields)

    _assert_checks(fields, checks)


def _assert_checks(fields: dict, checks: list) -> None:
    for path, operator, expected in checks:
        found = fields.get(path)
        if operator in ("name_of_inn", "role_of_inn"):
            # `path` is an INN here: check the name or the role of its party.
            role = _role_of_inn(fields, path)
            found = role if operator == "role_of_inn" else None
            if role is not None and operator == "name_of_inn":
                found = fields.get(f"parties.{role}.name")
            operator = "in"
        if operator == "eq":
            assert _same(found, expected), (path, found)
        elif operator == "ne":
            assert not _same(found, expected), (path, found)
        else:
            assert any(_same(found, option) for option in expected), (path, found)


def _role_of_inn(fields: dict, inn: str) -> str | None:
    for path, value in fields.items():
        if path.startswith("parties.") and path.endswith(".inn") and value == inn:
            return path.split(".")[1]
    return None


TYPED_CASES = [
    pytest.param(
        (
            "ООО «Винный погреб»\n"
            "ИНН 7701234560 КПП 770101001\n"
            "Счет на оплату № 118 от 12 марта 2026 г.\n"
            "Покупатель: ООО «Ресторан Север», ИНН 5001012343\n"
            "\n"
            "| № | Товар                              | Ед изм  | Кол-во | "
            "Цена     | Сумма     |\n"
            "| 1 | Вино красное сухое Мерло 0,75      | бутылка | 12     | "
            "850,00   | 10 200,00 |\n"
            "| 2 | Масло оливковое Extra Virgin       | банка   | 6      | 1 "
            "200,00 | 7 200,00  |\n"
            "| 3 | Вода минеральная Боржоми           | бутылка | 24     | "
            "95,00    | 2 280,00  |\n"
            "Итого: 19 680,00\n"
            "В том числе НДС 20%: 3 280,00\n"
            "Всего к оплате: 19 680,00\n"
        ),
        "invoice",
        [
            ("line_items[0].unit", "eq", "бутылка"),
            ("line_items[1].unit", "eq", "банка"),
            ("line_items[2].unit", "eq", "бутылка"),
            ("line_items[0].description", "eq", "Вино красное сухое Мерло 0,75"),
        ],
        id="unit_column_without_dot",
    ),
    pytest.param(
        (
            "ООО «СтройМонтаж»\n"
            "ИНН 7810123451 КПП 781001001\n"
            "Счет на оплату № 42 от 03.03.2026\n"
            "Покупатель: ООО «Дельта», ИНН 1655012344\n"
            "\n"
            "| № | Наименование | Ед. | Кол-во | Цена | Сумма |\n"
            "| 1 | Монтаж |  | 1 | 45 000,00 | 45 000,00 |\n"
            "| 2 | Доставка |  | 1 | 3 500,00 | 3 500,00 |\n"
            "| 3 | Кабель ВВГнг 3х2,5 | м | 150 | 98,00 | 14 700,00 |\n"
            "Итого: 63 200,00\n"
            "Без НДС\n"
            "Всего к оплате: 63 200,00\n"
        ),
        "invoice",
        [
            ("line_items[0].description", "eq", "Монтаж"),
            ("line_items[1].description", "eq", "Доставка"),
            ("line_items[2].unit", "eq", "м"),
        ],
        id="one_word_rows_empty_unit_cells",
    ),
    pytest.param(
        (
            "TechSource Ltd\n"
            "Invoice No. TS-7781                 Date: 02 March 2026\n"
            "Bill to: Greenfield Consulting LLP\n"
            "\n"
            "| # | Description                       | Qty | Unit | Price    | "
            "Amount   |\n"
            "| 1 | Apple iPhone 15 Pro               | 2   |      | 1,099.00 | "
            "2,198.00 |\n"
            "| 2 | Windows Server 2022 Standard      | 1   |      | 950.00   | "
            "950.00   |\n"
            "| 3 | USB-C charger 65W                 | 4   | pcs  | 39.00    | "
            "156.00   |\n"
            "Subtotal: 3,304.00\n"
            "VAT 20%: 660.80\n"
            "Total: 3,964.80\n"
        ),
        "invoice",
        [
            ("line_items[0].description", "eq", "Apple iPhone 15 Pro"),
            ("line_items[0].unit", "in", (None,)),
            ("line_items[1].description", "eq", "Windows Server 2022 Standard"),
        ],
        id="model_names_in_blank_unit_rows",
    ),
    pytest.param(
        (
            "ООО «АвтоХим»\n"
            "ИНН 5406123450 КПП 540601001\n"
            "Счет на оплату № 77 от 05.03.2026\n"
            "Покупатель: ИП Соколов А.В.\n"
            "\n"
            "| № | Товар                          | Кол-во | Цена     | Сумма  "
            "   |\n"
            "| 1 | Антифриз G12 канистра 10 л     | 4      | 1 450,00 | 5 "
            "800,00  |\n"
            "| 2 | Масло моторное 5W-40 4 л       | 10     | 2 300,00 | 23 "
            "000,00 |\n"
            "| 3 | Цемент М500 мешок              | 20     | 520,00   | 10 "
            "400,00 |\n"
            "Итого: 39 200,00\n"
            "Всего к оплате: 39 200,00\n"
        ),
        "invoice",
        [
            ("line_items[2].description", "eq", "Цемент М500"),
            ("line_items[2].unit", "eq", "мешок"),
        ],
        id="sack_after_goods_name",
    ),
    pytest.param(
        (
            "ООО «ПромТехника»\n"
            "ИНН 7701234560 КПП 770101001\n"
            "Р/с 40702810400000012345 в ПАО «Сбербанк», БИК 044525225\n"
            "\n"
            "СЧЕТ НА ПРЕДОПЛАТУ № 56 от 10 марта 2026 г.\n"
            "\n"
            "Покупатель: ООО «Завод Металлист», ИНН 5001012343, КПП 500101001\n"
            "Основание: Договор поставки № 14/26 от 01.02.2026\n"
            "\n"
            "Предоплата 50% по договору поставки № 14/26 за станок токарный "
            "16К20\n"
            "Сумма предоплаты: 600 000,00 руб., в т.ч. НДС 20% 100 000,00 руб.\n"
            "\n"
            "Всего к оплате: 600 000,00 руб.\n"
            "Шестьсот тысяч рублей 00 копеек\n"
        ),
        "invoice",
        [("vat", "eq", "100000.00")],
        id="prepayment_invoice_vat",
    ),
    pytest.param(
        (
            "Harbor Events Ltd\n"
            "12 Quay Street, Bristol BS1 4DJ\n"
            "VAT Reg. No. GB 123 4567 89\n"
            "\n"
            "DEPOSIT INVOICE No. HE-2026-031\n"
            "Date: 9 March 2026\n"
            "\n"
            "Client: Westfield Finance plc\n"
            "Event: Annual partner dinner, 18 June 2026\n"
            "\n"
            "Deposit (30% of event price of GBP 25,000.00): GBP 7,500.00\n"
            "Deposit VAT 20%: GBP 1,500.00\n"
            "Total deposit due: GBP 9,000.00\n"
        ),
        "invoice",
        [("vat", "eq", "1500.00")],
        id="deposit_invoice_vat",
    ),
    pytest.param(
        (
            "ДОГОВОР АРЕНДЫ ОБОРУДОВАНИЯ № 08/26\n"
            "\n"
            "г. Самара                                                    2 "
            "марта 2026 г.\n"
            "\n"
            "ООО «ТехПрокат», именуемое в дальнейшем «Арендодатель», в лице "
            "директора Волкова С.П., и ООО «Волга-Агро», именуемое в "
            "дальнейшем «Арендатор», в лице директора Орлова Н.Н., заключили "
            "настоящий договор.\n"
            "\n"
            "1. Арендодатель передает Арендатору во временное владение и "
            "пользование погрузчик фронтальный.\n"
            "2. Сведения об оборудовании:\n"
            "Изготовитель: ООО «Челябинский тракторный завод», ИНН 7449001235, "
            "г. Челябинск\n"
            "Модель: ПК-30, заводской № 001245, год выпуска 2023.\n"
            "3. Арендная плата составляет 180 000,00 руб. в месяц.\n"
            "\n"
            "Реквизиты Арендодателя:\n"
            "ООО «ТехПрокат»\n"
            "ИНН 6316012349, КПП 631601001\n"
            "р/с 40702810854400012345 в ПАО Сбербанк, БИК 043601607\n"
            "\n"
            "Реквизиты Арендатора:\n"
            "ООО «Волга-Агро»\n"
            "ИНН 6312012348, КПП 631201001\n"
        ),
        "contract",
        [
            ("parties.seller.inn", "eq", "6316012349"),
            ("parties.seller.name", "eq", "ООО «ТехПрокат»"),
        ],
        id="maker_beside_lessor",
    ),
    pytest.param(
        (
            "Crown Mutual Insurance plc\n"
            "Claims Department, 8 Bishopsgate, London EC2N 4BQ\n"
            "\n"
            "Mr David Collins\n"
            "14 Elm Grove\n"
            "Reading RG1 5PT\n"
            "\n"
            "Policy Number     HM-4471920\n"
            "Incident Reported      12 February 2026\n"
            "\n"
            "6 March 2026\n"
            "\n"
            "Dear Mr Collins,\n"
            "\n"
            "Thank you for notifying us of the escape of water at your home.\n"
            "\n"
            "Yours sincerely,\n"
            "Sarah Whitfield\n"
        ),
        "letter",
        [("date", "eq", "2026-03-06")],
        id="incident_reported_line",
    ),
    pytest.param(
        (
            "ТОВАРНАЯ НАКЛАДНАЯ № 12 от 01.03.2026\n"
            "\n"
            "ООО «Ромашка», ИНН 7701234560, КПП 770101001\n"
            "125040, г. Москва, ул. Правды, д. 8\n"
            "ГРУЗООТПРАВИТЕЛЬ\n"
            "ООО «Лютик», ИНН 5001012343, КПП 500101001\n"
            "420111, г. Казань, ул. Баумана, д. 10\n"
            "ГРУЗОПОЛУЧАТЕЛЬ\n"
            "\n"
            "| № | Товар | Ед. | Кол-во | Цена | Сумма |\n"
            "| 1 | Подшипник 6205 | шт | 40 | 350,00 | 14 000,00 |\n"
            "Итого: 14 000,00\n"
        ),
        "waybill",
        [
            ("parties.shipper.inn", "eq", "7701234560"),
            ("parties.consignee.inn", "eq", "5001012343"),
        ],
        id="caption_under_address_line",
    ),
    pytest.param(
        (
            "СЧЕТ НА ОПЛАТУ № 318 от 16.03.2026\n"
            "\n"
            "ООО «ПромТехника», ИНН 7701234560, КПП 770101001\n"
            "р/с 40702810400000012345 в ПАО «Сбербанк», БИК 044525225\n"
            "Тел. +7 495 123-45-67\n"
            "Поставщик\n"
            "ООО «Вектор», ИНН 5001012343, КПП 500101001\n"
            "Тел. +7 495 765-43-21\n"
            "Покупатель\n"
            "\n"
            "| № | Товар | Ед. | Кол-во | Цена | Сумма |\n"
            "| 1 | Подшипник 6205 | шт | 40 | 350,00 | 14 000,00 |\n"
            "Итого: 14 000,00\n"
        ),
        "invoice",
        [
            ("parties.seller.inn", "eq", "7701234560"),
            ("parties.buyer.inn", "eq", "5001012343"),
        ],
        id="caption_under_phone_line",
    ),
    pytest.param(
        (
            "ООО «СкороКур» — курьерская служба\n"
            "ИНН 7714012340, КПП 771401001, 125040, г. Москва, ул. Правды, д. "
            "8\n"
            "\n"
            "ЭКСПРЕСС-НАКЛАДНАЯ № СК-0418527 от 14.03.2026\n"
            "\n"
            "Отправитель: ООО «Вектор», г. Химки, ул. Заводская, д. 3\n"
            "Получатель: ООО «Дельта», г. Казань, ул. Баумана, д. 10\n"
            "Вес: 2,4 кг   Мест: 1\n"
            "Стоимость доставки: 850,00 руб.\n"
        ),
        "waybill",
        [("parties.carrier.name", "eq", "ООО «СкороКур»")],
        id="carrier_trade_after_dash",
    ),
    pytest.param(
        (
            "ДОВЕРЕННОСТЬ № 45\n"
            "г. Москва, четырнадцатое марта две тысячи двадцать шестого года\n"
            "\n"
            "Общество с ограниченной ответственностью «Вектор» (ИНН "
            "5001012343, КПП 500101001), в лице генерального директора Петрова "
            "Ивана Ивановича, действующего на основании Устава, настоящей "
            "доверенностью уполномочивает получить и принять "
            "товарно-материальные ценности по договору поставки № 14/26 с "
            "правом подписи товаросопроводительных документов общество с "
            "ограниченной ответственностью «ТрансЛогистик» (ИНН 7730012347, "
            "КПП 773001001), в лице водителя Сидорова П.П.\n"
            "\n"
            "Доверенность выдана сроком до 31 марта 2026 года без права "
            "передоверия.\n"
            "\n"
            "Генеральный директор ____________ Петров И.И.\n"
        ),
        "power_of_attorney",
        [("parties.attorney.inn", "eq", "7730012347")],
        id="attorney_after_powers",
    ),
    pytest.param(
        (
            "ДОВЕРЕННОСТЬ № 14\n"
            "г. Москва, четырнадцатое марта две тысячи двадцать пятого года\n"
            "\n"
            "Общество с ограниченной ответственностью «Северный Ветер» (ИНН "
            "7729141771, КПП 772901001, ОГРН 1157746312349), в лице генерального "
            "директора Соколова Андрея Викторовича, действующего на основании "
            "Устава, настоящей доверенностью уполномочивает\n"
            "Морозова Николая Петровича, паспорт 45 18 123456, выдан ГУ МВД России "
            "по г. Москве 12.05.2019, код подразделения 770-001,\n"
            "получать от ООО «Уральские Технологии» (ИНН 6615000800) "
            "товарно-материальные ценности по счету № 118 от 10.03.2025, "
            "подписывать товарные накладные и акты.\n"
            "\n"
            "Доверенность выдана сроком до 31.12.2025 без права передоверия.\n"
            "\n"
            "Генеральный директор ______________ А.В. Соколов\n"
        ),
        "power_of_attorney",
        [
            ("parties.attorney.name", "eq", "Морозов Николай Петрович"),
        ],
        id="attorney_named_nikolai",
    ),
    pytest.param(
        (
            "ДОВЕРЕННОСТЬ № 14\n"
            "г. Москва, четырнадцатое марта две тысячи двадцать пятого года\n"
            "\n"
            "Общество с ограниченной ответственностью «Северный Ветер» (ИНН "
            "7729141771, КПП 772901001, ОГРН 1157746312349), в лице генерального "
            "директора Соколова Андрея Викторовича, действующего на основании "
            "Устава, настоящей доверенностью доверяет\n"
            "Петрову Илье Сергеевичу, паспорт 45 18 123456, выдан ГУ МВД России по "
            "г. Москве 12.05.2019, код подразделения 770-001,\n"
            "получать от ООО «Уральские Технологии» (ИНН 6615000800) "
            "товарно-материальные ценности по счету № 118 от 10.03.2025, "
            "подписывать товарные накладные и акты.\n"
            "\n"
            "Доверенность выдана сроком до 31.12.2025 без права передоверия.\n"
            "\n"
            "Генеральный директор ______________ А.В. Соколов\n"
        ),
        "power_of_attorney",
        [
            ("parties.attorney.name", "eq", "Петров Илья Сергеевич"),
        ],
        id="attorney_named_ilya",
    ),
    pytest.param(
        (
            "ДОВЕРЕННОСТЬ № 14\n"
            "г. Москва, четырнадцатое марта две тысячи двадцать пятого года\n"
            "\n"
            "Общество с ограниченной ответственностью «Северный Ветер» (ИНН "
            "7729141771, КПП 772901001, ОГРН 1157746312349), в лице генерального "
            "директора Соколова Андрея Викторовича, действующего на основании "
            "Устава, настоящей доверенностью доверяет\n"
            "Беловой Зое Андреевне, паспорт 45 18 123456, выдан ГУ МВД России по "
            "г. Москве 12.05.2019, код подразделения 770-001,\n"
            "получать от ООО «Уральские Технологии» (ИНН 6615000800) "
            "товарно-материальные ценности по счету № 118 от 10.03.2025, "
            "подписывать товарные накладные и акты.\n"
            "\n"
            "Доверенность выдана сроком до 31.12.2025 без права передоверия.\n"
            "\n"
            "Генеральный директор ______________ А.В. Соколов\n"
        ),
        "power_of_attorney",
        [
            ("parties.attorney.name", "eq", "Белова Зоя Андреевна"),
        ],
        id="attorney_named_zoya",
    ),
    pytest.param(
        (
            "ДОВЕРЕННОСТЬ № 14\n"
            "г. Москва, четырнадцатое марта две тысячи двадцать пятого года\n"
            "\n"
            "Общество с ограниченной ответственностью «Северный Ветер» (ИНН "
            "7729141771, КПП 772901001, ОГРН 1157746312349), в лице генерального "
            "директора Соколова Андрея Викторовича, действующего на основании "
            "Устава, настоящей доверенностью уполномочивает\n"
            "Толстой Ирины Павловны, паспорт 45 18 123456, выдан ГУ МВД России по "
            "г. Москве 12.05.2019, код подразделения 770-001,\n"
            "получать от ООО «Уральские Технологии» (ИНН 6615000800) "
            "товарно-материальные ценности по счету № 118 от 10.03.2025, "
            "подписывать товарные накладные и акты.\n"
            "\n"
            "Доверенность выдана сроком до 31.12.2025 без права передоверия.\n"
            "\n"
            "Генеральный директор ______________ А.В. Соколов\n"
        ),
        "power_of_attorney",
        [
            ("parties.attorney.name", "eq", "Толстая Ирина Павловна"),
        ],
        id="attorney_adjectival_surname",
    ),
    pytest.param(
        (
            "ДОВЕРЕННОСТЬ № 14\n"
            "г. Москва, четырнадцатое марта две тысячи двадцать пятого года\n"
            "\n"
            "Общество с ограниченной ответственностью «Северный Ветер» (ИНН "
            "7729141771, КПП 772901001, ОГРН 1157746312349), в лице генерального "
            "директора Соколова Андрея Викторовича, действующего на основании "
            "Устава, настоящей доверенностью уполномочивает\n"
            "Горького Максима Алексеевича, паспорт 45 18 123456, выдан ГУ МВД "
            "России по г. Москве 12.05.2019, код подразделения 770-001,\n"
            "получать от ООО «Уральские Технологии» (ИНН 6615000800) "
            "товарно-материальные ценности по счету № 118 от 10.03.2025, "
            "подписывать товарные накладные и акты.\n"
            "\n"
            "Доверенность выдана сроком до 31.12.2025 без права передоверия.\n"
            "\n"
            "Генеральный директор ______________ А.В. Соколов\n"
        ),
        "power_of_attorney",
        [
            ("parties.attorney.name", "eq", "Горький Максим Алексеевич"),
        ],
        id="attorney_surname_in_kiy",
    ),
    pytest.param(
        (
            "ДОВЕРЕННОСТЬ № 14\n"
            "г. Москва, 14.03.2025\n"
            "\n"
            "ООО «Северный Ветер» (ИНН 7729141771, КПП 772901001), в лице "
            "генерального директора Соколова Андрея Викторовича, действующего на "
            "основании Устава, уполномочивает\n"
            "Морозова Ивана Петровича, паспорт 45 18 123456, выдан ГУ МВД России "
            "по г. Москве 12.05.2019,\n"
            "получать от имени ООО «Северный Ветер» у поставщика ООО «Уральские "
            "Технологии» (ИНН 6615000800) товар по счету № 118.\n"
            "\n"
            "Доверенность выдана сроком до 31.12.2025 без права передоверия.\n"
            "\n"
            "Генеральный директор ______________ А.В. Соколов\n"
        ),
        "power_of_attorney",
        [
            ("parties.seller.name", "in", ["ООО «Уральские Технологии»", None]),
        ],
        id="supplier_after_on_behalf",
    ),
    pytest.param(
        (
            "Генеральному директору ООО «Балтийский Терминал»\n"
            "Кириллову С.А.\n"
            "\n"
            "СЧЕТ НА ОПЛАТУ № 57 от 14 марта 2025 г.\n"
            "\n"
            "За техническое обслуживание погрузчиков за март 2025 г. просим "
            "оплатить 84 000,00 руб. (НДС не облагается).\n"
            "\n"
            "Реквизиты для оплаты:\n"
            "ИНН 774628194800\n"
            "Р/с 40802810219093786579 в ПАО Сбербанк, БИК 044525225, к/с "
            "30101810400000000225\n"
            "\n"
            "Индивидуальный предприниматель ____________ Гаврилов Д.О.\n"
        ),
        "invoice",
        [
            (
                "parties.seller.name",
                "in",
                [
                    None,
                    "ИП Гаврилов Д.О.",
                    "Индивидуальный предприниматель Гаврилов Д.О.",
                ],
            ),
        ],
        id="first_line_addresses_buyer",
    ),
    pytest.param(
        (
            "УТВЕРЖДАЮ    Генеральный директор АО «Промстрой»\n"
            "             ____________ В.В. Кузьмин\n"
            "             31.03.2025\n"
            "\n"
            "АКТ № 12\n"
            "приемки выполненных работ по договору подряда № 5 от 10.01.2025\n"
            "\n"
            "Работы по монтажу системы вентиляции на объекте «Склад № 3» выполнены "
            "в полном объеме и в установленный срок.\n"
            "Стоимость работ: 480 000,00 руб., в т.ч. НДС 20% 80 000,00 руб.\n"
            "\n"
            "Подрядчик: ИНН 7859083016, КПП 785901001\n"
            "Р/с 40702810319093786579, ПАО Сбербанк, БИК 044525225\n"
        ),
        "act",
        [
            ("parties.seller.name", "eq", None),
        ],
        id="approval_stamp_first",
    ),
    pytest.param(
        (
            "Поставка по договору с ООО «Техноимпорт» № 15-П от 04.03.2025\n"
            "СЧЕТ НА ОПЛАТУ № 118 от 10.03.2025\n"
            "\n"
            "Получатель: ИНН 7859083016 КПП 785901001\n"
            "Р/с 40702810319093786579 в ПАО Сбербанк, БИК 044525225, к/с "
            "30101810400000000225\n"
            "\n"
            "| № | Товар | Кол-во | Ед. | Цена | Сумма |\n"
            "| 1 | Насос центробежный КМ 80-50-200 | 2 | шт | 68 400,00 | 136 "
            "800,00 |\n"
            "\n"
            "Итого: 136 800,00\n"
            "В том числе НДС 20%: 22 800,00\n"
            "Всего к оплате: 136 800,00 руб.\n"
        ),
        "invoice",
        [
            ("parties.seller.name", "eq", None),
        ],
        id="reference_sentence_first",
    ),
    pytest.param(
        (
            "Copy for: NORTHWIND RETAIL LLC\n"
            "INVOICE No. 2025-311\n"
            "Date: 20 March 2025\n"
            "\n"
            "Payment to: IBAN DE89 3704 0044 0532 0130 00, SWIFT COBADEFFXXX\n"
            "\n"
            "Spare parts as per order 4411          EUR 12,400.00\n"
            "Total: EUR 12,400.00\n"
        ),
        "invoice",
        [
            ("parties.seller.name", "eq", None),
        ],
        id="copy_caption_first",
    ),
    pytest.param(
        (
            "MEDITERRANEAN PACKAGING SARL\n"
            "Zone Industrielle Charguia II, 2035 Tunis, Tunisia\n"
            "Tax ID: 1234567/A/M/000\n"
            "\n"
            "COMMERCIAL INVOICE No. MP-2025-088\n"
            "Date: 12/03/2025\n"
            "\n"
            "Buyer: ООО «Вектор», INN 7859083016, St. Petersburg, Russia\n"
            "\n"
            "| Description                    | Qty (pcs) | Unit price, TND | "
            "Amount, TND |\n"
            "| Corrugated boxes 60x40x40      | 1,200     | 2.350           | "
            "2,820.000   |\n"
            "| Pallet stretch film 500 mm     | 40        | 18.500          | "
            "740.000     |\n"
            "\n"
            "Total: 3,560.000 TND\n"
            "Total in words: three thousand five hundred sixty dinars\n"
        ),
        "invoice",
        [
            ("line_items[0].quantity", "eq", "1200"),
            ("line_items[1].quantity", "eq", "40"),
        ],
        id="dinars_with_grouping_commas",
    ),
    pytest.param(
        (
            "SOCIETE TEXTILE DU SAHEL SARL\n"
            "Route de Sousse Km 4, 4000 Sousse, Tunisie\n"
            "MF: 0123456/B/A/M/000\n"
            "\n"
            "EXPORT INVOICE No. STS-25-0219\n"
            "Date: 17/03/2025\n"
            "\n"
            "Buyer: Northwind Retail LLC, INN 7859083016, Moscow, Russia\n"
            "Terms: FCA Sousse, payment in EUR\n"
            "\n"
            "| Description              | Qty (pcs) | Unit price, EUR | Amount, "
            "EUR |\n"
            "| Men's cotton shirts      | 2,400     | 6.20            | 14,880.00  "
            " |\n"
            "| Women's linen trousers   | 1,500     | 9.80            | 14,700.00  "
            " |\n"
            "\n"
            "Total: EUR 29,580.00\n"
            "Timbre fiscal: 1,000 DT\n"
        ),
        "invoice",
        [
            ("line_items[0].quantity", "eq", "2400"),
            ("line_items[1].quantity", "eq", "1500"),
        ],
        id="euro_invoice_dinar_stamp_rows",
    ),
    pytest.param(
        (
            "SOCIETE TEXTILE DU SAHEL SARL\n"
            "Route de Sousse Km 4, 4000 Sousse, Tunisie\n"
            "\n"
            "EXPORT INVOICE No. STS-25-0219\n"
            "Date: 17/03/2025\n"
            "\n"
            "Buyer: Northwind Retail LLC, INN 7859083016, Moscow, Russia\n"
            "\n"
            "Men's cotton shirts, 2,400 pcs x EUR 6.20\n"
            "Total amount: 14,880\n"
            "Currency: EUR\n"
            "Stamp duty (timbre fiscal): 1,000 DT\n"
        ),
        "invoice",
        [
            ("total", "eq", "14880.00"),
        ],
        id="euro_invoice_dinar_stamp_total",
    ),
    pytest.param(
        (
            "ВЫПИСКА ПО СЧЕТУ 40702810319093786579\n"
            "ПАО Сбербанк, БИК 044525225\n"
            "за период с 10.03.2025 по 14.03.2025\n"
            "Владелец счета: ООО «Вектор», ИНН 7859083016\n"
            "\n"
            "Входящий остаток: 250 000,00\n"
            "\n"
            "| Дата       | Плательщик          | Получатель              | ИНН "
            "контрагента | Дебет     | Кредит    |\n"
            "| 11.03.2025 | ООО «Вектор»        | ООО «Техноимпорт»       | "
            "7729141771      | 45 000,00 |           |\n"
            "| 13.03.2025 | ООО «Северный Ветер» | ООО «Вектор»           | "
            "7876317063      |           | 18 600,00 |\n"
            "\n"
            "Обороты: 45 000,00  18 600,00\n"
            "Исходящий остаток: 223 600,00\n"
        ),
        "bank_statement",
        [
            ("7729141771", "name_of_inn", [None, "ООО «Техноимпорт»"]),
        ],
        id="statement_payer_payee_columns",
    ),
    pytest.param(
        (
            "Исх. № 114 от 17.03.2025\n"
            "\n"
            "Генеральному директору АО «Промстрой»\n"
            "Кузьмину В.В.\n"
            "\n"
            "Уведомляем, что с 01.04.2025 меняются банковские реквизиты ООО "
            "«Вектор»:\n"
            "ИНН 7859083016, КПП 785901001\n"
            "Р/с 40702810319093786579 в ПАО Сбербанк, БИК 044525225\n"
            "\n"
            "Генеральный директор ООО «Вектор»                      Д.А. Смирнов\n"
        ),
        "letter",
        [
            ("7859083016", "name_of_inn", [None, "ООО «Вектор»"]),
        ],
        id="sentence_above_inn_line",
    ),
    pytest.param(
        (
            "ИП Гаврилов Денис Олегович, ИНН 774628194800\n"
            "\n"
            "АКТ № 33 от 31.03.2025\n"
            "об оказании услуг\n"
            "\n"
            "Исполнитель: ИП Гаврилов Денис Олегович, ИНН 774628194800\n"
            "Заказчик: ООО «Техноимпорт», ИНН 7729141771\n"
            "\n"
            "| № | Наименование услуги                  | Кол-во | Ед.  | Цена     "
            " | Сумма     |\n"
            "| 1 | Уборка складских помещений, март 2025 | 1      | усл. | 48 "
            "000,00 | 48 000,00 |\n"
            "\n"
            "НДС (не облагается, УСН)      Итого: 48 000,00\n"
            "Всего оказано услуг на сумму 48 000,00 руб.\n"
            "\n"
            "Исполнитель ________ Гаврилов Д.О.        Заказчик ________ Иванов "
            "П.С.\n"
        ),
        "act",
        [
            ("vat", "in", [None, "0.00"]),
        ],
        id="exempt_note_before_total",
    ),
    pytest.param(
        (
            "ДОГОВОР ПОСТАВКИ № 15-П\n"
            "г. Москва                                                  04.03.2025\n"
            "\n"
            "ООО «Вектор», ИНН 7859083016, именуемое в дальнейшем «Покупатель», в "
            "лице генерального директора Смирнова Д.А., с одной стороны, и ООО "
            "«Техноимпорт», ИНН 7729141771, в лице директора Иванова П.С., с "
            "другой стороны, заключили настоящий договор о нижеследующем.\n"
            "1. Поставщик обязуется передать, а Покупатель принять и оплатить "
            "товар по спецификации.\n"
            "2. Доставка товара осуществляется силами перевозчика, указанного "
            "Покупателем.\n"
            "\n"
            "Перевозчик: ООО «ТрансЛайн», ИНН 7876317063\n"
            "Стоимость товара по договору: 1 200 000,00 руб.\n"
            "\n"
            "Подписи сторон:\n"
            "Покупатель ___________ Смирнов Д.А.\n"
        ),
        "contract",
        [
            ("7876317063", "role_of_inn", ["carrier"]),
        ],
        id="carrier_in_supply_contract",
    ),
    pytest.param(
        (
            "INVOICE No. EXPO-2025-118\n"
            "Date: 10 March 2025\n"
            "\n"
            "Organiser: Expocentre AO, Moscow\n"
            "Exhibitor: Northwind Retail LLC, INN 7859083016\n"
            "Seller: StandBuild Pro LLC, INN 7876317063\n"
            "\n"
            "Description                                  Qty   Price        "
            "Amount\n"
            "Stand construction, 36 sq.m, hall 2.1          1   540,000.00   "
            "540,000.00\n"
            "\n"
            "Total: RUB 540,000.00\n"
        ),
        "invoice",
        [
            ("parties.seller.name", "eq", "StandBuild Pro LLC"),
        ],
        id="organiser_beside_seller",
    ),
    pytest.param(
        (
            "АКТ № 7 от 31.03.2025\n"
            "приема-передачи неисключительных прав\n"
            "\n"
            "Сублицензиат: ООО «Вектор», ИНН 7859083016\n"
            "Правообладатель: АО «Лаборатория Касперского», ИНН 7713140469\n"
            "\n"
            "Передано право использования Kaspersky Endpoint Security для бизнеса, "
            "50 лицензий на 1 год.\n"
            "Стоимость: 120 000,00 руб. НДС не облагается.\n"
            "\n"
            "Сублицензиар: ООО «СофтЛайн Трейд», ИНН 7876317063\n"
        ),
        "act",
        [
            ("parties.seller.name", "eq", "ООО «СофтЛайн Трейд»"),
        ],
        id="rights_holder_on_resale_act",
    ),
    pytest.param(
        (
            "ДОГОВОР-ЗАЯВКА № 311 НА ПЕРЕВОЗКУ ГРУЗА\n"
            "г. Москва                                                  12.03.2025\n"
            "\n"
            "Заказчик: ООО «Вектор», ИНН 7859083016\n"
            "Перевозчик: ООО «ТрансЛайн», ИНН 7876317063\n"
            "\n"
            "| Маршрут | Москва — Екатеринбург |\n"
            "| Груз | оборудование, 18 т, 82 м3 |\n"
            "| Дата загрузки | 14.03.2025 |\n"
            "| Ставка | 45 руб./км, пробег по факту |\n"
            "| Условия оплаты | 5 банковских дней по оригиналам документов |\n"
        ),
        "contract",
        [
            ("total", "eq", None),
        ],
        id="freight_rate_per_km",
    ),
    pytest.param(
        (
            "ДОГОВОР-ЗАЯВКА № 311 НА ПЕРЕВОЗКУ ГРУЗА\n"
            "г. Москва                                                  12.03.2025\n"
            "\n"
            "Заказчик: ООО «Вектор», ИНН 7859083016\n"
            "Перевозчик: ООО «ТрансЛайн», ИНН 7876317063\n"
            "\n"
            "| Маршрут | Москва — Екатеринбург |\n"
            "| Груз | оборудование, 18 т, 82 м3 |\n"
            "| Дата загрузки | 14.03.2025 |\n"
            "| Фрахт | 95 USD за тонну |\n"
        ),
        "contract",
        [
            ("total", "eq", None),
        ],
        id="freight_rate_per_tonne",
    ),
    pytest.param(
        (
            "Отправка № 2 из 3 (частичная отгрузка по счету № 118)\n"
            "ТОВАРНАЯ НАКЛАДНАЯ № 455 от 21.03.2025\n"
            "Грузоотправитель: ООО «Вектор», ИНН 7859083016\n"
            "Грузополучатель: ООО «Техноимпорт», ИНН 7729141771\n"
            "Итого: 136 800,00 руб.\n"
        ),
        "waybill",
        [
            ("number", "eq", "455"),
        ],
        id="partial_shipment_counter",
    ),
    pytest.param(
        (
            "Turkey Creek Farms LLC\n"
            "400 Elm Street, Madison, WI 53703\n"
            "Phone (920) 555-0143\n"
            "\n"
            "INVOICE No. 10472\n"
            "Invoice date: 03/04/2026\n"
            "Due date: 04/03/2026\n"
            "\n"
            "Bill To: Lakeside Grocers Inc., 88 Harbor Rd, Green Bay, WI 54301\n"
            "\n"
            "Description                 Qty     Unit Price    Amount\n"
            "Smoked turkey breast, case   12      $84.00        $1,008.00\n"
            "Turkey sausage links, case    6      $52.50          $315.00\n"
            "\n"
            "Subtotal: $1,323.00\n"
            "Sales tax: $0.00\n"
            "Total due: $1,323.00\n"
        ),
        "invoice",
        [
            ("date", "eq", "2026-03-04"),
        ],
        id="us_issuer_named_turkey",
    ),
    pytest.param(
        (
            "Poland Spring Road Supply Co.\n"
            "12 Mill Road, Poland, ME 04274\n"
            "\n"
            "INVOICE # 5531\n"
            "Date: 02/11/2026\n"
            "\n"
            "Customer: Casco Bay Marine LLC, Portland, ME\n"
            "\n"
            "Item                          Qty   Price      Amount\n"
            "Galvanized chain, 50 ft        4    $120.00    $480.00\n"
            'Shackles 3/8"                 20      $6.25    $125.00\n'
            "\n"
            "Total: $605.00\n"
            "Terms: Net 30\n"
        ),
        "invoice",
        [
            ("date", "eq", "2026-02-11"),
        ],
        id="us_town_named_poland",
    ),
    pytest.param(
        (
            "Brightline Analytics Inc.\n"
            "2200 Sand Hill Road, Menlo Park, CA 94025\n"
            "Sold to: Nordic Retail AB, Sveavagen 44, Stockholm, Sweden\n"
            "\n"
            "INVOICE No. BA-2026-0142\n"
            "Invoice Date: 01/10/2026\n"
            "Payment due: 02/09/2026\n"
            "\n"
            "Description                          Amount\n"
            "Annual analytics license             $24,000.00\n"
            "Onboarding workshop (2 days)          $3,600.00\n"
            "\n"
            "Total: $27,600.00\n"
            "Payable in US dollars by wire.\n"
        ),
        "invoice",
        [
            ("date", "eq", "2026-01-10"),
        ],
        id="buyer_country_in_top_lines",
    ),
    pytest.param(
        (
            "Israel & Sons Hardware Inc.\n"
            "145 Main Street, Paterson, NJ 07505\n"
            "\n"
            "INVOICE 20877\n"
            "Date: 05/06/2026\n"
            "\n"
            "Bill to: Garden State Builders LLC\n"
            "\n"
            "Qty  Description                Unit      Total\n"
            "10   Drywall screws, box        $14.00    $140.00\n"
            " 4   Joint compound, bucket     $18.50     $74.00\n"
            "\n"
            "Total Due: $214.00\n"
        ),
        "invoice",
        [
            ("date", "eq", "2026-05-06"),
        ],
        id="issuer_name_with_country",
    ),
    pytest.param(
        (
            "АКТ СВЕРКИ ВЗАИМНЫХ РАСЧЕТОВ № 7\n"
            "за период с 01.01.2026 по 31.03.2026\n"
            "между ООО «Альфа Трейд» (ИНН 7708123450) и ООО «Бета» (ИНН "
            "5024012340)\n"
            "по договору поставки № 14/2025, валюта расчетов: российский рубль\n"
            "\n"
            "| Дата       | Документ                 | Сумма, руб.   |\n"
            "| 01.01.2026 | Сальдо начальное         | 1 250,00 Dt   |\n"
            "| 15.01.2026 | Реализация № 112         | 4 800,00 Dt   |\n"
            "| 20.02.2026 | Оплата, п/п № 58         | 3 000,00 Ct   |\n"
            "Сальдо конечное на 31.03.2026: 3 050,00 Dt в пользу ООО «Альфа Трейд»\n"
        ),
        "act",
        [
            ("currency", "eq", "RUB"),
            ("amount_due", "in", [None, "3050.00"]),
        ],
        id="debit_marks_dt_russian",
    ),
    pytest.param(
        (
            "ACT OF RECONCILIATION OF MUTUAL SETTLEMENTS No. 7\n"
            "Period: 01.01.2026 - 31.03.2026\n"
            "Between Alatau Trade LLP and Steppe Logistics LLP under contract No. "
            "14/2025\n"
            "\n"
            "| Date       | Document              | Amount, KZT      |\n"
            "| 01.01.2026 | Opening balance       | 1,250,000.00 Dt  |\n"
            "| 15.01.2026 | Invoice No. 112       | 4,800,000.00 Dt  |\n"
            "| 20.02.2026 | Payment No. 58        | 3,000,000.00 Ct  |\n"
            "Closing balance as of 31.03.2026: 3,050,000.00 Dt in favour of Alatau "
            "Trade LLP\n"
            "\n"
            "For Alatau Trade LLP ____________        For Steppe Logistics LLP "
            "____________\n"
        ),
        "act",
        [
            ("currency", "eq", "KZT"),
            ("total", "in", [None, "3050000.00"]),
        ],
        id="debit_marks_dt_english",
    ),
    pytest.param(
        (
            "Authorised distributor of Weber Technik AG\n"
            "Kestrel Industrial Supplies\n"
            "5 Carver Street, Sheffield S1 4FS, United Kingdom\n"
            "VAT Reg. No. GB 284 1234 56\n"
            "\n"
            "INVOICE No. KIS-2026-0219\n"
            "Date: 19 March 2026\n"
            "Bill to: Harbor Engineering Ltd, 22 Quay Road, Hull HU1 2AA\n"
            "\n"
            "Description                       Qty   Unit price    Amount\n"
            "Pressure sensor PS-200             4    GBP 180.00    GBP 720.00\n"
            "Mounting kit MK-5                  4    GBP 25.00     GBP 100.00\n"
            "\n"
            "Subtotal: GBP 820.00\n"
            "VAT 20%: GBP 164.00\n"
            "Total: GBP 984.00\n"
        ),
        "invoice",
        [
            ("parties.seller.name", "in", [None, "Kestrel Industrial Supplies"]),
        ],
        id="dealer_tagline_first",
    ),
    pytest.param(
        (
            "Nordmark Maschinenbau GmbH\n"
            "Einkauf\n"
            "Hafenstraße 4\n"
            "28217 Bremen\n"
            "\n"
            "Rechnung Nr. 2026-118\n"
            "Rechnungsdatum: 12.03.2026\n"
            "Kundennummer: 40117\n"
            "\n"
            "Pos.  Bezeichnung                 Menge   Einzelpreis   Betrag\n"
            "1     Lagergehäuse BH-40           50     42,00 EUR     2.100,00 EUR\n"
            "2     Wellendichtring SS-12       200      3,10 EUR       620,00 EUR\n"
            "\n"
            "Nettobetrag: 2.720,00 EUR\n"
            "MwSt. 19 %: 516,80 EUR\n"
            "Rechnungsbetrag: 3.236,80 EUR\n"
            "\n"
            "Kestrel Antriebstechnik GmbH · Industriestr. 12 · 30159 Hannover · "
            "USt-IdNr. DE 812 345 678\n"
        ),
        "invoice",
        [
            ("parties.seller.name", "in", [None, "Kestrel Antriebstechnik GmbH"]),
        ],
        id="recipient_block_first",
    ),
    pytest.param(
        (
            "Nordmark Maschinenbau GmbH\n"
            "Einkauf\n"
            "Hafenstraße 4\n"
            "28217 Bremen\n"
            "\n"
            "Rechnung Nr. 2026-118\n"
            "Rechnungsdatum: 12.03.2026\n"
            "Kundennummer: 40117\n"
            "\n"
            "Pos.  Bezeichnung                 Menge   Einzelpreis   Betrag\n"
            "1     Lagergehäuse BH-40           50     42,00 EUR     2.100,00 EUR\n"
            "2     Wellendichtring SS-12       200      3,10 EUR       620,00 EUR\n"
            "\n"
            "Nettobetrag: 2.720,00 EUR\n"
            "MwSt. 19 %: 516,80 EUR\n"
            "Rechnungsbetrag: 3.236,80 EUR\n"
            "\n"
            "Kestrel Antriebstechnik GmbH · Industriestr. 12 · 30159 Hannover · "
            "USt-IdNr. DE 812 345 678\n"
        ),
        "invoice",
        [
            ("line_items[2].description", "eq", None),
        ],
        id="german_totals_end_table",
    ),
    pytest.param(
        (
            "ООО «Вектор»\n"
            "УТВЕРЖДАЮ\n"
            "Генеральный директор ____________ Смирнов А. В.\n"
            "«31» марта 2026 г.\n"
            "\n"
            "АКТ № 5\n"
            "приемки выполненных работ по договору подряда № 12/2026\n"
            "Мы, нижеподписавшиеся, представитель Заказчика — инженер Лаптев В. Н. "
            "и представитель Подрядчика — прораб Гусев К. О., составили настоящий "
            "акт о том, что Подрядчиком выполнены следующие работы:\n"
            "| № | Наименование работ                 | Ед.  | Кол-во | Цена      "
            "| Сумма      |\n"
            "| 1 | Демонтаж перегородок               | м2   | 40     | 450,00    "
            "| 18 000,00  |\n"
            "| 2 | Устройство перегородок из ГКЛ      | м2   | 40     | 1 200,00  "
            "| 48 000,00  |\n"
            "Итого: 66 000,00 руб. НДС не облагается.\n"
            "Работы выполнены в полном объеме, Заказчик претензий не имеет.\n"
        ),
        "act",
        [
            ("parties.seller.name", "eq", None),
        ],
        id="customer_above_approval",
    ),
    pytest.param(
        (
            "ДОВЕРЕННОСТЬ № 18\n"
            "г. Екатеринбург, двенадцатое марта две тысячи двадцать шестого года\n"
            "\n"
            "Общество с ограниченной ответственностью «Уральские Технологии» (ИНН "
            "6670123457, КПП 667001001), в лице генерального директора Быстрова "
            "Сергея Ивановича, действующего на основании Устава, уполномочивает "
            "Зайца Игоря Петровича, паспорт 65 12 345678, выдан ОУФМС России по "
            "Свердловской обл. 14.05.2012, получать от ООО «СтальИнвест» (ИНН "
            "7708123450) товарно-материальные ценности по счету № 245 от "
            "10.03.2026.\n"
            "Доверенность действительна по 12.04.2026.\n"
            "Подпись Зайца И. П. ____________ удостоверяем.\n"
        ),
        "power_of_attorney",
        [
            (
                "parties.attorney.name",
                "in",
                ["Зайца Игоря Петровича", "Заяц Игорь Петрович"],
            ),
        ],
        id="surname_losing_vowel",
    ),
    pytest.param(
        (
            "ВЫПИСКА ОПЕРАЦИЙ ПО ЛИЦЕВОМУ СЧЕТУ 40702810340000000123\n"
            "ООО «Вектор», ИНН 5024012340\n"
            "Банк: ПАО Сбербанк, БИК 044525225\n"
            "за период с 01.03.2026 по 31.03.2026\n"
            "Входящий остаток: 215 400,00\n"
            "| Дата       | № док. | Контрагент           | ИНН        | Дебет     "
            " | Кредит     | Назначение платежа                                    "
            "      |\n"
            "| 02.03.2026 | 412    | ООО «Альфа Трейд»    | 7708123450 |           "
            " | 120 000,00 | Оплата по счету № 45 от 27.02.2026                    "
            "       |\n"
            "| 11.03.2026 | 415    | ООО «Альфа Трейд»    | 7708123450 |           "
            " | 40 000,00  | Оплата за ООО «Гамма» (ИНН 7839123454) по письму № 12 "
            "       |\n"
            "Обороты: 0,00 / 160 000,00\n"
            "Исходящий остаток: 375 400,00\n"
        ),
        "bank_statement",
        [
            ("parties.unassigned.name", "in", [None, "ООО «Гамма»"]),
        ],
        id="inn_in_payment_purpose",
    ),
    pytest.param(
        (
            "ВЫПИСКА ОПЕРАЦИЙ ПО ЛИЦЕВОМУ СЧЕТУ 40702810340000000123\n"
            "ООО «Вектор», ИНН 5024012340\n"
            "Банк: ПАО Сбербанк, БИК 044525225\n"
            "за период с 01.03.2026 по 31.03.2026\n"
            "Входящий остаток: 215 400,00\n"
            "| Дата       | № док. | Контрагент           | ИНН        | Дебет     "
            " | Кредит     | Назначение платежа                                    "
            "      |\n"
            "| 02.03.2026 | 412    | ООО «Альфа Трейд»    | 7708123450 |           "
            " | 120 000,00 | Оплата по счету № 45 от 27.02.2026                    "
            "       |\n"
            "| 16.03.2026 | 418    | ООО «Альфа Трейд»    | 7708123450 |           "
            " | 12 000,00  | Доплата за доставку, заявка по тел. 9161234567        "
            "       |\n"
            "Обороты: 0,00 / 132 000,00\n"
            "Исходящий остаток: 347 400,00\n"
        ),
        "bank_statement",
        [
            ("9161234567", "role_of_inn", [None]),
        ],
        id="phone_in_statement_row",
    ),
    pytest.param(
        (
            "ООО «Альфа Трейд»\n"
            "ИНН 7708123450 КПП 770801001\n"
            "СЧЕТ НА ОПЛАТУ № 247 от 10 марта 2026 г.\n"
            "Покупатель: ООО «Вектор», ИНН 5024012340, КПП 502401001\n"
            "| № | Товар                        | Кол-во | Ед. | Цена       | "
            "Сумма       |\n"
            "| 1 | Насос ЦНС 38-44              | 2      | шт  | 60 000,00  | 120 "
            "000,00  |\n"
            "Итого: 120 000,00\n"
            "Всего, включая НДС 20% (ст. 164 НК РФ): 120 000,00\n"
        ),
        "invoice",
        [
            ("vat", "in", [None, "20000.00"]),
        ],
        id="total_including_vat_note",
    ),
    pytest.param(
        (
            "ДОГОВОР АРЕНДЫ НЕЖИЛОГО ПОМЕЩЕНИЯ № 8\n"
            "г. Москва                                                    11 марта "
            "2026 г.\n"
            "ООО «Бизнес-Центр Восток» («Арендодатель») и ООО «Вектор» "
            "(«Арендатор») заключили договор.\n"
            "1. Арендодатель передает Арендатору помещение площадью 80 кв. м.\n"
            "2. Арендная плата:\n"
            "Ставка: 1 200,00 руб. за 1 кв. м\n"
            "Итого арендная плата за весь срок договора составляет 1 152 000,00 "
            "руб., НДС не облагается.\n"
            "Арендодатель: ООО «Бизнес-Центр Восток», ИНН 7708123450\n"
            "Арендатор: ООО «Вектор», ИНН 5024012340\n"
        ),
        "contract",
        [
            ("total", "in", [None, "1152000.00"]),
        ],
        id="rent_rate_per_square_metre",
    ),
]


@pytest.mark.parametrize(("text", "document_type", "checks"), TYPED_CASES)
def test_typed_rule_keeps_its_bounds(engine, text, document_type, checks):
    fields = _flat(engine.extract(text, document_type=document_type).fields)

    _assert_checks(fields, checks)
