"""The llm and hybrid engines end to end: uploads and the synchronous endpoints
served by a real Celery worker on Redis, which calls a real OpenAI-compatible
test server on 127.0.0.1."""

import time

import pytest
from rest_framework.test import APIClient

from ai_agents.models import LLMCall, LLMJob
from tests.integration.conftest import WORKER_LLM_MODEL, wait_until_finished
from tests.llm.helpers import AWS_INVOICE, aws_invoice_reply
from tests.llm.server import Reply

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

UPLOAD = "/documents/api/v1/request/"


def classified(code: str) -> Reply:
    usage = {"prompt_tokens": 700, "completion_tokens": 20, "total_tokens": 720}
    return Reply.json(
        {"document_type": code, "confidence": 0.85, "alternatives": []}, usage=usage
    )


def upload(corpus, **form) -> dict:
    client = APIClient()
    with (corpus / AWS_INVOICE).open("rb") as handle:
        created = client.post(UPLOAD, {"files": [handle], **form}, format="multipart")
    assert created.status_code == 202, created.content
    return wait_until_finished(client, created.json()["poll_url"], timeout=180)


@pytest.mark.parametrize("engine", ["llm", "hybrid"])
def test_upload_is_analysed_on_the_llm_queue(
    corpus, worker_settings, llm_server, engine
):
    llm_server.script(classified("invoice"), Reply.json(aws_invoice_reply()))

    body = upload(corpus, engine=engine)

    document = body["documents"][0]
    assert document["status"] == "done", document["error"]
    assert (document["engine"], document["model"]) == (engine, WORKER_LLM_MODEL)
    assert document["classification"]["document_type"] == "invoice"
    fields = document["extraction"]["fields"]
    assert fields["total"]["value"] == "4.11"
    assert fields["total"]["supported"] is True
    assert fields["total"]["page"] == 1
    assert document["usage"]["calls"] == 2
    assert document["usage"]["prompt_tokens"] >= 700
    assert [body["model"] for body in llm_server.bodies()] == [WORKER_LLM_MODEL] * 2
    assert all("tools" not in body for body in llm_server.bodies())


def test_rate_limit_retry_waits_for_retry_after(corpus, worker_settings, llm_server):
    arrivals: list[float] = []
    replies = [
        Reply.error(429, "Rate limit reached", headers={"Retry-After": "3"}),
        classified("invoice"),
        Reply.json(aws_invoice_reply()),
    ]

    def respond(request: dict) -> Reply:
        arrivals.append(time.monotonic())
        return replies.pop(0)

    llm_server.responder = respond

    body = upload(corpus, engine="llm")

    document = body["documents"][0]
    assert document["status"] == "done", document["error"]
    assert arrivals[1] - arrivals[0] >= 2.9
    outcomes = list(
        LLMCall.objects.filter(document__request__public_id=body["id"])
        .order_by("pk")
        .values_list("outcome", flat=True)
    )
    assert outcomes == ["llm_rate_limited", "ok", "ok"]


def test_auth_failure_fails_the_upload_at_once(corpus, worker_settings, llm_server):
    llm_server.responder = lambda request: Reply.error(
        401, "Incorrect API key provided", code="invalid_api_key"
    )

    body = upload(corpus, engine="llm")

    document = body["documents"][0]
    assert document["status"] == "failed"
    assert document["error"]["code"] == "llm_auth"
    assert len(llm_server.requests) == 1
    assert "sk-worker-test-key" not in str(document["error"])


def test_sync_extract_waits_for_the_worker(worker_settings, llm_server, auth_client):
    from tests.llm.helpers import INVOICE_TEXT, invoice_reply

    llm_server.script(Reply.json(invoice_reply()))

    response = auth_client.post(
        "/ai_agents/api/v1/extract/",
        {"ocr_draft": INVOICE_TEXT, "document_type": "invoice", "engine": "llm"},
        format="json",
    )

    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["engine"], body["model"]) == ("llm", WORKER_LLM_MODEL)
    assert body["fields"]["total"]["supported"] is True
    assert body["usage"]["calls"] == 1
    assert LLMJob.objects.get().state == LLMJob.State.DONE


def test_slow_llm_answers_504_after_the_wait(
    worker_settings, llm_server, auth_client, settings
):
    settings.DOCAI_LLM_WAIT_SECONDS = 1.0
    llm_server.responder = lambda request: Reply.json(
        {"document_type": "invoice", "confidence": 0.9, "alternatives": []}, delay=3
    )

    started = time.monotonic()
    response = auth_client.post(
        "/ai_agents/api/v1/classify/",
        {"ocr_draft": "Счёт на оплату № 5 от 01.02.2024", "engine": "llm"},
        format="json",
    )

    assert response.status_code == 504
    assert response.json()["code"] == "llm_wait_timeout"
    assert time.monotonic() - started < 3
    assert LLMJob.objects.get().state == LLMJob.State.ABANDONED


def test_llm_upload_split_into_parts(worker_settings, llm_server):
    from ai_agents.engines.taxonomy import DOCUMENT_TYPES
    from tests.documents.test_splitting import INVOICE_318, PAYMENT_ORDER_77, pdf_file
    from tests.llm.helpers import INVOICE_SCALARS, scalar

    invoice = {name: None for name in INVOICE_SCALARS}
    invoice.update(number=scalar("318"), parties=[], line_items=[])
    payment_type = next(kind for kind in DOCUMENT_TYPES if kind.code == "payment_order")
    payment = {spec.name: None for spec in payment_type.fields}
    payment.update(
        number=scalar("77"), date=scalar("2024-04-15", "15.04.2024"), parties=[]
    )
    llm_server.script(
        classified("invoice"),
        Reply.json(invoice),
        classified("payment_order"),
        Reply.json(payment),
    )
    client = APIClient()
    two_pages = pdf_file("two.pdf", INVOICE_318, PAYMENT_ORDER_77)
    created = client.post(
        UPLOAD, {"files": [two_pages], "engine": "llm"}, format="multipart"
    )
    assert created.status_code == 202, created.content

    body = wait_until_finished(client, created.json()["poll_url"], timeout=300)

    document = body["documents"][0]
    assert document["status"] == "done", document["error"]
    parts = document["parts"]
    assert [part["pages"] for part in parts] == [[1, 1], [2, 2]]
    types = [part["classification"]["document_type"] for part in parts]
    assert types == ["invoice", "payment_order"]
    number = parts[1]["extraction"]["fields"]["number"]
    assert number["page"] == 2
    start, end = number["span"]
    assert document["ocr_draft"][start:end] == "77"
    assert start > len(document["pages"][0]["text"])
    assert document["usage"]["calls"] == 4
    prompts = [str(request["messages"]) for request in llm_server.bodies()]
    assert "Тонер" in prompts[0]
    assert "ПЛАТЕЖНОЕ" not in prompts[0]
    assert "ПЛАТЕЖНОЕ" in prompts[2]
    assert "Тонер" not in prompts[2]
