"""The one exception type of the LLM engine, and how openai client errors map onto it.

Error codes:

- llm_not_configured: no server URL is set.
- llm_unavailable: the server cannot be reached, it returned 409 or 5xx, or its
  response is not a chat completion. A 200 response whose body is an error
  maps like the status that the error names, and like 5xx when it names none.
- llm_timeout: the call did not end within its timeout (client timeout, total
  time of the call, or HTTP 408), or the task deadline left too little time to
  make it.
- llm_rate_limited: HTTP 429 other than an exhausted quota.
- llm_quota: HTTP 429 with the code or type insufficient_quota.
- llm_auth: HTTP 401 or 403.
- llm_model_not_found: HTTP 404, usually an unknown model name.
- llm_context_too_long: the prompt exceeds the model's context window.
- llm_bad_request: a redirect (3xx, never followed) or any other 4xx.
- llm_output_invalid: the reply was not valid JSON of the expected schema, even
  after one retry that listed the validation errors, it was larger than the
  reply size limit, or the model refused the request.
- llm_cancelled: the caller's `cancelled` callback returned True before a call.

`LLMError.message` is shown to API clients, anonymous uploaders included, so it
names the HTTP status, the problem and the setting that fixes it, but never the
server's URL or the server's own error text. Those go to `LLMError.detail`, for
the logs and the admin, with the API key and URL credentials removed.
"""

import email.utils
import math
import re
import time
from collections.abc import Mapping
from urllib.parse import urlsplit, urlunsplit

import openai

RETRYABLE_CODES = frozenset({"llm_unavailable", "llm_timeout", "llm_rate_limited"})
MAX_DETAIL_CHARS = 2000
_CONTEXT_LENGTH_RE = re.compile(
    r"context[ _](?:length|window|size)|maximum context|too many tokens"
    r"|prompt is too long|exceeds the (?:available )?context",
    re.IGNORECASE,
)
# Keys shorter than this are not redacted, because replacing one or two
# characters everywhere would garble the text. Such keys are not secrets.
_MIN_REDACTED_KEY = 4


