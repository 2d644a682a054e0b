"""Totals rows that print the VAT before the gross amount, Indian grouping, the yen
and krona signs, and papers whose amounts are not a total."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.parsing import parse_amount

from .form_helpers import extract, value_of

VAT_COLUMN_FIRST = """Счет на оплату № 512 от 02.12.2025
 № | Товар                  | Кол-во |  Цена  |  Сумма НДС | Сумма, руб.
 1 | Профиль направляющий   |    400 |  91,50 |   6 100,00 |  36 600,00
 2 | Саморез по металлу     |     50 | 320,00 |   2 666,67 |  16 000,00
---+------------------------+--------+--------+------------+------------
Итого                                          |   8 766,67 |  52 600,00
Цены включают НДС.
"""

TOTAL_THEN_VAT = """Счет № 77 от 01.12.2025
Всего к оплате: 1 200,00  200,00
"""


def test_totals_row_vat_before_gross():
    fields = extract(VAT_COLUMN_FIRST, "invoice")

    assert value_of(fields, "total") == "52600.00"
    # The row prints no amount before VAT, so the VAT is not reported as one.
    assert value_of(fields, "subtotal") is None


def test_total_then_vat_keeps_total():
    assert value_of(extract(TOTAL_THEN_VAT, "invoice"), "total") == "1200.00"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("4,12,500.00", "412500.00"), ("1,00,00,000.50", "10000000.50")],
)
def test_indian_grouping_in_lakhs(raw, expected):
    assert str(parse_amount(raw)) == expected


def test_lakh_grouping_needs_paise():
    assert parse_amount("4,12,500") is None


JAPANESE_RECEIPT = """TOKYO CAMERA STORE
2-4-1 Ginza, Chuo-ku, Tokyo
RECEIPT No. 7731
Lens hood       1 x ¥2,900    ¥2,900
TOTAL                        ¥12,400
(incl. consumption tax 10%    ¥1,127)
"""

CHINESE_INVOICE = """COMMERCIAL INVOICE No. SZ-2025-118
Shenzhen Bright Lamps Co., Ltd.
LED panel 600x600      200 pcs   ¥86.00     ¥17,200.00
TOTAL                                      ¥17,200.00
"""


def test_yen_sign_in_japan():
    fields = extract(JAPANESE_RECEIPT, "receipt")

    assert value_of(fields, "total") == "12400.00"
    assert value_of(fields, "currency") == "JPY"


def test_yen_sign_elsewhere_yuan():
    assert value_of(extract(CHINESE_INVOICE, "invoice"), "currency") == "CNY"


@pytest.mark.parametrize(
    ("country", "code"),
    [
        ("Sundsvall, Sweden", "SEK"),
        ("Bergen, Norway", "NOK"),
        ("Aarhus, Denmark", "DKK"),
    ],
)
def test_kr_by_sender_country(country, code):
    text = (
        f"Nordic Blades AB\n{country}\n\nPrice change\n"
        "The blade BS-41 will cost 1 310 kr instead of 1 240 kr from January.\n"
    )

    assert value_of(extract(text, "letter"), "currency") == code


@pytest.mark.parametrize(("sign", "code"), [("₩", "KRW"), ("₺", "TRY")])
def test_won_and_lira_signs(sign, code):
    text = f"INVOICE No. 55\nTOTAL {sign}1,250,000.00\n"

    fields = extract(text, "invoice")

    assert value_of(fields, "total") == "1250000.00"
    assert value_of(fields, "currency") == code


INSURANCE_CERTIFICATE = """CERTIFICATE OF INSURANCE No. MC-2025-0410
Insured value: $44,000.00 USD (110% of CIF value $40,000.00)
Premium: paid
"""

PRICED_LINES = """Quotation for spare parts
Filter element        $84.50
Drive belt            $126.00
"""


def test_insured_value_not_total():
    fields = extract(INSURANCE_CERTIFICATE, "other")

    assert value_of(fields, "total") is None
    assert value_of(fields, "currency") == "USD"


def test_priced_lines_give_total():
    assert value_of(extract(PRICED_LINES, "other"), "total") == "126.00"


CUSTOMS_DECLARATION = """ДЕКЛАРАЦИЯ НА ТОВАРЫ
1 Декларация    | ИМ | 40 | ЭД |      A  10702070/041225/3187705
8 Получатель: ООО «Приморский склад»
22 Валюта и общая сумма по счету: USD 18 400,00
45 Таможенная стоимость: 1 472 120,00 руб.
47 Исчисление платежей: 1010 - 30 000,00; 2010 - 147 212,00 руб.
A  Зарегистрирована 04.12.2025 Владивостокский таможенный пост
"""


def test_customs_declaration_number():
    engine = get_engine(embeddings="off")

    assert engine.classify(CUSTOMS_DECLARATION).document_type == "other"
    fields = extract(CUSTOMS_DECLARATION, "other")
    assert value_of(fields, "number") == "10702070/041225/3187705"
    assert value_of(fields, "date") == "2025-12-04"
    # The customs value and the duties are not the total of a paper of no
    # business type.
    assert value_of(fields, "total") is None


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "LICENSE AGREEMENT No. 5\nThe Licensee shall pay the Licensor a license"
            " fee of USD 48,000.00 within 10 days.\n",
            "48000.00",
        ),
        (
            "ДОГОВОР ПОСТАВКИ № 12\n1.1. Поставщик обязуется поставить товар на сумму"
            " 500 000,00 руб.\n5.2. Пени начисляются на сумму задолженности"
            " 1 000,00 руб.\n",
            "500000.00",
        ),
        (
            "ДОГОВОР № 3\n2.1. Цена договора составляет 120 000,00 руб.\n"
            "5.1. Штраф выставляется на сумму 5 000,00 руб.\n",
            "120000.00",
        ),
    ],
)
def test_contract_price_phrases(text, total):
    assert value_of(extract(text, "contract"), "total") == total
