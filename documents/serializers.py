"""Request and response shapes of the documents API."""

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from documents.models import Document, SplitMode, Status
from documents.selectors import request_state


class UploadSerializer(serializers.Serializer):
    """Multipart form: `files` (repeatable) or `file`."""

    files = serializers.ListField(
        child=serializers.FileField(allow_empty_file=True, use_url=False),
        required=False,
        help_text="One or more documents: PDF, PNG, JPEG, TIFF, BMP, GIF or WebP.",
    )
    file = serializers.FileField(
        required=False,
        allow_empty_file=True,
        use_url=False,
        help_text="A single document; an alternative to `files`.",
    )
    engine = serializers.ChoiceField(
        choices=["embedded", "llm", "hybrid"],
        required=False,
        help_text="What classifies and extracts after OCR; DOCAI_ENGINE if omitted.",
    )
    model = serializers.CharField(
        required=False,
        max_length=128,
        help_text="For llm and hybrid: a profile name or an allowed model name.",
    )
    split = serializers.ChoiceField(
        choices=SplitMode.values,
        required=False,
        help_text="auto (the default) divides a multi-page file into one part per "
        "document and analyses each part on its own; none analyses every file as "
        "one document. The llm and hybrid engines never divide a file.",
    )


class PageSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    source = serializers.ChoiceField(choices=["text_layer", "ocr"])
    text = serializers.CharField()
    confidence = serializers.FloatField(
        allow_null=True, help_text="Mean OCR word confidence, 0..1; null for text."
    )
    rotation = serializers.IntegerField(
        help_text="Degrees clockwise the page was turned upright before OCR."
    )
    width = serializers.IntegerField(
        allow_null=True, help_text="Width in pixels of the image that was read."
    )
    height = serializers.IntegerField(allow_null=True)


class ErrorSerializer(serializers.Serializer):
    code = serializers.CharField()
    message = serializers.CharField()


class PartSerializer(serializers.Serializer):
    pages = serializers.ListField(
        child=serializers.IntegerField(),
        min_length=2,
        max_length=2,
        help_text="The first and last page numbers of the part in the file.",
    )
    classification = serializers.JSONField()
    extraction = serializers.JSONField(
        help_text="Spans point into the document's ocr_draft, and `page` is the "
        "page number in the file."
    )
    text_chars = serializers.IntegerField(
        required=False, help_text="Characters of the part's text in ocr_draft."
    )
    analysed_chars = serializers.IntegerField(
        required=False,
        help_text="Characters the engine read: the first DOCAI_TEXT_MAX_CHARS.",
    )
    truncated = serializers.BooleanField(
        required=False,
        help_text="True when the engine read only the start of the part's text.",
    )


class DocumentSerializer(serializers.Serializer):
    index = serializers.IntegerField(source="position")
    file_name = serializers.CharField(source="original_name")
    mime_type = serializers.CharField()
    size = serializers.IntegerField()
    sha256 = serializers.CharField()
    status = serializers.CharField()
    page_count = serializers.IntegerField(allow_null=True)
    pages_done = serializers.IntegerField()
    error = serializers.SerializerMethodField()
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)
    pages = PageSerializer(many=True)
    ocr_draft = serializers.CharField(allow_null=True)
    classification = serializers.JSONField(
        allow_null=True,
        help_text="The classification of the first entry of `parts`.",
    )
    extraction = serializers.JSONField(
        allow_null=True, help_text="The extraction of the first entry of `parts`."
    )
    parts = serializers.SerializerMethodField(
        help_text="One entry per document found in the file, in page order; one "
        "entry for the whole file when it was not divided. Null until done."
    )
    engine = serializers.CharField(
        allow_null=True,
        help_text="The engine that produced the result, or the one the upload "
        "asked for until then.",
    )
    model = serializers.CharField(
        allow_null=True, help_text="The LLM model; null for the embedded engine."
    )
    usage = serializers.JSONField(
        allow_null=True,
        help_text="LLM calls, prompt/completion/total tokens and latency_ms.",
    )

    @extend_schema_field(ErrorSerializer(allow_null=True))
    def get_error(self, document: Document) -> dict | None:
        if not document.error_code:
            return None
        return {"code": document.error_code, "message": document.error_message}

    @extend_schema_field(PartSerializer(many=True, allow_null=True))
    def get_parts(self, document: Document) -> list[dict] | None:
        if document.status != Status.DONE:
            return None
        if document.parts is not None:
            return document.parts
        # Documents finished before parts were stored are one part.
        whole = [1, document.page_count or 1]
        return [
            {
                "pages": whole,
                "classification": document.classification,
                "extraction": document.extraction,
            }
        ]

    def to_representation(self, document: Document) -> dict:
        data = super().to_representation(document)
        # Until a result exists, name the engine and model the upload asked for.
        data["engine"] = document.engine or document.request.engine or None
        data["model"] = document.model or document.request.model or None
        # A document that failed after reading its pages (in the LLM stage)
        # keeps its text; a document still processing shows none yet.
        if document.status != "done" and not (
            document.status == "failed" and document.ocr_draft
        ):
            data["ocr_draft"] = None
        return data


class ProgressSerializer(serializers.Serializer):
    pages_done = serializers.IntegerField()
    pages_total = serializers.IntegerField(
        allow_null=True,
        help_text="Null until every document's pages are counted. A failed "
        "document counts the pages it read.",
    )
    documents_total = serializers.IntegerField()
    documents_done = serializers.IntegerField()
    documents_failed = serializers.IntegerField()


class DocumentRequestSerializer(serializers.Serializer):
    """A request as clients poll it; status and progress come from request_state."""

    id = serializers.UUIDField(source="public_id")
    status = serializers.ChoiceField(
        source="state.status", choices=["queued", "processing", "done", "failed"]
    )
    poll_url = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(source="state.started_at", allow_null=True)
    finished_at = serializers.DateTimeField(source="state.finished_at", allow_null=True)
    progress = ProgressSerializer(source="state")
    documents = DocumentSerializer(many=True)

    def get_poll_url(self, doc_request) -> str:
        path = reverse("documents:request-detail", args=[doc_request.public_id])
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path

    def to_representation(self, doc_request) -> dict:
        doc_request.state = request_state(doc_request)
        return super().to_representation(doc_request)