class LLMError(Exception):
    """A failed LLM call: a stable `code`, a message with the fix, and retry hints.

    `message` is for API clients and contains neither the server URL nor the
    server's error text. `detail` is for operators: the HTTP status, the server
    address without credentials and the server's error text, redacted and cut
    to MAX_DETAIL_CHARS, or None. `retryable` is True when the same call may
    succeed later. `retry_after` is the wait in seconds that the server
    requested, or None. `status` is the upstream HTTP status, or None when no
    response arrived. `raw_reply` is the model's last reply for
    `llm_output_invalid`, for the operator to read.
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
        detail: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.retryable = code in RETRYABLE_CODES if retryable is None else retryable
        self.retry_after = retry_after
        self.status = status
        self.raw_reply = raw_reply
        self.detail = detail

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


def safe_url(url: str) -> str:
    """Return `url` without its user:password@ part, query and fragment."""
    try:
        parts = urlsplit(url)
        host = parts.netloc.rpartition("@")[2]
        return urlunsplit((parts.scheme, host, parts.path, "", ""))
    except ValueError:
        return "(an invalid URL)"


def redact(text: str, *, api_key: str | None, base_url: str | None = None) -> str:
    """Remove the API key and the credentials of `base_url` from `text`.

    Call it before cutting `text`, so that no cut leaves a fragment of the key.
    """
    if api_key and len(api_key) >= _MIN_REDACTED_KEY:
        text = text.replace(api_key, "[redacted]")
    if base_url:
        try:
            userinfo = urlsplit(base_url).netloc.rpartition("@")[0]
        except ValueError:
            userinfo = ""
        if userinfo:
            text = text.replace(userinfo, "[redacted]")
    return text


def operator_detail(
    text: str, *, base_url: str, api_key: str | None, status: int | None = None
) -> str:
    """Build an LLMError.detail: status, server address and `text`, redacted and cut."""
    prefix = f"HTTP {status} from " if status is not None else "from "
    clean = " ".join(redact(text, api_key=api_key, base_url=base_url).split())
    detail = f"{prefix}{safe_url(base_url)}: {clean}"
    if len(detail) > MAX_DETAIL_CHARS:
        detail = detail[: MAX_DETAIL_CHARS - 1] + "…"
    return detail


def error_from_openai(
    error: openai.OpenAIError, *, model: str, base_url: str, api_key: str | None
) -> LLMError:
    """Translate an openai client exception into an LLMError with its fix."""

    def detail(text: str) -> str:
        return operator_detail(text, base_url=base_url, api_key=api_key)

    if isinstance(error, openai.APITimeoutError):
        return LLMError(
            "llm_timeout",
            "The LLM server did not answer within the timeout. Raise "
            "DOCAI_LLM_TIMEOUT or use a faster model.",
            detail=detail(f"timed out: {_cause(error)}"),
        )
    if isinstance(error, openai.APIConnectionError):
        return LLMError(
            "llm_unavailable",
            "Cannot connect to the LLM server. Check OPENAI_BASE_URL and that the "
            "server is running.",
            detail=detail(f"connection failed: {_cause(error)}"),
        )
    if isinstance(error, openai.APIStatusError):
        return status_error(
            error.status_code,
            headers=error.response.headers,
            server_text=server_message(error),
            error_code=f"{error.code or ''} {getattr(error, 'type', None) or ''}",
            context_too_long=is_context_length_error(error),
            model=model,
            base_url=base_url,
            api_key=api_key,
        )
    return LLMError(
        "llm_unavailable",
        "The openai client failed before the LLM server answered. Check "
        "OPENAI_BASE_URL and the worker log.",
        detail=detail(f"openai client error: {error}"),
    )


def _cause(error: Exception) -> str:
    cause = error.__cause__ or error.__context__
    return f"{type(cause).__name__}: {cause}" if cause else str(error)


def status_error(
    status: int,
    *,
    headers: Mapping[str, str] | None,
    server_text: str,
    model: str,
    base_url: str,
    api_key: str | None,
    error_code: str = "",
    context_too_long: bool = False,
) -> LLMError:
    """Build the LLMError for an HTTP error `status` of the LLM server.

    `server_text` is the server's own error message, which goes only into the
    detail. `error_code` contains the code and type of an OpenAI error body.
    """
    retry_after = parse_retry_after(headers)
    detail_text = server_text
    if 300 <= status < 400 and headers is not None and headers.get("location"):
        detail_text = f"redirect to {headers['location']} {server_text}"
    detail = operator_detail(
        detail_text, base_url=base_url, api_key=api_key, status=status
    )

    def make(code: str, message: str, retryable: bool | None = None) -> LLMError:
        return LLMError(
            code,
            message,
            status=status,
            retry_after=retry_after,
            detail=detail,
            retryable=retryable,
        )

    if 300 <= status < 400:
        return make(
            "llm_bad_request",
            f"The LLM server answered HTTP {status}, a redirect, which DocAI does "
            "not follow. Set OPENAI_BASE_URL to the final address of the API.",
            retryable=False,
        )
    if status == 408:
        return make(
            "llm_timeout",
            "The LLM server timed out the request with HTTP 408. DocAI retries "
            "such calls. If this persists, raise DOCAI_LLM_TIMEOUT or use a "
            "faster model.",
        )
    if status == 409 or status >= 500:
        return make(
            "llm_unavailable",
            f"The LLM server failed with HTTP {status}. DocAI retries such "
            "failures. If they persist, check the server that OPENAI_BASE_URL "
            "names.",
        )
    if status == 429 and "insufficient_quota" in error_code:
        return make(
            "llm_quota",
            "The LLM server returned HTTP 429 because the account's quota is "
            "exhausted. Add credit or change OPENAI_API_KEY.",
        )
    if status == 429:
        return make("llm_rate_limited", _rate_limit_message(retry_after))
    if status in (401, 403):
        return make(
            "llm_auth",
            f"The LLM server rejected the credentials with HTTP {status}. Check "
            "OPENAI_API_KEY.",
        )
    if status == 404:
        return make(
            "llm_model_not_found",
            f"The LLM server returned HTTP 404: model {model!r} or the endpoint was "
            "not found. Check DOCAI_LLM_MODEL and OPENAI_BASE_URL (it usually ends "
            "in /v1).",
        )
    if context_too_long:
        return make(
            "llm_context_too_long",
            f"The LLM server rejected the prompt with HTTP {status} because it is "
            "longer than the model's context. Lower DOCAI_LLM_CHUNK_CHARS or use a "
            "model with a larger context.",
        )
    return make(
        "llm_bad_request",
        f"The LLM server rejected the request with HTTP {status}. Its error text "
        "is in the worker log. Check DOCAI_LLM_MODEL, DOCAI_LLM_TEMPERATURE and "
        "DOCAI_LLM_MAX_OUTPUT_TOKENS.",
    )


def _rate_limit_message(retry_after: float | None) -> str:
    if retry_after is None:
        wait = "It sent no Retry-After wait."
    else:
        wait = f"It asked to retry after {round(retry_after, 1):g} s."
    return (
        f"The LLM server rate-limited the call with HTTP 429. {wait} DocAI retries "
        "after that wait unless it exceeds DOCAI_LLM_RETRY_AFTER_MAX_SECONDS. Lower "
        "the request rate if this persists."
    )


def is_context_length_error(error: openai.APIStatusError) -> bool:
    """Return whether a 4xx error reports a prompt longer than the context window."""
    return reports_context_length(error.code, server_message(error))


def reports_context_length(code: object, message: str) -> bool:
    """Return whether an error's code or message reports a prompt that is too long."""
    if code == "context_length_exceeded":
        return True
    return _CONTEXT_LENGTH_RE.search(message) is not None


def server_message(error: openai.APIStatusError) -> str:
    """Return the error message from the body, in OpenAI, vLLM or Ollama form."""
    body = error.body
    message: object = body
    if isinstance(body, Mapping):
        inner = body.get("error", body)
        message = inner.get("message", inner) if isinstance(inner, Mapping) else inner
    if message is None or message == "":
        message = error.response.text or error.response.reason_phrase
    return str(message)
