from django.conf import settings
from rest_framework import serializers

from ai_agents.engines.taxonomy import document_type_codes


def _text_field() -> serializers.CharField:
    return serializers.CharField(
        allow_blank=False,
        trim_whitespace=False,
        max_length=settings.DOCAI_TEXT_MAX_CHARS,
        help_text="The document's text, for example the ocr_draft of an upload.",
    )


class ClassifyRequestSerializer(serializers.Serializer):
    ocr_draft = _text_field()
    candidates = serializers.ListField(
        child=serializers.ChoiceField(choices=document_type_codes()),
        required=False,
        allow_empty=False,
        help_text="Restrict the answer to these document type codes.",
    )

    def validate_ocr_draft(self, value: str) -> str:
        if not value.strip():
            raise serializers.ValidationError("This field may not be blank.")
        return value


class ExtractRequestSerializer(serializers.Serializer):
    ocr_draft = _text_field()
    document_type = serializers.ChoiceField(
        choices=document_type_codes(),
        required=False,
        allow_null=True,
        help_text="The document type; classified from the text when omitted.",
    )

    validate_ocr_draft = ClassifyRequestSerializer.validate_ocr_draft


class CandidateSerializer(serializers.Serializer):
    document_type = serializers.CharField()
    confidence = serializers.FloatField(min_value=0, max_value=1)


class ClassificationSerializer(serializers.Serializer):
    document_type = serializers.CharField()
    confidence = serializers.FloatField(min_value=0, max_value=1)
    alternatives = CandidateSerializer(many=True)
    engine = serializers.CharField()


class ExtractionSerializer(serializers.Serializer):
    document_type = serializers.CharField()
    fields = serializers.JSONField(
        help_text="Each field: value, raw, confidence, span [start, end], and "
        "valid where a check applies; parties are grouped by role."
    )
    checks = serializers.JSONField(help_text="[{code, fields, passed, message}]")
    engine = serializers.CharField()
