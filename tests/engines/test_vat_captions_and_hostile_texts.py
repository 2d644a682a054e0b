"""VAT captions that name a net or gross amount, totals cited from a contract,
dates in words, and texts built to slow the rules down: long dash runs, lost line
breaks and lines of dates."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.context import ExtractionContext
from ai_agents.engines.date_words import find_word_dates
from ai_agents.engines.text import MAX_LINE_CHARS, NormalizedText, fold

from .form_helpers import BUYER_INN, SELLER_INN, extract, value_of

HEADER = (
    "Счет на оплату № 248 от 14.03.2024\n"
    f"Поставщик: ООО «Вектор», ИНН {SELLER_INN}\n"
    f"Покупатель: ООО «Ромашка», ИНН {BUYER_INN}\n"
)


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


@pytest.mark.parametrize(
    ("lines", "vat"),
    [
        (
            "Сумма без НДС: 12 000,00\nНДС 20%: 2 400,00\nВсего к оплате: 14 400,00\n",
            "2400.00",
        ),
        (
            "Итого с НДС        12 000,00\nИтого без НДС      10 000,00\n"
            "НДС 20%  2 000,00\n",
            "2000.00",
        ),
        (
            "| Сумма без НДС, руб. | 75 000,00 |\n| НДС (20%), руб. | 15 000,00 |\n"
            "| Сумма с НДС, руб. | 90 000,00 |\n",
            "15000.00",
        ),
    ],
)
def test_net_and_gross_captions_not_vat(lines, vat):
    assert value_of(extract(HEADER + lines, "invoice"), "vat") == vat


def test_vat_under_its_caption():
    text = (
        "Счет № 5\nДата:\n15 мая 2024 г.\nПоставщик\nООО «Вектор»\nИНН\n"
        f"{SELLER_INN}\nИтого\n58 300,00\nВ том числе НДС\n9 716,67\n"
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "vat") == "9716.67"
    assert value_of(fields, "total") == "58300.00"


@pytest.mark.parametrize(
    "vat_number",
    ["USt-IdNr.: DE 812 345 678", "MwSt.-Nr. DE 812 345 678", "VAT-ID DE 812345678"],
)
def test_german_vat_number_not_vat(vat_number):
    text = (
        f"Müller Maschinenbau GmbH\nIndustriestraße 12, 70565 Stuttgart\n{vat_number}\n"
        "INVOICE No. MM-2026-0412\nDate: 12 March 2026\n"
        "Net amount EUR 9,550.00\nVAT 19%  EUR 1,814.50\nTotal EUR 11,364.50\n"
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "vat") == "1814.50"
    assert value_of(fields, "total") == "11364.50"


def test_till_tax_code_not_vat():
    text = (
        "SUPERCENTER\nST# 2280 OP# 00001 TE# 12 TR# 04521\nMILK 1GAL   3.48 N\n"
        "SUBTOTAL    6.37\nTAX 1   7.000 %   0.45\nTOTAL   6.82\nCASH TEND   10.00\n"
        "CHANGE DUE  3.18\n"
    )

    fields = extract(text, "receipt")

    assert value_of(fields, "vat") == "0.45"
    assert value_of(fields, "total") == "6.82"


def test_till_receipt_classified(engine):
    text = (
        "SUPERCENTER\nStore #2280  (555) 555-1234\n"
        "ST# 2280 OP# 00001 TE# 12 TR# 04521\n"
        "BANANAS    0.39 N\nMILK 1GAL   3.48 N\nBREAD WHT   2.50 N\nSUBTOTAL    6.37\n"
        "TAX 1   7.000 %   0.45\nTOTAL   6.82\nCASH TEND   10.00\nCHANGE DUE  3.18\n"
        "04/07/24   14:32:11\n"
    )

    assert engine.classify(text).document_type == "receipt"


def test_act_own_value_beats_cited_contract_sum():
    text = (
        "АКТ № 37\nсдачи-приемки оказанных услуг\nг. Москва     30 апреля 2024 г.\n"
        f"Исполнитель: ООО «Вектор», ИНН {SELLER_INN}\n"
        f"Заказчик: ООО «Ромашка», ИНН {BUYER_INN}\n"
        "Основание: Договор № 15/23 от 10.01.2023 на сумму 1 200 000,00 руб.\n"
        "Стоимость услуг составляет 100 000,00 (Сто тысяч) рублей 00 копеек, в том\n"
        "числе НДС 20% - 16 666,67 руб.\n"
    )

    assert value_of(extract(text, "act"), "total") == "100000.00"


def test_invoice_amount_beats_quoted_agreement_value():
    text = (
        "INVOICE No. 2024-118\nDate: March 5, 2024\nFrom: Bright Code LLC\n"
        "For services rendered under agreement dated 01/15/2024 (total agreement "
        "value $96,000.00).\nAmount: $8,000.00\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "8000.00"


@pytest.mark.parametrize(
    ("title", "document_type"),
    [
        ("Счет 7781 от 02.03.2024", "invoice"),
        ("Invoice 7781 dated 02.03.2024", "invoice"),
        ("Invoice: 7781", "invoice"),
        ("Акт 7781 от 02.03.2024", "act"),
    ],
)
def test_digits_after_title_word_number_it(title, document_type):
    text = f"{title}\nПоставщик: ООО «Вектор», ИНН {SELLER_INN}\nИтого: 4 500,00\n"

    assert value_of(extract(text, document_type), "number") == "7781"


@pytest.mark.parametrize(
    "title", ["Счет: 40702810544000016385", "INVOICE 2024", "Счет 7781"]
)
def test_account_or_year_after_title_word_no_number(title):
    text = f"{title}\nПоставщик: ООО «Вектор»\nИтого: 4 500,00\n"

    assert value_of(extract(text, "invoice"), "number") is None


def test_debt_with_parties_before_verb_is_amount_due():
    text = (
        "Исх. № 45/2024 от 12.02.2024\nО погашении задолженности\n"
        "Настоящим сообщаем, что по состоянию на 01.02.2024 задолженность ООО "
        "«Ромашка» перед ООО «Вектор» по договору № 77-П от 01.02.2023 составляет "
        "245 600,00 (двести сорок пять тысяч шестьсот) рублей.\n"
    )

    assert value_of(extract(text, "letter"), "amount_due") == "245600.00"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("двенадцатое марта две тысячи двадцать четвертого года", "2024-03-12"),
        ("первое января две тысячи двадцать шестого года", "2026-01-01"),
        ("тридцать первое декабря две тысячи двадцать пятого года", "2025-12-31"),
        ("третье июня две тысячи пятнадцатого года", "2015-06-03"),
        ("двадцатое мая две тысячи двадцатого года", "2020-05-20"),
    ],
)
def test_date_in_words_read(words, expected):
    ((_start, _end, value),) = find_word_dates(fold(words))

    assert value.isoformat() == expected


def test_impossible_date_in_words_skipped():
    assert (
        find_word_dates(fold("тридцать первое февраля две тысячи двадцать года")) == []
    )


def test_power_of_attorney_dated_in_words():
    text = (
        "ДОВЕРЕННОСТЬ № 14\n"
        "г. Санкт-Петербург, двенадцатое марта две тысячи двадцать четвертого года\n"
        f"Общество с ограниченной ответственностью «Вектор» (ИНН {SELLER_INN}) "
        "доверяет\nСидоровой Анне Викторовне, паспорт 4012 345678, выдан 15.05.2012\n"
        "Доверенность действительна до 12.04.2024.\n"
    )

    assert value_of(extract(text, "power_of_attorney"), "date") == "2024-03-12"


def test_dash_run_before_invoice_read():
    text = "-" * 3000 + " Счет № 1 от 01.02.2024\nИтого к оплате: 4 500,00 руб.\n"

    fields = extract(text, "invoice")

    assert value_of(fields, "number") == "1"
    assert value_of(fields, "total") == "4500.00"


def test_text_without_line_breaks_gets_bounded_lines():
    invoice = HEADER.replace("\n", " ") + "Всего к оплате: 14 400,00 руб. "
    text = invoice * (60_000 // len(invoice))

    document = NormalizedText(text)
    lines = document.text.split("\n")

    assert len(document.text) == len(text)
    assert max(len(line) for line in lines) <= MAX_LINE_CHARS
    assert document.original_span(0, 10) == (0, 10)


def test_line_of_dates_keeps_every_date():
    text = "01.02.2024 " * 3000

    context = ExtractionContext(NormalizedText(text), "other")

    assert len(context.dates) == 3000


def test_supplier_in_powers_is_no_attorney():
    text = (
        "ДОВЕРЕННОСТЬ № 14\nг. Санкт-Петербург, 12 марта 2024 г.\n"
        f"Общество с ограниченной ответственностью «Вектор» (ИНН {SELLER_INN}), в "
        "лице\nгенерального директора Петрова Ивана Сергеевича, действующего на "
        "основании\nУстава, доверяет\n"
        "Сидоровой Анне Викторовне, паспорт 4012 345678, выдан 15.05.2012,\n"
        f"получить от ООО «Ромашка» (ИНН {BUYER_INN}) товарно-материальные ценности.\n"
    )

    parties = extract(text, "power_of_attorney")["parties"]

    assert "inn" not in parties["attorney"]
    assert parties["seller"]["inn"]["value"] == BUYER_INN
    assert parties["principal"]["inn"]["value"] == SELLER_INN


def test_blank_run_after_number_caption_read():
    text = "АКТ № 5 от 01.03.2026\n" + ("Номер акта" + " " * 985 + "!\n") * 3

    assert value_of(extract(text, "act"), "number") == "5"


def test_payable_label_naming_contract_kept():
    text = (
        "СЧЕТ № 12 от 01.04.2024\n"
        f"Поставщик: ООО «Вектор», ИНН {SELLER_INN}\n"
        "Итого: 100 000,00\nСкидка 10%: 10 000,00\n"
        "Всего к оплате по договору № 8: 90 000,00\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "90000.00"


def test_instalment_total_under_agreement():
    text = (
        "INVOICE No. 55\nDate: 1 April 2024\nBill to: Acme Ltd\n"
        "Total due under the Agreement for this instalment: USD 25,000.00\n"
        "Total contract value: USD 100,000.00\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "25000.00"


def test_stage_value_beats_contract_price_in_act():
    text = (
        "АКТ № 3 от 30.06.2024\nсдачи-приемки работ по этапу 2\n"
        "Стоимость работ по этапу 2 составляет 400 000,00 руб., в т.ч. НДС 20% "
        "66 666,67 руб.\n"
        "Итого стоимость по этапу 2 контракта: 400 000,00 руб.\n"
        "Общая цена контракта: 1 200 000,00 руб.\n"
    )

    assert value_of(extract(text, "act"), "total") == "400000.00"


def test_net_price_with_words_then_rate_and_gross():
    text = (
        "ДОГОВОР ПОСТАВКИ № 44\nг. Москва  01.03.2024\n"
        "2.1. Цена договора составляет 100 000,00 (сто тысяч) рублей без НДС, а с "
        "учетом НДС 20% — 120 000,00 рублей.\n"
    )

    fields = extract(text, "contract")

    assert value_of(fields, "total") == "120000.00"
    assert value_of(fields, "vat") != "0.00"


def test_long_term_lease_not_a_debt():
    text = (
        "Исх. № 7 от 01.04.2024\nО задолженности\n"
        "По долгосрочному договору аренды арендная плата составляет 50 000,00 руб. "
        "в месяц.\nЗадолженность по оплате составляет 120 000,00 руб.\n"
    )

    assert value_of(extract(text, "letter"), "amount_due") == "120000.00"
