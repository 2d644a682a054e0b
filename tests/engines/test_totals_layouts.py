"""The total and its currency on table rows, contracts and documents without a total."""

import pytest

from ai_agents.engines.amount_words import bracketed_rubles_after, parse_number_words
from ai_agents.engines.extractor import FieldExtractor
from ai_agents.engines.text import NormalizedText, fold


def extract(text: str, document_type: str) -> dict:
    fields, _checks = FieldExtractor().extract(NormalizedText(text), document_type)
    return fields


def total_of(text: str, document_type: str) -> str | None:
    total = extract(text, document_type).get("total")
    return None if total is None else total["value"]


def currency_of(text: str, document_type: str) -> str | None:
    currency = extract(text, document_type).get("currency")
    return None if currency is None else currency["value"]


WAYBILL_ROWS = """ТОВАРНАЯ НАКЛАДНАЯ № 77 от 02.02.2025
 N  Товар          Кол-во  Цена    Сумма без   НДС   Сумма     Сумма с
                                   учета НДС   ставка НДС      учетом НДС
 1  Ведро цинковое   40    250,00  10 000,00   20%   2 000,00  12 000,00
 2  Лопата           10    500,00   5 000,00   20%   1 000,00   6 000,00
                Итого    50        15 000,00         3 000,00  18 000,00
     Всего по накладной  50        15 000,00         3 000,00  18 000,00
"""

UPD_ROW_WITH_COLUMN_NUMBER = """Универсальный передаточный документ
Счет-фактура № 5 от 01.03.2025                               (1)
Валюта: наименование, код Российский рубль, 643              (7)
Код | № | Товар        | Кол | Цена   | Без налога | Ставка | Налог    | С налогом
А   | 1 | 1а           | 3   | 4      | 5          | 7      | 8        | 9
--  | 1 | Фанера 10 мм | 20  | 400,00 | 8 000,00   | 20%    | 1 600,00 | 9 600,00
    |   | Всего к оплате (9) |     |        | 8 000,00   |   X    | 1 600,00 | 9 600,00
"""

INVOICE_NET_GROSS_EN = """INVOICE No. 31 dated 10.01.2025
Item            Qty   Net        VAT       Gross
Desk lamp       4     100.00     20.00     120.00
Total                 100.00     20.00     120.00
Currency: euro
"""

INVOICE_TWO_COLUMNS = """СЧЕТ № 12 от 03.03.2025
Наименование      Кол-во   Сумма без НДС   Сумма с НДС
Бумага офисная    10       1 000,00        1 250,00
Итого                      1 000,00        1 250,00
"""


@pytest.mark.parametrize(
    ("text", "document_type", "expected"),
    [
        pytest.param(WAYBILL_ROWS, "waybill", "18000.00", id="torg12-quantity-net"),
        pytest.param(UPD_ROW_WITH_COLUMN_NUMBER, "upd", "9600.00", id="upd-marker"),
        pytest.param(INVOICE_NET_GROSS_EN, "invoice", "120.00", id="net-vat-gross"),
        pytest.param(INVOICE_TWO_COLUMNS, "invoice", "1250.00", id="gross-caption"),
    ],
)
def test_total_row_gross_column(text, document_type, expected):
    assert total_of(text, document_type) == expected


def test_total_row_without_gross_column_keeps_first():
    # The second amount is the VAT included in the total, not a gross column.
    text = "Универсальный передаточный документ\nВсего к оплате: 1 200,00  200,00\n"

    assert total_of(text, "upd") == "1200.00"


def test_total_plain_invoice_unchanged():
    text = "СЧЕТ НА ОПЛАТУ № 8 от 01.02.2025\nТовар: бумага\nИтого: 100,00\n"

    assert total_of(text, "invoice") == "100.00"


def test_total_invoice_with_vat_line_unchanged():
    text = (
        "СЧЕТ № 9 от 01.02.2025\nИтого: 1 200,00 руб.\nВ том числе НДС: 200,00 руб.\n"
    )

    assert total_of(text, "invoice") == "1200.00"


