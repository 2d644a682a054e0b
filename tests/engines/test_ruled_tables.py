"""Ruled and box-drawn tables, OCR letters in amounts and dates, and the totals and
parties that sit beside deductions, transfers and powers of attorney."""

import pytest

from ai_agents.engines.text import NormalizedText

from .form_helpers import (
    ACCOUNT,
    BANK_BIK,
    BUYER_INN,
    BUYER_KPP,
    SELLER_INN,
    SELLER_KPP,
    extract,
    parties_of,
    value_of,
)

RULED_PARTIES = f"""СЧЕТ НА ОПЛАТУ № 17 от 05.12.2025

| Исполнитель     | ООО «Альфа»                  |
| ИНН             | {SELLER_INN}                   |
| КПП             | {SELLER_KPP}                    |
| БИК             | {BANK_BIK}                    |
| Расчетный счет  | {ACCOUNT}         |
| Заказчик        | ООО «Бета»                   |
| ИНН             | {BUYER_INN}                   |
| КПП             | {BUYER_KPP}                    |

Итого к оплате: 12 000,00 руб.
"""

COLUMNS_OF_PARTIES = f"""АКТ № 77 от 12 декабря 2025 г.

| Реквизит        | Исполнитель            | Заказчик               |
| ИНН             | {SELLER_INN}             | {BUYER_INN}             |
| КПП             | {SELLER_KPP}              | {BUYER_KPP}              |
| БИК             | {BANK_BIK}              |                        |

Всего с НДС: 825 600,00
"""

BOX_DRAWN_PARTIES = f"""АКТ № 7 от 15.12.2025
┌──────────────────────────┬──────────────────────────┐
│ Исполнитель              │ Заказчик                 │
├──────────────────────────┼──────────────────────────┤
│ ИНН {SELLER_INN}           │ ИНН {BUYER_INN}           │
│ КПП {SELLER_KPP}            │ КПП {BUYER_KPP}            │
└──────────────────────────┴──────────────────────────┘
Итого к оплате: 67 220,00 руб.
"""


@pytest.mark.parametrize(
    ("text", "document_type"),
    [
        (RULED_PARTIES, "invoice"),
        (COLUMNS_OF_PARTIES, "act"),
        (BOX_DRAWN_PARTIES, "act"),
    ],
)
def test_ruled_party_tables(text, document_type):
    parties = parties_of(text, document_type)

    assert parties["seller"]["inn"] == SELLER_INN
    assert parties["seller"]["kpp"] == SELLER_KPP
    assert parties["buyer"]["inn"] == BUYER_INN
    assert parties["buyer"]["kpp"] == BUYER_KPP


def test_ruled_row_label_gives_bank_column():
    parties = parties_of(COLUMNS_OF_PARTIES, "act")

    assert parties["seller"]["bik"] == BANK_BIK
    assert "bik" not in parties["buyer"]


def test_box_drawing_folds_to_rules():
    assert NormalizedText("│ a ─┼─ b ║").text == "| a --- b |"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Итого: l53 OOO,OO", "153000.00"),
        ("Всего к оплате   llO l2O,OO", "110120.00"),
        ("Total payable   l 788 OOO.OO", "1788000.00"),
    ],
)
def test_l_and_o_in_amount_groups(text, value):
    assert value_of(extract(text, "invoice"), "total") == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("INVOICE No. 5\nDate: lO December 2O25", "2025-12-10"),
        ("Счет № 5 от l5 марта 2O24 г.", "2024-03-15"),
        ("PI No.: 5   Date: 2O25-ll-O6", "2025-11-06"),
    ],
)
def test_letters_in_dates(text, value):
    assert value_of(extract(text, "invoice"), "date") == value


PENALTY_ACT = """ACCEPTANCE CERTIFICATE No. 45
Total, including VAT   612,000.00
Penalty for late posting, withheld by the Customer: RUB 9,180.00
Amount payable after the penalty: RUB 602,820.00
"""

TWO_DEDUCTIONS_ACT = """АКТ № 34 от 28.11.2025
Итого стоимость работ:   1 200 000,00
Удерживается:
- неустойка за нарушение срока (12 дн. x 0,25%)   36 000,00
- гарантийное удержание 5%                          60 000,00
К оплате:   1 104 000,00
"""


