"""Celery tasks of the LLM queue: thin wrappers that pass ids to the services."""

from celery import shared_task
from django.conf import settings

from ai_agents.jobs import job_run


@shared_task(
    bind=True,
    name="ai_agents.run_llm_job",
    soft_time_limit=settings.DOCAI_LLM_TASK_SOFT_TIME_LIMIT,
    time_limit=settings.DOCAI_LLM_TASK_TIME_LIMIT,
    acks_late=True,
    ignore_result=True,
    max_retries=None,
)
def run_llm_job(self, job_id: int) -> None:
    """Answer one classify or extract job; transient LLM failures retry later."""
    retry_in = job_run(job_id, retries=self.request.retries)
    if retry_in is not None:
        raise self.retry(countdown=retry_in, queue=settings.DOCAI_LLM_QUEUE)
