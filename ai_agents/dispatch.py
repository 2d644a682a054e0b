"""Run a classify or extract request on the engine the request names.

The embedded engine runs in the web process. The llm and hybrid engines run
on an LLM worker, and the request waits for the job (see jobs).
"""

from ai_agents import services
from ai_agents.jobs import job_submit, job_wait
from ai_agents.llm_service import EngineChoice
from ai_agents.models import LLMJob


def classify(
    text: str, *, candidates: list[str] | None, choice: EngineChoice, user=None
) -> dict:
    if not choice.uses_llm:
        return {**services.classify_text(text, candidates=candidates), "usage": None}
    job = job_submit(
        LLMJob.Kind.CLASSIFY, text, {"candidates": candidates}, choice, user
    )
    return job_wait(job)


def extract(
    text: str, *, document_type: str | None, choice: EngineChoice, user=None
) -> dict:
    if not choice.uses_llm:
        result = services.extract_fields(text, document_type=document_type)
        return {**result, "usage": None}
    job = job_submit(
        LLMJob.Kind.EXTRACT, text, {"document_type": document_type}, choice, user
    )
    return job_wait(job)
