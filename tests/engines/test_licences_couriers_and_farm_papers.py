"""Sublicences and made-to-order contracts, a courier's waybill, statements of work
and of payouts, warehouse and veterinary papers, lease totals, totals rows damaged
by OCR, places of two parties, and powers of attorney that name a third company."""

import pytest

from ai_agents.engines import get_engine

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

# Another valid INN for a third company.
THIRD_INN = "7604787785"


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def _two_party_contract(seller_word: str, buyer_word: str) -> str:
    return (
        "ДОГОВОР № СЛД-26/041\n"
        "г. Казань                                               02 марта 2026 г.\n\n"
        f"ООО «Верстак Софт» ({seller_word}), в лице директора Гарипова Р. Ф., и\n"
        f"ООО «ПиксельБот» ({buyer_word}), в лице директора Орлова М. С., заключили "
        "договор.\n\n"
        "1. Цена договора — 939 600,00 руб.\n\n"
        "Реквизиты сторон\n"
        f"{seller_word}: ООО «Верстак Софт»          {buyer_word}: ООО «ПиксельБот»\n"
        f"ИНН {SELLER_INN}, КПП {SELLER_KPP}          ИНН {BUYER_INN}, "
        f"КПП {BUYER_KPP}\n"
    )


@pytest.mark.parametrize(
    ("seller_word", "buyer_word"),
    [("Сублицензиар", "Сублицензиат"), ("Изготовитель", "Заказчик")],
)
def test_sublicensor_and_maker_sell(seller_word, buyer_word):
    parties = parties_of(_two_party_contract(seller_word, buyer_word), "contract")

    assert parties["seller"]["inn"] == SELLER_INN
    assert parties["buyer"]["inn"] == BUYER_INN


COURIER_WAYBILL = (
    "ООО «СкороКур» — курьерская служба                     НАКЛАДНАЯ № СК-0418527\n"
    f"ИНН {THIRD_INN}, КПП 760401001                                   от 27.03.2026\n"
    "Трек-номер: SK260327418527RU\n\n"
    "ОТПРАВИТЕЛЬ\n"
    f"ООО «Полезный Гаджет», ИНН {SELLER_INN}, КПП {SELLER_KPP}\n"
    "Договор № СК-ДУ/2024-0415 от 15.07.2024, заказ интернет-магазина № GD-26-88153\n\n"
    "ПОЛУЧАТЕЛЬ\n"
    "Соколова Виктория Андреевна, +7 916 203-48-71\n\n"
    "Объявленная ценность: 12 990,00 руб.\n"
)


def test_courier_waybill_titled_in_right_column(engine):
    assert engine.classify(COURIER_WAYBILL).document_type == "waybill"


def test_courier_letterhead_is_carrier():
    parties = parties_of(COURIER_WAYBILL, "waybill")

    assert parties["carrier"]["inn"] == THIRD_INN
    assert parties["shipper"]["inn"] == SELLER_INN
    assert "inn" not in parties.get("consignee", {})


def test_caption_under_its_block_still_reads_above():
    text = (
        "ТОВАРНАЯ НАКЛАДНАЯ № 12 от 01.03.2026\n"
        f"ООО «Ромашка», ИНН {SELLER_INN}, КПП {SELLER_KPP}\n"
        "ГРУЗООТПРАВИТЕЛЬ\n"
        f"ООО «Лютик», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
        "ГРУЗОПОЛУЧАТЕЛЬ\n"
    )

    parties = parties_of(text, "waybill")

    assert parties["shipper"]["inn"] == SELLER_INN
    assert parties["consignee"]["inn"] == BUYER_INN


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "                 STATEMENT OF WORK No. KS-SOW-04\n"
            "   under Master Services Agreement No. MSA-2025/11 dated 15 October 2025\n"
            "Date: 12 January 2026\n1. Scope\nQA and test automation.\n"
            "4. Fees\n4.1. Fixed fee for the term: USD 29,580.00.\n",
            "contract",
        ),
        (
            "APPVALE STORE - PAYMENT STATEMENT\n"
            "Statement No.:      APV-PS-2603-558214\n"
            "Statement date:     2 April 2026\n"
            "| Region | Units | Gross sales | Net proceeds |\n"
            "| Total  | 2,284 |   11,420.00 |     7,842.16 |\n"
            "This statement is not a tax invoice.\n",
            "other",
        ),
        (
            "ООО «БОБРОВСКИЙ ЭЛЕВАТОР»   ИНН 3602939234   КПП 360201001\n"
            "                 СКЛАДСКАЯ КВИТАНЦИЯ № 318\n"
            "                 ДАТА ВЫДАЧИ 24.09.2025\n"
            "ДОГОВОР ХРАНЕНИЯ № Х-27/25 ОТ 01.09.2025\n"
            "ПРИНЯТО НА ХРАНЕНИЕ: ПШЕНИЦА МЯГКАЯ 3 КЛАССА\n"
            "ЗАЧЕТНЫЙ ВЕС            524 912 КГ\n",
            "other",
        ),
    ],
)
def test_statements_and_receipts_outside_types(engine, text, code):
    assert engine.classify(text).document_type == code


