"""Party roles and requisites in the layouts of invoices, acts, contracts and orders."""

import json

import pytest

from ai_agents.engines import get_engine

from .party_samples import PARTY_SAMPLES, PAYMENT_ORDER_INLINE
from .test_extraction import field_at, scalar_fields


@pytest.fixture(scope="module")
def engine():
    return get_engine()


def parties_of(engine, text: str, document_type: str) -> dict:
    return engine.extract(text, document_type=document_type).fields["parties"]


EXPECTED_VALUES = [
    pytest.param(sample, path, value, id=f"{name}-{path}")
    for name, sample in PARTY_SAMPLES.items()
    for path, value in sample.expected.items()
]


@pytest.mark.parametrize(("sample", "path", "expected"), EXPECTED_VALUES)
def test_party_sample_value(engine, sample, path, expected):
    extraction = engine.extract(sample.text, document_type=sample.document_type)

    found = field_at(extraction.fields, path)

    assert found is not None, f"{path} missing"
    assert found["value"] == expected


@pytest.mark.parametrize("name", PARTY_SAMPLES)
def test_party_sample_classified(engine, name):
    sample = PARTY_SAMPLES[name]

    classification = engine.classify(sample.text)

    assert classification.document_type == sample.document_type


@pytest.mark.parametrize("name", PARTY_SAMPLES)
def test_party_sample_spans_match_raw(engine, name):
    sample = PARTY_SAMPLES[name]

    extraction = engine.extract(sample.text, document_type=sample.document_type)

    for path, found in scalar_fields(extraction.fields):
        start, end = found["span"]
        assert sample.text[start:end] == found["raw"], path


@pytest.mark.parametrize("name", PARTY_SAMPLES)
def test_party_sample_checks_pass(engine, name):
    sample = PARTY_SAMPLES[name]

    extraction = engine.extract(sample.text, document_type=sample.document_type)

    failed = [check["message"] for check in extraction.checks if not check["passed"]]
    assert failed == []


@pytest.mark.parametrize("name", PARTY_SAMPLES)
def test_party_sample_nothing_unassigned(engine, name):
    sample = PARTY_SAMPLES[name]

    parties = parties_of(engine, sample.text, sample.document_type)

    unassigned = [role for role in parties if role.startswith("unassigned")]
    assert unassigned == []


def test_inline_payment_order_total_raw(engine):
    extraction = engine.extract(PAYMENT_ORDER_INLINE.text)

    total = extraction.fields["total"]

    assert extraction.document_type == "payment_order"
    assert total["raw"] == "12 500-00"
    assert total["value"] == "12500.00"


def test_unassigned_values_all_kept(engine):
    text = (
        "Письмо № 3 от 01.03.2024\n"
        "Просим перечислить долг ООО «Альфа» (ИНН 7725012341) вместо ООО «Бета» "
        "(ИНН 5260012342). Третье лицо: ИНН 7810000001, повторно ИНН 7725012341.\n"
    )

    parties = parties_of(engine, text, "letter")

    assert set(parties) == {"unassigned", "unassigned_2", "unassigned_3"}
    assert parties["unassigned"]["inn"]["value"] == "7725012341"
    assert parties["unassigned_2"]["inn"]["value"] == "5260012342"
    assert parties["unassigned_3"]["inn"]["value"] == "7810000001"


def test_unassigned_roles_fill_free_keys(engine):
    text = "Справка\nИНН 7725012341 КПП 772501001\nИНН 5260012342\n"

    parties = parties_of(engine, text, "other")

    assert set(parties["unassigned"]) == {"inn", "kpp"}
    assert set(parties["unassigned_2"]) == {"inn"}
    assert parties["unassigned_2"]["inn"]["valid"] is True


def test_second_inn_in_section_kept(engine):
    text = (
        "Счет № 1 от 01.03.2024\n"
        "Поставщик: ООО «Альфа», ИНН 7725012341, ИНН 5260012342\n"
    )

    parties = parties_of(engine, text, "invoice")

    assert parties["seller"]["inn"]["value"] == "7725012341"
    assert parties["unassigned"]["inn"]["value"] == "5260012342"


def test_unassigned_outside_value_not_repeated(engine):
    text = (
        "ООО «Альфа» ИНН 7725012341\n"
        "Счет № 1 от 01.03.2024\n"
        "Поставщик: ООО «Альфа», ИНН 7725012341\n"
    )

    parties = parties_of(engine, text, "invoice")

    assert set(parties) == {"seller"}


