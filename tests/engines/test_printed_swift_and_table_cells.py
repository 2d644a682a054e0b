# The documents keep the long lines of their real layouts.
# ruff: noqa: E501
"""Documents that earlier rules read wrong, each with what the engine must read.

A bank system's print of an MT103 may drop the first colon of its tags, caption
each tag and end the caption with a colon ("32A: Дата валютирования/Валюта/Сумма:
260415EUR36840,00"). An invoice may open with a sentence that names the UPD to
follow. OCR may read the percent sign of "НДС 22%" as a 5 without brackets, and a
product code may hold a space ("ЛГ 10"). A ruled requisites table may start its
columns at the border, a party's preamble may print its tax code on the bracket's
line, and a line of two parties' cells names each party's bank in its own cell."""

import pytest

from ai_agents.engines import get_engine
from tests.engines.form_helpers import (
    ACCOUNT,
    BANK_BIK,
    BUYER_INN,
    BUYER_KPP,
    SELLER_INN,
    SELLER_KPP,
    one_c_invoice,
    read_path,
)


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


# A print whose tags keep no first colon and whose values stand under captions.
_UNCOLONED_PRINT = (
    "SWIFT MESSAGE PRINT                                      Page 1 of 1\n"
    "Message type: MT103 Single Customer Credit Transfer\n"
    "Sender: SABRRUMMXXX   Receiver: DEUTDEFFXXX\n"
    "Date printed: 16.04.2026\n"
    "\n"
    "20:  Sender's Reference\n"
    "      ERS2604151203\n"
    "23B: Bank Operation Code\n"
    "      CRED\n"
    "32A: Val Dte/Curr/Interbnk Settld Amt\n"
    "      260415EUR36840,00\n"
    "50K: Ordering Customer\n"
    f"      /{ACCOUNT}\n"
    f"      OOO KAMA TECHNIKA INN {SELLER_INN} KPP {SELLER_KPP}\n"
    "      MOSCOW, RUSSIA\n"
    "52D: Ordering Institution\n"
    "      PAO SBERBANK, MOSCOW\n"
    "59:  Beneficiary Customer\n"
    "      /DE89370400440532013000\n"
    "      MASCHINENBAU HOLZ GMBH\n"
    "70:  Remittance Information\n"
    "      INV 2026-114 DD 01.04.2026\n"
    "71A: Details of Charges\n"
    "      SHA\n"
)
# A Russian print whose captions end in a colon before the value on the tag's line.
_CAPTIONED_PRINT = (
    'АО "ЮНИКРЕДИТ БАНК"                       Печать сообщения SWIFT\n'
    "Тип сообщения: 103   Приоритет: N   Дата: 14.04.2026\n"
    "Отправитель: IMBKRUMMXXX\n"
    "Получатель: COBADEFFXXX\n"
    "----------------------------------------------------------------\n"
    "20: Референс отправителя: ERS2604151203\n"
    "23B: Код банковской операции: CRED\n"
    "32A: Дата валютирования/Валюта/Сумма: 260415EUR36840,00\n"
    f"50K: Плательщик: /{ACCOUNT}\n"
    f'     ООО "КАМА ТЕХНИКА" ИНН {SELLER_INN} КПП {SELLER_KPP}\n'
    '52D: Банк плательщика: АО "ЮНИКРЕДИТ БАНК", МОСКВА\n'
    "57A: Банк бенефициара: COBADEFFXXX\n"
    "59: Бенефициар: /DE89370400440532013000\n"
    "    MASCHINENBAU HOLZ GMBH, STUTTGART\n"
    "70: Назначение платежа: INV 2026-114 DD 01.04.2026\n"
    "71A: Комиссии: SHA\n"
)


_CODE_HEADER = (
    "| № | Артикул | Товар               | Кол-во | Ед. |   Цена   |   Сумма   |\n"
    "|---|---------|---------------------|--------|-----|----------|-----------|"
)
_CODE_ROWS = (
    "| 1 | ЛГ 10   | Цемент М500, 50 кг  |    100 | меш |   520,00 | 52 000,00 |\n"
    "| 2 | КР 15-2 | Песок строительный  |     10 | т   | 1 200,00 | 12 000,00 |\n"
)
_WORD_ROWS = (
    "| 1 | Болт М10 | Цемент М500, 50 кг |    100 | меш |   520,00 | 52 000,00 |\n"
)
_NOTE = "Счет действителен 5 банковских дней."
_UPD_SENTENCE = "УНИВЕРСАЛЬНЫЙ ПЕРЕДАТОЧНЫЙ ДОКУМЕНТ будет направлен через ЭДО (Диадок)"

