"""Hybrid mode: agreement, disagreement and gaps filled by the embedded engine."""

from ai_agents.llm import HybridClassification, LLMEngine
from ai_agents.llm.hybrid import AGREEMENT_CONFIDENCE

from .helpers import INVOICE_TEXT, classification_reply, invoice_reply, scalar
from .server import Reply


def hybrid_extract(config, server, reply):
    server.script(Reply.json(reply))
    engine = LLMEngine(config=config, hybrid=True)
    return engine.extract(INVOICE_TEXT, document_type="invoice")


def test_engine_names(llm_config):
    assert LLMEngine(config=llm_config).name == "llm"
    assert LLMEngine(config=llm_config, hybrid=True).name == "hybrid"
    assert LLMEngine(config=llm_config).model == "test-model"


def test_agreement_raises_confidence(llm_server, llm_config):
    fields = hybrid_extract(llm_config, llm_server, invoice_reply()).fields

    assert fields["total"]["source"] == "both"
    assert fields["total"]["confidence"] == AGREEMENT_CONFIDENCE
    assert "disagreement" not in fields["total"]
    assert fields["parties"]["seller"]["inn"]["source"] == "both"
    assert fields["line_items"][0]["amount"]["source"] == "both"


def test_disagreement_marked(llm_server, llm_config):
    reply = invoice_reply(date=scalar("2024-04-01", "1 апреля 2024"))

    date = hybrid_extract(llm_config, llm_server, reply).fields["date"]

    assert date["value"] == "2024-03-15"
    assert date["source"] == "embedded"
    assert date["disagreement"] == {"embedded": "2024-03-15", "llm": "2024-04-01"}


def test_embedded_fills_gaps(llm_server, llm_config):
    reply = invoice_reply(vat=None, number=scalar("123"))
    reply["parties"] = []

    result = hybrid_extract(llm_config, llm_server, reply)

    assert result.fields["vat"]["source"] == "embedded"
    assert result.fields["vat"]["value"] == "1875.15"
    assert result.fields["parties"]["seller"]["bik"]["source"] == "embedded"
    assert result.fields["parties"]["seller"]["bik"]["valid"] is True
    assert any(check["code"] == "vat_rate" for check in result.checks)


def test_llm_only_field(llm_server, llm_config):
    reply = invoice_reply(total_in_words=scalar("11250.90", "11 250,90"))

    fields = hybrid_extract(llm_config, llm_server, reply).fields

    assert fields["total_in_words"]["source"] == "llm"
    assert fields["total_in_words"]["supported"] is True


def test_classification_agreement(llm_server, llm_config):
    llm_server.script(Reply.json(classification_reply("invoice", 0.6)))
    engine = LLMEngine(config=llm_config, hybrid=True)

    result = engine.classify(INVOICE_TEXT)

    assert isinstance(result, HybridClassification)
    assert result.document_type == "invoice"
    assert result.confidence > 0.6
    assert result.disagreement is None
    assert "disagreement" not in result.as_dict()


def test_classification_disagreement(llm_server, llm_config):
    llm_server.script(Reply.json(classification_reply("letter", 0.5)))
    engine = LLMEngine(config=llm_config, hybrid=True)

    result = engine.classify(INVOICE_TEXT)

    assert result.document_type == "invoice"
    assert result.disagreement == {"embedded": "invoice", "llm": "letter"}
    assert result.alternatives[0].document_type == "letter"
    assert result.as_dict()["disagreement"]["llm"] == "letter"