@pytest.mark.parametrize(
    ("text", "total", "amount_due"),
    [
        (PENALTY_ACT, "612000.00", "602820.00"),
        (TWO_DEDUCTIONS_ACT, "1200000.00", "1104000.00"),
    ],
)
def test_total_before_penalties(text, total, amount_due):
    fields = extract(text, "act")

    assert value_of(fields, "total") == total
    assert value_of(fields, "amount_due") == amount_due


PENALTY_IN_PURPOSE = """ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 1184   09.12.2025
Сумма    347280-50
Оплата по контракту № 47-МК. Сумма неустойки 4 120,00 руб. удержана заказчиком.
"""


def test_penalty_sum_not_payment_amount():
    fields = extract(PENALTY_IN_PURPOSE, "payment_order")

    assert value_of(fields, "total") == "347280.50"


BILINGUAL_CONTRACT = """2.2. Общая сумма Контракта составляет  | 2.2. The total is
EUR 186 400,00 (сто восемьдесят шесть  | EUR 186,400.00 (one hundred
"""

TENDER_CONTRACT = """2.1. Цена контракта составляет 4 860 000,00 руб.
Начальная (максимальная) цена контракта составляла 5 120 000,00 руб.
"""

LEASE_CONTRACT = """4. Общая сумма лизинговых платежей по договору, включая аванс и
выкупную цену, составляет 23 172 000,00 рублей.
"""


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (BILINGUAL_CONTRACT, "186400.00"),
        (TENDER_CONTRACT, "4860000.00"),
        (LEASE_CONTRACT, "23172000.00"),
    ],
)
def test_contract_totals(text, total):
    assert value_of(extract(text, "contract"), "total") == total


TORG12_PARTIES = f"""ТОВАРНАЯ НАКЛАДНАЯ № 418 от 06.12.2025
Грузоотправитель ООО «Альфа», ИНН {SELLER_INN}, КПП {SELLER_KPP},
р/с {ACCOUNT}, БИК {BANK_BIK}
Грузополучатель ООО «Бета», ИНН {BUYER_INN}, КПП {BUYER_KPP}
Поставщик ООО «Альфа», ИНН {SELLER_INN}, КПП {SELLER_KPP}
Плательщик ООО «Бета», ИНН {BUYER_INN}, КПП {BUYER_KPP}
"""


def test_supplier_shares_shipper_bank():
    parties = parties_of(TORG12_PARTIES, "waybill")

    assert parties["seller"]["bik"] == BANK_BIK
    assert parties["seller"]["account"] == ACCOUNT
    assert "bik" not in parties["consignee"]


POWER_OF_ATTORNEY = f"""ДОВЕРЕННОСТЬ № 58/Д
ООО «Альфа»
ИНН {SELLER_INN}, КПП {SELLER_KPP}
р/с {ACCOUNT}, БИК {BANK_BIK}
в лице директора Иванова И.И. доверяет Петровой Анне Сергеевне
(ИНН 500100732259) получать товары от ООО «Бета».
"""


def test_power_of_attorney_grant_roles():
    parties = parties_of(POWER_OF_ATTORNEY, "power_of_attorney")

    assert parties["principal"]["inn"] == SELLER_INN
    assert parties["principal"]["account"] == ACCOUNT
    assert parties["attorney"]["inn"] == "500100732259"


TRANSFER_APPLICATION = f"""В АО «Банк»
БИК {BANK_BIK}
ЗАЯВЛЕНИЕ НА ПЕРЕВОД № 58
50K  Перевододатель:
     Счет № {ACCOUNT}
     ООО «Альфа»
     ИНН {SELLER_INN}  КПП {SELLER_KPP}
59   Бенефициар:
     GUANGZHOU TEXTILE CO., LTD.
70   Назначение платежа: PAYMENT FOR FABRIC
71A  Расходы по переводу: OUR
     Комиссию списать со счета № 40702810000000000001
"""


def test_transfer_application_payer():
    parties = parties_of(TRANSFER_APPLICATION, "payment_order")

    assert parties["payer"]["inn"] == SELLER_INN
    assert parties["payer"]["account"] == ACCOUNT
    assert parties["payer"]["bik"] == BANK_BIK
    assert "account" not in parties.get("payee", {})


