# The documents keep the long lines of their real layouts.
# ruff: noqa: E501
"""Documents that the rules for SWIFT prints, codes, grants and faxes read wrong at
first, each with what the engine must read.

A totals row "| НДС: | Без НДС |" still states an exemption. A name that opens with
"Pan-" or "Tin" is no tax code, and "whom the Charter authorises to act" grants
nothing. A ruled requisites table names each party's bank over its BIK. A print's
option A code may follow its caption on the same line or the next, after the
bank's own account. A sentence that names a UPD or a reconciliation act with a
verb of the sender ("направим", "просим") is a mention, also past an
abbreviation's dot. A preamble's party may print its signatory or an EIN on the
bracket's line. A certificate may date its grouped number on the heading's line,
a fax line names no party, "НДС 22 5 —" reads as a rate, and a total after a
colon may have its first groups run together. A TORG-12 row may print its VAT
rate without "%", a receipt its number before its date and OCR "N?" for "№".

Then come the bounds of those rules: code lines such as "Company No.", "VAT Reg.
No." and "INN/KPP", "duly represented by", an invoice title with "оформлением",
"empowers him to act", a receipt dated in ISO form, "БИК банка", a bank after "в",
a bilingual SWIFT caption, a bank's account on the line under its tag, a Kazakh
IBAN glued to the next word or after "№", "N?58", a total after a dash and a fax
line with "FROM:" alone."""

import pytest

from ai_agents.engines import get_engine
from tests.engines.form_helpers import one_c_invoice, read_path


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


