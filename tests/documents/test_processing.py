"""The processing service run in-process: claiming, idempotency and failures."""

from datetime import timedelta

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.utils import timezone

from documents.models import Document, DocumentRequest, Status
from documents.selectors import request_get, request_state
from documents.services import processing
from documents.services.uploads import request_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored_document(corpus, settings) -> Document:
    """A document stored through the upload service, not yet processed."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    content = (corpus / "paperless-ngx" / "simple.pdf").read_bytes()
    upload = SimpleUploadedFile("simple.pdf", content)
    doc_request = request_create(files=[upload])
    return doc_request.documents.get()


def test_process_reads_text_layer(stored_document):
    processing.document_process(stored_document.pk)

    stored_document.refresh_from_db()
    page = stored_document.pages.get()
    assert stored_document.status == Status.DONE
    assert stored_document.page_count == 1
    assert stored_document.pages_done == 1
    assert page.source == "text_layer"
    assert "This is a test document" in stored_document.ocr_draft
    assert stored_document.classification["document_type"]
    assert stored_document.extraction["document_type"]
    assert stored_document.finished_at is not None


def test_second_delivery_does_nothing(stored_document):
    processing.document_process(stored_document.pk)
    stored_document.refresh_from_db()
    finished_at = stored_document.finished_at

    processing.document_process(stored_document.pk)

    stored_document.refresh_from_db()
    assert stored_document.finished_at == finished_at
    assert stored_document.attempts == 1
    assert stored_document.pages.count() == 1


def test_claim_is_exclusive(stored_document):
    first = processing.document_claim(stored_document.pk)
    second = processing.document_claim(stored_document.pk)

    assert first is not None
    assert second is None


def test_expired_lease_can_be_reclaimed(stored_document):
    processing.document_claim(stored_document.pk)
    Document.objects.filter(pk=stored_document.pk).update(
        lease_expires_at=timezone.now() - timedelta(seconds=1)
    )

    processing.document_process(stored_document.pk)

    stored_document.refresh_from_db()
    assert stored_document.status == Status.DONE
    assert stored_document.attempts == 2
    assert stored_document.pages.count() == 1


def test_too_many_attempts_fail_document(stored_document, settings):
    Document.objects.filter(pk=stored_document.pk).update(
        attempts=settings.DOCAI_TASK_MAX_ATTEMPTS
    )

    processing.document_process(stored_document.pk)

    stored_document.refresh_from_db()
    assert stored_document.status == Status.FAILED
    assert stored_document.error_code == "processing_crashed"


def test_missing_file_fails_with_code(stored_document, settings):
    (settings.DATA_DIR / stored_document.storage_path).unlink()

    processing.document_process(stored_document.pk)

    stored_document.refresh_from_db()
    assert stored_document.status == Status.FAILED
    assert stored_document.error_code == "file_missing"
    assert "DOCAI_DATA_DIR" in stored_document.error_message


def test_soft_time_limit_fails_document(stored_document, monkeypatch):
    def exceed_limit(*args, **kwargs):
        raise SoftTimeLimitExceeded()

    # The soft limit is a signal that Celery sends to the worker process; here
    # the reader raises the same exception.
    monkeypatch.setattr(processing, "open_document", exceed_limit)

    processing.document_process(stored_document.pk)

    stored_document.refresh_from_db()
    assert stored_document.status == Status.FAILED
    assert stored_document.error_code == "processing_timeout"


def test_unexpected_error_fails_document(stored_document, monkeypatch):
    def crash(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(processing, "analyze_text", crash)

    processing.document_process(stored_document.pk)

    stored_document.refresh_from_db()
    assert stored_document.status == Status.FAILED
    assert stored_document.error_code == "internal_error"
    assert "boom" not in stored_document.error_message


def test_unknown_document_id_is_ignored(db):
    processing.document_process(987654321)

    assert not Document.objects.exists()


def test_lost_lease_fails_on_poll(stored_document):
    processing.document_claim(stored_document.pk)
    long_ago = timezone.now() - 2 * processing.lease_duration()
    Document.objects.filter(pk=stored_document.pk).update(lease_expires_at=long_ago)

    expired = processing.documents_expire_leases(stored_document.request_id)

    stored_document.refresh_from_db()
    assert expired == 1
    assert stored_document.status == Status.FAILED
    assert stored_document.error_code == "processing_lost"


def test_recently_expired_lease_waits_for_retry(stored_document):
    processing.document_claim(stored_document.pk)
    Document.objects.filter(pk=stored_document.pk).update(
        lease_expires_at=timezone.now() - timedelta(seconds=1)
    )

    expired = processing.documents_expire_leases(stored_document.request_id)

    assert expired == 0


def test_held_lease_asks_for_later_delivery(stored_document):
    processing.document_claim(stored_document.pk)

    retry_in = processing.document_process(stored_document.pk)

    stored_document.refresh_from_db()
    assert retry_in is not None
    assert 5 < retry_in <= processing.lease_duration().total_seconds() + 5
    assert stored_document.status == Status.PROCESSING
    assert stored_document.attempts == 1


def test_finished_document_needs_no_delivery(stored_document):
    processing.document_process(stored_document.pk)

    retry_in = processing.document_process(stored_document.pk)

    assert retry_in is None


def test_page_text_over_limit_fails(stored_document, settings):
    settings.DOCAI_MAX_PAGE_CHARS = 10

    processing.document_process(stored_document.pk)

    stored_document.refresh_from_db()
    assert stored_document.status == Status.FAILED
    assert stored_document.error_code == "text_too_large"


def test_broker_failure_fails_document(stored_document, monkeypatch):
    from documents import tasks
    from documents.services import uploads

    def reject(*args, **kwargs):
        raise ConnectionError("broker down")

    monkeypatch.setattr(tasks.process_document, "delay", reject)

    uploads.enqueue_documents([stored_document.pk])

    stored_document.refresh_from_db()
    assert stored_document.status == Status.FAILED
    assert stored_document.error_code == "queue_unavailable"


def test_request_state_mixed_results(stored_document, corpus):
    doc_request = DocumentRequest.objects.get()
    Document.objects.create(
        request=doc_request,
        position=2,
        original_name="second.pdf",
        mime_type="application/pdf",
        size=1,
        sha256="0" * 64,
        storage_path="missing.pdf",
    )

    for document in doc_request.documents.all():
        processing.document_process(document.pk)
    state = request_state(request_get(doc_request.public_id))

    assert state.status == Status.DONE
    assert state.documents_done == 1
    assert state.documents_failed == 1
    assert state.pages_total == 1
    assert state.finished_at is not None


def test_failed_document_counts_pages_it_read():
    doc_request = DocumentRequest.objects.create()
    for position, (status, page_count, pages_done) in enumerate(
        ((Status.DONE, 2, 2), (Status.FAILED, 5, 3), (Status.FAILED, None, 0)), 1
    ):
        Document.objects.create(
            request=doc_request,
            position=position,
            original_name=f"scan-{position}.pdf",
            mime_type="application/pdf",
            size=1,
            sha256="0" * 64,
            storage_path=f"scan-{position}.pdf",
            status=status,
            page_count=page_count,
            pages_done=pages_done,
            finished_at=timezone.now(),
        )

    state = request_state(request_get(doc_request.public_id))

    assert state.status == Status.DONE
    assert state.pages_done == 5
    assert state.pages_total == 5


def test_pages_total_unknown_while_pages_uncounted():
    doc_request = DocumentRequest.objects.create()
    for position, status in enumerate((Status.DONE, Status.PROCESSING), 1):
        Document.objects.create(
            request=doc_request,
            position=position,
            original_name=f"scan-{position}.pdf",
            mime_type="application/pdf",
            size=1,
            sha256="0" * 64,
            storage_path=f"scan-{position}.pdf",
            status=status,
            page_count=1 if status == Status.DONE else None,
            pages_done=1 if status == Status.DONE else 0,
        )

    state = request_state(request_get(doc_request.public_id))

    assert state.status == Status.PROCESSING
    assert state.pages_total is None


def test_lease_renewed_while_processing():
    doc_request = DocumentRequest.objects.create()
    document = Document.objects.create(
        request=doc_request,
        position=1,
        original_name="scan.pdf",
        mime_type="application/pdf",
        size=1,
        sha256="0" * 64,
        storage_path="scan.pdf",
        status=Status.PROCESSING,
        lease_expires_at=timezone.now() - timedelta(seconds=1),
    )

    processing.lease_renew(document.pk)

    document.refresh_from_db()
    assert document.lease_expires_at > timezone.now()
