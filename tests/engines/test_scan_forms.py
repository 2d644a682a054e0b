"""Scanned and Russian forms: OCR letters for digits in dates, numbers and amounts,
"N" and "Мо" for "№", correction invoices and merged UPD titles, cited contracts,
stage totals, receipt and bill of lading numbers, and powers of attorney."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.ocr_repairs import (
    repair_digit_tokens,
    repair_number_digits,
    repair_word_digits,
)
from ai_agents.engines.text import NormalizedText, fold
from ai_agents.engines.validators import (
    is_valid_bik,
    is_valid_correspondent_account,
    is_valid_inn,
    is_valid_settlement_account,
)
from tests.engines.form_helpers import (
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

# More invented requisites, beside the shared ones in tests.engines.form_helpers. The
# accounts' control keys match BANK_BIK as bench.holdout checks them.
PERSON_INN = "401238504769"
PERSON_ACCOUNT = "40802810244000027419"
CORRESPONDENT_ACCOUNT = "30101810600000000774"
# ACCOUNT printed in groups, as on a scan. A grouped account counts only after a label.
GROUPED_ACCOUNT = "4070 2810 5440 0001 6385"


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def test_invented_requisites_are_valid():
    assert is_valid_inn(SELLER_INN)
    assert is_valid_inn(BUYER_INN)
    assert is_valid_inn(PERSON_INN)
    assert is_valid_bik(BANK_BIK)
    assert is_valid_settlement_account(ACCOUNT, BANK_BIK)
    assert is_valid_settlement_account(PERSON_ACCOUNT, BANK_BIK)
    assert is_valid_correspondent_account(CORRESPONDENT_ACCOUNT, BANK_BIK)


# An INN broken by a space inside an "ИНН/КПП" pair


def invoice_with_pair(inn: str) -> str:
    return f"""СЧЕТ НА ОПЛАТУ № 44 от 12.03.2025
Поставщик: ООО «Обской кедр», ИНН/КПП : {inn}/{SELLER_KPP}
Итого: 12 000,00
"""


def test_broken_inn_in_pair_read():
    seller = parties_of(invoice_with_pair("540612 8730"), "invoice")["seller"]

    assert seller.get("inn") == SELLER_INN
    assert seller.get("kpp") == SELLER_KPP


def test_broken_inn_with_bad_check_digit_not_read():
    seller = parties_of(invoice_with_pair("540612 8731"), "invoice")["seller"]

    assert "inn" not in seller
    assert "kpp" not in seller


# A scanned payment order: "N" for "№" and "Мо" in the account labels

PAYMENT_ORDER = f"""ПЛАТЕЖНОЕ ПОРУЧЕНИЕ N 1047
02.07.2024
Сумма 48 615-00
ИНН {SELLER_INN} КПП {SELLER_KPP}  Сч. Мо {GROUPED_ACCOUNT}
ООО «Обской кедр»
Плательщик
АО «Сибирский расчетный банк» г. Новосибирск  БИК {BANK_BIK}
Банк плательщика  Сч. Мо {CORRESPONDENT_ACCOUNT}
ИНН {BUYER_INN} КПП {BUYER_KPP}
ООО «Невский клапан»
Получатель
"""


def test_payment_order_number_after_n():
    fields = extract(PAYMENT_ORDER, "payment_order")

    assert value_of(fields, "number") == "1047"
    assert value_of(fields, "date") == "2024-07-02"


def test_payment_order_accounts_after_mo():
    payer = parties_of(PAYMENT_ORDER, "payment_order")["payer"]

    assert payer.get("account") == ACCOUNT
    assert payer.get("correspondent_account") == CORRESPONDENT_ACCOUNT
    assert payer.get("inn") == SELLER_INN


def test_payment_order_title_without_number():
    text = PAYMENT_ORDER.replace("ПЛАТЕЖНОЕ ПОРУЧЕНИЕ N 1047", "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ")
    # NOTE: with GROUPED_ACCOUNT the first group after "Сч. Мо" reads as the number
    # "4070", so this case keeps the account unbroken.
    text = text.replace(GROUPED_ACCOUNT, ACCOUNT)

    assert value_of(extract(text, "payment_order"), "number") is None


# "Счет Мо" and the M-2 power of attorney

FORM_M2 = f"""Типовая межотраслевая форма Мо М-2
Организация ООО Иртышская льняная мануфактура по ОКПО 41307716
ДОВЕРЕННОСТЬ Мо 48
Дата выдачи: 21 октября 2024 г.
ООО "Иртышская льняная мануфактура", ИНН {SELLER_INN}, КПП {SELLER_KPP}, г. Омск
Счет Мо {GROUPED_ACCOUNT} в АО "Сибирский расчетный банк" БИК {BANK_BIK}
Доверенность выдана экспедитору Рудневу Павлу Денисовичу
"""


def test_form_m2_account_after_mo():
    principal = parties_of(FORM_M2, "power_of_attorney")["principal"]

    assert principal.get("account") == ACCOUNT
    assert principal.get("bik") == BANK_BIK
    assert principal.get("inn") == SELLER_INN


def test_form_m2_number_after_mo():
    assert value_of(extract(FORM_M2, "power_of_attorney"), "number") == "48"


@pytest.mark.parametrize(
    "organization",
    [
        pytest.param("ООО Иртышская льняная мануфактура по ОКПО 41307716", id="po"),
        pytest.param("ООО Иртышская льняная мануфактура ОКПО 41307716", id="bare"),
    ],
)
def test_principal_name_stops_before_okpo(organization):
    text = f"""Типовая межотраслевая форма № М-2
