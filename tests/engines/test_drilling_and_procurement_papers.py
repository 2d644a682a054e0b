"""Forms of oilfield services and public procurement papers.

They cover UPD totals rows that print only the net amount and the VAT, and weights
and wagons on totals rows. Railway bills, form approval lines and cited laws follow.
Then come acts of mutual offset, acceptance documents of public contracts and sums an
act cites from a bill. Export invoices, SWIFT prints, Armenian drams, OCR's "N2" and
treasury accounts close the file."""

import pytest

from ai_agents.engines import get_engine

from .form_helpers import (
    BANK_BIK,
    BUYER_INN,
    BUYER_KPP,
    SELLER_INN,
    SELLER_KPP,
    extract,
    parties_of,
    value_of,
)

UPD_HEAD = (
    "Универсальный передаточный документ\n"
    "Счет-фактура № 52 от 31.03.2026 (1)           Статус: 1\n"
    "Продавец: ООО «Буровая компания» (2)\n"
    f"ИНН/КПП продавца: {SELLER_INN}/{SELLER_KPP}\n"
    "Покупатель: АО «Нефтедобыча» (6)\n"
    f"ИНН/КПП покупателя: {BUYER_INN}/{BUYER_KPP}\n"
    "| № | Работы             | Ед.| Кол-во |    Цена |     Стоимость |     НДС 22% |\n"
    "| 1 | Бурение скв. 2418  | м  |  3 120 |4 850,00 | 15 132 000,00 |3 329 040,00 |\n"
    "| 2 | Передвижка БУ-3000 |усл.|      1 |         |    640 000,00 |  140 800,00 |\n"
)


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


@pytest.mark.parametrize(
    "gross_line",
    [
        "Стоимость с налогом — всего: 19 241 840,00 руб.",
        "|                       с НДС:  19 241 840,00           |",
    ],
)
def test_upd_gross_below_row_of_net_and_vat(gross_line):
    text = (
        UPD_HEAD
        + "| Всего к оплате (9)                    | 15 772 000,00 |3 469 840,00 |\n"
        + gross_line
        + "\n"
    )

    assert value_of(extract(text, "upd"), "total") == "19241840.00"


def test_upd_totals_row_without_gross():
    text = (
        UPD_HEAD
        + "| Всего к оплате (9)                    | 15 772 000,00 |3 469 840,00 |\n"
        + "Документ составлен на 1 листе.\n"
    )

    assert value_of(extract(text, "upd"), "total") == "15772000.00"


def test_weight_on_totals_row_is_no_total():
    text = UPD_HEAD.replace("м  |  3 120", "т  | 248,295") + (
        "| Всего к оплате  248,295 т                 | 15 772 000,00 | 3 469 840,00 |\n"
        "|                         с НДС:  19 241 840,00                          |\n"
    )

    assert value_of(extract(text, "upd"), "total") == "19241840.00"


RAIL_BILL = (
    "ТРАНСПОРТНАЯ ЖЕЛЕЗНОДОРОЖНАЯ НАКЛАДНАЯ № ЭЖ481726\n"
    f"Грузоотправитель: ООО «Нефтепродукт», ИНН {SELLER_INN}, КПП {SELLER_KPP}\n"
    f"Грузополучатель: ООО «Буровая компания», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
    "| № | Вагон    | Тип      | Масса нетто, кг |\n"
    "| 1 | 76503093 | цистерна |          61 842 |\n"
    "| Итого 4 вагона                     |         248 295 |\n"
    "Дата приема груза к перевозке: 16.02.2026     Срок доставки: 24.02.2026\n"
    "Отметка о прибытии: 20.02.2026      Дата выдачи груза: 21.02.2026\n"
)


def test_rail_bill_dated_by_acceptance_for_carriage():
    assert value_of(extract(RAIL_BILL, "waybill"), "date") == "2026-02-16"


def test_wagon_count_is_no_total():
    assert value_of(extract(RAIL_BILL, "waybill"), "total") is None


def test_wrapped_form_approval_date_is_not_the_date():
    text = (
        "                               Типовая межотраслевая форма № М-2\n"
        "                               Утверждена постановлением Госкомстата\n"
        "                               России от 30.10.97 № 71а\n"
        "                         ДОВЕРЕННОСТЬ № 46\n"
        "Дата выдачи: 18 февраля 2026 г.\n"
        f"ООО «Буровая компания», ИНН {SELLER_INN}, КПП {SELLER_KPP}\n"
    )

    assert value_of(extract(text, "power_of_attorney"), "date") == "2026-02-18"