def test_unassigned_roles_json_simple(engine):
    text = "Справка\nИНН 7725012341\nИНН 5260012342\n"

    extraction = engine.extract(text, document_type="other")
    encoded = json.loads(json.dumps(extraction.as_dict()))

    second = encoded["fields"]["parties"]["unassigned_2"]["inn"]
    assert set(second) == {"value", "raw", "confidence", "span", "valid"}


def test_owner_word_beats_section(engine):
    text = (
        "Платежное поручение № 4 от 01.04.2024\n"
        "Плательщик: ООО «Бета», ИНН плательщика 5260012342\n"
        "ИНН получателя: 7725012341, Счет получателя: 40702810500000001234\n"
    )

    parties = parties_of(engine, text, "payment_order")

    assert parties["payer"]["inn"]["value"] == "5260012342"
    assert parties["payee"]["inn"]["value"] == "7725012341"
    assert parties["payee"]["account"]["value"] == "40702810500000001234"


@pytest.mark.parametrize(
    ("line", "key", "expected"),
    (
        ("ИНН/КПП 7707083893/773601001", "inn", "7707083893"),
        ("ИНН / КПП: 7707083893 / 773601001", "kpp", "773601001"),
        ("инн:7707083893", "inn", "7707083893"),
        ("Р/сч. 40702810938000000001", "account", "40702810938000000001"),
        ("р/с: 40702810938000000001", "account", "40702810938000000001"),
        ("Расчетный счет № 40702810938000000001", "account", "40702810938000000001"),
        ("Сч. № 4070 2810 9380 0000 0001", "account", "40702810938000000001"),
        ("к/с 30101810400000000225", "correspondent_account", "30101810400000000225"),
        (
            "Кор. счет: 30101810400000000225",
            "correspondent_account",
            "30101810400000000225",
        ),
        (
            "Корр/сч 30101810400000000225",
            "correspondent_account",
            "30101810400000000225",
        ),
        ("Сч. № 30101810400000000225", "correspondent_account", "30101810400000000225"),
        ("БИК: 044525225", "bik", "044525225"),
        ("6ИК 044525225", "bik", "044525225"),
        ("БUК 044525225", "bik", "044525225"),
        ("NHH 7707083893", "inn", "7707083893"),
        ("KNN 773601001", "kpp", "773601001"),
        ("КПn 773601001", "kpp", "773601001"),
        ("КПп773601001", "kpp", "773601001"),
        ("Ca. № 40702810938000000001", "account", "40702810938000000001"),
        ("Cu. No 40702810938000000001", "account", "40702810938000000001"),
        ("C4. № 40702810938000000001", "account", "40702810938000000001"),
        (
            "IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX",
            "iban",
            "DE89370400440532013000",
        ),
        ("IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX", "swift", "COBADEFFXXX"),
        ("VAT Reg. No.: GB 123 4567 89", "vat_id", "GB123456789"),
    ),
)
def test_requisite_label_forms(engine, line, key, expected):
    text = f"Счет № 1 от 01.03.2024\nПоставщик: ООО «Альфа», {line}\n"

    parties = parties_of(engine, text, "invoice")

    assert parties["seller"][key]["value"] == expected


def test_invalid_iban_marked(engine):
    text = "INVOICE No. 5\nSeller: Nordic Parts GmbH\nIBAN: DE89370400440532013001\n"

    extraction = engine.extract(text, document_type="invoice")

    iban = extraction.fields["parties"]["seller"]["iban"]
    check = next(c for c in extraction.checks if c["code"] == "iban_checksum")
    assert iban["valid"] is False
    assert check["passed"] is False
    assert check["fields"] == ["parties.seller.iban"]


def test_prose_role_word_not_label(engine):
    text = (
        "ДОГОВОР № 7 от 01.02.2024\n"
        "Покупатель обязуется оплатить товар «Лампа настольная» в течение 5 дней.\n"
        "Покупатель: ООО «Бета», ИНН 5260012342\n"
    )

    parties = parties_of(engine, text, "contract")

    assert parties["buyer"]["name"]["value"] == "ООО «Бета»"


