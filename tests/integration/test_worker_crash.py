"""A worker process killed mid-document: another must take the document over."""

import os
import signal
import time
from pathlib import Path

import pytest
from rest_framework.test import APIClient

from documents.models import Document, Status

pytestmark = [
    pytest.mark.integration,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
]

UPLOAD = "/documents/api/v1/request/"


def child_pids(parent: int) -> list[int]:
    """Return the pids of the processes whose parent is `parent` (Linux /proc)."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            children.append(int(stat.parent.name))
    return children


def wait_for_status(document_id: int, statuses: set, timeout: float) -> Document:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        document = Document.objects.get(pk=document_id)
        if document.status in statuses:
            return document
        time.sleep(0.05)
    pytest.fail(f"document {document_id} never reached {statuses}")


def test_killed_worker_document_taken_over(corpus, celery_worker, worker_settings):
    # A rotated Russian scan: two OCR passes take several seconds.
    path = corpus / "dedoc" / "scanned__orient_3.png"
    with path.open("rb") as handle:
        created = APIClient().post(UPLOAD, {"files": [handle]}, format="multipart")
    document_id = Document.objects.get(request__public_id=created.json()["id"]).pk
    wait_for_status(document_id, {Status.PROCESSING}, timeout=60)

    for pid in child_pids(celery_worker.pid):
        os.kill(pid, signal.SIGKILL)
    document = wait_for_status(document_id, {Status.DONE, Status.FAILED}, timeout=180)

    assert document.status == Status.DONE, document.error_message
    assert document.attempts == 2
    assert "Губернатора" in document.ocr_draft
