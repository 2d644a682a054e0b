"""Delete old upload requests together with their stored files."""

import logging
import shutil
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from ai_agents.models import LLMJob
from documents.models import DocumentRequest, Status

logger = logging.getLogger(__name__)


def requests_purge(*, older_than: timedelta) -> int:
    """Delete finished requests created before now - older_than; return how many.

    A request with a document still queued or processing is kept, so that no
    worker loses its file mid-way.
    """
    cutoff = timezone.now() - older_than
    old = DocumentRequest.objects.filter(created_at__lt=cutoff).exclude(
        documents__status__in=[Status.QUEUED, Status.PROCESSING]
    )
    deleted = 0
    for doc_request in old.iterator():
        folder = Path(settings.UPLOAD_DIR) / str(doc_request.public_id)
        doc_request.delete()
        shutil.rmtree(folder, ignore_errors=True)
        deleted += 1
        logger.info("purged request=%s", doc_request.public_id)
    return deleted


def llm_jobs_purge(*, older_than: timedelta) -> int:
    """Delete finished LLM jobs and their call records created before now -
    older_than; return how many jobs."""
    cutoff = timezone.now() - older_than
    _, per_model = (
        LLMJob.objects.filter(created_at__lt=cutoff)
        .exclude(state__in=[LLMJob.State.QUEUED, LLMJob.State.RUNNING])
        .delete()
    )
    return per_model.get(LLMJob._meta.label, 0)
