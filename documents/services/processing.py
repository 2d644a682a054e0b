"""Process one stored document: read its pages, then classify and extract.

A worker claims a document with one conditional UPDATE and goes on only when
that UPDATE changed exactly one row, so a second delivery of the same task, or
a second worker, does nothing. The claim is a lease that the worker renews
after every page. A delivery that finds the lease held waits for it to run out
and tries again. So when a worker dies (killed by the kernel or by the hard
time limit), another claims its document, up to DOCAI_TASK_MAX_ATTEMPTS times.
After that the document fails for good.
"""

import logging
import time
from datetime import timedelta
from pathlib import Path

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from ai_agents.llm_service import EMBEDDED
from ai_agents.services import analyze_text
from documents.models import Document, Page, SplitMode, Status
from documents.processing.errors import ProcessingError
from documents.processing.reader import PageText, ReadOptions, open_document
from documents.services.evidence import add_evidence, page_layouts, shift_spans
from documents.services.splitting import page_ranges

logger = logging.getLogger(__name__)

PAGE_SEPARATOR = "\n\n"


def read_options() -> ReadOptions:
    return ReadOptions(
        languages=settings.DOCAI_OCR_LANGUAGES,
        dpi=settings.DOCAI_OCR_DPI,
        max_image_pixels=settings.DOCAI_MAX_IMAGE_PIXELS,
        max_pages=settings.DOCAI_MAX_PAGES,
        page_timeout=settings.DOCAI_OCR_PAGE_TIMEOUT,
    )


def lease_duration() -> timedelta:
    """Return how long a claim lasts without renewal: one page and a margin."""
    return timedelta(seconds=settings.DOCAI_LEASE_SECONDS)


def document_claim(document_id: int) -> Document | None:
    """Mark the document processing if it is free; return it, or None if not."""
    now = timezone.now()
    lease = lease_duration()
    claimable = Q(status=Status.QUEUED) | Q(
        status=Status.PROCESSING, lease_expires_at__lt=now
    )
    claimed = Document.objects.filter(claimable, pk=document_id).update(
        status=Status.PROCESSING,
        attempts=F("attempts") + 1,
        lease_expires_at=now + lease,
        started_at=now,
    )
    if claimed != 1:
        return None
    return Document.objects.get(pk=document_id)


def document_fail(
    document_id: int, code: str, message: str, *, from_status: str = Status.PROCESSING
) -> bool:
    """Record a structured error; return whether the document was in from_status."""
    changed = Document.objects.filter(pk=document_id, status=from_status).update(
        status=Status.FAILED,
        error_code=code,
        error_message=message,
        finished_at=timezone.now(),
        lease_expires_at=None,
    )
    return changed == 1


def document_process(document_id: int) -> float | None:
    """Run the whole pipeline for one document and store the result or the error.

    Returns the seconds after which to deliver the task again when another
    worker holds the document's lease, and None when nothing is left to do.
    """
    document = document_claim(document_id)
    if document is None:
        return _seconds_until_reclaim(document_id)
    if document.attempts > settings.DOCAI_TASK_MAX_ATTEMPTS:
        logger.error("give up document=%s attempts=%d", document.pk, document.attempts)
        document_fail(
            document.pk,
            "processing_crashed",
            f"Processing stopped {document.attempts - 1} times without finishing "
            "(the worker process died). The file may be damaged; check it and "
            "upload it again.",
        )
        return
    _run_claimed(document)
    return None


def _seconds_until_reclaim(document_id: int) -> float | None:
    held = (
        Document.objects.filter(pk=document_id, status=Status.PROCESSING)
        .values_list("lease_expires_at", flat=True)
        .first()
    )
    if held is None:
        logger.info("skip document=%s: not queued or already finished", document_id)
        return None
    wait = max((held - timezone.now()).total_seconds(), 0.0) + 5.0
    logger.info("lease held document=%s: check again in %.0f s", document_id, wait)
    return wait


