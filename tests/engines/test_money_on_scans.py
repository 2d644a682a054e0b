"""Totals and currencies as scans and unusual layouts print them: sums cited in a
payment's purpose, negative deductions, closing rows without a caption, totals in
words only, wrapped totals rows, OCR readings of the rouble and tenge signs."""

import pytest

from ai_agents.engines.extractor import FieldExtractor
from ai_agents.engines.text import NormalizedText

from .form_helpers import BANK_BIK, extract, parties_of, value_of

PARTIAL_PAYMENT = """Платежное поручение № 208 от 19.01.2026
Сумма платежа: 500 000,00 RUB
Плательщик: ООО «Шинный центр»
Назначение платежа:
Частичная оплата по счету № 77 от 12.01.2026 (сумма счета 1 220 000,00 руб.).
Остаток 720 000,00 руб. будет оплачен до 30.01.2026.
"""

SWIFT_TRANSFER = """APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 19
Date: 12-Dec-2025
32A Value date: 15-Dec-2025      Currency: USD      Amount: 818,634.18
59  Beneficiary: Hartwell Industrial Supply, Inc.
70  Remittance information: balance payment for invoice HIS-25-1184
    (invoice total USD 1,169,477.40, deposit USD 350,843.22 paid 20.11.2025)
"""

DEPOSIT_INVOICE = """COMMERCIAL INVOICE
Invoice #: HIS-25-1184
Subtotal                                1,186,420.00
TOTAL                              US$ 1,169,477.40
Less deposit received 11/20/2025        -350,843.22
BALANCE DUE                          US$ 818,634.18
"""

UNCAPTIONED_ROWS = """TAX INVOICE
Invoice No: ANM-25-0917
| Sl | Description        | Qty | Taxable amt | VAT 5%   | Amount (AED) |
| 1  | Trawl net, 60x40 m | 2   | 77,000.00   | 3,850.00 | 80,850.00    |
| 2  | Mooring rope, 48 mm| 3   | 44,400.00   | 2,220.00 | 46,620.00    |
|    |                    |     | 121,400.00  | 6,070.00 | 127,470.00   |
"""

WRAPPED_TOTALS_ROW = """Универсальный передаточный документ
Счет-фактура № 2417 от 05.12.2025
Валюта: наименование, код Российский рубль, 643
| 1 | Молоко | шт | 600 | 58,00 | 34 800,00 | 10% | 3 480,00 | 38 280,00
| 2 | Творог | шт | 400 | 84,50 | 33 800,00 | 10% | 3 380,00 | 37 180,00
Всего к оплате (9)                             68 600,00               x
6 860,00          75 460,00
"""

OCR_ROUBLE_SIGN = """СЧЕТ № 1419 от 10.12.2025
3 Кабель ВВГнг-Ё5$ 3х2,5, бухта 100 м      3      4 600,00      13 800,00
Итого по счету                                            13 800,00 P
"""


def test_payment_amount_above_purpose():
    assert value_of(extract(PARTIAL_PAYMENT, "payment_order"), "total") == "500000.00"


def test_remittance_information_not_amount():
    assert value_of(extract(SWIFT_TRANSFER, "payment_order"), "total") == "818634.18"


def test_negative_deduction_keeps_full_total():
    fields = extract(DEPOSIT_INVOICE, "invoice")

    assert value_of(fields, "total") == "1169477.40"
    assert value_of(fields, "amount_due") == "818634.18"


def test_closing_row_without_caption():
    fields = extract(UNCAPTIONED_ROWS, "invoice")

    assert value_of(fields, "total") == "127470.00"
    assert value_of(fields, "currency") == "AED"


def test_closing_row_must_sum_rows():
    text = UNCAPTIONED_ROWS.replace("127,470.00", "127,480.00")

    assert "total" not in extract(text, "invoice")


def test_torg12_total_in_words():
    text = (
        "ТОВАРНАЯ НАКЛАДНАЯ № 3318\n"
        "Всего отпущено на сумму: Семьсот семьдесят три тысячи четыреста семьдесят "
        "шесть рублей 00 копеек\n"
    )

    assert value_of(extract(text, "waybill"), "total") == "773476.00"


def test_garbled_figures_fall_back_to_words():
    text = (
        "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ Ne 587\n"
        "Сумма прописью | Один миллион сто восемьдесят одна тысяча четыреста "
        "рублей OO копеек\n"
        "ИНН 3652O87391 | Сумма | l l8l 4OO-OO\n"
    )
    fields, checks = FieldExtractor().extract(NormalizedText(text), "payment_order")

    assert fields["total"]["value"] == "1181400.00"
    assert fields["total"]["confidence"] < fields["total_in_words"]["confidence"]
    assert "total_matches_words" not in {check["code"] for check in checks}


def test_wrapped_totals_row():
    assert value_of(extract(WRAPPED_TOTALS_ROW, "upd"), "total") == "75460.00"


def test_ocr_rouble_sign_after_total():
    fields = extract(OCR_ROUBLE_SIGN, "invoice")

    assert value_of(fields, "total") == "13800.00"
    assert value_of(fields, "currency") == "RUB"


@pytest.mark.parametrize("word", ("Ё5$", "(А)-1$"))
def test_symbol_inside_word_not_currency(word):
    text = f"Счет № 4\nКабель ВВГнг{word} 3х2,5\nИтого: 13 800,00\nИНН 5406128730\n"

    assert value_of(extract(text, "invoice"), "currency") == "RUB"


