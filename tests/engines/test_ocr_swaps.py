"""OCR swaps of letters and digits in words, dates, document numbers and receipts."""

import pytest

from ai_agents.engines.ocr_repairs import (
    number_in_script,
    repair_amount_letters,
    repair_cyrillic_words,
    repair_number_digits,
    repair_word_digits,
)
from ai_agents.engines.text import NormalizedText, fold
from ai_agents.engines.validators import is_valid_inn

from .form_helpers import extract, value_of

# An INN whose check digit passes, computed with bench.holdout.inn_check_digit.
SHOP_INN = "7731528409"


# repair_word_digits works on folded text, so the cases are folded first.
REPAIRED_WORDS = [
    pytest.param("Bil1 to", "bill to", id="bill-to"),
    pytest.param("INV0ICE No. 5", "invoice no. 5", id="invoice-zero"),
    pytest.param("Subtota1: 10.00", "subtotal: 10.00", id="subtotal-one"),
    pytest.param("0PTICS LTD", "optics ltd", id="zero-opens-word"),
    pytest.param("FO0D", "food", id="zero-between-letters"),
    pytest.param("Ju1 5, 2024", "jul 5, 2024", id="month-jul"),
    pytest.param("Ju1y 5, 2024", "july 5, 2024", id="month-july"),
    pytest.param("Apri1 3", "april 3", id="month-april"),
    pytest.param("Date 22.O4.2024", "date 22.04.2024", id="date-o-for-zero"),
    pytest.param("22.O4.24", "22.04.24", id="short-year-date"),
    pytest.param("2.O4.24", "2.04.24", id="one-digit-day"),
    pytest.param("l5.ll.24", "15.11.24", id="date-l-for-one"),
]

UNCHANGED_WORDS = [
    pytest.param("1pcs", id="quantity-pcs"),
    pytest.param("10шт", id="quantity-pieces-ru"),
    pytest.param("1ton", id="quantity-ton"),
    pytest.param("KD01", id="code-letters-then-digits"),
    pytest.param("A10", id="code-one-letter"),
    pytest.param("NL859204117B01", id="vat-id"),
    pytest.param("Invoice 10", id="number-after-word"),
    pytest.param("l.Ol.2O", id="date-mostly-letters"),
    pytest.param("O4.2024", id="month-and-year"),
    pytest.param("July", id="word-without-digits"),
]


@pytest.mark.parametrize(("text", "expected"), REPAIRED_WORDS)
def test_word_digits_read_as_letters(text, expected):
    assert repair_word_digits(fold(text)) == expected


@pytest.mark.parametrize("text", UNCHANGED_WORDS)
def test_word_digits_unchanged(text):
    folded = fold(text)

    assert repair_word_digits(folded) == folded


@pytest.mark.parametrize(
    "text",
    [param.values[0] for param in REPAIRED_WORDS]
    + [param.values[0] for param in UNCHANGED_WORDS],
)
def test_word_digits_keep_length(text):
    folded = fold(text)

    assert len(repair_word_digits(folded)) == len(folded)


def test_normalized_text_repairs_words():
    document = NormalizedText("Bil1 to: Harbor Lane Ltd")

    assert document.text == "bill to: harbor lane ltd"
    assert document.original == "Bil1 to: Harbor Lane Ltd"


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        pytest.param("7З1", "731", id="cyrillic-ze"),
        pytest.param("NL-24-O7O3", "NL-24-0703", id="latin-o-in-group"),
        pytest.param("O7", "07", id="leading-o"),
        pytest.param("1О", "10", id="cyrillic-o"),
        pytest.param("Cl-2025/0871", "CI-2025/0871", id="l-for-capital-i"),
        pytest.param("Invl-25", "Invl-25", id="lower-case-word-kept"),
        pytest.param("OOOO-000123", "0000-000123", id="leading-zero-group"),
        pytest.param("ООО-Альфа-12", "ООО-Альфа-12", id="letters-after-group"),
    ],
)
def test_number_digits_repaired(number, expected):
    assert repair_number_digits(number) == expected


@pytest.mark.parametrize(
    "number",
    [
        pytest.param("КД-0417", id="letter-prefix"),
        pytest.param("OOO", id="letters-only"),
        pytest.param("A1O", id="glued-to-letter"),
        pytest.param("F 1234K20/1234/12", id="letter-inside-group"),
        pytest.param("ЗЗ1", id="more-letters-than-digits"),
    ],
)
def test_number_digits_unchanged(number):
    assert repair_number_digits(number) == number


def test_invoice_number_and_date_repaired():
    text = (
        "СЧЕТ НА ОПЛАТУ № 7З1 ОТ 22.O4.2024\nПоставщик: ООО «Тополь»\nИтого: 1 000,00\n"
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "number") == "731"
    assert fields["number"]["raw"] == "7З1"
    assert value_of(fields, "date") == "2024-04-22"
    assert fields["date"]["raw"] == "22.O4.2024"


