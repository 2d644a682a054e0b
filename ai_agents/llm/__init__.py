"""LLM engine: document classification and extraction through an OpenAI-compatible
server, checked against the document by the embedded engine's parsers and validators.

Build it with `LLMEngine(config=LLMConfig(...))`. Every failure raises `LLMError`,
whose `code` and `retryable` tell the caller what to do.
"""

from .client import CallRecord, forget_modes
from .config import LLMConfig
from .engine import LLMEngine
from .errors import LLMError
from .hybrid import HybridClassification

__all__ = [
    "CallRecord",
    "HybridClassification",
    "LLMConfig",
    "LLMEngine",
    "LLMError",
    "forget_modes",
]
