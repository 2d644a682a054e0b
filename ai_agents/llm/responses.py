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


@dataclass(frozen=True)
class ParsedCompletion:
    """The parts of a chat completion that the engine uses.

    Token counts are None when the server reports none or a value that is not
    an integer from 0 to 2**31 - 1.
    """

    text: str
    finish_reason: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    total_tokens: int | None


def parse_completion(body: bytes) -> ParsedCompletion:
    """Read a chat completion from a response body, whatever its content type.

    Raises NotACompletion, with the reason, for a body that is not JSON, not an
    object, has no choices, or whose first choice has no message or a content
    that is neither a string nor null. Some servers send JSON as text/plain, so
    the content type is not checked.
    """
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise NotACompletion("the body is not JSON") from None
    if not isinstance(data, dict):
        raise NotACompletion(f"the body is a JSON {type(data).__name__}")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        raise NotACompletion("the body has no choices")
    choice = choices[0]
    message = choice.get("message") if isinstance(choice, dict) else None
    if not isinstance(message, dict):
        raise NotACompletion("the first choice has no message")
    content = message.get("content")
    if content is not None and not isinstance(content, str):
        raise NotACompletion(
            f"the message content is a JSON {type(content).__name__}, not a string"
        )
    finish_reason = choice.get("finish_reason")
    usage = data.get("usage")
    if not isinstance(usage, dict):
        usage = {}
    return ParsedCompletion(
        text=content or "",
        finish_reason=finish_reason if isinstance(finish_reason, str) else None,
        prompt_tokens=token_count(usage.get("prompt_tokens")),
        completion_tokens=token_count(usage.get("completion_tokens")),
        total_tokens=token_count(usage.get("total_tokens")),
    )


def token_count(value: object) -> int | None:
    """Return `value` if it is an int from 0 to 2**31 - 1, else None.

    Booleans, floats and numeric strings are rejected too, because a server
    that sends them sends no real count.
    """
    if type(value) is int and 0 <= value <= _MAX_TOKEN_COUNT:
        return value
    return None
