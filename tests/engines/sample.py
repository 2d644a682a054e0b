"""The record type of the synthetic test documents."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sample:
    """A synthetic document and the values the engine should extract from it.

    `expected` maps a dotted field path ("date", "parties.seller.inn") to its value.
    """

    document_type: str
    language: str
    text: str
    expected: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """Test id, such as "invoice-ru"."""
        return f"{self.document_type}-{self.language}"