def _run_claimed(document: Document) -> None:
    started = time.monotonic()
    logger.info("start document=%s attempt=%d", document.pk, document.attempts)
    try:
        _run_pipeline(document)
    except ProcessingError as exc:
        logger.warning("failed document=%s code=%s", document.pk, exc.code)
        document_fail(document.pk, exc.code, exc.message)
    except SoftTimeLimitExceeded:
        logger.error("timed out document=%s", document.pk)
        document_fail(
            document.pk,
            "processing_timeout",
            f"Processing took longer than {settings.DOCAI_TASK_SOFT_TIME_LIMIT} "
            "seconds. Split the document into smaller files or raise "
            "DOCAI_TASK_SOFT_TIME_LIMIT.",
        )
    except Exception:
        logger.exception("crashed document=%s", document.pk)
        document_fail(
            document.pk,
            "internal_error",
            "An unexpected error stopped processing; it has been logged.",
        )
    logger.info(
        "finish document=%s seconds=%.2f", document.pk, time.monotonic() - started
    )


def _run_pipeline(document: Document) -> None:
    path = Path(settings.DATA_DIR) / document.storage_path
    if not path.is_file():
        raise ProcessingError(
            "file_missing",
            f"The stored upload {document.storage_path} is missing from the data "
            "directory; check that the web server and the workers share "
            "DOCAI_DATA_DIR, then upload the file again.",
        )
    pages: list[tuple[int, str, list]] = []
    with open_document(path, document.mime_type, read_options()) as reader:
        Page.objects.filter(document=document).delete()
        Document.objects.filter(pk=document.pk).update(
            page_count=reader.page_count, pages_done=0
        )
        for page in reader.pages():
            words = _store_page(document, page)
            pages.append((page.number, page.text, words))
    ocr_draft = PAGE_SEPARATOR.join(text for _, text, _ in pages)
    if document.request.engine not in ("", EMBEDDED):
        # LLM calls run on their own queue so that they never hold up OCR. The
        # pages are divided here, by the embedded engine, and the LLM stage then
        # analyses one part per task. The import is here because that stage
        # builds on this module.
        from documents.services.analysis import llm_handover

        ranges = _split_ranges(document, [text for _, text, _ in pages])
        part_pages = [(pages[first][0], pages[last][0]) for first, last in ranges]
        llm_handover(document, ocr_draft, part_pages)
        return
    parts = _analyze_parts(document, pages, ocr_draft)
    first = parts[0]
    document_done(
        document.pk,
        ocr_draft,
        first["classification"],
        first["extraction"],
        parts=parts,
    )


def _analyze_parts(document: Document, pages: list, ocr_draft: str) -> list[dict]:
    """Classify and extract each part of the upload on the text of its pages.

    The spans of every part point into the whole ocr_draft, and `page` is the
    page number in the uploaded file.
    """
    analyses: dict[int, tuple[dict, dict]] = {}
    ranges = _split_ranges(document, [text for _, text, _ in pages], analyses)
    layouts = page_layouts(pages, PAGE_SEPARATOR)
    parts = []
    # NOTE: each part is classified again on its whole text. A continuation marker
    # or an annex may keep pages of two types in one part, which then reports the
    # type that dominates its text, not the type of its first page.
    for first, last in ranges:
        start, end = layouts[first].start, layouts[last].end
        if first == last and first in analyses:
            classification, extraction = analyses[first]
        else:
            text = analysis_text(document, ocr_draft[start:end])
            classification, extraction = analyze_text(text)
        shift_spans(extraction["fields"], start)
        add_evidence(extraction["fields"], layouts)
        page_numbers = (pages[first][0], pages[last][0])
        parts.append(part_result(page_numbers, classification, extraction, end - start))
        lease_renew(document.pk)
        logger.info(
            "part analysed document=%s pages=%d-%d type=%s",
            document.pk,
            *page_numbers,
            classification["document_type"],
        )
    return parts


def _split_ranges(
    document: Document,
    texts: list[str],
    analyses: dict[int, tuple[dict, dict]] | None = None,
) -> list[tuple[int, int]]:
    """Return the (first, last) page indexes of each part, by the upload's
    `split` mode."""
    if document.request.split == SplitMode.NONE:
        return [(0, len(texts) - 1)]
    # Splitting classifies every page, which takes a while on long uploads, so
    # each page renews the lease as reading it did.
    return page_ranges(
        document.pk,
        texts,
        on_page=lambda: lease_renew(document.pk),
        analyses=analyses,
    )


