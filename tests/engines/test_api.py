"""The public engine API: registry, taxonomy, result types and argument checks."""

import json

import pytest

from ai_agents.engines import (
    Candidate,
    Classification,
    EmbeddedEngine,
    Engine,
    Extraction,
    UnknownEngineError,
    get_engine,
    register_engine,
)
from ai_agents.engines.taxonomy import DOCUMENT_TYPES, document_type_codes

from .samples import INVOICE_RU, PAYMENT_ORDER_RU

REQUIRED_CODES = (
    "invoice",
    "contract",
    "act",
    "payment_order",
    "receipt",
    "passport",
    "waybill",
    "letter",
    "other",
    "upd",
    "packing_list",
    "bank_statement",
    "power_of_attorney",
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return get_engine()


def test_get_engine_default_embedded():
    engine = get_engine()

    assert isinstance(engine, EmbeddedEngine)
    assert engine.name == "embedded"


def test_get_engine_unknown_name_raises():
    with pytest.raises(UnknownEngineError, match="'llm'"):
        get_engine("llm")


def test_unknown_engine_error_is_valueerror():
    assert issubclass(UnknownEngineError, ValueError)


def test_get_engine_passes_options():
    engine = get_engine("embedded", title_lines=5)

    assert isinstance(engine, EmbeddedEngine)


def test_register_engine_adds_factory(monkeypatch):
    monkeypatch.setattr("ai_agents.engines._FACTORIES", {"embedded": EmbeddedEngine})

    register_engine("fake", lambda: "engine instance")

    assert get_engine("fake") == "engine instance"


@pytest.mark.parametrize("code", REQUIRED_CODES)
def test_taxonomy_lists_required_code(code):
    codes = document_type_codes()

    assert code in codes


def test_taxonomy_codes_unique_other_last():
    codes = document_type_codes()

    assert len(set(codes)) == len(codes)
    assert codes[-1] == "other"


@pytest.mark.parametrize("document_type", DOCUMENT_TYPES, ids=lambda item: item.code)
def test_taxonomy_entries_have_names(document_type):
    assert document_type.name_ru
    assert document_type.name_en
    assert document_type.description


def test_classification_as_dict_shape():
    classification = Classification("invoice", 0.9, (Candidate("act", 0.05),))

    result = classification.as_dict()

    assert result == {
        "document_type": "invoice",
        "confidence": 0.9,
        "alternatives": [{"document_type": "act", "confidence": 0.05}],
    }


def test_extraction_as_dict_copies_fields():
    fields = {"number": {"value": "1"}}
    extraction = Extraction("invoice", fields, ({"code": "x"},))

    result = extraction.as_dict()
    result["fields"]["number"]["value"] = "2"

    assert fields["number"]["value"] == "1"
    assert result["checks"] == [{"code": "x"}]


def test_extraction_as_dict_json_serializable(engine):
    extraction = engine.extract(PAYMENT_ORDER_RU.text)

    encoded = json.dumps(extraction.as_dict(), ensure_ascii=False)

    assert '"document_type": "payment_order"' in encoded


def test_classify_unknown_candidate_raises(engine):
    with pytest.raises(ValueError, match="'memo'"):
        engine.classify("text", candidates=["invoice", "memo"])


def test_classify_empty_candidates_raises(engine):
    with pytest.raises(ValueError, match="Candidates must not be empty"):
        engine.classify("text", candidates=[])


def test_extract_unknown_type_raises(engine):
    with pytest.raises(ValueError, match="'memo'"):
        engine.extract("text", document_type="memo")


def test_candidates_restrict_choice(engine):
    classification = engine.classify(INVOICE_RU.text, candidates=["contract", "act"])

    assert classification.document_type in {"contract", "act", "other"}
    assert all(
        item.document_type in {"contract", "act", "other"}
        for item in classification.alternatives
    )


def test_candidates_accept_single_string(engine):
    classification = engine.classify(INVOICE_RU.text, candidates="invoice")

    assert classification.document_type == "invoice"


@pytest.mark.parametrize("text", ("", "   \n\t ", "№ 5", "12.03.2024 5 250,00"))
def test_empty_text_classifies_other(engine, text):
    classification = engine.classify(text)

    assert classification.document_type == "other"
    assert classification.confidence <= 0.1
    assert classification.alternatives == ()


def test_empty_text_extracts_nothing(engine):
    extraction = engine.extract("")

    assert extraction.document_type == "other"
    assert extraction.fields == {}
    assert extraction.checks == ()


def test_alternatives_sorted_and_positive(engine):
    classification = engine.classify(INVOICE_RU.text)

    confidences = [item.confidence for item in classification.alternatives]
    assert confidences == sorted(confidences, reverse=True)
    assert all(confidence > 0 for confidence in confidences)
    assert len(confidences) <= 3
    assert classification.confidence >= max(confidences)


def test_extract_without_type_classifies(engine):
    extraction = engine.extract(INVOICE_RU.text)

    assert extraction.document_type == "invoice"


def test_extract_with_type_skips_classification(engine):
    extraction = engine.extract(INVOICE_RU.text, document_type="other")

    assert extraction.document_type == "other"
    assert extraction.fields["total"]["value"] == "11250.90"
