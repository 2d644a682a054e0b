"""Uploads analysed by the llm and hybrid engines: form fields, the LLM stage
after OCR, evidence on the page, usage records and failures.

The tasks run eagerly in the test process against a real OpenAI-compatible
test server on 127.0.0.1; tests/integration runs them on a real worker.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ai_agents.llm_service import EngineChoice
from ai_agents.models import LLMCall
from documents.models import Document, DocumentRequest, Status
from documents.services import processing
from documents.services.uploads import request_create
from tests.llm.helpers import AWS_INVOICE, aws_invoice_reply
from tests.llm.server import Reply

pytestmark = pytest.mark.django_db

UPLOAD = "/documents/api/v1/request/"
USAGE = {"prompt_tokens": 900, "completion_tokens": 80, "total_tokens": 980}


def classified(code: str) -> Reply:
    return Reply.json(
        {"document_type": code, "confidence": 0.8, "alternatives": []}, usage=USAGE
    )


@pytest.fixture
def llm(configured_llm):
    return configured_llm


def stored(corpus, engine: str, model: str = "") -> Document:
    content = (corpus / AWS_INVOICE).read_bytes()
    doc_request = request_create(
        files=[SimpleUploadedFile("aws.pdf", content)],
        choice=EngineChoice(engine, model),
    )
    return doc_request.documents.get()


def test_upload_form_fields_pick_engine_and_model(api_client, llm, corpus):
    with (corpus / AWS_INVOICE).open("rb") as handle:
        response = api_client.post(
            UPLOAD, {"files": [handle], "engine": "llm", "model": "quality"}
        )

    assert response.status_code == 202, response.content
    doc_request = DocumentRequest.objects.get()
    assert (doc_request.engine, doc_request.model) == ("llm", "large-model")


def test_unconfigured_llm_upload_rejected(api_client, settings, corpus):
    settings.OPENAI_BASE_URL = ""
    with (corpus / AWS_INVOICE).open("rb") as handle:
        response = api_client.post(UPLOAD, {"files": [handle], "engine": "hybrid"})

    assert response.status_code == 400
    assert response.json()["code"] == "llm_not_configured"
    assert not DocumentRequest.objects.exists()
    upload_dir = settings.UPLOAD_DIR
    assert not upload_dir.exists() or not any(upload_dir.iterdir())


def test_upload_with_unknown_engine_is_400(api_client, corpus):
    with (corpus / AWS_INVOICE).open("rb") as handle:
        response = api_client.post(UPLOAD, {"files": [handle], "engine": "magic"})

    assert response.status_code == 400
    assert response.json()["code"] == "unknown_engine"


def test_llm_stage_stores_result_with_evidence_and_usage(llm, corpus, api_client):
    llm.script(classified("invoice"), Reply.json(aws_invoice_reply(), usage=USAGE))
    document = stored(corpus, "llm", "test-model")

    processing.document_process(document.pk)

    document.refresh_from_db()
    assert document.status == Status.DONE, document.error_message
    assert (document.engine, document.model) == ("llm", "test-model")
    assert document.usage["calls"] == 2
    assert document.usage["total_tokens"] == 2 * USAGE["total_tokens"]
    total = document.extraction["fields"]["total"]
    assert total["value"] == "4.11"
    assert total["supported"] is True
    assert total["page"] == 1
    assert len(total["bbox"]) == 4
    assert LLMCall.objects.filter(document=document, outcome="ok").count() == 2
    body = api_client.get(f"{UPLOAD}{document.request.public_id}/").json()
    polled = body["documents"][0]
    assert (polled["engine"], polled["model"]) == ("llm", "test-model")
    assert polled["usage"]["calls"] == 2


def test_hybrid_stage_marks_its_engine(llm, corpus):
    llm.script(classified("invoice"), Reply.json(aws_invoice_reply()))
    document = stored(corpus, "hybrid", "test-model")

    processing.document_process(document.pk)

    document.refresh_from_db()
    assert document.status == Status.DONE, document.error_message
    assert document.engine == "hybrid"
    assert document.extraction["fields"]["total"]["source"] == "both"


def test_invented_value_is_marked_unsupported(llm, corpus):
    invented = aws_invoice_reply(number={"value": "77777", "quote": "Invoice 77777"})
    llm.script(classified("invoice"), Reply.json(invented))
    document = stored(corpus, "llm", "test-model")

    processing.document_process(document.pk)

    document.refresh_from_db()
    number = document.extraction["fields"]["number"]
    assert number["supported"] is False
    assert "page" not in number


def test_quota_error_fails_the_document_with_its_code(llm, corpus):
    llm.script(Reply.error(429, "You exceeded your quota", code="insufficient_quota"))
    document = stored(corpus, "llm", "test-model")

    processing.document_process(document.pk)

    document.refresh_from_db()
    assert document.status == Status.FAILED
    assert document.error_code == "llm_quota"
    # The pages and the text read before the LLM stage are kept.
    assert document.pages.count() == 1
    assert "42183017" in document.ocr_draft


def test_transient_error_retries_the_stage(llm, corpus):
    llm.script(
        Reply.error(502, "bad gateway"),
        classified("invoice"),
        Reply.json(aws_invoice_reply()),
    )
    document = stored(corpus, "llm", "test-model")

    processing.document_process(document.pk)

    document.refresh_from_db()
    assert document.status == Status.DONE, document.error_message
    assert document.usage["calls"] == 3


def test_embedded_upload_makes_no_llm_call(llm, corpus):
    document = stored(corpus, "embedded")

    processing.document_process(document.pk)

    document.refresh_from_db()
    assert document.status == Status.DONE
    assert document.engine == "embedded"
    assert document.usage is None
    assert llm.requests == []


def test_file_in_engine_field_is_400(api_client, corpus):
    with (corpus / AWS_INVOICE).open("rb") as handle:
        engine = SimpleUploadedFile("engine.txt", b"llm")
        response = api_client.post(UPLOAD, {"files": [handle], "engine": engine})

    assert response.status_code == 400
    assert response.json()["code"] == "invalid_form_field"
    assert not DocumentRequest.objects.exists()


def test_failed_stage_shows_what_was_tried(llm, corpus, api_client):
    llm.script(Reply.error(401, "Incorrect API key provided: sk-abc"))
    document = stored(corpus, "hybrid", "test-model")

    processing.document_process(document.pk)

    body = api_client.get(f"{UPLOAD}{document.request.public_id}/").json()
    polled = body["documents"][0]
    assert polled["status"] == "failed"
    assert polled["error"]["code"] == "llm_auth"
    assert (polled["engine"], polled["model"]) == ("hybrid", "test-model")
    assert polled["usage"]["calls"] == 1
    assert "42183017" in polled["ocr_draft"]
    assert llm.url not in polled["error"]["message"]