def test_tenge_named_in_words():
    text = (
        "СЧЕТ НА ОПЛАТУ № ЭК-0094 от 11.12.2025\n"
        "№ Наименование    Кол-во  Цена, тенге  Сумма, тенге\n"
        "1 Семена            420    38 500,00    16 170 000,00\n"
        "К оплате:                               16 170 000,00 T\n"
        "Справочно: по курсу ЦБ РФ (15,6690 руб. за 100 тенге) - 2 533 177,00 руб.\n"
        "Оплата в тенге на счет продавца.\n"
    )

    assert value_of(extract(text, "invoice"), "currency") == "KZT"


@pytest.mark.parametrize(
    "line",
    (
        "Volume discounts: orders over € 25.000,00 - 3%; over € 60.000,00 - 5%.",
        "Minimum order value: € 1.500,00 and maximum € 90.000,00.",
    ),
)
def test_thresholds_not_total(line):
    text = f"EXPORT PRICE LIST\nGate valve  € 412,00\nBall valve  € 238,40\n{line}\n"

    assert value_of(extract(text, "other"), "total") == "412.00"


def test_letter_sum_is_amount_due():
    text = (
        "Исх. № 412 от 17.12.2025\nО неполной оплате\n"
        "Остаток к оплате составляет 36 400,00 руб.\n"
    )
    fields = extract(text, "letter")

    assert value_of(fields, "amount_due") == "36400.00"
    assert "total" not in fields


def test_contract_price_for_term_between_dates():
    text = (
        "2.2. The total price of the Agreement for the term from December 1, 2024 to\n"
        "November 30, 2025 is RUB 3,456,000.00, including VAT 20%.\n"
    )

    assert value_of(extract(text, "contract"), "total") == "3456000.00"


def test_bik_label_without_i():
    text = (
        "JSC Eurasian Settlement Bank\n"
        f"ВК {BANK_BIK} - corr. account 30101810900000000774\n"
        "STATEMENT OF ACCOUNT No. 37\n"
    )

    banks = [party.get("bik") for party in parties_of(text, "bank_statement").values()]
    assert BANK_BIK in banks


def test_charges_line_ends_beneficiary():
    text = (
        "APPLICATION FOR TRANSFER No. 27\n"
        "59   Beneficiary: Keystone Precision Instruments, Inc.\n"
        "     Account No. 4471029385\n"
        "71A  Charges: OUR\n"
        "     Debit our commission from account No. 40702810430400000917\n"
    )

    payee = parties_of(text, "payment_order").get("payee", {})
    assert "account" not in payee


@pytest.mark.parametrize(
    "line",
    [
        "Сумма задолженности: 3 600,00 руб.",
        "Задолженность по оплате составляет 3 600,00 рублей.",
        "Требуем погасить задолженность в размере 3 600,00 руб.",
    ],
)
def test_letter_debt_is_amount_due(line):
    fields = extract(f"Исх. № 5 от 01.04.2025\n{line}\n", "letter")

    assert value_of(fields, "amount_due") == "3600.00"


def test_letter_deposit_reports_rest():
    text = (
        "Dear Sirs,\nInvoice total: EUR 10,000.00\nDeposit paid: EUR 3,000.00\n"
        "Balance due: EUR 7,000.00\n"
    )

    assert value_of(extract(text, "letter"), "amount_due") == "7000.00"


def test_closing_row_needs_money():
    text = (
        "INVOICE No. 4475\n| 1 | USB cable  | 2 | 7.50  | 15.00 |\n"
        "| 2 | Power adapter | 1 | 15.00 | 15.00 |\nPayment terms: 30 days net.\n"
    )

    assert "total" not in extract(text, "invoice")


def test_pence_are_not_roubles():
    fields = extract("RECEIPT 12/03/2025\nTea 80p\nAmount paid: 80p\n", "receipt")

    assert value_of(fields, "currency") != "RUB"


def test_above_in_prose_is_no_threshold():
    text = (
        "RECEIPT No. 88\n3 April 2025\n"
        "Received from John Smith for the services listed above $ 1,200.00\n"
    )

    assert value_of(extract(text, "receipt"), "total") == "1200.00"


@pytest.mark.parametrize(
    "line",
    [
        "Арендная плата составляет пятьдесят тысяч рублей в месяц.",
        "Исполнитель уплачивает неустойку пять тысяч рублей 00 копеек.",
    ],
)
def test_words_rate_or_penalty_not_total(line):
    text = f"ДОГОВОР № 14/25\nг. Москва 01 марта 2025 г.\n{line}\n"

    assert "total" not in extract(text, "contract")


@pytest.mark.parametrize(
    ("vat_line", "vat"),
    [
        ("В т.ч. НДС (22 5 ) 4 224-00", "4224.00"),
        ("В т.ч. НДС (20 5) 3 904-00", "3904.00"),
        ("В т.ч. НДС (22%) 4 224-00", "4224.00"),
    ],
)
def test_vat_rate_with_percent_read_as_five(vat_line, vat):
    text = (
        "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 341\n12.03.2026\nСумма 23 424-00\n"
        "Назначение платежа: Оплата по счету № ЦМ-26-0041187 за коды маркировки\n"
        f"{vat_line}\n"
    )

    assert value_of(extract(text, "payment_order"), "vat") == vat


def test_note_number_before_five_not_a_rate():
    text = "СЧЕТ № 5 от 12.03.2026\nНДС (15 5 ) 1 200,00\nИтого к оплате: 7 200,00\n"

    assert value_of(extract(text, "invoice"), "vat") != "1200.00"