@pytest.mark.parametrize(
    ("text", "total", "currency"),
    [
        ("Итого к оплате: 7 150,00 белорусских рублей", "7150.00", "BYN"),
        ("Итого к оплате: 7 150,00 бел. руб.", "7150.00", "BYN"),
        (
            "Всего к оплате  | 71 500,00 | Х |11 460,00] 82 960,00 руб.",
            "82960.00",
            "RUB",
        ),
        ("Всего к оплате   16 041,67   3 208, 33 19 250,00 руб.", "19250.00", "RUB"),
    ],
)
def test_scanned_amount_forms(text, total, currency):
    fields = extract(text, "upd")

    assert value_of(fields, "total") == total
    assert value_of(fields, "currency") == currency


CUSTOMS_POWER_OF_ATTORNEY = f"""ДОВЕРЕННОСТЬ № 14/Т
ООО «Альфа»
ИНН {SELLER_INN}
КПП {SELLER_KPP}
в лице генерального директора Иванова И.В. настоящей доверенностью уполномочивает
таможенного представителя ООО «Бета»
(ИНН {BUYER_INN}, КПП {BUYER_KPP})
совершать от имени Общества таможенные операции.
"""


def test_company_attorney_after_grant():
    parties = parties_of(CUSTOMS_POWER_OF_ATTORNEY, "power_of_attorney")

    assert parties["principal"]["inn"] == SELLER_INN
    assert parties["attorney"]["inn"] == BUYER_INN
    assert parties["attorney"]["kpp"] == BUYER_KPP


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("|INVOICE  INV/2O25/12/OO31            |Date: O8.12.2O25", "INV/2025/12/0031"),
        ("Счет на оплату Ne ООБП-ООО154 от О5 декабря 2О25 г.", "00БП-000154"),
    ],
)
def test_numbers_read_from_scans(text, number):
    assert value_of(extract(text, "invoice"), "number") == number


def test_contract_total_after_line_break():
    text = (
        "2. Price. The fee is USD 3,000.00 per month. The total value of this "
        "Agreement is\n   USD 36,000.00 (thirty-six thousand US dollars) for the term."
    )

    assert value_of(extract(text, "contract"), "total") == "36000.00"


UPD_HEADER = (
    "Универсальный передаточный документ   Счет-фактура № 214 от 15.04.2025 (1)\n"
    "ИНН/КПП продавца: 5406273181/540601001 (2б)\n"
    "| № | Товар (1а) | Ед. | Кол | Цена (4) | Без НДС (5) | Ст. | НДС (8) "
    "| С НДС (9) |\n"
    "| 1 | Насос | шт | 2 | 386 400,00 | 772 800,00 | 20% | 154 560,00 | 927 360,00 |\n"
    "| 2 | Насос | шт | 3 | 148 900,00 | 446 700,00 | 20% |  89 340,00 | 536 040,00 |\n"
    "| 3 | Комплект | к-т | 5 | 12 800,00 | 64 000,00 | 20% | 12 800,00 | 76 800,00 |\n"
)


def test_upd_vat_from_totals_row_not_net_caption():
    # "Без НДС (5)" captions the net column; it does not say the goods bear no VAT.
    text = UPD_HEADER + (
        "Всего к оплате (9)       | 1 283 500,00 | X | 256 700,00 | 1 540 200,00 |\n"
    )

    fields = extract(text, "upd")

    assert fields["total"]["value"] == "1540200.00"
    assert fields["vat"]["value"] == "256700.00"


def test_upd_scan_lost_group_space():
    # OCR read "| 1 283 500,00" as "[1283 500,00" and "С НДС" as "C HAC".
    text = UPD_HEADER.replace("С НДС (9)", "C HAC (9)") + (
        "Всего к оплате (9)       [1283 500,00 | Х | 256 700,00 | 1 540 200,00 |\n"
    )

    fields = extract(text, "upd")

    assert fields["total"]["value"] == "1540200.00"
    assert fields["vat"]["value"] == "256700.00"


