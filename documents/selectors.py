"""Read side of documents: look up a request and derive its overall state."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Prefetch

from documents.models import Document, DocumentRequest, Page, Status

_FINISHED = {Status.DONE, Status.FAILED}


@dataclass(frozen=True)
class RequestState:
    status: str
    pages_done: int
    pages_total: int | None
    documents_total: int
    documents_done: int
    documents_failed: int
    started_at: datetime | None
    finished_at: datetime | None


def request_get(public_id: str) -> DocumentRequest | None:
    """Return the request with its documents and pages, or None for any bad id."""
    text = str(public_id).lower()
    try:
        key = uuid.UUID(text)
    except ValueError:
        return None
    if str(key) != text:
        # uuid.UUID also reads "urn:uuid:...", braces and the form without
        # dashes; only the form the API returns is an id.
        return None
    documents = Document.objects.order_by("position").prefetch_related(
        Prefetch("pages", queryset=Page.objects.order_by("number"))
    )
    return (
        DocumentRequest.objects.prefetch_related(Prefetch("documents", documents))
        .filter(public_id=key)
        .first()
    )


def request_state(doc_request: DocumentRequest) -> RequestState:
    """Derive the request's status and progress from its documents.

    queued: no document has started. done: every document finished and at
    least one succeeded (each document carries its own status). failed: every
    document failed. processing: anything else.
    """
    documents = list(doc_request.documents.all())
    statuses = [document.status for document in documents]
    if all(state == Status.QUEUED for state in statuses):
        status = Status.QUEUED
    elif all(state in _FINISHED for state in statuses):
        status = Status.FAILED if Status.DONE not in statuses else Status.DONE
    else:
        status = Status.PROCESSING
    # A failed document adds the pages it read, because the rest will never be
    # read, so a finished request shows pages_done equal to pages_total.
    counts = [
        document.pages_done if document.status == Status.FAILED else document.page_count
        for document in documents
    ]
    started = [document.started_at for document in documents if document.started_at]
    finished = [d.finished_at for d in documents if d.finished_at]
    return RequestState(
        status=status,
        pages_done=sum(document.pages_done for document in documents),
        pages_total=None if None in counts else sum(counts),
        documents_total=len(documents),
        documents_done=statuses.count(Status.DONE),
        documents_failed=statuses.count(Status.FAILED),
        started_at=min(started) if started else None,
        finished_at=max(finished) if status in _FINISHED and finished else None,
    )
