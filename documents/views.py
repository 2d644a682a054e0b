"""Public upload and polling endpoints; no token is needed for either."""

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.parsers import FormParser
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from ai_agents.llm_service import engine_choose
from docai.exceptions import ApiError
from docai.parsers import ExplainedMultiPartParser
from documents.selectors import request_get
from documents.serializers import DocumentRequestSerializer, UploadSerializer
from documents.services.processing import documents_expire_leases
from documents.services.uploads import check_request_size, request_create


class DocumentRequestCreateView(APIView):
    permission_classes = [AllowAny]
    parser_classes = [ExplainedMultiPartParser, FormParser]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "upload"

    @extend_schema(
        summary="Upload documents for OCR, classification and extraction",
        description="Send multipart/form-data with one or more files in `files` "
        "(or one in `file`). The format is detected from the bytes. Processing "
        "runs in the background; poll `poll_url` for the result. With a valid "
        "JWT the request is linked to its user. The optional form fields `engine` "
        "(embedded, llm or hybrid) and `model` pick what analyses the text, and "
        "`split` (auto or none) whether a multi-page file is divided into one "
        "part per document.",
        request={"multipart/form-data": UploadSerializer},
        responses={
            202: DocumentRequestSerializer,
            400: OpenApiResponse(
                description="No file, an unsupported file, an engine or model "
                "that is unknown or not configured (unknown_engine, unknown_model, "
                "llm_not_configured), or an unknown split mode "
                "(unknown_split_mode)."
            ),
            413: OpenApiResponse(description="A file or the request is too large."),
        },
    )
    def post(self, request):
        length = request.META.get("CONTENT_LENGTH")
        if not length and "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", ""):
            raise ApiError(
                "Uploads must state their size: send a Content-Length header "
                "instead of chunked transfer encoding.",
                "length_required",
                status_code=status.HTTP_411_LENGTH_REQUIRED,
            )
        digits = length and length.isascii() and length.isdigit()
        check_request_size(int(length) if digits else None)
        files = [
            upload for name in _FILE_FIELDS for upload in request.FILES.getlist(name)
        ]
        choice = engine_choose(
            _form_text(request, "engine"), _form_text(request, "model")
        )
        doc_request = request_create(
            files=files,
            user=request.user,
            choice=choice,
            split=_form_text(request, "split"),
            other_fields=[name for name in request.FILES if name not in _FILE_FIELDS],
        )
        doc_request = request_get(doc_request.public_id)
        body = DocumentRequestSerializer(doc_request, context={"request": request})
        return Response(
            body.data,
            status=status.HTTP_202_ACCEPTED,
            headers={"Location": body.data["poll_url"]},
        )


_FILE_FIELDS = ("files", "file")


def _form_text(request, name: str) -> str | None:
    """Return a text field of the upload form, or None when it is absent or empty.

    An empty field means the default, as a browser form sends one when nothing is
    chosen.
    """
    if name in request.FILES:
        raise ApiError(
            f"The form field {name!r} must be text, not a file.",
            "invalid_form_field",
            field=name,
        )
    if len(request.POST.getlist(name)) > 1:
        raise ApiError(
            f"The form field {name!r} is given more than once; send it once.",
            "invalid_form_field",
            field=name,
        )
    return request.POST.get(name) or None


class DocumentRequestDetailView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "poll"

    @extend_schema(
        summary="Read the status and results of an upload",
        responses={
            200: DocumentRequestSerializer,
            404: OpenApiResponse(description="Unknown or malformed id."),
        },
    )
    def get(self, request, request_id: str):
        doc_request = request_get(request_id)
        if doc_request is None:
            raise ApiError(
                "No document request with this id. Use the id returned by the upload.",
                "not_found",
                status_code=status.HTTP_404_NOT_FOUND,
            )
        if documents_expire_leases(doc_request.pk):
            doc_request = request_get(request_id)
        body = DocumentRequestSerializer(doc_request, context={"request": request})
        return Response(body.data)
