import difflib

from django.conf import settings
from rest_framework import serializers
from rest_framework.exceptions import ErrorDetail
from rest_framework.settings import api_settings

from ai_agents import services
from docai.request_keys import StrictCharField, check_body_keys, json_type, preview

_EMPTY_TEXT = (
    "The text is empty or only blanks; send the document's text, such as the "
    "ocr_draft of an upload's result."
)


def _text_field() -> serializers.CharField:
    return StrictCharField(
        allow_blank=False,
        trim_whitespace=False,
        max_length=settings.DOCAI_TEXT_MAX_CHARS,
        help_text="The document's text, for example the ocr_draft of an upload.",
        error_messages={
            "max_length": "The text has {length} characters, more than the "
            "{max_length} characters that DOCAI_TEXT_MAX_CHARS allows. Send the "
            "first {max_length} "
            "characters, or the pages one by one, or raise DOCAI_TEXT_MAX_CHARS "
            "on the server.",
            "blank": _EMPTY_TEXT,
            "null": "The text is null; send the document's text as a JSON string.",
        },
    )


def _engine_field() -> serializers.CharField:
    return StrictCharField(
        max_length=16,
        required=False,
        help_text="embedded, llm or hybrid; DOCAI_ENGINE when omitted.",
    )


def _model_field() -> serializers.CharField:
    return StrictCharField(
        max_length=128,
        required=False,
        help_text="For llm and hybrid: a profile name (such as fast or quality) "
        "or an allowed model name; DOCAI_LLM_MODEL when omitted.",
    )


def _check_codes(codes: list[str]) -> None:
    known = services.document_type_codes()
    for code in codes:
        if code in known:
            continue
        message = f"Unknown document type {code!r}."
        guess = _closest_code(code, known)
        if guess is not None:
            message += f" Did you mean {guess!r}?"
            if code.lower() == guess:
                message += " Codes are lower case."
        message += f" Known types: {', '.join(known)}."
        raise serializers.ValidationError(message, code="unknown_document_type")


def _closest_code(code: str, known: tuple[str, ...]) -> str | None:
    """Return the known code that `code` most likely meant to name, if any."""
    normalized = code.strip().lower().replace("-", "_").replace(" ", "_")
    if normalized in known:
        return normalized
    close = difflib.get_close_matches(normalized, known, n=1, cutoff=0.75)
    return close[0] if close else None


def _check_text(value: str) -> str:
    if not value.strip():
        raise serializers.ValidationError(_EMPTY_TEXT, code="blank")
    return value


class CandidatesField(serializers.ListField):
    """A JSON array of document type codes, with errors that show the form."""

    def __init__(self, **kwargs):
        super().__init__(
            child=serializers.CharField(max_length=64),
            allow_empty=False,
            max_length=100,
            error_messages={
                "empty": 'Name at least one document type code, such as ["invoice"],'
                " or leave candidates out to consider every type.",
                "max_length": "Name at most {max_length} document type codes.",
                "null": "Leave candidates out to consider every type, or send an "
                'array such as ["invoice"]; null is not a list.',
            },
            **kwargs,
        )

    def to_internal_value(self, data):
        if isinstance(data, str):
            codes = [code.strip() for code in data.split(",") if code.strip()]
            suggestion = ", ".join(preview(code) for code in codes or [data])
            raise serializers.ValidationError(
                f"Expected an array of document type codes, got the string "
                f"{preview(data)}; send [{suggestion}].",
                code="not_a_list",
            )
        if not isinstance(data, list):
            raise serializers.ValidationError(
                f"Expected an array of document type codes, such as "
                f'["invoice", "act"], got {json_type(data)}.',
                code="not_a_list",
            )
        for index, item in enumerate(data):
            if not isinstance(item, str):
                message = (
                    "Each candidate must be a document type code in double quotes, "
                    f'such as "invoice"; got {json_type(item)} {preview(item)}. '
                    'Send a flat array: ["invoice", "act"].'
                )
                raise serializers.ValidationError(
                    {index: [ErrorDetail(message, code="invalid")]}
                )
        return super().to_internal_value(data)


class _TextRequestSerializer(serializers.Serializer):
    """A request that carries a document's text in `ocr_draft`."""

    def run_validation(self, data=serializers.empty):
        # DRF rejects a JSON null with "No data provided" before to_internal_value.
        if data is None:
            raise _not_an_object(data)
        return super().run_validation(data)

    def to_internal_value(self, data):
        if not isinstance(data, dict):
            raise _not_an_object(data)
        check_body_keys(data, self.fields, {"ocr_draft": "the document's text"})
        return super().to_internal_value(data)


