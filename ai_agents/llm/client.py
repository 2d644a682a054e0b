"""The chat completion call: structured output with fallbacks, validation, retry.

Structured output is requested as a strict JSON Schema first. A server that
rejects that (with 400, 422 or 500) is asked for a JSON object, and then with a
plain prompt that contains the schema, whose reply is parsed tolerantly. The mode
that worked is remembered per (base_url, model) for the life of the process.
No tools or functions are ever sent.
"""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import openai
from pydantic import BaseModel, ValidationError

from .config import LLMConfig
from .errors import LLMError, error_from_openai
from .prompts import correction_messages, schema_instructions
from .replies import ReplyParseError, parse_json_reply

logger = logging.getLogger(__name__)

MODES = ("json_schema", "json_object", "plain")
# Statuses with which servers reject a response_format they do not support.
_FORMAT_REJECTED_STATUSES = frozenset({400, 422, 500})
_RAW_REPLY_LIMIT = 20000
_MAX_ERRORS_SHOWN = 20
# Local servers such as vLLM, Ollama and llama.cpp need no key, but the openai
# client refuses to start without one, so an empty key is replaced by this.
_NO_KEY = "no-key-required"

_working_modes: dict[tuple[str, str], str] = {}
_working_modes_lock = threading.Lock()


@dataclass(frozen=True)
class CallRecord:
    """One HTTP call to the LLM server, for usage accounting and the operator.

    Token counts are None when the server reports no usage. `outcome` is "ok" or
    an LLMError code. `raw_reply` is kept only when the outcome is
    llm_output_invalid, truncated to 20,000 characters.
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


@dataclass(frozen=True)
class _Completion:
    text: str
    finish_reason: str | None
    record: CallRecord


def remembered_mode(base_url: str, model: str) -> str:
    """Return the structured-output mode that last worked for this server and model."""
    with _working_modes_lock:
        return _working_modes.get((base_url, model), MODES[0])


def forget_modes() -> None:
    """Forget every remembered mode, so that the next calls start with json_schema."""
    with _working_modes_lock:
        _working_modes.clear()


class LLMClient:
    """Sends chat completions for one LLMConfig and returns validated replies.

    `on_call` receives a CallRecord for every HTTP call, including failed ones
    and retries. Raises LLMError with code llm_not_configured when the config has
    no base_url, because the client must not fall back to a default host.
    """

    def __init__(
        self, config: LLMConfig, on_call: Callable[[CallRecord], None] | None = None
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
        self._openai = openai.OpenAI(
            base_url=config.base_url,
            api_key=config.api_key or _NO_KEY,
            timeout=config.timeout,
            # Retries belong to the Celery task, which has the deadline.
            max_retries=0,
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

        `timeout` is called before each HTTP call for its timeout in seconds and
        may raise LLMError when no time is left. An invalid reply is sent back once
        with its validation errors. Raises LLMError for failed calls, and
        llm_output_invalid, with the raw reply, when the retry is invalid too.
        """
        mode = remembered_mode(self.base_url, self.config.model)
        conversation = list(messages)
        retried = False
        while True:
            try:
                completion = self._send(
                    conversation, schema_name, schema, mode, purpose, chunk, timeout()
                )
            except LLMError as error:
                next_mode = _fallback_mode(error, mode)
                if next_mode is None:
                    raise
                logger.warning(
                    "LLM server %s rejected response format %s with HTTP %s; trying %s",
                    self.base_url,
                    mode,
                    error.status,
                    next_mode,
                )
                mode = next_mode
                continue
            try:
                parsed = _validate(completion, model)
            except _InvalidReply as invalid:
                self._record(
                    replace(
                        completion.record,
                        outcome="llm_output_invalid",
                        raw_reply=completion.text[:_RAW_REPLY_LIMIT],
                    )
                )
                if retried or invalid.final:
                    raise _output_invalid(invalid, completion.text) from None
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
            with _working_modes_lock:
                _working_modes[(self.base_url, self.config.model)] = mode
            return parsed

    def _send(
        self,
        messages: list[dict],
        schema_name: str,
        schema: dict,
        mode: str,
        purpose: str,
        chunk: int,
        timeout: float,
    ) -> _Completion:
        arguments = self._arguments(messages, schema_name, schema, mode)
        started = time.monotonic()
        try:
            raw = self._openai.chat.completions.with_raw_response.create(
                **arguments, timeout=timeout
            )
            response = raw.parse()
        except openai.OpenAIError as error:
            mapped = error_from_openai(
                error,
                model=self.config.model,
                base_url=self.base_url,
                api_key=self.config.api_key,
            )
            request_id = getattr(error, "request_id", None)
            self._record(
                self._new_record(purpose, chunk, mode, started, mapped.code, request_id)
            )
            raise mapped from None
        record = self._new_record(
            purpose, chunk, mode, started, "ok", raw.headers.get("x-request-id")
        )
        usage = getattr(response, "usage", None)
        if usage is not None:
            record = replace(
                record,
                prompt_tokens=getattr(usage, "prompt_tokens", None),
                completion_tokens=getattr(usage, "completion_tokens", None),
                total_tokens=getattr(usage, "total_tokens", None),
            )
        choices = response.choices or []
        if not choices:
            return _Completion("", None, record)
        choice = choices[0]
        text = choice.message.content if choice.message else None
        return _Completion(text or "", choice.finish_reason, record)

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


def _fallback_mode(error: LLMError, mode: str) -> str | None:
    """Return the next mode to try after `error`, or None to raise it."""
    if mode == MODES[-1] or error.status not in _FORMAT_REJECTED_STATUSES:
        return None
    if error.code == "llm_context_too_long":
        return None
    return MODES[MODES.index(mode) + 1]


class _InvalidReply(Exception):
    def __init__(self, summary: str, details: str, *, final: bool = False) -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = details
        # A reply cut at the token limit would be cut again, so it is not retried.
        self.final = final


def _validate(completion: _Completion, model: type[BaseModel]) -> dict:
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
        raise _InvalidReply(str(error), "The reply is not a JSON object.") from None
    try:
        return model.model_validate(data).model_dump(by_alias=True)
    except ValidationError as error:
        lines = [
            f"- {'.'.join(str(part) for part in item['loc']) or '(root)'}: "
            f"{item['msg']}"
            for item in error.errors()[:_MAX_ERRORS_SHOWN]
        ]
        summary = f"{error.error_count()} validation errors"
        raise _InvalidReply(summary, "\n".join(lines)) from None


def _output_invalid(invalid: _InvalidReply, reply: str) -> LLMError:
    if invalid.final:
        message = (
            "The LLM reply was cut off at the output token limit. Raise "
            "DOCAI_LLM_MAX_OUTPUT_TOKENS or lower DOCAI_LLM_CHUNK_CHARS."
        )
    else:
        message = (
            f"The LLM reply is invalid after one retry: {invalid.summary}. The raw "
            "reply is kept for review. Try a model that follows JSON schemas better."
        )
    return LLMError(
        "llm_output_invalid",
        message,
        retryable=False,
        raw_reply=reply[:_RAW_REPLY_LIMIT],
    )
