"""Classification and extraction, shared by the API views and the workers."""

import logging
import time

from django.conf import settings
from rest_framework import status

from ai_agents.engines import UnknownEngineError, get_engine
from ai_agents.engines.base import Engine
from docai.exceptions import ApiError

logger = logging.getLogger(__name__)


def engine_get(name: str | None = None) -> Engine:
    """Return the named engine, or the configured default (DOCAI_ENGINE)."""
    engine_name = name or settings.DOCAI_ENGINE
    try:
        return get_engine(engine_name)
    except UnknownEngineError as exc:
        raise ApiError(
            f"Unknown engine {engine_name!r}. Use 'embedded'.",
            "unknown_engine",
            status_code=status.HTTP_400_BAD_REQUEST,
        ) from exc


def classify_text(text: str, *, candidates: list[str] | None = None) -> dict:
    engine = engine_get()
    started = time.monotonic()
    try:
        result = engine.classify(text, candidates=candidates or None)
    except ValueError as exc:
        raise ApiError(str(exc), "invalid_candidates") from exc
    logger.info(
        "classified engine=%s type=%s chars=%d seconds=%.3f",
        engine.name,
        result.document_type,
        len(text),
        time.monotonic() - started,
    )
    return {**result.as_dict(), "engine": engine.name}


def extract_fields(text: str, *, document_type: str | None = None) -> dict:
    engine = engine_get()
    started = time.monotonic()
    result = engine.extract(text, document_type=document_type)
    logger.info(
        "extracted engine=%s type=%s chars=%d seconds=%.3f",
        engine.name,
        result.document_type,
        len(text),
        time.monotonic() - started,
    )
    return {**result.as_dict(), "engine": engine.name}


def analyze_text(text: str) -> tuple[dict, dict, str]:
    """Classify, then extract with the type found; return both and the engine name."""
    classification = classify_text(text)
    extraction = extract_fields(text, document_type=classification["document_type"])
    return classification, extraction, classification["engine"]