def test_total_one_line_with_vat_keeps_total():
    text = "СЧЕТ № 9 от 01.02.2025\nИтого: 1 200,00 руб., в т.ч. НДС 200,00 руб.\n"

    assert total_of(text, "invoice") == "1200.00"


CONTRACT_PRICE_WORDS = """ДОГОВОР ПОДРЯДА № 3
1. Подрядчик выполняет ремонт кровли.
2. Цена договора составляет 3 600 000 (Три миллиона шестьсот тысяч) рублей
50 копеек, в том числе НДС 20% – 600 000,08 руб.
"""

CONTRACT_PRICE_DIGITS = """ДОГОВОР ОКАЗАНИЯ УСЛУГ № 14
3. Стоимость услуг по договору составляет 96 000,00 (Девяносто шесть тысяч)
рублей, включая НДС 20% в сумме 16 000,00 руб.
"""

CONTRACT_MONTHLY_FEE = """ДОГОВОР № 7-А
2.1. Стоимость услуг составляет 12 000 (двенадцать тысяч) рублей 00 копеек
в месяц, в том числе НДС 20% – 2 000,00 руб.
2.2. Дополнительные работы оплачиваются по ставке 1 500 руб./час.
"""

CONTRACT_WITHOUT_PRICE = """ДОГОВОР О КОНФИДЕНЦИАЛЬНОСТИ № 2
1. Стороны не раскрывают сведения третьим лицам.
2. Штраф за нарушение определяется отдельным соглашением.
Реквизиты: р/с 40702810900000000001
"""

