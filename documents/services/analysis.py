"""The LLM stage of an uploaded document, run on the LLM queue after OCR.

The OCR worker stores the pages and the text, extends the document's lease to
cover the LLM stage with its retries, and queues `analyze_document`. That task
classifies and extracts with the engine the upload asked for, locates the
fields on the pages, and stores the result with the tokens and latency of
every call. A transient failure of the LLM server retries with backoff; any
other failure fails the document with its code.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError

from ai_agents.llm_service import (
    INTERNAL_ERROR,
    CallRecorder,
    EngineChoice,
    llm_engine_build,
    llm_step,
    recorded_usage,
)
from ai_agents.services import analyze_text
from documents.models import Document, Page, Status
from documents.services.evidence import add_evidence, page_layouts
from documents.services.processing import (
    PAGE_SEPARATOR,
    analysis_text,
    document_done,
    document_fail,
    part_result,
)

logger = logging.getLogger(__name__)


def llm_stage_lease(extra_seconds: float = 0.0) -> timedelta:
    """Return how long the LLM stage may hold a document: every retry's wait
    and time limit, plus `extra_seconds`."""
    attempts = settings.DOCAI_LLM_MAX_RETRIES + 1
    per_attempt = (
        settings.DOCAI_LLM_TASK_TIME_LIMIT + settings.DOCAI_LLM_RETRY_CAP_SECONDS
    )
    return timedelta(seconds=attempts * per_attempt + extra_seconds)


def llm_handover(document: Document, ocr_draft: str) -> None:
    """Store the text and queue the LLM stage of a document whose pages are read."""
    from documents.tasks import analyze_document

    Document.objects.filter(pk=document.pk, status=Status.PROCESSING).update(
        ocr_draft=ocr_draft, lease_expires_at=timezone.now() + llm_stage_lease()
    )
    try:
        analyze_document.apply_async((document.pk,), queue=settings.DOCAI_LLM_QUEUE)
    except OperationalError as exc:
        logger.error("queue unreachable document=%s: %s", document.pk, exc)
        document_fail(
            document.pk,
            "queue_unavailable",
            "The LLM task queue could not be reached, so the document was read but "
            "not analysed. Upload it again later.",
        )
        return
    logger.info(
        "queued LLM stage document=%s engine=%s model=%s",
        document.pk,
        document.request.engine,
        document.request.model,
    )


def document_analyze(document_id: int, retries: int = 0) -> float | None:
    """Run the LLM stage; return seconds until a retry, or None when finished.

    NOTE: nothing claims the stage, so a second delivery while the first runs
    (after a Redis visibility timeout) repeats the LLM calls. Only the first
    result is stored, but both are billed.
    """
    document = (
        Document.objects.select_related("request")
        .filter(pk=document_id, status=Status.PROCESSING)
        .first()
    )
    if document is None:
        logger.info("skip LLM stage document=%s: not processing", document_id)
        return None
    outcome = llm_step(
        lambda: _analyze(document), retries, f"LLM stage document={document.pk}"
    )
    if outcome.retry_in is not None:
        # The retry waits in the queue, so the lease must outlast the wait.
        Document.objects.filter(pk=document.pk, status=Status.PROCESSING).update(
            lease_expires_at=timezone.now() + llm_stage_lease(outcome.retry_in)
        )
        return outcome.retry_in
    if outcome.error is not None:
        _fail(document.pk, *outcome.error)
        return None

    classification, extraction = outcome.result
    try:
        with transaction.atomic():
            _store_result(document, classification, extraction)
    except Exception:
        # A result the database cannot store must still end the stage, or the
        # document would wait in processing until its lease runs out.
        logger.exception("storing the result failed document=%s", document.pk)
        _fail(document.pk, *INTERNAL_ERROR)
    return None


def _store_result(document: Document, classification: dict, extraction: dict) -> None:
    """Locate the fields on the pages and store the result with its usage."""
    pages = list(
        Page.objects.filter(document=document).values_list("number", "text", "words")
    )
    add_evidence(extraction["fields"], page_layouts(pages, PAGE_SEPARATOR))
    whole = part_result((pages[0][0], pages[-1][0]), classification, extraction)
    usage = recorded_usage(document_id=document.pk)
    document_done(
        document.pk,
        document.ocr_draft,
        classification,
        extraction,
        parts=[whole],
        usage=usage,
    )
    logger.info("LLM stage done document=%s calls=%d", document.pk, usage["calls"])


def _fail(document_id: int, code: str, message: str) -> None:
    """Fail the document and keep the usage of the calls made for it."""
    if document_fail(document_id, code, message):
        Document.objects.filter(pk=document_id).update(
            usage=recorded_usage(document_id=document_id)
        )


def _analyze(document: Document) -> tuple[dict, dict]:
    """Classify and extract the document's text with the engine of its upload."""

    def stopped() -> bool:
        # The document failed meanwhile (its lease ran out) or was deleted.
        return not Document.objects.filter(
            pk=document.pk, status=Status.PROCESSING
        ).exists()

    choice = EngineChoice(document.request.engine, document.request.model)
    engine = llm_engine_build(choice, CallRecorder(document=document), stopped)
    try:
        return analyze_text(analysis_text(document, document.ocr_draft), engine=engine)
    finally:
        engine.close()