def lease_renew(document_id: int) -> None:
    """Extend the lease of a document still processing, so that polls do not fail
    it as lost while its worker is busy."""
    Document.objects.filter(pk=document_id, status=Status.PROCESSING).update(
        lease_expires_at=timezone.now() + lease_duration()
    )


def part_result(
    pages: tuple[int, int], classification: dict, extraction: dict, text_chars: int
) -> dict:
    """Return one entry of Document.parts: its first and last page numbers, its
    results and how much of its `text_chars` characters the engine read."""
    analysed = min(text_chars, settings.DOCAI_TEXT_MAX_CHARS)
    return {
        "pages": list(pages),
        "classification": classification,
        "extraction": extraction,
        "text_chars": text_chars,
        "analysed_chars": analysed,
        "truncated": analysed < text_chars,
    }


def analysis_text(document: Document, ocr_draft: str) -> str:
    """Return the part of the text the engines analyse: its first
    DOCAI_TEXT_MAX_CHARS characters."""
    limit = settings.DOCAI_TEXT_MAX_CHARS
    if len(ocr_draft) > limit:
        # The spans stay valid: they point into the start of the full text.
        logger.info("analysing the first %d characters document=%s", limit, document.pk)
    return ocr_draft[:limit]


def document_done(
    document_id: int,
    ocr_draft: str,
    classification: dict,
    extraction: dict,
    *,
    parts: list[dict],
    usage: dict | None = None,
) -> bool:
    """Store the result of a document still processing; return whether it was.

    `classification` and `extraction` are those of the first entry of `parts`.
    """
    changed = Document.objects.filter(pk=document_id, status=Status.PROCESSING).update(
        status=Status.DONE,
        ocr_draft=ocr_draft,
        classification=classification,
        extraction=extraction,
        parts=parts,
        engine=extraction["engine"],
        model=extraction["model"] or "",
        usage=usage,
        error_code="",
        error_message="",
        finished_at=timezone.now(),
        lease_expires_at=None,
    )
    return changed == 1


def _store_page(document: Document, page: PageText) -> list[list]:
    """Store one page, count it as done and renew the lease; return its word rows."""
    if len(page.text) > settings.DOCAI_MAX_PAGE_CHARS:
        raise ProcessingError(
            "text_too_large",
            f"Page {page.number} holds {len(page.text)} characters of text, more "
            f"than the limit of {settings.DOCAI_MAX_PAGE_CHARS} per page. The file "
            "does not look like a business document.",
        )
    words = [[word.text, word.confidence, *word.bbox] for word in page.words]
    with transaction.atomic():
        Page.objects.create(
            document=document,
            number=page.number,
            source=page.source,
            text=page.text,
            confidence=page.confidence,
            rotation=page.rotation,
            width=page.width,
            height=page.height,
            words=words,
        )
        Document.objects.filter(pk=document.pk).update(
            pages_done=F("pages_done") + 1,
            lease_expires_at=timezone.now() + lease_duration(),
        )
    logger.debug("page stored document=%s page=%d", document.pk, page.number)
    return words


def documents_expire_leases(request_id: int) -> int:
    """Fail the documents of a request whose lease ran out and was not reclaimed.

    A worker killed by the hard time limit, or by the kernel, cannot record its
    own failure, and its task is delivered again only while a worker runs. A
    lease that expired one lease duration ago with no new claim means no
    worker took the document back.
    """
    expired = Document.objects.filter(
        request_id=request_id,
        status=Status.PROCESSING,
        lease_expires_at__lt=timezone.now() - lease_duration(),
    )
    return expired.update(
        status=Status.FAILED,
        error_code="processing_lost",
        error_message="The worker processing this document stopped without "
        "finishing and no worker took it over. Check that the workers are "
        "running, then upload the file again.",
        finished_at=timezone.now(),
        lease_expires_at=None,
    )
