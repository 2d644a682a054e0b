"""Load the document types from the database into engine terms.

`load_document_types()` returns the merged taxonomy (built-ins and operator
rows) and is cheap to call per request: it rebuilds only when a row changed,
judged by the latest `updated_at` and the row counts of the three tables.
"""

import logging
import threading

from django.db.models import Count, Max

from ai_agents.engines.taxonomy import (
    DOCUMENT_TYPES,
    DocumentType,
    FieldSpec,
    check_operator_field,
    merge_types,
)
from ai_agents.models import (
    DocumentTypeDefinition,
    DocumentTypeExample,
    DocumentTypeField,
    split_lines,
)

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_cached: dict = {"version": None, "types": None}


def sync_builtin_types() -> int:
    """Create a row for every built-in type that has none; return how many."""
    existing = set(DocumentTypeDefinition.objects.values_list("code", flat=True))
    created = [
        DocumentTypeDefinition(
            code=builtin.code,
            name_ru=builtin.name_ru,
            name_en=builtin.name_en,
            description=builtin.description,
            builtin=True,
        )
        for builtin in DOCUMENT_TYPES
        if builtin.code not in existing
    ]
    DocumentTypeDefinition.objects.bulk_create(created)
    DocumentTypeDefinition.objects.filter(
        code__in=[builtin.code for builtin in DOCUMENT_TYPES]
    ).update(builtin=True)
    return len(created)


def _version() -> tuple:
    parts = []
    for model in (DocumentTypeDefinition, DocumentTypeExample, DocumentTypeField):
        stats = model.objects.aggregate(latest=Max("updated_at"), count=Count("pk"))
        parts.append((stats["latest"], stats["count"]))
    return tuple(parts)


def _to_engine_type(row: DocumentTypeDefinition) -> DocumentType:
    return DocumentType(
        code=row.code,
        name_ru=row.name_ru,
        name_en=row.name_en,
        description=row.description,
        keywords=split_lines(row.keywords),
        examples=tuple(example.text for example in row.examples.all()),
        fields=tuple(
            FieldSpec(
                name=field.name,
                kind=field.kind,
                labels=split_lines(field.labels),
                description=field.description,
            )
            for field in row.fields.all()
            if _is_allowed_field(row.code, field)
        ),
        external_code=row.external_code,
        builtin=row.builtin,
    )


def _is_allowed_field(code: str, field: DocumentTypeField) -> bool:
    """Return whether the engine may use an operator's field. A row saved before
    the admin checked names, or written around it, is skipped with an error log."""
    try:
        check_operator_field(field.name, field.kind)
    except ValueError as error:
        logger.error("document type field skipped code=%s error=%s", code, error)
        return False
    return True


def _valid_types(rows) -> list[DocumentType]:
    """Convert rows, skipping any the engine rejects so that one bad row written
    around the admin's validation cannot stop classification."""
    converted = []
    for row in rows:
        try:
            converted.append(_to_engine_type(row))
        except ValueError as exc:
            logger.error("document type skipped code=%s error=%s", row.code, exc)
    return converted


def load_document_types() -> tuple[DocumentType, ...]:
    """Return built-in and operator types, merged, from a cache kept per process."""
    version = _version()
    with _lock:
        if _cached["version"] == version:
            return _cached["types"]
    rows = DocumentTypeDefinition.objects.filter(is_active=True).prefetch_related(
        "examples", "fields"
    )
    types = merge_types(_valid_types(rows))
    with _lock:
        _cached["version"] = version
        _cached["types"] = types
    logger.info("document types loaded count=%d", len(types))
    return types