def _not_an_object(data) -> serializers.ValidationError:
    """Return the error for a JSON body that is not an object."""
    return serializers.ValidationError(
        {
            api_settings.NON_FIELD_ERRORS_KEY: [
                ErrorDetail(
                    'Expected a JSON object such as {"ocr_draft": "..."}, '
                    f"got {json_type(data)}.",
                    code="invalid",
                )
            ]
        }
    )


# Keys that name one document type, which only extract reads.
_TYPE_KEYS = ("document_type", "doc_type", "documentType", "type")


class ClassifyRequestSerializer(_TextRequestSerializer):
    ocr_draft = _text_field()
    candidates = CandidatesField(
        required=False,
        help_text="Restrict the answer to these document type codes (or `other`).",
    )
    engine = _engine_field()
    model = _model_field()

    def to_internal_value(self, data):
        # A type sent to classify would be ignored while the client expects it to
        # count, so the request is rejected with the two ways that do use a type.
        if isinstance(data, dict):
            sent = [key for key in _TYPE_KEYS if data.get(key) not in (None, "")]
            if sent:
                message = (
                    f"Unknown field {preview(sent[0])}: classify does not take a "
                    'type. Send "candidates": ["invoice", "act"] to restrict the '
                    "answer, or POST to /ai_agents/api/v1/extract/ with "
                    '"document_type" to read the fields of a known type.'
                )
                raise serializers.ValidationError(
                    {sent[0]: [ErrorDetail(message, code="unknown_field")]}
                )
        return super().to_internal_value(data)

    def validate_ocr_draft(self, value: str) -> str:
        return _check_text(value)

    def validate_candidates(self, value: list[str]) -> list[str]:
        _check_codes(value)
        return value


class ExtractRequestSerializer(_TextRequestSerializer):
    ocr_draft = _text_field()
    document_type = StrictCharField(
        max_length=64,
        required=False,
        allow_null=True,
        help_text="A code from /ai_agents/api/v1/document-types/; classified from "
        "the text when omitted.",
        error_messages={
            "blank": "document_type is empty; omit it (or send null) to classify "
            "the text first, or send a code from /ai_agents/api/v1/document-types/."
        },
    )
    engine = _engine_field()
    model = _model_field()

    def validate_ocr_draft(self, value: str) -> str:
        return _check_text(value)

    def validate_document_type(self, value: str | None) -> str | None:
        if value is not None:
            _check_codes([value])
        return value


class CandidateSerializer(serializers.Serializer):
    document_type = serializers.CharField()
    confidence = serializers.FloatField(min_value=0, max_value=1)


class UsageSerializer(serializers.Serializer):
    calls = serializers.IntegerField()
    prompt_tokens = serializers.IntegerField(allow_null=True)
    completion_tokens = serializers.IntegerField(allow_null=True)
    total_tokens = serializers.IntegerField(
        allow_null=True, help_text="Null when the server reported no usage."
    )
    latency_ms = serializers.IntegerField()
    models = serializers.ListField(child=serializers.CharField())


class ClassificationSerializer(serializers.Serializer):
    document_type = serializers.CharField()
    confidence = serializers.FloatField(min_value=0, max_value=1)
    alternatives = CandidateSerializer(many=True)
    engine = serializers.CharField(help_text="embedded, llm or hybrid.")
    model = serializers.CharField(
        allow_null=True, help_text="The LLM model; null for the embedded engine."
    )
    usage = UsageSerializer(
        allow_null=True, help_text="LLM calls, tokens and latency; null if none."
    )


class ExtractionSerializer(serializers.Serializer):
    document_type = serializers.CharField()
    fields = serializers.JSONField(
        help_text="Each field: value, raw, confidence, span [start, end], and "
        "valid where a check applies; parties are grouped by role."
    )
    checks = serializers.JSONField(help_text="[{code, fields, passed, message}]")
    engine = serializers.CharField(help_text="embedded, llm or hybrid.")
    model = serializers.CharField(
        allow_null=True, help_text="The LLM model; null for the embedded engine."
    )
    usage = UsageSerializer(
        allow_null=True, help_text="LLM calls, tokens and latency; null if none."
    )


class FieldSpecSerializer(serializers.Serializer):
    name = serializers.CharField()
    kind = serializers.CharField()
    labels = serializers.ListField(child=serializers.CharField())
    description = serializers.CharField()


class DocumentTypeSerializer(serializers.Serializer):
    code = serializers.CharField()
    name_ru = serializers.CharField()
    name_en = serializers.CharField()
    description = serializers.CharField()
    external_code = serializers.CharField()
    builtin = serializers.BooleanField()
    keywords = serializers.ListField(child=serializers.CharField())
    examples = serializers.SerializerMethodField(
        help_text="How many example texts the type has."
    )
    fields = FieldSpecSerializer(many=True)

    def get_examples(self, document_type) -> int:
        return len(document_type.examples)
