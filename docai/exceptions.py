"""One error envelope for the whole API.

Every error body is a JSON object with `detail` (a sentence for people) and
`code` (a stable machine code), plus fields that name the value at fault where
one exists. A field validation error keeps DRF's `{"field": ["message", ...]}`
keys, which clients already read, and adds `detail`, `code: "validation_error"`
and `errors`, one `{"field", "code", "message"}` entry per message. A request
without credentials gets 403 `{"detail": "Authentication credentials were not
provided."}`, as the published authentication contract states; when the request
had an Authorization header this API does not read, `code` and `hint` name the cause.
"""

import logging

from django.conf import settings
from django.http import Http404, JsonResponse
from rest_framework import exceptions, status
from rest_framework.views import exception_handler

from accounts.authentication import unread_header_hint
from docai.errors import ApiError

logger = logging.getLogger(__name__)
# How much of a rejected Host header the error repeats.
_MAX_HOST_SHOWN = 100

# The maximum length of a client's header value that an error body repeats.
_MAX_SHOWN_CHARS = 100


def api_exception_handler(exc, context):
    """Render every API exception in the envelope described above."""
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.NotAuthenticated):
        response.status_code = status.HTTP_403_FORBIDDEN
        response.headers.pop("WWW-Authenticate", None)
        request = context.get("request") if context else None
        header = request.META.get("HTTP_AUTHORIZATION", "") if request else ""
        hint = unread_header_hint(header)
        if hint is not None:
            response.data["code"] = "unsupported_authorization_scheme"
            response.data["hint"] = hint
        return response
    if isinstance(exc, exceptions.ValidationError):
        response.data = _validation_body(response.data, exc.get_codes())
        return response
    if isinstance(exc, exceptions.UnsupportedMediaType):
        response.data = _unsupported_media_body(exc, context)
        return response
    if isinstance(exc, exceptions.MethodNotAllowed):
        view = context.get("view") if context else None
        allowed = [
            method
            for method in (view.allowed_methods if view is not None else [])
            if method not in ("OPTIONS", "HEAD")
        ]
        if allowed:
            response.data["detail"] = (
                f"{response.data['detail']} Use {' or '.join(allowed)}."
            )
            response.data["allowed"] = allowed
    if isinstance(exc, Http404):
        response.data = {"detail": "Not found.", "code": "not_found"}
        return response
    if isinstance(exc, exceptions.Throttled):
        view = context.get("view") if context else None
        setting = _THROTTLE_SETTINGS.get(getattr(view, "throttle_scope", None))
        if setting is not None and isinstance(response.data, dict):
            response.data["detail"] = (
                f"{response.data['detail']} The limit is set by {setting}."
            )
    if isinstance(response.data, dict) and "code" not in response.data:
        response.data["code"] = _first_code(exc)
    if isinstance(exc, ApiError):
        response.data.update(exc.extra)
    return response


# The setting behind each throttle scope's rate.
_THROTTLE_SETTINGS = {
    "upload": "DOCAI_UPLOAD_THROTTLE_RATE",
    "poll": "DOCAI_POLL_THROTTLE_RATE",
    "ai": "DOCAI_AI_THROTTLE_RATE",
    "auth": "DOCAI_AUTH_THROTTLE_RATE",
}


def _unsupported_media_body(exc: exceptions.UnsupportedMediaType, context) -> dict:
    """Name the Content-Type that was sent and the ones the endpoint reads."""
    view = context.get("view") if context else None
    parsers = view.get_parsers() if view is not None else []
    accepted = [parser.media_type for parser in parsers]
    if "multipart/form-data" in accepted:
        # Only a multipart body carries files.
        accepted = ["multipart/form-data"]
    request = context.get("request") if context else None
    sent = request.content_type.strip() if request is not None else ""
    if len(sent) > _MAX_SHOWN_CHARS:
        sent = sent[:_MAX_SHOWN_CHARS] + "..."
    detail = f'Unsupported Content-Type "{sent}".' if sent else "No Content-Type."
    if accepted:
        detail += f" Send the body as {' or '.join(accepted)}"
        if "multipart/form-data" in accepted:
            detail += " (curl -F, or FormData in fetch)"
        elif "application/json" in accepted:
            detail += (
                " (curl -H 'Content-Type: application/json', or json= in requests)"
            )
        detail += "."
    return {
        "detail": detail,
        "code": "unsupported_media_type",
        "content_type": sent,
        "accepted": accepted,
    }


