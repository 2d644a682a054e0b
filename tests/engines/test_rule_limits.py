"""Where the layout, money and currency rules stop: texts that look like a header
grid, a VAT column, an e-mail cover, a stamp, a ledger row or a foreign currency
sign, and are not."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.parsing import parse_date

from .form_helpers import extract, parties_of, value_of


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def test_email_subject_numbers_invoice_in_body():
    text = (
        "From: Billing <billing@example.org>\n"
        "To: Payables <ap@example.net>\n"
        "Date: 12.03.2025\n"
        "Subject: Invoice No. 5714\n\n"
        "This invoice replaces Invoice No. 5698 of 03.03.2025.\n"
        "Bill to: Riverbend Foods Ltd\n"
        "Total                                          GBP 3,750.00\n"
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "number") == "5714"
    assert value_of(fields, "date") == "2025-03-12"


def test_email_letter_keeps_header_date():
    text = (
        "From: Olga Brandt <o.brandt@example.org>\n"
        "To: Team <team@example.org>\n"
        "Date: 11.03.2025\n"
        "Subject: Office move\n\n"
        "The office moves on 28.03.2025. Please pack by 20.03.2025.\n"
    )

    assert value_of(extract(text, "letter"), "date") == "2025-03-11"


def test_monthly_and_contract_sums_not_vat():
    text = (
        "Счет на оплату № 31 от 03.03.2025\n"
        "Наименование                    Сумма за месяц    Сумма по договору\n"
        "Аренда офиса № 12               50 000,00         300 000,00\n"
        "Итого к оплате:                 50 000,00         300 000,00\n"
        "Без налога (НДС)\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "50000.00"


def test_second_currency_not_vat():
    text = (
        "INVOICE No. 2025/118\n"
        "Item          | VAT      | Amount\n"
        "Cutter set    | 0.00     | EUR 1,000.00\n"
        "Total                EUR 1,000.00     SEK 11,000.00\n"
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "total") == "1000.00"
    assert value_of(fields, "currency") == "EUR"


def test_grid_of_cited_contract_not_header():
    text = (
        "СЧЕТ НА ОПЛАТУ\n"
        "Договор   | Дата договора | Сумма\n"
        "П-204     | 03.02.2025    | 1 200 000,00\n\n"
        "Предоплата 30% по договору П-204                      360 000,00\n"
        "Итого к оплате: 360 000,00 руб.\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "360000.00"


def test_grid_contract_number_not_invoice_number():
    text = (
        "INVOICE\n"
        "Contract No.   |   Date         |   Currency\n"
        "HC-2024/17     |   02.09.2024   |   EUR\n"
        "Total                                          EUR 5,200.00\n"
    )

    assert value_of(extract(text, "invoice"), "number") is None


def test_acceptance_protocol_mentions_keep_contract(engine):
    text = (
        "SOFTWARE DEVELOPMENT AGREEMENT No. SD-2025/04\n"
        "Riga, 03.03.2025\n"
        "1. Each stage is handed over under an Acceptance Protocol.\n"
        "2. The Customer shall sign the Acceptance Protocol within five days.\n"
        "3. An unsigned Acceptance Protocol is deemed signed after that term.\n"
        "4. The price of the works is EUR 48,000.00.\n"
    )

    assert engine.classify(text).document_type == "contract"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "ARRIVAL NOTICE No. AN-2025-0412 dated 14.03.2025\n"
            "Collect the cargo by 21.03.2025.\n",
            "2025-03-14",
        ),
        (
            "ЗАЯВКА НА ЗАЕЗД ГРУППЫ № 34 от 05.03.2025\nЗаезд 12.03.2025\n",
            "2025-03-05",
        ),
    ],
)
def test_arrival_in_title_not_stay_date(text, date):
    assert value_of(extract(text, "other"), "date") == date


def test_printed_page_header_keeps_title_number():
    text = (
        "18.03.2025 Счет на оплату № 57 от 18.03.2025\n"
        "Поставщик: ООО «Гранит-Сервис»\n"
        "Всего к оплате: 50 000,00 руб.\n"
    )

    assert value_of(extract(text, "invoice"), "number") == "57"


def test_quoted_caption_with_colon_heads_block():
    text = (
        "ДОГОВОР ПОСТАВКИ № 45-П\n"
        "Реквизиты сторон:\n"
        '"Поставщик":                                "Покупатель":\n'
        'ООО "Альтаир"                               ООО "Бриз"\n'
        "ИНН 5406128730, КПП 540601001               ИНН 7814392053, КПП 781401001\n"
    )

    parties = parties_of(text, "contract")

    assert parties["seller"]["inn"] == "5406128730"
    assert parties["buyer"]["inn"] == "7814392053"


def test_passport_value_left_under_caption_row():
    text = (
        "Паспорт гражданина Российской Федерации\n"
        "Пол МУЖ.    Дата рождения 03.02.1985    Место рождения\n"
        "ГОР. ПЕРМЬ\n"
    )

    assert value_of(extract(text, "passport"), "birth_place") == "ГОР. ПЕРМЬ"


def test_cited_declaration_number_not_own():
    text = (
        "СПРАВКА\nо подтверждении выпуска товаров\n"
        "Товары по декларации на товары 10216100/140325/3012345 выпущены"
        " 17.03.2025.\n"
    )

    assert value_of(extract(text, "other"), "number") is None


@pytest.mark.parametrize(
    "text",
    [
        "INVOICE No. 4410\n| Seller | Harborline Ltd |\n| Buyer  | Meridian BV |\n"
        "Epoxy primer EP-2                              EUR 5,200.00\n",
        "INVOICE No. 6021\nBuyer       12 Quay Street, Hull, Riverbend Foods Ltd\n"
        "Bearings 6204-2RS, 500 pcs                     GBP 1,250.00\n",
    ],
)
def test_goods_line_never_buyer_name(text):
    buyer = parties_of(text, "invoice").get("buyer", {})

    assert "Epoxy" not in buyer.get("name", "")
    assert "Bearings" not in buyer.get("name", "")


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Tokyo office\nCurrency: CNY\nTOTAL ¥12,400.00\n", "CNY"),
        ("Bank charges in INR are for the client.\nTOTAL $1,000.00\n", "USD"),
        ("Oslo branch\nAll amounts in Swedish kronor.\nTotal 1 310 kr\n", "SEK"),
        ("Drill bits, price band 10-25$ per set\nTotal 1,000.00\n", "USD"),
    ],
)
def test_named_currency_beats_region(text, currency):
    assert value_of(extract(text, "invoice"), "currency") == currency


def test_korea_country_code_not_krona():
    text = "Seoul 06236 KR\nINVOICE No. 77\nTotal 1,000.00\n"

    assert value_of(extract(text, "invoice"), "currency") is None


def test_kilograms_read_as_kr_not_krona():
    text = "Упаковочный лист № 5\nПерчатки нитриловые   40 уп   24,0 kr\n"

    assert value_of(extract(text, "packing_list"), "currency") is None


@pytest.mark.parametrize(
    ("raw", "iso"), [("18.03.2625", "2025-03-18"), ("18.03.2925", "2025-03-18")]
)
def test_year_zero_misread(raw, iso):
    assert parse_date(raw).value.isoformat() == iso
