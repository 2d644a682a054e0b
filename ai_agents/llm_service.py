"""The LLM engine as the service runs it: engine choice, settings, usage records
and the timing of retries.

Requests pick an engine (`embedded`, `llm` or `hybrid`) and optionally a model or
a profile name; `engine_choose` checks both against the settings. The LLM
engines are built per task with a deadline below the task's soft time limit, and
every HTTP call they make is stored as an LLMCall row.
"""

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from rest_framework import status

from ai_agents.document_types import load_document_types
from ai_agents.llm.config import LLMConfig
from ai_agents.llm.engine import LLMEngine
from ai_agents.llm.errors import LLMError
from ai_agents.models import LLMCall
from docai.errors import ApiError

logger = logging.getLogger(__name__)

EMBEDDED = "embedded"
# Seconds kept free before the soft time limit to record a timeout cleanly.
_DEADLINE_MARGIN = 5.0
# The HTTP status each LLM failure code answers with on the synchronous
# endpoints. Failures of the upstream server are 502; waits are 503 and 504.
ERROR_STATUS = {
    "llm_timeout": status.HTTP_504_GATEWAY_TIMEOUT,
    "llm_wait_timeout": status.HTTP_504_GATEWAY_TIMEOUT,
    "llm_rate_limited": status.HTTP_503_SERVICE_UNAVAILABLE,
    "llm_unavailable": status.HTTP_502_BAD_GATEWAY,
    "llm_quota": status.HTTP_502_BAD_GATEWAY,
    "llm_auth": status.HTTP_502_BAD_GATEWAY,
    "llm_model_not_found": status.HTTP_502_BAD_GATEWAY,
    "llm_bad_request": status.HTTP_502_BAD_GATEWAY,
    "llm_context_too_long": status.HTTP_502_BAD_GATEWAY,
    "llm_output_invalid": status.HTTP_502_BAD_GATEWAY,
    "queue_unavailable": status.HTTP_503_SERVICE_UNAVAILABLE,
    "internal_error": status.HTTP_500_INTERNAL_SERVER_ERROR,
}


@dataclass(frozen=True)
class EngineChoice:
    """The engine a request runs on, and the model name for llm and hybrid."""

    engine: str
    model: str = ""

    @property
    def uses_llm(self) -> bool:
        return self.engine != EMBEDDED


def llm_configured() -> bool:
    """Return whether a server and a model are set.

    There is no default server: OpenAI itself is OPENAI_BASE_URL=
    https://api.openai.com/v1 with OPENAI_API_KEY.
    """
    return bool(settings.DOCAI_LLM_MODEL and settings.OPENAI_BASE_URL)


def allowed_models() -> list[str]:
    """Return the model names a request may ask for, besides profile names."""
    names = [settings.DOCAI_LLM_MODEL, *settings.DOCAI_LLM_PROFILES.values()]
    names += settings.DOCAI_LLM_ALLOWED_MODELS
    return list(dict.fromkeys(name for name in names if name))


def engine_choose(engine: str | None = None, model: str | None = None) -> EngineChoice:
    """Check a request's engine and model; raise ApiError 400 naming the fix."""
    name = engine or settings.DOCAI_ENGINE
    if name not in settings.DOCAI_ENGINES:
        raise ApiError(
            f"Unknown engine {_shown(name)!r}. Use one of: "
            f"{', '.join(settings.DOCAI_ENGINES)}.",
            "unknown_engine",
            engine=_shown(name),
        )
    if name == EMBEDDED:
        if model:
            raise ApiError(
                f"The model {_shown(model)!r} applies only to the llm and hybrid "
                "engines; send engine=llm or engine=hybrid with it, or leave "
                "model out.",
                "model_needs_llm",
                model=_shown(model),
            )
        return EngineChoice(EMBEDDED)
    if not llm_configured():
        raise ApiError(
            f"The {name} engine needs an LLM server, and none is configured. "
            "Set OPENAI_BASE_URL and DOCAI_LLM_MODEL (and OPENAI_API_KEY where the "
            "server needs one) for the web and worker processes, or use "
            "engine=embedded.",
            "llm_not_configured",
            engine=name,
        )
    return EngineChoice(name, _model_resolve(model))