def test_signature_line_not_label(engine):
    text = (
        "АКТ № 3 от 01.04.2024\n"
        "Исполнитель: ООО «Альфа», ИНН 7725012341\n"
        "Итого: 1 000,00\n"
        "Заказчик: _____________ /Петров П.П./\n"
    )

    parties = parties_of(engine, text, "act")

    assert "buyer" not in parties
    assert parties["seller"]["name"]["value"] == "ООО «Альфа»"


def test_caption_row_without_colons(engine):
    text = (
        "АКТ № 8 от 10.04.2024\nИтого: 48 000,00\n\n"
        "ИСПОЛНИТЕЛЬ                               ЗАКАЗЧИК\n"
        "ООО «Альфа»                               ООО «Бета»\n"
        "ИНН 7725012341                            ИНН 5260012342\n"
    )

    parties = parties_of(engine, text, "act")

    assert parties["seller"]["inn"]["value"] == "7725012341"
    assert parties["buyer"]["inn"]["value"] == "5260012342"
    assert parties["buyer"]["name"]["value"] == "ООО «Бета»"


def test_bank_caption_between_bank_lines(engine):
    text = (
        "ПАО СБЕРБАНК г. Москва                 БИК     044525225\n"
        "Банк получателя                        Сч. №   30101810400000000225\n"
        "ИНН 7725012341   КПП 772501001         Сч. №   40702810500000001234\n"
        "ООО «Альфа»\n"
        "Получатель\n"
        "Счет на оплату № 7 от 01.04.2024\n"
        "Покупатель: ООО «Бета», ИНН 5260012342\n"
    )

    parties = parties_of(engine, text, "invoice")

    seller = parties["seller"]
    assert seller["bik"]["value"] == "044525225"
    assert seller["bank_name"]["value"] == "ПАО СБЕРБАНК г. Москва"
    assert seller["account"]["value"] == "40702810500000001234"
    assert seller["name"]["value"] == "ООО «Альфа»"
    assert parties["buyer"]["inn"]["value"] == "5260012342"


def test_bare_captions_above_content(engine):
    text = (
        "Платежное поручение № 3 от 01.04.2024\n"
        "Плательщик\n"
        'ООО "Ромашка"\n'
        "ИНН 7707083893 КПП 773601001\n"
        "Банк плательщика\n"
        "ПАО СБЕРБАНК г. Москва БИК 044525225\n"
        "Банк получателя\n"
        'АО "АЛЬФА-БАНК" г. Москва БИК 044525593\n'
        "Получатель\n"
        'ООО "Альфа"\n'
        "ИНН 7725012341 КПП 772501001\n"
    )

    parties = parties_of(engine, text, "payment_order")

    assert parties["payer"]["inn"]["value"] == "7707083893"
    assert parties["payer"]["bik"]["value"] == "044525225"
    assert parties["payee"]["bik"]["value"] == "044525593"
    assert parties["payee"]["inn"]["value"] == "7725012341"
    assert parties["payee"]["name"]["value"] == 'ООО "Альфа"'


def test_english_payment_roles(engine):
    text = (
        "PAYMENT ORDER No. 77\nDate: 02.04.2024\nAmount: EUR 1,250.00\n"
        "Ordering customer: Northwind Trading GmbH, IBAN DE89 3704 0044 0532 0130 00\n"
        "Beneficiary: Blue Harbor Consulting LLC\n"
        "Beneficiary bank: Barclays Bank PLC, London\n"
        "SWIFT: BARCGB22\n"
        "IBAN: GB29 NWBK 6016 1331 9268 19\n"
        "Details of payment: invoice 2024-0042\n"
    )

    parties = parties_of(engine, text, "payment_order")

    assert parties["payer"]["iban"]["value"] == "DE89370400440532013000"
    assert parties["payee"]["iban"]["value"] == "GB29NWBK60161331926819"
    assert parties["payee"]["swift"]["value"] == "BARCGB22"
    assert parties["payee"]["name"]["value"] == "Blue Harbor Consulting LLC"


def test_contract_preamble_names_english(engine):
    text = (
        'SERVICES AGREEMENT No. 9\nThis Agreement (the "Agreement") is made between '
        'Northwind Trading Inc., hereinafter referred to as the "Customer", and Blue '
        'Harbor Consulting LLC, hereinafter referred to as the "Contractor".\n'
    )

    parties = parties_of(engine, text, "contract")

    assert parties["buyer"]["name"]["value"] == "Northwind Trading Inc."
    assert parties["seller"]["name"]["value"] == "Blue Harbor Consulting LLC"


