"""Operator-defined document types: keywords, examples and field schemas."""

import pytest

from ai_agents.engines import EmbeddedEngine, get_engine
from ai_agents.engines.taxonomy import (
    DOCUMENT_TYPES,
    FIELD_KINDS,
    DocumentType,
    FieldSpec,
    document_type_codes,
    merge_types,
)

from .custom_samples import (
    CUSTOMS_EXAMPLE_1,
    CUSTOMS_EXAMPLE_2,
    CUSTOMS_NEW,
    CUSTOMS_NEW_OCR,
    INVOICE_WITH_EXTRA_FIELDS,
    VAT_REFUND_LETTER,
    VET_EXAMPLE_1,
    VET_EXAMPLE_2,
    VET_NEW,
)
from .samples import SAMPLES

CUSTOMS = DocumentType(
    "customs_declaration",
    "Декларация на товары",
    "Goods declaration",
    "Customs declaration of imported or exported goods (ДТ).",
    keywords=("декларация на товары", "ДТ", "таможенная стоимость", "декларант"),
    examples=(CUSTOMS_EXAMPLE_1, CUSTOMS_EXAMPLE_2),
    fields=(
        FieldSpec(
            "declaration_number",
            "number",
            ("Регистрационный номер", "Номер ДТ"),
            "Registration number of the declaration.",
        ),
        FieldSpec("declaration_date", "date", ("Дата регистрации",)),
        FieldSpec("customs_value", "amount", ("Таможенная стоимость",)),
        FieldSpec("declarant_inn", "inn", ("ИНН декларанта",)),
    ),
    external_code="09023",
    builtin=False,
)
VET_CERTIFICATE = DocumentType(
    "vet_certificate",
    "Ветеринарное свидетельство",
    "Veterinary certificate",
    "Certificate for transporting animals.",
    examples=(VET_EXAMPLE_1, VET_EXAMPLE_2),
    builtin=False,
)
EMPTY_TYPE = DocumentType(
    "internal_memo",
    "Служебная записка",
    "Internal memo",
    "A type with neither keywords nor examples.",
    fields=(FieldSpec("department", "text", ("Подразделение",)),),
    builtin=False,
)


@pytest.fixture(scope="module")
def engine() -> EmbeddedEngine:
    return EmbeddedEngine(
        document_types=merge_types([CUSTOMS, VET_CERTIFICATE, EMPTY_TYPE])
    )


def test_merge_types_appends_custom_before_other():
    merged = merge_types([CUSTOMS, VET_CERTIFICATE])
    codes = [document_type.code for document_type in merged]

    assert codes[: len(DOCUMENT_TYPES) - 1] == list(document_type_codes()[:-1])
    assert codes[-3:] == ["customs_declaration", "vet_certificate", "other"]
    assert merged[-3].builtin is False
    assert merged[-3].external_code == "09023"


def test_merge_types_extends_builtin():
    extra = DocumentType(
        "invoice",
        "",
        "",
        "",
        keywords=("счёт-оферта",),
        examples=("Счёт-оферта № 1",),
        fields=(FieldSpec("order_number", "number", ("Номер заказа",)),),
        external_code="01",
    )

    invoice = next(t for t in merge_types([extra]) if t.code == "invoice")

    assert invoice.builtin is True
    assert invoice.name_en == "Invoice"
    assert invoice.external_code == "01"
    assert invoice.keywords == ("счёт-оферта",)
    assert invoice.examples == ("Счёт-оферта № 1",)
    assert invoice.fields[0].name == "number"
    assert invoice.fields[-1].name == "order_number"


def test_merge_types_duplicate_code_raises():
    with pytest.raises(ValueError, match="customs_declaration"):
        merge_types([CUSTOMS, CUSTOMS])


def test_merge_types_empty_keeps_builtins():
    assert merge_types([]) == DOCUMENT_TYPES


@pytest.mark.parametrize("name", ["", "Number", "1st", "total-sum"])
def test_field_spec_invalid_name_raises(name):
    with pytest.raises(ValueError, match="Invalid field name"):
        FieldSpec(name, "text")


