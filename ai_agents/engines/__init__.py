"""Document engines: classification and field extraction behind one interface.

`get_engine("embedded")` returns the offline rule-based engine. Other engines
register a factory with `register_engine`.
"""

from collections.abc import Callable

from .base import Candidate, Classification, Engine, Extraction
from .classifier import ClassifierSettings
from .embedded import EmbeddedEngine
from .taxonomy import DOCUMENT_TYPES, DocumentType, document_type_codes

__all__ = [
    "DOCUMENT_TYPES",
    "Candidate",
    "Classification",
    "ClassifierSettings",
    "DocumentType",
    "EmbeddedEngine",
    "Engine",
    "Extraction",
    "UnknownEngineError",
    "document_type_codes",
    "get_engine",
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
