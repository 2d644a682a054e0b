# The documents keep the long lines of their real layouts.
# ruff: noqa: E501
"""Papers that earlier rules read wrong, each with what the engine must read.

A carrier's monthly settlement statement and a certificate of origin printed in
numbered boxes are other papers. Certificates number themselves in their heading:
a veterinary certificate after its series or in digit groups, a grain quality
certificate before the test report it cites, an English certificate on a "No."
line of its own. A railway bill is dated by the acceptance of the freight even
under a receiving stamp, and a fax's transmission line names no party. The form
M-2 grants its power on a "Выдана:" line under the principal's letterhead, and an
English power may grant it without "hereby". An invoice may wrap the label of the
advance it credits, and a UPD may print "N2" before a number of two letter groups
and "Без НДС" as a column caption. A Kazakh electronic VAT invoice qualifies its
title and labels its IBAN "ИИК"."""

import pytest

from ai_agents.engines import get_engine
from tests.engines.form_helpers import (
    ACCOUNT,
    BANK_BIK,
    BUYER_INN,
    BUYER_KPP,
    SELLER_INN,
    SELLER_KPP,
    read_path,
)


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


CASES = [
    pytest.param(
        (
            "BALTIC MOBILE AS - CARRIER SETTLEMENTS\n"
            "Narva mnt 5, Tallinn 10117, Estonia\n"
            "\n"
            "              QUARTERLY SETTLEMENT STATEMENT No. BM/UT/2026-Q1\n"
            "\n"
            "Statement date:   8 April 2026\n"
            "Partner:          PJSC UralTel, Perm, Russian Federation\n"
            "\n"
            "| Invoice        | Issued by | Date         | Service           |   Amount EUR |\n"
            "| BM/IC/2026/031 | Baltic    | 2 April 2026 | Roaming, outbound |    18,420.50 |\n"
            "| UT-R-0326      | UralTel   | 1 April 2026 | Roaming, inbound  |     6,110.20 |\n"
            "\n"
            "Net balance payable by PJSC UralTel to Baltic Mobile AS:     EUR 12,310.30\n"
        ),
        {"type": "other", "total": None},
        id="settlement_statement_is_other",
    ),
    pytest.param(
        (
            "ORIGINAL\n"
            "1. Exporter: NINGBO HAIXIN CABLE CO., LTD., No. 12 Jiangnan Road, Ningbo, China\n"
            "2. Consignee: UralTel PJSC, 14 Lenina St., Perm 614000, Russia\n"
            "3. Means of transport and route: FROM NINGBO TO SAINT PETERSBURG BY SEA\n"
            "4. Country of destination: RUSSIA\n"
            "                              Certificate No. C264401B2218/00341\n"
            "              CERTIFICATE OF ORIGIN OF THE PEOPLE'S REPUBLIC OF CHINA\n"
            "6. Marks: UT / PERM / 1-40\n"
            "7. 40 CARTONS OF PATCH CORDS\n"
            "10. Invoice No. HX-EXP-260311 of MAR. 11, 2026\n"
            "12. Certification: NINGBO, 14 MAR 2026\n"
        ),
        {"type": "other"},
        id="certificate_of_origin_in_boxes",
    ),
    pytest.param(
        (
            "                                                            Форма № 2\n"
            "          ВЕТЕРИНАРНОЕ СВИДЕТЕЛЬСТВО   серия 23  N2 5190246\n"
            "\n"
            f"Выдано: ООО «Агро-Юг», ИНН {SELLER_INN}\n"
            "в том, что при ветеринарном осмотре продукции: кукуруза фуражная\n"
            "количество: 210,000 т, упаковка: насыпью\n"
            "Продукция подвергнута экспертизе: протокол испытаний № 0318-К от"
            " 02.03.2026.\n"
            "\n"
            "Дата выдачи 05.03.2026     Ветеринарный врач ____________ И. Л. Ткач\n"
        ),
        {"type": "other", "number": "5190246", "date": "2026-03-05"},
        id="veterinary_certificate_series_before_number",
    ),
    pytest.param(
        (
            "ООО «Донская зерновая лаборатория»                 ИНН 6161087453\n"
            "344000, г. Ростов-на-Дону, ул. Станиславского, д. 40\n"
            "\n"
            "                    УДОСТОВЕРЕНИЕ О КАЧЕСТВЕ ЗЕРНА № ДЛ-0412\n"
            "                               от 18.03.2026\n"
            "\n"
            "Владелец зерна: ООО «Агро-Юг»\n"
            "Пробы отобраны 16.03.2026, протокол испытаний № 412-П от 17.03.2026\n"
            "Массовая доля белка, % — 12,1\n"
        ),
        {"type": "other", "number": "ДЛ-0412", "date": "2026-03-18"},
        id="grain_quality_certificate_heading",
    ),
    pytest.param(
        (
            "            VETERINARY CERTIFICATE No. 61 2026 037214\n"
            "  for feed grain exported from the Russian Federation to Egypt\n"
            "\n"
            "Issued on: 11.03.2026     Competent authority: State Veterinary Service\n"
            "1. Consignor: Agro-Yug LLC, Rostov-on-Don\n"
            "2. Product: feed maize, crop 2025, in bulk\n"
        ),
        {"type": "other", "number": "61 2026 037214", "date": "2026-03-11"},
        id="certificate_number_in_digit_groups",
    ),
    pytest.param(
        (
            "             CERTIFICATE OF INSTALLATION AND COMMISSIONING\n"
            "                           No. HL-CA-26041\n"
            "\n"
            "Helsinki / Perm                                           14 April 2026\n"
            "\n"
            "Contract:  Supply Contract No. HL-RU-2026/07 of 20 January 2026\n"
            "Supplier:  Halla Networks Oy, Espoo, Finland\n"
            f"Customer:  PJSC UralTel, INN {BUYER_INN}, KPP {BUYER_KPP}\n"
            "\n"
            "Total value of services accepted: EUR 6,400.00\n"
        ),
        {"type": "act", "number": "HL-CA-26041", "date": "2026-04-14"},
        id="english_number_line_under_heading",
    ),
    pytest.param(
        (
            " ВХОДЯЩИЙ  ОП «ТУАПСЕ» ООО «ЮГ-ТЕРМИНАЛ»  № 0418  19.03.2026\n"
            "        ТРАНСПОРТНАЯ ЖЕЛЕЗНОДОРОЖНАЯ НАКЛАДНАЯ № ЭЖ204177\n"
            "Станция отправления: Кропоткин СКЖД, код 523508\n"
            f"Грузоотправитель: ООО «Агро-Юг», ИНН {SELLER_INN}, КПП {SELLER_KPP}\n"
            f"Грузополучатель: ООО «Юг-Терминал», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
            "Груз: кукуруза насыпью, 4 вагона\n"
            "\n"
            "Провозная плата: 180 400,00 руб.\n"
            "Прием груза к перевозке: 14.03.2026    Срок доставки: до 20.03.2026\n"
            "Выдача груза: 19.03.2026\n"
        ),
        {"type": "waybill", "number": "ЭЖ204177", "date": "2026-03-14"},
        id="railway_bill_under_receiving_stamp",
    ),
    pytest.param(
        (
            "09-MAR-2026 10:41  FROM: PORT SURVEY +7 8617 22-10-40   TO: AGRO-YUG   P.1\n"
            "PORT SURVEY COMPANY LLC\n"
            f"12 Portovaya St., Tuapse, 352800, Russia   INN {SELLER_INN}  KPP {SELLER_KPP}\n"
            f"Account {ACCOUNT}, BIK {BANK_BIK}\n"
            "\n"
            "                   INVOICE No. PS-26/0309   Date: 09.03.2026\n"
            "\n"
            f"Customer: Agro-Yug LLC, INN {BUYER_INN}, KPP {BUYER_KPP}, Rostov-on-Don\n"
            "\n"
            "Draft survey                                          RUB 96,000.00\n"
            "VAT 22%                                               RUB 21,120.00\n"
            "TOTAL DUE                                             RUB 117,120.00\n"
        ),
        {
            "parties.seller.kpp": SELLER_KPP,
            "parties.buyer.kpp": BUYER_KPP,
            "parties.buyer.inn": BUYER_INN,
        },
        id="fax_line_names_no_party",
    ),
    pytest.param(
        (
            "                                         Типовая межотраслевая форма № М-2\n"
            "ООО «Агро-Юг», 344000, г. Ростов-на-Дону, ул. Береговая, д. 8\n"
            f"ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
            f"р/с {ACCOUNT} в ПАО «Донбанк», г. Ростов-на-Дону, БИК {BANK_BIK}\n"
            "\n"
            "                               ДОВЕРЕННОСТЬ № 17\n"
            "\n"
            "Дата выдачи: 10 марта 2026 г.          Доверенность действительна по"
            " 31.03.2026\n"
            "\n"
            "Выдана: водителю Кравцу Олегу Петровичу,\n"
            "паспорт серия 60 14 № 283615, выдан ГУ МВД России по Ростовской области\n"
            "\n"
            f"На получение от ООО «Семена Дона» (ИНН {SELLER_INN}, г. Азов)\n"
            "материальных ценностей по счету № СД-0311 от 09.03.2026\n"
        ),
        {
            "type": "power_of_attorney",
            "parties.principal.inn": BUYER_INN,
            "parties.principal.account": ACCOUNT,
            "parties.principal.name": "ООО «Агро-Юг»",
        },
        id="form_m2_issued_line",
    ),
    pytest.param(
        (
            "                       POWER OF ATTORNEY No. 08/26-T\n"
            "\n"
            "Rostov-on-Don                                            4 March 2026\n"
            "\n"
            f"Agro-Yug LLC, INN {BUYER_INN}, KPP {BUYER_KPP}, 8 Beregovaya St.,\n"
            f'Rostov-on-Don, settlement account {ACCOUNT}, BIK {BANK_BIK} (the "Principal"),\n'
            "represented by General Director S. V. Lebedev,\n"
            "\n"
            f"authorises Don-Broker LLC, INN {SELLER_INN}, KPP {SELLER_KPP}, 14 Portovaya"
            ' St. (the "Attorney"),\n'
            "\n"
            "to act for the Principal before the customs authorities.\n"
        ),
        {
            "parties.principal.inn": BUYER_INN,
            "parties.principal.account": ACCOUNT,
            "parties.attorney.inn": SELLER_INN,
            "parties.principal.name": "Agro-Yug LLC",
        },
        id="english_grant_without_hereby",
    ),
    pytest.param(
        (
            "ЭЛЕКТРОННЫЙ СЧЕТ-ФАКТУРА\n"
            "Регистрационный номер: ESF-120940021733-20260316-5521904417\n"
            "Дата выписки: 16.03.2026      Дата совершения оборота: 14.03.2026\n"
            "Поставщик: ТОО «Жетысу Агрохим», БИН 120940021733\n"
            "ИИК KZ86125KZT5004100100 в АО «Береке Банк», БИК BRKEKZKA\n"
            "Договор (контракт) № KZ-RU/26-07 от 22.01.2026\n"
            "| № | Наименование         | Ед. | Кол-во | Цена       | Всего с НДС    |\n"
            "| 1 | Карбамид             | т   | 120    | 185 000,00 | 22 200 000,00  |\n"
            "Итого по счету-фактуре: 22 200 000,00 KZT\n"
        ),
        {
            "type": "upd",
            "number": "ESF-120940021733-20260316-5521904417",
            "date": "2026-03-16",
            "parties.seller.iban": "KZ86125KZT5004100100",
        },
        id="kazakh_electronic_vat_invoice",
    ),
    pytest.param(
        (
            f"ООО «Агро-Юг», ИНН {SELLER_INN}, КПП {SELLER_KPP}\n"
            "             СЧЕТ НА ОПЛАТУ № АЮ-0317 от 17 марта 2026 г.\n"
            f"Покупатель: ООО «Юг-Терминал», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
            "\n"
            "| № | Товар                  | Кол-во | Ед. |     Цена |        Сумма |\n"
            "| 1 | Кукуруза 3 класса      |    100 | т   | 15 400,00 | 1 540 000,00 |\n"
            "\n"
            "                                  Итого без НДС:      1 540 000,00\n"
            "                                  НДС 10%:              154 000,00\n"
            "                                  Всего с НДС:        1 694 000,00\n"
            "                                  Зачет аванса (п/п № 51\n"
            "                                  от 02.03.2026):       508 200,00\n"
            "                                  Остаток к оплате:   1 185 800,00\n"
        ),
        {"total": "1694000.00"},
        id="wrapped_advance_label",
    ),
    pytest.param(
        (
            "Cчeт-фaктуpa N2 ЛК-У-0412/07 oт 30.O4.2O26      Cтaтуc: 1\n"
            "Пpoдaвeц: AO «Дoн-Лизинг»\n"
            f"ИHH/KПП пpoдaвцa: {SELLER_INN} / {SELLER_KPP}\n"
            "Пoкупaтeль: OOO «Aгpo-Юг»\n"
            f"ИHH/KПП пoкупaтeля: {BUYER_INN} / {BUYER_KPP}\n"
            "| N | Наименование          | Без НДС    | Ставка | НДС       | С НДС      |\n"
            "| 1 | Лизинговый платеж 7   | 100 000,00 |  22%   | 22 000,00 | 122 000,00 |\n"
            "|   | Всего к оплате        | 100 000,00 |   X    | 22 000,00 | 122 000,00 |\n"
        ),
        {"number": "ЛК-У-0412/07", "date": "2026-04-30", "total": "122000.00"},
        id="n2_before_two_letter_groups",
    ),
    pytest.param(
        (
            "Универсальный передаточный документ                    Статус: 1\n"
            "Счет-фактура № ЮТ-0311 от 11.03.2026 (1)\n"
            f"ИНН/КПП продавца: {SELLER_INN} / {SELLER_KPP} (2б)\n"
            f"ИНН/КПП покупателя: {BUYER_INN} / {BUYER_KPP} (6б)\n"
            "| № | Товар          | Кол. |     Цена |      Без НДС |Ставка|  Сумма НДС |        С НДС |\n"
            "| 1 | Кукуруза       |  100 | 15 400,00 | 1540 000,00 | 10% |            | 1 694 000,00 |\n"
            "\n"
            "Всего к оплате: 1 694 000,00\n"
        ),
        {"total": "1694000.00", "vat": None},
        id="column_caption_without_vat_and_run_groups",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_reads_document(engine, text, expected):
    for path, accepted in expected.items():
        accepted = accepted if isinstance(accepted, tuple) else (accepted,)
        assert read_path(engine, text, path) in accepted, path