def test_field_spec_unknown_kind_raises():
    with pytest.raises(ValueError, match="'money'"):
        FieldSpec("total", "money")


@pytest.mark.parametrize(
    "document_type",
    [t for t in DOCUMENT_TYPES if t.code != "other"],
    ids=lambda t: t.code,
)
def test_builtin_schema_not_empty(document_type):
    assert document_type.fields
    for spec in document_type.fields:
        assert spec.kind in FIELD_KINDS
        assert spec.description


def test_builtin_schemas_list_type_fields():
    by_code = {t.code: {spec.name for spec in t.fields} for t in DOCUMENT_TYPES}

    assert {"kbk", "oktmo", "purpose", "priority"} <= by_code["payment_order"]
    assert {"series", "issuer_code", "birth_date"} <= by_code["passport"]
    assert {"fiscal_drive_number", "fiscal_sign"} <= by_code["receipt"]
    assert {"number", "date", "total", "currency", "vat"} <= by_code["invoice"]
    assert {"total", "currency"} <= by_code["packing_list"]
    assert "vat" not in by_code["packing_list"]
    assert "total" not in by_code["passport"]


def test_engine_lists_merged_types(engine):
    codes = [document_type.code for document_type in engine.document_types]

    assert codes[-1] == "other"
    assert "customs_declaration" in codes
    assert "invoice" in codes


def test_engine_default_types_builtin():
    assert EmbeddedEngine().document_types == DOCUMENT_TYPES


def test_get_engine_passes_document_types():
    engine = get_engine("embedded", document_types=merge_types([CUSTOMS]))

    assert engine.document_types[-2].code == "customs_declaration"


def test_engine_adds_missing_other():
    engine = EmbeddedEngine(document_types=[CUSTOMS])

    codes = [document_type.code for document_type in engine.document_types]

    assert codes == ["customs_declaration", "other"]


def test_engine_duplicate_codes_raise():
    with pytest.raises(ValueError, match="customs_declaration"):
        EmbeddedEngine(document_types=[CUSTOMS, CUSTOMS])


def test_customs_declaration_classified(engine):
    result = engine.classify(CUSTOMS_NEW)

    assert result.document_type == "customs_declaration"
    assert result.confidence > 0.8


def test_customs_declaration_ocr_classified(engine):
    result = engine.classify(CUSTOMS_NEW_OCR)

    assert result.document_type == "customs_declaration"
    assert result.confidence > 0.6


def test_examples_only_type_classified(engine):
    result = engine.classify(VET_NEW)

    assert result.document_type == "vet_certificate"
    assert 0.6 < result.confidence <= 1.0


def test_examples_only_customs_type_classified():
    examples_only = DocumentType(
        "goods_declaration",
        "ДТ",
        "Goods declaration",
        "",
        examples=(CUSTOMS_EXAMPLE_1, CUSTOMS_EXAMPLE_2),
        builtin=False,
    )
    engine = EmbeddedEngine(document_types=merge_types([examples_only]))

    for text in (CUSTOMS_NEW, CUSTOMS_NEW_OCR):
        assert engine.classify(text).document_type == "goods_declaration"


def test_unrelated_text_stays_other(engine):
    text = "Список покупок на выходные: молоко, хлеб, яблоки, сыр и кофе для дома."

    result = engine.classify(text)

    assert result.document_type == "other"


def test_empty_custom_type_never_wins(engine):
    memo = "Служебная записка\nПодразделение: отдел закупок\nПрошу выделить ноутбук."

    result = engine.classify(memo)
    candidates = {candidate.document_type for candidate in result.alternatives}

    assert result.document_type != "internal_memo"
    assert "internal_memo" not in candidates


def test_empty_custom_type_extracts_fields(engine):
    memo = "Служебная записка № 14\nПодразделение: отдел закупок\nПрошу выделить."

    extraction = engine.extract(memo, document_type="internal_memo")

    assert extraction.document_type == "internal_memo"
    assert extraction.fields["department"]["value"] == "отдел закупок"
    assert extraction.fields["number"]["value"] == "14"


