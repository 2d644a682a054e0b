"""Field extraction from synthetic documents: values, spans, validity and checks."""

import pytest

from ai_agents.engines import get_engine

from .samples import INVOICE_EN, INVOICE_RU, PAYMENT_ORDER_RU, SAMPLES


@pytest.fixture(scope="module")
def engine():
    return get_engine()


def field_at(fields: dict, path: str) -> dict | None:
    """Return the field dict at a dotted path such as "parties.seller.inn"."""
    current = fields
    for part in path.split("."):
        if not isinstance(current, dict) or part not in current:
            return None
        current = current[part]
    return current


def scalar_fields(fields: dict, prefix: str = ""):
    """Yield (path, field) for every scalar field, inside "parties" and the rows of
    "line_items" too."""
    for key, value in fields.items():
        if isinstance(value, list):
            for index, row in enumerate(value):
                yield from scalar_fields(row, f"{prefix}{key}.{index}.")
        elif "value" in value:
            yield prefix + key, value
        else:
            yield from scalar_fields(value, f"{prefix}{key}.")


EXPECTED_VALUES = [
    pytest.param(sample, path, value, id=f"{sample.id}-{path}")
    for sample in SAMPLES
    for path, value in sample.expected.items()
]


@pytest.mark.parametrize(("sample", "path", "expected"), EXPECTED_VALUES)
def test_sample_field_value(engine, sample, path, expected):
    extraction = engine.extract(sample.text, document_type=sample.document_type)

    found = field_at(extraction.fields, path)

    assert found is not None, f"{path} missing"
    assert found["value"] == expected


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda sample: sample.id)
def test_field_spans_match_raw(engine, sample):
    extraction = engine.extract(sample.text, document_type=sample.document_type)

    for path, found in scalar_fields(extraction.fields):
        start, end = found["span"]
        assert sample.text[start:end] == found["raw"], path
        assert 0 <= found["confidence"] <= 1, path


def test_payment_order_checks_all_pass(engine):
    extraction = engine.extract(PAYMENT_ORDER_RU.text)

    failed = [check for check in extraction.checks if not check["passed"]]
    codes = {check["code"] for check in extraction.checks}

    assert failed == []
    assert codes == {
        "inn_checksum",
        "kpp_format",
        "bik_format",
        "bik_account_key",
        "bik_correspondent_account_key",
        "total_matches_words",
    }


def test_payment_order_fields_marked_valid(engine):
    extraction = engine.extract(PAYMENT_ORDER_RU.text)

    payee = extraction.fields["parties"]["payee"]

    for key in ("inn", "kpp", "bik", "account", "correspondent_account"):
        assert payee[key]["valid"] is True, key
    assert "valid" not in payee["name"]


def test_check_names_field_paths(engine):
    extraction = engine.extract(PAYMENT_ORDER_RU.text)

    account_checks = [
        check for check in extraction.checks if check["code"] == "bik_account_key"
    ]

    assert {tuple(check["fields"]) for check in account_checks} == {
        ("parties.payer.account", "parties.payer.bik"),
        ("parties.payee.account", "parties.payee.bik"),
    }


def test_invalid_inn_kept_marked_invalid(engine):
    text = INVOICE_RU.text.replace("ИНН 7702123454", "ИНН 7702123455")

    extraction = engine.extract(text, document_type="invoice")

    inn = extraction.fields["parties"]["seller"]["inn"]
    check = next(
        check
        for check in extraction.checks
        if check["fields"] == ["parties.seller.inn"]
    )
    assert inn["value"] == "7702123455"
    assert inn["valid"] is False
    assert check["passed"] is False
    assert "7702123455" in check["message"]


def test_wrong_account_key_marked_invalid(engine):
    text = INVOICE_RU.text.replace("40702816000000012345", "40702816000000012346")

    extraction = engine.extract(text, document_type="invoice")

    account = extraction.fields["parties"]["seller"]["account"]
    assert account["value"] == "40702816000000012346"
    assert account["valid"] is False


def test_kpp_with_letters_normalized(engine):
    text = (
        "Счет № 1 от 01.03.2024\nПоставщик: ООО «Альфа», ИНН 7702123454, КПП 7701АВ001"
    )

    extraction = engine.extract(text, document_type="invoice")

    kpp = extraction.fields["parties"]["seller"]["kpp"]
    assert kpp["raw"] == "7701АВ001"  # Cyrillic А and В as OCR often reads them
    assert kpp["value"] == "7701AB001"
    assert kpp["valid"] is True


def test_ogrnip_checked(engine):
    text = (
        "Договор № 5 от 01.03.2024\n"
        "Исполнитель: ИП Петров П.П., ИНН 500100732259, ОГРНИП 304500116000157\n"
    )

    extraction = engine.extract(text, document_type="contract")

    ogrn = extraction.fields["parties"]["seller"]["ogrn"]
    assert ogrn["value"] == "304500116000157"
    assert ogrn["valid"] is True


def test_unlabeled_requisites_unassigned(engine):
    text = "Письмо № 3 от 01.03.2024\nПросим перечислить долг. ИНН 7702123454.\n"

    extraction = engine.extract(text, document_type="letter")

    assert extraction.fields["parties"]["unassigned"]["inn"]["value"] == "7702123454"