CASES = [
    pytest.param(
        (
            "ООО «Северный Ветер»\n"
            "ИНН 7814563210 КПП 781401001\n"
            "190000, г. Санкт-Петербург, ул. Садовая, д. 12, оф. 4\n"
            "\n"
            "СЧЕТ НА ОПЛАТУ № 118 от 12.03.2026\n"
            "\n"
            "Поставщик: ООО «Северный Ветер», ИНН 7814563210, КПП 781401001\n"
            "Покупатель: ООО «Ладога Сервис», ИНН 4703125580, КПП 470301001\n"
            "\n"
            "Банк получателя: ПАО Сбербанк г. Санкт-Петербург\n"
            "БИК 044030653, к/с 30101810500000000653\n"
            "р/с 40702810455000012345\n"
            "\n"
            "| № | Наименование                         | Кол-во | Ед. | Цена      | Сумма     |\n"
            "|---|--------------------------------------|--------|-----|-----------|-----------|\n"
            "| 1 | Техническое обслуживание котельной    | 1      | усл | 36 000,00 | 36 000,00 |\n"
            "| 2 | Замена горелки GB-45                  | 1      | шт  | 12 000,00 | 12 000,00 |\n"
            "\n"
            "| Итого:                | 48 000,00 |\n"
            "| НДС:                  | Без НДС   |\n"
            "| Всего к оплате:       | 48 000,00 |\n"
            "\n"
            "Всего к оплате: сорок восемь тысяч рублей 00 копеек.\n"
            "\n"
            "Руководитель ______________ А. В. Смирнов\n"
        ),
        {"vat": "0.00"},
        id="vat_row_no_vat",
    ),
    pytest.param(
        (
            "                    SERVICE AGREEMENT No. POS-KLD/2026-07\n"
            "Hong Kong / Kaliningrad                                         12 January 2026\n"
            "\n"
            "This Agreement is made on 12 January 2026 by\n"
            'Pan-Oceanic Shipping Ltd, 14 Harbour Road, Wan Chai, Hong Kong (the "Contractor"), and\n'
            "JSC Baltic Stevedoring Company, 1 Portovaya St., Kaliningrad 236003, Russian Federation,\n"
            'INN 3904012345, KPP 390401001 (the "Customer").\n'
            "\n"
            "1. The Contractor shall provide chartering and crewing services for the Customer's\n"
            "   feeder vessels on the line Kaliningrad - Ust-Luga.\n"
            "2. The monthly fee is USD 42,000.00, payable by the 10th day of the following month.\n"
        ),
        {"parties.seller.name": "Pan-Oceanic Shipping Ltd"},
        id="pan_name_line",
    ),
    pytest.param(
        (
            "                      SUPPLY AGREEMENT No. TCT/26-004\n"
            "Lagos / Moscow                                                  5 March 2026\n"
            "\n"
            "The parties to this Agreement are\n"
            'Tin Can Trading Company Limited, 22 Wharf Road, Apapa, Lagos, Nigeria (the "Seller"), and\n'
            "LLC Kakao Import, 8 Rochdelskaya St., Moscow 123022, Russian Federation,\n"
            'INN 7703456789, KPP 770301001 (the "Buyer").\n'
            "\n"
            "1. The Seller shall supply cocoa beans, 60 tonnes, at USD 6,850.00 per tonne, CIF St. Petersburg.\n"
            "2. Total value of the Agreement: USD 411,000.00.\n"
        ),
        {"parties.seller.name": "Tin Can Trading Company Limited"},
        id="tin_name_line",
    ),
    pytest.param(
        (
            "                         POWER OF ATTORNEY No. 31/26\n"
            "Novosibirsk                                                    16 March 2026\n"
            "\n"
            "LLC Sibagrotrade, INN 5406123987, KPP 540601001, OGRN 1125476012345,\n"
            "15 Kommunisticheskaya St., Novosibirsk 630007, represented by its General Director\n"
            "Ms. I. V. Romanova, whom the Charter authorises to act without a power of attorney,\n"
            "hereby appoints Mr. Denis Andreevich Kolesnikov, passport 50 15 321654 issued on\n"
            "12.08.2015 by the Federal Migration Service for Novosibirsk Region,\n"
            "to represent the company at the Novosibirsk grain elevator, to sign acts of\n"
            "acceptance of grain, quality certificates and waybills, and to receive documents.\n"
            "\n"
            "This Power of Attorney is valid until 31 December 2026.\n"
            "\n"
            "General Director                    ______________          I. V. Romanova\n"
        ),
        {"parties.attorney.name": "Mr. Denis Andreevich Kolesnikov"},
        id="poa_charter_authorises",
    ),
    pytest.param(
        (
            "АКТ № 64 от 30.04.2026\n"
            "об оказании услуг по договору № 12-ТО от 15.01.2026\n"
            "\n"
            "Исполнитель оказал, а Заказчик принял услуги по техническому обслуживанию\n"
            "систем вентиляции за апрель 2026 года.\n"
            "\n"
            "| № | Наименование                          | Кол-во | Сумма, руб. |\n"
            "| 1 | ТО приточно-вытяжных установок, апрель | 1      | 84 000,00   |\n"
            "\n"
            "Итого: 84 000,00 руб., в том числе НДС 22%: 15 147,54 руб.\n"
            "\n"
            "| Исполнитель                              | Заказчик                               |\n"
            "| ООО «Климат-Сервис»                      | АО «Омский завод упаковки»             |\n"
            "| ИНН 5503214567, КПП 550301001            | ИНН 5507098765, КПП 550701001          |\n"
            "| р/с 40702810845000004321                 | р/с 40702810600000012987               |\n"
            "| Омское отделение № 8634 ПАО Сбербанк     | АО «АЛЬФА-БАНК»                        |\n"
            "| БИК 045209673                            | БИК 044525593                          |\n"
            "| к/с 30101810900000000673                 | к/с 30101810200000000593               |\n"
        ),
        {
            "parties.seller.bank_name": "Омское отделение № 8634 ПАО Сбербанк",
            "parties.buyer.bank_name": "АО «АЛЬФА-БАНК»",
        },
        id="ruled_two_party_banks",
    ),
    pytest.param(
        (
            'ПАО "БАНК УРАЛСИБ"                          Печать сообщения SWIFT\n'
            "Тип сообщения: 103   Приоритет: N   Дата: 09.04.2026\n"
            "Отправитель: AVTBRUMMXXX\n"
            "Получатель: BKCHCNBJXXX\n"
            "----------------------------------------------------------------\n"
            "20: Референс отправителя: URS2604090056\n"
            "23B: Код банковской операции: CRED\n"
            "32A: Дата валютирования/Валюта/Сумма: 260409CNY412600,00\n"
            "50K: Плательщик: /40702156300000001875\n"
            '     ООО "СИБМЕТИЗ" ИНН 5402198765 КПП 540201001\n'
            "52A: Банк плательщика: AVTBRUMMXXX\n"
            "57D: Банк бенефициара: BANK OF CHINA, NINGBO BRANCH\n"
            "     139 YAOHANG STREET, NINGBO, CHINA\n"
            "59: Бенефициар: /360164530915\n"
            "    NINGBO HARDWARE TRADING CO., LTD\n"
            "70: Назначение платежа: PAYMENT FOR CONTRACT NH-2026/11 INV 2603\n"
            "71A: Комиссии: SHA\n"
        ),
        {"parties.payer.bank_name": None, "parties.payer.swift": "AVTBRUMMXXX"},
        id="swift_52a_code_as_bank",
    ),
    pytest.param(
        (
            "SWIFT MESSAGE PRINT                                      Page 1 of 1\n"
            "Message type: MT103 Single Customer Credit Transfer\n"
            "Sender: SABRRUMMXXX   Receiver: DEUTDEFFXXX\n"
            "Date printed: 08.04.2026\n"
            "\n"
            "20:  Sender's Reference\n"
            "      SBR2604080932\n"
            "23B: Bank Operation Code\n"
            "      CRED\n"
            "32A: Val Dte/Curr/Interbnk Settld Amt\n"
            "      260408EUR9120,50\n"
            "50K: Ordering Customer\n"
            "      /40702978438000012233\n"
            "      OOO NEVA PACK INN 7802456781 KPP 780201001\n"
            "      ST. PETERSBURG, RUSSIA\n"
            "52A: Ordering Institution\n"
            "      SABRRUMMXXX\n"
            "57A: Account With Institution\n"
            "      DEUTDEFFXXX\n"
            "59:  Beneficiary Customer\n"
            "      /DE89370400440532013000\n"
            "      KRONES PACKAGING GMBH\n"
            "70:  Remittance Information\n"
            "      INV 9004417 DD 20.03.2026\n"
            "71A: Details of Charges\n"
            "      SHA\n"
        ),
        {"parties.payer.swift": "SABRRUMMXXX", "parties.payee.swift": "DEUTDEFFXXX"},
        id="swift_print_option_a_codes",
    ),
    pytest.param(
        (
            'АО "ЮНИКРЕДИТ БАНК"                       Печать сообщения SWIFT\n'
            "Тип сообщения: 103   Приоритет: N   Дата: 22.04.2026\n"
            "Отправитель: IMBKRUMMXXX\n"
            "Получатель: DEUTDEFFXXX\n"
            "----------------------------------------------------------------\n"
            "20: Референс отправителя: ERS2604220318\n"
            "23B: Код банковской операции: CRED\n"
            "32A: Дата валютирования/Валюта/Сумма: 260422EUR15230,00\n"
            "50K: Плательщик: /40702978000000012345\n"
            '     ООО "ВОЛГА ТЕХНИКА" ИНН 6316254789 КПП 631601001\n'
            '52D: Банк плательщика: АО "ЮНИКРЕДИТ БАНК", МОСКВА\n'
            "56A: Банк-посредник: DEUTDEFFXXX\n"
            "57A: Банк бенефициара: /DE37500700100950596700\n"
            "     MARKDEF1500\n"
            "59: Бенефициар: /DE89370400440532013000\n"
            "    HESSEN PUMPEN GMBH, FRANKFURT\n"
            "70: Назначение платежа: INV HP-2026-221 DD 03.04.2026\n"
            "71A: Комиссии: SHA\n"
        ),
        {
            "parties.payee.iban": "DE89370400440532013000",
            "parties.payee.swift": "MARKDEF1500",
        },
        id="swift_57a_account_line",
    ),
    pytest.param(
        one_c_invoice(
            "УНИВЕРСАЛЬНЫЙ ПЕРЕДАТОЧНЫЙ ДОКУМЕНТ направим через оператора ЭДО «Диадок» после отгрузки"
        ),
        {"type": "invoice"},
        id="upd_sentence_without_verb",
    ),
    pytest.param(
        one_c_invoice("АКТ СВЕРКИ за I квартал 2026 г. просим подписать до 10.04.2026"),
        {"type": "invoice"},
        id="reconciliation_request_line",
    ),
    pytest.param(
        (
            "                         DISTRIBUTION AGREEMENT No. NCS-RU/26-01\n"
            "Newark / Moscow                                                 20 January 2026\n"
            "\n"
            "Norton Circuit Systems Inc., 105 Norton Street, Newark, NY 14513, USA,\n"
            'represented by Mr. J. Carter, Vice President (the "Manufacturer"), and\n'
            "LLC Elektronika Trade, 14 Profsoyuznaya St., Moscow 117292, Russian Federation,\n"
            "INN 7728654321, KPP 772801001, represented by Ms. E. Volkova, General Director\n"
            '(the "Distributor"), agree as follows.\n'
            "\n"
            "1. The Manufacturer appoints the Distributor as its non-exclusive distributor of\n"
            "   printed circuit assemblies in the Russian Federation.\n"
            "2. The minimum annual purchase is USD 250,000.00.\n"
        ),
        {"parties.seller.name": "Norton Circuit Systems Inc."},
        id="name_above_represented_line",
    ),
    pytest.param(
        (
            "                         SUPPLY AGREEMENT No. GLX-26/114\n"
            "Houston / Tyumen                                                2 March 2026\n"
            "\n"
            "Gulf Lift Systems Inc., 4400 Westway Park Blvd., Houston, TX 77041, USA,\n"
            'EIN 76-0412395, represented by Mr. R. Hale, President (the "Seller"), and\n'
            "LLC Sibneftemash, 12 Respubliki St., Tyumen 625003, Russian Federation,\n"
            'INN 7203345678, KPP 720301001, represented by Mr. A. Kozlov, General Director (the "Buyer"),\n'
            "agree as follows.\n"
            "\n"
            "1. The Seller shall supply two hydraulic workover units HWU-150.\n"
            "2. Total value of the Agreement: USD 1,380,000.00.\n"
        ),
        {"parties.seller.name": "Gulf Lift Systems Inc."},
        id="ein_code_line",
    ),
    pytest.param(
        (
            "                 Republic of Kazakhstan - Ministry of Agriculture\n"
            "       VETERINARY CERTIFICATE No. 23 2026 041873 dated 11.03.2026\n"
            "            for meat and meat products exported to the Russian Federation\n"
            "\n"
            "Consignor: Kazbeef LLP, BIN 150440012345, Kostanay, Republic of Kazakhstan\n"
            "Consignee: LLC Miratorg-Ural, INN 7451234567, Chelyabinsk, Russian Federation\n"
            "Product: frozen beef, boneless, 18 000 kg, 720 cartons\n"
            "Transport: refrigerated truck 123 ABC 10 / trailer 45 ABD 10\n"
            "Border crossing point: Kairak - Bugristoe\n"
            "The product comes from animals slaughtered at an approved establishment No. KZ-39-17\n"
            "and is fit for human consumption.\n"
            "\n"
            "Official veterinarian ______________ A. Zhumabekov\n"
        ),
        {"number": "23 2026 041873"},
        id="vet_grouped_number_dated",
    ),
    pytest.param(
        (
            "12/03/2026 14:37  FROM: TRANSBALT LOGISTICS +7 812 333-45-67    TO: AGRO-YUG LLC    P.001/001\n"
            "\n"
            "                    TRANSBALT LOGISTICS LLC\n"
            "          15 Obvodny Canal Emb., St. Petersburg 191167, Russia\n"
            "                 INN 7839123456, KPP 783901001\n"
            "\n"
            "INVOICE No. TB-26-0318                                       Date: 12.03.2026\n"
            "\n"
            "Customer: Agro-Yug LLC, INN 6164098712, KPP 616401001, Rostov-on-Don\n"
            "\n"
            "Container freight St. Petersburg - Rostov-on-Don, 2x40HC        RUB 184,000.00\n"
            "VAT 22%                                                         RUB  40,480.00\n"
            "TOTAL DUE                                                       RUB 224,480.00\n"
            "\n"
            "Payment to account 40702810355000098765, PJSC Sberbank, BIK 044030653\n"
        ),
        {
            "parties.seller.name": "TRANSBALT LOGISTICS LLC",
            "parties.buyer.name": "Agro-Yug LLC",
        },
        id="fax_line_names",
    ),
    pytest.param(
        one_c_invoice(vat_line="В том числе НДС 22 5 — 11 540,98 руб."),
        {"vat": "11540.98"},
        id="percent_five_before_dash",
    ),
    pytest.param(
        (
            "АКТ № 18 от 31.03.2026\n"
            "сдачи-приемки выполненных работ по договору подряда № 7-П от 12.01.2026\n"
            "\n"
            "Подрядчик: ООО «СтройКомплекс», ИНН 5029087654, КПП 502901001\n"
            "Заказчик: АО «Мытищинский приборный завод», ИНН 5029012345, КПП 502901001\n"
            "\n"
            "| № | Наименование работ                       | Ед.  | Кол-во |      Цена     |     Сумма     |\n"
            "|---|------------------------------------------|------|--------|---------------|---------------|\n"
            "| 1 | Устройство кровли цеха № 2               | м2   | 1 200  |    1 250,00   |1500 000,00    |\n"
            "| 2 | Монтаж водосточной системы               | компл| 1      |  432 000,00   |  432 000,00   |\n"
            "|   | Итого                                    |      |        |               |1932 000,00    |\n"
            "\n"
            "Итого по акту: 1932 000,00 руб., в т.ч. НДС 22% 348 393,44 руб.\n"
            "\n"
            "Работы выполнены в полном объеме, Заказчик претензий не имеет.\n"
            "Подрядчик ________ С. Н. Ильин            Заказчик ________ В. П. Громов\n"
        ),
        {"total": "1932000.00"},
        id="ocr_merged_total_outside_cell",
    ),
    pytest.param(
        (
            "Унифицированная форма № ТОРГ-12\n"
            "Грузоотправитель: ООО «Вектор Плюс», ИНН 7728145639, 115093, г. Москва, ул. Люсиновская, д. 36\n"
            "Грузополучатель: АО «Северная Логистика», ИНН 7810456789, 191186, г. Санкт-Петербург, Невский пр., д. 10\n"
            "Поставщик: ООО «Вектор Плюс», ИНН 7728145639, КПП 772801001\n"
            "Плательщик: АО «Северная Логистика», ИНН 7810456789, КПП 781001001\n"
            "Основание: Договор № 24/07-П от 01.07.2024\n"
            "\n"
            "ТОВАРНАЯ НАКЛАДНАЯ № 77 от 03.03.2025\n"
            "\n"
            "№  Товар                        Ед.  Кол-во  Цена       Сумма без НДС  НДС, %  Сумма НДС  Сумма с НДС\n"
            "1  Стеллаж металлический СМ-200 шт   12      3 750,00   45 000,00      20      9 000,00   54 000,00\n"
            "Итого                                                   45 000,00              9 000,00   54 000,00\n"
            "\n"
            "Всего отпущено на сумму: Пятьдесят четыре тысячи рублей 00 копеек\n"
            "Отпуск груза разрешил ____________ Петров А.В.   Груз принял ____________ Орлов Д.С.\n"
        ),
        {
            "line_items.0.quantity": "12",
            "line_items.0.unit_price": "3750.00",
            "line_items.0.amount": "45000.00",
            "line_items.0.unit": "шт",
        },
        id="ru_waybill",
    ),
    pytest.param(
        (
            "GREEN LEAF CAFE\n"
            "118 King Street, Manchester M2 4WU\n"
            "VAT No. GB 123 4567 89\n"
            "\n"
            "Receipt 004417            14/02/2025 12:41\n"
            "Table 6\n"
            "\n"
            "2 x Flat white              @ 3.40     6.80\n"
            "1 x Chicken wrap            @ 7.95     7.95\n"
            "1 x Sparkling water         @ 2.10     2.10\n"
            "\n"
            "Subtotal                               16.85\n"
            "VAT 20% incl.                           2.81\n"
            "TOTAL GBP                              16.85\n"
            "Paid by card (Visa ****4421)           16.85\n"
            "\n"
            "Thank you for visiting!\n"
        ),
        {"number": "004417"},
        id="en_receipt",
    ),
    pytest.param(
        (
            "AKT N? 58\n"
            "сдачи-приемки oказанных yслуг\n"
            "г. Mосква                          31 января 2О25 г.\n"
            "\n"
            "Испoлнитель: ООО «Вектор Плюс», ИHН 7728145639, КПП 772801001\n"
            "Заказчик: АО «Северная Логистика», ИНH 7810456789, КПП 781001001\n"
            "\n"
            "1 Техническое обслу-\n"
            "живание склада, январь 2025   1  мес  125 ООО,ОО  125 000,00\n"
            "2 Выезд инженера   5 шт 5 000,00  25 000,00\n"
            "Итого: 150 000,0O\n"
            "Итого НДC: 25 000,00\n"
            "Всего (с учетом НДС) : 150 ООО,00\n"
        ),
        {"number": "58"},
        id="ru_act_ocr",
    ),
    pytest.param(
        (
            "SUPPLY AGREEMENT No. SA-2026/031\n"
            "\n"
            "London, 4 March 2026\n"
            "\n"
            "BETWEEN:\n"
            "Northbridge Components Ltd, 14 Harbour Road, Southampton SO14 3TJ, United Kingdom,\n"
            'Company No. 08123456, represented by its Director Mr. James Holloway (the "Seller");\n'
            "\n"
            "AND:\n"
            "Baltic Machinery LLC, 190000, St Petersburg, Nevsky pr. 28, Russia,\n"
            'INN 7841234567, represented by General Director Mr. Ivan Petrov (the "Buyer").\n'
            "\n"
            "1. SUBJECT OF THE AGREEMENT\n"
            "1.1. The Seller shall deliver and the Buyer shall accept and pay for spare parts\n"
            'for packaging lines (the "Goods") according to Specifications signed by both Parties.\n'
            "\n"
            "2. PRICE AND PAYMENT\n"
            "2.1. The total value of this Agreement is GBP 84,500.00.\n"
            "2.2. Payment is made by bank transfer within 30 days of the invoice date.\n"
        ),
        {
            "parties.seller.name": "Northbridge Components Ltd",
            "parties.buyer.name": "Baltic Machinery LLC",
        },
        id="company_no_line",
    ),
    pytest.param(
        (
            "SERVICE AGREEMENT No. 2026-17\n"
            "\n"
            "Dublin, 2 February 2026\n"
            "\n"
            "BETWEEN:\n"
            "Greenfield Analytics Limited, 3 Grand Canal Quay, Dublin 2, Ireland,\n"
            'VAT Reg. No. IE6388047V, represented by Ms. Aoife Brennan, CEO (the "Contractor");\n'
            "\n"
            "AND:\n"
            "Helvex Trade GmbH, Bahnhofstrasse 11, 8001 Zurich, Switzerland,\n"
            'VAT No. CHE-114.587.220, represented by Mr. Lukas Meier (the "Client").\n'
            "\n"
            "1. SERVICES\n"
            "1.1. The Contractor shall provide market research services described in Annex 1.\n"
            "\n"
            "2. FEES\n"
            "2.1. The fee for the Services is EUR 36,000.00, payable in three equal instalments.\n"
        ),
        {
            "parties.seller.name": "Greenfield Analytics Limited",
            "parties.buyer.name": "Helvex Trade GmbH",
        },
        id="vat_reg_no_line",
    ),
    pytest.param(
        (
            "DISTRIBUTION AGREEMENT No. 12-D\n"
            "\n"
            "Moscow, 16 January 2026\n"
            "\n"
            "BETWEEN:\n"
            "Polar Foods LLC, 125167, Moscow, Leningradsky pr. 39, bld. 80,\n"
            'INN/KPP 7714123456/771401001, represented by General Director Mr. Oleg Zuev (the "Supplier");\n'
            "\n"
            "AND:\n"
            "Kaspi Retail TOO, 050000, Almaty, Abay ave. 52, Kazakhstan,\n"
            'BIN 180540012345, represented by Director Ms. Aigerim Nurlanova (the "Distributor").\n'
            "\n"
            "1. SUBJECT\n"
            "1.1. The Supplier grants the Distributor the right to sell the Products in Kazakhstan.\n"
            "\n"
            "2. PRICES\n"
            "2.1. The estimated value of deliveries under this Agreement is USD 240,000.00.\n"
        ),
        {"parties.seller.name": "Polar Foods LLC"},
        id="inn_kpp_slash_line",
    ),
    pytest.param(
        (
            "ООО «ТрансЛогистик»\n"
            "ИНН 7722456789, КПП 772201001\n"
            "Р/с 40702810938000123456 в ПАО Сбербанк, БИК 044525225, к/с 30101810400000000225\n"
            "\n"
            "Счет № 215 за таможенное сопровождение с оформлением документов от 13.03.2026\n"
            "\n"
            "Основание: договор транспортной экспедиции № 44-ТЭ от 10.01.2026\n"
            "Заказчик: ООО «Альфа-Импорт», ИНН 7705987654, КПП 770501001\n"
            "\n"
            "1. Таможенное сопровождение партии груза, контейнер MSKU 702114-3     64 000,00\n"
            "2. Подготовка и подача декларации на товары                          12 000,00\n"
            "\n"
            "Итого: 76 000,00\n"
            "В том числе НДС (22%): 13 704,92\n"
            "\n"
            "Акт оказанных услуг будет передан вместе с оригиналом настоящего документа.\n"
            "\n"
            "Руководитель _________ Сафронов Д.Е.\n"
        ),
        {"type": "invoice", "number": "215"},
        id="invoice_title_oformleniem",
    ),
    pytest.param(
        (
            "CONSULTING AGREEMENT No. 07/2026\n"
            "\n"
            "Riga, 9 February 2026\n"
            "\n"
            "BETWEEN:\n"
            "Baltic Advisory SIA, Brivibas iela 40, Riga, LV-1050, Latvia,\n"
            'duly represented by its Board Member Mr. Janis Ozols (the "Consultant");\n'
            "\n"
            "AND:\n"
            "Severtrans LLC, 183038, Murmansk, Kolskiy pr. 1, Russia,\n"
            'acting through its General Director Mr. Pavel Gromov (the "Client").\n'
            "\n"
            "1. SUBJECT\n"
            "1.1. The Consultant shall advise the Client on port logistics in the Baltic region.\n"
            "\n"
            "2. FEE\n"
            "2.1. The fee is EUR 18,000.00 payable monthly in equal parts.\n"
        ),
        {
            "parties.seller.name": "Baltic Advisory SIA",
            "parties.buyer.name": "Severtrans LLC",
        },
        id="duly_represented_line",
    ),
    pytest.param(
        (
            "POWER OF ATTORNEY No. 14/2026\n"
            "\n"
            "Moscow, 10 March 2026\n"
            "\n"
            'Limited Liability Company "Vostok Cargo" (INN 7714567890, KPP 771401001),\n'
            "registered at 125040, Moscow, Leningradsky pr. 15, acting through its General\n"
            "Director Sergey Orlov, whose Charter empowers him to act without a power of attorney,\n"
            "hereby authorises Elena Viktorovna Smirnova, passport 45 12 345678 issued on 12.05.2015,\n"
            "to represent the Company before customs authorities of the Russian Federation, to sign\n"
            "and submit customs declarations and to receive goods released by customs.\n"
            "\n"
            "This Power of Attorney is valid until 31 December 2026 without the right of substitution.\n"
            "\n"
            "General Director ______________ S. Orlov\n"
        ),
        {
            "parties.attorney.name": "Elena Viktorovna Smirnova",
            "parties.principal.inn": "7714567890",
        },
        id="charter_empowers_him",
    ),
    pytest.param(
        (
            "GREEN LEAF CAFE\n"
            "27 Baker Street, London W1U 8EW\n"
            "VAT No. GB 284 5512 90\n"
            "\n"
            "Receipt 004418      2025-02-14 12:41\n"
            "Cashier: Anna\n"
            "\n"
            "1 x Flat white                  3.40\n"
            "1 x Croissant                   2.80\n"
            "1 x Avocado toast               8.90\n"
            "\n"
            "SUBTOTAL                       15.10\n"
            "VAT 20% incl.                   2.52\n"
            "TOTAL                     GBP  15.10\n"
            "Card payment              GBP  15.10\n"
            "\n"
            "Thank you for your visit!\n"
        ),
        {"number": "004418"},
        id="receipt_iso_date",
    ),
    pytest.param(
        (
            "ДОГОВОР ОКАЗАНИЯ УСЛУГ № 18-У\n"
            "г. Омск                                                     12 марта 2026 г.\n"
            "\n"
            "... (текст договора) ...\n"
            "\n"
            "8. РЕКВИЗИТЫ СТОРОН\n"
            "\n"
            "| Исполнитель:                            | Заказчик:                                |\n"
            "| ООО «Сибирь-Аудит»                      | ООО «Нефтехимсервис»                     |\n"
            "| ИНН 5503111222 КПП 550301001            | ИНН 5501333444 КПП 550101001             |\n"
            "| р/с 40702810945000004321                | р/с 40702810700000008765                 |\n"
            "| Омское отделение № 8634 ПАО Сбербанк    | Филиал «Новосибирский» АО «Альфа-Банк»   |\n"
            "| БИК банка 045209673                     | БИК банка 045004774                      |\n"
            "| к/с 30101810900000000673                | к/с 30101810600000000774                 |\n"
        ),
        {"parties.seller.bank_name": "Омское отделение № 8634 ПАО Сбербанк"},
        id="bik_bank_caption",
    ),
    pytest.param(
        (
            "ДОГОВОР ПОСТАВКИ № 41/26\n"
            "г. Омск                                                     10 марта 2026 г.\n"
            "\n"
            "... (текст договора) ...\n"
            "\n"
            "10. РЕКВИЗИТЫ И ПОДПИСИ СТОРОН\n"
            "\n"
            "| Поставщик:                              | Покупатель:                              |\n"
            "| ООО «Омский молочный комбинат»          | ООО «Торговый дом Иртыш»                 |\n"
            "| ИНН 5504123456 КПП 550401001            | ИНН 5501987654 КПП 550101001             |\n"
            "| р/с 40702810945000001234                | р/с 40702810300000005678                 |\n"
            "| в Омском отделении № 8634 ПАО Сбербанк  | в АО «Альфа-Банк»                        |\n"
            "| БИК 045209673                           | БИК 044525593                            |\n"
            "| к/с 30101810900000000673                | к/с 30101810200000000593                 |\n"
            "|                                         |                                          |\n"
            "| Директор _________ Савельев А.Н.        | Директор _________ Громова Е.В.          |\n"
        ),
        {
            "parties.seller.bank_name": "Омском отделении № 8634 ПАО Сбербанк",
            "parties.buyer.bank_name": "АО «Альфа-Банк»",
        },
        id="bank_preposition_kept",
    ),
    pytest.param(
        (
            "ПАО «БАНК САНКТ-ПЕТЕРБУРГ»\n"
            "Заявление на перевод / Payment instruction (MT103)\n"
            "\n"
            "20: Референс / Sender's reference: BSPB260312-0041\n"
            "32A: Дата валютирования, валюта, сумма / Value date, currency, amount: 260313EUR18450,00\n"
            "50K: Плательщик / Ordering customer:\n"
            "/40702978190000004512\n"
            "OOO NEVA TECHNOLOGIES\n"
            "191186, ST PETERSBURG, NEVSKY PR. 38\n"
            "52A: Банк плательщика / Ordering institution:\n"
            "JSBNRUPPXXX\n"
            "57A: Банк бенефициара / Account with institution:\n"
            "COBADEFFXXX\n"
            "59: Бенефициар / Beneficiary:\n"
            "/DE38500400000123456700\n"
            "KRONE MASCHINENBAU GMBH\n"
            "HAUPTSTRASSE 12, 60311 FRANKFURT AM MAIN\n"
            "70: Назначение платежа / Remittance information: INV 2026-0188 OF 02.03.2026\n"
            "71A: Комиссии / Details of charges: SHA\n"
        ),
        {"parties.payer.swift": "JSBNRUPPXXX", "parties.payee.swift": "COBADEFFXXX"},
        id="swift_bilingual_caption",
    ),
    pytest.param(
        (
            "MT103 SINGLE CUSTOMER CREDIT TRANSFER - COPY\n"
            "Sender: SABRRUMMXXX   Receiver: DEUTDEFFXXX\n"
            "\n"
            ":20: Transaction Reference\n"
            "SBR260312-88410\n"
            ":32A: Value Date/Currency/Amount\n"
            "260313USD42750,00\n"
            ":50K: Ordering Customer\n"
            "/40702840138000012345\n"
            "OOO URAL STEEL TRADE\n"
            "620014, EKATERINBURG, MALYSHEVA 51\n"
            ":52A: Ordering Institution\n"
            "SABRRUMMXXX\n"
            ":56A: Intermediary Institution\n"
            "DEUTDEFFXXX\n"
            ":57A: Account With Institution\n"
            "/CH3608387000001080173\n"
            "HSBCHKHHHKH\n"
            ":59: Beneficiary Customer\n"
            "/HK12345678901234\n"
            "GOLDEN RIVER TRADING LIMITED\n"
            "ROOM 1201, 88 QUEENSWAY, HONG KONG\n"
            ":70: Remittance Information\n"
            "PAYMENT FOR CONTRACT GR-2026-07\n"
            ":71A: Details of Charges\n"
            "OUR\n"
        ),
        {"parties.payee.iban": None, "parties.payee.swift": "HSBCHKHHHKH"},
        id="swift_57a_account_own_line",
    ),
    pytest.param(
        (
            "ТОО «Астана Логистик Групп»\n"
            "БИН 180540012345\n"
            "ИИК KZ10 9470 3980 0123 4567 в АО «ДБ «Альфа-Банк», БИК ALFAKZKA, Кбе 17\n"
            "\n"
            "СЧЕТ НА ОПЛАТУ № 77 от 11 марта 2026 г.\n"
            "\n"
            "Покупатель: ТОО «Степной Агро», БИН 150340009876\n"
            "\n"
            "№ Наименование                              Кол-во  Ед.   Цена        Сумма\n"
            "1 Перевозка груза Астана — Караганда, фура  2       рейс  180 000,00  360 000,00\n"
            "2 Погрузо-разгрузочные работы               6       час    12 000,00   72 000,00\n"
            "\n"
            "Итого: 432 000,00\n"
            "В том числе НДС 12%: 46 285,71\n"
            "Всего к оплате: 432 000,00 тенге\n"
            "\n"
            "Директор __________ Жумабеков Е.С.\n"
        ),
        {"parties.seller.iban": "KZ109470398001234567"},
        id="kz_iik_glued_word",
    ),
    pytest.param(
        (
            "ТОО «Астана Логистик Групп»\n"
            "БИН 180540012345\n"
            "ИИК № KZ10 9470 3980 0123 4567\n"
            "Банк: АО «ДБ «Альфа-Банк», БИК ALFAKZKA, Кбе 17\n"
            "\n"
            "СЧЕТ НА ОПЛАТУ № 78 от 12 марта 2026 г.\n"
            "\n"
            "Покупатель: ТОО «Степной Агро», БИН 150340009876\n"
            "\n"
            "№ Наименование                              Кол-во  Ед.   Цена        Сумма\n"
            "1 Перевозка груза Астана — Павлодар, фура   1       рейс  210 000,00  210 000,00\n"
            "\n"
            "Итого: 210 000,00\n"
            "В том числе НДС 12%: 22 500,00\n"
            "Всего к оплате: 210 000,00 тенге\n"
            "\n"
            "Директор __________ Жумабеков Е.С.\n"
        ),
        {"parties.seller.iban": "KZ109470398001234567"},
        id="kz_iik_number_sign",
    ),
    pytest.param(
        (
            "ООО «ТехноСервис»\n"
            "ИНН 5406123456 КПП 540601001\n"
            "\n"
            "AKT N?58 от 31.03.2026\n"
            "сдачи-приемки оказанных услуг\n"
            "\n"
            "Исполнитель: ООО «ТехноСервис», ИНН 5406123456, КПП 540601001\n"
            "Заказчик: АО «Новосибирский приборный завод», ИНН 5402987654, КПП 540201001\n"
            "\n"
            "N   Наименование услуги                     Кол-во  Ед.   Цена       Сумма\n"
            "1   Техническое обслуживание станков ЧПУ    1       мес.  64 000,00  64 000,00\n"
            "2   Замена шпиндельного узла                1       шт.   28 500,00  28 500,00\n"
            "\n"
            "Итого: 92 500,00\n"
            "В т.ч. НДС 22%: 16 680,33\n"
            "\n"
            "Услуги оказаны в полном объеме. Стороны претензий не имеют.\n"
            "Исполнитель ________ Белов К.Н.       Заказчик ________ Шестакова Л.А.\n"
        ),
        {"number": "58"},
        id="akt_n_question_glued",
    ),
    pytest.param(
        (
            "ООО «ЭнергоМонтаж»\n"
            "ИНН 7203123456 КПП 720301001\n"
            "\n"
            "АКТ № 19 от 28.02.2026\n"
            "о приемке выполненных работ\n"
            "\n"
            "Исполнитель: ООО «ЭнергоМонтаж», ИНН 7203123456, КПП 720301001\n"
            "Заказчик: ООО «Тюменьстройинвест», ИНН 7204654321, КПП 720401001\n"
            "\n"
            "Наименование работ                          Ед.   Кол-во   Сумма\n"
            "Монтаж КТП 2х1000 кВА                       шт.   1        1 450 000,00\n"
            "Прокладка КЛ-10 кВ                          км    1,2        482 000,00\n"
            "\n"
            "Итого по акту — 1932 000,00\n"
            "В том числе НДС 22% — 348 393,44\n"
            "\n"
            "Работы выполнены в полном объеме и в срок.\n"
            "Исполнитель ________ Яковлев Р.Д.       Заказчик ________ Ефимов С.Г.\n"
        ),
        {"total": "1932000.00"},
        id="total_after_dash",
    ),
    pytest.param(
        (
            "07/03/2026 08:12  FROM: OOO Port Service Novorossiysk  FAX +7 8617 60-14-22  P. 01/02\n"
            "\n"
            "ООО «Стройресурс-Юг»\n"
            "353900, г. Новороссийск, ул. Советов, д. 40\n"
            "ИНН 2315123456 КПП 231501001\n"
            "р/с 40702810830000012345 в Краснодарском отделении № 8619 ПАО Сбербанк\n"
            "БИК 040349602, к/с 30101810100000000602\n"
            "\n"
            "СЧЕТ № 63 от 06.03.2026\n"
            "\n"
            "Покупатель: ООО «Порт Сервис», ИНН 2315654321, КПП 231501001\n"
            "\n"
            "№  Наименование                    Кол-во  Ед.   Цена        Сумма\n"
            "1  Щебень гранитный фр. 20-40      120     т     2 150,00    258 000,00\n"
            "\n"
            "Итого: 258 000,00\n"
            "В том числе НДС 22%: 46 524,59\n"
            "Всего к оплате: 258 000,00\n"
            "\n"
            "Директор ________ Арутюнов Г.С.\n"
        ),
        {"parties.seller.name": "ООО «Стройресурс-Юг»"},
        id="fax_line_without_to",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_reads_document(engine, text, expected):
    for path, accepted in expected.items():
        assert read_path(engine, text, path) == accepted, path
