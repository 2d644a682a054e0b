"""Request parsers: a UTF-8 JSON parser that bounds the body size and the nesting
depth it accepts, and a multipart parser whose errors name the fix."""

import json
import sys

from django.conf import settings
from django.http.multipartparser import MAX_TOTAL_HEADER_SIZE, MultiPartParserError
from django.utils.http import parse_header_parameters
from rest_framework import status
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser, MultiPartParser

from docai.errors import ApiError


class LimitedJSONParser(JSONParser):
    """Parse JSON bodies up to DOCAI_MAX_JSON_BYTES.

    DRF reads a JSON body through request.body, which Django bounds by
    DATA_UPLOAD_MAX_MEMORY_SIZE, but a parser given a stream by another DRF
    version would not be bounded. This limit applies either way, and its message
    names the size that was sent.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.DOCAI_MAX_JSON_BYTES
        request = (parser_context or {}).get("request")
        declared = request.META.get("CONTENT_LENGTH") if request is not None else None
        if declared and declared.isdigit() and int(declared) > limit:
            raise _too_large(int(declared), limit)
        body = stream.read(limit + 1) if stream is not None else b""
        if len(body) > limit:
            raise _too_large(len(body), limit)
        # JSON exchanged between systems is UTF-8 (RFC 8259, section 8.1), so a
        # charset parameter naming another encoding is ignored, not obeyed.
        try:
            return json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
        except RecursionError as exc:
            raise _not_json("it is nested too deeply") from exc
        except json.JSONDecodeError as exc:
            # Some messages end with "at" already: "Invalid control character at".
            message = exc.msg.removesuffix(" at")
            where = f"{message} at line {exc.lineno}, column {exc.colno}"
            if message.startswith("Invalid control character"):
                where += "; write a line break inside a string as \\n and a tab as \\t"
            raise _not_json(where, line=exc.lineno, column=exc.colno) from exc
        except UnicodeDecodeError as exc:
            raise _not_json(f"byte {exc.start} is not UTF-8") from exc
        except ValueError as exc:
            if "integer string conversion" in str(exc):
                # Python's own message advises a change to the server.
                raise _not_json(
                    "a number in it has more than "
                    f"{sys.get_int_max_str_digits()} digits"
                ) from exc
            raise _not_json(_short(exc)) from exc


def _reject_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")


def _short(exc: Exception) -> str:
    return str(exc).split("\n", 1)[0][:200]


def _not_json(reason: str, **position: int) -> ApiError:
    return ApiError(
        f"The request body is not valid JSON: {reason}. Send one JSON object "
        "encoded as UTF-8, with double quotes around keys and strings; with curl, "
        "put the body in single quotes or pass a file with --data-binary @body.json.",
        "parse_error",
        **position,
    )


def _too_large(size: int, limit: int) -> ApiError:
    return ApiError(
        f"The request body is {size} bytes or more; JSON bodies are limited to "
        f"{limit} bytes. Send a shorter text.",
        "request_too_large",
        status_code=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
    )


class ExplainedMultiPartParser(MultiPartParser):
    """Parse multipart/form-data and turn Django's terse parse errors into the
    API's envelope, with the limit or the form that the client should use."""

    def parse(self, stream, media_type=None, parser_context=None):
        recorded = _TailRecorder(stream) if stream is not None else None
        try:
            parsed = super().parse(recorded, media_type, parser_context)
        except ParseError as exc:
            cause = exc.__context__
            if not isinstance(cause, MultiPartParserError):
                raise
            raise _multipart_error(str(cause)) from cause
        if recorded is not None and not parsed.files and not parsed.data:
            closing = b"--" + _boundary(media_type) + b"--"
            if recorded.size and closing not in recorded.tail:
                # Django reads a body cut off inside its first part as no parts.
                raise _multipart_error(
                    f"its {recorded.size} bytes end before the closing boundary, "
                    "so the body was cut off."
                )
        return parsed


class _TailRecorder:
    """A stream that keeps its size and its last bytes as the parser reads it."""

    _KEEP = 512

    def __init__(self, stream) -> None:
        self._stream = stream
        self.size = 0
        self.tail = b""

    def read(self, *args):
        chunk = self._stream.read(*args)
        self.size += len(chunk)
        self.tail = (self.tail + chunk)[-self._KEEP :]
        return chunk


def _boundary(media_type: str | None) -> bytes:
    _, parameters = parse_header_parameters(media_type or "")
    return parameters.get("boundary", "").encode("ascii", "replace")


def _multipart_error(reason: str) -> ApiError:
    if reason.startswith("Invalid boundary in multipart"):
        # Django names the missing boundary "None".
        boundary = reason.split(":", 1)[1].strip()
        reason = (
            "its Content-Type header has no boundary."
            if boundary in ("", "None")
            else f"its boundary {boundary[:70]!r} is invalid."
        )
    if "header size" in reason:
        # Django stops reading a part whose headers exceed this size. Of those
        # headers, only the file name is long in ordinary uploads.
        return ApiError(
            "The headers of one part of the multipart body are longer than "
            f"{MAX_TOTAL_HEADER_SIZE} bytes, the most the server reads; a file "
            "name of about a thousand bytes or more causes this. Rename the file "
            "to a shorter name and send it again.",
            "part_headers_too_large",
            limit=MAX_TOTAL_HEADER_SIZE,
        )
    return ApiError(
        f"The multipart body could not be read: {reason[:200]} Send files as "
        "multipart/form-data (curl -F files=@scan.pdf, or FormData in fetch) and "
        "let the client write the Content-Type header with its boundary.",
        "parse_error",
    )
