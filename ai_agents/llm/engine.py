"""The LLM engine: classification and extraction through an OpenAI-compatible server.

Works with OpenAI, Azure OpenAI (its /openai/v1 endpoint), vLLM, Ollama and
llama.cpp servers through the official openai client. Every value the model
returns is checked against the document text (see `verify`) and goes through the
embedded engine's validators, so the output has the embedded engine's shape plus
"supported" and "source" keys on each field.
"""

import math
import time
from collections.abc import Callable, Sequence

from ai_agents.engines.base import Candidate, Classification, Engine, Extraction
from ai_agents.engines.embedded import EmbeddedEngine
from ai_agents.engines.taxonomy import (
    DOCUMENT_TYPES,
    OTHER,
    DocumentType,
    FieldSpec,
    document_type_codes,
    validate_codes,
)
from ai_agents.engines.text import count_letters

from .chunks import merge_chunk_fields, split_chunks
from .client import CallRecord, LLMClient
from .config import LLMConfig
from .errors import LLMError
from .hybrid import combine_classifications, combine_fields
from .prompts import classification_messages, extraction_messages
from .schemas import (
    classification_model,
    classification_schema,
    extraction_model,
    extraction_schema,
)
from .verify import Verifier, run_checks

# The model reports its own confidence, which is not calibrated, so it is capped.
LLM_MAX_CONFIDENCE = 0.9
# Texts with fewer letters are classified as `other` without calling the model.
MIN_LETTERS = 10
# Seconds kept free before the deadline, and the shortest call worth making.
_DEADLINE_MARGIN = 1.0
_MIN_CALL_SECONDS = 1.0
_MAX_ALTERNATIVES = 3

_BUILTIN_CODES = frozenset(document_type_codes())
_BUILTIN_BY_CODE = {
    document_type.code: document_type for document_type in DOCUMENT_TYPES
}


