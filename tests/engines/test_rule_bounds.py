"""Documents that misled the engine's newer rules: grouped dinars, contracts on
a shared house, makers and rights holders beside the seller, shops that deliver,
descriptions that end in a unit word, due dates after a gap, cited records, the VAT
spelled in words and attorneys named after their powers. Each case states what
the engine must read."""

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

    for path, operator, expected in checks:
        found = fields.get(path)
        if operator == "eq":
            assert _same(found, expected), (path, found)
        elif operator == "ne":
            assert not _same(found, expected), (path, found)
        else:
            assert any(_same(found, option) for option in expected), (path, found)
