"""Classify and extract requests that an LLM worker answers.

The web process stores an LLMJob, sends its id to the LLM queue and waits for
the row to finish, up to DOCAI_LLM_WAIT_SECONDS. The worker claims the job,
runs the engine and stores the result or the error. A transient failure of the
LLM server leaves the job queued and returns the delay before the task runs
again.
"""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from kombu.exceptions import OperationalError

from ai_agents import services
from ai_agents.llm_service import (
    ERROR_STATUS,
    INTERNAL_ERROR,
    CallRecorder,
    EngineChoice,
    llm_engine_build,
    llm_step,
    recorded_usage,
)
from ai_agents.models import LLMJob
from docai.errors import ApiError

logger = logging.getLogger(__name__)

_POLL_FIRST = 0.05
_POLL_MAX = 0.5


def llm_failure(code: str, message: str, **extra) -> ApiError:
    """Return the API error for an LLM failure code, with its HTTP status."""
    return ApiError(message, code, status_code=ERROR_STATUS.get(code, 502), **extra)


def job_submit(
    kind: str, text: str, params: dict, choice: EngineChoice, user=None
) -> LLMJob:
    """Store a job and queue it on the LLM queue."""
    from ai_agents.tasks import run_llm_job

    job = LLMJob.objects.create(
        kind=kind,
        engine=choice.engine,
        model=choice.model,
        text=text,
        params=params,
        user=user if user is not None and user.is_authenticated else None,
    )
    try:
        run_llm_job.apply_async((job.pk,), queue=settings.DOCAI_LLM_QUEUE)
    except OperationalError as exc:
        logger.error("queue unreachable job=%s: %s", job.pk, exc)
        _job_finish(job.pk, LLMJob.State.QUEUED, error=("queue_unavailable", ""))
        raise llm_failure(
            "queue_unavailable",
            "The task queue could not be reached, so the request was not run. "
            "Try again later.",
        ) from exc
    logger.info("queued job=%s kind=%s engine=%s", job.pk, kind, choice.engine)
    return job


def job_wait(job: LLMJob, timeout: float | None = None) -> dict:
    """Wait for the job to finish; return its result or raise its error.

    After `timeout` seconds (DOCAI_LLM_WAIT_SECONDS by default) the job is
    abandoned, so a worker that has not started it skips it, and the caller
    gets 504 llm_wait_timeout.
    """
    timeout = settings.DOCAI_LLM_WAIT_SECONDS if timeout is None else timeout
    deadline = time.monotonic() + timeout
    pause = _POLL_FIRST
    while True:
        state, result, code, message = LLMJob.objects.values_list(
            "state", "result", "error_code", "error_message"
        ).get(pk=job.pk)
        if state == LLMJob.State.DONE:
            return result
        if state in (LLMJob.State.FAILED, LLMJob.State.ABANDONED):
            raise llm_failure(code or "internal_error", message)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        time.sleep(min(pause, remaining))
        pause = min(pause * 1.5, _POLL_MAX)
    message = (
        f"The LLM did not answer within {timeout:g} seconds "
        "(DOCAI_LLM_WAIT_SECONDS). Try again later, raise DOCAI_LLM_WAIT_SECONDS, "
        "or upload the document and poll for the result."
    )
    abandoned = LLMJob.objects.filter(
        pk=job.pk, state__in=(LLMJob.State.QUEUED, LLMJob.State.RUNNING)
    ).update(
        state=LLMJob.State.ABANDONED,
        text="",
        error_code="llm_wait_timeout",
        error_message=message,
        finished_at=timezone.now(),
    )
    if not abandoned:
        # The job finished between the last look and now.
        return job_wait(job, 0)
    logger.warning("abandoned job=%s after %.0f s", job.pk, timeout)
    raise llm_failure("llm_wait_timeout", message)