def test_us_date_read_month_first(engine):
    text = "INVOICE\nInvoice No: 5\nDate: 03/04/2024\nTotal due: $10.00\n"

    extraction = engine.extract(text)

    date = extraction.fields["date"]
    assert date["value"] == "2024-03-04"
    assert date["ambiguous"] is True


def test_russian_date_read_day_first(engine):
    text = "СЧЕТ НА ОПЛАТУ № 5\nДата: 03/04/2024\nИтого к оплате: 10,00 руб.\n"

    extraction = engine.extract(text)

    date = extraction.fields["date"]
    assert date["value"] == "2024-04-03"
    assert date["ambiguous"] is True


def test_unambiguous_date_has_no_flag(engine):
    extraction = engine.extract(INVOICE_EN.text)

    assert "ambiguous" not in extraction.fields["date"]


def test_due_date_never_document_date(engine):
    text = "INVOICE\nDue date: 14.04.2024\nTotal: 10.00 EUR\n"

    extraction = engine.extract(text)

    assert "date" not in extraction.fields


def test_birth_date_never_document_date(engine):
    text = "Заявление\nФамилия: Иванов\nДата рождения: 01.01.1990\n"

    extraction = engine.extract(text)

    assert "date" not in extraction.fields


def test_no_vat_gives_zero(engine):
    text = "Счет на оплату № 8 от 01.03.2024\nИтого к оплате: 1 000,00 руб.\nБез НДС\n"

    extraction = engine.extract(text)

    assert extraction.fields["vat"]["value"] == "0.00"
    assert extraction.fields["vat"]["raw"] == "Без НДС"


def test_total_in_words_mismatch_fails(engine):
    text = PAYMENT_ORDER_RU.text.replace("Сумма 11250-90", "Сумма 11250-00")

    extraction = engine.extract(text)

    check = next(
        check for check in extraction.checks if check["code"] == "total_matches_words"
    )
    assert check["passed"] is False


def test_total_before_payment_and_balance_due(engine):
    text = (
        "INVOICE No. 3\nSubtotal: $90.00\nTax: $10.00\nTotal: $100.00\n"
        "Amount paid: $40.00\nBalance due: $60.00\n"
    )

    extraction = engine.extract(text)

    assert extraction.fields["total"]["value"] == "100.00"
    assert extraction.fields["amount_due"]["value"] == "60.00"
    assert extraction.fields["vat"]["value"] == "10.00"


def test_total_skips_percentages_and_dates(engine):
    text = (
        "Invoice No. 4\nTotal amount due on March 3, 2024 (incl. 20% VAT): €1.234,50\n"
    )

    extraction = engine.extract(text)

    assert extraction.fields["total"]["value"] == "1234.50"
    assert extraction.fields["currency"]["value"] == "EUR"


def test_total_without_label_uses_largest(engine):
    text = "INVOICE #77\nWidget $5.00\nGadget $12.50\n"

    extraction = engine.extract(text)

    total = extraction.fields["total"]
    assert total["value"] == "12.50"
    assert total["confidence"] < 0.5


def test_packing_list_has_no_total(engine):
    text = "PACKING LIST No. 9\nTotal packages: 10\nGross weight: 1,000 kg\n"

    extraction = engine.extract(text)

    assert "total" not in extraction.fields


def test_number_prefers_own_title(engine):
    text = (
        "Основание: Договор № 15 от 01.02.2024\nТОВАРНАЯ НАКЛАДНАЯ № 311 от 20.03.2024"
    )

    extraction = engine.extract(text, document_type="waybill")

    assert extraction.fields["number"]["value"] == "311"
    assert extraction.fields["date"]["value"] == "2024-03-20"


def test_account_after_number_sign_not_number(engine):
    text = "Выписка\nСч. № 40702816000000012345\nза период с 01.03.2024 по 31.03.2024\n"

    extraction = engine.extract(text, document_type="bank_statement")

    assert "number" not in extraction.fields


def test_passport_division_code_checked(engine):
    text = "ПАСПОРТ ГРАЖДАНИНА РОССИЙСКОЙ ФЕДЕРАЦИИ\nКод подразделения: 770 - 001\n"

    extraction = engine.extract(text)

    code = extraction.fields["issuer_code"]
    assert code["value"] == "770-001"
    assert code["valid"] is True
    assert extraction.checks[0]["code"] == "division_code_format"


def test_due_date_label_stays_local(engine):
    text = "INVOICE\nDue date: 14.04.2024   Invoice date: 15.03.2024\nTotal: 5.00 EUR\n"

    extraction = engine.extract(text)

    assert extraction.fields["date"]["value"] == "2024-03-15"


@pytest.mark.parametrize("label", ("Subtotal", "Sub-total", "Sub total", "Total HT"))
def test_subtotal_never_total(engine, label):
    text = f"INVOICE No. 1\n{label}: 90.00 EUR\nVAT: 18.00 EUR\nTotal TTC: 108.00 EUR\n"

    extraction = engine.extract(text)

    assert extraction.fields["total"]["value"] == "108.00"
