"""Document types that operators manage in the admin.

The built-in types live in the engine; each has a row here (created after
migrations) so that operators can see them, rename them, give them an external
code and add keywords, example texts and fields. Rows with other codes are new
types. The engine is rebuilt from these rows whenever any of them changes.
"""

from django.core.validators import RegexValidator
from django.db import models

from ai_agents.engines.taxonomy import FIELD_KINDS

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