def test_fixed_fee_of_statement_of_work():
    text = (
        "STATEMENT OF WORK No. KS-SOW-04\nDate: 12 January 2026\n"
        "4.1. Fixed fee for the term: USD 29,580.00 (twenty-nine thousand five "
        "hundred eighty US dollars),\ninvoiced in three monthly instalments of "
        "USD 9,860.00.\n"
    )

    assert value_of(extract(text, "contract"), "total") == "29580.00"


def test_lease_total_after_bracketed_contents():
    text = (
        "ДОГОВОР ФИНАНСОВОЙ АРЕНДЫ (ЛИЗИНГА) № ЛЗ-26/0347\n"
        "г. Москва                                               10 марта 2026 г.\n"
        "2. Стоимость предмета лизинга: 24 631 800,00 руб., в т.ч. НДС 22%.\n"
        "4. Авансовый платеж 20% стоимости - 4 926 360,00 руб.\n"
        "5. Общая сумма договора лизинга (лизинговые платежи, включая аванс и "
        "выкупную цену):\n"
        "   31 482 420,00 руб., в т.ч. НДС 22% 5 677 157,70 руб.\n"
    )

    assert value_of(extract(text, "contract"), "total") == "31482420.00"


def test_total_invoice_value_before_balance():
    text = (
        "COMMERCIAL INVOICE No. CGE-EX-26/014\nDate: April 10, 2026\n"
        "Total invoice value, FOB Novorossiysk:                    USD 7,557,521.16\n"
        "Less advance received on March 12, 2026:                  USD   745,500.00\n"
        "Balance due by April 20, 2026:                            USD 6,812,021.16\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "7557521.16"


def test_rest_after_advance_is_no_total():
    text = (
        "Счет-фактура № ДБ-0154 от 08.04.2026\n"
        "| Товар | Без НДС    | НДС        | С НДС        |\n"
        "| Стол  | 976 200,00 | 214 764,00 | 1 190 964,00 |\n"
        "|       | Всего к оплате (9) | 976 200,00 | 214 764,00 | 1 190 964,00 |\n\n"
        "Остаток к оплате с учетом аванса 595 482,00 руб. — в течение 5 дней.\n"
    )

    assert value_of(extract(text, "upd"), "total") == "1190964.00"


def test_letter_numbered_by_our_reference():
    text = (
        "VELDHOVEN ZADEN B.V.\n\n"
        "Our ref.: VZ/EXP/2026-041                        Enkhuizen, 23 March 2026\n"
        "Your ref.: order No. 4 of 2 March 2026\n\n"
        "Dear Mr. Kolesnikov,\n\nThank you for your payment.\n"
    )

    fields = extract(text, "letter")

    assert value_of(fields, "number") == "VZ/EXP/2026-041"
    assert value_of(fields, "date") == "2026-03-23"


@pytest.mark.parametrize(
    ("text", "number", "date"),
    [
        (
            "ФГИС «ВетИС» - компонент «Меркурий»\n"
            "         ВЕТЕРИНАРНОЕ СВИДЕТЕЛЬСТВО (форма № 2)\n\n"
            "Номер ВСД:        9284157306        Дата оформления: 09.04.2026 16:05\n"
            "Транспортный документ: товарно-транспортная накладная № МК-1187 от "
            "09.04.2026\n",
            "9284157306",
            "2026-04-09",
        ),
        (
            "      ВЫПИСКА ИЗ ЭЛЕКТРОННОГО ПАСПОРТА ТРАНСПОРТНОГО СРЕДСТВА\n\n"
            "Номер электронного паспорта:              164301047319262\n"
            "Дата оформления электронного паспорта:    19.02.2026\n"
            "Дата и время формирования выписки:        27.03.2026 14:18\n"
            "Идентификационный номер (VIN):            XTAGFL114T0419263\n"
            "Документ, подтверждающий соответствие:    ОТТС № ЕАЭС RU Е-RU.МТ02.00417 "
            "от 14.11.2025\n",
            "164301047319262",
            "2026-02-19",
        ),
    ],
)
def test_register_record_number_and_date(text, number, date):
    fields = extract(text, "other")

    assert value_of(fields, "number") == number
    assert value_of(fields, "date") == date


def test_accepted_milestone_value_and_two_places():
    text = (
        "                 CERTIFICATE OF ACCEPTANCE No. KS-ACC-02\n"
        "       Milestone 2 under Software Development Agreement No. KS-VS/2025-08\n"
        "                          dated 3 November 2025\n\n"
        "Kazan / Novi Sad                                           13 March 2026\n\n"
        "3. The value of the accepted Milestone 2 is EUR 18,400.00.\n"
        "4. Agreement value: EUR 55,200.00. Paid to date: EUR 16,800.00.\n"
    )

    fields = extract(text, "act")

    assert value_of(fields, "total") == "18400.00"
    assert value_of(fields, "date") == "2026-03-13"


def test_expiry_caption_is_no_place():
    text = (
        "CERTIFICATE OF ACCEPTANCE No. KS-ACC-02\n"
        "Moscow, 10 March 2026\n"
        "Expiry                                   13 March 2027\n"
    )

    assert value_of(extract(text, "act"), "date") == "2026-03-10"


def test_damaged_totals_row_read_by_words():
    text = (
        "Счет-фактура № ТП-26-0331 от 31.03.2026\n"
        "| № | Наименование | Без НДС    | Ставка | НДС        | С НДС      |\n"
        "| 1 | Услуги       | 422 785,17 | 22%    |  93 012,33 | 515 797,50 |\n"
        "|   | Всего к оплате (9) | 422 785,17 | xX | 93. 012,33 | 515 797,50 |\n\n"
        "Сумма прописью: Пятьсот пятнадцать тысяч семьсот девяносто семь рублей "
        "50 копеек.\n"
    )

    assert value_of(extract(text, "upd"), "total") == "515797.50"


def test_column_number_before_stray_letters():
    text = (
        "UNIVERSAL TRANSFER DOCUMENT (UPD)\nInvoice No. SL-0419 dated 03.04.2026\n"
        "| Goods | Excl. VAT | VAT 22% | Total |\n"
        "| Total payable (9)    ae    ee  | 9,491,200.00 | 2,088,064.00 | "
        "11,579,264.00 |\n"
        "Advance paid: RUB 3,473,779.20 (30%).\n"
    )

    assert value_of(extract(text, "upd"), "total") == "11579264.00"


def test_date_of_invoice_caption():
    text = (
        "INVOICE No. KS-2026-031\nPayment due:    30 March 2026\n"
        "Date of invoice: 16 March 2026\nTOTAL DUE: EUR 18,400.00\n"
    )

    assert value_of(extract(text, "invoice"), "date") == "2026-03-16"


def test_swift_tag_with_misread_colon(engine):
    text = (
        "Outgoing SWIFT message - customer credit transfer (MT103)\n"
        ":20:Sender's Reference\nKFH260318-02\n"
        "-32A:Value Date/Currency/Interbank Settled Amount\n260318EUR46830,00\n"
        ":50K:Ordering Customer\n/40802978433732425946\n"
        ":59:Beneficiary Customer\n/NL12ZLBK0872507845\nVELDHOVEN ZADEN B.V.\n"
    )

    assert engine.classify(text).document_type == "payment_order"


def _power(powers: str) -> str:
    return (
        "ДОВЕРЕННОСТЬ № 17\n\nг. Москва                                «06» апреля "
        "2026 г.\n\n"
        f"ООО «ПиксельБот», ИНН {BUYER_INN}, КПП {BUYER_KPP},\n"
        f"р/с {ACCOUNT} в АО «Банк», БИК {BANK_BIK},\n"
        "в лице генерального директора Орлова М. С., действующего на основании "
        "Устава,\n\n"
        "уполномочивает офис-менеджера Белову Ирину Андреевну\n"
        "(паспорт 45 20 318457, выдан ГУ МВД России по г. Москве 11.08.2020)\n\n"
        f"{powers}\n"
    )


@pytest.mark.parametrize(
    "powers",
    [
        f"1) принять от ООО «Дубрава Офис» (ИНН {SELLER_INN}) офисную мебель;",
        "получить от ИП Колесникова А. В. на ООО «Бобровский элеватор» "
        f"(ИНН {SELLER_INN},\nг. Бобров) пшеницу 3 класса.",
    ],
)
def test_company_among_powers_is_no_attorney(powers):
    parties = parties_of(_power(powers), "power_of_attorney")

    assert parties["principal"]["inn"] == BUYER_INN
    assert "inn" not in parties.get("attorney", {})
