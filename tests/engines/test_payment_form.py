"""Payment orders in the layout of the bank form 0401060 as OCR reads it.

The text imitates OCR of a rendered form: captions under their blocks, some of them
lost, and labels misread ("Ca. №" for "Сч. №", "6ИК" for "БИК", "KNN" for "КПП").
All companies and numbers are made up, and the requisites pass their checks.
"""

import pytest

from ai_agents.engines import get_engine

from .test_extraction import field_at, scalar_fields

OCR_FORM = """Поступ. в банк плат. Списано со сч. плат.

ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 214 03.06.2024 01
Дата Вид
платежа

Сумма прописью Сорок две тысячи рублей 15 копеик
ИНН 5260012342 | КПП 526001001 |Сумма 42000-15
ООО «Бета»

Ca. № 40702810600000000777
АО «АЛЬФА-БАНК» г. Москва 6ИК 044525593

C4. № 30101810200000000593
Банк плательщика
ПАО СБЕРБАНК г. Москва БUК 044525225

Cu. № 30101810400000000225
ИНН 7725012341 KNN 772501001 |Сч. № 40702810500000001234

ООО «Альфа»

Вид оп. 01 Срок
плат.
Очер.
Наз. пл
18210301000011000110 | 45382000 | ТП | 31.05.2024
Налог на добавленную стоимость за 1 квартал 2024 года
Назначение платежа
Подписи Отметки банка
"""

EXPECTED_PARTIES = {
    "payer.inn": "5260012342",
    "payer.kpp": "526001001",
    "payer.name": "ООО «Бета»",
    "payer.account": "40702810600000000777",
    "payer.bank_name": "АО «АЛЬФА-БАНК» г. Москва",
    "payer.bik": "044525593",
    "payer.correspondent_account": "30101810200000000593",
    "payee.bank_name": "ПАО СБЕРБАНК г. Москва",
    "payee.bik": "044525225",
    "payee.correspondent_account": "30101810400000000225",
    "payee.inn": "7725012341",
    "payee.kpp": "772501001",
    "payee.account": "40702810500000001234",
    "payee.name": "ООО «Альфа»",
}


def with_all_captions(text: str) -> str:
    text = text.replace(
        "Ca. № 40702810600000000777\n", "Ca. № 40702810600000000777\nПлательщик\n"
    )
    text = text.replace(
        "Cu. № 30101810400000000225\n",
        "Cu. № 30101810400000000225\nБанк получателя\n",
    )
    return text.replace("Наз. пл\n", "Наз. пл\nПолучатель Код Рез. поле\n")


def without_captions(text: str) -> str:
    return text.replace("Банк плательщика\n", "")


def with_caption_beside_account(text: str) -> str:
    """Put the account column on the caption's line, as a form's text layer may."""
    return text.replace(
        "Ca. № 40702810600000000777\n",
        "Плательщик                    Сч. № 40702810600000000777\n",
    )


VARIANTS = {
    "ocr": OCR_FORM,
    "lost-bik-label": OCR_FORM.replace("6ИК 044525593", "044525593"),
    "misread-inn-labels": OCR_FORM.replace("ИНН 7725012341", "WHH 7725012341"),
    "all-captions": with_all_captions(OCR_FORM),
    "no-captions": without_captions(OCR_FORM),
    "caption-beside-account": with_caption_beside_account(OCR_FORM),
    "crlf": OCR_FORM.replace("\n", "\r\n"),
}


@pytest.fixture(scope="module")
def engine():
    return get_engine()


@pytest.fixture(scope="module", params=VARIANTS)
def variant(request, engine):
    text = VARIANTS[request.param]
    return text, engine.extract(text)


def test_form_classified(engine):
    classification = engine.classify(OCR_FORM)

    assert classification.document_type == "payment_order"


@pytest.mark.parametrize(("path", "expected"), EXPECTED_PARTIES.items())
def test_form_party_value(variant, path, expected):
    _, extraction = variant

    found = field_at(extraction.fields["parties"], path)

    assert found is not None, f"{path} missing"
    assert found["value"] == expected


def test_form_nothing_unassigned(variant):
    _, extraction = variant

    assert set(extraction.fields["parties"]) == {"payer", "payee"}


def test_form_checks_pass(variant):
    _, extraction = variant

    failed = [check["message"] for check in extraction.checks if not check["passed"]]

    assert failed == []


