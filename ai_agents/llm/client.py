"""The chat completion call: structured output with fallbacks, validation, retry.

Structured output is requested as a strict JSON Schema first. A server that
rejects that with 400 or 422 is asked for a JSON object, and then with a plain
prompt that contains the schema, whose reply is parsed tolerantly. The mode
reached that way is remembered per (base_url, model) for the life of the process.
Some servers return 500 for a json_schema request they cannot handle, so a 500
in json_schema mode gets one json_object try. That mode is not remembered, and
a 5xx or a connection error on it ends the call with llm_unavailable, because a
failing server would fail the plain prompt too. Other 5xx statuses end the call
at once. A 400 or 422 that rejects the temperature or max_tokens parameter does
not count as a format rejection, so the same mode is retried with that parameter
adjusted, as parameters.py describes. No tools or functions are ever
sent, and redirects are never followed, so the document text goes only to the
host that OPENAI_BASE_URL names.
"""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, NoReturn

import httpx2
import openai
from pydantic import BaseModel, ValidationError

from .config import LLMConfig
from .errors import (
    MAX_DETAIL_CHARS,
    LLMError,
    error_from_openai,
    operator_detail,
    reports_context_length,
    safe_url,
    server_message,
    status_error,
)
from .parameters import (
    adjust_arguments,
    forget_adjustments,
    rejected_parameter,
    remember_adjustment,
    remembered_adjustments,
)
from .prompts import correction_messages, schema_instructions
from .replies import ReplyParseError, parse_json_reply
from .responses import (
    BodyTooLarge,
    DeadlineExceeded,
    ErrorBody,
    NotACompletion,
    ResponseBudget,
    parse_completion,
)

logger = logging.getLogger(__name__)

MODES = ("json_schema", "json_object", "plain")
# Statuses with which servers reject a response_format they do not support.
_FORMAT_REJECTED_STATUSES = frozenset({400, 422})
# Some servers return 500 for a json_schema they cannot handle. Other 5xx
# statuses (502, 503, 504) report an overloaded or unreachable server.
_FORMAT_FAILED_STATUS = 500
_RAW_REPLY_LIMIT = 20000
_MAX_ERRORS_SHOWN = 20
_BODY_PREVIEW_BYTES = 200
# Local servers such as vLLM, Ollama and llama.cpp need no key, but the openai
# client refuses to start without one, so an empty key is replaced by this.
_NO_KEY = "no-key-required"

_working_modes: dict[tuple[str, str], str] = {}
_working_modes_lock = threading.Lock()


@dataclass(frozen=True)
class CallRecord:
    """One HTTP call to the LLM server, for usage accounting and the operator.

    Token counts are None when the server reports no usage, or a count that is
    not an integer from 0 to 2**31 - 1. `outcome` is "ok" or an LLMError code.
    `raw_reply` is kept only when the outcome is llm_output_invalid, truncated to
    20,000 characters. `error_detail` is the LLMError.detail of a failed call,
    or the validation errors of an invalid reply, and None for a good call.
    """

    purpose: str
    chunk: int
    model: str
    mode: str
    prompt_tokens: int | None
    completion_tokens: int | None
    total_tokens: int | None
    latency_ms: int
    outcome: str
    raw_reply: str | None = None
    request_id: str | None = None
    error_detail: str | None = None


@dataclass(frozen=True)
class _Completion:
    text: str
    finish_reason: str | None
    record: CallRecord
    refusal: str | None = None


class _ParameterRejected(Exception):
    """The server rejected `parameter`, as rejected_parameter detects, with `error`."""

    def __init__(self, parameter: str, error: LLMError) -> None:
        super().__init__(parameter)
        self.parameter = parameter
        self.error = error


def remembered_mode(base_url: str, model: str) -> str:
    """Return the structured-output mode that last worked for this server and model."""
    with _working_modes_lock:
        return _working_modes.get((base_url, model), MODES[0])


def forget_modes() -> None:
    """Forget every remembered mode and parameter adjustment.

    The next calls start with json_schema and send temperature and max_tokens
    as configured.
    """
    with _working_modes_lock:
        _working_modes.clear()
    forget_adjustments()


