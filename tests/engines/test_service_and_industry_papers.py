"""Papers of service firms and heavy industry: б read for 6, certificates, forms M-2,
deposits and prices with VAT, and site reports."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.text import NormalizedText

from .form_helpers import (
    BUYER_INN,
    SELLER_INN,
    SELLER_KPP,
    extract,
    parties_of,
    value_of,
)


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("УЦ-57/2б", "УЦ-57/26"),
        ("ТС-2б-0031874", "ТС-26-0031874"),
        ("КМ-2б/041", "КМ-26/041"),
        ("12б", "12б"),
        ("15/1б", "15/1б"),
        ("А-3б", "А-3б"),
        ("204/2б", "204/2б"),
    ],
)
def test_number_with_b_for_six(printed, expected):
    text = f"СЧЕТ НА ОПЛАТУ № {printed} от 31.03.2026\nПоставщик: ООО «Связь»\n"

    assert value_of(extract(text, "invoice"), "number") == expected


def test_total_with_b_for_six():
    text = (
        "СЧЕТ № 41 от 31.03.2026\n"
        "1 Доступ в интернет      18 5OO,OO\n"
        "ИТОГО К ОПЛАТЕ: 2б 8б5,OO руб.    в т.ч. НДС 22%  4 844,51\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "26865.00"


def test_house_number_with_b_stays():
    assert "д. 7б" in NormalizedText("г. Челябинск, пр. Ленина, д. 7б").text


@pytest.mark.parametrize(
    "fuel",
    ["ТОПЛИВО ДИЗЕЛЬНОЕ ЕВРО ДТ-Е-К5", "Бензин АИ-95 ЕВРО", "ДТ ЕВРО межсезонное"],
)
def test_fuel_class_euro_is_no_currency(fuel):
    text = (
        "КАССОВЫЙ ЧЕК № 118   ПРИХОД\n"
        f"1. {fuel}\n   412,60 л x 74,90     =30903,74\n"
        "ИТОГ                                   =30903,74\n"
    )

    currency = value_of(extract(text, "receipt"), "currency")

    assert currency != "EUR"


def test_certificate_number_label():
    text = (
        "СПРАВКА ОБ ОПЛАТЕ МЕДИЦИНСКИХ УСЛУГ\n\n"
        "Номер справки: 000127            Номер корректировки: 0\n"
        "Дата выдачи справки: 20.03.2026\n"
    )

    assert value_of(extract(text, "other"), "number") == "000127"


def test_form_m2_attorney_and_principal():
    text = (
        "ДОВЕРЕННОСТЬ № 94\nДата выдачи: 16.03.2026\n\n"
        "АО «Завод металлоконструкций «Опора»\n"
        f"ИНН {SELLER_INN}, КПП {SELLER_KPP}, г. Челябинск\n"
        "Плательщик: АО «Опора», р/с 40702810544000016385 в ПАО «Банк», "
        "БИК 045004774\n\n"
        "Доверенность выдана: кладовщику Зайнуллиной Рамиле Фаритовне,\n"
        "ИНН 745486205703, паспорт 75 19 482610\n"
        "На получение от: АО «Металлургический комбинат»\n"
    )

    parties = parties_of(text, "power_of_attorney")

    assert parties["principal"]["inn"] == SELLER_INN
    assert parties["attorney"]["inn"] == "745486205703"


def test_balance_due_with_letters_for_cents():
    text = (
        "COMMERCIAL INVOICE\nINVOICE NO.: HL-MT-260217   DATE: FEB 17, 2026\n"
        "SUBTOTAL GOODS: USD 558,083.00\n"
        "TOTAL CIF VLADIVOSTOK: USD 572,683.OO\n"
        "LESS DEPOSIT RECEIVED 3O%: USD l7l,8O4.9O      BALANCE DUE: USD 4OO,878.lO\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "572683.00"


def test_contract_price_including_vat_wins():
    text = (
        "EPC CONTRACT No. 14/2026\ndated 10 March 2026\n"
        "2.1. The Contract Price is RUB 412,600,000.00 excluding VAT. VAT at 22% "
        "amounts to RUB 90,772,000.00. The Contract Price including VAT\n"
        "is RUB 503,372,000.00.\n"
    )

    assert value_of(extract(text, "contract"), "total") == "503372000.00"


def test_glued_total_payable_caption():
    text = (
        "UPD No. 0512 of 12.03.2026\n"
        f"Seller: Burtekh LLC, INN {SELLER_INN}\nBuyer: Sibrud LLC, INN {BUYER_INN}\n"
        "| 5 | Nozzle set | set | 24 | 4,120.00 | 98,880.00 | 22% | 21,753.60 | "
        "120,633.60 |\n"
        "|   |Totalpayable(9) | |  |  | 98,880.00 | x | 21,753.60 | 120,633.60 |\n"
    )

    assert value_of(extract(text, "upd"), "total") == "120633.60"


def test_daily_drilling_report_is_other(engine):
    text = (
        "LLC ARCTIC BURSERVICE - DAILY DRILLING REPORT          Page 1 of 2\n"
        "Report No.: 47            Report date: 24 March 2026\n"
        "Operator: LLC NefteGazStroy     Well: 415\n"
        "Contract: 27-BR/2025 of 18 September 2025\n"
        "Progress last 24 h: 124 m\n"
        "Drilling supervisor (operator): V. K. Savin   Toolpusher (contractor): R. T. "
        "Panteleev\n"
    )

    assert engine.classify(text).document_type == "other"


def test_attorney_passport_keeps_power_of_attorney(engine):
    text = (
        "ДОВЕРЕННОСТЬ\n\nг. Казань                          «12» марта 2026 г.\n\n"
        f"ООО «Волжские Кабели» (ИНН {SELLER_INN}), в лице генерального директора\n"
        "Хабибуллина Р. И., доверяет Гарипову Айдару Ринатовичу\n"
        "Паспорт гражданина РФ\nСерия: 92 14\nНомер: 583021\n"
        "Выдан: МВД по Республике Татарстан 14.05.2014, код подразделения 160-005\n\n"
        "получать товарно-материальные ценности по договору поставки № 112/25.\n"
    )

    assert engine.classify(text).document_type == "power_of_attorney"


def test_return_date_dates_a_return_act():
    text = (
        "АКТ ВОЗВРАТА ОБОРУДОВАНИЯ № 7\nк договору аренды № 14-А от 10.01.2026\n\n"
        "Дата возврата: 27.03.2026                   г. Екатеринбург\n"
    )

    assert value_of(extract(text, "act"), "date") == "2026-03-27"


def test_lease_inclusion_with_a_grouped_amount():
    text = (
        "LEASE SCHEDULE No. 3\nDate: 4 March 2026\nMonthly rental: EUR 2,840.00\n"
        "Total of rentals under this Schedule, including the advance rental of "
        "EUR 8,520.00:\nEUR 102,240.00\nPurchase option price: EUR 1,000.00\n"
    )

    assert value_of(extract(text, "contract"), "total") == "102240.00"


def test_form_number_one_above_item_rows():
    text = (
        "АКТ ОБ ОКАЗАНИИ УСЛУГ\n"
        "| Номер документа | Дата составления |\n"
        "| 1               | 15.01.2026       |\n\n"
        "| № | Наименование              | Сумма       |\n"
        "| 1 | Разработка сайта, этап 1  | 120 000,00  |\n"
        "| 2 | Хостинг, январь 2026      |   1 500,00  |\n"
    )

    assert value_of(extract(text, "act"), "number") == "1"