def test_invoice_number_with_prefix_kept():
    text = "СЧЕТ НА ОПЛАТУ № КД-0417 ОТ 22.04.2024\nИтого: 1 000,00\n"

    assert value_of(extract(text, "invoice"), "number") == "КД-0417"


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("ЧЕК: 87", id="cyrillic"),
        pytest.param("ЧEK: 87", id="latin-look-alikes"),
        pytest.param("ЧЕК № 87", id="number-sign"),
        pytest.param("Номер чека 87", id="number-of-receipt"),
    ],
)
def test_receipt_check_number(label):
    text = f"ООО «Тополь»\nКассовый чек\nСмена 14\n{label}\nИТОГ =350.00\n"

    assert value_of(extract(text, "receipt"), "number") == "87"


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("Кассовый чек 12.03.2025", id="date-after-word"),
        pytest.param("ЧЕК 87/2", id="number-with-slash"),
    ],
)
def test_receipt_check_number_not_read(label):
    text = f"{label}\nИТОГ =350.00\n"

    assert value_of(extract(text, "receipt"), "number") is None


def test_invented_inn_is_valid():
    assert is_valid_inn(SHOP_INN)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"KACCOBЫЙ ЧEK\nИHH {SHOP_INN}\nИTOГ ≡3486.00\n", id="latin-look-alikes"
        ),
        pytest.param(f"КАССОВЫЙ ЧЕК\nИНН {SHOP_INN}\nИТОГ =3486.00\n", id="cyrillic"),
    ],
)
def test_russian_receipt_currency_inferred(text):
    fields = extract(text, "receipt")

    assert value_of(fields, "total") == "3486.00"
    assert value_of(fields, "currency") == "RUB"
    assert fields["currency"]["inferred"] is True


def test_english_receipt_currency_not_inferred():
    # The text is in English, so the Russian INN label alone does not mean roubles.
    text = f"Receipt\nSeller: Lumen Trading LLC\nИНН {SHOP_INN}\nTotal 25.00\n"

    fields = extract(text, "receipt")

    assert value_of(fields, "total") == "25.00"
    assert value_of(fields, "currency") is None


@pytest.mark.parametrize(
    ("number", "cyrillic", "expected"),
    [
        ("KM-0087", True, "КМ-0087"),
        ("СНA-EХР-04", False, "CHA-EXP-04"),
        ("АВ-118/25", False, "АВ-118/25"),
        ("ТН-0915", True, "ТН-0915"),
        ("INV-2025-7", True, "INV-2025-7"),
        ("52/П-24", False, "52/П-24"),
        ("1184", True, "1184"),
    ],
)
def test_number_letters_follow_document_script(number, cyrillic, expected):
    assert number_in_script(number, cyrillic=cyrillic) == expected


def test_zero_legal_form_read_as_letters():
    text = 'Грузополучатель 000 "Балтика", ИНН 7810258219\nЗАО «Бета»: 3A0 «Бета»'

    folded = NormalizedText(text).text

    assert fold('ООО "Балтика"') in folded
    assert folded.count(fold("ЗАО «Бета»")) == 2


def test_zero_legal_form_keeps_quantities():
    text = "Итого 000 шт., 1 000 «штук»"

    assert NormalizedText(text).text == fold(text)


def test_payer_role_read_with_misread_letter():
    text = (
        "ТОВАРНАЯ НАКЛАДНАЯ № 12 от 01.03.2024\n"
        "Плательцик ООО «Балтика», ИНН 7810258219, КПП 781001001\n"
    )

    parties = extract(text, "waybill")["parties"]

    assert parties["buyer"]["inn"]["value"] == "7810258219"


def test_kpp_read_with_misread_label_and_space():
    text = (
        "ACT No. 7/2024 of 28.06.2024\n"
        "Contractor: Kedrovy Dvor LLC, INN 7714728479, KPP 771 401001\n"
        "Заказчик: АО «Уралхимснаб» (ИНН 6673059601, КИП 667301001)\n"
    )

    parties = extract(text, "act")["parties"]

    assert parties["seller"]["kpp"]["value"] == "771401001"
    assert parties["buyer"]["kpp"]["value"] == "667301001"


def test_kpp_label_with_pe_read_as_te_i():
    text = (
        "СПРАВКА О СТОИМОСТИ ВЫПОЛНЕННЫХ РАБОТ № 4\n"
        "Заказчик    ООО «ГенСтрой-Каменка», ИНН 6316165909, КТИТ 631601001\n"
    )

    parties = extract(text, "act")["parties"]

    assert parties["buyer"]["kpp"]["value"] == "631601001"