def test_cited_law_date_is_not_the_date():
    text = (
        "                ЗАКЛЮЧЕНИЕ ЭКСПЕРТИЗЫ № 9/26-Э\n"
        "   результатов исполнения контракта, проведенной силами заказчика\n"
        "        (ч. 3 ст. 94 Федерального закона от 05.04.2013 № 44-ФЗ)\n"
        "г. Владимир                                        18 марта 2026 г.\n"
    )

    assert value_of(extract(text, "other"), "date") == "2026-03-18"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "                 АКТ ВЗАИМОЗАЧЕТА № 4\n"
            "     встречных однородных требований (ст. 410 ГК РФ)\n"
            "1. Задолженность Стороны 1 перед Стороной 2:\n"
            "| УПД № 52 от 31.03.2026 (бурение скв. 2418) | 19 241 840,00 |\n"
            "| Итого по УПД № ВН-0331/77                   |  2 528 175,74 |\n"
            "Стороны засчитывают встречные требования на сумму 2 528 175,74 руб.\n",
            "other",
            id="mutual-offset",
        ),
        pytest.param(
            "SABARMATI TUBULAR PRODUCTS PVT. LTD.\n"
            "     MILL TEST CERTIFICATE - EN 10204 TYPE 3.1 / API 5CT\n"
            "Certificate No.: STP/MTC/26/0412         Date of issue: 12.02.2026\n"
            "Customer: OOO BK Meridian        Contract: STP-SM/2026-01\n"
            "Invoice: to follow          API 5CT licence No. 5CT-1187\n",
            "other",
            id="mill-test-certificate",
        ),
        pytest.param(
            "ГБУЗ «Областная больница»\n"
            "                       ДОКУМЕНТ О ПРИЕМКЕ\n"
            "            (акт приемки поставленного товара) № 17\n"
            "Контракт: № Ф.2026.00417 от 20.02.2026, цена контракта 1 417 284,00 руб.\n"
            f"Поставщик: ООО «Фарм», ИНН {SELLER_INN}\n"
            f"Заказчик: ГБУЗ «Областная больница», ИНН {BUYER_INN}\n",
            "act",
            id="acceptance-document",
        ),
        pytest.param(
            "LAHNWERK MEDIZINTECHNIK GMBH · Service Department · Wetzlar\n"
            "       CERTIFICATE OF INSTALLATION AND COMMISSIONING No. LMT-SC-26/0117\n"
            "Date: 26 March 2026\n"
            "Reference: our invoice No. 9260147 of 02.03.2026 (EUR 18,300.00)\n",
            "act",
            id="commissioning-certificate",
        ),
        pytest.param(
            "ГБУЗ «ОБЛАСТНАЯ БОЛЬНИЦА»\n"
            "Исх. № 01-14/612 от 20.03.2026        Генеральному директору ООО «Фарм»\n"
            "   ТРЕБОВАНИЕ об уплате неустойки (пени) и о замене товара\n"
            "По контракту № Ф.2026.00417 от 20.02.2026 товар поставлен с просрочкой.\n",
            "letter",
            id="demand-for-penalty",
        ),
        pytest.param(
            "                ЗАКЛЮЧЕНИЕ ЭКСПЕРТИЗЫ № 9/26-Э\n"
            "   результатов исполнения контракта (поставленного товара)\n"
            "Контракт: № Ф.2026.00417 от 20.02.2026, поставщик ООО «Фарм»\n",
            "other",
            id="expert-conclusion",
        ),
    ],
)
def test_type_of_offset_acceptance_and_claim_papers(engine, text, expected):
    assert engine.classify(text).document_type == expected


def test_accepted_value_before_withheld_penalty_is_act_total():
    text = (
        "ДОКУМЕНТ О ПРИЕМКЕ № 17\n"
        "Принято товара на сумму 449 416,00 руб., в том числе НДС 10% 40 856,00\n"
        "За просрочку поставки начислены пени: 483 296,00 x 1/300 x 16,00% x 3 дн. =\n"
        "773,27 руб., удерживаются из суммы оплаты.\n"
        "К оплате поставщику: 448 642,73 руб.\n"
    )

    fields = extract(text, "act")

    assert value_of(fields, "total") == "449416.00"
    assert value_of(fields, "amount_due") == "448642.73"


