"""The LLM stage of an uploaded document, run on the LLM queue after OCR.

The OCR worker stores the pages and the text, divides the pages into parts
(see `splitting`), extends the document's lease to cover the LLM stage with its
retries, and queues `analyze_document`. Each run of that task classifies and
extracts the next part that has no result with the engine the upload asked
for, locates its fields on the pages and stores it. While parts remain, it
renews the lease and queues the next run, so that every part has the task's
whole time limit and a retry repeats the calls of one part only. A run claims
its part first, so a task the broker delivers twice analyses it once. After the last
part the document is done, with the tokens and latency of every call. A
transient failure of the LLM server retries with backoff; any other failure
fails the document with its code.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Min
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
from documents.services.evidence import add_evidence, page_layouts, shift_spans
from documents.services.processing import (
    PAGE_SEPARATOR,
    analysis_text,
    document_done,
    document_fail,
    part_result,
)

logger = logging.getLogger(__name__)

# The key of a part's claim in `parts`, and how long a claim outlasts the task's
# hard time limit. A finished part's result replaces the claim.
_CLAIM_KEY = "claimed_until"
_CLAIM_MARGIN_SECONDS = 60


def llm_stage_lease(extra_seconds: float = 0.0) -> timedelta:
    """Return how long the LLM stage may hold a document: every retry's wait
    and time limit, plus `extra_seconds`."""
    attempts = settings.DOCAI_LLM_MAX_RETRIES + 1
    per_attempt = (
        settings.DOCAI_LLM_TASK_TIME_LIMIT + settings.DOCAI_LLM_RETRY_CAP_SECONDS
    )
    return timedelta(seconds=attempts * per_attempt + extra_seconds)


def llm_handover(
    document: Document, ocr_draft: str, part_pages: list[tuple[int, int]]
) -> None:
    """Store the text and the parts' page numbers of a document whose pages are
    read, and queue the LLM stage."""
    pending = [{"pages": list(pages)} for pages in part_pages]
    Document.objects.filter(pk=document.pk, status=Status.PROCESSING).update(
        ocr_draft=ocr_draft,
        parts=pending,
        lease_expires_at=timezone.now() + llm_stage_lease(),
    )
    if _queue_stage(document.pk):
        logger.info(
            "queued LLM stage document=%s engine=%s model=%s parts=%d",
            document.pk,
            document.request.engine,
            document.request.model,
            len(pending),
        )


def _queue_stage(document_id: int) -> bool:
    """Queue a run of the LLM stage; fail the document, with the usage of the calls
    made so far, when the queue cannot take it."""
    from documents.tasks import analyze_document

    try:
        analyze_document.apply_async((document_id,), queue=settings.DOCAI_LLM_QUEUE)
    except OperationalError as exc:
        logger.error("queue unreachable document=%s: %s", document_id, exc)
        _fail(
            document_id,
            "queue_unavailable",
            "The LLM task queue could not be reached, so the document was read but "
            "not analysed. Upload it again later.",
        )
        return False
    except Exception:
        # Any other failure would leave the document processing until its lease
        # runs out, with nothing queued to go on.
        logger.exception("queueing the LLM stage failed document=%s", document_id)
        _fail(document_id, *INTERNAL_ERROR)
        return False
    return True


def document_analyze(document_id: int, retries: int = 0) -> float | None:
    """Run the LLM stage; return seconds until a retry, or None when finished.

    Each run claims the part it analyses, so that a second delivery of a task
    (after a Redis visibility timeout, or a run that stored its part and queued
    the next but died before its acknowledgement) finds the part taken and makes
    no LLM calls for it.
    """
    claimed = _claim_next_part(document_id)
    if claimed is None:
        return None
    document, index = claimed
    outcome = llm_step(
        lambda: _analyze_part(document, index),
        retries,
        f"LLM stage document={document.pk}",
    )
    if outcome.retry_in is not None:
        # The retry waits in the queue, so the lease must outlast the wait, and
        # the retry's delivery must find the part free.
        document.parts[index].pop(_CLAIM_KEY, None)
        Document.objects.filter(pk=document.pk, status=Status.PROCESSING).update(
            parts=document.parts,
            lease_expires_at=timezone.now() + llm_stage_lease(outcome.retry_in),
        )
        return outcome.retry_in
    if outcome.error is not None:
        _fail(document.pk, *outcome.error)
        return None

    parts = outcome.result
    try:
        with transaction.atomic():
            finished = _store_parts(document, parts)
    except Exception:
        # A result the database cannot store must still end the stage, or the
        # document would wait in processing until its lease runs out.
        logger.exception("storing the result failed document=%s", document.pk)
        _fail(document.pk, *INTERNAL_ERROR)
        return None
    if not finished:
        _queue_stage(document.pk)
    return None


def _store_parts(document: Document, parts: list[dict]) -> bool:
    """Store the parts analysed so far; return whether the document is done."""
    done = [part for part in parts if "classification" in part]
    if len(done) < len(parts):
        # The next run has a whole stage lease, as the first one had.
        Document.objects.filter(pk=document.pk, status=Status.PROCESSING).update(
            parts=parts, lease_expires_at=timezone.now() + llm_stage_lease()
        )
        logger.info(
            "LLM stage part stored document=%s parts=%d/%d",
            document.pk,
            len(done),
            len(parts),
        )
        return False
    usage = recorded_usage(document_id=document.pk)
    first = parts[0]
    document_done(
        document.pk,
        document.ocr_draft,
        first["classification"],
        first["extraction"],
        parts=parts,
        usage=usage,
    )
    logger.info(
        "LLM stage done document=%s parts=%d calls=%d",
        document.pk,
        len(parts),
        usage["calls"],
    )
    return True


def _fail(document_id: int, code: str, message: str) -> None:
    """Fail the document and keep the usage of the calls made for it."""
    if document_fail(document_id, code, message):
        Document.objects.filter(pk=document_id).update(
            usage=recorded_usage(document_id=document_id)
        )


def _claim_next_part(document_id: int) -> tuple[Document, int] | None:
    """Claim the first part without a result. Return the document and the part's
    index, or None when the document is not processing or another run has claimed
    the part.

    A claim lasts the task's hard time limit and a minute more. A run that the
    limit killed thus frees its part before the broker delivers its task again.
    """
    now = timezone.now()
    with transaction.atomic():
        document = (
            Document.objects.select_for_update(of=("self",))
            .select_related("request")
            .filter(pk=document_id, status=Status.PROCESSING)
            .first()
        )
        if document is None:
            logger.info("skip LLM stage document=%s: not processing", document_id)
            return None
        # Documents queued before parts were stored are analysed whole.
        parts = [dict(part) for part in document.parts or []] or [
            {"pages": list(_page_range(document))}
        ]
        index = next(
            (i for i, part in enumerate(parts) if "classification" not in part), None
        )
        if index is None:
            logger.error("skip LLM stage document=%s: no part left", document.pk)
            return None
        claimed_until = parts[index].get(_CLAIM_KEY)
        if claimed_until is not None and datetime.fromisoformat(claimed_until) > now:
            logger.info(
                "skip LLM stage document=%s: part %d claimed by another run until %s",
                document.pk,
                index + 1,
                claimed_until,
            )
            return None
        claim_seconds = settings.DOCAI_LLM_TASK_TIME_LIMIT + _CLAIM_MARGIN_SECONDS
        parts[index][_CLAIM_KEY] = (now + timedelta(seconds=claim_seconds)).isoformat()
        Document.objects.filter(pk=document.pk).update(parts=parts)
    document.parts = parts
    return document, index


def _page_range(document: Document) -> tuple[int, int]:
    numbers = Page.objects.filter(document=document).aggregate(
        first=Min("number"), last=Max("number")
    )
    return numbers["first"], numbers["last"]


def _analyze_part(document: Document, index: int) -> list[dict]:
    """Analyse the part at `index` and return all the parts.

    The part's pages are classified and extracted with the engine of the upload.
    """

    def stopped() -> bool:
        # The document failed meanwhile (its lease ran out) or was deleted.
        return not Document.objects.filter(
            pk=document.pk, status=Status.PROCESSING
        ).exists()

    texts = list(
        Page.objects.filter(document=document)
        .order_by("number")
        .values_list("number", "text")
    )
    parts = [dict(part) for part in document.parts]
    first_number, last_number = parts[index]["pages"]
    # Every page's text places the part in ocr_draft, but only the part's own
    # pages hold its fields, so only their word boxes are loaded.
    words = dict(
        Page.objects.filter(
            document=document, number__gte=first_number, number__lte=last_number
        ).values_list("number", "words")
    )
    pages = [(number, text, words.get(number, [])) for number, text in texts]
    indexes = {number: position for position, (number, _) in enumerate(texts)}
    layouts = page_layouts(pages, PAGE_SEPARATOR)
    start = layouts[indexes[first_number]].start
    end = layouts[indexes[last_number]].end
    choice = EngineChoice(document.request.engine, document.request.model)
    engine = llm_engine_build(choice, CallRecorder(document=document), stopped)
    try:
        text = analysis_text(document, document.ocr_draft[start:end])
        classification, extraction = analyze_text(text, engine=engine)
    finally:
        engine.close()
    shift_spans(extraction["fields"], start)
    add_evidence(extraction["fields"], layouts)
    parts[index] = part_result(
        (first_number, last_number), classification, extraction, end - start
    )
    logger.info(
        "LLM part analysed document=%s pages=%d-%d type=%s",
        document.pk,
        first_number,
        last_number,
        classification["document_type"],
    )
    return parts
