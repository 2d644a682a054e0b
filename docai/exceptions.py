"""One error envelope for the whole API.

Every error body is a JSON object with `detail` (a sentence for people) and
`code` (a stable machine code), plus fields that name the value at fault where
one exists. Two shapes are kept as clients already know them: field validation
errors stay in DRF's `{"field": ["message", ...]}` form, and a request without
credentials gets 403 `{"detail": "Authentication credentials were not
provided."}`, as the published authentication contract states.
"""

import logging

from django.http import Http404, JsonResponse
from rest_framework import exceptions, status
from rest_framework.views import exception_handler

logger = logging.getLogger(__name__)


class ApiError(exceptions.APIException):
    """An API error with a stable code and optional fields naming the value."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_code = "invalid_request"

    def __init__(
        self, detail: str, code: str, *, status_code: int | None = None, **extra
    ) -> None:
        super().__init__(detail, code)
        self.code = code
        self.extra = extra
        if status_code is not None:
            self.status_code = status_code


def api_exception_handler(exc, context):
    """Render every API exception in the envelope described above."""
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.NotAuthenticated):
        response.status_code = status.HTTP_403_FORBIDDEN
        response.headers.pop("WWW-Authenticate", None)
        return response
    if isinstance(exc, exceptions.ValidationError):
        return response
    if isinstance(exc, Http404):
        response.data = {"detail": "Not found.", "code": "not_found"}
        return response
    if isinstance(response.data, dict) and "code" not in response.data:
        response.data["code"] = _first_code(exc)
    if isinstance(exc, ApiError):
        response.data.update(exc.extra)
    return response


def _first_code(exc: exceptions.APIException) -> str:
    codes = exc.get_codes()
    if isinstance(codes, str):
        return codes
    if isinstance(codes, dict):
        codes = codes.get("detail", exc.default_code)
    if isinstance(codes, list) and codes:
        return str(codes[0])
    return str(codes) if isinstance(codes, str) else exc.default_code


def json_not_found(request, exception=None):
    """Return the API's error envelope for unknown URLs instead of an HTML page."""
    return JsonResponse(
        {"detail": f"No endpoint at {request.path}.", "code": "not_found"},
        status=404,
    )


def json_server_error(request):
    logger.error("unhandled error path=%s", request.path)
    return JsonResponse(
        {
            "detail": "The server failed to handle the request; it has been logged.",
            "code": "internal_error",
        },
        status=500,
    )


def json_bad_request(request, exception=None):
    return JsonResponse(
        {
            "detail": "The request is malformed or exceeds a server limit.",
            "code": "bad_request",
        },
        status=400,
    )
