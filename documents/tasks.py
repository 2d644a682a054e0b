"""Celery tasks: thin wrappers that pass ids to the services."""

from celery import shared_task
from django.conf import settings

from documents.services.analysis import document_analyze
from documents.services.processing import document_process


@shared_task(
    name="documents.process_document",
    soft_time_limit=settings.DOCAI_TASK_SOFT_TIME_LIMIT,
    time_limit=settings.DOCAI_TASK_TIME_LIMIT,
    acks_late=True,
    ignore_result=True,
)
def process_document(document_id: int) -> None:
    """Read, classify and extract one document; failures are stored on the row."""
    retry_in = document_process(document_id)
    if retry_in is not None:
        process_document.apply_async((document_id,), countdown=retry_in)


@shared_task(
    bind=True,
    name="documents.analyze_document",
    soft_time_limit=settings.DOCAI_LLM_TASK_SOFT_TIME_LIMIT,
    time_limit=settings.DOCAI_LLM_TASK_TIME_LIMIT,
    acks_late=True,
    ignore_result=True,
    max_retries=None,
)
def analyze_document(self, document_id: int) -> None:
    """Classify and extract a read document with an LLM, on the LLM queue."""
    retry_in = document_analyze(document_id, retries=self.request.retries)
    if retry_in is not None:
        raise self.retry(countdown=retry_in, queue=settings.DOCAI_LLM_QUEUE)
