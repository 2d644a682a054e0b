"""Purging old requests and their files."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from documents.models import Document, DocumentRequest, Status
from documents.services.uploads import request_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_request(corpus, settings):
    content = (corpus / "paperless-ngx" / "simple.pdf").read_bytes()
    doc_request = request_create(files=[SimpleUploadedFile("simple.pdf", content)])
    DocumentRequest.objects.filter(pk=doc_request.pk).update(
        created_at=timezone.now() - timedelta(days=40)
    )
    Document.objects.filter(request=doc_request).update(status=Status.DONE)
    return doc_request


def test_purge_deletes_rows_and_files(old_request, settings):
    folder = settings.UPLOAD_DIR / str(old_request.public_id)
    assert folder.is_dir()

    call_command("purge_requests", days=30)

    assert not DocumentRequest.objects.exists()
    assert not folder.exists()


def test_purge_keeps_recent_requests(old_request):
    call_command("purge_requests", days=60)

    assert DocumentRequest.objects.count() == 1


def test_purge_keeps_unfinished_requests(old_request):
    Document.objects.update(status=Status.PROCESSING)

    call_command("purge_requests", days=30)

    assert DocumentRequest.objects.count() == 1
