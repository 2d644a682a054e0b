"""Reading the LLM server's HTTP responses within a time and size budget, and
checking that a 200 response is a chat completion.

httpx applies a timeout to each connect, read and write, not to the whole call,
so a server that sends a byte at a time could hold a call open for ever.
`ResponseBudget` wraps every response body, error bodies included, and stops
reading when the call's deadline passes or the body exceeds the size limit.
"""

import datetime
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import httpx2

# Token counts are stored in 32-bit signed integer columns.
_MAX_TOKEN_COUNT = 2**31 - 1


class BudgetExceeded(Exception):
    """Raised while a response body is read past the call's deadline or size."""


class DeadlineExceeded(BudgetExceeded):
    """The call's total time ran out while the body was still arriving."""


class BodyTooLarge(BudgetExceeded):
    """The body exceeded the byte limit. `status` is the response's HTTP status."""

    def __init__(self, limit: int, status: int) -> None:
        super().__init__(f"the response body exceeds {limit} bytes")
        self.limit = limit
        self.status = status


class NotACompletion(ValueError):
    """Raised when a 200 response body is not a chat completion."""


class ResponseBudget:
    """The deadline and byte limit of the current call, applied to every body.

    Register `hook` as an httpx response event hook and call `start` before each
    request. The hook runs before the body is read, so the limits also apply to
    the error bodies that the openai client reads itself.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.deadline: float | None = None

    def start(self, deadline: float) -> None:
        """Set the time.monotonic() instant by which the next call must end."""
        self.deadline = deadline

    def hook(self, response: httpx2.Response) -> None:
        """Wrap the body of `response` so that reading it checks the budget."""
        # NOTE: the status line and headers arrive before this hook runs, and a
        # stall inside the body ends only at the per-read timeout. So a server
        # that drips its headers, or stalls just before the deadline, can hold a
        # call up to about twice its timeout or longer.
        # The client asks for uncompressed bodies, so a compressed one is kept
        # as received: decoding it could expand a small body past any cap. It
        # then fails to parse, as any body that is not JSON does.
        if response.headers.get("content-encoding", "identity") != "identity":
            del response.headers["content-encoding"]
        response.stream = _BoundedStream(
            response.stream, self.deadline, self.max_bytes, response.status_code
        )

    def read(self, chunks: Iterable[bytes]) -> bytes:
        """Join the decoded chunks of a body, checking the size after decoding.

        The hook counts the bytes as they arrive, so this check catches a
        compressed body that expands past the limit.
        """
        body = bytearray()
        for chunk in chunks:
            body += chunk
            if len(body) > self.max_bytes:
                raise BodyTooLarge(self.max_bytes, 200)
        return bytes(body)


class _BoundedStream(httpx2.SyncByteStream):
    def __init__(
        self,
        stream: httpx2.SyncByteStream,
        deadline: float | None,
        max_bytes: int,
        status: int,
    ) -> None:
        self._stream = stream
        self._deadline = deadline
        self._max_bytes = max_bytes
        self._status = status

    def __iter__(self) -> Iterator[bytes]:
        received = 0
        for chunk in self._stream:
            received += len(chunk)
            if received > self._max_bytes:
                raise BodyTooLarge(self._max_bytes, self._status)
            if self._deadline is not None and time.monotonic() > self._deadline:
                raise DeadlineExceeded
            yield chunk

    def close(self) -> None:
        self._stream.close()

    @property
    def elapsed(self) -> datetime.timedelta | None:
        """The elapsed time that httpx records on its own stream."""
        return getattr(self._stream, "elapsed", None)


class ErrorBody(Exception):
    """Raised when a 200 response body is an OpenAI-style error instead of a completion.

    Some proxies, OpenRouter among them, send HTTP 200 and then report a failure
    in the body as {"error": {...}}. `status` is the HTTP status that the error's
    `code` or `status` field names, or None when it names none. `message`,
    `code`, `type` and `param` are the error's fields, "" or None when absent.
    """

    def __init__(
        self,
        status: int | None,
        message: str,
        *,
        code: str | None = None,
        type: str | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.type = type
        self.param = param


@dataclass(frozen=True)
class ParsedCompletion:
    """The parts of a chat completion that the engine uses.

    Token counts are None when the server reports none or a value that is not
    an integer from 0 to 2**31 - 1. `refusal` is the model's explanation when it
    declined the request, as OpenAI reports it in `message.refusal` or in a
    content part of type "refusal", and None otherwise.
    """

    text: str
    finish_reason: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    total_tokens: int | None
    refusal: str | None = None


def parse_completion(body: bytes) -> ParsedCompletion:
    """Read a chat completion from a response body, whatever its content type.

    The content may be a string, null, or a list of content parts, whose "text"
    parts are joined and whose other parts, such as Mistral's "thinking", are
    skipped. Raises ErrorBody for a body with a top-level "error" and no choices.
    Raises NotACompletion, with the reason, for a body that is not JSON, not an
    object, has no choices, or whose first choice has no message or a content
    of another type. Some servers send JSON as text/plain, so the content type
    is not checked.
    """
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise NotACompletion("the body is not JSON") from None
    if not isinstance(data, dict):
        raise NotACompletion(f"the body is a JSON {type(data).__name__}")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        if data.get("error") not in (None, "", {}):
            raise _error_body(data["error"])
        raise NotACompletion("the body has no choices")
    choice = choices[0]
    message = choice.get("message") if isinstance(choice, dict) else None
    if not isinstance(message, dict):
        raise NotACompletion("the first choice has no message")
    text, refusal = _read_content(message.get("content"))
    if refusal is None:
        refusal = _text_or_none(message.get("refusal"))
    finish_reason = choice.get("finish_reason")
    usage = data.get("usage")
    if not isinstance(usage, dict):
        usage = {}
    return ParsedCompletion(
        text=text,
        finish_reason=finish_reason if isinstance(finish_reason, str) else None,
        prompt_tokens=token_count(usage.get("prompt_tokens")),
        completion_tokens=token_count(usage.get("completion_tokens")),
        total_tokens=token_count(usage.get("total_tokens")),
        refusal=refusal,
    )


def _read_content(content: object) -> tuple[str, str | None]:
    """Return the text of a message content and the refusal in its parts, if any."""
    if content is None:
        return "", None
    if isinstance(content, str):
        return content, None
    if not isinstance(content, list):
        raise NotACompletion(
            f"the message content is a JSON {type(content).__name__}, not a string "
            "or a list of parts"
        )
    texts: list[str] = []
    refusals: list[str] = []
    for part in content:
        if not isinstance(part, dict):
            raise NotACompletion(
                f"a message content part is a JSON {type(part).__name__}, not an object"
            )
        kind = part.get("type")
        if kind == "text":
            if not isinstance(part.get("text"), str):
                raise NotACompletion("a message content part of type text has no text")
            texts.append(part["text"])
        elif kind == "refusal" and _text_or_none(part.get("refusal")):
            refusals.append(part["refusal"])
    return "".join(texts), "\n".join(refusals) or None


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _error_body(error: object) -> ErrorBody:
    """Build an ErrorBody from the "error" field of a 200 response body."""
    if not isinstance(error, dict):
        return ErrorBody(None, str(error))
    message = error.get("message")
    status = _named_status(error.get("code"))
    if status is None:
        status = _named_status(error.get("status"))
    code = error.get("code")
    return ErrorBody(
        status,
        message if isinstance(message, str) else json.dumps(error)[:1000],
        code=str(code) if code is not None else None,
        type=error.get("type") if isinstance(error.get("type"), str) else None,
        param=error.get("param") if isinstance(error.get("param"), str) else None,
    )


def _named_status(value: object) -> int | None:
    """Return `value` as an HTTP error status from 400 to 599, else None.

    OpenRouter sends the status as a number in `code`, and some proxies send it
    as a string of digits.
    """
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if type(value) is int and 400 <= value <= 599:
        return value
    return None


def token_count(value: object) -> int | None:
    """Return `value` if it is an int from 0 to 2**31 - 1, else None.

    Booleans, floats and numeric strings are rejected too, because a server
    that sends them sends no real count.
    """
    if type(value) is int and 0 <= value <= _MAX_TOKEN_COUNT:
        return value
    return None
