"""The engine interface: classify a document's text and extract structured fields.

Engines work on plain text (from a text layer or OCR) and return frozen results that
convert to JSON-ready dicts with `as_dict`.
"""

import copy
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .taxonomy import DocumentType


@dataclass(frozen=True)
class Candidate:
    """A document type with the engine's confidence in it, from 0 to 1."""

    document_type: str
    confidence: float

    def as_dict(self) -> dict:
        """Return the candidate as a JSON-ready dict."""
        return {"document_type": self.document_type, "confidence": self.confidence}


@dataclass(frozen=True)
class Classification:
    """The chosen document type, its confidence and the next best candidates."""

    document_type: str
    confidence: float
    alternatives: tuple[Candidate, ...] = ()

    def as_dict(self) -> dict:
        """Return the classification as a JSON-ready dict."""
        return {
            "document_type": self.document_type,
            "confidence": self.confidence,
            "alternatives": [candidate.as_dict() for candidate in self.alternatives],
        }


@dataclass(frozen=True)
class Extraction:
    """Fields extracted from a document and the requisite checks run on them.

    Each scalar field is a dict with "value", "raw", "confidence" and "span" keys,
    plus "valid" where a validator applies. "parties" maps a role to such fields.
    Requisites that fit no role are under "unassigned", "unassigned_2", ..., one
    value per key in each.
    Each check is a dict with "code", "fields", "passed" and "message" keys.
    """

    document_type: str
    fields: dict
    checks: tuple[dict, ...] = ()

    def as_dict(self) -> dict:
        """Return a deep copy of the extraction as a JSON-ready dict."""
        return {
            "document_type": self.document_type,
            "fields": copy.deepcopy(self.fields),
            "checks": copy.deepcopy(list(self.checks)),
        }


class Engine(ABC):
    """A document engine: classification and field extraction over plain text."""

    name: str

    @property
    @abstractmethod
    def document_types(self) -> "tuple[DocumentType, ...]":
        """Return the types this engine classifies into and extracts."""

    @abstractmethod
    def classify(
        self, text: str, *, candidates: Sequence[str] | None = None
    ) -> Classification:
        """Return the document type of `text`, chosen among `candidates` if given.

        Raises ValueError when `candidates` contains an unknown code.
        """

    @abstractmethod
    def extract(self, text: str, *, document_type: str | None = None) -> Extraction:
        """Extract the fields of `text`.

        The text is classified first when `document_type` is None. Raises ValueError
        when `document_type` is an unknown code.
        """
