"""Document types that operators manage in the admin.

The built-in types live in the engine; each has a row here (created after
migrations) so that operators can see them, rename them, give them an external
code and add keywords, example texts and fields. Rows with other codes are new
types. The engine is rebuilt from these rows whenever any of them changes.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models

from ai_agents.engines.taxonomy import FIELD_KINDS, check_operator_field

CODE_VALIDATOR = RegexValidator(
    r"^[a-z][a-z0-9_]*$",
    "Use lower-case Latin letters, digits and underscores, starting with a letter.",
)


def split_lines(value: str) -> tuple[str, ...]:
    """Return the non-blank lines of a one-item-per-line admin field."""
    return tuple(line.strip() for line in value.splitlines() if line.strip())


class DocumentTypeDefinition(models.Model):
    code = models.CharField(max_length=64, unique=True, validators=[CODE_VALIDATOR])
    name_ru = models.CharField("name (Russian)", max_length=200)
    name_en = models.CharField("name (English)", max_length=200)
    description = models.TextField(blank=True)
    external_code = models.CharField(
        max_length=64,
        blank=True,
        help_text="Optional code of this type in another system, for example the "
        "code a customs declaration uses for this kind of document.",
    )
    keywords = models.TextField(
        blank=True,
        help_text="One keyword or phrase per line, in any language. Words near "
        "the top of a document weigh more.",
    )
    is_active = models.BooleanField(
        default=True, help_text="Inactive custom types are not used by the engine."
    )
    builtin = models.BooleanField(default=False, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-builtin", "code"]
        verbose_name = "document type"

    def __str__(self) -> str:
        return f"{self.code} ({self.name_en})"


class DocumentTypeExample(models.Model):
    document_type = models.ForeignKey(
        DocumentTypeDefinition, on_delete=models.CASCADE, related_name="examples"
    )
    text = models.TextField(help_text="The text of a typical document of this type.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["document_type", "pk"]
        verbose_name = "example text"

    def __str__(self) -> str:
        return self.text[:60]


class DocumentTypeField(models.Model):
    document_type = models.ForeignKey(
        DocumentTypeDefinition, on_delete=models.CASCADE, related_name="fields"
    )
    name = models.CharField(max_length=64, validators=[CODE_VALIDATOR])
    kind = models.CharField(
        max_length=16,
        choices=[(kind, kind) for kind in FIELD_KINDS],
        default="text",
        help_text="How the value is read, normalized and checked.",
    )
    labels = models.TextField(
        help_text="One label per line: the text that precedes the value in "
        "documents, for example 'Номер декларации' or 'Declaration No'."
    )
    description = models.CharField(max_length=255, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["document_type", "pk"]
        verbose_name = "field"
        constraints = [
            models.UniqueConstraint(
                fields=["document_type", "name"], name="ai_agents_field_name_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.document_type.code}.{self.name}"

    def clean(self) -> None:
        try:
            check_operator_field(self.name, self.kind)
        except ValueError as error:
            raise ValidationError({"name": str(error)}) from error


class LLMJob(models.Model):
    """A classify or extract request that an LLM worker answers.

    The web process stores the job, queues its id and waits for the row to
    finish. The text is cleared once the job finishes, so only the result and
    the usage stay.
    """

    class Kind(models.TextChoices):
        CLASSIFY = "classify"
        EXTRACT = "extract"

    class State(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"
        # The caller stopped waiting before a worker took the job.
        ABANDONED = "abandoned"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="llm_jobs",
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    state = models.CharField(
        max_length=16, choices=State.choices, default=State.QUEUED, db_index=True
    )
    engine = models.CharField(max_length=16)
    model = models.CharField(max_length=128)
    text = models.TextField(blank=True)
    params = models.JSONField(default=dict, blank=True)
    result = models.JSONField(null=True, blank=True)
    usage = models.JSONField(null=True, blank=True)
    error_code = models.CharField(max_length=64, blank=True)
    error_message = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "LLM job"

    def __str__(self) -> str:
        return f"{self.kind} {self.public_id} ({self.state})"


class LLMCall(models.Model):
    """One HTTP call to the LLM server, for a job or for an uploaded document."""

    job = models.ForeignKey(
        LLMJob, null=True, blank=True, on_delete=models.CASCADE, related_name="calls"
    )
    document = models.ForeignKey(
        "documents.Document",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="llm_calls",
    )
    purpose = models.CharField(max_length=16)
    chunk = models.PositiveIntegerField(default=0)
    model = models.CharField(max_length=128)
    mode = models.CharField(
        max_length=16, help_text="json_schema, json_object or plain."
    )
    prompt_tokens = models.PositiveIntegerField(null=True, blank=True)
    completion_tokens = models.PositiveIntegerField(null=True, blank=True)
    total_tokens = models.PositiveIntegerField(null=True, blank=True)
    latency_ms = models.PositiveIntegerField()
    outcome = models.CharField(
        max_length=64, db_index=True, help_text="ok, or the error code."
    )
    raw_reply = models.TextField(
        blank=True, help_text="The model's reply, kept when it was invalid."
    )
    error_detail = models.TextField(
        blank=True, help_text="The server's own error text, for a failed call."
    )
    request_id = models.CharField(max_length=128, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "LLM call"

    def __str__(self) -> str:
        return f"{self.purpose} {self.model} {self.outcome}"