def test_split_kpp_of_wrong_length_ignored():
    text = "ACT No. 7\nContractor: Kedrovy Dvor LLC, INN 7714728479, KPP 771 4010\n"

    parties = extract(text, "act")["parties"]

    assert "kpp" not in parties["seller"]


def test_bik_label_read_as_btk():
    text = (
        "INVOICE No. 15\nBank details of the Seller:\n"
        "Account (EUR): 40702978030824628194\nВТК 046577903    SWIFT: URSBRU4E\n"
    )

    parties = extract(text, "invoice")["parties"]

    assert parties["seller"]["bik"]["value"] == "046577903"


def test_payer_role_with_doubled_misread_letter():
    text = (
        "СЧЕТ № 45/25 от 3 июня 2025 г.\n"
        "Плательцщик:     ООО «Сибирский фасад»\n"
        "ИНН:             5405690785\n"
    )

    parties = extract(text, "invoice")["parties"]

    assert parties["buyer"]["inn"]["value"] == "5405690785"


@pytest.mark.parametrize(
    ("text", "expected"),
    (
        pytest.param(
            "54o ooo (пятьсот сорок тысяч)\nрублей oo копеек",
            "540 000 (пятьсот сорок тысяч)\nрублей 00 копеек",
            id="amount-before-words",
        ),
        pytest.param("итого 2 b46.oo ₽", "итого 2 846.00 ₽", id="b-before-rouble-sign"),
        pytest.param("45 ooo руб.", "45 000 руб.", id="before-rouble-word"),
        pytest.param(
            'договор 54 ooo "ромашка"', 'договор 54 ooo "ромашка"', id="legal-form"
        ),
        pytest.param("12 ooo шт", "12 ooo шт", id="no-money-after"),
        pytest.param(
            "2,84o,ooo.oo 568,ooo.oo",
            "2,840,000.00 568,000.00",
            id="grouped-few-digits",
        ),
        pytest.param("1 5oo,oo", "1 500,00", id="one-group-and-decimals"),
        pytest.param("10 ooo,oo", "10 000,00", id="letters-group-and-decimals"),
        pytest.param("ooo 5oo", "ooo 5oo", id="no-decimals-kept"),
    ),
)
def test_amount_letters_before_money_words(text, expected):
    repaired = repair_amount_letters(text)

    assert repaired == expected
    assert len(repaired) == len(text)


@pytest.mark.parametrize(
    ("read", "name"),
    [
        ("000 «Альфа»", "ООО «Альфа»"),
        ("3A0 «Бета»", "ЗАО «Бета»"),
        ('OOO "Donskoy"', 'OOO "Donskoy"'),
    ],
)
def test_legal_form_read_with_digits(read, name):
    assert repair_cyrillic_words(read) == name


def test_transport_company_name_is_no_kpp_label():
    text = "ТРАНСПОРТНАЯ НАКЛАДНАЯ № 7\nПеревозчик: ТК КИТ 631201001\n"

    parties = extract(text, "waybill").get("parties", {})

    assert "kpp" not in parties.get("carrier", {})


def test_date_year_with_be_for_six():
    text = (
        "Универсальный передаточный документ\nCчeт-фaктypa Ne 1l47 oт 17.O3.2O2б (1)\n"
    )

    assert extract(text, "upd")["date"]["value"] == "2026-03-17"


def test_number_sign_read_as_n2():
    text = "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ N2 583   19.03.2026\nСумма 727180-00\n"

    assert extract(text, "payment_order")["number"]["value"] == "583"


def test_fuel_grade_euro_is_no_currency():
    text = (
        "ООО «Топливная компания»\nИНН 7702620960\n"
        "КАССОВЫЙ ЧЕК № 87\n18.03.26 19:42\nДТ ЕВРО-5 (К5)  ТРК 3\n"
        "180,000 л x 68,45                =12 321,00\nИТОГ              =12 321,00\n"
    )

    assert extract(text, "receipt")["currency"]["value"] == "RUB"


def test_labels_cut_at_the_left_page_edge():
    # A photo cut the first letter of each line's label.
    text = (
        "П Сафонов Михаил Андреевич\n"
        "НН 440179754310, ОГРНИП 316448403075732\n"
        "ИK 043478977, к/с 30101810000000000977\n"
        "             АКТ № 9 от 31.03.2026\n"
        "аказчик: ООО «Мебельная фабрика», ИНН 4401526013, КПП 440101001\n"
        "Итого: 106 400,00\n"
    )

    parties = extract(text, "act")["parties"]

    assert parties["seller"]["inn"]["value"] == "440179754310"
    assert parties["seller"]["bik"]["value"] == "043478977"
    assert parties["buyer"]["inn"]["value"] == "4401526013"
