"""Upload requests, their documents and the text of each page.

These rows are the polling contract: the API reads them and never the Celery
result backend. A document moves queued -> processing -> done | failed; the
status of a request is derived from its documents (see selectors).
"""

import uuid

from django.conf import settings
from django.db import models


class Status(models.TextChoices):
    QUEUED = "queued"
    PROCESSING = "processing"
    DONE = "done"
    FAILED = "failed"


class SplitMode(models.TextChoices):
    """Whether a multi-page file is divided into one part per document."""

    AUTO = "auto"
    NONE = "none"


class DocumentRequest(models.Model):
    """One upload of one or more files, known to clients only by its UUID."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="document_requests",
    )
    engine = models.CharField(
        max_length=16, blank=True, help_text="The engine the upload asked for."
    )
    model = models.CharField(
        max_length=128,
        blank=True,
        help_text="The LLM model or profile the upload asked for.",
    )
    split = models.CharField(
        max_length=8,
        choices=SplitMode.choices,
        default=SplitMode.AUTO,
        help_text="Whether multi-page files are split into one part per document.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return str(self.public_id)


class Document(models.Model):
    request = models.ForeignKey(
        DocumentRequest, on_delete=models.CASCADE, related_name="documents"
    )
    position = models.PositiveIntegerField()
    original_name = models.CharField(max_length=255)
    mime_type = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    storage_path = models.CharField(
        max_length=512, help_text="Path of the stored file, relative to the data dir."
    )
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    page_count = models.PositiveIntegerField(null=True, blank=True)
    pages_done = models.PositiveIntegerField(default=0)
    attempts = models.PositiveSmallIntegerField(default=0)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    error_code = models.CharField(max_length=64, blank=True)
    error_message = models.TextField(blank=True)
    ocr_draft = models.TextField(blank=True)
    classification = models.JSONField(null=True, blank=True)
    extraction = models.JSONField(null=True, blank=True)
    parts = models.JSONField(
        null=True,
        blank=True,
        help_text="One entry per document found in the file: its first and last "
        "page numbers, classification and extraction.",
    )
    engine = models.CharField(max_length=32, blank=True)
    model = models.CharField(
        max_length=128, blank=True, help_text="The LLM model that produced the result."
    )
    usage = models.JSONField(
        null=True, blank=True, help_text="LLM calls, tokens and latency in total."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["request", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["request", "position"], name="documents_document_position"
            )
        ]

    def __str__(self) -> str:
        return f"{self.original_name} ({self.status})"


class Page(models.Model):
    class Source(models.TextChoices):
        TEXT_LAYER = "text_layer"
        OCR = "ocr"

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="pages"
    )
    number = models.PositiveIntegerField()
    source = models.CharField(max_length=16, choices=Source.choices)
    text = models.TextField(blank=True)
    confidence = models.FloatField(null=True, blank=True)
    rotation = models.PositiveSmallIntegerField(
        default=0, help_text="Degrees clockwise the page was turned before OCR."
    )
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    words = models.JSONField(
        default=list, blank=True, help_text="OCR word boxes: [text, conf, l, t, r, b]."
    )

    class Meta:
        ordering = ["document", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "number"], name="documents_page_number"
            )
        ]

    def __str__(self) -> str:
        return f"page {self.number} of document {self.document_id}"