def _validation_body(data, codes) -> dict:
    """Add the envelope's keys to DRF's field errors, keeping the field keys."""
    errors = list(_flatten(data, codes, ""))
    if errors:
        first = errors[0]
        where = f"{first['field']}: " if first["field"] else ""
        detail = f"{where}{first['message']}"
    else:
        detail = "The request body is invalid."
    body = dict(data) if isinstance(data, dict) else {}
    if not {"detail", "code", "errors"} & body.keys():
        body.update(detail=detail, code="validation_error", errors=errors)
        return body
    # A field named like an envelope key would be overwritten, so nest the fields.
    return {
        "detail": detail,
        "code": "validation_error",
        "errors": errors,
        "fields": data,
    }


def _flatten(data, codes, field: str):
    """Yield one error per message, with the dotted path of the field at fault."""
    if isinstance(data, dict):
        for key, value in data.items():
            sub_codes = codes.get(key) if isinstance(codes, dict) else None
            path = str(key) if not field else f"{field}.{key}"
            if key == "non_field_errors" and not field:
                path = ""
            yield from _flatten(value, sub_codes, path)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            sub_codes = (
                codes[index] if isinstance(codes, list) and index < len(codes) else None
            )
            if isinstance(value, (dict, list)):
                yield from _flatten(
                    value, sub_codes, f"{field}.{index}" if field else str(index)
                )
            else:
                yield from _flatten(value, sub_codes, field)
    else:
        code = codes if isinstance(codes, str) else "invalid"
        yield {"field": field, "code": code, "message": str(data)}


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
    """Return the envelope for requests Django rejects before any view runs."""
    from django.core.exceptions import (
        DisallowedHost,
        RequestDataTooBig,
        TooManyFilesSent,
    )

    if isinstance(exception, TooManyFilesSent):
        body = {
            "detail": "Too many files in one request; send at most "
            f"{settings.DOCAI_MAX_FILES_PER_REQUEST} (DOCAI_MAX_FILES_PER_REQUEST) "
            "and the rest in further requests.",
            "code": "too_many_files",
        }
        return JsonResponse(body, status=400)
    if isinstance(exception, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        logger.warning(
            "rejected large body path=%s content_type=%s length=%s limit=%d",
            request.path,
            request.content_type,
            request.META.get("CONTENT_LENGTH"),
            limit,
        )
        if request.content_type == "application/json":
            detail = (
                f"The request body is larger than {limit} bytes, the limit for JSON "
                f"bodies. Send a text of at most {settings.DOCAI_TEXT_MAX_CHARS} "
                "characters (DOCAI_TEXT_MAX_CHARS), written as plain UTF-8: an "
                "escape such as \\ud835\\udfcf takes up to 12 bytes for one "
                "character."
            )
        else:
            detail = (
                f"The form fields of the request are larger than {limit} bytes; "
                "send files as file fields, not as text."
            )
        return JsonResponse({"detail": detail, "code": "request_too_large"}, status=413)
    if isinstance(exception, DisallowedHost):
        logger.warning("rejected host path=%s error=%s", request.path, exception)
        host = request.META.get("HTTP_HOST", "")[:_MAX_HOST_SHOWN]
        body = {
            "detail": f"The Host header {host!r} names a host this server does not "
            "serve. Use one of DJANGO_ALLOWED_HOSTS, or add the host to it.",
            "code": "disallowed_host",
        }
        return JsonResponse(body, status=400)
    body = {
        "detail": "The request is malformed or exceeds a server limit.",
        "code": "bad_request",
    }
    return JsonResponse(body, status=400)