CONTRACT_EN = """SERVICES AGREEMENT No. 5
1. The Contractor shall audit the warehouse.
2. The contract price is GBP 48,000.00, of which VAT is GBP 8,000.00.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(CONTRACT_PRICE_WORDS, "3600000.50", id="digits-words-kopecks"),
        pytest.param(CONTRACT_PRICE_DIGITS, "96000.00", id="digits-with-fraction"),
        pytest.param(CONTRACT_MONTHLY_FEE, None, id="monthly-fee"),
        pytest.param(CONTRACT_WITHOUT_PRICE, None, id="no-price"),
        pytest.param(CONTRACT_EN, "48000.00", id="english-price"),
    ],
)
def test_total_contract_price(text, expected):
    assert total_of(text, "contract") == expected


def test_currency_contract_price_words():
    assert currency_of(CONTRACT_PRICE_WORDS, "contract") == "RUB"


STATEMENT_RU = """ВЫПИСКА ПО СЧЕТУ за март 2025
Входящий остаток                      50 000,00 ₽
03.03.2025  Оплата по счету 4         -1 000,00
Исходящий остаток                     49 000,00 ₽
"""

STATEMENT_EN = """BANK STATEMENT, March 2025
01 Mar 25  BALANCE BROUGHT FORWARD             1,204.10
14 Mar 25  Card payment                          -50.00
Total paid out: £50.00     Total paid in: £0.00
31 Mar 25  BALANCE CARRIED FORWARD             1,154.10
"""

POWER_OF_ATTORNEY_RU = """ДОВЕРЕННОСТЬ № 4
Доверитель уполномочивает представителя заключать договоры на сумму не более
500 000 (пятьсот тысяч) рублей.
Взыскано по тарифу: 1 900 руб. 00 коп.
"""

POWER_OF_ATTORNEY_EN = """POWER OF ATTORNEY
The Agent may sign contracts within a total amount of USD 90,000.
Witnessed by Peter R. Gale, Notary Public.
"""

PRICE_LIST = """ПРАЙС-ЛИСТ
Минимальная сумма заказа – 20 000 руб.
Кирпич красный, шт  ..........  18,50
"""

RESUME = """РЕЗЮМЕ
Желаемая зарплата: от 90 000 руб.
Опыт работы: 6 лет
"""

BILL_OF_LADING = """BILL OF LADING No. 88
Shipper: North Freight Ltd
TOTAL: 3 X 40' CONTAINERS SAID TO CONTAIN 900 CARTONS
"""


@pytest.mark.parametrize(
    ("text", "document_type"),
    [
        pytest.param(STATEMENT_RU, "bank_statement", id="statement-ru"),
        pytest.param(STATEMENT_EN, "bank_statement", id="statement-en"),
        pytest.param(POWER_OF_ATTORNEY_RU, "power_of_attorney", id="poa-ru"),
        pytest.param(POWER_OF_ATTORNEY_EN, "power_of_attorney", id="poa-en"),
        pytest.param(PRICE_LIST, "other", id="price-list"),
        pytest.param(RESUME, "other", id="resume"),
        pytest.param(BILL_OF_LADING, "waybill", id="container-count"),
    ],
)
def test_total_absent(text, document_type):
    assert total_of(text, document_type) is None


def test_total_strong_label_on_letter():
    text = (
        "Уважаемые коллеги!\n"
        "Напоминаем о задолженности.\n"
        "Итого к оплате: 5 400,00 руб.\n"
    )

    fields = extract(text, "letter")

    assert fields["amount_due"]["value"] == "5400.00"
    assert "total" not in fields


def test_total_balance_due_is_total():
    text = "INVOICE No. 4\nBalance due: $310.00\n"

    assert total_of(text, "invoice") == "310.00"


def test_total_receipt_fallback_unchanged():
    text = "Кассовый чек\nХлеб 45,00 руб.\nМолоко 89,90 руб.\n"

    assert total_of(text, "receipt") == "89.90"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "УПД № 1\nВалюта: наименование, код Российский рубль, 643\n", "RUB", id="ru"
        ),
        pytest.param(
            "Transfer document\nCurrency: Russian rouble, 643\n", "RUB", id="en"
        ),
        pytest.param(
            "Invoice\nCurrency: US dollar, 840\nTotal: 5.00\n", "USD", id="usd"
        ),
    ],
)
def test_currency_line_numeric_code(text, expected):
    assert currency_of(text, "upd") == expected


def test_currency_absent_without_marker():
    # "P." of a name folds like the ruble abbreviation "р.".
    text = "POWER OF ATTORNEY\nI, Anna P. Reyes, appoint John K. Moss as my agent.\n"

    assert currency_of(text, "power_of_attorney") is None


ACT_WITHOUT_MARKER = """АКТ № 12 от 01.03.2024
Исполнитель: ООО "Север", ИНН 7203274095, р/с {account}, БИК 041029223
Итого к оплате: 150 000,00
"""


@pytest.mark.parametrize(
    ("account", "expected"),
    [
        pytest.param("40702810168365483760", "RUB", id="rouble-account"),
        pytest.param("40702840168365483760", "USD", id="dollar-account"),
        pytest.param("40702978168365483760", "EUR", id="euro-account"),
    ],
)
def test_currency_from_account_digits(account, expected):
    currency = extract(ACT_WITHOUT_MARKER.format(account=account), "act")["currency"]

    assert currency["value"] == expected
    assert currency["raw"] == account[5:8]
    assert currency["inferred"] is True


def test_currency_accounts_disagree():
    text = ACT_WITHOUT_MARKER.format(account="40702810168365483760") + (
        "Валютный счет 40702840168365483760\n"
    )

    assert currency_of(text, "act") is None


def test_currency_russian_document_with_inn():
    text = "КАССОВЫЙ ЧЕК\nООО «Хозмаг», ИНН 7325937261\nИТОГ =3400.00\n"

    currency = extract(text, "receipt")["currency"]

    assert currency["value"] == "RUB"
    assert currency["raw"] == "ИНН"
    assert currency["inferred"] is True


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("КАССОВЫЙ ЧЕК\nООО «Хозмаг»\nИТОГ =3400.00\n", id="no-inn"),
        pytest.param(
            "SALES RECEIPT\nSeller INN 7325937261\nTotal 3400.00\n", id="english"
        ),
        pytest.param("Письмо\nООО «Хозмаг», ИНН 7325937261\n", id="no-total"),
    ],
)
def test_currency_not_inferred(text):
    assert currency_of(text, "receipt") is None


def test_currency_ruble_abbreviation_after_number():
    text = "Квитанция\nОплачено 350 р. наличными\n"

    assert currency_of(text, "receipt") == "RUB"


def test_bracketed_rubles_reads_kopecks():
    text = fold("7 005 (Семь тысяч пять) рублей 25 копеек")

    found = bracketed_rubles_after(text, len("7 005"))

    assert found is not None
    assert found.words_value == 7005
    assert found.kopecks == 25
    assert text[found.end :] == ""


def test_bracketed_rubles_rejects_days():
    text = fold("5 (пяти) банковских дней")

    assert bracketed_rubles_after(text, 1) is None


def test_parse_number_words():
    assert parse_number_words("Два миллиона сорок тысяч триста") == 2_040_300
    assert parse_number_words("пяти банковских") is None


def test_subtotal_row_net_column():
    fields = extract(WAYBILL_ROWS, "waybill")

    assert fields["subtotal"]["value"] == "15000.00"


def test_subtotal_plain_invoice_unchanged():
    text = (
        "СЧЕТ № 10 от 01.02.2025\nИтого: 1 000,00\nНДС 20%: 200,00\nВсего: 1 200,00\n"
    )

    fields = extract(text, "invoice")

    assert fields["subtotal"]["value"] == "1000.00"
    assert fields["total"]["value"] == "1200.00"


def test_total_contract_fee_for_services():
    text = (
        "CONSULTING AGREEMENT No. 12\n"
        "1. The fee for the services is EUR 7,500.00, payable on delivery.\n"
        "2. Late payment bears interest of EUR 15.00 per day.\n"
    )

    assert total_of(text, "contract") == "7500.00"


def test_total_contract_hourly_fee_is_no_total():
    text = "AGREEMENT No. 3\nThe fee is USD 120.00 per hour of consulting.\n"

    assert total_of(text, "contract") is None


def test_total_other_priced_lines_fallback():
    text = "Счет #5\nКартридж 1 450,00 руб.\nБумага 320,50 руб.\n"

    total = extract(text, "other")["total"]

    assert total["value"] == "1450.00"
    assert total["confidence"] < 0.5


def test_total_row_quantity_then_amount():
    text = (
        "НАКЛАДНАЯ № 4 от 01.04.2025\n"
        "Товар    Кол-во   Сумма\n"
        "Итого    50       1 500,00\n"
    )

    assert total_of(text, "waybill") == "1500.00"


def test_total_invoice_monthly_service_kept():
    text = (
        "СЧЕТ № 6 от 01.04.2025\nИтого к оплате: 5 000,00 руб. за месяц обслуживания\n"
    )

    assert total_of(text, "invoice") == "5000.00"


def test_total_bracket_words_mismatch_keeps_digits():
    text = (
        "ДОГОВОР № 8\n"
        "Цена договора составляет 40 000 (четыре тысячи) рублей 50 копеек.\n"
    )

    assert total_of(text, "contract") == "40000.00"


def test_total_contract_price_merged_words():
    text = (
        "SUPPLY AGREEMENT No. 2\nThe total price under thisagreement is 9,400.00 USD.\n"
    )

    assert total_of(text, "contract") == "9400.00"


def test_total_split_amount_joined_by_words():
    text = (
        "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 12\n"
        "Сумма прописью Два миллиона триста тысяч рублей 00 копеек\n"
        "Сумма 2  300 000,00\n"
    )

    assert total_of(text, "payment_order") == "2300000.00"


def test_total_quantity_and_amount_not_joined():
    text = "НАКЛАДНАЯ № 5\nИтого 2  150 000,00\n"

    assert total_of(text, "waybill") == "150000.00"


def test_total_gross_weight_column_not_gross_amount():
    text = (
        "WAYBILL No. 14\n"
        "Item        Amount      Net weight   Gross weight\n"
        "Chairs      5,000.00    100.50       120.75\n"
        "Total       5,000.00    100.50       120.75\n"
    )

    assert total_of(text, "waybill") == "5000.00"


@pytest.mark.parametrize(
    ("text", "total", "currency"),
    (
        (
            "УПАКОВОЧНЫЙ ЛИСТ № 5\nИтого мест: 2   40   880\n"
            "Стоимость отправки по счету: 214 560,00 руб. с НДС",
            "214560.00",
            "RUB",
        ),
        (
            "PACKING LIST No. 5\nTotal packages: 2   980   1093\n"
            "Total value of goods:   EUR   58 900,00",
            "58900.00",
            "EUR",
        ),
    ),
)
def test_packing_list_value_of_goods(text, total, currency):
    assert total_of(text, "packing_list") == total
    assert currency_of(text, "packing_list") == currency


def test_packing_list_weight_total_is_not_money():
    text = "PACKING LIST No. 5\nTotal gross weight: 1 093 kg\nTotal packages: 2"

    assert total_of(text, "packing_list") is None


@pytest.mark.parametrize(
    ("figures", "expected"),
    (
        pytest.param("(1 234 666-40)", "1234666.40", id="figures-agree"),
        # Figures that disagree with the words are not taken as the total, and
        # the total is read from the words.
        pytest.param("(1 234 000-00)", "1234666.40", id="figures-disagree"),
    ),
)
def test_total_in_words_before_figures(figures, expected):
    text = (
        "СЧЁТ НА ОПЛАТУ № 318 от 8.12.25\nПоставщик: ООО «Искра»\n"
        "К оплате: Один миллион двести тридцать четыре тысячи шестьсот шестьдесят "
        f"шесть\nрублей 40 копеек {figures}, в том числе НДС 20% — 205 777-73.\n"
    )

    assert total_of(text, "invoice") == expected


def test_total_in_words_without_figures():
    text = (
        "СЧЕТ № 611 от 8 декабря 2025 г.\nПоставщик: ООО «Семена»\n"
        "В том числе НДС 10%: 1 828,18 руб.\n"
        "Всего к оплате: Двадцать тысяч сто десять рублей 00 копеек.\n"
    )

    assert total_of(text, "invoice") == "20110.00"


def test_cost_certificate_bills_reporting_period():
    text = (
        "СПРАВКА О СТОИМОСТИ ВЫПОЛНЕННЫХ РАБОТ И ЗАТРАТ № 9 от 30.11.2025\n"
        "| Наименование        | с начала работ | с начала года | за отчетный период\n"
        "| Всего работ         | 6 842 500,00   | 6 842 500,00  | 1 418 300,00\n"
        "| Сумма НДС 20%       | 1 368 500,00   | 1 368 500,00  |   283 660,00\n"
        "| Всего с учетом НДС  | 8 211 000,00   | 8 211 000,00  | 1 701 960,00\n"
    )

    assert total_of(text, "act") == "1701960.00"


def test_contract_value_for_its_term():
    text = (
        "SERVICES AGREEMENT No. 4\nThe monthly fee is EUR 10,500.00. The total value "
        "of this Agreement for its term of 12 months is EUR 126,000.00.\n"
    )

    assert total_of(text, "contract") == "126000.00"


def test_amount_of_too_many_digits_is_no_total():
    assert total_of("Итого: 999999999999999999999999999", "invoice") is None


def test_huge_line_item_checked_without_error():
    text = (
        "СЧЕТ № 1 от 01.12.2025\nНаименование   Кол-во   Цена   Сумма\n"
        "Труба   999999999999999999   999999999999999999,00   999999999999999999,00\n"
        "Всего к оплате: 999999999999999999,00\n"
    )

    fields, checks = FieldExtractor().extract(NormalizedText(text), "invoice")

    assert fields["total"]["value"] == "999999999999999999.00"
    assert any(
        check["code"] == "line_amount" and not check["passed"] for check in checks
    )
