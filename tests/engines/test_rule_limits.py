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


def test_prose_dollars_keep_roubles():
    text = (
        "ДОГОВОР ПОСТАВКИ № 14/25\n"
        "1.1. Поставщик поставляет оборудование, закупленное им по контракту на сумму "
        "40 000 долларов США.\n"
        "2.1. Общая стоимость договора составляет 3 600 000,00 (три миллиона шестьсот "
        "тысяч).\n"
        "2.2. Расчеты производятся в российских рублях. Курс долларов США к цене не "
        "применяется.\n"
        "Поставщик: ООО «Альфа», ИНН 5406128730, КПП 540601001\n"
    )

    assert value_of(extract(text, "contract"), "currency") == "RUB"


def test_capital_try_in_note_not_lira():
    text = (
        "INVOICE No. 2025-118\nTOTAL: 1,200.00\n"
        "NOTES: PLEASE TRY TO QUOTE THE INVOICE NUMBER.\nAll prices in GBP.\n"
    )

    assert value_of(extract(text, "invoice"), "currency") == "GBP"


def test_page_column_not_title_column():
    text = (
        "INVOICE                             Page 1 of 1\n"
        "Delivery Note No. DN-5521           Invoice No. 2025-0077\n"
        "Date: 14.11.2025\nTOTAL EUR 3,400.00\n"
    )

    assert value_of(extract(text, "invoice"), "number") == "2025-0077"


def test_unnumbered_contract_on_title_line():
    text = (
        "Счет на оплату по договору № б/н от 12.01.2024\n"
        "Дата счета: 15.11.2025\nИтого: 3 500,00 руб.\n"
    )

    assert value_of(extract(text, "invoice"), "date") == "2025-11-15"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "ПАО «Ростелеком» Макрорегиональный филиал «Сибирь»",
            "ПАО «Ростелеком» Макрорегиональный филиал «Сибирь»",
        ),
        ("ООО «Торговый Дом» Северо-Запад", "ООО «Торговый Дом» Северо-Запад"),
    ],
)
def test_name_goes_on_after_quote(line, name):
    text = f"СЧЕТ № 621 от 18.11.2025\nПоставщик: {line}, ИНН 5406128730\n"

    assert parties_of(text, "invoice")["seller"]["name"] == name


@pytest.mark.parametrize("number", ["17-З-2025", "45/О/2025"])
def test_letter_group_of_number_stays(number):
    text = f"СЧЕТ № {number} от 18.11.2025\nИтого: 1 000,00 руб.\n"

    assert value_of(extract(text, "invoice"), "number") == number


def test_bank_block_not_recipient():
    text = (
        "ООО «Альфа»\nИНН 5406128730 КПП 540601001\n\n"
        "ПАО «Сибирский Банк»\nБИК 045004774\nр/с 40702810544000016385\n\n"
        "СЧЕТ № 45 от 14.11.2025\nИтого: 3 500,00 руб.\n"
    )

    assert "buyer" not in parties_of(text, "invoice")


def test_refund_bank_in_next_clause_not_owners():
    text = (
        "ДОГОВОР ПОСТАВКИ № 31\n"
        "4.1. Покупатель оплачивает товар на счет Поставщика № 40702810544000016385.\n"
        "4.2. Возврат сумм производится на счет в ПАО «Банк», БИК 044030790.\n"
    )

    assert "bik" not in parties_of(text, "contract").get("seller", {})


def test_prose_after_gap_not_party_block():
    text = (
        "АКТ СВЕРКИ ВЗАИМНЫХ РАСЧЕТОВ\nмежду ООО «Альфа» и ООО «Бета»\n"
        "Задолженность в пользу ООО «Альфа» 10 000,00 руб.\n"
        "ООО «Бета»   по поручению ООО «Гамма», ИНН 7701234564, КПП 770101001\n\n"
        "ООО «Альфа», ИНН 5406128730, КПП 540601001\n"
        "ООО «Бета», ИНН 7814392053, КПП 781401001\n"
    )

    assert parties_of(text, "act")["buyer"]["inn"] == "7814392053"