def job_run(job_id: int, retries: int = 0) -> float | None:
    """Run a queued job; return seconds until a retry, or None when finished."""
    if not _job_claim(job_id):
        return _seconds_until_stale(job_id)
    job = LLMJob.objects.get(pk=job_id)
    recorder = CallRecorder(job=job)
    outcome = llm_step(lambda: _job_result(job, recorder), retries, f"job={job.pk}")
    if outcome.retry_in is not None:
        LLMJob.objects.filter(pk=job.pk, state=LLMJob.State.RUNNING).update(
            state=LLMJob.State.QUEUED, usage=recorded_usage(job_id=job.pk)
        )
        return outcome.retry_in
    if outcome.error is not None:
        _job_finish(job.pk, error=outcome.error)
        return None

    try:
        # A savepoint, so that the error below can still be stored when this
        # runs inside a transaction.
        with transaction.atomic():
            _job_finish(job.pk, result=outcome.result)
    except Exception:
        # A result the database cannot store must still end the job, or the
        # caller would wait for it until DOCAI_LLM_WAIT_SECONDS.
        logger.exception("storing the result failed job=%s", job.pk)
        _job_finish(job.pk, error=INTERNAL_ERROR)
        return None
    logger.info("done job=%s calls=%d", job.pk, len(recorder.records))
    return None


def _seconds_until_stale(job_id: int) -> float | None:
    """Return when a job running elsewhere may be taken over, or None if finished.

    A delivery that finds the job running may come from a worker process that
    died mid-job, so it checks again once that claim is stale.
    """
    started = (
        LLMJob.objects.filter(pk=job_id, state=LLMJob.State.RUNNING)
        .values_list("started_at", flat=True)
        .first()
    )
    if started is None:
        logger.info("skip job=%s: finished or abandoned", job_id)
        return None
    wait = (started + _stale_after() - timezone.now()).total_seconds()
    logger.info("job=%s is running elsewhere: check again in %.0f s", job_id, wait)
    return max(wait, 0.0) + 5.0


def _stale_after() -> timedelta:
    """Return how long a running claim lasts: the hard time limit and a margin."""
    return timedelta(seconds=settings.DOCAI_LLM_TASK_TIME_LIMIT + 60)


def _job_claim(job_id: int) -> bool:
    """Mark a queued job running; return whether this delivery may run it.

    A job still marked running after the task's hard time limit belongs to a
    worker that died, so it may be claimed again.
    """
    stale = timezone.now() - _stale_after()
    claimable = Q(state=LLMJob.State.QUEUED) | Q(
        state=LLMJob.State.RUNNING, started_at__lt=stale
    )
    claimed = LLMJob.objects.filter(claimable, pk=job_id).update(
        state=LLMJob.State.RUNNING,
        attempts=F("attempts") + 1,
        started_at=timezone.now(),
    )
    return claimed == 1


def _job_result(job: LLMJob, recorder: CallRecorder) -> dict:
    def abandoned() -> bool:
        return LLMJob.objects.filter(pk=job.pk, state=LLMJob.State.ABANDONED).exists()

    engine = llm_engine_build(
        EngineChoice(job.engine, job.model), recorder, cancelled=abandoned
    )
    try:
        if job.kind == LLMJob.Kind.CLASSIFY:
            return services.classify_text(
                job.text, candidates=job.params.get("candidates"), engine=engine
            )
        return services.extract_fields(
            job.text, document_type=job.params.get("document_type"), engine=engine
        )
    finally:
        engine.close()


def _job_finish(
    job_id: int,
    from_state: str = LLMJob.State.RUNNING,
    *,
    result: dict | None = None,
    error: tuple[str, str] | None = None,
) -> bool:
    """Store the result or the error; return whether the job was in from_state."""
    usage = recorded_usage(job_id=job_id)
    fields: dict = {"text": "", "finished_at": timezone.now(), "usage": usage}
    if error is None:
        fields.update(state=LLMJob.State.DONE, result={**result, "usage": usage})
    else:
        fields.update(
            state=LLMJob.State.FAILED, error_code=error[0], error_message=error[1]
        )
    changed = LLMJob.objects.filter(pk=job_id, state=from_state).update(**fields)
    return changed == 1
