"""A bank system's print of a SWIFT transfer, a railway bill's freight charge, a
claim's demand, an act's sum after a withheld penalty, a bank branch code, VAT on a
line of its own and a UPD's product code column."""

import pytest

from ai_agents.engines import get_engine

from .form_helpers import (
    BANK_BIK,
    SELLER_INN,
    SELLER_KPP,
    extract,
    parties_of,
    value_of,
)

SWIFT_PRINT = f"""\
Message Output Reference : 1512 260407GIBAATWWAXXX4821579306
Swift Output : FIN 103 Single Customer Credit Transfer
Sender   : GIBAATWWXXX
Receiver : RZBMRUMMXXX
20: Sender's Reference
    ERS2604071187
23B: Bank Operation Code
    CRED
32A: Val Dte/Curr/Interbnk Settld Amt
    Date     : 07 April 2026
    Currency : EUR (EURO)
    Amount   : #48.250,00#
50K: Ordering Customer-Name & Address
    /AT502011128934716502
    ALPENMASCHINEN GMBH
    4020 LINZ AT
52A: Ordering Institution - BIC
    GIBAATWWXXX
57A: Account With Institution - BIC
    RZBMRUMMXXX
59: Beneficiary Customer-Name & Addr
    /40702978544000016385
    OOO SIBIRSKAYA LOGISTIKA
    INN {SELLER_INN}
70: Remittance Information
    PAYMENT FOR INVOICE 2026-031 DD 12.03.2026
71A: Details of Charges
    SHA
"""


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def test_swift_print_is_payment_order(engine):
    assert engine.classify(SWIFT_PRINT).document_type == "payment_order"


def test_swift_print_fields():
    fields = extract(SWIFT_PRINT, "payment_order")

    assert value_of(fields, "number") == "ERS2604071187"
    assert value_of(fields, "date") == "2026-04-07"
    assert value_of(fields, "total") == "48250.00"
    assert value_of(fields, "currency") == "EUR"


def test_swift_print_parties():
    parties = parties_of(SWIFT_PRINT, "payment_order")

    assert parties["payer"]["iban"] == "AT502011128934716502"
    assert parties["payer"]["swift"] == "GIBAATWWXXX"
    assert parties["payee"]["account"] == "40702978544000016385"
    assert parties["payee"]["inn"] == SELLER_INN
    assert "bank_name" not in parties["payer"]


RAIL_BILL = (
    "ТРАНСПОРТНАЯ ЖЕЛЕЗНОДОРОЖНАЯ НАКЛАДНАЯ № ЭА123456\n"
    "Объявленная ценность: 1 132 892,00 руб.\n"
    "Провозная плата:                               72 000,00 руб.\n"
    "НДС 22%:                                       15 840,00 руб.\n"
    "Итого провозная плата с НДС:                   87 840,00 руб.\n"
)


@pytest.mark.parametrize(
    "text",
    [RAIL_BILL, RAIL_BILL.replace("Объявленная ценность: 1 132 892,00 руб.\n", "")],
    ids=["declared-value", "no-declared-value"],
)
def test_rail_bill_total_is_freight_charge(text):
    assert value_of(extract(text, "waybill"), "total") == "87840.00"


def test_claim_demand_is_amount_due():
    text = (
        "ПРЕТЕНЗИЯ об оплате задолженности\n"
        "Сумма задолженности составляет 684 300,00 руб., в том числе НДС 22%.\n"
        "За просрочку оплаты начислена неустойка в размере 27 372,00 руб.\n"
        "Требуем в течение 10 дней перечислить на наш расчетный счет 711 672,00 руб.,"
        " включая основной долг и неустойку.\n"
    )

    assert value_of(extract(text, "letter"), "amount_due") == "711672.00"


def test_act_sum_to_transfer_after_withheld_penalty():
    text = (
        "АКТ № 12 сдачи-приемки выполненных работ от 31.03.2026\n"
        "Всего по акту: 974 850,00\n"
        "Удержана неустойка за просрочку (п. 7.2 Договора): 11 698,20 руб.\n"
        "Итого к перечислению Исполнителю с учетом удержания: 963 151,80 руб.\n"
    )

    fields = extract(text, "act")

    assert value_of(fields, "total") == "974850.00"
    assert value_of(fields, "amount_due") == "963151.80"


def test_bank_branch_code_keeps_latin_letter():
    text = (
        "СЧЕТ НА ОПЛАТУ № 9 от 02.03.2026\n"
        f"Поставщик: ООО «Грани», ИНН {SELLER_INN}, КПП {SELLER_KPP}\n"
        f"Банк получателя: ОТДЕЛЕНИЕ N8610 ПАО СБЕРБАНК БИК {BANK_BIK}\n"
        "Итого: 1 000,00 руб.\n"
    )

    bank = extract(text, "invoice")["parties"]["seller"]["bank_name"]

    assert bank["value"] == "ОТДЕЛЕНИЕ N8610 ПАО СБЕРБАНК"


@pytest.mark.parametrize(
    ("line", "vat"),
    [
        ("incl. VAT 20%                  3,100.00", "3100.00"),
        ("including VAT (20%) 3,100.00", "3100.00"),
        ("Total incl. VAT 20%:   18,600.00", None),
    ],
    ids=["incl", "including", "gross-caption"],
)
def test_vat_on_a_line_of_its_own(line, vat):
    text = f"HOTEL\nRECEIPT No. 5\nRoom 15,500.00\nTOTAL AMD 18,600.00\n{line}\n"

    assert value_of(extract(text, "receipt"), "vat") == vat


def test_upd_product_code_column_apart_from_description():
    text = (
        "Универсальный передаточный документ\nСчет-фактура № 41 от 14.03.2026\n"
        "№ п/п | Код товара/работ, услуг | Наименование товара | Ед. изм. | "
        "Количество | Цена | Стоимость без налога - всего\n"
        "1 | ТР-108 | Труба стальная 108х6 | м | 240 | 2 150,00 | 516 000,00\n"
        "2 | ТР-57 | Труба стальная 57х4 | м | 380 | 890,00 | 338 200,00\n"
        "Всего к оплате (9) | | | | | | 854 200,00\n"
    )

    rows = extract(text, "upd")["line_items"]

    assert [row["description"]["value"] for row in rows] == [
        "Труба стальная 108х6",
        "Труба стальная 57х4",
    ]
    assert [row["product_code"]["value"] for row in rows] == ["ТР-108", "ТР-57"]