def test_bill_cited_by_act_is_not_its_total():
    text = (
        "АКТ № 312/У об оказании услуг за март 2026 года\n"
        "Итого без НДС: 62 580,00\nНДС 22%: 13 767,60\nВсего с НДС: 76 347,60\n"
        "Кислород оформлен УПД № 312 от 31.03.2026 на 402 864,00 руб.\n"
        "К оплате по счету № 388 от 31.03.2026 — 479 211,60 руб.\n"
    )

    assert value_of(extract(text, "act"), "total") == "76347.60"


def test_act_table_closed_by_value_of_services_accepted():
    text = (
        "FIELD SERVICE ACCEPTANCE CERTIFICATE No. FSR-26-0058\n"
        "| Item | Description                    | Qty    |  Rate NOK |  Amount NOK |\n"
        "| 1    | Field service engineer on site | 9 days | 14,800.00 |  133,200.00 |\n"
        "| 2    | Travel and accommodation       | 1 lot  |           |   84,960.00 |\n"
        "|      | Value of services accepted     |        |           |  218,160.00 |\n"
        "Daily rate NOK 14,800.00 as per the price list.\n"
    )

    assert value_of(extract(text, "act"), "total") == "218160.00"


def test_share_of_contract_value_is_not_its_value():
    text = (
        "SUPPLY CONTRACT No. STP-SM/2026-01\n"
        "2. Price. The total value of the contract is USD 1,002,000.00.\n"
        "4. Payment. Advance of 20% of the contract value, USD 200,400.00, within\n"
        "10 banking days of signing.\n"
    )

    assert value_of(extract(text, "contract"), "total") == "1002000.00"


def test_export_invoice_total_with_delivery_term():
    text = (
        "                    EXPORT INVOICE\n"
        "Invoice No.: SRL/EXP/25-26/0873          Invoice Date: 20/02/2026\n"
        "Port of loading: Ahmedabad Airport (AMD)\n"
        "Total invoice value (FCA Ahmedabad Airport):            USD 13,425.00\n"
        "Less advance received on 13/02/2026 (30%):              USD  4,027.50\n"
        "Value in Indian rupees (at USD 1 = INR 86.45):          ₹ 11,60,591.25\n"
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "total") == "13425.00"
    assert value_of(fields, "currency") == "USD"


def test_swift_amount_repeated_by_label():
    text = (
        "Outgoing SWIFT message - customer copy\n"
        ":20:VF260311-01\n:32A:260311EUR12810,00\n:70:/INV/9260147 BAL 70 PCT\n"
        "Value date:   11.03.2026      Amount: EUR 12,810.00      Charges: OUR\n"
        "Invoice total EUR 18,300.00; advance EUR 5,490.00 paid on 12.02.2026.\n"
    )

    assert value_of(extract(text, "payment_order"), "total") == "12810.00"


@pytest.mark.parametrize(
    ("lines", "document_type"),
    [
        (
            "TOTAL AMOUNT DUE                 AMD 1,344,000.00\n"
            "For reference only: approx. USD 3,449.96 at 389.57 AMD/USD\n",
            "invoice",
        ),
        (
            "Accommodation 3 x 42,000.00   126,000.00\nTOTAL AMD   126,000.00\n",
            "receipt",
        ),
    ],
    ids=["invoice", "receipt"],
)
def test_armenian_drams(lines, document_type):
    text = f"HOTEL KENTRON GARDEN, Yerevan, Armenia\nRECEIPT No. 004172\n{lines}"

    assert value_of(extract(text, document_type), "currency") == "AMD"


@pytest.mark.parametrize(
    ("text", "document_type", "number"),
    [
        ("УПАКОВОЧНЫЙ ЛИСТ N2 УЛ-3318 от 16.03.2026\n", "packing_list", "УЛ-3318"),
        ("УПД  Статус 2\nДокумент N2 61 от 17.03.2026\n", "upd", "61"),
        (
            "               ТРАНСПОРТНАЯ НАКЛАДНАЯ\n"
            " Дата 16.03.2026        N2 0316/02         Заказ N2 ГП-03/16\n",
            "waybill",
            "0316/02",
        ),
        (
            "ООО «БК Меридиан»   Буровая бригада N2 7\n"
            "          СУТОЧНЫЙ РАПОРТ БУРОВОГО МАСТЕРА N2 38\n"
            "          за 15.02.2026\n",
            "other",
            "38",
        ),
        (
            "   ПРОТОКОЛ ПОДВЕДЕНИЯ ИТОГОВ ОПРЕДЕЛЕНИЯ ПОСТАВЩИКА\n"
            "                 от 09.02.2026 №ИЭА1\n"
            "Извещение о проведении электронного аукциона № 0128200000126000318\n",
            "other",
            "ИЭА1",
        ),
        (
            "           EU DECLARATION OF CONFORMITY\n"
            "              No. LMT-DoC-SP3-2025/04\n"
            "1. Manufacturer: Lahnwerk Medizintechnik GmbH\n"
            "7. Notified body certificate MCP-QS-21/0917\n",
            "other",
            "LMT-DoC-SP3-2025/04",
        ),
    ],
    ids=["packing-list", "upd", "waybill", "daily-report", "protocol", "declaration"],
)
def test_numbers_after_misread_or_late_signs(text, document_type, number):
    assert value_of(extract(text, document_type), "number") == number