@pytest.mark.parametrize(
    ("line", "total"),
    [
        ("Итого: 300 000,00 руб.", "300000.00"),
        ("Всего: 300 000,00 руб.", "300000.00"),
        ("Total: 300,000.00 RUB", "300000.00"),
    ],
)
def test_custom_type_reads_plain_total_label(engine, line, total):
    text = f"СЛУЖЕБНАЯ ЗАПИСКА № 18 от 20.05.2025\nПодразделение: склад\n{line}\n"

    fields = engine.extract(text, document_type="internal_memo").fields

    assert fields["total"]["value"] == total
    assert fields["currency"]["value"] == "RUB"


def test_builtin_other_keeps_strong_total_labels():
    text = "СПРАВКА № 18 от 20.05.2025\nИтого: 300 000,00 руб.\n"

    fields = get_engine(embeddings="off").extract(text, document_type="other").fields

    assert "total" not in fields


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda sample: sample.id)
def test_builtin_samples_keep_type(engine, sample):
    builtin_only = get_engine()

    expected = builtin_only.classify(sample.text).document_type

    assert engine.classify(sample.text).document_type == expected


def test_builtin_extra_keywords_classify():
    letter_keywords = DocumentType(
        "letter", "", "", "", keywords=("заявление о возврате", "прошу вернуть")
    )
    engine = EmbeddedEngine(document_types=merge_types([letter_keywords]))

    before = get_engine().classify(VAT_REFUND_LETTER)
    after = engine.classify(VAT_REFUND_LETTER)

    assert before.document_type == "other"
    assert after.document_type == "letter"


def test_builtin_extra_examples_classify():
    letter_examples = DocumentType(
        "letter", "", "", "", examples=(VAT_REFUND_LETTER,), builtin=True
    )
    engine = EmbeddedEngine(document_types=merge_types([letter_examples]))
    similar = VAT_REFUND_LETTER.replace("12 000,00", "8 500,00").replace("№ 7", "№ 12")

    before = get_engine().classify(similar)
    after = engine.classify(similar)

    assert before.document_type == "other"
    assert after.document_type == "letter"


def test_keywords_fold_ocr_noise():
    keyword_type = DocumentType(
        "vet_certificate",
        "Ветсвидетельство",
        "Veterinary certificate",
        "",
        keywords=("ветеринарное свидетельство",),
        builtin=False,
    )
    engine = EmbeddedEngine(document_types=merge_types([keyword_type]))
    # Latin look-alike letters, upper case and a line break inside the keyword.
    text = "BETEPИHAPHOE\nCВИДЕТЕЛЬСТВО форма 1\nВыдано на перевозку животных."

    assert engine.classify(text).document_type == "vet_certificate"


def test_title_keyword_outweighs_body_keyword():
    keyword_type = DocumentType(
        "vet_certificate", "В", "V", "", keywords=("ветеринарное свидетельство",)
    )
    engine = EmbeddedEngine(document_types=merge_types([keyword_type]))
    filler = "\n".join(f"Строка описания груза номер {n}" for n in range(30))
    title_text = "Ветеринарное свидетельство\n" + filler
    body_text = filler + "\nВетеринарное свидетельство"

    title = engine.classify(title_text, candidates=["vet_certificate"])
    body = engine.classify(body_text, candidates=["vet_certificate"])

    assert title.document_type == "vet_certificate"
    assert body.document_type == "other"


def test_classify_candidates_custom_code(engine):
    result = engine.classify(CUSTOMS_NEW, candidates=["customs_declaration", "invoice"])

    assert result.document_type == "customs_declaration"


def test_classify_candidates_exclude_custom(engine):
    result = engine.classify(VET_NEW, candidates=["invoice", "contract"])

    assert result.document_type == "other"


