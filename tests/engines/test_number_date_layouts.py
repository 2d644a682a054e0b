"""The document's own number and date against cited documents and table layouts."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.parsing import parse_date

from .test_extraction import field_at


@pytest.fixture(scope="module")
def engine():
    return get_engine()


def _value(fields: dict, path: str) -> str | None:
    field = field_at(fields, path)
    return None if field is None else field["value"]


# (document type, text, expected number, expected date)
LAYOUTS = (
    pytest.param(
        "act",
        "АКТ ПРИЕМКИ-ПЕРЕДАЧИ ОКАЗАННЫХ УСЛУГ СВЯЗИ № 41\n"
        "к договору оказания услуг № СВ-17/2023 от 09.01.2023\n\n"
        "г. Пермь                                        28.02.2024\n\n"
        "Исполнитель: ООО «Линия»\nИтого: 12 000,00 руб.\n",
        "41",
        "2024-02-28",
        id="long-act-title-and-cited-contract",
    ),
    pytest.param(
        "act",
        "                     АКТ\n"
        "          выполненных работ № 8\n"
        "           «31» марта 2024 г.\n\n"
        "Исполнитель: ИП Лаптев К. С.\n"
        "Основание: договор № 2/24 от 10.01.2024\n"
        "Итого: 9 000,00 руб.\n",
        "8",
        "2024-03-31",
        id="quoted-day-on-own-line",
    ),
    pytest.param(
        "packing_list",
        "ООО «Север»\n\n                 УПАКОВОЧНЫЙ ЛИСТ\n"
        "             № 15 от «7» мая 2024 г.\n\n"
        "Получатель: ООО «Юг»\nСчет № 880 от 02.05.2024\n"
        "Место  Наименование   Нетто\n1      Болты          120\n",
        "15",
        "2024-05-07",
        id="number-on-line-below-title",
    ),
    pytest.param(
        "waybill",
        "ТРАНСПОРТНАЯ НАКЛАДНАЯ\n"
        "Дата 04.06.2024                   № 706          Экземпляр № 2\n\n"
        "1. Грузоотправитель\nООО «Кедр»\n"
        "4. Сопроводительные документы на груз\nУПД № 119 от 04.06.2024\n",
        "706",
        "2024-06-04",
        id="number-in-line-below-title",
    ),
    pytest.param(
        "waybill",
        "                             Унифицированная форма № ТОРГ-12\n"
        "           Утверждена постановлением Госкомстата России "
        "от 25.12.98 № 132\n"
        "Грузоотправитель  ООО «Кедр»\n"
        "Основание        Договор поставки № 7-К от 11.01.2024\n"
        "                           Номер документа   Дата составления\n"
        "       ТОВАРНАЯ НАКЛАДНАЯ       0093              12.04.2024\n"
        "Итого: 1 200,00\n",
        "0093",
        "2024-04-12",
        id="torg12-header-row-aligned",
    ),
    pytest.param(
        "waybill",
        "Унифицированная форма № ТОРГ-12\nТОВАРНАЯ НАКЛАДНАЯ\n"
        "Номер документа | Дата составления\n"
        "57 | 03.02.2024\n"
        "Основание: договор № 4 от 01.01.2024\n",
        "57",
        "2024-02-03",
        id="torg12-header-row-with-rules",
    ),
    pytest.param(
        "waybill",
        "Унифицированная форма № ТОРГ-12\nТОВАРНАЯ НАКЛАДНАЯ\n"
        "Номер документа\nТН-402\nДата составления\n19.07.2024\n"
        "Основание\nДоговор № 8/ТН от 02.02.2024\n",
        "ТН-402",
        "2024-07-19",
        id="torg12-captions-over-values",
    ),
    pytest.param(
        "bank_statement",
        "ПАО «Банк»                                   БИК 044525000\n"
        "              Дата формирования 22.04.2024 09:30\n"
        "        ВЫПИСКА ПО СЧЕТУ № 40702810100000000001\n"
        "                     за 19.04.2024\n"
        "Дата предыдущей операции по счету: 16.04.2024\n"
        "Дата       | № док. | Назначение платежа                | Дебет\n"
        "19.04.2024 | 77     | Оплата по счету № 305 от 17.04.2024 | 5 000,00\n",
        None,
        "2024-04-19",
        id="statement-day-and-operation-rows",
    ),
    pytest.param(
        "payment_order",
        "0401060\nПоступ. в банк плат.\n14.08.2024\nСписано со сч. плат.\n"
        "14.08.2024\nПЛАТЕЖНОЕ ПОРУЧЕНИЕ №\n318\n14.08.2024\nДата\nВид платежа\n"
        "Сумма\n5000-00\n"
        "Оплата по счету № 61 от 12.08.2024 за бумагу.\nНазначение платежа\n",
        "318",
        "2024-08-14",
        id="payment-order-one-value-per-line",
    ),
    pytest.param(
        "letter",
        "Директору ООО «Юг»\n\nИсх. № 207\n«11» сентября 2024 г.\n\n"
        "ПРЕТЕНЗИЯ\nПо договору поставки\n№ 5-П/2023 от 20.12.2023 мы отгрузили "
        "товар.\nОплата не поступила до 01.09.2024.\n",
        "207",
        "2024-09-11",
        id="letter-with-cited-contract",
    ),
    pytest.param(
        "act",
        "COMPLETION CERTIFICATE No. 12\n(Act of Works Performed)\n"
        "to Construction Agreement No. CA-88/2022 of 14 March 2022\n\n"
        "Riga                                                   15 July 2024\n\n"
        "Contractor: Baltic Build SIA\nTotal: EUR 3,000.00\n",
        "12",
        "2024-07-15",
        id="english-certificate-and-cited-agreement",
    ),
    pytest.param(
        "receipt",
        "The Old Mill Cafe\n2 River Lane, Bath BA1 1AA\nVAT Reg No. GB 731 5520 14\n\n"
        "Table 4        Server: Tom\nBill #2093      3 May 2024  13:10\n\n"
        "1  Soup of the day     6.50\nTOTAL                £6.50\n",
        "2093",
        "2024-05-03",
        id="receipt-bill-after-vat-registration",
    ),
    pytest.param(
        "receipt",
        "Harbour Hotel\nCompany Reg. No. 0453 881\n"
        "Bill To: Mr. A. Novak            Room No. 305\n"
        "Receipt No. 7781\nDate: 14 May 2024\n"
        "Room charge     120.00\nTOTAL          120.00\n",
        "7781",
        "2024-05-14",
        id="receipt-bill-to-and-registration",
    ),
    pytest.param(
        "packing_list",
        "PACKING LIST\n\nNorthfield Tools Inc.\n\n"
        "Packing List #: PL-5512              Order #: SO-9031\n"
        "Ship Date: 06/18/2024                 Customer PO: 4410\n\n"
        "Item No.   Description   Shipped\nNT-1   Hammer   12\n",
        "PL-5512",
        "2024-06-18",
        id="ship-date-when-nothing-else",
    ),
    pytest.param(
        "packing_list",
        "PACKING LIST No. 31\nDate: 05/14/2024\n"
        "Ship Date: 05/21/2024\nItem   Qty\nBolts   40\n",
        "31",
        "2024-05-14",
        id="ship-date-loses-to-labeled-date",
    ),
    pytest.param(
        "receipt",
        "ООО «Вектор»\nКВИТАНЦИЯ\nк приходному кассовому ордеру № 214\n"
        "от 9 марта 2025 г.\nПринято от Петрова И. С.\n"
        "Основание: оплата по договору № 33 от 01.03.2025\n"
        "Сумма 4 000 руб. 00 коп.\n",
        "214",
        "2025-03-09",
        id="cash-order-slip-title",
    ),
    pytest.param(
        "other",
        "CERTIFICATE OF GOOD STANDING\nCertificate No. GS-118\n"
        "Northwind Shipping Ltd was incorporated on 2 May 2017 and remains on the "
        "register.\nIssued in Nicosia on 9 April 2025.\n",
        "GS-118",
        "2025-04-09",
        id="issued-in-place-on-date",
    ),
    pytest.param(
        "invoice",
        "ALPINE TOOLS AG\nINVOICE   RE-25-0712\n"
        "Date: 08.12.2025     Customer No.: 100732\n"
        "Total CHF   1'200.00\n",
        "RE-25-0712",
        "2025-12-08",
        id="title-code-without-sign",
    ),
    pytest.param(
        "invoice",
        "Rechnung\nDatum: 08.12.2025\nCustomer No.: 100732\nTotal EUR 1,200.00\n",
        None,
        "2025-12-08",
        id="customer-number-is-not-own",
    ),
    pytest.param(
        "waybill",
        "157-22041187 AIR WAYBILL Not negotiable\nShipper's Name and Address\n"
        "Lumen Optics Co.\nExecuted on Dec 9, 2025 at Shenzhen\n"
        "Flight/Date: SU 209 / Dec 10, 2025\n",
        "157-22041187",
        "2025-12-09",
        id="air-waybill-number-before-title",
    ),
    pytest.param(
        "payment_order",
        "APPLICATION FOR FOREIGN CURRENCY TRANSFER No. 57\nDate: 2025-12-19\n"
        "Amount and currency: EUR 36,914.20\n"
        "Details of payment: spare parts, contract No. AMT/TS-2024-07.\n",
        "57",
        "2025-12-19",
        id="foreign-currency-transfer",
    ),
    pytest.param(
        "waybill",
        "Приложение № 4 к постановлению Правительства РФ от 21.12.2020 № 2200\n"
        "ТРАНСПОРТНАЯ НАКЛАДНАЯ\nТранспортная накладная Заказ (заявка)\n"
        "Дата 08.12.2025 № 3307 Дата 05.12.2025 № З-118\n"
        "Сопроводительные документы: УПД № 1208 от 08.12.2025\n",
        "3307",
        "2025-12-08",
        id="transport-waybill-cells",
    ),
    pytest.param(
        "upd",
        "Приложение № 1 к письму ФНС России от 21.10.2013 № ММВ-20-3/96@\n"
        "Универсальный передаточный документ\nСчет-фактура № 99 от 01.02.2024 (1)\n"
        "Продавец: ООО «Альфа» (2)\n",
        "99",
        "2024-02-01",
        id="upd-under-tax-letter-header",
    ),
    # A scan of form КС-2 where OCR read the rule and the number "| 4" as "14":
    # the "1" sits in the column of the caption row's rule.
    pytest.param(
        "act",
        "                                  Унифицированная форма № КС-2\n"
        "Подрядчик   ООО «Монолит-Профиль», ИНН 6321573847\n"
        "Договор подряда (контракт)   номер 17/24-СП   дата 18.11.2024\n\n"
        "        | Номер документа | Дата составления | Отчетный период\n"
        "        |         |         | с    [по     |\n"
        "        14        | 31.03.2025   | 01.03.2025 | 31.03.2025 |\n"
        "                 АКТ О ПРИЕМКЕ ВЫПОЛНЕННЫХ РАБОТ\n"
        "Всего по акту                                8 264 460,00\n",
        "4",
        "2025-03-31",
        id="ks2-scan-rule-read-as-one",
    ),
    # OCR read the 3 of the title as the letter З; a Turkish taxpayer number
    # ("Vergi No") further down is not the report's number.
    pytest.param(
        "act",
        "            ОТЧЕТ АГЕНТА № З И АКТ ОБ ОКАЗАНИИ УСЛУГ\n"
        "г. Москва                                       16.04.2025\n"
        "Получатель: Ege Kumas Tekstil A.S., г. Бурса, Vergi No 3250481764\n"
        "Всего по акту: 40 306,08 руб.\n",
        "3",
        "2025-04-16",
        id="title-number-read-as-ze",
    ),
    pytest.param(
        "invoice",
        "PROFORMA\nSeller: Ege Kumas Tekstil A.S., Vergi No: 3250481764\n"
        "Date: 07.04.2025\nTotal: TRY 1.186.450,00\n",
        None,
        "2025-04-07",
        id="vergi-number-not-document-number",
    ),
    # The same grid with the rule read: the number is 14.
    pytest.param(
        "act",
        "                                  Унифицированная форма № КС-2\n"
        "Договор подряда (контракт)   номер 17/24-СП   дата 18.11.2024\n\n"
        "        | Номер документа | Дата составления | Отчетный период\n"
        "        | 14        | 31.03.2025   | 01.03.2025 | 31.03.2025 |\n"
        "                 АКТ О ПРИЕМКЕ ВЫПОЛНЕННЫХ РАБОТ\n",
        "14",
        "2025-03-31",
        id="ks2-grid-rule-read",
    ),
    # A number of three digits that starts in the rule's column keeps its 1.
    pytest.param(
        "act",
        "        | Номер документа | Дата составления |\n"
        "        125       | 31.03.2025       |\n"
        "АКТ О ПРИЕМКЕ ВЫПОЛНЕННЫХ РАБОТ\n",
        "125",
        "2025-03-31",
        id="ks2-long-number-at-rule-column",
    ),
    # A number left of its caption's words but inside the caption's cell.
    pytest.param(
        "act",
        "               | Номер документа | Дата составления |\n"
        "                 1703            | 30.04.2025       |\n"
        "                 АКТ О ПРИЕМКЕ ВЫПОЛНЕННЫХ РАБОТ\n",
        "1703",
        "2025-04-30",
        id="ks2-number-left-in-cell",
    ),
)


@pytest.mark.parametrize(("document_type", "text", "number", "date"), LAYOUTS)
def test_own_number_and_date(engine, document_type, text, number, date):
    fields = engine.extract(text, document_type=document_type).fields

    assert _value(fields, "number") == number
    assert _value(fields, "date") == date


PASSPORT_PAGES = (
    pytest.param(
        "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND\n"
        "PASSPORT / PASSEPORT\n"
        "Type/Type   Code/Code   Passport No./Passeport No.\n"
        "P           GBR         120456789\n"
        "Surname/Nom (1)\nHARGREAVES\n"
        "Date of birth/Date de naissance (4)\n03 MAR /MARS 75\n"
        "Date of issue/Date de délivrance (7)       Authority/Autorité (8)\n"
        "08 NOV /NOV 21                             HMPO\n"
        "Date of expiry/Date d'expiration (9)\n08 NOV /NOV 31\n",
        "120456789",
        "2021-11-08",
        id="bilingual-short-years",
    ),
    pytest.param(
        "PASSPORT\nUNITED STATES OF AMERICA\n"
        "Type / Type      Code / Code      Passport No. / No. du Passeport\n"
        "P                USA              640118275\n"
        "Surname / Nom\nBRENNAN\n"
        "Date of birth / Date de naissance\n02 Jan 1968\n"
        "Date of issue / Date de délivrance\n19 Aug 2020\n"
        "Date of expiration / Date d'expiration\n18 Aug 2030\n",
        "640118275",
        "2020-08-19",
        id="captions-over-values",
    ),
    pytest.param(
        # OCR shifted the value row left and lost the slash of the issue date.
        "PASSPORT                       PASSEPORT\nCANADA\n"
        "Type/Type Issuing Country/Pays émetteur Passport No./N° de passeport\n"
        "P       CAN                  HT507214\n"
        "Surname/Nom\nLARKSPUR\n"
        "Date of birth/Date de naissance\n11 JUN /JUIN 84\n"
        "Date of issue/Date de délivrance   Authority/Autorité\n"
        "03 FEB ФЕУ 23           GATINEAU\n"
        "Date of expiry/Date d'expiration\n03 FEB /FEV 33\n",
        "HT507214",
        "2023-02-03",
        id="shifted-columns-garbled-month",
    ),
)


@pytest.mark.parametrize(("text", "number", "date"), PASSPORT_PAGES)
def test_passport_page_number_and_issue_date(engine, text, number, date):
    fields = engine.extract(text, document_type="passport").fields

    assert _value(fields, "number") == number
    assert _value(fields, "date") == date


def test_attorney_date_not_passport_or_birth(engine):
    text = (
        "                              ДОВЕРЕННОСТЬ\n\n"
        "Город Казань, пятое июля две тысячи двадцать четвертого года.\n\n"
        "Я, Гараев Ильдар Ринатович, 14.02.1979 года рождения, паспорт 92 05 "
        "118203,\nвыдан Отделом УФМС России по Республике Татарстан в гор. Казани\n"
        "11.03.2019, код подразделения 160-004,\n"
        "уполномочиваю Хасанову Лилию Рамилевну, 30.06.1991 года\nрождения, "
        "представлять мои интересы в банке.\n\n"
        "Доверенность выдана 05.07.2024 сроком на один год.\n"
    )

    fields = engine.extract(text, document_type="power_of_attorney").fields

    assert _value(fields, "date") == "2024-07-05"


def test_attorney_form_header_row(engine):
    text = (
        "                                  Типовая межотраслевая форма № М-2\n"
        "Организация: ООО «Кедр»\n\n"
        "Номер доверенности   Дата выдачи        Срок действия\n"
        "44                   02.09.2024         12.09.2024\n\n"
        "Доверенность выдана: водителю Ильину П. С.\n"
        "Паспорт: серия 4010 № 123456, дата выдачи 15.05.2015\n"
        "На получение от: ООО «Юг» по договору № 9 от 01.02.2024\n"
    )

    fields = engine.extract(text, document_type="power_of_attorney").fields

    assert _value(fields, "date") == "2024-09-02"


UNCHANGED = (
    pytest.param(
        "invoice",
        "Счет на оплату № 45 от 01.02.2024 по договору № 7 от 01.01.2024\n"
        "Итого: 100,00\n",
        "45",
        "2024-02-01",
        id="own-number-before-cited-contract",
    ),
    pytest.param(
        "invoice",
        "Счет № от 05.03.2024\nПоставщик: ООО «Кедр»\nИтого: 100,00\n",
        None,
        "2024-03-05",
        id="empty-russian-sign",
    ),
    pytest.param(
        "invoice",
        "Invoice No. of 5 March 2024\nSeller: Cedar LLC\nTotal: 100.00\n",
        None,
        "2024-03-05",
        id="empty-english-sign",
    ),
    pytest.param(
        "contract",
        "ДОГОВОР ПОСТАВКИ № 12-П\n"
        "г. Москва                           10 января 2024 г.\n",
        "12-П",
        "2024-01-10",
        id="contract-title-and-city-line",
    ),
    pytest.param(
        "invoice",
        "INVOICE\nInvoice Date: 03/04/2024\nDue Date: 04/03/2024\nTotal: $10.00\n",
        None,
        "2024-03-04",
        id="due-date-still-negative",
    ),
)


@pytest.mark.parametrize(("document_type", "text", "number", "date"), UNCHANGED)
def test_layouts_kept(engine, document_type, text, number, date):
    fields = engine.extract(text, document_type=document_type).fields

    assert _value(fields, "number") == number
    assert _value(fields, "date") == date


BILINGUAL_DATES = (
    ("12 JUN /JUIN 19", "2019-06-12"),
    ("21 FEB /FEV 82", "1982-02-21"),
    ("3 MAR/MARS 2020", "2020-03-03"),
)


@pytest.mark.parametrize(("raw", "iso"), BILINGUAL_DATES)
def test_bilingual_month_dates(raw, iso):
    parsed = parse_date(raw)

    assert parsed is not None
    assert parsed.iso == iso


def test_short_year_needs_second_month():
    assert parse_date("12 JUN 19") is None
