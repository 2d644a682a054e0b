"""Papers of budget institutions, utilities and state contracts: treasury accounts,
subscribers, stage totals, fax lines and guarantees."""

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

TREASURY_BIK = "017003983"
TREASURY_ACCOUNT = "03234643450000001900"
SINGLE_TREASURY_ACCOUNT = "40102810445370000059"
BANK_CORRESPONDENT = "30101810400000000774"


def test_subscriber_is_the_buyer_of_a_utility_bill():
    text = (
        f"АО «Теплосеть»  ИНН {SELLER_INN}  КПП {SELLER_KPP}\n"
        "СЧЕТ № 118/03 от 02.03.2026\n"
        "Абонент (Покупатель): МБУК «Городская библиотека»\n"
        f"   ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
        "Итого к оплате: 12 400,00 руб.\n"
    )

    parties = parties_of(text, "invoice")

    assert parties["buyer"]["inn"] == BUYER_INN
    assert parties["seller"]["inn"] == SELLER_INN


def test_consumer_heads_the_buyer_block_of_an_act():
    text = (
        "АКТ № ТКО-12 от 31.03.2026\n"
        f"Потребитель: ГБУЗ «Больница № 3», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
        "Итого: 7 350,00\n"
    )

    assert parties_of(text, "act")["buyer"]["kpp"] == BUYER_KPP


def test_single_treasury_account_is_the_correspondent_account():
    text = (
        "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 214 от 26.02.2026\n"
        "Сумма: 1 200,00\n"
        f"Получатель: УФК по области (ГБУЗ «Больница»), ИНН {BUYER_INN}\n"
        f"казначейский счет {TREASURY_ACCOUNT}, БИК {TREASURY_BIK},\n"
        f"ЕКС {SINGLE_TREASURY_ACCOUNT}\n"
    )

    payee = parties_of(text, "payment_order")["payee"]

    assert payee["account"] == TREASURY_ACCOUNT
    assert payee["correspondent_account"] == SINGLE_TREASURY_ACCOUNT


def test_bank_pair_of_bik_and_correspondent_account():
    text = (
        "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 77 от 20.02.2026\n"
        "Сумма:              5 000,00 RUB\n"
        "Плательщик:         ООО «Тара»\n"
        f"ИНН / КПП:          {SELLER_INN} / {SELLER_KPP}\n"
        f"БИК / Корр. счет:   {BANK_BIK} / {BANK_CORRESPONDENT}\n"
        "Получатель:         УФК по области (ГБУЗ «Больница»)\n"
        f"ИНН / КПП:          {BUYER_INN} / {BUYER_KPP}\n"
        f"Счет:               {TREASURY_ACCOUNT}\n"
        f"БИК / ЕКС:          {TREASURY_BIK} / {SINGLE_TREASURY_ACCOUNT}\n"
    )

    parties = parties_of(text, "payment_order")

    assert parties["payer"]["bik"] == BANK_BIK
    assert parties["payer"]["correspondent_account"] == BANK_CORRESPONDENT
    assert parties["payee"]["bik"] == TREASURY_BIK
    assert parties["payee"]["correspondent_account"] == SINGLE_TREASURY_ACCOUNT


def test_form_field_code_before_the_number_caption():
    text = (
        "Платежное поручение (форма 0401060)\n"
        "(3) Номер: 388               (4) Дата: 08.04.2026\n"
        "(7) Сумма: 9424-07\n"
        "(24) Назначение платежа: оплата по акту № А-77/03 от 31.03.2026\n"
    )

    assert value_of(extract(text, "payment_order"), "number") == "388"


def test_state_acceptance_document_number():
    text = (
        "ДОКУМЕНТ О ПРИЕМКЕ № 18 от 10.04.2026\n"
        "Контракт № 12/26-КР от 19.01.2026\n"
        "Итого по этапу 2, с НДС | 1 946 520,00 |\n"
    )

    fields = extract(text, "act")

    assert value_of(fields, "number") == "18"
    assert value_of(fields, "date") == "2026-04-10"


@pytest.mark.parametrize(
    ("row", "total"),
    [
        pytest.param(
            "Итого по этапу 2, с НДС | 1 946 520,00 |", "1946520.00", id="stage"
        ),
        pytest.param("Итого по лоту 3:   12 000,00", "12000.00", id="lot"),
        pytest.param("Total for phase 2:  USD 5,400.00", "5400.00", id="phase"),
    ],
)
def test_number_of_a_part_is_no_total(row, total):
    text = f"АКТ № 5 от 10.04.2026\nРаботы выполнены.\n{row}\n"

    assert value_of(extract(text, "act"), "total") == total