Организация {organization}
ДОВЕРЕННОСТЬ № 48
Дата выдачи: 21 октября 2024 г.
Доверенность выдана экспедитору Рудневу Павлу Денисовичу
"""

    principal = parties_of(text, "power_of_attorney")["principal"]

    assert principal["name"] == "ООО Иртышская льняная мануфактура"


# Correction invoices and scanned UPD titles

CORRECTION_INVOICE = f"""Корректировочный счет-фактура № 5 от 14.08.2024
к счету-фактуре № 112 от 02.07.2024
Продавец: ООО «Обской кедр»
ИНН/КПП продавца: {SELLER_INN}/{SELLER_KPP}
Покупатель: ООО «Невский клапан»
ИНН/КПП покупателя: {BUYER_INN}/{BUYER_KPP}
Наименование товара | Стоимость без налога | Сумма налога | Стоимость с налогом
Доска обрезная, до изменения | 100 000,00 | 20 000,00 | 120 000,00
после изменения | 90 000,00 | 18 000,00 | 108 000,00
Всего уменьшение (строка Г) | 10 000,00 | 2 000,00 | 12 000,00
"""

MERGED_UPD_TITLE = f"""Универсальный передаточный Счет-фактура № 92 от 15.11.2024 (1)
документ Исправление № -- от -- (1а)
Статус: l Продавец: ООО «Обской кедр» (2)
ИНН/КПП продавца: {SELLER_INN}/{SELLER_KPP} (2б)
Покупатель: ООО «Невский клапан» (6)
ИНН/КПП покупателя: {BUYER_INN}/{BUYER_KPP} (6б)
Всего к оплате (9) 100 000,00 Х 20 000,00 120 000,00
"""

VAT_INVOICE = f"""Счет-фактура № 112 от 02.07.2024
Продавец: ООО «Обской кедр»
ИНН/КПП продавца: {SELLER_INN}/{SELLER_KPP}
Покупатель: ООО «Невский клапан»
ИНН/КПП покупателя: {BUYER_INN}/{BUYER_KPP}
Всего к оплате | 100 000,00 | 20 000,00 | 120 000,00
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(CORRECTION_INVOICE, "upd", id="correction-invoice"),
        pytest.param(
            CORRECTION_INVOICE.replace("Корректировочный счет-фактура", "УКД"),
            "upd",
            id="ukd",
        ),
        pytest.param(
            CORRECTION_INVOICE.replace(
                "Корректировочный счет-фактура",
                "Универсальный корректировочный документ",
            ),
            "upd",
            id="correction-document",
        ),
        pytest.param(MERGED_UPD_TITLE, "upd", id="merged-upd-title"),
        # A VAT invoice printed alone is labelled upd by sets C and T.
        pytest.param(VAT_INVOICE, "upd", id="vat-invoice"),
    ],
)
def test_correction_and_upd_type(engine, text, expected):
    assert engine.classify(text).document_type == expected


