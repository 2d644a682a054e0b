"""The LLM stage of an upload split into parts, run by hand one task run at a time.

The runs call a real OpenAI-compatible test server on 127.0.0.1. Queueing the next
run is replaced by a list, or by a queue that fails, so that each run is under the
test's control.
"""

from datetime import timedelta

import pytest
from django.utils import timezone
from kombu.exceptions import OperationalError

from documents.models import Document, DocumentRequest, Page, Status
from documents.services.analysis import document_analyze, llm_handover
from documents.services.processing import PAGE_SEPARATOR
from tests.documents.test_splitting import INVOICE_318, PAYMENT_ORDER_77
from tests.llm.helpers import INVOICE_SCALARS, scalar
from tests.llm.server import Reply

pytestmark = pytest.mark.django_db

PAGES = (INVOICE_318, PAYMENT_ORDER_77)


def classified(code: str) -> Reply:
    return Reply.json({"document_type": code, "confidence": 0.9, "alternatives": []})


def invoice_reply(number: str) -> Reply:
    reply = {name: None for name in INVOICE_SCALARS}
    reply.update(number=scalar(number), parties=[], line_items=[])
    return Reply.json(reply)


def read_document() -> Document:
    """Create an LLM upload whose two pages are read, as the OCR worker leaves it."""
    request = DocumentRequest.objects.create(engine="llm", model="test-model")
    document = Document.objects.create(
        request=request,
        position=0,
        original_name="two.pdf",
        mime_type="application/pdf",
        size=1,
        sha256="0" * 64,
        storage_path="two.pdf",
        status=Status.PROCESSING,
        page_count=len(PAGES),
    )
    for number, text in enumerate(PAGES, start=1):
        Page.objects.create(
            document=document, number=number, source="ocr", text=text, words=[]
        )
    return document


@pytest.fixture
def queued(monkeypatch) -> list[int]:
    """Collect the document ids that the stage queues instead of sending them."""
    from documents.tasks import analyze_document

    ids: list[int] = []
    monkeypatch.setattr(
        analyze_document, "apply_async", lambda args, **options: ids.append(args[0])
    )
    return ids


def test_two_parts_one_run_each(configured_llm, queued):
    document = read_document()
    configured_llm.script(
        classified("invoice"),
        invoice_reply("318"),
        classified("invoice"),
        invoice_reply("77"),
    )
    llm_handover(document, PAGE_SEPARATOR.join(PAGES), [(1, 1), (2, 2)])

    runs = 0
    while queued:
        document_analyze(queued.pop(0))
        runs += 1

    document.refresh_from_db()
    assert runs == 2
    assert document.status == Status.DONE
    assert [part["pages"] for part in document.parts] == [[1, 1], [2, 2]]
    numbers = [part["extraction"]["fields"]["number"] for part in document.parts]
    assert [number["value"] for number in numbers] == ["318", "77"]
    assert numbers[1]["page"] == 2
    assert document.usage["calls"] == 4


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (OperationalError("broker down"), "queue_unavailable"),
        (ConnectionResetError("reset by peer"), "internal_error"),
    ],
)
def test_queue_failure_after_part_fails_with_usage(
    configured_llm, monkeypatch, queued, error, code
):
    from documents.tasks import analyze_document

    document = read_document()
    configured_llm.script(classified("invoice"), invoice_reply("318"))
    llm_handover(document, PAGE_SEPARATOR.join(PAGES), [(1, 1), (2, 2)])

    def fail(args, **options):
        raise error

    monkeypatch.setattr(analyze_document, "apply_async", fail)
    document_analyze(queued.pop(0))

    document.refresh_from_db()
    assert document.status == Status.FAILED
    assert document.error_code == code
    assert document.usage["calls"] == 2


def test_cut_part_marked_truncated(configured_llm, queued, settings):
    settings.DOCAI_TEXT_MAX_CHARS = 100
    document = read_document()
    configured_llm.script(
        classified("invoice"),
        invoice_reply("318"),
        classified("invoice"),
        invoice_reply("77"),
    )
    llm_handover(document, PAGE_SEPARATOR.join(PAGES), [(1, 1), (2, 2)])

    while queued:
        document_analyze(queued.pop(0))

    document.refresh_from_db()
    first = document.parts[0]
    assert document.status == Status.DONE
    assert first["truncated"] is True
    assert first["analysed_chars"] == 100
    assert first["text_chars"] == len(INVOICE_318)
    prompt = str(configured_llm.bodies()[0]["messages"])
    assert "Тонер" not in prompt


def hold_second_part(document: Document, until) -> None:
    """Store a claim on the second part, as a run analysing it leaves one."""
    document.refresh_from_db()
    parts = document.parts
    parts[1]["claimed_until"] = until.isoformat()
    Document.objects.filter(pk=document.pk).update(parts=parts)


def test_second_delivery_skips_held_part(configured_llm, queued):
    document = read_document()
    configured_llm.script(classified("invoice"), invoice_reply("318"))
    llm_handover(document, PAGE_SEPARATOR.join(PAGES), [(1, 1), (2, 2)])
    document_analyze(queued.pop(0))
    hold_second_part(document, timezone.now() + timedelta(minutes=5))

    document_analyze(queued.pop(0))

    document.refresh_from_db()
    assert len(configured_llm.bodies()) == 2
    assert document.status == Status.PROCESSING
    assert "classification" not in document.parts[1]
    assert queued == []


def test_expired_claim_is_taken_over(configured_llm, queued):
    document = read_document()
    configured_llm.script(
        classified("invoice"),
        invoice_reply("318"),
        classified("invoice"),
        invoice_reply("77"),
    )
    llm_handover(document, PAGE_SEPARATOR.join(PAGES), [(1, 1), (2, 2)])
    document_analyze(queued.pop(0))
    hold_second_part(document, timezone.now() - timedelta(seconds=1))

    document_analyze(queued.pop(0))

    document.refresh_from_db()
    assert document.status == Status.DONE
    assert all("claimed_until" not in part for part in document.parts)
    assert document.usage["calls"] == 4


def test_retry_frees_its_part(configured_llm, queued, settings):
    settings.DOCAI_LLM_RETRY_BASE_SECONDS = 0.01
    document = read_document()
    configured_llm.script(Reply.error(503, "overloaded"))
    llm_handover(document, PAGE_SEPARATOR.join(PAGES), [(1, 1), (2, 2)])

    retry_in = document_analyze(queued.pop(0))

    document.refresh_from_db()
    assert retry_in is not None
    assert document.status == Status.PROCESSING
    assert "claimed_until" not in document.parts[0]