def test_year_after_a_month_is_no_total():
    text = (
        "АКТ № ТКО-1 от 31.03.2026\n"
        "|   | Итого за март 2026 г.  |  74,2 |   | 73 547,78 |\n"
    )

    assert value_of(extract(text, "act"), "total") == "73547.78"


def test_one_decimal_quantity_skipped():
    text = "АКТ № 3 от 31.03.2026\n| Итого: | 68,2 |   | 67 600,52 |\n"

    assert value_of(extract(text, "act"), "total") == "67600.52"


def test_total_after_the_vat_it_includes():
    text = (
        "CERTIFICATE OF ACCEPTANCE No. 1\nDate: 20 March 2026\n"
        "| Fume hood | 8 | 286,500.00 | 2,292,000.00 |\n"
        "| Total for stage 1, including VAT 22% RUB 413,311.48 |  | 2,292,000.00 |\n"
    )

    assert value_of(extract(text, "act"), "total") == "2292000.00"


def test_total_including_vat_label_keeps_its_amount():
    text = (
        "ACCEPTANCE CERTIFICATE No. 31\nDate: 31 March 2025\n"
        "Total excluding VAT:       RUB 355,500.00\n"
        "Total including VAT:       RUB 426,600.00\n"
    )

    assert value_of(extract(text, "act"), "total") == "426600.00"


def test_stage_total_before_an_offset_advance():
    text = (
        "CERTIFICATE OF ACCEPTANCE No. 2\nDate: 20 March 2026\n"
        "Total for stage 2:                         RUB 1,000,000.00\n"
        "The advance paid under clause 2.4 of the contract is\n"
        "offset against this stage in the amount of RUB 300,000.00, so the amount\n"
        "payable for stage 2 is RUB 700,000.00.\n"
    )

    fields = extract(text, "act")

    assert value_of(fields, "total") == "1000000.00"
    assert value_of(fields, "amount_due") == "700000.00"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("awards the Grantee a grant of USD 48,500.00", id="grant-of"),
        pytest.param("Grant amount is USD 48,500.00", id="grant-amount"),
    ],
)
def test_grant_agreement_total_is_the_grant(sentence):
    text = (
        "GRANT AGREEMENT No. ECF-2026-031\nMade on February 9, 2026.\n"
        f"2. Grant amount. The Grantor {sentence}.\n"
        "3. The first installment of $29,100.00 is paid within 15 days.\n"
    )

    assert value_of(extract(text, "contract"), "total") == "48500.00"


def test_tender_price_after_blank_line():
    text = (
        "КОНТРАКТ № 7 от 12.01.2026\n"
        "2. Цена контракта составляет 3 418 900,00 руб. Начальная (максимальная)\n"
        "\n"
        "цена контракта — 3 602 400,00 руб.\n"
    )

    assert value_of(extract(text, "contract"), "total") == "3418900.00"


def test_fax_transmission_line_date_is_not_the_papers():
    text = (
        "04/17/2026 08:03   FROM: COUNTY AP   FAX 330-555-0120   P.1/1\n"
        "COUNTY DEPARTMENT OF PUBLIC HEALTH\n"
        "                    REMITTANCE ADVICE\n"
        "Remittance No.: 2026-00871                Payment Date: 04/16/2026\n"
        "TOTAL PAYMENT (USD)                                $1,845.66\n"
    )

    assert value_of(extract(text, "other"), "date") == "2026-04-16"


def test_invoice_payment_date_ignored():
    text = "INVOICE No. 55\nInvoice date: 03/25/2026\nPayment date: 04/20/2026\n"

    assert value_of(extract(text, "invoice"), "date") == "2026-03-25"


def test_bill_of_lading_b_l_number():
    text = (
        "STRAIGHT BILL OF LADING - SHORT FORM - ORIGINAL - NOT NEGOTIABLE\n"
        "Carrier: KEYSTONE VALLEY FREIGHT, INC.     SCAC: KVFL     PRO No. 0662-41873\n"
        "B/L No. 77310482                                 Date: 03/19/2026\n"
    )

    assert value_of(extract(text, "waybill"), "number") == "77310482"