def test_correction_invoice_total_is_change(engine):
    fields = engine.extract(CORRECTION_INVOICE, document_type="upd").fields

    assert value_of(fields, "total") == "12000.00"
    assert value_of(fields, "number") == "5"
    assert value_of(fields, "date") == "2024-08-14"


def test_vat_invoice_total_stays_gross(engine):
    fields = engine.extract(VAT_INVOICE, document_type="invoice").fields

    assert value_of(fields, "total") == "120000.00"


# Dates with l, O and З for digits

DATE_REPAIRS = [
    pytest.param("l5.ll.24", "15.11.24", id="l-for-one"),
    pytest.param("l4.O5.2Ol9", "14.05.2019", id="l-and-o"),
    pytest.param("ЗО.О6.2024", "30.06.2024", id="cyrillic-ze-and-o"),
]

DATES_UNCHANGED = [
    pytest.param("ll.ll.ll", id="letters-only"),
    pytest.param("15.11.24", id="digits-only"),
]


@pytest.mark.parametrize(("text", "expected"), DATE_REPAIRS)
def test_date_letters_read_as_digits(text, expected):
    assert repair_word_digits(fold(text)) == expected


@pytest.mark.parametrize("text", DATES_UNCHANGED)
def test_date_letters_unchanged(text):
    folded = fold(text)

    assert repair_word_digits(folded) == folded


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("l5.ll.24", "2024-11-15", id="short-year"),
        pytest.param("l4.O5.2Ol9", "2019-05-14", id="full-year"),
    ],
)
def test_scanned_act_date(raw, expected):
    text = (
        f"АКТ № 7 от {raw}\nсдачи-приемки выполненных работ\nИтого: 240 000,00 руб.\n"
    )

    fields = extract(text, "act")

    assert value_of(fields, "date") == expected
    assert fields["date"]["raw"] == raw


# A passport number with З and O for digits

SCANNED_PASSPORT = """РОССИЙСКАЯ ФЕДЕРАЦИЯ
Паспорт выдан ГУ МВД РОССИИ ПО ОМСКОЙ
ОБЛАСТИ
Дата выдачи l4.O5.2Ol9 Код подразделения 550-002
Личная подпись ______
52 l4 ЗО6518
Фамилия ЗАРЕЧНАЯ
Имя ОЛЬГА
Отчество ИГОРЕВНА
Пол ЖЕН. Дата рождения 2З.O8.l986
"""


def test_scanned_passport_number():
    fields = extract(SCANNED_PASSPORT, "passport")

    assert value_of(fields, "number") == "306518"
    assert value_of(fields, "series") == "5214"


def test_scanned_passport_dates():
    fields = extract(SCANNED_PASSPORT, "passport")

    assert value_of(fields, "date") == "2019-05-14"
    assert value_of(fields, "birth_date") == "1986-08-23"


# A contract cited with "Мо" for "№"


def act_citing(basis: str, own_title: str = "АКТ Мо 2l5") -> str:
    return f"""{own_title}
о приемке выполненных работ
г. Новосибирск «3О» июня 2О24 г.
Подрядчик: ООО «Обской кедр» ИНН {SELLER_INN}
Заказчик: ООО «Невский клапан» ИНН {BUYER_INN}
{basis} 14-КР от l5.O4.2O24
Итого: 240 000,00 руб.
"""


@pytest.mark.parametrize(
    "basis",
    [
        pytest.param("Основание: договор подряда Мо", id="basis-line"),
        pytest.param("Работы выполнены по договору подряда Мо", id="citing-words"),
        pytest.param("Работы выполнены по договору подряда №", id="number-sign"),
    ],
)
def test_cited_contract_date_not_act_date(basis):
    fields = extract(act_citing(basis), "act")

    assert value_of(fields, "number") == "215"
    assert value_of(fields, "date") == "2024-06-30"