def _model_resolve(model: str | None) -> str:
    if not model:
        return settings.DOCAI_LLM_MODEL
    profiles = settings.DOCAI_LLM_PROFILES
    if model in profiles:
        return profiles[model]
    allowed = allowed_models()
    if model in allowed:
        return model
    choices = [*profiles, *allowed]
    raise ApiError(
        f"Unknown model {_shown(model)!r}. Use a profile or a model this server "
        f"allows: {', '.join(choices)}. Operators allow more models with "
        "DOCAI_LLM_ALLOWED_MODELS.",
        "unknown_model",
        model=_shown(model),
    )


def _shown(value: str, limit: int = 64) -> str:
    """Shorten a client's value for an error message."""
    return value if len(value) <= limit else value[:limit] + "..."


def llm_config(model: str) -> LLMConfig:
    """Return the client settings for `model` from the Django settings."""
    max_tokens = settings.DOCAI_LLM_MAX_OUTPUT_TOKENS or None
    return LLMConfig(
        base_url=settings.OPENAI_BASE_URL or None,
        api_key=settings.OPENAI_API_KEY or None,
        model=model,
        timeout=settings.DOCAI_LLM_TIMEOUT,
        max_output_tokens=max_tokens,
        temperature=settings.DOCAI_LLM_TEMPERATURE,
        chunk_chars=settings.DOCAI_LLM_CHUNK_CHARS,
        header_chars=settings.DOCAI_LLM_HEADER_CHARS,
        max_reply_bytes=settings.DOCAI_LLM_MAX_REPLY_BYTES,
    )


def task_deadline() -> float:
    """Return the monotonic instant by which an LLM task must stop calling."""
    return time.monotonic() + settings.DOCAI_LLM_TASK_SOFT_TIME_LIMIT - _DEADLINE_MARGIN


def llm_engine_build(
    choice: EngineChoice,
    recorder: "CallRecorder",
    cancelled: Callable[[], bool] | None = None,
) -> LLMEngine:
    """Build the engine for one task run on the current document types.

    `cancelled` is asked before every call; when it returns True the engine
    stops with llm_cancelled instead of calling the server.
    """
    return LLMEngine(
        config=llm_config(choice.model),
        document_types=load_document_types(),
        hybrid=choice.engine == "hybrid",
        deadline=task_deadline(),
        on_call=recorder,
        cancelled=cancelled,
        embeddings=settings.DOCAI_EMBEDDINGS,
    )


class CallRecorder:
    """Stores every LLM call as an LLMCall row and sums the usage."""

    def __init__(self, *, job=None, document=None) -> None:
        self.job = job
        self.document = document
        self.records: list = []

    def __call__(self, record) -> None:
        self.records.append(record)
        LLMCall.objects.create(
            job=self.job,
            document=self.document,
            purpose=record.purpose,
            chunk=record.chunk,
            model=record.model[:128],
            mode=record.mode,
            prompt_tokens=record.prompt_tokens,
            completion_tokens=record.completion_tokens,
            total_tokens=record.total_tokens,
            latency_ms=max(int(record.latency_ms), 0),
            outcome=record.outcome[:64],
            raw_reply=record.raw_reply or "",
            error_detail=record.error_detail or "",
            request_id=(record.request_id or "")[:128],
        )
        logger.info(
            "llm call job=%s document=%s purpose=%s chunk=%d model=%s mode=%s "
            "outcome=%s tokens=%s ms=%d",
            getattr(self.job, "pk", None),
            getattr(self.document, "pk", None),
            record.purpose,
            record.chunk,
            record.model,
            record.mode,
            record.outcome,
            record.total_tokens,
            record.latency_ms,
        )


def recorded_usage(**filters) -> dict:
    """Return the summed usage of the stored calls that match `filters`, such
    as job_id=... or document_id=..., over every attempt."""
    calls = LLMCall.objects.filter(**filters).values(
        "model", "prompt_tokens", "completion_tokens", "total_tokens", "latency_ms"
    )
    return usage_sum(calls)