UTILITY_BILL = """\
CITY OF MILLBROOK - PUBLIC UTILITIES DEPARTMENT
                          UTILITY BILL
Bill Number: 26-03-118274              Bill Date: 03/24/2026
Account Number: 0041-2287-03           Customer: RIVERSIDE FOOD INC
| Water usage, first 8 CCF @ 3.42                |    27.36 |
| Sewer base charge                              |    22.10 |
CURRENT CHARGES                                       49.46
TOTAL AMOUNT DUE BY 04/14/2026                       $49.46
"""
HOUSING_BILL = """\
ООО «УК Центральная»  ИНН 3911004823
               СЧЕТ-ИЗВЕЩЕНИЕ за март 2026 г.
Лицевой счет 0471-Б   Плательщик: МБУК «Городская библиотека»
| Отопление | Гкал | 47,558 | 3 218,46 | 153 063,52 |
Итого к оплате: 153 063,52 руб.
"""
GUARANTEE = """\
ПАО «Уральский Банк»  ИНН 6672034185  БИК 046577482
                     НЕЗАВИСИМАЯ ГАРАНТИЯ № 0418-БГ/26
г. Екатеринбург                                                  16 января 2026 г.
Гарант: ПАО «Уральский Банк»
Принципал: ООО «КровляСервис», ИНН 3916179351, КПП 391601001
Бенефициар: МБОУ «Школа № 7», ИНН 3913028467, КПП 391301001
Гарантия выдана в обеспечение исполнения контракта на ремонт кровли.
Сумма гарантии: 486 240,00 руб. Цена контракта: 4 862 400,00 руб.
Срок действия гарантии: с 16.01.2026 по 28.02.2027 включительно.
"""


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(UTILITY_BILL, "invoice", id="utility-bill"),
        pytest.param(HOUSING_BILL, "invoice", id="housing-bill"),
        pytest.param(GUARANTEE, "other", id="bank-guarantee"),
    ],
)
def test_utility_bills_and_guarantees_classified(engine, text, expected):
    assert engine.classify(text).document_type == expected


def test_vat_named_after_the_total_is_not_taken():
    text = (
        "АКТ № 58 от 31 марта 2026 г.\n"
        "| 1 | Проектирование раздела ОВ | компл. | 1 | 240 000,00 | 240 000,00 |\n"
        "| 2 | Проектирование раздела ВК | компл. | 1 | 126 000,00 | 126 000,00 |\n"
        "Итого, в т.ч. НДС 22%: 366 000,00 руб., НДС 66 000,00 руб.\n"
    )

    assert value_of(extract(text, "act"), "total") == "366000.00"


def test_lot_sum_without_kopecks_is_the_total():
    text = (
        "СЧЕТ НА ОПЛАТУ № 58 от 20 марта 2026 г.\n"
        "| 1 | Автомобиль КАМАЗ 65115 | 4 | 1 870 000 | 7 480 000 |\n"
        "Итого по лоту 7 480 000\n"
        "В том числе НДС 22%: 1 213 967\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "7480000.00"


def test_grant_of_licences_is_no_contract_price():
    text = (
        "SOFTWARE LICENSE AGREEMENT No. LA-0926\nHelsinki, 14 January 2026\n"
        "2.1 This Agreement provides for the grant of 25 workstation licenses to the\n"
        "Licensee for the term of this Agreement.\n"
    )

    assert value_of(extract(text, "contract"), "total") is None


def test_next_payment_date_does_not_date_a_receipt():
    text = (
        "MEMBERSHIP RECEIPT\nReceipt No. R-77120\n"
        "Next payment date: 04/18/2026\n\n"
        "Transaction date: 03/18/2026\n"
        "Total paid                                  $99.00\n"
    )

    assert value_of(extract(text, "receipt"), "date") == "2026-03-18"


def test_bill_payment_receipt_is_a_receipt(engine):
    text = (
        "Electricity Bill Payment Receipt\n\n"
        "Transaction ID: 7781204453\nPaid on: 12 March 2026, 18:42\n"
        "Biller: City Power Distribution Co.\nConsumer number: 100488213\n"
        "Amount paid: INR 2,340.00\nPayment mode: UPI\nStatus: Successful\n"
    )

    assert engine.classify(text).document_type == "receipt"
