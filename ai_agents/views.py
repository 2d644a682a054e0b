"""JWT-protected endpoints on document text: classify, extract, document types."""

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from ai_agents import dispatch
from ai_agents.document_types import load_document_types
from ai_agents.llm_service import engine_choose
from ai_agents.serializers import (
    ClassificationSerializer,
    ClassifyRequestSerializer,
    DocumentTypeSerializer,
    ExtractionSerializer,
    ExtractRequestSerializer,
)

_ERRORS = {
    400: OpenApiResponse(description="Invalid body: {field: [messages]}."),
    401: OpenApiResponse(description="Invalid or expired token (token_not_valid)."),
    403: OpenApiResponse(description="No Authorization header."),
    429: OpenApiResponse(description="Too many requests (throttled)."),
    502: OpenApiResponse(
        description="The LLM server failed: llm_auth, llm_quota, llm_unavailable, "
        "llm_model_not_found, llm_bad_request, llm_context_too_long or "
        "llm_output_invalid."
    ),
    503: OpenApiResponse(description="llm_rate_limited or queue_unavailable."),
    504: OpenApiResponse(
        description="llm_wait_timeout (DOCAI_LLM_WAIT_SECONDS) or llm_timeout."
    ),
}


class ClassifyView(APIView):
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "ai"

    @extend_schema(
        summary="Classify a document's text",
        request=ClassifyRequestSerializer,
        responses={200: ClassificationSerializer, **_ERRORS},
    )
    def post(self, request):
        serializer = ClassifyRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        result = dispatch.classify(
            data["ocr_draft"],
            candidates=data.get("candidates"),
            choice=engine_choose(data.get("engine"), data.get("model")),
            user=request.user,
        )
        return Response(result)


class ExtractView(APIView):
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "ai"

    @extend_schema(
        summary="Extract structured fields from a document's text",
        request=ExtractRequestSerializer,
        responses={200: ExtractionSerializer, **_ERRORS},
    )
    def post(self, request):
        serializer = ExtractRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        result = dispatch.extract(
            data["ocr_draft"],
            document_type=data.get("document_type"),
            choice=engine_choose(data.get("engine"), data.get("model")),
            user=request.user,
        )
        return Response(result)


class DocumentTypeListView(APIView):
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "ai"

    @extend_schema(
        summary="List the document types with their codes and field schemas",
        responses={200: DocumentTypeSerializer(many=True), **_ERRORS},
    )
    def get(self, request):
        types = load_document_types()
        return Response(DocumentTypeSerializer(types, many=True).data)