def usage_sum(calls) -> dict:
    """Sum per-call usage dicts; token totals are null when no call reported any."""
    total: dict = {
        "calls": 0,
        "prompt_tokens": None,
        "completion_tokens": None,
        "total_tokens": None,
        "latency_ms": 0,
        "models": [],
    }
    for call in calls:
        total["calls"] += 1
        total["latency_ms"] += int(call["latency_ms"] or 0)
        if call["model"] and call["model"] not in total["models"]:
            total["models"].append(call["model"])
        for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
            if call[key] is not None:
                total[key] = (total[key] or 0) + call[key]
    return total


INTERNAL_ERROR = (
    "internal_error",
    "An unexpected error stopped the LLM request; it has been logged.",
)


@dataclass(frozen=True)
class StepOutcome:
    """How one run of an LLM task ended: a result, a retry, or an error.

    `error` is a (code, message) pair to store; `retry_in` the seconds after
    which the task runs again.
    """

    result: Any = None
    retry_in: float | None = None
    error: tuple[str, str] | None = None


def llm_step(work: Callable[[], Any], retries: int, subject: str) -> StepOutcome:
    """Run `work` and turn every failure into a retry delay or a stored error.

    Transient LLM failures retry while DOCAI_LLM_MAX_RETRIES allows. `retries` is
    how many retries came before, and `subject` names the job or document in
    log lines, such as "job=12".
    """
    try:
        return StepOutcome(result=work())
    except LLMError as exc:
        detail = exc.detail or "-"
        delay = retry_delay(retries, exc.retry_after) if exc.retryable else None
        if delay is not None:
            logger.warning(
                "retry %s code=%s in %.1f s (retry %d) detail=%s",
                subject,
                exc.code,
                delay,
                retries + 1,
                detail,
            )
            return StepOutcome(retry_in=delay)
        logger.warning("failed %s code=%s detail=%s", subject, exc.code, detail)
        message = exc.message
        if exc.retryable and retries:
            message += f" It still failed after {retries} retries; try later."
        return StepOutcome(error=(exc.code, message))
    except SoftTimeLimitExceeded:
        logger.error("timed out %s", subject)
        return StepOutcome(
            error=(
                "llm_timeout",
                "The LLM task ran longer than "
                f"{settings.DOCAI_LLM_TASK_SOFT_TIME_LIMIT} seconds "
                "(DOCAI_LLM_TASK_SOFT_TIME_LIMIT). Send a shorter text or raise "
                "the limit.",
            )
        )
    except ApiError as exc:
        logger.warning("failed %s code=%s", subject, exc.code)
        return StepOutcome(error=(exc.code, str(exc.detail)))
    except Exception:
        logger.exception("crashed %s", subject)
        return StepOutcome(error=INTERNAL_ERROR)


def retry_delay(retries: int, retry_after: float | None) -> float | None:
    """Return the seconds to wait before retry number `retries + 1`, or None.

    The wait doubles from DOCAI_LLM_RETRY_BASE_SECONDS up to
    DOCAI_LLM_RETRY_CAP_SECONDS, with full jitter on its upper half, and is
    never shorter than the server's Retry-After. None means give up: the
    retries are used up, or the server requests a longer wait than
    DOCAI_LLM_RETRY_AFTER_MAX_SECONDS.
    """
    if retries >= settings.DOCAI_LLM_MAX_RETRIES:
        return None
    backoff = min(
        settings.DOCAI_LLM_RETRY_CAP_SECONDS,
        settings.DOCAI_LLM_RETRY_BASE_SECONDS * 2**retries,
    )
    # Jitter spreads retries of many tasks apart; it needs no secure randomness.
    delay = random.uniform(backoff / 2, backoff)  # noqa: S311
    if retry_after is not None:
        if retry_after > settings.DOCAI_LLM_RETRY_AFTER_MAX_SECONDS:
            return None
        delay = max(delay, retry_after)
    return delay