def test_form_spans_match_raw(variant):
    text, extraction = variant

    for path, found in scalar_fields(extraction.fields):
        start, end = found["span"]
        assert text[start:end] == found["raw"], path


@pytest.mark.parametrize(
    ("path", "expected"),
    (
        ("kbk", "18210301000011000110"),
        ("oktmo", "45382000"),
        ("purpose", "Налог на добавленную стоимость за 1 квартал 2024 года"),
        ("total", "42000.15"),
        ("total_in_words", "42000.15"),
    ),
)
def test_form_fields(variant, path, expected):
    _, extraction = variant

    assert extraction.fields[path]["value"] == expected


def test_purpose_after_tax_row_without_caption(engine):
    text = OCR_FORM.replace("Назначение платежа\n", "")

    purpose = engine.extract(text).fields["purpose"]

    assert purpose["value"] == "Налог на добавленную стоимость за 1 квартал 2024 года"
    assert purpose["confidence"] < 0.7


def test_one_bik_after_bank_caption_is_payees(engine):
    text = OCR_FORM.replace(" 6ИК 044525593", "")

    parties = engine.extract(text).fields["parties"]

    assert "bik" not in parties["payer"]
    assert parties["payer"]["bank_name"]["value"] == "АО «АЛЬФА-БАНК» г. Москва"
    assert parties["payee"]["bik"]["value"] == "044525225"


def test_labeled_tax_codes_not_accounts(engine):
    text = (
        "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 12 от 03.06.2024\n"
        "Плательщик: ООО «Бета», ИНН 5260012342, КПП 526001001\n"
        "Получатель: ООО «Альфа», ИНН 7725012341, р/с 40702810500000001234\n"
        "КБК 18210301000011000110 ОКТМО 45382000\n"
        "Назначение платежа: НДС за 1 квартал 2024 года\n"
    )

    extraction = engine.extract(text)
    fields = extraction.fields

    assert fields["kbk"]["value"] == "18210301000011000110"
    assert fields["kbk"]["confidence"] == 0.9
    assert fields["oktmo"]["value"] == "45382000"
    assert fields["purpose"]["value"] == "НДС за 1 квартал 2024 года"
    assert set(fields["parties"]) == {"payer", "payee"}
    assert fields["parties"]["payee"]["account"]["value"] == "40702810500000001234"


def test_bare_tax_row_not_account(engine):
    text = (
        "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 12 от 03.06.2024\n"
        "Плательщик: ООО «Бета», ИНН 5260012342\n"
        "Получатель: ООО «Альфа», ИНН 7725012341\n"
        "18210301000011000110 45382000 ТП 31.05.2024\n"
    )

    extraction = engine.extract(text)

    assert extraction.fields["kbk"]["confidence"] == 0.7
    assert "account" not in extraction.fields["parties"]["payee"]
    assert set(extraction.fields["parties"]) == {"payer", "payee"}


@pytest.mark.parametrize(
    ("line", "key", "expected"),
    (
        ("Вид платежа: электронно", "payment_type", "электронно"),
        ("Вид платежа: СРОЧНО", "payment_type", "срочно"),
        ("Очередность платежа: 5", "priority", "5"),
        ("Очер. плат. 3", "priority", "3"),
    ),
)
def test_labeled_type_and_priority(engine, line, key, expected):
    text = f"ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 12 от 03.06.2024\n{line}\n"

    fields = engine.extract(text, document_type="payment_order").fields

    assert fields[key]["value"] == expected


def test_empty_type_and_priority_skipped(engine):
    fields = engine.extract(OCR_FORM).fields

    assert "priority" not in fields
    assert "payment_type" not in fields


@pytest.mark.parametrize(
    ("text", "expected"),
    (
        (
            "Назначение платежа:\nОплата по счету № 7\nза услуги связи\n\nПодписи\n",
            "Оплата по счету № 7 за услуги связи",
        ),
        ("Details of payment: invoice 2024-0042\n", "invoice 2024-0042"),
        ("Назначение платежа:\n\nПодписи\n", None),
    ),
)
def test_purpose_after_label(engine, text, expected):
    text = "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 5 от 01.04.2024\n" + text

    fields = engine.extract(text, document_type="payment_order").fields

    assert fields.get("purpose", {}).get("value") == expected
