"""Document engines: classification and field extraction behind one interface.

`get_engine("embedded")` returns the offline rule-based engine, and
`get_engine("embedded", document_types=merge_types(custom))` one that also
classifies into operator-defined types. Other engines register a factory with
`register_engine`.
"""

from collections.abc import Callable

from .base import Candidate, Classification, Engine, Extraction
from .classifier import ClassifierSettings
from .embedded import EmbeddedEngine
from .taxonomy import (
    DOCUMENT_TYPES,
    FIELD_KINDS,
    DocumentType,
    FieldSpec,
    document_type_codes,
    merge_types,
)

__all__ = [
    "DOCUMENT_TYPES",
    "FIELD_KINDS",
    "Candidate",
    "Classification",
    "ClassifierSettings",
    "DocumentType",
    "EmbeddedEngine",
    "Engine",
    "Extraction",
    "FieldSpec",
    "UnknownEngineError",
    "document_type_codes",
    "get_engine",
    "merge_types",
    "register_engine",
]


class UnknownEngineError(ValueError):
    """Raised when no engine is registered under the requested name."""


_FACTORIES: dict[str, Callable[..., Engine]] = {"embedded": EmbeddedEngine}


def register_engine(name: str, factory: Callable[..., Engine]) -> None:
    """Register a factory that `get_engine(name)` calls to create an engine."""
    _FACTORIES[name] = factory


def get_engine(name: str = "embedded", **options: object) -> Engine:
    """Create the engine registered under `name`, passing `options` to its constructor.

    Raises UnknownEngineError naming the registered engines when `name` is unknown.
    """
    factory = _FACTORIES.get(name)
    if factory is None:
        known = ", ".join(sorted(_FACTORIES))
        raise UnknownEngineError(
            f"Unknown engine {name!r}. Registered engines: {known}. "
            "Pass one of them, or register the engine with register_engine()."
        )
    return factory(**options)
