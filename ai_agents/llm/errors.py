"""The one exception type of the LLM engine, and how openai client errors map onto it.

Error codes:

- llm_not_configured: no server URL is set.
- llm_unavailable: the server cannot be reached, or it returned 409 or 5xx.
- llm_timeout: the call timed out (client timeout or HTTP 408), or the task
  deadline left too little time to make it.
- llm_rate_limited: HTTP 429 other than an exhausted quota.
- llm_quota: HTTP 429 with the code or type insufficient_quota.
- llm_auth: HTTP 401 or 403.
- llm_model_not_found: HTTP 404, usually an unknown model name.
- llm_context_too_long: the prompt exceeds the model's context window.
- llm_bad_request: any other 4xx.
- llm_output_invalid: the reply was not valid JSON of the expected schema, even
  after one retry that listed the validation errors.
"""

import email.utils
import math
import re
import time
from collections.abc import Mapping

import openai

RETRYABLE_CODES = frozenset({"llm_unavailable", "llm_timeout", "llm_rate_limited"})
_MAX_SERVER_MESSAGE = 300
_CONTEXT_LENGTH_RE = re.compile(
    r"context[ _](?:length|window|size)|maximum context|too many tokens"
    r"|prompt is too long|exceeds the (?:available )?context",
    re.IGNORECASE,
)


class LLMError(Exception):
    """A failed LLM call: a stable `code`, a message with the fix, and retry hints.

    `retryable` is True when the same call may succeed later. `retry_after` is
    the wait in seconds that the server requested, or None. `status` is the
    upstream HTTP status, or None when no response arrived. `raw_reply` is the
    model's last reply for `llm_output_invalid`, for the operator to read.
    """

    def __init__(
        self,
        code: str,
        message: str,
        *,
        retryable: bool | None = None,
        retry_after: float | None = None,
        status: int | None = None,
        raw_reply: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.retryable = code in RETRYABLE_CODES if retryable is None else retryable
        self.retry_after = retry_after
        self.status = status
        self.raw_reply = raw_reply

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


def parse_retry_after(headers: Mapping[str, str] | None) -> float | None:
    """Return the wait in seconds from retry-after-ms or Retry-After, or None.

    Retry-After may be seconds or an HTTP date. A date in the past gives 0.
    """
    if not headers:
        return None
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        seconds = _finite_float(milliseconds)
        if seconds is not None:
            return max(seconds / 1000, 0.0)
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _finite_float(value)
    if seconds is not None:
        return max(seconds, 0.0)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def _finite_float(text: str) -> float | None:
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def error_from_openai(
    error: openai.OpenAIError, *, model: str, base_url: str, api_key: str | None
) -> LLMError:
    """Translate an openai client exception into an LLMError with its fix.

    The server's own message is included, truncated and with `api_key` removed.
    """
    if isinstance(error, openai.APITimeoutError):
        return LLMError(
            "llm_timeout",
            f"The LLM server at {base_url} did not answer in time. Raise "
            "DOCAI_LLM_TIMEOUT or use a faster model.",
        )
    if isinstance(error, openai.APIConnectionError):
        return LLMError(
            "llm_unavailable",
            f"Cannot connect to the LLM server at {base_url}. Check OPENAI_BASE_URL "
            "and that the server is running.",
        )
    if isinstance(error, openai.APIStatusError):
        return _status_error(error, model=model, base_url=base_url, api_key=api_key)
    return LLMError(
        "llm_unavailable",
        f"The openai client failed: {_redact(str(error), api_key)}",
    )


def _status_error(
    error: openai.APIStatusError, *, model: str, base_url: str, api_key: str | None
) -> LLMError:
    status = error.status_code
    server_message = _redact(_server_message(error), api_key)
    detail = f"HTTP {status} from {base_url}: {server_message}"
    code_or_type = f"{error.code or ''} {getattr(error, 'type', None) or ''}"
    retry_after = parse_retry_after(error.response.headers)

    def make(code: str, fix: str) -> LLMError:
        return LLMError(
            code, f"{detail}. {fix}", status=status, retry_after=retry_after
        )

    if status == 408:
        return make("llm_timeout", "The server timed out; the call may be retried.")
    if status == 409 or status >= 500:
        return make("llm_unavailable", "The server failed; the call may be retried.")
    if status == 429 and "insufficient_quota" in code_or_type:
        return make(
            "llm_quota",
            "The account's quota is exhausted. Add credit or change OPENAI_API_KEY.",
        )
    if status == 429:
        return make("llm_rate_limited", "Rate limited; retry after the given wait.")
    if status in (401, 403):
        return make(
            "llm_auth", "The server rejected the credentials. Check OPENAI_API_KEY."
        )
    if status == 404:
        return make(
            "llm_model_not_found",
            f"Model {model!r} or the endpoint was not found. Check DOCAI_LLM_MODEL "
            "and OPENAI_BASE_URL (it usually ends in /v1).",
        )
    if is_context_length_error(error):
        return make(
            "llm_context_too_long",
            "The prompt is longer than the model's context. Lower "
            "DOCAI_LLM_CHUNK_CHARS or use a model with a larger context.",
        )
    return make("llm_bad_request", "The server rejected the request.")


def is_context_length_error(error: openai.APIStatusError) -> bool:
    """Return whether a 4xx error reports a prompt longer than the context window."""
    if error.code == "context_length_exceeded":
        return True
    return _CONTEXT_LENGTH_RE.search(_server_message(error)) is not None


def _server_message(error: openai.APIStatusError) -> str:
    """Return the error message from the body, in OpenAI, vLLM or Ollama form."""
    body = error.body
    message: object = body
    if isinstance(body, Mapping):
        inner = body.get("error", body)
        message = inner.get("message", inner) if isinstance(inner, Mapping) else inner
    if message is None or message == "":
        message = error.response.text or error.response.reason_phrase
    text = " ".join(str(message).split())
    if len(text) > _MAX_SERVER_MESSAGE:
        text = text[:_MAX_SERVER_MESSAGE] + "…"
    return text


def _redact(text: str, api_key: str | None) -> str:
    if api_key and len(api_key) >= 4:
        text = text.replace(api_key, "[redacted]")
    return text
