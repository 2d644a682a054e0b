"""Document types in layouts that real printouts use: centred titles, references to
other documents, letters with their own titles, statements and bills without one."""

import pytest

from ai_agents.engines import get_engine


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def test_centred_title_beats_a_referenced_invoice(engine):
    text = (
        "                 ООО «Северный склад», ИНН 7707083893\n\n"
        "                        УПАКОВОЧНЫЙ ЛИСТ\n"
        "                     № 14 от 3 мая 2024 г.\n"
        "Получатель: ООО «Вектор»\n"
        "Счет № 88 от 28.04.2024\n"
        "Место   Наименование        Нетто, кг   Брутто, кг\n"
        "1       Краска фасадная     250         262\n"
    )

    assert engine.classify(text).document_type == "packing_list"


def test_referenced_contract_is_not_a_title(engine):
    text = (
        "Универсальный    Счет-фактура № 12 от 2 мая 2024 г.          (1)\n"
        "передаточный     Исправление № -- от --                      (1а)\n"
        "документ         Продавец: ООО «Кабельный двор»              (2)\n"
        "Статус: 1        ИНН/КПП продавца: 7707083893/773601001       (2б)\n"
        "                 Идентификатор государственного контракта, договора "
        "(соглашения) --   (8)\n"
        "Товар (груз) передал          Товар (груз) получил\n"
    )

    assert engine.classify(text).document_type == "upd"


def test_contract_title_still_counts_at_line_start(engine):
    text = (
        "ДОГОВОР ПОСТАВКИ № 7-П\n"
        "г. Тверь                                   10 июня 2024 г.\n"
        "ООО «Альфа», именуемое в дальнейшем «Поставщик», с одной стороны, ...\n"
    )

    assert engine.classify(text).document_type == "contract"


@pytest.mark.parametrize(
    "text",
    (
        "ООО «Квадрат»\n12.05.2024 № 17\n\n          ГАРАНТИЙНОЕ ПИСЬМО\n\n"
        "Просим поставить товар до оплаты. Оплату гарантируем до 20.05.2024.\n"
        "Директор   И. И. Петров",
        "Исх. № 8\n\n               ПРЕТЕНЗИЯ\n        о возврате аванса\n\n"
        "По договору № 4 от 01.02.2024 мы перечислили аванс по счету № 9.\n"
        "Работы по акту не выполнены. Просим вернуть аванс.\n",
    ),
)
def test_letters_with_their_own_title(engine, text):
    assert engine.classify(text).document_type == "letter"


def test_statement_without_a_bank_statement_title(engine):
    text = (
        "Northfield Bank plc                      Business Account\n"
        "Statement period: 1 May 2024 to 31 May 2024\n"
        "Sort code: 20-11-05     Account number: 11223344\n"
        "Date       Description               Paid out    Paid in    Balance\n"
        "01 May 24  BALANCE BROUGHT FORWARD                          1,200.00\n"
        "03 May 24  CARD PAYMENT STATIONERY     45.00                1,155.00\n"
    )

    assert engine.classify(text).document_type == "bank_statement"


def test_restaurant_bill_is_a_receipt(engine):
    text = (
        "The Olive Branch\n7 Mill Lane, Bristol\n"
        "Table 4     Server: Tom\nBill #2210     2 Jun 2024  19:05\n"
        "2  Soup of the day    @5.50   11.00\n"
        "Subtotal 11.00\nService charge 1.10\nTOTAL £12.10\n"
        "Paid by Visa contactless £12.10\nThank you for dining with us!\n"
    )

    assert engine.classify(text).document_type == "receipt"


def test_invoice_bill_to_stays_an_invoice(engine):
    text = (
        "INVOICE No. 5512\nDate: 2 June 2024\nBill to: Olive Branch Ltd\n"
        "Service charge for maintenance 100.00\nTotal due: 120.00 GBP\n"
    )

    assert engine.classify(text).document_type == "invoice"


def test_invoice_field_label_on_a_packing_list(engine):
    text = (
        "PACKING LIST\nInvoice No.: INV-77   Invoice date: 2 May 2024\n"
        "Shipper: Northwind Trading Ltd\nGross weight 120 kg\nNet weight 100 kg\n"
    )

    assert engine.classify(text).document_type == "packing_list"


def test_packing_list_with_weight_column_captions(engine):
    text = (
        "HANSEONG TOOLS CO., LTD.\nPACKING LIST\nNo. PL-0512   Date: 2025.12.05\n"
        "Invoice No. CI-0512\nConsignee: OOO Kuban\n"
        "C/No  Description   Q'ty   N.W.(kg)  G.W.(kg)  Meas.(cbm)\n"
        "1-4   Cylinder      40     960.0     1,040.0   2.400\n"
    )

    assert engine.classify(text).document_type == "packing_list"


def test_passport_field_in_a_power_of_attorney(engine):
    text = (
        "ДОВЕРЕННОСТЬ № 5\nг. Москва, 3 мая 2024 г.\n"
        "ООО «Альфа» доверяет Иванову Ивану Ивановичу\n"
        "Паспорт: серия 45 10 № 123456, выдан ОВД района Южное Бутово,\n"
        "код подразделения 770-001, дата рождения 01.01.1980\n"
        "Доверенность выдана сроком на один год.\n"
    )

    assert engine.classify(text).document_type == "power_of_attorney"


def test_invoice_labelled_title_is_still_an_invoice(engine):
    text = "Invoice No: 123\nDate: 3 May 2024\nBill to: ACME Ltd\nTotal due: 100.00 USD"

    assert engine.classify(text).document_type == "invoice"


@pytest.mark.parametrize(
    ("text", "expected"),
    (
        (
            "СЧЕТ-ОФЕРТА № 41 от 06.06.2024\nПлательщик: ООО «Вектор»\n"
            "Сумма к оплате: 1 200,00",
            "invoice",
        ),
        (
            "УПД  Счет-фактура  № 7  от 3 мая 2024 г.\nПродавец  ООО «Альфа»\n"
            "Итого | 2 | 100,00 | 20,00 | 120,00",
            "upd",
        ),
        (
            "PAYMENT RECEIPT No. R-17\nDate: June 3, 2024\n"
            "Received from: Northwind Ltd\nFor: goods under invoice No. 52\n"
            "Amount received: USD 1,200.00",
            "receipt",
        ),
    ),
)
def test_titles_of_less_common_forms(engine, text, expected):
    assert engine.classify(text).document_type == expected


def test_certificate_of_origin_is_other(engine):
    text = (
        "CERTIFICATE OF ORIGIN\n"
        "No. CO-2025-0417\n"
        "1. Exporter: Guangzhou Ever Lamp Co., Ltd., Guangzhou, China\n"
        "2. Consignee: LLC Svet Trade, Kazan, Russia\n"
        "6. Number and kind of packages: 85 cartons of desk lamps\n"
        "9. Number and date of invoice: GEL-0921, Sep 2, 2025\n"
    )

    assert engine.classify(text).document_type == "other"


def test_invoice_under_company_card_heading_kept(engine):
    text = (
        "Карточка предприятия\n"
        "СЧЕТ НА ОПЛАТУ № 15 от 01.03.2025\n"
        "Поставщик: ООО «Альфа», ИНН 7707083893\n"
        "Итого к оплате: 5 000,00 руб.\n"
    )

    assert engine.classify(text).document_type == "invoice"