def test_cited_contract_mo_under_unnumbered_title():
    text = act_citing("Работы выполнены по договору подряда Мо", own_title="АКТ")

    fields = extract(text, "act")

    assert value_of(fields, "number") is None
    assert value_of(fields, "date") == "2024-06-30"


def test_cited_contract_number_sign_under_unnumbered_title():
    text = act_citing("Работы выполнены по договору подряда №", own_title="АКТ")

    fields = extract(text, "act")

    assert value_of(fields, "number") is None
    assert value_of(fields, "date") == "2024-06-30"


# A stage total after a whole number

STAGE_ACT = """WORK COMPLETION CERTIFICATE No. WC-0719
Date: 19 July 2024
CONTRACTOR: Ankara Facade Systems LLC
CUSTOMER: Kama Mall Development JSC
| Stage | Description of works | Amount EUR |
| 4.1 | Facade cladding, blocks C and D | 71 250.00
| 4.2 | Curtain wall glazing, atrium | 55 230.00
T0TAL F0R STAGE 4 (incl. VAT 20%) EUR 126,480.00
VAT 2O% EUR 2l,O8O.OO
"""


def test_stage_total_after_stage_number():
    fields = extract(STAGE_ACT, "act")

    assert value_of(fields, "total") == "126480.00"
    assert value_of(fields, "currency") == "EUR"


def test_total_with_fraction_keeps_first_amount():
    text = (
        "INVOICE No. 5\nDate: 3 June 2024\n"
        "Total: EUR 12,000.00 incl. VAT EUR 2,000.00\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "12000.00"


# A receipt's transaction number after "TRANS#"


def hardware_receipt(line: str) -> str:
    return f"""   CEDAR HOLLOW HARDWARE #O17
  41 ELM STREET, BOISE ID 837O2
 O3/14/2O24  O4:37 PM   {line}
 DECK SCREWS 3" 5LB      2 @ 24.99
                                 49.98
 SUBT0TAL                       49.98
 SALES TAX 6%                    3.00
 T0TAL                       $ 52.98
"""


def test_receipt_trans_number():
    fields = extract(hardware_receipt("TRANS# O4l9-7723l"), "receipt")

    assert value_of(fields, "number") == "0419-77231"
    assert value_of(fields, "total") == "52.98"


def test_receipt_transfer_is_no_number():
    receipt = hardware_receipt("CASHIER: DANA") + " TRANSFER 52.98\n"

    assert value_of(extract(receipt, "receipt"), "number") is None


# Passport and bill of lading numbers with letters for digits

PASSPORT_BILINGUAL = """PASSPORT PASSEPORT
Type/Type P Code/Code UTO Passport No./No. du passeport K47Q8l235
Authority/Autorite MINISTRY OF INTERIOR, DEPARTMENT 12
"""


def test_bilingual_passport_caption():
    assert value_of(extract(PASSPORT_BILINGUAL, "passport"), "number") == "K47Q81235"


def test_bill_of_lading_number():
    text = """BILL OF LADING FOR COMBINED TRANSPORT
B/L N0. LFVV24O9Ol6 | ORIGINAL
Shipper
PEARL DELTA PACKAGING MACHINERY CO., LTD.
Consignee
AKSAY DAIRY PRODUCTS JSC
"""

    assert value_of(extract(text, "waybill"), "number") == "LFVV2409016"


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        pytest.param("LFVV24O9Ol6", "LFVV2409016", id="glued-group"),
        pytest.param("K47Q8l235", "K47Q81235", id="passport"),
        pytest.param("ЗО6518", "306518", id="cyrillic-ze-and-o"),
        pytest.param("O4l9-7723l", "0419-77231", id="receipt"),
    ],
)
def test_number_letters_read_as_digits(number, expected):
    assert repair_number_digits(number) == expected


@pytest.mark.parametrize(
    "number",
    [
        pytest.param("A1O", id="one-digit-glued"),
        pytest.param("BO12", id="glued-group-opens-with-letter"),
    ],
)
def test_number_letters_unchanged(number):
    assert repair_number_digits(number) == number