# A 44-ФЗ contract's ruled requisites table, whose cells the names fill up to the
# border, with a list of annexes under it.
_RULED_REQUISITES = (
    "КОНТРАКТ № Ф.2026.00731\n"
    "г. Тверь                                                  02 марта 2026 г.\n"
    "\n"
    "1. Поставщик поставляет Заказчику расходные материалы по спецификации.\n"
    "2. Цена контракта 812 400,00 руб., в т.ч. НДС 22% 146 498,36 руб.\n"
    "\n"
    "РЕКВИЗИТЫ СТОРОН\n"
    "+------------------------------------------+----------------------------------+\n"
    "| ЗАКАЗЧИК                                 | ПОСТАВЩИК                        |\n"
    "| ГБУЗ «Тверская городская больница № 4»   | ООО «Медтехника-Волга»           |\n"
    f"| ИНН {BUYER_INN} / КПП {BUYER_KPP}            "
    f"| ИНН {SELLER_INN} / КПП {SELLER_KPP}   |\n"
    "| ОТДЕЛЕНИЕ ТВЕРЬ БАНКА РОССИИ//УФК по     "
    "| к/с 30101810400000000225         |\n"
    f"| Тверской области г. Тверь                | р/с {ACCOUNT}     |\n"
    f"| БИК 012809106                            | БИК {BANK_BIK}                    |\n"
    "| Главный врач ________ И. П. Соколов      | Директор ________ А. Н. Зуев     |\n"
    "+------------------------------------------+----------------------------------+\n"
    "Приложения: 1 — спецификация; 2 — техническое задание.\n"
)
# A preamble whose second line opens with the seller's tax code before its bracket.
_CODE_LINE_PREAMBLE = (
    "                         SUPPLY AGREEMENT No. KPL/SA-2026/04\n"
    "Pune / Kazan                                                  12 January 2026\n"
    "\n"
    "Kaveri Polymers Private Limited, Plot No. 18, MIDC Bhosari, Pune 411026, India,\n"
    "GSTIN 27AAECK4821N1ZQ, represented by Mr. Anil Deshmukh, Director (the "
    '"Seller"), and\n'
    'OOO "Kama Plast", Tukaya St. 12, Kazan 420021, Russian Federation,\n'
    f"INN {BUYER_INN}, KPP {BUYER_KPP}, represented by Mr. R. Galiev, General "
    'Director (the "Buyer"),\n'
    "agree as follows.\n"
    "\n"
    "1. The Seller shall supply polypropylene granules, 40 tonnes, at USD 1,150.00"
    " per tonne.\n"
    "2. Total value of the Agreement: USD 46,000.00.\n"
)

CASES = [
    pytest.param(
        _UNCOLONED_PRINT,
        {
            "type": "payment_order",
            "number": "ERS2604151203",
            "date": "2026-04-15",
            "total": "36840.00",
            "currency": "EUR",
            "parties.payer.bank_name": "PAO SBERBANK, MOSCOW",
            "parties.payee.iban": "DE89370400440532013000",
        },
        id="print_tags_without_first_colon",
    ),
    pytest.param(
        _CAPTIONED_PRINT,
        {
            "number": "ERS2604151203",
            "total": "36840.00",
            "currency": "EUR",
            "parties.payer.inn": SELLER_INN,
            "parties.payer.bank_name": 'АО "ЮНИКРЕДИТ БАНК"',
            "parties.payee.iban": "DE89370400440532013000",
            "parties.payee.swift": "COBADEFFXXX",
            "parties.payee.name": "MASCHINENBAU HOLZ GMBH",
            "parties.payee.bank_name": None,
        },
        id="print_captions_ending_in_colon",
    ),
    pytest.param(
        one_c_invoice(_UPD_SENTENCE),
        {"type": "invoice"},
        id="invoice_opening_sentence_names_upd",
    ),
    pytest.param(
        one_c_invoice(_NOTE, "В т.ч. НДС 22 5 11 540,98"),
        {"vat": "11540.98"},
        id="percent_read_as_five_before_amount",
    ),
    pytest.param(
        one_c_invoice(_NOTE, "В т.ч. НДС 22 5: 11 540,98"),
        {"vat": "11540.98"},
        id="percent_read_as_five_before_colon",
    ),
    pytest.param(
        one_c_invoice(_NOTE, rows=_CODE_ROWS, header=_CODE_HEADER),
        {
            "line_items.0.product_code": "ЛГ 10",
            "line_items.0.description": "Цемент М500, 50 кг",
            "line_items.1.product_code": "КР 15-2",
        },
        id="product_code_with_space",
    ),
    pytest.param(
        _RULED_REQUISITES,
        {
            "parties.buyer.name": "ГБУЗ «Тверская городская больница № 4»",
            "parties.seller.name": "ООО «Медтехника-Волга»",
            "parties.seller.bank_name": None,
        },
        id="ruled_requisites_names_at_border",
    ),
    pytest.param(
        _CODE_LINE_PREAMBLE,
        {
            "parties.seller.name": "Kaveri Polymers Private Limited",
            "parties.buyer.name": 'OOO "Kama Plast"',
        },
        id="preamble_tax_code_line",
    ),
]

# Readings that the rules above must leave as they were.
GUARDS = [
    pytest.param(
        one_c_invoice(
            "Отгрузка оформляется универсальным передаточным документом (УПД)."
        ),
        {"type": "invoice"},
        id="invoice_with_lower_case_upd_note",
    ),
    pytest.param(
        one_c_invoice(_NOTE, rows=_WORD_ROWS, header=_CODE_HEADER),
        {"line_items.0.product_code": None},
        id="word_with_digit_is_no_code",
    ),
    pytest.param(
        _UNCOLONED_PRINT.replace("52D: Ordering Institution\n      ", ":52D:"),
        {"parties.payer.bank_name": "PAO SBERBANK, MOSCOW"},
        id="colon_tag_bank_on_its_line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + GUARDS)
def test_rule_reads_document(engine, text, expected):
    for path, accepted in expected.items():
        assert read_path(engine, text, path) == accepted, path
