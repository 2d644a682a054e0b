"""A real Celery worker on Redis with PostgreSQL, for end-to-end tests.

These tests run when DATABASE_URL points at PostgreSQL and CELERY_BROKER_URL
at Redis (the README's test command sets both when the servers answer). Outside
CI they skip with the reason; under CI (CI=true) a missing service fails them.
"""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
WORKER_START_TIMEOUT = 90
WORKER_LEASE_SECONDS = 15
WORKER_LLM_MODEL = "worker-test-model"


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"integration services are required under CI: {reason}")
    pytest.skip(reason)


def _check_services() -> None:
    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" not in engine:
        _unavailable("DATABASE_URL does not point at PostgreSQL")
    if not settings.CELERY_BROKER_URL.startswith("redis://"):
        _unavailable("CELERY_BROKER_URL does not point at Redis")
    import redis

    try:
        redis.Redis.from_url(settings.CELERY_BROKER_URL, socket_timeout=3).ping()
    except redis.RedisError as exc:
        _unavailable(f"Redis at {settings.CELERY_BROKER_URL} does not answer: {exc}")


def _database_url() -> str:
    from django.db import connection

    db = connection.settings_dict
    user = db.get("USER") or ""
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    auth = f"{user}{password}@" if user else ""
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{auth}{host}:{port}/{db['NAME']}"


@pytest.fixture(scope="session")
def worker_llm_server():
    """An OpenAI-compatible test server on 127.0.0.1 that the worker calls."""
    from tests.llm.server import FakeLLMServer

    server = FakeLLMServer()
    yield server
    server.close()


@pytest.fixture
def llm_server(worker_llm_server, settings):
    """The worker's test LLM server, emptied for this test, and settings in this
    process that match the worker's."""
    worker_llm_server.reset()
    settings.OPENAI_BASE_URL = worker_llm_server.url
    settings.DOCAI_LLM_MODEL = WORKER_LLM_MODEL
    yield worker_llm_server
    worker_llm_server.reset()


@pytest.fixture(scope="session")
def celery_worker(
    django_db_setup, django_db_blocker, worker_data_dir, worker_llm_server
):
    """Start `celery -A docai worker` on this run's queues; yield its process.

    The README's test command gives every run a queue of its own through
    CELERY_TASK_DEFAULT_QUEUE and DOCAI_LLM_QUEUE, so a worker left from another
    run takes no task. The worker calls the test LLM server.
    """
    _check_services()
    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    llm_queue = settings.DOCAI_LLM_QUEUE
    with django_db_blocker.unblock():
        database_url = _database_url()
    log_path = worker_data_dir / "worker.log"
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "DOCAI_DATA_DIR": str(worker_data_dir),
        # Short, so that in the crash test another process takes over quickly.
        "DOCAI_LEASE_SECONDS": str(WORKER_LEASE_SECONDS),
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "PYTHONUNBUFFERED": "1",
        "DOCAI_LLM_QUEUE": llm_queue,
        "OPENAI_BASE_URL": worker_llm_server.url,
        "OPENAI_API_KEY": "sk-worker-test-key",
        "DOCAI_LLM_MODEL": WORKER_LLM_MODEL,
        "DOCAI_LLM_TIMEOUT": "5",
        "DOCAI_LLM_RETRY_BASE_SECONDS": "0.5",
        "DOCAI_LLM_RETRY_CAP_SECONDS": "2",
    }
    command = [
        sys.executable, "-m", "celery", "-A", "docai", "worker",
        "--loglevel", "INFO", "--concurrency", "2", "--pool", "prefork",
        "--queues", f"{queue},{llm_queue}",
        "--without-gossip", "--without-mingle",
        "--hostname", f"test-{uuid.uuid4().hex[:8]}@%h",
    ]  # fmt: skip
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        _wait_for_ready(process, log_path)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        sys.stderr.write(log_path.read_text(errors="replace")[-4000:])


def _wait_for_ready(process: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + WORKER_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the Celery worker exited: {log_path.read_text()[-3000:]}")
        if " ready." in log_path.read_text(errors="replace"):
            return
        time.sleep(0.5)
    pytest.fail(f"the Celery worker did not start: {log_path.read_text()[-3000:]}")


@pytest.fixture
def worker_settings(celery_worker, shared_data_dir) -> Path:
    """Start the worker and store this test's uploads where it reads them."""
    return shared_data_dir


def wait_until_finished(client, poll_url: str, timeout: float = 600) -> dict:
    """Poll the request until it is done or failed; fail the test on timeout."""
    deadline = time.monotonic() + timeout
    body: dict = {}
    while time.monotonic() < deadline:
        body = client.get(poll_url).json()
        if body["status"] in {"done", "failed"}:
            return body
        time.sleep(1)
    pytest.fail(f"the request did not finish within {timeout} s: {body}")
