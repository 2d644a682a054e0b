"""The embedded engine: offline, pure-Python classification and extraction."""

from collections.abc import Sequence

from .base import Classification, Engine, Extraction
from .classifier import ClassifierSettings, RuleClassifier
from .extractor import FieldExtractor
from .taxonomy import document_type_codes, validate_codes
from .text import NormalizedText


class EmbeddedEngine(Engine):
    """Rule-based engine that runs in-process with no network and no models.

    `title_lines` is how many non-empty lines at the top count as the title zone, for
    both classification and extraction. `classifier_settings` tunes the scoring.
    """

    name = "embedded"

    def __init__(
        self,
        *,
        title_lines: int = 20,
        classifier_settings: ClassifierSettings | None = None,
    ) -> None:
        settings = classifier_settings or ClassifierSettings(title_lines=title_lines)
        self._classifier = RuleClassifier(settings=settings)
        self._extractor = FieldExtractor(title_lines=title_lines)

    def classify(
        self, text: str, *, candidates: Sequence[str] | None = None
    ) -> Classification:
        """Return the document type of `text`, chosen among `candidates` if given.

        `other` is returned when no candidate has enough evidence, even when
        `candidates` does not list it. Raises ValueError for an unknown code.
        """
        codes = (
            document_type_codes() if candidates is None else validate_codes(candidates)
        )
        return self._classifier.classify(NormalizedText(text), codes)

    def extract(self, text: str, *, document_type: str | None = None) -> Extraction:
        """Extract the fields of `text`.

        The text is classified first when `document_type` is None. Raises ValueError
        for an unknown `document_type`.
        """
        document = NormalizedText(text)
        if document_type is None:
            document_type = self._classifier.classify(
                document, document_type_codes()
            ).document_type
        else:
            validate_codes((document_type,))
        fields, checks = self._extractor.extract(document, document_type)
        return Extraction(document_type, fields, checks)