def test_classify_unknown_candidate_raises(engine):
    with pytest.raises(ValueError, match="'customs'") as error:
        engine.classify(CUSTOMS_NEW, candidates=["customs"])

    assert "customs_declaration" in str(error.value)


def test_extract_unknown_type_raises(engine):
    with pytest.raises(ValueError, match="'customs'"):
        engine.extract(CUSTOMS_NEW, document_type="customs")


def test_builtin_engine_rejects_custom_code():
    with pytest.raises(ValueError, match="'customs_declaration'"):
        get_engine().classify(CUSTOMS_NEW, candidates=["customs_declaration"])


def test_customs_declaration_extracted(engine):
    extraction = engine.extract(CUSTOMS_NEW)
    fields = extraction.fields

    assert extraction.document_type == "customs_declaration"
    assert fields["declaration_number"]["value"] == "10005030/200324/0045123"
    assert fields["declaration_date"]["value"] == "2024-03-20"
    assert fields["customs_value"]["value"] == "3450780.25"
    assert fields["declarant_inn"]["value"] == "7702123454"
    assert fields["declarant_inn"]["valid"] is True


def test_customs_common_fields_extracted(engine):
    fields = engine.extract(CUSTOMS_NEW, document_type="customs_declaration").fields

    assert "date" in fields
    assert fields["date"]["value"] == "2024-03-20"


def test_customs_ocr_fields_extracted(engine):
    fields = engine.extract(CUSTOMS_NEW_OCR).fields

    assert fields["declaration_number"]["value"] == "10005030/200324/0045123"
    assert fields["declaration_date"]["value"] == "2024-03-20"
    assert fields["customs_value"]["value"] == "3450780.25"
    assert fields["customs_value"]["confidence"] < 0.85
    assert fields["declarant_inn"]["value"] == "7702123454"


def test_schema_field_spans_match_raw(engine):
    for text in (CUSTOMS_NEW, CUSTOMS_NEW_OCR):
        fields = engine.extract(text, document_type="customs_declaration").fields
        for name in ("declaration_number", "declaration_date", "customs_value"):
            start, end = fields[name]["span"]
            assert text[start:end] == fields[name]["raw"], name
            assert 0 < fields[name]["confidence"] <= 1, name


def test_schema_inn_check_recorded(engine):
    extraction = engine.extract(CUSTOMS_NEW, document_type="customs_declaration")

    checks = [c for c in extraction.checks if c["fields"] == ["declarant_inn"]]

    assert len(checks) == 1
    assert checks[0]["code"] == "inn_checksum"
    assert checks[0]["passed"] is True


def test_schema_invalid_inn_flagged(engine):
    text = CUSTOMS_NEW.replace("7702123454", "7702123455")

    extraction = engine.extract(text, document_type="customs_declaration")

    assert extraction.fields["declarant_inn"]["valid"] is False
    failed = [c for c in extraction.checks if not c["passed"]]
    assert [c["fields"] for c in failed] == [["declarant_inn"]]


INVOICE_EXTRA_FIELDS = (
    FieldSpec("order_number", "number", ("Номер заказа",)),
    FieldSpec("delivery_date", "date", ("Срок поставки",)),
    FieldSpec("payee_bik", "bik", ("БИК банка получателя",)),
    FieldSpec("payee_account", "account", ("Счет получателя",)),
    FieldSpec("supplier_bank", "text", ("Банк поставщика",)),
    FieldSpec("payment_currency", "currency", ("Итого к оплате",)),
    FieldSpec("number", "number", ("Счет на оплату",)),
)


@pytest.fixture(scope="module")
def invoice_engine() -> EmbeddedEngine:
    extra = DocumentType("invoice", "", "", "", fields=INVOICE_EXTRA_FIELDS)
    return EmbeddedEngine(document_types=merge_types([extra]))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("order_number", "ZK-2024-0315"),
        ("delivery_date", "2024-03-25"),
        ("payee_bik", "044525225"),
        ("payee_account", "40702816000000012345"),
        ("supplier_bank", "ПАО Сбербанк"),
        ("payment_currency", "RUB"),
    ],
)
def test_builtin_extra_field_extracted(invoice_engine, name, value):
    fields = invoice_engine.extract(INVOICE_WITH_EXTRA_FIELDS).fields

    assert fields[name]["value"] == value
    start, end = fields[name]["span"]
    assert INVOICE_WITH_EXTRA_FIELDS[start:end] == fields[name]["raw"]


