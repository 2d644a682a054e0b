"""Fields of phone photos and poor scans whose figures, dates and marks OCR damaged."""

import pytest

from ai_agents.engines.ocr_repairs import repair_digit_tokens
from ai_agents.engines.text import fold

from .form_helpers import (
    BUYER_INN,
    BUYER_KPP,
    SELLER_INN,
    SELLER_KPP,
    extract,
    parties_of,
    value_of,
)

HOTEL_FOLIO = """\
      HOTEL NILUFER PARK BURSA
  Fevzi Cakmak Cad. No: 4l, Osmangazi / BURSA
  -------------------------------------------
  GUEST FOLIO / FATURA        No: OO482l7
  Guest: Mr. PETROV IVAN             Room: 4l2
  Arrival: lO.O3.2O26    Departure: l4.O3.2O26
  -------------------------------------------
  Date        Description             TRY
  lO.O3.2O26  Room charge          2.45O,OO
  ll.O3.2O26  Room charge          2.45O,OO
  -------------------------------------------
  TOTAL                    4.9OO,OO TL
"""


def test_folio_number_not_street_number():
    fields = extract(HOTEL_FOLIO, "receipt")

    assert value_of(fields, "number") == "0048217"
    assert value_of(fields, "total") == "4900.00"


def test_lira_read_from_tl_after_the_total():
    fields = extract(
        HOTEL_FOLIO.replace("Description             TRY", "Amount"), "receipt"
    )

    assert value_of(fields, "currency") == "TRY"


def test_lira_read_from_try_closing_a_caption_row():
    fields = extract(HOTEL_FOLIO.replace("4.9OO,OO TL", "4.9OO,OO"), "receipt")

    assert value_of(fields, "currency") == "TRY"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("PLEASE COME AND TRY", id="verb-at-line-end"),
        pytest.param("Room service  TRY AGAIN", id="verb-after-a-gap"),
    ],
)
def test_try_as_a_word_names_no_currency(line):
    text = f"RECEIPT No. 55\n{line}\nTOTAL 4.900,00\n"

    assert value_of(extract(text, "receipt"), "currency") != "TRY"


def test_lower_case_tl_no_currency():
    text = "RECEIPT No. 55\nCable 12.50 tl 3\nTOTAL 4.900,00\n"

    assert value_of(extract(text, "receipt"), "currency") != "TRY"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("oт 1б мapтa 2O2б г.", "oт 16 мapтa 2026 г.", id="b-and-o"),
        pytest.param("«l8» марта 2O26", "«18» марта 2026", id="quoted-day"),
        pytest.param("5 Nov 2Ol9", "5 nov 2019", id="english-month"),
    ],
)
def test_worded_date_digits_repaired(text, expected):
    assert repair_digit_tokens(fold(text)) == fold(expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("lo марта oooo", id="letters-only"),
        pytest.param("1б штук 2O2б", id="not-a-month"),
        pytest.param("1б марта", id="no-year"),
    ],
)
def test_worded_date_few_digits_unchanged(text):
    folded = fold(text)

    assert repair_digit_tokens(folded) == folded


def test_invoice_dated_by_a_damaged_worded_date():
    text = (
        "СЧЕТ НА ОПЛАТУ № 214\n"
        "oт 1б мapтa 2O2б г.\n"
        "Договор № 14 от 20.02.2026\n"
        "Итого к оплате: 1 000,00 руб.\n"
    )

    assert value_of(extract(text, "invoice"), "date") == "2026-03-16"


TIMBER_INVOICE = """\
ИП Шестаков Павел Игоревич
ИНН 434523194816

            С ч е т   № 28
      от 10 марта 2026 г.

 N | Товар                 | Ед. | Кол-во | Цена      | Сумма
 1 | Доска обрезная        | м3  | 14,6   | 11 800,00 | 172 280,00
 2 | Брус сосна            | м3  |  6,2   | 14 250,00 |  88 350,00
 3 | Погрузка              | усл |  1     |  6 500,00 |   6 500,00

 Итого к оплате: {figures}
 Сумма прописью: {words}
"""
WORDS_267130 = "Двести шестьдесят семь тысяч сто тридцать рублей 00 копеек"


def test_damaged_figures_read_by_words():
    text = TIMBER_INVOICE.format(figures="26/ 1ЗO pyб. OO к", words=WORDS_267130)

    total = extract(text, "invoice")["total"]

    assert total["value"] == "267130.00"
    assert total["raw"].startswith("26/ 1ЗO")