def test_agency_contract_client_not_buyer():
    text = (
        "АГЕНТСКИЙ ДОГОВОР № 12-А\n"
        "Клиент: лицо, заключившее договор с Принципалом при посредничестве Агента.\n"
        "Принципал: ООО «Альфа», ИНН 5406128730, КПП 540601001\n"
    )

    assert "buyer" not in parties_of(text, "contract")


@pytest.mark.parametrize(
    "heading", ["ВОЗВРАТ ПРИХОДА", "MERCHANT COPY", "Кассир Петрова А.А."]
)
def test_receipt_heading_not_store_name(heading):
    text = f"{heading}\nООО «Ромашка»\nИНН 7814392053\nИТОГ =45,00\n"

    assert parties_of(text, "receipt")["seller"]["name"] == "ООО «Ромашка»"


def test_kpp_before_account_label_not_total():
    text = (
        "АКТ № 5 от 30.09.2025\nИсполнитель: ООО «Альфа-Снаб»\n"
        "ИНН 5001007329 КПП 500101001\nр/с 40702810490000012345\n"
    )

    assert value_of(extract(text, "act"), "total") is None


def test_zero_balance_not_total():
    text = (
        "GUEST FOLIO                     Folio No. 55102\n"
        "Total charges                            458.50\n"
        "Balance due                                0.00\n"
        "All amounts in EUR, VAT included.\n"
    )

    assert value_of(extract(text, "receipt"), "total") == "458.50"


def test_column_unit_outweighs_rouble_payment_clause():
    text = (
        "Счет № 77 от 05.11.2025\nУслуги перевода. Сумма, EUR: 1 920,00\n"
        "Итого: 1 920,00\n"
        "Сумма к оплате пересчитывается в российских рублях по курсу ЦБ РФ.\n"
    )

    assert value_of(extract(text, "invoice"), "currency") == "EUR"


def test_exchange_rate_pair_names_no_currency():
    text = (
        "INVOICE No. IST-5521\nRate EUR/TRY 36.12 for customs value only.\n"
        "Total                                    7,800.00\n"
    )

    assert value_of(extract(text, "invoice"), "currency") is None


@pytest.mark.parametrize(
    "store", ["TERMINAL COFFEE BAR", "CUSTOMER FIRST PHARMACY", "SLIPWAY CHANDLERY"]
)
def test_store_name_opening_with_heading_word(store):
    text = f"{store}\n12 Quay Street, Bristol\nTOTAL             GBP 4.38\n"

    assert parties_of(text, "receipt")["seller"]["name"] == store


def test_roubles_per_month_stay_roubles():
    text = "СЧЕТ № 45 от 01.11.2025\nАренда офиса: 35 000 р/мес\nИтого: 35 000 р/мес\n"

    assert value_of(extract(text, "invoice"), "currency") == "RUB"


def test_full_discount_keeps_zero_total():
    text = (
        "СЧЕТ № 640 от 19.11.2025\nСумма: 24 000,00 руб.\nСкидка 100%: 24 000,00 руб.\n"
        "Итого к оплате: 0,00 руб.\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "0.00"


def test_bank_name_wrapped_after_town_keeps_owner():
    text = (
        "ДОГОВОР № 88\n"
        "4.1. Оплата на счет Поставщика № 40702810400000012345 в ПАО Сбербанк г.\n"
        "Москва, БИК 044525225.\n"
    )

    assert parties_of(text, "contract")["seller"]["bik"] == "044525225"


@pytest.mark.parametrize(
    "heading",
    ["ESTIMATE No. EST-2025-0415", "CERTIFICATE OF INSPECTION", "ЛОКАЛЬНАЯ СМЕТА № 12"],
)
def test_offer_and_inspection_papers_are_other(engine, heading):
    text = (
        "HARTLEY & BROOKS BUILDING SERVICES LTD\nLeeds LS11 5QR\n"
        f"{heading}\n"
        "Item  Description                     Qty   Rate, £      Amount, £\n"
        "1     Stud partitions                  42     68.00      2,856.00\n"
        "2     Suspended ceiling                86     39.50      3,397.00\n"
        "Total                                                  6,253.00\n"
    )

    assert engine.classify(text).document_type == "other"
