"""Classification and extraction, shared by the API views and the workers."""

import logging
import time

from django.conf import settings
from rest_framework import status

from ai_agents.document_types import load_document_types
from ai_agents.engines import UnknownEngineError, get_engine
from ai_agents.engines.base import Engine
from ai_agents.engines.signals import heads_other_paper
from ai_agents.engines.taxonomy import validate_codes
from ai_agents.engines.text import NormalizedText
from docai.exceptions import ApiError

logger = logging.getLogger(__name__)


_engines: dict[str, tuple[tuple, Engine]] = {}


def engine_get(name: str = "embedded") -> Engine:
    """Return the named in-process engine built on the current taxonomy.

    An engine is reused until an operator changes a document type. LLM engines
    are built per task instead (see llm_service).
    """
    engine_name = name
    types = load_document_types()
    cached = _engines.get(engine_name)
    if cached is not None and cached[0] is types:
        return cached[1]
    try:
        engine = get_engine(
            engine_name, document_types=types, embeddings=settings.DOCAI_EMBEDDINGS
        )
    except UnknownEngineError as exc:
        raise ApiError(
            f"Unknown engine {engine_name!r}. Use 'embedded'.",
            "unknown_engine",
            status_code=status.HTTP_400_BAD_REQUEST,
        ) from exc
    _engines[engine_name] = (types, engine)
    return engine


def document_type_codes() -> tuple[str, ...]:
    """Return the codes of every document type the engine currently accepts."""
    return tuple(document_type.code for document_type in load_document_types())


def classify_text(
    text: str, *, candidates: list[str] | None = None, engine: Engine | None = None
) -> dict:
    engine = engine or engine_get()
    _check_codes(engine, candidates or (), "invalid_candidates")
    started = time.monotonic()
    result = engine.classify(text, candidates=candidates or None)
    logger.info(
        "classified engine=%s type=%s chars=%d seconds=%.3f",
        engine.name,
        result.document_type,
        len(text),
        time.monotonic() - started,
    )
    return {**result.as_dict(), **_produced_by(engine)}


def extract_fields(
    text: str, *, document_type: str | None = None, engine: Engine | None = None
) -> dict:
    engine = engine or engine_get()
    if document_type is not None:
        _check_codes(engine, (document_type,), "unknown_document_type")
    started = time.monotonic()
    result = engine.extract(text, document_type=document_type)
    logger.info(
        "extracted engine=%s type=%s chars=%d seconds=%.3f",
        engine.name,
        result.document_type,
        len(text),
        time.monotonic() - started,
    )
    return {**result.as_dict(), **_produced_by(engine)}


def _check_codes(engine: Engine, codes, error_code: str) -> None:
    """Raise ApiError 400 when a code is not one of the engine's document types.

    The request was checked against the types when it arrived, but an operator
    may have removed a type before a worker ran it.
    """
    if not codes:
        return
    known = tuple(document_type.code for document_type in engine.document_types)
    try:
        validate_codes(codes, known=known)
    except ValueError as exc:
        raise ApiError(str(exc), error_code) from exc


def _produced_by(engine: Engine) -> dict:
    """Name the engine and, for LLM engines, the model behind a result."""
    return {"engine": engine.name, "model": getattr(engine, "model", None)}


def opens_with_title(
    text: str, document_type: str, engine: Engine | None = None
) -> bool:
    """Return whether a title of `document_type` opens a line near the top of
    `text`, by the embedded engine's title words and the operator's keywords."""
    engine = engine or engine_get()
    return engine.classifier.opens_with_title(NormalizedText(text), document_type)


def names_other_paper(text: str) -> bool:
    """Return whether a heading near the top of `text` names a kind of paper outside
    the built-in types, such as a certificate of origin or a price list."""
    return heads_other_paper(NormalizedText(text))


def analyze_text(text: str, engine: Engine | None = None) -> tuple[dict, dict]:
    """Classify, then extract with the type found; return both results.

    Each result names the engine and model that produced it.
    """
    engine = engine or engine_get()
    classification = classify_text(text, engine=engine)
    extraction = extract_fields(
        text, document_type=classification["document_type"], engine=engine
    )
    return classification, extraction