class LLMEngine(Engine):
    """Engine that sends documents to an LLM and checks its replies against them.

    `document_types` are the types to classify into and extract, None for the
    built-in ones. With `hybrid` the embedded engine runs on the same text and
    the results are combined (see `hybrid`), and the engine's name is "hybrid".
    `deadline` is a time.monotonic() instant by which every call must end.
    `on_call` receives a CallRecord for every HTTP call, failed ones included.
    `cancelled` is called before every HTTP call, the correction retries and
    each chunk's call included. When it returns True the engine raises LLMError
    llm_cancelled without calling the server. `embeddings` is the embedded
    engine's option of that name, used in hybrid mode.
    Raises LLMError llm_not_configured when the config has no base_url.
    """

    name = "llm"

    def __init__(
        self,
        *,
        config: LLMConfig,
        document_types: Sequence[DocumentType] | None = None,
        hybrid: bool = False,
        deadline: float | None = None,
        on_call: Callable[[CallRecord], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        embeddings: str = "auto",
    ) -> None:
        self.config = config
        self.model = config.model
        self.hybrid = hybrid
        if hybrid:
            self.name = "hybrid"
        self.deadline = deadline
        self._on_call = on_call
        self._records: list[CallRecord] = []
        # Only hybrid mode classifies with the embedded engine, so only it needs
        # the embedding signal.
        self._embedded = EmbeddedEngine(
            document_types=document_types,
            embeddings=embeddings if hybrid else "off",
        )
        self._types = self._embedded.document_types
        self._codes = tuple(document_type.code for document_type in self._types)
        self._by_code = {
            document_type.code: document_type for document_type in self._types
        }
        self._client = LLMClient(config, on_call=self._record, cancelled=cancelled)

    @property
    def document_types(self) -> tuple[DocumentType, ...]:
        """The types this engine classifies into, `other` last."""
        return self._types

    def classify(
        self, text: str, *, candidates: Sequence[str] | None = None
    ) -> Classification:
        """Return the document type of `text`, chosen among `candidates` if given.

        `other` is always allowed. The model reads only the first chunk. Its
        self-reported confidence is capped at LLM_MAX_CONFIDENCE because it is
        not calibrated. In hybrid mode a HybridClassification is returned.
        Raises ValueError for an unknown code and LLMError when the call fails.
        """
        codes = (
            self._codes
            if candidates is None
            else validate_codes(candidates, known=self._codes)
        )
        allowed = tuple(dict.fromkeys((*codes, OTHER)))
        if count_letters(text) < MIN_LETTERS:
            return Classification(OTHER, 0.0)
        result = self._llm_classify(text, allowed)
        if self.hybrid:
            embedded = self._embedded.classify(text, candidates=candidates)
            return combine_classifications(result, embedded)
        return result

    def extract(self, text: str, *, document_type: str | None = None) -> Extraction:
        """Extract the fields of `text`, classifying it first when no type is given.

        Raises ValueError for an unknown `document_type` and LLMError when a call
        fails.
        """
        if document_type is None:
            document_type = self.classify(text).document_type
        else:
            validate_codes((document_type,), known=self._codes)
        spec = self._by_code[document_type]
        specs = _field_specs(spec)
        rules_type = document_type if document_type in _BUILTIN_CODES else OTHER
        verifier = Verifier(text, rules_type)
        fields: dict = {}
        if count_letters(text) >= MIN_LETTERS:
            fields = self._llm_fields(text, spec, specs, verifier)
        if self.hybrid:
            embedded = self._embedded.extract(text, document_type=document_type)
            fields = combine_fields(fields, embedded.fields)
        checks = run_checks(fields, verifier.context, specs)
        return Extraction(document_type, fields, checks)

    def usage(self) -> dict:
        """Return the calls made so far and their summed tokens and latency.

        Calls whose server reported no usage count as zero tokens.
        """
        return {
            "model": self.model,
            "calls": len(self._records),
            "prompt_tokens": sum(r.prompt_tokens or 0 for r in self._records),
            "completion_tokens": sum(r.completion_tokens or 0 for r in self._records),
            "total_tokens": sum(r.total_tokens or 0 for r in self._records),
            "latency_ms": sum(r.latency_ms for r in self._records),
        }

    def close(self) -> None:
        """Close the HTTP connections of the client."""
        self._client.close()

    def _llm_classify(self, text: str, allowed: tuple[str, ...]) -> Classification:
        chunk = split_chunks(text, self.config.chunk_chars, self.config.header_chars)[0]
        types = [self._by_code[code] for code in allowed]
        reply = self._client.request(
            classification_messages(chunk, types),
            schema_name="classification",
            schema=classification_schema(allowed),
            model=classification_model(allowed),
            purpose="classify",
            chunk=0,
            timeout=self._call_timeout,
        )
        chosen = reply["document_type"]
        alternatives: dict[str, Candidate] = {}
        for item in sorted(reply["alternatives"], key=lambda item: -item["confidence"]):
            code = item["document_type"]
            if code != chosen and code not in alternatives:
                alternatives[code] = Candidate(code, _clip(item["confidence"]))
        return Classification(
            chosen,
            _clip(reply["confidence"]),
            tuple(alternatives.values())[:_MAX_ALTERNATIVES],
        )

    def _llm_fields(
        self,
        text: str,
        document_type: DocumentType,
        specs: tuple[FieldSpec, ...],
        verifier: Verifier,
    ) -> dict:
        chunks = split_chunks(text, self.config.chunk_chars, self.config.header_chars)
        schema = extraction_schema(specs)
        model = extraction_model(specs)
        per_chunk = []
        for chunk in chunks:
            reply = self._client.request(
                extraction_messages(chunk, len(chunks), document_type, specs),
                schema_name="extraction",
                schema=schema,
                model=model,
                purpose="extract",
                chunk=chunk.index,
                timeout=self._call_timeout,
            )
            per_chunk.append(verifier.fields(reply, specs, chunk.offset))
        return merge_chunk_fields(per_chunk)

    def _call_timeout(self) -> float:
        """Return the total seconds the next call may take, within the deadline."""
        if self.deadline is None:
            return self.config.timeout
        remaining = self.deadline - time.monotonic() - _DEADLINE_MARGIN
        if remaining < _MIN_CALL_SECONDS:
            left = max(remaining + _DEADLINE_MARGIN, 0.0)
            raise LLMError(
                "llm_timeout",
                f"Only {left:.1f} s remain before the task deadline, too little for "
                "an LLM call. Raise the task's time limit or lower DOCAI_LLM_TIMEOUT "
                "and DOCAI_LLM_CHUNK_CHARS.",
                retryable=False,
            )
        return min(self.config.timeout, remaining)

    def _record(self, record: CallRecord) -> None:
        self._records.append(record)
        if self._on_call is not None:
            self._on_call(record)


def _clip(confidence: float) -> float:
    # The reply schema rejects NaN and Infinity; this keeps them out regardless.
    if not math.isfinite(confidence):
        return 0.0
    return round(min(max(confidence, 0.0), LLM_MAX_CONFIDENCE), 4)


def _field_specs(document_type: DocumentType) -> tuple[FieldSpec, ...]:
    """Return the fields to ask for: the type's own, after the common ones where
    the embedded engine adds them too.

    `other` gets the fields of an invoice, since the embedded engine looks for
    common fields and a table on it. A type that is not built in gets the common
    fields of a contract plus its own, which replace common fields of their name.
    """
    if document_type.code == OTHER:
        base = _BUILTIN_BY_CODE["invoice"].fields
    elif not document_type.builtin:
        base = _BUILTIN_BY_CODE["contract"].fields
    else:
        base = ()
    own = {spec.name: spec for spec in document_type.fields}
    inherited = tuple(spec for spec in base if spec.name not in own)
    return inherited + tuple(own.values())