@pytest.mark.parametrize(
    ("text", "vat"),
    [
        pytest.param(
            "Счет № 18 от 02.03.2026\n"
            "Товары: 10 000,00 Доставка: 500,00 Итого к оплате: 10 500,00\n"
            "НДС не облагается\n",
            "0.00",
            id="no-vat-statement",
        ),
        pytest.param(
            "Invoice INV-5\nSubtotal: 1,000.00   Shipping: 50.00   Total: 1,050.00\n",
            None,
            id="shipping-is-not-vat",
        ),
    ],
)
def test_vat_not_taken_from_summing_amounts(text, vat):
    fields = extract(text, "invoice")

    assert fields.get("vat", {}).get("value") == vat


def test_year_before_amount_stays_apart():
    text = "Счет № 16 от 02.03.2026\nСумма к оплате за 2026 120,00 руб.\n"

    assert extract(text, "invoice")["total"]["value"] == "120.00"


def test_scanned_totals_row_rule_read_as_one():
    # OCR read "| 57 680,00" as "157 680,00"; the row adds up without the 1.
    text = UPD_HEADER + (
        "|  | Всего к оплате (9) |  |  | 157 680,00 | X | 7 064,00 | 64 744,00\n"
    )

    fields = extract(text, "upd")

    assert fields["total"]["value"] == "64744.00"


def test_scanned_rest_to_pay_with_lost_group_space():
    # OCR lost the space of "1 628 400,00"; the advance makes up the difference.
    text = (
        "Счет на оплату № 28 от 10.03.2026\n"
        "Итого по счету: 2 128 400,00\n"
        "Получен аванс (п/п № 377 от 02.03.2026):    500 000,00\n"
        "Остаток к оплате: 1628 400,00\n"
    )

    fields = extract(text, "invoice")

    assert fields["total"]["value"] == "2128400.00"
    assert fields["amount_due"]["value"] == "1628400.00"


def test_long_row_of_placeholder_cells_reads_fast():
    text = (
        "СЧЕТ-ФАКТУРА № 12 от 12.03.2026\n"
        "Итого | 1 000,00 " + "| X " * 40 + "| нет | 200,00 |\n"
        "Всего к оплате: 1 200,00\n"
    )

    assert extract(text, "upd")["total"]["value"] == "1200.00"


def test_discount_row_is_no_vat_row():
    text = (
        "Счет № 7 от 12.03.2026\n"
        "| Товар | Кол-во | Сумма без НДС | Скидка | К оплате |\n"
        "| Итого |  | 1500,00 | 500,00 | 1000,00 |\n"
        "НДС не облагается (УСН).\n"
    )

    assert extract(text, "invoice")["vat"]["value"] == "0.00"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        pytest.param("INVOICE No. 12\nTotal: EURO 1,500.00\n", "EUR", id="euro-word"),
        pytest.param(
            "INVOICE No. 208\nTotal: $4,200.00\n(about S$350 at today's rate)\n",
            "USD",
            id="one-regional-dollar-mention",
        ),
    ],
)
def test_currency_marks_kept(text, currency):
    assert extract(text, "invoice")["currency"]["value"] == currency


@pytest.mark.parametrize(
    ("text", "document_type"),
    [
        pytest.param(
            "ДОГОВОР КУПЛИ-ПРОДАЖИ ТРАНСПОРТНОГО СРЕДСТВА\n"
            "Продавец передает грузовой автомобиль категории N2 2024 года выпуска.\n",
            "contract",
            id="vehicle-category",
        ),
        pytest.param(
            "СЧЕТ НА ОПЛАТУ от 12.03.2026\n"
            "| 1 | Азот газообразный N2 40 л | 5 000,00 |\n",
            "invoice",
            id="nitrogen",
        ),
    ],
)
def test_n2_outside_a_title_is_no_number_sign(text, document_type):
    assert "number" not in extract(text, document_type)


def test_invoice_with_statement_of_work_keeps_total():
    text = (
        "INVOICE No. INV-1042\nDate: 2026-03-12\n"
        "Statement of work: SOW-7 (March 2026)\n"
        "Balance due: 4,800.00\nPayment is not yet due.\n"
        "Please quote invoice INV-1042 with your payment.\n"
    )

    fields = extract(text, "invoice")

    assert fields["total"]["value"] == "4800.00"