def test_buyers_bank_block_owns_its_wrapped_details():
    text = (
        "SUPPLY AGREEMENT No. SRL/VF/SA-2025/11\n"
        f'OOO "Versta-Farm", INN {BUYER_INN}, KPP {BUYER_KPP} (the "Buyer")\n'
        f'Buyer\'s bank: PJSC "Volgo-Oksky Bank", SWIFT VOKBRU2N, BIK {BANK_BIK},\n'
        "correspondent account 30101810500000000774, USD account 40702840544000016385\n"
    )

    buyer = parties_of(text, "contract")["buyer"]

    assert buyer["bik"] == BANK_BIK
    assert buyer["account"] == "40702840544000016385"


def test_treasury_account_under_correspondent_label_is_the_account():
    text = (
        "КОНТРАКТ № Ф.2026.00589\n"
        f"Заказчик: ГБУЗ «Областная больница», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
        "УФК по Владимирской области (л/с 21286Ш51740)\n"
        "к/сч 03224643170000002500\n"
        "БИК 011708412, ЕКС 40102810645370000074\n"
    )

    buyer = parties_of(text, "contract")["buyer"]

    assert buyer["account"] == "03224643170000002500"
    assert "correspondent_account" not in buyer or (
        buyer["correspondent_account"] != "03224643170000002500"
    )


def test_swift_field_after_beneficiary_ends_its_block():
    text = (
        ":20:VF260311-01\n:32A:260311EUR12810,00\n"
        ":50K:/40702978544000016385\nLLC VERSTA-FARM\n"
        f"INN {BUYER_INN} KPP {BUYER_KPP}\n"
        ":59:/DE44513602180048217936\nLAHNWERK MEDIZINTECHNIK GMBH\n"
        ":70:/INV/9260147 DD 02.03.2026\n:71A:OUR\n"
        "Bank fee RUB 2,450.00 debited from account 40702810544000016385.\n"
    )

    payee = parties_of(text, "payment_order").get("payee", {})

    assert payee.get("account") != "40702810544000016385"


@pytest.mark.parametrize(
    ("text", "document_type", "number"),
    [
        (
            "КОНТРАКТ № Ф.2026. 00589\nг. Владимир   24.02.2026\n",
            "contract",
            "Ф.2026.00589",
        ),
        (
            "SUNVALE REMEDIES PRIVATE LIMITED\n"
            "Ref.: SRL/EXP/RU/2026 -041                       24 March 2026\n"
            "Dear Sirs,\n",
            "letter",
            "SRL/EXP/RU/2026-041",
        ),
    ],
    ids=["dot-space", "space-dash"],
)
def test_number_split_by_ocr_space(text, document_type, number):
    assert value_of(extract(text, document_type), "number") == number


def test_total_invoice_below_balance_due():
    text = (
        "INVOICE No. SDE-INV-26-0147\n"
        "Advance of 30% received on 12.12.2025:              EUR 25 515,00\n"
        "Balance due by 22 February 2026:                    EUR 59 535,00\n"
        "                             Goods:                 EUR 83 600,00\n"
        "                             Export crating:        EUR 1 450,00\n"
        "                             TOTAL INVOICE:         EUR 85 050,00\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "85050.00"


def test_treasury_bik_label_read_by_ocr():
    text = (
        "АКТ № 22 от 27.03.2026\n"
        f"Заказчик: ГБУЗ «Областная больница», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
        "казн. счет 03224643170000002500\n"
        "БИК TOOK 011708412, ЕКС 40102810645370000074\n"
    )

    assert parties_of(text, "act")["buyer"]["bik"] == "011708412"


def test_iban_misread_country_code():
    text = (
        ":20:VF260311-01\n:32A:260311EUR12810,00\n"
        ":59:/0Е44513602180048217936\nLAHNWERK MEDIZINTECHNIK GMBH\n"
    )

    payee = parties_of(text, "payment_order").get("payee", {})

    assert "account" not in payee