class LLMClient:
    """Sends chat completions for one LLMConfig and returns validated replies.

    `on_call` receives a CallRecord for every HTTP call, including failed ones
    and retries. `cancelled` is called before every HTTP call, and when it
    returns True the call is not made and LLMError llm_cancelled is raised.
    Raises LLMError with code llm_not_configured when the config has no
    base_url, because the client must not fall back to a default host.
    """

    def __init__(
        self,
        config: LLMConfig,
        on_call: Callable[[CallRecord], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        if not config.base_url:
            raise LLMError(
                "llm_not_configured",
                "No LLM server is configured. Set OPENAI_BASE_URL to the server's "
                "API root, such as http://127.0.0.1:11434/v1 for Ollama.",
                retryable=False,
            )
        self.config = config
        self.base_url = config.base_url
        self._on_call = on_call
        self._cancelled = cancelled
        self._budget = ResponseBudget(config.max_reply_bytes)
        http_client = openai.DefaultHttpxClient(
            follow_redirects=False, event_hooks={"response": [self._budget.hook]}
        )
        self._openai = openai.OpenAI(
            base_url=config.base_url,
            api_key=config.api_key or _NO_KEY,
            timeout=config.timeout,
            # Retries belong to the Celery task, which has the deadline.
            max_retries=0,
            http_client=http_client,
            # Uncompressed bodies only: the size cap counts the bytes received,
            # and a small compressed error body could expand to gigabytes.
            default_headers={"Accept-Encoding": "identity"},
        )

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._openai.close()

    def request(
        self,
        messages: list[dict],
        *,
        schema_name: str,
        schema: dict,
        model: type[BaseModel],
        purpose: str,
        chunk: int,
        timeout: Callable[[], float],
    ) -> dict:
        """Send `messages` and return the reply validated by `model`, dumped by alias.

        `timeout` is called before each HTTP call for its total time in seconds
        and may raise LLMError when no time is left. An invalid reply is sent
        back once with its validation errors. Raises LLMError for failed calls,
        and llm_output_invalid, with the raw reply, when the retry is invalid too.
        """
        mode = remembered_mode(self.base_url, self.config.model)
        # A mode reached after a 500 is not remembered, since the server may
        # only have been failing at that moment.
        remember = True
        adjustments = set(remembered_adjustments(self.base_url, self.config.model))
        conversation = list(messages)
        retried = False
        while True:
            arguments = adjust_arguments(
                self._arguments(conversation, schema_name, schema, mode), adjustments
            )
            try:
                completion = self._send(arguments, mode, purpose, chunk, timeout())
            except _ParameterRejected as rejected:
                # A parameter is sent only while it is not adjusted, so each one
                # is retried at most once.
                if rejected.parameter in adjustments:
                    raise rejected.error from None
                self._log_adjustment(rejected, mode)
                adjustments.add(rejected.parameter)
                remember_adjustment(
                    self.base_url, self.config.model, rejected.parameter
                )
                continue
            except LLMError as error:
                next_mode = _fallback_mode(error, mode)
                if next_mode is None:
                    raise
                self._log_fallback(error, mode, next_mode)
                if error.status not in _FORMAT_REJECTED_STATUSES:
                    remember = False
                mode = next_mode
                continue
            try:
                parsed = _validate(completion, model)
            except _InvalidReply as invalid:
                reply = completion.refusal or completion.text
                self._record(
                    replace(
                        completion.record,
                        outcome="llm_output_invalid",
                        raw_reply=reply[:_RAW_REPLY_LIMIT],
                        error_detail=invalid.summary,
                    )
                )
                if retried or invalid.final:
                    raise _output_invalid(invalid, reply) from None
                logger.warning(
                    "LLM reply for %s chunk %d is invalid; retrying once: %s",
                    purpose,
                    chunk,
                    invalid.summary,
                )
                retried = True
                conversation += correction_messages(completion.text, invalid.details)
                continue
            self._record(completion.record)
            if remember:
                with _working_modes_lock:
                    _working_modes[(self.base_url, self.config.model)] = mode
            return parsed

    def _log_adjustment(self, rejected: _ParameterRejected, mode: str) -> None:
        if rejected.parameter == "temperature":
            change = "without temperature"
        else:
            change = "with max_completion_tokens in place of max_tokens"
        logger.warning(
            "LLM server %s rejected parameter %s of model %s with HTTP %s; "
            "retrying %s mode %s and remembering that for this model",
            safe_url(self.base_url),
            rejected.parameter,
            self.config.model,
            rejected.error.status,
            mode,
            change,
        )

    def _log_fallback(self, error: LLMError, mode: str, next_mode: str) -> None:
        if error.status in _FORMAT_REJECTED_STATUSES:
            logger.warning(
                "LLM server %s rejected response format %s with HTTP %s; trying %s",
                safe_url(self.base_url),
                mode,
                error.status,
                next_mode,
            )
        else:
            logger.warning(
                "LLM server %s answered %s to %s; trying %s",
                safe_url(self.base_url),
                error.status,
                mode,
                next_mode,
            )

    def _send(
        self,
        arguments: dict[str, Any],
        mode: str,
        purpose: str,
        chunk: int,
        timeout: float,
    ) -> _Completion:
        """Send one request. Raises LLMError, or _ParameterRejected for a 400
        that rejects a parameter present in `arguments`."""
        self._check_cancelled()
        started = time.monotonic()
        request_id: str | None = None
        headers: httpx2.Headers | None = None
        self._budget.start(started + timeout)
        try:
            with self._openai.chat.completions.with_streaming_response.create(
                **arguments, timeout=timeout
            ) as response:
                request_id = response.headers.get("x-request-id")
                headers = response.headers
                body = self._budget.read(response.iter_bytes())
        except openai.OpenAIError as error:
            request_id = getattr(error, "request_id", None)
            mapped = self._map_error(error, timeout)
            rejected = None
            if isinstance(error, openai.APIStatusError):
                rejected = rejected_parameter(
                    error.status_code, error.param, error.code, server_message(error)
                )
            parameter = _sent_parameter(rejected, arguments)
            self._fail(purpose, chunk, mode, started, request_id, mapped, parameter)
        except (BodyTooLarge, DeadlineExceeded, httpx2.HTTPError) as error:
            mapped = self._map_error(error, timeout)
            self._fail(purpose, chunk, mode, started, request_id, mapped)
        try:
            parsed = parse_completion(body)
        except ErrorBody as error:
            mapped = self._error_body(error, headers)
            rejected = rejected_parameter(
                error.status, error.param, error.code, error.message
            )
            parameter = _sent_parameter(rejected, arguments)
            self._fail(purpose, chunk, mode, started, request_id, mapped, parameter)
        except NotACompletion as error:
            mapped = self._not_a_completion(error, body)
            self._fail(purpose, chunk, mode, started, request_id, mapped)
        record = replace(
            self._new_record(purpose, chunk, mode, started, "ok", request_id),
            prompt_tokens=parsed.prompt_tokens,
            completion_tokens=parsed.completion_tokens,
            total_tokens=parsed.total_tokens,
        )
        return _Completion(parsed.text, parsed.finish_reason, record, parsed.refusal)

    def _check_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise LLMError(
                "llm_cancelled",
                "The LLM task was cancelled, so no further call to the LLM server "
                "was made.",
                retryable=False,
            )

    def _map_error(self, error: Exception, timeout: float) -> LLMError:
        """Translate an exception of one HTTP call into an LLMError."""
        api_key = self.config.api_key
        if isinstance(error, openai.OpenAIError):
            return error_from_openai(
                error, model=self.config.model, base_url=self.base_url, api_key=api_key
            )
        if isinstance(error, BodyTooLarge) and 200 <= error.status < 300:
            return LLMError(
                "llm_output_invalid",
                f"The LLM server's reply is larger than the limit of {error.limit:,} "
                "bytes. Set DOCAI_LLM_MAX_OUTPUT_TOKENS to limit the model's output.",
                retryable=False,
                status=error.status,
                detail=self._detail(f"reply larger than {error.limit} bytes"),
            )
        if isinstance(error, BodyTooLarge):
            return status_error(
                error.status,
                headers=None,
                server_text=f"(error body larger than {error.limit} bytes, not read)",
                model=self.config.model,
                base_url=self.base_url,
                api_key=api_key,
            )
        if isinstance(error, DeadlineExceeded | httpx2.TimeoutException):
            return LLMError(
                "llm_timeout",
                f"The LLM server did not finish its reply within {timeout:g} s. "
                "Raise DOCAI_LLM_TIMEOUT or use a faster model.",
                detail=self._detail(f"reply unfinished after {timeout:g} s: {error!r}"),
            )
        return LLMError(
            "llm_unavailable",
            "The connection to the LLM server failed while its reply was read. "
            "Check OPENAI_BASE_URL and that the server is running.",
            detail=self._detail(f"reading the reply failed: {error!r}"),
        )

    def _error_body(self, error: ErrorBody, headers: httpx2.Headers | None) -> LLMError:
        """Map an error body sent with HTTP 200 like the status that it names."""
        server_text = f"error body sent with HTTP 200: {error.message}"
        if error.status is None:
            return LLMError(
                "llm_unavailable",
                "The LLM server answered HTTP 200 with an error instead of a chat "
                "completion. DocAI retries such failures. If they persist, check "
                "the server that OPENAI_BASE_URL names.",
                status=200,
                detail=self._detail(server_text),
            )
        return status_error(
            error.status,
            headers=headers,
            server_text=server_text,
            error_code=f"{error.code or ''} {error.type or ''}",
            context_too_long=reports_context_length(error.code, error.message),
            model=self.config.model,
            base_url=self.base_url,
            api_key=self.config.api_key,
        )

    def _not_a_completion(self, error: NotACompletion, body: bytes) -> LLMError:
        preview = body[:_BODY_PREVIEW_BYTES].decode("utf-8", "replace")
        return LLMError(
            "llm_unavailable",
            f"The LLM server answered HTTP 200, but the response is not a chat "
            f"completion: {error}. Check that OPENAI_BASE_URL names an "
            "OpenAI-compatible API root (it usually ends in /v1).",
            status=200,
            detail=self._detail(f"not a chat completion ({error}): {preview}"),
        )

    def _detail(self, text: str) -> str:
        return operator_detail(
            text, base_url=self.base_url, api_key=self.config.api_key
        )

    def _fail(
        self,
        purpose: str,
        chunk: int,
        mode: str,
        started: float,
        request_id: str | None,
        error: LLMError,
        parameter: str | None = None,
    ) -> NoReturn:
        """Record a failed call and raise its LLMError, or _ParameterRejected
        when `parameter` names a request parameter that the server rejected."""
        record = self._new_record(purpose, chunk, mode, started, error.code, request_id)
        self._record(replace(record, error_detail=error.detail))
        if parameter is not None:
            raise _ParameterRejected(parameter, error) from None
        raise error from None

    def _arguments(
        self, messages: list[dict], schema_name: str, schema: dict, mode: str
    ) -> dict[str, Any]:
        instructions = schema_instructions(schema, mode)
        if instructions:
            system = dict(messages[0])
            system["content"] = system["content"] + instructions
            messages = [system, *messages[1:]]
        arguments: dict[str, Any] = {"model": self.config.model, "messages": messages}
        if mode == "json_schema":
            arguments["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": schema_name, "schema": schema, "strict": True},
            }
        elif mode == "json_object":
            arguments["response_format"] = {"type": "json_object"}
        if self.config.temperature is not None:
            arguments["temperature"] = self.config.temperature
        if self.config.max_output_tokens is not None:
            arguments["max_tokens"] = self.config.max_output_tokens
        return arguments

    def _new_record(
        self,
        purpose: str,
        chunk: int,
        mode: str,
        started: float,
        outcome: str,
        request_id: str | None,
    ) -> CallRecord:
        return CallRecord(
            purpose=purpose,
            chunk=chunk,
            model=self.config.model,
            mode=mode,
            prompt_tokens=None,
            completion_tokens=None,
            total_tokens=None,
            latency_ms=round((time.monotonic() - started) * 1000),
            outcome=outcome,
            request_id=request_id,
        )

    def _record(self, record: CallRecord) -> None:
        if self._on_call is not None:
            self._on_call(record)


def _sent_parameter(parameter: str | None, arguments: dict[str, Any]) -> str | None:
    """Return `parameter` if the request sent it, else None.

    A server that names a parameter the request did not contain is rejecting
    something else, so its error takes the usual path.
    """
    return parameter if parameter is not None and parameter in arguments else None


def _fallback_mode(error: LLMError, mode: str) -> str | None:
    """Return the next mode to try after `error`, or None to raise it."""
    if mode == MODES[-1] or error.code == "llm_context_too_long":
        return None
    if error.status in _FORMAT_REJECTED_STATUSES:
        return MODES[MODES.index(mode) + 1]
    if mode == "json_schema" and error.status == _FORMAT_FAILED_STATUS:
        return "json_object"
    return None


class _InvalidReply(Exception):
    """An invalid reply: `reason` for clients, `summary` for the log, `details`
    for the correction message to the model."""

    def __init__(
        self,
        reason: str,
        details: str,
        *,
        summary: str = "",
        final: bool = False,
        refused: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.summary = summary or reason
        self.details = details
        # A reply cut at the token limit would be cut again, and a model that
        # refused would refuse again, so neither is retried.
        self.final = final or refused
        self.refused = refused


def _validate(completion: _Completion, model: type[BaseModel]) -> dict:
    if completion.refusal is not None:
        raise _InvalidReply(
            "the model refused the request",
            "The model refused the request.",
            summary=f"the model refused the request: {completion.refusal}",
            refused=True,
        )
    if completion.finish_reason == "length":
        raise _InvalidReply(
            "the reply was cut at the output token limit (finish_reason length)",
            "The reply was cut off at the output token limit.",
            final=True,
        )
    if not completion.text.strip():
        raise _InvalidReply("the reply is empty", "The reply is empty.")
    try:
        data = parse_json_reply(completion.text)
    except ReplyParseError as error:
        raise _InvalidReply(error.reason, error.reason, summary=str(error)) from None
    try:
        return model.model_validate(data).model_dump(by_alias=True)
    except ValidationError as error:
        lines = [
            f"- {'.'.join(str(part) for part in item['loc']) or '(root)'}: "
            f"{item['msg']}"
            for item in error.errors()[:_MAX_ERRORS_SHOWN]
        ]
        reason = f"{error.error_count()} validation errors, the first {lines[0][2:]}"
        raise _InvalidReply(
            reason, "\n".join(lines), summary=f"{reason}\n" + "\n".join(lines)
        ) from None


def _output_invalid(invalid: _InvalidReply, reply: str) -> LLMError:
    if invalid.refused:
        message = (
            "The model refused the request, so the LLM reply contains no result. "
            "The model's refusal text is kept in the admin under LLM calls. Set "
            "DOCAI_LLM_MODEL to another model if this document must be processed."
        )
    elif invalid.final:
        message = (
            "The LLM reply was cut off at the output token limit. Raise "
            "DOCAI_LLM_MAX_OUTPUT_TOKENS or lower DOCAI_LLM_CHUNK_CHARS."
        )
    else:
        message = (
            f"The LLM reply is invalid after one retry: {invalid.reason}. The raw "
            "reply is kept in the admin under LLM calls. Set DOCAI_LLM_MODEL to a "
            "model that follows JSON schemas better."
        )
    return LLMError(
        "llm_output_invalid",
        message,
        retryable=False,
        raw_reply=reply[:_RAW_REPLY_LIMIT],
        detail=invalid.summary[:MAX_DETAIL_CHARS],
    )