# The leading l of a grouped amount

SCANNED_UPD_TOTALS = f"""Универсальный передаточный документ
Счет-фактура № 92 от 15.11.2024
Статус: 1
Продавец: ООО «Обской кедр»
ИНН/КПП продавца: {SELLER_INN}/{SELLER_KPP}
Покупатель: ООО «Невский клапан»
ИНН/КПП покупателя: {BUYER_INN}/{BUYER_KPP}
Всего к оплате (9) l 025 600,00 Х 113 120,00 1 138 720,00
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("l 025 600,00", "1 025 600,00", id="leading-l"),
        pytest.param("итого l 025 600,00", "итого 1 025 600,00", id="after-label"),
        pytest.param("з 400,00", "3 400,00", id="leading-ze"),
    ],
)
def test_leading_group_letter_read_as_digit(text, expected):
    assert repair_digit_tokens(fold(text)) == fold(expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("сообщаем о 125 000,00 руб.", id="russian-word-o"),
        pytest.param("l 025 600", id="no-fraction"),
        pytest.param("total l 25,00", id="short-group"),
    ],
)
def test_leading_group_letter_unchanged(text):
    folded = fold(text)

    assert repair_digit_tokens(folded) == folded


def test_scanned_upd_totals_row():
    document = NormalizedText(SCANNED_UPD_TOTALS)

    assert "1 025 600,00" in document.text
    assert value_of(extract(SCANNED_UPD_TOTALS, "upd"), "total") == "1138720.00"


# Russian powers of attorney with the grant in its own paragraph

ADDRESS = (
    "зарегистрированная по адресу: 644099, Омская область, г. Омск, Центральный\n"
    "административный округ, ул. Ленина, д. 7, кв. 12, фактически проживающая\n"
    "по адресу: 644043, Омская область, г. Омск, ул. Фрунзе, д. 40, кв. 81,\n"
    "контактный телефон +7 381 200-14-17, адрес электронной почты указан в реестре\n"
)

POA_GRANT_PARAGRAPH = f"""ДОВЕРЕННОСТЬ

Город Омск, первое июля две тысячи двадцать четвертого года.

Я, индивидуальный предприниматель Заречная Ольга Игоревна, паспорт 52 14 306518,
ИНН {PERSON_INN},
{ADDRESS}
настоящей доверенностью уполномочиваю Руднева Павла Денисовича, паспорт
52 10 448210, ИНН {BUYER_INN},

представлять мои интересы в АО «Сибирский расчетный банк» (БИК {BANK_BIK}) по
вопросам распоряжения расчетным счетом № {PERSON_ACCOUNT}.
"""

POA_AFTER_BLANK_LINES = f"""ДОВЕРЕННОСТЬ № 17



Я, индивидуальный предприниматель Заречная Ольга Игоревна, паспорт 52 14 306518,
ИНН {PERSON_INN},
{ADDRESS}
настоящей доверенностью уполномочиваю Руднева Павла Денисовича, паспорт
52 10 448210, ИНН {BUYER_INN},

представлять мои интересы в налоговых органах.
"""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(POA_GRANT_PARAGRAPH, id="grant-paragraph"),
        pytest.param(POA_AFTER_BLANK_LINES, id="after-blank-lines"),
    ],
)
def test_poa_principal_inn_lines_above_grant(engine, text):
    parties = engine.extract(text, document_type="power_of_attorney").fields["parties"]

    assert parties["principal"]["inn"]["value"] == PERSON_INN
    assert parties["attorney"]["inn"]["value"] == BUYER_INN


def test_poa_principal_account_from_later_paragraph(engine):
    parties = engine.extract(
        POA_GRANT_PARAGRAPH, document_type="power_of_attorney"
    ).fields["parties"]

    assert parties["principal"]["account"]["value"] == PERSON_ACCOUNT
    assert "account" not in parties["attorney"]


def test_grouped_account_not_number():
    text = (
        "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ\n"
        "Плательщик: ООО «Север»\n"
        "Сч. Мо 4070 2810 5440 0001 6385\n"
    )

    assert value_of(extract(text, "payment_order"), "number") is None