def test_builtin_fields_kept_with_extras(invoice_engine):
    builtin = get_engine().extract(INVOICE_WITH_EXTRA_FIELDS).fields
    extended = invoice_engine.extract(INVOICE_WITH_EXTRA_FIELDS).fields

    assert extended["number"] == builtin["number"]
    assert extended["total"] == builtin["total"]
    assert extended["parties"] == builtin["parties"]


def test_extra_account_checked_against_bik(invoice_engine):
    extraction = invoice_engine.extract(INVOICE_WITH_EXTRA_FIELDS)

    checks = [c for c in extraction.checks if c["fields"][0] == "payee_account"]

    assert extraction.fields["payee_account"]["valid"] is True
    assert [c["code"] for c in checks] == ["bik_account_key"]
    assert checks[0]["passed"] is True


def test_extra_account_next_line_confidence(invoice_engine):
    fields = invoice_engine.extract(INVOICE_WITH_EXTRA_FIELDS).fields

    assert fields["payee_account"]["confidence"] < fields["payee_bik"]["confidence"]


def test_missing_label_leaves_field_out(engine):
    text = CUSTOMS_NEW.replace("Таможенная стоимость", "Стоимость товара")

    fields = engine.extract(text, document_type="customs_declaration").fields

    assert "customs_value" not in fields


@pytest.mark.parametrize(
    ("kind", "line", "value"),
    [
        ("kpp", "КПП получателя - 770201001", "770201001"),
        ("ogrn", "ОГРН получателя № 1225000000015", "1225000000015"),
        (
            "iban",
            "IBAN получателя: DE89 3704 0044 0532 0130 00",
            "DE89370400440532013000",
        ),
        ("currency", "Валюта получателя: EUR", "EUR"),
        ("text", "Наименование получателя:  ООО «Ромашка» ;", "ООО «Ромашка»"),
    ],
)
def test_schema_kind_normalized(kind, line, value):
    label = line.split(" получателя")[0] + " получателя"
    custom = DocumentType(
        "remittance", "Р", "R", "", fields=(FieldSpec("target", kind, (label,)),)
    )
    engine = EmbeddedEngine(document_types=merge_types([custom]))

    extraction = engine.extract(f"Реквизиты\n{line}\n", document_type="remittance")

    assert extraction.fields["target"]["value"] == value
    if kind in ("kpp", "ogrn", "iban"):
        assert extraction.fields["target"]["valid"] is True


def many_custom_types(count: int) -> list[DocumentType]:
    """Return `count` operator types, each with 2 keywords and 3 example texts."""
    bases = (CUSTOMS_EXAMPLE_1, CUSTOMS_EXAMPLE_2, VET_EXAMPLE_1)
    return [
        DocumentType(
            f"custom_{index}",
            f"Вид {index}",
            f"Kind {index}",
            "",
            keywords=(f"документ вида {index}", f"форма К-{index}"),
            examples=tuple(
                f"Документ вида {index}\n{base}\nОтметка {index}-{n}"
                for n, base in enumerate(bases)
            ),
            fields=(FieldSpec("reg_number", "number", ("Регистрационный номер",)),),
            builtin=False,
        )
        for index in range(count)
    ]


def test_fifty_custom_types_pick_right():
    # The rules alone must tell the types apart; embedding 150 example texts
    # would take about a minute here.
    engine = EmbeddedEngine(
        document_types=merge_types(many_custom_types(50)), embeddings="off"
    )
    text = "Документ вида 17\n" + CUSTOMS_NEW

    assert engine.classify(text).document_type == "custom_17"