def test_invoice_letterhead_goes_to_seller(engine):
    text = (
        "ООО «Альфа»\n"
        "ИНН 7725012341 КПП 772501001\n"
        "Р/с 40702810500000001234 в ПАО СБЕРБАНК, БИК 044525225\n\n"
        "СЧЕТ № 15 от 01.04.2024\n"
        "Плательщик: ООО «Бета», ИНН 5260012342\n"
        "Итого к оплате: 500,00\n"
    )

    parties = parties_of(engine, text, "invoice")

    seller = parties["seller"]
    assert seller["name"]["value"] == "ООО «Альфа»"
    assert seller["inn"]["value"] == "7725012341"
    assert seller["bik"]["value"] == "044525225"
    assert parties["buyer"]["inn"]["value"] == "5260012342"
    assert "unassigned" not in parties


def test_letter_letterhead_stays_unassigned(engine):
    text = "ООО «Альфа»\nИНН 7725012341\nИсх. № 4 от 01.04.2024\nУважаемые коллеги!\n"

    parties = parties_of(engine, text, "letter")

    assert parties["unassigned"]["inn"]["value"] == "7725012341"


def test_inline_label_with_person(engine):
    text = (
        "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 8 от 02.04.2024\n"
        "Плательщик Иванов Иван Иванович\n"
        "ИНН 500100732259\n"
        "Сч. № 40817810400000004321\n"
        'Получатель ООО "Альфа" ИНН 7725012341\n'
    )

    parties = parties_of(engine, text, "payment_order")

    assert parties["payer"]["name"]["value"] == "Иванов Иван Иванович"
    assert parties["payer"]["inn"]["value"] == "500100732259"
    assert parties["payee"]["inn"]["value"] == "7725012341"


def test_sentence_above_caption_not_block(engine):
    text = (
        "ДОГОВОР № 1 от 01.01.2024\n"
        "Заказчик вправе требовать возврата средств на счет № 40702810600000000777.\n"
        "Исполнитель\n"
        "ООО «Альфа» обязуется выполнить работы.\n"
        "РЕКВИЗИТЫ СТОРОН\n"
        "Поставщик: ООО «Альфа», ИНН 7725012341\n"
    )

    parties = parties_of(engine, text, "contract")

    assert parties["seller"]["name"]["value"] == "ООО «Альфа»"
    assert "account" not in parties["seller"]
    assert parties["unassigned"]["account"]["value"] == "40702810600000000777"


def test_tab_separated_columns(engine):
    text = (
        "АКТ № 8 от 10.04.2024\nИтого: 48 000,00\n\n"
        "ИСПОЛНИТЕЛЬ\tЗАКАЗЧИК\n"
        "ООО «Альфа»\tООО «Бета»\n"
        "ИНН 7725012341\tИНН 5260012342\n"
        "\tКПП 526001001\n"
    )

    parties = parties_of(engine, text, "act")

    assert parties["seller"]["inn"]["value"] == "7725012341"
    assert "kpp" not in parties["seller"]
    assert parties["buyer"]["inn"]["value"] == "5260012342"
    assert parties["buyer"]["kpp"]["value"] == "526001001"
    assert parties["buyer"]["name"]["value"] == "ООО «Бета»"


RUSSIAN_RECEIPT = """Добро пожаловать!
ООО «Продукты у дома»
г. Тула, ул. Советская, д. 5
ИНН 7107012345
КАССОВЫЙ ЧЕК № 0245
ИТОГ                                 =143,90
"""

ENGLISH_RECEIPT = """GREENLEAF MARKET
214 Harbor Street, Portland, ME 04101
SALES RECEIPT            Receipt #: 58121
TOTAL                      $11.89
"""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (RUSSIAN_RECEIPT, "ООО «Продукты у дома»"),
        (ENGLISH_RECEIPT, "GREENLEAF MARKET"),
    ],
)
def test_receipt_store_name_is_seller(engine, text, name):
    seller = parties_of(engine, text, "receipt")["seller"]

    assert seller["name"]["value"] == name


def test_receipt_address_first_gives_no_name(engine):
    text = "г. Тула, ул. Советская, д. 5\nИНН 7107012345\nКАССОВЫЙ ЧЕК № 0245\n"

    assert "name" not in parties_of(engine, text, "receipt")["seller"]