def test_damaged_figures_kept_when_words_differ():
    words = "Двести шестьдесят восемь тысяч сто тридцать рублей 00 копеек"
    text = TIMBER_INVOICE.format(figures="26/ 1ЗO pyб. OO к", words=words)

    assert value_of(extract(text, "invoice"), "total") != "267130.00"


def test_clean_figures_kept_beside_other_words():
    words = "Двести шестьдесят восемь тысяч сто тридцать рублей 00 копеек"
    text = TIMBER_INVOICE.format(figures="267 130,00 руб.", words=words)

    assert value_of(extract(text, "invoice"), "total") == "267130.00"


COMMISSIONING = """\
      COMMISSIONING ACCEPTANCE CERTIFICATE  No. JR-CC-2026-014
      Date: 2026-03-27
Contract: No. JR-UMK-2025-09 dated 2025-10-14 (CNC plasma cutting machine,
          contract price USD 186,400.00, paid in full)
 | Service                     | Amount USD |
 | Installation and alignment  |  5,200.00  |
 | Operator training           |  7,600.00  |
   TOTAL VALUE OF SERVICES ACCEPTED:           USD  12,800.00
"""


def test_total_value_of_services_accepted():
    assert value_of(extract(COMMISSIONING, "act"), "total") == "12800.00"


def test_passport_series_with_b_for_six():
    text = (
        "ПАСПОРТ\nДата выдачи 21.09.2006   Код подразделения 442-001\n"
        "Личная подпись ______          34 Oб\n"
        "                               5l82O4\n"
        "Фамилия БЕЛОВ\n"
    )

    fields = extract(text, "passport")

    assert value_of(fields, "series") == "3406"
    assert value_of(fields, "number") == "518204"


@pytest.mark.parametrize(
    ("line", "total", "currency"),
    [
        pytest.param("Total: 1529623.50RUB", "1529623.50", "RUB", id="rub"),
        pytest.param("Total: 2,400.00USD", "2400.00", "USD", id="usd"),
    ],
)
def test_currency_code_printed_against_the_total(line, total, currency):
    text = f"Acceptance Certificate No. 3359\nDate: Jul 13, 2018\n{line}\n"

    fields = extract(text, "act")

    assert value_of(fields, "total") == total
    assert value_of(fields, "currency") == currency


def test_code_glued_to_whole_number_ignored():
    text = "Acceptance Certificate No. 3359\nPart 1200RUB-7\nTotal: 5.00\n"

    assert value_of(extract(text, "act"), "total") == "5.00"


SPLIT_TOTAL_UPD = """\
Счёт-фактура № 2022-7104 от 10 июля 2020 г.
№ Товар Кол. Цена Сумма
1  Перчатки нитриловые, уп.  4  шт  63 000.00  252 000,00
2  Лента упаковочная 48 мм  10  шт  81613.00  816130.00
3  Кабель ВВГнг 3х2,5  27  шт 27 586.50  {third}
Всего к оплате: 1  812 965,50  302 160,92
"""


def test_split_total_joined_by_rows():
    total = extract(SPLIT_TOTAL_UPD.format(third="744 835,50"), "upd")["total"]

    assert total["value"] == "1812965.50"
    assert total["raw"] == "1  812 965,50"


def test_split_total_kept_when_rows_differ():
    text = SPLIT_TOTAL_UPD.format(third="744 836,50")

    assert value_of(extract(text, "upd"), "total") == "812965.50"


def test_kpp_label_printed_against_the_inn():
    text = (
        "ТОВАРНАЯ НАКЛАДНАЯ № 3815 от 27.07.2020\n"
        f"Поставщик: ООО «Промпроект» ИНН {SELLER_INN}КПП {SELLER_KPP}\n"
        f"Плательщик: ПАО «Стройсистем» ИНН {BUYER_INN} КПП {BUYER_KPP}\n"
    )

    parties = parties_of(text, "waybill")

    assert parties["seller"]["kpp"] == SELLER_KPP
    assert parties["buyer"]["kpp"] == BUYER_KPP


def test_year_glued_to_time():
    text = "CASH RECEIPT\nReceipt No. 27392\nAugust 16, 201815:00\nTOTAL USD 30.00\n"

    assert value_of(extract(text, "receipt"), "date") == "2018-08-16"


def test_year_glued_to_digits_no_date():
    text = "CASH RECEIPT\nReceipt No. 27392\nAugust 16, 2018155\nTOTAL USD 30.00\n"

    assert value_of(extract(text, "receipt"), "date") is None
